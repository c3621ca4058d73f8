"""Composed recognizers: a fact is a TOPIC and a PREDICATE that bear on each other in
one clause, in any order and construction.

``resources/<lang>/compose.yaml`` names, per fact type, the topic words (the thing:
toilets, food, visits, a lawyer, an inspection ...) and the predicate lists it takes
(lacking, filthy, denied, granted ...).  Each predicate list says on which side of its
topic it may stand: ``before`` ("lack of clean water", "filthy toilets"), ``after``
("visits were cancelled", "the food was inadequate") or ``either``.  One matcher then
covers the constructions a phrase list would have to spell out one by one:

* attributive   "filthy toilets"                 predicate before the topic
* predicative   "the toilets were filthy"        predicate after, over a short gap
* passive       "family visits were denied"      predicate after
* nominal       "a lack of clean water"          predicate before
* relative      "cells that had no toilets"      the gap may hold "that", "which"
* coordination  "lacked ventilation, clean water and sufficient food": one predicate
  binds every topic of the list it governs (one fact each).

A predicate binds the nearest topic (of any composed type that takes it) in its clause
within ``max_gap`` words; clauses end at ``;`` ``:`` brackets, at the words of
``breaks`` ("but", "although" ...) and at ", and" before a new subject ("..., and the
guards ...").  A gap never holds a negation ("the cells were not cold" is no fact
rather than the opposite fact), so ConText negation keeps working on top, on the
words matched: the fact's evidence runs from the first to the last word of its topic
and predicate.

The sentences a composed recognizer looks at are chosen by the engine's anchor pass
(the topic words are its anchors), so composing costs nothing on the other sentences.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from dignity.errors import ConfigError
from dignity.extract.prefilter import ClauseMemo, Scanner
from dignity.extract.recognizer import Pattern, Recognizer, phrase_regex, read_resource
from dignity.model import FACT_TYPES
from dignity.rulecache import cached, compile_regex

__all__ = ["ComposeMatch", "ComposedHit", "Composer", "load_composer", "parse_composer"]

_WORD = compile_regex(r"[\w'’\-]+|[;:()\[\]]|,")
_HARD = frozenset(";:()[]")
_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it"})


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PredicateList(_Strict):
    """A named list of predicate phrases and the side of the topic they stand on."""

    where: Literal["before", "after", "either"] = "either"
    terms: list[str] = Field(min_length=1)
    #: words that, anywhere in the predicate's clause, make it no deprivation ("the
    #: court denied his motion for counsel": a motion is denied, not counsel)
    clause_vetoes: list[str] = Field(default_factory=list)
    #: how far its topic may be, at most, whatever the type allows: a predicate that holds
    #: its own subject ("none of the * had") takes the object right after it ("none of the
    #: cells had windows"), not a noun further on ("none of them had complained about the food")
    max_gap: int | None = Field(None, ge=0, le=12)
    #: the only words that may stand between such a predicate and its topic ("a", "any": "none
    #: of the cells had a window", not "none of the cells had broken windows")
    gap_only: list[str] | None = None


class Saying(_Strict):
    """What a type's topic takes: some predicate lists, and what they make of the fact."""

    predicates: list[str] = Field(min_length=1)
    #: the words describe the condition NOT holding ("clean toilets", "visits were allowed")
    negated: bool = False
    value: Any = None
    name: str | None = None
    score: float = Field(0.6, ge=0.0, le=1.0)
    #: how far the topic may be (default: the type's, else the file's ``max_gap``)
    max_gap: int | None = Field(None, ge=0, le=12)


class ComposedType(_Strict):
    #: the fact type (default: the entry's name, which must then be a fact type)
    type: str | None = None
    description: str = ""
    topics: list[str] = Field(min_length=1)
    says: list[Saying] = Field(min_length=1)
    #: words that, found in the sentence, veto this type's composed facts
    unless: list[str] = Field(default_factory=list)
    #: where set, an ``unless`` word vetoes only a fact within this many characters of it (a list sentence
    #: names several conditions: "una higiene inadecuada, insuficiente suministro de alimentos" keeps the
    #: hygiene), not the whole sentence
    unless_near: int | None = Field(None, ge=0, le=200)
    max_gap: int | None = Field(None, ge=0, le=12)
    unit: str | None = None
    #: words right after a topic that make it another thing ("radio station", "water damage")
    not_followed_by: list[str] = Field(default_factory=list)
    #: words that, between a predicate and this type's topic, say another thing was denied ("not
    #: allowed to call his family": the call, not a visit)
    gap_vetoes: list[str] = Field(default_factory=list)


