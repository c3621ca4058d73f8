"""The standards catalogue: rules as data, validated at load.

A catalogue is one standard's pack (``dignity/assess/standards/<id>/``: its
``standard.yaml`` header and ``rules.yaml``; found and loaded by
``dignity.assess.registry``).  Each rule names the fact types it reads and its
test, declarative where it can be:

* ``evidence``: which facts are breach evidence (``breach``), which only raise
  the question (``neutral``), which show the standard is met (``meets``), which
  merely support or colour the finding (``support``); a fact may be filtered by
  its ``values`` or by a regular expression it must ``mention``; a negated
  breach fact counts the other way;
* ``thresholds``: a number with the source's own operator (``>= 22`` hours,
  ``> 15`` days), in a unit;
* ``requires_all`` / ``requires_any`` / ``applies_if``: when the rule applies;
* ``context``: facts without which an absolute prohibition is only a concern
  (rule 43 forbids practices *as restrictions or sanctions*);
* ``questions``: what to ask when the facts do not settle it;
* ``check``: the name of a small Python check (``dignity.assess.checks``, or the
  pack's own ``checks.py``) where the test cannot be declarative.

A string that is exactly ``"$name"`` stands for the named regex ``name`` (the
pack's ``patterns``, else the shared ``dignity/assess/patterns.yaml``).  This
module parses and validates; it imports no check (the registry checks that a
named check exists).  Every problem is a ``ConfigError`` naming the file and the rule.
"""

from __future__ import annotations

import logging
import re
from enum import Enum
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Collection, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from dignity.errors import ConfigError
from dignity.rulecache import compile_regex, load_yaml, yaml_error
from dignity.model import FACT_TYPES

__all__ = ["Kind", "Role", "Also", "EvidenceSpec", "Threshold", "Context", "Questions", "RuleTest", "Rule",
           "Catalogue", "StandardKind", "PERSONS", "parse_catalogue", "parse_pack",
           "parse_file", "shared_patterns", "compiled", "NUMERIC_TYPES", "UNITS"]

log = logging.getLogger(__name__)

#: Whom a standard protects: everyone, or a group the facts must show.
PERSONS = ("everyone", "child", "woman", "untried", "foreign_national")

#: Types whose value is a number, and the units each may be tested in.
NUMERIC_TYPES: dict[str, frozenset[str]] = {
    "confinement_hours": frozenset({"hours_per_day"}),
    "exercise_time": frozenset({"hours_per_day"}),
    "isolation_duration": frozenset({"days"}),
    "cell_space": frozenset({"m2", "m2_per_person"}),
}
UNITS = frozenset().union(*NUMERIC_TYPES.values())


class Kind(str, Enum):
    absolute_prohibition = "absolute_prohibition"
    minimum_requirement = "minimum_requirement"
    qualified_restriction = "qualified_restriction"


class StandardKind(str, Enum):
    """What binds: a report or letter cites a treaty first, then case law and regulation, then soft law."""

    binding_treaty = "binding_treaty"
    case_law = "case_law"
    regulation = "regulation"
    soft_law = "soft_law"


class Role(str, Enum):
    breach = "breach"  # the fact, unless negated, is evidence of a breach
    neutral = "neutral"  # the fact raises the question but does not settle it
    meets = "meets"  # the fact shows the standard is met
    support = "support"  # read for the reasoning only; never triggers a finding


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _known_type(value: str) -> str:
    if value not in FACT_TYPES:
        raise ValueError(f"unknown fact type {value!r} (not in conditions.md)")
    return value


def _compile(pattern: str | None) -> re.Pattern[str] | None:
    if pattern is None:
        return None
    try:
        return compile_regex(pattern, re.IGNORECASE)
    except re.error as err:
        raise ValueError(f"bad regular expression {pattern!r}: {err}") from None


class _TypeAndWords(_Strict):
    """A fact type (one of the table's) and, optionally, a regex its words must match."""

    type: str
    mentions: str | None = Field(None, description="regex the fact's value or evidence must match")

    @field_validator("type")
    @classmethod
    def _type(cls, v: str) -> str:
        return _known_type(v)

    @field_validator("mentions")
    @classmethod
    def _regex(cls, v: str | None) -> str | None:
        _compile(v)
        return v


class Also(_TypeAndWords):
    """Another fact the subject must have for an evidence spec to apply."""


