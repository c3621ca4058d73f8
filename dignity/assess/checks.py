"""How a rule's test is run on one subject's facts.

``evaluate(rule, group, env)`` runs the rule's named check where it has one
(``RULE_CHECKS``), else the declarative test of its YAML entry, and returns the
outcomes: usually one, none where no fact touches the rule, several where a
rule has aspects (rule 23: the hour, and the open air).

How a status is graded (``grade``): what the rule forbids x how well the facts
are established (``dignity.assess.evidence``: reasonable grounds to believe).

* only established facts (a court's or official monitor's finding, the author's
  own observation, an admission, two independent sources that agree) give
  ``violation_likely``; one allegation, or one relayed at second hand, is a
  concern whatever the rule; so is an allegation the other side denies;
* a claim a court or monitoring body rejected gives no breach
  (insufficient_information, saying it was rejected);
* absolute prohibition, established -> violation_likely (a stated security
  reason excuses nothing; where the rule forbids a practice as a restriction
  or sanction and nothing puts it in one, concern at most);
* minimum requirement, established -> violation_likely when specific (a
  number under the threshold, a denial, an aggravating restraint: rule 42),
  else concern;
* qualified restriction, established -> concern (a stated reason is weighed
  against the limits the rule puts on it).

A breach fact outweighed by a stronger negated fact ("the court finds the food
adequate") gives way to it; the facts that cut the other way are always listed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Callable, Iterable

from dignity.assess.catalogue import Catalogue, EvidenceSpec, Kind, Role, Rule, Threshold, compiled
from dignity.assess.evidence import (ALLEGED, CONTESTED, ESTABLISHED, REJECTED, STANDARD_OF_PROOF, Standing,
                                     source_kind, standing, standing_of)
from dignity.assess.facts import SubjectGroup, fact_text, isolation_days, number_in, parse_date, placed, rank
from dignity.assess.phrases import describe, join, lcfirst, statements
from dignity.extract.languages import LanguagePack, has_pack, language_pack
from dignity.model import Certainty, Evidence, Fact, Status

__all__ = ["Env", "Outcome", "evaluate", "declarative", "grade", "grade_standing", "classify", "read_isolation",
           "justification_sentence", "RULE_CHECKS", "register_check", "cited", "under", "definition_rule"]

V, C, I, OK = (Status.violation_likely.value, Status.concern.value,
               Status.insufficient_information.value, Status.compliant.value)
SEVERITY = [V, C, I, OK]
STATUS_WORDS = {V: "a violation is likely", C: "a concern", I: "not settled", OK: "met"}


@dataclass
class Env:
    """What a check may know besides the facts: dates and the catalogue."""

    catalogue: Catalogue
    as_of: date | None = None
    doc_dates: dict[str, date] = field(default_factory=dict)
    #: document id -> its language: the words of a fact's sentence are read in its document's
    doc_langs: dict[str, str] = field(default_factory=dict)
    #: document id -> its text: the sentences either side of a fact's are read from it
    doc_texts: dict[str, str] = field(default_factory=dict)

    def pack(self, fact: Fact) -> LanguagePack:
        """The language pack of the fact's document (English where unknown or without one)."""
        for ev in fact.evidence:
            lang = self.doc_langs.get(ev.document)
            if lang and has_pack(lang):
                return language_pack(lang)
        return language_pack("en")

    def rx(self, fact: Fact, name: str) -> re.Pattern[str]:
        """Regex ``name`` (``patterns`` of ``language.yaml``) of the fact's language."""
        return self.pack(fact).rx(name)

    def phrase(self, fact: Fact, source: str | None) -> re.Pattern[str] | None:
        """A phrase of the catalogue (its English regex ``source``: a rule's ``mentions``, a
        test's ``*_words``), as read in the fact's language: the English, or the English and
        the language's words for it (``standard_phrases`` of its ``language.yaml``, and the
        standard's own ``phrases.<lang>.yaml`` for the words only that standard reads)."""
        if source is None:
            return None
        pack = self.pack(fact)
        translated = _translations(pack, self.catalogue).get(source) if pack.code != "en" else None
        if not translated:
            # its "not" also as the language writes it contracted ("weren't allowed"), where it does
            return compiled(pack.with_contracted_not(source))
        flags = _GLOBAL_FLAGS.match(source)  # '(?s)^...' keeps its flags at the front of the whole
        head = flags.group(0) if flags else ""
        return compiled(f"{head}(?:{source[len(head):]})|(?:{translated})")

    def month(self, fact: Fact, name: str) -> int | None:
        """A month's number from its name in the fact's language."""
        dates = self.pack(fact).spec.dates
        return dates.months.get(name.lower().rstrip(".")) if dates else None

    def date_for(self, fact: Fact) -> date | None:
        if self.as_of is not None:
            return self.as_of
        for ev in fact.evidence:
            if ev.document in self.doc_dates:
                return self.doc_dates[ev.document]
        if not fact.evidence and len(self.doc_dates) == 1:
            return next(iter(self.doc_dates.values()))
        return None  # an undated document never takes another's date, nor an event's


_TRANSLATIONS: dict[tuple[str, int], dict[str, str]] = {}
#: global inline flags at the start of a regex ('(?s)'): Python allows them only there
_GLOBAL_FLAGS = re.compile(r"^\(\?[aiLmsux]+\)")


def _translations(pack: LanguagePack, catalogue: Catalogue) -> dict[str, str]:
    """English regex source -> the pack's words for it: a key of ``standard_phrases`` is a
    name of the catalogue's ``patterns`` (``ban_words``) or the English regex itself."""
    key = (pack.code, id(catalogue))
    out = _TRANSLATIONS.get(key)
    if out is None:
        from dignity.assess.registry import pack_phrases

        phrases = dict(pack.spec.standard_phrases)
        for k, v in pack_phrases(catalogue, pack.code).items():  # the standard's own words in this language
            phrases[k] = f"(?:{phrases[k]})|(?:{v})" if k in phrases else v
        out = _TRANSLATIONS[key] = {catalogue.patterns.get(k, k): v for k, v in phrases.items()}
    return out


@dataclass
class Outcome:
    status: str
    facts: list[Fact]
    counter: list[Fact] = field(default_factory=list)
    reasoning: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    trace: list[str] = field(default_factory=list)
    aspect: str | None = None  # id suffix and title suffix of an aspect finding
    aspect_title: str | None = None
    basis_facts: list[Fact] | None = None  # whose word the finding rests on [default: facts]


# --- facts and their roles --------------------------------------------------------

def _value_ok(spec: EvidenceSpec, fact: Fact) -> bool:
    if spec.values is None:
        return True
    v = fact.value
    if isinstance(v, bool):
        return str(v).lower() in [x.lower() for x in spec.values]
    return isinstance(v, str) and v.strip().lower() in [x.lower() for x in spec.values]


def _also(spec: EvidenceSpec, group: SubjectGroup | None, env: Env | None = None) -> bool:
    for cond in spec.when_also:
        if group is None or not any(f.type == cond.type and not f.negated and _mentions(env, f, cond.mentions)
                                    for f in group.facts):
            return False
    return True


def _mentions(env: Env | None, fact: Fact, source: str | None, *, sentence: bool = False,
              neighbours: bool = False, clause: bool = False) -> bool:
    """Whether the fact's words (``sentence``: or its sentence's; ``clause``: or its clause's, the
    sentence cut at the language's clause breaks; ``neighbours``: or the sentences either side of it in its document)
    match a catalogue phrase, in the fact's language (``Env.phrase``); no phrase: yes."""
    pat = env.phrase(fact, source) if env is not None else compiled(source)
    if pat is None:
        return True
    if pat.search(fact_text(fact)) or (sentence and any(pat.search(ev.sentence or "") for ev in fact.evidence)):
        return True
    if clause:
        # the whole clause the fact's words stand in, cut where the language's ``clause_breaks`` open
        # another (", but", "mais", ";"), however far before them the clause begins
        breaks = env.phrase(fact, env.catalogue.patterns.get("clause_breaks")) if env is not None else None
        if any(pat.search(_clause(ev, breaks, width=len(ev.sentence or ""))) for ev in fact.evidence):
            return True
    return bool(neighbours and env is not None
                and any(pat.search(_neighbourhood(env.doc_texts.get(ev.document, ""), ev.start, ev.end))
                        for ev in fact.evidence))


def _read_in_language(env: Env | None, fact: Fact, source: str | None) -> bool:
    """Whether a catalogue phrase can be read in the fact's language: English, or a language whose
    pack translates it (a phrase a language lacks is not evidence that its words are absent)."""
    if env is None or source is None:
        return env is None and source is not None
    pack = env.pack(fact)
    return pack.code == "en" or bool(_translations(pack, env.catalogue).get(source))


_SENTENCE_END = re.compile(r"[.!?;][\"'”’)]*\s+|\n\s*\n")


def _neighbourhood(text: str, start: int, end: int) -> str:
    """The sentence holding ``text[start:end]`` with the one before and the one after it: where a
    document tells the sanction beside the measure ("He was strapped to the chair. It was his
    punishment for refusing to return his tray.")."""
    if not text or not (0 <= start <= end <= len(text)):
        return ""
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    before = [e for e in ends if e <= start]
    after = [e for e in ends if e > end]
    lo = before[-2] if len(before) >= 2 else 0
    hi = after[1] if len(after) >= 2 else len(text)
    return text[lo:hi]


def classify(rule: Rule, fact: Fact, group: SubjectGroup | None = None, env: Env | None = None
             ) -> tuple[Role, EvidenceSpec | Threshold | None] | None:
    """The fact's role for the rule (breach, meets, neutral, support), or None if it plays none.

    A negated breach fact meets the standard; a negated meets fact is a breach.
    A number is tested against the rule's thresholds; a missing number is neutral.
    """
    if fact.type not in _reads(rule):
        return None
    for th in rule.test.thresholds:
        if th.type != fact.type or th.when_true == "defines":
            continue
        x = _threshold_number(th, fact)
        if x is None:
            if th.occupants is not None and not _occupancy_fits(th, fact):
                continue
            if not fact.negated:
                # no figure, but words that say how it falls short ("a cramped cell", "une cellule
                # exiguë"): an evidence spec of the type with its `mentions` reads it
                for spec in rule.test.evidence:
                    if spec.type == fact.type and spec.mentions is not None and _value_ok(spec, fact) \
                            and _mentions(env, fact, spec.mentions, sentence=spec.in_sentence):
                        return spec.role, spec
            return None if fact.negated else (Role.neutral, th)
        if fact.qualifiers.get("at_most") and th.op in (">=", ">"):
            # an upper bound ("less than 4 m2 of personal space"): under a floor it is at or below, it misses it;
            # above the floor, the true figure may lie either side of it, and says nothing
            if x > th.limit:
                return None if fact.negated else (Role.neutral, th)
            holds = False
        else:
            holds = th.holds(x)
        role = Role.meets if (holds == (th.when_true == "meets")) else Role.breach
        flipped = _flip(role, fact)
        return None if flipped is None else (flipped, th)
    for spec in rule.test.evidence:
        if spec.type != fact.type or not _value_ok(spec, fact) \
                or (spec.negated is not None and bool(fact.negated) != spec.negated):
            continue
        if spec.mentions is not None and not _mentions(env, fact, spec.mentions, sentence=spec.in_sentence,
                                                       clause=spec.in_clause,
                                                       neighbours=spec.in_neighbours):
            continue
        if spec.when_also and not _also(spec, group, env):
            continue
        flipped = _flip(spec.role, fact)
        return None if flipped is None else (flipped, spec)
    return None


