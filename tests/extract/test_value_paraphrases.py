"""The many ways reports give the numbers of confinement_hours, exercise_time,
isolation_duration and cell_space, each read to the value the evaluation checks (hours
a day within half an hour, days within 15 %, m2 within 10 %).  Sentences of our own,
written for this table, not from any corpus.

A value counts where some fact of the type about a person or group carries it, as the
evaluation counts it."""

from __future__ import annotations

import pytest

import dignity
from dignity.eval.scorer import value_matches

from extract_helpers import counted, describe

DOC_DATE = "2023-06-01"

# (sentence, type, value)
HOURS = [
    ("Prisoners in the unit are confined 23 hours per day.", "confinement_hours", 23),
    ("Detainees in the annex were locked down for 22-24 hours daily.", "confinement_hours", 22),
    ("The men spend all but one hour a day in their cells.", "confinement_hours", 23),
    ("Inmates in segregation are only allowed out for 30 minutes a day.", "confinement_hours", 23.5),
    ("Out-of-cell time for the women was less than two hours a day.", "confinement_hours", 22),
    ("The boys are in-cell 20 hours a day.", "confinement_hours", 20),
    ("Prisoners on the wing face a lock-up of 21 hours a day.", "confinement_hours", 21),
    ("Inmates at the jail endured 18-hour lockdowns.", "confinement_hours", 18),
    ("His time out of cell was limited to 45 minutes a day.", "confinement_hours", 23.25),
    ("The detainees are held under a 23-hour lockdown.", "confinement_hours", 23),
    ("He is locked in for 23 hours out of 24.", "confinement_hours", 23),
    ("Residents remain behind locked doors twenty-two hours a day.", "confinement_hours", 22),
    ("The prisoners were kept in their cells for twenty hours each day.", "confinement_hours", 20),
    ("Women in the unit were let out of their cells for only an hour and a half a day.", "confinement_hours", 22.5),
    ("Detainees said they were confined to the cell 24 hours a day.", "confinement_hours", 24),
    ("He is confined to his cell 23 hours a day with one hour of exercise.", "exercise_time", 1),
    ("The inmates get one hour of outdoor exercise a day.", "exercise_time", 1),
    ("Prisoners have recreation for an hour each day.", "exercise_time", 1),
    ("The inmates get an hour in the yard each day.", "exercise_time", 1),
    ("Detainees exercise three times a week for one hour.", "exercise_time", 0.43),
    ("He receives 45 minutes of exercise, twice a week.", "exercise_time", 0.21),
    ("Prisoners receive only 10 minutes of fresh air a day.", "exercise_time", 0.17),
    ("The women get one hour of recreation five days a week.", "exercise_time", 0.71),
    ("He was given two hours of yard time per week.", "exercise_time", 0.29),
    ("Inmates were taken to the courtyard for 30 minutes daily.", "exercise_time", 0.5),
    ("The detainees have half an hour of walking in the courtyard each day.", "exercise_time", 0.5),
    ("Inmates were permitted to leave their cells only one hour per day.", "confinement_hours", 23),
    ("Prisoners had only 30 minutes outside their cells each day.", "confinement_hours", 23.5),
    ("Inmates were confined to cells for 20 or more hours per day.", "confinement_hours", 20),
    ("Prisoners in the unit are locked in their cells except for one hour of exercise daily.",
     "confinement_hours", 23),
    ("Prisoners in the unit are locked in their cells except for one hour of exercise daily.", "exercise_time", 1),
    ("Detainees were held in their cells around the clock, except for a daily 15-minute walk.",
     "exercise_time", 0.25),
    ("Authorities allowed prisoners one hour of sunlight per day.", "exercise_time", 1),
    ("Exercise was limited to one hour three times a week.", "exercise_time", 0.43),
    ("Recreation takes place once a week for 45 minutes.", "exercise_time", 0.11),
    ("Prisoners get 15-30 minutes a day in the yard.", "exercise_time", 0.25),
    ("Exercise: one hour per day.", "exercise_time", 1),
    ("Prisoners received between one and two hours of exercise per day.", "exercise_time", 1),
    ("Inmates get one hour out of their cells per day.", "confinement_hours", 23),
    ("The men are held under a 23-hour-a-day lockdown.", "confinement_hours", 23),
    ("Prisoners in isolation were out for one hour per day.", "confinement_hours", 23),
    ("Time out of cell was as little as 30 minutes a day.", "confinement_hours", 23.5),
    ("They get a quarter of an hour of exercise a day.", "exercise_time", 0.25),
    ("They get three quarters of an hour in the yard each day.", "exercise_time", 0.75),
    ("He gets ninety minutes of exercise per day.", "exercise_time", 1.5),
    ("Inmates are locked in cells 23 hours in every 24-hour period.", "confinement_hours", 23),
]

