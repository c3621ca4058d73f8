"""Court and monitor wording for issue 10 (enrecall): the general ways US courts write a
detainee's status, the mixing of categories, special units, the reason (or no reason) for a
placement, mail, exercise counted in days, and sleep.  Each rule beside a sentence that must
stay quiet.  The sentences are written for these tests; none is taken from a document."""

from __future__ import annotations

import pytest

from extract_helpers import counted, describe

FOUND = [
    # pretrial status read from the court's framing of a detainee's claim
    ("pretrial_status", "As a detainee, her claims arise under the Fourteenth Amendment, not the Eighth.", False),
    ("pretrial_status", "Because Ames was a detainee and not a prisoner, the Due Process Clause governs.", False),
    ("pretrial_status", "Plaintiff, a detainee at the Polk County Jail, says he was kicked.", False),
    ("pretrial_status", "At the time of these events she was a jail detainee.", False),
    ("pretrial_status", "The boy was detained at the youth center awaiting adjudication.", False),
    ("pretrial_status", "She was taken to the county jail after her arrest and held there for months.", False),
    # mixing of categories
    ("separation", "He was housed in a cell with convicted felons.", False),
    ("separation", "Immigration detainees were kept in the same pods as criminal inmates.", False),
    ("separation", "The county jail housed pretrial detainees and sentenced inmates together.", False),
    ("separation", "No effort was made to separate men awaiting trial from those serving sentences.", False),
    # special units by their names
    ("special_regime", "Officials moved him to the Secure Housing Unit at the prison.", False),
    ("special_regime", "She was sent to the super-maximum facility in the north of the state.", False),
    ("special_regime", "He was housed on Close Management status for two years.", False),
    ("special_regime", "Prisoners in the Behavior Modification Unit lost their property.", False),
    ("special_regime", "He spent a year in the Maximum Control Complex.", False),
    # the reason for a placement, and no reason
    ("justification_security", "He was held in segregation pending an investigation of the fight.", False),
    ("justification_security", "She was placed in protective custody at her own request.", False),
    ("justification_security", "No reason was given for his transfer to the segregation unit.", True),
    ("justification_security", "He was never told why he had been placed in the SHU.", True),
    ("justification_security", "Guards isolated the two women without any explanation.", True),
    ("justification_security", "She was placed in segregation because she refused to share a cell.", False),
    ("justification_security", "He was put on a restricted regime after he was found with a phone.", False),
    ("justification_security", "Staff said he was isolated to protect him from other prisoners.", False),
    ("justification_security", "She was held in solitary confinement as a disciplinary measure.", False),
    ("justification_security", "The governor justified the lockdown by a shortage of officers.", False),
    # monitors' names of special regimes and their mixing of categories
    ("special_regime", "He spent two years under a restricted regime.", False),
    ("special_regime", "The men were held in the Special Handling Unit.", False),
    ("special_regime", "She was classified as a special category prisoner.", False),
    ("separation", "Remand and sentenced prisoners shared the same accommodation.", False),
    ("separation", "The centre failed to keep minors apart from adult detainees.", False),
    ("separation", "Young prisoners were held together with adults in the annex.", False),
    ("sleep_noise", "The lights stayed on and detainees said they slept badly.", False),
    ("solitary", "She was kept in a cell on her own for most of the day.", False),
    ("sanitation", "The wing had three toilets for 250 men.", False),
    ("correspondence", "Letters to and from relatives were subject to censorship.", False),
    ("exercise_time", "They were taken out to the yard only sporadically.", False),
    ("vulnerable_person", "Several of the women take medications to manage their chronic conditions.", False),
    ("language_interpreter", "The centre was providing health care and language services to the families.", True),
    ("language_interpreter", "Nurses used a telephone interpretation line with the detainees.", True),
    ("family_calls", "Guards deleted the names on her approved telephone list.", False),
    ("pretrial_status", "She has been in provisional detention since March.", False),
    ("sleep_noise", "Guards shone lights into their cells throughout the night.", False),
    # mail read or held by staff; letters allowed
    ("correspondence", "Officers read his personal letters before handing them over.", False),
    ("correspondence", "The mailroom held her mail for three weeks.", False),
    ("correspondence", "He was permitted to send and receive letters.", True),
    ("correspondence", "He was not permitted to send letters to his sister.", False),
    # exercise counted in days
    ("exercise_time", "Men on the tier were allowed exercise only twice a week.", False),
    ("exercise_time", "Inmates were let out to the yard once a week.", False),
    # sleep
    ("sleep_noise", "Prisoners could hardly sleep because of the shouting on the landing.", False),
    # more people than places, by the cell's design
    ("overcrowding", "Every two-man cell on the tier housed three or four men.", False),
    ("overcrowding", "Day rooms were converted into sleeping quarters for thirty detainees.", False),
    # a complaint route refused, small portions, no common language
    ("complaints", "Guards refused to hand him grievance forms.", False),
    ("food_water", "The portions were so small that she lost weight.", False),
    ("language_interpreter", "Nobody at the detention center spoke Tigrinya, so he could not explain his pain.", False),
    ("language_interpreter", "The nurses spoke only English and she speaks only Mixtec.", False),
]

