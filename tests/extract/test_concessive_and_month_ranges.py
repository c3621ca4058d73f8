"""Two constructions of real reports that no round had read (sentences of our own).

- A concession, then a monitoring body's own finding: "Although the government claimed that
  ..., the inspectors found that ...". What the body found is its own word (asserted, the
  body's), not the government's claim; and "Although" is no part of anyone's name. The body is
  known with its article in small letters too ("..., the delegation observed that").
- A range whose first end is a month without its year: "from March to June 2021", "between
  November and February 2020" (the first month of the year before), "entre abril y septiembre
  de 2018": a length, counted middle to middle as for two months with their years.
"""

from __future__ import annotations

import pytest

import dignity
from extract_helpers import describe, stated_of


@pytest.mark.parametrize("text,type_,body", [
    ("Although the government claimed that detainees had daily access to showers, the inspectors "
     "found that the showers had been broken for weeks.", "hygiene", "the inspectors"),
    ("While the ministry said that every cell had a window, the delegation observed that the cells of "
     "the basement had no natural light at all.", "no_natural_light", "the delegation"),
    ("Even though prison officials insisted that meals were adequate, the monitors found that "
     "prisoners received a single meal a day.", "food_water", "the monitors"),
])
def test_a_bodys_finding_after_a_concession_is_its_own(text: str, type_: str, body: str) -> None:
    facts = [f for f in stated_of(text, type_) if not f.negated]
    assert facts, describe(dignity.extract(text).facts)
    assert all(f.attributed_to == body and f.certainty == "asserted" for f in facts), describe(facts)


@pytest.mark.parametrize("text", [
    "Although the government claimed that detainees had daily access to showers, the inspectors found "
    "that the showers had been broken for weeks.",
    "Whereas the authorities stated that the heating worked, detainees told us that the cells were freezing.",
])
def test_the_concessive_word_is_not_a_speaker(text: str) -> None:
    facts = dignity.extract(text).facts
    assert facts, "no facts"
    assert not any(f.attributed_to.lower().startswith(("although", "whereas", "while", "even"))
                   for f in facts), describe(facts)


@pytest.mark.parametrize("text,lang,days", [
    ("From March to June 2021 he was confined to a punishment cell.", "en", 92),
    ("She was held in segregation between April and September 2018.", "en", 153),
    ("Between November and February 2020 he was kept in the segregation unit.", "en", 92),
    ("El interno estuvo en aislamiento entre abril y septiembre de 2018.", "es", 153),
    ("El interno permaneció en la celda de castigo desde marzo hasta junio de 2021.", "es", 92),
])
def test_a_range_from_a_month_without_its_year(text: str, lang: str, days: float) -> None:
    facts = stated_of(text, "isolation_duration", lang)
    assert any(abs(float(f.value) - days) <= 0.15 * days for f in facts if f.value is not None), \
        describe(dignity.extract(text, lang=lang).facts)


@pytest.mark.parametrize("text", [
    "He may and often does refuse the exercise period offered in June 2021.",
    "The visits of March and the reports to June 2021 are listed in the annex.",
])
def test_no_range_without_a_range_word_before_it(text: str) -> None:
    assert not [f for f in stated_of(text, "isolation_duration") if f.value is not None]


# ---------------------------------------------------------------------------------------------
# The one spoken to. Monitoring reports relay what detainees "told the delegation": the body
# named after a verb of telling is the listener, and what follows is the speakers' account.
# The body's name alone in such a sentence does not make a family visit a monitor's visit.

@pytest.mark.parametrize("text,type_", [
    ("Several women told the delegation that they had not been allowed to contact their families.", "family_visits"),
    ("Detainees informed the Working Group that they had not received any visits from their relatives.",
     "family_visits"),
    ("Two prisoners told the delegation they had not been allowed to see their children for a year.",
     "family_visits"),
])
def test_what_a_body_is_told_is_the_speakers_account(text: str, type_: str) -> None:
    facts = dignity.extract(text).facts
    assert [f for f in facts if f.type == type_ and not f.negated and f.certainty == "alleged"], describe(facts)
    assert not [f for f in facts if f.type == "monitoring_access"], describe(facts)


@pytest.mark.parametrize("text", [
    "Several detainees told Human Rights Watch that they had not been allowed to speak to a lawyer.",
    "Inmates complained to the inspectors that they were not permitted to shower for days.",
    # no monitor at all: a relative or a lawyer refused entry is a visit or a lawyer denied
    "Relatives were refused entry to the jail on visiting day.",
    "Her lawyers were denied entry to the police station.",
])
def test_the_listener_is_not_denied_access(text: str) -> None:
    facts = dignity.extract(text).facts
    assert not [f for f in facts if f.type == "monitoring_access"], describe(facts)


