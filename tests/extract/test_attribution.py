"""Attribution (who says so, how sure), contested facts, subjects and dates
(resources/en/attribution.yaml and the engine's attribution step)."""

from __future__ import annotations

import pytest

from dignity.extract.attribution import load_attributor

from extract_helpers import describe


def _one(found, type_):
    mine = [f for f in found if f.type == type_]
    assert mine, f"no {type_}: {describe(found)}"
    return mine[0]


# ------------------------------------------------------------------ who says so

SOURCES = [
    # sentence, type, certainty, attributed_to
    ("Lopez alleges that he was beaten by two officers.", "use_of_force", "alleged", "Lopez"),
    ("According to Human Rights Watch, detainees are held in overcrowded cells.", "overcrowding",
     "alleged", "Human Rights Watch"),
    ("The court found that the cells were unsanitary.", "sanitation", "asserted", "the court"),
    ("The district court concluded that the cells were unsanitary.", "sanitation", "asserted",
     "the District Court"),
    ("The cells were unsanitary.", "sanitation", "asserted", "the author"),
    ("He was reportedly beaten by guards.", "use_of_force", "alleged", "an unnamed source"),
    ("It is alleged that he was denied medical care.", "medical_care", "alleged", "an unnamed source"),
    ("Amnesty International said the prisoners are denied family visits.", "family_visits", "alleged",
     "Amnesty International"),
    ("Prosecutors said the restrictions are necessary because he has escaped from prison twice.",
     "justification_security", "alleged", "Prosecutors"),
    ("The Government contends that the restrictions are justified because he ordered killings "
     "from prison.", "justification_security", "alleged", "The Government"),
    ("His lawyers say he has lost 15 kilograms.", "physical_health", "alleged", "His lawyers"),
    ("Sources reportedly told the newspaper that prisoners were beaten.", "use_of_force", "alleged",
     "Sources"),
    ("In a letter to the warden, the Legal Aid Society said its client had been denied his "
     "medication.", "medical_care", "alleged", "the Legal Aid Society"),
    ("Detainees told the delegation that they were kept in the dark for days.", "darkness",
     "alleged", "Detainees"),
    ("Inmates complained of insufficient and poor-quality food.", "food_water", "alleged", "Inmates"),
    ("Many detainees complained of the lack of a medical examination on arrival.", "medical_care",
     "alleged", "Many detainees"),
    ("The magistrate judge found that the holding cells were unsanitary.", "sanitation", "asserted",
     "the magistrate judge"),
    ("The complaint asserts that the cell was infested with rats.", "sanitation", "alleged",
     "The complaint"),
    ("Plaintiff responds that the grievance process was unavailable.", "complaints", "alleged",
     "Plaintiff"),
]


@pytest.mark.parametrize("sentence,type_,certainty,by", SOURCES)
def test_source_and_certainty(facts, sentence, type_, certainty, by):
    f = _one(facts(sentence), type_)
    assert (f.certainty, f.attributed_to) == (certainty, by), describe([f])
    assert f.explain.attribution_rule


def test_an_adjective_is_no_claim(facts):
    f = _one(facts("The alleged drug trafficker has been held in solitary confinement since "
                   "his extradition."), "solitary")
    assert (f.certainty, f.attributed_to) == ("asserted", "the author")


def test_a_passive_charge_is_no_claim(facts):
    f = _one(facts("He was not charged, although he was held in isolation for months."), "solitary")
    assert (f.certainty, f.attributed_to) == ("asserted", "the author")


def test_an_ngo_spokesperson_is_labelled_with_the_organisation(facts):
    found = facts("Amnesty International has written to the Bureau of Prisons about the case. "
                  "Amnesty deputy director Sara Klein said the detainee is held in isolation.")
    f = _one(found, "solitary")
    assert (f.certainty, f.attributed_to) == ("alleged", "Amnesty International (Sara Klein)")


def test_a_court_document_is_the_courts_word(facts):
    text = ("Plaintiff Marcus Webb, a pretrial detainee at the Harris County Jail, filed this action "
            "under 42 U.S.C. § 1983. The Court has reviewed the complaint. "
            "The cell had no window.")
    f = _one(facts(text), "no_natural_light")
    assert (f.certainty, f.attributed_to) == ("asserted", "the court")


# ------------------------------------------------------------------ carry-over

