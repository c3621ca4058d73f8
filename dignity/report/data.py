"""What a report or a letter shows: ``ReportData``, built from an assessment (or a case file).

Every renderer (HTML, PDF, Markdown, the letters) reads a ``ReportData`` and
nothing else, so a new source of findings needs only an adapter:

    data = ReportData.from_assessment(dignity.assess("letter.pdf"), title="...", prepared_by="...")

``ReportData`` keeps the shared types (``Fact``, ``Finding``) and adds what a
reader needs beside them: the catalogue's number, title and paraphrase of each
finding's rule, the source documents of each fact, contradictions between
sources, a timeline, and the versions of the extractor and catalogue.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections import Counter
from typing import Any, Iterable, Literal

from pydantic import BaseModel, ConfigDict, Field

from dignity.labels import status_label
from dignity.model import Assessment, Certainty, Fact, Finding, Status, SubjectKind, TopicMention

__all__ = [
    "STATUS_ORDER",
    "STATUS_LABEL",
    "SourceDocument",
    "ReportFact",
    "ReportFinding",
    "Contradiction",
    "TimelineEntry",
    "ReportData",
    "derive_contradictions",
    "derive_timeline",
    "find_places",
]

#: Most serious first.
STATUS_ORDER: tuple[str, ...] = (Status.violation_likely.value, Status.concern.value,
                                 Status.insufficient_information.value, Status.compliant.value)
STATUS_LABEL: dict[str, str] = {s.value: status_label(s.value) for s in (
    Status.violation_likely, Status.concern, Status.insufficient_information, Status.compliant)}


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=True)


class SourceDocument(_Model):
    """One source document, as a reader needs to find it again."""

    id: str = Field(description="the document id (sha256 of its bytes, or of the text given)")
    sha256: str
    label: str = Field(description="short reference used in the report: D1, D2, ...")
    title: str | None = None
    date: str | None = None
    path: str | None = None
    language: str | None = None
    media_type: str | None = None

    @property
    def name(self) -> str:
        """A readable name: the title, else the file name, else the hash's head."""
        if self.title:
            return self.title
        if self.path:
            return self.path.replace("\\", "/").rsplit("/", 1)[-1]
        return self.sha256[:12]


class ReportFact(Fact):
    """A fact with the documents it comes from (one for a single reading, more in a case file)."""

    sources: list[str] = Field(default_factory=list, description="ids of the source documents")

    @property
    def general(self) -> bool:
        return self.subject_kind == SubjectKind.general.value


class ReportFinding(Finding):
    """A finding with its rule as the catalogue states it."""

    number: str = Field("", description="the rule's number as cited: 43(1)(c)")
    rule_title: str = Field("", description="the rule's title in the catalogue")
    paraphrase: str = Field("", description="the catalogue's paraphrase (our words, not the official text)")
    kind: str = Field("", description="absolute_prohibition, minimum_requirement or qualified_restriction")
    citation: str = Field("", description="the rule's citation: 'NMR 43(1)(c)', 'ICCPR art. 10(2)(a)'")
    standard_kind: str = Field("", description="binding_treaty, case_law, regulation or soft_law: a report "
                               "or letter cites a treaty first")


class StandardRef(_Model):
    """A standard a report's findings are under."""

    id: str
    standard: str
    short: str
    citation: str
    kind: str


class Contradiction(_Model):
    """Sources that disagree about one condition of one subject."""

    id: str
    subject: str
    type: str
    summary: str
    facts_for: list[str] = Field(default_factory=list, description="facts saying the condition holds")
    facts_against: list[str] = Field(default_factory=list, description="facts saying it does not, or disputing it")


class TimelineEntry(_Model):
    """One dated point: a document, a condition observed on a date, or a case event."""

    date: str = Field(description="ISO date: YYYY-MM-DD, YYYY-MM or YYYY")
    kind: Literal["document", "observed", "reported", "event"]
    label: str
    type: str | None = Field(None, description="the fact type, for observed and reported conditions")
    subject: str | None = None
    fact: str | None = None
    document: str | None = None


