"""The spaCy pipeline Dignity builds on: a blank tokenizer of the document's language plus a rule-based
sentence splitter that knows legal and reporting abbreviations.

No pretrained pipeline is needed or downloaded: everything here is rules.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy
import spacy
from spacy.attrs import IDX, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from dignity.rulecache import memo

def _abbreviations(lang: str) -> frozenset[str]:
    """Tokens that end with a full stop (or that are followed by one) without ending a
    sentence (legal citations, titles, initials, months): the ``abbreviations`` of the
    language's pack (``language.yaml``)."""
    from dignity.extract.languages import language_pack

    return frozenset(a.lower() for a in language_pack(lang).spec.abbreviations)


_CLOSERS = {"”", "’", '"', "'", ")", "]"}
_BULLETS = {"•", "●", "▪", "◦", "–", "—", "-", "*"}


@Language.factory("dignity_sentences", default_config={"lang": "en"})
def make_sentence_splitter(nlp: Language, name: str, lang: str) -> SentenceSplitter:
    """The sentence splitter of ``lang``'s pack (its abbreviations)."""
    return SentenceSplitter(_abbreviations(lang))


class SentenceSplitter:
    """Split sentences on terminal punctuation and line breaks, not on abbreviations."""

    def __init__(self, abbreviations: frozenset[str]) -> None:
        self.abbreviations = abbreviations

    def __call__(self, doc: Doc) -> Doc:
        return dignity_sentences(doc, self.abbreviations)


def dignity_sentences(doc: Doc, abbreviations: frozenset[str]) -> Doc:
    """Split sentences on terminal punctuation and line breaks, not on abbreviations."""
    n = len(doc)
    if n == 0:
        return doc
    # token texts and offsets as plain lists: one array read instead of a Token object
    # per token
    strings = doc.vocab.strings
    arr = doc.to_array([ORTH, IDX])
    orths = arr[:, 0].tolist()
    # only tokens of four kinds decide anything (a line break, terminal punctuation or a word
    # ending in ".", a bullet): each distinct token text is read once, and the loop below
    # visits those tokens only, in order (the tokens between them are passed over as the
    # token-by-token loop passed them over: none of them sets or ends anything)
    marked: set[int] = set()
    known = _MARKED
    for h in set(orths):
        m = known.get(h)
        if m is None:
            t = strings[h]
            m = ("\n" in t and t.isspace()) or t in _TERMINALS or t.endswith(".") or t in _BULLETS \
                or (t[-1:].isdigit() and _FOOTNOTE_GLUED.fullmatch(t) is not None)
            if len(known) > 200_000:  # bounded: a huge vocabulary starts afresh
                known.clear()
            known[h] = m
        if m:
            marked.add(h)
    words = _Words(orths, strings)
    idxs = arr[:, 1].tolist()
    starts = bytearray(n)  # 1 where a sentence starts
    starts[0] = True
    at = [i for i, h in enumerate(orths) if h in marked] if marked else []
    skip_to = 0  # the token-by-token loop went on from here (after a sentence end's closers)
    for i in at:
        if i < skip_to:
            continue
        text = words[i]
        if "\n" in text and text.isspace():
            if i + 1 < n and _line_break_ends_sentence(words, idxs, i):
                starts[i + 1] = True
            continue
        ends = False
        glued = text[-1:].isdigit() and _FOOTNOTE_GLUED.fullmatch(text)
        if glued:
            # "people.[2] In September", "violated.3 The court": a word, its full stop and a footnote's
            # number in one token; the number closes the sentence, the capital after it opens the next
            if glued.group("word").lower() in abbreviations:
                continue
            j = _after_footnote(words, i + 1, n)
            if j < n and words[j][:1].isupper():
                starts[j] = True
            skip_to = j
            continue
        if text in _TERMINALS or (text.endswith(".") and len(text) > 1):
            ends = True
            if text == ".":
                prev = words[i - 1].lower() if i > 0 else ""
                if prev in abbreviations or (len(prev) == 1 and prev.isalpha()):
                    ends = False
                elif i > 0 and _LIST_MARK.fullmatch(words[i - 1]) and starts[i - 1]:
                    # "1. La surpopulation ...", "II. Hacinamiento", "57. Le requérant ...":
                    # a list number or roman numeral that opens a line or a sentence stays
                    # with it (so a heading is read as a heading, a numbered finding whole)
                    ends = False
            elif text.endswith("."):
                low = text.lower().rstrip(".")
                if low in abbreviations or _INITIALS.fullmatch(text.lower()) \
                        or (len(low) == 1 and low.isalpha()):
                    ends = False
                # "Cir.1982" and similar glued citations never end a sentence
        if ends:
            j = i + 1
            while j < n and words[j] in _CLOSERS:
                j += 1
            if j < n and j + 1 < n and _FOOTNOTE_MARK.fullmatch(words[j]) \
                    and (j > i + 1 or not words[j].isdigit()):
                # '...the parties."1 Id.', 'said.”[12] The', 'said.” 2 The': a footnote's number after the
                # closing quote belongs to the sentence it closes, not to the next one (a bare number after
                # a full stop, "held. 12 Guards", stays the next sentence's)
                k = _after_footnote(words, j + 1, n)
                if k < n and words[k][:1].isupper():
                    starts[k] = True
                    skip_to = k
                    continue
            if j < n:
                nxt = words[j]
                first = nxt[:1]
                nxt_space = nxt.isspace()
                if nxt_space or first.isupper() or first in "“\"'([•¿¡«" or first.isdigit():
                    # "No. 26" / "§ 1983." followed by a digit: a digit after a plain "."
                    # starts a sentence only after a closing word, not a citation number
                    if not (first.isdigit() and text != "."):
                        starts[j if not nxt_space else min(j + 1, n - 1)] = True
            skip_to = j
            continue
        if text in _BULLETS and i > 0 and "\n" in words[i - 1] and words[i - 1].isspace():
            starts[i] = True
    # one array write: setting Token.is_sent_start token by token costs O(n) each
    flags = numpy.frombuffer(starts, dtype=numpy.uint8).astype(numpy.int64) * 2 - 1
    doc.from_array([SENT_START], flags.astype(numpy.uint64).reshape(n, 1))
    return doc


