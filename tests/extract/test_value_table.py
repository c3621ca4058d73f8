"""Values read as a monitor reads them: frequencies stay frequencies, lengths of isolation
come from numbers, start dates (counted to the document's date or --as-of) and words
without numbers, a cell's area comes with its headcount, and no value lies outside its
plausible range.  Sentences of our own, not from any corpus."""

from __future__ import annotations

import pytest

import dignity

from extract_helpers import counted, describe


def _one(sentence: str, type_: str, **kw):
    found = dignity.extract(sentence, **kw).facts
    mine = counted(found, type_)
    assert len(mine) == 1, f"{type_} in {sentence!r}: {describe(found)}"
    return mine[0]


# ------------------------------------------------------------------- frequencies
# (sentence, type, value, qualifiers that must be there)
FREQUENCIES = [
    ("He is out of his cell only three hours a week.", "confinement_hours", 23.57,
     {"per": "week", "amount": 3.0}),
    ("She is allowed out of her cell one hour a week.", "confinement_hours", 23.86,
     {"per": "week", "amount": 1.0}),
    ("Residents are let out of their rooms for one and a half hours a day.", "confinement_hours", 22.5,
     {"out_of_cell_hours_per_day": 1.5}),
    ("They are locked in their cells 22 to 24 hours a day.", "confinement_hours", 22.0, {"up_to": 24.0}),
    ("He gets 30 minutes of exercise per week.", "exercise_time", 0.07,
     {"per": "week", "amount": 30.0, "amount_unit": "minutes"}),
    ("Prisoners in the unit get one hour of exercise five days a week.", "exercise_time", 0.71,
     {"days_a_week": 5.0, "amount": 1.0}),
    ("The women are allowed four hours of recreation a week.", "exercise_time", 0.57,
     {"per": "week", "amount": 4.0}),
]


@pytest.mark.parametrize("sentence,type_,value,quals", FREQUENCIES)
def test_a_frequency_is_converted_to_a_daily_figure_and_kept(sentence, type_, value, quals):
    f = _one(sentence, type_)
    assert f.value == pytest.approx(value, abs=0.01) and f.unit == "hours_per_day", describe([f])
    assert quals.items() <= f.qualifiers.items(), f.qualifiers


# a number-valued fact whose own words gave no number takes it from its clause, never
# from the cell's hours or another clause
@pytest.mark.parametrize("sentence,type_,value", [
    ("He had inadequate recreation: one hour a week in a small cage.", "exercise_time", 0.14),
    ("Inmates complained of insufficient exercise and spend 23 hours a day in their cells.",
     "exercise_time", None),
    ("Insufficient recreation was a complaint; they get two hours a day.", "exercise_time", None),
])
def test_a_value_from_the_clause(sentence, type_, value):
    f = _one(sentence, type_)
    assert f.value == (pytest.approx(value, abs=0.01) if value is not None else None), describe([f])
    if value is not None:
        assert f.explain.value_rule.startswith("from the clause")


def test_fill_values_gives_a_bare_fact_its_number():
    """Any layer's fact (a trained model's has no hook) can pass through fill_values."""
    from dignity.extract.engine import fill_values
    from dignity.model import Document, Evidence, Fact

    text = "The cell, which four men share, measures 9 square metres."
    doc = Document(id="d1", text=text)
    bare = Fact(id="x", type="cell_space", value=None, unit="m2", negated=False, certainty="asserted",
                subject="the men", subject_kind="group", attributed_to="the author",
                evidence=[Evidence(document="d1", start=4, end=8, text="cell", sentence=text)])
    fill_values([bare], doc)
    assert bare.value == 9.0 and bare.qualifiers["occupants"] == 4


# how often a visit, a call or a shower comes: a qualifier, never a value or a duration
CONTACT_FREQUENCIES = [
    ("He receives visits twice a month and one call a week.", "family_calls",
     {"per": "week", "amount": 1.0, "of": "call"}),
    ("He is allowed only two 15-minute phone calls per month.", "family_calls",
     {"per": "month", "amount": 2.0, "of": "phone calls"}),
    ("She could only see her children once a month, through glass.", "family_visits",
     {"per": "month", "amount": 1.0}),
    ("Inmates in the unit had limited recreation, once a week at most.", "exercise_time",
     {"per": "week", "amount": 1.0}),
]


