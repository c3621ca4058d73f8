"""Numeric values on fresh real English text (round 14): the constructions behind the misses.

Real sentences (court opinions, inspectorate and inspector-general reports, news of solitary
confinement) were read outside the repository and their value misses grouped by cause; every
sentence here was written for the test, with other words, places and numbers.

- An area written against its unit: "a 9m² cell", "an 11m² room" (as "a 9 m² cell").
- The area of another place is not the cell's: "plus a sanitary annexe (usually 1m² to 2m²)",
  "a yard of 20 m²".
- A gloss in brackets between the exercise and its period: "4 hours of out-of-cell exercise time
  (yard privileges) per week" is 4/7 hours a day, not 4.
- The clock first and the cell after: "alone round-the-clock in his 12-by-7-foot cell" is 24 hours.
- The hours a cell is kept lit are not hours locked in it: "a cell kept lighted 24 hours a day".
- The hour out told with a modal: "the one hour per day that an inmate may leave his cell".
- Feet written as a right quote or a prime: "cells of about 7’ by 10’".
- The days of a week told as "for five of seven days", "five days out of seven".
- Louisiana's "closed cell restriction" (CCR) is a regime of isolation: "30 years in closed cell restriction".
- Hours told as the expectation after them are a norm: "the 10 hours a day unlock that we expect to see".
- Two areas told with one unit: "the two cells measured 16 and 31 square metres" (both read).
- A regime defined by what it is ("Solitary confinement is the practice of isolating a prisoner for 22 hours a
  day", "the practice of segregation, in which ...") is no one's regime.
- The exercise period told by its place or purpose, no frequency (a day): "a single hour in an exercise cage",
  "only half an hour outside their cell to exercise", "the walks only lasted about half an hour"; one afternoon
  in the yard is no regime.
- A jail's "restrictive unit" is a place of isolation: "reassigned him to the restrictive unit for 90 days".
- The unit told once, after the first side: "a cell of 2 metres by 3", "six feet by nine"; not a time or an
  age after "by" ("6 feet by 2 pm").
"""

from __future__ import annotations

import pytest

from extract_helpers import check_row, reader

read = reader("en", "2024-03-01")


# ------------------------------------------------------------------ an area against its unit
@pytest.mark.parametrize("text,expected", [
    ("She shared an 11m² cell with two other women for most of the winter.", 11.0),
    ("The men were kept in a 7m² room next to the guard post.", 7.0),
    ("He lived in a 9 m² cell with one cellmate.", 9.0),
])
def test_area_written_against_its_unit(text: str, expected: float) -> None:
    check_row(read(text), "cell_space", expected, tolerance=0.05)


# ------------------------------------------------------------------ the area of another place
@pytest.mark.parametrize("text", [
    "Each single cell ought to have at least 8m² of floor plus a sanitary annexe (usually 1m² to 2m²).",
    "The toilet (about 2 m²) was not partitioned off.",
])
def test_area_of_another_place_is_not_the_cells(text: str) -> None:
    facts = read(text)
    assert not [f for f in facts if f.type == "cell_space" and f.value in (1.0, 2.0)], facts


def test_the_cell_area_beside_a_yard_area_is_kept() -> None:
    facts = read("Her cell measured 10 m² and the yard of 30 m² was shared by the whole wing.")
    values = sorted(f.value for f in facts if f.type == "cell_space" and f.value is not None)
    assert values == [10.0], values


# ------------------------------------------------------------------ a gloss between exercise and its period
@pytest.mark.parametrize("text,expected", [
    ("In the unit she was given 4 hours of out-of-cell exercise time (yard privileges) per week.", 4 / 7),
    ("He received 3 hours of recreation (in a concrete pen) per week.", 3 / 7),
])
def test_gloss_between_exercise_and_its_period(text: str, expected: float) -> None:
    facts = read(text)
    got = [f.value for f in facts if f.type == "exercise_time" and isinstance(f.value, (int, float))]
    assert any(abs(v - expected) <= 0.05 for v in got), got
    assert not [v for v in got if v >= 3], got


