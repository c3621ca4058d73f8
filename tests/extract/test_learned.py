"""The trained sentence layer: features, scoring, the facts it adds, their context and
explanation, thresholds, and deterministic training (sentences written for the tests)."""

from __future__ import annotations

import numpy as np
import pytest

from dignity.extract.engine import Extractor
from dignity.extract.learned.data import LabelledDoc, generated
from dignity.extract.learned.features import bigram_keys, sentence_features
from dignity.extract.learned.layer import LearnedLayer, load_layer, shipped_model_dir
from dignity.extract.learned.linear import SentenceModel
from dignity.extract.learned.training import TrainOptions, fit, prepare, train
from dignity.ingest import from_text


@pytest.fixture()
def engine() -> Extractor:
    """An extractor of its own: the tests swap its trained layer."""
    return Extractor("en")


def hand_model(ex: Extractor, weights: dict[str, dict[str, float]], bias: float = -3.0,
               threshold: float | None = 0.5, types: tuple[str, ...] = ("food_water", "sanitation")
               ) -> SentenceModel:
    """A model with chosen weights: ``{"gruel": {"food_water": 5.0}}``; a key with a space
    is a bigram."""
    strings = ex.nlp.vocab.strings
    rows = {}
    for text, per_type in weights.items():
        parts = text.split()
        keys = [np.uint64(strings.add(p)) for p in parts]
        key = keys[0] if len(keys) == 1 else bigram_keys(np.array([keys[0]]), np.array([keys[1]]))[0]
        rows[int(key)] = [per_type.get(t, 0.0) for t in types]
    order = sorted(rows)
    return SentenceModel(list(types), np.array(order, dtype=np.uint64),
                         np.array([rows[k] for k in order], dtype=np.float32).reshape(len(order), len(types)),
                         np.full(len(types), bias, dtype=np.float32), {t: threshold for t in types},
                         {"name": "test"})


def run(ex: Extractor, text: str):
    return ex.facts(from_text(text))


def test_features_are_unigrams_and_bigrams_per_sentence(engine: Extractor) -> None:
    text = "Cells were damp. He ate gruel, twice."
    doc = engine.nlp(text)
    spans = engine.sentence_spans(text)
    feats = sentence_features(doc, spans)
    assert feats.n_sentences == 2
    assert list(np.bincount(feats.sent)) == [3 + 2, 4 + 3]  # words (numbers count) + bigrams
    words = [doc[int(t)].lower_ for t, w in zip(feats.token, feats.width) if w == 1]
    assert "," not in words and "." not in words


def test_layer_adds_a_fact_the_rules_miss(engine: Extractor) -> None:
    text = "The detainees were served gruel from a rusty pot."
    engine.learned = None
    assert not [f for f in run(engine, text) if f.type == "food_water"]
    engine.learned = LearnedLayer(hand_model(engine, {"gruel": {"food_water": 5.0}, "rusty pot": {"food_water": 1.0}}))
    facts = [f for f in run(engine, text) if f.type == "food_water"]
    assert len(facts) == 1
    fact = facts[0]
    assert fact.evidence[0].text == text  # the whole sentence is the evidence
    assert fact.confidence == pytest.approx(1 / (1 + np.exp(-(5.0 + 1.0 - 3.0))), abs=1e-3)
    assert fact.explain.layer == "model"
    assert fact.explain.matched == "gruel"  # the n-gram that weighed most is the focus
    assert fact.explain.terms[0] == "gruel +5.00" and fact.explain.terms[1] == "rusty pot +1.00"
    assert fact.subject_kind == "group" and not fact.negated


def test_model_does_not_repeat_a_type_the_rules_found_in_the_sentence(engine: Extractor) -> None:
    text = "He was held in a filthy cell with an overflowing toilet."
    engine.learned = None
    rules = [f for f in run(engine, text) if f.type == "sanitation"]
    assert rules and all(f.explain.layer == "rules" for f in rules)
    engine.learned = LearnedLayer(hand_model(engine, {"toilet": {"sanitation": 6.0}}))
    assert [f.explain.layer for f in run(engine, text) if f.type == "sanitation"] == ["rules"] * len(rules)


