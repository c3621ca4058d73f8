"""What the templates show, computed in Python: fact rows, findings grouped by
status, the document text with its evidence highlighted.

Text from documents is only ever put into HTML through ``markupsafe.escape`` (here)
or Jinja2's autoescaping (the templates).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Sequence

from markupsafe import Markup, escape

import datetime as dt

from dignity.cases.casefile import CaseFile, Person, SourceRef, describe
from dignity.labels import table
from dignity.model import LOW_CONFIDENCE, Fact, Finding, Status, TopicMention
from dignity.store.models import StoredDocument, StoredFact

__all__ = ["STATUS_LABELS", "REVIEW_LABELS", "EvidenceLink", "FactRow", "MentionRow", "FindingView", "PersonView",
           "CaseView",
           "row_from_stored", "case_view", "highlight", "review_counts", "value_for_input", "parse_value",
           "evidence_anchor", "search_snippet"]

#: a finding's status and a fact's review status in words (the label table, English)
STATUS_LABELS = table("status")
REVIEW_LABELS = table("review")
#: Facts shown under one finding on the case page (all of them: the facts page).
FACTS_PER_FINDING = 6


def evidence_anchor(fact_id: int | str, index: int) -> str:
    return f"ev-{fact_id}-{index}"


def value_for_input(value: Any) -> str:
    """A fact value as the edit box shows it: text as is, anything else as JSON."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return json.dumps(value, ensure_ascii=False)


def parse_value(raw: str | None) -> Any:
    """What the edit box sent: JSON when it parses (22, true, ["a"]), else the text."""
    if raw is None:
        return None
    text = raw.strip()
    if not text:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text


@dataclass
class EvidenceLink:
    """One evidence span: its words, and the whole sentence they stand in (``before``,
    ``text``, ``after``: the words marked inside their sentence)."""

    text: str
    href: str | None
    anchor: str
    #: the page it stands on (a document with pages), and its link in the document view
    page: int | None = None
    page_href: str | None = None
    #: read by OCR: the lowest confidence of its words; ``low``: below ``LOW_CONFIDENCE``
    ocr_confidence: float | None = None
    low: bool = False
    #: the region of the page image where it stands (read by OCR), as a PNG
    image_href: str | None = None
    before: str = ""
    after: str = ""


def _in_sentence(text: str, sentence: str | None) -> tuple[str, str]:
    """What comes before and after ``text`` in its ``sentence`` ('' and '' when it is not found)."""
    if not sentence or not text:
        return "", ""
    i = sentence.find(text)
    if i < 0:
        return "", ""
    return sentence[:i], sentence[i + len(text):]


@dataclass
class FactRow:
    id: int
    case_id: int
    type: str
    label: str
    value_input: str
    subject: str
    certainty: str
    attributed_to: str
    observed_on: str | None
    review_status: str
    note: str | None
    document_id: int | None
    document_label: str | None
    evidence: list[EvidenceLink] = field(default_factory=list)
    origin: str = "extracted"
    #: (type, value, unit, negated): what ``label`` says, for a page in another language
    parts: tuple = ()
    #: who reviewed it and when
    reviewer: str | None = None
    reviewed_at: dt.datetime | None = None
    #: a refused edit: the message, the field it is about, and what was typed
    error: str | None = None
    error_field: str | None = None

    @property
    def review_label(self) -> str:
        return REVIEW_LABELS.get(self.review_status, self.review_status)


def _evidence_links(case_id: int, fact_id: int, document_id: int | None, evidence: Iterable[Any]) -> list[EvidenceLink]:
    out = []
    for i, e in enumerate(evidence):
        get = e.get if isinstance(e, dict) else lambda key, e=e: getattr(e, key, None)
        words = " ".join(str(get("text") or "").split())
        before, after = _in_sentence(words, " ".join(str(get("sentence") or "").split()))
        anchor = evidence_anchor(fact_id, i)
        doc_url = f"/cases/{case_id}/documents/{document_id}" if document_id is not None else None
        page, conf = get("page"), get("ocr_confidence")
        out.append(EvidenceLink(
            words, f"{doc_url}#{anchor}" if doc_url else None, anchor, before=before, after=after,
            page=page if isinstance(page, int) else None,
            page_href=f"{doc_url}#page-{page}" if doc_url and isinstance(page, int) else None,
            ocr_confidence=conf if isinstance(conf, (int, float)) else None,
            low=isinstance(conf, (int, float)) and conf < LOW_CONFIDENCE,
            image_href=f"/cases/{case_id}/facts/{fact_id}/evidence/{i}/image" if get("region") else None))
    return out


