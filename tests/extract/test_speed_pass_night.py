"""The speed pass of 2026-12-07 (night): each change keeps what the code found before.

- the document head's titled people and the court cues inside institutions' names are searched
  only where the head has a word every match needs (``Attributor.titled_people``,
  ``is_court_document``), before and after their scanners warm up;
- a warm ``Scanner`` searched without a clause memo tests the words every match needs before
  making its generator of matches: the same first match as the regex's;
- the composer's transparent gap phrases ("the quality and quantity of") are looked up by their
  first word: a gap of such words still lets the predicate reach its topic.

Sentences written for these tests (names, places and numbers invented).
"""

from __future__ import annotations

import re

import pytest

from dignity import ingest
from dignity.extract.attribution import load_attributor
from dignity.extract.engine import Extractor
from dignity.extract.prefilter import Scanner, lowered

# enough calls to pass a scanner's warm-up (``Scanner.WARM_AFTER``) and to run warm after it
ROUNDS = Scanner.WARM_AFTER + 4


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def test_titled_people_warm_and_cold():
    a = load_attributor("en")
    cases = [
        ("In her statement, the Special Rapporteur on torture, Elena Varga, said the cells were damp. "
         "Ms. Varga added that the yard was closed.", {"Varga": "the Special Rapporteur"}),
        ("Tomas Reyes, the UN Independent Expert, visited the centre in March.",
         {"Reyes": "the Independent Expert"}),
        # title words in small letters or none at all: no titled person
        ("The inspector walked through the wing; the ombudsman office was closed.", {}),
        ("Guards kept the men indoors for most of the week.", {}),
    ]
    for _ in range(ROUNDS):
        for text, want in cases:
            assert a.titled_people(text) == want


def test_court_cue_inside_an_institution_name_warm_and_cold():
    a = load_attributor("en")
    for _ in range(ROUNDS):
        # "Justice" inside two institutions' names: no court's word
        assert not a.is_court_document(
            "The Department of Justice and the Youth Justice Centre published a report on the facility.")
        assert a.is_court_document(
            "Plaintiff filed this action under 42 U.S.C. \u00a7 1983. The defendants moved for summary judgment, "
            "and the District Court granted the motion.")


def test_scanner_search_without_memo_is_the_regex_search():
    rx = re.compile(r"\b(?:locked|confined)\s+(?:in|to)\s+(?:their|his|her)\s+cells?\b", re.I)
    scan = Scanner(rx)
    sentences = [
        "The boys were LOCKED in their cells after dinner.",
        "She was confined to her cell for nine days.",
        "Nobody was locked out of the yard.",  # a needed word, no match
        "The yard opened at noon.",  # no needed word at all
        "",
    ]
    for k in range(ROUNDS):
        for s in sentences:
            got, want = scan.search(s, lowered(s)), rx.search(s)
            assert (got.span() if got else None) == (want.span() if want else None), (k, s)
    assert scan.uses == Scanner.WARM_AFTER and scan.needs  # it ran warm, with its words


def test_transparent_gap_phrase_still_reaches_the_topic(extractor):
    doc = ingest.from_text("Several women complained about the quality and quantity of their meals, "
                           "which they called meagre and spoiled.")
    facts = extractor.extract_document(doc).facts
    food = [f for f in facts if f.type == "food_water"]
    assert food and food[0].explain.recognizer.startswith("compose.")
    assert food[0].evidence[0].text == "complained about the quality and quantity of their meals"
    assert food[0].certainty == "alleged" and not food[0].negated
