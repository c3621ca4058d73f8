"""Which facts count, and about whom: general and hypothetical facts never
support a finding; one detainee's facts are one subject however they are spelled."""

from __future__ import annotations

from datetime import date

import pytest

from assess_helpers import by_id, days, fact, hours
from dignity.assess import assess_facts
from dignity.assess.facts import group_subjects, isolation_days, number_in, parse_date


def test_general_facts_give_no_finding():
    facts = [fact("mental_health", ["harm"], subject="general", kind="general"),
             fact("solitary", subject="prisoners in general", kind="general"),
             fact("reading_news", subject="general", kind="person")]  # the subject string says so too
    assert assess_facts(facts) == []


def test_hypothetical_facts_give_no_finding():
    facts = [fact("constant_light", certainty="hypothetical"), fact("solitary", certainty="hypothetical")]
    assert assess_facts(facts) == []


def test_set_aside_facts_are_in_the_trace():
    facts = [fact("food_water", certainty="alleged", who="the plaintiff", id="food"),
             fact("mental_health", subject="general", kind="general", id="gen"),
             fact("temperature", certainty="hypothetical", id="hyp")]
    f = by_id(assess_facts(facts))["mandela-22"]
    assert any("gen" in step and "general" in step for step in f.trace)
    assert any("hyp" in step and "hypothetical" in step for step in f.trace)


def test_spellings_and_pronouns_are_one_subject():
    facts = [hours(23, subject="Joaquín Guzmán Loera"), fact("no_meaningful_contact", subject="Guzman"),
             fact("solitary", subject="he"), fact("constant_light", subject="unknown")]
    groups = group_subjects(facts)
    assert len(groups) == 1
    assert len(groups[0].facts) == 4
    assert groups[0].name == "Joaquín Guzmán Loera"


def test_fragmented_small_document_is_one_subject():
    """An extractor that names each fact's subject differently must not split the passage."""
    facts = [fact("overcrowding", subject="detainees in Bahraini detention facilities"),
             fact("overcrowding", subject="inmates of Building 13, Jaw Prison"),
             fact("sanitation", subject="prisoners in Bahrain"),
             fact("exercise_time", 1.5, "hours_per_day", subject="prisoners in Bahrain"),
             fact("exercise_outdoor", True, subject="prisoners in Bahrain"),
             fact("family_visits", "limited", subject="inmates of Building 14, Jaw Prison")]
    findings = assess_facts(facts)
    assert all("@" not in f.id for f in findings)
    assert {f.subject for f in findings} == {"prisoners in Bahrain"}
    assert by_id(findings)["mandela-23"].status == "compliant"


def test_two_detainees_with_their_own_facts_stay_apart():
    facts = [hours(23, subject="Ball"), fact("no_meaningful_contact", subject="Ball"), fact("solitary", subject="Ball"),
             hours(8, subject="Magee"), fact("food_water", negated=True, subject="Magee"),
             fact("temperature", subject="Magee")]
    findings = by_id(assess_facts(facts))
    assert findings["mandela-44"].subject == "Ball"
    assert findings["mandela-44"].status == "insufficient_information"  # the definition met: never a breach
    assert "definition is met" in findings["mandela-44"].reasoning
    assert findings["mandela-44@magee"].status == "compliant"  # 8 hours: not solitary
    assert findings["mandela-22@magee"].status == "compliant"


def test_subject_argument_takes_all_facts_as_one():
    facts = [hours(23, subject="A"), fact("no_meaningful_contact", subject="B")]
    findings = by_id(assess_facts(facts, subject="the detainee"))
    assert "definition is met" in findings["mandela-44"].reasoning
    assert findings["mandela-44"].subject == "the detainee"


def test_negated_fact_counts_the_other_way():
    facts = [fact("food_water", certainty="alleged", who="the plaintiff", id="claim"),
             fact("food_water", negated=True, id="court")]
    f = by_id(assess_facts(facts))["mandela-22"]
    assert f.status == "compliant"
    assert f.facts == ["court"] and f.counter_facts == ["claim"]


def test_basis_is_the_strongest_word():
    facts = [fact("sanitation", certainty="alleged", who="the plaintiff"), fact("sanitation", who="the court")]
    f = by_id(assess_facts(facts))["mandela-15"]
    assert f.basis == "asserted by the court"


@pytest.mark.parametrize("value, unit, expected", [
    (16, "days", 16), (3, "months", 91.3125), (2, "weeks", 14), ("most of 22 years", "days", 22 * 365.25),
    ("three months", None, 91.3125), (None, "days", None), ("long", "days", None), (True, "days", None),
])
def test_durations_in_days(value, unit, expected):
    n = number_in(fact("isolation_duration", value, unit), "days")
    assert n == pytest.approx(expected) if expected is not None else n is None


def test_since_date_counts_to_as_of():
    f = fact("isolation_duration", None, "days", since="2017-03-01")
    assert isolation_days(f, date(2017, 3, 16))[0] == 15
    assert isolation_days(f, date(2017, 3, 17))[0] == 16
    assert isolation_days(f, None)[0] is None
    assert isolation_days(fact("isolation_duration", None, "days", since="2017-03-01", until="2017-03-31"),
                          None)[0] == 30


def test_partial_dates_never_overstate_a_duration():
    assert parse_date("2019-09") == date(2019, 9, 1)
    assert parse_date("2019-09", latest=True) == date(2019, 9, 30)
    assert parse_date("2013", latest=True) == date(2013, 12, 31)
    assert parse_date("not a date") is None
    # Held "since March 2017", counted to 2017-03-31: at most 30 days, never 31.
    assert isolation_days(fact("isolation_duration", since="2017-03"), date(2017, 4, 30))[0] == 30


def test_doc_dates_and_as_of():
    facts = [fact("solitary"), fact("isolation_duration", None, "days", since="2020-01-01", doc="letter")]
    by_doc = by_id(assess_facts(facts, doc_dates={"letter": "2020-01-10"}))
    assert by_doc["mandela-43-1-b"].status == "compliant"  # 9 days
    later = by_id(assess_facts(facts, as_of="2020-02-01", doc_dates={"letter": "2020-01-10"}))
    assert later["mandela-43-1-b"].status == "violation_likely"  # 31 days
    undated = by_id(assess_facts(facts))
    assert undated["mandela-43-1-b"].status == "insufficient_information"


def test_bad_as_of_is_refused():
    with pytest.raises(ValueError, match="as_of"):
        assess_facts([days(3)], as_of="yesterday")
