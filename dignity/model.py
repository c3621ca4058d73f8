"""The shared types of Dignity.

Every stage of the pipeline (ingest -> extract -> assess -> report) reads and
writes these models and nothing else.  The JSON produced by ``model_dump`` is
the public output contract used by the CLI, the HTTP API and outside scripts:

    {"documents": [{"id", "path", "language", "title", "date", "pages"?}],
     "facts": [{"id", "type", "value", "unit", "negated", "certainty",
                "subject", "subject_kind", "attributed_to", "observed_on", "confidence",
                "evidence": [{"document", "start", "end", "text", "page"?, "ocr_confidence"?, "region"?}],
                "low_confidence"?: true,  # evidence read by OCR with words below the threshold
                "explain": {"layer": "rules|model|derived", ...}}],   # with --explain
     "errors": [...], "not_assessed": [{"document", "language", "reason"}],
     "findings": [...]}          # only after assessment
"""

from __future__ import annotations

from enum import Enum
from typing import Any, Union

from pydantic import BaseModel, ConfigDict, Field, model_serializer

__all__ = [
    "FACT_TYPES",
    "Certainty",
    "SubjectKind",
    "Status",
    "Document",
    "OcrPage",
    "PageRegion",
    "Evidence",
    "LOW_CONFIDENCE",
    "ContextFlag",
    "Explanation",
    "Fact",
    "TopicMention",
    "Extraction",
    "Finding",
    "Assessment",
]

#: Every fact type of the schema (``shared/spec/conditions.md``), in its order.
FACT_TYPES: tuple[str, ...] = (
    # regime and isolation
    "confinement_hours", "solitary", "isolation_duration", "indefinite_isolation",
    "special_regime", "no_meaningful_contact",
    # physical environment
    "constant_light", "darkness", "no_natural_light", "cell_space", "overcrowding",
    "ventilation", "temperature", "sanitation", "hygiene", "bedding_clothing",
    "food_water", "sleep_noise",
    # activity and information
    "exercise_time", "exercise_outdoor", "reading_news", "work_programmes", "religion",
    # contact with the outside world
    "family_visits", "family_calls", "correspondence", "legal_access",
    "legal_confidentiality", "consular_access", "language_interpreter",
    "monitoring_access", "complaints",
    # health
    "physical_health", "mental_health", "medical_care", "vulnerable_person",
    # treatment
    "restraints", "strip_search", "use_of_force", "collective_punishment",
    # status and justification
    "pretrial_status", "separation", "justification_security",
)

Value = Union[bool, int, float, str, list[str], None]


class Certainty(str, Enum):
    asserted = "asserted"  # stated as fact by the author or a court
    alleged = "alleged"  # someone claims it
    contested = "contested"  # another source denies it
    hypothetical = "hypothetical"  # could, would, if


class SubjectKind(str, Enum):
    person = "person"
    group = "group"
    general = "general"  # statements about people in general: never assessed


class Status(str, Enum):
    violation_likely = "violation_likely"
    concern = "concern"
    insufficient_information = "insufficient_information"
    compliant = "compliant"


class _Model(BaseModel):
    # defer_build: a model builds its validator when first used, not at import
    # (`dignity extract` never builds Finding or Assessment; start-up is shorter)
    model_config = ConfigDict(extra="forbid", use_enum_values=True, defer_build=True)


class OcrPage(_Model):
    """One page of a document read by OCR (``Document.ocr``)."""

    page: int = Field(description="1-based page (or image frame) number")
    mean_confidence: float | None = Field(None, description="Tesseract's mean word confidence, 0-100")
    rotated: int = Field(0, description="degrees the page was turned before OCR (orientation detection)")
    warning: str | None = Field(None, description="a blank, unreadable or turned page")
    text: str = Field("", exclude=True, repr=False, description="the page's text as read")
    words: list[tuple[str, float]] = Field(default_factory=list, exclude=True, repr=False,
                                           description="every word read, with its confidence (0-100)")
    boxes: list[tuple[int, int, int, int]] = Field(
        default_factory=list, exclude=True, repr=False,
        description="each word's box (left, top, right, bottom) in the page image as read")
    dpi: int | None = Field(None, exclude=True, repr=False,
                            description="the resolution the page was rasterised at (None: an image's own pixels)")


