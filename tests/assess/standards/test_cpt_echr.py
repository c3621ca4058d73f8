"""The CPT's living-space standard and Article 3 ECHR as the Court applies it (Muršić): the legal table."""

from __future__ import annotations

import pytest

from assess_helpers import fact
from pack_table import COURT, MONITOR, NGO, C, I, OK, V, check


def cell(m2, people, **kw):
    return fact("cell_space", m2, "m2", quote=f"a cell of {m2} square metres", occupants=people, **kw)


TABLE = [
    # --- CPT ------------------------------------------------------------------------------------
    ("cpt-shared-under-4", [cell(10, 4, **MONITOR)], ["cpt"], "cpt-space", V,
     "2.5 m2 a person in a shared cell, measured by a monitor: under the CPT's 4 m2"),
    ("cpt-shared-4", [cell(16, 4, **MONITOR)], ["cpt"], "cpt-space", OK, "4 m2 a person meets the minimum"),
    ("cpt-single-5", [cell(5, 1, **MONITOR)], ["cpt"], "cpt-space", V, "a single cell of 5 m2: under 6 m2"),
    ("cpt-single-7", [cell(7, 1, **MONITOR)], ["cpt"], "cpt-space", OK, "a single cell of 7 m2"),
    ("cpt-solitary-unverified", [fact("solitary", quote="in solitary", **COURT)], ["cpt"], "cpt-solitary", I,
     "the CPT's solitary standards are not yet verified: they ask"),
    # --- ECHR art. 3 ----------------------------------------------------------------------------
    ("echr-under-3-found", [cell(8, 4, **COURT)], ["echr"], "echr-3-space", V,
     "2 m2 a person, found by a court: the strong presumption of a violation"),
    ("echr-under-3-alleged", [cell(8, 4, **NGO)], ["echr"], "echr-3-space", C,
     "the same figure alleged by an NGO: a concern"),
    ("echr-3-to-4-alone", [cell(14, 4, **COURT)], ["echr"], "echr-3-space", I,
     "3.5 m2 a person: it weighs, but a violation turns on the other conditions, not described"),
    ("echr-3-to-4-no-daylight", [cell(14, 4, **COURT), fact("no_natural_light", quote="no window", **COURT)],
     ["echr"], "echr-3-space", V, "3.5 m2 a person and no daylight, found: the Court finds a violation"),
    ("echr-over-4", [cell(20, 4, **COURT)], ["echr"], "echr-3-space", OK,
     "5 m2 a person raises no presumption"),
    ("echr-overcrowded-no-figure", [fact("overcrowding", "overcrowded", **COURT)], ["echr"], "echr-3-space", I,
     "overcrowding without a figure: the space per person is the question"),
    ("echr-single-cell", [cell(5, 1, **COURT)], ["echr"], "echr-3-space", None,
     "trap: the Muršić test is about space shared with others"),
    ("echr-beating", [fact("use_of_force", "beaten", quote="police officers beat him", **COURT)], ["echr"],
     "echr-3", V, "ill-treatment a court finds: article 3 admits no exception"),
    ("echr-solitary-unverified", [fact("solitary", quote="in solitary", **COURT)], ["echr"], "echr-3-solitary", I,
     "the Court's solitary case law is not yet in the notes: it asks"),
]


@pytest.mark.parametrize("row", TABLE, ids=[r[0] for r in TABLE])
def test_cpt_echr_table(row):
    _id, facts, packs, finding, expected, why = row
    check(facts, packs, finding, expected, why)


def test_the_presumption_names_what_rebuts_it():
    f = check([cell(8, 4, **COURT), fact("exercise_time", 2, "hours_per_day", **COURT)], ["echr"], "echr-3-space",
              V, "")
    assert "short, occasional and minor" in f.reasoning
    assert any("consecutive days" in q for q in f.questions)

