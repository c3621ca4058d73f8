"""Engine-level behaviour: derived facts, 'since' durations, speakers, wrapped lines."""

from __future__ import annotations


import pytest
from shared_files import missing, shared_path

import dignity

SEED = shared_path("spec", "seed-article.txt")


def facts_of(ex, type_):
    return [f for f in ex.facts if f.type == type_]


def test_isolation_since_a_date_counts_days_to_the_document_date():
    ex = dignity.extract("Juan Perez has been held in solitary confinement since January 19. "
                         "Guards never speak to Juan Perez.", date="2017-03-28")
    (dur,) = facts_of(ex, "isolation_duration")
    assert dur.value == 68
    assert dur.unit == "days"
    assert dur.qualifiers["since"] == "2017-01-19"
    assert any(e.text == "since January 19" for e in dur.evidence)


def test_isolation_since_without_a_document_date_keeps_the_start_and_no_guess():
    ex = dignity.extract("Juan Perez has been held in solitary confinement since 19 January 2017.")
    (dur,) = facts_of(ex, "isolation_duration")
    assert dur.value is None
    assert dur.qualifiers["since"] == "2017-01-19"


def test_hours_plus_no_contact_is_solitary_by_rule_44_definition():
    ex = dignity.extract("Maria Lopez is confined to her cell 23 hours a day. Maria Lopez says she "
                         "cannot talk with the guards or other prisoners.")
    derived = [f for f in facts_of(ex, "solitary") if f.explain.recognizer == "derived.solitary_rule_44"]
    assert len(derived) == 1
    assert {e.text for e in derived[0].evidence} >= {"confined to her cell 23 hours a day"}


def test_hours_alone_is_not_solitary():
    ex = dignity.extract("Death-row inmates spend twenty-three hours a day in their cells.")
    assert facts_of(ex, "confinement_hours")[0].value == 23
    assert not facts_of(ex, "solitary")


def test_hard_wrapped_lines_stay_one_sentence_and_keep_their_speaker():
    text = ("3. Regime. Mr. Daniel Okafor told the team that he is locked in his cell for 23\n"
            "hours a day. He is allowed out for one hour of exercise.\n\n"
            "4. Contact. Mr. Okafor said that he has not been allowed visits from his family\n"
            "since September.\n")
    ex = dignity.extract(text)
    (hours,) = facts_of(ex, "confinement_hours")
    assert hours.value == 23
    assert hours.certainty == "alleged"
    assert hours.attributed_to == "Daniel Okafor"
    (visits,) = facts_of(ex, "family_visits")
    assert visits.attributed_to == "Daniel Okafor"


def test_according_to_a_titled_name():
    ex = dignity.extract("According to Ms. Delgado, she was shackled during a hospital visit.")
    (r,) = facts_of(ex, "restraints")
    assert r.certainty == "alleged"
    assert "Delgado" in r.attributed_to


@pytest.mark.skipif(bool(missing("spec", "seed-article.txt")), reason=str(missing("spec", "seed-article.txt")))
def test_seed_article_gives_every_fact_conditions_md_lists():
    ex = dignity.extract(SEED)
    live = [f for f in ex.facts if f.subject_kind != "general" and f.certainty != "hypothetical"]
    types = {f.type for f in live}
    assert types >= {"pretrial_status", "special_regime", "constant_light", "confinement_hours",
                     "solitary", "exercise_time", "family_visits", "family_calls",
                     "language_interpreter", "no_meaningful_contact", "legal_access",
                     "monitoring_access", "justification_security"}
    by_type = {f.type: f for f in live}
    assert by_type["confinement_hours"].value == 23
    assert by_type["exercise_time"].value == 1
    assert "Amnesty International" in by_type["constant_light"].attributed_to
    assert by_type["constant_light"].certainty == "alleged"
    assert "defense lawyers" in by_type["legal_access"].attributed_to
    assert "government" in by_type["justification_security"].attributed_to.lower()
    monitor = facts_of(ex, "monitoring_access")[0]
    assert monitor.value == "requested" and monitor.qualifiers.get("by") == "Amnesty International"
    assert all(f.subject == "Joaquin Guzman Loera" for f in live)
    # nothing about the detainee from the general-evidence sentence
    general = [f for f in ex.facts if "body of evidence" in (f.evidence[0].sentence or "")]
    assert general and all(f.subject_kind == "general" for f in general)


@pytest.mark.parametrize("text, type_, certainty, source", [
    ("Human Rights Watch reported that detainees were held in overcrowded cells. "
     "The authorities denied the allegations.", "overcrowding", "contested", "Human Rights Watch"),
    ("The Subcommittee received credible allegations that guards beat two detainees with batons; "
     "the authorities denied this.", "use_of_force", "contested", "The Subcommittee"),
    ("The cells were described as filthy by several witnesses.", "sanitation", "alleged",
     "several witnesses"),
    ("MEXICO CITY (AP) — Relatives of the prisoners say they have not been able to visit them "
     "since August.", "family_visits", "alleged", "Relatives of the prisoners"),
])
def test_claims_denials_and_passive_sources(text, type_, certainty, source):
    f = facts_of(dignity.extract(text), type_)[0]
    assert (f.certainty, f.attributed_to) == (certainty, source)


@pytest.mark.parametrize("text, type_", [
    ("He did not complain, and he was handcuffed for hours.", "restraints"),
    ("The Committee is concerned at reports of violence. Solitary confinement is used "
     "for prolonged periods.", "solitary"),
])
def test_no_claim_without_a_claimant(text, type_):
    f = facts_of(dignity.extract(text), type_)[0]
    assert f.certainty == "asserted"
    assert f.attributed_to == "the author"


def test_names_and_groups_are_whole_words():
    ex = dignity.extract("Juan Perez denied that he had a phone. Perez is held in solitary "
                         "confinement at the county jail.")
    assert facts_of(ex, "solitary")[0].subject == "Juan Perez"
    ex = dignity.extract("The prison has a capacity of 1,200 but housed 2,000 prisoners.")
    assert facts_of(ex, "overcrowding")[0].subject == "prisoners"


@pytest.mark.parametrize("text, type_, certainty, source", [
    ("In its 2019 report, the CPT found that detainees were held incommunicado.",
     "family_calls", "asserted", "the CPT"),
    ("Detainees interviewed by the Committee said that they had been beaten by guards.",
     "use_of_force", "alleged", "Detainees"),
])
def test_monitoring_bodies_assert_their_findings(text, type_, certainty, source):
    f = facts_of(dignity.extract(text), type_)[0]
    assert (f.certainty, f.attributed_to) == (certainty, source)


def test_a_recommendation_stops_at_a_semicolon():
    ex = dignity.extract("In its previous report the Committee recommended that the authorities end "
                         "the practice; the delegation found that detainees were still held "
                         "incommunicado.")
    f = facts_of(ex, "family_calls")[0]
    assert f.certainty == "asserted"


def test_alternatives_in_a_pattern_are_all_bounded_by_word_edges():
    ex = dignity.extract("Staff said the boy was beaten after he was assaulted by guards.")
    assert all(not e.text[-1:].isalpha() or ex.documents[0].text[e.end:e.end + 1] in " .,;"
               for f in ex.facts for e in f.evidence)
