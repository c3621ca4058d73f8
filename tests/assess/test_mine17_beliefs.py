"""Round 17 (lead): a belief, a suspicion or a fear told with its "that" is its holder's word ("Some
believe that", "his relatives fear that", "the family suspects that"): one source, never established by
itself.  A monitoring body's own belief stays its word, and a court's crediting of testimony is not a
belief.  Sentences of our own."""

from __future__ import annotations

import pytest
from assess_helpers import assess_text, check_finding

V, C = "violation_likely", "concern"

ROWS = [
    ("some-believe", "Some believe that Ivan Sorokin was held in solitary confinement at Orsk prison for 40 days.",
     "mandela-43-1-b", C, "an unnamed group's belief is one account: a concern, not a finding"),
    ("relatives-fear", "His relatives fear that guards at Orsk prison beat him with batons every night.",
     "mandela-1", C, "a family's fear is their account of what happens, not established"),
    ("family-suspects", "The family suspects that he was denied medical care for a broken arm at Orsk prison.",
     "mandela-24", C, "a suspicion is an allegation"),
    ("many-think", "Many inmates think that the food at Orsk prison is not fit to eat.",
     "mandela-22", C, "what inmates think is their account"),
    # traps
    ("committee-believes", "The Committee believes that detainees at Orsk prison were denied medical care for "
     "weeks.", "mandela-24", V, "a monitoring body's own belief is its conclusion, as its finding would be"),
    ("court-believed-testimony", "The court believed his testimony that guards at Orsk prison beat him with "
     "batons.", "mandela-1", V, "the court crediting the testimony establishes it; no belief of a party"),
]


@pytest.mark.parametrize(("row_id", "text", "finding_id", "expected", "reason"), ROWS, ids=[r[0] for r in ROWS])
def test_a_belief_is_its_holders_word(row_id, text, finding_id, expected, reason):
    check_finding(assess_text(text).findings, finding_id, expected, reason, "basis")