class ComposeFile(_Strict):
    version: int = 1
    language: str = "en"
    max_gap: int = Field(5, ge=0, le=12)
    #: words that end a clause
    breaks: list[str] = Field(default_factory=list)
    #: words a gap may not hold (negations)
    gap_stops: list[str] = Field(default_factory=list)
    #: words a gap ``*`` in a phrase never stands for, besides the gap stops: the staff in "none of the *
    #: had seen a doctor" (the guards are not the ones deprived)
    wildcard_excludes: list[str] = Field(default_factory=list)
    #: after ", and" / ", or", these words start a new clause
    new_subject: list[str] = Field(default_factory=list)
    #: words right before an adequacy predicate that make it no statement of fact
    #: ("a right to adequate care", "failed to provide adequate food")
    provision_vetoes: list[str] = Field(default_factory=list)
    #: words right after a predicate that make it something else ("denied that ...",
    #: "refused the allegations": a denial of a claim deprives nobody)
    predicate_vetoes: list[str] = Field(default_factory=list)
    #: words right after any topic that make it another thing ("television interview")
    not_followed_by: list[str] = Field(default_factory=list)
    #: linking verbs: a predicate right after one describes the subject of the verb,
    #: however long the subject ("the toilets on the wing of Block D were blocked")
    copulas: list[str] = Field(default_factory=list)
    #: how far a linked subject may be from its predicate
    subject_gap: int = Field(8, ge=0, le=16)
    #: words that may open a sentence before its subject ("the", "many"): where given, a verb group
    #: after "and" with no subject of its own takes the topic that opens the sentence ("families had
    #: to travel two days and were refused entry"); empty: no such reading
    subject_openers: list[str] = Field(default_factory=list)
    #: words that join the items of a list ("and", "or"; "et", "ou", "ni")
    coordinators: list[str] = Field(default_factory=lambda: ["and", "or", "nor"])
    #: subject pronouns: one after a comma starts a main clause ("he", "they"; "il", "ils")
    pronouns: list[str] = Field(default_factory=lambda: sorted(_PRONOUNS))
    #: relative pronouns: "cells that were infested" binds the pronoun's antecedent ("that";
    #: "que"; "qui")
    relatives: list[str] = Field(default_factory=lambda: sorted(_RELATIVE))
    #: more relative pronouns that only open an aside set off by commas, which a verb reaches over
    #: ("las duchas, que están en el patio, no funcionan"), where ``relatives`` would also bind
    #: a restrictive clause's words ("el agua que consumen los internos")
    aside_relatives: list[str] = Field(default_factory=list)
    #: adverbs that may stand between a subject and its linking verb ("often"; "también"; "souvent")
    adverbs: list[str] = Field(default_factory=lambda: sorted(_ADVERBS))
    #: a verb and its negation as written together: each predicate phrase with the key's words
    #: is matched with the value's too ("did not have" also as "didn't have"; an apostrophe
    #: "'" in a value also stands for "’")
    contractions: dict[str, str] = Field(default_factory=dict)
    #: (mine17) auxiliaries that say the same in another tense or person: each predicate phrase with one
    #: form of a group as whole words is also matched with every other form of it ("did not get" also as
    #: "does not get", "do not get"; "were denied" as "are denied", "has been denied"); a form without
    #: "not" is not read where "not" follows it ("was not given" is the negative group's)
    auxiliaries: list[list[str]] = Field(default_factory=list)
    #: a phrase that opens with "not" ("not given") is also matched opened by each of these
    #: ("wasn't given", "weren't given")
    contracted_not: list[str] = Field(default_factory=list)
    #: words a topic stands right after as the one spoken to, not the subject of what follows
    #: ("told the delegation that they had not been allowed": "they" are the speakers): one or
    #: two words, a determiner (``addressee_determiners``) allowed between them and the topic
    addressee_before: list[str] = Field(default_factory=list)
    addressee_determiners: list[str] = Field(default_factory=list)
    #: a pronoun that, after the topic, stands for it ("informed the ICRC that it was refused")
    addressee_own_pronouns: list[str] = Field(default_factory=list)
    #: words between a predicate and its topic that only say which side of the topic is meant
    #: ("the quality and quantity of"): they do not count towards the gap
    gap_transparent: list[str] = Field(default_factory=list)
    #: (courts16) a clause veto word that is also a verb of saying ("He claims that guards denied him
    #: showers"): followed by "that" and not after a determiner (``saying_noun_determiners``: "his claims
    #: that ... were dismissed"), it reports the clause, it vetoes nothing
    saying_verbs: list[str] = Field(default_factory=list)
    saying_noun_determiners: list[str] = Field(default_factory=list)
    predicates: dict[str, PredicateList]
    types: dict[str, ComposedType]

    @field_validator("types")
    @classmethod
    def _known_types(cls, v: dict[str, ComposedType]) -> dict[str, ComposedType]:
        bad = [ct.type or t for t, ct in v.items() if (ct.type or t) not in FACT_TYPES]
        if bad:
            raise ValueError(f"unknown fact type {bad[0]!r}")
        return v


