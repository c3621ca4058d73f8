"""Constructions found by probing the build with sentences of our own (round 9, issue 10).

Every sentence here was written for the test; none is copied from a document.

- A monitor's own visit stopped ("the authorities suspended our visit", "the delegation's visit was
  interrupted", "obliged to terminate its visit", "refused us entry") is its access denied, and no
  family visit; a punishment wing a monitor could not enter is nobody's isolation.
- An admission or a justification is its speaker's word ("The State acknowledged that", "the warden
  admitted that", es "el Estado reconoció que", "el director justificó", fr "le directeur a reconnu
  que", "le lieutenant a justifié").
- Water to wash in that runs cold is hygiene, not drinking water (en/es/fr).
- Suicides counted or told as events (fr "trois suicides ont eu lieu", "a mis fin à ses jours", es
  "se quitaron la vida").
- A water supply cut, the verb first (es "se cortó el suministro de agua", fr "l'alimentation en eau a
  été interrompue").
- Isolation for "the first five days" (es "durante los primeros cinco días", fr "pendant les dix
  premiers jours").
- A second subject after "y" opens a clause a "no" does not reach (es); a list item whose fact type
  the list already states, or that has a verb of its own, is no item of the list.
- Lawyers who cannot talk with their clients in private: confidentiality, not access (es/fr).
- Metaphors and regimes that are no facts: "starved of funding", visits "twice a week" are no
  monitor's, a complaint to the ombudsman is no monitor's access.
"""

from __future__ import annotations

import pytest

import dignity
from extract_helpers import describe, stated, stated_of, reader




# ------------------------------------------------------------------ a monitor's visit cut short
@pytest.mark.parametrize("text", [
    "The authorities suspended our visit to the remand prison after two days.",
    "The delegation's visit was interrupted by the governor on the third morning.",
    "The team was obliged to terminate its visit when staff refused to unlock the cells.",
    "Our visit was cut short when the commander refused us entry to the punishment block.",
    "The regional director refused us entry to the women's wing.",
    "Officials halted the Subcommittee's visit to the police station after an hour.",
])
def test_a_monitors_visit_stopped_is_access_denied(text: str) -> None:
    got = stated_of(text, "monitoring_access")
    assert got and any(f.value == "denied" for f in got), describe(stated(text))
    assert not stated_of(text, "family_visits"), describe(stated(text))


@pytest.mark.parametrize("text", [
    "The governor refused us entry to the punishment block.",
    "The delegation was denied access to the isolation unit.",
    "The inspectors were unable to visit the segregation wing.",
])
def test_a_punishment_wing_a_monitor_could_not_enter_is_no_ones_isolation(text: str) -> None:
    assert not stated_of(text, "solitary"), describe(stated(text))


@pytest.mark.parametrize("text", [
    "His mother's visit was cancelled without explanation.",
    "Guards suspended visits for every man in the east wing after the fight.",
])
def test_a_relatives_visit_cut_stays_a_family_visit(text: str) -> None:
    assert stated_of(text, "family_visits"), describe(stated(text))
    assert not stated_of(text, "monitoring_access"), describe(stated(text))


# ------------------------------------------------------------------ admissions are the speaker's
@pytest.mark.parametrize("text,lang,who", [
    ("The State acknowledged that the cells in the annex had no ventilation.", "en", "The State"),
    ("The warden admitted that inmates were locked down for 22 hours a day.", "en", "The warden"),
    ("El Estado reconoció que los internos del módulo no tenían acceso a agua potable.", "es", "El Estado"),
    ("Le directeur a reconnu que les cellules du bâtiment B étaient insalubres.", "fr", "Le directeur"),
])
def test_an_admission_is_the_speakers_word(text: str, lang: str, who: str) -> None:
    got = [f for f in stated(text, lang) if f.type != "vulnerable_person"]
    assert got and all(f.attributed_to == who for f in got), describe(got)


@pytest.mark.parametrize("text,lang,who", [
    ("Le capitaine a justifié le placement à l'isolement par des raisons de sécurité.", "fr", "Le capitaine"),
    ("El director justificó el traslado por razones de seguridad.", "es", "El director"),
])
def test_a_justification_is_the_officers(text: str, lang: str, who: str) -> None:
    got = stated_of(text, "justification_security", lang)
    assert got and got[0].attributed_to == who, describe(stated(text, lang))


def test_state_claims_as_a_noun_are_no_speaker() -> None:
    text = "The state claims were dismissed, and the cells had no ventilation."
    got = stated_of(text, "ventilation")
    assert got and got[0].attributed_to != "The state", describe(got)