@pytest.mark.parametrize("sentence,type_,quals", CONTACT_FREQUENCIES)
def test_how_often_contact_comes_is_a_qualifier(sentence, type_, quals):
    found = dignity.extract(sentence).facts
    f = _one(sentence, type_)
    assert quals.items() <= f.qualifiers.items(), f.qualifiers
    assert f.value is None
    assert not counted(found, "isolation_duration"), describe(found)


@pytest.mark.parametrize("sentence,cap,occ", [
    ("Cells built for one held three prisoners.", 1, 3),
    ("The dormitories, designed for 40 people, now hold 95.", 40, 95),
])
def test_design_capacity_and_headcount_of_an_overcrowded_cell(sentence, cap, occ):
    f = _one(sentence, "overcrowding")
    assert f.qualifiers["design_capacity"] == cap and f.qualifiers["occupants"] == occ, f.qualifiers


# a frequency is never a length of isolation
NOT_DURATIONS = [
    "He is held in isolation every day of the week.",
    "He is in solitary confinement 23 hours a day, seven days a week.",
    "He spends 22 hours a day in segregation.",
    "She is placed in the isolation room three days a week.",
    "His wife visits him twice a month in the segregation unit.",
    "Inmates in segregation are allowed one call a week.",
    "He was held in the jail for three years before being placed in solitary confinement.",
    "After four months in pretrial detention he was sent to the punishment block.",
    "He was 19 years old when he was placed in segregation.",
    "He was placed in segregation on 3 May 2019 and released soon after.",
]


@pytest.mark.parametrize("sentence", NOT_DURATIONS)
def test_a_frequency_or_another_stay_is_no_isolation_duration(sentence):
    found = dignity.extract(sentence, date="2020-01-01").facts
    assert not counted(found, "isolation_duration"), describe(found)


# ------------------------------------------------------------------------ durations
# (sentence, document date, value in days or None, qualifiers that must be there)
DURATIONS = [
    ("He has been held in solitary confinement since 2015.", "2017-05-10", 678,
     {"since": "2015", "at_least_days": 496, "at_most_days": 860, "counted_to": "2017-05-10"}),
    ("She has been kept in segregation since March 2016.", "2017-05-10", 405,
     {"since": "2016-03", "counted_to": "2017-05-10"}),
    ("Since his arrest on 3 March 2018, he has been held in solitary confinement.", "2019-06-01", 455,
     {"since": "2018-03-03"}),
    ("The youth was held in isolation from 3 May 2016 to 12 June 2016.", "2020-01-01", 40,
     {"since": "2016-05-03", "until": "2016-06-12"}),
    ("He has been in segregation for nearly four years.", "2020-01-01", 1461, {"at_most": True}),
    ("He has been held in administrative segregation for over ten years and counting.", None, 3652,
     {"at_least": True, "ongoing": True}),
    ("The man has been held in solitary confinement\u2014a windowless cell\u2014for more than two years.",
     None, 730, {"at_least": True}),
    ("He was held in solitary confinement for weeks at a time.", None, None,
     {"qualitative": "for weeks at a time", "at_least_days": 14}),
    ("Prisoners are held in isolation for extended periods.", None, None,
     {"qualitative": "for extended periods", "described_as_prolonged": True}),
    ("They are kept in segregation for months or even years.", None, None,
     {"qualitative": "for months or even years", "at_least_days": 60}),
    ("He has been held in solitary confinement for years on end.", None, None,
     {"qualitative": "for years on end", "at_least_days": 730}),
    ("She has been in segregation since 2017.", "2017-05-10", None,
     {"since": "2017", "at_most_days": 129}),
    ("He has been in prison for 15 years, the last two in solitary confinement.", None, 730, {}),
    ("Prisoners were reportedly kept in isolation cells for periods of up to six months.", None, 183,
     {"at_most": True}),
    ("Segregation placements lasted an average of 120 days.", None, 120, {"average": True}),
    ("He served a 90-day stint in segregation.", None, 90, {}),
    ("She received a 30-day segregation sanction.", None, 30, {}),
    ("He has been in isolation since being placed in the segregation unit on 4 June 2018.", "2020-01-01",
     576, {"since": "2018-06-04"}),
    ("He has been in isolation for the past three years.", None, 1096, {}),
    ("He was placed in segregation on 3 May 2019 and remains there.", "2020-05-03", 366,
     {"since": "2019-05-03"}),
    ("She was moved to the isolation unit in March 2020, where she is still held.", "2021-01-01", 276,
     {"since": "2020-03", "at_least": True}),
    ("He was held in solitary confinement for a year and a half.", None, 548, {}),
    # two months: counted from the middle of one to the middle of the other, the least and most kept beside
    ("He was held in solitary confinement from June 2018 until his release in March 2019.", None, 273,
     {"since": "2018-06", "until": "2019-03", "at_least_days": 244, "at_most_days": 303}),
    ("Staff kept him in segregation between October 2015 and April 2016.", None, 183,
     {"since": "2015-10", "until": "2016-04"}),
    ("She was placed in isolation on 4 June 2017 and released on 20 June 2017.", None, 16,
     {"since": "2017-06-04", "until": "2017-06-20"}),
    ("He was sentenced to 45 days in the hole for refusing a cell move.", None, 45, {}),
    ("Detainees are held in isolation cells for long periods of time.", None, None,
     {"described_as_prolonged": True}),
]


