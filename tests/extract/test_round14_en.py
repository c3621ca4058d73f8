"""Round 14, English: things cut or done away with are denied ("governors are cutting education
programmes", "the jail eliminated contact visits"); an adverb between a speaker and the claim verb
is no part of the speaker ("the appellees basically testified"), while a noun in -ly is
("his family said")."""

from __future__ import annotations

import pytest
from extract_helpers import check_row, describe, reader

EN = reader("en")


@pytest.mark.parametrize(("text", "type_", "expected"), [
    ("Governors are cutting education programmes at the jail.", "work_programmes", True),
    ("Last spring the facility scrapped its literacy classes.", "work_programmes", True),
    ("The county jail eliminated contact visits after the riot.", "family_visits", True),
    ("Guards were cutting the men's food portions.", "food_water", True),
    ("The sheriff is cutting the budget for visits.", "family_visits", False),
])
def test_cut_and_done_away_with(text, type_, expected):
    check_row(EN(text), type_, expected)


def test_done_away_with_outdoor_recreation_is_no_outdoor_exercise():
    facts = [f for f in EN("The new warden did away with outdoor recreation.") if f.type == "exercise_outdoor"]
    assert facts and facts[0].value is False, describe(facts)


@pytest.mark.parametrize(("text", "speaker"), [
    ("The appellees basically testified that they were denied showers.", "The appellees"),
    ("The inmates credibly testified that they were denied showers.", "The inmates"),
    ("Others have more recently pointed out that inmates were denied showers.", "Others"),
    ("His family said that he was denied visits.", "His family"),
    ("Kelly testified that she was denied showers.", "Kelly"),
])
def test_the_speaker_stops_before_an_adverb(text, speaker):
    facts = EN(text)
    assert facts and all(f.attributed_to == speaker for f in facts), describe(facts)


def test_spanish_adverb_is_no_part_of_the_speaker():
    facts = reader("es")("Los internos reiteradamente denunciaron que se les negaban las duchas.")
    assert facts and all(f.attributed_to == "Los internos" for f in facts), describe(facts)


@pytest.mark.parametrize(("text", "type_"), [
    ("Men on the tier don't get to make phone calls.", "family_calls"),
    ("Inmates in the hole do not get to see their families.", "family_visits"),
    ("He did not get to shower for a week.", "hygiene"),
])
def test_not_getting_to_do_a_thing_is_being_denied_it(text, type_):
    check_row(EN(text), type_, True)


def test_a_count_of_people_is_not_the_documents_group_on_a_tie():
    text = ("The inspectorate visited the remand prison, where the inmates told it about their days. There was "
            "little access to meaningful activities. Cells of this size were not designed to hold two prisoners.")
    facts = [f for f in EN(text) if f.type == "work_programmes"]
    assert facts and all("two" not in f.subject for f in facts), describe(facts)


@pytest.mark.parametrize(("lang", "text", "days"), [
    ("en", "He has been held in solitary confinement since last year.", 244),   # mid-2023 to 1 March 2024
    ("en", "She has been in segregation since last October.", 121),            # end of October 2023 on
    ("es", "Permanece en aislamiento desde el año pasado.", 244),
    ("fr", "Il est à l'isolement depuis octobre dernier.", 121),
])
def test_a_start_told_relative_to_the_documents_date(lang, text, days):
    check_row(reader(lang, date="2024-03-01")(text), "isolation_duration", days, tolerance=0.05)


def test_last_year_as_the_time_of_an_event_is_no_start():
    facts = [f for f in EN("Last year he spent ten days in isolation.") if f.type == "isolation_duration"]
    assert facts and all(f.value == 10 for f in facts), describe(facts)


def test_a_stay_in_this_situation_a_sentence_later_is_the_isolations_length():
    text = ("Mr. Ortiz was placed in the segregation unit after the fight. He is allowed out of his cell for one "
            "hour a day. He has remained in this situation for over nine months.")
    facts = [f for f in reader("en", date="2024-06-01")(text) if f.type == "isolation_duration"]
    assert facts and abs(facts[0].value - 274) <= 10, describe(facts)


@pytest.mark.parametrize(("text", "expected"), [
    ("His pregnant wife was not allowed to visit him.", False),
    ("Disabled visitors could not reach the visiting room.", False),
    ("His mother, who is elderly, could not travel to the prison.", False),
    ("She was pregnant when she was placed in segregation.", "pregnant"),
    ("He is a disabled veteran held in the SHU.", "disabled"),
])
def test_a_vulnerability_of_someone_else_is_not_the_detainees(text, expected):
    check_row(EN(text), "vulnerable_person", expected)


