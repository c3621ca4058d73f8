"""Attribution constructions found by probing the build with sentences of our own (round 7).

- What a body was told, as the subject of the sentence ("Information received by the Special
  Rapporteur indicates that", "Allegations received by the Committee suggest that", "Los
  testimonios recabados por la delegación describen"): relayed, not the body's finding.
- A reporting verb as a participle with its agent ("The team was told by several inmates that",
  "described by their lawyers as emaciated"): the agent's claim.
- A body told things with a word between ("heard consistent testimony that").
- Past-tense speakers named by a participle ("Many of those interviewed reported that").
- The document itself as the subject ("This report describes"): the author's word.
- The monitor as the listener ("the detainees with whom the delegation spoke said that they had
  not been allowed to see a lawyer"): no monitor kept out.
"""

from __future__ import annotations

import pytest

import dignity
from extract_helpers import counted, describe


def _facts(text: str, lang: str = "en"):
    return dignity.extract(text, lang=lang).facts


@pytest.mark.parametrize("text,lang,type_", [
    ("Information received by the Special Rapporteur indicates that prisoners at Marbella jail are denied "
     "access to drinking water.", "en", "food_water"),
    ("Allegations received by the Committee suggest that detainees are held in cells without light.", "en", "darkness"),
    ("Reports received from lawyers indicate that the prisoners were denied access to their families for months.",
     "en", "family_visits"),
    ("Testimonies gathered by the delegation describe cells without any ventilation.", "en", "ventilation"),
    ("Accounts collected by the researchers describe detainees being beaten with cables.", "en", "use_of_force"),
    ("Credible reports received by the mission indicate that the women were strip-searched by male guards.",
     "en", "strip_search"),
    ("La información recibida por el Relator Especial indica que los internos no tienen acceso a agua potable.",
     "es", "food_water"),
    ("Los testimonios recabados por la delegación describen celdas sin ventilación.", "es", "ventilation"),
    ("Les informations reçues par le Rapporteur spécial indiquent que les détenus sont privés d'eau potable.",
     "fr", "food_water"),
    ("Les témoignages recueillis par la délégation décrivent des cellules sans aération.", "fr", "ventilation"),
])
def test_what_a_body_received_is_relayed(text: str, lang: str, type_: str) -> None:
    facts = [f for f in _facts(text, lang) if f.type == type_]
    assert facts, describe(_facts(text, lang))
    assert all(f.certainty == "alleged" for f in facts), describe(facts)


@pytest.mark.parametrize("text,type_,speaker", [
    ("The team was told by several inmates that the food was rotten.", "food_water", "several inmates"),
    ("The mission was informed by relatives that visits had been suspended for three months.", "family_visits",
     "relatives"),
    ("The prisoners were described by their lawyers as emaciated and sick.", "physical_health", "their lawyers"),
    ("The conditions were reported by the families to be appalling, with detainees sleeping on the floor.",
     "bedding_clothing", "families"),
    ("The monitors were told by two former detainees that the cells had no windows.", "no_natural_light",
     "two former detainees"),
])
def test_a_passive_reporting_verb_is_its_agents_claim(text: str, type_: str, speaker: str) -> None:
    facts = [f for f in _facts(text) if f.type == type_]
    assert facts, describe(_facts(text))
    assert facts[0].certainty == "alleged" and facts[0].attributed_to == speaker, describe(facts)


@pytest.mark.parametrize("text,type_", [
    ("The Working Group heard consistent testimony that detainees were beaten upon arrival.", "use_of_force"),
    ("The Ombudsman received numerous complaints that prisoners were denied medical care.", "medical_care"),
    ("The delegation heard credible accounts that detainees were held in darkness for days.", "darkness"),
    ("The inspectors collected testimonies that the toilets had been blocked for weeks.", "sanitation"),
])
def test_a_body_told_things_relays_them(text: str, type_: str) -> None:
    facts = [f for f in _facts(text) if f.type == type_]
    assert facts and all(f.certainty == "alleged" for f in facts), describe(_facts(text))


