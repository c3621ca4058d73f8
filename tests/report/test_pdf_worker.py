"""The PDF converted by the child process that imported WeasyPrint ahead
(``dignity.report.pdf``) is byte for byte the PDF converted in this process; a child
that fails or is not used changes nothing; ``dignity report --format pdf`` and
``dignity letter --format pdf`` write the same file with the child and without it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from dignity.report import pdf

ROOT = Path(__file__).resolve().parents[2]
NOTE = ROOT / "examples" / "visit-note.txt"


def test_the_child_converts_to_the_same_bytes(report_html, report_pdf):
    worker = pdf.PdfWorker()
    assert worker.convert(report_html) == report_pdf
    assert worker.convert(report_html) is None  # one page per child


def test_html_to_pdf_uses_the_started_child_once(report_html, report_pdf, monkeypatch):
    monkeypatch.setenv(pdf.ENV_SWITCH, "on")
    worker = pdf.start_worker()
    assert worker is not None and worker.proc is not None
    assert pdf.html_to_pdf(report_html) == report_pdf
    assert worker.proc is None and pdf._WORKER is None


def test_a_failing_child_falls_back_to_this_process(report_html, report_pdf, monkeypatch):
    failing = pdf.PdfWorker([sys.executable, "-c", "import sys; sys.stdin.read(); sys.exit(1)"])
    monkeypatch.setattr(pdf, "_WORKER", failing)
    assert pdf.html_to_pdf(report_html) == report_pdf
    assert failing.proc is None


def test_a_busy_machine_starts_no_child(monkeypatch):
    monkeypatch.delenv(pdf.ENV_SWITCH, raising=False)
    monkeypatch.setattr(pdf, "_WORKER", None)
    monkeypatch.setattr(pdf.os, "getloadavg", lambda: (99.0, 99.0, 99.0))
    assert pdf.start_worker() is None
    monkeypatch.setattr(pdf.os, "getloadavg", lambda: (0.0, 0.0, 0.0))
    monkeypatch.setattr(pdf.os, "cpu_count", lambda: 2)
    worker = pdf.start_worker()
    assert worker is not None
    worker.close()
    monkeypatch.setattr(pdf, "_WORKER", None)


def test_an_unused_child_is_stopped_and_the_switch_turns_it_off(monkeypatch):
    worker = pdf.PdfWorker()
    proc = worker.proc
    worker.close()
    assert proc is not None and proc.returncode is not None and worker.proc is None
    monkeypatch.setenv(pdf.ENV_SWITCH, "off")
    monkeypatch.setattr(pdf, "_WORKER", None)
    assert pdf.start_worker() is None


def _run(tmp_path: Path, *args: str, worker: bool) -> bytes:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    if worker:
        env[pdf.ENV_SWITCH] = "on"
    else:
        env[pdf.ENV_SWITCH] = "off"
    out = tmp_path / f"out-{worker}.pdf"
    proc = subprocess.run([sys.executable, "-m", "dignity.cli.main", *args, "-o", str(out)], env=env,
                          cwd=tmp_path, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return out.read_bytes()


def test_report_and_letter_pdf_are_the_same_with_and_without_the_child(tmp_path):
    for args in (["report", str(NOTE), "--format", "pdf"], ["letter", "visit", str(NOTE), "--format", "pdf"]):
        with_child = _run(tmp_path, *args, worker=True)
        assert with_child.startswith(b"%PDF-")
        assert with_child == _run(tmp_path, *args, worker=False), args
