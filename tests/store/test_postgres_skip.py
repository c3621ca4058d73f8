"""With a wrong or unreachable $DIGNITY_TEST_DATABASE_URL the PostgreSQL tests skip,
saying why and what they need; they never error."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from dignity.store.testing import SKIP_REASON, postgres_skip_reason

ROOT = Path(__file__).resolve().parents[2]
UNREACHABLE = "postgresql+psycopg://postgres:pw@127.0.0.1:1/test"


def test_no_url_is_the_reason(monkeypatch):
    monkeypatch.delenv("DIGNITY_TEST_DATABASE_URL", raising=False)
    assert postgres_skip_reason() == SKIP_REASON


def test_an_unreachable_server_is_a_reason_said_in_one_line(monkeypatch):
    monkeypatch.setenv("DIGNITY_TEST_DATABASE_URL", UNREACHABLE)
    reason = postgres_skip_reason()
    assert reason is not None and "\n" not in reason
    assert reason.startswith("PostgreSQL at DIGNITY_TEST_DATABASE_URL="
                             "postgresql+psycopg://postgres:***@127.0.0.1:1/test cannot be used (")
    assert "pw" not in reason.replace("postgres", "")
    assert reason.endswith("the PostgreSQL tests need a database they may create and drop schemas in "
                           "(scripts/test.sh creates 'test' and sets the URL)")


def test_the_postgresql_tests_skip_with_a_wrong_url():
    env = {**os.environ, "DIGNITY_TEST_DATABASE_URL": UNREACHABLE, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-rs", "-q",
                           "tests/store/test_store_migrations.py", "tests/web/test_web_api.py", "-k", "postgresql"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out[-3000:]  # no test failed or errored
    assert "SKIPPED" in out and "cannot be used" in out, out[-3000:]
