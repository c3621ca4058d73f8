"""The floors file: checking and updating, without running the system."""

from __future__ import annotations

import pytest

from dignity.errors import InputError
from dignity.eval.gate import FloorError, check_floors, load_floors, save_floors, update_floors

SHA = "a" * 64
METRICS = {"fact_f1": 0.5, "value_accuracy": 0.4, "trap_rate": 0.2}


def pinned(**entry):
    base = {"sha256": SHA, "floors": {"fact_f1": 0.5, "value_accuracy": 0.4}, "ceilings": {"trap_rate": 0.2}}
    return {"golds": {"dev.jsonl": base | entry}}


def test_a_run_at_its_floors_passes():
    assert check_floors(pinned(), "dev.jsonl", SHA, METRICS) == []


def test_below_a_floor_or_above_a_ceiling_fails_with_the_numbers():
    problems = check_floors(pinned(), "dev.jsonl", SHA,
                            {"fact_f1": 0.49, "value_accuracy": 0.4, "trap_rate": 0.25})
    assert problems == ["fact_f1 0.490 is below its floor 0.500", "trap_rate 0.250 is above its ceiling 0.200"]


def test_a_changed_gold_file_fails_and_says_so():
    [problem] = check_floors(pinned(), "dev.jsonl", "b" * 64, METRICS)
    assert "dev.jsonl has changed" in problem and "bbbbbbbbbbbb" in problem and "aaaaaaaaaaaa" in problem


def test_no_floors_for_the_gold_file_fails():
    [problem] = check_floors(pinned(), "other.jsonl", SHA, METRICS)
    assert "no floors are pinned for other.jsonl" in problem


def test_a_pinned_metric_missing_from_the_run_fails():
    data = pinned(floors={"fact_f1": 0.5, "findings_coarse": 0.3})
    assert check_floors(data, "dev.jsonl", SHA, METRICS) == [
        "findings_coarse has a floor of 0.300 but this run did not measure it"]


def test_update_pins_the_run_rounding_in_its_favour():
    new, changes = update_floors({"golds": {}}, "dev.jsonl", SHA,
                                 {"fact_f1": 2 / 3, "value_accuracy": 0.4, "trap_rate": 1 / 3,
                                  "findings_coarse": 0.75})
    entry = new["golds"]["dev.jsonl"]
    assert entry == {"sha256": SHA, "floors": {"fact_f1": 0.6666, "value_accuracy": 0.4, "findings_coarse": 0.75},
                     "ceilings": {"trap_rate": 0.3334}}
    assert check_floors(new, "dev.jsonl", SHA, {"fact_f1": 2 / 3, "value_accuracy": 0.4, "trap_rate": 1 / 3,
                                                "findings_coarse": 0.75}) == []
    assert "fact_f1 floor none -> 0.6666" in changes


def test_update_raises_floors_and_lowers_ceilings_freely():
    new, _ = update_floors(pinned(), "dev.jsonl", SHA, {"fact_f1": 0.6, "value_accuracy": 0.4, "trap_rate": 0.1})
    assert new["golds"]["dev.jsonl"]["floors"]["fact_f1"] == 0.6
    assert new["golds"]["dev.jsonl"]["ceilings"]["trap_rate"] == 0.1


@pytest.mark.parametrize("metrics, what", [
    ({"fact_f1": 0.45, "value_accuracy": 0.4, "trap_rate": 0.2}, "fact_f1 floor 0.5000 -> 0.4500"),
    ({"fact_f1": 0.5, "value_accuracy": 0.4, "trap_rate": 0.3}, "trap_rate ceiling 0.2000 -> 0.3000"),
    ({"fact_f1": 0.5, "trap_rate": 0.2}, "value_accuracy would no longer be checked"),
])
def test_update_refuses_to_loosen_the_gate_without_force(metrics, what):
    data = pinned()
    with pytest.raises(FloorError) as info:
        update_floors(data, "dev.jsonl", SHA, metrics)
    assert any(what in p for p in info.value.problems)
    assert data == pinned()  # untouched
    new, changes = update_floors(data, "dev.jsonl", SHA, metrics, force=True)
    assert check_floors(new, "dev.jsonl", SHA, metrics) == []


def test_update_records_a_new_gold_hash():
    new, changes = update_floors(pinned(), "dev.jsonl", "c" * 64, METRICS)
    assert new["golds"]["dev.jsonl"]["sha256"] == "c" * 64
    assert changes == ["dev.jsonl: sha256 cccccccccccc"]


def test_save_and_load_round_trip(tmp_path):
    path = tmp_path / "floors.json"
    assert load_floors(path) == {"golds": {}}
    save_floors(pinned(), path)
    assert load_floors(path) == pinned()
    path.write_text("[]")
    with pytest.raises(InputError, match="floors file"):
        load_floors(path)
