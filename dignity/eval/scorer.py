"""Scoring a run against labelled passages, exactly as ``shared/corpus/FORMAT.md`` says.

- Facts: micro precision, recall and F1 over the set of (passage, type, negated),
  counting gold facts whose ``subject`` is not ``general`` and predicted facts whose
  ``subject_kind`` is not ``general``, neither ``hypothetical``. Several facts of one
  type and polarity in a passage count once.
- Values: for each counted gold fact of a type in ``VALUE_TOLERANCES`` with a numeric
  value, whether a counted predicted fact of that type in the passage has that value
  within the tolerance (either polarity).
- Traps: how many of the passages' trap types were predicted as a counted fact of
  either polarity (lower is better).
- Findings: for each labelled (rule, status), whether the predicted finding with
  that rule has the same status (exact) and whether both or neither are a breach
  (coarse); a missing finding is wrong for exact and "not a breach" for coarse.

Besides the numbers, ``Scores.misses`` lists every error with its words, the way
Presidio's evaluator lists its typed errors.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from dignity.eval.gold import GoldFact, GoldPassage
from dignity.model import FACT_TYPES, Assessment, Certainty, Extraction, Fact, Finding, Status, SubjectKind

__all__ = ["VALUE_TOLERANCES", "BREACH", "PRF", "Ratio", "Miss", "Scores",
           "score", "counted", "value_matches", "NO_FINDING"]

#: type -> (kind, tolerance): "abs" in the unit (hours a day), "rel" a fraction of the gold value.
VALUE_TOLERANCES: dict[str, tuple[Literal["abs", "rel"], float]] = {
    "confinement_hours": ("abs", 0.5),
    "exercise_time": ("abs", 0.5),
    "isolation_duration": ("rel", 0.15),
    "cell_space": ("rel", 0.10),
}

#: The statuses that are a breach, for the coarse agreement of findings.
BREACH = frozenset({Status.violation_likely.value, Status.concern.value})

#: Most severe first: which status stands for a rule with several predicted findings.
_SEVERITY = [Status.violation_likely.value, Status.concern.value,
             Status.insufficient_information.value, Status.compliant.value]

#: The predicted "status" of a labelled rule the assessment gave no finding for.
NO_FINDING = "none"

_EPS = 1e-9  # tolerance edges are inclusive; absorbs float rounding (0.15 * 187 ...)

Key = tuple[str, str, bool]  # (passage id, type, negated)
MissKind = Literal["false_positive", "false_negative", "value", "trap", "finding"]


@dataclass(frozen=True)
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": self.precision,
                "recall": self.recall, "f1": self.f1}


@dataclass(frozen=True)
class Ratio:
    hits: int = 0
    total: int = 0

    @property
    def rate(self) -> float:
        return self.hits / self.total if self.total else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"hits": self.hits, "total": self.total, "rate": self.rate}


@dataclass(frozen=True)
class Miss:
    """One error, with the words behind it.

    ``type`` is the fact type (the rule id for a finding); ``text`` is the predicted
    evidence (false positive), the gold quote (false negative), the trap's "why",
    or what was expected and what came (value, finding).
    """

    kind: MissKind
    passage: str
    type: str
    negated: bool | None
    text: str

    def as_dict(self) -> dict[str, object]:
        return {"kind": self.kind, "passage": self.passage, "type": self.type,
                "negated": self.negated, "text": self.text}


@dataclass(frozen=True)
class Scores:
    facts: PRF
    per_type: dict[str, PRF]
    values: Ratio
    traps: Ratio
    #: None when the predictor gave no assessment (no findings to score).
    findings_exact: Ratio | None
    findings_coarse: Ratio | None
    misses: list[Miss] = field(default_factory=list)
    #: (labelled status, predicted status or "none") -> how many labelled findings.
    findings_confusion: dict[tuple[str, str], int] = field(default_factory=dict)

    def misses_of(self, kind: MissKind) -> list[Miss]:
        return [m for m in self.misses if m.kind == kind]

    def as_dict(self, *, misses: bool = False) -> dict[str, object]:
        out: dict[str, object] = {
            "facts": self.facts.as_dict(),
            "values": self.values.as_dict(),
            "traps": self.traps.as_dict(),
            "findings": None if self.findings_exact is None else {
                "exact": self.findings_exact.as_dict(),
                "coarse": self.findings_coarse.as_dict() if self.findings_coarse else None,
                "confusion": [{"labelled": g, "predicted": p, "count": n}
                              for (g, p), n in sorted(self.findings_confusion.items())]},
            "per_type": {t: prf.as_dict() for t, prf in self.per_type.items()},
        }
        if misses:
            out["misses"] = [m.as_dict() for m in self.misses]
        return out


def counted(fact: Fact) -> bool:
    """A predicted fact about a person or group, not hypothetical: the facts that are scored."""
    return (fact.subject_kind != SubjectKind.general.value
            and fact.certainty != Certainty.hypothetical.value)


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def value_matches(type_: str, gold: float, predicted: float) -> bool:
    """Whether ``predicted`` is ``gold`` within the tolerance of ``type_`` (edges included)."""
    kind, tolerance = VALUE_TOLERANCES[type_]
    allowed = tolerance if kind == "abs" else tolerance * abs(gold)
    return abs(predicted - gold) <= allowed + _EPS


def _evidence(fact: Fact) -> str:
    return fact.evidence[0].text if fact.evidence else ""


def score(passages: Iterable[GoldPassage], predictions: Mapping[str, Extraction]) -> Scores:
    """Scores the predictions (passage id -> Extraction or Assessment) against the gold.

    Findings are scored only when every prediction is an ``Assessment``. A passage
    without a prediction counts as predicting nothing.
    """
    passages = list(passages)
    empty = Extraction()
    gold_keys: dict[Key, GoldFact] = {}
    pred_keys: dict[Key, Fact] = {}
    values = traps = Ratio()
    misses: list[Miss] = []
    with_findings = bool(passages) and all(isinstance(predictions.get(p.id), Assessment) for p in passages)
    exact = coarse = Ratio()
    confusion: dict[tuple[str, str], int] = {}

    for passage in passages:
        predicted = predictions.get(passage.id, empty)
        facts = [f for f in predicted.facts if counted(f)]
        gold = [f for f in passage.facts if f.counted]
        for g in gold:
            gold_keys.setdefault((passage.id, g.type, g.negated), g)
        for f in facts:
            pred_keys.setdefault((passage.id, f.type, f.negated), f)

        hits, total, value_misses = _score_values(passage.id, gold, facts)
        values = Ratio(values.hits + hits, values.total + total)
        misses += value_misses

        predicted_types = {f.type for f in facts}
        whys: dict[str, str] = {}
        for trap in passage.traps:
            whys.setdefault(trap.type, trap.why)
        hit = [t for t in whys if t in predicted_types]
        traps = Ratio(traps.hits + len(hit), traps.total + len(whys))
        misses += [Miss("trap", passage.id, t, None, whys[t]) for t in hit]

        if with_findings:
            assert isinstance(predicted, Assessment)
            e, c, finding_misses = _score_findings(passage, predicted.findings)
            for labelled in passage.findings:
                pair = (labelled.status, _status_of(predicted.findings, labelled.rule) or NO_FINDING)
                confusion[pair] = confusion.get(pair, 0) + 1
            exact = Ratio(exact.hits + e, exact.total + len(passage.findings))
            coarse = Ratio(coarse.hits + c, coarse.total + len(passage.findings))
            misses += finding_misses

    tp = gold_keys.keys() & pred_keys.keys()
    misses += [Miss("false_positive", k[0], k[1], k[2], _evidence(pred_keys[k]))
               for k in sorted(pred_keys.keys() - tp)]
    misses += [Miss("false_negative", k[0], k[1], k[2], gold_keys[k].quote)
               for k in sorted(gold_keys.keys() - tp)]

    per_type: dict[str, PRF] = {}
    for type_ in FACT_TYPES:
        t_gold = {k for k in gold_keys if k[1] == type_}
        t_pred = {k for k in pred_keys if k[1] == type_}
        if t_gold or t_pred:
            per_type[type_] = PRF(len(t_gold & t_pred), len(t_pred - t_gold), len(t_gold - t_pred))

    order = {"false_positive": 0, "false_negative": 1, "value": 2, "trap": 3, "finding": 4}
    misses.sort(key=lambda m: (order[m.kind], m.passage, m.type))
    return Scores(
        facts=PRF(len(tp), len(pred_keys) - len(tp), len(gold_keys) - len(tp)),
        per_type=per_type,
        values=values,
        traps=traps,
        findings_exact=exact if with_findings else None,
        findings_coarse=coarse if with_findings else None,
        misses=misses,
        findings_confusion=confusion,
    )


def _score_values(passage_id: str, gold: list[GoldFact], facts: list[Fact]) -> tuple[int, int, list[Miss]]:
    hits = total = 0
    misses: list[Miss] = []
    for g in gold:
        expected = _number(g.value)
        if g.type not in VALUE_TOLERANCES or expected is None:
            continue
        total += 1
        found = [v for f in facts if f.type == g.type and (v := _number(f.value)) is not None]
        if any(value_matches(g.type, expected, v) for v in found):
            hits += 1
        else:
            got = ", ".join(f"{v:g}" for v in found) or "no value"
            misses.append(Miss("value", passage_id, g.type, g.negated,
                               f"gold {expected:g} {g.unit or ''}".rstrip() + f"; predicted {got}"))
    return hits, total, misses


def _status_of(findings: list[Finding], rule: str) -> str | None:
    statuses = [f.status for f in findings if f.rule == rule]
    return min(statuses, key=_SEVERITY.index) if statuses else None


def _score_findings(passage: GoldPassage, findings: list[Finding]) -> tuple[int, int, list[Miss]]:
    exact = coarse = 0
    misses: list[Miss] = []
    for labelled in passage.findings:
        got = _status_of(findings, labelled.rule)
        exact += got == labelled.status
        coarse += (got in BREACH) == (labelled.status in BREACH)
        if got != labelled.status:
            misses.append(Miss("finding", passage.id, labelled.rule, None,
                               f"gold {labelled.status}; predicted {got or 'no finding'}"))
    return exact, coarse, misses
