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
