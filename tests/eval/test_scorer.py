"""The scorer on tiny hand-made gold files, through ``evaluate`` with a fake predictor."""

from __future__ import annotations

import pytest
from eval_helpers import fake_predictor, finding, gold_fact, passage, pred

from dignity.eval import evaluate, load_gold, score
from dignity.eval.scorer import PRF


def run(write_gold, passages, facts_by_id, findings_by_id=None):
    """Scores fake predictions (keyed by passage id) against the passages."""
    gold = load_gold(write_gold(passages))
    by_text = {f"text of {pid}": facts for pid, facts in facts_by_id.items()}
    by_text_findings = (None if findings_by_id is None
                        else {f"text of {pid}": fs for pid, fs in findings_by_id.items()})
    predictor = fake_predictor(by_text, by_text_findings)
    result = evaluate(gold, predictor, baseline=None)
    assert predictor.dates == ["2019-09"] * len(passages)  # doc_date passed as given
    return result.system


def test_several_facts_of_one_type_and_polarity_count_once(write_gold):
    s = run(write_gold,
            [passage("a", [gold_fact("temperature"), gold_fact("temperature", quote="again")])],
            {"a": [pred("temperature"), pred("temperature", value="cold"), pred("solitary"),
                   pred("solitary", value=1)]})
    assert s.facts == PRF(tp=1, fp=1, fn=0)
    assert s.per_type["temperature"] == PRF(1, 0, 0)
    assert s.per_type["solitary"] == PRF(0, 1, 0)


def test_the_same_type_in_two_passages_counts_twice(write_gold):
    s = run(write_gold, [passage("a", [gold_fact("solitary")]), passage("b", [gold_fact("solitary")])],
            {"a": [pred("solitary")]})
    assert s.facts == PRF(tp=1, fp=0, fn=1)
    assert [(m.kind, m.passage) for m in s.misses] == [("false_negative", "b")]


def test_gold_general_and_hypothetical_facts_are_not_counted(write_gold):
    s = run(write_gold,
            [passage("a", [gold_fact("mental_health", subject="general"),
                           gold_fact("medical_care", certainty="hypothetical"),
                           gold_fact("solitary", certainty="alleged")])],
            {"a": []})
    assert s.facts == PRF(tp=0, fp=0, fn=1)  # only the alleged solitary


def test_predicted_general_and_hypothetical_facts_are_not_counted(write_gold):
    s = run(write_gold, [passage("a", [gold_fact("solitary")])],
            {"a": [pred("solitary"), pred("mental_health", subject_kind="general"),
                   pred("medical_care", certainty="hypothetical"), pred("hygiene", subject_kind="group")]})
    assert s.facts == PRF(tp=1, fp=1, fn=0)
    assert [m.type for m in s.misses_of("false_positive")] == ["hygiene"]


def test_general_gold_fact_predicted_as_general_is_no_error(write_gold):
    s = run(write_gold, [passage("a", [gold_fact("mental_health", subject="general")])],
            {"a": [pred("mental_health", subject_kind="general")]})
    assert s.facts == PRF(0, 0, 0) and s.misses == []


def test_negation_is_part_of_the_key(write_gold):
    s = run(write_gold, [passage("a", [gold_fact("ventilation", negated=True, quote="did not affect HVAC"),
                                       gold_fact("temperature")])],
            {"a": [pred("ventilation", negated=False, words="HVAC"), pred("temperature"),
                   pred("temperature", negated=True)]})
    assert s.facts == PRF(tp=1, fp=2, fn=1)
    fps = {(m.type, m.negated, m.text) for m in s.misses_of("false_positive")}
    assert fps == {("ventilation", False, "HVAC"), ("temperature", True, "predicted words")}
    assert [(m.type, m.negated, m.text) for m in s.misses_of("false_negative")] == [
        ("ventilation", True, "did not affect HVAC")]


@pytest.mark.parametrize("type_, unit, gold, predicted, hit", [
    ("confinement_hours", "hours_per_day", 23, 23.5, True),
    ("confinement_hours", "hours_per_day", 23, 22.5, True),
    ("confinement_hours", "hours_per_day", 23, 23.51, False),
    ("exercise_time", "hours_per_day", 1.5, 1, True),
    ("exercise_time", "hours_per_day", 1.5, 0.99, False),
    ("exercise_time", "hours_per_day", 0, 0, True),
    ("exercise_time", "hours_per_day", 0, 0.5, True),
    ("isolation_duration", "days", 100, 115, True),
    ("isolation_duration", "days", 100, 85, True),
    ("isolation_duration", "days", 100, 115.1, False),
    ("isolation_duration", "days", 100, 84.9, False),
    ("isolation_duration", "days", 187, 187 * 1.15, True),
    ("cell_space", "m2", 7.4, 8.14, True),
    ("cell_space", "m2", 7.4, 6.66, True),
    ("cell_space", "m2", 7.4, 8.15, False),
    ("cell_space", "m2", 10, 11, True),
    ("cell_space", "m2", 10, 11.01, False),
])
def test_value_tolerance_edges(write_gold, type_, unit, gold, predicted, hit):
    s = run(write_gold, [passage("a", [gold_fact(type_, value=gold, unit=unit)])],
            {"a": [pred(type_, value=predicted)]})
    assert (s.values.hits, s.values.total) == ((1, 1) if hit else (0, 1))
    assert len(s.misses_of("value")) == (0 if hit else 1)


def test_any_predicted_value_of_the_type_may_match(write_gold):
    s = run(write_gold, [passage("a", [gold_fact("confinement_hours", value=23, unit="hours_per_day")])],
            {"a": [pred("confinement_hours", value=1), pred("confinement_hours", value=23)]})
    assert s.values.rate == 1.0


