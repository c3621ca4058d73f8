"""`dignity eval`: score the system (and the keyword baseline) on labelled passages."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape

from dignity.cli._help import Command
from dignity.errors import DignityError, InputError


def _check_labelled(path: Path, passages: list) -> None:
    """Scores of a file without labels would be zeros that mean nothing: refuse it."""
    if not passages:
        raise InputError(path, "no labelled passage in this file (one JSON object per line, "
                               "see shared/corpus/FORMAT.md)")
    if not any(p.facts or p.traps or p.findings for p in passages):
        raise InputError(path, f"none of its {len(passages)} passages is labelled (no facts, traps or "
                               "findings): nothing to score")


def _warn_unread(path: Path, passages: list, err: Console) -> None:
    """One line per language of the passages that has no pack: those passages are scored
    as finding nothing (each passage is read with the pack its ``lang`` names)."""
    from collections import Counter

    from dignity.extract.languages import has_pack, no_pack_reason

    unread = Counter(p.lang for p in passages if not has_pack(p.lang))
    for lang, n in sorted(unread.items()):
        err.print(escape(f"dignity: {path}: {n} passage(s) in {no_pack_reason(lang)} (scored as finding "
                         "nothing)"), highlight=False, soft_wrap=True)


class OutputFormat(str, Enum):
    text = "text"
    json = "json"


def register(app: typer.Typer) -> None:
    """Adds the ``eval`` command to the app."""
    app.command("eval", cls=Command)(eval_command)


def eval_command(
    gold: Path = typer.Argument(..., exists=True, dir_okay=False, readable=True,
                                help="Labelled passages (JSONL, shared/corpus/FORMAT.md)."),
    misses: bool = typer.Option(False, "--misses", help="List false positives and negatives, "
                                "value misses, trap hits and finding disagreements."),
    output: OutputFormat = typer.Option(OutputFormat.text, "--format", help="text or json."),
    check_floor: bool = typer.Option(False, "--check-floor",
                                     help="Exit 1 if a metric is below its pinned floor "
                                     "(or above its ceiling), or the gold file changed."),
    update_floor: bool = typer.Option(False, "--update-floor",
                                      help="Pin this run's numbers as the floors for GOLD."),
    force: bool = typer.Option(False, "--force", help="With --update-floor: allow loosening the gate."),
    floors_file: Path | None = typer.Option(None, "--floors", dir_okay=False,
                                            help="Floors file [default: the package's eval_baseline.json]."),
) -> None:
    """Score extraction (and findings, where the assessment stage exists) on labelled
    passages, beside a naive keyword baseline; optionally gate on pinned floors."""
    from dignity.eval import gate, report
    from dignity.eval.gold import gold_sha256, load_gold
    from dignity.eval.runner import evaluate

    out, err = Console(), Console(stderr=True)
    if force and not update_floor:
        raise typer.BadParameter("--force only goes with --update-floor", param_hint="--force")
    if check_floor and update_floor:
        raise typer.BadParameter("use --check-floor or --update-floor, not both", param_hint="--update-floor")
    floors_path = floors_file or gate.DEFAULT_FLOORS

    try:
        passages = load_gold(gold)
        sha = gold_sha256(gold)
        _check_labelled(gold, passages)
        floors = gate.load_floors(floors_path) if check_floor or update_floor else None
        _warn_unread(gold, passages, err)
        run = evaluate(passages)
    except DignityError as exc:
        message = " ".join([str(exc), *getattr(exc, "__notes__", [])])
        err.print(f"[red]error:[/red] {escape(message)}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None

    metrics = gate.gate_metrics(run.system)
    problems = gate.check_floors(floors, gold.name, sha, metrics) if check_floor else []

    if output is OutputFormat.json:
        data = report.to_json(run, gold_path=str(gold), sha256=sha, misses=misses)
        if check_floor:
            data["gate"] = {"passed": not problems, "problems": problems}
        out.print_json(json.dumps(data))
    else:
        out.print(report.per_type_table(run))
        if (confusion := report.findings_table(run.system)) is not None:
            out.print(confusion)
        if misses:
            out.print(report.misses_view(run.system), soft_wrap=True)
        out.print(report.summary_view(run, gold.name, sha))

    if update_floor:
        assert floors is not None
        try:
            updated, changes = gate.update_floors(floors, gold.name, sha, metrics, force=force)
        except gate.FloorError as exc:
            for problem in exc.problems:
                err.print(f"[red]error:[/red] {escape(problem)}", highlight=False, soft_wrap=True)
            raise typer.Exit(1) from exc
        gate.save_floors(updated, floors_path)
        err.print(escape(f"floors for {gold.name} in {floors_path}: " + ("; ".join(changes) or "unchanged")),
                  highlight=False, soft_wrap=True)
    if check_floor:
        if problems:
            for problem in problems:
                err.print(f"[red]gate failed:[/red] {escape(problem)}", highlight=False, soft_wrap=True)
            raise typer.Exit(1)
        err.print(escape(f"gate passed: {gold.name} meets the floors in {floors_path}"),
                  highlight=False, soft_wrap=True)