# ------------------------------------------------------------------ water to wash in
@pytest.mark.parametrize("text,lang", [
    ("The water in the showers was always cold.", "en"),
    ("Los internos se bañan con agua fría de un tambo.", "es"),
    ("En las regaderas el agua sale siempre fría.", "es"),
    ("Les personnes détenues ne disposent que d'eau froide pour se laver.", "fr"),
])
def test_cold_water_to_wash_in_is_hygiene(text: str, lang: str) -> None:
    assert stated_of(text, "hygiene", lang), describe(stated(text, lang))
    assert not stated_of(text, "food_water", lang), describe(stated(text, lang))


def test_cold_shower_water_is_no_drinking_water_even_after_a_no() -> None:
    text = "Las duchas no funcionan y el agua es fría."
    assert stated_of(text, "hygiene", "es"), describe(stated(text, "es"))
    assert not stated_of(text, "food_water", "es"), describe(stated(text, "es"))


# ------------------------------------------------------------------ suicides
@pytest.mark.parametrize("text,lang", [
    ("Quatre suicides ont eu lieu dans la maison d'arrêt depuis janvier.", "fr"),
    ("Un homme a mis fin à ses jours trois jours après son arrivée au quartier disciplinaire.", "fr"),
    ("Un détenu s'est donné la mort dans sa cellule en mars.", "fr"),
    ("Dos internos se quitaron la vida en el penal durante el año.", "es"),
])
def test_suicides_told_as_events(text: str, lang: str) -> None:
    got = stated_of(text, "mental_health", lang)
    assert got and not got[0].negated, describe(stated(text, lang))


def test_suicide_prevention_is_no_suicide() -> None:
    text = "Le plan de prévention des suicides n'est pas appliqué."
    assert not stated_of(text, "mental_health", "fr"), describe(stated(text, "fr"))


# ------------------------------------------------------------------ a water supply cut
@pytest.mark.parametrize("text,lang", [
    ("Se cortó el suministro de agua en el dormitorio durante cuatro días.", "es"),
    ("Las autoridades cortaron el agua del pabellón durante una semana.", "es"),
    ("Hay cortes frecuentes de agua en el módulo de mujeres.", "es"),
    ("L'alimentation en eau a été interrompue pendant deux jours.", "fr"),
])
def test_a_water_supply_cut(text: str, lang: str) -> None:
    got = stated_of(text, "food_water", lang)
    assert got and not got[0].negated, describe(stated(text, lang))


@pytest.mark.parametrize("text,lang", [
    ("Se cortó la luz en las celdas durante la noche.", "es"),
])
def test_a_power_cut_is_no_water_cut(text: str, lang: str) -> None:
    assert not stated_of(text, "food_water", lang), describe(stated(text, lang))


# ------------------------------------------------------------------ the first days in isolation
@pytest.mark.parametrize("text,lang,days", [
    ("La detenida permaneció incomunicada durante los primeros seis días.", "es", 6),
    ("Estuvo en aislamiento durante los últimos dos meses.", "es", 61),
    ("Le détenu est resté à l'isolement pendant les douze premiers jours.", "fr", 12),
])
def test_isolation_for_the_first_days(text: str, lang: str, days: int) -> None:
    got = stated_of(text, "isolation_duration", lang)
    assert got and abs(float(got[0].value) - days) <= 0.15 * days, describe(stated(text, lang))


# ------------------------------------------------------------------ a clause of its own after "y"
@pytest.mark.parametrize("text,type_", [
    ("No hay ventilación en las celdas y el calor es insoportable.", "temperature"),
    ("No tienen colchones y las cobijas están sucias.", "bedding_clothing"),
])
def test_a_second_subject_is_out_of_the_nos_reach(text: str, type_: str) -> None:
    got = stated_of(text, type_, "es")
    assert got and not all(f.negated for f in got), describe(stated(text, "es"))


def test_a_list_item_with_a_verb_of_its_own_is_no_item() -> None:
    text = "Las celdas no tienen ventanas y la luz artificial permanece encendida."
    assert stated_of(text, "no_natural_light", "es"), describe(stated(text, "es"))
    assert not stated_of(text, "darkness", "es"), describe(stated(text, "es"))


def test_cold_cells() -> None:
    text = "Las celdas son frías y húmedas."
    assert stated_of(text, "temperature", "es"), describe(stated(text, "es"))


# ------------------------------------------------------------------ lawyers who cannot talk in private
@pytest.mark.parametrize("text,lang", [
    ("Los defensores no pueden entrevistarse en privado con sus clientes.", "es"),
    ("Les avocats ne peuvent pas s'entretenir confidentiellement avec leurs clients.", "fr"),
    ("Il ne peut pas parler en privé avec son avocate.", "fr"),
])
def test_no_private_talk_with_a_lawyer_is_confidentiality(text: str, lang: str) -> None:
    assert stated_of(text, "legal_confidentiality", lang), describe(stated(text, lang))
    assert not stated_of(text, "legal_access", lang), describe(stated(text, lang))


