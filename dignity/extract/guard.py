r"""Shape hostile text so that every step after it runs in time linear in its length.

Three cuts, each keeping every offset exact into the original normalised text:

* ``mask``: spaCy's tokenizer strips prefixes and suffixes one at a time, each time
  slicing the rest of the whitespace-free span, so a run of 10,000 commas (or ``(``,
  ``'s``, ``$``, ``«`` ...) takes minutes; a regex such as ``[\w-]+\s`` backtracks
  over every start in a long run of "A-A-A-...".  ``mask`` returns a copy of the same
  length in which every whitespace-free span longer than ``LONG_SPAN`` characters has
  every ``PIECE``-th character replaced by a space.  The extractor reads the copy
  (tokens, sentences, every regex); offsets are the same, and each fact's evidence
  text is taken from the original.  No span of ordinary prose is that long (the
  longest in the read corpus is a dot leader of 122 characters), so ordinary text is
  the very same string.
* ``chunks``: a long document goes through spaCy in blocks of about ``size``
  characters, cut after a blank line where there is one (a blank line always ends a
  sentence and a paragraph, so the sentences are those of a single pass), else after a
  line break, else after a space.  Memory then depends on the block, not the document.
* ``split_long``: a sentence longer than the budget's maximum is cut, at whitespace
  (preferably after ``;`` or ``,``), into parts no longer than the maximum, so every
  pattern, context rule and attribution cue sees a bounded text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["LONG_SPAN", "PIECE", "chunks", "mask", "split_long", "unwrap"]

#: whitespace-free spans longer than this are broken up for the tokenizer
LONG_SPAN = 200
#: ... into pieces of about this many characters
PIECE = 16

_LONG = re.compile(rf"(?<!\S)\S{{{LONG_SPAN + 1},}}")  # from the start of a run only
_BLOCK = PIECE * 4096


def as_read(text: str, lang: str | None = None) -> str:
    """``text`` as the extractor reads it, same length (offsets stay the document's): long
    whitespace-free spans broken (``mask``) and hard wraps undone (``unwrap``, a compound's
    hyphen kept by the pack of ``lang``). The assessment reads a document's text so too."""
    from dignity.extract.languages import has_pack, language_pack

    pack = language_pack(lang) if lang and has_pack(lang) else None
    keep = pack.rx("compound_head") if pack is not None and "compound_head" in pack.spec.patterns else None
    return unwrap(mask(text), keep)


def mask(text: str) -> str:
    """``text`` with long whitespace-free spans broken by spaces (same length): in a span
    longer than ``LONG_SPAN``, every ``PIECE``-th character becomes a space."""
    if _LONG.search(text) is None:
        return text
    parts: list[str] = []
    last = 0
    for m in _LONG.finditer(text):
        a, b = m.span()
        parts.append(text[last:a])
        # in blocks, so that a span of many megabytes never becomes millions of pieces
        for s in range(a, b, _BLOCK):
            seg = text[s:min(s + _BLOCK, b)]
            if s == a:
                parts.append(" ".join([seg[:PIECE], *(seg[j + 1:j + PIECE] for j in range(PIECE, len(seg), PIECE))]))
            else:
                parts.append(" " + " ".join([seg[j + 1:j + PIECE] for j in range(0, len(seg), PIECE)]))
        last = b
    parts.append(text[last:])
    out = "".join(parts)
    assert len(out) == len(text)
    return out


#: a word cut at the end of a line by a hyphen (or a soft hyphen): "encellule-\nment"
#: or by a soft hyphen anywhere ("encel\u00adlulement": a PDF's invisible break)
_CUT = re.compile(r"(?P<head>\w+)(?P<cut>\u00ad(?:[ \t]*\r?\n[ \t]*)?|-[ \t]*\r?\n[ \t]*)"
                  r"(?P<tail>\w+)(?P<punct>[^\w\s]*)")
#: a line of at least ``WRAP_LINE`` characters that goes on in lower case on the next: a
#: hard wrap inside a sentence (a PDF's line), not a heading or the end of a paragraph
WRAP_LINE = 50
_HYPHEN_EOL = re.compile(r"-[ \t]*\r?\n")
#: a line break inside a sentence, with the spaces around it: ``(?<=[^\s.!?:;])[ \t]*\r?\n[ \t]*``
#: before a letter. Written so, ``re`` tries it at every character of the text (a look-behind
#: leads it); here its first character (a space, a tab, "\r" or "\n") is read first, so that
#: ``re`` jumps from one such character to the next, and look-behinds say which it was (the
#: same matches: ``tests/extract/test_speed_rewrites.py``)
_WRAP = re.compile(r"[ \t\r\n](?<=[^\s.!?:;][ \t\r\n])(?:(?<=[ \t])[ \t]*\r?\n|(?<=\r)\n|(?<=\n))[ \t]*(?=[^\W\d_])")


def unwrap(text: str, keep_hyphen: re.Pattern[str] | None = None) -> str:
    """``text`` with its hard wraps undone, same length (offsets stay the document's).

    A word cut by a hyphen at the end of a line is joined whole ("encellule-\\nment" ->
    "encellulement", the spaces saved after it); the hyphen stays where the part before
    it is a compound's head (``keep_hyphen``, a language's: "vingt-\\ndeux", "demi-\\nheure")
    or the part after it begins with a capital or a digit (a name); a soft hyphen (U+00AD)
    is dropped wherever it is ("encel\\u00adlulement").  A line break inside a
    sentence (a line of ``WRAP_LINE`` characters or more, not ended by punctuation, that
    goes on in lower case) becomes a space, so the sentence is one paragraph."""
    soft = "\u00ad" in text
    if "\n" not in text and not soft:
        return text
    out = text
    if soft or _HYPHEN_EOL.search(text) is not None:
        parts: list[str] = []
        last = 0
        for m in _CUT.finditer(text):
            head, tail, punct = m.group("head"), m.group("tail"), m.group("punct")
            keep = tail[0].isupper() or tail[0].isdigit() or head[-1].isdigit() or (
                keep_hyphen is not None and keep_hyphen.fullmatch(head.lower()) is not None)
            glued = head + ("-" if keep and m.group("cut")[0] == "-" else "") + tail + punct  # (a soft one goes)
            parts.append(text[last:m.start()])
            parts.append(glued + " " * (m.end() - m.start() - len(glued)))
            last = m.end()
        if parts:
            parts.append(text[last:])
            out = "".join(parts)
    if "\n" in out and _WRAP.search(out) is not None:
        chars = list(out)
        for m in _WRAP.finditer(out):
            line_start = out.rfind("\n", 0, m.start()) + 1
            if m.start() - line_start >= WRAP_LINE and out[m.end()].islower():
                for i in range(m.start(), m.end()):
                    chars[i] = " "
        out = "".join(chars)
    width = _wrap_width(text) if "\n" in out else None  # the lines as they came
    if width is not None:
        # a hard-wrapped text (a PDF's, an e-mail's): a line as full as its lines are goes on in
        # the next one even where it ends a sentence ("... in his cell.\nHe said"), so the
        # paragraph stays one; a short line, a blank line or a list item still ends one
        chars = list(out)
        for m in _FULL_LINE_BREAK.finditer(out):
            line_start = out.rfind("\n", 0, m.start()) + 1
            length, last = m.start() - line_start, out[line_start:m.start()].rstrip(" \t\"'”’)")[-1:]
            if length < FULL_LINE * width:
                continue
            if last in ".!?" and length < BRIMMING_LINE * width:
                continue  # a paragraph may end on a full line; only a brimming one surely goes on
            if _LIST_ITEM.match(out, m.end()) and last in ".:!?":
                continue  # a list item after a full sentence or a colon: a line of its own
            for i in range(m.start(), m.end()):
                chars[i] = " "
        out = "".join(chars)
    assert len(out) == len(text)
    return out


#: how full a line of a hard-wrapped text must be (a share of its width) to go on in the next,
#: and how full where it ends a sentence (a paragraph's last line may be full by chance)
FULL_LINE = 0.85
BRIMMING_LINE = 0.95
#: a single line break (spaces around it) before a line that opens with a word, a figure, a
#: quotation mark or a bracket
_FULL_LINE_BREAK = re.compile(r"[ \t]*\r?\n[ \t]*(?=[^\W_]|[\"“‘'(])")
#: a list's number or letter opening a line ("2. ", "(a) ", "iv) ")
_LIST_ITEM = re.compile(r"\d{1,3}[.)]\s|\([a-z0-9]{1,4}\)\s|[ivx]{1,4}[.)]\s")


def _wrap_width(text: str) -> int | None:
    """The width of a hard-wrapped text's lines (its 90th percentile line length), where most
    of its lines are that full and none much longer; None for text whose lines are paragraphs."""
    lengths = sorted(len(line.rstrip()) for line in text.split("\n") if line.strip())
    if len(lengths) < 4:
        return None
    width = lengths[int(0.9 * (len(lengths) - 1))]
    if not WRAP_LINE <= width <= 160 or lengths[-1] > 1.25 * width:
        return None
    full = sum(1 for n in lengths if n >= FULL_LINE * width)
    return width if full >= 0.5 * len(lengths) else None


_BREAKS = (re.compile(r"\n[ \t]*\n\s*"), re.compile(r"\n\s*"), re.compile(r"\s+"))


def chunks(text: str, size: int) -> Iterator[tuple[int, int]]:
    """``(start, end)`` blocks that cover ``text``, each about ``size`` characters
    (at most ``2 * size``), cut after a blank line, else a line break, else a space."""
    n = len(text)
    start = 0
    while n - start > 2 * size:
        cut = None
        lo, hi = start + size // 2, start + 2 * size
        for rx in _BREAKS:
            # the last break between size/2 and size, else the first one after size
            last = None
            for m in rx.finditer(text, lo, start + size):
                last = m
            if last is None:
                last = rx.search(text, start + size, hi)
            if last is not None:
                cut = last.end()
                break
        if cut is None or cut >= n:
            cut = start + size  # no whitespace at all: mask() has broken it up anyway
        yield start, cut
        start = cut
    if start < n:
        yield start, n


_CLAUSE_END = re.compile(r"[;,:]\s")
_SPACE = re.compile(r"\s")


def split_long(text: str, start: int, end: int, limit: int) -> list[tuple[int, int]]:
    """``[(start, end)]`` parts of the sentence ``text[start:end]``, each at most ``limit``
    characters, cut at whitespace after a clause mark where possible (the whole sentence
    when it is short enough)."""
    if end - start <= limit:
        return [(start, end)]
    out: list[tuple[int, int]] = []
    pos = start
    while end - pos > limit:
        hi = pos + limit
        lo = pos + limit // 2
        cut = None
        for m in _CLAUSE_END.finditer(text, lo, hi):
            cut = m.end() - 1
        if cut is None:
            for m in _SPACE.finditer(text, lo, hi):
                cut = m.start()
        if cut is None or cut <= pos:
            cut = hi
        piece_end = cut
        while piece_end > pos and text[piece_end - 1].isspace():
            piece_end -= 1
        if piece_end > pos:
            out.append((pos, piece_end))
        pos = cut
        while pos < end and text[pos].isspace():
            pos += 1
    if pos < end:
        out.append((pos, end))
    return out
