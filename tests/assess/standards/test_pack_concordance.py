"""The concordance: each rule's counterparts in the other instruments exist and are listed both ways."""

from __future__ import annotations

from dignity.assess.registry import installed, rule_index


def test_counterparts_exist_and_are_listed_both_ways():
    index = rule_index()
    for cat in installed().values():
        for rule in cat.rules:
            for other in rule.counterparts:
                assert other in index, f"{rule.id} names {other}, which no installed pack has"
                assert other.split("-")[0] != cat.id, f"{rule.id}: {other} is in the same pack"
                assert rule.id in index[other][1].counterparts, f"{rule.id} lists {other}, but not the reverse"


def test_the_solitary_concordance_reaches_every_region():
    """Mandela 43(1)(a) (no isolation without an end) has its European, American and treaty readings."""
    cps = set(rule_index()["mandela-43-1-a"][1].counterparts)
    assert {"epr-60-6-duration", "iachr-xxii-3", "iccpr-7-solitary"} <= cps
