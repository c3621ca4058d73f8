"""Facts as the standards engine sees them: which ones count, about whom, and
their numbers in the units the rules test.

* A fact about people in general (``subject_kind == "general"``) or a
  hypothetical one never supports a finding: ``usable`` drops them.
* ``group_subjects`` puts the usable facts into subjects.  Subject strings are
  folded (case, accents, parentheses, titles), a short name joins the longer
  name that contains it ("Guzman" and "Joaquín Guzmán Loera"), placeholders
  ("he", "the plaintiff", "unknown") join the main subject, and any subject
  with fewer than ``min_facts`` facts joins the main subject too: a passage
  about one detainee whose facts an extractor spread over "prisoners in
  Bahrain", "inmates of Building 14" and so on is assessed as one subject, the
  one with most facts.  Subjects with ``min_facts`` facts or more of their own
  stay apart.  A reviewer's word overrides the guess: ``people`` maps a name
  (``name_key``) to the person it names, so that "El Chapo" and "Joaquín Guzmán
  Loera" are one person, or "Maria Guzman" is not "Guzman"; ``main`` names the
  subject a case is about (it goes first and takes the placeholders).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date, timedelta
from typing import Iterable, Iterator, Mapping

from dignity.model import Certainty, Fact, SubjectKind

__all__ = ["usable", "set_aside", "SubjectGroup", "group_subjects", "name_key", "CERTAINTY_RANK", "rank",
           "fact_text", "number_in", "parse_date", "days_between", "isolation_days", "slug"]

#: Stronger is higher: what a fact can prove.
CERTAINTY_RANK = {Certainty.asserted.value: 3, Certainty.alleged.value: 2,
                  Certainty.contested.value: 1, Certainty.hypothetical.value: 0}


def rank(fact: Fact) -> int:
    return CERTAINTY_RANK.get(str(fact.certainty), 0)


def _is_general(fact: Fact) -> bool:
    return str(fact.subject_kind) == SubjectKind.general.value or fact.subject.strip().lower() == "general"


def usable(fact: Fact) -> bool:
    """True for a fact that may support a finding: about a person or group, and not hypothetical."""
    return not _is_general(fact) and str(fact.certainty) != Certainty.hypothetical.value


def set_aside(facts: Iterable[Fact]) -> tuple[list[Fact], list[Fact]]:
    """(facts about people in general, hypothetical facts): kept, never assessed."""
    general, hypothetical = [], []
    for f in facts:
        if _is_general(f):
            general.append(f)
        elif str(f.certainty) == Certainty.hypothetical.value:
            hypothetical.append(f)
    return general, hypothetical


# --- subjects -------------------------------------------------------------------

_PLACEHOLDERS = frozenset({
    "", "unknown", "he", "she", "him", "her", "his", "they", "them", "it", "detainee", "prisoner",
    "inmate", "plaintiff", "petitioner", "applicant", "complainant", "accused", "defendant",
    "claimant", "appellant", "author", "victim", "client", "person", "individual",
})
_TITLES = frozenset({"the", "a", "an", "mr", "mrs", "ms", "dr", "el", "of", "and", "this", "that"})
_PAREN = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_TOKEN = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=4096)
def _fold(subject: str) -> tuple[str, ...]:
    text = unicodedata.normalize("NFKD", _PAREN.sub(" ", subject))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return tuple(t for t in _TOKEN.findall(text) if t not in _TITLES)


@lru_cache(maxsize=1)
def _generic_words() -> frozenset[str]:
    """The words of a group named only as the detainees of the place (``subjects.yaml``)."""
    from importlib import resources

    import yaml

    data = yaml.safe_load(resources.files("dignity.assess").joinpath("subjects.yaml").read_text(encoding="utf-8"))
    return frozenset(t for words in data["generic_group_words"].values() for w in words for t in _fold(str(w)))


def _generic(tokens: set[str] | tuple[str, ...]) -> bool:
    """Whether a group's name is only "prisoners", "several men", "the detainees described"."""
    return bool(tokens) and all(t in _generic_words() or t.isdigit() for t in tokens)


def _placeholder(tokens: tuple[str, ...]) -> bool:
    return not tokens or " ".join(tokens) in _PLACEHOLDERS or (len(tokens) == 1 and tokens[0] in _PLACEHOLDERS)


def name_tokens(subject: str) -> tuple[str, ...]:
    """The words of a name as grouping compares them (``name_key`` joined them)."""
    return _fold(subject or "")


def name_key(subject: str) -> str:
    """A name as grouping compares it: case, accents, parentheses and titles folded
    ("El Chapo" -> "chapo", "Joaquín Guzmán" -> "joaquin guzman")."""
    return " ".join(_fold(subject or ""))


def slug(text: str) -> str:
    return "-".join(_fold(text))[:40] or "unknown"


