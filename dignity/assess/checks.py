"""How a rule's test is run on one subject's facts.

``evaluate(rule, group, env)`` runs the rule's named check where it has one
(``RULE_CHECKS``), else the declarative test of its YAML entry, and returns the
outcomes: usually one, none where no fact touches the rule, several where a
rule has aspects (rule 23: the hour, and the open air).

How a status is graded (``grade``):

* absolute prohibition: asserted -> violation_likely; alleged and specific ->
  violation_likely; alleged but vague -> concern; contested -> concern.  A
  stated security reason excuses nothing.  Where the rule forbids a practice
  as a restriction or sanction and nothing puts it in one, concern at most.
* minimum requirement: asserted or alleged -> concern; asserted together with
  an aggravating fact (a restraint used at the time: rule 42) or a number
  that misses the rule's threshold -> violation_likely; contested ->
  insufficient_information.
* qualified restriction: asserted or alleged -> concern (a stated reason is
  weighed against the limits the rule puts on it); contested ->
  insufficient_information.

A breach fact outweighed by a stronger negated fact ("the court finds the food
adequate") gives way to it; the facts that cut the other way are always listed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Callable, Iterable

from dignity.assess.catalogue import Catalogue, EvidenceSpec, Kind, Role, Rule, Threshold, compiled
from dignity.assess.facts import SubjectGroup, fact_text, isolation_days, number_in, rank
from dignity.assess.phrases import describe, join, lcfirst, statements
from dignity.model import Certainty, Fact, Status

__all__ = ["Env", "Outcome", "evaluate", "declarative", "grade", "classify", "read_isolation",
           "justification_sentence", "RULE_CHECKS", "register_check"]

V, C, I, OK = (Status.violation_likely.value, Status.concern.value,  # noqa: E741 - I: insufficient
               Status.insufficient_information.value, Status.compliant.value)
SEVERITY = [V, C, I, OK]


@dataclass
class Env:
    """What a check may know besides the facts: dates and the catalogue."""

    catalogue: Catalogue
    as_of: date | None = None
    doc_dates: dict[str, date] = field(default_factory=dict)

    def date_for(self, fact: Fact) -> date | None:
        if self.as_of is not None:
            return self.as_of
        for ev in fact.evidence:
            if ev.document in self.doc_dates:
                return self.doc_dates[ev.document]
        return max(self.doc_dates.values()) if self.doc_dates else None


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


def _also(spec: EvidenceSpec, group: SubjectGroup | None) -> bool:
    for cond in spec.when_also:
        pat = compiled(cond.mentions)
        if group is None or not any(f.type == cond.type and not f.negated and (pat is None or pat.search(fact_text(f)))
                                    for f in group.facts):
            return False
    return True


def classify(rule: Rule, fact: Fact, group: SubjectGroup | None = None
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
            return None if fact.negated else (Role.neutral, th)
        holds = th.holds(x)
        role = Role.meets if (holds == (th.when_true == "meets")) else Role.breach
        flipped = _flip(role, fact)
        return None if flipped is None else (flipped, th)
    for spec in rule.test.evidence:
        if spec.type != fact.type or not _value_ok(spec, fact):
            continue
        if spec.pattern is not None and not spec.pattern.search(fact_text(fact)):
            continue
        if spec.when_also and not _also(spec, group):
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
    n = _occupants(fact)
    return th.occupants is None or (th.occupants == "single") == (n == 1)


def _threshold_number(th: Threshold, fact: Fact) -> float | None:
    if not _occupancy_fits(th, fact):
        return None
    if th.unit == "m2_per_person":
        x = number_in(fact, "m2")
        return None if x is None else x / _occupants(fact)
    return number_in(fact, th.unit)


# --- grading ------------------------------------------------------------------------

def _present(group: SubjectGroup, types: list[str], *, asserted: bool = False) -> list[Fact]:
    return [f for f in group.facts if f.type in types and not f.negated
            and (not asserted or str(f.certainty) == Certainty.asserted.value)]


def grade(kind: Kind, fact: Fact, *, specific: bool = True, aggravated: bool = False,
          numeric: bool = False) -> tuple[str, str]:
    """(status, why) for one breach fact under a rule of ``kind``."""
    c = str(fact.certainty)
    if kind is Kind.absolute_prohibition:
        if c == Certainty.contested.value:
            return C, "a disputed fact can raise a concern, not more"
        if c == Certainty.asserted.value:
            return V, "stated as fact, about a practice the Rules forbid without exception"
        if specific:
            return V, "a specific allegation of a practice the Rules forbid without exception"
        return C, "an allegation too general to make a violation likely"
    if c == Certainty.contested.value:
        return I, "the only evidence is disputed"
    if kind is Kind.minimum_requirement and c == Certainty.asserted.value and (aggravated or numeric):
        why = "stated as fact, and " + ("imposed while he was restrained or sanctioned, where rule 42 "
                                        "admits no exception" if aggravated
                                        else "the number misses the rule's threshold")
        return V, why
    if kind is Kind.minimum_requirement:
        return C, "a shortfall from a minimum requirement whose degree the facts do not fix"
    return C, "a restriction the rule allows only within limits the facts do not show are kept"


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


def justification_sentence(rule: Rule, justs: list[Fact], absolute: bool) -> str:
    """Names the authority's stated reason and says what it can and cannot do under the rule."""
    reasons = _reasons(justs)
    if absolute:
        return (f"{reasons}; that does not excuse it, because rule {rule.number} "
                "admits no exception for security or any other reason.")
    limits = rule.test.limits or "the restriction must be necessary and proportionate to that aim"
    return f"{reasons}. Rule {rule.number} lets such a reason weigh, within limits: {limits}."


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


