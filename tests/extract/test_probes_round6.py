"""Constructions found by probing the build with sentences of our own (2026-12-07, day).

- A relative who tells a monitor of a prisoner's own visits: the monitor is the listener, its
  access is not at issue.
- Twenty-two hours or more a day in the cell is isolation by rule 44's measure: the length
  the sentence gives ("for months", "for the next eighteen months") is the isolation's.
- "for periods exceeding a year", "for periods longer than six months": a length, at least.
- A courtesy title before one surname ("Mr. Karimov", "Mme Durand") introduces a person; a
  name followed by an official's title ("Ana Ruiz, Special Rapporteur") is never the detainee.
"""

from __future__ import annotations

import pytest

import dignity
from dignity.extract.values import find_durations
from extract_helpers import counted, describe


@pytest.mark.parametrize("text", [
    "The mother of the detainee told Amnesty International that her son had not been allowed any visits "
    "since his arrest.",
    "His wife told the Special Rapporteur that she had been refused permission to visit him for a year.",
    "A former cellmate informed Human Rights Watch that his brother was denied visits for months.",
    "Relatives told the delegation that their son had not been allowed to receive visits.",
])
def test_relative_telling_a_monitor_is_no_monitor_access(text: str) -> None:
    facts = dignity.extract(text).facts
    assert not [f for f in facts if f.type == "monitoring_access"], describe(facts)


@pytest.mark.parametrize("text", [
    "The Red Cross has been refused access to the prison since January.",
    "The Special Rapporteur was denied access to the detention centre.",
])
def test_a_monitor_kept_out_still_is(text: str) -> None:
    facts = dignity.extract(text).facts
    assert [f for f in facts if f.type == "monitoring_access" and f.value == "denied"], describe(facts)


@pytest.mark.parametrize("text,days", [
    ("He was held in his cell 23 hours a day for months.", None),
    ("He spent 22 hours a day in his cell for the next eighteen months.", 548),
    ("For over a year, the plaintiff was confined to his cell for 23 hours a day.", 365),
    ("UNITED STATES DISTRICT COURT. FINDINGS OF FACT. The Court finds that inmates were confined to their "
     "cells 23 hours a day for periods exceeding a year.", 365),
    ("The women on the unit were locked in their cells twenty-three hours a day for six weeks.", 42),
])
def test_hours_in_cell_with_a_length_is_an_isolation_length(text: str, days: int | None) -> None:
    facts = dignity.extract(text).facts
    lengths = counted(facts, "isolation_duration")
    assert lengths, describe(facts)
    if days is None:
        assert lengths[0].value is None and lengths[0].qualifiers.get("at_least_days"), describe(lengths)
    else:
        assert lengths[0].value == pytest.approx(days, rel=0.05), describe(lengths)


@pytest.mark.parametrize("text", [
    "He has been in prison for ten years and is confined to his cell 23 hours a day.",
    "She was sentenced to twelve years and is locked in her cell 22 hours a day.",
])
def test_no_isolation_length_from_a_prison_term_or_fewer_hours(text: str) -> None:
    facts = dignity.extract(text).facts
    assert not counted(facts, "isolation_duration"), describe(facts)


@pytest.mark.parametrize("phrase,days", [
    ("for periods exceeding a year", 365),
    ("for periods longer than six months", 183),
    ("for a period exceeding 30 days", 30),
])
def test_exceeding_is_at_least(phrase: str, days: int) -> None:
    found = find_durations(phrase)
    assert found and found[0].days == pytest.approx(days, abs=1) and found[0].qualifiers.get("at_least")


@pytest.mark.parametrize("text,name", [
    ("The source reports that Mr. Karimov has been held in solitary confinement since his arrest. "
     "Mr. Karimov has not been allowed to see his family.", "Karimov"),
    ("According to the petition, Ms. Okafor was kept in a cell without a window. Ms. Okafor was denied "
     "medical care for her injuries.", "Okafor"),
])
def test_a_courtesy_title_and_one_surname_is_a_person(text: str, name: str) -> None:
    facts = dignity.extract(text).facts
    assert facts and all(f.subject_kind == "person" and name in f.subject for f in facts), describe(facts)


def test_a_courtesy_title_in_french() -> None:
    facts = dignity.extract("M. Durand est détenu à l'isolement depuis six mois. Selon M. Durand, la cellule "
                            "est insalubre.", lang="fr").facts
    assert facts and all("Durand" in f.subject for f in facts), describe(facts)


