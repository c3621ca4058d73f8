"""Smoke test of benchmarks/web_bench.py: a tiny run reports every figure (never
judged on its timings)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_web_bench_tiny_run(tmp_path, capsys):
    spec = importlib.util.spec_from_file_location("dignity_benchmarks_web_bench", ROOT / "benchmarks" / "web_bench.py")
    bench = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = bench
    spec.loader.exec_module(bench)
    docs = bench.documents(3)
    assert docs == bench.documents(3) and len(docs) == 3
    out = tmp_path / "web.json"
    assert bench.main(["--docs", "3", "--users", "2", "--seconds", "1", "--out", str(out)]) == 0
    result = json.loads(out.read_text())
    assert result["errors"] == 0
    for key in ("case_page", "document_page", "all"):
        assert result[key]["requests"] > 0 and result[key]["p95_ms"] > 0
    assert result["setup"]["document_ids"] == 3 and result["cache"]["misses"] >= 1
    assert "p95" in capsys.readouterr().out