def _context_ok(rule: Rule, group: SubjectGroup, facts: list[Fact]) -> tuple[bool, list[Fact]]:
    ctx = rule.test.context
    if ctx is None:
        return True, []
    found = _without(_present(group, ctx.types), facts)
    if not found and ctx.mentions:
        pat = compiled(ctx.mentions)
        if pat is not None and any(pat.search(fact_text(f)) for f in facts):
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
        got = classify(rule, f, group)
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
    para = f"Under rule {rule.number}, {lcfirst(rule.paraphrase)}"
    questions: list[str] = []
    justs = _justification(rule, group)

    b_rank = max((rank(f) for f, _ in breach), default=0)
    m_rank = max((rank(f) for f in meets), default=0)
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
            specific = spec.specific if isinstance(spec, EvidenceSpec) else True
            status, why = grade(kind, f, specific=specific, aggravated=aggravated,
                                numeric=isinstance(spec, Threshold) and spec.decisive)
            graded.append((status, why, f, kind))
        graded.sort(key=lambda g: SEVERITY.index(g[0]))
        status, why, lead, kind = graded[0]
        trace.append(f"graded as {kind.value}: {lead.id} gives {status} ({why})")
        absolute = kind is Kind.absolute_prohibition
        ctx_note = ""
        if absolute and t.context is not None:
            has_ctx, ctx_facts = _context_ok(rule, group, [f for f, _ in breach])
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
            reasoning.append(justification_sentence(rule, justs, absolute))
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
        reasoning.append(justification_sentence(rule, justs, rule.kind is Kind.absolute_prohibition))
        questions.extend(t.questions.justified)
    questions = list(t.questions.missing) + questions
    return [Outcome(I, neutral, [], reasoning, _dedupe(questions), trace)]


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
    """Strongest certainty first; among equals, the document's order."""
    return sorted(facts, key=lambda f: -rank(f))


def _weakest_status(facts: list[Fact], kind: Kind, specific: bool = True) -> tuple[str, str]:
    """Grade a conclusion that rests on several facts by its weakest premise."""
    weakest = min(facts, key=rank)
    return grade(kind, weakest, specific=specific)


def _established(premises: list[Fact]) -> tuple[str, str]:
    """Status of a finding that rule 44's definition is met, by its weakest premise."""
    weakest = str(min(premises, key=rank).certainty)
    if weakest == Certainty.asserted.value:
        return V, "stated as fact"
    if weakest == Certainty.alleged.value:
        return V, "a specific allegation by a named source"
    return C, "part of it is disputed"