def test_a_lawyer_kept_away_stays_access() -> None:
    text = "Su abogado no pudo entrevistarse con él en todo el mes."
    assert stated_of(text, "legal_access", "es"), describe(stated(text, "es"))


# ------------------------------------------------------------------ traps
@pytest.mark.parametrize("text,type_", [
    ("The prison budget has been starved of funding for years.", "food_water"),
    ("Visits are permitted twice a week under the prison regulations.", "monitoring_access"),
    ("Prisoners said that complaints to the ombudsman went unanswered.", "monitoring_access"),
])
def test_traps_stay_quiet(text: str, type_: str) -> None:
    assert not stated_of(text, type_), describe(stated(text))


def test_starved_detainees_are_still_hungry() -> None:
    text = "Detainees were starved for days in the police lock-up."
    assert stated_of(text, "food_water"), describe(stated(text))


# ------------------------------------------------------------------ a stay from one date to another
@pytest.mark.parametrize("text,lang,days", [
    ("He was kept in segregation from 2 February to 2 April 2021.", "en", 59),
    ("She was held in isolation since 3 May 2021 until 30 June 2021.", "en", 58),
    ("Permaneció en aislamiento del 1 de febrero al 3 de abril de 2021.", "es", 61),
    ("Estuvo aislado desde el 1 de febrero hasta el 3 de abril de 2021.", "es", 61),
    ("Il a été placé à l'isolement du 1er février au 3 avril 2021.", "fr", 61),
    ("Il est resté à l'isolement depuis le 1er février jusqu'au 3 avril 2021.", "fr", 61),
])
def test_a_stay_from_one_date_to_another(text: str, lang: str, days: int) -> None:
    facts = reader(lang, "2024-03-01")(text)
    got = [f for f in facts if f.type == "isolation_duration"]
    assert got and any(f.value is not None and abs(float(f.value) - days) <= 2 for f in got), describe(facts)


@pytest.mark.parametrize("text,lang", [
    ("Permanece en aislamiento desde el 15 de enero de 2022.", "es"),
    ("He has been in segregation since 2015.", "en"),
])
def test_a_start_without_an_end_still_counts_to_the_documents_date(text: str, lang: str) -> None:
    facts = reader(lang, "2024-03-01")(text)
    got = [f for f in facts if f.type == "isolation_duration"]
    assert got and got[0].value and float(got[0].value) > 300, describe(facts)


# ------------------------------------------------------------------ more constructions (round 9)
def test_an_embassy_not_told_is_consular_access_of_the_detainee() -> None:
    text = "The embassy was not informed of her arrest for two weeks."
    got = [f for f in stated_of(text, "consular_access") if f.subject_kind != "general"]
    assert got, describe(stated(text))


def test_a_court_that_rejects_a_partys_claim_rejects_it() -> None:
    """(dir17, issue 11) a rejected claim is no finding of the contrary: not negated, but rejected."""
    text = "The jury rejected the plaintiff's claim that he was kicked by the officers."
    got = stated_of(text, "use_of_force")
    assert got and all(not f.negated and f.qualifiers.get("rejected_by") for f in got), describe(got)


@pytest.mark.parametrize("text", [
    "The exercise area was an enclosed concrete room with a grated ceiling.",
    "The recreation yard is a cage with a mesh roof.",
])
def test_an_exercise_area_indoors_is_no_open_air(text: str) -> None:
    got = stated_of(text, "exercise_outdoor")
    assert got and got[0].value is False, describe(stated(text))


def test_a_walled_yard_is_still_open_air() -> None:
    text = "The exercise yard was surrounded by high walls."
    assert not [f for f in stated_of(text, "exercise_outdoor") if f.value is False], describe(stated(text))


def test_visitors_barred_from_bringing_food_are_no_visits_denied() -> None:
    text = "Los custodios no permiten que las visitas ingresen alimentos al penal."
    assert not stated_of(text, "family_visits", "es"), describe(stated(text, "es"))


@pytest.mark.parametrize("text", [
    "Officers working in the unit complained about the heat.",
    "Staff reported that they were assaulted by prisoners twice that month.",
])
def test_staffs_own_conditions_are_no_detainees(text: str) -> None:
    got = [f for f in stated(text) if f.subject_kind != "general" and f.type in ("temperature", "use_of_force")]
    assert not got, describe(got)


def test_prisoners_complaint_about_the_heat_stays_theirs() -> None:
    text = "Prisoners complained about the heat in the dormitories."
    assert [f for f in stated_of(text, "temperature") if f.subject_kind != "general"], describe(stated(text))


@pytest.mark.parametrize("text,hours", [
    ("Selon le Gouvernement, le requérant pouvait se promener une heure par jour.", 1.0),
    ("Ils se promènent trente minutes par jour dans une cour grillagée.", 0.5),
])
def test_the_walk_as_a_verb_gives_the_exercise_time(text: str, hours: float) -> None:
    got = stated_of(text, "exercise_time", "fr")
    assert got and abs(float(got[0].value) - hours) < 0.01, describe(stated(text, "fr"))


