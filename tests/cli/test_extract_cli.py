"""`dignity extract`: output shapes and one clear line per bad input.

The extraction engine is stubbed here (it is tested on its own): these tests are
about the command's structure, not about which facts are found.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dignity.cli import extract_cmd
from dignity.cli.main import app
from dignity.model import Evidence, Explanation, Extraction, Fact

SEED = ("He said lights are on 24 hours a day in the section of the jail where Guzman is held, "
        "he is confined to his cell for 23 hours a day with only an hour of exercise.")


class StubExtractor:
    """One fact per document, pointing at the first word of its text."""

    def __init__(self, fail_on: str | None = None) -> None:
        self.fail_on = fail_on

    def extract_document(self, doc) -> Extraction:
        if self.fail_on and doc.path and doc.path.endswith(self.fail_on):
            raise RuntimeError("engine exploded")
        end = doc.text.find(" ") if " " in doc.text else len(doc.text)
        fact = Fact(id=f"{doc.id[:8]}-1", type="confinement_hours", value=23, unit="hours_per_day",
                    subject="Guzman", attributed_to="Amnesty International",
                    evidence=[Evidence(document=doc.id, start=0, end=end, text=doc.text[:end])],
                    explain=Explanation(recognizer="confinement_hours", pattern="hours_in_cell",
                                        matched=doc.text[:end]))
        return Extraction(documents=[doc], facts=[fact])


@pytest.fixture
def stub(monkeypatch) -> StubExtractor:
    extractor = StubExtractor()
    monkeypatch.setattr(extract_cmd, "_default_extractor", lambda: extractor)
    return extractor


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def run(runner: CliRunner, *args: str):
    return runner.invoke(app, ["extract", *map(str, args)])


def stderr_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.strip()]


# --------------------------------------------------------------------------- bad inputs

BAD = {
    "missing file": (lambda m: m.folder / "nowhere.txt", "does not exist"),
    "directory": (lambda m: m.folder, "is a directory, not a file"),
    "empty file": (lambda m: m.raw("empty.txt", b""), "is empty"),
    "binary junk": (lambda m: m.raw("junk.bin.txt", os.urandom(2048) + b"\x00\x01\x02"),
                    "looks like binary data"),
    "encrypted pdf": (lambda m: m.encrypted_pdf("locked.pdf"), "is encrypted"),
    "broken pdf": (lambda m: m.raw("broken.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog\n"),
                   "is not a readable PDF"),
    "no text layer": (lambda m: m.image_pdf("scan.pdf"), "has no text layer"),
    "invalid utf-8": (lambda m: m.raw("latin.txt", b"Report\n" + bytes(range(0x80, 0x100)) * 8),
                      "is not valid UTF-8"),
}


def _huge(m) -> Path:
    path = m.folder / "huge.txt"
    with open(path, "wb") as fh:
        fh.truncate(200 * 1024 * 1024)  # sparse: costs no disk
    return path


BAD["200 MB file"] = (_huge, "is too large (200 MB; the limit is 50 MB)")


@pytest.mark.parametrize("case", list(BAD))
@pytest.mark.parametrize("fmt", ["text", "json"])
def test_bad_input_is_one_clear_line(runner, stub, make, case: str, fmt: str) -> None:
    build, problem = BAD[case]
    path = build(make)
    result = run(runner, "--format", fmt, path)
    assert result.exit_code == 2
    lines = stderr_lines(result)
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"dignity: {path}: ")
    assert problem in lines[0]
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_good_and_bad_files_together(runner, stub, make) -> None:
    good = make.text("good.txt", SEED)
    bad = make.raw("bad.pdf", b"%PDF-1.4 garbage")
    result = run(runner, "--format", "json", bad, good)
    assert result.exit_code == 2
    out = json.loads(result.stdout)
    assert [d["path"] for d in out["documents"]] == [str(good)]
    assert len(out["facts"]) == 1
    assert out["errors"] == [{"path": str(bad), "problem": stderr_lines(result)[0].split(": ", 2)[2]}]
    assert stderr_lines(result) == [f"dignity: {bad}: {out['errors'][0]['problem']}"]


def test_good_and_bad_files_together_as_text(runner, stub, make) -> None:
    good = make.text("good.txt", SEED)
    missing = make.folder / "missing.txt"
    result = run(runner, missing, good)
    assert result.exit_code == 2
    assert str(good.name) in result.stdout
    assert "Confinement hours" in result.stdout and "confinement_hours" not in result.stdout
    assert stderr_lines(result) == [f"dignity: {missing}: does not exist"]


def test_unexpected_error_is_one_line_and_others_go_on(runner, monkeypatch, make) -> None:
    monkeypatch.setattr(extract_cmd, "_default_extractor", lambda: StubExtractor(fail_on="boom.txt"))
    boom = make.text("boom.txt", SEED)
    good = make.text("good.txt", SEED + " Again.")
    result = run(runner, "--format", "jsonl", boom, good)
    assert result.exit_code == 2
    assert stderr_lines(result) == [f"dignity: {boom}: unexpected error (RuntimeError: engine exploded)"]
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert json.loads(lines[1])["documents"][0]["path"] == str(good)
    assert "Traceback" not in result.output


def test_all_bad_inputs_in_a_real_process(make) -> None:
    """Outside CliRunner: the libraries' own warnings must not add lines to stderr."""
    paths = [build(make) for build, _ in BAD.values()]
    proc = subprocess.run([sys.executable, "-m", "dignity.cli.main", "extract", *map(str, paths)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    lines = proc.stderr.splitlines()
    assert len(lines) == len(paths), proc.stderr
    for path, line, (_, problem) in zip(paths, lines, BAD.values()):
        assert line.startswith(f"dignity: {path}: ") and problem in line
    assert "Traceback" not in proc.stderr
    assert proc.stdout == ""


# --------------------------------------------------------------------------- output shapes


def test_json_shape(runner, stub, make) -> None:
    a = make.text("a.txt", "NEW YORK, March 28, 2017 — " + SEED)
    b = make.docx("b.docx", [SEED], title="Visit report")
    result = run(runner, "--format", "json", a, b)
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    out = json.loads(result.stdout)
    assert set(out) >= {"documents", "facts"}
    assert [d["path"] for d in out["documents"]] == [str(a), str(b)]
    for doc in out["documents"]:
        assert {"id", "path", "language", "title", "date"} <= set(doc)
        assert "text" not in doc
    assert out["documents"][0]["date"] == "2017-03-28"
    assert out["documents"][1]["title"] == "Visit report"
    for fact in out["facts"]:
        assert "explain" not in fact
        assert {"id", "type", "value", "unit", "negated", "certainty", "subject",
                "attributed_to", "evidence"} <= set(fact)
        ev = fact["evidence"][0]
        assert {"document", "start", "end", "text"} <= set(ev)


def test_json_with_explain(runner, stub, make) -> None:
    result = run(runner, "--format", "json", "--explain", make.text("a.txt", SEED))
    assert result.exit_code == 0
    fact = json.loads(result.stdout)["facts"][0]
    assert fact["explain"]["recognizer"] == "confinement_hours"


def test_jsonl_one_line_per_file_in_order(runner, stub, make) -> None:
    paths = [make.text(f"{name}.txt", f"{name} says: {SEED}") for name in ("c", "a", "b")]
    missing = make.folder / "missing.txt"
    result = run(runner, "--format", "jsonl", paths[0], missing, paths[1], paths[2])
    assert result.exit_code == 2
    lines = result.stdout.splitlines()
    assert len(lines) == 4
    objects = [json.loads(line) for line in lines]
    assert [o["documents"][0]["path"] if o["documents"] else None for o in objects] == \
        [str(paths[0]), None, str(paths[1]), str(paths[2])]
    assert objects[1]["errors"] == [{"path": str(missing), "problem": "does not exist"}]
    for o in objects[:1] + objects[2:]:
        assert len(o["documents"]) == 1
        assert all(f["evidence"][0]["document"] == o["documents"][0]["id"] for f in o["facts"])
        assert all("explain" not in f for f in o["facts"])


def test_date_option_overrides(runner, stub, make) -> None:
    path = make.text("a.txt", "March 28, 2017 — " + SEED)
    result = run(runner, "--format", "json", "--date", "2018-01-02", path)
    assert json.loads(result.stdout)["documents"][0]["date"] == "2018-01-02"


@pytest.mark.parametrize("bad_date", ["2018-13-01", "yesterday", "20180102"])
def test_bad_date_option_is_a_usage_error(runner, stub, make, bad_date: str) -> None:
    result = run(runner, "--date", bad_date, make.text("a.txt", SEED))
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_text_format_is_a_table(runner, stub, make) -> None:
    path = make.text("report.txt", SEED)
    result = run(runner, "--explain", path)
    assert result.exit_code == 0
    out = result.stdout
    for needle in ("report.txt", "Confinement hours", "23 hours a day", "Guzman",
                   "Amnesty International", "“He”", "recognizer: confinement_hours",
                   "pattern: hours_in_cell", "asserted"):
        assert needle in out, needle
    assert "Certainty." not in out


def test_text_format_without_facts(runner, monkeypatch, make) -> None:
    class Empty:
        def extract_document(self, doc):
            return Extraction(documents=[doc], facts=[])

    monkeypatch.setattr(extract_cmd, "_default_extractor", lambda: Empty())
    result = run(runner, make.text("a.txt", SEED))
    assert result.exit_code == 0
    assert "no facts found" in result.stdout


def test_broken_resources_stop_the_run_in_one_line(runner, monkeypatch, make) -> None:
    from dignity.errors import ConfigError

    def broken():
        raise ConfigError("recognizers.yaml", "solitary", "pattern is not a list")

    monkeypatch.setattr(extract_cmd, "_default_extractor", broken)
    result = run(runner, make.text("a.txt", SEED), make.text("b.txt", SEED))
    assert result.exit_code == 1
    assert stderr_lines(result) == ["dignity: recognizers.yaml: solitary: pattern is not a list"]


def test_extractor_that_cannot_start_is_one_line(runner, monkeypatch, make) -> None:
    def broken():
        raise OSError("model en_core_web_sm not found")

    monkeypatch.setattr(extract_cmd, "_default_extractor", broken)
    result = run(runner, make.text("a.txt", SEED))
    assert result.exit_code == 1
    assert stderr_lines(result) == [
        "dignity: cannot start the extractor (OSError: model en_core_web_sm not found)"]
    assert "Traceback" not in result.output
