"""Labelled passages: the JSONL gold format of ``shared/corpus/FORMAT.md``.

``load_gold`` validates every line with pydantic and names the file and the line
of the first one that is wrong, so a typo in a label is a one-line message.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from pathlib import Path
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StrictBool, ValidationError

from dignity.errors import InputError
from dignity.model import FACT_TYPES, Certainty, Status

__all__ = ["GoldFact", "GoldTrap", "GoldFinding", "GoldPassage", "GoldFormatError",
           "load_gold", "gold_sha256"]

log = logging.getLogger(__name__)


class GoldFormatError(InputError):
    """A line of a gold file is not a valid labelled passage: '<path>: line N: <problem>'."""

    def __init__(self, path: object, line: int, problem: str) -> None:
        self.line = line
        super().__init__(path, f"line {line}: {problem}")


class _Gold(BaseModel):
    # The labels carry extra keys (``occupants``, ``by``, ``observed_on``, ``notes`` ...):
    # kept, not scored.
    model_config = ConfigDict(extra="allow", use_enum_values=True)


def _known_type(value: str) -> str:
    if value not in FACT_TYPES:
        raise ValueError(f"unknown fact type {value!r} (see shared/spec/conditions.md)")
    return value


FactType = Annotated[str, AfterValidator(_known_type)]


class GoldFact(_Gold):
    type: FactType
    value: Any = None
    unit: str | None = None
    negated: StrictBool = False
    certainty: Certainty = Certainty.asserted
    subject: str
    attributed_to: str | None = None
    quote: str = ""

    @property
    def counted(self) -> bool:
        """About a person or group and not hypothetical: the facts that are scored."""
        return self.subject != "general" and self.certainty != Certainty.hypothetical.value


class GoldTrap(_Gold):
    type: FactType
    why: str = ""


class GoldFinding(_Gold):
    rule: str
    status: Status


class GoldPassage(_Gold):
    id: str = Field(min_length=1)
    lang: str = "en"
    source: dict[str, Any] = Field(default_factory=dict)
    doc_date: str | None = None
    text: str = Field(min_length=1)
    facts: list[GoldFact] = Field(default_factory=list)
    traps: list[GoldTrap] = Field(default_factory=list)
    findings: list[GoldFinding] = Field(default_factory=list)


def _describe(err: ValidationError) -> str:
    first = err.errors()[0]
    where = ".".join(str(p) for p in first["loc"]) or "passage"
    more = f" (and {err.error_count() - 1} more)" if err.error_count() > 1 else ""
    return f"{where}: {first['msg']}{more}"


def load_gold(path: str | os.PathLike[str]) -> list[GoldPassage]:
    """Every labelled passage of a JSONL gold file, in file order.

    Raises ``GoldFormatError`` naming the file and line of the first bad line
    (invalid JSON, a missing or mistyped field, an unknown fact type, a status
    that is not a ``Status``, an id used twice), ``InputError`` if unreadable.
    """
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(path, f"cannot read the gold file: {err}") from err
    passages: list[GoldPassage] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as err:
            raise GoldFormatError(path, number, f"invalid JSON: {err.msg} (column {err.colno})") from err
        if not isinstance(data, dict):
            raise GoldFormatError(path, number, f"expected a JSON object, got {type(data).__name__}")
        try:
            passage = GoldPassage.model_validate(data)
        except ValidationError as err:
            raise GoldFormatError(path, number, _describe(err)) from err
        if passage.id in seen:
            raise GoldFormatError(path, number, f"passage id {passage.id!r} already used on line {seen[passage.id]}")
        seen[passage.id] = number
        _warn_conflicts(path, number, passage)
        passages.append(passage)
    return passages


def _warn_conflicts(path: Path, number: int, passage: GoldPassage) -> None:
    """A trap type that is also a scored gold fact cannot be avoided by a correct system."""
    scored = {f.type for f in passage.facts if f.counted}
    for trap in passage.traps:
        if trap.type in scored:
            log.warning("%s: line %d: %s: trap %r is also a labelled fact of the passage; "
                        "a correct prediction counts as a trap hit", path, number, passage.id, trap.type)


def gold_sha256(path: str | os.PathLike[str]) -> str:
    """The sha256 of the gold file's bytes: what the floors are pinned to."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()