@pytest.mark.parametrize("text,type_", [
    ("Access to a doctor depended on the goodwill of the guards.", "medical_care"),
    ("Telephone calls were at the discretion of the shift commander.", "family_calls"),
    ("Family visits depended on bribes to the guards.", "family_visits"),
])
def test_a_thing_given_only_at_the_guards_discretion(text: str, type_: str) -> None:
    assert stated_of(text, type_), describe(stated(text))


def test_a_transfer_at_the_directors_discretion_is_no_fact() -> None:
    text = "The decision to transfer him was at the discretion of the director."
    assert not stated(text), describe(stated(text))


@pytest.mark.parametrize("text", [
    "Prolonged isolation of detainees was routine at the facility.",
    "Isolation of detainees from other prisoners lasted weeks.",
])
def test_isolation_of_detainees_is_isolation(text: str) -> None:
    assert stated_of(text, "solitary"), describe(stated(text))


def test_separation_of_detainees_from_the_convicted_is_no_isolation() -> None:
    text = "The segregation of detainees from convicted prisoners was not ensured."
    assert not stated_of(text, "solitary"), describe(stated(text))
    assert stated_of(text, "separation"), describe(stated(text))


@pytest.mark.parametrize("text,type_", [
    ("Se documentaron golpes en la cabeza y la espalda de dos internos.", "use_of_force"),
    ("A las internas se les practican desnudos forzados durante las requisas.", "strip_search"),
    ("Los internos enfermos no son trasladados a centros hospitalarios.", "medical_care"),
])
def test_spanish_report_wording(text: str, type_: str) -> None:
    got = stated_of(text, type_, "es")
    assert got and not got[0].negated, describe(stated(text, "es"))


def test_the_relatives_visits_are_no_monitors_visit() -> None:
    text = "Los internos del área de máxima seguridad permanecen esposados durante las visitas."
    assert not stated_of(text, "monitoring_access", "es"), describe(stated(text, "es"))


def test_a_monitors_visits_in_the_plural_stay_its_access() -> None:
    text = "Durante las visitas de supervisión realizadas se constató hacinamiento."
    assert stated_of(text, "monitoring_access", "es"), describe(stated(text, "es"))


@pytest.mark.parametrize("text,lang", [
    ("La visite de la délégation a été interrompue par la direction.", "fr"),
    ("La direction a interrompu notre visite au bout de deux heures.", "fr"),
    ("La visita del Mecanismo fue interrumpida por el director del centro.", "es"),
    ("Las autoridades suspendieron nuestra visita al segundo día.", "es"),
])
def test_a_monitors_visit_stopped_in_french_and_spanish(text: str, lang: str) -> None:
    got = stated_of(text, "monitoring_access", lang)
    assert got and all(f.value == "denied" for f in got), describe(stated(text, lang))
    assert not stated_of(text, "family_visits", lang), describe(stated(text, lang))


@pytest.mark.parametrize("text,lang", [
    ("La visite de sa famille a été annulée.", "fr"),
    ("Se suspendió la visita familiar del interno.", "es"),
])
def test_a_familys_visit_stopped_stays_a_family_visit(text: str, lang: str) -> None:
    assert stated_of(text, "family_visits", lang), describe(stated(text, lang))
    assert not stated_of(text, "monitoring_access", lang), describe(stated(text, lang))


def test_three_sharing_a_cell_for_one() -> None:
    text = "Trois personnes partagent une cellule prévue pour une."
    assert stated_of(text, "overcrowding", "fr"), describe(stated(text, "fr"))


@pytest.mark.parametrize("text,lang", [
    ("Los servidores públicos reconocieron que el pabellón no tiene agua potable.", "es"),
    ("Le directeur a reconnu que les cellules du quartier étaient insalubres.", "fr"),
    ("The warden admitted that the cells in the annex had no heating.", "en"),
])
def test_an_officials_admission_is_the_authorities(text: str, lang: str) -> None:
    got = [f for f in stated(text, lang) if f.type != "vulnerable_person"]
    assert got and all(f.qualifiers.get("source_kind") == "authorities" for f in got), describe(got)


def test_a_present_state_told_after_a_recommendation_is_asserted() -> None:
    text = ("The report recommended that the authorities provide mattresses to all detainees, many of whom "
            "slept on the floor.")
    assert stated_of(text, "bedding_clothing"), describe(dignity.extract(text).facts)


def test_the_recommendation_itself_stays_hypothetical() -> None:
    text = "The Committee recommends that the State provide mattresses and blankets to all detainees."
    assert not stated_of(text, "bedding_clothing"), describe(stated(text))
