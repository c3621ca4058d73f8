"""The Havana Rules (juveniles deprived of liberty): the legal table."""

from __future__ import annotations

import pytest

from assess_helpers import fact
from pack_table import COURT, MOTHER, C, V, check, child, said

P = ["havana"]

PUNISHED = dict(text="The boy was put in a punishment cell on his own for fighting.")

TABLE = [
    ("67-solitary-as-discipline", [child(**COURT), fact("solitary", quote="on his own", **COURT),
                                   fact("special_regime", "disciplinary unit", **COURT)],
     "havana-67", V, "solitary confinement of a child as discipline, found by a court: strictly prohibited"),
    ("67-solitary-reason-unknown", [child(**COURT), fact("solitary", quote="held alone in a cell", **COURT)],
     "havana-67", C, "rule 67 governs discipline: without a disciplinary context, a concern and the question"),
    ("67-solitary-alleged", [child(**MOTHER), fact("solitary", quote="isolated", **MOTHER),
                             fact("special_regime", "punishment unit", **MOTHER)],
     "havana-67", C, "a relative's word alone is a concern"),
    ("67-adult", [fact("solitary", quote="isolated", **COURT), fact("special_regime", "punishment unit", **COURT)],
     "havana-67", None, "trap: no child, no Havana finding"),
    ("67-food-cut", [child(**COURT), said("food_water", "meals withheld",
                                          text="Staff withheld the boy's evening meal as a punishment.", **COURT)],
     "havana-67", V, "a cut in diet as a sanction on a child"),
    ("67-dark-cell", [child(**COURT), fact("darkness", quote="kept in a dark cell", **COURT),
                      fact("justification_security", "punishment for disobedience", who="the facility",
                           certainty="alleged")],
     "havana-67", V, "a dark cell as discipline; a stated reason excuses nothing"),
    ("60-visits-denied", [child(**COURT), fact("family_visits", "visits denied", **COURT)], "havana-60", V,
     "visits denied outright to a child, found: the weekly minimum is not met"),
    ("60-visits-limited", [child(**COURT), fact("family_visits", "visits limited", **COURT)], "havana-60", C,
     "'limited' does not say how far below weekly: a concern"),
]


@pytest.mark.parametrize("row", TABLE, ids=[r[0] for r in TABLE])
def test_havana_table(row):
    _id, facts, finding, expected, why = row
    check(facts, P, finding, expected, why)


def test_the_question_of_discipline_is_asked():
    f = check([child(**COURT), fact("solitary", quote="held alone in a cell", **COURT)], P, "havana-67", C, "")
    assert any("disciplinary" in q for q in f.questions)