_TERMINALS = frozenset({".", "!", "?", "…"})
#: a token text's hash (the same in every language's string store) -> whether the splitter
#: looks at such a token: a line break, terminal punctuation or a word ending in ".", a bullet
_MARKED: dict[int, bool] = {}


class _Words:
    """The text of token ``i`` (``words[i]``), read from the token's ORTH when asked."""

    __slots__ = ("_orths", "_strings")

    def __init__(self, orths, strings) -> None:
        self._orths = orths
        self._strings = strings

    def __getitem__(self, i: int) -> str:
        return self._strings[self._orths[i]]

    def __len__(self) -> int:
        return len(self._orths)
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]?")
#: a footnote's number glued to the closing quote or bracket that ends a sentence: '"1', '”[12', '[3'
_FOOTNOTE_MARK = re.compile(r"[”\"’')\]]*\[?\d{1,3}\]?")
#: a word, the full stop that ends its sentence and a footnote's number, one token: "people.[2", "violated.3"
_FOOTNOTE_GLUED = re.compile(r"(?P<word>[^\W\d_]{2,})[.!?][”\"’')\]]*\[?\d{1,3}\]?")


def _after_footnote(words: _Words, j: int, n: int) -> int:
    """The first token from ``j`` on past a footnote marker's closing bracket and white space."""
    while j < n and (words[j] in ("]", ")") or words[j].isspace() and "\n" not in words[j]):
        j += 1
    return j
#: a list number or roman numeral (the full stop is a token of its own): "1", "12", "3.2", "II", "iv"
_LIST_MARK = re.compile(r"\d{1,3}(?:\.\d{1,2}){0,3}|[IVXLC]{1,6}|[ivxl]{1,5}")
_NUMBERED = re.compile(r"\d+[.)]|\d+(?:\.\d+)+\.?|[a-z][.)]|[A-H]\.|\([a-z0-9]+\)")
_LINE_END = (".", "!", "?", ":", ";", "”", '"', ")", "]", "’")


def _line_length_before(words: list[str], idxs: list[int], i: int) -> int:
    """Characters from the start of the line to token ``i`` (the line break), found by
    walking back over the tokens (only as far as 50 characters matter)."""
    for j in range(i - 1, -1, -1):
        w = words[j]
        if "\n" in w:
            return idxs[i] - (idxs[j] + w.rindex("\n") + 1)
        if idxs[i] - idxs[j] >= 50:
            return idxs[i] - idxs[j]  # at least that long
    return idxs[i]


def _line_break_ends_sentence(words: list[str], idxs: list[int], i: int) -> bool:
    """A blank line always ends a sentence; a single line break only after sentence
    punctuation, after a short line (a heading), or before a bullet or numbered item.
    Otherwise it is a hard wrap inside a sentence."""
    if words[i].count("\n") >= 2 or i == 0:
        return True
    if words[i - 1].endswith(_LINE_END):
        return True
    if i >= 2 and words[i - 1].isdigit() and len(words[i - 2]) >= 3 and not words[i - 2].strip("."):
        return True  # a line of a table of contents: "Introduction ........ 3"
    if _line_length_before(words, idxs, i) < 50:
        return True
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if i + 2 < len(words) and words[i + 2] in (".", ")") and _LIST_MARK.fullmatch(nxt):
        return True  # "2." / "IV." / "3)" opening the next line: a numbered item
    return nxt[:1] in _BULLETS or bool(_NUMBERED.fullmatch(nxt))


@lru_cache(maxsize=None)
def blank_pipeline(lang: str = "en") -> Language:
    """``spacy.blank`` of ``lang``'s pack with Dignity's sentence splitter (the pack's
    abbreviations), built once per process and language."""
    from dignity.extract.languages import language_pack

    pack = language_pack(lang)
    nlp = spacy.blank(pack.spacy_lang)
    nlp.add_pipe("dignity_sentences", config={"lang": pack.code})
    nlp.max_length = 60_000_000
    return nlp


def token_forms(lang: str, phrases: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The lower-case forms of the tokens ``lang``'s tokenizer makes of each phrase (the
    anchors: what a document's tokens are compared with); kept in the rules cache, since
    tokenizing a few thousand phrases costs a one-page document a tenth of a second."""
    from dignity.extract.languages import language_pack

    return _token_forms(spacy.__version__, lang, language_pack(lang).spacy_lang, tuple(phrases))


@memo("nlp.token_forms")
def _token_forms(_spacy_version: str, lang: str, _spacy_lang: str,
                 phrases: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    tokenizer = blank_pipeline(lang).tokenizer
    return tuple(tuple(t.lower_ for t in tokenizer(p)) for p in phrases)
