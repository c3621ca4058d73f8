"""French constructions behind the misses on fresh real text (branch fr14b).

Every sentence here was written for the test; none is copied from a document.

- A denial before a noun does not reach the relative clause that tells its condition ("ne respecte
  pas les normes des cellules qui sont exiguës": the cells are cramped); a denial inside the relative
  clause still denies.
- The walk suspended told as a noun ("des suspensions des sorties dans la cour"); the time in the open
  air cut ("la réduction du temps passé à l'air libre") is exercise time, not the cell's air.
- Toilets "sans (aucune) intimité", the W-C spelled with a hyphen; light too weak to read by.
- The isolation named first, its people in a relative clause ("l'isolement dans lequel se trouvaient").
- Who speaks: a monitoring body named by its office ("selon l'organe de contrôle") is a monitor.
"""

from __future__ import annotations

import pytest

from extract_helpers import check_row, reader

FR = reader("fr")


@pytest.mark.parametrize("text, type_, expected", [
    # a relative clause has its own verb
    ("Le vieux bâtiment ne respecte pas les critères d'habitabilité des cellules qui sont exiguës.",
     "cell_space", True),
    ("La maison d'arrêt n'a pas rénové les cellules qui sont exiguës et humides.", "cell_space", True),
    # the walk suspended, the time outdoors cut
    ("Au centre de Valmont, les détenus ont connu des suspensions des sorties dans la cour faute de surveillants.",
     "exercise_outdoor", True),
    ("Depuis l'été, les sorties dans la cour extérieure sont régulièrement annulées.", "exercise_outdoor", True),
    ("L'organe de contrôle relève une diminution du temps passé à l'air libre.", "exercise_time", True),
    ("L'organe de contrôle relève une diminution du temps passé à l'air libre.", "ventilation", False),
    ("La commission recommande la suspension des promenades pendant les travaux.", "exercise_outdoor", False),
    # toilets without privacy, light too weak to read by
    ("Chaque cellule de punition possède un W-C sans aucune intimité.", "sanitation", True),
    ("Dans ces cellules, l'éclairage ne permet pas de lire.", "darkness", True),
    ("Il n'est pas possible de lire la lettre sans traducteur.", "darkness", False),
    # the isolation named first
    ("L'isolement dans lequel vivent les trois mineures inquiète la commission.", "solitary", True),
])
def test_french_fr14b(text: str, type_: str, expected: bool) -> None:
    check_row(FR(text), type_, expected)


def test_a_denial_inside_the_relative_clause_still_denies() -> None:
    facts = [f for f in FR("Le bâtiment neuf compte des cellules qui ne sont pas exiguës.") if f.type == "cell_space"]
    assert all(f.negated for f in facts), facts


def test_a_body_named_by_its_office_is_a_monitor() -> None:
    facts = [f for f in FR("Selon l'organe de contrôle, les détenus de l'aile B dorment sur des matelas au sol.")
             if f.type == "bedding_clothing"]
    assert facts
    assert any(f.qualifiers.get("source_kind") == "monitor" and str(f.certainty) == "asserted" for f in facts), facts