def row_from_stored(f: StoredFact, doc: StoredDocument, case_id: int) -> FactRow:
    data = dict(f.data)
    if f.review_status == "edited" and isinstance(f.edited_value, dict):
        data.update(f.edited_value)
    return FactRow(
        id=f.id, case_id=case_id, type=f.type,
        label=describe(f.type, data.get("value"), data.get("unit"), bool(data.get("negated"))),
        value_input=value_for_input(data.get("value")), subject=str(data.get("subject") or "unknown"),
        certainty=str(data.get("certainty") or ""), attributed_to=str(data.get("attributed_to") or ""),
        observed_on=data.get("observed_on"), review_status=f.review_status, note=f.note,
        document_id=doc.id, document_label=doc.label,
        evidence=_evidence_links(case_id, f.id, doc.id, data.get("evidence") or []), origin=f.origin,
        parts=(f.type, data.get("value"), data.get("unit"), bool(data.get("negated"))),
        reviewer=f.reviewer.username if f.reviewer is not None else None, reviewed_at=f.reviewed_at)


def _row_from_case_file(fact: Fact, src: SourceRef | None, doc_id: int | None, doc_label: str | None,
                        case_id: int) -> FactRow:
    fid = int(fact.id)
    return FactRow(
        id=fid, case_id=case_id, type=fact.type,
        label=describe(fact.type, fact.value, fact.unit, bool(fact.negated)),
        value_input=value_for_input(fact.value), subject=fact.subject, certainty=str(fact.certainty),
        attributed_to=fact.attributed_to, observed_on=fact.observed_on,
        review_status=src.review_status if src else "unreviewed", note=src.note if src else None,
        document_id=doc_id, document_label=doc_label,
        evidence=_evidence_links(case_id, fid, doc_id, fact.evidence),
        parts=(fact.type, fact.value, fact.unit, bool(fact.negated)),
        reviewer=src.reviewed_by if src else None, reviewed_at=src.reviewed_at if src else None)


@dataclass
class MentionRow:
    """A topic mention a finding rests on (a condition a document raises without a fact):
    its words in their sentence, linked to them in the document (``?at=start-end#at``)."""

    id: str
    topic: str
    label: str
    context: str
    document_id: int | None
    document_label: str | None
    evidence: EvidenceLink | None
    mention: TopicMention = field(repr=False)


def _mention_row(m: TopicMention, case_id: int, doc_id: int | None, doc_label: str | None) -> MentionRow:
    ev = m.evidence[0] if m.evidence else None
    link = None
    if ev is not None:
        words = " ".join(ev.text.split())
        before, after = _in_sentence(words, " ".join((ev.sentence or "").split()))
        doc_url = f"/cases/{case_id}/documents/{doc_id}" if doc_id is not None else None
        link = EvidenceLink(
            words, f"{doc_url}?at={ev.start}-{ev.end}#at" if doc_url else None, f"topic-{m.id}",
            page=ev.page, page_href=f"{doc_url}#page-{ev.page}" if doc_url and ev.page else None,
            before=before, after=after)
    return MentionRow(m.id, m.topic, m.label, m.context or "concern", doc_id, doc_label, link, m)


@dataclass
class FindingView:
    finding: Finding
    status_label: str
    facts: list[FactRow]
    counter_facts: list[FactRow]
    more_facts: int = 0
    #: fact id -> the case's fact, for the reasoning in another language
    lookup: Callable[[str], Fact | None] | None = field(default=None, repr=False)
    #: the topic mentions it rests on (a finding the documents raise without a fact)
    mentions: list[MentionRow] = field(default_factory=list)

    def basis(self, loc: Any) -> str:
        """The finding's basis in ``loc``'s language: one resting on a topic mention from the
        locale's ``topic_basis`` (the engine's own words in English)."""
        if self.mentions and not self.finding.facts and getattr(loc, "lang", "en") != "en":
            return loc.topic_basis(self.mentions[0].mention)
        return loc.basis(self.finding.basis)

    @property
    def anchor(self) -> str:
        return f"finding-{self.finding.id}"

    def reasoning(self, loc: Any) -> str:
        """The finding's reasoning in ``loc``'s language (``report.reasoning``): the engine's
        own words in English."""
        if self.lookup is None or getattr(loc, "lang", "en") == "en":
            return self.finding.reasoning
        from dignity.report.reasoning import finding_reasoning

        return finding_reasoning(self.finding, self.lookup, loc)

    @property
    def total_facts(self) -> int:
        return len(self.finding.facts) + len(self.finding.counter_facts)


@dataclass
class PersonView:
    """A person of the case and their findings, by status."""

    person: Person
    groups: list[tuple[str, str, list[FindingView]]]

    @property
    def count(self) -> int:
        return sum(len(items) for _, _, items in self.groups)

    def groups_for(self, standard: str | None) -> list[tuple[str, str, list[FindingView]]]:
        """Their status groups with only the findings under ``standard`` (all where None)."""
        if not standard:
            return self.groups
        return [(s, label, [fv for fv in items if _standard_of(fv.finding) == standard])
                for s, label, items in self.groups]