@dataclass
class _Isolation:
    """What the facts say about solitary confinement under rule 44."""

    hours: Fact | None = None
    hours_value: float | None = None
    hours_other: list[Fact] = field(default_factory=list)
    word: list[Fact] = field(default_factory=list)
    word_negated: list[Fact] = field(default_factory=list)
    contact: list[Fact] = field(default_factory=list)
    contact_counter: list[Fact] = field(default_factory=list)
    meets_hours: bool | None = None
    threshold: Threshold | None = None

    @property
    def established(self) -> bool:
        """Solitary within rule 44: the hours and no meaningful contact, one of them perhaps by the word."""
        if self.meets_hours is False:
            return False
        if self.meets_hours and (self.contact or self.word):
            return True
        return bool(self.word and self.contact)

    @property
    def isolated(self) -> bool:
        """Isolation is shown (the word, or rule 44 met), whether or not its hours are."""
        return self.established or (bool(self.word) and self.meets_hours is not False)

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
        return _uniq(out)

    def premises(self) -> list[Fact]:
        out = ([self.hours] if self.hours and self.meets_hours else []) + self.contact + self.word
        return _uniq(out)


def read_isolation(group: SubjectGroup, env: Env) -> _Isolation:
    """The rule-44 reading of a subject's facts (shared by rules 44 and 43(1)(b))."""
    rule44 = env.catalogue.get("mandela-44")
    th = _threshold(rule44, "confinement_hours")
    params = rule44.test.params
    iso = _Isolation(threshold=th)
    hours = [f for f in group.of("confinement_hours") if not f.negated and number_in(f, th.unit) is not None]
    if hours:
        ordered = sorted(hours, key=lambda f: (-rank(f), -(number_in(f, th.unit) or 0)))
        iso.hours = ordered[0]
        iso.hours_value = number_in(iso.hours, th.unit)
        iso.meets_hours = th.holds(iso.hours_value or 0)
        iso.hours_other = ordered[1:]
    iso.word = [f for f in group.of("solitary") if not f.negated]
    iso.word_negated = [f for f in group.of("solitary") if f.negated]
    contact = group.of("no_meaningful_contact")
    iso.contact = [f for f in contact if not f.negated]
    iso.contact_counter = [f for f in contact if f.negated] + iso.word_negated
    if not iso.contact:
        # No meaningful contact shown another way: family contact cut off, and staff
        # who cannot or may not talk with him (rule 44 counts contact with anyone).
        ban = compiled(params.get("ban_words"))
        cut = [f for f in group.of("family_visits", "family_calls")
               if not f.negated and (ban is None or ban.search(fact_text(f)))]
        staff = [f for f in group.of("language_interpreter") if not f.negated]
        if cut and staff:
            iso.contact = cut + staff
    return iso


@register_check("solitary_definition")
def solitary_definition(rule: Rule, group: SubjectGroup, env: Env) -> list[Outcome]:
    """Rule 44: 22 hours or more a day without meaningful human contact, whatever the word used."""
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
    trace.append("the word solitary/segregation: " + (", ".join(f.id for f in iso.word) or "not used"))
    q = rule.test.questions
    para = f"Under rule {rule.number}, {lcfirst(rule.paraphrase)}"
    ask_contact = q.missing[0] if q.missing else ""
    ask_hours = q.missing[1] if len(q.missing) > 1 else ""
    counter = iso.contact_counter + iso.hours_other

    if iso.meets_hours is False:
        assert iso.hours is not None
        facts = [iso.hours] + iso.word
        reasoning = statements(facts) + [para]
        reasoning.append(f"At {iso.hours_value:g} hours a day the confinement is below the threshold of "
                         f"{th.describe()}, so it is not solitary confinement under rule {rule.number}"
                         + (", whatever the word used." if iso.word else "."))
        trace.append(f"{iso.hours_value:g} is not {th.op} {th.limit:g}: not solitary under rule 44")
        return [Outcome(OK, facts, counter, reasoning, [], trace)]

    if iso.established:
        premises = iso.premises()
        if iso.meets_hours:
            status, why = _established(iso.decisive())
            how = (f"{hours(iso.hours_value or 0)} a day in the cell, which is {th.describe()}, "
                   + ("without meaningful human contact" if iso.contact else
                      "in what the document itself calls isolation"))
            questions: list[str] = []
        else:
            status, why = C, "the facts show isolation without meaningful contact but not its hours"
            how = "isolation without meaningful human contact, though its hours are not given"
            questions = [ask_hours]
        if iso.contact_counter:
            status = _cap(status, C)
        reasoning = statements(premises) + [para]
        verdict = {V: "It is likely solitary confinement in the rule's sense", C: "It is probably solitary "
                   "confinement in the rule's sense, but not proven"}.get(status, "It may be solitary confinement")
        reasoning.append(f"{verdict}: {how} ({why}). Rules 43 and 45 then apply: it is a last resort, "
                         "for as short a time as possible, and never beyond 15 consecutive days.")
        trace.append(f"established -> {status} ({why})")
        return [Outcome(status, premises, counter, reasoning, _dedupe(questions), trace,
                        basis_facts=iso.decisive())]

    facts = ([iso.hours] if iso.hours else []) + iso.word + iso.contact
    reasoning = statements(facts) + [para]
    questions = []
    if iso.meets_hours:
        reasoning.append(f"{iso.hours_value:g} hours a day is {th.describe()}, but the facts say nothing "
                         "of meaningful human contact, the other half of the test.")
        questions.append(ask_contact)
    elif iso.word:
        reasoning.append("The document calls it isolation, but gives neither the hours in the cell nor "
                         "whether there is meaningful human contact, which together define it.")
        questions += [ask_hours, ask_contact]
    else:
        reasoning.append("The facts show no meaningful human contact but not the hours in the cell.")
        questions.append(ask_hours)
    trace.append("not established: insufficient information")
    return [Outcome(I, facts, counter, reasoning, _dedupe(questions), trace)]


