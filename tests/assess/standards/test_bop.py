"""The Body of Principles (any form of detention): the legal table."""

from __future__ import annotations

import pytest

from assess_helpers import fact
from pack_table import COURT, NGO, C, I, check, said

P = ["bop"]

TABLE = [
    ("15-incommunicado", [said("family_calls", "held incommunicado", text="He was held incommunicado for twelve "
                               "days after his arrest.", **COURT)],
     "bop-15", C, "no contact with family or counsel beyond days: a concern (the exceptions are qualified)"),
    ("15-calls-limited", [fact("family_calls", "calls limited to ten minutes", **COURT)], "bop-15", None,
     "trap: a limit on calls is not incommunicado detention"),
    ("16-family-not-told", [said("family_calls", "family not informed", text="His family was not informed of his "
                                 "arrest or where he was held.", **COURT)],
     "bop-16", C, "no notice of arrest and place of detention, found: a concern to justify"),
    ("16-consul-denied", [fact("consular_access", "consul refused", **NGO)], "bop-16", C,
     "a foreign national's consular contact refused, alleged"),
    ("17-unverified", [fact("legal_access", "no lawyer assigned", **COURT)], "bop-17", I,
     "principle 17 is not yet verified: it asks, never grades"),
    ("18-lawyer-overheard", [fact("legal_confidentiality", "guards listen to meetings with counsel", **COURT)],
     "bop-18", C, "seen but not heard: consultations overheard, a concern"),
    ("19-visits-restricted", [fact("family_visits", "visits restricted", **COURT)], "bop-19", C,
     "visits subject only to reasonable conditions: the restriction is a concern to justify"),
]


@pytest.mark.parametrize("row", TABLE, ids=[r[0] for r in TABLE])
def test_bop_table(row):
    _id, facts, finding, expected, why = row
    check(facts, P, finding, expected, why)
