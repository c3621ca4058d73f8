"""A negated act about people held somewhere denies the act, not where they are held.

"Staff did not evaluate detainees placed in segregation": nobody evaluated them, and they
were in segregation.  The placement is told by a reduced relative ("held in isolation",
"who were placed in seclusion"), a place after the people ("the prisoners in segregation")
or a time ("before his placement in isolation"); where the negated verb is itself the
placement ("did not hold juveniles in isolation", "no inmates held in solitary") the
isolation stays denied.  Likewise the state of a definite person a negated act is done to
("did not refer the injured man": he is injured) and what stands "despite" the act.  A
patient not referred, taken or sent to care is care not given.  A verb after "not" is no
part of the group's name ("did not evaluate detainees": the detainees).  Sentences
written for this suite.
"""

from __future__ import annotations

import pytest

from extract_helpers import counted, describe

#: (sentence, type, negated): a fact of that type with that negation must be read
ROWS: list[tuple[str, str, bool]] = [
    # the placement stands after a negated act of care or supervision
    ("Staff did not check on prisoners held in isolation.", "solitary", False),
    ("Nurses did not monitor the women kept in seclusion.", "solitary", False),
    ("Doctors did not examine inmates who were placed in isolation.", "solitary", False),
    ("The officers never fed the youths confined in the punishment cells.", "solitary", False),
    ("Guards did not allow the prisoners in segregation to shower.", "solitary", False),
    ("A psychiatrist never assessed him before his placement in isolation.", "solitary", False),
    ("He was not given a mattress during his stay in segregation.", "solitary", False),
    # the negated act is still read
    ("Guards did not allow the prisoners in segregation to shower.", "hygiene", False),
    ("He was not given a mattress during his stay in segregation.", "bedding_clothing", False),
    # a clinician who did not assess the patient is care not given
    ("Mental health staff did not evaluate detainees placed in segregation.", "medical_care", False),
    ("A psychiatrist never assessed him before his placement in isolation.", "medical_care", False),
    ("The prison nurse failed to screen new arrivals for tuberculosis.", "medical_care", False),
    # a patient not sent on to care (a referral, a transfer to hospital, a specialist)
    ("Staff did not refer the injured man for an X-ray.", "medical_care", False),
    ("Officers did not take the mentally ill inmate to hospital.", "medical_care", False),
    ("He was never taken to hospital despite his broken arm.", "medical_care", False),
    ("Guards refused to send her to a specialist.", "medical_care", False),
    # the person a negated act is done to, named by what he suffers, still suffers it
    ("Staff did not refer the injured man for an X-ray.", "physical_health", False),
    ("Guards never checked on the sick prisoner.", "physical_health", False),
    ("Officers did not take the mentally ill inmate to hospital.", "vulnerable_person", False),
    ("He was never taken to hospital despite his broken arm.", "physical_health", False),
    ("He received no treatment despite his fractured ribs.", "physical_health", False),
    # traps: the state itself is denied
    ("He was not an injured man.", "physical_health", True),
    ("There was no overcrowding despite the rise in the population.", "overcrowding", True),
    # traps: the placement itself is denied
    ("He was not placed in segregation.", "solitary", True),
    ("The prison did not hold juveniles in isolation.", "solitary", True),
    ("There were no inmates held in solitary confinement.", "solitary", True),
    ("Detainees were not kept in solitary confinement.", "solitary", True),
    ("He was never placed in isolation during his detention.", "solitary", True),
]


@pytest.mark.parametrize("sentence,type_,negated", ROWS, ids=[f"{t}:{s[:45]}" for s, t, _ in ROWS])
def test_placement_and_negation(facts, sentence: str, type_: str, negated: bool) -> None:
    found = facts(sentence)
    assert [f for f in counted(found, type_) if f.negated == negated], describe(found)


#: a non-clinician who did not assess a request or a risk gives no medical fact
QUIET = [
    "The warden did not assess the risk of escape.",
    "Staff did not assess his request for a transfer.",
    "The board never evaluated the grievance.",
    "He was taken to hospital.",
    "They were not transferred to the prison in Lima.",
]


@pytest.mark.parametrize("sentence", QUIET)
def test_no_care_where_no_clinician(facts, sentence: str) -> None:
    assert not counted(facts(sentence), "medical_care"), describe(facts(sentence))


@pytest.mark.parametrize("sentence,subject", [
    ("Mental health staff did not evaluate detainees placed in segregation.", "detainees"),
    ("Doctors did not examine inmates who were placed in isolation.", "inmates"),
    ("Officers never checked segregated inmates at night.", "segregated inmates"),
])
def test_verb_after_not_is_no_part_of_the_group(facts, sentence: str, subject: str) -> None:
    found = [f for f in facts(sentence) if f.type == "solitary"]
    assert found and all(f.subject == subject for f in found), describe(found)


