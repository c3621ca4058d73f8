"""Grading found by probing with sentences of our own (2026-12-07, day).

- A working complaint route ("detainees could file grievances, and staff answered them") meets rule 57
  (an evidence spec may now apply to negated facts only: ``negated: true``).
- A body's concern at what it was told is a concern, not its finding: no violation_likely on it.
- A corroboration reaches the accounts it bears out, not the other claims of the paragraph.
"""

from __future__ import annotations

import pytest
from assess_helpers import assess_text, check_finding


@pytest.mark.parametrize("text,rule,status", [
    ("Detainees could file grievances, and staff responded to them within a week.", "mandela-57", "compliant"),
    ("Detainees told us that their complaints went unanswered for months.", "mandela-57", "concern"),
    ("The Committee notes with concern information that detainees in Block B are held in cells of 4 square metres "
     "with three other persons.", "mandela-13", "concern"),
    ("During its visit, the delegation observed that cells in Block B measured 4 square metres and held four "
     "detainees each.", "mandela-13", "violation_likely"),
    ("The Subcommittee visited the district prison in May. Detainees told the Subcommittee that they received one "
     "meal a day. Several detainees alleged that guards had beaten them on arrival; the delegation's doctor "
     "observed bruises consistent with their accounts.", "mandela-22", "concern"),
])
def test_probe_grading(text: str, rule: str, status: str) -> None:
    check_finding(assess_text(text).findings, rule, status, text, "basis")
