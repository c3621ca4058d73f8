"""Standards as packs (issue 13): the registry finds a standard by its folder, so a toy
standard in a temporary folder is assessed with no code change; a rule not verified against
its text never grades; a standard that gives no verdict never does either; the Mandela Rules
are a pack like any other."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from assess_helpers import fact

from dignity.assess import assess_facts
from dignity.assess.registry import ENV_PATH, installed, load_catalogue, select, standard
from dignity.errors import ConfigError

BREACH_STATUSES = {"violation_likely", "concern", "compliant"}


def _toy(root: Path, pack_id: str = "toy", *, verified: str = "T", grades: bool = True,
         scope: str = "universal", applies_to: str = "[everyone]", checks: str | None = None,
         extra_rule: str = "") -> Path:
    folder = root / pack_id
    folder.mkdir(parents=True)
    (folder / "standard.yaml").write_text(textwrap.dedent(f"""\
        id: {pack_id}
        standard: Toy Principles
        short: TP
        citation: Toy Principles for a test (2026)
        kind: soft_law
        scope: {scope}
        applies_to: {applies_to}
        grades: {str(grades).lower()}
        number_word: principle
        version: 1
        """), encoding="utf-8")
    (folder / "rules.yaml").write_text(textwrap.dedent(f"""\
        rules:
          - id: {pack_id}-1
            number: "I"
            title: Food is enough
            paraphrase: every detainee gets enough food to stay healthy.
            kind: minimum_requirement
            verified: "{verified}"
            counter: ['food said to be adequate (food_water negated)']
            reads: [food_water]
            test:
              evidence:
                - {{type: food_water, role: breach}}
        """) + textwrap.indent(extra_rule, "  "), encoding="utf-8")
    if checks is not None:
        (folder / "checks.py").write_text(checks, encoding="utf-8")
    return folder


def _hunger():
    return [fact("food_water", "no food for three days", quote="The court finds he was denied food for three days.",
                 who="the court")]


def test_the_mandela_rules_are_a_pack():
    cat = standard("mandela")
    assert cat.id == "mandela" and cat.standard == "Nelson Mandela Rules" and cat.universal
    assert load_catalogue() is cat
    assert all(r.id.startswith("mandela-") for r in cat.rules)
    assert Path(cat.folder or "").name == "mandela"


def test_a_toy_standard_in_a_folder_is_assessed_with_no_code_change(tmp_path, monkeypatch):
    _toy(tmp_path)
    monkeypatch.setenv(ENV_PATH, str(tmp_path))
    assert "toy" in installed()
    findings = assess_facts(_hunger(), standards=["toy", "mandela"])
    toy = [f for f in findings if f.standard_id == "toy"]
    assert [f.rule for f in toy] == ["toy-1"]
    assert toy[0].status == "violation_likely"
    assert toy[0].standard == "Toy Principles"
    assert "Under principle I, every detainee" in toy[0].reasoning
    assert any(f.standard_id == "mandela" for f in findings)


def test_a_pack_folder_passed_as_a_path(tmp_path):
    folder = _toy(tmp_path, "tiny")
    assert "tiny" in installed([folder])
    assert load_catalogue(folder).id == "tiny"


def test_an_unverified_rule_is_listed_but_never_grades(tmp_path, monkeypatch):
    _toy(tmp_path, verified="U")
    monkeypatch.setenv(ENV_PATH, str(tmp_path))
    rule = standard("toy").rules[0]
    assert rule.unverified and not standard("toy").may_grade(rule)
    (finding,) = assess_facts(_hunger(), standards=["toy"])
    assert finding.status == "insufficient_information"
    assert "not been verified" in finding.reasoning
    assert any("unverified rule" in t for t in finding.trace)


def test_a_standard_without_verdicts_states_the_test(tmp_path, monkeypatch):
    _toy(tmp_path, grades=False)
    monkeypatch.setenv(ENV_PATH, str(tmp_path))
    (finding,) = assess_facts(_hunger(), standards=["toy"])
    assert finding.status == "insufficient_information"
    assert "not as a verdict" in finding.reasoning


def test_no_unverified_rule_of_any_installed_pack_grades():
    """Over every installed pack: a rule marked U (and not one of the Mandela Rules' listed
    exceptions) gives at most insufficient_information, whatever established facts it reads."""
    for cat in installed().values():
        assert not cat.grades_unverified or cat.id == "mandela", cat.id
        for rule in cat.rules:
            if cat.may_grade(rule):
                continue
            facts = []
            for t in sorted(rule.reads):
                facts.append(fact(t, "denied", quote=f"The court finds the {t} was denied.", who="the court"))
                facts.append(fact(t, 30, "days" if t == "isolation_duration" else None, who="the court",
                                  quote=f"The court finds 30 of {t}."))
            for f in assess_facts(facts, standards=[cat]):
                if f.rule == rule.id:
                    assert str(f.status) not in BREACH_STATUSES, (rule.id, f.status)


def test_the_mandela_exceptions_are_its_own_unverified_rules():
    cat = standard("mandela")
    ids = {r.id: r for r in cat.rules}
    for rid in cat.grades_unverified:
        assert rid in ids and ids[rid].unverified, rid


def test_selection_by_jurisdiction_and_person(tmp_path, monkeypatch):
    _toy(tmp_path, "toyus", scope="[US]")
    _toy(tmp_path, "toyeu", scope="[europe]")
    _toy(tmp_path, "toychild", applies_to="[child]")
    monkeypatch.setenv(ENV_PATH, str(tmp_path))
    ids = lambda cats: {c.id for c in cats}  # noqa: E731
    assert {"mandela"} <= ids(select()) and not {"toyus", "toyeu", "toychild"} & ids(select())
    assert "toyus" in ids(select(jurisdiction="us")) and "toyeu" not in ids(select(jurisdiction="US"))
    assert "toyeu" in ids(select(jurisdiction="FR")) and "toyus" not in ids(select(jurisdiction="FR"))
    assert "toychild" in ids(select(persons={"child"}))
    assert ids(select(["toyus"])) == {"toyus"}
    with pytest.raises(ConfigError, match="no such standard"):
        select(["nosuch"])


def test_a_child_brings_in_the_childrens_standard(tmp_path, monkeypatch):
    _toy(tmp_path, "toychild", applies_to="[child]")
    monkeypatch.setenv(ENV_PATH, str(tmp_path))
    facts = _hunger() + [fact("vulnerable_person", "juvenile", quote="He is 15 years old.")]
    assert any(f.standard_id == "toychild" for f in assess_facts(facts))
    assert not any(f.standard_id == "toychild" for f in assess_facts(_hunger()))


def test_a_pack_brings_its_own_check(tmp_path, monkeypatch):
    checks = textwrap.dedent("""\
        from dignity.assess.checks import Outcome, register_check


        @register_check("toyc_always_asks")
        def always_asks(rule, group, env):
            return [Outcome("insufficient_information", group.facts[:1], reasoning=["Asked."],
                            questions=["Is there food?"])]
        """)
    rule = textwrap.dedent("""\
          - id: toyc-2
            number: "II"
            title: Asks
            paraphrase: it asks.
            kind: minimum_requirement
            verified: "T"
            counter: ['none']
            reads: [food_water]
            test:
              check: toyc_always_asks
              triggered_by: [food_water]
        """)
    _toy(tmp_path, "toyc", checks=checks, extra_rule=rule)
    monkeypatch.setenv(ENV_PATH, str(tmp_path))
    found = {f.rule: f for f in assess_facts(_hunger(), standards=["toyc"])}
    assert found["toyc-2"].questions == ["Is there food?"]


@pytest.mark.parametrize("change, where, words", [
    (("id: toy", "id: other"), "id", "the folder's name"),
    (("kind: soft_law", "kind: gossip"), "header", "kind"),
    (("applies_to: [everyone]", "applies_to: [martians]"), "header", "unknown martians"),
])
def test_a_broken_header_names_its_file(tmp_path, change, where, words):
    folder = _toy(tmp_path)
    head = folder / "standard.yaml"
    head.write_text(head.read_text(encoding="utf-8").replace(*change), encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_catalogue(folder)
    assert err.value.where == where and words in str(err.value)
    assert str(err.value).startswith(str(head))


def test_a_rule_id_must_start_with_its_pack(tmp_path):
    folder = _toy(tmp_path)
    rules = folder / "rules.yaml"
    rules.write_text(rules.read_text(encoding="utf-8").replace("id: toy-1", "id: food-1"), encoding="utf-8")
    with pytest.raises(ConfigError, match="starts with toy-"):
        load_catalogue(folder)


def test_an_unknown_named_pattern_is_an_error(tmp_path):
    folder = _toy(tmp_path)
    rules = folder / "rules.yaml"
    rules.write_text(rules.read_text(encoding="utf-8").replace("{type: food_water, role: breach}",
                                                               '{type: food_water, role: breach, '
                                                               'mentions: "$no_such_words"}'), encoding="utf-8")
    with pytest.raises(ConfigError, match=r"unknown pattern \$no_such_words"):
        load_catalogue(folder)
