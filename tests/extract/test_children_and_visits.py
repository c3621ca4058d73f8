"""A child held is a vulnerable person whatever visit the sentence names; a child who visits is not.

The juvenile pattern once stood down for any sentence with "visit" in it, so a monitor's own
visit ("During the delegation's visit, twelve children were held ...") lost the children held.
Now only a child's own visit stands it down.  Every sentence here was written for this file.
"""

from __future__ import annotations

import pytest

from extract_helpers import counted, describe

#: a child held, in a sentence that names a visit: vulnerable_person fires
HELD: list[str] = [
    "During the delegation's visit, twelve children were held in the adult police cells.",
    "The inspectors found juveniles held with adults in the central prison during their visit.",
    "At the time of our visit, three minors were detained in the women's wing.",
    "Youths in detention at the centre were visited by the team on 4 May.",
]

#: a child who visits (or is barred from visiting): no vulnerable_person
VISITING: list[str] = [
    "He received visits from his children once a month.",
    "His children were not allowed to visit him for six months.",
    "Children visiting their fathers were searched at the gate.",
    "Child visitors must wait in a separate room.",
    "His children could visit him only twice a year.",
]


@pytest.mark.parametrize("sentence", HELD, ids=[s[:40] for s in HELD])
def test_a_child_held_is_found_beside_any_visit(facts, sentence):
    got = [f for f in counted(facts(sentence), "vulnerable_person") if not f.negated]
    assert got, describe(facts(sentence))


@pytest.mark.parametrize("sentence", VISITING, ids=[s[:40] for s in VISITING])
def test_a_child_who_visits_is_no_child_held(facts, sentence):
    got = counted(facts(sentence), "vulnerable_person")
    assert not got, describe(got)
