"""Citations and record references blanked out of the text the rules read.

Court opinions and monitoring reports cite the record in the middle of a sentence:
"locked in their cells (Tr. 112-13) twenty-three hours a day", "denied his medication
for eleven days. (Doc. 45 at 3.)", "solitary confinement.12 The".  A citation carries no
fact, but it breaks the patterns that read the words on either side of it.

``Blanker.blank`` returns a copy of the text of the same length in which every citation
of the language pack's ``citations.yaml`` is replaced by spaces (line breaks are kept), so
every offset is still the document's and each fact's evidence text is taken from the
original.  The patterns are data (reviewed by a lawyer); a match that holds a word of
``keep`` (hours, days, square metres, people counted ...) is never blanked: "(23 hours a
day)" is a fact, not a citation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dignity.errors import ConfigError
from dignity.extract.languages import compile_flagged
from dignity.extract.recognizer import read_resource

__all__ = ["Blanker", "load_blanker", "FILE"]

#: the pack file that lists the citation patterns (optional: no file, nothing blanked)
FILE = "citations.yaml"


@dataclass(frozen=True)
class Blanker:
    """The citation patterns of one language, as one regex, and the words never blanked."""

    rx: re.Pattern[str] | None
    keep: re.Pattern[str] | None
    #: a cheap test: a text without any of these characters has no citation
    cue: re.Pattern[str] | None

    def spans(self, text: str) -> list[tuple[int, int]]:
        """The (start, end) of the citations of ``text`` that are blanked."""
        if self.rx is None or (self.cue is not None and self.cue.search(text) is None):
            return []
        out = []
        for m in self.rx.finditer(text):
            a, b = m.span()
            if b <= a or (self.keep is not None and self.keep.search(text, a, b) is not None):
                continue
            if not text[text.rfind("\n", 0, a) + 1:a].strip():
                # a reference opening its line is what the line is about (a footnote, a list
                # of documents: "CAT/OP/12/6, para. 5 (overcrowding ...)"); the context rules
                # read it there, so it stays
                continue
            out.append((a, b))
        return out

    def blank(self, text: str) -> str:
        """``text`` with its citations replaced by spaces (same length, line breaks kept)."""
        spans = self.spans(text)
        if not spans:
            return text
        parts, last = [], 0
        for a, b in spans:
            parts.append(text[last:a])
            parts.append(re.sub(r"[^\n]", " ", text[a:b]))
            last = b
        parts.append(text[last:])
        out = "".join(parts)
        assert len(out) == len(text)
        return out


_NONE = Blanker(None, None, None)


def load_blanker(lang: str) -> Blanker:
    """The ``Blanker`` of ``lang``'s pack (one that blanks nothing where it has no file)."""
    try:
        data, where = read_resource(lang, FILE)
    except ConfigError as exc:
        if "not found" in str(exc):
            return _NONE
        raise
    data = data or {}
    if not isinstance(data, dict):
        raise ConfigError(where, "file", "a mapping with 'citations', 'keep' and 'cue'")
    pats = data.get("citations") or []
    if not isinstance(pats, list):
        raise ConfigError(where, "citations", "a list of {name, pattern}")
    alts = []
    for i, p in enumerate(pats):
        if not isinstance(p, dict) or not isinstance(p.get("pattern"), str) or not p.get("name"):
            raise ConfigError(where, f"citations[{i}]", "needs a name and a pattern")
        try:
            re.compile(p["pattern"])
        except re.error as exc:
            raise ConfigError(where, f"citations[{i}] ({p['name']})", f"bad regex: {exc}") from None
        alts.append(f"(?:{p['pattern']})")
    if not alts:
        return _NONE
    # what a pattern matches is blanked: context around it goes in lookarounds
    body = "|".join(alts)
    try:
        rx = compile_flagged(body)
    except re.error as exc:
        raise ConfigError(where, "citations", f"bad regex: {exc}") from None
    keep = data.get("keep")
    cue = data.get("cue")
    return Blanker(rx, compile_flagged(keep) if keep else None, compile_flagged(cue) if cue else None)