def _flip(role: Role, fact: Fact) -> Role | None:
    """The role of a negated fact: a breach negated meets the standard, and the reverse;
    a negated fact that would only raise the question ("not in isolation") plays no part."""
    if not fact.negated:
        return role
    return {Role.breach: Role.meets, Role.meets: Role.breach, Role.support: Role.support}.get(role)


def _occupants(fact: Fact) -> int:
    for key in ("occupants", "people", "persons"):
        v = fact.qualifiers.get(key)
        if isinstance(v, (int, float)) and v >= 1:
            return int(v)
    return 1


def _occupancy_fits(th: Threshold, fact: Fact) -> bool:
    if th.occupants is not None and fact.qualifiers.get("area_is_per_person"):
        # "3 m2 a person", "2 m2 of personal space": each one's share of a shared space, not a single cell
        return th.occupants == "shared"
    n = _occupants(fact)
    return th.occupants is None or (th.occupants == "single") == (n == 1)


def _threshold_number(th: Threshold, fact: Fact) -> float | None:
    if not _occupancy_fits(th, fact):
        return None
    if th.unit == "m2_per_person":
        x = number_in(fact, "m2")
        if x is not None and fact.qualifiers.get("area_is_per_person"):
            return x
        return None if x is None else x / _occupants(fact)
    return number_in(fact, th.unit)


# --- grading ------------------------------------------------------------------------

def _far_below(th: Threshold, fact: Fact) -> bool:
    """Whether a number misses a guidance threshold by so much that it fixes the shortfall by itself
    (``severe_below``): under the figure, or at it where the source says "less than" (``at_most``)."""
    if th.severe_below is None:
        return False
    x = _threshold_number(th, fact)
    return x is not None and (x < th.severe_below or (x <= th.severe_below and bool(fact.qualifiers.get("at_most"))))


def _present(group: SubjectGroup, types: list[str], *, asserted: bool = False) -> list[Fact]:
    return [f for f in group.facts if f.type in types and not f.negated
            and (not asserted or str(f.certainty) == Certainty.asserted.value)]


def grade(kind: Kind, fact: Fact, *, specific: bool = True, aggravated: bool = False,
          numeric: bool = False, pool: Iterable[Fact] = ()) -> tuple[str, str]:
    """(status, why) for one breach fact under a rule of ``kind``, by how well it is established."""
    return grade_standing(kind, standing(fact, pool), specific=specific, aggravated=aggravated, numeric=numeric)


def grade_standing(kind: Kind, st: Standing, *, specific: bool = True, aggravated: bool = False,
                   numeric: bool = False) -> tuple[str, str]:
    """(status, why): what the rule forbids x how well the facts are established.

    The rule's kind says how serious a breach is; it never makes an allegation proven:
    only established facts give ``violation_likely``; one allegation, or one relayed at
    second hand, is a concern whatever the rule; a rejected claim gives no breach.
    """
    absolute = kind is Kind.absolute_prohibition
    if st.level == REJECTED:
        return I, f"{st.why}; no breach can rest on a rejected claim"
    if st.level == CONTESTED:
        # an allegation the other side denies is still an allegation: a concern to verify, never more
        return C, f"{st.why}: a disputed fact can raise a concern, not more"
    if not st.established:
        return C, f"{st.why}: not established to the standard of {STANDARD_OF_PROOF} it happened, so a concern"
    if absolute:
        return V, (f"{st.why}: there are {STANDARD_OF_PROOF} that a practice the Rules forbid "
                   "without exception took place")
    if kind is Kind.minimum_requirement:
        if aggravated:
            return V, (f"{st.why}, and imposed while he was restrained or sanctioned, where rule 42 admits "
                       f"no exception: {STANDARD_OF_PROOF} the minimum is not met")
        if numeric:
            return V, (f"{st.why}, and the number misses the rule's threshold: there are {STANDARD_OF_PROOF} "
                       "the minimum is not met")
        if specific:
            return V, f"{st.why}, and specific: there are {STANDARD_OF_PROOF} the minimum is not met"
        return C, f"{st.why}, but in terms too general to fix how far it falls short of the minimum"
    return C, f"{st.why}: a restriction the rule allows only within limits the facts do not show are kept"


def _worst(statuses: list[str]) -> str:
    return min(statuses, key=SEVERITY.index)


def _cap(status: str, cap: str) -> str:
    return status if SEVERITY.index(status) >= SEVERITY.index(cap) else cap


def _justification(rule: Rule, group: SubjectGroup) -> list[Fact]:
    if "justification_security" not in rule.reads or not rule.test.justification:
        return []
    return _present(group, ["justification_security"])


def _reason_text(fact: Fact, limit: int = 160) -> str:
    """The stated reason in words: the value if it says something, else the evidence's sentence
    (a stated reason is a clause, rarely well caught by a short span)."""
    v = fact.value
    if isinstance(v, str) and len(v.split()) >= 3:
        return v.strip()
    for ev in fact.evidence:
        text = " ".join((ev.sentence or ev.text).split())
        if text:
            return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
    return v.strip() if isinstance(v, str) and v.strip() else "security"


def justification_sentence(rule: Rule, justs: list[Fact], absolute: bool, env: Env | None = None) -> str:
    """Names the authority's stated reason and says what it can and cannot do under the rule."""
    reasons = _reasons(justs)
    ref = cited(rule, env)
    if absolute:
        return (f"{reasons}; that does not excuse it, because {ref} "
                "admits no exception for security or any other reason.")
    limits = rule.test.limits or "the restriction must be necessary and proportionate to that aim"
    return f"{reasons}. {ref[:1].upper() + ref[1:]} lets such a reason weigh, within limits: {limits}."


def cited(rule: Rule, env: Env | None = None) -> str:
    """The rule as a sentence names it: 'rule 43(3)', 'article 10(2)(a)' (the standard's ``number_word``)."""
    word = env.catalogue.number_word if env is not None else "rule"
    return f"{word} {rule.number}" if word else rule.number


def under(rule: Rule, env: Env | None = None) -> str:
    """'Under rule 23, <paraphrase>': how a finding's reasoning states the rule."""
    return f"Under {cited(rule, env)}, {lcfirst(rule.paraphrase)}"


def _reasons(justs: list[Fact]) -> str:
    by_src: dict[str, list[str]] = {}
    for f in justs:
        texts = by_src.setdefault(_src(f), [])
        t = _reason_text(f)
        if t not in texts and len(texts) < 2:
            texts.append(t)
    parts = [f"{src} gives as its reason{'s' if len(ts) > 1 else ''} " + join([f"“{t}”" for t in ts])
             for src, ts in by_src.items()]
    text = join(parts)
    return text[:1].upper() + text[1:]


def hours(x: float, unit: str = "hour") -> str:
    return f"{x:g} {unit}" + ("" if x == 1 else "s")


def _src(f: Fact) -> str:
    src = (f.attributed_to or "").strip()
    return "the authority" if not src or src.lower() in ("the author", "author") else src


# --- the declarative test --------------------------------------------------------------

def _applies(rule: Rule, group: SubjectGroup) -> tuple[bool, str]:
    t = rule.test
    for typ in t.requires_all:
        if not _present(group, [typ]):
            return False, f"needs a {typ} fact; none"
    if t.requires_any and not _present(group, t.requires_any):
        return False, f"needs one of {', '.join(t.requires_any)}; none"
    for typ, values in t.applies_if.items():
        ok = [f for f in _present(group, [typ]) if str(f.value).lower() in [v.lower() for v in values]]
        if not ok:
            return False, f"applies only where {typ} is {' or '.join(values)}; not shown"
    return True, ""


def _context_ok(rule: Rule, group: SubjectGroup, facts: list[Fact],
                env: Env | None = None) -> tuple[bool, list[Fact]]:
    ctx = rule.test.context
    if ctx is None:
        return True, []
    found = _without(_present(group, ctx.types), facts)
    if not found and ctx.mentions:
        # the restriction or sanction may be told in the fact's sentence, beside its words ("the lights
        # were left on day and night, and the cells were used for prisoners on punishment")
        if any(_mentions(env, f, ctx.mentions, sentence=True) for f in facts):
            return True, []
    return bool(found), found


_ROLES = tuple(Role)
_DECIDING = (Role.breach, Role.meets, Role.neutral)
_RULE_SETS: dict[int, tuple[Rule, frozenset[str], frozenset[str]]] = {}


def _rule_sets(rule: Rule) -> tuple[Rule, frozenset[str], frozenset[str]]:
    """(rule, the types it reads, the types that trigger it) as sets, kept per rule object."""
    hit = _RULE_SETS.get(id(rule))
    if hit is None or hit[0] is not rule:
        hit = _RULE_SETS[id(rule)] = (rule, frozenset(rule.reads), frozenset(rule.triggers))
        if len(_RULE_SETS) > 4096:
            _RULE_SETS.pop(next(iter(_RULE_SETS)))
    return hit


def _reads(rule: Rule) -> frozenset[str]:
    return _rule_sets(rule)[1]


def _triggers(rule: Rule) -> frozenset[str]:
    return _rule_sets(rule)[2]


