"""A case file: every document of a case read together, as reviewed by people.

``build_case_file(case, documents, facts)`` (``CaseService.case_file`` calls it):

* **facts**: each document's current extraction, reviews applied: rejected facts
  left out, edited values used (a fact derived from a rejected fact, such as
  the solitary confinement the extractor derives from 23 hours in the cell
  without contact, falls with it unless a person accepted it);
* **people**: the facts' subjects grouped into people (names folded as the
  assessment does, and as reviewers merged or split them: ``people``, see
  ``dignity.cases.people``), the detainee the case is about first, each with
  their facts, findings and documents;
* **merged facts**: facts with the same subject (spellings folded as the
  assessment does), type, value and polarity are one, with every source listed
  (document, evidence, who said it);
* **contradictions**: one source asserts what another denies (the same type and
  subject, negated and not), or two give different values of a numeric type
  (hours a day, square metres, people; not durations, which grow with time);
* **timeline**: document dates, the dates facts were observed on, and the dated
  events of the documents' text, sorted, each linked to its document (and fact);
* **findings**: ``dignity.assess.assess_facts`` on the reviewed facts, as of the
  newest document date, with the **topic mentions** of the current extractions
  (``topics``: a condition a document raises without a fact, "relief in three areas:
  food, laundry and exercise", opens its rules as ``insufficient_information`` where no
  fact answers it; the finding names the mention in ``Finding.topics``).

The JSON of ``CaseFile.to_json()`` is the export contract (``dignity case export``).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
import sys
from collections import Counter
from typing import Any, Iterable, Literal, Mapping, Sequence

from pydantic import BaseModel, ConfigDict, Field

from dignity.extract.languages import not_assessed_reason
from dignity.labels import fact_text, type_label, value_text
from dignity.model import Evidence, Fact, Finding, Status, TopicMention
from dignity.store.models import Case, StoredDocument, utcnow

__all__ = ["CaseFile", "CaseInfo", "CaseDocument", "Person", "SourceRef", "MergedFact", "ContradictionSide",
           "Contradiction", "TimelineEntry", "AssessmentLimit", "build_case_file", "effective_fact",
           "TIMELINE_LIMIT", "REPEATS_ASSESSED", "ASSESSED_PER_TYPE"]

_CERTAINTY_RANK = {"asserted": 3, "alleged": 2, "contested": 1, "hypothetical": 0}
#: Timeline entries of the same date: the document first, then what its text says.
_KIND_ORDER = {"document": 0, "event": 1, "observed": 2}
_MAX_EVENTS_PER_DOCUMENT = 200
#: Timeline entries a case file keeps (in date order); the rest are counted.
TIMELINE_LIMIT = 1000
#: Identical facts (same subject, type, value, polarity, certainty, source, qualifiers and
#: document) the assessment reads; further repeats are counted, not read.
REPEATS_ASSESSED = 3
#: Distinct facts of one subject and type the assessment reads; the rest are counted.
ASSESSED_PER_TYPE = 200


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CaseInfo(_Model):
    id: int
    name: str
    kind: str
    created_at: dt.datetime
    created_by: str | None = None


class CaseDocument(_Model):
    id: int
    sha256: str
    filename: str | None = None
    title: str | None = None
    date: str | None = None
    language: str | None = None
    media_type: str | None = None
    size: int
    added_by: str | None = None
    added_at: dt.datetime
    extraction_id: int | None = None
    extractor_version: str | None = None
    facts: int = 0
    text: str | None = Field(None, description="the normalised text (only when asked for)")
    not_assessed: str | None = Field(None, description="why the document was not assessed (a language "
                                     "without a pack: 'de: no rules for this language; not assessed'); "
                                     "None: it was read")
    pages: list[int] | None = Field(None, description="where each page starts in the text (a document "
                                    "with pages: PDF, images, page breaks); None: no pages")
    topics: int | None = Field(0, description="topic mentions its current extraction keeps (conditions "
                               "it raises without facts); None: extracted before the store kept them "
                               "(`dignity case reextract` reads them)")

    @property
    def label(self) -> str:
        return self.title or self.filename or self.sha256[:12]


class Person(_Model):
    """Someone the case's facts are about: the names they go by, and what is about them."""

    id: str = Field(description="a slug of the name, unique in the case (the person's page)")
    name: str
    names: list[str] = Field(default_factory=list, description="every name their facts give them")
    kind: str = Field("person", description="person or group")
    main: bool = Field(False, description="the detainee the case is about (listed first)")
    reviewed: bool = Field(False, description="a reviewer merged or split their names")
    facts: list[int] = Field(default_factory=list, description="their current facts (rejected ones too)")
    findings: list[str] = Field(default_factory=list, description="the findings about them")
    documents: list[int] = Field(default_factory=list, description="the documents that speak of them")


