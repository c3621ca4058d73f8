"""Paraphrase variants for the recall patterns of issue 10 (constructions, systemic group
statements, monitoring access, frequency against duration, qualitative durations,
requests), written for this suite: for every rule added, several wordings of the same
fact, most of them NOT the wording the rule was written on, so that a pattern that
learned one sentence fails here.  Traps beside them stay quiet.

None of these sentences is copied from a document or a labelled passage.
"""

from __future__ import annotations

import re

import pytest

from extract_helpers import counted, describe

from dignity.extract.languages import language_pack, reading
from dignity.extract.values import HOOKS


# ------------------------------------------------------------------ capacity (language data)
@pytest.mark.parametrize("sentence", [
    "The facility has a capacity of 500 and held 420 at the time of the visit.",
    "A prison built for 1,200 held only 700 prisoners.",
    "Designed to hold 300 people, the unit housed 250 on the day we called.",
    "With beds for 80, the annex held 64 men in March.",
])
def test_a_headcount_within_the_design_capacity_is_no_overcrowding(facts, sentence):
    found = facts(sentence)
    assert not counted(found, "overcrowding"), describe(found)


@pytest.mark.parametrize("sentence", [
    "The prison holds 2,300 inmates in space designed for 900.",
    "A jail with a capacity of 400 held more than 1,000 detainees.",
    "Built to house 150 people, the centre held 410 when the inspectors came.",
])
def test_a_headcount_above_the_design_capacity_is_overcrowding(facts, sentence):
    found = facts(sentence)
    assert [f for f in counted(found, "overcrowding") if not f.negated], describe(found)


def test_the_capacity_check_reads_the_words_of_the_pack():
    """The hook holds no words of its own: English ones are the pack's patterns, and a
    language whose pack names none keeps the match (no rejection)."""
    en = language_pack("en")
    assert en.rx("design_capacity").search("built for 900")
    head = en.rx("headcount").search("it held more than 900")
    assert head and head.group("more")
    sentence = "A unit built for 100 held 80."
    match = re.search("built for 100", sentence)
    with reading("en"):
        assert HOOKS["capacity_check"](match, sentence).reject
    with reading("fr"):  # no such patterns in the French pack: nothing rejected
        assert HOOKS["capacity_check"](match, sentence) is None