def declarative(rule: Rule, group: SubjectGroup, env: Env) -> list[Outcome]:
    index = group.index
    if not any(t in index for t in rule.triggers):
        return []
    trace: list[str] = []
    roles: dict[Role, list[tuple[Fact, EvidenceSpec | Threshold | None]]] = {r: [] for r in _ROLES}
    read = _reads(rule)
    for f in group.facts:
        if f.type not in read:
            continue
        got = classify(rule, f, group, env)
        if got is not None:
            roles[got[0]].append((f, got[1]))
    triggers = _triggers(rule)
    if not any(f.type in triggers for r in _DECIDING for f, _ in roles[r]):
        return []
    ok, why = _applies(rule, group)
    if not ok:
        return []
    for r in (Role.breach, Role.meets, Role.neutral, Role.support):
        if roles[r]:
            trace.append(f"{r.value}: " + ", ".join(f"{f.id} ({f.type}, {f.certainty}"
                                                     f"{', negated' if f.negated else ''})" for f, _ in roles[r]))
    breach = roles[Role.breach]
    meets = [f for f, _ in roles[Role.meets]]
    neutral = [f for f, _ in roles[Role.neutral]]
    support = [f for f, _ in roles[Role.support]]
    t = rule.test
    para = under(rule, env)
    questions: list[str] = []
    justs = _justification(rule, group)

    # a fact that the standard is met cuts against the breach only where it answers it: not where it
    # speaks of another part of the rule (women held apart, against minors held with adults), nor
    # where it says only part is met ("42 percent of pretrial detainees were separated")
    cutting = _answering(rule, env, meets, [f for f, _ in breach])
    if len(cutting) < len(meets):
        trace.append("facts that meet another part of the rule, or only part of it, cut nothing: "
                     + ", ".join(f.id for f in meets if f not in cutting))
    b_rank = max((rank(f) for f, _ in breach), default=0)
    m_rank = max((rank(f) for f in cutting), default=0)
    if breach and m_rank > b_rank:
        trace.append(f"the breach facts ({', '.join(f.id for f, _ in breach)}) are outweighed by "
                     f"stronger facts that the standard is met ({', '.join(f.id for f in meets)})")
        counter = [f for f, _ in breach]
        status = I if t.partial else OK
        reasoning = statements(meets) + [para]
        reasoning.append(f"The stronger evidence is that the standard is met, against "
                         f"{join([describe(f) for f in counter])} as {join(sorted({_src(f) for f in counter}))} "
                         f"{'claim' if len(counter) > 1 else 'claims'}"
                         + ("; the rest of what the rule requires is not shown." if t.partial else "."))
        questions = list(t.questions.contested or t.questions.missing)
        return [Outcome(status, meets, counter, reasoning, questions, trace)]

    if breach:
        graded: list[tuple[str, str, Fact, Kind]] = []
        aggravated = bool(t.aggravated_by and _present(group, t.aggravated_by, asserted=True))
        for f, spec in breach:
            kind = spec.grade if isinstance(spec, EvidenceSpec) and spec.grade else rule.kind
            # a guidance figure from outside the source (CPT space) fixes no shortfall by itself
            specific = spec.specific if isinstance(spec, EvidenceSpec) else (spec.decisive or _far_below(spec, f))
            if not specific and isinstance(spec, EvidenceSpec):
                specific = _specific(env, f, t.params.get("severe_occupancy"))
            if kind is Kind.absolute_prohibition and t.params.get("shortfall_specific") and not specific:
                # rule 42 carries the other rules' minimum into a restrictive regime: a shortfall in
                # terms too general to fix how far it falls short is no more than a concern there either
                status, why = grade(Kind.minimum_requirement, f, specific=False, pool=group.facts)
            else:
                status, why = grade(kind, f, specific=specific, aggravated=aggravated,
                                    numeric=isinstance(spec, Threshold) and spec.decisive, pool=group.facts)
            if kind is Kind.qualified_restriction and status == C and _found_excess(env, f, group.facts):
                # (courts16) a court's finding that the measure went past the limits the rule allows
                status, why = V, (f"{standing(f, group.facts).why}, which found that it went past the limits the "
                                  f"rule allows: there are {STANDARD_OF_PROOF} the limits were not kept")
            graded.append((status, why, f, kind))
        graded.sort(key=lambda g: SEVERITY.index(g[0]))
        status, why, lead, kind = graded[0]
        trace.append(f"graded as {kind.value}: {lead.id} gives {status} ({why})")
        absolute = kind is Kind.absolute_prohibition
        ctx_note = ""
        if absolute and t.context is not None:
            has_ctx, ctx_facts = _context_ok(rule, group, [f for f, _ in breach], env)
            if not has_ctx and status == V:
                status = C
                ctx_note = (" Nothing in the facts shows it is a restriction or sanction, which is what "
                            "the rule forbids, so it is a concern rather than a likely violation.")
                questions.append(t.context.question)
                trace.append("no restriction or sanction context: capped at concern")
            elif ctx_facts:
                trace.append("context: " + ", ".join(f"{f.id} ({f.type})" for f in ctx_facts))
        if justs and not absolute:
            status = _cap(status, C)
        together = rule.test.params.get("same_person")
        if together and status == V and group.kind != "person" and not _same_sentence(
                [f for f, _ in breach], [f for f in group.facts if f.type in together and not f.negated]):
            # a group: "children are held here" and "prisoners are isolated" in different sentences
            # do not say the children are the ones isolated
            status = C
            ctx_note += (" The documents speak of a group: nothing says that those it names as vulnerable "
                         "are the ones held in isolation, so it is a concern rather than a likely violation.")
            questions.append(rule.test.params.get("same_person_question") or "")
            trace.append("group: the vulnerable and the isolated are not shown to be the same people -> concern")
        premise = _weak_premise(rule, group, [f for f, _ in breach])
        if premise is not None and status == V:
            # a finding resting on several facts is only as strong as its weakest: a child shown by
            # the court, his isolation only alleged, is a concern
            typ, st = premise
            status, why = grade_standing(kind, st)
            ctx_note += (f" It also rests on the {typ.replace('_', ' ')}, which is {st.why}: not established, "
                         "so the finding is no stronger than that.")
            trace.append(f"required premise {typ} not established ({st.level}): graded by it -> {status}")
        if status == V and not aggravated and any(standing(f, group.facts).established for f in cutting) \
                and not _found_violation(env, lead):
            # (a court's or an official body's own conclusion that the condition breaks the law has weighed
            # the facts both ways: "the cell of 4.5 m² ... but the cumulative effect amounted to degrading treatment")
            status = C  # established facts cut the other way: reasonable grounds are not shown
            ctx_note += (" Established facts cut the other way (" + join([describe(f) for f in cutting])
                         + "), so it is a concern rather than a likely violation.")
            trace.append("established facts both ways: capped at concern")
        facts = [f for f, _ in breach]
        reasoning = statements(facts) + [para]
        conclusion = {
            V: "A violation is likely: " + why + ".",
            C: "This is a concern: " + why + ".",
            I: "The facts do not settle it: " + why + ".",
        }.get(status, "")
        if meets:
            conclusion += f" Against it: {join([describe(f) for f in meets])}."
        reasoning.append(conclusion + ctx_note)
        if justs:
            reasoning.append(justification_sentence(rule, justs, absolute, env))
            questions.extend(t.questions.justified)
            trace.append(("stated reason does not excuse an absolute prohibition: " if absolute else
                          "stated reason weighed (qualified rule): ") + ", ".join(f.id for f in justs))
        if status == I:
            questions.extend(t.questions.contested or t.questions.missing)
        else:
            questions.extend(t.questions.breach)
        return [Outcome(status, facts + _without(support, facts), meets,
                        reasoning, _dedupe(questions), trace, basis_facts=facts)]

    if meets:
        status = I if t.partial else OK
        reasoning = statements(meets) + [para]
        if t.partial:
            reasoning.append("That part of the rule is met, but the facts say nothing of the rest of "
                             "what it requires.")
            questions.extend(t.questions.missing)
        else:
            reasoning.append("On these facts the standard is met.")
        trace.append(f"no breach fact; {len(meets)} fact(s) meet the standard"
                     + (" (partial: the rule needs more)" if t.partial else ""))
        return [Outcome(status, meets, [], reasoning, _dedupe(questions), trace)]

    reasoning = statements(neutral) + [para]
    reasoning.append("The facts raise the question but do not answer it.")
    trace.append("only facts that raise the question: insufficient information")
    if justs:
        reasoning.append(justification_sentence(rule, justs, rule.kind is Kind.absolute_prohibition, env))
        questions.extend(t.questions.justified)
    questions = list(t.questions.missing) + questions
    return [Outcome(I, neutral, [], reasoning, _dedupe(questions), trace)]


_LEVELS = [REJECTED, CONTESTED, ALLEGED, ESTABLISHED]


def _weak_premise(rule: Rule, group: SubjectGroup, breach: list[Fact]) -> tuple[str, Standing] | None:
    """The first premise the rule needs (``requires_all``) whose best fact is not established,
    with that fact's standing: the placement in isolation that rule 45(2) needs beside the
    child, for instance.  None where every premise is established."""
    for typ in rule.test.requires_all:
        facts = [f for f in group.facts if f.type == typ and not f.negated]
        if not facts:
            continue
        best = max((standing(f, group.facts) for f in facts), key=lambda s: _LEVELS.index(s.level))
        if not best.established:
            return typ, best
    # one of several (rule 42: a restriction, whether isolation, a special regime or restraints):
    # the best established of them all
    anyof = [f for f in group.facts if f.type in rule.test.requires_any and not f.negated
             and f not in breach]
    if anyof:
        best = max((standing(f, group.facts) for f in anyof), key=lambda s: _LEVELS.index(s.level))
        if not best.established:
            return "restriction" if len(rule.test.requires_any) > 1 else rule.test.requires_any[0], best
    return None


def _same_sentence(breach: list[Fact], others: list[Fact]) -> bool:
    """Whether a breach fact is itself of the other kind, or shares a sentence with one."""
    if any(f in others for f in breach):
        return True
    said = {ev.sentence or ev.text for f in others for ev in f.evidence}
    return any((ev.sentence or ev.text) in said for f in breach for ev in f.evidence)


def _parts_of(parts: dict[str, str], f: Fact) -> set[str]:
    text = fact_text(f)
    return {name for name, pat in parts.items() if (rx := compiled(pat)) is not None and rx.search(text)}


def _answering(rule: Rule, env: Env, meets: list[Fact], breach: list[Fact]) -> list[Fact]:
    """The facts of ``meets`` that answer the breach: about the same part of the rule (its
    ``params.parts``) and not saying that only part is met (the catalogue's ``partial_words``)."""
    partial = compiled(env.catalogue.patterns.get("partial_words"))
    parts = rule.test.params.get("parts") or {}
    asked: set[str] = set().union(*(_parts_of(parts, f) for f in breach)) if parts and breach else set()
    out = []
    for m in meets:
        if partial is not None and any(partial.search(ev.sentence or ev.text) for ev in m.evidence):
            continue
        if asked and (own := _parts_of(parts, m)) and not own & asked:
            continue
        out.append(m)
    return out


def _without(items: Iterable[Fact], facts: list[Fact]) -> list[Fact]:
    """``[f for f in items if f not in facts]`` in linear time: equal facts have equal
    ids, so each is compared (``==``) only with the facts of its own id."""
    by_id: dict[str, list[Fact]] = {}
    for f in facts:
        by_id.setdefault(f.id, []).append(f)
    return [f for f in items if f not in by_id.get(f.id, ())]


def _uniq(facts: list[Fact]) -> list[Fact]:
    """Facts without repeats (by id), in order."""
    seen: set[str] = set()
    out = []
    for f in facts:
        if f.id not in seen:
            seen.add(f.id)
            out.append(f)
    return out


def _dedupe(items: list[str]) -> list[str]:
    out: list[str] = []
    for i in items:
        if i and i not in out:
            out.append(i)
    return out


# --- named checks ----------------------------------------------------------------------

Check = Callable[[Rule, SubjectGroup, Env], list[Outcome]]
RULE_CHECKS: dict[str, Check] = {}


def register_check(name: str) -> Callable[[Check], Check]:
    def deco(fn: Check) -> Check:
        RULE_CHECKS[name] = fn
        return fn
    return deco


def evaluate(rule: Rule, group: SubjectGroup, env: Env) -> list[Outcome]:
    """The outcomes of one rule on one subject's facts (none if no fact touches it)."""
    if rule.test.check:
        if not any(t in group.index for t in rule.triggers):
            return []
        return RULE_CHECKS[rule.test.check](rule, group, env)
    return declarative(rule, group, env)


def _threshold(rule: Rule, type_: str) -> Threshold:
    for th in rule.test.thresholds:
        if th.type == type_:
            return th
    raise LookupError(f"rule {rule.id} has no threshold on {type_}")


