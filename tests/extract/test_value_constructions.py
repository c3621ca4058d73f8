"""Value forms crossed with constructions and the styles of each family of reports
(court opinions old and new, State Department reports, inspectorates, UN bodies):
each sentence must give the value the evaluation checks (hours a day within half an
hour, days within 15 %, m2 within 10 %), and the traps (a prison's capacity, a
sentence, an age, a date, a rule's number, the length of a visit) none.  Every
sentence is our own, written for this table, not taken from any corpus."""

from __future__ import annotations

import itertools

import pytest

import dignity
from dignity.eval.scorer import value_matches

from extract_helpers import counted, describe

DOC_DATE = "2023-06-01"


def _values(sentence: str, type_: str) -> tuple[list[float], list]:
    found = dignity.extract(sentence, date=DOC_DATE).facts
    return [float(f.value) for f in counted(found, type_)
            if isinstance(f.value, (int, float)) and not isinstance(f.value, bool)], found


# --------------------------------------------------------------- generated crossings
#: how a daily figure of hours in the cell is written (the phrase, its value)
_IN_CELL_RATES = [
    ("23 hours a day", 23), ("twenty-three hours per day", 23), ("23 hours each day", 23),
    ("23 hours daily", 23), ("up to 23 hours a day", 23), ("at least 22 hours per day", 22),
    ("twenty-two to twenty-four hours a day", 22), ("between 21 and 23 hours a day", 21),
    ("22.5 hours a day", 22.5),
]
#: the frames of each family that put the figure in the cell
_IN_CELL_FRAMES = [
    "Inmates in the special housing unit are locked down {v}.",                        # court, recent
    "The record shows that plaintiffs were confined to their cells {v}.",                 # court
    "Prisoners at the facility reportedly remained in their cells {v}.",                  # State Department
    "Inspectors found that men on the segregation unit were locked in their cells {v}.",  # inspectorate
    "The Subcommittee was informed that detainees are kept in their cells {v}.",          # UN
]

#: hours out of the cell (the phrase, hours in the cell it leaves)
_OUT_RATES = [
    ("one hour a day", 23), ("only 3 hours a week", 23.57), ("an hour each day", 23),
    ("thirty minutes a day", 23.5), ("four hours per week", 23.43), ("two hours daily", 22),
]
_OUT_FRAMES = [
    "Prisoners in the unit are let out of their cells {v}.",
    "Plaintiffs are permitted out of their cells {v}.",
    "Detainees were reportedly allowed out of their cells {v}.",
    "Men on the unit were unlocked {v}.",
]

#: exercise figures (the phrase, hours a day)
_EXERCISE_RATES = [
    ("one hour of recreation five days a week", 0.71), ("one hour of exercise a day", 1),
    ("thirty minutes of exercise three days a week", 0.21), ("one hour of outdoor exercise per week", 0.14),
    ("an hour and a half of exercise daily", 1.5), ("20 minutes of exercise a day", 0.33),
    ("five hours of recreation per week", 0.71),
]
_EXERCISE_FRAMES = [
    "Prisoners in the unit are permitted {v}.",
    "The plaintiffs receive {v}.",
    "Detainees reportedly received {v}.",
    "Inspectors found that the men were offered {v}.",
    "The delegation was told that detainees get {v}.",
]

#: lengths of isolation (the phrase, days)
_DURATIONS = [
    ("for 18 months", 548), ("for more than two years", 730), ("for nearly four years", 1461),
    ("for 45 consecutive days", 45), ("for three weeks", 21), ("for six months", 182),
    ("for fourteen months", 426), ("for over a decade", 3652), ("since March 2015", 2984),
    ("since 12 January 2021", 870), ("for a year and a half", 548),
]
_DURATION_FRAMES = [
    "He has been held in solitary confinement {v}.",                   # court, NGO
    "The petitioner was confined in administrative segregation {v}.",  # court
    "The prisoner has reportedly been kept in isolation {v}.",         # State Department
    "One man had been held in the segregation unit {v}.",              # inspectorate
    "The author was held in solitary confinement {v}.",                # UN committee
]

