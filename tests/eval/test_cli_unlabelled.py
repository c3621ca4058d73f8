"""`dignity eval` on a file without labelled passages: one clear line, exit 2, no zeros."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from dignity.cli.main import app


@pytest.mark.parametrize("lines, problem", [
    ([], "no labelled passage in this file"),
    (["", "   "], "no labelled passage in this file"),
    ([json.dumps({"id": "a", "text": "He was held alone."}), json.dumps({"id": "b", "text": "A note."})],
     "none of its 2 passages is labelled (no facts, traps or findings): nothing to score"),
])
def test_eval_without_labels(tmp_path, lines, problem):
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(lines), encoding="utf-8")
    r = CliRunner().invoke(app, ["eval", str(gold)])
    assert r.exit_code == 2
    assert r.stdout == ""
    err = " ".join(r.stderr.split())
    assert err.startswith(f"error: {gold}: {problem}")
    assert len(r.stderr.strip().splitlines()) == 1