# ------------------------------------------------------------------ the clock first, the cell after
@pytest.mark.parametrize("text", [
    "Mendez is alone round-the-clock in his 12-by-7-foot cell on the unit.",
    "The youth was locked around the clock in a small room at the centre.",
])
def test_round_the_clock_before_the_cell(text: str) -> None:
    check_row(read(text), "confinement_hours", 24.0, tolerance=0)


def test_lights_round_the_clock_in_the_cell_are_not_confinement() -> None:
    facts = read("The lights were left on round-the-clock in his cell.")
    assert not [f for f in facts if f.type == "confinement_hours" and f.value == 24], facts


# ------------------------------------------------------------------ a lit cell is not a locked one
@pytest.mark.parametrize("text", [
    "He had spent some ten weeks in a 7-by-10-foot cell kept lighted 24 hours a day.",
    "The room was left illuminated 24 hours a day, the boy said.",
])
def test_hours_a_cell_is_kept_lit_are_not_confinement(text: str) -> None:
    facts = read(text)
    assert not [f for f in facts if f.type == "confinement_hours" and f.value is not None], facts


def test_confined_hours_beside_the_lights_are_kept() -> None:
    check_row(read("She was confined to her cell 22 hours a day."), "confinement_hours", 22.0, tolerance=0)


# ------------------------------------------------------------------ the hour out with a modal
@pytest.mark.parametrize("text", [
    "During the one hour per day that a prisoner may leave his cell, he is taken to a bare yard.",
    "In the one hour a day that each detainee can walk, guards stay close.",
])
def test_hour_out_told_with_a_modal(text: str) -> None:
    check_row(read(text), "exercise_time", 1.0, tolerance=0)


# ------------------------------------------------------------------ feet as a right quote or a prime
@pytest.mark.parametrize("text,expected", [
    ("The punishment cells measure roughly 7’ by 10’, with a steel bunk.", 6.5),
    ("His cell was 8′ x 10′ and had no window.", 7.43),
])
def test_feet_written_as_quote_or_prime(text: str, expected: float) -> None:
    check_row(read(text), "cell_space", expected, tolerance=0.05)


# ------------------------------------------------------------------ days of a week as "N of seven"
@pytest.mark.parametrize("text,expected", [
    ("The women get three hours of recreation a day for four of seven days.", 3 * 4 / 7),
    ("He gets one hour of recreation a day, five days out of seven.", 5 / 7),
    ("They were let out into the yard for two hours a day, five days a week.", 10 / 7),
])
def test_days_of_a_week_as_n_of_seven(text: str, expected: float) -> None:
    facts = read(text)
    got = [f.value for f in facts if f.type == "exercise_time" and isinstance(f.value, (int, float))]
    assert any(abs(v - expected) <= 0.05 for v in got), got


# ------------------------------------------------------------------ closed cell restriction
@pytest.mark.parametrize("text,expected", [
    ("Mr. Adeyemi spent 26 years in closed cell restriction at the state penitentiary.", 26 * 365.25),
    ("Their 20-year confinement in closed-cell restriction was challenged.", 20 * 365.25),
])
def test_closed_cell_restriction_is_isolation(text: str, expected: float) -> None:
    check_row(read(text), "isolation_duration", expected, tolerance=0.05)


# ------------------------------------------------------------------ the expectation told after the hours
@pytest.mark.parametrize("text", [
    "Regimes were far more limited than the 9 hours a day unlock that we expect to see.",
    "Few wings came near the 10 hours out of cell a day which inspectors expect.",
])
def test_hours_told_as_an_expectation_are_a_norm(text: str) -> None:
    check_row(read(text), "confinement_hours", False)


