"""The shared types of Dignity.

Every stage of the pipeline (ingest -> extract -> assess -> report) reads and
writes these models and nothing else.  The JSON produced by ``model_dump`` is
the public output contract used by the CLI, the HTTP API and outside scripts:

    {"documents": [{"id", "path", "language", "title", "date"}],
     "facts": [{"id", "type", "value", "unit", "negated", "certainty",
                "subject", "subject_kind", "attributed_to", "observed_on", "confidence",
                "evidence": [{"document", "start", "end", "text"}],
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
    "Evidence",
    "ContextFlag",
    "Explanation",
    "Fact",
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
    #: the pages read by OCR (None: no page was); left out of JSON when None
    ocr: list[OcrPage] | None = Field(None, description="pages read by OCR, with their mean confidence")

    @model_serializer(mode="wrap")
    def _drop_no_ocr(self, handler: Any) -> Any:
        data = handler(self)
        if isinstance(data, dict):
            for key in ("ocr", "jurisdiction"):
                if key in data and data[key] is None:
                    del data[key]
        return data


class Evidence(_Model):
    document: str
    start: int
    end: int
    text: str
    sentence: str | None = None


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


class Extraction(_Model):
    documents: list[Document] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)
    errors: list[dict[str, str]] = Field(default_factory=list)
    #: documents Dignity could not read, each ``{"document", "reason"}`` (and ``"language"``
    #: for one in a language without a pack: "de: no rules for this language; not
    #: assessed"): their silence is never an all-clear
    not_assessed: list[dict[str, str]] = Field(
        default_factory=list, description="documents Dignity could not read, each {document, reason}: "
        "not assessed, never an all-clear")

    def facts_of(self, type_: str) -> list[Fact]:
        return [f for f in self.facts if f.type == type_]


class Finding(_Model):
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


class Assessment(Extraction):
    findings: list[Finding] = Field(default_factory=list)
