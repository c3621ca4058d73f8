"""Round 15 (lead): "seizure" of property is the law's word, not a fit; a right a party holds or
asserts ("has a right to", "is entitled to") is a norm, not the regime, while a right denied or
violated stays a fact."""

from __future__ import annotations

import pytest
from extract_helpers import check_row, describe, reader

EN = reader("en")


@pytest.mark.parametrize(("text", "expected"), [
    ("Deputies carried out a search and seizure of her cell at dawn.", False),
    ("The warden authorised the seizure of his legal papers.", False),
    ("He challenges an unreasonable seizure of his property.", False),
    ("She suffered a seizure on the floor of the cell.", True),
    ("He had seizures several times a week and saw no doctor.", True),
])
def test_seizure_of_property_is_no_symptom(text, expected):
    check_row(EN(text), "physical_health", expected)


@pytest.mark.parametrize(("text", "type_"), [
    ("The plaintiff has a right to not being made to sleep on a bare floor.", "bedding_clothing"),
    ("Every man in the unit is entitled to one hour of exercise a day.", "exercise_time"),
    ("She retains a constitutional right to adequate medical care.", "medical_care"),
])
def test_a_right_held_is_no_fact(text, type_):
    facts = [f for f in EN(text) if f.type == type_]
    assert all(f.certainty in ("hypothetical", "general") for f in facts), describe(facts)


@pytest.mark.parametrize(("text", "type_"), [
    ("The guards denied him his right to see a lawyer.", "legal_access"),
    ("Officers violated her right to medical care when they ignored her fever.", "medical_care"),
    ("He had the right to a visit each week, but his mother was never let in.", "family_visits"),
])
def test_a_right_denied_stays_a_fact(text, type_):
    check_row(EN(text), type_, True)


@pytest.mark.parametrize(("text", "type_", "expected"), [
    # a hyphenated half ("three-and-a-half years") is a half
    ("Jail staff kept her in solitary confinement for two-and-a-half years.", "isolation_duration", 913),
    ("He spent three-and-a-half hours a day outside his cell.", "confinement_hours", 20.5),
    # a cage's hour without a daily rate is the exercise pen's, not the day in the cell
    ("Yard time meant one hour in a wire cage, five days per week.", "confinement_hours", False),
    ("The men spend 22 hours a day in a cage.", "confinement_hours", 22.0),
])
def test_values_round15(text, type_, expected):
    check_row(EN(text), type_, expected)


def test_a_session_hour_is_no_daily_figure():
    """'one hour of exercise, three times a week' is 3 hours a week (0.43 a day), never 1 hour a day."""
    facts = [f for f in EN("Each man got one hour of recreation, three times a week.") if f.type == "exercise_time"]
    assert facts and all(abs(float(f.value) - 0.43) < 0.02 for f in facts), describe(facts)


@pytest.mark.parametrize(("text", "types"), [
    ("For weeks she was kept from the outside world, her children included.", {"family_visits", "family_calls"}),
    ("The men were cut off from the outside world, including their wives and lawyers.",
     {"family_visits", "family_calls"}),
    ("Guards prevented him from speaking with the outside world.", {"family_visits", "family_calls"}),
])
def test_cut_off_from_the_outside_world(text, types):
    facts = EN(text)
    for t in types:
        check_row(facts, t, True)


def test_a_remote_prison_is_no_one_cut_off():
    check_row(EN("The mountain prison is isolated from the outside world."), "family_visits", False)


def test_none_of_a_long_description_allowed_visits():
    text = "None of the young men held on the punishment wing had been allowed a visit by relatives."
    check_row(EN(text), "family_visits", True)


@pytest.mark.parametrize(("text", "type_", "expected"), [
    # air conditioning cools: its lack is heat, not stale air
    ("Most of the state's prisons lack air conditioning.", "ventilation", False),
    ("Most of the state's prisons lack air conditioning in the summer heat.", "temperature", True),
    # a place's heat told by its reading alone
    ("In August the dormitories reach 118 degrees.", "temperature", True),
    ("Inside the cells it was 104 degrees by noon.", "temperature", True),
    ("The cells were 72 degrees.", "temperature", False),
])
def test_heat_round15(text, type_, expected):
    check_row(EN(text), type_, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a light's glare is no light kept on day and night
    ("Strip lights glaring, doors slamming, the men lay on their bunks.", False),
    ("The bright overhead lights in the holding room hurt his eyes.", False),
    ("The lights in his cell were kept on day and night.", True),
])
def test_glare_is_no_constant_light(text, expected):
    check_row(EN(text), "constant_light", expected)


@pytest.mark.parametrize(("text", "type_", "expected"), [
    # an inspectorate's shorthand for food unsafe to eat
    ("In the kitchen the inspectors found serious food safety violations.", "food_water", True),
    ("Kitchen workers attended a food safety course.", "food_water", False),
    # a risk of illness is no illness
    ("Spoiled meat in the cooler put the women at risk of food-borne illness.", "physical_health", False),
])
def test_food_round15(text, type_, expected):
    check_row(EN(text), type_, expected)


def test_a_conditional_impersonal_main_clause_is_what_the_place_is_like():
    facts = EN("If it is 95 degrees outside, it's about 110 on the inside.")
    check_row(facts, "temperature", True)


def test_a_conditional_modal_main_clause_stays_hypothetical():
    facts = [f for f in EN("If the heat wave comes, the cells would reach 110 degrees.") if f.type == "temperature"]
    assert all(f.certainty == "hypothetical" for f in facts), describe(facts)


def test_a_complaint_in_a_condition_is_no_source():
    """'If detainees complain, they are beaten': the complaint is the condition of the beating, no one's claim."""
    facts = [f for f in EN("If the women complain, they are beaten by the guards.") if f.type == "use_of_force"]
    assert facts and all(f.certainty == "asserted" and f.attributed_to == "the author" for f in facts), describe(facts)


@pytest.mark.parametrize(("text", "type_", "expected"), [
    # the walk of a European prison, in the possessive
    ("The applicant had one hour's walk per day in a narrow yard.", "exercise_time", 1.0),
    # a relative pronoun between the thing and what is said of it
    ("Each cell had a toilet and a basin, which were not separated from the sleeping area.", "sanitation", True),
])
def test_court_summaries_round15(text, type_, expected):
    check_row(EN(text), type_, expected)


def test_personal_space_is_each_ones_share():
    facts = [f for f in EN("He was held with six others in a cell that gave less than 3 square metres of personal "
                           "space.") if f.type == "cell_space"]
    assert facts and all(f.qualifiers.get("area_is_per_person") for f in facts), describe(facts)


@pytest.mark.parametrize(("text", "kind"), [
    # the CPT by its full name is a monitoring body; the Association for the Prevention of Torture is none
    ("The Council of Europe's Committee for the Prevention of Torture found that the cells were filthy.", "monitor"),
    ("The European Committee for the Prevention of Torture found that the cells were filthy.", "monitor"),
    ("The Association for the Prevention of Torture found that the cells were filthy.", None),
])
def test_the_cpt_by_its_full_name(text, kind):
    facts = [f for f in EN(text) if f.type == "hygiene"]
    assert facts, describe(facts)
    if kind:
        assert all(f.qualifiers.get("source_kind") == kind for f in facts), describe(facts)
    else:
        assert all(f.qualifiers.get("source_kind") != "monitor" for f in facts), describe(facts)