def test_a_claim_carries_over_within_its_paragraph_only(facts):
    text = ("Ms. Ortega claims that she was denied showers for two weeks. She was also held in a "
            "cell without a window. The cell was infested with cockroaches.\n\n"
            "The jail's records show that the unit was inspected in May. "
            "The cells in the unit have no windows.")
    found = facts(text)
    by_quote = {f.evidence[0].text: f for f in found}
    for quote in ("denied showers", "without a window", "infested with cockroaches"):
        f = by_quote[quote]
        assert (f.certainty, f.attributed_to) == ("alleged", "Ms. Ortega"), describe([f])
    assert by_quote["without a window"].explain.attribution_rule == (
        "carried from an earlier sentence of the paragraph: reporting verb 'claims'")
    f = by_quote["no windows"]
    assert (f.certainty, f.attributed_to) == ("asserted", "the author"), describe([f])


@pytest.mark.parametrize("speaker", ["Staff", "Prison staff", "The guards", "The unit governor",
                                     "The facility administration", "Officials"])
def test_what_the_authorities_say_does_not_carry_over(facts, speaker):
    # a visit note relays the staff's reason, then goes on in its own words
    text = (f"Mr. Daniel Okafor is held on remand. {speaker} told the team that the placement is needed "
            "for security reasons. He has been held in segregation since 20 February 2026, and the "
            "placement has no end date.")
    found = facts(text, date="2026-03-05")
    reason = _one(found, "justification_security")
    assert reason.certainty == "alleged", describe([reason])
    assert reason.attributed_to.lower().removeprefix("the ") == speaker.lower().removeprefix("the "), describe([reason])
    for f in found:
        if f.type != "justification_security":
            assert (f.certainty, f.attributed_to) == ("asserted", "the author"), describe([f])


def test_a_finding_ends_the_carry_over(facts):
    text = ("The inmates allege that they were beaten. The court finds that the cells were filthy. "
            "The toilets did not work.")
    found = facts(text)
    assert _one(found, "use_of_force").certainty == "alleged"
    f = _one(found, "sanitation")
    assert (f.certainty, f.attributed_to) == ("asserted", "the court")


# ------------------------------------------------------------------ contested

def test_a_denial_makes_the_claim_contested(facts):
    found = facts("The detainees allege that guards beat them with batons. "
                  "The warden denies that any force was used against them.")
    mine = [f for f in found if f.type == "use_of_force" and f.subject_kind != "general"]
    claims = [f for f in mine if f.attributed_to == "The detainees"]
    assert claims and all(f.certainty == "contested" for f in claims), describe(found)


def test_one_source_states_what_another_denies(facts):
    found = facts("Inmates say they were beaten by guards. Prison officials say no inmate was beaten.")
    mine = [f for f in found if f.type == "use_of_force"]
    assert {(f.negated, f.attributed_to) for f in mine} == {(False, "Inmates"), (True, "Prison officials")}
    assert all(f.certainty == "contested" for f in mine), describe(mine)


def test_a_denial_is_the_deniers_word_and_contests_the_claim(facts):
    found = facts("Plaintiff alleges that the nurse withheld his medication. "
                  "The nurse denies that she withheld his medication.")
    mine = [f for f in found if f.type == "medical_care"]
    # the denial disputes the claim, it states no contrary fact (issue 10)
    assert {(f.negated, f.attributed_to) for f in mine} == {(False, "Plaintiff"), (False, "The nurse")}
    assert all(f.certainty == "contested" for f in mine), describe(mine)


def test_the_same_source_is_not_contested_by_itself(facts):
    found = facts("The inmates allege that they were beaten in March. "
                  "The inmates allege that they were not beaten in April.")
    assert all(f.certainty == "alleged" for f in found if f.type == "use_of_force"), describe(found)


def test_a_court_finding_is_never_contested(facts):
    found = facts("The court found that he was shackled for six hours. "
                  "Defendants deny that he was shackled.")
    f = _one(found, "restraints")
    assert (f.certainty, f.attributed_to) == ("asserted", "the court")


# ------------------------------------------------------------------ subjects

def test_pronoun_and_surname_resolve_to_the_named_detainee(facts):
    found = facts("Juan Morales has been held at the Riverside County Jail since 2019. "
                  "Morales is kept in solitary confinement. "
                  "He is allowed out of his cell for one hour a day.")
    solitary = _one(found, "solitary")
    hours = _one(found, "confinement_hours")
    assert (solitary.subject, solitary.subject_kind) == ("Juan Morales", "person")
    assert (hours.subject, hours.subject_kind, hours.value) == ("Juan Morales", "person", 23)
    assert hours.explain.subject_rule == "pronoun 'He'"