class EvidenceSpec(_TypeAndWords):
    """How the rule reads facts of one type (the first spec a fact matches wins)."""

    role: Role = Role.breach
    values: list[str] | None = Field(None, description="the fact's value must be one of these")
    grade: Kind | None = Field(None, description="grade breaches as this kind, not the rule's")
    specific: bool = Field(True, description="an established fact of it is specific enough for a likely "
                           "violation of a minimum requirement (false: only where the catalogue's "
                           "`specific_words` say how far it falls short)")
    in_sentence: bool = Field(False, description="`mentions` may match the fact's whole sentence (the "
                              "sanction named in the neighbouring words), not only its own words")
    in_clause: bool = Field(False, description="`mentions` may match the fact's clause: its sentence cut where "
                            "a contrast opens another ('the restraints were adequate, but the watch was "
                            "disproportionate': the second clause is not the restraints')")
    in_neighbours: bool = Field(False, description="`mentions` may match the sentences either side of the "
                                "fact's, in its document (the sanction told in the next sentence)")
    when_also: list[Also] = Field(default_factory=list, description="applies only if the subject also "
                                  "has a (non-negated) fact of each of these")
    negated: bool | None = Field(None, description="applies only to negated facts (true: \"complaints answered\") "
                                 "or only to facts not negated (false); none: to both")

    @property
    def pattern(self) -> re.Pattern[str] | None:
        return compiled(self.mentions)


@lru_cache(maxsize=None)
def compiled(pattern: str | None) -> re.Pattern[str] | None:
    """The case-insensitive regex of a catalogue pattern, compiled once."""
    return _compile(pattern)


class Threshold(_Strict):
    """A number with the source's own operator: ``value op limit`` in ``unit``.

    ``when_true`` says what it means when the comparison holds: the standard is
    ``meets`` (exercise >= 1 h), it is a ``breach`` (isolation > 15 days), or the
    facts fall within the rule's ``defines`` (confinement >= 22 h is solitary).
    """

    type: str
    op: Literal[">=", ">", "<=", "<", "=="]
    limit: float
    unit: str
    when_true: Literal["meets", "breach", "defines"]
    occupants: Literal["single", "shared"] | None = Field(
        None, description="applies only to cells held by one person, or shared")
    decisive: bool = Field(True, description="missing it is by itself a likely violation where "
                           "asserted (false for guidance figures from outside the source)")
    source: str | None = Field(None, description="where the figure comes from, if not the rule itself")
    severe_below: float | None = Field(None, description="a figure under which the number fixes the shortfall "
                                       "by itself, though the threshold is only a guide (less than 3 m2 a person: "
                                       "the European Court's strong presumption, Mursic v. Croatia)")

    @field_validator("type")
    @classmethod
    def _type(cls, v: str) -> str:
        return _known_type(v)

    @model_validator(mode="after")
    def _numeric(self) -> Threshold:
        units = NUMERIC_TYPES.get(self.type)
        if units is None:
            raise ValueError(f"threshold on {self.type!r}, which has no numeric value "
                             f"(numeric types: {', '.join(NUMERIC_TYPES)})")
        if self.unit not in units:
            raise ValueError(f"threshold unit {self.unit!r} does not fit {self.type} "
                             f"(use {', '.join(sorted(units))})")
        if self.limit < 0:
            raise ValueError(f"threshold limit {self.limit} is negative")
        if self.occupants is not None and self.type != "cell_space":
            raise ValueError("`occupants` applies only to a cell_space threshold")
        return self

    def holds(self, value: float) -> bool:
        return {">=": value >= self.limit, ">": value > self.limit, "<=": value <= self.limit,
                "<": value < self.limit, "==": value == self.limit}[self.op]

    def describe(self) -> str:
        """The test in words, with the source's operator: '22 hours a day or more', 'more than 15 consecutive days'."""
        words = {">=": "or more", ">": "more than", "<=": "or fewer", "<": "fewer than", "==": "exactly"}
        one = self.limit == 1
        unit = {"hours_per_day": "hour a day" if one else "hours a day",
                "days": "consecutive day" if one else "consecutive days", "m2": "m²",
                "m2_per_person": "m² a person"}[self.unit]
        n = f"{self.limit:g}"
        if self.op in (">=", "<="):
            return f"{n} {unit} {words[self.op]}"
        return f"{words[self.op]} {n} {unit}"