@pytest.mark.parametrize("text", [
    "Officials told the delegation that it could not visit the isolation unit.",
    "The authorities informed the Red Cross that it was not permitted to enter the camp.",
    "The delegation was not allowed to visit the women's wing.",
    "The Working Group was denied access to the military prison.",
    "The authorities did not allow the delegation to visit the basement cells.",
])
def test_a_monitor_denied_is_still_read(text: str) -> None:
    facts = dignity.extract(text).facts
    assert [f for f in facts if f.type == "monitoring_access" and f.value == "denied"], describe(facts)
    assert not [f for f in facts if f.type == "family_visits"], describe(facts)


# ---------------------------------------------------------------------------------------------
# No one of a group has seen the doctor, the lawyer or the family; staff who visit are no family.

@pytest.mark.parametrize("text,type_", [
    ("No inmate had been seen by a doctor in the previous four months.", "medical_care"),
    ("None of the women we spoke to had been examined by a nurse since admission.", "medical_care"),
    ("None of the boys had met a lawyer before the hearing.", "legal_access"),
    ("No detainee had seen his relatives since the transfer.", "family_visits"),
])
def test_no_one_of_the_group_has_seen_them(text: str, type_: str) -> None:
    facts = stated_of(text, type_)
    assert [f for f in facts if not f.negated], describe(dignity.extract(text).facts)


@pytest.mark.parametrize("text", [
    "Medical staff visit the jail only twice a month.",
    "A chaplain visits the wing once a week.",
    "Social workers visit the unit every two weeks.",
])
def test_staff_who_visit_are_no_family(text: str) -> None:
    assert not stated_of(text, "family_visits"), describe(dignity.extract(text).facts)


def test_a_familys_rationed_visits_told_to_the_delegation() -> None:
    text = "Prisoners told the delegation that they could receive visits only once a month."
    facts = stated_of(text, "family_visits")
    assert [f for f in facts if f.certainty == "alleged"], describe(dignity.extract(text).facts)


# ---------------------------------------------------------------------------------------------
# Words that only say which side of the topic is meant do not count in the gap; a criticism by
# detainees is their complaint.

@pytest.mark.parametrize("text,type_", [
    ("Most of the women interviewed complained about the quality and quantity of food.", "food_water"),
    ("Several boys complained about the quantity and quality of the meals they were served.", "food_water"),
    ("Inmates criticised the state and cleanliness of the showers.", "hygiene"),
    ("Prisoners were critical of the food served in the unit.", "food_water"),
    ("Several women said that they had to wait weeks for a response to their sick call requests.", "medical_care"),
])
def test_a_complaint_about_the_quality_and_quantity(text: str, type_: str) -> None:
    facts = [f for f in stated_of(text, type_) if not f.negated]
    assert facts and all(f.certainty == "alleged" for f in facts), describe(dignity.extract(text).facts)


# ---------------------------------------------------------------------------------------------
# An allegation the State has not contested is no negation of the fact (a concession in the
# perfect tense, as UN bodies write it); a refusal the authorities have not made stays negated.

@pytest.mark.parametrize("text,type_", [
    ("The Government has not contested the allegation that Ms. Roa was held in a cell without light for a month.",
     "darkness"),
    ("The State party has not refuted the allegations that the prisoners were beaten on arrival.", "use_of_force"),
    ("The authorities have not challenged the claim that the detainees were denied medical care.", "medical_care"),
    ("The Government has not disputed that the author was kept in solitary confinement.", "solitary"),
])
def test_an_uncontested_allegation_is_not_negated(text: str, type_: str) -> None:
    facts = stated_of(text, type_)
    assert facts and not any(f.negated for f in facts), describe(dignity.extract(text).facts)


def test_a_refusal_not_made_stays_negated() -> None:
    facts = stated_of("The authorities have not denied the Red Cross access to the prisons.", "monitoring_access")
    assert facts and all(f.negated for f in facts), describe(facts)


@pytest.mark.parametrize("text,expected", [
    ("In each cell the toilet was separated from the sleeping area only by a curtain.", True),
    ("The lavatories in the dormitories were only partially screened.", True),
    ("Each cell had a fully partitioned toilet with a door.", False),
])
def test_a_toilet_screened_in_part_only(text: str, expected: bool) -> None:
    got = [f for f in stated_of(text, "sanitation") if not f.negated]
    assert bool(got) is expected, describe(dignity.extract(text).facts)


@pytest.mark.parametrize("text,hours", [
    ("The men on the wing are on 24/7 lockdown.", 24),
    ("Since the riot they have been locked in their cells 24/7.", 24),
])
def test_a_lockdown_told_as_24_7(text: str, hours: float) -> None:
    facts = stated_of(text, "confinement_hours")
    assert any(f.value == hours for f in facts), describe(dignity.extract(text).facts)
