"""Court wording, round 10 (issues 10 and 11): constructions met in fresh US opinions on conditions of
confinement that the extractor missed or misread: a chemical spray aimed at a man named, a sanction or a
lockdown's reason, an arrest followed by jail, an outright denial of exercise, a complaint's words about an
unflushable toilet or a mattress with no padding, a screening order's list of counts, and the content of a
remedial injunction.  Each rule beside a sentence that must stay quiet.  The sentences are written for these
tests; none is taken from a document."""

from __future__ import annotations

import pytest

from extract_helpers import counted, describe

FOUND = [
    # a spray aimed at a man named, or the spray named by its brand
    ("use_of_force", "When Ortega looked back, the sergeant sprayed Ortega in the face with Capstun.", None),
    ("use_of_force", "The deputy sprayed the plaintiff with mace through the tray slot.", None),
    ("use_of_force", "Lindqvist says an officer hit him with a burst of Cap-Stun without warning.", None),
    # a placement as a sanction, a lockdown's reason
    ("justification_security", "She spent 40 days in punitive segregation as punishment for three rule violations.",
     None),
    ("justification_security", "He was kept in the SHU as a sanction for the altercation with his cellmate.", None),
    ("justification_security", "The warden ordered a lockdown to avert a possible riot.", None),
    ("justification_security", "Officials instituted a facility-wide lockdown to prevent a planned hunger strike.",
     None),
    # an arrest followed by jail
    ("pretrial_status", "On June 4, 2018, Okoro was arrested and detained in the Ramsey County Jail.", "pretrial"),
    ("pretrial_status", "She had been arrested at her home and then booked into the city jail.", "pretrial"),
    # an outright denial of exercise
    ("exercise_time", "Nunez says officials denied him the opportunity to take part in out-of-cell recreation.", 0),
    ("exercise_time", "He challenges the complete deprivation of exercise during his months in the unit.", 0),
    ("exercise_time", "The warden's absolute ban on recreation for men on the tier lasted a year.", 0),
    # a complaint's own words
    ("sanitation", "The pipes froze and we had to use the toilet without being able to flush it.", None),
    ("sanitation", "For two days the toilets in the pod could not be flushed.", None),
    ("bedding_clothing", "They handed each of us a mattress with no padding.", None),
    ("bedding_clothing", "He slept on a mat without any stuffing for a month.", None),
    # a cell full of smoke, in one word
    ("ventilation", "Deputies left the boy in a smoke-filled cell for two hours.", None),
]

QUIET = [
    ("use_of_force", "Officers on the tier carry Capstun canisters under the policy."),
    ("use_of_force", "Maintenance staff sprayed Building C with disinfectant."),
    ("justification_security", "Segregation should never be used as punishment for minor violations."),
    ("justification_security", "He lost his job as punishment for nothing at all, he says."),
    ("pretrial_status", "He was arrested and detained in the county jail, then convicted and sentenced."),
    ("pretrial_status", "The officers were arrested and charged with assault."),
    ("exercise_time", "He was denied the opportunity to attend the hearing."),
    ("exercise_time", "The complete deprivation of outdoor exercise is the claim."),
    ("sanitation", "Inmates must flush the toilet after each use."),
    ("bedding_clothing", "Each mattress should have adequate padding."),
    ("ventilation", "The smoke-filled bar was closed by the city."),
]


@pytest.mark.parametrize("type_,sentence,value", FOUND)
def test_round10_wording_gives_the_fact(facts, type_, sentence, value) -> None:
    found = facts(sentence)
    mine = [f for f in counted(found, type_) if not f.negated]
    assert mine, f"expected {type_} in {sentence!r}; got {describe(found)}"
    if value is not None:
        assert any(f.value == value for f in mine), describe(found)


@pytest.mark.parametrize("type_,sentence", QUIET)
def test_round10_counter_examples_stay_quiet(facts, type_, sentence) -> None:
    found = facts(sentence)
    if type_ == "exercise_time" and "outdoor" in sentence:  # the outdoors denied is no zero hours of exercise
        assert all(f.value != 0 for f in counted(found, type_)), describe(found)
        return
    if type_ == "pretrial_status":  # a conviction or a charge against officers is no pretrial detention
        assert all(f.value != "pretrial" for f in counted(found, type_)), describe(found)
        return
    assert not counted(found, type_), f"{type_} wrongly found in {sentence!r}: {describe(found)}"


# ------------------------------------------------------------------ what a remedy requires, what a count claims
def test_a_remedial_injunction_states_no_condition(facts) -> None:
    """What an injunction requires the defendants to provide is the remedy, not the regime: even where the
    remedy's content runs past a "who" clause."""
    found = facts("The district court entered an injunction that requires the defendants to give every prisoner in "
                  "the annex who has been held there for sixty days the chance to shower four times a week and to "
                  "exercise outside his cell at least six hours a week.")
    for type_ in ("hygiene", "exercise_time", "confinement_hours"):
        assert not counted(found, type_), describe(found)


def test_a_condition_before_the_remedy_stays(facts) -> None:
    found = facts("Prisoners in the annex had no hot water for a year. The court's order requires the county to "
                  "provide hot water within thirty days.")
    assert any(not f.negated for f in counted(found, "hygiene")), describe(found)


def test_a_screening_orders_count_is_a_claim(facts) -> None:
    """A count allowed to proceed after screening states the claim, not a finding."""
    found = facts("MEMORANDUM AND ORDER. Okafor v. Brandt County, No. 3:21-cv-0417 (42 U.S.C. 1983). After the "
                  "threshold review, Plaintiff may proceed on this claim:\nCount 1: From May 2021, Defendants kept "
                  "Plaintiff in a cell without a mattress, causing him back pain.")
    beds = counted(found, "bedding_clothing")
    assert beds and all(f.certainty == "alleged" for f in beds), describe(found)
