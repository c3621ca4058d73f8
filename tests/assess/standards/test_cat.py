"""CAT arts 1, 2 and 16 (with General Comment 2): the legal table."""

from __future__ import annotations

import pytest

from assess_helpers import fact
from pack_table import COURT, NGO, C, I, V, check, said

P = ["cat"]

SHOCKS = dict(text="Interrogators gave him electric shocks to obtain a confession.", quote="electric shocks")
FIVE = [("food_water", "no drinking water"), ("bedding_clothing", "sleeps on the bare floor without a blanket"),
        ("sanitation", "a bucket for a toilet"), ("no_natural_light", "no daylight"),
        ("ventilation", "no ventilation at all")]

TABLE = [
    ("1-asks-the-definition", [said("use_of_force", "electric shocks", **SHOCKS, **COURT)], "cat-1", I,
     "torture's elements (severity, intent, purpose, an official) are questions, never read off the words"),
    ("1-no-torture-words", [fact("use_of_force", "pushed", quote="a guard pushed him", **COURT)], "cat-1", None,
     "a push is no occasion to ask whether it was torture"),
    ("2-asks-prevention", [said("use_of_force", "electric shocks", **SHOCKS, **NGO)], "cat-2", I,
     "article 2 asks what prevents it and whether it was investigated"),
    ("16-shocks-alleged", [said("use_of_force", "electric shocks", **SHOCKS, **NGO)], "cat-16", C,
     "ill-treatment alleged by one NGO: a concern"),
    ("16-beating-found", [fact("use_of_force", "beaten", quote="guards beat her with sticks", **COURT)], "cat-16", V,
     "ill-treatment a court finds: the absolute ban is likely breached"),
    ("16-five-deprivations", [fact(t, v, **COURT) for t, v in FIVE], "cat-16", V,
     "five basic needs denied at once, each found: degrading by their cumulative effect"),
    ("16-isolation-asks", [fact("solitary", quote="held alone in a punishment cell", **COURT),
                           fact("constant_light", quote="lights on day and night", **COURT)],
     "cat-16-isolation", I, "the Convention sets no threshold for isolation: it asks, never grades"),
]


@pytest.mark.parametrize("row", TABLE, ids=[r[0] for r in TABLE])
def test_cat_table(row):
    _id, facts, finding, expected, why = row
    check(facts, P, finding, expected, why)


def test_article_2_refuses_a_security_reason():
    f = check([said("use_of_force", "electric shocks", **SHOCKS, **COURT),
               fact("justification_security", "to prevent a terrorist attack", who="the ministry",
                    certainty="alleged")], P, "cat-2", I, "the reason is named and refused")
    assert "does not excuse" in f.reasoning and "no exception" in f.reasoning