@pytest.mark.parametrize(("threshold", "found"), [(0.5, True), (0.85, True), (0.9, False), (None, False)])
def test_thresholds_are_respected(engine: Extractor, threshold, found: bool) -> None:
    # logit 5 - 3 = 2: probability 0.881
    engine.learned = LearnedLayer(hand_model(engine, {"gruel": {"food_water": 5.0}}, threshold=threshold))
    facts = [f for f in run(engine, "They lived on gruel.") if f.type == "food_water"]
    assert bool(facts) is found


def test_negation_and_general_context_apply_to_model_facts(engine: Extractor) -> None:
    engine.learned = LearnedLayer(hand_model(engine, {"gruel": {"food_water": 5.0}}))
    negated = [f for f in run(engine, "He was never served gruel.") if f.type == "food_water"]
    assert len(negated) == 1 and negated[0].negated
    assert any(c.category == "NEGATED" for c in negated[0].explain.context)
    general = [f for f in run(engine, "Gruel can cause malnutrition in people in general.")
               if f.type == "food_water"]
    assert len(general) == 1 and general[0].subject_kind == "general"


def test_rule_facts_carry_their_pattern_confidence(engine: Extractor) -> None:
    engine.learned = None
    facts = run(engine, "He was confined to his cell for 23 hours a day.")
    hours = [f for f in facts if f.type == "confinement_hours"]
    assert hours and all(0 < f.confidence <= 1 and f.explain.layer == "rules" for f in hours)


def test_the_shipped_model_loads_and_is_small() -> None:
    layer = load_layer("en", shipped_model_dir())
    assert layer is not None
    assert (shipped_model_dir() / "en.npz").stat().st_size < 2_000_000
    card = layer.model.card
    assert card["format"] == 1 and set(card["thresholds"]) == set(layer.model.types)
    assert load_layer("xx", shipped_model_dir()) is None  # no model: rules only


def test_model_save_and_load_round_trip(engine: Extractor, tmp_path) -> None:
    model = hand_model(engine, {"gruel": {"food_water": 5.0}, "bucket": {"sanitation": 4.0}})
    model.save(tmp_path)
    back = SentenceModel.load(tmp_path)
    assert back.types == model.types and back.thresholds == model.thresholds
    assert np.array_equal(back.keys, model.keys)
    assert np.allclose(back.weights, model.weights, atol=1e-2)


# --------------------------------------------------------------------------- training

FOOD = ["The prisoners were served gruel at noon.", "Meals consisted of gruel and bread.",
        "The rations were small and the gruel was cold.", "Gruel was all they received for days."]
NEUTRAL = ["The hearing was adjourned until May.", "Counsel filed a brief on the question.",
           "The building has three floors.", "The court considered the motion."]


def written_docs(ex: Extractor) -> list[LabelledDoc]:
    docs = []
    for i in range(9):
        food = FOOD[i % len(FOOD)]
        sents = [NEUTRAL[i % 4], food, NEUTRAL[(i + 1) % 4]] if i % 3 else [NEUTRAL[i % 4], NEUTRAL[(i + 2) % 4]]
        text = " ".join(sents)
        spans = ex.sentence_spans(text)
        d = LabelledDoc(f"doc-{i}", text, None, spans)
        if i % 3:
            d.positives.add((1, "food_water"))
            d.types.add("food_water")
        docs.append(d)
    return docs


def test_training_is_deterministic_and_learns(engine: Extractor) -> None:
    engine.learned = None
    opts = TrainOptions(folds=3, iterations=40, min_df=2, min_positives=2)
    prep = prepare(written_docs(engine), engine, opts)
    assert prep.types == ["food_water"]
    a = fit(prep, np.arange(len(prep.y)), opts)
    b = fit(prep, np.arange(len(prep.y)), opts)
    assert np.array_equal(a.keys, b.keys) and np.array_equal(a.weights, b.weights)
    layer = LearnedLayer(a)
    text = "Dinner was a bowl of gruel. The court adjourned."
    doc = engine.nlp(text)
    p = layer.model.score(sentence_features(doc, engine.sentence_spans(text))).probabilities()[:, 0]
    assert p[0] > 0.5 > p[1]