DURATIONS = [
    ("He was held in solitary for 18 months.", 548),
    ("She spent 4 years in isolation.", 1461),
    ("He has spent a total of 600 days in solitary confinement.", 600),
    ("He has been in solitary confinement for more than two decades.", 7305),
    ("He has been in solitary confinement since his transfer in 2019.", 1430),
    ("He was kept in segregation for 45 consecutive days.", 45),
    ("He served a 30-day sanction in segregation.", 30),
    ("The prison keeps young men in segregation placements of up to 90 days.", 90),
    ("He has now spent over 500 days in solitary confinement.", 500),
    ("He has been held in solitary confinement for a year and a half.", 548),
    ("She was kept in isolation for six weeks.", 42),
    ("He has been in segregation since 12 March 2021.", 811),
    ("He has spent the last three years in solitary confinement.", 1096),
    ("He has been in isolation for 2½ years.", 913),
    ("He was in solitary confinement for about ten months.", 304),
    ("He spent a fortnight in the punishment cell.", 14),
    ("He was kept in solitary confinement for 23 hours a day for three years.", 1096),
    ("He was released from segregation after 90 days.", 90),
    ("He was moved out of solitary confinement only after nearly two years.", 730),
    ("For the next 18 months, he remained in segregation.", 548),
    ("He was in the SHU from January 2015 to March 2016.", 395),
    ("Some prisoners have been in the SHU for over a decade.", 3652),
    ("He was placed in solitary confinement on 1 January 2022 and is still there.", 516),
    ("He received 60 days of disciplinary segregation.", 60),
    ("He was held in isolation for 5 months and 20 days.", 172),
    ("He spent two years and three months in solitary confinement.", 822),
    ("He was given 21 days' cellular confinement.", 21),
    ("After 42 days' segregation, he was moved back to the wing.", 42),
    ("Time in segregation: he was held in segregation for 1,500 days.", 1500),
    ("In May 2019 he was placed in solitary confinement. He remained there for 18 months.", 548),
    ("He was moved to the segregation unit. He has been held there for over two years.", 730),
]

AREAS = [
    ("The cells measuring 2 by 3 metres hold two prisoners.", 6.0),
    ("Prisoners are held in cells of 6 x 9 feet.", 5.0),
    ("His cell is about 80 square feet.", 7.4),
    ("Six people share 8 square metres in each cell.", 8.0),
    ("He is held in a cell of 12 m² with three others.", 12.0),
    ("Detainees have 1.2 m2 per person in the cell.", 1.2),
    ("Inmates have 3.5 square meters per inmate.", 3.5),
    ("His cell is 60 sq. ft.", 5.6),
    ("The cell was 9 sq m and held four men.", 9.0),
    ("Each cell measures 10 metres squared.", 10.0),
    ("The cells measure roughly 2 x 3 m.", 6.0),
    ("The cell is 3m x 2.5m.", 7.5),
    ("The cells are 7' x 10'.", 6.5),
    ("The cell was barely two metres wide and three metres long.", 6.0),
    ("The cell was 12 feet long and 7 feet wide.", 7.8),
    ("His cell is nine square meters.", 9.0),
    ("The cell measures 2,5 by 3 metres.", 7.5),
]


def _values(sentence: str, type_: str) -> tuple[list[float], list]:
    found = dignity.extract(sentence, date=DOC_DATE).facts
    return [float(f.value) for f in counted(found, type_) if isinstance(f.value, (int, float))], found


@pytest.mark.parametrize("sentence,type_,value", HOURS)
def test_hours_a_day_in_the_words_reports_use(sentence, type_, value):
    got, found = _values(sentence, type_)
    assert any(value_matches(type_, value, v) for v in got), describe(found)


@pytest.mark.parametrize("sentence,days", DURATIONS)
def test_lengths_of_isolation_in_the_words_reports_use(sentence, days):
    got, found = _values(sentence, "isolation_duration")
    assert any(value_matches("isolation_duration", days, v) for v in got), describe(found)


@pytest.mark.parametrize("sentence,m2", AREAS)
def test_cell_areas_in_any_spelling_of_the_unit(sentence, m2):
    got, found = _values(sentence, "cell_space")
    assert any(value_matches("cell_space", m2, v) for v in got), describe(found)


# a number attaches to the fact its clause is about, never to the other one
@pytest.mark.parametrize("sentence,type_,value,not_value", [
    ("He is confined to his cell 23 hours a day with one hour of exercise.", "confinement_hours", 23, 1),
    ("He is confined to his cell 23 hours a day with one hour of exercise.", "exercise_time", 1, 23),
    ("Exercise lasts one hour a day, while the men spend 23 hours a day in their cells.", "exercise_time", 1, 23),
    ("Exercise lasts one hour a day, while the men spend 23 hours a day in their cells.",
     "confinement_hours", 23, 1),
    ("He is let out of his cell for one hour a day.", "confinement_hours", 23, 1),
    ("He spent 10 days in segregation and 3 days in the infirmary.", "isolation_duration", 10, 13),
])
def test_a_number_belongs_to_the_fact_of_its_clause(sentence, type_, value, not_value):
    got, found = _values(sentence, type_)
    assert any(value_matches(type_, value, v) for v in got), describe(found)
    assert not any(value_matches(type_, not_value, v) for v in got), describe(found)