#: cell sizes (the phrase, the cell's m2)
_AREAS = [
    ("a 6-by-9-foot cell", 5.0), ("a cell measuring 2.5 m by 3 m", 7.5), ("a cell of 8 m²", 8.0),
    ("a cell measuring eight feet by ten feet", 7.4), ("a cell of approximately 50 square feet", 4.6),
    ("a 60-square-foot cell", 5.6), ("a cell of 1.8 x 2.5 metres", 4.5), ("an 8 x 10 foot cell", 7.4),
    ("a cell of 9 square metres", 9.0), ("a cell of 4.5 m2", 4.5),
]
_AREA_FRAMES = [
    "He was confined in {v}.",                                   # court
    "Plaintiff was housed in {v} with another inmate.",          # court
    "Detainees were reportedly held in {v}.",                    # State Department
    "The inspectors saw two men sharing {v}.",                   # inspectorate
    "The delegation visited {v} holding four detainees.",        # UN
]


def _cross(frames, forms, type_):
    return [pytest.param(f.format(v=phrase), type_, value, id=f"{type_}-{i}-{j}")
            for (i, f), (j, (phrase, value)) in itertools.product(enumerate(frames), enumerate(forms))]


CROSSED = (_cross(_IN_CELL_FRAMES, _IN_CELL_RATES, "confinement_hours")
           + _cross(_OUT_FRAMES, _OUT_RATES, "confinement_hours")
           + _cross(_EXERCISE_FRAMES, _EXERCISE_RATES, "exercise_time")
           + _cross(_DURATION_FRAMES, _DURATIONS, "isolation_duration")
           + _cross(_AREA_FRAMES, _AREAS, "cell_space"))


@pytest.mark.parametrize("sentence,type_,value", CROSSED)
def test_a_value_form_in_each_family_style(sentence, type_, value):
    got, found = _values(sentence, type_)
    assert any(value_matches(type_, value, v) for v in got), describe(found)


# --------------------------------------------------------------- constructions by hand
CONSTRUCTIONS = [
    # hours in the cell: compounds, shares of a day, weekly figures, ranges
    ("Plaintiffs are confined to their cells approximately twenty-three and one-half hours each day.",
     "confinement_hours", 23.5),
    ("They are kept in cells for 23 hours and 30 minutes a day.", "confinement_hours", 23.5),
    ("In the unit prisoners spend 20 of every 24 hours in their cells.", "confinement_hours", 20),
    ("The men are allowed out of their cells only two hours every other day.", "confinement_hours", 23),
    ("Out-of-cell time was limited to three hours per week.", "confinement_hours", 23.57),
    ("He is let out of his cell three times a week for one hour.", "confinement_hours", 23.57),
    ("They were let out of their cells for an hour on weekdays.", "confinement_hours", 23.29),
    ("Out-of-cell time is limited to 1 hour per day, five days per week.", "confinement_hours", 23.29),
    ("He is only allowed out of the cell for a shower and one hour of exercise per day.", "confinement_hours", 23),
    ("Inmates are confined to a cell for 23 to 24 hours a day.", "confinement_hours", 23),
    ("For 22 hours a day, they are locked in their cells.", "confinement_hours", 22),
    ("He spends twenty-three hours of every day in a cell.", "confinement_hours", 23),
    ("The inmates are locked in their cells from 9 p.m. until 7 a.m.", "confinement_hours", 10),
    ("He was held in isolation 24 hours a day for 10 days.", "confinement_hours", 24),
    ("Men in the unit were unlocked for an average of 1 hour 45 minutes a day.", "confinement_hours", 22.25),
    ("Many prisoners spent 22 or more hours a day behind their doors.", "confinement_hours", 22),
    ("Prisoners were unlocked for just 45 minutes a day.", "confinement_hours", 23.25),
    ("Inmates are confined in their cells approximately 18 to 20 hours daily.", "confinement_hours", 18),
    # exercise: sessions, weekly figures, days of the week
    ("Prisoners have access to the yard for one hour per day on weekdays.", "exercise_time", 0.71),
    ("He receives one 60-minute period of recreation each week.", "exercise_time", 0.14),
    ("Exercise consisted of one hour, twice weekly.", "exercise_time", 0.29),
    ("He gets recreation outside his cell for one hour, five days a week.", "exercise_time", 0.71),
    ("Plaintiffs receive one hour of recreation, five days per week.", "exercise_time", 0.71),
    ("Inmates receive five one-hour periods of exercise per week.", "exercise_time", 0.71),
    ("He is taken to the yard twice a week for an hour.", "exercise_time", 0.29),
    ("The inmate was given one hour of exercise every other day.", "exercise_time", 0.5),
    ("Detainees may only exercise for 30 minutes every two days.", "exercise_time", 0.25),
    ("The women were allowed outdoors for 40 minutes a day.", "exercise_time", 0.67),
    ("He was permitted to leave his cell only for a one-hour exercise period each day.", "exercise_time", 1),
    # lengths of isolation
    ("The delegation met a prisoner who had spent almost five years in the unit's isolation cells.",
     "isolation_duration", 1826),
    ("Punitive segregation of 30 days was imposed on him.", "isolation_duration", 30),
    ("From 2012 to 2016 he was held in solitary confinement.", "isolation_duration", 1461),
    ("Mr. Lopez has been in solitary since he arrived in 2019.", "isolation_duration", 1430),
    ("He was placed in the SHU in 2014. He has been there ever since.", "isolation_duration", 3256),
    ("He was placed in segregation in October 2021 and remains there.", "isolation_duration", 579),
    ("He was in isolation from 3 May to 30 June.", "isolation_duration", 58),
    ("He has been held in isolation since his arrest in November 2019.", "isolation_duration", 1278),
    ("He had by then spent 3 years and 2 months in segregation.", "isolation_duration", 1156),
    ("During his 28 months in solitary confinement, he deteriorated.", "isolation_duration", 852),
    ("After spending 14 days in solitary, he was returned to the general population.", "isolation_duration", 14),
    ("He has spent more than half his life, some 25 years, in solitary confinement.", "isolation_duration", 9131),
    ("He was sentenced to 23 years and placed in solitary for 2 years.", "isolation_duration", 730),
    ("He remained in isolation 55 days.", "isolation_duration", 55),
    ("He has been in solitary confinement for 9 years and 4 months.", "isolation_duration", 3409),
    ("Mr. Reyes, who has spent the past 14 years in solitary confinement, filed suit.", "isolation_duration", 5113),
    # cell sizes: dimensions, headcounts, space per person
    ("Forty detainees were held in a 25 m² cell.", "cell_space", 25),
    ("The cells, which measure 4 feet by 8 feet, house two inmates.", "cell_space", 3),
    ("He was held in a 6-by-9-foot cell shared by two men.", "cell_space", 5.0),
    ("Detainees had less than 3 square metres per person.", "cell_space", 3),
    ("Each prisoner had less than two square meters of space.", "cell_space", 2),
    ("The cells, measuring 2.5 m by 3 m, hold four prisoners.", "cell_space", 7.5),
    ("Cells designed for two were holding six detainees; each cell measured 8 square metres.", "cell_space", 8),
    ("In a cell of 3.5 x 4 metres, 18 detainees were held.", "cell_space", 14),
    ("The cell measured six and a half by nine feet.", "cell_space", 5.4),
    ("He shares a cell that is 5 by 7 feet with another inmate.", "cell_space", 3.3),
    ("The cells were 2.2 meters long and 1.5 meters wide.", "cell_space", 3.3),
    ("The dimensions of the cell were 2.8 x 2.1 m.", "cell_space", 5.9),
    ("Each man has about 20 square feet of space.", "cell_space", 1.9),
]


