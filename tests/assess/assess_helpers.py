"""Hand-built facts for the assessment tests, and the helpers their tables share."""

from __future__ import annotations

import itertools
from typing import Any

from dignity.model import Evidence, Fact, Finding

_ids = itertools.count(1)


def fact(type_: str, value: Any = None, unit: str | None = None, *, certainty: str = "asserted",
         who: str = "the court", negated: bool = False, subject: str = "Jane Doe", kind: str = "person",
         quote: str = "", id: str | None = None, doc: str = "doc1", **qualifiers: Any) -> Fact:
    """A Fact as the extractor would give it; ``quote`` becomes its evidence."""
    text = quote or f"{type_} {value if value is not None else ''}".strip()
    return Fact(id=id or f"f{next(_ids)}", type=type_, value=value, unit=unit, negated=negated,
                certainty=certainty, subject=subject, subject_kind=kind, attributed_to=who,
                evidence=[Evidence(document=doc, start=0, end=len(text), text=text)],
                qualifiers=qualifiers)


def hours(n: float, **kw: Any) -> Fact:
    return fact("confinement_hours", n, "hours_per_day", **kw)


def days(n: float, unit: str = "days", **kw: Any) -> Fact:
    return fact("isolation_duration", n, unit, **kw)


def by_id(findings: list[Finding]) -> dict[str, Finding]:
    return {f.id: f for f in findings}


def status(findings: list[Finding], finding_id: str) -> str | None:
    """The status of the finding with that id, or None where there is none."""
    f = by_id(findings).get(finding_id)
    return None if f is None else str(f.status)


def check_finding(findings: list[Finding], finding_id: str, expected: str | None, reason: str,
                  *shown: str) -> Finding | None:
    """Assert the status of the finding ``finding_id`` (None: there is none) and return it; the
    message gives ``reason`` and each finding's id, status and the fields named in ``shown``."""
    got = by_id(findings).get(finding_id)
    assert (None if got is None else got.status) == expected, \
        (reason, [(f.id, f.status, *(getattr(f, name) for name in shown)) for f in findings])
    return got


def assess_text(text: str, lang: str | None = None) -> Any:
    """The assessment of ``text`` read end to end as a document dated 2 June 2026, in ``lang``
    (None: as ``dignity.extract`` reads a text it is given no language for, English)."""
    import dignity
    from dignity import ingest
    from dignity.assess import assess_extraction

    return assess_extraction(dignity.extract(ingest.from_text(text, date="2026-06-02", language=lang), lang=lang))