@register_check("prolonged_isolation")
def prolonged_isolation(rule: Rule, group: SubjectGroup, env: Env) -> list[Outcome]:
    """Rule 43(1)(b): no solitary confinement for more than 15 consecutive days."""
    iso = read_isolation(group, env)
    durations = [f for f in group.of("isolation_duration") if not f.negated]
    touched = iso.word or durations or (iso.meets_hours and iso.hours is not None)
    if not touched:
        return []
    th = _threshold(rule, "isolation_duration")
    q = rule.test.questions
    ask_days = q.missing[0] if q.missing else ""
    ask_contact = q.missing[1] if len(q.missing) > 1 else ""
    para = f"Under rule {rule.number}, {lcfirst(rule.paraphrase)}"
    trace = [f"threshold: isolation {th.op} {th.limit:g} {th.unit} is prolonged (rule 44)"]
    days: float | None = None
    dfact: Fact | None = None
    for f in _best(durations):
        d, how = isolation_days(f, env.date_for(f))
        trace.append(f"duration: {f.id}: {how}")
        if d is not None:
            days, dfact = d, f
            break
    trace.append("isolation shown: " + ("yes (" + ", ".join(f.id for f in iso.premises()) + ")"
                                         if iso.isolated else "no"))
    base = ([dfact] if dfact else [f for f in durations]) + iso.premises()
    base = _uniq(base)
    decisive = _uniq(([dfact] if dfact else durations) + iso.decisive())
    if days is None:
        reasoning = statements(base) + [para]
        reasoning.append("The documents do not say how many consecutive days the isolation has lasted, "
                         "so whether it is prolonged cannot be told; it should not be guessed.")
        questions = [ask_days] + ([] if iso.isolated else [ask_contact])
        return [Outcome(I, base, [], reasoning, _dedupe(questions), trace, basis_facts=decisive)]
    assert dfact is not None
    prolonged = th.holds(days)
    trace.append(f"{days:g} days {'is' if prolonged else 'is not'} {th.op} {th.limit:g}")
    if not iso.isolated:
        reasoning = statements(base) + [para]
        reasoning.append(f"The confinement has lasted {days:g} days, but the facts do not show it is solitary "
                         "confinement (22 hours or more a day without meaningful human contact).")
        return [Outcome(I, base, [], reasoning, _dedupe([ask_contact]), trace, basis_facts=decisive)]
    if not prolonged:
        reasoning = statements(base) + [para]
        reasoning.append(f"At {days:g} days the isolation is not yet prolonged ({th.describe()} would be); "
                         "it must still end as soon as possible.")
        return [Outcome(OK, base, [], reasoning, [], trace, basis_facts=decisive)]
    status, why = _weakest_status([dfact] + iso.decisive(), Kind.absolute_prohibition)
    reasoning = statements(base) + [para]
    reasoning.append(f"At {days:g} days it is prolonged solitary confinement, which is {th.describe()}; "
                     f"{'a violation is likely' if status == V else 'this is a concern'} ({why}).")
    justs = _justification(rule, group)
    questions: list[str] = list(q.breach)
    if justs:
        reasoning.append(justification_sentence(rule, justs, True))
        trace.append("stated reason does not excuse an absolute prohibition")
    return [Outcome(status, base, [], reasoning, _dedupe(questions), trace, basis_facts=decisive)]


