"""ICCPR arts 7, 9, 10 and 14 (with General Comments 20 and 21): the legal table."""

from __future__ import annotations

import pytest

from assess_helpers import fact
from pack_table import COURT, MONITOR, NGO, C, I, OK, V, check, child, said

P = ["iccpr"]

TABLE = [
    ("7-beating-found", [fact("use_of_force", "beaten by guards", quote="guards beat him with batons", **COURT)],
     "iccpr-7", V, "ill-treatment a court finds: the absolute ban is likely breached"),
    ("7-beating-alleged", [fact("use_of_force", "beaten by guards", quote="guards beat him with batons", **NGO)],
     "iccpr-7", C, "one NGO's allegation is a concern, whatever the rule"),
    ("7-force-against-refusal", [fact("use_of_force", "force", quote="staff used force when he refused to leave "
                                      "the cell", **COURT)],
     "iccpr-7", None, "trap: force against a refusal is a question of necessity, not ill-treatment per se"),
    ("7-solitary-asks", [fact("solitary", quote="kept alone in a segregation cell", **COURT)],
     "iccpr-7-solitary", I, "the Committee sets no number of days: solitary alone raises the question"),
    ("7-solitary-indefinite", [fact("solitary", quote="kept alone", **COURT),
                               fact("indefinite_isolation", quote="until further notice", **COURT)],
     "iccpr-7-solitary", C, "open-ended isolation found by a court: a concern under a qualified reading"),
    ("7-safeguards-lawyer-denied", [fact("legal_access", "denied access to his lawyer", **MONITOR)],
     "iccpr-7-safeguards", V, "an inspectorate finds the lawyer denied: the safeguard is specific and missing"),
    ("7-safeguards-vague", [fact("medical_care", "poor medical care", **NGO)],
     "iccpr-7-safeguards", C, "an allegation in general terms: a concern"),
    ("9-3-pretrial-asks", [fact("pretrial_status", "pretrial", **COURT)], "iccpr-9-3", I,
     "an untried detainee: how soon before a judge, how long until trial, are the questions"),
    ("9-3-convicted", [fact("pretrial_status", "convicted", **COURT), fact("legal_access", "no lawyer", **COURT)],
     "iccpr-9-3", None, "trap: article 9(3) protects those held on a charge, not the convicted"),
    ("10-1-overcrowding-alleged", [fact("overcrowding", "cells packed beyond capacity", **NGO)], "iccpr-10-1", C,
     "humane conditions: an allegation of overcrowding is a concern"),
    ("10-1-food-denied", [fact("food_water", "denied drinking water for two days", **MONITOR)], "iccpr-10-1", V,
     "a monitor finds water withheld for days: specific, a likely breach of the minimum"),
    ("10-1-met", [fact("sanitation", "toilets clean and working", negated=True, **COURT)], "iccpr-10-1", OK,
     "a court finds the sanitation adequate: the standard is met on that point"),
    ("10-2-a-with-convicted", [fact("pretrial_status", "pretrial", **COURT),
                               said("separation", "held with convicted prisoners",
                                    text="He is held on remand in a wing with convicted prisoners.", **COURT)],
     "iccpr-10-2-a", C, "save in exceptional circumstances: established mixing is a concern to justify"),
    ("10-2-a-convicted-person", [fact("pretrial_status", "convicted", **COURT),
                                 said("separation", "with convicted prisoners",
                                      text="He shares a wing with other convicted prisoners.", **COURT)],
     "iccpr-10-2-a", None, "trap: the rule protects the untried, not the convicted"),
    ("10-2-b-child-with-adults", [child(**COURT),
                                  said("separation", "held with adults",
                                       text="The boy sleeps in a dormitory with adult men.", **COURT)],
     "iccpr-10-2-b", V, "an accused juvenile held with adults, found by a court"),
    ("10-3-no-programmes", [fact("work_programmes", "no education or work offered", **NGO)], "iccpr-10-3", C,
     "rehabilitation: no programme, as alleged, is a concern"),
    ("14-3-lawyer-monitored", [fact("legal_confidentiality", "meetings with counsel recorded", **COURT)],
     "iccpr-14-3", C, "'recorded' does not say how far the defence is hampered: a concern"),
    ("14-3-lawyer-denied", [fact("legal_access", "denied access to the lawyer of his choice", **COURT)],
     "iccpr-14-3", V, "counsel of choice denied, found by a court: a likely breach"),
]


@pytest.mark.parametrize("row", TABLE, ids=[r[0] for r in TABLE])
def test_iccpr_table(row):
    _id, facts, finding, expected, why = row
    check(facts, P, finding, expected, why)


def test_article_7_no_reason_excuses_it():
    f = check([fact("use_of_force", "beaten", quote="officers beat him", **COURT),
               fact("justification_security", "to keep order after a riot", who="the prison administration",
                    certainty="alleged")], P, "iccpr-7", V, "absolute: a stated reason excuses nothing")
    assert "does not excuse" in f.reasoning


def test_findings_cite_the_covenant():
    f = check([fact("pretrial_status", "pretrial", **COURT)], P, "iccpr-9-3", I, "pretrial")
    assert "article 9(3)" in f.reasoning and f.standard.startswith("International Covenant")
