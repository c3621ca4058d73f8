"""`--lang` and a document in a language without a pack, through the CLI: one clear line
per document, exit code 2, and "not assessed" in every output (never an all-clear)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from dignity.cli.main import app

GERMAN = ("Der Gefangene wird seit drei Monaten in Einzelhaft gehalten und darf seine Familie nicht "
          "sehen. Die Zelle ist sehr klein und hat kein Fenster, und das Licht brennt die ganze Nacht.")
ENGLISH = ("During our visit we saw that Mr. Doe is locked in his cell for 23 hours a day. The lights "
           "are kept on day and night, and he has not been allowed visits from his family.")
LINE = "de: no rules for this language; not assessed"


@pytest.fixture
def files(tmp_path):
    (tmp_path / "bericht.txt").write_text(GERMAN, encoding="utf-8")
    (tmp_path / "note.txt").write_text(ENGLISH, encoding="utf-8")
    return tmp_path


def _stderr(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.strip()]


def test_assess_says_not_assessed(files):
    result = CliRunner().invoke(app, ["assess", str(files / "bericht.txt"), str(files / "note.txt")])
    assert result.exit_code == 2
    assert _stderr(result) == [f"dignity: {files / 'bericht.txt'}: {LINE}"]
    assert "NOT ASSESSED" in result.stdout
    assert "No fact touches a rule" not in result.stdout
    assert "concern" in result.stdout or "violation" in result.stdout  # the English note is assessed


def test_assess_json_and_markdown_carry_it(files):
    result = CliRunner().invoke(app, ["assess", str(files / "bericht.txt"), "--format", "json"])
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    assert data["findings"] == [] and data["facts"] == []
    assert data["not_assessed"] == [{"document": str(files / "bericht.txt"), "language": "de", "reason": LINE}]
    md = CliRunner().invoke(app, ["assess", str(files / "bericht.txt"), "--format", "md"]).stdout
    assert "Not assessed" in md and "No fact touches a rule" not in md


def test_extract_says_not_assessed(files):
    result = CliRunner().invoke(app, ["extract", str(files / "bericht.txt")])
    assert result.exit_code == 2
    assert "NOT ASSESSED" in result.stdout and "no facts found" not in result.stdout
    data = json.loads(CliRunner().invoke(app, ["extract", str(files / "bericht.txt"), "-f", "json"]).stdout)
    assert data["not_assessed"][0]["reason"] == LINE


def test_lang_overrides_detection(files):
    result = CliRunner().invoke(app, ["extract", str(files / "note.txt"), "--lang", "de", "-f", "json"])
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    assert data["facts"] == [] and data["documents"][0]["language"] == "de"
    result = CliRunner().invoke(app, ["extract", str(files / "note.txt"), "--lang", "en", "-f", "json"])
    assert result.exit_code == 0 and json.loads(result.stdout)["facts"]


def test_a_bad_lang_is_refused(files):
    result = CliRunner().invoke(app, ["extract", str(files / "note.txt"), "--lang", "12"])
    assert result.exit_code == 2 and "language code" in result.output
