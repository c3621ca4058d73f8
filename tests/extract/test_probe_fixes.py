"""Extraction errors found by probing with our own sentences (issue 10), each fixed as a general
pattern: several constructions per fix, written for this suite (none copied from a document or a
labelled passage), with the traps and counter-examples that must keep their reading.
"""

from __future__ import annotations

import pytest

from extract_helpers import counted, describe, reader

read = reader("en")


def _one(sentence: str, type_: str):
    facts = read(sentence)
    got = counted(facts, type_)
    assert got, f"no {type_} in {sentence!r}: {describe(facts)}"
    return got, facts


# ---------------------------------------------------------------- 1. a refusal negated is contact granted
GRANTED = [
    ("His calls have not once been refused during segregation.", "family_calls"),
    ("Her visits were never refused by the administration.", "family_visits"),
    ("Family visits have not been denied since March.", "family_visits"),
    ("Their phone calls were not refused.", "family_calls"),
    ("His letters have never been withheld by the censor.", "correspondence"),
]


@pytest.mark.parametrize("sentence,type_", GRANTED)
def test_refusal_negated_is_contact_granted(sentence: str, type_: str) -> None:
    got, facts = _one(sentence, type_)
    assert all(f.negated for f in got), describe(facts)


def test_refusal_negated_does_not_negate_the_segregation() -> None:
    facts = read("His calls have not once been refused during segregation.")
    solitary = counted(facts, "solitary")
    assert solitary and not any(f.negated for f in solitary), describe(facts)


@pytest.mark.parametrize("sentence,type_", [
    ("His visits were refused by the governor.", "family_visits"),
    ("Phone calls with his family were denied for six weeks.", "family_calls"),
    ("He was denied visits from his wife.", "family_visits"),
])
def test_refusal_still_a_deprivation(sentence: str, type_: str) -> None:
    got, facts = _one(sentence, type_)
    assert not any(f.negated for f in got), describe(facts)


def test_not_held_in_isolation_still_negated() -> None:
    facts = read("He was not held in segregation during the first month.")
    assert all(f.negated for f in counted(facts, "solitary")), describe(facts)


# ---------------------------------------------------------------- 2. held with the convicted
@pytest.mark.parametrize("sentence", [
    "The applicant was held in the same cell as convicted prisoners for four months.",
    "He was detained together with sentenced inmates at the district jail.",
    "Remand detainees were mixed with sentenced prisoners in Block F.",
    "Juveniles shared cells with adults at the county lock-up.",
    "The author was kept with convicted criminals while awaiting trial.",
])
def test_separation_fact(sentence: str) -> None:
    got, facts = _one(sentence, "separation")
    assert not any(f.negated for f in got), describe(facts)


@pytest.mark.parametrize("sentence", [
    "Pretrial detainees were held separately from convicted prisoners.",
    "Remand prisoners were not held with convicted prisoners.",
])
def test_separation_traps(sentence: str) -> None:
    facts = read(sentence)
    assert all(f.negated for f in counted(facts, "separation")), describe(facts)


# ---------------------------------------------------------------- 3. nobody intervened: the beating holds
@pytest.mark.parametrize("sentence", [
    "No one intervened when guards beat them.",
    "Nobody stopped the officers from kicking him.",
    "No officer tried to stop the beating of the detainees.",
    "No guard was disciplined after staff punched the prisoner.",
    "No one was held accountable for the beatings in the yard.",
])
def test_intervention_negated_not_the_force(sentence: str) -> None:
    got, facts = _one(sentence, "use_of_force")
    assert not any(f.negated for f in got), describe(facts)


@pytest.mark.parametrize("sentence", [
    "No one was beaten during the period under review.",
    "No guard beat him.",
    "No officer used force against the detainees.",
])
def test_no_one_beaten_stays_negated(sentence: str) -> None:
    got, facts = _one(sentence, "use_of_force")
    assert all(f.negated for f in got), describe(facts)


# ---------------------------------------------------------------- 4. less care than needed
@pytest.mark.parametrize("sentence", [
    "He received far less medical care than he needed.",
    "Detainees received less medical attention than their doctors prescribed.",
    "The women received much less medical care than the standards require.",
    "Detainees received little or no medical attention.",
    "Prisoners received little medical care.",
])
def test_less_care_is_inadequate_care(sentence: str) -> None:
    got, facts = _one(sentence, "medical_care")
    assert not any(f.negated for f in got), describe(facts)


def test_care_received_is_still_adequate() -> None:
    facts = read("Detainees received medical care promptly.")
    assert all(f.negated for f in counted(facts, "medical_care")), describe(facts)


# ---------------------------------------------------------------- 5. a finding after the method phrase
@pytest.mark.parametrize("sentence,type_", [
    ("The team examined data on use of force and found staff had used batons on restrained prisoners.",
     "use_of_force"),
    ("Inspectors examined data on use of force and found that force was used on handcuffed prisoners.",
     "use_of_force"),
    ("The OIG reviewed logs of use of force and found that officers used pepper spray on compliant inmates.",
     "use_of_force"),
    ("We reviewed records of restraint and found that prisoners were restrained for up to 12 hours.", "restraints"),
])
def test_finding_after_method(sentence: str, type_: str) -> None:
    got, facts = _one(sentence, type_)
    assert not any(f.negated for f in got), describe(facts)


# ---------------------------------------------------------------- 6. people in general
@pytest.mark.parametrize("sentence", [
    "Solitary confinement can cause lasting harm to children.",
    "Youth are particularly vulnerable to isolation.",
    "Children are especially vulnerable to the harms of solitary confinement.",
    "Isolation is particularly harmful for young people.",
    "Adolescents are uniquely susceptible to the effects of segregation.",
])
def test_general_statement_is_general(sentence: str) -> None:
    facts = read(sentence)
    assert not counted(facts, "solitary"), describe(facts)