def test_a_tort_named_in_a_suit_is_no_symptom():
    text = "They sued the county for negligence and intentional infliction of emotional distress."
    check_row(EN(text), "mental_health", False)
    check_row(EN("He suffered severe emotional distress and nightmares after the beating."), "mental_health", True)


@pytest.mark.parametrize(("text", "speaker"), [
    ("A federal appeals court has ruled for pretrial detainees who allege that they were denied water.",
     "pretrial detainees"),
    ("The judge ruled in favor of inmates who claim they were denied showers.", "inmates"),
])
def test_the_antecedent_of_a_relative_speaker_has_no_preposition(text, speaker):
    facts = [f for f in EN(text) if f.type in ("food_water", "hygiene")]
    assert facts and all(f.attributed_to == speaker for f in facts), describe(facts)


def test_a_closing_he_claims_is_the_detainee_where_no_one_spoke_before():
    text = "Dewey Hinds was held at the county jail in 2016. Guards beat him repeatedly in his cell, he claims."
    facts = [f for f in EN(text) if f.type == "use_of_force"]
    assert facts and all(f.attributed_to == "Dewey Hinds" and f.certainty == "alleged" for f in facts), describe(facts)


def test_the_juvenile_justice_system_is_neither_a_child_nor_a_court():
    check_row(EN("The country has no separate juvenile justice system."), "vulnerable_person", False)
    facts = EN("Children in the juvenile justice system are held in adult jails.")
    assert facts and all(f.attributed_to == "the author" for f in facts), describe(facts)


@pytest.mark.parametrize("quotes", [('"', '"'), ("\u201c", "\u201d")])
def test_a_quotation_of_two_sentences_is_the_word_of_its_closing_speaker(quotes):
    o, c = quotes
    text = (f"{o}Overcrowding and poor sanitation remained problems in the men's block. Juveniles awaiting "
            f"trial were held with adults at the remand centre,{c} the annual report said.")
    facts = [f for f in EN(text) if f.type in ("overcrowding", "sanitation", "separation")]
    assert {f.type for f in facts} == {"overcrowding", "sanitation", "separation"}, describe(facts)
    assert all(f.certainty == "alleged" and "report" in f.attributed_to for f in facts), describe(facts)


def test_an_unclosed_quotation_stays_the_authors():
    text = '"Overcrowding remained a problem in the block. The men slept on the floor.'
    facts = [f for f in EN(text) if f.type == "overcrowding"]
    assert facts and all(f.attributed_to == "the author" for f in facts), describe(facts)


def test_a_person_the_document_titled_a_monitor_speaks_as_that_monitor():
    text = ("GENEVA - The UN Special Rapporteur on torture, Ana Kowalczyk, ended her visit to the country. "
            "Ms. Kowalczyk noted that detainees in the central police station slept on the floor without "
            "blankets. She added that the cells had no ventilation.")
    facts = [f for f in EN(text) if f.type in ("bedding_clothing", "ventilation")]
    assert {f.type for f in facts} == {"bedding_clothing", "ventilation"}, describe(facts)
    assert all(f.certainty == "asserted" and f.attributed_to.startswith("the Special Rapporteur") for f in facts), \
        describe(facts)


def test_an_untitled_person_stays_a_claimant():
    text = "Ana Kowalczyk noted that detainees in the central police station slept on the floor without blankets."
    facts = [f for f in EN(text) if f.type == "bedding_clothing"]
    assert facts and all(f.certainty == "alleged" for f in facts), describe(facts)


@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("en", "The warden produced the logs of the unit, according to which he had an hour of exercise each day.",
     "logs of the unit"),
    ("es", "El director presentó los registros del centro, según los cuales el interno salía al patio una hora "
           "al día.", "registros del centro"),
    ("fr", "Le Gouvernement produit les registres de l'établissement, selon lesquels l'intéressé bénéficiait "
           "d'une heure de promenade quotidienne.", "registres de l'établissement"),
])
def test_according_to_which_is_the_antecedents_word(lang, text, speaker):
    facts = [f for f in reader(lang)(text) if f.type == "exercise_time"]
    assert facts and all(f.attributed_to.endswith(speaker) and f.certainty == "alleged" for f in facts), \
        describe(facts)