class Context(_Strict):
    """Facts that put the practice in a restriction or sanction; absent, it is a concern at most."""

    types: list[str]
    mentions: str | None = None
    question: str

    @field_validator("types")
    @classmethod
    def _types(cls, v: list[str]) -> list[str]:
        return [_known_type(t) for t in v]

    @field_validator("mentions")
    @classmethod
    def _regex(cls, v: str | None) -> str | None:
        _compile(v)
        return v


class Questions(_Strict):
    missing: list[str] = Field(default_factory=list, description="when the facts do not settle it")
    contested: list[str] = Field(default_factory=list, description="when the facts are disputed")
    justified: list[str] = Field(default_factory=list, description="when a security reason is given")
    breach: list[str] = Field(default_factory=list, description="what would confirm a breach")


class RuleTest(_Strict):
    evidence: list[EvidenceSpec] = Field(default_factory=list)
    thresholds: list[Threshold] = Field(default_factory=list)
    triggered_by: list[str] | None = Field(None, description="types that make the rule speak "
                                           "[default: the types of its non-support evidence]")
    requires_all: list[str] = Field(default_factory=list)
    requires_any: list[str] = Field(default_factory=list)
    applies_if: dict[str, list[str]] = Field(default_factory=dict,
                                             description="type -> values one usable fact must have")
    context: Context | None = None
    aggravated_by: list[str] = Field(default_factory=list,
                                     description="asserted facts that make an asserted breach of a "
                                     "minimum requirement likely a violation (rule 42)")
    partial: bool = Field(False, description="one aspect that meets the standard does not settle it")
    limits: str | None = Field(None, description="what the rule allows a stated reason to do")
    justification: bool = Field(True, description="weigh (or refuse) a stated security reason, where "
                                "justification_security is read")
    check: str | None = Field(None, description="name of a check in dignity.assess.checks")
    params: dict[str, Any] = Field(default_factory=dict)
    questions: Questions = Field(default_factory=Questions)

    @field_validator("triggered_by", "requires_all", "requires_any", "aggravated_by")
    @classmethod
    def _types(cls, v: list[str] | None) -> list[str] | None:
        return None if v is None else [_known_type(t) for t in v]

    @field_validator("applies_if")
    @classmethod
    def _applies(cls, v: dict[str, list[str]]) -> dict[str, list[str]]:
        for t in v:
            _known_type(t)
        return v


class Rule(_Strict):
    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    number: str
    title: str
    paraphrase: str
    kind: Kind
    ref: str | None = Field(None, description="the row of shared/spec/standards.md the paraphrase follows")
    verified: str = Field("U", description="how well that row was checked against the rule's text: T (a "
                          "source quoting it), S (a secondary summary), U (not checked), as standards.md marks it")
    citation: str | None = Field(None, description="the pinpoint citation [default: the standard's short "
                                 "name and the rule's number]")
    counterparts: list[str] = Field(default_factory=list, description="the same condition's rules in other "
                                    "standards (rule ids, symmetric: the concordance)")
    reads: list[str] = Field(min_length=1)
    counter: list[str] = Field(default_factory=list, description="the facts that cut the other way")
    test: RuleTest = Field(default_factory=RuleTest)

    @property
    def unverified(self) -> bool:
        """Whether the rule's text or threshold was not checked (its mark starts with U):
        such a rule is listed but never grades."""
        return self.verified.strip().upper().startswith("U")

    @field_validator("reads")
    @classmethod
    def _reads(cls, v: list[str]) -> list[str]:
        return [_known_type(t) for t in v]

    @model_validator(mode="after")
    def _coherent(self) -> Rule:
        reads = set(self.reads)
        t = self.test
        used = ([e.type for e in t.evidence] + [a.type for e in t.evidence for a in e.when_also]
                + [th.type for th in t.thresholds] + (t.triggered_by or [])
                + t.requires_all + t.requires_any + list(t.applies_if) + (t.context.types if t.context else [])
                + t.aggravated_by)
        missing = sorted(set(used) - reads)
        if missing:
            raise ValueError(f"the test uses {', '.join(missing)}, which the rule does not list in `reads`")
        if not t.check and not t.evidence and not t.thresholds:
            raise ValueError("the test has neither evidence, thresholds nor a check")
        if not self.triggers:
            raise ValueError("no fact type can make the rule speak: give `triggered_by`, or evidence "
                             "that is not only `support`")
        return self

    @cached_property
    def triggers(self) -> frozenset[str]:
        """The fact types that make the rule speak."""
        if self.test.triggered_by is not None:
            return frozenset(self.test.triggered_by)
        types = {e.type for e in self.test.evidence if e.role is not Role.support}
        types |= {th.type for th in self.test.thresholds}
        return frozenset(types)


