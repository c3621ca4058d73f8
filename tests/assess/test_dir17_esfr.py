"""Grading rows for Spanish and French (branch dirC17, issue 11), every text our own.

Whose word a fact is decides how far its finding goes:

- A hedge of the writer's own before the fact ("es posible que", "quizás", "tal vez", "no está claro si";
  "il est possible que", "peut-être que", "il se pourrait que", "il n'est pas certain que"), whether the
  verb after it is subjunctive or indicative, makes it a possibility: a concern at most, never
  ``violation_likely``.
- A claim a court or body rejects, finds not credible or finds no proof of ("desestimó por inverosímil la
  versión de que", "no halló pruebas de que", "consideró no probada la queja según la cual"; "a estimé non
  établie l'allégation selon laquelle", "n'a relevé aucune preuve que", "a écarté le grief selon lequel")
  gives no breach finding; its "no" is no denial either (never ``compliant``).
- A finding told inside one person's claim ("Según un antiguo recluso, los visitadores constataron que",
  "D'après la famille d'un détenu, les contrôleurs ont relevé que") is that person's word, relayed.

Traps: the court's or body's own finding ("La Corte determina que", "La Cour constate que") stays
``violation_likely``; rejecting the State's denial and then finding the fact ("desestimó la negativa del
Estado y constató que", "écarte les dénégations de l'administration et constate que") supports the breach;
a claim followed by a clause of the body's own ("...; los visitadores constataron que") is the body's finding.
"""

from __future__ import annotations

import pytest

from assess_helpers import assess_text, check_finding

V, C, I = "violation_likely", "concern", "insufficient_information"
CNDH = "Informe de supervisión penitenciaria de la Comisión Nacional de los Derechos Humanos. "
CGLPL = "Rapport de visite du Contrôleur général des lieux de privation de liberté. "
SALA = "Sentencia de la Sala de lo Constitucional en el recurso de hábeas corpus. "
CE = "Ordonnance du juge des référés du tribunal administratif. "