@pytest.mark.parametrize("text,type_,speaker", [
    ("Many of those interviewed reported that they had been held in solitary confinement for several months.",
     "solitary", "Many of those interviewed"),
    ("Those detained complained that the food was rotten.", "food_water", "Those detained"),
    ("The detainees with whom the delegation spoke said that they had not been allowed to see a lawyer.",
     "legal_access", "The detainees"),
])
def test_speakers_named_by_a_participle_or_a_relative_clause(text: str, type_: str, speaker: str) -> None:
    facts = [f for f in _facts(text) if f.type == type_]
    assert facts and facts[0].certainty == "alleged" and facts[0].attributed_to == speaker, describe(_facts(text))


@pytest.mark.parametrize("text", [
    "This report describes the conditions in which prisoners are held in overcrowded cells.",
    "The following paragraphs describe the overcrowded cells in which the prisoners of Block B are held.",
    "The present report describes how prisoners are held in overcrowded cells.",
])
def test_the_document_describing_is_the_authors_word(text: str) -> None:
    facts = [f for f in _facts(text) if f.type == "overcrowding"]
    assert facts and all(f.certainty == "asserted" and f.attributed_to == "the author" for f in facts), \
        describe(_facts(text))


@pytest.mark.parametrize("text", [
    "The detainees with whom the delegation spoke said that they had not been allowed to see a lawyer.",
    "Prisoners whom the Special Rapporteur met said they had not been allowed to call their families.",
    "Several women told the delegation that they were not allowed to see a doctor.",
    "Detainees interviewed by the Subcommittee said that they had not been permitted to receive visits.",
])
def test_the_monitor_as_the_listener_is_not_kept_out(text: str) -> None:
    facts = _facts(text)
    assert not [f for f in facts if f.type == "monitoring_access" and f.value == "denied"], describe(facts)


@pytest.mark.parametrize("text", [
    "The delegation was denied access to the isolation unit.",
    "The Subcommittee was not allowed to visit the military prison.",
])
def test_a_monitor_kept_out_is_still_read(text: str) -> None:
    facts = _facts(text)
    assert [f for f in facts if f.type == "monitoring_access" and f.value == "denied"], describe(facts)


@pytest.mark.parametrize("text", [
    # a past participle with no auxiliary before it modifies a noun: no passive reporting verb
    "Abuses reported by NGOs were not investigated by the prosecutor.",
    "Incidents described by the guards in their logs were few.",
])
def test_a_participle_without_its_auxiliary_is_no_claim(text: str) -> None:
    from dignity.extract.attribution import load_attributor

    srcs = load_attributor("en").sources(text, court_doc=False, last_speaker=None, detainee=None, orgs=[])
    assert srcs == [], srcs


def test_the_author_still_asserts_what_it_saw() -> None:
    facts = counted(_facts("During the visit, the delegation observed that the cells of Block D had no windows."),
                    "no_natural_light")
    assert facts and facts[0].certainty == "asserted", describe(facts)


@pytest.mark.parametrize("text,days", [
    ("Il est placé à l'isolement depuis plus d'un an.", 365),
    ("Il est resté à l'isolement pendant près d'un an.", 365),
    ("Elle a été maintenue à l'isolement pendant un an.", 365),
    ("Elle a été maintenue à l'isolement pendant plus d’un mois.", 30),
    ("Le détenu est à l'isolement depuis deux ans.", 730),
])
def test_french_one_year_and_elided_bounds(text: str, days: int) -> None:
    facts = [f for f in _facts(text, "fr") if f.type == "isolation_duration"]
    assert facts and facts[0].value == pytest.approx(days, rel=0.05), describe(_facts(text, "fr"))


@pytest.mark.parametrize("text,lang", [
    ("There is no mechanism allowing detainees to file a complaint.", "en"),
    ("The prison had no procedure through which prisoners could lodge grievances.", "en"),
    ("Il n'existe aucun mécanisme de plainte pour les détenus.", "fr"),
    ("Il n'existe aucun dispositif permettant aux détenus de déposer une plainte.", "fr"),
    ("Les personnes retenues ne disposent d'aucune voie de recours.", "fr"),
    ("No existe ningún mecanismo que permita a los internos presentar quejas.", "es"),
    ("Los internos carecen de un procedimiento de quejas.", "es"),
])
def test_no_complaint_route(text: str, lang: str) -> None:
    facts = [f for f in _facts(text, lang) if f.type == "complaints" and not f.negated]
    assert facts, describe(_facts(text, lang))