class ComposeMatch:
    """What a regex match gives the engine, for a composed fact: its span and no groups."""

    __slots__ = ("_end", "_start", "_text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self._text, self._start, self._end = text, start, end

    def start(self, _group: int = 0) -> int:
        return self._start

    def end(self, _group: int = 0) -> int:
        return self._end

    def group(self, _group: int | str = 0) -> str | None:
        return self._text[self._start:self._end] if _group == 0 else None

    def groupdict(self) -> dict[str, str]:
        return {}


@dataclass(frozen=True)
class ComposedHit:
    """One composed fact in a sentence: which recognizer and pattern, and where."""

    recognizer: Recognizer
    pattern: Pattern
    start: int
    end: int
    match: ComposeMatch


@dataclass
class _Hit:
    start: int
    end: int
    w0: int  # first and last word index
    w1: int
    key: str  # predicate list name, or fact type for a topic


def _alternatives(phrases: list[str]) -> list[str]:
    """``phrases`` with each word written as alternatives ("days|weeks since * had|saw") spelt out,
    one phrase per choice, in order and without repeats."""
    if not any("|" in ph for ph in phrases):
        return phrases
    out: list[str] = []
    seen: set[str] = set()
    for ph in phrases:
        for choice in itertools.product(*(w.split("|") for w in ph.split())):
            alt = " ".join(choice)
            if alt not in seen:
                seen.add(alt)
                out.append(alt)
    return out


def _in_tenses(phrases: list[str], groups: list[list[str]]) -> list[str]:
    """``phrases`` and, for each holding a form of one of ``groups`` as whole words (the first such
    place, longest form first), the phrase with each other form of that group; a form without "not"
    does not count where "not" follows it."""
    if not groups:
        return phrases
    out = list(phrases)
    seen = set(phrases)
    forms = sorted(((f.split(), g) for g in groups for f in g), key=lambda fg: -len(fg[0]))
    for ph in phrases:
        words = ph.split()
        place = None
        for form, group in forms:
            n = len(form)
            for i in range(len(words) - n + 1):
                if words[i:i + n] != form:
                    continue
                if "not" not in form and i + n < len(words) and words[i + n] == "not":
                    continue
                if place is None or i < place[0]:
                    place = (i, n, group)
                break
        if place is None:
            continue
        i, n, group = place
        for other in group:
            alt = " ".join([*words[:i], other, *words[i + n:]])
            if alt not in seen:
                seen.add(alt)
                out.append(alt)
    return out


def _contracted(phrases: list[str], contractions: dict[str, str], not_openers: list[str] = ()) -> list[str]:
    """``phrases`` and, for each with a key of ``contractions`` as whole words, the phrase with the
    value instead, written with "'" and with "’" ("did not have": "didn't have", "didn’t have");
    a phrase that opens with "not" also opened by each of ``not_openers`` ("wasn't given")."""
    if not contractions and not not_openers:
        return phrases
    out = list(phrases)
    seen = set(phrases)

    def add(alt: str) -> None:
        for form in {alt, alt.replace("'", "’")}:
            if form not in seen:
                seen.add(form)
                out.append(form)

    for ph in phrases:
        padded = f" {ph} "
        for full, short in contractions.items():
            if f" {full} " in padded:
                add(padded.replace(f" {full} ", f" {short} ").strip())
        if ph.startswith("not "):
            for opener in not_openers:
                add(f"{opener} {ph[4:]}")
    return out


def _phrases_regex(phrases: list[str]) -> str:
    alts = sorted((phrase_regex(p) for p in phrases), key=len, reverse=True)
    return r"(?<![\w\-])(?:" + "|".join(alts) + r")(?![\w])"


class Composer:
    """Every composed recognizer of one language, compiled once."""

    PREFIX = "compose."

    def __init__(self, spec: ComposeFile, source: str) -> None:
        self.spec = spec
        self.source = source
        for t, ct in spec.types.items():
            for say in ct.says:
                for p in say.predicates:
                    if p not in spec.predicates:
                        raise ConfigError(source, f"type {t!r}", f"unknown predicate list {p!r}")
        for name, phrases in [*((f"predicate list {n!r}", pl.terms) for n, pl in spec.predicates.items()),
                              *((f"type {t!r} topics", ct.topics) for t, ct in spec.types.items())]:
            for ph in phrases:
                ws = ph.split()
                if ws and (ws[0] == "*" or ws[-1] == "*"):
                    raise ConfigError(source, name, f"a gap '*' may not open or close a phrase: {ph!r}")
                if "|" in ph and (name.startswith("type") or any("" in w.split("|") for w in ws)):
                    raise ConfigError(source, name, f"alternatives 'a|b' are words of a predicate phrase, "
                                                    f"none of them empty: {ph!r}")
        # phrases are matched word by word on the sentence's words (faster than one
        # regex alternation of a hundred phrases per list)
        gap_stops = _gap_stops(spec)
        terms = {name: _contracted(_in_tenses(_alternatives(pl.terms), spec.auxiliaries), spec.contractions,
                                   spec.contracted_not)
                 for name, pl in spec.predicates.items()}
        self._pred_scan = {name: _Phrases(terms[name], gap_stops) for name in spec.predicates}
        # the first words of each list's phrases: a sentence with none of them is not scanned
        self._pred_first = {name: _FirstWords(terms[name]) for name in spec.predicates}
        self._topic_first = {t: _FirstWords(ct.topics) for t, ct in spec.types.items()}
        self._lists = {t: frozenset(p for say in ct.says for p in say.predicates) for t, ct in spec.types.items()}
        #: a first word -> the predicate lists a phrase of which it begins; the lists with a
        #: "stem*" first word are tested word by word (``_FirstWords.any_in``)
        self._pred_by_first: dict[str, set[str]] = {}
        for name, fw in self._pred_first.items():
            for w in fw.words:
                self._pred_by_first.setdefault(w, set()).add(name)
        self._pred_stems = frozenset(name for name, fw in self._pred_first.items() if fw.stems)
        self._where = {name: pl.where for name, pl in spec.predicates.items()}
        self._gap_only = {name: frozenset(w.lower() for w in pl.gap_only)
                          for name, pl in spec.predicates.items() if pl.gap_only is not None}
        self._clause_veto = {name: frozenset(w.lower() for w in pl.clause_vetoes)
                             for name, pl in spec.predicates.items() if pl.clause_vetoes}
        self._saying = frozenset(w.lower() for w in spec.saying_verbs)
        self._saying_det = frozenset(w.lower() for w in spec.saying_noun_determiners)
        # the fact type each composed type states (several may state one: "temperature_rooms")
        self._fact_type = {t: (ct.type or t) for t, ct in spec.types.items()}
        self._gap_vetoes = {t: frozenset(w.lower() for w in ct.gap_vetoes)
                            for t, ct in spec.types.items() if ct.gap_vetoes}
        self._topic_scan: dict[str, _Phrases] = {}
        self._unless: dict[str, Scanner] = {}
        self._unless_near: dict[str, tuple[int, re.Pattern[str]]] = {}
        self._follow: dict[str, re.Pattern[str]] = {}
        self.recognizers: dict[str, Recognizer] = {}
        self._patterns: dict[tuple[str, int, str], Pattern] = {}
        for t, ct in spec.types.items():
            rid = self.PREFIX + t
            self._topic_scan[t] = _Phrases(ct.topics, gap_stops)
            if ct.unless:
                rx = _compile(_phrases_regex(ct.unless), source, f"type {t!r} unless")
                if ct.unless_near is None:
                    self._unless[t] = Scanner(rx)
                else:
                    self._unless_near[t] = (ct.unless_near, rx)
            follow = ct.not_followed_by + spec.not_followed_by
            if follow:
                self._follow[t] = compile_regex(r"[\s\-]+(?:" + "|".join(phrase_regex(v) for v in follow) + r")\b",
                                             re.IGNORECASE)
            pats = []
            for i, say in enumerate(ct.says):
                for p in say.predicates:
                    name = f"{t} + {p}" + (f" ({say.name})" if say.name else "") \
                        + (" = adequate" if say.negated else "")
                    pat = Pattern(name=f"composed: {name}", regex="(composed)", score=say.score,
                                  negated=say.negated, value=say.value)
                    self._patterns[(t, i, p)] = pat
                    pats.append(pat)
            self.recognizers[rid] = Recognizer(id=rid, type=ct.type or t, description=ct.description or f"composed {t}",
                                               anchors=_anchors(ct.topics), patterns=pats, unit=ct.unit)
        self._breaks = frozenset(w.lower() for w in spec.breaks)
        self._stops = frozenset(w.lower() for w in spec.gap_stops)
        self._new_subject = frozenset(w.lower() for w in spec.new_subject)
        self._copulas = frozenset(w.lower() for w in spec.copulas)
        self._coord = frozenset(w.lower() for w in spec.coordinators)
        self._pronouns = frozenset(w.lower() for w in spec.pronouns)
        self._addressee = frozenset(tuple(w.lower().split()) for w in spec.addressee_before)
        self._addressee_lengths = sorted({len(p) for p in self._addressee})
        self._addressee_det = frozenset(w.lower() for w in spec.addressee_determiners)
        self._addressee_own = frozenset(w.lower() for w in spec.addressee_own_pronouns)
        #: the gap's transparent phrases by their first word, longest first (``_transparent_words``: only a
        #: phrase that begins with a gap's word can begin there)
        self._transparent_by_first: dict[str, tuple[tuple[str, ...], ...]] = {}
        for ph in sorted((tuple(p.lower().split()) for p in spec.gap_transparent), key=len, reverse=True):
            if ph:
                self._transparent_by_first[ph[0]] = (*self._transparent_by_first.get(ph[0], ()), ph)
        self._relative = frozenset(w.lower() for w in spec.relatives)
        self._aside_relative = self._relative | frozenset(w.lower() for w in spec.aside_relatives)
        self._adverbs = frozenset(w.lower() for w in spec.adverbs)
        self._subject_openers = frozenset(w.lower() for w in spec.subject_openers)
        self._pred_veto = compile_regex(r"[\s,]+(?:" + "|".join(phrase_regex(v) for v in spec.predicate_vetoes)
                                     + r")\b", re.IGNORECASE) if spec.predicate_vetoes else None
        self._veto = compile_regex(r"(?:" + "|".join(phrase_regex(v) for v in spec.provision_vetoes) + r")[\s,]*$",
                                re.IGNORECASE) if spec.provision_vetoes else None
        # which predicate lists each type takes, and (type, saying) per list
        self._takers: dict[str, list[tuple[str, int]]] = {}
        for t, ct in spec.types.items():
            for i, say in enumerate(ct.says):
                for p in say.predicates:
                    self._takers.setdefault(p, []).append((t, i))
        #: the predicate lists that say a condition holds (not an adequate provision)
        self._depriving = frozenset(name for name, takers in self._takers.items()
                                    if any(not spec.types[t].says[i].negated for t, i in takers))

    @property
    def anchors(self) -> dict[str, set[str]]:
        """anchor phrase (lower case) -> composed recognizer ids."""
        out: dict[str, set[str]] = {}
        for rid, rec in self.recognizers.items():
            for a in rec.anchors:
                out.setdefault(a.lower(), set()).add(rid)
        return out

    # ------------------------------------------------------------------ matching
    def hits(self, text: str, low: str, rec_ids: set[str] | frozenset[str],
             memo: ClauseMemo | None = None) -> list[ComposedHit]:
        """The composed facts of one sentence, for the composed recognizers ``rec_ids``
        (those whose topic words the anchor pass found in it); ``memo``: the sentence's
        clause memo (prefilter.py), shared with the other recognizers."""
        types = sorted(rid[len(self.PREFIX):] for rid in rec_ids if rid.startswith(self.PREFIX))
        if not types:
            return []
        # topics first, then predicates, and clauses only when both are there
        words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(low)]
        # a possessive is its noun to the lists ("the Ombudsman's staff", "detainees' lawyers")
        # (only a word with an apostrophe can be one: most sentences have none)
        toks = [_bare(w) for _, _, w in words] if "'" in low or "’" in low else [w for _, _, w in words]
        where: dict[str, list[int]] = {}
        for k, w in enumerate(toks):
            where.setdefault(w, []).append(k)
        wordset = where.keys()
        # a type whose topics' or predicates' first words are all missing cannot match
        # (the lists the sentence's words begin, looked up word by word: one look-up a word,
        # not one test of the sentence's words a list)
        lists = {p for t in types for p in self._lists[t]}
        by_first = self._pred_by_first
        begun: set[str] = set()
        for w in wordset:
            got = by_first.get(w)
            if got is not None:
                begun |= got
        stems = self._pred_stems
        # (built in the order of ``lists``, as it always was: the same set, the same order)
        preds_here = {name for name in lists if name in begun or (
            name in stems and self._pred_first[name].any_in(wordset))}
        found: list[tuple[int, int, str]] = []
        for t in types:
            if preds_here.isdisjoint(self._lists[t]) or not self._topic_first[t].any_in(wordset):
                continue
            follow = self._follow.get(t)
            for i, j in self._topic_scan[t].spans(toks, where):
                if follow is None or not follow.match(low, words[j - 1][1]):
                    found.append((i, j - 1, t))
        if not found:
            return []
        # (the sentence's clause memo, where it is this sentence's: where its words begin)
        shared = memo if memo is not None and memo.low is low else None
        # (sorted: set order follows the hash seed, and the order of the hits decides ties, such as
        # which predicate list a fact's explanation names: the same text must give the same output)
        types = [t for t in sorted({t for _, _, t in found})
                 if not (t in self._unless and self._unless[t].search(text, low, shared))]
        if not types:
            return []
        type_set = set(types)
        wanted = {p for t in types for p in self._lists[t]} & preds_here
        pfound: list[tuple[int, int, str]] = []
        for name in sorted(wanted):
            for i, j in self._pred_scan[name].spans(toks, where):
                pfound.append((i, j - 1, name))
        if not pfound:
            return []
        clause = self._clauses(words)
        topics = [_Hit(words[a][0], words[b][1], a, b, t) for a, b, t in found if t in type_set]
        preds = [_Hit(words[a][0], words[b][1], a, b, name) for a, b, name in pfound]
        if self._pred_veto is not None:
            preds = [h for h in preds if not self._pred_veto.match(low, h.end)]
        if self._clause_veto:
            by_clause: dict[int, set[str]] = {}
            for k, ((_s, _e, w), c) in enumerate(zip(words, clause)):
                if w in self._saying and self._says_that(words, k):
                    continue  # "He claims that ...": a verb of saying, not the procedural noun
                by_clause.setdefault(c, set()).add(w)
            preds = [h for h in preds if h.key not in self._clause_veto
                     or self._clause_veto[h.key].isdisjoint(by_clause.get(clause[h.w0], ()))]
        if not preds:
            return []
        # a predicate inside a longer one that starts earlier is part of it ("adequate" in
        # "not adequate"); one that starts with it is another reading ("covered" and
        # "covered in filth"), and both stay
        preds.sort(key=lambda h: (h.start, -(h.end - h.start)))
        kept: list[_Hit] = []
        for h in preds:
            if any(k.start < h.start and h.end <= k.end and self._rivals(k.key, h.key) for k in kept):
                continue
            kept.append(h)
        # a topic word that is also a predicate's word is the predicate's ("no access")
        topics = [tp for tp in topics if not any(p.start <= tp.start and tp.end <= p.end for p in kept)]
        topics.sort(key=lambda h: (h.start, -(h.end - h.start)))
        out: dict[tuple[str, int, int], ComposedHit] = {}
        # adequacy words govern nothing that a deprivation already governs:
        # "lacked adequate ventilation" is one deprivation, not adequate ventilation
        covered: list[tuple[int, int]] = []
        taken: set[tuple[int, str]] = set()  # (topic start, type) a deprivation governs
        for negated_pass in (False, True):
            for p in kept:
                takers = [(t, i) for t, i in self._takers.get(p.key, ())
                          if t in type_set and self.spec.types[t].says[i].negated is negated_pass]
                if not takers:
                    continue
                if negated_pass and (any(a <= p.w0 and p.w1 <= b for a, b in covered) or (
                        self._veto is not None and self._veto.search(low, max(0, p.start - 40), p.start))):
                    continue
                gap = min((self.spec.types[t].says[i].max_gap for t, i in takers
                           if self.spec.types[t].says[i].max_gap is not None), default=None)
                own = self.spec.predicates[p.key].max_gap
                if own is not None:
                    gap = own if gap is None else min(gap, own)
                # a topic right after another deprivation is that one's, not an item of this
                # predicate's list ("had no sink and the toilets were blocked")
                governed = frozenset(h.w1 + 1 for h in kept if h is not p and h.key in self._depriving)
                bound = self._bind(p, topics, words, clause, {t for t, _ in takers}, gap, governed)
                for tp in bound:
                    for t, i in takers:
                        if t != tp.key or (negated_pass and (tp.start, t) in taken):
                            continue
                        lo, hi = min(p.start, tp.start), max(p.end, tp.end)
                        key = (t, lo, hi)
                        if key in out:
                            continue
                        near = self._unless_near.get(t)
                        if near is not None and near[1].search(text, max(0, lo - near[0]), hi + near[0]):
                            continue  # an unless word next to the fact: another thing's condition
                        pat = self._patterns[(t, i, p.key)]
                        if pat.value == "{topic}":  # the value is the topic as written
                            pat = pat.model_copy(update={"value": " ".join(text[tp.start:tp.end].split())})
                        out[key] = ComposedHit(self.recognizers[self.PREFIX + t], pat,
                                               lo, hi, ComposeMatch(text, lo, hi))
                        if not negated_pass:
                            covered.append((min(p.w0, tp.w0), max(p.w1, tp.w1)))
                            taken.add((tp.start, t))
        return sorted(out.values(), key=lambda h: (h.start, h.recognizer.type))

    def _says_that(self, words: list[tuple[int, int, str]], k: int) -> bool:
        """Whether word ``k`` is a verb of saying that reports a clause ("claims that"): "that" after it,
        and no determiner before it that would make it a noun ("his claims that")."""
        nxt = words[k + 1][2] if k + 1 < len(words) else ""
        prev = words[k - 1][2] if k > 0 else ""
        return nxt == "that" and prev not in self._saying_det

    def _clauses(self, words: list[tuple[int, int, str]]) -> list[int]:
        out, c = [], 0
        n = len(words)
        for k, (_s, _e, w) in enumerate(words):
            if w in _HARD or w in self._breaks:
                c += 1
                out.append(c)
                continue
            if w == "," and k + 2 < n and words[k + 1][2] in self._coord \
                    and words[k + 2][2] in self._new_subject:
                c += 1
            # ", he has not been allowed visits": a pronoun after a comma starts a main clause
            # (what an "although" or "since" clause before it says is not this clause's)
            elif w == "," and k + 1 < n and words[k + 1][2] in self._pronouns:
                c += 1
            out.append(c)
        return out

    def _bind(self, p: _Hit, topics: list[_Hit], words, clause: list[int], types: set[str],
              max_gap: int | None = None, governed: frozenset[int] = frozenset()) -> list[_Hit]:
        """The topics predicate ``p`` bears on: the nearest one in its clause (on a side its
        list allows, within the gap, no negation in between), and the rest of a list of
        topics that one heads ("ventilation, clean water and sufficient food")."""
        where = self._where[p.key]
        best: tuple[int, int, _Hit] | None = None  # (gap, side rank, topic)
        # a predicate after a linking verb ("... were filthy") describes the verb's
        # subject: in a relative clause ("cells that were filthy") the word the pronoun
        # stands for, else the first topic of the noun phrase before the verb ("the
        # toilets on the wing of Block D were blocked")
        if where != "before" and p.w0 > 0:
            subject = self._linked_subject(p, topics, words, clause, types)
            if subject is not None:
                best = (0, 0, subject)
        for tp in topics if best is None else ():
            if tp.key not in types:
                continue  # another type's topic
            if tp.w0 <= p.w1 and p.w0 <= tp.w1:
                # a word shared at the seam binds with no gap where the rest of the topic names the
                # thing alone: "ne vont pas en" + "en promenade" ("promenade"), "denied access to" + "to
                # shower"; not "challenge the" + "the units"; any other overlap is the same words twice
                if where != "after" and p.w0 < tp.w0 <= p.w1 < tp.w1 and self._names_alone(tp.key, words, p.w1 + 1,
                                                                                          tp.w1 + 1):
                    rank = (0, 0)
                elif where != "before" and tp.w0 < p.w0 <= tp.w1 < p.w1 and self._names_alone(tp.key, words, tp.w0,
                                                                                             p.w0):
                    rank = (0, 1)
                else:
                    continue
                if best is None or rank < best[:2]:
                    best = (rank[0], rank[1], tp)
                continue
            after = tp.w0 > p.w1
            if (after and where == "after") or (not after and where == "before"):
                continue  # ``where`` is the predicate's side: "before" the topic, "after" it
            a, b = (p.w1 + 1, tp.w0) if after else (tp.w1 + 1, p.w0)
            if clause[a - 1] != clause[b]:
                continue
            gap_words = [words[k][2] for k in range(a, b)]
            if not after and _aside(gap_words, self._aside_relative):
                gap_words = []  # "the requests, which are made in writing, are not answered": the verb reaches over
            only = self._gap_only.get(p.key)
            if only is not None and not only.issuperset(gap_words):
                continue  # a word the list does not let stand between it and its topic
            vetoes = self._gap_vetoes.get(tp.key)
            if vetoes is not None and not vetoes.isdisjoint(gap_words):
                continue  # "not allowed to call his family": the word between says what was denied
            gap = sum(1 for w in gap_words if w != ",")
            limit = max_gap if max_gap is not None else (self.spec.types[tp.key].max_gap or self.spec.max_gap)
            if after and gap > limit and _introduces_list(gap_words):
                limit += 6  # "deprived of basic needs, such as education, sleep and ..."
            if gap > limit and self._transparent_by_first:
                # "complained about the quality and quantity of food": words that only say which
                # side of the topic is meant (``gap_transparent``) do not count
                gap -= _transparent_words(gap_words, self._transparent_by_first)
            if gap > limit or any(self._negation(w) for w in gap_words):
                continue
            if not after and _new_clause_subject(gap_words, self._coord, self._copulas):
                continue  # "a telephone call, and interpreting services were rarely used"
            if not after and _complement_subject(gap_words):
                continue  # "the SPT was informed that detainees were not allowed ...": another subject's verb
            if not after and gap_words and self._addressee and self._addressee_own.isdisjoint(gap_words) \
                    and self._spoken_to(tp, words):
                # "told the delegation (that) they had not been allowed": the speakers' verb ("informed
                # the ICRC that it was not allowed": "it" is the body spoken to)
                continue
            rank = (gap, 0 if after else 1)
            if best is None or rank < best[:2]:
                best = (rank[0], rank[1], tp)
        if best is None:
            return []
        first = best[2]
        chain = [first]
        after = first.w0 > p.w1
        ordered = topics if after else list(reversed(topics))
        cur = first
        for tp in ordered:
            if tp is not cur and (tp.w0, tp.w1) == (cur.w0, cur.w1):
                chain.append(tp)  # the same words as another type's topic
                continue
            if tp is cur or (after and tp.w0 <= cur.w1) or (not after and tp.w1 >= cur.w0):
                continue  # behind the list's head, or overlapping it
            if tp.w0 in governed:
                break  # another predicate's topic
            if after and tp.w1 + 1 < len(words) and words[tp.w1 + 1][2] in self._copulas:
                break  # "no tienen ventanas y la luz artificial permanece encendida": the subject of a verb of its own
            a, b = (cur.w1 + 1, tp.w0) if after else (tp.w1 + 1, cur.w0)
            if clause[a - 1] != clause[b]:
                break
            between = [words[k][2] for k in range(a, b)]
            if len([w for w in between if w != ","]) > 4 or not (({","} | self._coord) & set(between)) \
                    or any((w in self._stops and w not in self._coord) or w in self._breaks or w in self._copulas
                           for w in between):
                break  # ("nor" joins a list as "or" does: "had neither soap nor towels")
            vetoes = self._gap_vetoes.get(tp.key)
            if vetoes is not None and not vetoes.isdisjoint(between):
                break  # "sin ventilación, ni conexión segura de luz artificial": the next item is another thing
            if not after and "," in between and (self._coord & set(between)) and any(
                    words[k][2] in self._copulas for k in range(max(0, tp.w0 - 3), tp.w0)):
                break  # "were offered a telephone call, and the services were ...": another verb's object
            # a subject before the predicate whose fact type the list already states is no item of its own:
            # in "las celdas y el calor es insoportable" the heat is what is unbearable, not also the cells
            # (round 9; a list after a verb of lack keeps every item: "lacked clean water, sufficient food")
            if after or tp.key == first.key or self._fact_type[tp.key] not in {self._fact_type[x.key] for x in chain}:
                chain.append(tp)
            cur = tp
        return [tp for tp in chain if tp.key in types]


    def _names_alone(self, key: str, words, a: int, b: int) -> bool:
        """Whether the words [a, b) are by themselves a topic of type ``key`` (the part of a topic
        left when a predicate takes its first or last word)."""
        toks = [w for _, _, w in words[a:b]]
        where: dict[str, list[int]] = {}
        for k, w in enumerate(toks):
            where.setdefault(w, []).append(k)
        return (0, len(toks)) in self._topic_scan[key].spans(toks, where)

    def _spoken_to(self, tp: _Hit, words) -> bool:
        """Whether topic ``tp`` stands right after a verb of telling (``addressee_before``), perhaps
        with a determiner between: the one spoken to, not the subject of the clause after it."""
        k = tp.w0
        if k > 0 and words[k - 1][2] in self._addressee_det:
            k -= 1
        return any(k >= n and tuple(words[j][2] for j in range(k - n, k)) in self._addressee
                   for n in self._addressee_lengths)

    def _negation(self, w: str) -> bool:
        """Whether word ``w`` is a negation (a gap stop, or a verb contracted with "not")."""
        return w in self._stops or w.endswith(("n't", "n’t"))

    def _opens_clause(self, w: str) -> bool:
        """Whether word ``w``, between a subject and its verb, says a clause of its own stands there
        (a negation, a comma, a relative pronoun, a coordinator)."""
        return self._negation(w) or w == "," or w in self._relative or w in self._coord

    def _coordinated_subject(self, mine: list[_Hit], words, and_at: int) -> _Hit | None:
        """The topic that opens the sentence (after determiners only), when the verb group after
        ``and`` at ``and_at`` has no subject of its own and the words from that topic to the
        ``and`` hold no clause of their own (no negation, relative, break, comma or other topic):
        "Family members waited for hours outside the gate and were sometimes sent away"."""
        first = next((tp for tp in mine if all(words[j][2] in self._subject_openers for j in range(tp.w0))), None)
        if first is None or any(tp is not first and tp.w0 > first.w1 for tp in mine):
            return None
        between = [words[j][2] for j in range(first.w1 + 1, and_at)]
        if not between or len(between) > self.spec.subject_gap or any(
                self._opens_clause(w) or w in self._breaks for w in between):
            return None
        return first

    def _rivals(self, a: str, b: str) -> bool:
        """Whether some type takes both predicate lists (so that one reading excludes the other)."""
        return not {t for t, _ in self._takers.get(a, ())}.isdisjoint(t for t, _ in self._takers.get(b, ()))

    def _linked_subject(self, p: _Hit, topics: list[_Hit], words, clause: list[int],
                        types: set[str]) -> _Hit | None:
        verb = next((k for k in range(p.w0 - 1, max(-1, p.w0 - 4), -1) if words[k][2] in self._copulas), None)
        if verb is None or any(self._negation(words[j][2]) for j in range(verb + 1, p.w0)):
            return None
        if _complement_subject([words[j][2] for j in range(verb, p.w0)] + [""]):
            return None  # (grade16) "found that inmates were denied": a that-clause with a subject of its own
            # stands between the linking verb and the predicate, whose subject is the clause's
        k = verb
        # back over the verb group: "were", "had been", "was found to be", "seemed to be"
        while k > 0 and (words[k - 1][2] in self._copulas or words[k - 1][2] in self._adverbs
                         or (words[k - 1][2] == "to" and k > 1 and words[k - 2][2] in self._copulas)):
            k -= 1
        mine = [tp for tp in topics if tp.key in types and tp.w1 < k and clause[tp.w1] == clause[p.w0]]
        if k > 0 and self._subject_openers and words[k - 1][2] in self._coord:
            # a second verb of the sentence's subject: "families had to travel two days and were often
            # refused entry" (the subject is the topic that opens the sentence)
            return self._coordinated_subject(mine, words, k - 1)
        if k > 0 and words[k - 1][2] in self._relative:  # "cells that were": the pronoun's antecedent
            near = [tp for tp in mine if tp.w1 == k - 2]
            return near[-1] if near else None
        for tp in mine:  # the leftmost topic whose words up to the verb hold no clause of their own
            gap_words = [words[j][2] for j in range(tp.w1 + 1, k)]
            if _aside(gap_words, self._aside_relative):
                gap_words = []  # "the water, which was brought by truck, was insufficient"
            limit = self.spec.types[tp.key].max_gap
            if len(gap_words) > (self.spec.subject_gap if limit is None else limit) or any(
                    self._opens_clause(w) or w in self._copulas for w in gap_words):
                continue
            return tp
        return None


