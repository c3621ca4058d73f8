"""Running a pack's legal table: facts built by hand (our own words) -> the finding a rule gives.

Each row: (id, facts, the standards to assess against, finding id, expected status or None
for no finding, the reason: the rule of the trade the row checks).
"""

from __future__ import annotations

from typing import Any

from assess_helpers import fact
from dignity.assess import assess_facts
from dignity.model import Evidence, Fact, Finding

V, C, I, OK = "violation_likely", "concern", "insufficient_information", "compliant"

# whose word: a court's finding, an official monitor's, one NGO's allegation, a relative's
COURT = {"who": "the court", "source_kind": "court"}
MONITOR = {"who": "the Inspectorate of Prisons", "source_kind": "monitor"}
NGO = {"certainty": "alleged", "who": "Amnesty International", "source_kind": "ngo"}
MOTHER = {"certainty": "alleged", "who": "his mother", "source_kind": "other"}


def said(type_: str, value: Any = None, *, text: str, **kw: Any) -> Fact:
    """A fact whose sentence says more than its own words."""
    f = fact(type_, value, **kw)
    f.evidence = [Evidence(document="doc1", start=0, end=len(f.evidence[0].text), text=f.evidence[0].text,
                           sentence=text)]
    return f


def child(**kw: Any) -> Fact:
    return fact("vulnerable_person", "juvenile", quote="a 15-year-old boy", **kw)


def pregnant(**kw: Any) -> Fact:
    return fact("vulnerable_person", "pregnant", quote="seven months pregnant", **kw)


def findings(facts: list[Fact], standards: list[str]) -> dict[str, Finding]:
    return {f.id: f for f in assess_facts(facts, standards=standards)}


def check(facts: list[Fact], standards: list[str], finding: str, expected: str | None, why: str) -> Finding | None:
    got = findings(facts, standards)
    f = got.get(finding)
    status = None if f is None else str(f.status)
    assert status == expected, (f"{finding}: expected {expected}, got {status} ({why}); findings: "
                                + ", ".join(f"{k}={v.status}" for k, v in got.items()))
    return f