@register_check("family_contact")
def family_contact(rule: Rule, group: SubjectGroup, env: Env) -> list[Outcome]:
    """Rule 43(3): a ban on family contact is never allowed; a restriction only briefly and as strictly needed."""
    channels = [f for f in group.of("family_visits", "family_calls", "correspondence")]
    if not channels:
        return []
    ban = compiled(rule.test.params.get("ban_words"))
    restricted = [f for f in channels if not f.negated]
    allowed = [f for f in channels if f.negated]
    banned = [f for f in restricted if ban is not None and ban.search(fact_text(f))]
    banned_channels = {f.type for f in banned}
    open_channels = {f.type for f in allowed} - banned_channels
    is_ban = bool(banned) and not open_channels and ({"family_visits", "family_calls"} & banned_channels)
    justs = _justification(rule, group)
    q = rule.test.questions
    para = f"Under rule {rule.number}, {lcfirst(rule.paraphrase)}"
    trace = ["channels restricted: " + (", ".join(f"{f.id} ({f.type})" for f in restricted) or "none"),
             "channels cut off: " + (", ".join(sorted(banned_channels)) or "none"),
             "channels shown open: " + (", ".join(sorted(open_channels)) or "none")]
    if not restricted:
        reasoning = statements(allowed) + [para, "On these facts family contact is allowed."]
        return [Outcome(OK, allowed, [], reasoning, [], trace)]
    if is_ban:
        has_ctx, _ctx = _context_ok(rule, group, banned)
        status, why = _weakest_status(banned, Kind.absolute_prohibition)
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
            reasoning.append(f"{_reasons(justs)}; that cannot justify a prohibition, which rule {rule.number} "
                             f"never allows, and even a restriction of the means of contact is allowed only "
                             f"{rule.test.limits}.")
            questions.extend(q.justified)
        trace.append(f"prohibition of family contact -> {status} ({why})")
        return [Outcome(status, banned + justs, allowed, reasoning, _dedupe(questions), trace,
                        basis_facts=banned)]
    reasoning = statements(restricted) + [para]
    reasoning.append("Family contact is restricted, not cut off; the rule allows that only "
                     f"{rule.test.limits}, and the facts do not show how long it lasts.")
    if justs:
        reasoning.append(justification_sentence(rule, justs, False))
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
        return []
    th = _threshold(rule, "exercise_time")
    q = rule.test.questions
    ask_time, ask_place = (q.missing + ["", ""])[:2]
    para = f"Under rule {rule.number}, {lcfirst(rule.paraphrase)}"
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
            t_status, t_why = grade(rule.kind, f, numeric=True)
            t_facts = [f]
            t_why = f"{hours(x)} a day is less than the minimum of {need} ({t_why})"
        trace.append(f"time: {f.id} gives {x:g} -> {t_status}")
    elif times:
        f = _best(times)[0]
        if f.negated:  # "no exercise at all"
            t_status, t_why = grade(rule.kind, f, numeric=True)
            t_facts, t_why = [f], f"no exercise time ({t_why})"
        trace.append(f"time: {t_why}")

    # The open air.
    p_status, p_facts, p_why = I, [], "where it is taken is not said"
    if places:
        f = _best(places)[0]
        outdoor = (f.value is not False) != f.negated
        p_facts = [f]
        if outdoor:
            p_status, p_why = OK, "it is taken in the open air"
        else:
            p_status, why = grade(rule.kind, f, numeric=True)
            p_why = f"it is not taken in the open air ({why})"
        trace.append(f"place: {f.id} -> {p_status}")
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
    out = [Outcome(head, facts, [], reasoning, _dedupe(questions), trace)]
    if t_status != p_status:
        out.append(Outcome(t_status, t_facts, [], statements(t_facts) + [
            f"Rule {rule.number} asks for at least an hour a day: {t_why}."],
            [ask_time] if t_status == I else [], [f"aspect: time -> {t_status}"], "time", "the hour"))
        out.append(Outcome(p_status, p_facts or facts, [], statements(p_facts or facts) + [
            f"Rule {rule.number} asks for that hour in the open air: {p_why}."],
            [ask_place] if p_status == I else [], [f"aspect: open air -> {p_status}"], "open-air", "in the open air"))
    return out