def _best(facts: list[Fact]) -> list[Fact]:
    """Best established first (an admission by the authorities before an NGO's allegation of the
    same thing, a court's finding before a claim it recites), then strongest certainty; among
    equals, the document's order."""
    pool = list(facts)
    return sorted(facts, key=lambda f: (-_LEVELS.index(standing(f, pool).level), -rank(f)))


def _weakest_status(facts: list[Fact], kind: Kind, specific: bool = True,
                    pool: Iterable[Fact] = ()) -> tuple[str, str]:
    """Grade a conclusion that rests on several facts by its weakest premise."""
    return grade_standing(kind, standing_of(facts, pool), specific=specific)


def _specific(env: Env, fact: Fact, severe_occupancy: float | None = None) -> bool:
    """Whether a fact says how far a condition falls short (numbers, 'denied', 'forced to',
    'severe'), by the catalogue's ``specific_words``; 'poor', 'limited', 'inadequate' do not.

    ``severe_occupancy`` (a rule's param): for overcrowding, how full a prison must be for its
    figures to fix a shortfall by themselves (1.5: half as many again as its places); a rate
    below it ("operating at 130 %") is overcrowding, a concern, unless words say it is severe."""
    pat = env.phrase(fact, env.catalogue.patterns.get("specific_words"))
    near = env.phrase(fact, env.catalogue.patterns.get("severity_words"))
    breaks = env.phrase(fact, env.catalogue.patterns.get("clause_breaks"))
    denied = env.phrase(fact, env.catalogue.patterns.get("no_violation_words"))
    severe = near is not None and any(near.search(_clause(ev, breaks, denied)) for ev in fact.evidence)
    if severe_occupancy is not None and fact.type == "overcrowding":
        ratio = occupancy(env, fact)
        if ratio is not None:
            return ratio >= severe_occupancy or severe or _found_violation(env, fact)
    return bool((pat is not None and pat.search(fact_text(fact))) or severe or _found_violation(env, fact))


def _rate(text: str | None, packs: Iterable[LanguagePack] = ()) -> float | None:
    """A figure of an occupancy pattern: digits, or a number word or a multiple ("two", "twice",
    "double"; "doble"; "triple") of the packs' ``numbers`` (the fact's language, then English)."""
    if not text:
        return None
    t = text.strip().lower()
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", t):
        # "2.666 por ciento de hacinamiento", "2,833 %": a thousands separator, not a decimal point
        return float(re.sub(r"[.,]", "", t))
    for pack in (*packs, language_pack("en")):
        nums = pack.spec.numbers
        if nums is not None:
            x = nums.multiples.get(t, nums.words.get(t))
            if x is not None:
                return float(x)
    try:
        return float(t.replace(",", "."))
    except ValueError:
        return None


def _count(text: str) -> float | None:
    digits = re.sub(r"[\s,.\u00a0\u202f]", "", text)
    return float(digits) if digits.isdigit() else None


def occupancy(env: Env, fact: Fact) -> float | None:
    """How full the prison of an overcrowding fact is (people held / places), where the fact or
    its sentence gives it: the extractor's headcount and capacity, else a rate, a share over
    capacity, a multiple of it, an overcrowding rate ("hacinamiento del 250 %"), or a head count
    beside a capacity in the sentence."""
    q = fact.qualifiers
    head, cap = q.get("headcount"), q.get("capacity")
    if isinstance(head, (int, float)) and isinstance(cap, (int, float)) and cap > 0:
        if max(head, cap) >= 10:
            return float(head) / float(cap)
        # "three prisoners for two places": a ratio in small numbers rounds the rate the sentence
        # may state beside it ("an average rate approaching 145 %, about three for two places"):
        # the stated rate is the figure
        stated = _stated_rate(env, fact)
        return stated if stated is not None else float(head) / float(cap)
    return _stated_rate(env, fact, counts=True)


def _stated_rate(env: Env, fact: Fact, counts: bool = False) -> float | None:
    """The occupancy a fact's sentence states: a rate, a share over capacity, a multiple of it, an
    overcrowding rate; with ``counts``, also the extractor's share over capacity and a head count
    beside a capacity in the sentence."""
    q = fact.qualifiers
    over = q.get("percent_over_capacity") if counts else None
    if isinstance(over, (int, float)) and not isinstance(over, bool):
        return 1 + float(over) / 100
    pats = env.catalogue.patterns
    pack = env.pack(fact)
    own = pack.spec.standard_phrases if pack.code != "en" else {}
    for ev in fact.evidence:
        sentence = ev.sentence or ev.text or ""
        for name, group, to_ratio in (("occupancy_rate", "pct", lambda x: x / 100),
                                      ("over_capacity_rate", "over", lambda x: 1 + x / 100),
                                      ("times_capacity", "times", lambda x: x),
                                      ("overcrowding_rate", "rate", lambda x: x / 100 if x >= 100 else 1 + x / 100)):
            # the language's own words first (standard_phrases, by the same name and groups), then the English
            for rx in (compiled(own.get(name)), compiled(pats.get(name))):
                m = rx.search(sentence) if rx is not None else None
                if m:
                    x = _rate(m.group(group) or (m.groupdict().get("times2") if group == "times" else None), (pack,))
                    if x is not None:
                        return to_ratio(x)
        capm = env.rx(fact, "design_capacity").search(sentence) if counts else None
        if capm is not None:
            heads = [h for h in env.rx(fact, "headcount").finditer(sentence)
                     if not (capm.start() <= h.start("n") < capm.end())]
            c = _count(capm.group("n"))
            n = _count(heads[0].group("n")) if heads else None
            if c and n:
                return n / c
    return None


def _found_violation(env: Env, fact: Fact) -> bool:
    """Whether the fact's sentence is a finding that the condition breaks the law ("the court finds
    ... that this failure has contributed to the violation of the Eighth Amendment"), not one that
    it does not ("the conditions do not violate"): whose finding it is, the grade weighs."""
    if fact.qualifiers.get("found_violation_by"):
        return True  # the court's or body's conclusion on the conditions, sentences after the fact
    found = env.phrase(fact, env.catalogue.patterns.get("found_violation_words"))
    none = env.phrase(fact, env.catalogue.patterns.get("no_violation_words"))
    if found is None:
        return False
    return any(found.search(ev.sentence or "") and not (none is not None and none.search(ev.sentence or ""))
               for ev in fact.evidence)


def _found_excess(env: Env, fact: Fact, pool: Iterable[Fact] = ()) -> bool:
    """Whether a court, whose word establishes the fact, found in the fact's sentence that the measure
    went past the limits a qualified rule allows (``found_excess_words``: "the district court found that
    the officers ... used excessive force", "I find that his continued restraint was without legitimate
    purpose"), the words of the excess reaching the fact's own words: a finding of fact on the evidence
    of the case (a body's "reasonable cause to believe" in a pattern of excessive force stays the rule's
    question, a concern: test_grading_probes)."""
    if source_kind(fact) != "court" or not standing(fact, pool).established:
        return False
    rx = env.phrase(fact, env.catalogue.patterns.get("found_excess_words"))
    if rx is None:
        return False
    return any(m.start() < end and m.end() > at for sentence, at, end in placed(fact) for m in rx.finditer(sentence))


def _found_ill(env: Env, fact: Fact, ill: str | None) -> bool:
    """Whether a court's or an official body's conclusion holds the fact's condition to break the law that
    forbids ill-treatment: its conclusion on the conditions in the sentences after the fact
    (``found_violation_by``), or a finding of a violation in the fact's own sentence whose words name
    ill-treatment or the law against it (the rule's ``found_ill_words``: "cruel and unusual", "Article 3")."""
    if fact.qualifiers.get("found_violation_by"):
        return True
    if not ill or not _found_violation(env, fact):
        return False
    rx = env.phrase(fact, ill)
    return rx is not None and any(rx.search(ev.sentence or "") for ev in fact.evidence)


def _around(ev: Evidence, width: int = 30) -> str:
    """The fact's words with a few words either side, within its sentence ("severe overcrowding",
    not a "severe" that qualifies another item of a list)."""
    sent = ev.sentence or ""
    i = sent.find(ev.text) if ev.text else -1
    if i < 0:
        return ev.text
    return sent[max(0, i - width): i + len(ev.text) + width]


def _clause(ev: Evidence, breaks: re.Pattern[str] | None, denied: re.Pattern[str] | None = None,
            width: int = 30) -> str:
    """The fact's words and the rest of their clause: the sentence cut where the language's
    ``clause_breaks`` start a new clause (a semicolon, ", but", "although", a new subject), so
    that a severity word in the predicate governs the facts of its own clause, however far
    after them ("the showers were in poor repair and, on each visit, caked with excrement"), not a fact
    of another clause ("the food was adequate, but the cells were filthy"). Before the fact's
    words, only a few words (``width``), within the clause: a "severe" before the first item
    of a list ("severe overcrowding, malnutrition and lack of medical care") qualifies that
    item, not the last. The clause stops where it says what the condition is not (``denied``,
    the catalogue's ``no_violation_words``: "ne constitue pas un traitement inhumain"). Without
    the pack's breaks, a few words either side (``_around``)."""
    sent = ev.sentence or ""
    i = sent.find(ev.text) if ev.text else -1
    if i < 0 or breaks is None:
        return _around(ev)
    j = i + len(ev.text)
    cuts = [m.start() for m in breaks.finditer(sent)]
    left = max((c for c in cuts if c <= i), default=0)
    right = min((c for c in cuts if c >= j), default=len(sent))
    stop = denied.search(sent, j, right) if denied is not None else None
    right = stop.start() if stop is not None else right
    return sent[max(left, i - width):right]


@dataclass
class _Isolation:
    """What the facts say about solitary confinement under rule 44.

    ``word``: facts that describe isolation ("solitary confinement", "isolated", "alone");
    ``label``: facts that only name a regime ("segregation", "SHU", "restrictive
    housing"): evidence of a regime, not proof that there is no meaningful human contact;
    ``counter``: facts that cut the other way (meaningful contact, "not in solitary",
    fewer than 22 hours in the cell).
    """

    hours: Fact | None = None
    hours_value: float | None = None
    hours_other: list[Fact] = field(default_factory=list)
    word: list[Fact] = field(default_factory=list)
    label: list[Fact] = field(default_factory=list)
    word_negated: list[Fact] = field(default_factory=list)
    contact: list[Fact] = field(default_factory=list)
    contact_counter: list[Fact] = field(default_factory=list)
    meets_hours: bool | None = None
    threshold: Threshold | None = None

    @property
    def established(self) -> bool:
        """Solitary within rule 44: the hours and no meaningful contact, the latter perhaps by
        words that describe isolation (never by a regime's label alone)."""
        if self.meets_hours is False or self.contact_counter:
            return False
        if self.meets_hours and (self.contact or self.word):
            return True
        return bool(self.word and self.contact)

    @property
    def isolated(self) -> bool:
        """Isolation is described (not only labelled), and nothing cuts the other way."""
        if self.contact_counter or self.meets_hours is False:
            return False
        return self.established or bool(self.word)

    @property
    def regime(self) -> bool:
        """A separation regime is shown, by its label or its description."""
        return bool(self.word or self.label or (self.meets_hours and self.hours is not None))

    def decisive(self) -> list[Fact]:
        """The premises that carry the conclusion, the strongest fact for each: the hours, and
        the lack of contact (both halves where it is shown by family contact cut off and staff who
        cannot talk with him), else the word."""
        out = [self.hours] if self.hours and self.meets_hours else []
        if self.contact:
            firsts: dict[str, Fact] = {}
            for f in _best(self.contact):
                firsts.setdefault("family" if f.type in ("family_visits", "family_calls") else f.type, f)
            out += list(firsts.values())
        elif self.word:
            out.append(_best(self.word)[0])
        elif self.label:
            out.append(_best(self.label)[0])
        return _uniq(out)

    def premises(self) -> list[Fact]:
        out = ([self.hours] if self.hours and self.meets_hours else []) + self.contact + self.word + self.label
        return _uniq(out)

    def counter(self) -> list[Fact]:
        return _uniq(self.contact_counter + self.hours_other
                     + ([self.hours] if self.hours and self.meets_hours is False else []))