class Document(_Model):
    """One ingested document; every evidence offset points into ``text``."""

    id: str = Field(description="sha256 of the original bytes (or of the text given)")
    path: str | None = None
    language: str | None = None
    title: str | None = None
    date: str | None = Field(None, description="ISO date of the document, where known")
    jurisdiction: str | None = Field(None, description="country code (ISO 3166 alpha-2) of the place it is "
                                     "about, where set or detected; decides the regional standards")
    media_type: str | None = None
    text: str = Field("", exclude=True, repr=False, description="the normalised text")
    #: where each page starts in ``text`` (``pages[0] == 0``), for documents that have
    #: pages (PDF, images, DOCX page breaks, text with form feeds); None: no pages
    pages: list[int] | None = Field(None, description="offset in the text where each page starts")
    #: the pages read by OCR (None: no page was); left out of JSON when None
    ocr: list[OcrPage] | None = Field(None, description="pages read by OCR, with their mean confidence")
    #: every word read by OCR: (start, end, confidence 0-100, page, (left, top, right, bottom))
    #: with its offsets in ``text``, in the order of the text
    ocr_words: list[tuple[int, int, float, int, tuple[int, int, int, int]]] = Field(
        default_factory=list, exclude=True, repr=False)

    @model_serializer(mode="wrap")
    def _drop_no_ocr(self, handler: Any) -> Any:
        data = handler(self)
        if isinstance(data, dict):
            for key in ("ocr", "pages", "jurisdiction"):
                if key in data and data[key] is None:
                    del data[key]
        return data

    def page_of(self, offset: int) -> int | None:
        """The 1-based page the character at ``offset`` stands on (None: no pages)."""
        if not self.pages:
            return None
        from bisect import bisect_right

        return max(1, bisect_right(self.pages, offset))


#: OCR words with a confidence below this (0-100) make a fact's reading uncertain
LOW_CONFIDENCE = 60.0


class PageRegion(_Model):
    """Where evidence read by OCR stands on its page image: the box around its words."""

    page: int
    box: tuple[int, int, int, int] = Field(description="left, top, right, bottom, in pixels of the page image")
    dpi: int | None = Field(None, description="the resolution the page was rasterised at (None: the image's own)")
    rotated: int = Field(0, description="degrees the page was turned before OCR (the box is in the turned page)")


class Evidence(_Model):
    document: str
    start: int
    end: int
    text: str
    sentence: str | None = None
    #: the page it stands on (documents with pages only); left out of JSON when None
    page: int | None = None
    #: read by OCR: the lowest confidence (0-100) of its words, and where they stand on the page
    ocr_confidence: float | None = None
    region: PageRegion | None = None

    @model_serializer(mode="wrap")
    def _drop_unset(self, handler: Any) -> Any:
        data = handler(self)
        if isinstance(data, dict):
            for key in ("page", "ocr_confidence", "region"):
                if data.get(key, 0) is None:
                    del data[key]
        return data


class ContextFlag(_Model):
    """A ConText modifier that touched a fact, with its own evidence."""

    rule: str
    category: str
    trigger: str
    start: int
    end: int


class Explanation(_Model):
    """Why the extractor said this: answered by data, not by a debugger.

    ``layer`` is what found the fact: ``rules`` (a recognizer's pattern), ``model``
    (the trained sentence layer, ``dignity.extract.learned``: then ``pattern`` is its
    probability and ``terms`` the n-grams that weighed most) or ``derived`` (from
    other facts)."""

    layer: str = "rules"
    recognizer: str
    pattern: str
    matched: str
    context: list[ContextFlag] = Field(default_factory=list)
    attribution_rule: str | None = None
    subject_rule: str | None = None
    value_rule: str | None = None
    terms: list[str] = Field(default_factory=list, description="model layer: the n-grams that weighed most")


