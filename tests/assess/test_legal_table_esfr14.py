"""Grading rows for Spanish and French (branch grade14esfr), every text our own.

- A capacity exceeded by a share ("su capacidad ha sido sobrepasada en un 400%", "la capacité ... est
  dépassée de 80 %") is an occupancy
  (five times the places), and a small share a small overcrowding; the places then the people
  ("donde deben convivir cuatro internos, se encuentran hasta 30") is a headcount over a capacity.
- Fewer beds than people ("pas assez de lits pour tous les détenus") says how far bedding falls short.
- Needs met in containers ("orinan en recipientes", "baldes") and water "tampoco" had say how far.
- Who speaks: the Defensora del Pueblo and Chile's INDH are monitoring bodies; "contrôleuse générale"
  is the CGLPL; a monitor's own finding is established, what detainees say stays a concern.
"""

from __future__ import annotations

import pytest

from assess_helpers import assess_text, check_finding

V, C, I = "violation_likely", "concern", "insufficient_information"
DPPE = "Informe de supervisión de la Defensoría del Pueblo al Establecimiento Penitenciario de Huarochirí. "
INDH = "Estudio de condiciones carcelarias del Instituto Nacional de Derechos Humanos. "
CNDH = "Diagnóstico de supervisión penitenciaria de la Comisión Nacional de los Derechos Humanos. "
CPT = "Rapport au Gouvernement sur la visite effectuée par le Comité européen pour la prévention de la torture. "
CGLPL = "Avis du Contrôleur général des lieux de privation de liberté. "

ROWS = [
    # a capacity exceeded by a share
    ("dppe-sobrepasada-400", "es", DPPE + "La Defensora del Pueblo constató que la capacidad del penal ha sido "
     "sobrepasada en un 350%.", "mandela-13", V, "four and a half times the places, found by the body"),
    ("dppe-sobrepasada-10", "es", DPPE + "La Defensora del Pueblo constató que la capacidad del penal ha sido "
     "sobrepasada en un 8%.", "mandela-13", C, "trap: a small overcrowding is a concern"),
    ("cglpl-depassee-80", "fr", CGLPL + "Les contrôleurs ont constaté que la capacité de la maison d'arrêt est "
     "dépassée de 80 %.", "mandela-13", V, "eighty per cent over the places, found by the controllers"),
    ("cglpl-depassee-15", "fr", CGLPL + "Les contrôleurs ont constaté que la capacité de la maison d'arrêt est "
     "dépassée de 15 %.", "mandela-13", C, "trap: a small share over capacity is a concern"),
    # places then people
    ("cndh-donde-deben", "es", CNDH + "Se constató que en dormitorios donde deben dormir seis internos, se "
     "encuentran hasta 40.", "mandela-13", V, "forty held for six places"),
    # fewer beds than people
    ("cpt-pas-assez-de-lits", "fr", CPT + "La délégation a constaté qu'il n'y avait pas assez de lits pour tous les "
     "détenus de l'aile nord.", "mandela-21", V, "not a bed for everyone, found by the delegation"),
    ("cpt-lits-allegation", "fr", CPT + "Selon plusieurs détenus, il n'y aurait pas assez de lits pour tous les "
     "arrivants.", "mandela-21", C, "trap: the detainees' word, in the conditional"),
    # containers and water
    ("indh-recipientes", "es", INDH + "El INDH constató que en las celdas de castigo los reclusos orinan en "
     "recipientes.", "mandela-15", V, "needs met in containers, found by the body"),
    ("indh-tampoco-agua", "es", INDH + "El INDH constató que los internos del módulo 3 tampoco tienen acceso a agua "
     "potable durante la noche.", "mandela-22", V, "no drinking water, found by the body"),
    ("indh-internos-dicen", "es", INDH + "Los internos refirieron que orinan en baldes por la noche.",
     "mandela-15", C, "trap: the inmates' word"),
    # who speaks
    ("cglpl-controleuse", "fr", CGLPL + "« Des hommes vivent à trois dans des cellules de 9 m2, sur des matelas "
     "posés au sol », déclare Mme Lemoine, contrôleuse générale des lieux de privation de liberté.", "mandela-21", V,
     "the CGLPL's own word"),
]


@pytest.mark.parametrize("lang, text, finding_id, expected, reason",
                         [pytest.param(lang, t, i, s, r, id=n) for n, lang, t, i, s, r in ROWS])
def test_legal_table_esfr14(lang: str, text: str, finding_id: str, expected: str | None, reason: str) -> None:
    check_finding(assess_text(text, lang).findings, finding_id, expected, reason)