def definition_rule(env: Env) -> Rule:
    """The standard's definition of solitary confinement: its rule whose check is
    ``solitary_definition`` (the Mandela Rules' rule 44), read for the hours and the words."""
    for rule in env.catalogue.rules:
        if rule.test.check == "solitary_definition":
            return rule
    raise LookupError(f"{env.catalogue.source}: a rule reads isolation, but the standard has no rule "
                      "with the check solitary_definition to define it")


def read_isolation(group: SubjectGroup, env: Env) -> _Isolation:
    """The rule-44 reading of a subject's facts (shared by rules 44, 43(1)(a)-(b), 45 and 46):
    by the standard's own definition (``definition_rule``)."""
    rule44 = definition_rule(env)
    th = _threshold(rule44, "confinement_hours")
    params = rule44.test.params
    iso = _Isolation(threshold=th)
    hours = [f for f in group.of("confinement_hours") if not f.negated and number_in(f, th.unit) is not None
             and not _is_frequency(f)]
    if hours:
        ordered = sorted(hours, key=lambda f: (-rank(f), -(number_in(f, th.unit) or 0)))
        iso.hours = ordered[0]
        iso.hours_value = number_in(iso.hours, th.unit)
        iso.meets_hours = th.holds(iso.hours_value or 0)
        iso.hours_other = [f for f in ordered[1:] if not th.holds(number_in(f, th.unit) or 0)]
    alone = env.catalogue.patterns.get("alone_words")
    for f in group.of("solitary"):
        if f.negated:
            iso.word_negated.append(f)
        elif "derived_from" in f.qualifiers or _mentions(env, f, params.get("isolation_words")) \
                or _beside(f, env.phrase(f, alone)):
            iso.word.append(f)  # "a segregation cell, alone for 23 hours a day": described, not only named
        else:
            iso.label.append(f)
    if not iso.word and iso.meets_hours and iso.hours is not None and _beside(iso.hours, env.phrase(iso.hours, alone)):
        iso.word.append(iso.hours)  # "23 hours a day alone in his cell": the hours tell the isolation
    contact = group.of("no_meaningful_contact")
    iso.contact = [f for f in contact if not f.negated]
    iso.contact_counter = [f for f in contact if f.negated] + iso.word_negated
    if not iso.contact:
        # No meaningful contact shown another way: family contact cut off, and staff
        # who cannot or may not talk with him (rule 44 counts contact with anyone).
        cut = [f for f in group.of("family_visits", "family_calls")
               if not f.negated and _mentions(env, f, params.get("ban_words"))]
        staff = [f for f in group.of("language_interpreter") if not f.negated]
        if cut and staff:
            iso.contact = cut + staff
    return iso


def _beside(f: Fact, pat: re.Pattern[str] | None) -> bool:
    """Whether ``pat`` matches in the fact's own clause: a few words either side of it, not past a
    semicolon or the end of the sentence."""
    if pat is None:
        return False
    for ev in f.evidence:
        clause = _around(ev, 40)
        i = clause.find(ev.text) if ev.text else -1
        if i >= 0:
            left, right = clause[:i], clause[i + len(ev.text):]
            clause = left.rsplit(";", 1)[-1] + ev.text + right.split(";", 1)[0]
        if pat.search(clause):
            return True
    return False


def _is_frequency(f: Fact) -> bool:
    """A frequency ("twice a week", "three times") is never a duration."""
    per = f.qualifiers.get("per")
    return bool(per) and f.type == "isolation_duration" or (isinstance(f.unit, str) and "per_week" in f.unit
                                                             and f.type == "isolation_duration")


@register_check("solitary_definition")
def solitary_definition(rule: Rule, group: SubjectGroup, env: Env) -> list[Outcome]:
    """Rule 44 defines solitary confinement (22 hours or more a day without meaningful human
    contact); it is not itself a violation.  Its finding says whether the definition is met,
    and feeds rules 43(1)(a), 43(1)(b), 45 and 46: never ``violation_likely``."""
    if not group.of("confinement_hours", "solitary", "no_meaningful_contact"):
        return []
    iso = read_isolation(group, env)
    th = iso.threshold
    assert th is not None
    trace = [f"threshold: confinement {th.op} {th.limit:g} {th.unit} (rule {rule.number})"]
    if iso.hours is not None:
        trace.append(f"hours: {iso.hours.id} gives {iso.hours_value:g} -> "
                     f"{'meets' if iso.meets_hours else 'below'} the threshold")
    else:
        trace.append("hours: none given")
    trace.append("no meaningful contact: " + (", ".join(f"{f.id} ({f.type})" for f in iso.contact) or "not shown"))
    trace.append("isolation described: " + (", ".join(f.id for f in iso.word) or "no"))
    trace.append("regime only named (a label): " + (", ".join(f.id for f in iso.label) or "no"))
    trace.append("cutting the other way: " + (", ".join(f.id for f in iso.counter()) or "nothing"))
    q = rule.test.questions
    para = (f"Rule {rule.number} is a definition, not a prohibition: {lcfirst(rule.paraphrase)} "
            "It decides whether rules 43(1)(a), 43(1)(b), 45 and 46 apply.")
    ask_contact = q.missing[0] if q.missing else ""
    ask_hours = q.missing[1] if len(q.missing) > 1 else ""
    counter = iso.counter()

    if iso.meets_hours is False:
        assert iso.hours is not None
        facts = [iso.hours] + iso.word + iso.label
        reasoning = statements(facts) + [para]
        reasoning.append(f"At {iso.hours_value:g} hours a day the confinement is below the threshold of "
                         f"{th.describe()}, so it is not solitary confinement in the rule's sense"
                         + (", whatever the word used." if iso.word or iso.label else "."))
        trace.append(f"{iso.hours_value:g} is not {th.op} {th.limit:g}: not solitary under rule 44")
        return [Outcome(OK, facts, counter, reasoning, [], trace)]

    if iso.established:
        premises = iso.premises()
        st = standing_of(iso.decisive(), group.facts)
        # a definition is never breached: met or not, its finding carries no breach status; the
        # breaches are for rules 43(1)(a)-(b), 45 and 46, which it feeds
        status = I
        how = (f"{hours(iso.hours_value or 0)} a day in the cell, which is {th.describe()}, "
               + ("without meaningful human contact" if iso.contact else "in what the document describes as isolation")
               if iso.meets_hours else "isolation without meaningful human contact")
        questions = [] if iso.meets_hours else [ask_hours]
        reasoning = statements(premises) + [para]
        reasoning.append(f"The definition is met on these facts: {how} ({st.why}). That is not itself a breach, "
                         "so this finding carries no breach status: solitary confinement is a regime the Rules "
                         "allow only as a last resort, for as short a time as possible and never beyond 15 "
                         "consecutive days, and whether that is kept is for the findings on rules 43 and 45.")
        trace.append(f"definition met ({st.level}) -> {status}: a definition gives no violation")
        return [Outcome(status, premises, counter, reasoning, _dedupe(questions + list(q.breach)), trace,
                        basis_facts=iso.decisive())]

    facts = ([iso.hours] if iso.hours else []) + iso.word + iso.label + iso.contact
    reasoning = statements(facts) + [para]
    questions = []
    if counter:
        reasoning.append("Facts cut the other way (" + join([describe(f) for f in counter])
                         + "), so the definition is not shown to be met.")
        questions.append(ask_contact)
    elif iso.meets_hours:
        reasoning.append(f"{iso.hours_value:g} hours a day is {th.describe()}, but the facts say nothing "
                         "of meaningful human contact, the other half of the test.")
        questions.append(ask_contact)
    elif iso.word or iso.label:
        what = ("describes isolation" if iso.word else
                "names a regime (" + join(sorted({_short(f) for f in iso.label})) + "), which is evidence of a "
                "regime, not proof that there is no meaningful human contact")
        reasoning.append(f"The document {what}, but gives neither the hours in the cell nor whether there is "
                         "meaningful human contact, which together define solitary confinement.")
        questions += [ask_hours, ask_contact]
    else:
        reasoning.append("The facts show no meaningful human contact but not the hours in the cell.")
        questions.append(ask_hours)
    trace.append("not established: insufficient information")
    return [Outcome(I, facts, counter, reasoning, _dedupe(questions), trace)]


def _short(f: Fact) -> str:
    v = f.value
    if isinstance(v, str) and v.strip() and len(v) <= 60:
        return v.strip()
    return " ".join((f.evidence[0].text if f.evidence else f.type).split())[:60]




def _duration(f: Fact, env: Env) -> tuple[float | None, str]:
    """Consecutive days of isolation a duration fact gives (None when it does not), and how it was read."""
    if _is_frequency(f):
        return None, "a frequency, not a duration"
    text = fact_text(f)
    if env.rx(f, "assess_cumulative").search(" ".join(ev.sentence or ev.text for ev in f.evidence) + " "
                                              + str(f.value or "")):
        return None, "a total over several placements, not consecutive days"
    end = env.date_for(f)
    d, how = isolation_days(f, end)
    if d is not None:
        return d, how
    if "since" in f.qualifiers and end is None:
        return None, (f"held since {f.qualifiers['since']}, but the document is undated and no --as-of was "
                      "given: the date to count to is unknown")
    least = f.qualifiers.get("at_least_days")
    if isinstance(least, (int, float)) and not isinstance(least, bool):
        return float(least), f"at least {least:g} days ({f.qualifiers.get('qualitative') or 'as the document puts it'})"
    qualitative = env.rx(f, "assess_qualitative").search(text)
    if f.qualifiers.get("qualitative") or qualitative:
        return 16.0, "more than 15 days by the document's words (" + (str(f.qualifiers.get("qualitative") or "")
                                                                     or qualitative.group(0)) + ")"
    return None, how


def _lower_bound(f: Fact) -> bool:
    """Whether a duration fact gives only the least a stay lasted ("for weeks", "more than ten
    days", "at least a week"), not its length: qualifiers the extractor set when it read it."""
    q = f.qualifiers
    return f.type == "isolation_duration" and bool(q.get("at_least") or q.get("at_least_days")) \
        and not q.get("since")


