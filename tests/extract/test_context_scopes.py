"""Issue 10 (context): four scopes that cut across genres.

1. a party's denial ("defendants deny that X", "the State denies that X") gives X as a
   disputed claim (certainty ``contested``), not a negated fact; "denied access to X" stays
   a deprivation;
2. a negation that reaches the words of a match wins over a positive reading of the same
   words ("the double celling in question is not cruel and unusual");
3. an inverted conditional ("Were the jail to become overcrowded, ...", "Should detainees be
   denied visits, ...", "Had the guards used restraints, ...") is hypothetical;
4. a list of deprivations under one verb gives each item, an adjective on a later item or not
   ("lacked adequate ventilation and hot running water").

Every sentence here was written for this file.
"""

from __future__ import annotations

import pytest

import dignity
from extract_helpers import counted, describe


def _es(text: str):
    return dignity.extract(text, lang="es").facts


def _fr(text: str):
    return dignity.extract(text, lang="fr").facts


# ------------------------------------------------------------------ 1. denials

DENIED = [
    ("Defendants deny that the inmates were beaten by guards.", "use_of_force"),
    ("The State denies that the prison is overcrowded.", "overcrowding"),
    ("Officials denied that detainees were beaten.", "use_of_force"),
    ("The warden disputes that the prison is overcrowded.", "overcrowding"),
    ("The nurse denied that she had withheld his medication.", "medical_care"),
    ("The Government categorically denies the allegations that detainees were tortured.", "use_of_force"),
    ("The sheriff flatly denied that prisoners were kept in solitary confinement.", "solitary"),
    ("Prison officials dispute the claim that the cells lacked heat in winter.", "temperature"),
    # a long subject between the denial and the fact
    ("Defendants deny that the inmates in the north wing of the county jail were beaten by guards.",
     "use_of_force"),
    ("Defendants deny that the inmates held on the upper tier of the north wing were routinely denied showers.",
     "hygiene"),
]


@pytest.mark.parametrize("sentence,type_", DENIED)
def test_a_denied_claim_is_contested_not_negated(facts, sentence, type_):
    mine = counted(facts(sentence), type_)
    assert mine, describe(facts(sentence))
    assert all(not f.negated and f.certainty == "contested" for f in mine), describe(mine)


DEPRIVED = [
    ("He was denied access to a lawyer for nine days.", "legal_access"),
    ("Officials denied detainees access to showers.", "hygiene"),
    ("The jail denied him visits from his family.", "family_visits"),
    ("She was denied medical care after the fall.", "medical_care"),
]


@pytest.mark.parametrize("sentence,type_", DEPRIVED)
def test_denied_access_stays_a_deprivation(facts, sentence, type_):
    mine = counted(facts(sentence), type_)
    assert mine and all(not f.negated and f.certainty != "contested" for f in mine), describe(facts(sentence))


@pytest.mark.parametrize("sentence,type_", [
    # a concession is no denial; a court's rejection is a finding of the contrary
    ("Defendants do not deny that he was held in solitary confinement.", "solitary"),
    ("The State cannot deny that the cells were overcrowded.", "overcrowding"),
    ("No one disputes that the prisoners were held in isolation.", "solitary"),
])
def test_a_concession_is_the_fact(facts, sentence, type_):
    mine = counted(facts(sentence), type_)
    assert mine and all(not f.negated and f.certainty != "contested" for f in mine), describe(mine)


def test_a_courts_rejection_is_a_claim_rejected(facts):
    """(dir17, issue 11) a court that rejects the claim does not find the contrary: the crowding is a claim
    rejected (contested, ``rejected_by``), not a negated fact that would read as the State complying."""
    mine = counted(facts("The court rejects the claim that the cells were overcrowded."), "overcrowding")
    assert mine and all(not f.negated and f.certainty == "contested" and f.qualifiers.get("rejected_by")
                        for f in mine), describe(mine)


def test_a_denial_ends_at_its_clause(facts):
    found = facts("The warden denied that guards beat him; he was held in isolation for weeks.")
    assert all(f.certainty != "contested" for f in counted(found, "solitary")), describe(found)


@pytest.mark.parametrize("sentence,type_", [
    ("Las autoridades negaron que existiera hacinamiento en el centro.", "overcrowding"),
    ("El Estado niega que los internos fueran golpeados por los custodios.", "use_of_force"),
])
def test_spanish_denial_is_contested(sentence, type_):
    mine = counted(_es(sentence), type_)
    assert mine and all(not f.negated and f.certainty == "contested" for f in mine), describe(mine)


@pytest.mark.parametrize("sentence,type_", [
    ("Le Gouvernement conteste que les détenus aient été frappés par les surveillants.", "use_of_force"),
    ("L'administration nie que la prison soit surpeuplée.", "overcrowding"),
])
def test_french_denial_is_contested(sentence, type_):
    mine = counted(_fr(sentence), type_)
    assert mine and all(not f.negated and f.certainty == "contested" for f in mine), describe(mine)