@pytest.mark.parametrize("sentence,type_,value", CONSTRUCTIONS)
def test_a_value_construction(sentence, type_, value):
    got, found = _values(sentence, type_)
    assert any(value_matches(type_, value, v) for v in got), describe(found)


# a headcount beside the area stays beside it: the value is the cell's, the share per person a qualifier
def test_a_shared_cell_keeps_its_area_and_the_share_of_each():
    found = dignity.extract("He was held in a 6-by-9-foot cell shared by two men.", date=DOC_DATE).facts
    (f,) = counted(found, "cell_space")
    assert f.value == pytest.approx(5.0, abs=0.1)
    assert f.qualifiers["occupants"] == 2 and f.qualifiers["m2_per_person"] == pytest.approx(2.5, abs=0.05)


def test_sessions_out_of_the_cell_keep_the_weekly_figure():
    found = dignity.extract("He is let out of his cell three times a week for one hour.", date=DOC_DATE).facts
    (f,) = counted(found, "confinement_hours")
    assert f.qualifiers["per"] == "week" and f.qualifiers["times"] == 3
    assert f.qualifiers["out_of_cell_hours_per_day"] == pytest.approx(0.43, abs=0.01)


def test_a_qualitative_length_keeps_its_words_and_no_number():
    found = dignity.extract("The prisoner was kept in solitary confinement for weeks at a time.", date=DOC_DATE).facts
    durations = [f for f in counted(found, "isolation_duration")]
    assert durations and all(f.value is None for f in durations), describe(found)
    assert any(f.qualifiers.get("qualitative") for f in durations), describe(found)