class ReportData(_Model):
    """Everything a report or a letter shows, from whatever source."""

    title: str
    subject: str | None = Field(None, description="the main detainee (or group) the findings are about")
    subjects: list[str] = Field(default_factory=list, description="every subject with a finding")
    place: str | None = Field(None, description="the place of detention, as named in the documents")
    place_candidates: list[str] = Field(default_factory=list)
    prepared_by: str | None = None
    date: str = Field(description="the date the report was prepared (ISO)")
    as_of: str | None = None
    case_id: str | None = None
    documents: list[SourceDocument] = Field(default_factory=list)
    facts: list[ReportFact] = Field(default_factory=list)
    findings: list[ReportFinding] = Field(default_factory=list)
    #: the condition topics the documents raise without facts (a finding that rests on one
    #: names its id in ``Finding.topics``)
    topics: list[TopicMention] = Field(default_factory=list)
    contradictions: list[Contradiction] = Field(default_factory=list)
    timeline: list[TimelineEntry] = Field(default_factory=list)
    errors: list[dict[str, str]] = Field(default_factory=list, description="inputs that could not be read")
    not_assessed: list[dict[str, str]] = Field(
        default_factory=list, description="documents Dignity could not assess, each {document, reason}: "
        "their silence is no all-clear")
    standard: str = Field("", description="the standards the findings are under, by name, binding first")
    standard_citation: str = ""
    standards: list[StandardRef] = Field(default_factory=list, description="each standard of the findings, "
                                         "binding treaty first, soft law last")
    extractor_version: str = ""
    catalogue_version: str = ""
    dignity_version: str = ""

    # ------------------------------------------------------------------ look-ups

    def fact(self, fact_id: str) -> ReportFact | None:
        return self._facts().get(fact_id)

    def document(self, doc_id: str) -> SourceDocument | None:
        return self._docs().get(doc_id)

    def topic(self, topic_id: str) -> TopicMention | None:
        return next((t for t in self.topics if t.id == topic_id), None)

    def _facts(self) -> dict[str, ReportFact]:
        return self._by_id("_fact_index", self.facts)

    def _docs(self) -> dict[str, SourceDocument]:
        return self._by_id("_doc_index", self.documents)

    def _by_id(self, key: str, items: list[Any]) -> dict[str, Any]:
        """``items`` by id, kept under ``key`` until their number changes."""
        cache = self.__dict__.get(key)
        if cache is None or len(cache) != len(items):
            cache = {x.id: x for x in items}
            self.__dict__[key] = cache
        return cache

    def status_counts(self) -> dict[str, int]:
        c = Counter(str(f.status) for f in self.findings)
        return {s: c.get(s, 0) for s in STATUS_ORDER}

    def ordered_findings(self) -> list[ReportFinding]:
        """Most serious first; absolute prohibitions before other rules within a status."""
        kind_rank = {"absolute_prohibition": 0, "qualified_restriction": 1, "minimum_requirement": 2}
        binding = {"binding_treaty": 0, "case_law": 1, "regulation": 2, "soft_law": 3}
        indexed = list(enumerate(self.findings))
        indexed.sort(key=lambda p: (STATUS_ORDER.index(str(p[1].status)) if str(p[1].status) in STATUS_ORDER
                                    else 9, binding.get(p[1].standard_kind, 3), kind_rank.get(p[1].kind, 3), p[0]))
        return [f for _, f in indexed]

    def findings_by_condition(self) -> list[tuple[str, list[ReportFinding]]]:
        """(condition, its findings under each instrument, binding first), most serious first:
        the rules the concordance joins (``dignity.assess.concordance``)."""
        from dignity.assess.concordance import by_condition

        ordered = self.ordered_findings()
        return [(c.title, [f for f in c.findings if isinstance(f, ReportFinding)]) for c in by_condition(ordered)]

    def findings_by_status(self) -> list[tuple[str, list[ReportFinding]]]:
        ordered = self.ordered_findings()
        return [(s, [f for f in ordered if str(f.status) == s]) for s in STATUS_ORDER]

    def actionable(self) -> list[ReportFinding]:
        """The findings a letter asks measures for: violation likely, then concern."""
        return [f for f in self.ordered_findings()
                if str(f.status) in (Status.violation_likely.value, Status.concern.value)]

    # ------------------------------------------------------------------ adapters

    @classmethod
    def from_assessment(cls, assessment: Assessment, *, title: str | None = None,
                        prepared_by: str | None = None, date: str | None = None,
                        as_of: str | None = None, subject: str | None = None,
                        place: str | None = None, catalogue: Any = None) -> "ReportData":
        """A report on one assessment (one or more documents read together)."""
        from dignity.assess.registry import load_catalogue

        cat = catalogue or load_catalogue()
        documents = _source_documents(assessment.documents)
        doc_ids = {d.id for d in documents}
        facts = []
        for f in assessment.facts:
            sources = list(dict.fromkeys(ev.document for ev in f.evidence if ev.document))
            if not sources and len(doc_ids) == 1:
                sources = list(doc_ids)
            facts.append(ReportFact(**f.model_dump(), sources=sources))
        findings = [_report_finding(f, cat) for f in assessment.findings]
        texts = {d.id: d.text for d in assessment.documents if d.text}
        candidates = find_places(texts.values())
        return cls._assemble(
            title=title, prepared_by=prepared_by, date=date, as_of=as_of, subject=subject,
            place=place, place_candidates=candidates, documents=documents, facts=facts,
            findings=findings, contradictions=derive_contradictions(facts),
            timeline=derive_timeline(documents, facts), errors=list(assessment.errors), catalogue=cat,
            not_assessed=list(assessment.not_assessed), topics=list(assessment.topics))

    @classmethod
    def from_case_file(cls, case_file: Any, *, title: str | None = None, prepared_by: str | None = None,
                       date: str | None = None, subject: str | None = None, place: str | None = None,
                       catalogue: Any = None) -> "ReportData":
        """A report on a case file (``dignity.cases.CaseFile``): its reviewed facts, with
        the documents each comes from, its contradictions, timeline and findings."""
        from dignity.assess.registry import load_catalogue

        from dignity.assess.phrases import describe

        cat = catalogue or load_catalogue()
        cf = case_file
        documents = []
        sha_of: dict[int, str] = {}
        for i, d in enumerate(cf.documents, 1):
            sha_of[d.id] = d.sha256
            documents.append(SourceDocument(id=d.sha256, sha256=d.sha256, label=f"D{i}", title=d.title,
                                            date=d.date, path=d.filename, language=d.language,
                                            media_type=d.media_type))
        doc_ids = {d.id for d in documents}
        merged_sources: dict[str, list[str]] = {}
        for m in getattr(cf, "merged", []) or []:
            shas = [sha_of[s.document_id] for s in m.sources if s.document_id in sha_of]
            for fid in m.fact_ids:
                merged_sources[str(fid)] = shas
        facts = []
        for f in cf.facts:
            own = [ev.document for ev in f.evidence if ev.document in doc_ids]
            sources = list(dict.fromkeys(own or merged_sources.get(f.id, [])))
            facts.append(ReportFact(**f.model_dump(), sources=sources))
        findings = [_report_finding(f, cat) for f in cf.findings]
        contradictions = []
        for c in cf.contradictions:
            sides = list(c.sides)
            if getattr(c, "kind", "polarity") == "polarity":
                yes = [s for s in sides if not s.negated]
                no = [s for s in sides if s.negated]
            else:  # a disagreement on the value: the first reading against the others
                yes, no = sides[:1], sides[1:]
            contradictions.append(Contradiction(
                id=c.id.upper(), subject=c.subject, type=c.type, summary=c.summary,
                facts_for=[str(r.fact_id) for s in yes for r in s.sources],
                facts_against=[str(r.fact_id) for s in no for r in s.sources]))
        by_id = {f.id: f for f in facts}
        timeline = []
        dated_facts: set[str] = set()
        for e in cf.timeline:
            doc = sha_of.get(e.document_id)
            fid = str(e.fact_id) if e.fact_id is not None else None
            fact = by_id.get(fid) if fid else None
            day = _iso(e.date)
            if day is None:
                continue
            if e.kind == "document":
                label = next((f"{d.label}: {d.name}" for d in documents if d.id == doc), e.label)
            elif e.kind == "observed" and fact is not None:
                label = describe(fact)
            else:
                label = e.label
            if e.kind == "observed" and fid:
                dated_facts.add(fid)
            timeline.append(TimelineEntry(date=day, kind=e.kind, label=label, document=doc, fact=fid,
                                          type=fact.type if fact is not None and e.kind == "observed" else None,
                                          subject=fact.subject if fact is not None else None))
        # conditions with no date of their own, at the date of their document (for the chart)
        timeline += [e for e in derive_timeline(documents, [f for f in facts if f.id not in dated_facts])
                     if e.kind == "reported"]
        timeline.sort(key=lambda e: (e.date, ("event", "document", "observed", "reported").index(e.kind)))
        texts = [d.text for d in cf.documents if getattr(d, "text", None)]
        errors: list[dict[str, str]] = []
        return cls._assemble(
            title=title or cf.case.name, prepared_by=prepared_by, date=date, as_of=cf.as_of, subject=subject,
            place=place, place_candidates=find_places(texts), documents=documents, facts=facts,
            findings=findings, contradictions=contradictions, timeline=timeline, errors=errors, catalogue=cat,
            case_id=f"{cf.case.name} (case {cf.case.id})", not_assessed=list(getattr(cf, "not_assessed", [])),
            topics=list(getattr(cf, "topics", None) or []))

    @classmethod
    def _assemble(cls, *, title: str | None, prepared_by: str | None, date: str | None, as_of: str | None,
                  subject: str | None, place: str | None, place_candidates: list[str],
                  documents: list[SourceDocument], facts: list[ReportFact], findings: list[ReportFinding],
                  contradictions: list[Contradiction], timeline: list[TimelineEntry],
                  errors: list[dict[str, str]], catalogue: Any, case_id: str | None = None,
                  not_assessed: list[dict[str, str]] | None = None,
                  topics: list[TopicMention] | None = None) -> "ReportData":
        subjects = list(dict.fromkeys(f.subject for f in findings if f.subject))
        main = subject or (subjects[0] if subjects else _main_subject(facts))
        if place is None and len(place_candidates) == 1:
            place = place_candidates[0]
        if not title:
            title = f"Conditions of detention of {main}" if main else "Conditions of detention"
        return cls(
            title=title, subject=main, subjects=subjects, place=place, place_candidates=place_candidates,
            prepared_by=prepared_by, date=date or _dt.date.today().isoformat(), as_of=as_of, case_id=case_id,
            documents=documents, facts=facts, findings=findings, contradictions=contradictions,
            timeline=timeline, errors=errors, not_assessed=not_assessed or [], topics=topics or [],
            **_standards_of(findings, catalogue), extractor_version=_extractor_version(),
            catalogue_version=f"{catalogue.short} v{catalogue.version} ({catalogue.source})",
            dignity_version=_dignity_version())


