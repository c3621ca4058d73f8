"""Human views of an assessment: a Rich summary for the terminal and Markdown.

Both show the counts by status, then each finding (most serious first): rule,
status, subject, reasoning, the quoted evidence with whose word it is, the facts
that cut the other way, the open questions, and with ``explain`` the trace.
Nothing here prints: the CLI does.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from dignity.labels import fact_text, rule_label, status_label
from dignity.model import Assessment, Fact, Finding, Status

__all__ = ["ordered", "status_counts", "STATUS_LABEL", "to_markdown", "to_rich", "against"]

_ORDER = [Status.violation_likely.value, Status.concern.value, Status.insufficient_information.value,
          Status.compliant.value]
#: a status in words, from the label table (lower case: it is read inside a line)
STATUS_LABEL = {s: status_label(s).lower() for s in _ORDER}
_STYLE = {Status.violation_likely.value: "bold red", Status.concern.value: "bold yellow",
          Status.insufficient_information.value: "bold cyan", Status.compliant.value: "bold green"}


def ordered(findings: list[Finding]) -> list[Finding]:
    """Most serious first; within a status, binding treaties before soft law, then the
    catalogue's order."""
    from dignity.assess.concordance import binding_first

    return sorted(binding_first(findings), key=lambda f: _ORDER.index(str(f.status)))


def status_counts(findings: list[Finding]) -> dict[str, int]:
    c = Counter(str(f.status) for f in findings)
    return {s: c.get(s, 0) for s in _ORDER}


def _facts_by_id(a: Assessment) -> dict[str, Fact]:
    return {f.id: f for f in a.facts}


def _doc_names(a: Assessment) -> dict[str, str]:
    return {d.id: d.path or d.title or d.id[:12] for d in a.documents}


def _evidence_lines(fact: Fact, docs: dict[str, str]) -> list[tuple[str, str]]:
    """(quoted text, source) for each evidence span of the fact."""
    src = f"{fact.attributed_to or 'the author'}, {fact.certainty}"
    out = []
    for ev in fact.evidence or []:
        where = docs.get(ev.document, ev.document[:12])
        out.append((" ".join(ev.text.split()), f"{src}; {where} @{ev.start}"))
    if not out:
        out.append(("", f"{fact_text(fact.type, fact.value, fact.unit, bool(fact.negated))} ({src})"))
    return out


def against(a: Assessment) -> str:
    """The standards of the findings by name, binding first: 'the Nelson Mandela Rules', 'the
    International Covenant on Civil and Political Rights and the Nelson Mandela Rules' (the
    default standard where there is no finding)."""
    from dignity.assess.concordance import binding_first
    from dignity.assess.registry import DEFAULT_STANDARD, installed

    names = list(dict.fromkeys(f.standard for f in binding_first(a.findings) if f.standard))
    if not names:
        try:
            names = [installed()[DEFAULT_STANDARD].standard]
        except Exception:  # noqa: BLE001 - a heading never fails
            names = ["international standards"]
    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and the " + names[-1]
    return "the " + joined


def _heading(f: Finding, many: bool) -> str:
    """'Rule 43(1)(c)', with the standard's name where findings are under several."""
    return rule_label(f.rule) + (f" ({f.standard})" if many else "")


def _summary(a: Assessment) -> str:
    counts = status_counts(a.findings)
    parts = [f"{n} {STATUS_LABEL[s]}" for s, n in counts.items() if n]
    return " · ".join(parts) if parts else "no findings"