def test_an_official_named_before_the_title_is_not_the_detainee() -> None:
    text = ("Ana Ruiz, Special Rapporteur on torture, told reporters that many detainees sleep on the floor of "
            "overcrowded cells. Ms. Ruiz said that detainees in the east wing had no access to drinking water. "
            "Ms. Ruiz visited the prison last year.")
    facts = dignity.extract(text).facts
    assert facts and not [f for f in facts if "Ruiz" in f.subject], describe(facts)


@pytest.mark.parametrize("text", [
    "Inmates in the unit had no fans or ice water during the heat wave.",
    "Guards brought him ice for his swollen wrist.",
])
def test_ice_in_lower_case_is_no_immigration_agency(text: str) -> None:
    facts = dignity.extract(text).facts
    assert not [f for f in facts if f.type == "pretrial_status"], describe(facts)


def test_ice_custody_still_is_immigration_detention() -> None:
    facts = dignity.extract("He has been held in ICE custody for months.").facts
    assert [f for f in facts if f.type == "pretrial_status" and f.value == "immigration"], describe(facts)


@pytest.mark.parametrize("text", [
    "The Committee notes with concern information that detainees in Block B are held in cells of 4 square "
    "metres with three other persons.",
    "The Working Group is concerned at reports that detainees in the annex sleep on the floor.",
    "The Committee is deeply concerned about numerous allegations of beatings of detainees by prison guards.",
])
def test_a_bodys_concern_at_reports_is_relayed(text: str) -> None:
    facts = dignity.extract(text).facts
    assert facts and all(f.certainty == "alleged" for f in facts), describe(facts)


def test_a_bodys_own_concern_at_a_condition_is_its_word() -> None:
    facts = dignity.extract("The Committee is deeply concerned about the overcrowding in prisons, where "
                            "occupancy reaches 250 per cent.").facts
    assert [f for f in facts if f.type == "overcrowding" and f.certainty == "asserted"], describe(facts)


@pytest.mark.parametrize("text,label", [
    ("Our investigation found that the jail routinely holds prisoners with serious mental illness in isolation.",
     "prisoners"),
    ("During our visit we saw detainees sleeping on the floor in corridors.", "detainees"),
])
def test_a_verb_before_the_group_noun_is_no_part_of_its_name(text: str, label: str) -> None:
    facts = dignity.extract(text).facts
    assert facts and all(f.subject.split()[0] == label for f in facts), describe(facts)


@pytest.mark.parametrize("heading", ["UNITED STATES DISTRICT COURT. OPINION.",
                                     "IN THE UNITED STATES COURT OF APPEALS. MEMORANDUM."])
def test_a_heading_in_capitals_holds_no_reporting_verb(heading: str) -> None:
    facts = dignity.extract(f"{heading} It is undisputed that plaintiff was held in a strip cell without a "
                            "mattress for five days.").facts
    assert facts and all(f.certainty == "asserted" and "UNITED" not in f.attributed_to for f in facts), \
        describe(facts)


@pytest.mark.parametrize("rejection", [
    "The district court rejected this claim, finding that the lights were dimmed at night. We agree.",
    "The magistrate judge rejected that contention after reviewing the unit's logs.",
    "We reject this argument: the logs show the lights were dimmed at night.",
])
def test_a_rejection_pointing_back_rejects_the_claim_before_it(rejection: str) -> None:
    text = ("UNITED STATES COURT OF APPEALS. OPINION. Plaintiff Smith contends that the lights in his cell were on 24 "
            f"hours a day. {rejection}")
    facts = [f for f in dignity.extract(text).facts if f.type == "constant_light"]
    assert facts and all(f.certainty == "contested" for f in facts), describe(facts)


@pytest.mark.parametrize("text", [
    "The prison's population rose to 1,420 in a facility built for 600.",
    "The prison held 1,420 prisoners for 600 places.",
    "The facility houses 900 detainees but has only 400 beds.",
    "There were 2,100 inmates against 800 official places.",
])
def test_a_head_count_above_the_places_is_overcrowding(text: str) -> None:
    facts = dignity.extract(text).facts
    assert counted(facts, "overcrowding"), describe(facts)


@pytest.mark.parametrize("text", [
    "The prison held 420 prisoners for 600 places.",
    "The facility houses 300 detainees and has 400 beds.",
    "Each dormitory has only 40 beds.",
    "The jail was built for 600 and its population reached 550.",
    "Overcrowding remains a problem in the country's schools and hospitals.",
])
def test_a_count_within_the_places_or_another_institution_is_no_overcrowding(text: str) -> None:
    facts = dignity.extract(text).facts
    assert not counted(facts, "overcrowding"), describe(facts)


