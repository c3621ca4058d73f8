"""The quality gate: the real system meets its pinned floors on every labelled file
of the shared corpus that has floors in ``dignity/eval/eval_baseline.json``: the
development passages, the passages read while writing rules, and the held-out ones
(scored only, never read; their floors keep a change from quietly losing ground on
documents the rules were not written on), and the value sentences of our own in
``tests/eval/data``."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_files import missing, shared_path

from dignity.eval import check_floors, evaluate, gate_metrics, gold_sha256, load_floors, load_gold

PINNED = sorted(load_floors()["golds"])
#: labelled sentences of our own (values in Spanish and French), kept in the repository
OURS = Path(__file__).resolve().parent / "data"


def test_floors_are_pinned_on_the_held_out_passages_too():
    assert "dev.jsonl" in PINNED
    assert any(name.startswith("heldout-") for name in PINNED), PINNED


@pytest.mark.parametrize("name", PINNED)
def test_the_system_meets_the_pinned_floors(name):
    if (OURS / name).exists():
        path = OURS / name
    elif missing("corpus", name):
        pytest.skip(missing("corpus", name))
    else:
        path = shared_path("corpus", name)
    run = evaluate(load_gold(path), baseline=None)
    problems = check_floors(load_floors(), name, gold_sha256(path), gate_metrics(run.system))
    assert problems == [], "; ".join(problems)
