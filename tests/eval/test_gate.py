"""The quality gate: the real system on the shared development corpus meets its floors."""

from __future__ import annotations


import pytest
from shared_files import missing, shared_path

from dignity.eval import check_floors, evaluate, gate_metrics, gold_sha256, load_floors, load_gold

DEV = shared_path("corpus", "dev.jsonl")


@pytest.mark.skipif(bool(missing("corpus", "dev.jsonl")), reason=str(missing("corpus", "dev.jsonl")))
def test_the_system_meets_the_pinned_floors_on_dev():
    run = evaluate(load_gold(DEV), baseline=None)
    problems = check_floors(load_floors(), DEV.name, gold_sha256(DEV), gate_metrics(run.system))
    assert problems == [], "; ".join(problems)
