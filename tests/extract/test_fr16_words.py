"""French and Spanish words for conditions that the monitors' and courts' findings use (fr16, issues 10/11):
the want of privacy at the toilet in a court's words, a want of light, the rule of separation said kept (a
negated fact, in a conceding "si" too), people "mal nourris", access to care "entravé", force used "à
l'encontre du détenu", a condition that "relève du handicap", a search justified by a detector's alarm, the
European Court's finding on Article 13; in Spanish, "se impide a los reos", blocked toilets, a place "falto
de luz natural, sin recreación ni acceso a visitas".  Each with a trap that must stay quiet ("un constat
sans appel", "à la lumière de", access "entravé" is no shackle, staff training is no programme for those
held).

Every sentence is written for this suite.  Rows: (id, language, text, type, expected) where expected is
True (a counted, non-negated fact of the type), False (none) or "negated" (a counted negated fact and no
non-negated one); for exercise_outdoor a bool value is also checked.
"""

from __future__ import annotations

import pytest

from extract_helpers import check_row, counted, describe, reader

ROWS = [
    # ------------------------------------------------------------------ French
    ("court-toilet-privacy", "fr",
     "La Cour observe que les requérants n'ont pas disposé de l'intimité nécessaire dans l'utilisation des toilettes.",
     "sanitation", True),
    ("lack-of-light", "fr", "Plusieurs détenus de Vireux se plaignent d'un manque de lumière dans leur cellule.",
     "no_natural_light", True),
    ("trap-in-the-light-of", "fr",
     "À la lumière de ces constats, la contrôleuse formule plusieurs recommandations au directeur.",
     "no_natural_light", False),
    ("trap-artificial-light", "fr",
     "Les surveillants regrettent le manque de lumière artificielle dans les coursives du bâtiment B.",
     "no_natural_light", False),
    ("separation-kept", "fr",
     "Au centre de détention de Vireux, la séparation des prévenus et des condamnés est bien respectée.",
     "separation", "negated"),
    ("separation-kept-conceding-si", "fr",
     "Si la séparation des femmes et des hommes est bien assurée, les promenades de Pontval restent communes.",
     "separation", "negated"),
    ("trap-separation-not-kept", "fr",
     "À Pontval, la séparation des mineurs et des majeurs n'est pas respectée.",
     "separation", True),
    ("underfed", "fr", "Les personnes retenues à Lorvan sont mal nourries et mal vêtues.", "food_water", True),
    ("trap-well-fed", "fr", "Les repas sont copieux et les détenus de Lorvan sont bien nourris.", "food_water", False),
    ("care-hindered-coordinated", "fr",
     "À la maison d'arrêt de Pontval, l'accès aux soins et aux activités est entravé.", "medical_care", True),
    ("trap-hindered-no-shackle", "fr",
     "À la maison d'arrêt de Pontval, l'accès aux soins et aux diverses activités est également entravé.",
     "restraints", False),
    ("trap-verdict-without-appeal", "fr",
     "Le bilan que dressent les contrôleurs de la prison de Lorvan est sans appel.", "family_calls", False),
    ("calls-none-still-read", "fr",
     "Les arrivants de Lorvan ne peuvent passer aucun appel à leur famille.", "family_calls", True),
    ("force-against-detainee", "fr",
     "La Défenseure des droits constate que l'usage de la force à l'encontre de Monsieur Y n'était pas "
     "proportionné.", "use_of_force", True),
    ("trap-force-as-a-rule", "fr",
     "Le recours à la force à l'encontre des personnes détenues doit rester exceptionnel.",
     "use_of_force", False),
    ("counts-as-disability", "fr",
     "Monsieur K. a subi une amputation du pied, situation qui relève du handicap.", "vulnerable_person", True),
    ("search-detector-alarm", "fr",
     "Ces fouilles intégrales de Monsieur K. étaient motivées par le déclenchement répété du détecteur de métaux.",
     "justification_security", True),
    ("trap-search-rule", "fr",
     "Les fouilles intégrales ne peuvent être justifiées par le seul déclenchement d'un portique de détection.",
     "justification_security", False),
    ("visits-told-to-controllers", "fr",
     "Les détenus de Lorvan ont indiqué aux contrôleurs que les parloirs étaient supprimés depuis un mois.",
     "family_visits", True),
    ("trap-controllers-own-visit", "fr",
     "Les contrôleurs n'ont pas pu effectuer la visite du quartier des femmes de Lorvan.", "family_visits", False),
    ("echr-article-13", "fr", "La Cour conclut à la violation de l'article 13 de la Convention.", "complaints", True),
    ("trap-article-13-named", "fr", "L'article 13 de la Convention garantit un recours effectif.", "complaints", False),
    ("only-activity", "fr",
     "Monsieur K. restait en cellule, avec pour seule activité une heure de promenade par jour.",
     "work_programmes", True),
    ("trap-promenade-hours-not-locked", "fr",
     "Monsieur K. restait en cellule, avec pour seule activité une heure de promenade par jour.",
     "confinement_hours", False),
    ("old-word-for-toilets", "fr",
     "La cour reconnaît le cloisonnement incomplet des lieux d'aisance dans les cellules de Pontval.",
     "sanitation", True),
    ("air-not-renewed", "fr",
     "Les geôles de Pontval n'ont qu'une porte ne permettant pas un renouvellement convenable de l'air.",
     "ventilation", True),
    ("tv-cannot-be-turned-off", "fr",
     "Les chambres des retenus de Lorvan sont dépourvues de placard, de moyen de changer de chaîne ou même "
     "d'éteindre le poste la nuit.", "sleep_noise", True),
    ("trap-tv-can-be-turned-off", "fr", "Les retenus de Lorvan peuvent éteindre la télévision la nuit.",
     "sleep_noise", False),
    ("crammed-22-of-24", "fr",
     "Les hommes de Lorvan ont été entassés à trois dans 4 m2 d'espace vital, souvent 22 heures sur 24.",
     "confinement_hours", 22.0),
    ("trap-phone-hours-of-24", "fr", "Le téléphone de la coursive de Lorvan est accessible 10 heures sur 24.",
     "confinement_hours", False),
    # ------------------------------------------------------------------ Spanish
    ("reos-calls", "es", "Se impide a los reos hacer llamadas telefónicas desde el pabellón 4.", "family_calls", True),
    ("blocked-toilets", "es", "Los inodoros del pabellón 3 están tapados desde hace semanas.", "sanitation", True),
    ("trap-blocked-recommended", "es", "Se recomienda que los inodoros del pabellón 3 no estén obstruidos.",
     "sanitation", False),
    ("falto-de-luz", "es",
     "La alcaidía de Villa Norte, ubicada en un sótano, es un lugar falto de luz natural, sin recreación ni "
     "acceso a visitas.", "no_natural_light", True),
    ("sin-recreacion", "es",
     "La alcaidía de Villa Norte, ubicada en un sótano, es un lugar falto de luz natural, sin recreación ni "
     "acceso a visitas.", "exercise_outdoor", True),
    ("ni-acceso-a-visitas", "es",
     "La alcaidía de Villa Norte, ubicada en un sótano, es un lugar falto de luz natural, sin recreación ni "
     "acceso a visitas.", "family_visits", True),
    ("survey-by-the-body", "es",
     "Se tomó conocimiento mediante el relevamiento llevado a cabo por un equipo de la PPN en el pabellón A.",
     "monitoring_access", True),
    ("trap-covid-cause-of-alarm", "es",
     "El juez no acude al penal de Villa Norte desde la declaración del estado de alarma provocado por la covid-19.",
     "physical_health", False),
    ("trap-respiratory-isolation-ward", "es",
     "Se recorrió el sector de aislamiento respiratorio ubicado en el hospital del penal de Villa Norte.",
     "solitary", False),
    ("trap-staff-training", "es",
     "Se constató falta de capacitación en materia de derechos humanos del personal de custodia.",
     "work_programmes", False),
    ("training-for-those-held", "es", "Los internos de Villa Norte señalan falta de capacitación y de trabajo.",
     "work_programmes", True),
]


@pytest.mark.parametrize("row_id,lang,text,type_,expected", ROWS, ids=[r[0] for r in ROWS])
def test_fr16_words(row_id: str, lang: str, text: str, type_: str, expected: bool | str | float) -> None:
    facts = reader(lang)(text)
    if expected == "negated":
        assert any(f.negated for f in counted(facts, type_)), describe(facts)
        check_row(facts, type_, False)
        return
    check_row(facts, type_, expected)
    if type_ == "exercise_outdoor" and expected is True:
        assert any(f.value is False for f in counted(facts, type_)), describe(facts)
