"""The Inter-American Principles on persons deprived of liberty: the legal table."""

from __future__ import annotations

import pytest

from assess_helpers import fact
from pack_table import COURT, NGO, C, I, check

P = ["iachr"]

TABLE = [
    ("xxii-3-indefinite", [fact("solitary", quote="kept in isolation", **COURT),
                           fact("indefinite_isolation", quote="indefinitely", **COURT)],
     "iachr-xxii-3", C, "open-ended isolation, found: not a strictly limited time"),
    ("xxii-3-asks", [fact("solitary", quote="kept in isolation", **NGO)], "iachr-xxii-3", I,
     "isolation alone: last resort and necessity are the questions"),
    ("xi-unverified", [fact("food_water", "rotten food", **COURT)], "iachr-xi", I,
     "principle XI is not yet verified: it asks, never grades"),
    ("xii-unverified", [fact("overcrowding", "three times its capacity", **COURT)], "iachr-xii", I,
     "principles XII and XVII are not yet verified: they ask"),
]


@pytest.mark.parametrize("row", TABLE, ids=[r[0] for r in TABLE])
def test_iachr_table(row):
    _id, facts, finding, expected, why = row
    check(facts, P, finding, expected, why)