@pytest.mark.parametrize("sentence,date,days,quals", DURATIONS)
def test_length_of_isolation(sentence, date, days, quals):
    f = _one(sentence, "isolation_duration", date=date)
    if days is None:
        assert f.value is None and "no_value_because" in f.qualifiers, describe([f])
    else:
        assert f.value == pytest.approx(days, abs=1), describe([f])
    assert f.unit == "days"
    assert quals.items() <= f.qualifiers.items(), f.qualifiers


def test_an_overstay_past_the_order_adds_to_the_orders_length():
    text = ("The young man was placed in the separation unit for a period of 21 days. He was not "
            "returned to his wing until five days after the segregation order had expired.")
    durations = counted(dignity.extract(text).facts, "isolation_duration")
    assert sorted(f.value for f in durations) == [21, 26], describe(durations)
    over = next(f for f in durations if f.value == 26)
    assert {k: v for k, v in over.qualifiers.items() if k != "source_kind"} == {"days_past_order": 5, "order_days": 21}


def test_an_overstay_without_the_orders_length_has_no_value():
    f = _one("She stayed in segregation two weeks past the end date of her sanction.", "isolation_duration")
    assert f.value is None and f.qualifiers["days_past_order"] == 14


def test_an_undated_document_counts_no_days_from_a_start_date_and_says_why():
    f = _one("Since his arrest on 3 March 2018, he has been held in solitary confinement.",
             "isolation_duration")
    assert f.value is None
    assert f.qualifiers["since"] == "2018-03-03"
    assert "undated" in f.qualifiers["no_value_because"]
    assert "counted_to" not in f.qualifiers


def test_as_of_changes_the_count_through_the_api():
    text = "He has been held in solitary confinement since 1 January 2020."
    by_doc = _one(text, "isolation_duration", date="2020-03-01")
    by_as_of = _one(text, "isolation_duration", date="2020-03-01", as_of="2021-01-01")
    assert by_doc.value == 60 and by_doc.qualifiers["counted_to"] == "2020-03-01"
    assert by_as_of.value == 366 and by_as_of.qualifiers["counted_to"] == "2021-01-01"
    assert by_as_of.qualifiers["counted_to_source"] == "--as-of"
    undated = _one(text, "isolation_duration", as_of="2020-01-31")
    assert undated.value == 30


# ------------------------------------------------------------------- space per person
SPACE = [
    ("The cell measured 63 square feet and was shared by two inmates.", 5.9, 2, 2.93),
    ("Four prisoners were held in a 9 m2 cell.", 9.0, 4, 2.25),
    ("The cell measures 2 by 3 metres and holds four prisoners.", 6.0, 4, 1.5),
    ("Three men share a cell of 6 square metres.", 6.0, 3, 2.0),
    ("Double-celled inmates live in 70 square feet of floor space.", 6.5, 2, 3.25),
    ("He shares a cell of 8 square metres with three other men.", 8.0, 4, 2.0),
    ("The cells measure 2 metres by 3 metres and hold up to eight detainees.", 6.0, 8, 0.75),
    ("He is confined in a 6 x 9 foot cell with his cellmate.", 5.0, 2, 2.5),
]