def test_plaintiff_resolves_to_the_named_detainee(facts):
    found = facts("Plaintiff Marcus Webb, a pretrial detainee at the Harris County Jail, filed this "
                  "action under 42 U.S.C. § 1983. Plaintiff alleges that he was placed in a cell "
                  "without a mattress.")
    f = _one(found, "bedding_clothing")
    assert (f.subject, f.subject_kind, f.certainty) == ("Marcus Webb", "person", "alleged")
    assert f.attributed_to.startswith("Marcus Webb")
    p = _one(found, "pretrial_status")
    assert (p.value, p.subject) == ("pretrial", "Marcus Webb")


@pytest.mark.parametrize("text,type_,subject", [
    ("Inmates in Unit 5 are confined to their cells 23 hours a day.", "confinement_hours",
     "Inmates in Unit 5"),
    ("Inmates in Unit 5 are confined to their cells 23 hours a day. They are denied visits.",
     "family_visits", "Inmates in Unit 5"),
    ("Pretrial detainees at the county jail sleep on the floor.", "overcrowding", "Pretrial detainees"),
    ("Four detainees share a cell of 9 square metres.", "cell_space", "Four detainees"),
    ("Female detainees share a cell with no window.", "no_natural_light", "Female detainees"),
    ("In the central prison, persons deprived of their liberty are held in cells without natural "
     "light.", "no_natural_light", "persons deprived of their liberty"),
    ("Several patients in the psychiatric wing were chained to their beds.", "restraints",
     "Several patients"),
])
def test_group_subjects(facts, text, type_, subject):
    f = _one(facts(text), type_)
    assert (f.subject, f.subject_kind) == (subject, "group"), describe([f])


def test_a_sentence_without_a_subject_falls_back_to_the_documents_group(facts):
    f = _one(facts("The cell had no window."), "no_natural_light")
    assert (f.subject, f.subject_kind) == ("the detainees described", "group")
    assert f.explain.subject_rule == "document's main group"


# ------------------------------------------------------------------ dates

def test_a_date_range_is_when_the_condition_held(facts):
    f = _one(facts("He was denied showers from May 27, 2017 to June 5, 2017."), "hygiene")
    assert f.observed_on == "2017-05-27/2017-06-05"


def test_a_bare_day_takes_the_documents_year(facts):
    text = "He has been kept in isolation since 12 January."
    assert _one(facts(text), "solitary").observed_on is None
    assert _one(facts(text, date="2024-03-01"), "solitary").observed_on == "2024-01-12"


def test_the_nearest_date_wins(facts):
    f = _one(facts("On 3 March 2021 he was moved to a new unit, and on 9 April 2021 he was "
                   "placed in the hole."), "solitary")
    assert f.observed_on == "2021-04-09"


# ------------------------------------------------------------------ vocabulary

def test_the_vocabulary_reads_claims_findings_and_hearsay():
    a = load_attributor("en")
    assert a.claim_rx.search("Plaintiff alleges that")
    assert a.finding_rx.search("the court found that")
    assert a.hearsay_rx.search("he was reportedly beaten")
    assert a.denial("Defendants deny that he was shackled.")
    assert not a.claim_rx.search("He was not indicted.")
    assert a.is_court_document("Plaintiff v. Defendants, 42 U.S.C. § 1983; the court finds")
    assert not a.is_court_document("Amnesty International said the prisoners are held in isolation.")


@pytest.mark.parametrize("lang, sentence, denies", [
    ("en", "The defendants do not deny that guards beat him.", False),
    ("en", "The defendants deny that guards beat him.", True),
    ("fr", "Le Gouvernement ne nie pas ces faits.", False),
    ("fr", "Le Gouvernement nie ces faits.", True),
    ("es", "El Estado no controvirtió estos hechos.", False),
    ("es", "El Estado controvirtió estos hechos.", True),
])
def test_a_negated_denial_denies_nothing(lang, sentence, denies):
    """'do not deny', 'ne nie pas', 'no controvirtió' concede; they contest no claim."""
    from dignity.extract.attribution import load_attributor

    assert (load_attributor(lang).denial(sentence) is not None) is denies