# --------------------------------------------------------------- traps: no value
TRAPS = [
    ("The prison, built for 500 inmates, held 1,200.", "cell_space"),
    ("The facility has 1,500 cells and a capacity of 3,000.", "cell_space"),
    ("The prison covers 12,000 square metres.", "cell_space"),
    ("He was sentenced to 23 years in prison and placed in segregation.", "isolation_duration"),
    ("He is serving a 15-year sentence in the maximum-security unit.", "isolation_duration"),
    ("He had served 12 years of his sentence when he was placed in segregation.", "isolation_duration"),
    ("The 23-year-old detainee was placed in segregation.", "isolation_duration"),
    ("A 17-year-old boy was held in isolation.", "isolation_duration"),
    ("He was born in 1985 and has been held in isolation in the unit.", "isolation_duration"),
    ("On 23 March 2019 he was placed in solitary confinement.", "isolation_duration"),
    ("Rule 23 requires at least one hour of exercise in the open air daily.", "exercise_time"),
    ("Rule 44 defines solitary confinement as confinement for 22 hours or more a day.", "confinement_hours"),
    ("His family was permitted a visit of two hours once a month.", "exercise_time"),
    ("His family was permitted a visit of two hours once a month.", "confinement_hours"),
    ("The visit lasted one hour, after which he was returned to solitary confinement.", "exercise_time"),
    ("The visit lasted one hour, after which he was returned to solitary confinement.", "confinement_hours"),
    ("Visits last 30 minutes twice a month.", "confinement_hours"),
    ("The visiting hours are from 9 a.m. to 11 a.m.", "confinement_hours"),
    ("He was interrogated for 12 hours a day in a room measuring 2 by 3 metres.", "confinement_hours"),
    ("He was questioned for 10 hours a day for a week.", "confinement_hours"),
    ("Staff work 12-hour shifts in the segregation unit.", "confinement_hours"),
    ("Lawyers may visit for one hour a week.", "exercise_time"),
    ("He was in solitary confinement two years ago and is now on the wing.", "isolation_duration"),
    ("He was placed in segregation 3 days after his arrival.", "isolation_duration"),
]


@pytest.mark.parametrize("sentence,type_", TRAPS)
def test_numbers_of_something_else_give_no_value(sentence, type_):
    got, found = _values(sentence, type_)
    assert not got, describe(found)


# --------------------------------------------------------------- the same forms in Spanish and French
@pytest.mark.parametrize("lang,sentence,type_,value", [
    ("es", "Los internos permanecen encerrados en sus celdas 23 horas al día.", "confinement_hours", 23),
    ("es", "Solo pueden salir de la celda una hora al día.", "confinement_hours", 23),
    ("es", "Pasó casi cuatro años en régimen de aislamiento.", "isolation_duration", 1461),
    ("es", "Permanece en aislamiento desde marzo de 2015.", "isolation_duration", 2984),
    ("es", "Las celdas miden 2 por 3 metros y albergan a cuatro presos.", "cell_space", 6),
    ("es", "Tienen una hora de patio tres veces por semana.", "exercise_time", 0.43),
    ("es", "Fue condenado a 23 años de prisión y estuvo aislado durante 2 años.", "isolation_duration", 730),
    ("fr", "Les détenus restent enfermés dans leur cellule 23 heures sur 24.", "confinement_hours", 23),
    ("fr", "Il a passé près de quatre ans à l'isolement.", "isolation_duration", 1461),
    ("fr", "Il est à l'isolement depuis mars 2015.", "isolation_duration", 2984),
    ("fr", "Une cellule de 9 m² occupée par trois détenus.", "cell_space", 9),
    ("fr", "Ils ont droit à une heure de promenade, deux fois par semaine.", "exercise_time", 0.29),
])
def test_value_forms_in_spanish_and_french(lang, sentence, type_, value):
    from extract_helpers import reader

    found = reader(lang, DOC_DATE)(sentence)
    got = [float(f.value) for f in counted(found, type_)
           if isinstance(f.value, (int, float)) and not isinstance(f.value, bool)]
    assert any(value_matches(type_, value, v) for v in got), describe(found)


@pytest.mark.parametrize("lang,sentence", [
    ("es", "Fue condenado a 23 años de prisión y aislado."),
    ("fr", "Il a été condamné à 23 ans de réclusion et placé à l'isolement."),
    ("en", "He was sentenced to 23 years and held in solitary confinement."),
])
def test_the_length_of_a_prison_sentence_is_no_length_of_isolation(lang, sentence):
    from extract_helpers import reader

    found = reader(lang, DOC_DATE)(sentence)
    assert not [f for f in counted(found, "isolation_duration") if isinstance(f.value, (int, float))], describe(found)
