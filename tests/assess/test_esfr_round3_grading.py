"""French and Spanish grading, round three (esfr3): an established finding in the document's language
is ``violation_likely`` where its own words say how far the condition falls short, in that language
("absence de cloisonnement", "une cloison basse", "no cuentan con servicio sanitario", "absence de tout
médecin", "no ha recibido la atención médica", a rate of overcrowding given as a figure), and a
concern where it is only alleged.  Every passage is written for this suite.

Rows: (id: genre-what, language, text, finding id, expected status, reason).
"""

from __future__ import annotations

import pytest

from assess_helpers import assess_text, check_finding

V, C, I = "violation_likely", "concern", "insufficient_information"

ROWS = [
    ("cglpl-no-partition", "fr",
     "Les contrôleurs ont relevé l'absence de cloisonnement des toilettes dans les cellules doubles.",
     "mandela-15", V, "the inspectors' own finding, and no partition at all: specific"),
    ("cedh-claim-no-partition", "fr",
     "Le requérant se plaint de l'absence de cloisonnement des toilettes dans sa cellule.",
     "mandela-15", C, "the applicant's complaint: alleged, a concern"),
    ("cedh-low-partition", "fr",
     "La Cour constate que les toilettes n'étaient séparées de la cellule que par une cloison basse.",
     "mandela-15", V, "the Court's finding of a low partition only: specific"),
    ("dpco-no-toilet-service", "es",
     "La Defensoría constató que las celdas no cuentan con servicio sanitario.",
     "mandela-15", V, "the Defensoría's own finding of no toilet: specific"),
    ("cndh-overcrowding-rate", "es",
     "Durante la visita se observó un hacinamiento del 150% en el dormitorio 3.",
     "iccpr-10-1", V, "a visit's own figure of overcrowding: specific under art. 10(1) too"),
    ("dpco-overcrowding-index", "es",
     "La Defensoría del Pueblo constató un índice de hacinamiento superior al 200%.",
     "iccpr-10-1", V, "the Defensoría's own index of overcrowding, a figure"),
    ("cglpl-overcrowding-rate", "fr",
     "Les contrôleurs ont constaté une surpopulation de 180 %.",
     "iccpr-10-1", V, "the inspectors' own figure"),
    ("ce-claim-overcrowding-rate", "fr",
     "L'OIP soutient que la surpopulation de l'établissement atteint 180 %.",
     "iccpr-10-1", C, "an NGO's claim before the court: alleged, a concern"),
    ("cglpl-no-psychiatrist", "fr",
     "Les contrôleurs ont constaté l'absence de tout médecin psychiatre dans l'établissement.",
     "mandela-24", V, "no doctor at all, found on the visit: specific"),
    ("hc-care-not-received", "es",
     "La Sala constata que el interno no ha recibido la atención médica que requiere su enfermedad.",
     "mandela-24", V, "the court's finding that care was not received: specific"),
    ("hc-claim-care-denied", "es",
     "La peticionaria alega que a su hijo se le niega atención médica.",
     "mandela-24", C, "the petitioner's claim: alleged (not contested: 'se le niega' is the deprivation)"),
    ("cndh-isolation-six-months", "es",
     "El interno se encontraba en aislamiento desde hacía seis meses.",
     "mandela-43-1-b", V, "six months in isolation, stated by the report: prolonged"),
    ("cglpl-single-cells-three", "fr",
     "Les contrôleurs ont constaté que des cellules individuelles de 9 m² étaient occupées par trois personnes.",
     "mandela-13", V, "single cells held by three, found on the visit"),
    ("ppn-claim-ten-to-a-cell", "es",
     "Según los internos, duermen hasta diez personas en una celda.",
     "mandela-13", C, "the detainees' word: alleged, a concern"),
    ("cglpl-seized-of-cases", "fr",
     "Le CGLPL a été saisi de plusieurs situations de détenus privés de soins.",
     "mandela-24", C, "cases referred to the CGLPL: what it was told, relayed, not its finding"),
    ("cglpl-found-in-cases", "fr",
     "Les contrôleurs ont constaté dans plusieurs cas que des détenus étaient privés de soins.",
     "mandela-24", V, "the inspectors' own finding, case by case"),
    ("cndh-admitted-no-water", "es",
     "Los servidores públicos reconocieron que no se cuenta con agua potable.",
     "mandela-22", V, "an admission by the authorities that there is no drinking water: specific"),
]


@pytest.mark.parametrize("lang, text, finding_id, expected, reason",
                         [pytest.param(lang, t, i, s, r, id=n) for n, lang, t, i, s, r in ROWS])
def test_round3_grading(lang, text, finding_id, expected, reason):
    a = assess_text(text, lang)
    check_finding(a.findings, finding_id, expected, reason, "basis")
