"""Which words must be in a sentence for a pattern to match: a cheap test before the regex.

Python's ``re`` has no literal-prefix scan for case-insensitive alternations, so a
pattern such as ``(?:held|kept|confined) ... for {NUM} {TIME_UNIT}`` is tried at
every character of every sentence its recognizer's anchors let through.  Most of
those runs find nothing.  This module reads a compiled pattern's syntax tree once
and derives what any match must contain, as clauses of alternatives:

    [{"held", "kept", "confined"}, {"for", "over"}, {"day", "week", "month", ...}]

A sentence (lower-cased) that lacks every alternative of some clause cannot match,
so the regex is not run.  The test is conservative by construction: literals are
collected only from parts of the pattern every match goes through (not from
optional parts, look-arounds or negative look-aheads), so skipping never changes a
result - ``tests/extract/test_prefilter.py`` checks that on the whole test corpus.
"""

from __future__ import annotations

import re

try:  # Python 3.11+
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

__all__ = ["requirements", "Requirements"]

Requirements = tuple[tuple[str, ...], ...]

_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT}
if hasattr(_c, "POSSESSIVE_REPEAT"):
    _REPEATS.add(_c.POSSESSIVE_REPEAT)
_ATOMIC = getattr(_c, "ATOMIC_GROUP", None)

#: keep at most this many clauses (the most selective); each costs a few substring tests
MAX_CLAUSES = 3
#: a clause with a literal shorter than this is in nearly every sentence: not worth testing
MIN_LITERAL = 3
#: a clause with more alternatives than this costs more to test than it saves
MAX_ALTERNATIVES = 80


def requirements(pattern: str, flags: int = re.IGNORECASE) -> Requirements:
    """Clauses of lower-case literals; a match contains one literal of every clause."""
    try:
        tree = _p.parse(pattern, flags)
    except re.error:
        return ()
    clauses = [c for c in _seq(list(tree)) if _useful(c)]
    clauses.sort(key=_quality, reverse=True)
    return tuple(tuple(sorted(c)) for c in clauses[:MAX_CLAUSES])


def _useful(clause: frozenset[str]) -> bool:
    return bool(clause) and len(clause) <= MAX_ALTERNATIVES and min(map(len, clause)) >= MIN_LITERAL


def _quality(clause: frozenset[str]) -> tuple[int, int]:
    # fewer, longer alternatives are rarer in text
    return (min(map(len, clause)), -len(clause))


def _seq(items: list) -> list[frozenset[str]]:
    """Clauses every match of this sequence satisfies."""
    clauses: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            clauses.append(frozenset(["".join(run)]))
            run.clear()

    for op, av in items:
        if op is _c.LITERAL:
            ch = chr(av).lower()
            if len(ch) != 1:  # a character whose lower case is two characters
                flush()
                continue
            run.append(ch)
            continue
        flush()
        if op is _c.SUBPATTERN:
            clauses.extend(_seq(list(av[-1])))
        elif _ATOMIC is not None and op is _ATOMIC:
            clauses.extend(_seq(list(av)))
        elif op in _REPEATS:
            lo, _hi, sub = av
            if lo >= 1:
                clauses.extend(_seq(list(sub)))
        elif op is _c.BRANCH:
            best: list[frozenset[str]] = []
            for alt in av[1]:
                alt_clauses = [c for c in _seq(list(alt)) if c]
                if not alt_clauses:
                    best = []
                    break
                best.append(max(alt_clauses, key=_quality))
            if best:
                clauses.append(frozenset().union(*best))
        # anything else (character classes, '.', anchors, look-arounds, back-references)
        # asks for no particular literal
    flush()
    return clauses


def satisfied(reqs: Requirements, lowered: str) -> bool:
    """Whether ``lowered`` (a lower-cased sentence) has a literal of every clause."""
    for clause in reqs:
        for lit in clause:
            if lit in lowered:
                break
        else:
            return False
    return True


# ----------------------------------------------------------------------------- lower-case twins
#
# With re.IGNORECASE, Python's regex engine folds the case of every character it
# compares and cannot scan ahead for a pattern's first letters.  The same pattern,
# lower-cased and compiled without the flag, run on the lower-cased sentence, finds
# the same matches in about half the time.  Patterns that switch case-sensitivity
# on inline ("(?-i:[A-Z])": a capital letter) have no twin and run as written.

_TOKEN = re.compile(r"\\.|\(\?P<\w+>|\(\?P=\w+\)|[A-Z]", re.S)


def lower_twin(regex: re.Pattern[str]) -> re.Pattern[str] | None:
    """``regex`` (case-insensitive) as a case-sensitive pattern for lower-cased text."""
    if not regex.flags & re.IGNORECASE:
        return None
    src = regex.pattern
    if "(?-i" in src or "(?i" in src or "\\N{" in src:
        return None
    twin = _TOKEN.sub(lambda m: m.group(0).lower() if len(m.group(0)) == 1 else m.group(0), src)
    try:
        return re.compile(twin, regex.flags & ~re.IGNORECASE)
    except re.error:  # pragma: no cover - a lower-cased pattern that no longer compiles
        return None


def lowered(text: str) -> str:
    """``text`` in lower case, character for character (offsets stay valid)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    # a few characters (e.g. 'İ') lower-case to two: leave those as they are
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)


class Scanner:
    """A case-insensitive regex with the words it needs and its lower-case twin.

    ``search``/``finditer`` take the sentence and its ``lowered`` form; offsets of
    the matches are offsets in both.  Match *text* comes from the twin (lower
    case) unless the regex has no twin: callers that read groups use ``regex``.
    """

    __slots__ = ("regex", "needs", "twin")

    def __init__(self, regex: re.Pattern[str], *, fast: bool = True) -> None:
        self.regex = regex
        self.needs = requirements(regex.pattern, regex.flags) if fast else ()
        self.twin = lower_twin(regex) if fast else None

    def possible(self, low: str) -> bool:
        return not self.needs or satisfied(self.needs, low)

    def search(self, text: str, low: str) -> re.Match[str] | None:
        if self.needs and not satisfied(self.needs, low):
            return None
        if self.twin is not None:
            return self.twin.search(low)
        return self.regex.search(text)

    def finditer(self, text: str, low: str):
        if self.needs and not satisfied(self.needs, low):
            return iter(())
        if self.twin is not None:
            return self.twin.finditer(low)
        return self.regex.finditer(text)

    def matches(self, text: str, low: str):
        """The matches of ``regex`` itself (groups read from ``text``), found by the twin."""
        if self.needs and not satisfied(self.needs, low):
            return
        if self.twin is None:
            yield from self.regex.finditer(text)
            return
        for t in self.twin.finditer(low):
            m = self.regex.match(text, t.start())
            if m is not None:
                yield m
