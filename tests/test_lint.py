"""Ruff (rules in pyproject.toml: pycodestyle, pyflakes, bugbear) finds nothing in the
package, the tests or the benchmarks."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _ruff() -> list[str]:
    try:
        import ruff  # noqa: F401 - the package of the test extra
    except ImportError:
        exe = shutil.which("ruff")
        if exe is None:
            pytest.skip("ruff is not installed (pip install -e '.[test]', as scripts/test.sh does)")
        return [exe]
    return [sys.executable, "-m", "ruff"]


def test_ruff_finds_nothing():
    if not (ROOT / "pyproject.toml").exists():
        pytest.skip(f"needs the source tree: no pyproject.toml at {ROOT}")
    proc = subprocess.run([*_ruff(), "check", "--no-cache", "dignity", "tests", "benchmarks"], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
