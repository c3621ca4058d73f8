"""`dignity screen INPUT... -o OUT [--engine local|dask] ...` and `dignity screen summarize OUT`.

``screen`` reads whole archives (folders of files; JSONL, CSV or Parquet tables
of texts, gzip allowed) partition by partition, extracts and assesses every
document on a local process pool or a Dask cluster, and writes a Parquet dataset
directory (``documents/``, ``facts/``, ``findings/``, ``_manifest.json``).  A rerun
of the same command resumes: complete partitions are skipped.  See
``dignity.batch`` for the details.

Exit codes: 0 when every document was read; 2 when some became error rows (the
run still completes) or OUT cannot be written (a read-only folder, a full disk:
one line; rerun to resume once fixed); 1 when the screen cannot run (another
screen in OUT, no scheduler); 130 when interrupted (rerun to resume).
"""

from __future__ import annotations

import logging
import os
import sys
from enum import Enum
from pathlib import Path
from typing import Any, Optional

import click
import typer
from typer.core import TyperGroup

from dignity.cli._help import Command, MARKUP
from dignity.cli._common import (EXIT_INPUT_ERROR, JURISDICTION_OPTION, LANG_OPTION, OCR_OPTION, PROG,
                                 STANDARD_OPTION, OcrMode, console, check_standards)
from dignity.ingest.libraries import quiet_libraries

__all__ = ["register", "screen_app", "run_command", "summarize_command"]


class EngineName(str, Enum):
    local = "local"
    dask = "dask"
    serial = "serial"


class PeriodName(str, Enum):
    year = "year"
    month = "month"