QUIET = [
    ("pretrial_status", "ICE detainees at the processing center complained of the cold."),
    ("pretrial_status", "Detainees at the jail must be protected from harm."),
    ("pretrial_status", "He was released from the jail after his arrest was found unlawful."),
    ("separation", "He shared a cell with another inmate."),
    ("separation", "Convicted inmates were housed with other convicted inmates."),
    ("special_regime", "The warden praised the close management of the budget."),
    ("special_regime", "Secure housing for veterans is a priority of the city."),
    ("justification_security", "The court sees no reason to disturb the finding that he was placed in isolation."),
    ("justification_security", "He was held in jail pending an investigation by the police."),
    ("justification_security", "The suit alleges a failure to protect him from other inmates in the cell."),
    ("justification_security", "Isolation should only be used as a disciplinary measure of last resort."),
    ("special_regime", "The access road to the prison is restricted."),
    ("separation", "Adult visitors shared the waiting room with the children."),
    ("solitary", "He was placed in a cell on his own request."),
    ("sanitation", "There should be at least one toilet for 25 prisoners."),
    ("correspondence", "Legal mail is subject to inspection in the presence of the inmate."),
    ("exercise_time", "He rarely used the yard because of his injury."),
    ("vulnerable_person", "The nurse gave him medication for his headache."),
    ("language_interpreter", "ICE should ensure that language services are provided."),
    ("family_calls", "The phone company cut the price of calls."),
    ("pretrial_status", "The provisional results of the census were published."),
    ("sleep_noise", "The sun shone into the yard."),
    ("correspondence", "Officers opened his legal mail outside his presence."),
    ("correspondence", "Inmates were only allowed to send two letters a month.", ),
    ("exercise_time", "The yard crew works five days a week."),
    ("sleep_noise", "He could barely walk after the beating."),
    ("overcrowding", "The two-man cells housed two inmates each."),
    ("overcrowding", "The county plans to turn the gym into sleeping quarters."),
    ("food_water", "The portions were not small."),
    ("language_interpreter", "Nobody at the meeting spoke about the budget."),
]


@pytest.mark.parametrize("type_,sentence,negated", FOUND)
def test_court_wording_gives_the_fact(facts, type_, sentence, negated) -> None:
    found = facts(sentence)
    mine = counted(found, type_)
    assert any(f.negated == negated for f in mine), \
        f"expected {type_} (negated={negated}) in {sentence!r}; got {describe(found)}"


@pytest.mark.parametrize("type_,sentence", [q[:2] for q in QUIET])
def test_court_wording_counter_examples_stay_quiet(facts, type_, sentence) -> None:
    found = facts(sentence)
    if sentence.startswith("Inmates were only allowed"):  # a ration of letters is a restriction, never "allowed"
        assert not any(f.negated for f in counted(found, type_)), describe(found)
        return
    if sentence.startswith("ICE detainees"):  # their status is immigration, not pretrial
        assert all(f.value != "pretrial" for f in counted(found, type_)), describe(found)
        return
    assert not counted(found, type_), f"{type_} wrongly found in {sentence!r}: {describe(found)}"


# ------------------------------------------------------------------ values (court wording)
VALUES = [
    ("confinement_hours", "He is locked in his cell for all but six hours per week.", 23.14),
    ("confinement_hours", "She was in her cell all but one hour a day.", 23),
    ("isolation_duration", "He was sentenced to 30 days in the hole for the fight.", 30),
    ("isolation_duration", "She was held in segregation between May 2014 and November 2014.", 184),
    ("isolation_duration", "He was placed in isolation on 2 March 2019 and released on 30 March 2019.", 28),
]

#: a prison term is no stay in isolation
NO_VALUES = [
    ("isolation_duration", "He was sentenced to 90 days in jail and later placed in segregation."),
]


@pytest.mark.parametrize("type_,sentence,value", VALUES)
def test_court_values(type_, sentence, value) -> None:
    import dignity

    found = dignity.extract(sentence, date="2020-06-01").facts
    vals = [f.value for f in counted(found, type_) if isinstance(f.value, (int, float))]
    tol = 0.15 * value if type_ == "isolation_duration" else 0.5
    assert any(abs(v - value) <= tol for v in vals), f"{sentence!r}: {describe(found)}"


@pytest.mark.parametrize("type_,sentence", NO_VALUES)
def test_court_values_that_are_not(type_, sentence) -> None:
    import dignity

    found = dignity.extract(sentence, date="2020-06-01").facts
    assert not any(f.value == 90 for f in counted(found, type_)), describe(found)
