"""The garbage collector around a command's start-up (``dignity.cli._startup``): held while
a reading command starts, on again (with start-up's objects frozen) once its extractor
is built, and left alone when a command runs inside another program (a test's
``CliRunner``). Behaviour only: what it saves is timed in ``benchmarks/coldstart_bench.py``."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from dignity.cli import _startup

ROOT = Path(__file__).resolve().parents[2]
NOTE = ROOT / "examples" / "visit-note.txt"

# records, when the extractor is being built and when the first document is read, whether
# the collector runs, and at exit what it was left as
_RUN = """
import atexit, gc, json, runpy, sys
seen = {}
import dignity.cli._common as common
real = common.iter_extractions
def spy(paths, errors, make, **kw):
    def make_spy():
        seen["building"] = gc.isenabled()
        return make()
    for item in real(paths, errors, make_spy, **kw):
        seen.setdefault("reading", gc.isenabled())
        yield item
common.iter_extractions = spy
import dignity.cli.extract_cmd, dignity.cli.assess_cmd
dignity.cli.extract_cmd.iter_extractions = spy
dignity.cli.assess_cmd.iter_extractions = spy
def report():
    seen.update(end=gc.isenabled(), frozen=gc.get_freeze_count() > 0)
    sys.stderr.write("\\nSEEN " + json.dumps(seen) + "\\n")
atexit.register(report)
sys.argv = ["dignity"] + sys.argv[1:]
runpy.run_module("dignity.cli.main", run_name="__main__")
"""


def _seen(tmp_path: Path, *args: str) -> tuple[dict, str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-c", _RUN, *args], env=env, cwd=tmp_path, capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    line = [x for x in proc.stderr.splitlines() if x.startswith("SEEN ")][-1]
    return json.loads(line.removeprefix("SEEN ")), proc.stdout


@pytest.mark.parametrize("command", ["extract", "assess"])
def test_held_while_the_extractor_is_built_then_on_for_the_documents(tmp_path, command):
    seen, out = _seen(tmp_path, command, str(NOTE), "--format", "json")
    assert seen["building"] is False  # start-up: held
    assert seen["reading"] is True  # the documents: the collector runs as usual
    assert seen["end"] is True and seen["frozen"] is True
    assert json.loads(out)["facts"]


def test_the_output_is_the_same_with_the_collector_left_alone(tmp_path):
    """The same JSON from ``main()`` (collector held at start-up) and from the app run in
    this process (collector untouched)."""
    from typer.testing import CliRunner

    from dignity.cli.main import app

    _, out = _seen(tmp_path, "extract", str(NOTE), "--format", "json")
    before = gc.isenabled()
    result = CliRunner().invoke(app, ["extract", str(NOTE), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert gc.isenabled() is before  # not main(): nothing held, nothing frozen

    def facts(text: str) -> list[dict]:
        return [{k: v for k, v in f.items() if k != "evidence"} for f in json.loads(text)["facts"]]

    assert facts(result.stdout) == facts(out)


def test_hold_and_release_outside_a_command_do_nothing():
    assert gc.isenabled()
    _startup.hold()  # no begin(): another program's collector is not ours to stop
    assert gc.isenabled() and not _startup.held()
    _startup.release()
    assert gc.isenabled()
