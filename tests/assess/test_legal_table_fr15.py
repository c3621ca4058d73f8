"""Grading rows for French and Spanish monitoring reports (branch fr15), every text our own.

Status = what the rule asks x how well the facts are established x how precisely they are told:

- A body's own finding on a visit, in words that fix the shortfall (dirty, overflowing, a shortage of
  drinking water, none at all), is a likely violation of a minimum rule; the same in general words
  ("insuffisant", "deficiente") stays a concern, however established.
- One detainee's account, or an NGO relaying detainees, is a concern whatever the words.
- An admission by the authorities establishes the condition.
"""

from __future__ import annotations

import pytest

from assess_helpers import assess_text, check_finding

V, C = "violation_likely", "concern"
CGLPL = "Rapport de visite du Contrôleur général des lieux de privation de liberté. "
MNPT = "Informe de supervisión del Mecanismo Nacional de Prevención de la Tortura. "

ROWS = [
    ("cglpl-sales", "fr", CGLPL + "Les contrôleurs ont constaté que les cellules de l'aile C étaient sales et que "
     "les lavabos étaient encrassés.", "mandela-17", V, "dirty, seen by the controllers: the rule's clean not met"),
    ("cglpl-insuffisant", "fr", CGLPL + "Les contrôleurs ont constaté que l'entretien des cellules est "
     "insuffisant.", "mandela-17", None, "trap: 'insuffisant' maintenance names no condition a rule reads"),
    ("cglpl-debordent", "fr", CGLPL + "Lors de la visite, les toilettes de la cellule 12 débordaient.", "mandela-15", V,
     "overflowing toilets seen on the visit"),
    ("detenu-sales", "fr", CGLPL + "Selon un détenu rencontré, sa cellule serait sale.", "mandela-17", C,
     "trap: one detainee's word stays a concern"),
    ("oip-rats", "fr", "Communiqué de l'Observatoire international des prisons. Des détenus nous ont signalé la "
     "présence de rats dans les coursives.", "mandela-17", C, "trap: an NGO relaying detainees is a concern"),
    ("cglpl-penurie-eau", "fr", CGLPL + "Les contrôleurs ont relevé une pénurie d'eau potable au quartier des "
     "mineurs.", "mandela-22", V, "a shortage of drinking water, found"),
    ("mnpt-desabasto", "es", MNPT + "Durante la visita se constató el desabasto de agua potable en los dormitorios "
     "del centro.", "mandela-22", V, "a shortage of drinking water, seen on the visit"),
    ("mnpt-deficiente", "es", MNPT + "Durante la visita se constató que la alimentación es deficiente.",
     "mandela-22", C, "trap: 'deficiente' is too general to fix the shortfall"),
    ("mnpt-desborda", "es", MNPT + "Personal de este Mecanismo observó que los sanitarios del área femenil se "
     "desbordaban.", "mandela-15", V, "overflowing toilets, observed by the body"),
    ("internos-desabasto", "es", MNPT + "Los internos denunciaron el desabasto de agua potable.", "mandela-22", C,
     "trap: the detainees' word, not yet verified"),
    ("autoridad-reconoce", "es", MNPT + "Las autoridades del centro reconocieron que no hay agua potable en el "
     "área de aislamiento.", "mandela-22", V, "an admission by the authorities establishes it"),
]


@pytest.mark.parametrize("lang, text, finding_id, expected, reason",
                         [pytest.param(lang, t, i, s, r, id=n) for n, lang, t, i, s, r in ROWS])
def test_legal_table_fr15(lang: str, text: str, finding_id: str, expected: str | None, reason: str) -> None:
    check_finding(assess_text(text, lang).findings, finding_id, expected, reason)
