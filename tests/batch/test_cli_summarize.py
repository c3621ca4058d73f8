"""`dignity screen INPUT... -o OUT` and `dignity screen summarize OUT`."""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from batch_helpers import corpus_gen, manifest, read_dataset
from typer.testing import CliRunner

from dignity.batch.summary import summarize
from dignity.cli.main import app

runner = CliRunner()


@pytest.fixture(scope="module")
def screened(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("cli")
    src = corpus_gen.write_corpus(base / "c.csv.gz", 30, seed=13)
    out = base / "out"
    res = runner.invoke(app, ["screen", str(src), "-o", str(out), "--engine", "serial",
                              "--id-col", "id", "--date-col", "date", "--partition-size", "8",
                              "--no-progress"])
    assert res.exit_code == 0, res.output
    assert "30 documents screened" in res.output and "documents/s" in res.output
    for heading in ("Findings by status", "Facts by type", "Facilities most reported",
                    "People most reported"):
        assert heading in res.output
    return out


def test_cli_writes_the_dataset_and_resumes(screened: Path, tmp_path: Path) -> None:
    assert sorted(p.name for p in (screened / "documents").iterdir()) == \
        [f"part-0000{i}.parquet" for i in range(4)]
    assert manifest(screened)["runs"][0]["engine"] == {"engine": "serial", "workers": 1}
    src = screened.parent / "c.csv.gz"
    again = runner.invoke(app, ["screen", str(src), "-o", str(screened), "--engine", "serial",
                                "--id-col", "id", "--date-col", "date", "--partition-size", "8"])
    assert again.exit_code == 0 and "4 already done" in again.output
    other = runner.invoke(app, ["screen", str(src), "-o", str(screened), "--engine", "serial"])
    assert other.exit_code == 1 and "other options" in other.output


def test_cli_bad_inputs(tmp_path: Path) -> None:
    res = runner.invoke(app, ["screen", str(tmp_path / "nope.jsonl"), "-o", str(tmp_path / "o")])
    assert res.exit_code == 2 and "nope.jsonl: does not exist" in res.output
    res = runner.invoke(app, ["screen", str(tmp_path), "-o", str(tmp_path / "o"), "--scheduler", "tcp://x:1"])
    assert res.exit_code == 2 and "--scheduler needs --engine dask" in res.output
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "He said that the lights in his cell are on 24 hours a day."}\nnot json\n')
    res = runner.invoke(app, ["screen", str(bad), "-o", str(tmp_path / "o2"), "--engine", "serial"])
    assert res.exit_code == 2, res.output  # the run completes; one row is an error
    assert "1 document(s) could not be screened" in res.output
    assert len(read_dataset(tmp_path / "o2", "documents")) == 2


def test_summarize_over_time(screened: Path, tmp_path: Path) -> None:
    res = runner.invoke(app, ["screen", "summarize", str(screened), "-o", str(tmp_path / "s")])
    assert res.exit_code == 0, res.output
    names = sorted(p.name for p in (tmp_path / "s").iterdir())
    assert names == ["conditions_over_time.csv", "conditions_over_time.parquet",
                     "findings_over_time.csv", "findings_over_time.parquet",
                     "over_time.png", "over_time.svg"]
    with open(tmp_path / "s" / "conditions_over_time.csv", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == ["facility", "subject", "period", "type", "facts", "documents"]
    facts = [f for f in read_dataset(screened, "facts")
             if not f["negated"] and f["subject_kind"] != "general"]
    assert sum(int(r["facts"]) for r in rows) == len(facts)
    assert {r["period"] for r in rows} <= {str(y) for y in range(2014, 2027)} | {"unknown"}
    docs = {d["id"]: d for d in read_dataset(screened, "documents")}
    assert {r["facility"] for r in rows} <= {d["facility"] for d in docs.values()}
    ET.parse(tmp_path / "s" / "over_time.svg")  # a well-formed SVG
    assert (tmp_path / "s" / "over_time.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_summarize_by_month_and_findings(screened: Path, tmp_path: Path) -> None:
    files = summarize(screened, tmp_path / "m", period="month")
    findings = files.tables["findings"]
    assert list(findings.columns) == ["facility", "subject", "period", "standard", "rule", "status", "findings",
                                      "documents"]
    # each finding under its standard (issue 13): the pack its rule belongs to
    assert all(r.startswith(f"{s}-") for s, r in zip(findings["standard"], findings["rule"]))
    assert int(findings["findings"].sum()) == len(read_dataset(screened, "findings"))
    periods = set(findings["period"])
    assert periods and all(p == "unknown" or (len(p) == 7 and p[4] == "-") for p in periods)
    # a finding's period is its document's month
    docs = {d["id"]: d for d in read_dataset(screened, "documents")}
    one = read_dataset(screened, "findings")[0]
    month = docs[one["document"]]["date"][:7]
    assert ((findings["period"] == month) & (findings["rule"] == one["rule"])).any()


def test_summarize_needs_a_screen(tmp_path: Path) -> None:
    res = runner.invoke(app, ["screen", "summarize", str(tmp_path)])
    assert res.exit_code == 1 and "no screen output here" in res.output
