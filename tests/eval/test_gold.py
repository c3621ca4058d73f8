from __future__ import annotations

import json

import pytest

from dignity.errors import InputError
from dignity.eval import GoldFormatError, gold_sha256, load_gold
from eval_helpers import gold_fact, passage


def test_reads_passages_in_order_with_extra_keys(write_gold):
    fact = gold_fact("cell_space", value=7.4, unit="m2") | {"occupants": 2}
    path = write_gold([passage("a", [fact], traps=[{"type": "solitary", "why": "no"}],
                               findings=[{"rule": "mandela-13", "status": "concern"}]),
                       passage("b")])
    gold = load_gold(path)
    assert [p.id for p in gold] == ["a", "b"]
    assert gold[0].doc_date == "2019-09"
    assert gold[0].facts[0].value == 7.4 and gold[0].facts[0].model_extra == {"occupants": 2}
    assert gold[0].traps[0].type == "solitary"
    assert gold[0].findings[0].status == "concern"


def test_blank_lines_are_skipped(write_gold, tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n" + json.dumps(passage("a")) + "\n\n", encoding="utf-8")
    assert [p.id for p in load_gold(path)] == ["a"]


@pytest.mark.parametrize("line, problem", [
    ('{"id": "b", "text": ', "invalid JSON"),
    ('["not", "an", "object"]', "expected a JSON object"),
    (json.dumps(passage("b", [gold_fact("solitary")]) | {"text": ""}), "text"),
    (json.dumps(passage("b", [gold_fact("isolation")])), "unknown fact type 'isolation'"),
    (json.dumps(passage("b", [gold_fact("solitary") | {"negated": "no"}])), "facts.0.negated"),
    (json.dumps(passage("b", [gold_fact("solitary", certainty="likely")])), "facts.0.certainty"),
    (json.dumps(passage("b", findings=[{"rule": "mandela-13", "status": "bad"}])), "findings.0.status"),
    (json.dumps(passage("a")), "passage id 'a' already used on line 1"),
])
def test_a_malformed_line_names_the_file_and_line(tmp_path, line, problem):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(passage("a")) + "\n" + line + "\n", encoding="utf-8")
    with pytest.raises(GoldFormatError) as info:
        load_gold(path)
    assert info.value.line == 2
    assert str(info.value).startswith(f"{path}: line 2: ")
    assert problem in str(info.value)


def test_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="cannot read"):
        load_gold(tmp_path / "absent.jsonl")


def test_a_trap_that_is_also_a_labelled_fact_is_warned_about(write_gold, caplog):
    load_gold(write_gold([passage("a", [gold_fact("sanitation")], traps=[{"type": "sanitation", "why": "x"}])]))
    assert "trap 'sanitation' is also a labelled fact" in caplog.text


def test_sha256_is_of_the_bytes(write_gold):
    path = write_gold([passage("a")])
    import hashlib
    assert gold_sha256(path) == hashlib.sha256(path.read_bytes()).hexdigest()
