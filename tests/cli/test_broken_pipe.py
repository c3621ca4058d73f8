"""`dignity extract ... | head -1`: a reader that stops early is not an error (exit 0,
nothing on stderr), whatever the output format."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import dignity

ROOT = Path(dignity.__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


@pytest.mark.parametrize("args", [
    ["extract", "{ex}/visit-note.txt", "{ex}/lawyer-letter.txt"],
    ["extract", "{ex}/visit-note.txt", "--format", "json"],
    ["extract", "{ex}/visit-note.txt", "{ex}/lawyer-letter.txt", "--format", "jsonl"],
    ["assess", "{ex}/visit-note.txt"],
    ["rules"],
])
def test_a_closed_pipe_is_not_an_error(args):
    argv = [a.format(ex=EXAMPLES) for a in args]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", "import sys\nfrom dignity.cli.main import app\nsys.exit(app())",
                             *argv], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    proc.stdout.close()  # the reader is gone before the first line: every write fails
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=300) == 0, err
    assert err == ""
