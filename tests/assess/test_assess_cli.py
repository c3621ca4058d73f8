"""`dignity assess` and `dignity rules`: output shapes and one clear line per bad input.

The extractor is stubbed (it is tested on its own): each document yields the
facts its text names, so these tests are about the command and the assessment.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from dignity.cli import assess_cmd
from dignity.cli.main import app
from dignity.model import Evidence, Extraction, Fact


class StubExtractor:
    """Facts by keyword: 'lights' -> constant_light, '23 hours' -> confinement_hours, ..."""

    KEYWORDS = {
        "lights on": ("constant_light", None, None),
        "23 hours": ("confinement_hours", 23, "hours_per_day"),
        "no one to talk to": ("no_meaningful_contact", None, None),
        "special measures": ("special_regime", "SAMs", None),
        "since january": ("isolation_duration", None, None),
    }

    def extract_document(self, doc) -> Extraction:
        if "EXPLODE" in doc.text:
            raise RuntimeError("engine exploded")
        facts = []
        low = doc.text.lower()
        for n, (word, (type_, value, unit)) in enumerate(self.KEYWORDS.items()):
            at = low.find(word)
            if at < 0:
                continue
            quals = {"since": "2020-01-01"} if type_ == "isolation_duration" else {}
            facts.append(Fact(id=f"{doc.id[:8]}-{n}", type=type_, value=value, unit=unit, certainty="alleged",
                              subject="Jane Doe", attributed_to="Amnesty International", qualifiers=quals,
                              evidence=[Evidence(document=doc.id, start=at, end=at + len(word),
                                                 text=doc.text[at:at + len(word)])]))
        return Extraction(documents=[doc], facts=facts)


@pytest.fixture(autouse=True)
def stub(monkeypatch) -> StubExtractor:
    extractor = StubExtractor()
    monkeypatch.setattr(assess_cmd, "_make_extractor", lambda: extractor)
    return extractor


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def run(runner: CliRunner, *args: object):
    return runner.invoke(app, ["assess", *map(str, args)])


def stderr_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.strip()]


@pytest.fixture
def letter(tmp_path):
    path = tmp_path / "letter.txt"
    path.write_text("She says the lights on day and night, 23 hours in the cell, no one to talk to, "
                    "under special measures since January.", encoding="utf-8")
    return path


def test_json_is_the_extraction_contract_plus_findings(runner, letter):
    result = run(runner, letter, "--format", "json", "--as-of", "2020-03-01")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == {"documents", "facts", "errors", "findings", "not_assessed"}
    assert data["not_assessed"] == []
    found = {f["id"]: f for f in data["findings"]}
    # one person's word: a concern whatever the rule, never a likely violation
    assert found["mandela-43-1-c"]["status"] == "concern"
    assert found["mandela-44"]["status"] == "insufficient_information"  # a definition met, never a breach
    assert "definition is met" in found["mandela-44"]["reasoning"]
    assert found["mandela-43-1-b"]["status"] == "concern"  # since 1 January, as of 1 March
    assert "reasonable grounds to believe" in found["mandela-43-1-b"]["reasoning"]
    assert "trace" not in found["mandela-44"]
    assert any("placement order" in q for q in found["mandela-44"]["questions"]) and found["mandela-44"]["basis"]


def test_explain_adds_the_trace(runner, letter):
    data = json.loads(run(runner, letter, "-f", "json", "--explain").stdout)
    assert all(f["trace"] for f in data["findings"])


def test_as_of_changes_the_count(runner, letter):
    data = json.loads(run(runner, letter, "-f", "json", "--as-of", "2020-01-10").stdout)
    assert {f["id"]: f["status"] for f in data["findings"]}["mandela-43-1-b"] == "compliant"


def test_bad_as_of_is_a_usage_error(runner, letter):
    result = run(runner, letter, "--as-of", "March")
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output + result.stderr


def test_jsonl_assesses_each_file_alone_in_order(runner, letter, tmp_path):
    quiet = tmp_path / "quiet.txt"
    quiet.write_text("Nothing here about conditions.", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    result = run(runner, letter, missing, quiet, "--format", "jsonl")
    assert result.exit_code == 2
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 3
    assert lines[0]["findings"] and lines[0]["documents"][0]["path"].endswith("letter.txt")
    assert lines[1]["documents"] == [] and lines[1]["errors"][0]["path"] == str(missing)
    assert lines[2]["findings"] == []
    assert stderr_lines(result) == [f"dignity: {missing}: does not exist"]


def test_bad_inputs_one_line_each_good_files_still_processed(runner, letter, tmp_path):
    bad_pdf = tmp_path / "bad.pdf"
    bad_pdf.write_bytes(b"not a pdf at all")
    boom = tmp_path / "boom.txt"
    boom.write_text("EXPLODE", encoding="utf-8")
    result = run(runner, bad_pdf, letter, boom, "-f", "json")
    assert result.exit_code == 2
    lines = stderr_lines(result)
    assert len(lines) == 2
    assert lines[0].startswith(f"dignity: {bad_pdf}: ")
    assert lines[1].startswith(f"dignity: {boom}: ") and "engine exploded" in lines[1]
    assert "Traceback" not in result.stderr
    data = json.loads(result.stdout)
    assert data["findings"] and len(data["errors"]) == 2


def test_text_view(runner, letter):
    result = run(runner, letter, "--explain")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "concern" in out and "violation likely" not in out
    assert "mandela-43-1-c" in out and "43(1)(c)" in out
    assert "“lights on”" in out and "Amnesty International" in out
    assert "status: concern" in out  # the trace, with --explain


def test_markdown_view(runner, letter):
    result = run(runner, letter, "--format", "md", "--standard", "mandela")
    assert result.exit_code == 0, result.output
    md = result.stdout
    # the standards that apply by default, binding first: the Mandela Rules among them
    assert md.startswith("# Assessment against the ") and "Nelson Mandela Rules" in md.splitlines()[0]
    assert "## Rule 43(1)(c)" in md and "mandela-" not in md and "| violation likely |" in md
    assert "Open questions:" in md or "Evidence:" in md


def test_rules_lists_the_catalogue(runner):
    result = runner.invoke(app, ["rules"])
    assert result.exit_code == 0
    assert "mandela-43-1-b" in result.stdout and "43(1)(b)" in result.stdout


def test_rules_by_type(runner):
    result = runner.invoke(app, ["rules", "--type", "constant_light", "--format", "json"])
    assert result.exit_code == 0
    ids = {r["id"] for r in json.loads(result.stdout)["rules"]}
    assert "mandela-43-1-c" in ids and "mandela-23" not in ids


def test_rules_say_what_is_checked_read_and_counts_against(runner):
    result = runner.invoke(app, ["rules", "--format", "json"])
    assert result.exit_code == 0
    rules = {r["id"]: r for r in json.loads(result.stdout)["rules"]}
    r44 = rules["mandela-44"]
    assert r44["verified"] == "T" and "confinement_hours" in r44["types"]
    assert any("not in solitary" in c for c in r44["counts_against"])  # what cuts the other way
    assert all(r["verified"] and r["counts_against"] for r in rules.values())
    text = runner.invoke(app, ["rules", "--type", "solitary"]).stdout
    assert "checked" in text and "counts against" in text


def test_rules_unknown_type(runner):
    result = runner.invoke(app, ["rules", "--type", "gruel"])
    assert result.exit_code == 2
    assert "not a fact type" in result.output + result.stderr


def test_standard_chooses_the_instruments(runner, letter):
    """--standard (issue 13): only the standards asked for; each finding names its own."""
    result = run(runner, letter, "--format", "json", "--standard", "mandela")
    assert result.exit_code == 0, result.output
    findings = json.loads(result.stdout)["findings"]
    assert findings and {f["standard_id"] for f in findings} == {"mandela"}
    assert all(f["rule"].startswith("mandela-") for f in findings)


def test_an_unknown_standard_is_one_line_and_exit_2(runner, letter):
    result = run(runner, letter, "--standard", "mandela,nosuch")
    assert result.exit_code == 2
    assert "no standard 'nosuch'" in result.output and "Traceback" not in result.output


def test_rules_lists_a_standard_and_the_installed_standards(runner):
    listed = runner.invoke(app, ["rules", "--standards", "--format", "json"])
    assert listed.exit_code == 0
    ids = [s["id"] for s in json.loads(listed.stdout)["standards"]]
    assert "mandela" in ids
    one = runner.invoke(app, ["rules", "--standard", "mandela", "--format", "json"])
    data = json.loads(one.stdout)
    assert data["id"] == "mandela" and all(r["citation"].startswith("NMR ") for r in data["rules"])