class Catalogue(_Strict):
    id: str = Field("", description="the pack's id (its folder's name); rule ids start with it")
    standard: str
    short: str
    citation: str
    version: int
    kind: StandardKind = StandardKind.soft_law
    scope: list[str] = Field(default_factory=lambda: ["universal"], description="universal, or country "
                             "codes (ISO 3166 alpha-2) and regions of dignity/assess/jurisdictions.yaml")
    applies_to: list[str] = Field(default_factory=lambda: ["everyone"], description="whom it protects")
    grades: bool = Field(True, description="false: findings state the test and its questions, never a "
                         "breach status (case law: what a court asks, not a verdict)")
    number_word: str = Field("rule", description="how a number reads in a sentence: rule, article, principle")
    grades_unverified: list[str] = Field(default_factory=list, description="rules marked U that grade all the "
                                         "same (the Mandela Rules' before issue 13, until checked); none elsewhere")
    folder: str | None = Field(None, description="the pack's folder (measures, translations)")
    source: str = Field("", description="the file it was read from")
    patterns: dict[str, str] = Field(default_factory=dict, description="shared regexes (YAML anchors)")
    rules: list[Rule]

    @field_validator("patterns")
    @classmethod
    def _patterns(cls, v: dict[str, str]) -> dict[str, str]:
        for p in v.values():
            _compile(p)
        return v

    @field_validator("scope", "applies_to", mode="before")
    @classmethod
    def _listed(cls, v: Any) -> Any:
        return [v] if isinstance(v, str) else v

    @field_validator("applies_to")
    @classmethod
    def _persons(cls, v: list[str]) -> list[str]:
        bad = [p for p in v if p not in PERSONS]
        if bad:
            raise ValueError(f"applies_to: unknown {', '.join(bad)} (use {', '.join(PERSONS)})")
        return v

    @property
    def universal(self) -> bool:
        return "universal" in self.scope

    def may_grade(self, rule: Rule) -> bool:
        """Whether the rule's findings may carry a breach status: the standard gives verdicts,
        and the rule's text was checked (or it is one of ``grades_unverified``)."""
        return self.grades and (not rule.unverified or rule.id in self.grades_unverified)

    def cite(self, rule: Rule) -> str:
        """The rule's citation: its own, else 'NMR 43(1)(c)'."""
        return rule.citation or f"{self.short} {rule.number}"

    def get(self, rule_id: str) -> Rule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)

    def reading(self, type_: str) -> list[Rule]:
        """The rules that read facts of ``type_``."""
        return [r for r in self.rules if type_ in r.reads]


def _problem(err: ValidationError) -> str:
    parts = []
    for e in err.errors():
        loc = ".".join(str(x) for x in e["loc"])
        msg = e["msg"].removeprefix("Value error, ")
        if e["type"] == "extra_forbidden":
            msg = "unknown key"
        parts.append(f"{loc}: {msg}" if loc else msg)
    return "; ".join(parts)


def _read(text: str, source: str) -> Any:
    try:
        return load_yaml(text)
    except yaml_error() as err:
        raise ConfigError(source, "file", f"not valid YAML: {err}".replace("\n", " ")) from None


@lru_cache(maxsize=1)
def shared_patterns() -> dict[str, str]:
    """The named regexes every standard may use (``dignity/assess/patterns.yaml``)."""
    source = "dignity/assess/patterns.yaml"
    data = _read(resources.files("dignity.assess").joinpath("patterns.yaml").read_text(encoding="utf-8"), source)
    pats = data.get("patterns") if isinstance(data, dict) else None
    if not isinstance(pats, dict):
        raise ConfigError(source, "patterns", "expected a mapping of name to regex")
    for name, pat in pats.items():
        try:
            _compile(pat)
        except ValueError as err:
            raise ConfigError(source, f"pattern {name}", str(err)) from None
    return {str(k): str(v) for k, v in pats.items()}


def _named(value: Any, patterns: dict[str, str], where: list[str]) -> Any:
    """``value`` with every string that is exactly ``"$name"`` replaced by that pattern."""
    if isinstance(value, str) and value.startswith("$") and value[1:].isidentifier():
        if value[1:] not in patterns:
            where.append(value)
            return value
        return patterns[value[1:]]
    if isinstance(value, dict):
        return {k: _named(v, patterns, where) for k, v in value.items()}
    if isinstance(value, list):
        return [_named(v, patterns, where) for v in value]
    return value