class _DefaultRun(TyperGroup):
    """`dignity screen ARGS` means `dignity screen run ARGS` unless ARGS starts with a command."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h"):
            args = ["run", *args]
        return super().parse_args(ctx, args)


screen_app = typer.Typer(
    rich_markup_mode=MARKUP, name="screen", cls=_DefaultRun, no_args_is_help=True, add_completion=False,
    help="Screen a whole archive: extract and assess every document, locally or on Dask, "
         "into a Parquet dataset (`dignity screen INPUT... -o OUT`); then "
         "`dignity screen summarize OUT`.")


def register(app: typer.Typer) -> None:
    """Adds ``dignity screen`` (``run``, the default, and ``summarize``) to the app."""
    app.add_typer(screen_app, name="screen")


@screen_app.command("run", cls=Command)
def run_command(
    inputs: list[str] = typer.Argument(..., metavar="INPUT",
                                       help="Folders of documents (txt, html, pdf, docx) and/or "
                                            "JSONL, CSV or Parquet files with a text column "
                                            "(.jsonl.gz, .csv.gz allowed)."),
    out: Path = typer.Option(..., "--out", "-o", metavar="OUT",
                             help="Output directory (Parquet datasets and _manifest.json); "
                                  "rerunning into it resumes."),
    engine: EngineName = typer.Option(EngineName.local, "--engine", "-e", case_sensitive=False,
                                      help="local: a process pool on this machine; dask: a Dask "
                                           "cluster; serial: this process only."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", metavar="ADDRESS",
                                            help="Dask scheduler to use (tcp://host:8786) "
                                                 "[default: a new local cluster]."),
    workers: Optional[int] = typer.Option(None, "--workers", "-w", min=1, metavar="N",
                                          help="Worker processes [default: the number of cores]."),
    text_col: str = typer.Option("text", "--text-col", metavar="C", help="Column holding the text."),
    id_col: Optional[str] = typer.Option(None, "--id-col", metavar="C",
                                         help="Column holding the document id [default: sha256 of the text]."),
    date_col: Optional[str] = typer.Option(None, "--date-col", metavar="C",
                                           help="Column holding the document date [default: a dateline in the text]."),
    title_col: Optional[str] = typer.Option(None, "--title-col", metavar="C",
                                            help="Column holding the title."),
    facility_col: Optional[str] = typer.Option(None, "--facility-col", metavar="C",
                                               help="Column naming the place of detention "
                                                    "[default: the one the text names most]."),
    partition_size: int = typer.Option(100, "--partition-size", "-p", min=1, metavar="N",
                                       help="Documents per partition (unit of work, output file and resume)."),
    as_of: Optional[str] = typer.Option(None, "--as-of", metavar="YYYY-MM-DD",
                                        help="Count an isolation's days to this date [default: each document's date]."),
    progress: Optional[bool] = typer.Option(None, "--progress/--no-progress",
                                            help="Show a progress bar [default: on a terminal]."),
    lang: Optional[str] = LANG_OPTION,
    ocr: OcrMode = OCR_OPTION,
    standard: Optional[str] = STANDARD_OPTION,
    jurisdiction: Optional[str] = JURISDICTION_OPTION,
) -> None:
    """Extract and assess every document of INPUT... into OUT, partition by partition."""
    standards = check_standards(standard)
    from dignity.batch.runner import ScreenError, screen
    from dignity.batch.sources import Columns
    from dignity.cli._common import check_date

    as_of = check_date(as_of)
    missing = [p for p in inputs if not os.path.exists(p)]
    for p in missing:
        sys.stderr.write(f"{PROG}: {p}: does not exist\n")
    if missing:
        raise typer.Exit(EXIT_INPUT_ERROR)
    if scheduler and engine is not EngineName.dask:
        raise typer.BadParameter("--scheduler needs --engine dask", param_hint="--scheduler")
    quiet_libraries()
    if logging.getLogger().getEffectiveLevel() > logging.INFO:
        logging.getLogger("dignity.batch").setLevel(logging.ERROR)
    if progress is None:
        try:
            progress = sys.stderr.isatty()
        except (AttributeError, ValueError):
            progress = False
    isolate_workers()
    columns = Columns(text=text_col, id=id_col, date=date_col, title=title_col, facility=facility_col)
    try:
        result = screen(inputs, out, engine=engine.value, workers=workers, scheduler=scheduler,
                        columns=columns, partition_size=partition_size, as_of=as_of,
                        progress=progress, lang=lang, ocr=ocr.value, standards=standards,
                        jurisdiction=jurisdiction)
    except ScreenError as exc:
        sys.stderr.write(f"{PROG}: {exc}\n")
        raise typer.Exit(1) from None
    except KeyboardInterrupt:
        sys.stderr.write(f"{PROG}: interrupted; run the same command again to resume\n")
        raise typer.Exit(130) from None
    except OSError as exc:  # a read-only folder, a full disk: what is written is kept
        where = exc.filename or out
        sys.stderr.write(f"{PROG}: {out}: cannot write {where} ({exc.strerror or exc}); "
                         "what is written is kept: fix that and run the same command again to resume\n")
        raise typer.Exit(EXIT_INPUT_ERROR) from None
    _print_summary(result)
    raise typer.Exit(EXIT_INPUT_ERROR if result.summary.get("errors") or result.summary.get("not_assessed") else 0)


@screen_app.command("summarize", cls=Command)
def summarize_command(
    out: Path = typer.Argument(..., metavar="OUT", help="The output directory of a screen."),
    dest: Optional[Path] = typer.Option(None, "--out", "-o", metavar="DIR",
                                        help="Where to write the summary [default: OUT/summary]."),
    period: PeriodName = typer.Option(PeriodName.year, "--period", case_sensitive=False,
                                      help="Group dates by year or month."),
) -> None:
    """Conditions and findings over time, per facility and subject: CSV, Parquet and a chart."""
    from dignity.batch.summary import summarize

    try:
        files = summarize(out, dest, period=period.value)
    except FileNotFoundError as exc:
        sys.stderr.write(f"{PROG}: {exc}\n")
        raise typer.Exit(1) from None
    console = _console()
    tables = getattr(files, "tables", {})
    console.print(f"[bold]{len(tables.get('conditions', []))}[/] condition rows and "
                  f"[bold]{len(tables.get('findings', []))}[/] finding rows by facility, subject "
                  f"and {period.value}:")
    for path in files.values():
        console.print(f"  {path}", markup=False)
    from dignity.batch.runner import output_summary

    unread = output_summary(out).get("not_assessed", 0)
    if unread:  # their silence is no all-clear
        console.print(f"[bold]{unread}[/] document(s) were not assessed (a language without rules, or no text): "
                      "no finding there is an all-clear; see the not_assessed column of the documents table.")


def isolate_workers() -> None:
    """Worker processes never import from the working directory.

    The local engine's forkserver (and spawn) starts workers as ``python -c ...``,
    which puts the working directory first on their ``sys.path``: run from the
    folder that holds a clone of Dignity, they would import its ``./dignity``
    folder instead of the installed package.  ``PYTHONSAFEPATH`` (Python 3.11's
    ``-P``), inherited by every child process, leaves it out."""
    os.environ["PYTHONSAFEPATH"] = "1"


# ----------------------------------------------------------------------------- output


def _console() -> Any:
    return console(120)


def _print_summary(result: Any) -> None:
    from rich.table import Table

    s = result.summary
    console = _console()
    eng = result.engine
    where = eng.get("scheduler", "")
    console.print(
        f"[bold]{result.documents}[/] documents screened in {result.seconds:.1f} s "
        f"([bold]{result.docs_per_second:.1f}[/] documents/s; engine {eng['engine']}, "
        f"{eng['workers']} worker(s){', ' + where if where else ''}); "
        f"{len(result.computed)} partition(s) computed, {len(result.skipped)} already done"
        + (f", {len(result.lost)} lost (rerun to retry)" if result.lost else "") + ".")
    unread = s.get("not_assessed", 0)
    console.print(f"{result.out}: [bold]{s['documents']}[/] documents ({s['errors']} with errors"
                  + (f", [bold]{unread} not assessed[/]: a language without rules, no all-clear" if unread else "")
                  + "), "
                  f"{s['facts']} facts, {s['findings']} findings.", markup=True)

    def table(title: str, header: tuple[str, str], rows: list[tuple[str, int]]) -> None:
        if not rows:
            return
        t = Table(title=title, title_justify="left", show_edge=False)
        t.add_column(header[0], overflow="fold")
        t.add_column(header[1], justify="right")
        for name, n in rows:
            t.add_row(str(name), str(n))
        console.print(t)

    table("Findings by status", ("status", "findings"), list(s["findings_by_status"].items()))
    table("Facts by type", ("type", "facts"), list(s["facts_by_type"].items()))
    table("Facilities most reported", ("facility", "documents"), [tuple(x) for x in s["top_facilities"]])
    table("People most reported", ("subject", "documents"), [tuple(x) for x in s["top_subjects"]])
    if s["errors"]:
        sys.stderr.write(f"{PROG}: {s['errors']} document(s) could not be screened; see the "
                         f"'error' column of {result.out / 'documents'}\n")
    if unread:
        sys.stderr.write(f"{PROG}: {unread} document(s) not assessed (no rules for their language); see the "
                         f"'not_assessed' column of {result.out / 'documents'}\n")
