"""The quality gate: floors pinned per gold file, as trafilatura's ``eval_baseline.json``.

The floors file maps a gold file's name to the sha256 its numbers were measured
on, the floors (``fact_f1``, ``value_accuracy``, and ``findings_coarse`` once the
assessment stage exists) and the ceilings (``trap_rate``: lower is better)::

    {"golds": {"dev.jsonl": {"sha256": "...",
                             "floors": {"fact_f1": 0.41, "value_accuracy": 0.5},
                             "ceilings": {"trap_rate": 0.2}}}}

``check_floors`` lists what fails; ``update_floors`` pins the current run and
refuses to loosen anything (lower a floor, raise a ceiling, drop a metric)
unless forced.
"""

from __future__ import annotations

import json
import math
import os
from pathlib import Path
from typing import Any

from dignity.errors import DignityError, InputError
from dignity.eval.scorer import Scores

__all__ = ["DEFAULT_FLOORS", "FLOOR_METRICS", "CEILING_METRICS", "FloorError",
           "gate_metrics", "load_floors", "save_floors", "check_floors", "update_floors"]

#: The floors file shipped in the package.
DEFAULT_FLOORS = Path(__file__).with_name("eval_baseline.json")
FLOOR_METRICS = ("fact_f1", "value_accuracy", "findings_coarse")
CEILING_METRICS = ("trap_rate",)
_EPS = 1e-9


class FloorError(DignityError):
    """The floors cannot be updated without ``--force``: ``problems`` says why."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("; ".join(problems))


def gate_metrics(scores: Scores) -> dict[str, float]:
    """The numbers the gate watches (``findings_coarse`` only where findings were scored)."""
    metrics = {"fact_f1": scores.facts.f1, "value_accuracy": scores.values.rate,
               "trap_rate": scores.traps.rate}
    if scores.findings_coarse is not None:
        metrics["findings_coarse"] = scores.findings_coarse.rate
    return metrics


def load_floors(path: str | os.PathLike[str] = DEFAULT_FLOORS) -> dict[str, Any]:
    """The floors file (an empty one if it does not exist yet)."""
    path = Path(path)
    if not path.exists():
        return {"golds": {}}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise InputError(path, f"cannot read the floors file: {err}") from err
    if not isinstance(data, dict) or not isinstance(data.get("golds"), dict):
        raise InputError(path, 'a floors file is {"golds": {"<gold file name>": {...}}}')
    return data


def save_floors(data: dict[str, Any], path: str | os.PathLike[str] = DEFAULT_FLOORS) -> None:
    Path(path).write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def check_floors(data: dict[str, Any], gold_name: str, sha256: str,
                 metrics: dict[str, float]) -> list[str]:
    """What fails the gate for this run of ``gold_name`` (empty: it passes)."""
    entry = data["golds"].get(gold_name)
    if entry is None:
        return [f"no floors are pinned for {gold_name}: pin them with --update-floor"]
    problems: list[str] = []
    if entry.get("sha256") != sha256:
        problems.append(f"{gold_name} has changed (sha256 {sha256[:12]}, floors pinned for "
                        f"{str(entry.get('sha256'))[:12]}): re-pin them with --update-floor")
    for name, floor in entry.get("floors", {}).items():
        if name not in metrics:
            problems.append(f"{name} has a floor of {floor:.3f} but this run did not measure it")
        elif metrics[name] < floor - _EPS:
            problems.append(f"{name} {metrics[name]:.3f} is below its floor {floor:.3f}")
    for name, ceiling in entry.get("ceilings", {}).items():
        if name not in metrics:
            problems.append(f"{name} has a ceiling of {ceiling:.3f} but this run did not measure it")
        elif metrics[name] > ceiling + _EPS:
            problems.append(f"{name} {metrics[name]:.3f} is above its ceiling {ceiling:.3f}")
    return problems


def update_floors(data: dict[str, Any], gold_name: str, sha256: str, metrics: dict[str, float],
                  *, force: bool = False) -> tuple[dict[str, Any], list[str]]:
    """The floors file with this run pinned for ``gold_name``, and the changes made.

    Floors are rounded down and ceilings up (4 decimals) so the run pinned passes.
    Raises ``FloorError`` if that would loosen the gate, unless ``force``.
    """
    old = data["golds"].get(gold_name, {})
    old_floors, old_ceilings = old.get("floors", {}), old.get("ceilings", {})
    floors = {m: math.floor(metrics[m] * 1e4 + 1e-6) / 1e4 for m in FLOOR_METRICS if m in metrics}
    ceilings = {m: math.ceil(metrics[m] * 1e4 - 1e-6) / 1e4 for m in CEILING_METRICS if m in metrics}

    loosened = [f"{m} floor {v:.4f} -> {floors[m]:.4f}" for m, v in old_floors.items()
                if m in floors and floors[m] < v - _EPS]
    loosened += [f"{m} ceiling {v:.4f} -> {ceilings[m]:.4f}" for m, v in old_ceilings.items()
                 if m in ceilings and ceilings[m] > v + _EPS]
    loosened += [f"{m} would no longer be checked (not measured in this run)"
                 for m in [*old_floors, *old_ceilings] if m not in metrics]
    if loosened and not force:
        raise FloorError([f"refusing to loosen the gate for {gold_name} without --force: {x}"
                          for x in loosened])

    changes: list[str] = []
    if old.get("sha256") != sha256:
        changes.append(f"{gold_name}: sha256 {sha256[:12]}")
    for kind, new, before in (("floor", floors, old_floors), ("ceiling", ceilings, old_ceilings)):
        for m, v in new.items():
            if before.get(m) != v:
                was = f"{before[m]:.4f}" if m in before else "none"
                changes.append(f"{m} {kind} {was} -> {v:.4f}")
    golds = dict(data["golds"])
    golds[gold_name] = {"sha256": sha256, "floors": floors, "ceilings": ceilings}
    return {**data, "golds": golds}, changes
