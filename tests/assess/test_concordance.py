"""The concordance (issue 13): counterparts are listed both ways over every installed pack,
and findings group by condition with each instrument's rule, binding treaty first."""

from __future__ import annotations

import textwrap

from assess_helpers import fact

from dignity.assess import assess_facts
from dignity.assess.concordance import by_condition, links, one_sided
from dignity.assess.registry import ENV_PATH, installed


def test_every_counterpart_is_listed_both_ways():
    assert one_sided() == []


def test_every_counterpart_names_a_rule_of_some_pack_or_an_uninstalled_one():
    ids = {r.id for c in installed().values() for r in c.rules}
    packs = set(installed())
    for c in installed().values():
        for r in c.rules:
            for other in r.counterparts:
                prefix = other.split("-", 1)[0]
                assert other in ids or prefix not in packs, (r.id, other)


def _pack(root, pack_id, kind, counterparts, number):
    folder = root / pack_id
    folder.mkdir()
    (folder / "standard.yaml").write_text(textwrap.dedent(f"""\
        id: {pack_id}
        standard: {pack_id.title()} Instrument
        short: {pack_id.upper()}
        citation: a test instrument
        kind: {kind}
        scope: universal
        applies_to: [everyone]
        version: 1
        """), encoding="utf-8")
    (folder / "rules.yaml").write_text(textwrap.dedent(f"""\
        rules:
          - id: {pack_id}-{number}
            number: "{number}"
            title: Darkness in {pack_id}
            paraphrase: no cell is kept dark.
            kind: minimum_requirement
            verified: "T"
            counterparts: {counterparts}
            counter: ['light']
            reads: [darkness]
            test:
              evidence:
                - {{type: darkness, role: breach}}
        """), encoding="utf-8")


def test_findings_group_by_condition_binding_first(tmp_path, monkeypatch):
    _pack(tmp_path, "softa", "soft_law", "[treatyb-7]", 3)
    _pack(tmp_path, "treatyb", "binding_treaty", "[softa-3]", 7)
    _pack(tmp_path, "lonec", "soft_law", "[]", 9)
    monkeypatch.setenv(ENV_PATH, str(tmp_path))
    assert links()["softa-3"] == {"treatyb-7"} and one_sided() == []
    findings = assess_facts([fact("darkness", "dark cell", quote="The court finds the cell was kept dark.")],
                            standards=["softa", "treatyb", "lonec"])
    groups = by_condition(findings)
    assert [[f.rule for f in g.findings] for g in groups] == [["treatyb-7", "softa-3"], ["lonec-9"]]
    assert groups[0].standards == ["treatyb", "softa"]


def test_a_one_sided_counterpart_is_reported(tmp_path, monkeypatch):
    _pack(tmp_path, "softa", "soft_law", "[treatyb-7]", 3)
    _pack(tmp_path, "treatyb", "binding_treaty", "[]", 7)
    monkeypatch.setenv(ENV_PATH, str(tmp_path))
    assert one_sided() == ["softa-3 lists treatyb-7; treatyb-7 does not list softa-3"]
