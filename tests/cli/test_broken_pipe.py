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


@pytest.fixture(scope="module")
def case_db(tmp_path_factory):
    """A SQLite case database with one case of one document (read in this process)."""
    from case_texts import LETTER

    from dignity.cases import CaseService, Upload
    from dignity.store import Store

    url = f"sqlite:///{tmp_path_factory.mktemp('pipe') / 'cases.db'}"
    store = Store(url)
    with store.session() as s:
        svc = CaseService(s)
        me = svc.local_user("ana")
        svc.create_case("Ahmed Said", me)
        [r] = svc.add_documents("Ahmed Said", [Upload(LETTER.encode(), "letter.txt")], me)
        assert r.status == "added"
    store.dispose()
    return url


@pytest.mark.parametrize("args", [
    ["case", "list"], ["case", "list", "--format", "json"], ["case", "show", "1"],
    ["case", "show", "1", "--format", "json"], ["case", "facts", "1"], ["case", "log", "1"],
    ["case", "log", "1", "--format", "json"], ["case", "export", "1"], ["case", "export", "1", "--format", "md"],
    ["case", "export", "1", "--format", "html"], ["case", "search", "solitary"], ["user", "list"],
])
def test_a_closed_pipe_on_a_case_command_is_not_an_error(case_db, args):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", "import sys\nfrom dignity.cli.main import app\nsys.exit(app())",
                             *args, "--db", case_db, "--user", "ana"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=300) == 0, err
    assert err == ""
