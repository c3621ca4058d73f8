"""Builders for the eval tests: gold passages and facts, predicted facts, a fake predictor."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from dignity.model import Assessment, Evidence, Extraction, Fact, Finding


def gold_fact(type_: str, *, negated: bool = False, subject: str = "the detainee",
              certainty: str = "asserted", value: Any = None, unit: str | None = None,
              quote: str = "gold words") -> dict[str, Any]:
    return {"type": type_, "value": value, "unit": unit, "negated": negated, "certainty": certainty,
            "subject": subject, "attributed_to": "the author", "quote": quote}


def passage(id_: str, facts: Sequence[dict[str, Any]] = (), traps: Sequence[dict[str, str]] = (),
            findings: Sequence[dict[str, str]] = (), text: str | None = None) -> dict[str, Any]:
    return {"id": id_, "lang": "en", "source": {"title": "t", "kind": "court_opinion"},
            "doc_date": "2019-09", "text": text or f"text of {id_}", "facts": list(facts),
            "traps": list(traps), "findings": list(findings)}


def pred(type_: str, *, negated: bool = False, subject_kind: str = "person",
         certainty: str = "asserted", value: Any = None, words: str = "predicted words") -> Fact:
    return Fact(id=f"f-{type_}-{negated}-{value}", type=type_, negated=negated, value=value,
                subject_kind=subject_kind, certainty=certainty,
                evidence=[Evidence(document="d", start=0, end=len(words), text=words)])


def fake_predictor(by_text: dict[str, list[Fact]],
                   findings: dict[str, list[Finding]] | None = None) -> Callable[[str, str | None], Extraction]:
    """Facts (and, if given, findings) keyed by passage text; records the dates it was given."""
    def predict(text: str, date: str | None) -> Extraction:
        predict.dates.append(date)  # type: ignore[attr-defined]
        facts = by_text.get(text, [])
        if findings is None:
            return Extraction(facts=facts)
        return Assessment(facts=facts, findings=findings.get(text, []))
    predict.dates = []  # type: ignore[attr-defined]
    return predict


def finding(rule: str, status: str) -> Finding:
    return Finding(id=f"{rule}-{status}", standard="mandela", rule=rule, title=rule, status=status)