# ----------------------------------------------------------------------------- helpers


def _source_documents(docs: Iterable[Any]) -> list[SourceDocument]:
    out = []
    for i, d in enumerate(docs, 1):
        out.append(SourceDocument(id=d.id, sha256=d.id, label=f"D{i}", title=d.title, date=d.date, path=d.path,
                                  language=d.language, media_type=d.media_type))
    return out


def _report_finding(f: Finding, cat: Any) -> ReportFinding:
    from dignity.assess.registry import rule_index

    try:
        own = cat.get(f.rule)
        std = cat
    except KeyError:  # a finding under another standard: the registry knows its rule
        std, own = rule_index().get(f.rule, (None, None))
    if own is not None and std is not None:
        extra = {"number": own.number, "rule_title": own.title, "paraphrase": own.paraphrase,
                 "kind": own.kind.value, "citation": std.cite(own), "standard_kind": std.kind.value}
        data = f.model_dump()
        data["standard_id"] = data.get("standard_id") or std.id
    else:  # a rule no installed standard holds: show what we have
        extra = {"number": f.rule.split("-", 1)[-1], "rule_title": f.title}
        data = f.model_dump()
    return ReportFinding(**data, **extra)


def cited_as(f: "ReportFinding") -> str:
    """How a letter cites a finding's rule when it is not one of the default standard's (the
    Mandela Rules: "rule 43(1)(c)"): its citation, "ICCPR art. 10(2)(a)"; else empty."""
    from dignity.assess.registry import DEFAULT_STANDARD

    return f.citation if f.citation and (f.standard_id or DEFAULT_STANDARD) != DEFAULT_STANDARD else ""


