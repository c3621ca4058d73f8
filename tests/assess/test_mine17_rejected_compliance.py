"""Round 17 (lead): a finding that the standard is met never rests only on a claim a court or body
rejected or found not credible (issue 11, point 1): the authorities' rejected account of meals, light or
exercise shows neither compliance nor a breach.  The traps: the same account found by the court, or
credited by it, still shows the standard met.  Sentences of our own."""

from __future__ import annotations

import pytest
from assess_helpers import assess_text, check_finding

OK, INSUFFICIENT = "compliant", "insufficient_information"

ROWS = [
    ("meals-rejected", "The court rejected as not credible the warden's testimony that detainees at Orsk jail "
     "received three meals a day.", "mandela-22", INSUFFICIENT,
     "a rejected claim of adequate food is no proof of it, and no proof of the contrary"),
    ("exercise-not-persuaded", "The court was not persuaded by the sheriff's assertion that inmates at Orsk jail "
     "had an hour of exercise in the open air every day.", "mandela-23", INSUFFICIENT,
     "an assertion the court was not persuaded by settles nothing"),
    # traps
    ("meals-found", "The court found that detainees at Orsk jail received three meals a day.", "mandela-22", OK,
     "the court's own finding that the food is given shows the standard met"),
    ("exercise-found", "The court found that inmates at Orsk jail had an hour of exercise in the open air every "
     "day.", "mandela-23", OK, "the court's own finding of the daily hour outdoors"),
]


@pytest.mark.parametrize(("row_id", "text", "finding_id", "expected", "reason"), ROWS, ids=[r[0] for r in ROWS])
def test_no_compliance_rests_on_a_rejected_claim(row_id, text, finding_id, expected, reason):
    check_finding(assess_text(text).findings, finding_id, expected, reason, "basis")
