"""Smoke test of benchmarks/run.py: every section runs on tiny inputs and reports its numbers.

Only the structure of the results is checked, never timings or pass/fail verdicts.
"""

from __future__ import annotations

import json

from benchmark_modules import load_benchmark


def test_benchmarks_quick_run_reports_every_section(tmp_path, capsys):
    gen = load_benchmark("generate")
    run = load_benchmark("run")

    # the generator is deterministic and sized as asked
    a, b = gen.court_opinion(3000, seed=3), gen.court_opinion(3000, seed=3)
    assert a == b and len(a.encode("utf-8")) >= 3000 and "U.S.C." in a
    assert gen.news_passages(2, seed=3) == gen.news_passages(2, seed=3)

    corpus = tmp_path / "tiny.jsonl"
    corpus.write_text("".join(json.dumps({"text": t}) + "\n" for t in gen.news_passages(3, seed=3)),
                      encoding="utf-8")
    out = tmp_path / "out" / "results.json"
    rc = run.main(["--quick", "--corpus", str(corpus), "--out", str(out), "--long-size", "4000",
                   "--cold-runs", "1", "--profile", "3"])
    assert rc == 0

    printed = capsys.readouterr().out
    for label in ("Throughput", "Long doc", "peak RSS", "Cold start", "Assess", "es / en", "pass/fail"):
        assert label in printed

    data = json.loads(out.read_text(encoding="utf-8"))
    assert {"machine", "config", "results", "checks", "all_targets_met"} <= data.keys()
    m = data["machine"]
    assert m["cpu_count"] >= 1 and m["python"] and m["spacy"]
    assert data["config"]["quick"] is True and data["config"]["corpus_used"] == str(corpus)

    r = data["results"]
    tp = r["throughput"]
    assert tp["documents"] == 3 and tp["bytes"] > 0
    for side in ("extraction", "tokenisation"):
        assert tp[side]["passes"] >= 1
        assert tp[side]["docs_per_s"] > 0 and tp[side]["mb_per_s_per_core"] > 0
    assert tp["ratio"] > 0

    long_doc = r["long_document"]
    assert long_doc["bytes"] >= 4000 and long_doc["ratio"] > 0
    assert long_doc["extraction"]["facts"] >= 0 and long_doc["tokenisation"]["tokens"] > 0
    mem = r["memory"]
    assert mem["extraction_peak_rss_mb"] > 0 and mem["tokenisation_peak_rss_mb"] > 0 and mem["ratio"] > 0

    cold = r["cold_start"]
    assert set(cold["median_s"]) == {"dignity_extract", "spacy_blank", "import_spacy",
                                     "import_dignity_cli", "python_startup"}
    assert all(len(v) == 1 for v in cold["times_s"].values())
    assert cold["ratio"] > 0 and 0 < cold["import_spacy_share_of_dignity"]

    ass = r["assess"]
    assert ass["extraction_s_per_pass"] > 0 and ass["assessment_s_per_pass"] > 0 and ass["percent"] > 0

    langs = r["languages"]  # each pack on passages of one recipe (the tiny corpus has no es/fr ones)
    for lang in ("en", "es", "fr"):
        same = langs[lang]["same_recipe"]
        assert same["passages"] >= 1 and same["chars"] > 0 and same["chars_per_cpu_s"] > 0
    assert set(langs["ratios"]["same_recipe"]) == {"es", "fr"}
    assert gen.monitoring_passages("fr", 2, seed=3) == gen.monitoring_passages("fr", 2, seed=3)

    prof = r["profile_long_document"]["top"]
    assert len(prof) == 3 and all(p["cumtime_s"] >= 0 and p["function"] for p in prof)

    assert len(data["checks"]) >= 6
    for row in data["checks"]:
        assert {"metric", "dignity", "baseline", "ratio", "target", "passed"} <= row.keys()
        assert row["passed"] in (True, False, None)


def test_ocr_benchmark_reports_pages_per_second_and_the_cost_in_screen(tmp_path, capsys):
    """``benchmarks/ocr_bench.py`` on one page: its numbers are there (not their values)."""
    import shutil

    import pytest

    if shutil.which("tesseract") is None:
        pytest.skip("Tesseract is not installed")
    bench = load_benchmark("ocr_bench")
    out = tmp_path / "ocr.json"
    assert bench.main(["--pages", "1", "--out", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert set(data["pages_per_second"]) == {"png", "pdf", "rotated"}
    assert all(v > 0 for v in data["pages_per_second"].values())
    assert set(data["screen_docs_per_second"]) == {"text", "scans"}
