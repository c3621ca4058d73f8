"""Rule 23 read from an hour given on some days of the week (sentences written for this test).

"One hour of outdoor recreation five days a week" gives the hour on weekdays, not daily: the missing days
are a concern to raise, not a denial of exercise; fewer days, or less than the hour on each, stay a likely
violation when established.
"""

from __future__ import annotations

import pytest

import dignity

HEAD = "UNITED STATES DISTRICT COURT. MEMORANDUM OPINION. "


def _rule_23(sentence: str) -> dignity.Finding:
    a = dignity.assess(HEAD + sentence)
    return next(f for f in a.findings if f.id == "mandela-23")


@pytest.mark.parametrize(("sentence", "status"), [
    ("The record shows that he was offered one hour of outdoor recreation five days a week.", "concern"),
    ("The logs show that inmates in the unit had an hour in the yard six days a week.", "concern"),
    ("The record shows that he was offered one hour of outdoor recreation three days a week.", "violation_likely"),
    ("The record shows that he was offered thirty minutes of outdoor recreation five days a week.",
     "violation_likely"),
    ("The record shows that he was offered one hour of outdoor recreation every day.", "compliant"),
])
def test_days_of_the_week(sentence: str, status: str) -> None:
    assert _rule_23(sentence).status == status


def test_the_reasoning_says_not_daily() -> None:
    f = _rule_23("The record shows that he was offered one hour of outdoor recreation five days a week.")
    text = f.reasoning
    assert "5 days a week, not daily" in text and "The records state " in text