#: (id, lang, text, rule, the rule's finding (None: none), why); some hedges the context rules read as
#: HYPOTHETICAL (no finding: the subjunctive after "es posible que", "si"), the others are the writer's
#: doubt (a concern); a claim rejected or unproven leaves insufficient information, never compliant
ROWS = [
    # hedges, in the subjunctive and the indicative
    ("es-posible-subjuntivo", "es", CNDH + "Es posible que la celda diseñada para 10 personas alojara a 45 internos.",
     "mandela-13", None, "a possibility in the subjunctive is no finding"),
    ("es-quizas-indicativo", "es", CNDH + "Quizás la celda diseñada para 10 personas alojaba a 45 internos.",
     "mandela-13", C, "a possibility in the indicative is no finding either"),
    ("es-tal-vez", "es", CNDH + "Tal vez los reclusos del módulo 3 durmieran en el suelo por falta de colchones.",
     "mandela-21", C, "tal vez: the writer does not say it happened"),
    ("es-no-esta-claro", "es", CNDH + "No está claro si los internos del módulo 3 duermen en el suelo sin colchón.",
     "mandela-21", None, "not clear whether: no finding"),
    ("es-constato-trap", "es", CNDH + "La Comisión constató que la celda diseñada para 10 personas alojaba "
     "a 45 internos.",
     "mandela-13", V, "trap: the body's own finding on its visit"),
    ("fr-possible-subjonctif", "fr", CGLPL + "Il est possible que la cellule prévue pour deux personnes ait accueilli "
     "six détenus.", "mandela-13", None, "a possibility in the subjunctive is no finding"),
    ("fr-peut-etre-indicatif", "fr", CGLPL + "Peut-être que la cellule prévue pour deux personnes accueillait "
     "six détenus.",
     "mandela-13", C, "a possibility in the indicative is no finding either"),
    ("fr-se-pourrait", "fr", CGLPL + "Il se pourrait que les détenus de l'aile B dorment sur des matelas posés au sol.",
     "mandela-21", C, "il se pourrait que: a possibility"),
    ("fr-pas-certain", "fr", CGLPL + "Il n'est pas certain que les détenus de l'aile B dorment sur des matelas posés "
     "au sol.", "mandela-21", C, "not certain that: no finding"),
    ("fr-constate-trap", "fr", CGLPL + "Les contrôleurs ont constaté que la cellule prévue pour deux personnes "
     "accueillait six détenus.", "mandela-13", V, "trap: the controllers' own finding on their visit"),
    # a prolonged isolation, hedged by hearsay ("supuestamente", the conditional "aurait été") or found
    ("es-supuestamente-aislado", "es", CNDH + "Supuestamente el interno estuvo aislado en su celda durante 40 días sin "
     "contacto humano.", "mandela-43-1-b", C, "hearsay: a concern, not a finding"),
    ("es-constato-aislado-trap", "es", CNDH + "La Comisión constató que el interno estuvo aislado en su celda durante "
     "40 días sin contacto humano.", "mandela-43-1-b", V, "trap: the body's own finding of 40 days alone"),
    ("fr-aurait-ete-isole", "fr", CGLPL + "Il aurait été placé à l'isolement pendant 40 jours sans aucun contact "
     "humain.", "mandela-43-1-b", C, "the conditional of hearsay: a concern, not a finding"),
    ("fr-constate-isole-trap", "fr", CGLPL + "Les contrôleurs ont constaté qu'il a été placé à l'isolement pendant 40 "
     "jours sans aucun contact humain.", "mandela-43-1-b", V, "trap: the controllers' own finding of 40 days alone"),
    # claims rejected or unproven
    ("es-inverosimil", "es", SALA + "La Sala desestimó por inverosímil la versión del favorecido de que la celda "
     "diseñada para 10 personas alojaba a 45 internos.", "mandela-13", I, "a claim the court disbelieved"),
    ("es-no-hallo-pruebas", "es", SALA + "La jueza no halló pruebas de que el interno permaneciera sin agua potable "
     "durante cinco días.", "mandela-22", I, "no proof found: no breach, and not compliant"),
    ("es-no-probada", "es", SALA + "La jueza consideró no probada la queja según la cual el interno durmió sin "
     "colchón durante dos semanas.", "mandela-21", I, "a complaint found not proven"),
    ("es-determina-trap", "es", SALA + "La Corte determina que el interno permaneció sin agua potable durante cinco "
     "días.", "mandela-22", V, "trap: the court's own finding"),
    ("es-rechaza-negativa-trap", "es", SALA + "La Sala desestimó la negativa del Estado y constató que el interno "
     "permaneció sin agua potable durante cinco días.", "mandela-22", V,
     "trap: rejecting the State's denial and finding the fact supports the breach"),
    ("fr-non-etablie", "fr", CE + "Le tribunal a estimé non établie l'allégation selon laquelle le requérant a dormi "
     "sur un matelas posé au sol pendant deux semaines.", "mandela-21", I, "a claim found not established"),
    ("fr-aucune-preuve", "fr", CE + "La juridiction n'a relevé aucune preuve que les toilettes de la cellule "
     "débordaient.", "mandela-15", I, "no proof found: no breach, and not compliant"),
    ("fr-ecarte-grief", "fr", CE + "Le juge a écarté comme non sérieux le grief selon lequel six détenus partagent "
     "une cellule prévue pour deux.", "mandela-13", I, "a grievance set aside"),
    ("fr-constate-cour-trap", "fr", CE + "La Cour constate que six détenus partagent une cellule prévue pour deux.",
     "mandela-13", V, "trap: the court's own finding"),
    ("fr-ecarte-denegations-trap", "fr", CE + "Le juge écarte les dénégations de l'administration et constate que "
     "six détenus partagent une cellule prévue pour deux.", "mandela-13", V,
     "trap: rejecting the administration's denial and finding the fact supports the breach"),
    # a finding told inside one person's claim
    ("es-segun-recluso", "es", CNDH + "Según un antiguo recluso, los visitadores de la Comisión constataron que 60 "
     "internos ocupaban un dormitorio diseñado para 15.", "mandela-13", C,
     "one former prisoner's word of a finding, relayed"),
    ("es-clausula-propia-trap", "es", CNDH + "Los internos se quejaron del calor; los visitadores de la Comisión "
     "constataron que 60 internos ocupaban un dormitorio diseñado para 15.", "mandela-13", V,
     "trap: after the semicolon, the body's own finding"),
    ("fr-famille", "fr", CGLPL + "D'après la famille d'un détenu, les contrôleurs ont relevé que huit personnes "
     "partageaient une cellule prévue pour deux.", "mandela-13", C,
     "the family's word of a finding, relayed"),
    ("fr-clause-propre-trap", "fr", CGLPL + "Les détenus se plaignent du bruit, et les contrôleurs ont relevé que huit "
     "personnes partageaient une cellule prévue pour deux.", "mandela-13", V,
     "trap: a clause of the controllers' own after the complaint"),
]


@pytest.mark.parametrize("lang, text, rule, expected, reason",
                         [pytest.param(lang, t, r, e, why, id=n) for n, lang, t, r, e, why in ROWS])
def test_dir17_esfr(lang: str, text: str, rule: str, expected: str | None, reason: str) -> None:
    check_finding(assess_text(text, lang).findings, rule, expected, reason)