class SourceRef(_Model):
    """One source of a merged fact: a stored fact, its document and its words."""

    fact_id: int
    document_id: int
    document: str = Field(description="the document's title or file name")
    attributed_to: str
    certainty: str
    review_status: str
    observed_on: str | None = None
    evidence: list[Evidence] = Field(default_factory=list)
    note: str | None = None
    reviewed_by: str | None = Field(None, description="who reviewed it (user name)")
    reviewed_at: dt.datetime | None = None


class MergedFact(_Model):
    id: str = Field(description="'m1', 'm2' ... in the order of first appearance")
    type: str
    subject: str
    subject_kind: str
    value: Any = None
    unit: str | None = None
    negated: bool = False
    certainty: str = Field(description="the strongest certainty among its sources")
    review_status: str = Field(description="edited / accepted when any source is, else unreviewed")
    fact_ids: list[int]
    sources: list[SourceRef]


class ContradictionSide(_Model):
    value: Any = None
    unit: str | None = None
    negated: bool = False
    merged_facts: list[str]
    sources: list[SourceRef]


class Contradiction(_Model):
    id: str
    type: str
    subject: str
    kind: Literal["polarity", "value"]
    summary: str
    sides: list[ContradictionSide]


class TimelineEntry(_Model):
    date: str
    kind: Literal["document", "event", "observed"]
    label: str
    document_id: int
    fact_id: int | None = None
    merged_fact: str | None = None
    start: int | None = None
    end: int | None = None
    #: the sentence the entry stands in (its offsets in the document's text)
    sentence_start: int | None = None
    sentence_end: int | None = None


class AssessmentLimit(_Model):
    """Facts of one subject and type the assessment did not read: repeats of a fact it
    read (the same value, source, certainty and document: the first ``REPEATS_ASSESSED``
    of each are read) and those past ``ASSESSED_PER_TYPE`` distinct facts."""

    subject: str
    type: str
    facts: int = Field(description="facts of this subject and type")
    assessed: int = Field(description="of which the assessment read")
    repeats: int = Field(0, description="set aside as repeats of a fact it read")
    over_limit: int = Field(0, description="set aside past the limit of facts per subject and type")