class _Phrases:
    """A list of phrases matched on a sentence's words (``_WORD`` tokens, lower case):
    word for word, a trailing ``*`` any ending, a ``*`` alone any one word (not a comma
    nor a negation: "ninguna * cuenta con"), a hyphen also a space ("well-lit",
    "well lit"); at each word the longest phrase, and no two matches overlap, as a
    regex alternation would."""

    __slots__ = ("firsts", "gap_stops", "one", "slow", "stems", "two")

    def __init__(self, phrases: list[str], gap_stops: frozenset[str] = frozenset()) -> None:
        # the tables are kept in the rules cache, by a digest of the phrases (a hundred lists
        # of up to a few hundred phrases: ~15 ms to build at every start)
        digest = hashlib.sha1("\0".join(phrases).encode("utf-8")).hexdigest()
        one, two, slow, stems = cached("compose.phrases", (digest,), lambda: _phrase_tables(phrases))
        self.one: set[str] = one  # one-word phrases
        # (first, second word) -> [(words, stems)], longest first
        self.two: dict[tuple[str, str], list[tuple[tuple[str, ...], tuple[bool, ...]]]] = two
        self.slow: dict[str, list[tuple[tuple[str, ...], tuple[bool, ...]]]] = slow  # second word a stem
        self.stems: list[tuple[str, tuple[str, ...], tuple[bool, ...]]] = stems  # first word a stem
        self.firsts = frozenset(self.one | {a for a, _ in self.two} | set(self.slow))
        #: the words a gap ``*`` may not hold (the pack's negations, coordinators, relatives, breaks)
        self.gap_stops = gap_stops

    def spans(self, toks: list[str], where: dict[str, list[int]]) -> list[tuple[int, int]]:
        """(first word, one past the last) of each match; ``where``: each word of the
        sentence and its positions."""
        starts: set[int] = set()
        # (the frozenset's ``intersection`` reads the sentence's words; ``firsts & keys``
        # read every first word of the list)
        for w in self.firsts.intersection(where):
            starts.update(where[w])
        stems = self.stems
        if stems:
            firsts = tuple(first for first, _, _ in stems)  # (one C call a word)
            for w, pos in where.items():
                if w.startswith(firsts):
                    starts.update(pos)
        out: list[tuple[int, int]] = []
        end, n = 0, len(toks)
        for i in sorted(starts):
            if i < end:
                continue  # inside the previous match
            tok = toks[i]
            best = 1 if tok in self.one else 0
            if i + 1 < n:
                for words, stars in self.two.get((tok, toks[i + 1]), ()):
                    if len(words) > best and _fits(toks, i, words, stars, self.gap_stops):
                        best = len(words)
                        break
            for words, stars in self.slow.get(tok, ()):
                if len(words) > best and _fits(toks, i, words, stars, self.gap_stops):
                    best = len(words)
                    break
            for first, words, stars in stems:
                if len(words) > best and tok.startswith(first) and _fits(toks, i, words, stars, self.gap_stops):
                    best = len(words)
            if best:
                out.append((i, i + best))
                end = i + best
        return out


