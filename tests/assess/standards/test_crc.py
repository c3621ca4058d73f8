"""CRC article 37 (children deprived of liberty): the legal table."""

from __future__ import annotations

import pytest

from assess_helpers import fact
from pack_table import COURT, MOTHER, C, I, V, check, child, said

P = ["crc"]

TABLE = [
    ("37-a-child-beaten", [child(**COURT), fact("use_of_force", "beaten", quote="staff beat the boy", **COURT)],
     "crc-37-a", V, "ill-treatment of a child found by a court"),
    ("37-a-adult-beaten", [fact("use_of_force", "beaten", quote="staff beat the man", **COURT)],
     "crc-37-a", None, "trap: article 37 protects children; no child, no finding"),
    ("37-b-last-resort-asks", [child(**COURT)], "crc-37-b", I,
     "every detained child raises the question: last resort, shortest time"),
    ("37-c-isolated-child-asks", [child(**MOTHER), fact("solitary", quote="held in isolation", **MOTHER)],
     "crc-37-c", I, "isolating a child raises the needs of the child's age; the article names no practice"),
    ("37-c-isolated-adult", [fact("solitary", quote="held in isolation", **COURT)], "crc-37-c", None,
     "trap: no child shown"),
    ("37-c-with-adults", [child(**COURT), said("separation", "held with adults",
                                               text="The girl is held in a cell with adult women.", **COURT)],
     "crc-37-c-separation", C, "qualified by the child's best interest: an established mixing is a concern"),
    ("37-c-visits-banned", [child(**COURT), fact("family_visits", "no family visits", quote="no visits allowed",
                                                   **COURT)],
     "crc-37-c-family", C, "save in exceptional circumstances: established loss of visits is a concern to justify"),
    ("37-d-lawyer-denied", [child(**COURT), fact("legal_access", "denied access to a lawyer", **COURT)],
     "crc-37-d", V, "prompt legal help denied to a child, found by a court"),
    ("37-d-lawyer-vague", [child(**MOTHER), fact("legal_access", "difficult to see a lawyer", **MOTHER)],
     "crc-37-d", C, "an allegation in general terms: a concern"),
]


@pytest.mark.parametrize("row", TABLE, ids=[r[0] for r in TABLE])
def test_crc_table(row):
    _id, facts, finding, expected, why = row
    check(facts, P, finding, expected, why)
