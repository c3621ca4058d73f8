"""The European Court's personal-space test (Muršić v. Croatia [GC], 2016, §§ 135-138).

Per person in a shared cell (the toilet area excluded): under 3 m2 is a strong
presumption of a violation of article 3; from 3 to 4 m2 the space weighs with the
other conditions (no open-air exercise, no daylight, poor air, sanitation, heat or
cold, hygiene), and a violation is found where they add to it; from 4 m2 the
space raises no presumption.  The figures come from the rule's own thresholds.
"""

from __future__ import annotations

from dignity.assess.catalogue import Kind, Rule
from dignity.assess.checks import Env, Outcome, grade, register_check, under
from dignity.assess.evidence import standing
from dignity.assess.facts import SubjectGroup, number_in, rank
from dignity.assess.phrases import describe, join, statements
from dignity.model import Fact, Status

V, C, I, OK = (Status.violation_likely.value, Status.concern.value,
               Status.insufficient_information.value, Status.compliant.value)
_ORDER = [V, C, I, OK]


def _people(fact: Fact) -> int:
    for key in ("occupants", "people", "persons"):
        v = fact.qualifiers.get(key)
        if isinstance(v, (int, float)) and v >= 1:
            return int(v)
    return 1


def _per_person(fact: Fact) -> float | None:
    area = number_in(fact, "m2")
    if area is not None and fact.qualifiers.get("area_is_per_person") and not fact.negated:
        return area  # "3 m2 of personal space": the figure is each person's already
    people = _people(fact)
    if area is None or people < 2 or fact.negated:
        return None
    return area / people


def _limits(rule: Rule) -> tuple[float, float]:
    lims = sorted(th.limit for th in rule.test.thresholds
                  if th.type == "cell_space" and th.unit == "m2_per_person")
    return (lims[0], lims[-1]) if lims else (3.0, 4.0)


def _other(rule: Rule, group: SubjectGroup) -> list[Fact]:
    """The other poor conditions, each the strongest of its type."""
    types = list(rule.test.params.get("other_conditions") or [])
    out: dict[str, Fact] = {}
    for f in sorted(group.facts, key=rank, reverse=True):
        if f.type not in types or f.negated:
            continue
        if f.type == "exercise_outdoor" and f.value is not False:
            continue
        out.setdefault(f.type, f)
    return list(out.values())


@register_check("echr_personal_space")
def echr_personal_space(rule: Rule, group: SubjectGroup, env: Env) -> list[Outcome]:
    """Muršić: the space per person in a shared cell, and what else weighs with it."""
    low, high = _limits(rule)
    q = rule.test.questions
    para = under(rule, env)
    measured = [(f, x) for f in group.of("cell_space") if (x := _per_person(f)) is not None]
    if not measured:
        # overcrowding, or a cell whose occupants are not given: how much space each has is the question
        crowded = [f for f in group.of("overcrowding", "cell_space") if not f.negated
                   and (f.type == "overcrowding" or not any(k in f.qualifiers for k in ("occupants", "people",
                                                                                         "persons")))]
        if not crowded:
            return []
        reasoning = statements(crowded) + [para, "The facts do not give the floor space per person in a "
                                           "shared cell, which the test turns on."]
        return [Outcome(I, crowded, [], reasoning, list(q.missing), ["no space per person in a shared cell"])]
    # the strongest account, and the least space it gives
    best = max(rank(f) for f, _ in measured)
    fact, x = min(((f, x) for f, x in measured if rank(f) == best), key=lambda p: p[1])
    space = f"{x:.2g} m² a person" if x < 10 else f"{x:.0f} m² a person"
    trace = [f"space: {fact.id} gives {x:.2f} m2 a person ({_people(fact)} people)",
             f"limits: {low:g} m2 (presumption), {high:g} m2 (weighed with other conditions)"]
    out_of_cell = [f for f in group.of("exercise_time", "exercise_outdoor")
                   if not f.negated and (f.type == "exercise_time" or f.value is True)]
    below = bool(fact.qualifiers.get("at_most"))  # "less than 3 m2": under the figure, not at it
    if x < low or (below and x <= low):
        status, why = grade(Kind.absolute_prohibition, fact, numeric=True, pool=group.facts)
        reasoning = statements([fact]) + [para]
        reasoning.append(f"{space[:1].upper() + space[1:]} is less than {low:g} m²: a strong presumption of a "
                         f"violation ({why}); only a shortfall that is short, occasional and minor, with enough "
                         "time and activity out of the cell in an otherwise decent facility, rebuts it.")
        if out_of_cell:
            reasoning.append("Time out of the cell is reported (" + join([describe(f) for f in out_of_cell])
                             + "); whether the shortfall was short, occasional and minor is not shown.")
        trace.append(f"under {low:g} m2: strong presumption -> {status}")
        return [Outcome(status, [fact], out_of_cell, reasoning, list(q.breach) + list(q.justified), trace,
                        basis_facts=[fact])]
    if x < high or (below and x <= high):
        others = _other(rule, group)
        reasoning = statements([fact] + others) + [para]
        if not others:
            reasoning.append(f"{space[:1].upper() + space[1:]}, between {low:g} and {high:g} m², weighs "
                             "heavily, but a violation turns on the other conditions, which the facts do not "
                             "describe.")
            trace.append(f"{low:g}-{high:g} m2, no other poor condition -> {I}")
            return [Outcome(I, [fact], [], reasoning,
                            ["What are the cell's light, air, sanitation and the time out of the cell?"], trace)]
        graded = [grade(Kind.minimum_requirement, f, specific=True, pool=group.facts) for f in [fact] + others]
        status, why = max(graded, key=lambda g: _ORDER.index(g[0]))
        reasoning.append(f"{space[:1].upper() + space[1:]}, between {low:g} and {high:g} m², together with "
                         + join([describe(f) for f in others]) + f": the Court finds a violation where other poor "
                         f"conditions add to the lack of space ({why}).")
        trace.append(f"{low:g}-{high:g} m2 with {len(others)} other poor condition(s) -> {status}")
        return [Outcome(status, [fact] + others, out_of_cell, reasoning, list(q.breach), trace,
                        basis_facts=[fact] + others)]
    st = standing(fact, group.facts)
    reasoning = statements([fact]) + [para, f"{space[:1].upper() + space[1:]} is at least {high:g} m²: the space "
                                      "itself raises no presumption; the other conditions are still weighed under "
                                      f"article 3 ({st.why})."]
    trace.append(f"at least {high:g} m2 -> {OK}")
    return [Outcome(OK, [fact], [], reasoning, [], trace)]