@pytest.mark.parametrize("text,lang", [
    ("The complaints mechanism should be independent of the prison administration.", "en"),
    ("Les détenus peuvent déposer une plainte auprès du chef d'établissement.", "fr"),
    ("El reglamento prevé un mecanismo de quejas para los internos.", "es"),
])
def test_a_complaint_route_that_exists_or_ought_to_is_no_lack(text: str, lang: str) -> None:
    facts = counted([f for f in _facts(text, lang) if not f.negated], "complaints")
    assert not facts, describe(facts)


def test_ni_carries_a_lack_on() -> None:
    facts = [f for f in _facts("Les détenus ne disposent d'aucune activité ni de travail.", "fr")
             if f.type == "work_programmes"]
    assert facts and not [f for f in facts if f.negated], describe(facts)


@pytest.mark.parametrize("text,type_", [
    ("Guards refused his requests for a blanket.", "bedding_clothing"),
    ("Officers denied his request for a mattress.", "bedding_clothing"),
    ("Staff ignored his repeated requests for toilet paper.", "hygiene"),
    ("The nurse ignored her written requests for pain medication.", "medical_care"),
    ("He received only two sack lunches a day.", "food_water"),
    ("The women were given just one sandwich a day.", "food_water"),
])
def test_a_request_refused_and_meals_counted(text: str, type_: str) -> None:
    facts = counted(_facts(text), type_)
    assert facts and not facts[0].negated, describe(_facts(text))


@pytest.mark.parametrize("text", [
    "Prisoners received two meals a day.",
    "The court denied his motion for a preliminary injunction.",
])
def test_meals_without_a_shortfall_or_a_motion_denied_say_nothing(text: str) -> None:
    facts = [f for f in _facts(text) if f.type in ("food_water", "bedding_clothing", "medical_care")]
    assert not facts, describe(facts)


def test_a_stay_in_the_unit_told_next_is_the_isolation_length() -> None:
    text = ("UNITED STATES DISTRICT COURT. OPINION. The evidence at trial established that inmates in the "
            "Special Management Unit are confined to their cells for 23 hours a day. Many have remained in the "
            "unit for more than three years.")
    lengths = counted(_facts(text), "isolation_duration")
    assert lengths and lengths[0].value == pytest.approx(1096, rel=0.05), describe(_facts(text))


@pytest.mark.parametrize("text,lang", [
    ("The Special Rapporteur received credible testimony that detainees were beaten with rubber truncheons.", "en"),
    ("The mission obtained detailed accounts of detainees being beaten with cables.", "en"),
    ("La delegación recibió numerosos testimonios de que los internos eran golpeados.", "es"),
    ("La délégation a recueilli des témoignages concordants selon lesquels les détenus étaient frappés.", "fr"),
])
def test_testimony_a_body_received_is_relayed(text: str, lang: str) -> None:
    facts = [f for f in _facts(text, lang) if f.type == "use_of_force"]
    assert facts and all(f.certainty == "alleged" for f in facts), describe(_facts(text, lang))


def test_a_preposition_is_not_part_of_the_group() -> None:
    facts = [f for f in _facts("There were reports that guards used excessive force against prisoners.")
             if f.type == "use_of_force"]
    assert facts and facts[0].subject == "prisoners", describe(facts)


@pytest.mark.parametrize("text,type_", [
    ("Las internas refirieron que son golpeadas por las custodias.", "use_of_force"),
    ("Las internas fueron esposadas durante el traslado.", "restraints"),
    ("Las mujeres procesadas y sentenciadas comparten las mismas celdas.", "separation"),
    ("Varias internas fueron amenazadas tras presentar una queja.", "complaints"),
])
def test_spanish_feminine_plurals_are_read(text: str, type_: str) -> None:
    facts = [f for f in _facts(text, "es") if f.type == type_]
    assert facts, describe(_facts(text, "es"))


def test_children_as_young_as_twelve_in_an_adult_prison() -> None:
    facts = counted(_facts("The delegation found that children as young as 12 were held in the adult prison."),
                    "separation")
    assert facts, "no separation"


