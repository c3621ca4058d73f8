"""The YAML resources: every recognizer compiles, covers the schema, and keeps its own
examples; broken files fail at load with the file and the recognizer named."""

from __future__ import annotations

import copy
from importlib import resources

import pytest
import yaml

from dignity.errors import ConfigError
from dignity.extract.attribution import load_attributor, parse_vocabulary
from dignity.extract.context import load_context, parse_context
from dignity.extract.recognizer import load_recognizers, parse_recognizers, read_resource
from dignity.model import FACT_TYPES

from extract_helpers import describe

SOURCE = "dignity/extract/resources/en/recognizers.yaml"


def test_every_recognizer_and_pattern_compiles():
    rs = load_recognizers("en")
    rs.validate()
    assert rs.source == SOURCE
    for rec_id, rec in rs.recognizers.items():
        compiled = rs.patterns(rec_id)
        assert len(compiled) == len(rec.patterns)
        assert all(cp.recognizer is rec for cp in compiled)


class _NoDuplicates(yaml.SafeLoader):
    """A loader that refuses a key given twice in one mapping (YAML keeps the last silently)."""


def _mapping(loader, node, deep=False):
    keys = [loader.construct_object(k, deep=deep) for k, _ in node.value]
    dup = {k for k in keys if keys.count(k) > 1}
    assert not dup, f"line {node.start_mark.line + 1}: duplicate key(s) {sorted(dup)}"
    return loader.construct_mapping(node, deep)


_NoDuplicates.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


@pytest.mark.parametrize("name", ["recognizers.yaml", "context.yaml", "attribution.yaml"])
def test_no_key_is_given_twice(name):
    text = resources.files("dignity.extract").joinpath("resources", "en", name).read_text("utf-8")
    assert yaml.load(text, Loader=_NoDuplicates)


def test_every_fact_type_has_a_recognizer():
    types = {r.type for r in load_recognizers("en").recognizers.values()}
    assert types == set(FACT_TYPES)


def test_context_and_attribution_resources_load():
    assert load_context("en").spec.rules
    assert load_attributor("en").v.claim_verbs


def _examples():
    data, _ = read_resource("en", "recognizers.yaml")
    for rec in data["recognizers"]:
        for pat in rec["patterns"]:
            if pat.get("example"):
                # a pattern that needs a NEGATED scope describes the condition not holding
                negated = bool(pat.get("negated")) != (pat.get("requires_context") == "NEGATED")
                yield pytest.param(rec["type"], pat["name"], pat["example"], negated,
                                   id=f"{rec['id']}.{pat['name']}")


_EXAMPLES = list(_examples())


def test_most_patterns_carry_an_example():
    data, _ = read_resource("en", "recognizers.yaml")
    n_patterns = sum(len(r["patterns"]) for r in data["recognizers"])
    assert len(_EXAMPLES) >= n_patterns // 2


@pytest.mark.parametrize("type_,pattern,example,negated", _EXAMPLES)
def test_pattern_example_yields_its_type(facts, type_, pattern, example, negated):
    found = [f for f in facts(example) if f.type == type_]
    assert found, f"{pattern}: {example!r} gave {describe(facts(example))}"
    assert any(f.negated == negated for f in found), describe(found)


# ----------------------------------------------------------------- broken files

def _minimal() -> dict:
    return {
        "version": 1,
        "language": "en",
        "terms": {"LIGHT": ["light", "lights"]},
        "recognizers": [
            {"id": "ok_one", "type": "constant_light", "anchors": ["light"],
             "patterns": [{"name": "p", "regex": "{LIGHT} on"}]},
            {"id": "broken", "type": "darkness", "anchors": ["dark"],
             "patterns": [{"name": "q", "regex": "dark cell"}]},
        ],
    }


def test_a_minimal_file_parses_and_matches():
    rs = parse_recognizers(_minimal(), "test.yaml")
    rs.validate()
    assert rs.patterns("ok_one")[0].regex.search("the lights on the tier")
    assert not rs.patterns("ok_one")[0].regex.search("the flights on time")