class CaseFile(_Model):
    case: CaseInfo
    generated_at: dt.datetime
    as_of: str | None = Field(None, description="the newest document date: isolation counted to it")
    documents: list[CaseDocument]
    facts: list[Fact] = Field(description="the reviewed facts (rejected ones left out; ids = store fact ids)")
    excluded_facts: list[int] = Field(default_factory=list,
                                      description="rejected facts, and facts derived from rejected ones")
    review_counts: dict[str, int]
    people: list[Person] = Field(default_factory=list, description="the detainee the case is about first")
    merged: list[MergedFact]
    contradictions: list[Contradiction]
    timeline: list[TimelineEntry]
    timeline_omitted: int = Field(0, description="entries left out past the first TIMELINE_LIMIT (in date order)")
    findings: list[Finding]
    topics: list[TopicMention] = Field(
        default_factory=list, description="the conditions the documents raise without facts (the current "
        "extractions' topic mentions, in document order); a finding resting on one names its id in `topics`")
    not_assessed: list[dict[str, str]] = Field(
        default_factory=list, description="documents not assessed, each {document, language, reason}: their "
        "silence is no all-clear")
    assessment_limits: list[AssessmentLimit] = Field(
        default_factory=list, description="what the assessment did not read, by subject and type")

    def finding_counts(self) -> dict[str, int]:
        """Findings by status, every status present (in the order of ``Status``)."""
        c = Counter(str(f.status) for f in self.findings)
        return {s.value: c.get(s.value, 0) for s in Status}

    def finding(self, finding_id: str) -> Finding | None:
        return next((f for f in self.findings if f.id == finding_id), None)

    def document(self, document_id: int) -> CaseDocument | None:
        return next((d for d in self.documents if d.id == document_id), None)

    def person(self, person_id: str) -> Person | None:
        return next((p for p in self.people if p.id == person_id), None)

    def person_of_fact(self, fact_id: int | str) -> Person | None:
        fid = int(fact_id)
        return next((p for p in self.people if fid in p.facts), None)

    def topic(self, topic_id: str) -> TopicMention | None:
        return next((t for t in self.topics if t.id == topic_id), None)

    def document_of_topic(self, mention: TopicMention) -> CaseDocument | None:
        """The document a topic mention stands in (its evidence names the document's sha256)."""
        sha = mention.evidence[0].document if mention.evidence else None
        return next((d for d in self.documents if d.sha256 == sha), None)

    def person_of_finding(self, finding_id: str) -> Person | None:
        return next((p for p in self.people if finding_id in p.findings), None)

    def merged_of(self, fact_id: int | str) -> MergedFact | None:
        fid = int(fact_id)
        return next((m for m in self.merged if fid in m.fact_ids), None)

    def to_json(self, *, explain: bool = False) -> dict[str, Any]:
        exclude: dict[str, Any] = {}
        if not explain:
            exclude = {"facts": {"__all__": {"explain"}}, "findings": {"__all__": {"trace"}}}
        out = self.model_dump(mode="json", exclude=exclude)
        out["finding_counts"] = self.finding_counts()
        if all(d.get("text") is None for d in out["documents"]):
            for d in out["documents"]:
                d.pop("text", None)
        return out


# --------------------------------------------------------------------------- building


def effective_fact(f: Any, *, explain: bool = True) -> Fact:
    """The fact as reviewed: edits applied; its id the store's fact id (as a string).
    ``explain=False`` leaves its ``explain`` out (a third of a fact's memory)."""
    data = dict(f.data)
    if f.review_status == "edited" and isinstance(f.edited_value, dict):
        data.update(f.edited_value)
    data["id"] = str(f.id)
    if not explain:
        data.pop("explain", None)
    for e in data.get("evidence") or ():
        if isinstance(e, dict) and isinstance(e.get("document"), str):
            e["document"] = sys.intern(e["document"])  # one string per document, not one per fact
    return Fact.model_validate(data)


def _value_key(value: Any) -> Any:
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return round(float(value), 2)
    if isinstance(value, str):
        return " ".join(value.casefold().split())
    if isinstance(value, (list, tuple)):
        return tuple(sorted(str(_value_key(v)) for v in value))
    return repr(value)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _excluded(pairs: Sequence[tuple[_Ref, Fact]]) -> set[int]:
    """Rejected facts, and unreviewed facts derived from a rejected fact of their document.
    (A review's edit never changes a fact's evidence or qualifiers, read here.)"""
    out = {r.id for r, _ in pairs if r.review_status == "rejected"}
    rejected_spans: dict[tuple[int, str], set[tuple[int, int]]] = {}
    for r, f in pairs:
        if r.review_status == "rejected":
            key = (r.extraction_id, f.type)
            for e in f.evidence:
                rejected_spans.setdefault(key, set()).add((e.start, e.end))
    if not rejected_spans:
        return out
    for r, f in pairs:
        if r.id in out or r.review_status in ("accepted", "edited"):
            continue
        derived = f.qualifiers.get("derived_from")
        if not derived:
            continue
        spans = {(e.start, e.end) for e in f.evidence}
        if any(spans & rejected_spans.get((r.extraction_id, t), set()) for t in derived):
            out.add(r.id)
    return out