def _standards_of(findings: list[ReportFinding], default: Any) -> dict[str, Any]:
    """The report's standards: those its findings are under, binding treaty first (the default
    catalogue where there is no finding), as ``standard``, ``standard_citation`` and ``standards``."""
    from dignity.assess.registry import installed

    packs = installed()
    ids = list(dict.fromkeys(f.standard_id for f in findings if f.standard_id))
    cats = [packs[i] for i in packs if i in ids] or [default]  # ``installed`` is binding first
    refs = [StandardRef(id=c.id, standard=c.standard, short=c.short, citation=c.citation, kind=c.kind.value)
            for c in cats]
    return {"standard": ", ".join(r.standard for r in refs), "standard_citation": "; ".join(r.citation for r in refs),
            "standards": refs}


def _main_subject(facts: list[ReportFact]) -> str | None:
    names = Counter(f.subject for f in facts if f.subject_kind != SubjectKind.general.value
                    and f.subject and f.subject not in ("unknown", "general"))
    return names.most_common(1)[0][0] if names else None


def _extractor_version() -> str:
    try:
        from dignity.extract.engine import EXTRACTOR_VERSION

        return EXTRACTOR_VERSION
    except Exception:  # noqa: BLE001 - a report never fails on a version string
        return "unknown"


def _dignity_version() -> str:
    try:
        import dignity

        return dignity.__version__
    except Exception:  # noqa: BLE001
        return "unknown"


