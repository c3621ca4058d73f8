"""Value forms of the late round of 2026-12-07 (sentences written for this suite).

Sessions named with their activity between the length and the session word ("two one-hour
exercise periods a week") are counted, and the length alone is no daily figure; hours in
the cell "on a weekday" are that day's hours, while an hour out "each weekday" is five a week.
"""

from __future__ import annotations

import pytest

from extract_helpers import check_row, describe


@pytest.mark.parametrize("sentence,type_,expected", [
    ("Prisoners in the unit were offered two one-hour exercise periods a week.", "exercise_time", 2 / 7),
    ("Inmates get three 30-minute exercise sessions per week.", "exercise_time", 1.5 / 7),
    ("The men had four one-hour recreation sessions a week in the yard.", "exercise_time", 4 / 7),
    ("He had a one-hour daily exercise period.", "exercise_time", 1.0),
    ("Inmates were locked in their cells for 13.4 hours on a weekday.", "confinement_hours", 13.4),
    ("On the unit, detainees spend 21 hours in their cells on weekdays.", "confinement_hours", 21.0),
    ("He was let out for one hour each weekday.", "confinement_hours", 24 - 5 / 7),
])
def test_value(facts, sentence: str, type_: str, expected: float) -> None:
    check_row(facts(sentence), type_, expected, tolerance=0.05)


def test_a_weekly_session_is_no_daily_hour(facts) -> None:
    found = [f for f in facts("Prisoners in the unit were offered two one-hour exercise periods a week.")
             if f.type == "exercise_time"]
    assert found and all(f.value < 0.5 for f in found), describe(found)