@dataclass
class SubjectGroup:
    """Facts assessed together, about one detainee or one group."""

    name: str
    kind: str
    facts: list[Fact] = field(default_factory=list)
    merged: list[str] = field(default_factory=list)  # other subject strings folded in
    _index: dict[str, list[Fact]] | None = field(default=None, repr=False, compare=False)

    @property
    def index(self) -> dict[str, list[Fact]]:
        """Facts by type, built once."""
        if self._index is None:
            self._index = {}
            for f in self.facts:
                self._index.setdefault(f.type, []).append(f)
        return self._index

    def of(self, *types: str) -> list[Fact]:
        """The facts of these types, in the document's order."""
        if len(types) == 1:
            return list(self.index.get(types[0], ()))
        return [f for f in self.facts if f.type in types]

    def has(self, *types: str) -> bool:
        """A non-negated fact of one of ``types``."""
        return any(f.type in types and not f.negated for f in self.facts)


@dataclass
class _Cluster:
    tokens: set[str]
    facts: list[Fact] = field(default_factory=list)
    names: Counter[str] = field(default_factory=Counter)
    #: a person a reviewer named (``people``): kept apart, never folded into another
    person: str | None = None


def group_subjects(facts: Iterable[Fact], *, min_facts: int = 3, people: Mapping[str, str] | None = None,
                   main: str | None = None) -> list[SubjectGroup]:
    """Usable facts grouped by subject, the main subject (``main``, else most facts) first.

    ``people``: ``name_key(name)`` -> the person that name refers to, as a reviewer
    said: the facts of those names are that person's, whatever their count; a name no
    reviewer placed may still join a person it is part of ("Guzman" of "Joaquín Guzmán
    Loera")."""
    facts = list(facts)
    people = people or {}
    clusters: list[_Cluster] = []
    fixed: dict[str, _Cluster] = {}
    if people:  # the reviewers' people first, in the order they appear
        for f in facts:
            person = people.get(name_key(f.subject)) if usable(f) else None
            if person is not None and person not in fixed:
                fixed[person] = _Cluster(set(_fold(person)), person=person)
                clusters.append(fixed[person])
    loose: list[Fact] = []
    for f in facts:
        if not usable(f):
            continue
        tokens = _fold(f.subject)
        person = people.get(" ".join(tokens)) if people else None
        if person is not None:
            c = fixed[person]
        elif _placeholder(tokens):
            loose.append(f)
            continue
        else:
            toks = set(tokens)
            for c in clusters:
                if toks <= c.tokens or (c.person is None and c.tokens <= toks):
                    if c.person is None:
                        c.tokens |= toks
                    break
            else:
                c = _Cluster(toks)
                clusters.append(c)
        c.facts.append(f)
        c.names[f.subject.strip()] += 1
    if not clusters:
        if not loose:
            return []
        return [SubjectGroup(name=_display(Counter(f.subject.strip() for f in loose)) or "the detainee",
                             kind=_kind(loose), facts=loose)]
    clusters.sort(key=lambda c: -len(c.facts))  # stable: ties keep the first seen first
    if main is not None and (want := set(_fold(main))):
        chosen = next((c for c in clusters if c.person is not None and set(_fold(c.person)) == want), None) \
            or next((c for c in clusters if want <= c.tokens or c.tokens <= want), None)
        if chosen is not None:
            clusters.remove(chosen)
            clusters.insert(0, chosen)
    main_c, rest = clusters[0], clusters[1:]
    groups = [main_c]
    # where the main subject is a group named only as the detainees of the place, every other group
    # so named is the same people ("prisoners", "several men"): one finding per rule, not one per label
    one_population = main_c.person is None and _kind(main_c.facts) == SubjectKind.group.value \
        and _generic(main_c.tokens)
    for c in rest:
        if one_population and c.person is None and _generic(c.tokens):
            main_c.facts.extend(c.facts)
            main_c.names.update({n: 0 for n in c.names})
        elif c.person is not None or len(c.facts) >= min_facts:
            groups.append(c)
        else:
            main_c.facts.extend(c.facts)
            main_c.names.update({n: 0 for n in c.names})
    main_c.facts.extend(loose)
    order = {id(f): i for i, f in enumerate(facts)}
    out = []
    for c in groups:
        c.facts.sort(key=lambda f: order.get(id(f), 0))
        name = c.person or _display(c.names)
        out.append(SubjectGroup(name=name, kind=_kind(c.facts), facts=c.facts,
                                merged=sorted(n for n in c.names if n != name)))
    return out


def _display(names: Counter[str]) -> str:
    if not names:
        return ""
    return max(names, key=lambda n: (names[n], len(n)))


def _kind(facts: list[Fact]) -> str:
    kinds = {str(f.subject_kind) for f in facts}
    return SubjectKind.person.value if SubjectKind.person.value in kinds else SubjectKind.group.value


# --- values ---------------------------------------------------------------------

def placed(fact: Fact) -> Iterator[tuple[str, int, int]]:
    """Each of the fact's evidence as (its sentence, where its words begin and end in it); evidence
    whose sentence does not hold its words is left out."""
    for ev in fact.evidence:
        sentence = ev.sentence or ""
        at = sentence.find(ev.text) if ev.text else -1
        if at >= 0:
            yield sentence, at, at + len(ev.text)


