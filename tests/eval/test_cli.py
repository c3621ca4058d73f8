"""`dignity eval` through Typer's runner, on a tiny gold file, with a fake system."""

from __future__ import annotations

import json

import pytest
import typer
from eval_helpers import fake_predictor, gold_fact, passage, pred
from typer.testing import CliRunner

from dignity.cli import eval_cmd
from dignity.eval.gate import load_floors, save_floors
from dignity.eval.gold import gold_sha256


@pytest.fixture
def invoke(monkeypatch):
    """Runs ``dignity eval``; the system is a fake that finds solitary in passage a."""
    fake = fake_predictor({"He was held in segregation and the lights did not work.": [pred("solitary")]})
    monkeypatch.setattr("dignity.eval.runner.system_predictor", lambda: fake)
    app = typer.Typer()
    eval_cmd.register(app)

    @app.callback()
    def _root() -> None:  # keep "eval" a sub-command, as in the real app
        pass

    def call(*args: str):
        return CliRunner().invoke(app, ["eval", *map(str, args)])
    return call


@pytest.fixture
def gold(write_gold):
    return write_gold([
        passage("a", [gold_fact("solitary", quote="held in segregation")],
                traps=[{"type": "constant_light", "why": "the lights did not work"}],
                text="He was held in segregation and the lights did not work."),
        passage("b", [gold_fact("confinement_hours", value=23, unit="hours_per_day")],
                text="He is confined to his cell 23 hours a day."),
    ], name="tiny.jsonl")


def test_text_report_ends_with_the_summary(invoke, gold):
    result = invoke(gold, "--misses")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.index("Facts by type") < out.index("Misses (system)") < out.index("dignity eval tiny.jsonl")
    tail = out.strip().splitlines()[-10:]
    assert any(line.startswith("fact F1") for line in tail)
    assert any(line.startswith("trap hits") for line in tail)
    assert "passages/s" in out and "keyword baseline" in out


def test_json_has_every_number(invoke, gold):
    result = invoke(gold, "--format", "json", "--misses")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["gold"] == {"path": str(gold), "sha256": gold_sha256(gold), "passages": 2}
    assert data["timing"]["passages_per_second"] > 0
    facts = data["system"]["facts"]
    assert (facts["tp"], facts["fp"], facts["fn"]) == (1, 0, 1)
    assert facts["f1"] == pytest.approx(2 / 3)
    assert data["system"]["findings"] is None
    assert data["system"]["values"]["total"] == 1
    assert data["baseline"]["facts"]["tp"] == 2  # "segregat", "hours a day"
    assert data["baseline"]["traps"] == {"hits": 1, "total": 1, "rate": 1.0}  # "light"
    assert "misses" in data["system"] and "misses" not in data["baseline"]


def test_a_malformed_gold_file_is_a_clear_error(invoke, tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "a", "text": "x"}\n{oops\n')
    result = invoke(path)
    assert result.exit_code == 2
    assert f"{path}: line 2: invalid JSON" in result.stderr


def test_update_then_check_floor(invoke, gold, tmp_path):
    floors = tmp_path / "floors.json"
    result = invoke(gold, "--update-floor", "--floors", floors)
    assert result.exit_code == 0, result.output
    entry = load_floors(floors)["golds"]["tiny.jsonl"]
    assert entry["sha256"] == gold_sha256(gold)
    assert set(entry["floors"]) >= {"fact_f1", "value_accuracy"} and set(entry["ceilings"]) == {"trap_rate"}

    result = invoke(gold, "--check-floor", "--floors", floors)
    assert result.exit_code == 0, result.output
    assert "gate passed" in result.stderr


def test_check_floor_fails_below_a_floor(invoke, gold, tmp_path):
    floors = tmp_path / "floors.json"
    save_floors({"golds": {"tiny.jsonl": {"sha256": gold_sha256(gold), "floors": {"fact_f1": 1.01},
                                          "ceilings": {}}}}, floors)
    result = invoke(gold, "--check-floor", "--floors", floors)
    assert result.exit_code == 1
    assert "below its floor 1.010" in result.stderr


def test_check_floor_fails_when_the_gold_changed(invoke, gold, tmp_path):
    floors = tmp_path / "floors.json"
    save_floors({"golds": {"tiny.jsonl": {"sha256": "0" * 64, "floors": {}, "ceilings": {}}}}, floors)
    result = invoke(gold, "--check-floor", "--floors", floors)
    assert result.exit_code == 1
    assert "tiny.jsonl has changed" in result.stderr


def test_update_floor_refuses_to_lower_without_force(invoke, gold, tmp_path):
    floors = tmp_path / "floors.json"
    high = {"golds": {"tiny.jsonl": {"sha256": gold_sha256(gold), "floors": {"fact_f1": 1.0},
                                     "ceilings": {"trap_rate": 0.0}}}}
    save_floors(high, floors)
    result = invoke(gold, "--update-floor", "--floors", floors)
    assert result.exit_code == 1
    assert "refusing to loosen the gate" in result.stderr
    assert load_floors(floors) == high

    result = invoke(gold, "--update-floor", "--force", "--floors", floors)
    assert result.exit_code == 0, result.output
    assert load_floors(floors) != high


def test_force_needs_update_floor(invoke, gold):
    result = invoke(gold, "--force")
    assert result.exit_code == 2
    assert "--force" in result.output


def test_an_engine_error_is_one_line_naming_the_passage(invoke, gold, monkeypatch):
    from dignity.errors import ConfigError

    def broken(text, date):
        raise ConfigError("recognizers.yaml", "solitary", "bad [regex]")

    monkeypatch.setattr("dignity.eval.runner.system_predictor", lambda: broken)
    result = invoke(gold)
    assert result.exit_code == 2
    assert "error: recognizers.yaml: solitary: bad [regex] while predicting passage 'a'" in result.stderr


def test_text_report_shows_findings_by_status_when_findings_are_scored(monkeypatch, write_gold):
    """Labelled x predicted status: where a run over- or under-calls, printed before the summary."""
    from eval_helpers import finding

    text = "He was held in segregation."
    fake = fake_predictor({text: [pred("solitary")]}, {text: [finding("mandela-44", "violation_likely")]})
    monkeypatch.setattr("dignity.eval.runner.system_predictor", lambda: fake)
    app = typer.Typer()
    eval_cmd.register(app)

    @app.callback()
    def _root() -> None:
        pass

    gold = write_gold([passage("a", [gold_fact("solitary", quote="held in segregation")], text=text,
                               findings=[{"rule": "mandela-44", "status": "insufficient_information"}])],
                      name="f.jsonl")
    out = CliRunner().invoke(app, ["eval", str(gold)]).stdout
    assert out.index("Findings: labelled (rows) x predicted (columns)") < out.index("dignity eval f.jsonl")
    row = next(line for line in out.splitlines() if line.strip().startswith("insufficient"))
    assert row.split()[-5:] == ["1", "0", "0", "0", "0"]