def _usable(f: Fact) -> bool:
    return f.subject_kind != SubjectKind.general.value and f.certainty != Certainty.hypothetical.value


def derive_contradictions(facts: list[ReportFact]) -> list[Contradiction]:
    """Where the sources disagree: for one subject and one condition, a fact that says it
    holds beside one that says it does not, or a fact marked contested."""
    from dignity.assess.phrases import describe

    groups: dict[tuple[str, str], list[ReportFact]] = {}
    for f in facts:
        if _usable(f):
            groups.setdefault((f.subject, f.type), []).append(f)
    out = []
    for (subject, type_), group in groups.items():
        yes = [f for f in group if not f.negated]
        no = [f for f in group if f.negated]
        contested = [f for f in group if f.certainty == Certainty.contested.value]
        if not ((yes and no) or contested):
            continue
        if not no:  # contested only: the contested facts against the others
            no = contested
            yes = [f for f in yes if f not in contested] or contested
        claim = describe(yes[0]) if yes else describe(no[0])
        who_yes = sorted({f.attributed_to for f in yes})
        who_no = sorted({f.attributed_to for f in no})
        summary = (f"{', '.join(who_yes)} report {claim}; {', '.join(who_no)} "
                   + ("say otherwise" if any(f.negated for f in no) else "dispute it") + ".")
        out.append(Contradiction(id=f"C{len(out) + 1}", subject=subject, type=type_, summary=summary,
                                 facts_for=[f.id for f in yes], facts_against=[f.id for f in no if f not in yes]))
    return out


_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _iso(value: object) -> str | None:
    text = str(value or "").strip()[:10]
    return text if _DATE.match(text) else None


def derive_timeline(documents: list[SourceDocument], facts: list[ReportFact]) -> list[TimelineEntry]:
    """Dated points: each dated document, each condition on the date it held
    (``observed_on``), and each condition without one at the date of the document
    that reports it (``reported``).  Sorted by date."""
    from dignity.assess.phrases import describe

    out: list[TimelineEntry] = []
    doc_dates = {d.id: _iso(d.date) for d in documents}
    for d in documents:
        if doc_dates[d.id]:
            out.append(TimelineEntry(date=doc_dates[d.id], kind="document", label=f"{d.label}: {d.name}",
                                     document=d.id))
    for f in facts:
        if not _usable(f) or f.negated:
            continue
        day = _iso(f.observed_on) or _iso(f.qualifiers.get("since"))
        doc = f.sources[0] if f.sources else None
        if day:
            out.append(TimelineEntry(date=day, kind="observed", label=describe(f), type=f.type,
                                     subject=f.subject, fact=f.id, document=doc))
        elif doc and doc_dates.get(doc):
            out.append(TimelineEntry(date=doc_dates[doc], kind="reported", label=describe(f), type=f.type,
                                     subject=f.subject, fact=f.id, document=doc))
    out.sort(key=lambda e: (e.date, ("event", "document", "observed", "reported").index(e.kind)))
    return out


# Place names: capitalised words ending in a word for a place of detention.
_PLACE = re.compile(
    r"\b((?:[A-Z][\w'’.-]*|of|the|de|for|and)(?:[ \t]+(?:[A-Z][\w'’.-]*|of|the|de|for|and)){0,6}?[ \t]+"
    r"(?:Detention|Correctional|Remand|Penal|Prison|Immigration|Holding|Psychiatric|Reception)?[ \t]*"
    r"(?:Centre|Center|Facility|Prison|Jail|Gaol|Penitentiary|Colony|Institution|Complex|Camp))\b")
_LEAD = re.compile(r"^(?:(?:of|the|de|for|and|At|In|To|From|Re|A|An|The)\s+)+")


def find_places(texts: Iterable[str]) -> list[str]:
    """Names of places of detention in the texts ('Metropolitan Correctional Center'),
    most mentioned first.  Only names: 'the federal jail' is no name."""
    counts: Counter[str] = Counter()
    for text in texts:
        for m in _PLACE.finditer(text or ""):
            name = _LEAD.sub("", m.group(1)).strip()
            words = name.split()
            if len(words) < 2 or not words[0][:1].isupper():
                continue
            counts[name] += 1
    # drop a name that is the tail of a longer one ('Correctional Center')
    names = [n for n, _ in counts.most_common()]
    return [n for n in names if not any(o != n and o.endswith(" " + n) for o in names)]
