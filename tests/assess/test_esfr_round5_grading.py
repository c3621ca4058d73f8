"""French and Spanish grading, round five (esfr5): how well a fact is established decides its status
(issue 11).  The body's own finding ("personal de este Organismo constató", "se pudo verificar", "durante
el recorrido se advirtió", "les contrôleurs ont constaté", "il a été constaté", the Défenseur des droits,
the Protecteur du citoyen, the CGLPL's "recommandations en urgence" which state what it found), a judge's
("la Sala constató", "il résulte de l'instruction", "le juge des référés relève") and an admission by the
authorities ("el director reconoció", "l'administration reconnaît") give ``violation_likely`` where the
rule's grade allows it; one relayed allegation gives a ``concern``: the detainees' word with the verb
before its subject or closing the sentence ("Refieren los internos que ...", "..., refieren los
internos", "..., disent les détenus"), "presuntamente", "selon les témoignages recueillis", an NGO's
pleading, what the CGLPL was told ("a été alerté de ce que"); a recommendation is no finding at all.

Every passage is written for this suite.  Rows: (id: genre-what, language, text, finding id, expected
status or None for no finding, reason).
"""

from __future__ import annotations

import pytest

from assess_helpers import by_id
from dignity.assess import assess_extraction

V, C = "violation_likely", "concern"