def test_no_longer_reported_at_the_end_negates_a_long_subject() -> None:
    facts = dignity.extract("Beatings of detainees by officers in the northern jails, frequent in earlier years, "
                            "were no longer reported.").facts
    force = [f for f in facts if f.type == "use_of_force"]
    assert force and all(f.negated and f.attributed_to == "the author" for f in force), describe(facts)


def test_an_incident_not_reported_to_the_warden_still_happened() -> None:
    facts = dignity.extract("Guards beat him in March, but the practice was no longer reported after the new "
                            "warden arrived.").facts
    assert [f for f in facts if f.type == "use_of_force" and not f.negated], describe(facts)


def test_a_relative_clause_with_a_place_is_no_speaker() -> None:
    facts = dignity.extract("Petitioner Ramon Ortiz, who is presently confined at the Fox Lake Correctional "
                            "Institution in Fox Lake, Wisconsin, alleges that his cell was freezing.").facts
    assert facts and all(f.attributed_to == "Petitioner Ramon Ortiz" for f in facts), describe(facts)


def test_claims_as_a_noun_after_its_adjectives_is_no_reporting_verb() -> None:
    facts = dignity.extract("He has brought the present consolidated claims arguing that the jail was poorly "
                            "ventilated.").facts
    assert facts and all("brought" not in f.attributed_to for f in facts), describe(facts)


@pytest.mark.parametrize("text,type_", [
    ("Detainees in the district jails had reasonable access to visitors.", "family_visits"),
    ("Inmates were permitted religious observance.", "religion"),
    ("Remand prisoners had regular access to their lawyers.", "legal_access"),
    ("Prisoners had unrestricted access to newspapers and television.", "reading_news"),
])
def test_a_right_respected_is_the_deprivation_negated(text: str, type_: str) -> None:
    facts = [f for f in dignity.extract(text).facts if f.type == type_]
    assert facts and all(f.negated for f in facts), describe(facts)


@pytest.mark.parametrize("text,type_", [
    ("Prisoners were permitted visits only once a month.", "family_visits"),
    ("He was not permitted visits.", "family_visits"),
])
def test_a_right_rationed_or_refused_stays_a_deprivation(text: str, type_: str) -> None:
    facts = [f for f in dignity.extract(text).facts if f.type == type_]
    assert facts and not any(f.negated for f in facts), describe(facts)


def test_a_clean_clinic_says_nothing_of_the_care() -> None:
    facts = [f for f in dignity.extract("The healthcare centre was clean, but waiting times for the GP were too "
                                        "long.").facts if f.type == "medical_care"]
    assert facts and not any(f.negated for f in facts), describe(facts)


@pytest.mark.parametrize("text,lang", [
    ("El Comité expresa su preocupación por los informes según los cuales los internos del pabellón B duermen "
     "en el suelo.", "es"),
    ("Le Comité se dit préoccupé par les informations selon lesquelles les détenus du quartier B dorment à même "
     "le sol.", "fr"),
])
def test_a_bodys_concern_at_reports_is_relayed_in_spanish_and_french(text: str, lang: str) -> None:
    facts = dignity.extract(text, lang=lang).facts
    assert facts and all(f.certainty == "alleged" for f in facts), describe(facts)


@pytest.mark.parametrize("text", [
    "Many people are kept for 24 hours a day in an overcrowded cell for many months.",
    "He shared a cell with two other prisoners and was locked in 23 hours a day for a year.",
])
def test_hours_in_a_shared_cell_give_no_isolation_length(text: str) -> None:
    facts = dignity.extract(text).facts
    assert not counted(facts, "isolation_duration"), describe(facts)


def test_a_corroboration_bears_out_only_the_accounts_it_follows() -> None:
    text = ("The Subcommittee visited the district prison in May. Detainees told the Subcommittee that they received "
            "one meal a day. Several detainees alleged that guards had beaten them with batons on arrival; the "
            "delegation's doctor observed bruises consistent with their accounts.")
    facts = dignity.extract(text).facts
    assert [f for f in facts if f.type == "use_of_force" and f.certainty == "asserted"], describe(facts)
    assert [f for f in facts if f.type == "food_water"] and all(
        f.certainty == "alleged" for f in facts if f.type == "food_water"), describe(facts)


