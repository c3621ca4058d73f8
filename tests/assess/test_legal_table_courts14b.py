"""The legal test table, round courts14b: sentences of our own, one row per rule of the trade.

Each row is a short text written for the test (names, places and numbers invented), the finding it must
give (rule, status; None: no finding for that rule) and a one-line reason.  The rows come from the misses
found on fresh US court text read as a detention-monitoring lawyer would: a toilet that leaks is the
toilet's (rule 15), not the building's (rule 13, kept for a leaking roof); a suicide gown as all the
clothing one is given is rule 19's; a head count written with a comma ("as many as 10 or 11, prisoners
were crowded into 8' x 10' cells") says how far the space falls short; mattresses handed out "to spread
on the floor" are no bed.
"""

from __future__ import annotations

import pytest
from assess_helpers import assess_text, check_finding

V, C, I, OK = "violation_likely", "concern", "insufficient_information", "compliant"

# (id, text, lang, finding id, expected status, reason)
ROWS = [
    # --- a leaking toilet is the toilet's -----------------------------------------------------------------------
    ("toilet-leaks-rule-15", "SCREENING ORDER. Plaintiff Dale Ruiz, a pretrial detainee at the Marlow County Jail, "
     "alleges that the toilet in his cell leaks from its base onto the floor.", None, "mandela-15", C,
     "a leaking toilet is the sanitation of rule 15; alleged at screening: a concern"),
    ("leaking-toilet-rule-15", "SCREENING ORDER. Plaintiff alleges that he was kept for a week in a cell with a "
     "leaking toilet.", None, "mandela-15", C, "'a leaking toilet' is the toilet's condition, rule 15"),
    ("leaking-roof-still-13", "SCREENING ORDER. Plaintiff alleges that the roof of his housing unit leaks "
     "whenever it rains.", None, "mandela-13", C,
     "counter-example: a leaking roof stays the building's (rule 13)"),
    ("leaking-roof-not-15", "SCREENING ORDER. Plaintiff alleges that the roof of his housing unit leaks "
     "whenever it rains.", None, "mandela-15", None,
     "counter-example: a leaking roof is not a toilet or cleaning matter"),
    # --- a suicide gown as all one is given --------------------------------------------------------------------
    ("suicide-gown-rule-19", "SCREENING ORDER. Plaintiff alleges that while on behavior control officers only "
     "provided him a suicide gown to wear for ten days.", None, "mandela-19", C,
     "a suicide gown as the only clothing is rule 19's; alleged: a concern"),
    # --- a head count beside the cell's size -------------------------------------------------------------------
    ("headcount-with-comma", "FINDINGS OF FACT. The court finds that as many as 10 or 11, prisoners were "
     "crowded into each windowless 8' x 10' isolation cell.", None, "mandela-13", V,
     "a court's finding of 11 in 7.4 m2: under 1 m2 each, how far the space falls short"),
    # --- mattresses to spread on the floor ---------------------------------------------------------------------
    ("mattresses-spread-on-floor", "FINDINGS OF FACT. The court finds that at night the prisoners in the "
     "isolation block were given mattresses to spread on the floor.", None, "mandela-21", V,
     "a court's finding that prisoners sleep on the floor: no bed, how far it falls short"),
]


@pytest.mark.parametrize("row_id,text,lang,finding_id,expected,reason", ROWS, ids=[r[0] for r in ROWS])
def test_legal_table_courts14b(row_id, text, lang, finding_id, expected, reason):
    check_finding(assess_text(text, lang).findings, finding_id, expected, reason, "basis")


def test_rows_have_reasons_and_unique_ids():
    ids = [r[0] for r in ROWS]
    assert len(ids) == len(set(ids))
    assert all(r[5] and r[4] in (V, C, I, OK, None) for r in ROWS)