# ------------------------------------------------- 2. a negation over the matched words wins

NOT_SO = [
    ("The double celling in question is not cruel and unusual.", "overcrowding"),
    ("The court held that double celling is not unconstitutional.", "overcrowding"),
    ("Double celling at the prison does not violate the Eighth Amendment.", "overcrowding"),
    ("The triple celling at the jail does not violate the Eighth Amendment.", "overcrowding"),
    ("The cells were not overcrowded.", "overcrowding"),
    ("The inmates were not double-celled.", "overcrowding"),
]


@pytest.mark.parametrize("sentence,type_", NOT_SO)
def test_a_negated_statement_is_negated(facts, sentence, type_):
    mine = counted(facts(sentence), type_)
    assert mine and all(f.negated for f in mine), describe(facts(sentence))


STILL_SO = [
    # the negation is of something else, or there is none
    ("The double celling in question is cruel and unusual.", "overcrowding"),
    ("Double celling, which the warden did not stop, left two men in a cell built for one.", "overcrowding"),
    ("The conditions in segregation are not cruel and unusual.", "solitary"),
    ("The jail lacked sufficient food, and the court did not say otherwise.", "food_water"),
]


@pytest.mark.parametrize("sentence,type_", STILL_SO)
def test_a_negation_elsewhere_leaves_the_fact(facts, sentence, type_):
    mine = counted(facts(sentence), type_)
    assert mine and any(not f.negated for f in mine), describe(facts(sentence))


# ------------------------------------------------- 3. inverted conditionals

INVERTED = [
    ("Were the jail to become overcrowded, the court would intervene.", "overcrowding"),
    ("Should detainees be denied visits, they may file a grievance.", "family_visits"),
    ("Had the guards used restraints, he would have been injured.", "restraints"),
    ("Were he placed in solitary confinement, his condition would worsen.", "solitary"),
    ("The court held a hearing; had the guards beaten him, the nurse would have seen bruises.", "use_of_force"),
]


@pytest.mark.parametrize("sentence,type_", INVERTED)
def test_an_inverted_conditional_is_hypothetical(facts, sentence, type_):
    found = facts(sentence)
    assert [f for f in found if f.type == type_], describe(found)
    assert not counted(found, type_), describe(found)


FACTUAL = [
    # "had" and "were" as plain verbs, and a counterfactual "had it not been for" (what did happen)
    ("Inmates were beaten by guards, and the cells were overcrowded.", "use_of_force"),
    ("He had the guards' permission to shower, but was held in isolation.", "solitary"),
    ("Had it not been for the nurse, he would have died in the isolation cell.", "solitary"),
    ("Had no access to a lawyer for three weeks.", "legal_access"),
    ("The warden said the jail was overcrowded; were the numbers to fall, visits would resume.", "overcrowding"),
]


@pytest.mark.parametrize("sentence,type_", FACTUAL)
def test_a_plain_had_or_were_stays_a_fact(facts, sentence, type_):
    found = facts(sentence)
    assert counted(found, type_), describe(found)


# ------------------------------------------------- 4. lists under one verb of lack

LISTS = [
    ("The facility lacked adequate ventilation and hot running water.", ["ventilation", "sanitation"]),
    ("The jail lacked sufficient food, clean bedding and potable water.", ["food_water", "bedding_clothing"]),
    ("The cells lacked proper heating and working toilets.", ["temperature", "sanitation"]),
    ("The unit lacked adequate lighting and clean mattresses.", ["darkness", "bedding_clothing"]),
    ("Inmates were denied adequate food and regular outdoor exercise.", ["food_water", "exercise_outdoor"]),
    ("The cells were without adequate ventilation or functioning toilets.", ["ventilation", "sanitation"]),
    ("Detainees lacked sufficient food and even basic medical care.", ["food_water", "medical_care"]),
    ("The dormitory lacked windows and adequate heating.", ["no_natural_light", "temperature"]),
    ("Prisoners went without adequate food, clean water and proper medical attention.",
     ["food_water", "medical_care"]),
]


@pytest.mark.parametrize("sentence,types", LISTS)
def test_each_item_of_a_list_is_a_fact(facts, sentence, types):
    found = facts(sentence)
    for type_ in types:
        mine = counted(found, type_)
        assert mine and all(not f.negated for f in mine), f"{type_}: {describe(found)}"


def test_a_list_item_after_the_list_is_no_item(facts):
    found = facts("The jail lacked adequate ventilation and the warden knew it.")
    assert counted(found, "ventilation") and not counted(found, "no_meaningful_contact"), describe(found)