def to_rich(a: Assessment, *, explain: bool = False) -> list[Any]:
    """Rich renderables, in order, for the console."""
    from rich.padding import Padding
    from rich.rule import Rule
    from rich.text import Text

    facts, docs = _facts_by_id(a), _doc_names(a)
    out: list[Any] = []
    names = ", ".join(docs.values()) or "(no document)"
    title = Text.assemble((f"Assessment against {against(a)}", "bold"), f"  {names}")
    many = len({f.standard for f in a.findings}) > 1
    out.append(title)
    line = Text()
    for s, n in status_counts(a.findings).items():
        if n:
            line.append(f"{n} {STATUS_LABEL[s]}", style=_STYLE[s])
            line.append("   ")
    for na in a.not_assessed:
        out.append(Text(f"NOT ASSESSED: {na.get('document')}: {na.get('reason')}", style="bold magenta"))
    if not line.plain and a.not_assessed:
        line = Text("no findings, because not every document could be assessed: this is no all-clear",
                    style="bold magenta")
    out.append(line if line.plain else Text("no findings: no fact touches a rule", style="dim"))
    for f in ordered(a.findings):
        out.append(Rule(style="dim"))
        head = Text.assemble((STATUS_LABEL[str(f.status)].upper(), _STYLE[str(f.status)]),
                             "  ", (_heading(f, many), "bold"), f": {f.title}")
        out.append(head)
        out.append(Padding(Text(f"subject: {f.subject}   basis: {f.basis}", style="dim"), (0, 0, 0, 2)))
        out.append(Padding(Text(f.reasoning), (0, 0, 0, 2)))
        ev = Text()
        for label, ids in (("evidence", f.facts), ("against", f.counter_facts)):
            for fid in ids:
                fact = facts.get(fid)
                if fact is None:
                    continue
                for quote, source in _evidence_lines(fact, docs):
                    ev.append(f"  {label}: ", style="bold" if label == "evidence" else "italic")
                    if quote:
                        ev.append(f"“{quote}”")
                    ev.append(f" ({source})\n", style="dim")
        if ev.plain:
            out.append(ev.rstrip() or ev)
        for q in f.questions:
            out.append(Padding(Text(f"? {q}", style="cyan"), (0, 0, 0, 2)))
        if explain and f.trace:
            out.append(Padding(Text("\n".join(f"· {t}" for t in f.trace), style="dim"), (0, 0, 0, 2)))
    return out


def _md_escape(text: str) -> str:
    return text.replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")


def to_markdown(a: Assessment, *, explain: bool = False) -> str:
    """The assessment as a Markdown report."""
    facts, docs = _facts_by_id(a), _doc_names(a)
    lines = [f"# Assessment against {against(a)}", ""]
    many = len({f.standard for f in a.findings}) > 1
    if docs:
        lines += ["Documents: " + ", ".join(f"`{n}`" for n in docs.values()), ""]
    counts = status_counts(a.findings)
    lines += ["| status | findings |", "|---|---|"]
    lines += [f"| {STATUS_LABEL[s]} | {n} |" for s, n in counts.items()]
    lines.append("")
    if a.not_assessed:
        lines += ["**Not assessed** (no all-clear: these documents were not read):", ""]
        lines += [f"- `{_md_escape(str(na.get('document')))}`: {_md_escape(str(na.get('reason')))}"
                  for na in a.not_assessed] + [""]
    if not a.findings:
        lines += ["No fact touches a rule." if not a.not_assessed else
                  "No findings, because not every document could be assessed.", ""]
    for f in ordered(a.findings):
        lines += [f"## {_md_escape(_heading(f, many))}: {_md_escape(f.title)}", "",
                  (f"**{STATUS_LABEL[str(f.status)]}** · "
                  f"subject: {_md_escape(f.subject)} · basis: {_md_escape(f.basis)}"), "",
                  _md_escape(f.reasoning), ""]
        for label, ids in (("Evidence", f.facts), ("Against", f.counter_facts)):
            items = []
            for fid in ids:
                fact = facts.get(fid)
                if fact is None:
                    continue
                for quote, source in _evidence_lines(fact, docs):
                    items.append(f"- “{_md_escape(quote)}” ({_md_escape(source)})"
                                 if quote else f"- {_md_escape(source)}")
            if items:
                lines += [f"{label}:", ""] + items + [""]
        if f.questions:
            lines += ["Open questions:", ""] + [f"- {_md_escape(q)}" for q in f.questions] + [""]
        if explain and f.trace:
            lines += ["<details><summary>How the rule was tested</summary>", ""]
            lines += [f"1. {_md_escape(t)}" for t in f.trace] + ["", "</details>", ""]
    return "\n".join(lines).rstrip() + "\n"