def _phrase_tables(phrases: list[str]) -> tuple[set[str], dict[tuple[str, str], list[Any]], dict[str, list[Any]],
                                                list[Any]]:
    """``_Phrases``' tables of a list (plain data, for the rules cache): the one-word phrases,
    the others by their first two words or (second word a stem) by their first, longest
    first, and those whose first word is a stem, longest first."""
    one: set[str] = set()
    two: dict[tuple[str, str], list[Any]] = {}
    slow: dict[str, list[Any]] = {}
    stems: list[Any] = []
    for ph in phrases:
        for words, stars in _phrase_forms(ph):
            if stars[0]:
                stems.append((words[0], words, stars))
            elif len(words) == 1:
                one.add(words[0])
            elif stars[1]:
                slow.setdefault(words[0], []).append((words, stars))
            else:
                two.setdefault((words[0], words[1]), []).append((words, stars))
    for v in (*two.values(), *slow.values()):
        v.sort(key=lambda x: -len(x[0]))
    stems.sort(key=lambda x: -len(x[1]))
    return one, two, slow, stems


def _gap_stops(spec: Any) -> frozenset[str]:
    """The words a gap ``*`` may not hold, from the pack: its negations (``gap_stops``), the words that
    join or open a clause of its own (``coordinators``, ``relatives``, ``aside_relatives``), the
    one-word ``breaks`` ("ninguna persona dijo que la celda ...": "que" opens a clause) and the
    ``wildcard_excludes`` (the staff in "none of the * had seen a doctor")."""
    words = [*spec.gap_stops, *spec.coordinators, *spec.relatives, *spec.aside_relatives,
             *(b for b in spec.breaks if " " not in b), *spec.wildcard_excludes]
    return frozenset(w.lower() for w in words)


