"""Spanish and French stays in isolation told in hours, or as the length of the measure itself
(round 14): "pendant 36 heures", "un aislamiento de 72 horas", "un placement à l'isolement de
48 heures", "en aislamiento 30 días"; a rate of hours a day stays a rate, and a stretch under a
day counts only with the words that make it one ("20 horas seguidas")."""

from __future__ import annotations

import pytest
from extract_helpers import check_row, reader

ES, FR = reader("es"), reader("fr")

ROWS = [
    (FR, "Le détenu a été placé au quartier disciplinaire pendant 36 heures.", "isolation_duration", 1.5),
    (FR, "Elle a été maintenue à l'isolement pendant 72 heures sans voir personne.", "isolation_duration", 3),
    (FR, "Un placement à l'isolement de 48 heures lui a été imposé.", "isolation_duration", 2),
    (FR, "Il est resté à l'isolement pendant 12 heures consécutives.", "isolation_duration", 0.5),
    (FR, "Un isolement de 45 jours a été prononcé contre lui.", "isolation_duration", 45),
    (FR, "Il a subi un isolement de trente jours.", "solitary", True),
    (FR, "Un isolement lui a été imposé par la direction.", "solitary", True),
    (FR, "Les personnes sont enfermées en cellule pendant 22 heures par jour.", "isolation_duration", False),
    (FR, "Les personnes sont enfermées en cellule pendant 22 heures par jour.", "confinement_hours", 22),
    (ES, "El recluso permaneció en una celda de aislamiento durante 72 horas.", "isolation_duration", 3),
    (ES, "El recluso permaneció en una celda de aislamiento durante 72 horas.", "confinement_hours", False),
    (ES, "Fue mantenida en aislamiento por más de 48 horas.", "isolation_duration", 2),
    (ES, "Estuvo aislado durante 20 horas seguidas.", "isolation_duration", 0.83),
    (ES, "Se le impuso una sanción de aislamiento de 15 días.", "isolation_duration", 15),
    (ES, "A la interna se le aplicó un aislamiento de 96 horas.", "isolation_duration", 4),
    (ES, "A la interna se le aplicó un aislamiento de 96 horas.", "solitary", True),
    (ES, "Lo mantuvieron en aislamiento 30 días.", "isolation_duration", 30),
    (ES, "Estuvo en la celda de castigo 12 días.", "isolation_duration", 12),
    (ES, "Permanecen encerrados en sus celdas durante 23 horas al día.", "isolation_duration", False),
    (ES, "Permanecen encerrados en sus celdas durante 23 horas al día.", "confinement_hours", 23),
    (ES, "Cumplen un régimen de encierro de 23 horas.", "confinement_hours", 23),
    (ES, "Se le impuso un aislamiento sanitario por covid.", "solitary", False),
]


@pytest.mark.parametrize(("read", "text", "type_", "expected"), ROWS)
def test_stays_and_rates(read, text, type_, expected):
    check_row(read(text), type_, expected, tolerance=0.1)


@pytest.mark.parametrize(("text", "expected"), [
    ("Il a été placé à l'isolement sans pouvoir se rendre en promenade.", True),
    ("Elle n'a pas pu aller en promenade pendant un mois.", True),
    ("Les détenus ne sont pas autorisés à se rendre en promenade.", True),
    ("Les détenus ne vont pas en promenade.", True),
    ("Les détenus ne sortent jamais en promenade.", True),
    ("Il peut se rendre en promenade chaque jour.", False),
])
def test_french_unable_to_go_to_the_yard(text, expected):
    facts = [f for f in FR(text) if f.type == "exercise_outdoor" and f.value is False and not f.negated]
    assert bool(facts) == expected, facts


def test_a_word_shared_by_a_predicate_and_its_topic_binds_them():
    # "dépendent de leurs familles pour" + the topic "pour se laver": the seam's "pour" is both's
    facts = [f for f in FR("Les détenus dépendent de leurs familles pour se laver.") if f.type == "hygiene"]
    assert facts, facts


def test_a_seam_binds_only_where_the_rest_of_the_topic_names_the_thing():
    # "challenge the" + "the units": "units" alone is no topic of dirt, so the shared "the" binds nothing
    en = reader("en")
    facts = [f for f in en("Plaintiffs challenge the units' rules on visits and mail.") if f.type == "hygiene"]
    assert not facts, facts
