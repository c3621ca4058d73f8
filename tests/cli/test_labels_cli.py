"""`dignity extract` and `dignity assess` in text name fact types, units, statuses and
rules in words from the label table; JSON keeps the machine names."""

from __future__ import annotations

import json
import os

from typer.testing import CliRunner

from dignity.cli.main import app
from dignity.model import FACT_TYPES

TEXT = ("Maria Lopez told us she is locked in her cell 23 hours a day, and that the lights "
        "in her cell are never switched off, day or night.\n")


def _run(*args: str):
    res = CliRunner().invoke(app, list(args), env={**os.environ, "COLUMNS": "200"})
    assert res.exit_code == 0, res.output
    return res.stdout


def test_text_output_uses_the_label_table_and_json_keeps_machine_names(tmp_path):
    doc = tmp_path / "note.txt"
    doc.write_text(TEXT, encoding="utf-8")
    for command in ("extract", "assess"):
        out = _run(command, str(doc), "--format", "text")
        raw = [t for t in FACT_TYPES if "_" in t and t in out]
        assert not raw, (command, raw)
        assert "hours_per_day" not in out and "mandela-" not in out, command
    extracted = _run("extract", str(doc), "--format", "text")
    assert "Confinement hours" in extracted and "23 hours a day" in extracted
    assessed = _run("assess", str(doc), "--format", "text")
    assert "Rule 43(1)(c)" in assessed and "CONCERN" in assessed
    data = json.loads(_run("extract", str(doc), "--format", "json"))
    hours = [f for f in data["facts"] if f["type"] == "confinement_hours"]
    assert hours and hours[0]["unit"] == "hours_per_day"
