"""Eval: how well Dignity reads the labelled passages, and a gate that keeps it so.

    from dignity.eval import load_gold, evaluate
    run = evaluate(load_gold("shared/corpus/dev.jsonl"))
    run.system.facts.f1, run.baseline.facts.f1, run.system.misses

``gold`` reads the JSONL format, ``scorer`` scores predictions as
``shared/corpus/FORMAT.md`` says, ``baseline`` is the naive keyword matcher shown
beside the system, ``runner`` runs a predictor (any callable ``(text, date) ->
Extraction``; the system by default), ``gate`` holds the pinned floors
(``eval_baseline.json``) and ``report`` renders a run.
"""

from __future__ import annotations

from dignity.eval.baseline import KEYWORDS, keyword_baseline
from dignity.eval.gate import FloorError, check_floors, gate_metrics, load_floors, update_floors
from dignity.eval.gold import GoldFact, GoldFinding, GoldFormatError, GoldPassage, GoldTrap, gold_sha256, load_gold
from dignity.eval.runner import EvalRun, Predictor, evaluate, load_assessor, system_predictor
from dignity.eval.scorer import PRF, Miss, Ratio, Scores, score

__all__ = [
    "GoldPassage", "GoldFact", "GoldTrap", "GoldFinding", "GoldFormatError", "load_gold", "gold_sha256",
    "PRF", "Ratio", "Miss", "Scores", "score",
    "KEYWORDS", "keyword_baseline",
    "Predictor", "EvalRun", "evaluate", "system_predictor", "load_assessor",
    "FloorError", "gate_metrics", "load_floors", "check_floors", "update_floors",
]
