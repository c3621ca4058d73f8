"""The standards engine: facts in, findings out.

``assess_facts`` reads as its steps, in order:

1. set aside facts about people in general and hypothetical facts (kept in the
   extraction, never the ground of a finding);
2. group the rest by subject (``dignity.assess.facts.group_subjects``: one
   subject for a passage about one detainee or one group, however the
   extractor spelled the subject);
3. for each subject and each rule of the catalogue, run the rule's test
   (declarative, or its named check) on that subject's facts;
4. turn each outcome into a ``Finding`` with its facts, counter-facts, basis,
   reasoning, questions and trace.

A rule that no fact touches gives no finding.  Finding ids are the rule id for
the main subject (``mandela-44``), with an aspect suffix where a rule has aspects
(``mandela-23-time``, ``mandela-23-open-air``: ``rule`` stays ``mandela-23``), and
``@<subject>`` for any further subject (``mandela-44@magee``).
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Iterable, Mapping

from dignity.assess.catalogue import Catalogue, load_catalogue
from dignity.assess.checks import Env, Outcome, evaluate
from dignity.assess.facts import SubjectGroup, group_subjects, parse_date, set_aside, slug, usable
from dignity.assess.phrases import basis
from dignity.model import Assessment, Extraction, Fact, Finding

__all__ = ["assess_facts", "assess_extraction", "not_assessed", "NO_TEXT"]

log = logging.getLogger(__name__)


def _as_date(value: str | date | None, what: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    d = parse_date(value)
    if d is None:
        raise ValueError(f"{what}: {value!r} is not an ISO date (YYYY-MM-DD, YYYY-MM or YYYY)")
    return d


def assess_facts(facts: Iterable[Fact], *, subject: str | None = None, as_of: str | date | None = None,
                 doc_dates: Mapping[str, str | date | None] | None = None,
                 catalogue: Catalogue | None = None,
                 doc_langs: Mapping[str, str | None] | None = None,
                 people: Mapping[str, str] | None = None, main: str | None = None) -> list[Finding]:
    """Findings of the catalogue's rules on ``facts``.

    ``subject``: assess all usable facts as about this one subject, without
    grouping; ``as_of``: the date to count an isolation's days to (default: the
    date of the fact's document); ``doc_dates``: document id -> its date; ``doc_langs``:
    document id -> its language (the words of a fact's sentence are read in it);
    ``people`` and ``main``: the reviewers' people and the case's detainee
    (``group_subjects``).
    """
    facts = list(facts)
    cat = catalogue or load_catalogue()
    dates = {k: d for k, v in (doc_dates or {}).items() if (d := _as_date(v, f"date of {k}")) is not None}
    env = Env(catalogue=cat, as_of=_as_date(as_of, "as_of"), doc_dates=dates,
              doc_langs={k: v for k, v in (doc_langs or {}).items() if v})
    general, hypothetical = set_aside(facts)
    if subject is not None:
        kept = [f for f in facts if usable(f)]
        groups = [SubjectGroup(name=subject, kind="person", facts=kept)] if kept else []
    else:
        groups = group_subjects(facts, people=people, main=main)
    header = []
    if general:
        header.append(f"set aside {len(general)} fact(s) about people in general: "
                      + ", ".join(f.id for f in general))
    if hypothetical:
        header.append(f"set aside {len(hypothetical)} hypothetical fact(s): " + ", ".join(f.id for f in hypothetical))
    findings: list[Finding] = []
    triggers = _trigger_sets(cat)
    for i, group in enumerate(groups):
        suffix = "" if i == 0 else f"@{slug(group.name)}"
        about = f"subject: {group.name} ({len(group.facts)} fact(s)" + (
            f"; also named {', '.join(repr(n) for n in group.merged)})" if group.merged else ")")
        present = group.index.keys()
        for rule, trig in zip(cat.rules, triggers):
            if present.isdisjoint(trig):
                continue  # no fact of a type that triggers the rule: it has nothing to say
            for out in evaluate(rule, group, env):
                findings.append(_finding(cat, rule.id, rule.title, rule.number, rule.kind.value,
                                         group, out, suffix,
                                         header + [about, (f"paraphrase checked against the rule's text: "
                                                   f"{rule.verified} ({rule.ref or 'no reference'})")]))
    log.debug("assessed %d facts (%d subjects): %d findings", len(facts), len(groups), len(findings))
    return findings


_TRIGGERS: dict[int, tuple[Catalogue, list[frozenset[str]]]] = {}


def _trigger_sets(cat: Catalogue) -> list[frozenset[str]]:
    """Each rule's trigger types as a set, in catalogue order (kept per catalogue)."""
    hit = _TRIGGERS.get(id(cat))
    if hit is None or hit[0] is not cat:
        hit = _TRIGGERS[id(cat)] = (cat, [frozenset(r.triggers) for r in cat.rules])
        if len(_TRIGGERS) > 64:  # catalogues are few; bounded all the same
            _TRIGGERS.pop(next(iter(_TRIGGERS)))
    return hit[1]


def _finding(cat: Catalogue, rule_id: str, title: str, number: str, kind: str, group: SubjectGroup,
             out: Outcome, suffix: str, header: list[str]) -> Finding:
    fid = rule_id + (f"-{out.aspect}" if out.aspect else "") + suffix
    facts = list(dict.fromkeys(f.id for f in out.facts))
    counter = [i for i in dict.fromkeys(f.id for f in out.counter) if i not in facts]
    return Finding(
        id=fid,
        standard=cat.standard,
        rule=rule_id,
        title=title + (f": {out.aspect_title}" if out.aspect_title else ""),
        status=out.status,
        subject=group.name,
        facts=facts,
        counter_facts=counter,
        basis=basis(out.basis_facts if out.basis_facts is not None else out.facts),
        reasoning=" ".join(s.strip() for s in out.reasoning if s.strip()),
        questions=out.questions,
        trace=[f"rule {rule_id}: {cat.short} {number} ({kind})"] + header + out.trace + [f"status: {out.status}"],
    )


def assess_extraction(extraction: Extraction, as_of: str | date | None = None) -> Assessment:
    """The extraction with its findings: facts grouped by subject, each rule's test run on them."""
    doc_dates = {d.id: d.date for d in extraction.documents if d.date}
    findings = assess_facts(extraction.facts, as_of=as_of, doc_dates=_lenient(doc_dates),
                            doc_langs={d.id: d.language for d in extraction.documents})
    return Assessment(documents=extraction.documents, facts=extraction.facts, errors=extraction.errors,
                      findings=findings, not_assessed=not_assessed(extraction))


#: why a document with no text and no facts was not assessed
NO_TEXT = "no text could be read from it (a scan without a text layer, or an empty file)"


def not_assessed(extraction: Extraction) -> list[dict[str, str]]:
    """The documents Dignity could not read, and why: those the extractor marked (a
    language without a pack), no text, a file that could not be read.  Their silence is
    no all-clear: every output says they were not assessed."""
    from dignity.extract.languages import not_assessed_reason, pack_code

    out = [dict(na) for na in extraction.not_assessed]
    listed = {na.get("document") for na in out}
    read = {ev.document for f in extraction.facts for ev in f.evidence}
    for d in extraction.documents:
        name = d.path or d.title or d.id[:12]
        if name in listed:
            continue
        if not (d.text or "").strip() and d.id not in read:
            out.append({"document": name, "reason": NO_TEXT})
        elif (reason := not_assessed_reason(d.language)) is not None:
            out.append({"document": name, "language": pack_code(d.language) or d.language, "reason": reason})
    for e in extraction.errors:
        out.append({"document": e.get("path") or e.get("document") or "?",
                    "reason": e.get("problem") or e.get("error") or e.get("message") or "it could not be read"})
    return out


def _lenient(dates: dict[str, str]) -> dict[str, date]:
    """Document dates that can be read; an unreadable one is logged and left out."""
    out = {}
    for k, v in dates.items():
        d = parse_date(v)
        if d is None:
            log.warning("document %s: date %r not understood; not used to count days", k[:12], v)
        else:
            out[k] = d
    return out