def _stay_nearby(f: Fact, env: Env) -> str | None:
    """The words of a stay that the isolation fact's paragraph gives by a word pointing back to it
    ("Many have been held there for more than five years"), if any."""
    for ev in f.evidence:
        text = env.doc_texts.get(ev.document, "")
        if not text or not (0 <= ev.start <= ev.end <= len(text)):
            continue
        end = text.find("\n", ev.end)
        para = text[text.rfind("\n", 0, ev.start) + 1:end if end >= 0 else None]
        for m in env.rx(f, "assess_stay_there").finditer(para):
            ends = [e.end() for e in _SENTENCE_END.finditer(para, 0, m.start())]
            if not env.rx(f, "assess_elsewhere").search(para[ends[-1] if ends else 0:m.start()]):
                return m.group(0)  # not "moved to the infirmary and kept there for two months"
    return None


_MINIMUM = ("over ", "more than", "at least", "in excess of")
_MAXIMUM = ("up to", "not more than", "no more than", "a maximum of", "maximum of", "as long as")


def _sentence_duration(f: Fact, env: Env, end: date | None = None) -> tuple[float | None, str, bool]:
    """How long isolation lasted by the words of the fact's own sentence: (days, words, is a maximum).
    "Since 2013" counts from the last day of 2013 (never overstated) to ``end`` (--as-of or the
    document's date); with no such date, it is not counted."""
    sentence = " ".join(ev.sentence or ev.text for ev in f.evidence) + " " + fact_text(f)
    if env.rx(f, "assess_cumulative").search(sentence):
        return None, "", False
    m = env.rx(f, "assess_since_year").search(sentence)
    if m and end is not None:
        groups = m.groupdict()
        mon, day = groups.get("month"), groups.get("d1") or groups.get("d2")
        month = env.month(f, mon) if mon else None
        if month and day:  # "since 2 September 2026": that day
            start = parse_date(f"{m.group('year')}-{month:02d}-{int(day):02d}")
        else:  # "since September 2026", "since 2013": the last day of it (never overstated)
            start = parse_date(f"{m.group('year')}-{month:02d}" if month else m.group("year"), latest=True)
        if start is not None and start <= end:
            return float((end - start).days), f"{m.group(0)} (to {end.isoformat()})", False
    for m in env.rx(f, "assess_span").finditer(sentence):
        if env.rx(f, "assess_rate_before").search(sentence[:m.start()]) or (m.group("n").lower() in ("a", "an")
                                                          and not m.group("pre")):
            continue  # "23 hours a day", "twice a week": a rate, never a duration
        if env.rx(f, "assess_during_after").match(sentence, m.end()):
            continue  # "denied food for four days while in segregation": not the stay's length
        if env.rx(f, "assess_cap_before").search(sentence[max(0, m.start() - 120):m.start()]):
            continue  # (probes2) "limited punitive isolation to thirty days": a cap, no one's stay
        probe = Fact(id="probe", type="isolation_duration", value=f"{m.group('n')} {m.group('u')}")
        d = number_in(probe, "days")
        if d is not None:
            return d, m.group(0).strip(), (m.group("pre") or "").lower() in _MAXIMUM
    m = env.rx(f, "assess_qualitative").search(sentence)
    if m:
        return 16.0, m.group(0), False
    return None, "", False


@register_check("prolonged_isolation")
def prolonged_isolation(rule: Rule, group: SubjectGroup, env: Env) -> list[Outcome]:
    """Rule 43(1)(b): no solitary confinement for more than 15 consecutive days."""
    iso = read_isolation(group, env)
    durations = [f for f in group.of("isolation_duration") if not f.negated]
    touched = iso.regime or durations
    if not touched:
        return []
    th = _threshold(rule, "isolation_duration")
    q = rule.test.questions
    ask_days = q.missing[0] if q.missing else ""
    ask_contact = q.missing[1] if len(q.missing) > 1 else ""
    para = under(rule, env)
    trace = [f"threshold: isolation {th.op} {th.limit:g} {th.unit} is prolonged (rule 44)"]
    days: float | None = None
    dfact: Fact | None = None
    notes: list[str] = []
    # the longest consecutive stay any source gives: an allegation of more than an established
    # shorter stay is still a concern (its own standing grades it), never set aside for the shorter;
    # but a limit the rules set ("up to 30 days", "may not exceed") is no one's stay
    read: list[tuple[bool, float, Fact]] = []
    for f in _best(durations):
        d, how = _duration(f, env)
        trace.append(f"duration: {f.id}: {how}")
        if d is None:
            notes.append(how)
        else:
            words = " ".join(ev.sentence or ev.text for ev in f.evidence)
            read.append((bool(env.rx(f, "assess_limit").search(words)), d, f))
    stays = [r for r in read if not r[0]] or read[:1]  # a limit only where nothing else is said
    over = [r for r in stays if th.holds(r[1])]
    if stays:  # over the threshold: the best-established such stay; else the longest
        _limit, days, dfact = (max(over, key=lambda r: (standing(r[2], group.facts).established,
                                                                    rank(r[2]), r[1])) if over
                               else max(stays, key=lambda r: r[1]))
    at_most = at_least = False
    if days is None:  # "for over ten years", "prolonged isolation": the length in the sentence's words
        for f in _best(iso.word + iso.label):
            d, words, at_most = _sentence_duration(f, env, env.date_for(f))
            if d is not None:
                days, dfact = d, f
                at_least = words.lower().startswith(_MINIMUM)
                trace.append(f"duration: {f.id}: {d:g} days by the words '{words}'"
                             + (" (a maximum, not the time served)" if at_most else ""))
                break
    if days is None:  # "Many have been held there for years": the stay told beside the isolation's sentence
        for f in _best(iso.word + iso.label):
            near = _stay_nearby(f, env)
            if near is None:
                continue
            d, words, at_most = _sentence_duration(Fact(id=f.id, type=f.type, value=near), env, None)
            if d is not None:
                days, dfact = d, f
                at_least = words.lower().startswith(_MINIMUM)
                trace.append(f"duration: {f.id}: {d:g} days by the words '{near}', in its paragraph")
                break
    if days is None and any(env.rx(f, "assess_since_year").search(" ".join(ev.sentence or ev.text
                                                                          for ev in f.evidence))
                            and env.date_for(f) is None for f in iso.word + iso.label):
        notes.append("it began in a year the document names, but the document is undated and no --as-of was "
                     "given, so the date to count to is unknown")
    label_only = " (a regime's label only)" if iso.label else ""
    trace.append("isolation described: " + ("yes (" + ", ".join(f.id for f in iso.premises()) + ")"
                                            if iso.isolated else "no" + label_only))
    base = _uniq(([dfact] if dfact else [f for f in durations]) + iso.premises())
    decisive = _uniq(([dfact] if dfact else durations) + iso.decisive())
    counter = iso.counter()
    if days is None:
        reasoning = statements(base) + [para]
        why = (" (" + "; ".join(_dedupe(notes)) + ")") if notes else ""
        reasoning.append("The documents do not say how many consecutive days the isolation has lasted"
                         f"{why}, so whether it is prolonged cannot be told; it should not be guessed.")
        questions = [ask_days] + ([] if iso.isolated else [ask_contact])
        return [Outcome(I, base, counter, reasoning, _dedupe(questions), trace, basis_facts=decisive)]
    assert dfact is not None
    prolonged = th.holds(days)
    trace.append(f"{days:g} days {'is' if prolonged else 'is not'} {th.op} {th.limit:g}")
    if not prolonged and (at_least or _lower_bound(dfact)):
        # "for weeks at a time", "more than ten days": the least it lasted, not how long; it may
        # have gone past the limit, so it shows no compliance
        reasoning = statements(base) + [para]
        reasoning.append(f"The documents give only the least it lasted ({days:g} days or more), not how long: "
                         f"whether it went past {th.describe()} cannot be told.")
        trace.append("a lower bound under the threshold: the length is open")
        return [Outcome(I, base, counter, reasoning, _dedupe([ask_days]), trace, basis_facts=decisive)]
    if not prolonged:
        reasoning = statements(base) + [para]
        reasoning.append(f"At {days:g} days the isolation is not yet prolonged ({th.describe()} would be); "
                         "it must still end as soon as possible.")
        return [Outcome(OK, base, counter, reasoning, [], trace, basis_facts=decisive)]
    if not iso.isolated:
        reasoning = statements(base) + [para]
        if iso.label and not counter:
            st = standing_of([dfact] + iso.decisive(), group.facts)
            status = I if st.level in (CONTESTED, REJECTED) else C
            reasoning.append(f"The regime ({join(sorted({_short(f) for f in iso.label}))}) has lasted more than 15 "
                             "consecutive days; the name of a regime is evidence of it, not proof that there is no "
                             "meaningful human contact, so this is a concern until the hours and contact are known.")
            trace.append(f"label only, prolonged -> {status}")
            return [Outcome(status, base, counter, reasoning, _dedupe([ask_contact] + list(q.breach)), trace,
                            basis_facts=decisive)]
        reasoning.append(f"The confinement has lasted {days:g} days, but the facts do not show it is solitary "
                         "confinement (22 hours or more a day without meaningful human contact)"
                         + (": facts cut the other way (" + join([describe(f) for f in counter]) + ")."
                            if counter else "."))
        return [Outcome(I, base, counter, reasoning, _dedupe([ask_contact]), trace, basis_facts=decisive)]
    status, why = _weakest_status([dfact] + iso.decisive(), Kind.absolute_prohibition, pool=group.facts)
    if at_most and status == V:
        status, why = C, why + "; but the document gives a maximum, not how long anyone was held"
    reasoning = statements(base) + [para]
    reasoning.append(f"At {'more than 15' if days == 16.0 and not number_in(dfact, 'days') else format(days, 'g')} "
                     f"days it is prolonged solitary confinement, which is {th.describe()}; "
                     f"{'a violation is likely' if status == V else 'this is a concern'} ({why}).")
    justs = _justification(rule, group)
    questions: list[str] = list(q.breach)
    if justs:
        reasoning.append(justification_sentence(rule, justs, True, env))
        trace.append("stated reason does not excuse an absolute prohibition")
    return [Outcome(status, base, counter, reasoning, _dedupe(questions), trace, basis_facts=decisive)]


