"""Screening: a document in a language without a pack is a row marked ``not_assessed`` (and
counted in the summary), never a silent document with no findings; ``lang`` overrides."""

from __future__ import annotations

from pathlib import Path

from batch_helpers import read_dataset

from dignity.batch.runner import screen
from dignity.batch.summary import summarize

GERMAN = ("Der Gefangene wird seit drei Monaten in Einzelhaft gehalten und darf seine Familie nicht "
          "sehen. Die Zelle ist sehr klein und hat kein Fenster.")
ENGLISH = ("During our visit to Eastfield Remand Centre we saw that Mr. Doe is locked in his cell for 23 "
           "hours a day, and the lights are kept on day and night.")
LINE = "de: no rules for this language; not assessed"


def _inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bericht.txt").write_text(GERMAN, encoding="utf-8")
    (folder / "note.txt").write_text(ENGLISH, encoding="utf-8")
    return folder


def test_a_german_document_is_a_not_assessed_row(tmp_path):
    result = screen([str(_inputs(tmp_path))], tmp_path / "out", engine="serial")
    rows = {Path(d["path"]).name: d for d in read_dataset(tmp_path / "out", "documents")}
    assert rows["bericht.txt"]["not_assessed"] == LINE and rows["bericht.txt"]["language"] == "de"
    assert rows["bericht.txt"]["error"] is None and rows["bericht.txt"]["n_facts"] == 0
    assert rows["note.txt"]["not_assessed"] is None and rows["note.txt"]["n_facts"] > 0
    assert result.summary["not_assessed"] == 1
    files = summarize(tmp_path / "out", tmp_path / "summary")
    unread = files.tables["not_assessed"]
    assert unread.to_dict("records") == [{"facility": "unknown", "period": "unknown", "language": "de",
                                          "documents": 1}]


def test_lang_reads_every_document_as_that_language(tmp_path):
    result = screen([str(_inputs(tmp_path))], tmp_path / "out", engine="serial", lang="de")
    rows = read_dataset(tmp_path / "out", "documents")
    assert all(d["not_assessed"] == LINE for d in rows) and result.summary["not_assessed"] == 2


def test_the_screen_command_says_not_assessed_and_exits_2(tmp_path):
    import os
    import subprocess
    import sys

    import dignity

    root = Path(dignity.__file__).resolve().parent.parent
    folder = _inputs(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(root)}
    proc = subprocess.run([sys.executable, "-m", "dignity.cli.main", "screen", str(folder), "-o", str(tmp_path / "out"),
                           "--workers", "1", "--no-progress"], cwd=tmp_path, env=env, capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 2, proc.stderr
    assert "1 not assessed" in proc.stdout
    assert "1 document(s) not assessed (no rules for their language)" in proc.stderr
