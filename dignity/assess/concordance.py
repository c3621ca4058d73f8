"""The concordance: the same condition under every instrument's rule.

Each rule lists its ``counterparts`` in other standards (Mandela 43(1)(c) ~ EPR
60.6 ~ Inter-American Principle XXII); the links are symmetric.  Findings are
grouped by condition (the rules a chain of counterparts joins), and within a
condition cited binding treaty first, then case law and regulation, soft law last.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from dignity.assess.catalogue import Catalogue
from dignity.assess.registry import KIND_ORDER, installed
from dignity.model import Finding

__all__ = ["one_sided", "Condition", "by_condition", "binding_first", "links"]


def links(packs: Iterable[Catalogue] | None = None) -> dict[str, set[str]]:
    """Rule id -> the rule ids it is joined to (both directions), over the installed packs."""
    cats = list(installed().values()) if packs is None else list(packs)
    known = {r.id for c in cats for r in c.rules}
    out: dict[str, set[str]] = {r.id: set() for c in cats for r in c.rules}
    for c in cats:
        for r in c.rules:
            for other in r.counterparts:
                if other in known and other != r.id:
                    out[r.id].add(other)
                    out[other].add(r.id)
    return out


def one_sided(packs: Iterable[Catalogue] | None = None) -> list[str]:
    """Each counterpart listed one way only ('a lists b; b does not list a'), and each that
    names no installed rule of another pack is left out (that pack may not be installed)."""
    cats = list(installed().values()) if packs is None else list(packs)
    rules = {r.id: (c, r) for c in cats for r in c.rules}
    problems = []
    for rid, (cat, rule) in rules.items():
        for other in rule.counterparts:
            if other not in rules:
                continue
            ocat, orule = rules[other]
            if ocat.id == cat.id:
                problems.append(f"{rid} lists {other}, a rule of its own standard")
            elif rid not in orule.counterparts:
                problems.append(f"{rid} lists {other}; {other} does not list {rid}")
    return problems


@dataclass
class Condition:
    """One condition and its findings under each instrument, binding first."""

    title: str
    rules: list[str]
    findings: list[Finding] = field(default_factory=list)

    @property
    def standards(self) -> list[str]:
        return list(dict.fromkeys(f.standard_id or f.standard for f in self.findings))


def _kind_rank(finding: Finding, kinds: dict[str, int]) -> int:
    return kinds.get(finding.standard_id or "", len(KIND_ORDER))


def binding_first(findings: Iterable[Finding]) -> list[Finding]:
    """The findings with binding treaties first, soft law last (stable within a kind)."""
    packs = installed()
    kinds = {k: KIND_ORDER.index(c.kind) for k, c in packs.items()}
    return sorted(findings, key=lambda f: _kind_rank(f, kinds))


def by_condition(findings: Iterable[Finding]) -> list[Condition]:
    """Findings grouped by condition: those whose rules counterparts join (for one subject), in
    the order the first of each appears; a finding whose rule has no counterpart is its own."""
    findings = list(findings)
    graph = links()
    group_of: dict[str, int] = {}
    n = 0
    for rid in graph:
        if rid in group_of:
            continue
        stack = [rid]
        while stack:
            x = stack.pop()
            if x in group_of:
                continue
            group_of[x] = n
            stack.extend(graph.get(x, ()))
        n += 1
    out: dict[tuple[int | str, str], Condition] = {}
    for f in findings:
        key: tuple[int | str, str] = (group_of.get(f.rule, f.rule), f.subject)
        cond = out.get(key)
        if cond is None:
            cond = out[key] = Condition(title=f.title, rules=[])
        cond.findings.append(f)
        if f.rule not in cond.rules:
            cond.rules.append(f.rule)
    for cond in out.values():
        cond.findings = binding_first(cond.findings)
    return list(out.values())