@pytest.mark.parametrize("text", [
    "He was forced to sleep on a concrete slab.",
    "He slept on the floor of his cell because he had no mattress.",
    "In the isolation cell she slept on the bare floor.",
])
def test_one_person_on_the_floor_is_no_overcrowding(text: str) -> None:
    facts = dignity.extract(text).facts
    assert counted(facts, "bedding_clothing") and not counted(facts, "overcrowding"), describe(facts)


def test_a_crowd_on_the_floor_still_is() -> None:
    facts = dignity.extract("Inmates slept on the floor because there were not enough beds.").facts
    assert counted(facts, "overcrowding"), describe(facts)


@pytest.mark.parametrize("text,expected", [
    ("Inmates complained of noise from the neighbouring cells at all hours.", True),
    ("The unit is extremely noisy at night.", True),
    ("The noise of the generator at night was a problem for staff.", False),
])
def test_noise_at_all_hours(text: str, expected: bool) -> None:
    facts = dignity.extract(text).facts
    assert bool(counted(facts, "sleep_noise")) == expected, describe(facts)


@pytest.mark.parametrize("text,expected", [
    ("Defendants assert that the lockdown was imposed after a riot in which two officers were injured.", True),
    ("The restrictions were imposed on the basis of a threat assessment.", True),
    ("Visits were suspended after a protest in the yard.", True),
    ("He was released from the unit after the riot ended.", False),
    ("Restrictions should be imposed only after an individual threat assessment.", False),
])
def test_a_regime_imposed_after_an_event_is_its_stated_reason(text: str, expected: bool) -> None:
    facts = [f for f in dignity.extract(text).facts if f.type == "justification_security"]
    assert bool(facts) == expected, describe(facts)


@pytest.mark.parametrize("text,expected", [
    ("Men and women were held in the same facility without separation.", True),
    ("The facility houses both remand and sentenced prisoners in the same units.", True),
    ("The prison lacked separate facilities for women.", True),
    ("Men and women were held together in the police station.", True),
    ("Detainees were kept in the same cells for months.", False),
    ("Men and women ate in the same dining hall but slept in separate wings.", False),
])
def test_groups_held_together(text: str, expected: bool) -> None:
    facts = [f for f in dignity.extract(text).facts if f.type == "separation" and not f.negated]
    assert bool(facts) == expected, describe(facts)


@pytest.mark.parametrize("text,value", [
    ("Many detainees spent years in prison without being tried.", "pretrial"),
    ("Persons in preventive detention made up 45 percent of prisoners.", "pretrial"),
    ("The juvenile detention centre houses boys awaiting adjudication.", "pretrial"),
    ("He was held under the Preventive Detention Act for a year.", "administrative"),
])
def test_preventive_detention_and_untried(text: str, value: str) -> None:
    facts = [f for f in dignity.extract(text).facts if f.type == "pretrial_status"]
    assert facts and {f.value for f in facts} == {value}, describe(facts)


@pytest.mark.parametrize("text,negated", [
    ("Medical staff were available around the clock.", True),
    ("Detainees were seen by a doctor within 24 hours of arrival.", True),
    ("No medical examination was carried out on arrival.", False),
    ("A doctor was not available at all times.", False),
])
def test_medical_staff_there_when_needed(text: str, negated: bool) -> None:
    facts = [f for f in dignity.extract(text).facts if f.type == "medical_care"]
    assert facts and all(f.negated == negated for f in facts), describe(facts)


@pytest.mark.parametrize("text,lang", [
    ("He shared a 9 m2 cell with three other prisoners.", "en"),
    ("Le requérant se plaint d'avoir été détenu dans une cellule de 9 m² qu'il partageait avec trois autres "
     "détenus.", "fr"),
    ("Estuvo recluido en una celda de 9 m² con otros cinco internos.", "es"),
])
def test_cellmates_are_not_the_subject(text: str, lang: str) -> None:
    facts = [f for f in dignity.extract(text, lang=lang).facts if f.type == "cell_space"]
    assert facts and not any(w in f.subject for f in facts for w in ("other", "autres", "otros")), describe(facts)


@pytest.mark.parametrize("text,expected", [
    ("He could not communicate with staff because none spoke Spanish.", True),
    ("None of the other inmates spoke English.", False),
])
def test_none_of_the_staff_spoke_his_language(text: str, expected: bool) -> None:
    facts = [f for f in dignity.extract(text).facts if f.type == "language_interpreter"]
    assert bool(facts) == expected, describe(facts)