#: a second verb group after "and", with no subject of its own, is the opening subject's
COORDINATED: list[tuple[str, str, bool]] = [
    ("Many relatives travelled for hours and were turned away at the gate.", "family_visits", True),
    ("The visitors queued all morning outside the jail and were sometimes sent away.", "family_visits", True),
    ("Relatives had to wait all day in the rain and were often refused entry.", "family_visits", True),
    ("Inmates slept on the floor and were denied showers for weeks.", "hygiene", True),
    # traps: another subject after "and", or the opening noun is not the verb's subject
    ("The guards searched the relatives and the visitors were rude.", "family_visits", False),
    ("The relatives who complained were heard and were not turned away.", "family_visits", False),
]


@pytest.mark.parametrize("sentence,type_,expected", COORDINATED, ids=[s[:45] for s, _, _ in COORDINATED])
def test_second_verb_takes_the_opening_subject(facts, sentence: str, type_: str, expected: bool) -> None:
    got = [f for f in counted(facts(sentence), type_) if not f.negated]
    assert bool(got) is expected, describe(facts(sentence))


#: the lawyer kept from the client, the lawyer named first (legal access), is no family visit
LAWYERS: list[tuple[str, str, bool]] = [
    ("Counsel could not visit their clients for a month.", "legal_access", True),
    ("Defence attorneys were unable to see the detainees held in the annex.", "legal_access", True),
    ("His lawyer has not been able to meet him since March.", "legal_access", True),
    ("Counsel could not visit their clients for a month.", "family_visits", False),
    ("Attorneys were unable to visit their clients at the border camp.", "family_visits", False),
    ("Lawyers said they could not meet their clients in private.", "legal_confidentiality", True),
    # traps: the lawyer sees something else; the lawyer can see the client; the family is kept out
    ("The lawyer could not see any sign of the files.", "legal_access", False),
    ("Lawyers could see their clients every week.", "legal_access", False),
    ("Their families could not visit them for a month.", "family_visits", True),
]


@pytest.mark.parametrize("sentence,type_,expected", LAWYERS, ids=[f"{t}:{s[:40]}" for s, t, _ in LAWYERS])
def test_lawyer_kept_from_client(facts, sentence: str, type_: str, expected: bool) -> None:
    got = [f for f in counted(facts(sentence), type_) if not f.negated]
    assert bool(got) is expected, describe(facts(sentence))


@pytest.mark.parametrize("sentence,expected", [
    ("She is a sixty-eight-year-old woman held on remand.", "elderly"),
    ("The eighty-one-year-old prisoner uses a cane.", "elderly"),
    ("A sixteen-year-old boy was held with adults.", "juvenile"),
    ("The 84-year-old prisoner sleeps on the top bunk.", "elderly"),
    ("A 16-year-old prisoner was held with adult men.", "juvenile"),
    ("The 15-year-old inmate was placed in isolation.", "juvenile"),
])
def test_age_spelt_out(facts, sentence: str, expected: str) -> None:
    assert any(f.value == expected for f in counted(facts(sentence), "vulnerable_person")), describe(facts(sentence))


@pytest.mark.parametrize("sentence", ["The ninety-year-old law was repealed.", "The 90-year-old prison was closed.",
                                      "A 17-year-old jail was closed."])
def test_an_old_law_is_no_old_man(facts, sentence: str) -> None:
    assert not counted(facts(sentence), "vulnerable_person")


@pytest.mark.parametrize("sentence,expected", [
    ("Prisoners slept in their jackets because of the cold.", True),
    ("Several women fainted in the dormitory owing to the stifling heat.", True),
    ("He could not sleep on account of the bitter cold.", True),
    ("The hearing was postponed because of the strike.", False),
    ("The heating was repaired because of the complaints.", False),
])
def test_heat_or_cold_as_a_cause(facts, sentence: str, expected: bool) -> None:
    assert bool(counted(facts(sentence), "temperature")) is expected, describe(facts(sentence))


@pytest.mark.parametrize("sentence,type_,expected", [
    ("None of the wardens had seen a doctor in years.", "medical_care", False),
    ("None of the deputies had met with a lawyer.", "legal_access", False),
    ("None of the detainees had seen a doctor in years.", "medical_care", True),
    ("None of the boys had met with a lawyer.", "legal_access", True),
])
def test_staff_in_a_gap_are_not_the_deprived(facts, sentence: str, type_: str, expected: bool) -> None:
    assert bool([f for f in counted(facts(sentence), type_) if not f.negated]) is expected, describe(facts(sentence))