@pytest.mark.parametrize("sentence,type_", [
    ("The children held in the unit were isolated for 22 hours a day.", "confinement_hours"),
    ("The boys in the unit were held in solitary confinement for weeks.", "solitary"),
    ("The children are vulnerable, and they were placed in isolation for ten days.", "solitary"),
])
def test_specific_children_stay_specific(sentence: str, type_: str) -> None:
    _one(sentence, type_)


# ---------------------------------------------------------------- 7. the speaker's noun phrase
@pytest.mark.parametrize("sentence,label", [
    ("The Inspectorate received complaints about the cold and found that cells were unheated.",
     "The Inspectorate"),
    ("The OIG reviewed logs of use of force and found that officers used pepper spray on inmates.", "The OIG"),
    ("The inspectors examined data on segregation and found that prisoners were held in segregation for months.",
     "The inspectors"),
    ("A former guard who worked at the facility for ten years told reporters that inmates were beaten.",
     "A former guard"),
    ("Relatives whose sons are held at the jail said that the cells were unheated.", "Relatives"),
])
def test_attribution_bounded_to_speaker(sentence: str, label: str) -> None:
    facts = [f for f in read(sentence) if f.subject_kind != "general"]
    assert facts, sentence
    assert all(f.attributed_to == label for f in facts), describe(facts)


@pytest.mark.parametrize("sentence,label", [
    ("Those who were held there said that the cells were unheated.", "Those who were held there"),
    ("Defense lawyers for the three men said their clients were beaten.", "Defense lawyers for the three men"),
])
def test_attribution_keeps_whole_speaker(sentence: str, label: str) -> None:
    facts = read(sentence)
    assert facts and all(f.attributed_to == label for f in facts), describe(facts)


# ---------------------------------------------------------------- more probes (round 2)
@pytest.mark.parametrize("sentence", [
    "Officers use force on people who pose no threat.",
    "We found that deputies used force on youths who were already restrained.",
    "Staff used force on children in the unit.",
])
def test_force_on_people(sentence: str) -> None:
    got, facts = _one(sentence, "use_of_force")
    assert not any(f.negated for f in got), describe(facts)


@pytest.mark.parametrize("sentence", [
    "She was not once seen by a doctor during her detention.",
    "He has not been seen by a psychiatrist since March.",
    "The detainee was never examined by a physician.",
])
def test_never_seen_by_a_doctor(sentence: str) -> None:
    got, facts = _one(sentence, "medical_care")
    assert not any(f.negated for f in got), describe(facts)


def test_seen_by_a_doctor_is_no_deprivation() -> None:
    facts = read("He was seen by a doctor the next day.")
    assert all(f.negated for f in counted(facts, "medical_care")), describe(facts)


@pytest.mark.parametrize("sentence,label", [
    ("There were credible reports that prison officials denied detainees access to medical care.",
     "an unnamed source"),
    ("There have been numerous reports that guards beat detainees.", "an unnamed source"),
    ("Prison officials maintain that the restrictions are necessary to prevent escape.", "Prison officials"),
    ("Human Rights Watch documented cases in which detainees were chained to beds.", "Human Rights Watch"),
    ("The families insist that the prisoners were beaten.", "The families"),
])
def test_claims_attributed(sentence: str, label: str) -> None:
    facts = read(sentence)
    assert facts, sentence
    assert all(f.attributed_to == label and f.certainty != "asserted" for f in facts), describe(facts)


# ---------------------------------------------------------------- more probes (round 3)
@pytest.mark.parametrize("sentence,type_", [
    ("Prisoners were unable to work or attend education classes.", "work_programmes"),
    ("Detainees were not able to enrol in vocational courses.", "work_programmes"),
    ("He could not attend classes while in segregation.", "work_programmes"),
    ("Foreign detainees were not able to contact their consulates.", "consular_access"),
])
def test_unable_to(sentence: str, type_: str) -> None:
    got, facts = _one(sentence, type_)
    assert not any(f.negated for f in got), describe(facts)


@pytest.mark.parametrize("sentence", [
    "The expert opined that prolonged isolation causes anxiety, paranoia and hallucinations.",
    "Solitary confinement causes severe psychological harm.",
])
def test_isolation_causes_is_general(sentence: str) -> None:
    facts = read(sentence)
    assert not counted(facts, "solitary") and not counted(facts, "mental_health"), describe(facts)


@pytest.mark.parametrize("sentence", [
    "His isolation caused him severe anxiety.",
    "The isolation of the detainees causes them anxiety.",
])
def test_isolation_of_these_detainees_is_specific(sentence: str) -> None:
    _one(sentence, "mental_health")


# ---------------------------------------------------------------- a lack placed in the cells is not hygiene
@pytest.mark.parametrize("sentence,type_", [
    ("There was no heating in the cells during winter.", "temperature"),
    ("There was no light in the cells at night.", "darkness"),
])
def test_lack_in_the_cells_is_not_hygiene(sentence: str, type_: str) -> None:
    facts = read(sentence)
    assert counted(facts, type_) and not counted(facts, "hygiene"), describe(facts)


@pytest.mark.parametrize("sentence,negated", [
    ("The cells were filthy and infested with rats.", False),
    ("There was no soap in the cells.", False),
    ("Cells were clean and well ventilated.", True),
])
def test_cells_hygiene_kept(sentence: str, negated: bool) -> None:
    got, facts = _one(sentence, "hygiene")
    assert all(f.negated is negated for f in got), describe(facts)


def test_unable_to_work_for_his_health_is_no_regime() -> None:
    facts = read("He was unable to work after the accident because of his back injury.")
    assert not counted(facts, "work_programmes"), describe(facts)