class _Ref:
    """What the case file keeps of a stored fact besides the fact itself."""

    __slots__ = ("id", "extraction_id", "review_status", "note", "reviewer", "reviewed_at")

    def __init__(self, id: int, extraction_id: int, review_status: str, note: str | None,
                 reviewer: str | None = None, reviewed_at: dt.datetime | None = None) -> None:
        self.id, self.extraction_id, self.review_status, self.note = id, extraction_id, review_status, note
        self.reviewer, self.reviewed_at = reviewer, reviewed_at


def _assessed(facts: list[Fact], subjects: dict[str, str]) -> tuple[list[Fact], list[AssessmentLimit]]:
    """The facts the assessment reads: at most ``REPEATS_ASSESSED`` of each identical
    fact and ``ASSESSED_PER_TYPE`` distinct facts per subject and type, in order; and
    what was set aside, counted per subject and type.  A case of any size costs the
    assessment a bounded amount (a document repeating one fact 10,000 times is read as
    3 of them)."""
    seen: Counter[tuple] = Counter()
    distinct: Counter[tuple[str, str]] = Counter()
    totals: Counter[tuple[str, str]] = Counter()
    repeats: Counter[tuple[str, str]] = Counter()
    over: Counter[tuple[str, str]] = Counter()
    kept: list[Fact] = []
    for f in facts:
        topic = (subjects.get(f.id, f.subject), f.type)
        totals[topic] += 1
        key = (topic, bool(f.negated), _value_key(f.value), f.unit, str(f.certainty), f.attributed_to,
               f.observed_on, f.evidence[0].document if f.evidence else None,
               repr(sorted(f.qualifiers.items())))
        seen[key] += 1
        if seen[key] > REPEATS_ASSESSED:
            repeats[topic] += 1
            continue
        if seen[key] == 1:
            distinct[topic] += 1
        if distinct[topic] > ASSESSED_PER_TYPE:
            over[topic] += 1
            continue
        kept.append(f)
    limits = [AssessmentLimit(subject=t[0], type=t[1], facts=totals[t], assessed=totals[t] - repeats[t] - over[t],
                              repeats=repeats[t], over_limit=over[t])
              for t in totals if repeats[t] or over[t]]
    return kept, limits


def _canonical_subjects(facts: list[Fact], people: Mapping[str, str] | None = None,
                        main: str | None = None) -> tuple[dict[str, str], list[Any]]:
    """(fact id -> the subject's name as the assessment groups it, the groups)."""
    from dignity.assess.facts import group_subjects

    names = {f.id: (f.subject or "unknown") for f in facts}
    groups = group_subjects(facts, people=people, main=main)
    for group in groups:
        for f in group.facts:
            names[f.id] = group.name
    return names, groups


def _people(groups: list[Any], people: Mapping[str, str], pairs: Sequence[tuple[Any, Fact]],
            run_doc: Mapping[int, StoredDocument], main: bool) -> list[Person]:
    """The assessment's subject groups as people; every current fact (rejected ones too)
    goes to the person its subject names."""
    from dignity.assess.facts import name_key, slug

    out: list[Person] = []
    of_key: dict[str, Person] = {}
    of_fact: dict[str, Person] = {}
    taken: set[str] = set()
    reviewed = {name_key(p) for p in people.values()}
    for i, g in enumerate(groups):
        pid = base = slug(g.name)
        n = 2
        while pid in taken:
            pid, n = f"{base}-{n}", n + 1
        taken.add(pid)
        names = list(dict.fromkeys([g.name, *g.merged]))
        person = Person(id=pid, name=g.name, names=names, kind=g.kind, main=main and i == 0,
                        reviewed=name_key(g.name) in reviewed)
        out.append(person)
        for n_ in names:
            of_key.setdefault(name_key(n_), person)
        for f in g.facts:
            of_fact[f.id] = person
    for r, f in pairs:
        person = of_fact.get(f.id) or of_key.get(name_key(f.subject))
        if person is None:
            continue
        person.facts.append(r.id)
        d = run_doc.get(r.extraction_id)
        if d is not None and d.id not in person.documents:
            person.documents.append(d.id)
    return out