def _fits(toks: list[str], i: int, words: tuple[str, ...], stars: tuple[bool, ...],
          gap_stops: frozenset[str] = frozenset()) -> bool:
    if i + len(words) > len(toks):
        return False
    for k, (w, star) in enumerate(zip(words, stars)):
        t = toks[i + k]
        if not (t.startswith(w) if star else t == w):
            return False
        if not w and star and (t in _PUNCT or t in gap_stops):
            return False  # a gap ``*`` holds one word: no comma, bracket or negation
    return True


#: what a one-word gap ``*`` never stands for: punctuation, and a negation (so that a gap in
#: "ninguna * cuenta con" never reads "ninguna no cuenta con")
_PUNCT = frozenset(";:()[],")
#: (nor, by the pack's words, a negation or a word that opens a clause of its own: ``_gap_stops``)


def _phrase_forms(phrase: str) -> list[tuple[tuple[str, ...], tuple[bool, ...]]]:
    """A phrase as words (and which are stems): as written, and with hyphens as spaces."""
    forms = []
    for text in {phrase.lower(), phrase.lower().replace("-", " ")}:
        words: list[str] = []
        stars: list[bool] = []
        for w in text.split():
            if w == "*":  # a gap: any one word ("ninguna * cuenta con", "none of the * had")
                words.append("")
                stars.append(True)
                continue
            star = w.endswith("*")
            parts = _WORD.findall(w.rstrip("*"))
            for k, part in enumerate(parts):
                words.append(_bare(part))
                stars.append(star and k == len(parts) - 1)
        if words:
            forms.append((tuple(words), tuple(stars)))
    return forms


