"""Spanish and French constructions behind the misses on fresh real text (round 14, grade14esfr).

Every sentence here was written for the test; none is copied from a document.

- fr/es: the capacity said exceeded ("la capacité ... est largement dépassée", "la capacidad ... ha sido
  sobrepasada").
- fr: an absence said total or near total ("l'absence quasi-totale d'activités") is a lack (MANQUE);
  fewer beds than people ("pas assez de lits pour tous"); a cell said cramped with no figure
  ("exiguë", "exigüe", "l'exiguïté des cellules"; es "de ínfimas proporciones", "exiguas"), not a
  yard; the wait for a visit ("la longueur des délais pour obtenir une visite"); an unsanitary
  "endroit"; a personal space above a floor ("supérieur à 3 m2"); toilets whose privacy a participle
  denies after their description, however long, and words in quotation marks inside a gap
  ("une « porte de type saloon » n'offrant aucune intimité"); "encrassé".
- es: the untried named beside the convicted they are not kept apart from is pretrial status, the
  denial of the separation not denying it; "la alimentación que se brinda es poca"; many people put
  in one cell; a lack carried on in a list by "ni" or added by "tampoco"; "ausencia de luz (ni
  natural"; the places then the people ("donde deben convivir cuatro, se encuentran 30").
- A rule silent on a matter negates nothing of the practice it governs (es "no regula", fr "ne fixe
  pas"); a real denial still negates.
- Who speaks: a quotation closed by a guillemet, then its speaker with the office in apposition
  ("», déclare Mme X, contrôleuse générale des lieux de privation de liberté") is the monitor's
  word; "según se pudo observar" names no source.
"""

from __future__ import annotations

import pytest

from extract_helpers import check_row, reader

ES = reader("es")
FR = reader("fr")


@pytest.mark.parametrize("text, type_, expected", [
    # an absence said total
    ("Le rapport relève l'absence quasi-totale de formations pour les femmes détenues.", "work_programmes", True),
    ("La commission a noté l'absence totale d'activités au quartier des mineurs.", "work_programmes", True),
    # fewer beds than people
    ("À Valmont, il n'y a pas assez de lits pour toutes les personnes détenues.", "bedding_clothing", True),
    ("Le centre dispose de trop peu de matelas pour les arrivants du week-end.", "bedding_clothing", True),
    ("Le directeur estime que l'établissement devrait avoir moins de lits que de places.", "bedding_clothing", False),
    # a cell said cramped
    ("Le requérant a passé huit mois dans une cellule sombre et exiguë avec deux codétenus.", "cell_space", True),
    ("Les contrôleurs ont dénoncé l'exiguïté des cellules du quartier disciplinaire.", "cell_space", True),
    ("La cour de promenade du quartier des femmes est exiguë.", "cell_space", False),
    # the capacity said exceeded
    ("La capacité opérationnelle du centre est largement dépassée depuis l'été.", "overcrowding", True),
    ("La capacité du centre n'est pas dépassée.", "overcrowding", False),
    # the wait for a visit
    ("Les familles déplorent des délais de plusieurs mois pour obtenir un parloir.", "family_visits", True),
    # unsanitary places
    ("Les hommes vivent dans des lieux insalubres, envahis par l'humidité.", "sanitation", True),
    # personal space above a floor
    ("Chaque détenu disposait d'un espace personnel supérieur à 4 m2.", "cell_space", 4.0),
    # toilets described at length, words in quotation marks
    ("Les toilettes, masquées par un simple « rideau de douche en plastique » n'offrant aucune intimité, "
     "se trouvent au pied du lit.", "sanitation", True),
    ("Les sanitaires de la cellule sont encrassés.", "sanitation", True),
])
def test_french_round14(text: str, type_: str, expected: bool | str | float) -> None:
    check_row(FR(text), type_, expected)


@pytest.mark.parametrize("text, type_, expected", [
    # the untried named beside the convicted
    ("En el penal de Cuautla no existe separación entre internos procesados y sentenciados.", "pretrial_status", True),
    ("En el penal de Cuautla no existe separación entre internos procesados y sentenciados.", "separation", True),
    ("La cárcel mezcla a los sindicados con los condenados en el mismo patio.", "pretrial_status", True),
    # food said little
    ("Los internos refieren que la comida que se reparte es poca y de mala calidad.", "food_water", True),
    # many in one cell
    ("Los custodios alojan a demasiadas personas en una sola celda del área de ingreso.", "overcrowding", True),
    ("Muchos internos opinan lo mismo sobre la misma celda.", "overcrowding", False),
    # a lack carried on by "ni" or "tampoco"
    ("El módulo no tenía patio ni había acceso a programas de educación.", "work_programmes", True),
    ("Las internas tampoco tienen acceso a agua potable durante la noche.", "food_water", True),
    # no light, natural nor artificial
    ("Los calabozos presentaban una ausencia total de luz (ni natural ni eléctrica).", "no_natural_light", True),
    # a cell said cramped
    ("Los detenidos permanecen en celdas de ínfimas proporciones y sin ventanas.", "cell_space", True),
    # places then people
    ("En dormitorios donde deben dormir seis internos, se encuentran hasta 25.", "overcrowding",
     "25 held for 6 places"),
])
def test_spanish_round14(text: str, type_: str, expected: bool | str) -> None:
    check_row(ES(text), type_, expected)


@pytest.mark.parametrize("lang, text, type_", [
    ("es", "El reglamento no regula el tiempo máximo de permanencia en situación de aislamiento.", "solitary"),
    ("fr", "La note de service ne fixe pas de durée maximale au placement à l'isolement.", "solitary"),
])
def test_a_silent_rule_negates_nothing(lang: str, text: str, type_: str) -> None:
    read = ES if lang == "es" else FR
    facts = [f for f in read(text) if f.type == type_]
    assert facts and not any(f.negated for f in facts), [(f.type, f.negated) for f in read(text)]


@pytest.mark.parametrize("lang, text, type_", [
    ("es", "El interno Ramírez no está en situación de aislamiento.", "solitary"),
    ("fr", "M. Lebrun n'a jamais été placé à l'isolement.", "solitary"),
])
def test_a_real_denial_still_negates(lang: str, text: str, type_: str) -> None:
    read = ES if lang == "es" else FR
    facts = [f for f in read(text) if f.type == type_]
    assert facts and all(f.negated for f in facts), [(f.type, f.negated) for f in read(text)]


def test_speaker_after_a_guillemet_with_office() -> None:
    facts = FR("« Des hommes dorment sur des matelas posés au sol dans des cellules insalubres », "
               "déclare Mme Lemoine, contrôleuse générale des lieux de privation de liberté.")
    found = [f for f in facts if f.type == "sanitation"]
    assert found, [(f.type, f.attributed_to) for f in facts]
    assert all("contrôleuse générale" in (f.attributed_to or "") for f in found)
    assert all(f.qualifiers.get("source_kind") == "monitor" for f in found), \
        [(f.attributed_to, f.qualifiers.get("source_kind")) for f in found]


def test_speaker_after_a_guillemet_a_detainee() -> None:
    facts = FR("« Nos matelas sont posés au sol », explique un détenu du bâtiment B.")
    found = [f for f in facts if f.type == "bedding_clothing"]
    assert found and all(f.certainty == "alleged" for f in found)


def test_segun_se_pudo_observar_names_no_source() -> None:
    facts = ES("Según se pudo observar, los internos solo cuentan con una botella de agua al día.")
    found = [f for f in facts if f.type == "food_water"]
    assert found, [(f.type, f.attributed_to) for f in facts]
    assert not any("pudo observar" in (f.attributed_to or "") for f in found)