def test_a_valueless_fact_takes_the_number_of_its_clause():
    """A fact whose own words give no number (a composed or phrase fact) takes the
    clause's: one fact, not a second one beside it."""
    found = dignity.extract("He complained of insufficient exercise: an hour in the yard each day.").facts
    (f,) = [x for x in found if x.type == "exercise_time"]
    assert f.value == 1 and f.explain.value_rule.startswith("from the clause"), describe(found)


def test_a_range_keeps_its_least_and_its_most():
    found = dignity.extract("Detainees in the annex were locked down for 22-24 hours daily.").facts
    (f,) = counted(found, "confinement_hours")
    assert f.value == 22 and f.qualifiers["up_to"] == 24


def test_sessions_a_week_are_kept_beside_the_daily_figure():
    found = dignity.extract("Detainees exercise three times a week for one hour.").facts
    (f,) = counted(found, "exercise_time")
    assert f.value == pytest.approx(0.43, abs=0.01)
    assert f.qualifiers["per"] == "week" and f.qualifiers["times"] == 3 and f.qualifiers["session_hours"] == 1


@pytest.mark.parametrize("sentence,type_", [
    ("He was interviewed for two hours on 3 May.", "confinement_hours"),
    ("The visit lasted two hours.", "exercise_time"),
    ("Staff work 12 hours a day in the yard.", "exercise_time"),
    ("The hearing took three hours.", "confinement_hours"),
    ("The facility covers 2,000 square feet of floor space.", "cell_space"),
    ("The cell was two metres long and three metres long.", "cell_space"),
    ("The 45-minute hearing ended.", "exercise_time"),
    ("He was released from prison after 10 years.", "isolation_duration"),
    ("He served 3 years' imprisonment and was segregated.", "isolation_duration"),
    ("He was held in the prison. He remained there for 3 years.", "isolation_duration"),
    ("Solitary confinement means confinement for 22 hours or more a day without meaningful human contact.",
     "confinement_hours"),
    ("International standards require at least one hour of outdoor exercise a day.", "exercise_time"),
])
def test_numbers_that_are_none_of_these_give_no_value(sentence, type_):
    got, found = _values(sentence, type_)
    assert not got, describe(found)


def test_a_read_number_is_situated_like_any_fact():
    """A rule's requirement of an hour of exercise is general, not the regime."""
    found = dignity.extract("The petition asks that the men get two hours of yard time a day.").facts
    assert not counted(found, "exercise_time"), describe(found)


@pytest.mark.parametrize("text,type_,word,value", [
    ("The cells were cramped: 2 x 3 m for four men.", "cell_space", "cells", 6.0),
    ("Recreation was inadequate, an hour in the yard each day.", "exercise_time", "Recreation", 1.0),
    ("The regime was harsh, with lock-ups of 22 hours a day.", "confinement_hours", "regime", 22.0),
    ("He was isolated, in the hole for 40 days.", "isolation_duration", "isolated", 40),
    ("The regime was harsh; recreation was one hour a day.", "confinement_hours", "regime", None),
])
def test_fill_values_gives_a_bare_fact_of_any_layer_its_clause_number(text, type_, word, value):
    """A composed or a trained fact has no value hook: fill_values reads its clause."""
    from dignity.extract.engine import fill_values
    from dignity.model import Document, Evidence, Fact

    doc = Document(id="d1", text=text, date="2023-01-01")
    i = text.find(word)
    bare = Fact(id="x", type=type_, value=None, unit=None, negated=False, certainty="asserted",
                subject="the men", subject_kind="group", attributed_to="the author",
                evidence=[Evidence(document="d1", start=i, end=i + len(word), text=word, sentence=text)])
    fill_values([bare], doc)
    assert bare.value == (pytest.approx(value, abs=0.01) if value is not None else None), bare


@pytest.mark.parametrize("sentence,type_,quals", [
    ("Cells designed for four held twelve detainees.", "overcrowding", {"design_capacity": 4, "occupants": 12}),
    ("Six people share 8 square metres in each cell.", "cell_space", {"occupants": 6, "m2_per_person": 1.33}),
    ("He is held in a cell of 12 m² with three others.", "cell_space", {"occupants": 4, "m2_per_person": 3.0}),
    ("The cells were cramped: 2 x 3 m for four men.", "cell_space", {"occupants": 4, "m2_per_person": 1.5}),
])
def test_the_headcount_beside_an_area_or_a_capacity(sentence, type_, quals):
    found = dignity.extract(sentence).facts
    mine = counted(found, type_)
    assert any(quals.items() <= f.qualifiers.items() for f in mine), describe(found)


@pytest.mark.parametrize("sentence", [
    "The lights in his cell are on 24 hours a day.",
    "A television in the unit's cells plays 18 hours a day.",
    "The fans in the cells run 20 hours a day in summer.",
])
def test_hours_of_a_thing_in_the_cell_are_not_his_hours_in_it(sentence):
    assert not [f for f in dignity.extract(sentence).facts if f.type == "confinement_hours"]
