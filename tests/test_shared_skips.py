"""Without ../shared beside the repository (a fresh clone), the tests that need it skip
with a reason that says what is missing and where it was looked for; none fails."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

NEEDS_SHARED = [
    "tests/extract/test_engine_derived.py::test_seed_article_gives_every_fact_conditions_md_lists",
    "tests/eval/test_gate.py",
    "tests/cases/test_case_cli.py::test_review_export_and_log",
    "tests/report/test_report_cli.py::test_report_html_file",
    "tests/web/test_web_browser.py",
]


def test_without_shared_the_tests_that_need_it_skip_with_the_reason(tmp_path):
    absent = tmp_path / "no-shared-here"
    env = {**os.environ, "DIGNITY_SHARED": str(absent), "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-rs", "-q",
                           *NEEDS_SHARED], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out[-3000:]  # no test failed or errored
    skipped = [line for line in out.splitlines() if line.startswith("SKIPPED")]
    assert len(skipped) >= 4, out[-3000:]
    for what in ("spec/seed-article.txt", "corpus/dev.jsonl"):
        assert f"needs ../shared/{what} beside the repository: not found at {absent / what}" in out, out[-3000:]
    assert "sits beside" not in out
