"""Everyday commands import only what they use: ``dignity extract`` and ``assess`` load no
PDF writer, database, cluster, plotting or language-detection library, and an HTML report
or a DOCX letter no PDF writer or plotting library. Checked on the modules a real run
of each command leaves in ``sys.modules`` (behaviour, not timing: the times are in
``benchmarks/coldstart_bench.py``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NOTE = ROOT / "examples" / "visit-note.txt"

_RUN = """
import atexit, json, runpy, sys
atexit.register(lambda: sys.stderr.write("\\nMODULES " + json.dumps(sorted(sys.modules)) + "\\n"))
sys.argv = ["dignity"] + sys.argv[1:]
runpy.run_module("dignity.cli.main", run_name="__main__")
"""

#: never needed to read, assess or report on a document
NEVER = ("sqlalchemy", "alembic", "dask", "distributed", "pandas", "pyarrow", "lingua", "fastapi", "starlette",
         "uvicorn", "matplotlib", "dignity.store", "dignity.cases", "dignity.batch", "dignity.web",
         "dignity.eval")
#: only for a PDF
PDF = ("weasyprint",)
#: only for a report or a letter
REPORT = ("dignity.report.render", "dignity.report.letters", "dignity.report.data", "docx")
#: the modules of the other commands (``dignity.cli.main`` builds only the one it runs)
OTHER_COMMANDS = ("dignity.cli.eval_cmd", "dignity.cli.screen_cmd", "dignity.cli.case_cmd",
                  "dignity.cli.serve_cmd", "dignity.cli.train_cmd")


def _modules(tmp_path: Path, *args: str, env_extra: dict[str, str] | None = None) -> set[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), **(env_extra or {}))
    proc = subprocess.run([sys.executable, "-c", _RUN, *args], env=env, cwd=tmp_path, capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    line = [x for x in proc.stderr.splitlines() if x.startswith("MODULES ")][-1]
    return set(json.loads(line.removeprefix("MODULES ")))


def _loaded(modules: set[str], names: tuple[str, ...]) -> list[str]:
    return sorted(n for n in names if n in modules or any(m.startswith(n + ".") for m in modules))


@pytest.mark.parametrize("command", ["extract", "assess"])
def test_extract_and_assess_load_no_report_pdf_database_or_plotting(tmp_path, command):
    modules = _modules(tmp_path, command, str(NOTE))
    assert "dignity.extract.engine" in modules  # it did read the document
    assert _loaded(modules, NEVER + PDF + REPORT + OTHER_COMMANDS + ("dignity.cli.report_cmd",)) == []


def test_an_html_report_and_a_docx_letter_load_no_pdf_writer_or_plotting(tmp_path):
    modules = _modules(tmp_path, "report", str(NOTE), "--format", "html", "-o", str(tmp_path / "r.html"))
    assert "dignity.report.render" in modules and (tmp_path / "r.html").stat().st_size > 0
    assert _loaded(modules, NEVER + PDF + OTHER_COMMANDS) == []
    modules = _modules(tmp_path, "letter", "authorities", str(NOTE), "--format", "docx",
                       "-o", str(tmp_path / "l.docx"))
    assert "docx" in modules and (tmp_path / "l.docx").stat().st_size > 0
    assert _loaded(modules, NEVER + PDF) == []


def test_help_without_a_command_lists_every_command(tmp_path):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-m", "dignity.cli.main", "--help"], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    listed = {line.split()[0] for line in proc.stdout.split("Commands:")[1].splitlines() if line.strip()}
    from dignity.cli.main import COMMANDS

    assert listed == set(COMMANDS)
    proc = subprocess.run([sys.executable, "-m", "dignity.cli.main", "-v", "extrct", "x"], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 2 and "Did you mean 'extract'?" in proc.stderr


def test_a_pdf_report_leaves_weasyprint_to_its_child(tmp_path):
    """WeasyPrint is imported by the child started ahead (``dignity.report.pdf``), not here."""
    out = tmp_path / "r.pdf"
    modules = _modules(tmp_path, "report", str(NOTE), "--format", "pdf", "-o", str(out),
                       env_extra={"DIGNITY_PDF_WORKER": "on"})  # whatever the machine's load
    assert "dignity.report.pdf" in modules and out.read_bytes().startswith(b"%PDF-")
    assert _loaded(modules, NEVER + PDF + OTHER_COMMANDS) == []


def test_a_warm_rules_cache_reads_no_yaml(tmp_path):
    """Every rule file's data comes from the rules cache: PyYAML is not even imported."""
    cache = {"DIGNITY_CACHE_DIR": str(tmp_path / "cache")}
    _modules(tmp_path, "assess", str(NOTE), env_extra=cache)  # fills the cache
    modules = _modules(tmp_path, "assess", str(NOTE), env_extra=cache)
    assert "dignity.assess.engine" in modules and "yaml" not in modules