ROWS = [
    # ------------------------------------------------------------------ Spanish
    ("cndh-own-no-toilet", "es",
     "Durante la visita, personal de este Organismo constató que las celdas del área de segregación carecen "
     "de servicio sanitario.",
     "mandela-15", V, "the Commission's own finding on its visit: no toilet, specific"),
    ("cndh-relayed-verb-first", "es",
     "Refieren los internos que las celdas del área de segregación carecen de servicio sanitario.",
     "mandela-15", C, "the detainees' word, the verb before its subject: one relayed allegation"),
    ("cndh-relayed-verb-last", "es",
     "Las celdas del área de segregación carecen de servicio sanitario, refieren los internos.",
     "mandela-15", C, "the detainees' word, the verb closing the sentence: one relayed allegation"),
    ("dpco-own-no-water", "es",
     "La Defensoría del Pueblo constató que los internos no reciben agua potable.",
     "mandela-22", V, "the Defensoría's own finding of no drinking water"),
    ("hedged-no-water", "es",
     "Presuntamente, los internos del dormitorio 2 no reciben agua potable.",
     "mandela-22", C, "'presuntamente': a hedged allegation, a concern"),
    ("cedh-recommendation-water", "es",
     "Se recomienda a la autoridad garantizar que los internos reciban agua potable.",
     "mandela-22", None, "a recommendation is no finding about the detainees"),
    ("mnp-verified-water", "es",
     "El Mecanismo Nacional de Prevención de la Tortura pudo verificar que los internos no reciben agua potable.",
     "mandela-22", V, "the national preventive mechanism verified it itself"),
    ("cndh-observed-space", "es",
     "Se observó que cinco internos comparten una celda de 8 m².",
     "mandela-13", V, "the body's own observation: 1.6 m² a person"),
    ("cndh-tour-floor", "es",
     "Durante el recorrido se advirtió que los internos duermen en el piso.",
     "mandela-21", V, "seen on the tour: no bed"),
    ("cndh-director-admits-care", "es",
     "El director del centro reconoció que los internos no reciben atención médica.",
     "mandela-24", V, "an admission by the authorities establishes the lack of care"),
    ("hc-court-isolation-months", "es",
     "La Sala constató que el accionante permanece aislado desde hace ocho meses.",
     "mandela-43-1-b", V, "the court's finding: eight months in isolation, prolonged"),
    ("hc-claimant-isolation-months", "es",
     "Según refiere el quejoso, permanece aislado desde hace ocho meses.",
     "mandela-43-1-b", C, "the complainant's own account: a concern until established"),
    ("dpco-child-isolated", "es",
     "La Defensoría constató que un adolescente de quince años permanece en aislamiento desde hace veinte días.",
     "mandela-45-2", V, "a child in solitary confinement, found by the Defensoría: prohibited"),
    ("cndh-relayed-visits", "es",
     "Refiere la interna que no ha podido recibir visitas de sus hijos desde su ingreso.",
     "mandela-58", C, "the detainee's own word about her visits: one allegation"),
    ("hc-court-credits-figure", "es",
     "Según una organización civil, el establecimiento tiene un hacinamiento del 54%, cifra que la Sala encuentra "
     "acreditada.",
     "mandela-13", V, "a figure the court finds established ('cifra que la Sala encuentra acreditada')"),
    ("cndh-prison-management-figure", "es",
     "Según datos de la dirección del penal, el establecimiento tiene una sobrepoblación del 54%.",
     "mandela-13", V, "the prison management's own figure: an admission by the authorities"),
    ("ce-judge-holds-established", "fr",
     "Selon l'OIP, le taux d'occupation atteint 180 %, ce que le juge des référés tient pour établi.",
     "mandela-13", V, "what the judge holds established ('ce que le juge des référés tient pour établi')"),
    ("ce-ngo-figure-alone", "fr",
     "Selon l'OIP, le taux d'occupation atteint 180 %.",
     "mandela-13", C, "the NGO's figure alone: one source, a concern"),
    ("cndh-relayed-then-corroborated", "es",
     "RECOMENDACIÓN No. 5/2024 de la Comisión Nacional de los Derechos Humanos. Las internas refieren que no "
     "cuentan con agua potable, situación que fue corroborada por el personal de esta Comisión.",
     "mandela-22", V, "the detainees' word corroborated by the Commission's own staff: established"),
    ("cndh-authority-verb-first", "es",
     "Refiere la autoridad penitenciaria que el centro no cuenta con médico.",
     "mandela-24", V, "the authorities' own word, the verb before its subject: an admission"),
    ("cndh-detainees-verb-first-care", "es",
     "Refieren los internos que el centro no cuenta con médico.",
     "mandela-24", C, "the same told by the detainees: one allegation"),
    # ------------------------------------------------------------------ French
    ("cglpl-own-partition", "fr",
     "Les contrôleurs ont constaté que les toilettes des cellules n'étaient pas cloisonnées.",
     "mandela-15", V, "the inspectors' own finding: no partition"),
    ("cglpl-relayed-selon", "fr",
     "Selon les détenus, les toilettes des cellules ne sont pas cloisonnées.",
     "mandela-15", C, "'selon les détenus': their word, relayed"),
    ("cglpl-relayed-verb-last", "fr",
     "Les toilettes des cellules ne sont pas cloisonnées, disent les détenus.",
     "mandela-15", C, "the verb after the clause, its subject after it: the detainees' word"),
    ("ta-instruction-mattresses", "fr",
     "Il résulte de l'instruction que les détenus du quartier B ne disposent pas de matelas.",
     "mandela-21", V, "the judge's finding from the record (the instruction)"),
    ("ce-ngo-pleads-mattresses", "fr",
     "La section française de l'OIP soutient que les détenus du quartier B ne disposent pas de matelas.",
     "mandela-21", C, "an NGO's pleading before the judge: alleged"),
    ("cglpl-recommends-mattress", "fr",
     "Le Contrôleur général recommande que chaque détenu dispose d'un matelas.",
     "mandela-21", None, "a recommendation: no finding"),
    ("cglpl-urgent-recommendations-found", "fr",
     "Dans ses recommandations en urgence, le Contrôleur général relève que les détenus dorment sur des "
     "matelas au sol.",
     "mandela-21", V, "the urgent recommendations state what the CGLPL found: the finding is not a recommendation"),
    ("cglpl-alerted", "fr",
     "Le CGLPL a été alerté de ce que les détenus ne disposaient pas de matelas.",
     "mandela-21", C, "what the CGLPL was told, not what it found"),
    ("cglpl-passive-space", "fr",
     "Il a été constaté que six détenus partageaient une cellule de 12 m².",
     "mandela-13", V, "the passive of the visit report: the body's finding, 2 m² a person"),
    ("ce-administration-admits", "fr",
     "L'administration reconnaît que les détenus n'ont pas accès à un médecin.",
     "mandela-24", V, "an admission by the administration"),
    ("qc-protecteur-floor", "fr",
     "Le Protecteur du citoyen a constaté que des personnes incarcérées dormaient sur des matelas au sol.",
     "mandela-21", V, "the ombudsman's own finding"),
    ("ce-refere-bedbugs", "fr",
     "Le juge des référés relève que les cellules sont infestées de rats et de punaises de lit.",
     "mandela-17", V, "the judge of the référé finds the vermin"),
    ("cglpl-testimonies-rats", "fr",
     "Selon les témoignages recueillis, les cellules sont infestées de rats.",
     "mandela-17", C, "testimonies the body gathered, not what it saw"),
    ("dd-child-isolated", "fr",
     "Le juge des référés relève que le requérant, âgé de seize ans, est placé à l'isolement depuis vingt jours.",
     "mandela-45-2", V, "a child (told by his age) in solitary confinement, found by the judge"),
    ("ce-minister-does-not-dispute", "fr",
     "Le garde des sceaux ne conteste pas que des rats circulent dans les cellules.",
     "mandela-17", V, "the minister does not dispute it: a concession, established (no claim of his)"),
    ("ce-not-apparent", "fr",
     "Il n'apparaît pas que les détenus seraient privés de l'accès aux soins.",
     "mandela-24", "insufficient_information", "the judge finds the claim not shown: no breach"),
    ("cglpl-relayed-then-seen", "fr",
     "Rapport de visite du Contrôleur général des lieux de privation de liberté. Les détenus indiquent qu'ils "
     "n'ont pas accès à l'eau potable, ce qu'ont constaté les contrôleurs.",
     "mandela-22", V, "what the detainees say, seen by the inspectors ('ce qu'ont constaté les contrôleurs')"),
    ("cglpl-relayed-only", "fr",
     "Rapport de visite du Contrôleur général des lieux de privation de liberté. Les détenus indiquent qu'ils "
     "n'ont pas accès à l'eau potable.",
     "mandela-22", C, "the detainees' word alone in the visit report: a concern"),
    ("cglpl-isolation-two-years", "fr",
     "Le Contrôleur général a constaté que des détenus étaient maintenus à l'isolement depuis plus de deux ans.",
     "mandela-43-1-b", V, "two years in isolation, the body's own finding"),
]


@pytest.mark.parametrize("lang, text, finding_id, expected, reason",
                         [pytest.param(lang, t, i, s, r, id=n) for n, lang, t, i, s, r in ROWS])
def test_round5_grading(lang, text, finding_id, expected, reason):
    import dignity
    from dignity import ingest

    a = assess_extraction(dignity.extract(ingest.from_text(text, date="2026-06-02", language=lang), lang=lang))
    got = by_id(a.findings).get(finding_id)
    assert (None if got is None else got.status) == expected, (reason, [(f.id, f.status, f.basis) for f in a.findings])


def test_round5_grading_covers_both_languages_and_both_grades() -> None:
    assert {lang for _, lang, *_ in ROWS} == {"es", "fr"}
    assert {s for *_, s, _r in ROWS} >= {V, C, None}