@register_check("family_contact")
def family_contact(rule: Rule, group: SubjectGroup, env: Env) -> list[Outcome]:
    """Rule 43(3): a ban on family contact is never allowed; a restriction only briefly and as strictly needed."""
    channels = [f for f in group.of("family_visits", "family_calls", "correspondence")]
    if not channels:
        return []
    ban = rule.test.params.get("ban_words")
    restricted = [f for f in channels if not f.negated]
    allowed = [f for f in channels if f.negated]
    banned = [f for f in restricted if ban is not None and _mentions(env, f, ban)]
    banned_channels = {f.type for f in banned}
    open_channels = {f.type for f in allowed} - banned_channels
    is_ban = bool(banned) and not open_channels and ({"family_visits", "family_calls"} & banned_channels)
    justs = _justification(rule, group)
    q = rule.test.questions
    para = under(rule, env)
    trace = ["channels restricted: " + (", ".join(f"{f.id} ({f.type})" for f in restricted) or "none"),
             "channels cut off: " + (", ".join(sorted(banned_channels)) or "none"),
             "channels shown open: " + (", ".join(sorted(open_channels)) or "none")]
    if not restricted:
        reasoning = statements(allowed) + [para, "On these facts family contact is allowed."]
        return [Outcome(OK, allowed, [], reasoning, [], trace)]
    if is_ban:
        has_ctx, _ctx = _context_ok(rule, group, banned, env)
        status, why = _weakest_status(banned, Kind.absolute_prohibition, pool=group.facts)
        reasoning = statements(banned) + [para]
        questions: list[str] = []
        note = ""
        if not has_ctx and status == V:
            status = C
            note = (" Nothing shows it is a sanction or restrictive measure, which is what the rule "
                    "forbids, so it is a concern rather than a likely violation.")
            if rule.test.context:
                questions.append(rule.test.context.question)
        reasoning.append(f"Contact with family is cut off, not merely restricted: "
                         f"{'a violation is likely' if status == V else 'this is a concern'} ({why})." + note)
        if justs:
            reasoning.append(f"{_reasons(justs)}; that cannot justify a prohibition, which {cited(rule, env)} "
                             f"never allows, and even a restriction of the means of contact is allowed only "
                             f"{rule.test.limits}.")
            questions.extend(q.justified)
        questions.extend(q.breach)
        trace.append(f"prohibition of family contact -> {status} ({why})")
        return [Outcome(status, banned + justs, allowed, reasoning, _dedupe(questions), trace,
                        basis_facts=banned)]
    reasoning = statements(restricted) + [para]
    reasoning.append("Family contact is restricted, not cut off; the rule allows that only "
                     f"{rule.test.limits}, and the facts do not show how long it lasts.")
    if justs:
        reasoning.append(justification_sentence(rule, justs, False, env))
    trace.append("restriction, not prohibition: insufficient information on its length and necessity")
    questions = list(q.missing) + (list(q.justified) if justs else [])
    return [Outcome(I, restricted + justs, allowed, reasoning, _dedupe(questions), trace,
                    basis_facts=restricted)]


@register_check("exercise")
def exercise(rule: Rule, group: SubjectGroup, env: Env) -> list[Outcome]:
    """Rule 23: at least an hour a day of exercise in the open air.

    One headline finding (``mandela-23``) and, where the hour and the place
    disagree, one finding per aspect: ``mandela-23-time`` and ``mandela-23-open-air``.
    """
    times = [f for f in group.of("exercise_time")]
    places = [f for f in group.of("exercise_outdoor")]
    if not times and not places:
        return _never_out(rule, group, env)
    th = _threshold(rule, "exercise_time")
    q = rule.test.questions
    ask_time, ask_place = (q.missing + ["", ""])[:2]
    para = under(rule, env)
    trace = [f"threshold: exercise {th.op} {th.limit:g} {th.unit} in the open air"]

    # The hour.
    t_status, t_facts, t_why = I, times, "the time is not given"
    numbered = [f for f in _best(times) if not f.negated and number_in(f, th.unit) is not None]
    if numbered:
        f = numbered[0]
        x = number_in(f, th.unit) or 0.0
        need = hours(th.limit)
        if th.holds(x):
            t_status, t_facts, t_why = OK, [f], f"{hours(x)} a day meets the minimum of {need}"
        else:
            t_status, t_why = grade(rule.kind, f, numeric=True, pool=group.facts)
            t_facts = [f]
            t_why = f"{hours(x)} a day is less than the minimum of {need} ({t_why})"
            q = f.qualifiers
            days = q.get("days_a_week")
            if (t_status == V and q.get("per") == "day" and isinstance(days, (int, float)) and 5 <= days < 7
                    and q.get("amount_unit") == "hours" and th.holds(float(q.get("amount") or 0))):
                # "an hour of exercise five days a week": the hour is given, on weekdays, not daily; the
                # shortfall is the missing days, a concern to raise, not a denial of exercise
                t_status = C
                t_why = (f"the hour is given on {days:g} days a week, not daily "
                         f"({hours(x)} a day on average, less than the minimum of {need})")
        trace.append(f"time: {f.id} gives {x:g} -> {t_status}")
    elif times:
        f = _best(times)[0]
        if f.negated:  # "no exercise at all"
            t_status, t_why = grade(rule.kind, f, numeric=True, pool=group.facts)
            t_facts, t_why = [f], f"no exercise time ({t_why})"
        elif _read_in_language(env, f, rule.test.params.get("shortfall_words")) \
                and not _mentions(env, f, rule.test.params.get("shortfall_words"), sentence=True):
            # "offered recreation five days a week": exercise named, with no word that it falls short
            t_why = "exercise is named, but nothing says it falls short of the hour"
        else:  # "inadequate exercise": a shortfall without its number
            st = standing(f, group.facts)
            if st.established:
                t_status, t_facts = C, [f]
                t_why = f"too little exercise, though not how much ({st.why})"
            else:
                # one account that exercise is taken only now and then ("outdoor exercise on only one
                # occasion", "only irregularly"): not established, but it says the hour is not daily,
                # a concern to raise; a bare "insufficient recreation" in a list of claims is not enough
                rw = rule.test.params.get("rarely_words")
                rare = next((x for x in _best(times) if not x.negated and rw is not None
                             and _read_in_language(env, x, rw) and _mentions(env, x, rw, sentence=True)
                             and standing(x, group.facts).level == ALLEGED), None)
                if rare is not None:
                    t_status, t_facts = C, [rare]
                    t_why = (f"exercise only now and then, not daily, is alleged "
                             f"({standing(rare, group.facts).why})")
        trace.append(f"time: {t_why}")

    # The open air.
    p_status, p_facts, p_why = I, [], "where it is taken is not said"
    if places:
        # the authorities' own word that it is taken outdoors answers no one's account of the contrary
        ranked = _best(places)
        f = next((x for x in ranked if not ((x.value is not False) != x.negated and source_kind(x) == "authorities")),
                 ranked[0])
        outdoor = (f.value is not False) != f.negated
        p_facts = [f]
        prm = rule.test.params
        only_time = (not outdoor and t_status == OK and _mentions(env, f, prm.get("outdoor_words"))
                     and prm.get("only_time_words") is not None and _mentions(env, f, prm.get("only_time_words")))
        if outdoor or only_time:
            # "limited time for outdoor activities", with the hour met: outdoors, and the time is enough
            p_status, p_why = OK, "it is taken in the open air"
            if only_time:
                trace.append(f"place: {f.id} complains of the time outdoors, not of the place")
        else:
            p_status, why = grade(rule.kind, f, numeric=True, pool=group.facts)
            p_why = f"it is not taken in the open air ({why})"
        trace.append(f"place: {f.id} -> {p_status}")
    elif (said := _place_said(rule, times, env)) is not None:
        # no word of its own about the place, but the hour's sentence says where it is taken:
        # "the one hour a day they may walk the tiers" (indoors), "an hour in the yard" (outdoors)
        f, outdoor = said
        p_facts = [f]
        if outdoor:
            p_status, p_why = OK, "it is taken in the open air, as the sentence of the hour says"
        else:
            p_status, why = grade(rule.kind, f, numeric=True, pool=group.facts)
            p_why = f"the sentence of the hour puts it indoors, not in the open air ({why})"
        trace.append(f"place: read from the sentence of {f.id} -> {p_status}")
    else:
        trace.append("place: not given")

    statuses = [t_status, p_status]
    if V in statuses or C in statuses:
        head = _worst(statuses)
    elif t_status == OK and p_status == OK:
        head = OK
    else:
        head = I
    facts = _uniq(t_facts + p_facts)
    reasoning = statements(facts) + [para]
    conclusion = {OK: "The standard is met: " + t_why + ", and " + p_why + ".",
                  I: "Not settled: " + t_why + ", but " + p_why + "." if t_status == OK else
                  "Not settled: " + t_why + "; " + p_why + "."}
    if head in (V, C):
        bad = [w for s, w in ((t_status, t_why), (p_status, p_why)) if s in (V, C)]
        conclusion[head] = ("A violation is likely: " if head == V else "This is a concern: ") + "; ".join(bad) + "."
    reasoning.append(conclusion[head])
    questions = ([ask_time] if t_status == I else []) + ([ask_place] if p_status == I else [])
    if head in (V, C):
        questions = []
    trace.append(f"headline: time {t_status}, open air {p_status} -> {head}")
    if t_status != p_status:  # the parts of the one finding, not findings of their own
        reasoning.append(f"Its parts: the hour, {STATUS_WORDS[t_status]} ({t_why}); in the open air, "
                         f"{STATUS_WORDS[p_status]} ({p_why}).")
    return [Outcome(head, facts, [], reasoning, _dedupe(questions), trace)]



def _place_said(rule: Rule, times: list[Fact], env: Env) -> tuple[Fact, bool] | None:
    """(the exercise fact, whether outdoors) where an exercise fact's sentence names the place by
    the rule's ``indoor_words`` or ``outdoor_words``, one kind only; None where it names neither,
    or both (an "outdoor cage", a "yard" beside a "corridor": not settled)."""
    prm = rule.test.params
    if not prm.get("indoor_words"):
        return None
    for f in _best([t for t in times if not t.negated]):
        inside = _mentions(env, f, prm.get("indoor_words"), sentence=True)
        outside = bool(prm.get("outdoor_words")) and _mentions(env, f, prm.get("outdoor_words"), sentence=True)
        if inside != outside:
            return f, outside
    return None


def _never_out(rule: Rule, group: SubjectGroup, env: Env) -> list[Outcome]:
    """Held in the cell all day (24 hours a day): no hour of exercise is left, which is a
    concern by inference (never more: the words may speak of most days, not every day)."""
    whole = [f for f in group.of("confinement_hours") if not f.negated and not _is_frequency(f)
             and (number_in(f, "hours_per_day") or 0) >= 24]
    if not whole:
        return _little_out(rule, group, env)
    f = _best(whole)[0]
    st = standing(f, group.facts)
    if st.level == REJECTED:
        return []
    reasoning = statements([f]) + [under(rule, env),
                                   f"Held in the cell 24 hours a day leaves no hour of exercise in the open air: "
                                   f"a concern, read from the hours, not from any word about exercise ({st.why})."]
    return [Outcome(C, [f], [], reasoning, ["Does the detainee leave the cell for an hour of exercise in the open "
                                           "air on any day, and what does the unit's log record?"],
                    ["no exercise fact; 24 hours a day in the cell -> concern by inference"])]


def _little_out(rule: Rule, group: SubjectGroup, env: Env) -> list[Outcome]:
    """'Limited time out of cell', without a number and with no word about exercise: whatever time
    is left may or may not hold an hour of exercise in the open air. Not settled, and the monitor's
    questions: how long, and where. (23 hours a day leaves the hour: nothing to infer.)"""
    long = [f for f in group.of("confinement_hours") if not f.negated and not _is_frequency(f)
            and number_in(f, "hours_per_day") is None]
    if not long:
        return []
    f = _best(long)[0]
    said = "little time out of the cell"
    reasoning = statements([f]) + [under(rule, env),
                                   f"Not settled: {said} leaves at most a short time out, and nothing says whether "
                                   "it includes an hour of exercise in the open air."]
    return [Outcome(I, [f], [], reasoning, list(rule.test.questions.missing),
                    [f"no exercise fact; {said} -> insufficient information"])]


