"""A negative quantifier over the place or the people with a verb of having states a lack
for all: "aucune cellule ne dispose de fenêtre" is a deprivation asserted, not a negated
fact.  The same quantifier with a verb that is no having keeps its reading: "aucun détenu
ne se plaint des repas" is no fact, "aucune cellule n'est surpeuplée" a negated one.
(French only: Spanish "ninguna celda cuenta con" and English "none of the cells had" need
a gap of any one word in compose.yaml's phrases, not yet there.)

Every sentence is written for this suite (no document's text).
"""

from __future__ import annotations

from typing import Callable

import pytest

from dignity.model import Fact

from extract_helpers import counted, describe, reader


@pytest.fixture(scope="module")
def read() -> dict[str, Callable[[str], list[Fact]]]:
    return {"fr": reader("fr")}


# (lang, type, text): a lack, asserted and not negated
LACKS = [
    ("fr", "no_natural_light", "Aucune cellule du quartier disciplinaire ne dispose de fenêtre."),
    ("fr", "no_natural_light", "Aucune des chambres ne dispose de fenêtre."),
    ("fr", "sanitation", "Aucune des cellules visitées n'est équipée de toilettes cloisonnées."),
    ("fr", "exercise_outdoor", "Aucun détenu ne bénéficie d'une promenade quotidienne."),
    ("fr", "hygiene", "Aucune cellule ne dispose d'eau chaude."),
    ("fr", "family_calls", "Aucun détenu du quartier n'a accès à un téléphone."),
    ("fr", "exercise_outdoor", "Aucun des patients n'a accès à la cour de promenade."),
]


@pytest.mark.parametrize("lang,type_,text", LACKS)
def test_negative_quantifier_with_having_is_a_lack(read, lang, type_, text):
    facts = read[lang](text)
    got = counted(facts, type_)
    assert got and not any(f.negated for f in got), describe(facts)
    assert all(f.certainty == "asserted" for f in got), describe(facts)


# (lang, type, text): no asserted fact of that type (a complaint denied, nothing else)
NO_FACT = [
    ("fr", "food_water", "Aucun détenu ne se plaint de la nourriture."),
    ("fr", "food_water", "Aucune des personnes rencontrées ne se plaint des repas."),
    ("fr", "use_of_force", "Aucune violence n'a été constatée."),
    ("fr", "no_natural_light", "La cellule ne dispose que d'une fenêtre."),
]


@pytest.mark.parametrize("lang,type_,text", NO_FACT)
def test_other_verbs_state_no_lack(read, lang, type_, text):
    facts = read[lang](text)
    assert not [f for f in counted(facts, type_) if not f.negated], describe(facts)


# (lang, type, text): a negated fact stays negated
NEGATED = [
    ("fr", "overcrowding", "Aucune cellule n'est surpeuplée."),
]


@pytest.mark.parametrize("lang,type_,text", NEGATED)
def test_negated_force_and_crowding_stay_negated(read, lang, type_, text):
    facts = read[lang](text)
    got = counted(facts, type_)
    assert got and all(f.negated for f in got), describe(facts)
