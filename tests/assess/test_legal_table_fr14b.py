"""Grading rows for French (branch fr14b), every text our own.

- Leg irons are "les entraves", and a person "entravé(e)" wears them: rule 47 bans irons by nature.
- A cell told cramped with no figure ("exiguë", "cramped") falls short of rule 13, how far not said: a
  concern where established, nothing more; a figure is still weighed by the thresholds.
- Light too weak to read by misses rule 14's own measure: a likely violation where established.
- A monitoring body named by its office ("l'organe de contrôle") is a monitor; its finding is established.
- The time outdoors cut, how much not said: a concern under rule 23.
"""

from __future__ import annotations

import pytest

from assess_helpers import assess_text, check_finding

V, C, I = "violation_likely", "concern", "insufficient_information"
CGLPL = "Rapport de visite du Contrôleur général des lieux de privation de liberté. "
TA = "Tribunal administratif de Valmont, jugement du 3 mars 2020. "

ROWS = [
    ("ta-entrave", "fr", TA + "Le tribunal a jugé que M. R. avait été menotté et entravé aux chevilles pendant "
     "toute la consultation.", "mandela-47", V, "leg irons, found by a court"),
    ("ta-menotte-seul", "fr", TA + "Le tribunal a relevé que M. R. avait été menotté pendant le trajet vers "
     "l'hôpital.", "mandela-47", C, "trap: handcuffs alone are a restriction within limits"),
    ("cglpl-exigue", "fr", CGLPL + "Dans l'aile B, les contrôleurs ont constaté que les cellules sont exiguës.",
     "mandela-13", C, "cramped, no figure, found by the controllers"),
    ("cglpl-exigue-allegation", "fr", CGLPL + "Selon un détenu, sa cellule serait exiguë.", "mandela-13", C,
     "trap: one allegation stays a concern"),
    ("en-cramped", "en", "Report of the Chief Inspector of Prisons on an unannounced inspection. Inspectors "
     "found that the cells on C wing were cramped.", "mandela-13", C, "cramped, no figure"),
    ("cglpl-lire", "fr", CGLPL + "Les contrôleurs ont constaté que dans les cellules disciplinaires l'éclairage ne "
     "permet pas de lire.", "mandela-14", V, "too dark to read, the rule's own measure, found"),
    ("cglpl-sombre", "fr", CGLPL + "Les contrôleurs ont constaté que les cellules disciplinaires sont sombres.",
     "mandela-14", C, "trap: dark, how far not said"),
    ("organe-matelas", "fr", "Selon l'organe de contrôle, une centaine de détenus dorment sur des matelas posés "
     "au sol.", "mandela-21", V, "the monitor's finding, relayed by the author"),
    ("organe-air-libre", "fr", "Selon l'organe de contrôle, le temps passé à l'air libre a été réduit dans trois "
     "prisons.", "mandela-23", C, "the time outdoors cut, how much not said"),
]


@pytest.mark.parametrize("lang, text, finding_id, expected, reason",
                         [pytest.param(lang, t, i, s, r, id=n) for n, lang, t, i, s, r in ROWS])
def test_legal_table_fr14b(lang: str, text: str, finding_id: str, expected: str | None, reason: str) -> None:
    check_finding(assess_text(text, lang).findings, finding_id, expected, reason)


CLAUSE_ROWS = [
    ("dd-mais-que", "fr", "Décision du Défenseur des droits. Le tribunal a considéré que les moyens de contrainte "
     "employés pendant le trajet étaient adéquats, mais que la présence des surveillants pendant les soins était "
     "disproportionnée.", "mandela-47", C, "trap: the disproportion is the watch's, in another clause"),
    ("dd-menottes-injustifiees", "fr", "Décision du Défenseur des droits. Le tribunal a considéré que le menottage de "
     "M. K. pendant la consultation était injustifié.", "mandela-47", V, "the handcuffs themselves found unjustified"),
    ("en-but-clause", "en", "The inspectors found that the handcuffs used on the way were adequate, but that the "
     "officers' presence during the examination was unjustified.", "mandela-47", C,
     "trap: 'unjustified' is the presence's, after 'but'"),
]


@pytest.mark.parametrize("lang, text, finding_id, expected, reason",
                         [pytest.param(lang, t, i, s, r, id=n) for n, lang, t, i, s, r in CLAUSE_ROWS])
def test_baseless_words_in_the_restraints_own_clause(lang: str, text: str, finding_id: str, expected: str | None,
                                                     reason: str) -> None:
    check_finding(assess_text(text, lang).findings, finding_id, expected, reason)
