"""Round 16 (lead): a range whose first end names no year takes the second end's ("from 2 March to
20 April 2015", in a document with no date of its own), the year before where the range crosses a
new year; a private body known by the kind of its name (an association, a league, a trust) that
"found that" is one source, not the author."""

from __future__ import annotations

import pytest
from extract_helpers import check_row, describe, reader

UNDATED = reader("en", date=None)
DATED = reader("en", date="2017-05-03")


@pytest.mark.parametrize(("text", "days"), [
    ("The boy was kept in the isolation wing from 2 March to 20 April 2015.", 49),
    ("She was held in segregation between March 2 and April 20, 2015.", 49),
    ("He was locked in the punishment block from November 20 to January 5, 2016.", 46),
])
@pytest.mark.parametrize("read", [UNDATED, DATED], ids=["undated", "dated"])
def test_a_range_takes_the_year_of_its_second_end(read, text, days):
    check_row(read(text), "isolation_duration", days, tolerance=0.0)


def test_a_yearless_date_alone_stays_unknown_in_an_undated_document():
    """'on 2 March' with no year and nothing to count to gives no length."""
    facts = [f for f in UNDATED("He was placed in the isolation wing on 2 March and saw a doctor on 20 April 2015.")
             if f.type == "isolation_duration" and f.value is not None]
    assert not facts, describe(facts)


@pytest.mark.parametrize("body", [
    "The Association for the Prevention of Torture",
    "The Howard League for Penal Reform",
    "A regional human rights alliance",
])
def test_a_private_body_that_found_is_one_source(body):
    facts = [f for f in UNDATED(f"{body} found that detainees slept on the bare floor.")
             if f.type == "bedding_clothing"]
    assert facts and all(f.certainty == "alleged" and f.attributed_to != "the author" for f in facts), describe(facts)


def test_an_inspectorate_that_found_still_establishes():
    facts = [f for f in UNDATED("The Inspectorate of Prisons found that detainees slept on the bare floor.")
             if f.type == "bedding_clothing"]
    assert facts and all(f.certainty == "asserted" for f in facts), describe(facts)


@pytest.mark.parametrize(("text", "type_"), [
    # a contracted "not" denies as the written one does
    ("The boy wasn't placed in the isolation wing.", "solitary"),
    ("The women weren’t held in solitary confinement.", "solitary"),
    ("The dormitory isn't overcrowded.", "overcrowding"),
    ("Officers didn't beat the men in the yard.", "use_of_force"),
])
def test_a_contracted_not_negates(text, type_):
    facts = [f for f in UNDATED(text) if f.type == type_]
    assert facts and all(f.negated for f in facts), describe(facts)


@pytest.mark.parametrize(("text", "type_"), [
    # ... and a contracted "not" of a deprivation is still the deprivation
    ("She wasn't allowed to see her children for a month.", "family_visits"),
    ("He didn't have a mattress for three weeks.", "bedding_clothing"),
    ("The man wasn't given any medical care after the fall.", "medical_care"),
    ("He doesn't get any exercise.", "exercise_time"),
    ("The toilets in the block wouldn't flush.", "sanitation"),
])
def test_a_contracted_deprivation_stays_a_fact(text, type_):
    check_row(UNDATED(text), type_, True)


@pytest.mark.parametrize("text", [
    "Outdoor time, which does not exceed one hour a day, is spent in a yard.",
    "Outdoor time, which doesn't exceed one hour a day, is spent in a yard.",
])
def test_a_ceiling_is_no_denial(text):
    facts = [f for f in UNDATED(text) if f.type == "exercise_time"]
    assert facts and not any(f.negated for f in facts), describe(facts)


def test_getting_along_is_no_visit():
    check_row(UNDATED("He did not get along with his parents before his arrest."), "family_visits", False)


@pytest.mark.parametrize("text", [
    "The ombudsman formed the view that the complaint is justified.",
    "The complaint was also found to be justified.",
])
def test_a_complaint_upheld_in_any_tense(text):
    facts = [f for f in UNDATED(text) if f.type == "complaints"]
    assert facts and all(f.negated for f in facts), describe(facts)


@pytest.mark.parametrize(("text", "type_", "expected"), [
    # any word for a toilet
    ("Guards would not let him use the washroom for six hours.", "sanitation", True),
    ("Women may use the lavatory only twice a day.", "sanitation", True),
    ("He was unchained only three times in two days, for ten minutes, to use the latrine.", "sanitation", True),
    # a high-security place by any name
    ("He was moved to a maximum-security jail in the north.", "special_regime", True),
    ("She is held in a high security penitentiary.", "special_regime", True),
    # the court's formula for a prisoner with no lawyer, by any word for one, is no access denied
    ("Jane Roe, a prisoner without an attorney, filed a complaint about her cell.", "legal_access", False),
    ("The detainee was questioned for a week without an attorney.", "legal_access", True),
])
def test_other_words_for_the_same_thing(text, type_, expected):
    check_row(UNDATED(text), type_, expected)


def test_a_word_cut_across_lines_opens_a_phrase_anchor():
    """'infor-\nmation for foreign nationals' is joined with spaces kept after the word (offsets stay the
    document's); the white space is no token of the phrase anchor 'information for foreign'."""
    flat = ("On the wing we inspected last spring the induction was poor, and information for foreign nationals "
            "held there was not available in any language they read.")
    cut = ("On the wing we inspected last spring the induction was poor, and infor-\n"
           "mation for foreign nationals held there was not available in any language they read.")
    keys = [{(f.type, f.negated) for f in UNDATED(t)} for t in (flat, cut)]
    assert ("language_interpreter", False) in keys[0] and keys[0] == keys[1], keys


def test_a_rule_marked_contracted_gets_its_twin():
    """The twin is derived from the rule, so the two never drift apart: "not X" under the pack's contracted
    words, a verb's "did not X" with the clitic joined to that verb only (never any contraction)."""
    from dignity.extract.context import contracted_twin

    assert contracted_twin("(?:not|never)", "C", "W") == "(?:(?:W))"
    assert contracted_twin("(?:not only|no doubt|did not have|could not|not just)", "C", "W") \
        == "(?:(?:W)(?: only| just)|didC have|couldC)"
    assert contracted_twin("(?:no|never)", "C", "W") is None
