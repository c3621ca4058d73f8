"""US law: the tests US courts apply and the SAMs regulation, stated as tests, never as verdicts."""

from __future__ import annotations

import pytest

from assess_helpers import fact
from pack_table import COURT, MONITOR, I, check, findings, said

P = ["us"]


def pretrial(**kw):
    return fact("pretrial_status", "pretrial", **kw)


TABLE = [
    ("bell-restrictions", [pretrial(**COURT), fact("special_regime", "special housing unit", **COURT),
                           fact("family_visits", "no visits", **COURT)],
     "us-bell", I, "Bell v. Wolfish: the test and its questions, even on a court's findings"),
    ("bell-convicted", [fact("pretrial_status", "convicted", **COURT),
                        fact("special_regime", "special housing unit", **COURT)],
     "us-bell", None, "trap: Bell v. Wolfish is the test for the untried"),
    ("kingsley-force", [pretrial(**COURT), fact("use_of_force", "pepper spray", **COURT)], "us-kingsley", I,
     "Kingsley: objective unreasonableness, asked not answered"),
    ("farmer-medical", [fact("medical_care", "insulin withheld for three days", **MONITOR)], "us-farmer", I,
     "Farmer: who knew of the risk and disregarded it"),
    ("conditions-cold", [fact("temperature", "cells below freezing", **COURT)], "us-conditions", I,
     "Rhodes and Wilson: a serious deprivation and deliberate indifference"),
    ("turner-mail", [fact("correspondence", "letters withheld", **COURT)], "us-turner", I,
     "Turner: reasonably related to a legitimate penological interest, and the four factors"),
    ("sandin-segregation", [fact("solitary", quote="in disciplinary segregation", **COURT)], "us-sandin", I,
     "Sandin: an atypical and significant hardship, asked"),
    ("sam-named", [said("special_regime", "special administrative measures", text="He is held under special "
                        "administrative measures imposed by the Attorney General.", **COURT)],
     "us-sam-a", I, "28 CFR 501.3(a): the terms of the regulation, asked"),
    ("sam-monitoring", [fact("legal_confidentiality", "attorney visits monitored", **COURT)], "us-sam-d", I,
     "501.3(d): the certification and the privilege team, asked"),
]


@pytest.mark.parametrize("row", TABLE, ids=[r[0] for r in TABLE])
def test_us_table(row):
    _id, facts, finding, expected, why = row
    check(facts, P, finding, expected, why)


def test_us_law_never_predicts_an_outcome():
    facts = [pretrial(**COURT), fact("special_regime", "special housing unit", **COURT),
             fact("use_of_force", "beaten", quote="officers beat him", **COURT),
             fact("temperature", "freezing cells", **COURT), fact("family_visits", "no visits", **COURT),
             fact("solitary", quote="alone 23 hours a day", **COURT)]
    got = findings(facts, P)
    assert len(got) >= 4
    for f in got.values():
        assert str(f.status) == I, f.id
        assert "violation is likely" not in f.reasoning and "concern:" not in f.reasoning.lower(), f.id
        assert f.questions, f.id


def test_bell_states_the_test():
    f = findings([pretrial(**COURT), fact("special_regime", "special housing unit", **COURT)], P)["us-bell"]
    assert "reasonably related to a legitimate governmental aim" in f.reasoning
    assert any("intent to punish" in q for q in f.questions)


def test_a_case_reads_as_its_name():
    f = findings([pretrial(**COURT), fact("special_regime", "special housing unit", **COURT),
                  fact("justification_security", "escape risk", who="the government", certainty="alleged")],
                 P)["us-bell"]
    assert "Under Bell v. Wolfish, a detainee" in f.reasoning
    assert "  " not in f.reasoning