@pytest.mark.parametrize("sentence,m2,occ,per_person", SPACE)
def test_cell_area_with_its_headcount(sentence, m2, occ, per_person):
    f = _one(sentence, "cell_space")
    assert f.value == pytest.approx(m2, abs=0.05) and f.unit == "m2", describe([f])
    assert f.qualifiers["occupants"] == occ
    assert f.qualifiers["m2_per_person"] == pytest.approx(per_person, abs=0.02)


@pytest.mark.parametrize("sentence,m2", [
    ("Each prisoner had less than 1 square metre of space.", 1.0),
    ("Detainees had about 1.5 square metres each in the overcrowded cells.", 1.5),
    ("The women were left with 0.4 square metres per person.", 0.4),
])
def test_space_given_per_person(sentence, m2):
    f = _one(sentence, "cell_space")
    assert f.qualifiers["m2_per_person"] == m2 and f.qualifiers["area_is_per_person"] is True


@pytest.mark.parametrize("sentence", [
    "Each cell, designed for one person, measures 60 square feet.",
    "The jail was built for 200 inmates; each cell measures 60 square feet.",
])
def test_a_design_capacity_is_no_headcount(sentence):
    f = _one(sentence, "cell_space")
    assert "occupants" not in f.qualifiers, f.qualifiers


# ----------------------------------------------------------------- plausible ranges
IMPLAUSIBLE = [
    ("The cell measured 0 square metres.", "cell_space"),
    ("His cell is half a square foot.", "cell_space"),
    ("He was held in solitary confinement for 200 years.", "isolation_duration"),
    ("He is locked in his cell 30 hours a day.", "confinement_hours"),
]


@pytest.mark.parametrize("sentence,type_", IMPLAUSIBLE)
def test_a_value_outside_its_plausible_range_drives_nothing(sentence, type_):
    f = _one(sentence, type_)
    assert f.value is None, describe([f])
    assert "plausible range" in f.qualifiers["no_value_because"]
    assert "implausible_value" in f.qualifiers


@pytest.mark.parametrize("text", ["The cell measured 0 square metres and held four prisoners.",
                                  "His cell is half a square foot."])
def test_an_implausible_cell_drives_no_breach_of_rule_13(text):
    a = dignity.assess(text)
    assert all(f.value is None for f in a.facts if f.type == "cell_space")
    assert not [x for x in a.findings if x.rule == "mandela-13"
                and x.status in ("violation_likely", "concern")], [(x.rule, x.status) for x in a.findings]


# ---------------------------------------------------------- requests are not the regime
# (text, type, counted?) - the regime sentence right after a request is still a fact
REQUESTS = [
    ("The petition asks that he be allowed to call his children once a week.", "family_calls", False),
    ("Plaintiffs seek an order requiring defendants to provide outdoor exercise.", "exercise_outdoor", False),
    ("The Committee recommends that the State ensure that detainees are not held in solitary "
     "confinement.", "solitary", False),
    ("Rule 43 prohibits solitary confinement for more than 15 days.", "isolation_duration", False),
    ("Rule 43 prohibits solitary confinement for more than 15 days.", "solitary", False),
    ("She has asked to be moved to a unit with windows.", "no_natural_light", False),
    ("She has asked to be transferred out of segregation.", "solitary", True),
    ("The motion seeks his release from solitary confinement.", "solitary", True),
    ("Detainees should not be held in cells without natural light.", "no_natural_light", False),
    ("Solitary confinement for more than 15 days is prohibited under international law.",
     "isolation_duration", False),
    ("The State should put an end to the practice of prolonged solitary confinement.", "solitary", False),
    ("Prolonged solitary confinement, defined as more than 15 days, is a grave harm.",
     "isolation_duration", False),
    ("The petition asks that he be allowed visits. He has been held in solitary confinement since "
     "his arrest.", "solitary", True),
    ("The petition asks for weekly calls, but he has not been allowed phone calls since May.",
     "family_calls", True),
    ("He asked to be moved because he has been held in solitary confinement for two years.",
     "isolation_duration", True),
    ("Although the petition asks for visits, he has not been allowed visits for a year.",
     "family_visits", True),
]


@pytest.mark.parametrize("text,type_,counted_", REQUESTS)
def test_requests_recommendations_and_norms_are_not_the_regime(text, type_, counted_):
    found = dignity.extract(text).facts
    assert bool(counted(found, type_)) is counted_, describe(found)
