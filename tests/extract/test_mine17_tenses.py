"""Round 17 (lead): a composed predicate written in one tense or person is read in the others (the
``auxiliaries`` groups of compose.yaml): "does not get" as "did not get", "are denied" as "were
denied", "has been refused" as "was refused".  Sentences of our own, each in forms the predicate
lists do not spell out one by one."""

from __future__ import annotations

import pytest
from extract_helpers import describe, reader

from dignity.extract.compose import _in_tenses

READ = reader("en", date="2020-06-01")


@pytest.mark.parametrize(("text", "type_"), [
    ("The boy does not get any exercise outside his cell.", "exercise_time"),
    ("Women on the wing do not get adequate food.", "food_water"),
    ("The detainees in block C are not given blankets at night.", "bedding_clothing"),
    ("Visits from relatives have been denied to the men in the unit since the riot.", "family_visits"),
    ("Telephone calls are refused to the men on the wing.", "family_calls"),
    ("The centre fails to provide drinking water to the people it holds.", "food_water"),
    ("Detainees cannot see a doctor when they fall ill.", "medical_care"),
    ("The new arrivals never get a mattress.", "bedding_clothing"),
])
def test_a_predicate_reads_in_any_tense(text, type_):
    facts = [f for f in READ(text) if f.type == type_]
    assert facts and not any(f.negated for f in facts), describe(READ(text))


@pytest.mark.parametrize(("text", "type_"), [
    # traps: the other tense of a provision stays a provision, and a "not" after a positive form is not it
    ("The boy gets an hour of exercise in the yard every day.", "exercise_time"),
    ("Women on the wing are given three meals a day.", "food_water"),
])
def test_a_provision_in_the_present_is_no_deprivation(text, type_):
    facts = [f for f in READ(text) if f.type == type_ and not f.negated and f.value is None]
    assert not facts, describe(facts)


def test_the_forms_of_a_group_are_spelt_out_once_each():
    groups = [["did not", "does not", "do not"], ["was", "were", "is", "has been"],
              ["was not", "were not", "has not been"]]
    out = _in_tenses(["did not get", "were denied", "was not given", "lack of"], groups)
    assert out == ["did not get", "were denied", "was not given", "lack of", "does not get", "do not get",
                   "was denied", "is denied", "has been denied", "were not given", "has not been given"]
    # a positive form followed by "not" is the negative group's, never "has been not given"
    assert "has been not given" not in out and "is not given" not in out


@pytest.mark.parametrize(("lang", "text", "type_"), [
    ("es", "Sus quejas eran ignoradas por la dirección del penal.", "complaints"),
    ("es", "Los reclusos no habían contado con colchones durante meses.", "bedding_clothing"),
    ("es", "Las internas no disponían de agua caliente en invierno.", "hygiene"),
    ("fr", "Les détenues ne disposaient pas de matelas pendant des semaines.", "bedding_clothing"),
    ("fr", "Les cellules du quartier disciplinaire ne sont pas chauffées.", "temperature"),
])
def test_a_spanish_or_french_predicate_reads_in_another_tense(lang, text, type_):
    facts = [f for f in reader(lang, date="2020-06-01")(text) if f.type == type_]
    assert facts and not any(f.negated for f in facts), describe(reader(lang, date="2020-06-01")(text))
