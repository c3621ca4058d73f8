"""English negation errors (negfix), each fixed as a general pattern of the en pack, with sentences
written for this suite (none copied from a document) and the counter-examples that keep their reading.

1. a refusal negated ("never denied visits", "not once refused access to his lawyer", "at no time
   refused") is contact granted: the fact is negated, or there is none; "denied visits" stays a
   deprivation.
2. no restriction, or a restriction lifted, is no restriction: "there was no restriction on visits",
   "the jail lifted the ban on contact visits", "visiting restrictions were lifted"; "a ban on contact
   visits was imposed" stays.
3. no exercise at all is exercise time 0 (only where no exercise is said, not only no outdoor exercise,
   which is exercise_outdoor false).
"""

from __future__ import annotations

import pytest

from extract_helpers import counted, describe, reader

read = reader("en")


def _negated_or_none(sentence: str, type_: str) -> None:
    facts = read(sentence)
    got = counted(facts, type_)
    assert all(f.negated for f in got), describe(facts)


def _deprivation(sentence: str, type_: str) -> None:
    facts = read(sentence)
    got = counted(facts, type_)
    assert got, f"no {type_} in {sentence!r}: {describe(facts)}"
    assert not any(f.negated for f in got), describe(facts)


def _negated(sentence: str, type_: str) -> None:
    facts = read(sentence)
    got = counted(facts, type_)
    assert got, f"no {type_} in {sentence!r}: {describe(facts)}"
    assert all(f.negated for f in got), describe(facts)


# ---------------------------------------------------------------- 1. a refusal negated
REFUSAL_NEGATED = [
    ("Mr. Okafor was never denied visits during his remand.", "family_visits"),
    ("The applicant was not denied visits from his sister.", "family_visits"),
    ("She was not once refused access to her lawyer.", "legal_access"),
    ("He was at no time refused access to his attorney.", "legal_access"),
    ("The detainee was never refused access to counsel.", "legal_access"),
    ("Inmates were never once denied family visits.", "family_visits"),
]


@pytest.mark.parametrize("sentence,type_", REFUSAL_NEGATED)
def test_refusal_negated_is_access_granted(sentence: str, type_: str) -> None:
    _negated(sentence, type_)


@pytest.mark.parametrize("sentence,type_", [
    ("At no point were his calls refused.", "family_calls"),
    ("On no occasion was she denied a visit from her children.", "family_visits"),
])
def test_at_no_point_gives_no_deprivation(sentence: str, type_: str) -> None:
    _negated_or_none(sentence, type_)


@pytest.mark.parametrize("sentence,type_", [
    ("He was denied visits for three months.", "family_visits"),
    ("She was refused access to her lawyer for two days.", "legal_access"),
    ("The guards never allowed him visits from his wife.", "family_visits"),
    ("He has had no visits since his arrest.", "family_visits"),
    ("Detainees were denied access to counsel during interrogation.", "legal_access"),
])
def test_refusal_still_a_deprivation(sentence: str, type_: str) -> None:
    _deprivation(sentence, type_)


def test_concession_still_no_negation() -> None:
    # "it is not denied that ..." concedes: the deprivation it introduces holds
    facts = read("It is not denied that the applicant was held in solitary confinement for a year.")
    got = counted(facts, "solitary")
    assert got and not any(f.negated for f in got), describe(facts)


# ---------------------------------------------------------------- 2. no restriction / a restriction lifted
NO_RESTRICTION = [
    ("There was no restriction on visits.", "family_visits"),
    ("There were no restrictions on phone calls to relatives.", "family_calls"),
    ("The prison placed no limits on family visits.", "family_visits"),
    ("The jail lifted the ban on contact visits.", "family_visits"),
    ("In May the governor ended all restrictions on family visits.", "family_visits"),
    ("Visiting restrictions were lifted in June.", "family_visits"),
    ("The ban on family visits was later lifted.", "family_visits"),
]


@pytest.mark.parametrize("sentence,type_", NO_RESTRICTION)
def test_no_restriction_is_no_deprivation(sentence: str, type_: str) -> None:
    _negated_or_none(sentence, type_)


@pytest.mark.parametrize("sentence,type_", [
    ("A ban on contact visits was imposed after the riot.", "family_visits"),
    ("Visiting restrictions were imposed on the whole wing.", "family_visits"),
    ("There were severe restrictions on family visits.", "family_visits"),
    ("His visiting privileges were revoked for a month.", "family_visits"),
    ("His visiting privileges were rescinded after the search.", "family_visits"),
    ("The jail had no visiting room and families were turned away.", "family_visits"),
])
def test_restriction_still_a_deprivation(sentence: str, type_: str) -> None:
    _deprivation(sentence, type_)


def test_lifted_stays_in_its_clause() -> None:
    # the lifting of one ban says nothing of the other deprivation
    facts = read("The ban on visits was lifted, but he was still denied phone calls.")
    calls = counted(facts, "family_calls")
    assert calls and not any(f.negated for f in calls), describe(facts)


# ---------------------------------------------------------------- 3. no exercise at all
@pytest.mark.parametrize("sentence", [
    "He was given no exercise at all.",
    "She was never allowed to exercise.",
    "Detainees were not permitted to exercise during the lockdown.",
    "Prisoners received no recreation whatsoever.",
])
def test_no_exercise_is_zero_hours(sentence: str) -> None:
    facts = read(sentence)
    got = counted(facts, "exercise_time")
    assert got and any(f.value == 0 for f in got), describe(facts)


@pytest.mark.parametrize("sentence", [
    "He had no outdoor exercise at all.",
    "She was never allowed outside for exercise.",
    "Inmates were not given any open-air exercise.",
])
def test_no_outdoor_exercise_is_exercise_outdoor_false(sentence: str) -> None:
    facts = read(sentence)
    outdoor = counted(facts, "exercise_outdoor")
    assert outdoor and all(f.value is False and not f.negated for f in outdoor), describe(facts)
    # no outdoor exercise says nothing of the hours indoors: no 0 hours
    assert not any(f.value == 0 for f in counted(facts, "exercise_time")), describe(facts)


def test_exercise_granted_is_no_zero() -> None:
    facts = read("He was allowed to exercise for one hour a day.")
    got = counted(facts, "exercise_time")
    assert got and all(f.value == 1 for f in got), describe(facts)


@pytest.mark.parametrize("sentence,value", [
    ("He was not allowed to exercise outside.", False),
    ("The women were never permitted to walk in the open air.", False),
    ("He was allowed to exercise outside for an hour.", True),
])
def test_not_allowed_to_exercise_outside(sentence: str, value: bool) -> None:
    facts = read(sentence)
    outdoor = counted(facts, "exercise_outdoor")
    assert outdoor and all(f.value is value and not f.negated for f in outdoor), describe(facts)
