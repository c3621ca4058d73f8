from __future__ import annotations

import pytest

from dignity.eval import KEYWORDS, keyword_baseline
from dignity.model import FACT_TYPES


def test_every_schema_type_has_keywords():
    assert set(KEYWORDS) == set(FACT_TYPES)
    assert all(KEYWORDS[t] for t in FACT_TYPES)


@pytest.mark.parametrize("text, type_", [
    ("He was held in Segregation.", "solitary"),
    ("held in isolation", "solitary"),
    ("24-hour illumination", "constant_light"),
    ("the lights were on", "constant_light"),
    ("his cell was extremely dark", "darkness"),
    ("he was shackled during labour", "restraints"),
    ("routine visual body cavity searches", "strip_search"),
])
def test_a_keyword_emits_its_type(text, type_):
    assert type_ in {f.type for f in keyword_baseline(text).facts}


def test_it_is_naive_one_plain_fact_per_type():
    ex = keyword_baseline("He is not held in isolation. Isolation can cause harm.", "2019")
    solitary = ex.facts_of("solitary")
    assert len(solitary) == 1
    fact = solitary[0]
    assert (fact.negated, fact.certainty, fact.subject_kind, fact.value) == (False, "asserted", "person", None)
    doc = ex.documents[0]
    assert doc.date == "2019"
    assert doc.text[fact.evidence[0].start:fact.evidence[0].end] == fact.evidence[0].text == "isolation"


def test_keywords_match_at_word_starts_only():
    assert "temperature" not in {f.type for f in keyword_baseline("a photograph").facts}  # no "hot" inside
    assert keyword_baseline("").facts == []
