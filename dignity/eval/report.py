"""An evaluation run as Rich renderables (for the CLI to print) or as one JSON object.

The text report puts the per-type table first and the headline summary last, so
the last lines of the output (what a hook's ``tail`` shows) are the numbers.
"""

from __future__ import annotations

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from dignity.eval.runner import EvalRun
from dignity.eval.scorer import NO_FINDING, PRF, Ratio, Scores
from dignity.model import FACT_TYPES, Status

__all__ = ["per_type_table", "findings_table", "misses_view", "summary_view", "to_json"]

_MISS_LABEL = {"false_positive": "FP", "false_negative": "FN", "value": "VALUE",
               "trap": "TRAP", "finding": "FINDING"}


def per_type_table(run: EvalRun) -> Table:
    """tp, fp, fn, P, R, F1 of the system for every type seen, and the baseline's F1."""
    table = Table(title="Facts by type (system)", box=box.SIMPLE, pad_edge=False)
    for name in ("type", "tp", "fp", "fn", "P", "R", "F1"):
        table.add_column(name, justify="left" if name == "type" else "right")
    if run.baseline is not None:
        table.add_column("base F1", justify="right")
    seen = run.system.per_type.keys() | (run.baseline.per_type.keys() if run.baseline else set())
    for type_ in (t for t in FACT_TYPES if t in seen):
        prf = run.system.per_type.get(type_, PRF())
        row = [type_, str(prf.tp), str(prf.fp), str(prf.fn),
               f"{prf.precision:.2f}", f"{prf.recall:.2f}", f"{prf.f1:.2f}"]
        if run.baseline is not None:
            row.append(f"{run.baseline.per_type.get(type_, PRF()).f1:.2f}")
        table.add_row(*row)
    return table


def findings_table(scores: Scores) -> Table | None:
    """Labelled status (rows) x predicted status (columns): where findings are over- or under-called."""
    if scores.findings_exact is None or not scores.findings_confusion:
        return None
    statuses = [s.value for s in Status]
    table = Table(title="Findings: labelled (rows) x predicted (columns)", box=box.SIMPLE, pad_edge=False)
    table.add_column("labelled")
    for name in (*statuses, NO_FINDING):
        table.add_column(name.replace("_", " "), justify="right")
    for labelled in statuses:
        counts = [scores.findings_confusion.get((labelled, got), 0) for got in (*statuses, NO_FINDING)]
        if any(counts):
            table.add_row(labelled.replace("_", " "), *(str(n) for n in counts))
    return table


def misses_view(scores: Scores) -> Group:
    """Every error, one line each: kind, passage, type (and polarity), the words."""
    lines: list[RenderableType] = [Text("Misses (system)", style="bold")]
    for miss in scores.misses:
        polarity = "" if miss.negated is None else (" (negated)" if miss.negated else "")
        words = miss.text.replace("\n", " ")
        quoted = f"\u201c{words}\u201d" if miss.kind in ("false_positive", "false_negative") else words
        lines.append(Text.assemble((f"{_MISS_LABEL[miss.kind]:<7} ", "bold"), f"{miss.passage}  ",
                                   (f"{miss.type}{polarity}", "cyan"), f"  {quoted}"))
    if not scores.misses:
        lines.append(Text("none"))
    return Group(*lines)


def _ratio(ratio: Ratio | None, nothing: str = "") -> str:
    if ratio is None:
        return "not available"
    if nothing and ratio.total == 0:  # 0 of 0 is no accuracy of 0: nothing was there to measure
        return nothing
    return f"{ratio.rate:.3f} ({ratio.hits}/{ratio.total})"


def summary_view(run: EvalRun, gold_name: str, sha256: str) -> Group:
    """The headline numbers, system beside baseline, in a few short lines."""
    header = Text(f"dignity eval {gold_name}: {run.passages} passages, "
                  f"{run.passages_per_second:.1f} passages/s, sha256 {sha256[:12]}", style="bold")
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
    base = run.baseline
    for name in ("", "system", *(["keyword baseline"] if base is not None else [])):
        table.add_column(name)

    def row(label: str, system: str, baseline: str = "not available") -> None:
        table.add_row(label, system, *([baseline] if base is not None else []))

    sys_ = run.system
    row("fact F1", f"{sys_.facts.f1:.3f}", f"{base.facts.f1:.3f}" if base else "")
    row("fact P / R", f"{sys_.facts.precision:.3f} / {sys_.facts.recall:.3f}",
        f"{base.facts.precision:.3f} / {base.facts.recall:.3f}" if base else "")
    row("fact tp/fp/fn", f"{sys_.facts.tp}/{sys_.facts.fp}/{sys_.facts.fn}",
        f"{base.facts.tp}/{base.facts.fp}/{base.facts.fn}" if base else "")
    no_values = "n/a (no labelled values)"
    row("value accuracy", _ratio(sys_.values, no_values), _ratio(base.values, no_values) if base else "")
    row("trap hits (lower better)", _ratio(sys_.traps), _ratio(base.traps) if base else "")
    row("findings exact", _ratio(sys_.findings_exact, "n/a (no labelled findings)"))
    row("findings coarse", _ratio(sys_.findings_coarse, "n/a (no labelled findings)"))
    return Group(header, table)


def to_json(run: EvalRun, *, gold_path: str, sha256: str, misses: bool = False) -> dict[str, object]:
    """Every number of the run as one JSON-ready object (the misses too if asked)."""
    return {
        "gold": {"path": gold_path, "sha256": sha256, "passages": run.passages},
        "timing": {"seconds": run.seconds, "passages_per_second": run.passages_per_second},
        "system": run.system.as_dict(misses=misses),
        "baseline": run.baseline.as_dict() if run.baseline is not None else None,
    }
