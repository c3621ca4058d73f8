"""The catalogue: every rule loads, reads only types of the schema, every type is
read by some rule, and a broken file is refused with the file and rule named."""

from __future__ import annotations

from pathlib import Path

import pytest

from dignity.assess import load_catalogue
from dignity.assess.catalogue import Kind, NUMERIC_TYPES
from dignity.assess.checks import RULE_CHECKS
from dignity.errors import ConfigError
from dignity.model import FACT_TYPES

FIXTURES = Path(__file__).parent / "fixtures"

#: The rule ids other stages (the gold labels, the eval) rely on.
EXPECTED_IDS = {
    "mandela-1", "mandela-11", "mandela-12", "mandela-13", "mandela-14", "mandela-15", "mandela-22",
    "mandela-23", "mandela-42", "mandela-43-1-a", "mandela-43-1-b", "mandela-43-1-c", "mandela-43-1-d",
    "mandela-43-1-e", "mandela-43-2", "mandela-43-3", "mandela-44", "mandela-45-1", "mandela-45-2",
    "mandela-47", "mandela-48", "mandela-52", "mandela-58", "mandela-61", "mandela-83", "mandela-119",
}


def test_every_rule_loads():
    cat = load_catalogue()
    assert cat.standard == "Nelson Mandela Rules"
    assert EXPECTED_IDS <= {r.id for r in cat.rules}
    ids = [r.id for r in cat.rules]
    assert len(ids) == len(set(ids))
    for rule in cat.rules:
        assert rule.number and rule.title and rule.paraphrase.endswith("."), rule.id
        assert isinstance(rule.kind, Kind)
        assert rule.triggers, f"{rule.id} can never give a finding"
        if rule.test.check:
            assert rule.test.check in RULE_CHECKS


def test_rules_cite_only_types_of_the_schema():
    for rule in load_catalogue().rules:
        assert set(rule.reads) <= set(FACT_TYPES), rule.id
        for spec in rule.test.evidence:
            assert spec.type in rule.reads
        for th in rule.test.thresholds:
            assert th.type in NUMERIC_TYPES


def test_every_type_is_read_by_some_rule():
    cat = load_catalogue()
    unread = [t for t in FACT_TYPES if not cat.reading(t)]
    assert not unread


def test_sources_operators_are_kept():
    cat = load_catalogue()
    th44 = cat.get("mandela-44").test.thresholds[0]
    assert (th44.op, th44.limit, th44.unit) == (">=", 22, "hours_per_day")
    assert th44.describe() == "22 hours a day or more"
    th43b = cat.get("mandela-43-1-b").test.thresholds[0]
    assert (th43b.op, th43b.limit, th43b.unit) == (">", 15, "days")
    assert th43b.describe() == "more than 15 consecutive days"
    th23 = cat.get("mandela-23").test.thresholds[0]
    assert (th23.op, th23.limit) == (">=", 1)


def test_absolute_prohibitions_are_marked_so():
    cat = load_catalogue()
    for rid in ("mandela-43-1-a", "mandela-43-1-b", "mandela-43-1-c", "mandela-43-1-d", "mandela-43-1-e",
                "mandela-43-2", "mandela-1"):
        assert cat.get(rid).kind is Kind.absolute_prohibition, rid
    for rid in ("mandela-43-3", "mandela-58"):
        assert cat.get(rid).kind is Kind.qualified_restriction, rid


def test_loaded_once():
    assert load_catalogue() is load_catalogue()


@pytest.mark.parametrize("name, rule, words", [
    ("bad_type.yaml", "rule test-bad-type", "unknown fact type 'gruel'"),
    ("unknown_key.yaml", "rule test-unknown-key", "severity: unknown key"),
    ("bad_threshold.yaml", "rule test-bad-threshold", "op"),
    ("threshold_on_text.yaml", "rule test-threshold-on-text", "no numeric value"),
    ("bad_regex.yaml", "rule test-bad-regex", "bad regular expression"),
    ("unknown_check.yaml", "rule test-unknown-check", "unknown check 'guess_the_answer'"),
    ("unread_type.yaml", "rule test-unread-type", "does not list in `reads`"),
    ("not_yaml.yaml", "file", "not valid YAML"),
])
def test_broken_catalogue_names_file_and_rule(name, rule, words):
    path = FIXTURES / name
    with pytest.raises(ConfigError) as err:
        load_catalogue(path)
    message = str(err.value)
    assert err.value.file == str(path)
    assert err.value.where == rule
    assert message.startswith(f"{path}: {rule}: ")
    assert words in message
    assert "\n" not in message


def test_missing_catalogue_file(tmp_path):
    with pytest.raises(ConfigError, match="file"):
        load_catalogue(tmp_path / "nope.yaml")
