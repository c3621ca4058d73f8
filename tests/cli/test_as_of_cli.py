"""`--as-of` on `dignity extract` and `dignity assess` reaches the count of an isolation's
days from its start date (and a bad date is one line, exit code 2)."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from dignity.cli.main import app


def test_as_of_reaches_the_count_in_extract_and_assess_commands(tmp_path):
    doc = tmp_path / "letter.txt"
    doc.write_text("Juan Perez has been held in solitary confinement since 1 January 2020.\n",
                   encoding="utf-8")
    runner = CliRunner()

    def days(*args):
        res = runner.invoke(app, [*args, str(doc), "--format", "json", "--date", "2020-03-01"]
                            if args[0] == "extract" else [*args, str(doc), "--format", "json"])
        assert res.exit_code == 0, res.output
        data = json.loads(res.stdout)
        return [f["value"] for f in data["facts"] if f["type"] == "isolation_duration"]

    assert days("extract") == [60]
    assert days("extract", "--as-of", "2020-12-31") == [365]
    assert days("assess", "--as-of", "2020-01-21") == [20]
    res = runner.invoke(app, ["extract", str(doc), "--as-of", "not-a-date"])
    assert res.exit_code == 2