@pytest.mark.parametrize("phrase,days", [
    ("held in segregation for periods ranging from two to eleven years", 730),
    ("held in segregation for between two and eleven years", 730),
    ("held in segregation for anywhere from 3 to 5 years", 1096),
])
def test_a_range_of_lengths_is_at_least_its_lower_end(phrase: str, days: int) -> None:
    from dignity.extract.values import find_durations

    found = find_durations(phrase)
    assert found and found[0].days == days and found[0].qualifiers.get("at_least"), found


def test_a_complaint_as_an_event_is_not_the_source() -> None:
    text = ("UNITED STATES COURT OF APPEALS. OPINION. The court finds that Luis Ortega was held in a strip cell. "
            "When he complained, an officer sprayed him with pepper spray.")
    force = [f for f in _facts(text) if f.type == "use_of_force"]
    assert force and all(f.attributed_to == "the court" for f in force), describe(force)


def test_a_complaint_with_its_content_is_still_a_claim() -> None:
    force = [f for f in _facts("After he complained that guards had beaten him, he was moved to another unit.")
             if f.type == "use_of_force"]
    assert force and force[0].certainty == "alleged", describe(force)


def test_a_stay_in_the_unit_a_few_sentences_on() -> None:
    text = ("Inmates in the administrative segregation unit are allowed out of their cells five hours per week. "
            "They eat all meals alone in their cells. Plaintiffs have been held in the unit for periods ranging "
            "from two to eleven years.")
    lengths = counted(_facts(text), "isolation_duration")
    assert lengths and lengths[0].value == 730, describe(_facts(text))


def test_a_stay_there_after_a_transfer_is_not_the_isolation() -> None:
    text = ("He was placed in segregation in March. He was later transferred to the county jail. "
            "He remained there for two years.")
    lengths = counted(_facts(text), "isolation_duration")
    assert not [f for f in lengths if f.value == 730], describe(lengths)


@pytest.mark.parametrize("text", [
    "Too many prisoners were locked in their cells for most of the day.",
    "Prisoners spent most of the day in their cells.",
    "Detainees were rarely allowed out of their cells.",
    "They are kept in their cells nearly all day.",
])
def test_most_of_the_day_in_the_cell_is_confinement_without_hours(text: str) -> None:
    facts = counted(_facts(text), "confinement_hours")
    assert facts and facts[0].value is None, describe(_facts(text))


@pytest.mark.parametrize("text", [
    "Prisoners spend most of the day in the workshops.",
    "Prisoners should not spend most of the day in their cells.",
])
def test_most_of_the_day_elsewhere_or_as_a_norm_is_no_confinement(text: str) -> None:
    assert not counted(_facts(text), "confinement_hours"), describe(_facts(text))


def test_a_record_not_kept_does_not_deny_the_injuries() -> None:
    facts = [f for f in _facts("The delegation noted that injuries were not recorded in a register.")
             if f.type == "physical_health"]
    assert not [f for f in facts if f.negated], describe(facts)


def test_injuries_not_seen_are_still_denied() -> None:
    facts = [f for f in _facts("No injuries were observed on the detainees.") if f.type == "physical_health"]
    assert not [f for f in facts if not f.negated], describe(facts)


def test_a_place_named_in_quotes_is_no_person() -> None:
    facts = _facts('The detainees in the "El Infiernito" facility are held in cells measuring 2 by 3 meters.')
    assert facts and all(f.subject != "El Infiernito" for f in facts), describe(facts)


@pytest.mark.parametrize("text,type_", [
    ("He was not allowed to call his family.", "family_calls"),
    ("He was not allowed to write to his family.", "correspondence"),
])
def test_a_call_or_a_letter_denied_is_no_visit_denied(text: str, type_: str) -> None:
    facts = _facts(text)
    assert counted(facts, type_) and not counted(facts, "family_visits"), describe(facts)


def test_a_visit_denied_still_is() -> None:
    assert counted(_facts("She was not allowed to see her family."), "family_visits")