def test_thresholds_come_from_cross_validation(engine: Extractor) -> None:
    engine.learned = None
    opts = TrainOptions(folds=3, iterations=40, min_df=2, min_positives=2)
    prep = prepare(written_docs(engine), engine, opts)
    model, probs, folds = train(prep, opts)
    assert probs.shape == prep.y.shape and len(folds) == 3
    report = model.card["types_report"]["food_water"]
    assert model.thresholds["food_water"] == report["threshold"]
    assert report["threshold"] is not None
    right, wrong = report["cv_added_right"], report["cv_added_wrong"]
    assert right >= opts.min_hits and right / (right + wrong) >= opts.precision


def test_rejected_sentences_weigh_against_the_type(engine: Extractor) -> None:
    engine.learned = None
    opts = TrainOptions(folds=3, iterations=40, min_df=2, min_positives=2)
    docs = written_docs(engine)
    prep = prepare(docs, engine, opts)
    plain = fit(prep, np.arange(len(prep.y)), opts)
    for d in docs:
        if not d.positives:
            d.rejected.add((0, "food_water"))  # a reviewer said "no food fact here"
    prep2 = prepare(docs, engine, opts)
    tuned = fit(prep2, np.arange(len(prep2.y)), opts)
    text = NEUTRAL[0]
    doc = engine.nlp(text)
    feats = sentence_features(doc, engine.sentence_spans(text))
    assert tuned.score(feats).logits[0, 0] < plain.score(feats).logits[0, 0]


def test_written_sentences_are_labelled_one_type_each(engine: Extractor) -> None:
    docs = generated(engine.sentence_spans)
    assert docs and all(d.train_only for d in docs)
    for d in docs:
        assert len(d.spans) >= len({k for k, _ in d.positives})
        assert all(0 <= k < len(d.spans) for k, _ in d.positives)


def test_explain_says_which_layer_found_each_fact(monkeypatch, tmp_path) -> None:
    import json

    from typer.testing import CliRunner

    from dignity.cli import extract_cmd
    from dignity.cli.main import app
    from dignity.extract.engine import default_extractor

    ex = default_extractor("en")
    layer = LearnedLayer(hand_model(ex, {"gruel": {"food_water": 5.0}}))
    for built in {id(x): x for x in (ex, default_extractor())}.values():  # the CLI's is default_extractor()
        monkeypatch.setattr(built, "learned", layer)
    path = tmp_path / "note.txt"
    path.write_text("He was confined to his cell for 23 hours a day. They lived on gruel.", encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["extract", "--explain", str(path)])
    assert result.exit_code == 0, result.output
    facts = ex.facts(from_text(path.read_text()))
    why = {f.type: extract_cmd._explain(f) for f in facts}  # the text table's "why" column
    assert why["confinement_hours"].startswith("layer: rules\nrecognizer: ")
    assert why["food_water"].splitlines()[:3] == ["layer: model", "model: model.test p=0.88",
                                                   "n-grams: gruel +5.00"]
    data = json.loads(runner.invoke(app, ["extract", "--explain", "--format", "json", str(path)]).stdout)
    facts = data["facts"]
    model = [f for f in facts if f["explain"]["layer"] == "model"]
    assert [f["type"] for f in model] == ["food_water"] and model[0]["confidence"] == pytest.approx(0.881, abs=1e-3)
    assert model[0]["explain"]["terms"] == ["gruel +5.00"]
    assert all("confidence" in f for f in facts)


def test_a_model_folder_that_does_not_exist_is_a_config_error(monkeypatch, tmp_path) -> None:
    from dignity.errors import ConfigError

    monkeypatch.setenv("DIGNITY_MODEL_DIR", str(tmp_path / "typo"))
    with pytest.raises(ConfigError, match="DIGNITY_MODEL_DIR.*no such folder"):
        load_layer("en")
    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.setenv("DIGNITY_MODEL_DIR", str(empty))
    assert load_layer("en") is None  # a folder without a model for the language: rules only