def _newest_date(documents: Sequence[StoredDocument]) -> str | None:
    from dignity.assess.facts import parse_date

    best: tuple[dt.date, str] | None = None
    for d in documents:
        parsed = parse_date(d.date) if d.date else None
        if parsed is not None and (best is None or parsed > best[0]):
            best = (parsed, d.date or "")
    return best[0].isoformat() if best else None


def _value_text(value: Any, unit: str | None) -> str:
    return value_text(value, unit)


def describe(type_: str, value: Any, unit: str | None, negated: bool) -> str:
    """In the label table's words: ``Constant light``, ``Not solitary confinement``,
    ``Confinement hours: 23 hours a day``."""
    return fact_text(type_, value, unit, negated)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n")


def _sentence_around(text: str, start: int, end: int, limit: int = 600) -> tuple[int, int, str]:
    """The whole sentence around ``text[start:end]``; in a sentence longer than ``limit``
    characters, a window around the span cut at words and marked with "…".  Only
    ``limit`` characters either side are searched, so the cost does not grow with the
    document."""
    lo = max(0, start - limit)
    left = lo
    for m in _SENTENCE_END.finditer(text, lo, start):
        left = m.end()
    m = _SENTENCE_END.search(text, end, min(len(text), end + limit))
    right = m.start() if m else min(len(text), end + limit)
    head = tail = ""
    if right - left > limit:  # a long sentence: a window around the span, cut at words
        a = max(left, start - limit // 2)
        b = min(right, a + limit)
        if a > left:
            space = text.find(" ", a, start)
            a, head = (space + 1 if space >= 0 else a), "… "
        if b < right:
            space = text.rfind(" ", end, b)
            b, tail = (space if space >= 0 else b), " …"
        left, right = a, b
    return left, right, head + " ".join(text[left:right].split()) + tail


def build_case_file(case: Case, documents: Sequence[StoredDocument], stored: Iterable[Any], *,
                    include_text: bool = False, explain: bool = True,
                    people: Mapping[str, str] | None = None,
                    topics: Mapping[int, list[dict[str, Any]] | None] | None = None) -> CaseFile:
    """The case file of ``case``: ``stored`` are its current facts in document order
    (``StoredFact``s, or the lighter rows of ``CaseService.iter_facts``, read once as
    they come; each becomes its reviewed ``Fact`` and its stored JSON is let go).
    ``explain=False``: the facts without their ``explain`` (``to_json(explain=True)``
    then has none to give); ``people``: the reviewers' word on names
    (``CaseService.people_map``); ``topics``: the topic mentions' JSON of each current
    run, by run id (``CaseService.current_topics``; else read from each run)."""
    from dignity.assess import assess_facts
    from dignity.assess.facts import parse_date

    run_doc = {}
    for d in documents:
        cur = d.current_extraction
        if cur is not None:
            run_doc[cur.id] = d
    pairs: list[tuple[_Ref, Fact]] = []
    counts: Counter[str] = Counter()
    per_run: Counter[int] = Counter()
    for s in stored:
        if s.extraction_id not in run_doc:
            continue
        counts[s.review_status] += 1
        per_run[s.extraction_id] += 1
        who = getattr(s, "reviewer", None)  # a FactRow's user name, a StoredFact's User
        who = getattr(who, "username", who)
        pairs.append((_Ref(s.id, s.extraction_id, s.review_status, s.note, who, getattr(s, "reviewed_at", None)),
                      effective_fact(s, explain=explain)))
    excluded = _excluded(pairs)
    kept_pairs = [(r, f) for r, f in pairs if r.id not in excluded]
    every = pairs  # the people page lists rejected facts too
    del pairs
    facts = [f for _, f in kept_pairs]
    by_id = {f.id: r for r, f in kept_pairs}
    del kept_pairs
    review_counts = {s: counts.get(s, 0) for s in ("unreviewed", "accepted", "edited", "rejected")}

    # --- topic mentions of the current runs, in document order
    mentions: list[TopicMention] = []
    topic_counts: dict[int, int | None] = {}
    for run_id, d in run_doc.items():
        raw = topics.get(run_id) if topics is not None else getattr(d.current_extraction, "topics", None)
        topic_counts[run_id] = None if raw is None else len(raw)
        mentions.extend(TopicMention.model_validate(t) for t in raw or ())

    # --- documents
    case_docs = []
    for d in documents:
        cur = d.current_extraction
        case_docs.append(CaseDocument(
            id=d.id, sha256=d.sha256, filename=d.filename, title=d.title, date=d.date, language=d.language,
            media_type=d.media_type, size=d.size, added_by=d.adder.username if d.adder else None,
            added_at=d.added_at, extraction_id=cur.id if cur else None,
            extractor_version=cur.extractor_version if cur else None,
            facts=per_run.get(cur.id, 0) if cur else 0, text=d.text if include_text else None,
            not_assessed=not_assessed_reason(d.language), pages=d.pages,
            topics=topic_counts.get(cur.id) if cur else 0))

    def source(f: Fact) -> SourceRef:
        # built from validated parts: not validated again (the evidence is shared, not copied)
        s = by_id[f.id]
        d = run_doc[s.extraction_id]
        return SourceRef.model_construct(
            fact_id=s.id, document_id=d.id, document=d.label, attributed_to=f.attributed_to,
            certainty=str(f.certainty), review_status=s.review_status, observed_on=f.observed_on,
            evidence=list(f.evidence), note=s.note, reviewed_by=s.reviewer, reviewed_at=s.reviewed_at)

    # --- people, then merged facts
    people = dict(people or {})
    main = case.name if case.kind == "detainee" else None
    subjects, groups = _canonical_subjects(facts, people, main)
    persons = _people(groups, people, every, run_doc, main is not None)
    del every
    groups: dict[tuple, list[Fact]] = {}
    for f in facts:
        hypothetical = str(f.certainty) == "hypothetical"
        key = (subjects[f.id], f.type, bool(f.negated), _value_key(f.value), f.unit, hypothetical)
        groups.setdefault(key, []).append(f)
    merged: list[MergedFact] = []
    merged_of: dict[str, str] = {}
    for i, (key, members) in enumerate(groups.items(), start=1):
        mid = f"m{i}"
        first = members[0]
        statuses = {by_id[f.id].review_status for f in members}
        status = "edited" if "edited" in statuses else "accepted" if "accepted" in statuses else "unreviewed"
        certainty = max((str(f.certainty) for f in members), key=lambda c: _CERTAINTY_RANK.get(c, 0))
        kinds = {str(f.subject_kind) for f in members}
        merged.append(MergedFact(
            id=mid, type=first.type, subject=key[0],
            subject_kind="person" if "person" in kinds else sorted(kinds)[0],
            value=first.value, unit=first.unit, negated=bool(first.negated), certainty=certainty,
            review_status=status, fact_ids=[by_id[f.id].id for f in members],
            sources=[source(f) for f in members]))
        for f in members:
            merged_of[f.id] = mid

    # --- contradictions
    contradictions: list[Contradiction] = []
    by_topic: dict[tuple[str, str], list[MergedFact]] = {}
    for m in merged:
        if m.certainty == "hypothetical" or m.subject_kind == "general" or m.subject.lower() == "general":
            continue
        by_topic.setdefault((m.subject, m.type), []).append(m)

    def side(ms: list[MergedFact], value: Any, unit: str | None, negated: bool) -> ContradictionSide:
        return ContradictionSide(value=value, unit=unit, negated=negated, merged_facts=[m.id for m in ms],
                                 sources=[s for m in ms for s in m.sources])

    for (subject, type_), ms in by_topic.items():
        yes = [m for m in ms if not m.negated]
        no = [m for m in ms if m.negated]
        if yes and no:
            contradictions.append(Contradiction(
                id=f"c{len(contradictions) + 1}", type=type_, subject=subject, kind="polarity",
                summary=f"{type_label(type_)} about {subject}: "
                        f"{_who(yes)} say{'s' if len(_sources(yes)) == 1 else ''} so; "
                        f"{_who(no)} den{'ies' if len(_sources(no)) == 1 else 'y'} it",
                sides=[side(yes, yes[0].value, yes[0].unit, False), side(no, no[0].value, no[0].unit, True)]))
        numeric = [m for m in yes if _is_number(m.value) and m.unit != "days"]
        values: dict[tuple, list[MergedFact]] = {}
        for m in numeric:
            values.setdefault((_value_key(m.value), m.unit), []).append(m)
        if len(values) > 1:
            sides = [side(group, group[0].value, group[0].unit, False) for group in values.values()]
            contradictions.append(Contradiction(
                id=f"c{len(contradictions) + 1}", type=type_, subject=subject, kind="value",
                summary=f"{type_label(type_)} about {subject}: " + "; ".join(
                    f"{_value_text(s.value, s.unit)} ({_who_sources(s.sources)})" for s in sides),
                sides=sides))

    # --- timeline
    timeline: list[TimelineEntry] = []
    for d in documents:
        if d.date:
            timeline.append(TimelineEntry(date=d.date, kind="document", label=f"{d.label} (document dated)",
                                          document_id=d.id))
    observed: set[tuple[str, str | None, int]] = set()
    for f in facts:
        if f.observed_on:
            s = by_id[f.id]
            d = run_doc[s.extraction_id]
            once = (f.observed_on, merged_of.get(f.id), d.id)
            if once in observed:
                continue  # the same merged fact observed on the same date in the same document
            observed.add(once)
            ev = f.evidence[0] if f.evidence else None
            timeline.append(TimelineEntry(
                date=f.observed_on, kind="observed",
                label=f"{describe(f.type, f.value, f.unit, bool(f.negated))} ({f.attributed_to}, {d.label})",
                document_id=d.id, fact_id=s.id, merged_fact=merged_of.get(f.id),
                start=ev.start if ev else None, end=ev.end if ev else None))
    facts_by_doc: dict[int, list[Fact]] = {}
    for f in facts:
        facts_by_doc.setdefault(run_doc[by_id[f.id].extraction_id].id, []).append(f)
    for d in documents:
        timeline.extend(_events(d, facts_by_doc.get(d.id, []), by_id, merged_of))

    timeline = _dedupe(timeline)

    def order(e: TimelineEntry) -> tuple:
        parsed = parse_date(e.date)
        return (parsed or dt.date.max, len(e.date), _KIND_ORDER[e.kind], e.document_id, e.start or 0)

    timeline.sort(key=order)
    timeline_omitted = max(0, len(timeline) - TIMELINE_LIMIT)
    del timeline[TIMELINE_LIMIT:]

    # --- findings
    as_of = _newest_date(documents)
    doc_dates = {}
    for d in documents:
        parsed = parse_date(d.date) if d.date else None
        if parsed is not None:
            doc_dates[d.sha256] = parsed
    assessed, limits = _assessed(facts, subjects)
    findings = assess_facts(assessed, as_of=as_of, doc_dates=doc_dates,
                            doc_langs={d.sha256: d.language for d in documents}, people=people, main=main,
                            standards=_ids(getattr(case, "standards", None)),
                            jurisdiction=getattr(case, "jurisdiction", None) or _detected(documents),
                            topics=mentions)
    by_name = {p.name: p for p in persons}
    fact_person = {str(fid): p for p in persons for fid in p.facts}
    for finding in findings:
        who = by_name.get(finding.subject) or next(
            (fact_person[i] for i in finding.facts if i in fact_person), None)
        if who is not None:
            who.findings.append(finding.id)

    creator = case.creator.username if case.creator is not None else None
    return CaseFile(
        case=CaseInfo(id=case.id, name=case.name, kind=case.kind, created_at=case.created_at, created_by=creator),
        generated_at=utcnow(), as_of=as_of, documents=case_docs, facts=facts,
        excluded_facts=sorted(excluded), review_counts=review_counts, people=persons, merged=merged,
        contradictions=contradictions, timeline=timeline, timeline_omitted=timeline_omitted, findings=findings,
        topics=mentions, not_assessed=[{"document": d.label, "language": (d.language or "").split("-")[0].lower(),
                       "reason": d.not_assessed} for d in case_docs if d.not_assessed],
        assessment_limits=limits)


def _ids(value: str | None) -> list[str] | None:
    """A case's ``standards`` setting ('mandela,iccpr') as ids; None: those that apply."""
    ids = [i.strip() for i in (value or "").split(",") if i.strip()]
    return ids or None


def _detected(documents: list[Any]) -> str | None:
    """The country the case's documents name most (``dignity.assess.jurisdictions.detect``),
    where they agree; else none."""
    from dignity.assess.jurisdictions import detect

    found = {j for d in documents if (j := detect(getattr(d, "text", None) or ""))}
    return found.pop() if len(found) == 1 else None


def _sources(ms: list[MergedFact]) -> list[str]:
    return list(dict.fromkeys(s.attributed_to for m in ms for s in m.sources))


def _who(ms: list[MergedFact]) -> str:
    return _join(_sources(ms))


def _who_sources(sources: list[SourceRef]) -> str:
    return _join(list(dict.fromkeys(s.attributed_to for s in sources)))


def _join(names: list[str]) -> str:
    if len(names) <= 1:
        return names[0] if names else "a source"
    return ", ".join(names[:-1]) + " and " + names[-1]


def _dedupe(entries: list[TimelineEntry]) -> list[TimelineEntry]:
    """One row per event: a fact observed on a date is left out when a dated sentence of
    its document already shows it (its evidence in that sentence, the same date), and a
    sentence is shown once per date and document."""
    sentences: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for e in entries:
        if e.kind == "event" and e.sentence_start is not None and e.sentence_end is not None:
            sentences.setdefault((e.date, e.document_id), []).append((e.sentence_start, e.sentence_end))
    out: list[TimelineEntry] = []
    seen: set[tuple[str, int, str]] = set()
    for e in entries:
        if e.kind == "observed" and e.start is not None and any(
                a <= e.start < b for a, b in sentences.get((e.date, e.document_id), ())):
            continue
        if e.kind == "event":
            key = (e.date, e.document_id, " ".join(e.label.casefold().split()))
            if key in seen:
                continue
            seen.add(key)
        out.append(e)
    return out


def _events(d: StoredDocument, facts: list[Fact], by_id: dict[str, _Ref],
            merged_of: dict[str, str]) -> list[TimelineEntry]:
    """The dated sentences of a document: each explicit date in its text, with the
    sentence it stands in, linked to a fact whose evidence lies in that sentence."""
    from dignity.assess.facts import parse_date
    from dignity.extract.values import find_dates

    text = d.text or ""
    year = parse_date(d.date).year if d.date and parse_date(d.date) else None
    out: list[TimelineEntry] = []
    seen: set[tuple[str, int]] = set()
    # evidence starts, sorted, with the index of their fact: the first fact (in the
    # document's order) with evidence in a sentence is found by bisection, not a scan
    starts = sorted((e.start, i) for i, f in enumerate(facts) for e in f.evidence)
    keys = [st for st, _ in starts]
    for start, end, iso in find_dates(text, default_year=year):
        if d.date and iso == d.date and start < 300:
            continue  # the dateline: already the document's own entry
        left, right, sentence = _sentence_around(text, start, end)
        if (iso, left) in seen:
            continue
        seen.add((iso, left))
        lo, hi = bisect.bisect_left(keys, left), bisect.bisect_left(keys, right)
        fact = facts[min(i for _, i in starts[lo:hi])] if hi > lo else None
        s = by_id[fact.id] if fact is not None else None
        out.append(TimelineEntry(date=iso, kind="event", label=sentence, document_id=d.id,
                                 fact_id=s.id if s else None, merged_fact=merged_of.get(fact.id) if fact else None,
                                 start=start, end=end, sentence_start=left, sentence_end=right))
        if len(out) >= _MAX_EVENTS_PER_DOCUMENT:
            break
    return out
