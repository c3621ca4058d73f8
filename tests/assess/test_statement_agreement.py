"""The sentence that says who says what agrees with its source's head noun: "Inmates at the county
jail allege", "The lawyer of the detainees alleges" (the words after the head noun do not count)."""

from __future__ import annotations

import pytest
from assess_helpers import fact

from dignity.assess.phrases import statements


@pytest.mark.parametrize(("who", "verb"), [
    ("Inmates at the county jail", "allege"),
    ("Detainees held in the east wing", "allege"),
    ("Lawyers for the family", "allege"),
    ("The lawyer of the detainees", "alleges"),
    ("The mother of the prisoners", "alleges"),
    ("Amnesty International", "alleges"),
    ("The plaintiff and his wife", "allege"),
])
def test_the_verb_agrees_with_the_head_of_the_source(who, verb):
    line = statements([fact("solitary", who=who, certainty="alleged", quote="kept in segregation")])[0]
    assert line.startswith(f"{who} {verb} "), line


def test_a_cells_occupants_read_as_a_whole_number():
    line = statements([fact("cell_space", 9.0, "m2", occupants=4.0, quote="a cell of 9 square metres")])[0]
    assert "shared by 4 " in line and "4.0" not in line, line