def test_hours_out_of_cell_without_an_expectation_are_read() -> None:
    check_row(read("On the wing, men had 2 hours a day out of their cells."), "confinement_hours", 22.0, tolerance=0.02)


# ------------------------------------------------------------------ two areas with one unit
def test_two_areas_told_with_one_unit() -> None:
    facts = read("Later she was moved twice; the two cells measured 16 and 31 square metres, respectively.")
    values = sorted(f.value for f in facts if f.type == "cell_space" and f.value is not None)
    assert values == [16.0, 31.0], values


def test_an_area_range_is_not_two_cells() -> None:
    facts = read("The cells measured between 6 and 8 square metres.")
    values = [f.value for f in facts if f.type == "cell_space" and f.value is not None]
    assert 6.0 not in values, values


# ------------------------------------------------------------------ a regime defined by what it is
@pytest.mark.parametrize("text", [
    "Solitary confinement is the practice of keeping a prisoner alone for 22 or more hours a day.",
    "The practice of segregation, in which inmates stay in their cells for 23 hours a day, is widely criticised.",
])
def test_a_regime_defined_is_no_ones(text: str) -> None:
    check_row(read(text), "confinement_hours", False)


def test_a_regime_endured_is_still_read() -> None:
    check_row(read("Ms. Okafor was kept in segregation, alone in her cell for 23 hours a day."), "confinement_hours",
              23.0, tolerance=0)


# ------------------------------------------------------------------ the exercise period by its place or purpose
@pytest.mark.parametrize("text,expected", [
    ("She is kept alone 23 hours a day, with a single hour in a concrete exercise pen.", 1.0),
    ("Men on the wing were given only 45 minutes outside their cells to exercise.", 0.75),
    ("The daily walks only lasted about twenty minutes.", 1 / 3),
])
def test_exercise_period_by_place_or_purpose(text: str, expected: float) -> None:
    facts = read(text)
    got = [f.value for f in facts if f.type == "exercise_time" and isinstance(f.value, (int, float))]
    assert any(abs(v - expected) <= 0.02 for v in got), got


@pytest.mark.parametrize("text", [
    "The lawyer spent 3 hours in the exercise yard on Monday with the warden.",
    "The walk to the court building lasted two hours.",
])
def test_one_afternoon_is_no_exercise_regime(text: str) -> None:
    facts = read(text)
    assert not [f for f in facts if f.type == "exercise_time" and f.value is not None], facts


# ------------------------------------------------------------------ a restrictive unit
def test_restrictive_unit_is_a_place_of_isolation() -> None:
    check_row(read("Deputies reassigned Mr. Haddad to the Level 4 Restrictive Unit for 90 days."), "isolation_duration",
              90.0, tolerance=0)


def test_restrictive_unit_beds_are_no_duration() -> None:
    check_row(read("The restrictive unit has 40 beds and two showers."), "isolation_duration", False)


# ------------------------------------------------------------------ the unit told once, after the first side
@pytest.mark.parametrize("text,expected", [
    ("Their cell measured 2 metres by 4 and was shared by five women.", 8.0),
    ("The isolation cell was seven feet by ten.", 6.5),
    ("The room was 2.5 metres by 3.5, with one window.", 8.75),
])
def test_unit_told_once_after_the_first_side(text: str, expected: float) -> None:
    check_row(read(text), "cell_space", expected, tolerance=0.05)


def test_unit_told_once_keeps_its_occupants() -> None:
    text = "Their cell measured 2 metres by 4 and was shared by five women."
    facts = [f for f in read(text) if f.type == "cell_space"]
    assert any((f.qualifiers or {}).get("occupants") == 5 for f in facts), facts


@pytest.mark.parametrize("text", [
    "He walked 6 feet by 2 pm to reach the cell door.",
    "The cell block wall is 10 metres by 20 years of neglect.",
])
def test_a_time_or_an_age_after_by_is_no_side(text: str) -> None:
    check_row(read(text), "cell_space", False)
