"""A negative quantifier over the place or the people with a verb of having states a lack
for all: "aucune cellule ne dispose de fenêtre" is a deprivation asserted, not a negated
fact.  The same quantifier with a verb that is no having keeps its reading: "aucun détenu
ne se plaint des repas" is no fact, "aucune cellule n'est surpeuplée" a negated one.
Spanish "ninguna celda del módulo cuenta con" and English "none of the cells in the wing had"
use compose.yaml's one-word gap ``*`` ("ninguna * * * cuenta con"): a gap is any one word but a
comma, a negation or a word that opens a clause ("ninguna persona dijo que la celda tiene ...").

Every sentence is written for this suite (no document's text).
"""

from __future__ import annotations

from typing import Callable

import pytest

from dignity.model import Fact

from extract_helpers import counted, describe, reader


@pytest.fixture(scope="module")
def read() -> dict[str, Callable[[str], list[Fact]]]:
    return {"fr": reader("fr"), "es": reader("es"), "en": reader("en")}


# (lang, type, text): a lack, asserted and not negated
LACKS = [
    ("fr", "no_natural_light", "Aucune cellule du quartier disciplinaire ne dispose de fenêtre."),
    ("fr", "no_natural_light", "Aucune des chambres ne dispose de fenêtre."),
    ("fr", "sanitation", "Aucune des cellules visitées n'est équipée de toilettes cloisonnées."),
    ("fr", "exercise_outdoor", "Aucun détenu ne bénéficie d'une promenade quotidienne."),
    ("fr", "hygiene", "Aucune cellule ne dispose d'eau chaude."),
    ("fr", "family_calls", "Aucun détenu du quartier n'a accès à un téléphone."),
    ("fr", "exercise_outdoor", "Aucun des patients n'a accès à la cour de promenade."),
    ("es", "ventilation", "Ninguna estancia del pabellón C cuenta con ventilación."),
    ("es", "no_natural_light", "Ninguna de las celdas de castigo tiene ventanas."),
    ("es", "no_natural_light", "Ningún dormitorio dispone de luz natural."),
    ("es", "family_calls", "Ninguno de los adolescentes tenía acceso a teléfono."),
    ("es", "hygiene", "Ninguna de las regaderas tiene agua caliente."),
    ("en", "no_natural_light", "None of the cells on this floor had windows."),
    ("en", "no_natural_light", "None of the rooms had windows."),
    ("en", "family_calls", "None of the women had access to a telephone."),
    ("en", "no_natural_light", "None of the cells in block C had a window."),
    ("en", "ventilation", "None of the dormitories had ventilation."),
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
    # the same verb of having without the quantifier, another verb, a clause of its own in the gap
    ("es", "no_natural_light", "Las celdas de castigo cuentan con ventanas."),
    ("es", "food_water", "Ninguna de las internas se quejó de la comida."),
    ("es", "no_natural_light", "Ninguna interna dijo que la celda tiene ventanas."),
    ("es", "no_natural_light", "Ninguna, salvo la celda 4, tiene ventanas."),
    ("es", "ventilation", "Se recomienda que ningún dormitorio carezca de ventilación adecuada."),
    ("en", "no_natural_light", "The rooms on the lower floor had windows."),
    ("en", "food_water", "None of the women complained about the food."),
    ("en", "no_natural_light", "None of the staff said that the cells had windows."),
    # the topic right after the verb or an article only (compose.yaml NONE_HAVE: max_gap, gap_only)
    ("en", "food_water", "None of the men had complained about the meals."),
    ("en", "medical_care", "None of the patients had refused medical care."),
    ("en", "family_visits", "None of the boys had asked for family visits."),
    ("en", "no_natural_light", "None of the rooms had cracked windows."),
    ("es", "family_visits", "Ninguno de los adolescentes tenía prohibidas las visitas."),
    ("es", "food_water", "Ninguna de las internas tiene quejas sobre la comida."),
    ("es", "medical_care", "Ninguno de los internos tenía problemas con la atención médica."),
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


def test_a_gap_may_not_open_or_close_a_phrase():
    from dignity.errors import ConfigError
    from dignity.extract.compose import parse_composer

    spec = {"predicates": {"L": {"where": "before", "terms": ["* had"]}},
            "types": {"no_natural_light": {"topics": ["window*"], "says": [{"predicates": ["L"]}]}}}
    with pytest.raises(ConfigError):
        parse_composer(spec, "test")
    spec["predicates"]["L"]["terms"] = ["none of the *"]
    with pytest.raises(ConfigError):
        parse_composer(spec, "test")
