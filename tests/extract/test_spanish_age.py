"""A child's age in Spanish is an age, not how long the isolation has lasted."""

from __future__ import annotations

import dignity


def _facts(text):
    return [(f.type, f.value) for f in dignity.extract(text, lang="es").facts]


def test_an_adolescent_of_15_years_is_a_child_not_15_years_of_isolation():
    got = _facts("Tomás Reyes, un adolescente de 15 años, lleva diez días aislado como castigo, según "
                 "denunció su madre.")
    assert ("vulnerable_person", "juvenile") in got
    assert ("isolation_duration", 10) in got
    assert not [v for t, v in got if t == "isolation_duration" and v and v > 1000]


def test_years_in_isolation_still_count():
    assert ("isolation_duration", 1096) in _facts("Lleva tres años en aislamiento.")