def parse_catalogue(data: Any, source: str, *, header: dict[str, Any] | None = None,
                    folder: str | None = None, checks: Collection[str] | None = None) -> Catalogue:
    """A catalogue from its parsed YAML (``rules``, optional ``patterns``; the header keys either
    in ``data`` or, for a pack, in ``header``: its ``standard.yaml``).  ``checks``: the names of
    the checks a rule may name (not checked where None)."""
    if not isinstance(data, dict):
        raise ConfigError(source, "file", "expected a mapping with `standard` and `rules`")
    data = dict(data)
    raw_rules = data.pop("rules", None)
    if not isinstance(raw_rules, list) or not raw_rules:
        raise ConfigError(source, "file", "`rules` must be a non-empty list")
    own = data.pop("patterns", None) or {}
    if not isinstance(own, dict):
        raise ConfigError(source, "patterns", "expected a mapping of name to regex")
    patterns = {**shared_patterns(), **{str(k): v for k, v in own.items()}}
    pack_id = str((header or {}).get("id") or data.get("id") or "")
    rules: list[Rule] = []
    seen: set[str] = set()
    for i, raw in enumerate(raw_rules):
        rid = raw.get("id") if isinstance(raw, dict) else None
        where = f"rule {rid}" if rid else f"rule #{i + 1}"
        if not isinstance(raw, dict):
            raise ConfigError(source, where, "expected a mapping")
        test = raw.get("test")
        check = test.get("check") if isinstance(test, dict) else None
        if check and checks is not None and check not in checks:
            raise ConfigError(source, where, f"unknown check {check!r} (known: {', '.join(sorted(checks))})")
        unknown: list[str] = []
        raw = _named(raw, patterns, unknown)
        if unknown:
            raise ConfigError(source, where, f"unknown pattern {unknown[0]} (known: {', '.join(sorted(patterns))})")
        try:
            rule = Rule.model_validate(raw)
        except ValidationError as err:
            raise ConfigError(source, where, _problem(err)) from None
        if rule.id in seen:
            raise ConfigError(source, where, "duplicate rule id")
        if pack_id and not rule.id.startswith(pack_id + "-"):
            raise ConfigError(source, where, f"a rule id of the {pack_id} pack starts with {pack_id}-")
        seen.add(rule.id)
        rules.append(rule)
    head = {**data, **(header or {})}
    try:
        return Catalogue.model_validate({**head, "patterns": patterns, "rules": [], "source": source,
                                         "folder": folder}).model_copy(update={"rules": rules})
    except ValidationError as err:
        raise ConfigError(header_source(source, header), "header", _problem(err)) from None


def header_source(source: str, header: dict[str, Any] | None) -> str:
    return source.rsplit("/", 1)[0] + "/standard.yaml" if header is not None else source


def parse_pack(folder: Path | Any, source: str, checks: Collection[str] | None = None) -> Catalogue:
    """The pack in ``folder`` (a path or a package resource): ``standard.yaml`` and ``rules.yaml``.
    ``source`` names the folder in errors."""
    hsource, rsource = f"{source}/standard.yaml", f"{source}/rules.yaml"
    try:
        header_text = folder.joinpath("standard.yaml").read_text(encoding="utf-8")
    except OSError as err:
        raise ConfigError(hsource, "file", err.strerror or str(err)) from None
    header = _read(header_text, hsource)
    if not isinstance(header, dict):
        raise ConfigError(hsource, "file", "expected a mapping with `id`, `standard`, `short`, `citation`")
    name = getattr(folder, "name", "")
    if str(header.get("id") or "") != name:
        raise ConfigError(hsource, "id", f"the id must be the folder's name, {name!r}")
    try:
        rules_text = folder.joinpath("rules.yaml").read_text(encoding="utf-8")
    except OSError as err:
        raise ConfigError(rsource, "file", err.strerror or str(err)) from None
    return parse_catalogue(_read(rules_text, rsource), rsource, header=header, folder=str(folder), checks=checks)


def parse_file(path: str, checks: Collection[str] | None = None) -> Catalogue:
    """A catalogue in one file (header and rules together): for tests and tools."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as err:
        raise ConfigError(path, "file", err.strerror or str(err)) from None
    return parse_catalogue(_read(text, path), path, checks=checks)