def test_values_only_for_numeric_gold_of_the_four_types(write_gold):
    s = run(write_gold,
            [passage("a", [gold_fact("exercise_time", value=None, unit="hours_per_day"),
                           gold_fact("isolation_duration", value="most of 22 years", unit="days"),
                           gold_fact("exercise_outdoor", value=False),
                           gold_fact("cell_space", value=True),
                           gold_fact("confinement_hours", value=23, subject="general"),
                           gold_fact("confinement_hours", value=24, unit="hours_per_day")])],
            {"a": [pred("confinement_hours", value="24"), pred("exercise_time", value=True)]})
    assert (s.values.hits, s.values.total) == (0, 1)  # only the 24 counts; "24" (a string) is no value
    assert s.misses_of("value")[0].text == "gold 24 hours_per_day; predicted no value"


def test_a_value_on_a_general_or_other_type_prediction_does_not_match(write_gold):
    s = run(write_gold, [passage("a", [gold_fact("confinement_hours", value=23)])],
            {"a": [pred("confinement_hours", value=23, subject_kind="general"), pred("exercise_time", value=23)]})
    assert s.values.hits == 0


def test_traps_count_types_predicted_with_either_polarity(write_gold):
    traps = [{"type": "constant_light", "why": "the lights did NOT work"},
             {"type": "solitary", "why": "a dormitory"},
             {"type": "complaints", "why": "suing is not a blocked route"},
             {"type": "complaints", "why": "listed twice"},
             {"type": "mental_health", "why": "general"}]
    s = run(write_gold, [passage("a", [gold_fact("darkness")], traps=traps), passage("b", traps=traps[:1])],
            {"a": [pred("constant_light", negated=True), pred("solitary"), pred("solitary", negated=True),
                   pred("mental_health", subject_kind="general"), pred("darkness")]})
    assert (s.traps.hits, s.traps.total) == (2, 5)  # a: 4 distinct trap types, 2 hit; b: 1, not hit
    assert [(m.passage, m.type, m.text) for m in s.misses_of("trap")] == [
        ("a", "constant_light", "the lights did NOT work"), ("a", "solitary", "a dormitory")]


def test_findings_exact_and_coarse(write_gold):
    labels = [{"rule": "mandela-43-1-c", "status": "concern"},      # predicted violation_likely
              {"rule": "mandela-13", "status": "concern"},          # predicted concern
              {"rule": "mandela-22", "status": "compliant"},        # predicted insufficient_information
              {"rule": "mandela-44", "status": "insufficient_information"},  # not predicted
              {"rule": "mandela-58", "status": "concern"},          # not predicted
              {"rule": "mandela-23", "status": "compliant"}]        # predicted concern
    predicted = [finding("mandela-43-1-c", "violation_likely"), finding("mandela-13", "concern"),
                 finding("mandela-22", "insufficient_information"), finding("mandela-23", "concern"),
                 finding("mandela-99", "concern")]
    s = run(write_gold, [passage("a", findings=labels)], {"a": []}, {"a": predicted})
    assert (s.findings_exact.hits, s.findings_exact.total) == (1, 6)
    assert (s.findings_coarse.hits, s.findings_coarse.total) == (4, 6)
    assert {m.type: m.text for m in s.misses_of("finding")}["mandela-44"] == (
        "gold insufficient_information; predicted no finding")


def test_several_findings_of_one_rule_take_the_most_severe(write_gold):
    s = run(write_gold, [passage("a", findings=[{"rule": "mandela-13", "status": "violation_likely"}])],
            {"a": []}, {"a": [finding("mandela-13", "compliant"), finding("mandela-13", "violation_likely")]})
    assert s.findings_exact.rate == 1.0


def test_findings_not_available_without_an_assessment(write_gold):
    s = run(write_gold, [passage("a", findings=[{"rule": "mandela-13", "status": "concern"}])], {"a": []})
    assert s.findings_exact is None and s.findings_coarse is None
    assert s.as_dict()["findings"] is None


def test_a_passage_without_prediction_predicts_nothing(write_gold):
    gold = load_gold(write_gold([passage("a", [gold_fact("solitary")])]))
    assert score(gold, {}).facts == PRF(0, 0, 1)


def test_prediction_errors_name_the_passage(write_gold):
    gold = load_gold(write_gold([passage("a")]))

    def broken(text, date):
        raise ValueError("boom")

    with pytest.raises(ValueError) as info:
        evaluate(gold, broken, baseline=None)
    assert "while predicting passage 'a'" in info.value.__notes__[0]


def test_prf_arithmetic():
    prf = PRF(tp=3, fp=1, fn=2)
    assert prf.precision == 0.75 and prf.recall == 0.6
    assert prf.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert PRF().f1 == 0.0


def test_findings_confusion_counts_labelled_against_predicted_status(write_gold):
    labels = [{"rule": "mandela-43-1-c", "status": "concern"},      # predicted violation_likely
              {"rule": "mandela-13", "status": "concern"},          # predicted concern
              {"rule": "mandela-58", "status": "concern"},          # not predicted
              {"rule": "mandela-23", "status": "compliant"}]        # predicted concern
    predicted = [finding("mandela-43-1-c", "violation_likely"), finding("mandela-13", "concern"),
                 finding("mandela-23", "concern"), finding("mandela-99", "concern")]
    s = run(write_gold, [passage("a", findings=labels)], {"a": []}, {"a": predicted})
    assert s.findings_confusion == {("concern", "violation_likely"): 1, ("concern", "concern"): 1,
                                    ("concern", "none"): 1, ("compliant", "concern"): 1}
    assert sum(s.findings_confusion.values()) == s.findings_exact.total
    assert {"labelled": "concern", "predicted": "none", "count": 1} in s.as_dict()["findings"]["confusion"]
