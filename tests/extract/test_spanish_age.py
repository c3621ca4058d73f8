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


def test_a_minor_of_15_years():
    got = _facts("El menor de 15 años permanece en aislamiento.")
    assert ("vulnerable_person", "juvenile") in got
    assert not [t for t, _ in got if t == "isolation_duration"]


def test_a_child_in_isolation_in_spanish_brings_the_childrens_standards():
    from dignity.assess import assess_extraction

    ex = dignity.extract("Tomás Reyes, un adolescente de 15 años, lleva diez días aislado como castigo, según "
                         "denunció su madre.", lang="es")
    ids = {f.standard_id for f in assess_extraction(ex).findings}
    assert {"havana", "crc"} <= ids
