"""The Bangkok Rules (women prisoners): the legal table."""

from __future__ import annotations

import pytest

from assess_helpers import fact
from pack_table import COURT, MONITOR, NGO, C, I, V, check, pregnant, said

P = ["bangkok"]

TABLE = [
    ("5-no-sanitary-towels", [said("hygiene", "no sanitary pads", text="Women received no sanitary pads for "
                                   "weeks.", **MONITOR)], "bangkok-5", V,
     "sanitary towels withheld, found by an inspectorate"),
    ("5-showers-only", [fact("hygiene", "cold showers", **MONITOR)], "bangkok-5", None,
     "trap: rule 5 is about women's specific hygiene needs, not every hygiene fact"),
    ("22-segregated-as-punishment", [pregnant(**COURT),
                                     said("solitary", "segregation", text="She was placed in segregation as a "
                                          "punishment for arguing with staff.", **COURT)],
     "bangkok-22", V, "disciplinary segregation of a pregnant woman, found by a court: never allowed"),
    ("22-segregated-reason-unknown", [pregnant(**COURT), fact("solitary", quote="kept alone in a cell", **COURT)],
     "bangkok-22", C, "not shown to be a punishment: a concern and the question"),
    ("22-not-pregnant", [fact("solitary", quote="kept alone in a cell", **COURT),
                         fact("special_regime", "disciplinary segregation", **COURT)],
     "bangkok-22", None, "trap: no pregnant woman or mother shown"),
    ("23-family-ban-sanction", [said("family_visits", "visits banned", text="As a punishment she was barred from "
                                     "seeing her children for a month.", **COURT)],
     "bangkok-23", V, "a ban on family contact as a sanction: never allowed"),
    ("24-restrained-in-labour", [pregnant(**COURT), said("restraints", "shackled", text="She was shackled to the "
                                                         "bed while in labour.", **COURT)],
     "bangkok-24", I, "rule 24 is not yet verified: it asks, it never grades"),
    ("24-restrained-pregnant", [pregnant(**NGO), fact("restraints", "handcuffed", **NGO)], "bangkok-24", I,
     "a pregnant woman in restraints raises the question of labour and birth"),
]


@pytest.mark.parametrize("row", TABLE, ids=[r[0] for r in TABLE])
def test_bangkok_table(row):
    _id, facts, finding, expected, why = row
    check(facts, P, finding, expected, why)


def test_unverified_rule_says_why_it_does_not_grade():
    f = check([pregnant(**COURT), said("restraints", "shackled", text="She was shackled during labour.", **COURT)],
              P, "bangkok-24", I, "")
    assert "not been verified" in f.reasoning
