"""ConText for detention facts: negation, denial, hypothetical and general-statement scopes.

In the manner of medspaCy's ConText: a rule is a trigger (a phrase or pattern), a
category and a direction; its scope runs from the trigger over at most
``max_scope`` words, and stops at a terminator.  A target inside the scope gets
the category, and keeps the trigger as evidence (``ContextFlag``).  Rules are data:
``resources/<lang>/context.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from dignity.errors import ConfigError
from dignity.extract.prefilter import ClauseMemo, Scanner, lowered, never_empty, punctuation_cue
from dignity.extract.recognizer import compile_pattern, read_resource

__all__ = ["ContextRule", "ContextMatch", "ContextEngine", "load_context"]

#: UNPROVEN: a court or body says the claim that follows is not established ("il n'est pas établi que",
#: "no quedó acreditado que", "plaintiff has not shown that"): not shown is not shown false, so the
#: fact keeps its sense and is a claim rejected, never a negated fact
Category = Literal["NEGATED", "CONTESTED", "UNPROVEN", "HYPOTHETICAL", "GENERAL", "PSEUDO", "TERMINATE"]
Direction = Literal["forward", "backward", "bidirectional", "terminate"]

_WORD = re.compile(r"[\w’'\-]+")
#: the end of a sentence inside another (a heading run into the text)
_RUN_ON = re.compile(r"\w[.!?…]\s+\S")


class ContextRule(BaseModel):
    model_config = ConfigDict(extra="forbid")

    literal: str = Field(description="what a person reads: the trigger in plain words")
    category: Category
    direction: Direction = "forward"
    pattern: str | None = Field(None, description="regex with {TERM} lists; defaults to the literal")
    max_scope: int = Field(8, ge=0, le=60)
    #: types the rule never applies to (e.g. "no" does not negate a deprivation)
    except_types: list[str] = Field(default_factory=list)
    #: types the rule applies to alone, where it is not empty ("no" denies a harm it names: "no
    #: overcrowding", "no use of force"; before a thing provided it is the lack the fact states)
    only_types: list[str] = Field(default_factory=list)
    #: when true the rule reaches a target over terminators (whole-sentence cues)
    sentence_wide: bool = False
    #: for TERMINATE rules: the categories whose scopes it ends (default: all)
    terminates: list[str] = Field(default_factory=list)
    #: match only at word boundaries (false for punctuation triggers)
    bounded: bool = True
    #: for TERMINATE rules: ends even whole-sentence scopes (a ";" between clauses)
    hard: bool = False
    #: for NEGATED rules: the scope reads as a lack of what the fact names, whatever its words
    #: ("insufficient staff to ensure adequate food": no adequate food, a fact asserted)
    lack: bool = False
    #: a quantifier over the people the fact names, that governs the fact's words where it opens
    #: before them and overlaps them ("No children were held": the fact's words "children were held")
    quantifier: bool = False
    #: for TERMINATE rules: ends a scope only where it opens the fact's own words ("aucune activité
    #: ni de travail": the second lack, "ni de travail", is not denied by "aucune")
    opening: bool = False
    #: for TERMINATE rules: ends a forward scope also where it falls inside the fact's own words, the
    #: fact's predicate told in a relative clause of its own ("ne respecte pas les normes des cellules
    #: qui sont exiguës": the denial is of the norms, the cells are cramped)
    within: bool = False
    #: the rule has a twin of its "not" alternatives written with the language's contracted words
    #: ("not allowed" -> "wasn't allowed"; ``contracted_twin``): a rule of its own, tried only in a sentence
    #: that holds a contraction, so that the "not" rule is not tried at every "was" and "did"
    contracted: bool = False
    #: (dirA17) an epistemic frame ("it is possible that", "it remains unclear whether"): its scope is the
    #: rest of the sentence after it, over every terminator (a list after a colon, a clause after a dash or a
    #: comma is still framed) but one that names ``FRAME`` in its ``terminates`` (a finding of its own after
    #: "but" or ";")
    frame: bool = False


class Sections(BaseModel):
    """Scopes longer than a sentence: a judgment's statement of the general principles
    ("a) Principes généraux", "General principles") is about people in general, every
    sentence of it, until the judgment turns to the case ("En l'espèce", "In the present
    case") or to another part."""

    model_config = ConfigDict(extra="forbid")

    #: a sentence that opens a part on the general principles (itself included)
    general_open: list[str] = Field(default_factory=list)
    #: a sentence that ends it (itself not general): the case, a new part
    general_end: list[str] = Field(default_factory=list)
    #: a sentence that heads a separate opinion ("MARSHALL, J., dissenting."): what follows,
    #: to the end of the document or ``opinion_end``, is that judge's word, not the court's
    #: finding; the pattern's group ``judge`` names the judge, ``kind`` the kind of opinion
    opinion_open: list[str] = Field(default_factory=list)
    #: a sentence that opens the court's own opinion again ("PER CURIAM.")
    opinion_end: list[str] = Field(default_factory=list)
    #: a heading of a part that recites the claims ("Plaintiff's Allegations"): its sentences
    #: are the claimant's word, until ``claims_end``
    claims_open: list[str] = Field(default_factory=list)
    #: a heading that opens such a part only in a decision at the pleading stage
    #: (``pleading_stage`` in the document): "Background" before a motion to dismiss
    claims_open_pleading: list[str] = Field(default_factory=list)
    pleading_stage: list[str] = Field(default_factory=list)
    #: what shows a later stage, whatever the pleading words (summary judgment, a trial)
    not_pleading_stage: list[str] = Field(default_factory=list)
    #: a sentence that ends a part of claims ("Findings of Fact", "Discussion")
    claims_end: list[str] = Field(default_factory=list)


class ContextFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int = 1
    terms: dict[str, list[str]] = Field(default_factory=dict)
    rules: list[ContextRule]
    sections: Sections = Field(default_factory=Sections)


@dataclass(frozen=True)
class ContextMatch:
    rule: ContextRule
    start: int  # offsets within the sentence text
    end: int


class ContextEngine:
    def __init__(self, spec: ContextFile, source: str, contracted: tuple[str, str] | None = None) -> None:
        """``contracted``: the language pack's clitic for "not" and the words it makes ("n't", "wasn't"),
        of which the rules marked ``contracted`` get their twin (``contracted_twin``)."""
        self.spec = spec
        self.source = source
        self._compiled: list[tuple[ContextRule, re.Pattern[str]]] = []
        for i, rule in enumerate(spec.rules):
            where = f"rule #{i} {rule.literal!r}"
            pat = rule.pattern if rule.pattern is not None else re.escape(rule.literal).replace("\\ ", " ")
            self._compiled.append((rule, compile_pattern(pat, spec.terms, source, where,
                                                         bounded=rule.bounded)))
            twin = contracted_twin(pat, *contracted) if rule.contracted and contracted else None
            if twin is not None:
                rule2 = rule.model_copy(update={"literal": f"{rule.literal} (contracted)", "pattern": twin})
                self._compiled.append((rule2, compile_pattern(twin, spec.terms, source, f"{where} (contracted)",
                                                              bounded=rule.bounded)))
        # each rule's words-it-needs and lower-case twin (prefilter.py): same triggers, faster
        # (and a mark of punctuation a rule's every match needs, ``punctuation_cue``: "," of
        # "X happened, a practice that"; tested first, as a one-character substring test)
        self._scanners = [(rule, Scanner(rx), punctuation_cue(rx.pattern, rx.flags))
                          for rule, rx in self._compiled]
        #: the rules by their gates (``_index``): a word beginning -> the rules filed under it,
        #: the rules tried on every sentence, and those of them still warming up
        self._by_head: dict[str, tuple[int, ...]] = {}
        self._ungated: tuple[int, ...] = ()
        self._warming: tuple[int, ...] = ()
        #: each rule's gates but the one it is filed under (a sentence that picks it meets that one)
        self._rest: list[tuple[frozenset[str], ...]] = []
        self._index()

        def one(patterns: list[str], name: str) -> re.Pattern[str] | None:
            if not patterns:
                return None
            return compile_pattern("|".join(f"(?:{p})" for p in patterns), spec.terms, source,
                                   f"sections.{name}", bounded=False)

        self._general_open = one(spec.sections.general_open, "general_open")
        self._general_end = one(spec.sections.general_end, "general_end")
        sec = spec.sections
        self._opinion_open = [compile_pattern(p, spec.terms, source, "sections.opinion_open", bounded=False)
                              for p in sec.opinion_open]
        self._opinion_end = one(sec.opinion_end, "opinion_end")
        # the openings tested on every sentence of a judgment, by their lower-case twins (the
        # same first match where no match is empty: ``never_empty``; else as written)
        self._general_open_scan = _scanner(self._general_open)
        self._opinion_end_scan = _scanner(self._opinion_end)
        self._claims_open = one(sec.claims_open, "claims_open")
        self._claims_open_pleading = one(sec.claims_open_pleading, "claims_open_pleading")
        self._pleading_stage = one(sec.pleading_stage, "pleading_stage")
        self._claims_end = one(sec.claims_end, "claims_end")
        self._not_pleading = one(sec.not_pleading_stage, "not_pleading_stage")
        # (the same searches by their scanners: the words every match needs, then the twin)
        self._claims_open_scan = _scanner(self._claims_open)
        self._claims_open_pleading_scan = _scanner(self._claims_open_pleading)
        self._claims_end_scan = _scanner(self._claims_end)
        self._pleading_stage_scan = _scanner(self._pleading_stage)
        self._not_pleading_scan = _scanner(self._not_pleading)

    def pleading_stage(self, text: str) -> bool:
        """Whether a decision is at the pleading stage (``sections.pleading_stage``)."""
        if self._pleading_stage is None:
            return False
        low = lowered(text)
        return (_search(self._pleading_stage, self._pleading_stage_scan, text, low)
                and not _search(self._not_pleading, self._not_pleading_scan, text, low))

    def opinion_section(self, sentence: str, judge: str | None, lower: str | None = None) -> str | None:
        """The judge whose separate opinion the sentence belongs to ("Justice Breyer
        (dissenting)"), given the one of the sentence before (``judge``); None for the
        court's own opinion.  The heading itself belongs to the opinion it opens.
        (``lower``: the sentence lower-cased character for character, when known.)"""
        if judge is not None and _search(self._opinion_end, self._opinion_end_scan, sentence, lower):
            return None
        for rx in self._opinion_open:
            m = rx.search(sentence)
            if m is not None:
                groups = m.groupdict()
                who = " ".join((groups.get("judge") or "").split()).strip(" ,") or "a judge"
                kind = "concurring" if "concur" in m.group(0).lower() else "dissenting"
                if "dissent" in m.group(0).lower() and kind == "concurring":
                    kind = "dissenting"  # "concurring in part and dissenting in part"
                return f"{who} ({kind})"
        return judge

    def claims_section(self, sentence: str, inside: bool, pleading: bool,
                       lower: str | None = None) -> tuple[bool, bool]:
        """Whether ``sentence`` is inside a part reciting the claims, and whether the next
        one is, given whether the one before it was (``inside``); a heading is neither.
        (``lower``: the sentence lower-cased character for character, when known.)"""
        if inside and _search(self._claims_end, self._claims_end_scan, sentence, lower):
            inside = False
        if _search(self._claims_open, self._claims_open_scan, sentence, lower):
            return False, True
        if pleading and _search(self._claims_open_pleading, self._claims_open_pleading_scan, sentence, lower):
            return False, True
        return inside, inside

    def general_section(self, sentence: str, inside: bool, lower: str | None = None) -> tuple[bool, bool]:
        """Whether ``sentence`` is inside a part on the general principles, and whether
        the next one is, given whether the one before it was (``inside``); ``lower``: the
        sentence lower-cased character for character, when known."""
        here = inside
        if inside and self._general_end is not None:
            m = self._general_end.search(sentence)
            if m is not None:
                # a heading run into the end of the last principle ("... préoccupante. b)
                # Application au cas d'espèce 90.", one sentence to the splitter): that
                # sentence is still the principle's
                here, inside = _RUN_ON.search(sentence, 0, m.start()) is not None, False
        # (a part's heading may end one general part and open the next: "III. LE DROIT INTERNE")
        if not inside and _search(self._general_open, self._general_open_scan, sentence, lower):
            return True, True
        return here, inside

    def triggers(self, sentence: str, lower: str | None = None, *, fast: bool = True,
                 memo: ClauseMemo | None = None) -> list[ContextMatch]:
        """Every trigger in the sentence; a trigger inside a longer one is dropped.

        ``lower`` is the sentence lower-cased character for character (computed when
        not given); ``fast=False`` runs the rules' regexes as written (same result).
        """
        if fast:
            low = lowered(sentence) if lower is None else lower
            if memo is None or memo.low is not low:
                memo = ClauseMemo(low)
            heads = memo.heads()
            needs_met = memo.needs_met
            scanners = self._scanners
            if self._warming and any(scanners[i][1].uses == Scanner.WARM_AFTER for i in self._warming):
                self._index()  # a rule has warmed up: its gates are known now
            # only the rules one of the sentence's word beginnings lets through, in the rules'
            # order (ties in the sort below keep it); their other tests as below
            by_head = self._by_head
            picked = set(self._ungated)
            for h in heads:
                got = by_head.get(h)
                if got is not None:
                    picked.update(got)
            # (the tests ``matches`` makes first, without its call: most rules fail them; a
            # rule still warming up needs nothing yet): a punctuation cue, then where a match
            # or a word it needs would begin (the gate a rule is filed under is met: its others)
            isdisjoint = heads.isdisjoint
            rest = self._rest
            found = []
            for i in sorted(picked):
                rule, sc, cue = scanners[i]
                if cue and cue not in sentence:
                    continue
                for g in rest[i]:
                    if isdisjoint(g):
                        break
                else:
                    tests = sc.need_tests
                    if tests and not needs_met(tests):
                        continue
                    for m in sc.found(sentence, low, memo):
                        found.append(_match(rule, m))
        else:
            found = [_match(rule, m)
                     for rule, rx in self._compiled for m in rx.finditer(sentence)]
        found.sort(key=lambda c: (c.start, -(c.end - c.start)))
        kept: list[ContextMatch] = []
        for c in found:
            # (a hard clause boundary stays, even inside a longer trigger: "and" of "and the officers")
            if not c.rule.hard and any(k.start <= c.start and c.end <= k.end and (k.end - k.start) > (c.end - c.start)
                   for k in kept):
                continue
            kept.append(c)
        return kept

    def _index(self) -> None:
        """File the rules by their gates (``Scanner.gates``). Most rules fail them in a
        sentence: looking up the sentence's word beginnings (a few dozen) finds the others
        without testing every rule (about 200). A rule is filed under the beginnings of
        one gate (the smallest): a sentence disjoint from it has no match of the rule.
        A rule without gates, or still warming up (its gates are not known yet), is tried
        on every sentence; the index is made again when one of those warms up."""
        by_head: dict[str, list[int]] = {}
        ungated: list[int] = []
        warming: list[int] = []
        rest: list[tuple[frozenset[str], ...]] = []
        for i, (_, sc, _) in enumerate(self._scanners):
            if 0 <= sc.uses < Scanner.WARM_AFTER:
                warming.append(i)
            if not sc.gates:
                ungated.append(i)
                rest.append(())
                continue
            filed = min(sc.gates, key=len)
            for h in filed:
                by_head.setdefault(h, []).append(i)
            others = list(sc.gates)
            others.remove(filed)
            rest.append(tuple(others))
        self._rest = rest
        self._by_head = {h: tuple(ids) for h, ids in by_head.items()}
        self._ungated, self._warming = tuple(ungated), tuple(warming)

    def modifiers(self, sentence: str, start: int, end: int, fact_type: str,
                  triggers: list[ContextMatch] | None = None) -> list[ContextMatch]:
        """The triggers whose scope covers the target at [start, end) of the sentence."""
        if triggers is None:
            triggers = self.triggers(sentence)
        terms = [t for t in triggers if t.rule.category == "TERMINATE"]
        pseudo = [t for t in triggers if t.rule.category == "PSEUDO"]
        out: list[ContextMatch] = []
        for t in triggers:
            cat = t.rule.category
            if cat in ("TERMINATE", "PSEUDO"):
                continue
            if fact_type in t.rule.except_types or (t.rule.only_types and fact_type not in t.rule.only_types):
                continue
            if t.start < end and start < t.end and not t.rule.sentence_wide:
                # the trigger is part of the fact's own words; but a quantifier (``quantifier``) that opens before
                # them and ends on their first noun governs them ("No children were held": the
                # fact's words are "children were held"; "no pregnant women": the fact's "pregnant")
                if not (t.rule.quantifier and t.start < start < t.end
                        and t.rule.direction in ("forward", "bidirectional")):
                    continue
                out.append(t)
                continue
            if t.rule.sentence_wide and (t.start < end and start < t.end):
                out.append(t)  # a whole-sentence cue covers a fact inside it too
                continue
            if any(p.start <= t.start and t.end <= p.end for p in pseudo):
                continue
            if t.rule.frame:
                if t.end <= start and not any(t.end <= x.start and x.end <= start and "FRAME" in x.rule.terminates
                                              for x in terms):
                    out.append(t)
                continue
            if t.end <= start and t.rule.direction == "forward" and any(
                    x.rule.within and start < x.start and x.end < end
                    and (not x.rule.terminates or cat in x.rule.terminates) for x in terms):
                continue  # the fact's predicate is in a relative clause the trigger does not reach
            if t.end <= start and t.rule.direction in ("forward", "bidirectional"):
                gap = (t.end, start)
            elif t.start >= end and t.rule.direction in ("backward", "bidirectional"):
                gap = (end, t.start)
            else:
                continue
            if t.rule.sentence_wide and any(
                    gap[0] <= x.start and x.end <= gap[1] and x.rule.hard
                    and (not x.rule.terminates or cat in x.rule.terminates) for x in terms):
                continue  # a whole-sentence cue stops at a hard clause boundary
            between = sentence[gap[0]:gap[1]]
            if len(_WORD.findall(between)) > t.rule.max_scope and not t.rule.sentence_wide:
                continue
            # a terminator opening the target's own words ends a forward scope too ("aucune lettre
            # pendant son isolement": the target is "pendant son isolement")
            if not t.rule.sentence_wide and any(
                    gap[0] <= x.start and ((x.end <= gap[1] and not x.rule.opening)
                                           or (gap[1] == start and x.start == start))
                    and (not x.rule.terminates or cat in x.rule.terminates) for x in terms):
                continue
            out.append(t)
        return out


def _scanner(rx: re.Pattern[str] | None) -> Scanner | None:
    """A scanner for a sections pattern whose every match holds a character (else None)."""
    return Scanner(rx) if rx is not None and never_empty(rx) else None


def _search(rx: re.Pattern[str] | None, scan: Scanner | None, sentence: str, lower: str | None) -> bool:
    """Whether ``rx`` (None: no such pattern) matches in ``sentence``, by ``scan`` where given."""
    if scan is not None:
        return scan.search(sentence, lowered(sentence) if lower is None else lower) is not None
    return rx is not None and rx.search(sentence) is not None


def _match(rule: ContextRule, m: re.Match[str]) -> ContextMatch:
    """A trigger's span: the whole match, or its group ``at`` when the pattern names one (a
    terminator that is only the comma closing "Although the Rules require X," needs the
    clause before it to be sure, but ends scopes at the comma alone)."""
    if "at" in m.re.groupindex and m.start("at") >= 0:
        return ContextMatch(rule, m.start("at"), m.end("at"))
    return ContextMatch(rule, m.start(), m.end())


def contracted_twin(pattern: str, clitic: str, words: str) -> str | None:
    """The twin of a pattern's "not" alternatives, contracted: of its top-level alternatives, "not X"
    becomes "(?:words) X" (any contracted word: "wasn't X") and a verb's "did not X" becomes "didn't X"
    (``clitic`` joined to the verb: "could not" is "couldn't", not any contraction). "(?:not|never)" ->
    "(?:WORDS)"; "(?:not only|no doubt|did not have)" -> "(?:(?:WORDS) only|didn't have)". None where
    no alternative opens with "not"."""
    body = pattern[3:-1] if pattern.startswith("(?:") and _closes_at_end(pattern) else pattern
    bare, twins = [], []  # what follows a bare "not" (under one group of the words: a short regex); verbs'
    for alt in _alternatives(body):
        m = _OPENS_WITH_NOT.match(alt)
        if m is not None:
            verb = m.group("verb")
            if verb:
                twins.append(f"{verb.rstrip()}{clitic}{alt[m.end():]}")
            else:
                bare.append(alt[m.end():])
    if bare:
        rests = sorted(dict.fromkeys(bare), key=len, reverse=True)  # the longest first, else as written
        twins.insert(0, f"(?:{words})" + (f"(?:{'|'.join(rests)})" if rests != [""] else ""))
    return f"(?:{'|'.join(twins)})" if twins else None


#: an alternative that opens with "not", or with a verb and "not" ("did not have", "(?:did|does) not exceed")
_OPENS_WITH_NOT = re.compile(r"(?P<verb>(?:\(\?:[a-z|]+\)|[a-z]+) )?not(?= |$)")


def _structure(pattern: str):
    """(index, character, group depth after it) for each character of a regex outside escapes and
    character classes."""
    depth, i, cls = 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if cls:
            cls = c != "]"
        elif c == "[":
            cls = True
        else:
            depth += (c == "(") - (c == ")")
            yield i, c, depth
        i += 1


def _closes_at_end(pattern: str) -> bool:
    """Whether the group that opens ``pattern`` closes at its last character."""
    return next((i == len(pattern) - 1 for i, c, depth in _structure(pattern) if c == ")" and depth == 0), False)


def _alternatives(body: str) -> list[str]:
    """The top-level alternatives of a regex (its "|" outside groups, classes and escapes)."""
    cuts = [i for i, c, depth in _structure(body) if c == "|" and depth == 0]
    return [body[a + 1:b] for a, b in zip([-1, *cuts], [*cuts, len(body)])]


def parse_context(data: Any, source: str, contracted: tuple[str, str] | None = None) -> ContextEngine:
    try:
        spec = ContextFile.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        raise ConfigError(source, ".".join(map(str, err["loc"])), err["msg"]) from None
    return ContextEngine(spec, source, contracted)


@lru_cache(maxsize=None)
def load_context(lang: str = "en") -> ContextEngine:
    from dignity.extract.languages import has_pack, language_pack

    data, source = read_resource(lang, "context.yaml")
    spec = language_pack(lang).spec if has_pack(lang) else None
    contracted = (spec.contracted_not, spec.contracted_not_words or spec.contracted_not) \
        if spec is not None and spec.contracted_not else None
    return parse_context(data, source, contracted)