def fact_text(fact: Fact) -> str:
    """Everything a ``mentions`` pattern may match: value, qualifiers and evidence."""
    parts: list[str] = []
    v = fact.value
    if isinstance(v, list):
        parts.extend(str(x) for x in v)
    elif v is not None and not isinstance(v, bool):
        parts.append(str(v))
    for key, q in fact.qualifiers.items():
        parts.append(f"{key} {q}")
    for ev in fact.evidence:
        parts.append(ev.text)
    return " | ".join(parts)


_WORD_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                 "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
                 "fifteen": 15, "sixteen": 16, "twenty": 20, "thirty": 30}
_DURATION = re.compile(r"(\d+(?:\.\d+)?|" + "|".join(_WORD_NUMBERS) + r")\s*"
                       r"(day|week|month|year)s?\b", re.IGNORECASE)
_DAYS_IN = {"day": 1.0, "days": 1.0, "week": 7.0, "weeks": 7.0, "month": 30.4375, "months": 30.4375,
            "year": 365.25, "years": 365.25}
_PER_DAY = {"hours_per_day": 1.0, "hours/day": 1.0, "hours": 1.0, "h": 1.0, "hours_per_week": 1 / 7,
            "minutes_per_day": 1 / 60, "minutes": 1 / 60, "minutes_per_week": 1 / 420}
_M2 = {"m2": 1.0, "m²": 1.0, "sq_m": 1.0, "square_metres": 1.0, "sq_ft": 0.09290304,
       "square_feet": 0.09290304, "ft2": 0.09290304}


def number_in(fact: Fact, unit: str) -> float | None:
    """The fact's value as a number in ``unit`` (hours_per_day, days, m2), or None.

    A value given as text ("most of 22 years") is read for a number and a unit;
    a unit the fact does not give is taken to be the schema's own.
    """
    v = fact.value
    fu = (fact.unit or "").strip().lower()
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        x = float(v)
        if math.isnan(x) or math.isinf(x):
            return None
        if unit == "hours_per_day":
            return x * _PER_DAY[fu] if fu in _PER_DAY else (x if not fu else None)
        if unit == "days":
            return x * _DAYS_IN[fu] if fu in _DAYS_IN else (x if not fu else None)
        if unit in ("m2", "m2_per_person"):
            return x * _M2[fu] if fu in _M2 else (x if not fu else None)
        return None
    if isinstance(v, str) and unit == "days":
        m = _DURATION.search(v)
        if m:
            n = m.group(1).lower()
            qty = float(_WORD_NUMBERS[n]) if n in _WORD_NUMBERS else float(n)
            return qty * _DAYS_IN[m.group(2).lower()]
    return None


# --- dates ----------------------------------------------------------------------

_DATE = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def parse_date(text: object, *, latest: bool = False) -> date | None:
    """An ISO date, full or partial ("2019-09", "2013"); None when unreadable.

    A partial date stands for a span: the earliest day by default, the latest
    with ``latest=True`` (so that a computed duration is never overstated).
    """
    if not isinstance(text, str):
        return None
    m = _DATE.match(text)
    if not m:
        return None
    y, mo, d = int(m.group(1)), m.group(2), m.group(3)
    try:
        if d is not None:
            return date(y, int(mo), int(d))
        if mo is not None:
            first = date(y, int(mo), 1)
            if not latest:
                return first
            nxt = date(y + (first.month == 12), first.month % 12 + 1, 1)
            return nxt - timedelta(days=1)
        return date(y, 12, 31) if latest else date(y, 1, 1)
    except ValueError:
        return None


def days_between(start: date, end: date) -> int:
    return (end - start).days


_SINCE_KEYS = ("since", "start", "from", "started", "began")
_UNTIL_KEYS = ("until", "end", "to", "ended")


def isolation_days(fact: Fact, as_of: date | None) -> tuple[float | None, str]:
    """How many consecutive days the isolation of ``fact`` has lasted, and how that was read.

    From a start date in the fact's qualifiers (``{"since": "YYYY-MM-DD"}``) to its
    end date or to ``as_of`` (so that --as-of changes the count); else from the value
    (days, or a duration in words).
    """
    since = next((fact.qualifiers[k] for k in _SINCE_KEYS if k in fact.qualifiers), None)
    n = number_in(fact, "days")
    if n is not None and (since is None or as_of is None):
        return n, f"{n:g} days as the document gives it"
    if since is None:
        return None, "no length and no start date given"
    start = parse_date(since, latest=True)
    if start is None:
        return None, f"start date {since!r} unreadable"
    until = next((fact.qualifiers[k] for k in _UNTIL_KEYS if k in fact.qualifiers), None)
    end = parse_date(until) if until is not None else as_of
    if end is None:
        return None, f"held since {start.isoformat()}, but no date to count to"
    days = days_between(start, end)
    if days < 0:
        return None, f"start date {start.isoformat()} is after {end.isoformat()}"
    return float(days), f"{days} days from {start.isoformat()} to {end.isoformat()}"
