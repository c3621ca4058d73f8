"""Issues 10 and 12, third round of extraction gaps (all sentences written for this suite).

Each row is (lang, type, sentence, expected):
- ``"fact"``: a counted fact of the type (about a person or a group, not hypothetical), asserted and not negated;
- ``"quiet"``: no counted, asserted, non-negated fact of the type (a counter-example that must stay quiet);
- ``"general"``: the type is read but only as a ``general`` statement (elsewhere, a past state remedied);
- ``"unproven"``: the type is read as a claim not established (certainty ``contested``, never asserted).

English: a flooded cell, a temperature in degrees, a meagre daily ration, a death put down to care withheld
(a plain death in custody names no cause and gives no type: conditions.md has no type for a death as
such), held incommunicado (no family visits nor calls), sleeping on the floor.  Spanish and French: a
named other country set against the one reported on with a word of contrast, a past state since
remedied, "only two meals a day", a claim found "not established" after its words.
"""

from __future__ import annotations

from typing import Callable

import pytest

from dignity.model import Fact

from extract_helpers import counted, describe, reader

CASES = [
    # English: sanitation, a flooded place of detention
    ("en", "sanitation", "He spent nine days in a flooded basement cell.", "fact"),
    ("en", "sanitation", "The cells on the lower tier were often flooded after a storm.", "fact"),
    ("en", "sanitation", "Their cells flooded with sewage whenever the drains backed up.", "fact"),
    ("en", "sanitation", "The clerk's office was flooded with letters from families.", "quiet"),
    # temperature in degrees
    ("en", "temperature", "Temperatures on the tier fell below 45 degrees in February.", "fact"),
    ("en", "temperature", "The annex was kept at 48 degrees for most of the winter.", "fact"),
    ("en", "temperature", "By noon the heat index in the cellblock reached 112 degrees.", "fact"),
    ("en", "temperature", "The segregation cells hovered around 96 degrees in August.", "fact"),
    ("en", "temperature", "The annex was kept at 71 degrees for most of the winter.", "quiet"),
    ("en", "temperature", "The dormitory was kept at 21 degrees Celsius all year.", "quiet"),
    # food and water counted by the day
    ("en", "food_water", "The men were handed a single cup of water each day.", "fact"),
    ("en", "food_water", "They got only one bowl of rice a day.", "fact"),
    ("en", "food_water", "Women in the annex received only two meals a day.", "fact"),
    ("en", "food_water", "Each detainee received three meals and a cup of tea each day.", "quiet"),
    # deaths: the cause gives the type
    ("en", "medical_care", "Four detainees died after being denied care for their wounds.", "fact"),
    ("en", "medical_care", "He died for lack of medical treatment at the camp.", "fact"),
    ("en", "medical_care", "She died in hospital despite receiving treatment.", "quiet"),
    ("en", "use_of_force", "Two prisoners died after being beaten by officers.", "fact"),
    ("en", "medical_care", "Two men died in custody at the district jail last year.", "quiet"),
    ("en", "physical_health", "Two men died in custody at the district jail last year.", "quiet"),
    # held incommunicado: no visits and no calls from family
    ("en", "family_visits", "The journalist has been held incommunicado since May.", "fact"),
    ("en", "family_calls", "The journalist has been held incommunicado since May.", "fact"),
    ("en", "family_visits", "The journalist was not held incommunicado; his wife visits each week.", "quiet"),
    ("en", "family_visits", "Incommunicado detention is prohibited by international law.", "quiet"),
    # sleeping on the floor
    ("en", "overcrowding", "Dozens of detainees were sleeping on the floor of the gymnasium.", "fact"),
    ("en", "bedding_clothing", "Dozens of detainees were sleeping on the floor of the gymnasium.", "fact"),
    ("en", "overcrowding", "Every detainee slept on a bunk with a new mattress.", "quiet"),
    # Spanish: another country, compared
    ("es", "solitary", "En Uruguay, en cambio, los internos permanecen aislados durante meses.", "general"),
    ("es", "solitary", "A diferencia de Bolivia, los reclusos permanecen aislados durante semanas.", "general"),
    ("es", "solitary", "En Uruguay, los internos permanecen aislados durante meses.", "fact"),
    # a past state since remedied
    ("es", "overcrowding", "El hacinamiento, que fue resuelto en 2021, afectaba al módulo sur.", "general"),
    ("es", "food_water", "La comida, que era escasa antes de 2018, es ahora suficiente.", "general"),
    ("es", "solitary", "La celda fue cerrada con llave y el interno permaneció aislado durante meses.", "fact"),
    ("es", "overcrowding", "El hacinamiento en el módulo sur persiste desde 2021.", "fact"),
    # meals counted by the day
    ("es", "food_water", "Las internas reciben solo dos comidas al día.", "fact"),
    ("es", "food_water", "Los detenidos reciben apenas una ración por día.", "fact"),
    ("es", "food_water", "Los internos reciben tres comidas al día.", "quiet"),
    # not established, after the claim
    ("es", "food_water", "La falta de agua potable en el pabellón no quedó acreditada.", "unproven"),
    ("es", "food_water", "La carencia de agua potable no ha sido demostrada en autos.", "unproven"),
    ("es", "food_water", "No quedó acreditado que los internos carezcan de agua potable.", "unproven"),
    ("es", "food_water", "Los internos carecen de agua potable.", "fact"),
    # French: another country, compared
    ("fr", "solitary", "En Italie, en revanche, les détenus sont placés à l'isolement pendant des mois.", "general"),
    ("fr", "solitary", "Par comparaison, en Belgique, les détenus sont placés à l'isolement.", "general"),
    ("fr", "solitary", "En France, les détenus sont placés à l'isolement pendant des mois.", "fact"),
    # a past state since remedied
    ("fr", "food_water", "Les repas, qui étaient insuffisants avant 2020, sont désormais conformes.", "general"),
    ("fr", "overcrowding", "La surpopulation a été résorbée en 2022.", "general"),
    ("fr", "family_visits", "Les visites ont été supprimées en 2022.", "fact"),
    # meals counted by the day
    ("fr", "food_water", "Les détenus ne reçoivent qu'un repas par jour.", "fact"),
    ("fr", "food_water", "Les détenus reçoivent trois repas par jour.", "quiet"),
    # not established, after the claim
    ("fr", "family_visits", "L'absence de visites familiales n'est pas établie.", "unproven"),
    ("fr", "food_water", "Le manque de nourriture n'est pas établi par les pièces du dossier.", "unproven"),
    ("fr", "food_water", "La nourriture distribuée aux détenus est insuffisante.", "fact"),
]


@pytest.fixture(scope="module")
def readers() -> dict[str, Callable[[str], list[Fact]]]:
    return {lang: reader(lang) for lang in ("en", "es", "fr")}


@pytest.mark.parametrize(("lang", "type_", "sentence", "expected"), CASES)
def test_gap(readers: dict[str, Callable[[str], list[Fact]]], lang: str, type_: str, sentence: str,
             expected: str) -> None:
    facts = readers[lang](sentence)
    of_type = [f for f in facts if f.type == type_]
    asserted = [f for f in counted(facts, type_) if not f.negated and f.certainty == "asserted"]
    if expected == "fact":
        assert asserted, describe(facts)
    elif expected == "quiet":
        assert not asserted, describe(facts)
    elif expected == "general":
        assert of_type and all(f.subject_kind == "general" for f in of_type), describe(facts)
    elif expected == "unproven":
        assert of_type and not asserted and any(f.certainty == "contested" for f in of_type), describe(facts)
    else:  # pragma: no cover
        raise AssertionError(expected)
