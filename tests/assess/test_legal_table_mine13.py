"""The legal test table, round mine13 (issue 11): who is speaking, read as a monitoring lawyer would.

Rows written for the test (names, places and numbers invented), from causes of over-calling found on
fresh real text: a news report about a lawsuit is the reporter relaying the suit, not a court; one
detainee named twice (by name, by a role) is one source, not two that agree; a party's participle
("filed a grievance complaining that", "published a report stating that") names the speaker; a wish
("Let there be ...") is no state of things.
"""

from __future__ import annotations

import pytest
from assess_helpers import assess_text, check_finding

V, C, I, OK = "violation_likely", "concern", "insufficient_information", "compliant"

# (id, text, lang, finding id, expected status, reason)
ROWS = [
    # --- a news report about a lawsuit is the press relaying the suit ----------------------------------
    ("news-lawsuit-restraints", "PINE HOLLOW - Inmate Carl Beaty says in a lawsuit that the lights stay on all night "
     "in the segregation cells. A nonjury trial began Tuesday in U.S. District Court. Inmates in the unit are "
     "shackled before they are let out for a shower.", None, "mandela-47", C,
     "a reporter's account of a suit: no court has found anything yet, so a concern"),
    ("news-according-to-suit", "The jail's practice of holding men in solitary confinement is unconstitutional, "
     "according to a federal lawsuit filed in Harlow. Men in the unit are locked in windowless cells for 23 hours "
     "a day with the lights on around the clock, the lawsuit alleges.", None, "mandela-43-1-c", C,
     "what a suit alleges, as the press tells it: one allegation, a concern"),
    ("court-finds-lights", "MEMORANDUM OPINION AND ORDER. Beaty v. Lund, No. 2:19-cv-44. After a bench trial, the "
     "court finds that the lights in the segregation cells were never switched off at night for two years.",
     None, "mandela-43-1-c", V, "counter-example: a court's finding after trial establishes the fact"),
    # --- one detainee, named twice, is one source -----------------------------------------------------
    ("one-person-twice", "Inmate Ross Kemper says the lights are on 24 hours a day in his cell. The resident of the "
     "Dunmore unit has complained about the lights for three years.", None, "mandela-43-1-c", C,
     "the same man by name and by a role: his word twice, not two sources that agree"),
    ("two-people-agree", "Inmate Ross Kemper says the lights are on 24 hours a day in his cell. His cellmate Omar "
     "Diallo told the inspectors that the lights are on 24 hours a day in the cell.", None, "mandela-43-1-c", V,
     "counter-example: two men, each his own witness, agree on the same fact"),
    # --- a participle names its clause's subject as the speaker ----------------------------------------
    ("ngo-report-stating", "Justice Watch Network published a report stating that detainees in the Larch Road "
     "centre were denied drinking water for two days.", None, "mandela-22", C,
     "an NGO's report, relayed: one allegation, not the author's finding"),
    ("grievance-complaining", "The record reflects that Plaintiff submitted a grievance in May complaining that "
     "he was given no mattress for ten days.", None, "mandela-21", C,
     "the grievance is the plaintiff's word, which the record shows he made, not the fact itself"),
    # --- a wish is no state of things ------------------------------------------------------------------
    ("headline-wish", "PRISONER: Let there be no lights at night", None, "mandela-43-1-c", None,
     "trap: a headline's wish says nothing of the cell"),
]


@pytest.mark.parametrize("text, lang, finding_id, expected, reason",
                         [pytest.param(t, lang, i, s, r, id=n) for n, t, lang, i, s, r in ROWS])
def test_legal_table_mine13(text, lang, finding_id, expected, reason):
    check_finding(assess_text(text, lang).findings, finding_id, expected, reason, "basis")


def test_rows_have_reasons_and_unique_ids():
    assert len({r[0] for r in ROWS}) == len(ROWS)
    assert all(r[-1] for r in ROWS)