def _broken(**changes) -> dict:
    data = copy.deepcopy(_minimal())
    rec = data["recognizers"][1]
    for key, value in changes.items():
        if key.startswith("pattern_"):
            rec["patterns"][0][key[len("pattern_"):]] = value
        else:
            rec[key] = value
    return data


@pytest.mark.parametrize("changes,problem", [
    ({"type": "darknes"}, "unknown fact type 'darknes'"),
    ({"colour": "red"}, "colour"),
    ({"pattern_regex": "dark (cell"}, "bad regex"),
    ({"pattern_regex": "{DARKNESS} cell"}, "unknown term list {DARKNESS}"),
    ({"pattern_unless": "dark [cell"}, "bad unless"),
    ({"pattern_requires": "{NOPE}"}, "unknown term list {NOPE}"),
    ({"pattern_value_hook": "no_such_hook"}, "unknown value_hook 'no_such_hook'"),
    ({"pattern_score": 1.5}, "score"),
    ({"pattern_wobble": True}, "wobble"),
    ({"anchors": []}, "anchors"),
    ({"patterns": []}, "patterns"),
])
def test_broken_recognizer_is_named_with_its_file(changes, problem):
    with pytest.raises(ConfigError) as err:
        parse_recognizers(_broken(**changes), "broken.yaml").validate()
    e = err.value
    assert e.file == "broken.yaml"
    assert e.where.startswith("recognizer 'broken'"), e.where
    assert problem in e.problem, e.problem
    assert str(e).startswith("broken.yaml: recognizer 'broken'")


def test_broken_regex_names_the_pattern_too():
    with pytest.raises(ConfigError) as err:
        parse_recognizers(_broken(pattern_regex="dark (cell"), "broken.yaml").validate()
    assert err.value.where == "recognizer 'broken', pattern 'q'"


def test_recognizer_level_unless_is_checked():
    with pytest.raises(ConfigError) as err:
        parse_recognizers(_broken(unless="(unclosed"), "broken.yaml").validate()
    assert err.value.where == "recognizer 'broken'" and "bad unless" in err.value.problem


def test_duplicate_recognizer_id():
    data = _minimal()
    data["recognizers"][1]["id"] = "ok_one"
    with pytest.raises(ConfigError) as err:
        parse_recognizers(data, "dup.yaml")
    assert err.value.file == "dup.yaml" and err.value.where == "recognizer 'ok_one'"
    assert "duplicate" in err.value.problem


def test_unknown_top_level_key():
    data = _minimal()
    data["recognisers"] = []
    with pytest.raises(ConfigError) as err:
        parse_recognizers(data, "top.yaml")
    assert err.value.file == "top.yaml" and "recognisers" in err.value.problem


def test_a_language_without_a_pack_is_named():
    with pytest.raises(ConfigError) as err:
        read_resource("xx", "recognizers.yaml")
    assert err.value.file == "language 'xx'"
    assert err.value.problem.startswith("no rules for this language")


def test_missing_resource_names_the_file():
    with pytest.raises(ConfigError) as err:
        read_resource("en", "nothing.yaml")
    assert err.value.file == "dignity/extract/resources/en/nothing.yaml"
    assert err.value.problem == "not found"


def test_bad_context_rule_names_the_rule():
    with pytest.raises(ConfigError) as err:
        parse_context({"rules": [{"literal": "not", "category": "NEGATED"},
                                 {"literal": "if (", "category": "HYPOTHETICAL"},
                                 {"literal": "no", "category": "NEGATD"}]}, "ctx.yaml")
    assert err.value.file == "ctx.yaml" and err.value.where.startswith("rules.2")
    with pytest.raises(ConfigError) as err:
        parse_context({"rules": [{"literal": "x", "category": "NEGATED", "pattern": "(x"}]}, "ctx.yaml")
    assert err.value.where == "rule #0 'x'" and "bad regex" in err.value.problem


def test_bad_vocabulary_names_the_field():
    data, _ = read_resource("en", "attribution.yaml")
    data = dict(data)
    del data["claim_verbs"]
    with pytest.raises(ConfigError) as err:
        parse_vocabulary(data, "attr.yaml")
    assert err.value.file == "attr.yaml" and err.value.where == "claim_verbs"