class Fact(_Model):
    id: str
    type: str
    value: Value = None
    unit: str | None = None
    negated: bool = False
    certainty: Certainty = Certainty.asserted
    subject: str = "unknown"
    subject_kind: SubjectKind = SubjectKind.person
    attributed_to: str = "the author"
    observed_on: str | None = None
    #: how sure the layer that found it is: a rule's pattern score, the model's probability
    confidence: float = Field(1.0, ge=0.0, le=1.0)
    evidence: list[Evidence] = Field(default_factory=list)
    qualifiers: dict[str, Any] = Field(default_factory=dict)
    explain: Explanation | None = None
    #: its evidence rests on OCR words read with a confidence below ``LOW_CONFIDENCE``:
    #: a reviewer should check the reading against the page image
    low_confidence: bool = False

    @model_serializer(mode="wrap")
    def _drop_not_low(self, handler: Any) -> Any:
        data = handler(self)
        if isinstance(data, dict) and data.get("low_confidence") is False:
            del data["low_confidence"]
        return data


class TopicMention(_Model):
    """A condition of detention the text raises without a fact that can be measured: a claim
    about it ("plaintiffs challenge the conditions on death row"), a court's relief in its area
    ("relief in four areas: food, laundry and exercise"), a body's concern ("the deficient
    conditions of internment").  Not a fact, never scored as one: the assessment opens the rules of
    its area as insufficient information where no fact of its types answers them."""

    id: str
    topic: str = Field(description="the topic's id (dignity/extract/topics.yaml): food, exercise, ...")
    label: str = Field("", description="what the topic is, in words a reader understands")
    types: list[str] = Field(default_factory=list, description="the fact types that would answer it")
    context: str = Field("", description="what raises it: claim, relief, concern or regime")
    cue: str = Field("", description="the words that raise it (the claim, the relief, the concern)")
    subject: str = Field("", description="who it is about where no fact names anyone, in the document's language")
    evidence: list[Evidence] = Field(default_factory=list)


class _TopicsWhenAny(_Model):
    """A model whose ``topics`` list is left out of its JSON when empty (output for documents
    that raise no topic stays as it was before topic mentions)."""

    @model_serializer(mode="wrap")
    def _drop_no_topics(self, handler: Any) -> Any:
        data = handler(self)
        if isinstance(data, dict) and not data.get("topics", True):
            del data["topics"]
        return data


class Extraction(_TopicsWhenAny):
    documents: list[Document] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)
    #: the condition topics the documents raise without facts (``TopicMention``); left out of JSON
    #: when there are none
    topics: list[TopicMention] = Field(default_factory=list)
    errors: list[dict[str, str]] = Field(default_factory=list)
    #: documents Dignity could not read, each ``{"document", "reason"}`` (and ``"language"``
    #: for one in a language without a pack: "de: no rules for this language; not
    #: assessed"): their silence is never an all-clear
    not_assessed: list[dict[str, str]] = Field(
        default_factory=list, description="documents Dignity could not read, each {document, reason}: "
        "not assessed, never an all-clear")

    def facts_of(self, type_: str) -> list[Fact]:
        return [f for f in self.facts if f.type == type_]


class Finding(_TopicsWhenAny):
    id: str
    standard: str
    #: the standard's pack id (``mandela``, ``iccpr``): its folder under dignity/assess/standards
    standard_id: str | None = None
    rule: str
    title: str
    status: Status
    subject: str = "unknown"
    facts: list[str] = Field(default_factory=list, description="ids of the facts it rests on")
    counter_facts: list[str] = Field(default_factory=list, description="facts that cut the other way")
    basis: str = ""
    reasoning: str = ""
    questions: list[str] = Field(default_factory=list)
    trace: list[str] = Field(default_factory=list, description="the steps of the test, for --explain")
    #: ids of the topic mentions it rests on (``TopicMention``): a rule the document raises
    #: without a fact; left out of JSON when empty
    topics: list[str] = Field(default_factory=list, description="ids of the topic mentions it rests on")


class Assessment(Extraction):
    findings: list[Finding] = Field(default_factory=list)