@register_check("last_resort")
def last_resort(rule: Rule, group: SubjectGroup, env: Env) -> list[Outcome]:
    """Rule 45(1): solitary only in exceptional cases, as a last resort, as briefly as possible,
    authorised and independently reviewed.  Routine, punitive, prolonged or open-ended use is a
    concern; otherwise the placement order and its reviews are the open questions."""
    iso = read_isolation(group, env)
    if not (iso.word or iso.label):
        return []
    q = rule.test.questions
    para = under(rule, env)
    routine = rule.test.params.get("routine_words")
    facts = iso.premises()
    signs = [f for f in facts + [f for f in group.of("indefinite_isolation", "isolation_duration") if not f.negated]
             if routine is not None and _mentions(env, f, routine, sentence=True)]
    signs += [f for f in group.of("indefinite_isolation") if not f.negated and f not in signs]
    long_ = [f for f in group.of("isolation_duration") if not f.negated and (_duration(f, env)[0] or 0) > 15]
    signs += [f for f in long_ if f not in signs]
    counter = iso.counter()
    justs = _justification(rule, group)
    trace = ["placement shown: " + ", ".join(f.id for f in facts),
             "routine, punitive, prolonged or open-ended use: " + (", ".join(f.id for f in signs) or "not shown")]
    if counter:
        trace.append("cutting the other way: " + ", ".join(f.id for f in counter))
    reasoning = statements(_uniq(facts + signs)) + [para]
    baseless_words = rule.test.params.get("baseless_words")
    baseless = [f for f in facts + signs if baseless_words is not None
                and _mentions(env, f, baseless_words, sentence=True) and standing(f, group.facts).established]
    if baseless and not counter:
        # a court or an official body found the placement had no ground (unjustified, punitive):
        # outside the limits the rule allows, to the standard of proof
        st = standing_of(baseless[:1], group.facts)
        status = V
        signs = _uniq(baseless + signs)
        reasoning.append("A violation is likely: the placement was found to have no ground (unjustified, "
                         "baseless or punitive), which is not the exceptional, shortest possible last resort "
                         f"the rule allows ({st.why}; {STANDARD_OF_PROOF}).")
        trace.append("placement found without ground: " + ", ".join(f.id for f in baseless))
    elif signs and not counter:
        st = standing_of(signs, group.facts)
        status = I if st.level in (CONTESTED, REJECTED) else C
        reasoning.append("The isolation is used routinely, as a punishment, for a long time or without an end, "
                         f"which is not the exceptional, shortest possible last resort the rule allows ({st.why}).")
    else:
        status = I
        reasoning.append("The facts show a placement in isolation but not whether it was a last resort, "
                         "who authorised it, or whether it is independently reviewed.")
    if justs:
        reasoning.append(justification_sentence(rule, justs, False, env))
    questions = list(q.missing) + (list(q.justified) if justs else [])
    trace.append(f"-> {status}")
    return [Outcome(status, _uniq(facts + signs + justs), counter, reasoning, _dedupe(questions), trace,
                    basis_facts=signs or facts)]




@register_check("consular")
def consular(rule: Rule, group: SubjectGroup, env: Env) -> list[Outcome]:
    """Rule 62: consular access.  A denial is graded like any minimum requirement; where the
    documents only show that the detainee is a foreign national, whether the consulate was
    notified is the question a monitor asks."""
    if group.of("consular_access"):
        return declarative(rule, group, env)
    foreign = rule.test.params.get("foreign_words")
    hits = [f for f in group.facts if foreign is not None and _mentions(env, f, foreign, sentence=True)]
    if not hits:
        return []
    para = under(rule, env)
    said = env.phrase(hits[0], foreign)
    assert said is not None
    m = next(said.search(t) for t in [fact_text(hits[0])] + [ev.sentence or "" for ev in hits[0].evidence]
             if said.search(t))
    reasoning = [f"The documents describe the detainee as a foreign national (“{m.group(0)}”).", para,
                 "They do not say whether the consulate was notified or has visited."]
    return [Outcome(I, hits[:1], [], reasoning, list(rule.test.questions.missing),
                    [f"foreign national: {hits[0].id} ('{m.group(0)}')", "consular access: not stated"])]


@register_check("ill_treatment")
def ill_treatment(rule: Rule, group: SubjectGroup, env: Env) -> list[Outcome]:
    """Rule 1 (and the chapeau of rule 43(1)): ill-treatment, read from force that is ill-treatment
    in its own words, or from a combination of conditions that together can amount to cruel,
    inhuman or degrading treatment; never from the words "use of force" alone, nor from force
    against a refusal (rule 82's question)."""
    p = rule.test.params
    ill, refusal = p.get("ill_words"), p.get("refusal_words")
    forces = [f for f in group.of("use_of_force") if not f.negated]
    no_force = [f for f in group.of("use_of_force") if f.negated]
    abusive = [f for f in forces if ill is not None and _mentions(env, f, ill)
               and not (refusal is not None and _mentions(env, f, refusal))]
    # (grade14en) a restraint its own sentence calls ill-treatment ("described the use of restraints as cruel and
    # degrading", "shackling that amounted to inhuman treatment"), unless it says it is not
    restraint_ill, denied = p.get("restraint_ill_words"), env.catalogue.patterns.get("no_violation_words")
    abusive += [f for f in group.of("restraints") if not f.negated and restraint_ill is not None
                and _mentions(env, f, restraint_ill, sentence=True)
                and not (denied is not None and _mentions(env, f, denied, sentence=True))]
    combo_types = list(p.get("combination_types") or [])
    combo: dict[str, Fact] = {}
    for f in _best([f for f in group.facts if f.type in combo_types and not f.negated]):
        combo.setdefault(f.type, f)
    enough = len(combo) >= int(p.get("combination_min") or 3)
    # "kept strapped to a bed for a day as a sanction": a restraint used as punishment for long
    held = p.get("restraint_sanction_words")
    strapped = [f for f in group.of("restraints") if not f.negated and held is not None
                and _mentions(env, f, held, sentence=True)
                and env.rx(f, "assess_punish").search(" ".join([fact_text(f)]
                                                               + [ev.sentence or "" for ev in f.evidence]))]
    if strapped and not enough:
        enough = True
        combo.setdefault("restraints", strapped[0])
    # two deprivations of basic needs kept up for days ("left without clothes in a cell with an
    # overflowing toilet for several days"), or suffered in an isolation cell, can together amount to
    # degrading treatment; two alone, with no length, are for rules 13 and 15
    pair_words = p.get("combination_pair_length_words")
    if len(combo) == 2 and not enough:
        isolated = [f for f in group.of("solitary") if not f.negated]
        lasting_pair = [f for f in combo.values() if pair_words is not None
                        and _read_in_language(env, f, pair_words) and _mentions(env, f, pair_words, sentence=True)]
        enough = bool(isolated or lasting_pair)
    # one deprivation kept up for months or years, or every night ("woken every two hours since
    # 2013"): systematic sleep deprivation can be degrading by itself, by its length
    lasting_words = p.get("lasting_words")
    lasting = [f for f in _best(group.of(*(p.get("lasting_types") or []))) if not f.negated
               and lasting_words is not None and _mentions(env, f, lasting_words, sentence=True)]
    if lasting and not enough:
        enough = True
        combo.setdefault(lasting[0].type, lasting[0])
    para = under(rule, env)
    q = rule.test.questions
    # (courts15) a court's or an official body's own conclusion that these conditions amount to ill-treatment or
    # break the law that forbids it ("the cumulative effect ... amounted to degrading treatment", "these conditions
    # violate the Eighth Amendment"): it has weighed them, and what it holds is what the rule forbids
    found_types = list(p.get("found_ill_types") or combo_types)
    held = [f for f in _best([f for f in group.facts if f.type in found_types and not f.negated])
            if _found_ill(env, f, p.get("found_ill_words"))]
    if held and not abusive:
        st = standing_of(held, group.facts)
        if st.established:
            by = next((str(f.qualifiers["found_violation_by"]) for f in held if f.qualifiers.get("found_violation_by")),
                      None) or held[0].attributed_to or "the court"
            reasoning = statements(held) + [para]
            reasoning.append(f"{by[:1].upper() + by[1:]} concluded that these conditions ("
                             + join([describe(f) for f in held]) + ") break the law that forbids cruel, inhuman or "
                             f"degrading treatment ({st.why}): a body's own finding, after weighing them. A violation "
                             f"is likely, on the standard of {STANDARD_OF_PROOF}.")
            return [Outcome(V, held, no_force, reasoning,
                            ["How long did these conditions last, and have they been remedied since the finding?"],
                            ["conditions found to break the law by a court or official body: "
                             + ", ".join(f"{f.type} ({f.id})" for f in held), f"-> {V}"], basis_facts=held)]
    trace = ["force that is ill-treatment in its own words: " + (", ".join(f.id for f in abusive) or "none"),
             "conditions in combination: " + (", ".join(f"{t} ({f.id})" for t, f in combo.items()) or "none")]
    severe = int(p.get("combination_severe") or 0)
    cumulative = bool(severe and len(combo) >= severe and standing_of(list(combo.values()), group.facts).established)
    if abusive and not cumulative:  # the force decides, unless established deprivations already do
        status, why = _weakest_status([_best(abusive)[0]], Kind.absolute_prohibition, pool=group.facts)
        reasoning = statements(abusive) + [para]
        reasoning.append(("A violation is likely: " if status == V else "This is a concern: " if status == C else
                          "Not settled: ") + why + ".")
        justs = _justification(rule, group)
        if justs and status in (V, C):
            reasoning.append(justification_sentence(rule, justs, True, env))
        questions = list(q.breach) if status in (V, C) else list(q.contested or q.breach)
        trace.append(f"-> {status}")
        return [Outcome(status, abusive, no_force, reasoning, _dedupe(questions), trace,
                        basis_facts=[_best(abusive)[0]])]
    if enough:
        facts = list(combo.values())
        st = standing_of(facts, group.facts)
        status = C if st.level not in (CONTESTED, REJECTED) else I
        reasoning = statements(facts) + [para]
        if cumulative:
            # so many basic needs denied at once, each established: their cumulative effect gives
            # reasonable grounds to believe the treatment is degrading, however long it lasted
            status = V
            reasoning.append(f"Together these {len(facts)} deprivations of basic needs ("
                             + join([describe(f) for f in facts]) + "), each established, give reasonable grounds "
                             f"to believe their cumulative effect is degrading treatment ({st.why}). A violation "
                             f"is likely, on the standard of {STANDARD_OF_PROOF}.")
        elif len(facts) == 1:
            reasoning.append("Kept up as it is (" + describe(facts[0]) + "), such a condition can amount to cruel, "
                             "inhuman or degrading treatment; whether it does depends on how long it lasted and its "
                             f"effect, which the facts do not fix ({st.why}). A concern to examine.")
        else:
            reasoning.append("Together these conditions (" + join([describe(f) for f in facts]) + ") can amount "
                             "to cruel, inhuman or degrading treatment; whether they do depends on how long they "
                             f"lasted and their effect, which the facts do not fix ({st.why}). A concern to examine.")
        others = [f for f in abusive if f not in facts]
        if others:
            reasoning.append("Force is also reported (" + join([describe(f) for f in others]) + ").")
        trace.append(f"combination of {len(facts)} conditions -> {status}")
        return [Outcome(status, facts + others, no_force, reasoning,
                        ["How long did these conditions last together, and what was their effect on the detainee?"]
                        + (list(q.breach) if others else []), trace, basis_facts=facts)]
    return []