def test_banging_the_bars_is_no_force() -> None:
    facts = _facts("Los internos golpeaban las rejas en señal de protesta.", "es")
    assert not [f for f in facts if f.type == "use_of_force"], describe(facts)


def test_harassment_by_male_guards_is_no_separation() -> None:
    facts = _facts("Women prisoners reported sexual harassment by male guards.")
    assert not [f for f in facts if f.type == "separation"], describe(facts)


def test_women_guarded_by_male_guards_still_are() -> None:
    assert counted(_facts("The women in the annex were guarded by male guards at night."), "separation")


def test_stripped_of_clothing_is_clothing_withheld() -> None:
    facts = counted(_facts("Prisoners on suicide watch are placed in bare cells, stripped of their clothing."),
                    "bedding_clothing")
    assert facts and not facts[0].negated, "no clothing fact"


def test_refusing_to_return_a_food_tray_is_no_food_denied() -> None:
    facts = _facts("Staff sprayed prisoners for minor infractions such as refusing to return a food tray.")
    assert not [f for f in facts if f.type == "food_water"], describe(facts)


def test_medical_requests_as_a_noun_are_no_speaker() -> None:
    facts = [f for f in _facts("Medical requests go unanswered for weeks.") if f.type == "medical_care"]
    assert facts and facts[0].certainty == "asserted", describe(facts)


def test_a_remedy_required_under_a_decree_stays_hypothetical() -> None:
    text = ("UNITED STATES DISTRICT COURT. ORDER. Under the consent decree, defendants were required to provide each "
            "inmate with 60 square feet of space.")
    assert not counted(_facts(text), "cell_space")


def test_squat_and_cough_is_no_illness() -> None:
    facts = _facts("Every arrestee was required to remove all clothing, squat, and cough.")
    assert counted(facts, "strip_search") and not [f for f in facts if f.type == "physical_health"], describe(facts)


@pytest.mark.parametrize("text,over", [
    ("The jail's population was 398, while its design capacity was 220.", True),
    ("The jail population was 180, while its design capacity was 220.", False),
])
def test_a_capacity_told_with_was(text: str, over: bool) -> None:
    facts = [f for f in counted(_facts(text), "overcrowding") if not f.negated]
    assert bool(facts) == over, describe(_facts(text))


@pytest.mark.parametrize("text", [
    "Officers placed him on the floor and handcuffed him.",
    "The bread was baked on site.",
])
def test_a_man_put_on_the_floor_or_bread_is_no_condition(text: str) -> None:
    facts = _facts(text)
    assert not [f for f in facts if f.type in ("overcrowding", "food_water")], describe(facts)


@pytest.mark.parametrize("text", [
    "The authorities informed the delegation that a new prison with a capacity of 2,000 would open next year.",
    "The prison, with a capacity of 1,200, was inspected in May.",
])
def test_a_capacity_alone_is_no_overcrowding(text: str) -> None:
    assert not counted(_facts(text), "overcrowding"), describe(_facts(text))


def test_a_head_count_for_a_capacity_still_is() -> None:
    assert counted(_facts("The prison held 1,900 men for an official capacity of 750."), "overcrowding")


def test_exercise_then_a_comma_and_the_cells_is_no_indoor_exercise() -> None:
    facts = _facts("Except for one hour of exercise, inmates remain in their cells at all times.")
    assert not [f for f in facts if f.type == "exercise_outdoor"], describe(facts)


@pytest.mark.parametrize("text", [
    "Pretrial detainees, convicted felons and juveniles are housed together.",
    "Convicted felons and pretrial detainees were held together in the same cells.",
])
def test_felons_housed_with_other_groups(text: str) -> None:
    assert counted(_facts(text), "separation"), describe(_facts(text))


def test_sick_call_requests_after_and_are_a_noun() -> None:
    text = "No physician is available on site, and sick call requests are frequently ignored."
    facts = [f for f in _facts(text) if f.type == "medical_care"]
    assert facts and all(f.certainty == "asserted" for f in facts), describe(facts)


def test_could_not_afford_to_post_bond_is_pretrial() -> None:
    facts = counted(_facts("He was held in the county jail because he could not afford to post a $500 bond."),
                    "pretrial_status")
    assert facts and facts[0].value == "pretrial", "not read as pretrial"
