"""French and Spanish constructions behind the misses on fresh monitoring reports (branch fr15).

Every sentence here was written for the test; none is copied from a document.

- "que" elided before a vowel in an "only so often" restriction ("ne sont autorisées qu'un jour sur deux").
- Showers or toilets "ne fonctionnaient plus", "fonctionnent mal": broken, in every tense.
- Bedding told rudimentary or worn ("des matelas sommaires", "des draps déchirés").
- Blows told by the noun and its participle, no agent named ("des coups portés sur le dos").
- Vermin a visitor saw ("les enquêteurs ont aperçu des rats dans la cour").
- A headcount for places given roughly ("940 détenus pour quelque 600 places"); within capacity, no excess.
- Spanish: the capacity first and the headcount later in the sentence; heat the people cannot bear.
- Who speaks: a body's own finding, a relayed account, an admission (source kind and certainty).
"""

from __future__ import annotations

import pytest

from extract_helpers import check_row, reader

FR = reader("fr")
ES = reader("es")


@pytest.mark.parametrize("text, type_, expected", [
    ("Les parloirs familiaux ne sont autorisés qu'un samedi sur deux.", "family_visits", True),
    ("À la maison d'arrêt de Valbourg, le téléphone n'est accessible qu’une heure par semaine.", "family_calls", True),
    ("Les parloirs familiaux sont autorisés trois fois par semaine.", "family_visits", False),
    ("Dans l'aile nord, les douches ne fonctionnaient plus depuis le mois d'août.", "hygiene", True),
    ("La chasse d'eau des cellules collectives fonctionne mal.", "sanitation", True),
    ("Les douches ont été rénovées et fonctionnent normalement.", "hygiene", False),
    ("Au quartier des arrivants, les matelas sont sommaires et les draps déchirés.", "bedding_clothing", True),
    ("Le détenu présentait des marques après des coups portés sur le dos et les bras.", "use_of_force", True),
    ("La réforme a porté un coup dur aux budgets des établissements.", "use_of_force", False),
    ("Les enquêteurs ont aperçu plusieurs rats dans la cour de promenade.", "sanitation", True),
    ("Le centre de Valbourg héberge 940 détenus pour quelque 600 places.", "overcrowding", True),
    ("Le centre de Valbourg héberge 420 détenus pour environ 600 places.", "overcrowding", False),
])
def test_french_fr15(text: str, type_: str, expected: bool) -> None:
    check_row(FR(text), type_, expected)


@pytest.mark.parametrize("text, type_, expected", [
    ("Aunque el penal de Sierra Alta cuenta con una capacidad de 90 personas, el día del recorrido había 214.",
     "overcrowding", True),
    ("El penal de Sierra Alta cuenta con una capacidad de 300 personas y alberga a 210.", "overcrowding", False),
    ("Por los cortes de luz, los internos del módulo 3 ya no soportan el calor.", "temperature", True),
    ("Los custodios no soportan la presión del trabajo.", "temperature", False),
])
def test_spanish_fr15(text: str, type_: str, expected: bool) -> None:
    check_row(ES(text), type_, expected)


def test_a_roughly_given_headcount_keeps_its_numbers() -> None:
    facts = FR("Le centre de Valbourg héberge 940 détenus pour quelque 600 places.")
    got = [f for f in facts if f.type == "overcrowding"]
    assert got and got[0].qualifiers.get("headcount") == 940 and got[0].qualifiers.get("capacity") == 600, got


@pytest.mark.parametrize("lang, text, type_, kind, certainty", [
    # the body's own voice: what it saw, found or checked
    ("fr", "Les contrôleurs ont constaté que les cellules du quartier disciplinaire étaient dépourvues de fenêtre.",
     "no_natural_light", "monitor", "asserted"),
    ("fr", "Lors de la visite, des matelas étaient posés à même le sol dans quatre cellules.",
     "bedding_clothing", "author_observation", "asserted"),
    ("fr", "Le juge des référés du tribunal administratif a relevé la présence de rats dans les cours.",
     "sanitation", "court", "asserted"),
    ("es", "Personal de este Organismo Nacional verificó que el área de segregación no contaba con sanitario.",
     "sanitation", "monitor", "asserted"),
    ("es", "La Sala tuvo por acreditado que el interno permaneció en una celda de castigo sin luz natural.",
     "no_natural_light", "court", "asserted"),
    # an admission by the authorities
    ("fr", "La direction a reconnu que les cellules du quartier arrivants ne sont pas chauffées.",
     "temperature", "authorities", None),
    ("es", "Las autoridades reconocieron que no se les proporcionaba agua potable suficiente.",
     "food_water", "authorities", None),
    # an allegation, told or relayed
    ("fr", "Selon des personnes détenues, les repas sont servis froids et en quantité insuffisante.",
     "food_water", "detainee", "alleged"),
    ("es", "Los internos entrevistados manifestaron que no reciben atención médica.",
     "medical_care", "detainee", "alleged"),
])
def test_who_speaks(lang: str, text: str, type_: str, kind: str, certainty: str | None) -> None:
    facts = [f for f in (FR if lang == "fr" else ES)(text) if f.type == type_ and not f.negated]
    assert facts, facts
    assert any(f.qualifiers.get("source_kind") == kind and (certainty is None or str(f.certainty) == certainty)
               for f in facts), [(f.qualifiers.get("source_kind"), f.certainty, f.attributed_to) for f in facts]