class _FirstWords:
    """The first words of a list of phrases, to tell cheaply that a sentence holds none."""

    __slots__ = ("stems", "words")

    def __init__(self, phrases: list[str]) -> None:
        words: set[str] = set()
        stems: set[str] = set()
        for ph in phrases:
            first = _bare(ph.strip().split()[0].lower())
            if first.endswith("*"):
                stems.add(first.rstrip("*").split("-")[0])
                continue
            words.add(first)
            if "-" in first:  # "well-maintained" is also written "well maintained"
                words.add(first.split("-")[0])
        self.words = frozenset(words)
        self.stems = tuple(sorted(stems))

    def any_in(self, wordset) -> bool:
        if not self.words.isdisjoint(wordset):
            return True
        return bool(self.stems) and any(w.startswith(self.stems) for w in wordset)


def _new_clause_subject(gap_words: list[str], coord: frozenset[str], copulas: frozenset[str]) -> bool:
    """Whether a gap between a topic and the predicate after it holds ", and" and then a linking
    verb: the verb has a subject of its own ("a call, and the services were rarely used")."""
    for k in range(len(gap_words) - 1):
        if gap_words[k] == "," and gap_words[k + 1] in coord:
            return any(w in copulas for w in gap_words[k + 2:])
    return False


def _transparent_words(gap_words: list[str], phrases: dict[str, tuple[tuple[str, ...], ...]]) -> int:
    """How many of ``gap_words`` belong to one of ``phrases`` (by their first word, longest
    first, no overlaps)."""
    n, k, covered = len(gap_words), 0, 0
    while k < n:
        for ph in phrases.get(gap_words[k], ()):
            if tuple(gap_words[k:k + len(ph)]) == ph:
                covered += len(ph)
                k += len(ph)
                break
        else:
            k += 1
    return covered


