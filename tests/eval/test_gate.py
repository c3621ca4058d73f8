"""The quality gate: the real system on the shared development corpus meets its floors."""

from __future__ import annotations

from pathlib import Path

import pytest

from dignity.eval import check_floors, evaluate, gate_metrics, gold_sha256, load_floors, load_gold

REPO_ROOT = Path(__file__).resolve().parents[2]
DEV = REPO_ROOT.parent / "shared" / "corpus" / "dev.jsonl"


@pytest.mark.skipif(not DEV.is_file(), reason=f"no development corpus at {DEV}")
def test_the_system_meets_the_pinned_floors_on_dev():
    run = evaluate(load_gold(DEV), baseline=None)
    problems = check_floors(load_floors(), DEV.name, gold_sha256(DEV), gate_metrics(run.system))
    assert problems == [], "; ".join(problems)