@dataclass
class CaseView:
    """A case file made ready for the case page (cached with it)."""

    case_file: CaseFile
    groups: list[tuple[str, str, list[FindingView]]]
    counts: dict[str, int]
    document_of_fact: dict[str, int]
    labels: dict[int, str]
    #: the people of the case (the detainee first), each with their findings by status
    people: list[PersonView] = field(default_factory=list)
    #: rendered fragments of the case page (``pages.Fragment``), keyed by (template, flag):
    #: the same for every reader of a kind, cached with the view (the CSRF token is put
    #: in per request)
    fragments: dict[tuple, Any] = field(default_factory=dict)
    #: the standards the findings are under: (id, name, number of findings), binding first
    standards: list[tuple[str, str, int]] = field(default_factory=list)
    #: the conditions that more than one standard speaks to: (title, [finding views, binding first])
    conditions: list[tuple[str, list[FindingView]]] = field(default_factory=list)

    def groups_for(self, standard: str | None) -> list[tuple[str, str, list[FindingView]]]:
        """The status groups with only the findings under ``standard`` (all where None)."""
        if not standard:
            return self.groups
        return [(s, label, [fv for fv in items if _standard_of(fv.finding) == standard])
                for s, label, items in self.groups]


def _standard_of(f: Finding) -> str:
    return f.standard_id or str(f.rule).split("-", 1)[0]


def _standards_and_conditions(views: list[FindingView]) -> tuple[list[tuple[str, str, int]],
                                                                  list[tuple[str, list[FindingView]]]]:
    from dignity.assess.concordance import by_condition
    from dignity.assess.registry import installed

    try:
        packs = installed()
    except Exception:  # noqa: BLE001 - the page shows the findings whatever a pack's problem
        packs = {}
    counts: dict[str, int] = {}
    for fv in views:
        counts[_standard_of(fv.finding)] = counts.get(_standard_of(fv.finding), 0) + 1
    order = [k for k in packs if k in counts] + [k for k in counts if k not in packs]
    standards = [(k, packs[k].standard if k in packs else k, counts[k]) for k in order]
    if len(standards) < 2:
        return standards, []
    view_of = {id(fv.finding): fv for fv in views}
    conditions = []
    for cond in by_condition([fv.finding for fv in views]):
        if len({_standard_of(f) for f in cond.findings}) > 1:
            conditions.append((cond.title, [view_of[id(f)] for f in cond.findings]))
    return standards, conditions


def case_view(cf: CaseFile) -> CaseView:
    case_id = cf.case.id
    doc_by_sha = {d.sha256: d for d in cf.documents}
    labels = {d.id: d.label for d in cf.documents}
    sources: dict[int, SourceRef] = {}
    for m in cf.merged:
        for s in m.sources:
            sources[s.fact_id] = s
    facts = {f.id: f for f in cf.facts}
    doc_of: dict[str, int] = {}
    for f in cf.facts:
        src = sources.get(int(f.id))
        if src is not None:
            doc_of[f.id] = src.document_id
        elif f.evidence and f.evidence[0].document in doc_by_sha:
            doc_of[f.id] = doc_by_sha[f.evidence[0].document].id

    rows: dict[str, FactRow] = {}

    def row(fid: str) -> FactRow | None:
        if fid not in rows:
            fact = facts.get(fid)
            if fact is None:
                return None
            d = doc_of.get(fid)
            rows[fid] = _row_from_case_file(fact, sources.get(int(fid)), d, labels.get(d) if d else None, case_id)
        return rows[fid]

    mentions: dict[str, MentionRow] = {}
    for m in cf.topics:
        d = cf.document_of_topic(m)
        mentions[m.id] = _mention_row(m, case_id, d.id if d else None, d.label if d else None)

    by_status: dict[str, list[FindingView]] = {s.value: [] for s in Status}
    views: dict[str, FindingView] = {}
    for finding in cf.findings:
        ids = list(finding.facts)
        shown = [r for r in (row(i) for i in ids[:FACTS_PER_FINDING]) if r is not None]
        counter_ids = list(finding.counter_facts)
        counter = [r for r in (row(i) for i in counter_ids[:FACTS_PER_FINDING]) if r is not None]
        fv = FindingView(
            finding, STATUS_LABELS.get(str(finding.status), str(finding.status)), shown, counter,
            more_facts=max(0, len(ids) - FACTS_PER_FINDING) + max(0, len(counter_ids) - FACTS_PER_FINDING),
            lookup=facts.get, mentions=[mentions[t] for t in finding.topics if t in mentions])
        views[finding.id] = fv
        by_status.setdefault(str(finding.status), []).append(fv)
    groups = [(s, STATUS_LABELS.get(s, s), fs) for s, fs in by_status.items()]
    standards, conditions = _standards_and_conditions([fv for _, _, fs in groups for fv in fs])
    people = []
    placed: set[str] = set()
    for p in cf.people:
        mine = set(p.findings)
        placed |= mine
        people.append(PersonView(p, [(s, label, [fv for fv in fs if fv.finding.id in mine])
                                     for s, label, fs in groups]))
    rest = [f.id for f in cf.findings if f.id not in placed]
    if rest:  # findings no person's facts hold (none expected): shown all the same
        nobody = Person(id="others", name="Others", facts=[], findings=rest)
        people.append(PersonView(nobody, [(s, label, [fv for fv in fs if fv.finding.id in set(rest)])
                                          for s, label, fs in groups]))
    return CaseView(cf, groups, cf.finding_counts(), doc_of, labels, people, standards=standards,
                    conditions=conditions)