def _complement_subject(gap_words: list[str]) -> bool:
    """Whether a gap between a topic and the predicate after it holds a "that" clause with a subject of
    its own ("... was informed that detainees were ..."); a relative "that" right after the topic
    ("cells that detainees shared") and a pronoun that stands for the topic ("reported that it was") do not."""
    return any(w == "that" and 0 < k < len(gap_words) - 1 and gap_words[k + 1] not in _PRONOUNS
               for k, w in enumerate(gap_words))


def _aside(gap_words: list[str], relatives: frozenset[str]) -> bool:
    """Whether the words between a subject and its verb are one relative clause set off by commas
    (", which had been broken for months,"), which the verb reaches over."""
    return 3 <= len(gap_words) <= 16 and gap_words[0] == "," and gap_words[-1] == "," \
        and gap_words[1] in relatives and gap_words.count(",") == 2


def _introduces_list(gap_words: list[str]) -> bool:
    """Whether a gap ends by announcing examples ("such as", "including", "namely")."""
    tail = [w for w in gap_words if w != ","][-2:]
    return tail[-1:] in (["including"], ["namely"], ["like"], ["especially"], ["particularly"]) \
        or tail == ["such", "as"]


_CONTRACTIONS = frozenset({"it's", "he's", "she's", "that's", "there's", "what's", "who's", "let's", "here's",
                           "it’s", "he’s", "she’s", "that’s", "there’s", "what’s", "who’s", "let’s", "here’s"})


def _bare(word: str) -> str:
    """A word without its possessive ending: "ombudsman's" -> "ombudsman", "detainees'" ->
    "detainees" (a contraction of "is" stays as written)."""
    if len(word) > 3 and word.endswith(("'s", "’s")) and word not in _CONTRACTIONS:
        return word[:-2]
    if len(word) > 3 and word.endswith(("s'", "s’")):
        return word[:-1]
    return word


_RELATIVE = frozenset({"that", "which", "who", "whose", "where"})
_ADVERBS = frozenset({"also", "often", "frequently", "always", "routinely", "reportedly", "allegedly",
                      "still", "sometimes", "regularly", "generally", "usually", "repeatedly", "constantly",
                      "severely", "then", "all", "both", "either", "largely", "mostly", "entirely", "very"})


def _anchors(topics: list[str]) -> list[str]:
    """The anchors of a topic list: a topic itself (the anchor pass matches phrases
    word for word; "toilet*" is a stem), or the longest word of a phrase with a stem."""
    out: list[str] = []
    for t in topics:
        words = t.split()
        if len(words) == 1 or not any(x.endswith("*") for x in words):
            w = t
        else:
            w = max(words, key=lambda x: len(x.rstrip("*")))
        if w.endswith("*") and len(w) < 5:
            w = w.rstrip("*")
        if w.lower() not in out:
            out.append(w.lower())
    return out


def _compile(rx: str, source: str, where: str) -> re.Pattern[str]:
    try:
        return compile_regex(rx, re.IGNORECASE)
    except re.error as exc:  # pragma: no cover - phrases are escaped
        raise ConfigError(source, where, f"bad phrase: {exc}") from None


def parse_composer(data: Any, source: str) -> Composer:
    try:
        spec = ComposeFile.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        raise ConfigError(source, ".".join(map(str, err["loc"])) or "file", err["msg"]) from None
    return Composer(spec, source)


@cache
def load_composer(lang: str = "en") -> Composer | None:
    """The composed recognizers of a language (None where it has no compose.yaml)."""
    try:
        data, source = read_resource(lang, "compose.yaml")
    except ConfigError as exc:
        if "not found" in str(exc):
            return None
        raise
    return parse_composer(data, source)
