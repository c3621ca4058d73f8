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
optional parts or negative look-arounds), so skipping never changes a
result - ``tests/extract/test_prefilter.py`` checks that on the whole test corpus.
"""

from __future__ import annotations

import re

from typing import Any, Callable

from dignity.rulecache import compile_regex, memo

try:  # Python 3.11+
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

__all__ = ["requirements", "requirement_heads", "Requirements", "never_empty"]

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
    return _analysed(pattern, int(flags))[0]


def requirement_heads(pattern: str, flags: int = re.IGNORECASE) -> tuple[frozenset[str] | None, ...]:
    """For each clause of ``requirements`` (same order), the first letters of its literals
    (up to three, as ``ClauseMemo.heads``) where every match has one of them where a word
    begins (after no word character, or at the start); None where a literal of the clause
    may stand inside a word. A sentence none of whose words begins so lacks the clause."""
    return _analysed(pattern, int(flags))[1]


@memo("prefilter.requirements")
def _analysed(pattern: str, flags: int) -> tuple[Requirements, tuple[frozenset[str] | None, ...]]:
    try:
        tree = _p.parse(pattern, flags)
    except re.error:
        return (), ()
    clauses = [c for c in _seq(list(tree), False)[0] if _useful(c)]
    clauses.sort(key=_quality, reverse=True)
    kept = clauses[:MAX_CLAUSES]
    return (tuple(tuple(sorted({lit for lit, _ in c})) for c in kept),
            tuple(frozenset(lit[:3] for lit, _ in c) if all(w for _, w in c) else None for c in kept))


#: punctuation a clause may need (``punctuation_cue``)
_CUES = ",;:"


@memo("prefilter.punctuation_cue")
def punctuation_cue(pattern: str, flags: int = re.IGNORECASE) -> str:
    """A punctuation mark (``,``, ``;`` or ``:``) that every match's clauses need (each
    literal of one clause holds it), or "": a sentence without it has no match. Too short
    for ``requirements``, but a test of one character costs less than any regex run."""
    try:
        tree = _p.parse(pattern, int(flags))
    except re.error:
        return ""
    for clause in _seq(list(tree), False)[0]:
        lits = {lit for lit, _ in clause}
        for cue in _CUES:
            if lits and all(cue in lit for lit in lits):
                return cue
    return ""


#: a literal of a clause: its text, and whether every match has it where a word begins
_Lit = tuple[str, bool]


def _useful(clause: frozenset[_Lit]) -> bool:
    return bool(clause) and len({lit for lit, _ in clause}) <= MAX_ALTERNATIVES \
        and min(len(lit) for lit, _ in clause) >= MIN_LITERAL


#: words in nearly every sentence of a report: a clause holding one of them rules out
#: almost nothing, so any clause without one is tested before it ("and" of "and yet": "yet")
_COMMON = frozenset("""and the was were had has have that this with for are not been from
their they which les des que une est pour dans par qui los las del por con una para""".split())


def _quality(clause) -> tuple[bool, int, int]:
    # fewer, longer alternatives are rarer in text (a clause: literals, or (literal, at a
    # word's start) pairs); a clause of a common word is the least selective
    lits = {x if isinstance(x, str) else x[0] for x in clause}
    return (_COMMON.isdisjoint(lits), min(map(len, lits)), -len(lits))


def _word_char(ch: str) -> bool:
    """Whether ``re`` counts ``ch`` as a word character (``\\w``, str patterns)."""
    return ch.isalnum() or ch == "_"


def _class_not_word(items: list) -> bool:
    """Whether every character a class (``[\\s,]``) matches is no word character."""
    for op, av in items:
        if op is _c.LITERAL:
            if _word_char(chr(av)):
                return False
        elif op is _c.CATEGORY:
            if av not in (_c.CATEGORY_SPACE, _c.CATEGORY_NOT_WORD, _c.CATEGORY_LINEBREAK):
                return False
        else:
            return False
    return True


def _bars_word_before(av) -> bool:
    """Whether a negative look-behind (``(?<![\\w\\-])``) says the character before is no
    word character (or that there is none)."""
    direction, items = av
    if direction >= 0:
        return False
    items = list(items)
    if len(items) != 1 or items[0][0] is not _c.IN:
        return False
    return any(op is _c.CATEGORY and a is _c.CATEGORY_WORD for op, a in items[0][1])


def _seq(items: list, ws: bool) -> tuple[list[frozenset[_Lit]], bool]:
    """Clauses every match of this sequence satisfies, and whether, after it, a word
    character would begin a word. ``ws``: that holds where the sequence begins (the
    character before is no word character, or there is none)."""
    clauses: list[frozenset[_Lit]] = []
    run: list[str] = []
    run_ws = False  # the run begins where a word begins

    def flush() -> None:
        if run:
            clauses.append(frozenset([("".join(run), run_ws)]))
            run.clear()

    for op, av in items:
        if op is _c.LITERAL:
            raw = chr(av)
            ch = raw.lower()
            if len(ch) != 1:  # a character whose lower case is two characters
                flush()
                ws = not _word_char(raw)
                continue
            if not run:
                run_ws = ws and _word_char(raw)
            run.append(ch)
            ws = not _word_char(raw)
            continue
        flush()
        if op is _c.SUBPATTERN:
            got, ws = _seq(list(av[-1]), ws)
            clauses.extend(got)
        elif _ATOMIC is not None and op is _ATOMIC:
            got, ws = _seq(list(av), ws)
            clauses.extend(got)
        elif op is _c.ASSERT:
            # a positive look-ahead or look-behind matches text of the string too: what
            # it needs, the sentence has (negative ones ask for nothing)
            direction, sub = av
            if direction < 0:  # a look-behind ends here: where it begins is not known
                got, ends_ws = _seq(list(sub), False)
                clauses.extend(got)
                ws = ws or ends_ws
            else:
                clauses.extend(_seq(list(sub), ws)[0])
        elif op is _c.ASSERT_NOT:
            if _bars_word_before(av):
                ws = True
        elif op in _REPEATS:
            lo, _hi, sub = av
            if lo >= 1:
                # (the first round begins where the repeat does: its clauses are the match's)
                clauses.extend(_seq(list(sub), ws)[0])
            after = _seq(list(sub), False)[1]  # after any round, whatever came before
            ws = after if lo >= 1 else (ws and after)
        elif op is _c.BRANCH:
            best: list[frozenset[_Lit]] = []
            ends = True
            for alt in av[1]:
                got, alt_ws = _seq(list(alt), ws)
                ends = ends and alt_ws
                alt_clauses = [c for c in got if c]
                if alt_clauses:  # (an alternative that needs nothing: the branch needs nothing)
                    best.append(max(alt_clauses, key=_quality))
            if best and len(best) == len(av[1]):
                clauses.append(frozenset().union(*best))
            ws = ends
        elif op is _c.AT:
            if av in (_c.AT_BOUNDARY, _c.AT_BEGINNING, _c.AT_BEGINNING_STRING, _c.AT_BEGINNING_LINE):
                ws = True
            elif av is _c.AT_NON_BOUNDARY:
                ws = False
        elif op is _c.IN:
            ws = _class_not_word(list(av))
        else:
            # anything else ('.', back-references, ...) asks for no particular literal and
            # may end in a word character
            ws = False
    flush()
    return clauses, ws


class ClauseMemo:
    """What one sentence has: ``satisfied`` with each clause tested once however many
    patterns ask, ``heads``, the beginnings of its words, and ``starts``, where each
    beginning is."""

    __slots__ = ("low", "_met", "_heads", "_starts", "_where")

    def __init__(self, low: str) -> None:
        self.low = low
        #: ``needs_met``: a clause's number (``clause_tests``) -> whether it is met
        self._met: dict[int, bool] = {}
        self._heads: set[str] | None = None
        self._starts: dict[str, list[int]] | None = None
        self._where: dict[str, list[int]] | None = None

    def heads(self) -> set[str]:
        """The first one, two and three letters of every place in the sentence where a
        word-bounded pattern may start: its start, and each character after one that is
        no word character (``(?<![\\w\\-])``, ``\\b``; lower-casing changes no character's
        wordness, so the lower-cased sentence tells); ``DIGIT`` where one is a digit."""
        heads = self._heads
        if heads is None:
            heads = self._heads = set(self._at())
        return heads

    def starts(self) -> dict[str, list[int]]:
        """The first three letters (fewer at the end) of each place of ``heads`` -> the
        places, in order: a word-bounded match whose beginning is known starts at one."""
        starts = self._starts
        if starts is None:
            starts = self._starts = {}
            low = self.low
            if not low:
                return starts
            get = starts.get
            # the start, and each place after a character that is no word character (the last
            # one aside: a place holds a character); its beginning is the slice of the sentence there
            places = [m.end() for m in _NON_WORD.finditer(low)]
            if places and places[-1] == len(low):
                places.pop()
            starts[low[:3]] = [0]
            for p in places:
                t = low[p:p + 3]
                at = get(t)
                if at is None:
                    starts[t] = [p]
                else:
                    at.append(p)
        return starts

    def _at(self) -> dict[str, list[int]]:
        """Each string of ``heads`` -> the places (in order) where a word so begins."""
        at = self._where
        if at is None:
            at = self._where = {}
            grown: set[str] = set()  # lists made of more than one beginning: sorted at the end
            for k, ps in self.starts().items():
                for h in (k, k[:2], k[:1], DIGIT) if k[:1].isdecimal() else (k, k[:2], k[:1]):
                    got = at.get(h)
                    if got is None:
                        at[h] = ps
                    elif got is not ps:
                        if h not in grown:
                            got = at[h] = list(got)
                            grown.add(h)
                        got.extend(ps)
            for h in grown:
                at[h].sort()
        return at

    def places(self, heads) -> list[int]:
        """Where (in order) a word begins with one of ``heads`` (strings of ``heads()``)."""
        at = self._where
        if at is None:
            at = self._at()
        if len(heads) == 1:
            return at.get(next(iter(heads)), [])
        out: set[int] = set()
        for h in heads:
            got = at.get(h)
            if got is not None:
                out.update(got)
        return sorted(out)

    def satisfied(self, reqs: Requirements, heads: tuple[frozenset[str] | None, ...] = ()) -> bool:
        """Whether the sentence has a literal of every clause; ``heads``: for each clause,
        the beginnings one of which a word of the sentence has where the clause is met
        (``requirement_heads``; None: not known). Where they are known, only the clause's
        literals that begin as a word of the sentence does are looked for: every match has
        its literal where a word begins, so a literal found only inside words (or nowhere)
        lets no match through. (So such a clause may be met for ``satisfied(reqs)`` and
        not here: its answers are kept apart.) The tests of ``needs_met``, made here."""
        return self.needs_met(clause_tests(reqs, heads or (None,) * len(reqs)))

    def needs_met(self, tests: ClauseTests) -> bool:
        """``satisfied(reqs, heads)`` for the tests ``clause_tests(reqs, heads)`` made: the
        same answers, each clause known by a number (a look-up by number costs less than one
        by the clause's words)."""
        met = self._met
        for key, h, lits in tests:
            ok = met.get(key)
            if ok is None:
                low = self.low
                ok = False
                if h is None:
                    for lit in lits:
                        if lit in low:
                            ok = True
                            break
                else:
                    have = self._heads
                    if have is None:
                        have = self.heads()
                    for head in h.intersection(have):
                        for lit in lits[head]:
                            if lit in low:
                                ok = True
                                break
                        if ok:
                            break
                met[key] = ok
            if not ok:
                return False
        return True


#: one clause as ``ClauseMemo.needs_met`` tests it: its number, the beginnings of its words
#: (None: not known) and its literals (by their first three letters where those are known)
ClauseTests = tuple[tuple[int, "frozenset[str] | None", Any], ...]
#: (clause, whether its beginnings are known) -> its number
_CLAUSE_NUMBERS: dict[tuple[tuple[str, ...], bool], int] = {}


def clause_tests(reqs: Requirements, heads: tuple[frozenset[str] | None, ...]) -> ClauseTests:
    """The tests of ``ClauseMemo.needs_met`` for clauses ``reqs`` and their ``heads``."""
    out = []
    for clause, h in zip(reqs, heads):
        key = _CLAUSE_NUMBERS.setdefault((clause, h is not None), len(_CLAUSE_NUMBERS))
        out.append((key, h, clause if h is None else _literal_heads(clause)))
    return tuple(out)


#: a clause's literals by their first three letters (``ClauseMemo.satisfied``)
_LIT_HEADS: dict[tuple[str, ...], dict[str, tuple[str, ...]]] = {}


def _literal_heads(clause: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    got = _LIT_HEADS.get(clause)
    if got is None:
        by: dict[str, list[str]] = {}
        for lit in clause:
            by.setdefault(lit[:3], []).append(lit)
        got = _LIT_HEADS[clause] = {h: tuple(lits) for h, lits in by.items()}
    return got


#: where a word-bounded pattern (``compile_pattern(bounded=True)``) may start
_BOUND = "(?<![\\w\\-])"
#: a character that is no word character (a hyphen included: where ``\\b`` may begin a word);
#: the place after each is one of ``ClauseMemo.starts``
_NON_WORD = re.compile(r"[^\w]")


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
# where matches start in about half the time.  A part that is case-sensitive inline
# ("(?-i:[A-Z])": a capital letter) becomes case-insensitive in the twin, so the
# twin matches everywhere the pattern does and maybe more; the pattern itself then
# confirms each place (``Scanner.matches``), so the matches are exactly its own.

# a letter of any alphabet: "Conseil d'État" lower-cases to "conseil d'état" in the twin as it does
# in the sentence (``lowered``), not "conseil d'État", which the lower-cased sentence never holds
_TOKEN = re.compile(r"\\.|\(\?P<\w+>|\(\?P=\w+\)|\(\?-?i:|[^\W\d_]", re.S)


def lower_twin(regex: re.Pattern[str]) -> re.Pattern[str] | None:
    """A case-sensitive pattern for lower-cased text that matches wherever ``regex``
    (case-insensitive) matches; None when no such twin can be made safely."""
    made = _twin_source(regex.pattern, int(regex.flags))
    return None if made is None else compile_regex(*made)


@memo("prefilter.twin")
def _twin_source(src: str, flags: int) -> tuple[str, int] | None:
    """The twin's pattern and flags (``lower_twin``), or None."""
    if not flags & re.IGNORECASE:
        return None
    # (a scoped "(?i:...)" in a case-insensitive regex is a plain group: the packs' standard phrases
    # wrap their words in one; any other inline "i" flag leaves no twin)
    if "(?i" in src.replace("(?i:", "") or "\\N{" in src or "(?-i" in src and _case_sensitive_in_negation(src, flags):
        return None

    def repl(m: re.Match[str]) -> str:
        tok = m.group(0)
        if tok in ("(?-i:", "(?i:"):
            return "(?:"
        return tok.lower() if len(tok) == 1 and len(tok.lower()) == 1 else tok

    twin = _TOKEN.sub(repl, src)
    flags = int(flags & ~re.IGNORECASE)  # a plain int: the rules cache keeps it
    if not _UNFACTORABLE.search(twin):
        factored = _factored(twin)
        try:
            compile_regex(factored, flags)
            return factored, flags
        except re.error:  # pragma: no cover - then the twin as it is
            pass
    try:
        compile_regex(twin, flags)
        return twin, flags
    except re.error:  # pragma: no cover - a lower-cased pattern that no longer compiles
        return None


# A twin only says where a match may start, and an alternation of words matches the
# same strings whatever the order of its words, so a twin's word lists are written as
# a tree of their letters: "(?:held|have|has)" -> "(?:h(?:a(?:s|ve)|eld))".  Python
# tries each alternative of a list in turn at every place it looks; the tree tries at
# most one branch per letter.  Lists of plain words only (letters, escaped punctuation,
# white space); anything with a back-reference, an atomic group or a possessive or
# conditional part is left as it is.
_UNIT = (r"(?:[a-z0-9’'&]|\\[-.'’&/ swd]|\[[^\]\[]*\])"  # a letter, an escape, a class
         r"(?:[?*+]|\{\d+(?:,\d*)?\})?\??")  # and its repeat
_UNITS = re.compile(rf"{_UNIT}|\|")
_ALTERNATION = re.compile(rf"(?<!\\)\((\?:|\?P<\w+>)((?:{_UNIT})+(?:\|(?:{_UNIT})+)+)\)")
_UNFACTORABLE = re.compile(r"\(\?P=|\(\?>|\(\?\(|[*+?}]\+|\\\d")


def _factored(src: str) -> str:
    """``src`` with each innermost list of plain words written as a letter tree."""
    def tree(m: re.Match[str]) -> str:
        units = _UNITS.findall(m.group(2))
        if "".join(units) != m.group(2):  # pragma: no cover - read otherwise: leave it
            return m.group(0)
        root: dict = {}
        node = root
        for unit in [*units, "|"]:
            if unit == "|":
                node[""] = {}
                node = root
            else:
                node = node.setdefault(unit, {})
        return f"({m.group(1)}{_branches(root)})"

    return _ALTERNATION.sub(tree, src)


def _branches(node: dict) -> str:
    parts = [unit + _branches(child) for unit, child in sorted(node.items()) if unit]
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    return f"(?:{body})?" if "" in node else body


def first_heads(twin: re.Pattern[str], size: int = 3) -> frozenset[str] | None:
    """How every match of a word-bounded lower-case twin begins: strings of at most
    ``size`` characters, one of which starts each match (read from the syntax tree:
    literals, groups, alternatives, repeats; look-arounds ask for nothing). None when
    the twin is not word-bounded or a match may begin with anything (a character
    class, ``.``, an empty alternative)."""
    return _first_heads(twin.pattern, int(twin.flags), size)


@memo("prefilter.first_heads")
def _first_heads(src: str, flags: int, size: int) -> frozenset[str] | None:
    if flags & re.IGNORECASE:
        return None
    if src.startswith(_BOUND):
        try:
            tree = _p.parse(src[len(_BOUND):], flags)
        except re.error:  # pragma: no cover - the twin compiled, so its tail parses
            return None
        heads = _heads(list(tree), size)
        return None if heads is None or "" in heads else frozenset(heads)
    # "\bword...": every way through begins at a word boundary, then a word character,
    # so the character before is none (or there is none): a place ``starts`` has
    try:
        tree = _p.parse(src, flags)
    except re.error:  # pragma: no cover - the twin compiled
        return None
    items = list(tree)
    if items and items[0][0] is _c.ASSERT and items[0][1][0] < 0 and _ends_in_non_word(list(items[0][1][1])):
        # "(?<=, )word...": the character before every match is no word character, so
        # every match begins at a place ``starts`` has
        heads = _heads(items[1:], size)
        return None if heads is None or "" in heads else frozenset(heads)
    if not _at_word_start(list(tree)):
        return None
    heads = _heads(list(tree), size)
    if heads is None or "" in heads or not all(h[0] == DIGIT or h[0].isalnum() or h[0] == "_" for h in heads):
        return None
    return frozenset(heads)


def never_empty(regex: re.Pattern[str]) -> bool:
    """Whether every match of ``regex`` holds a character: then the first non-empty match
    ``Scanner.search`` finds is ``regex.search``'s."""
    return _never_empty(regex.pattern, int(regex.flags))


@memo("prefilter.never_empty")
def _never_empty(src: str, flags: int) -> bool:
    try:
        return _p.parse(src, flags).getwidth()[0] > 0
    except re.error:
        return False


def starts_at_beginning(regex: re.Pattern[str]) -> bool:
    """Whether every match of ``regex`` begins at the start of the text: each way
    through it begins with ``^`` (without MULTILINE) or ``\\A``, look-arounds before it
    aside."""
    return _starts_at_beginning(regex.pattern, int(regex.flags))


@memo("prefilter.starts_at_beginning")
def _starts_at_beginning(src: str, flags: int) -> bool:
    try:
        tree = _p.parse(src, flags)
    except re.error:  # pragma: no cover - the regex compiled
        return False
    if tree.state.flags & re.MULTILINE:
        return False
    return _at_beginning(list(tree))


def _leads_with(items: list, anchors: tuple) -> bool:
    """Whether every match of the sequence ``items`` begins at one of the zero-width
    ``anchors`` (AT codes; look-arounds before it aside)."""
    for op, av in items:
        if op is _c.AT:
            return av in anchors
        if op in (_c.ASSERT, _c.ASSERT_NOT):
            continue  # zero width: what comes next begins the match
        if op is _c.SUBPATTERN:
            return _leads_with(list(av[-1]), anchors)
        if op is _c.BRANCH:
            return all(_leads_with(list(alt), anchors) for alt in av[1])
        return False
    return False


def _at_beginning(items: list) -> bool:
    """Whether every match of ``items`` begins with ``^`` (or ``\\A``)."""
    return _leads_with(items, (_c.AT_BEGINNING, _c.AT_BEGINNING_STRING))


def _ends_in_non_word(items: list) -> bool:
    """Whether a look-behind's sequence ends with a literal character that is no word
    character (" " in "(?<=, )")."""
    return bool(items) and items[-1][0] is _c.LITERAL and _WORD_CHAR.match(chr(items[-1][1])) is None


_WORD_CHAR = re.compile(r"\w")


def _at_word_start(items: list) -> bool:
    """Whether every match of the sequence ``items`` begins with ``\\b`` (look-arounds
    before it aside)."""
    return _leads_with(items, (_c.AT_BOUNDARY,))


def _heads(items: list, size: int) -> set[str] | None:
    """The strings (up to ``size`` characters) one of which begins every match of the
    sequence ``items``; a string ends early where the literals do. None: too many."""
    if size == 0 or not items:
        return {""}
    op, av = items[0]
    rest = items[1:]
    if op is _c.LITERAL:
        tail = _heads(rest, size - 1)
        # (a digit after a letter is not known as such: the beginning ends before it)
        return None if tail is None else {chr(av) + t.partition(DIGIT)[0] for t in tail}
    if op is _c.SUBPATTERN:
        return _heads(list(av[-1]) + rest, size)
    if op is _c.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            got = _heads(list(alt) + rest, size)
            if got is None or "" in got:
                return got
            out |= got
            if len(out) > _MAX_HEADS:
                return None
        return out
    if op in _REPEATS:
        lo, _hi, sub = av
        once = _heads(list(sub), size)  # how one round begins: every match begins so
        if lo >= 1 or once is None or "" in once:
            return once
        skipped = _heads(rest, size)
        return None if skipped is None else once | skipped
    if op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):  # zero width: the next part begins the match
        return _heads(rest, size)
    if op is _c.IN:  # a small class: one of its characters (what follows is not read)
        chars = _class_heads(av)
        return {""} if chars is None else chars
    return {""}  # a wide class, '.', a back-reference ...: may begin with anything


#: the beginning that stands for any decimal digit (``\d``: Unicode's Nd, ``str.isdecimal``)
DIGIT = "\x00"
#: a class with more characters than this may begin with anything
_MAX_CLASS = 40


def _class_heads(items: list) -> set[str] | None:
    """The characters of a class (``[.,]``, ``[a-h]``, ``\\d`` as ``DIGIT``); None when it
    is negated, wide or holds another category."""
    out: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            out.add(chr(av))
        elif op is _c.RANGE and av[1] - av[0] < _MAX_CLASS:
            out.update(chr(c) for c in range(av[0], av[1] + 1))
        elif op is _c.CATEGORY and av is _c.CATEGORY_DIGIT:
            out.add(DIGIT)
        else:
            return None
    return out if len(out) <= _MAX_CLASS else None


#: more beginnings than this: the test is not worth it
_MAX_HEADS = 400


def _case_sensitive_in_negation(pattern: str, flags: int) -> bool:
    """Whether a case-sensitive group sits inside a negative look-around (where
    making it case-insensitive would make the twin match less, not more)."""
    try:
        tree = _p.parse(pattern, flags)
    except re.error:
        return True

    def walk(items, negated: bool) -> bool:
        for op, av in items:
            if op is _c.SUBPATTERN:
                if av[2] & re.IGNORECASE and negated:
                    return True
                if walk(av[-1], negated):
                    return True
            elif op in (_c.ASSERT, _c.ASSERT_NOT):
                if walk(av[1], negated or op is _c.ASSERT_NOT):
                    return True
            elif op is _c.BRANCH:
                if any(walk(alt, negated) for alt in av[1]):
                    return True
            elif op in _REPEATS:
                if walk(av[2], negated):
                    return True
            elif _ATOMIC is not None and op is _ATOMIC:
                if walk(av, negated):
                    return True
        return False

    return walk(list(tree), False)


def lowered(text: str) -> str:
    """``text`` in lower case, character for character (offsets stay valid)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    # a few characters (e.g. 'İ') lower-case to two: leave those as they are
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)


def _pretest(regex: re.Pattern[str], twin: re.Pattern[str] | None) -> Callable[..., re.Match[str] | None] | None:
    """The twin's ``match``, to try at a place (on the lower-cased sentence) before the regex
    itself, or None where the regex alone is the cheaper test.

    Where the regex matches, its twin matches (at the same place: what ``Scanner.matches``
    relies on when it searches by the twin), so a place where the twin fails is no match's
    start. A case-insensitive regex enters every branch of its alternations at each place (its
    letters are compared folded, so ``re`` cannot skip a branch by its first letter); the twin,
    case-sensitive, with its word lists as letter trees, fails at once at most places: the long
    lists of the recognizers' and context rules' patterns cost about a third as much tried so.
    Not where the regex has a case-sensitive part (``(?-i:[A-Z])``: a capital): the twin reads
    it as any letter and matches at many places the regex then tries as well."""
    if twin is None or not regex.flags & re.IGNORECASE or "(?-i:" in regex.pattern:
        return None
    return twin.match


class Scanner:
    """A case-insensitive regex with the words it needs and its lower-case twin.

    Every method takes the sentence and its ``lowered`` form and gives exactly what
    the regex itself gives on the sentence: the twin only says where to look.

    Reading the words and compiling the twin cost about as much as compiling the
    regex, which a one-page document never earns back (``dignity extract note.txt``
    starts up in a few seconds, most of it Python and spaCy): a scanner runs its
    regex as written for its first ``WARM_AFTER`` sentences, then builds both.
    """

    WARM_AFTER = 16

    __slots__ = ("regex", "extra", "_needs", "need_heads", "need_tests", "twin", "_uses", "heads", "at_start",
                 "gates", "pretest")

    def __init__(self, regex: re.Pattern[str], *, extra: re.Pattern[str] | None = None,
                 fast: bool = True) -> None:
        self.regex = regex
        self.extra = extra  # another regex that must match too (its words count as needs)
        self._needs: Requirements = ()
        #: for each clause of ``needs``, where its words begin (``requirement_heads``)
        self.need_heads: tuple[frozenset[str] | None, ...] = ()
        #: ``needs`` and ``need_heads`` as ``ClauseMemo.needs_met`` tests them
        self.need_tests: ClauseTests = ()
        self.twin: re.Pattern[str] | None = None
        #: how every match begins (``first_heads``); None: anyhow (or not warmed up yet)
        self.heads: frozenset[str] | None = None
        #: every match begins at the start of the text (``^`` first): tried there only
        self.at_start = False
        #: ``heads`` and the known ``need_heads``: a sentence (``ClauseMemo.heads``) disjoint
        #: from one of these has no match, whatever its substrings; tested first, all at once
        #: (``gated``), most patterns and rules are ruled out before any substring test
        self.gates: tuple[frozenset[str], ...] = ()
        #: the twin's ``match``, tried on the lower-cased sentence at a place before the regex
        #: is (``_pretest``); None: the regex alone
        self.pretest: Callable[..., re.Match[str] | None] | None = None
        self._uses = 0 if fast else -1  # -1: never warm up

    @property
    def uses(self) -> int:
        """How many times the scanner has run while warming up (``WARM_AFTER`` once warm;
        -1: it never warms up)."""
        return self._uses

    @property
    def needs(self) -> Requirements:
        """The clauses a sentence must satisfy (none until the scanner has warmed up)."""
        return self._needs

    def warm(self) -> None:
        """Read the words and compile the twin now."""
        pairs = list(zip(requirements(self.regex.pattern, self.regex.flags),
                         requirement_heads(self.regex.pattern, self.regex.flags)))
        if self.extra is not None:
            pairs += zip(requirements(self.extra.pattern, self.extra.flags),
                         requirement_heads(self.extra.pattern, self.extra.flags))
            pairs.sort(key=lambda p: _quality(p[0]), reverse=True)
            pairs = pairs[:MAX_CLAUSES]
        self._needs = tuple(c for c, _ in pairs)
        self.need_heads = tuple(h for _, h in pairs)
        self.need_tests = clause_tests(self._needs, self.need_heads)
        self.twin = lower_twin(self.regex)
        self.heads = first_heads(self.twin) if self.twin is not None else None
        self.at_start = starts_at_beginning(self.regex)
        self.gates = tuple(g for g in (self.heads, *self.need_heads) if g is not None)
        self.pretest = _pretest(self.regex, self.twin)
        self._uses = self.WARM_AFTER

    def search(self, text: str, low: str, memo: ClauseMemo | None = None) -> re.Match[str] | None:
        """``regex.search(text)``."""
        heads = self.heads
        if memo is None or heads is None or self.at_start or 0 <= self._uses < self.WARM_AFTER:
            return next(self.matches(text, low, memo=memo), None)
        # the first of ``matches`` in its common case (a warm scanner that knows where its
        # matches begin), as one loop with no generator: most searches (the recognizers'
        # ``unless`` and ``requires``) find nothing
        have = memo.heads()
        if have.isdisjoint(heads):
            return None
        tests = self.need_tests
        if tests and not memo.needs_met(tests):
            return None
        match, pretest = self.regex.match, self.pretest
        for p in memo.places(heads & have):
            if pretest is not None and pretest(low, p) is None:
                continue  # the twin fails here: so does the regex
            m = match(text, p)
            if m is not None and m.end() > p:
                return m
        return None

    def _at_places(self, text: str, places: list[int], limit: int, low: str):
        """The regex tried at each of ``places`` (in order) below ``limit``, as finditer
        would find them: not inside a match already found, no empty match (``low``: the
        text lower-cased, for the twin's ``pretest``)."""
        match, end, pretest = self.regex.match, 0, self.pretest
        for p in places:
            if p >= limit:
                return
            if p < end:
                continue
            if pretest is not None and pretest(low, p) is None:
                continue  # the twin fails here: so does the regex
            m = match(text, p)
            if m is not None and m.end() > p:
                yield m
                end = m.end()

    def prefix_matches(self, text: str, low: str, limit: int, memo: ClauseMemo | None):
        """``matches(text[:limit], low[:limit])``, told by the whole sentence's clause memo
        (``memo``, for ``low``) what it can: a word the sentence lacks its beginning lacks
        too, and a word beginning there within ``limit`` is one of the sentence's places
        (whose first letters, cut at ``limit``, are fewer: the places are more, never fewer)."""
        head, hlow = text[:limit], low[:limit]
        if memo is None or memo.low is not low or not low:
            yield from self.matches(head, hlow)
            return
        if 0 <= self._uses < self.WARM_AFTER:
            self._uses += 1
            if self._uses == self.WARM_AFTER:
                self.warm()
        heads, needs = self.heads, self._needs
        if heads is not None and memo.heads().isdisjoint(heads):
            return
        if needs and not (memo.needs_met(self.need_tests) and satisfied(needs, hlow)):
            return
        if heads is None or self.at_start:
            yield from self.matches(head, hlow, checked=True)
            return
        yield from self._at_places(head, memo.places(heads & memo.heads()), limit, hlow)

    def found(self, text: str, low: str, memo: ClauseMemo) -> list[re.Match[str]]:
        """``list(self.matches(text, low, checked=True, memo=memo))``, for the callers that
        have tested ``gates`` and ``needs`` with ``memo``: most of their calls try a regex at
        a few places where words begin and find nothing, so the common case is one loop
        here, with no generator."""
        heads = self.heads
        if heads is None or self.at_start or 0 <= self._uses < self.WARM_AFTER:
            return list(self.matches(text, low, checked=True, memo=memo))
        out: list[re.Match[str]] = []
        match, end, pretest = self.regex.match, 0, self.pretest
        for p in memo.places(heads & memo.heads()):
            if p < end:
                continue  # inside a match already found
            if pretest is not None and pretest(low, p) is None:
                continue  # the twin fails here: so does the regex
            m = match(text, p)
            if m is not None and m.end() > p:
                out.append(m)
                end = m.end()
        return out

    def matches(self, text: str, low: str, *, checked: bool = False, memo: ClauseMemo | None = None):
        """``regex.finditer(text)`` (non-empty matches), found by the twin and confirmed
        by the regex; ``checked``: the caller has tested ``gates`` and ``needs``; ``memo``:
        the sentence's clause memo (for ``low``), to test them with, and where words
        begin (``heads``: a twin matches only where one of its beginnings is)."""
        if not checked and self._uses == self.WARM_AFTER:
            # a warm scanner's first tests, made before its generator is: most calls end here
            heads = self.heads if memo is not None else None
            if heads is not None and memo.heads().isdisjoint(heads):
                return iter(())
            needs = self._needs
            if needs and not (memo.needs_met(self.need_tests) if memo is not None else satisfied(needs, low)):
                return iter(())
            checked = True
        return self._matches(text, low, checked, memo)

    def _matches(self, text: str, low: str, checked: bool, memo: ClauseMemo | None):
        """``matches``, as a generator (its tests made where ``checked``)."""
        if 0 <= self._uses < self.WARM_AFTER:
            self._uses += 1
            if self._uses == self.WARM_AFTER:
                self.warm()
        heads = self.heads if memo is not None else None
        if not checked:
            # (a caller that has tested ``needs`` has tested ``gates``, ``heads`` among them)
            if heads is not None and memo.heads().isdisjoint(heads):
                return
            needs = self._needs
            if needs and not (
                    memo.needs_met(self.need_tests) if memo is not None else satisfied(needs, low)):
                return
        if self.at_start:
            # ``^`` (no MULTILINE) holds at the text's start only: finditer finds a match
            # there or none. The twin matches wherever the regex does, without folding case
            # and with its word lists as letter trees: where it fails, so does the regex
            # (most of these rules read the whole sentence: "no verb in it", "ends in ?")
            if self.twin is not None and self.twin.match(low) is None:
                return
            m = self.regex.match(text)
            if m is not None and m.end() > 0:
                yield m
            return
        if heads is not None:
            where = heads & memo.heads()
            # every match starts where a word begins as one of its beginnings does: the
            # regex is tried at those places only (what the twin's search would find
            # first at or after each, and confirm with the regex, is among them)
            yield from self._at_places(text, memo.places(where), len(text) + 1, low)
            return
        if self.twin is None:
            for m in self.regex.finditer(text):
                if m.end() > m.start():
                    yield m
            return
        search, match = self.twin.search, self.regex.match
        pos, n = 0, len(low)
        while pos <= n:
            t = search(low, pos)
            if t is None:
                return
            m = match(text, t.start())
            if m is None or m.end() == m.start():
                pos = t.start() + 1
                continue
            yield m
            pos = m.end()