# --------------------------------------------------------------------------- document text


def _page_markers(pages: Sequence[int] | None, n: int) -> dict[int, str]:
    """The page markers of a document's text, by offset: ``<span id="page-N">``."""
    out: dict[int, str] = {}
    for number, start in enumerate(pages or (), start=1):
        if isinstance(start, int) and 0 <= start <= n:
            out[start] = out.get(start, "") + (f'<span class="page-marker" id="page-{number}" role="note">'
                                               f"p. {number}</span>")
    return out


def highlight(text: str, facts: Sequence[StoredFact], at: tuple[int, int] | None = None,
              pages: Sequence[int] | None = None) -> Markup:
    """The document's text, escaped, with each evidence span of ``facts`` in a
    ``<mark id="ev-<fact>-<n>">``.  Overlapping spans are cut into segments; a
    segment lies in a mark per span that covers it, and each span's first
    segment carries its id (spans starting together: extra empty anchors).
    ``at``: a span to mark as ``<mark id="at">`` too (a timeline row's sentence);
    ``pages`` (``Document.pages``): a marker ``<span id="page-N">`` where each page starts."""
    spans: list[tuple[int, int, str, str, int]] = []  # start, end, anchor, status, fact id
    n = len(text)
    markers = _page_markers(pages, n)
    if at is not None and 0 <= at[0] < at[1] <= n:
        spans.append((at[0], at[1], "at", "target", 0))
    for f in facts:
        data = f.data
        if f.review_status == "edited" and isinstance(f.edited_value, dict):
            data = {**data, **f.edited_value}
        for i, e in enumerate(data.get("evidence") or []):
            try:
                start, end = int(e.get("start")), int(e.get("end"))
            except (TypeError, ValueError):
                continue
            start, end = max(0, min(start, n)), max(0, min(end, n))
            if end <= start:
                continue
            spans.append((start, end, evidence_anchor(f.id, i), f.review_status, f.id))
    if not spans and not markers:
        return Markup(escape(text))
    bounds = sorted({0, n, *(s[0] for s in spans), *(s[1] for s in spans), *markers})
    starts: dict[int, list[tuple[int, int, str, str, int]]] = {}
    for s in sorted(spans, key=lambda s: (s[0], -s[1], s[4])):
        starts.setdefault(s[0], []).append(s)
    active: list[tuple[int, int, str, str, int]] = []
    out: list[str] = []
    for a, b in zip(bounds, bounds[1:]):
        active = [s for s in active if s[1] > a]
        new = starts.get(a, [])
        active.extend(new)
        chunk = str(escape(text[a:b]))
        if a in markers:
            out.append(markers[a])
        if not active:
            out.append(chunk)
            continue
        for extra in new[1:]:
            out.append(f'<mark id="{extra[2]}" class="anchor"></mark>')
        statuses = {s[3] for s in active}
        status = "target" if "target" in statuses else "rejected" if statuses - {"target"} == {"rejected"} \
            else "reviewed" if statuses & {"accepted", "edited"} else "unreviewed"
        facts_here = " ".join(sorted({f"fact-{s[4]}" for s in active if s[4]}))
        ident = f' id="{new[0][2]}"' if new else ""
        out.append(f'<mark{ident} class="ev ev-{status}" data-facts="{facts_here}">{chunk}</mark>')
    if n in markers and n > 0:  # empty pages at the end
        out.append(markers[n])
    return Markup("".join(out))


def review_counts(facts: Sequence[StoredFact]) -> dict[str, int]:
    """Facts by review status, every status present (a document's counts)."""
    out = {s: 0 for s in REVIEW_LABELS}
    for f in facts:
        out[f.review_status] = out.get(f.review_status, 0) + 1
    return out


def search_snippet(snippet: str) -> Markup:
    from dignity.store.search import HIGHLIGHT_END, HIGHLIGHT_START

    s = str(escape(snippet or ""))
    return Markup(s.replace(HIGHLIGHT_START, "<mark>").replace(HIGHLIGHT_END, "</mark>"))
