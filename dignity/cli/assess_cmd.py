"""`dignity assess PATH... [--format text|json|jsonl|md] [--as-of DATE] [--explain]`
and `dignity rules [--type TYPE]`.

``assess`` reads each document, extracts its facts and assesses them against
the standards that apply (``--standard mandela,iccpr``; else the universal ones,
those of ``--jurisdiction`` or of the country the text names, and those for the
persons the facts describe):

* ``json``, ``text`` and ``md`` assess all the inputs together, as one case
  (a letter and an article about the same detainee add up); ``json`` is the
  extraction contract ``{"documents", "facts", "errors"}`` plus ``"findings"``;
* ``jsonl`` assesses each input alone: one object per input, in input order
  (an input that failed gives an object with empty lists and its ``errors``).

``--as-of`` is the date to count an isolation's days to (default: each
document's date).  ``--explain`` adds each fact's ``explain`` and each finding's
``trace`` to the JSON, and the trace to the text and Markdown views.
Bad inputs: one line each on stderr, exit code 2 (``dignity.cli._common``).
"""

from __future__ import annotations

import json
import logging
import sys
from enum import Enum
from typing import Any, Optional

import typer

from dignity.cli._help import Command
from dignity.cli._common import (JURISDICTION_OPTION, LANG_OPTION, OCR_OPTION, STANDARD_OPTION, InputErrors,
                                 OcrMode, check_date, console, check_standards, fatal, iter_extractions,
                                 merge_extraction, start_extractor)
from dignity.errors import ConfigError
from dignity.model import FACT_TYPES, Assessment, Extraction

logger = logging.getLogger(__name__)

__all__ = ["AssessFormat", "register", "assess_command", "rules_command", "assessment_to_json"]


class AssessFormat(str, Enum):
    text = "text"
    json = "json"
    jsonl = "jsonl"
    md = "md"


class RulesFormat(str, Enum):
    text = "text"
    json = "json"


def register(app: typer.Typer) -> None:
    """Adds ``dignity assess`` and ``dignity rules`` to the app."""
    app.command("assess", cls=Command)(assess_command)
    app.command("rules", cls=Command)(rules_command)


def assess_command(
    paths: list[str] = typer.Argument(..., metavar="PATH",
                                      help="Documents to read: text, HTML, PDF, DOCX or images (PNG, JPEG, TIFF)."),
    output_format: AssessFormat = typer.Option(AssessFormat.text, "--format", "-f", case_sensitive=False,
                                               help="text (summary), json (one object for all files), "
                                                    "jsonl (each file alone, one line each) or md."),
    as_of: Optional[str] = typer.Option(None, "--as-of", metavar="YYYY-MM-DD", callback=check_date,
                                        help="Count an isolation's days to this date "
                                             "[default: the document's date]."),
    explain: bool = typer.Option(False, "--explain", help="Show the steps of each rule's test."),
    lang: Optional[str] = LANG_OPTION,
    ocr: OcrMode = OCR_OPTION,
    standard: Optional[str] = STANDARD_OPTION,
    jurisdiction: Optional[str] = JURISDICTION_OPTION,
) -> None:
    """Read documents, extract the facts and assess them against the standards that apply (the
    Nelson Mandela Rules and the other installed instruments: `dignity rules --standards`), with
    reasons, evidence and the questions that would settle each finding."""
    standards = check_standards(standard)
    from dignity.assess import assess_extraction, load_catalogue

    try:
        load_catalogue()
    except ConfigError as exc:
        _fatal(str(exc))
    errors = InputErrors()
    combined = Extraction()
    make = (lambda: _make_extractor()) if lang is None else (lambda: _make_extractor(lang))
    for path, _doc, result in iter_extractions(paths, errors, make, as_of=as_of, ocr=ocr.value, lang=lang):
        if output_format is AssessFormat.jsonl:
            one: Assessment | None = None
            if result is not None:
                with errors.guard(path):
                    one = assess_extraction(result, as_of=as_of, standards=standards,
                                            jurisdiction=jurisdiction)
            if one is None:
                one = Assessment(errors=errors.as_dicts()[-1:])
            _write(json.dumps(assessment_to_json(one, explain=explain), ensure_ascii=False) + "\n")
        elif result is not None:
            merge_extraction(combined, result)
    if output_format is not AssessFormat.jsonl:
        assessment = assess_extraction(combined, as_of=as_of, standards=standards, jurisdiction=jurisdiction)
        assessment.errors.extend(errors.as_dicts())
        if output_format is AssessFormat.json:
            _write(json.dumps(assessment_to_json(assessment, explain=explain), ensure_ascii=False, indent=2) + "\n")
        elif output_format is AssessFormat.md:
            from dignity.assess.render import to_markdown

            _write(to_markdown(assessment, explain=explain))
        elif combined.documents or not errors.failed:
            _print_rich(assessment, explain)
    raise typer.Exit(errors.exit_code)


def assessment_to_json(assessment: Assessment, *, explain: bool = False) -> dict[str, Any]:
    """The public JSON of an assessment; facts' ``explain`` and findings' ``trace`` only when asked for."""
    exclude = None if explain else {"facts": {"__all__": {"explain"}}, "findings": {"__all__": {"trace"}}}
    return assessment.model_dump(mode="json", exclude=exclude)


def rules_command(
    type_: Optional[str] = typer.Option(None, "--type", "-t", metavar="TYPE",
                                        help="Only the rules that read this fact type."),
    output_format: RulesFormat = typer.Option(RulesFormat.text, "--format", "-f", case_sensitive=False,
                                              help="text (a table) or json."),
    standard: Optional[str] = typer.Option(None, "--standard", "-s", metavar="IDS",
                                           help="The rules of these standards (ids, comma-separated, or `all`) "
                                                "[default: mandela]."),
    list_standards: bool = typer.Option(False, "--standards", help="List the installed standards instead."),
) -> None:
    """List the catalogue of rules: id, number, title, kind, whether its paraphrase was checked
    against the rule's text (T checked against the text, S from a secondary summary, U not
    checked: listed, never graded), the fact types it reads and the facts that count against a
    breach; with --standards, the installed standards (adding one is adding a folder)."""
    from dignity.assess.registry import DEFAULT_STANDARD, installed

    if type_ is not None and type_ not in FACT_TYPES:
        raise typer.BadParameter(f"{type_!r} is not a fact type (see shared/spec/conditions.md)",
                                 param_hint="--type")
    try:
        packs = installed()
    except ConfigError as exc:
        _fatal(str(exc))
    if list_standards:
        _list_standards(list(packs.values()), output_format)
        return
    ids = list(packs) if standard is not None and standard.strip().lower() == "all" else (
        check_standards(standard) or [DEFAULT_STANDARD])
    cats = [packs[i] for i in ids]
    if output_format is RulesFormat.json:
        out = [_rules_json(c, c.rules if type_ is None else c.reading(type_)) for c in cats]
        _write(json.dumps(out[0] if len(out) == 1 else {"standards": out}, ensure_ascii=False, indent=2) + "\n")
        return
    for cat in cats:
        _rules_table(cat, cat.rules if type_ is None else cat.reading(type_), type_)


def _rules_json(cat: Any, rules: list[Any]) -> dict[str, Any]:
    rows = [{"id": r.id, "number": r.number, "title": r.title, "kind": r.kind.value,
             "verified": r.verified, "ref": r.ref, "grades": cat.may_grade(r), "citation": cat.cite(r),
             "counterparts": list(r.counterparts), "types": list(r.reads), "triggers": list(r.triggers),
             "counts_against": list(r.counter), "paraphrase": r.paraphrase} for r in rules]
    return {"standard": cat.standard, "id": cat.id, "kind": cat.kind.value, "scope": list(cat.scope),
            "applies_to": list(cat.applies_to), "citation": cat.citation, "rules": rows}


def _rules_table(cat: Any, rules: list[Any], type_: str | None) -> None:
    from rich.table import Table

    table = Table(title=f"{cat.standard} ({cat.id}): {len(rules)} rule(s)"
                  + (f" reading {type_}" if type_ else ""), show_lines=False)
    table.caption = ("checked: the paraphrase against the rule's own text (T), a secondary summary (S), "
                     "not yet checked (U: listed, not graded); shared/spec/standards.md")
    for name in ("id", "number", "title", "kind", "checked", "reads", "counts against"):
        table.add_column(name, overflow="fold", no_wrap=name in ("id", "number"))
    for r in rules:
        table.add_row(r.id, r.number, r.title, r.kind.value.replace("_", " "), r.verified or "U",
                      ", ".join(r.reads), "; ".join(r.counter) or "-")
    _console().print(table)


def _list_standards(cats: list[Any], output_format: RulesFormat) -> None:
    rows = [{"id": c.id, "standard": c.standard, "short": c.short, "kind": c.kind.value,
             "scope": list(c.scope), "applies_to": list(c.applies_to), "grades": c.grades,
             "rules": len(c.rules), "unverified": sum(1 for r in c.rules if not c.may_grade(r)),
             "citation": c.citation} for c in cats]
    if output_format is RulesFormat.json:
        _write(json.dumps({"standards": rows}, ensure_ascii=False, indent=2) + "\n")
        return
    from rich.table import Table

    table = Table(title=f"{len(rows)} standard(s), binding first", show_lines=False)
    table.caption = "not graded: rules marked U (or a standard that states a test, not a verdict)"
    for name in ("id", "standard", "kind", "scope", "applies to", "rules", "not graded"):
        table.add_column(name, overflow="fold", no_wrap=name == "id")
    for r in rows:
        table.add_row(r["id"], r["standard"], r["kind"].replace("_", " "), ", ".join(r["scope"]),
                      ", ".join(r["applies_to"]), str(r["rules"]), str(r["unverified"]))
    _console().print(table)


# ----------------------------------------------------------------------------- helpers


def _make_extractor(lang: str | None = None) -> Any:
    return start_extractor(lang=lang)


_fatal = fatal


def _console() -> Any:
    return console(160)


def _print_rich(assessment: Assessment, explain: bool) -> None:
    from dignity.assess.render import to_rich

    console = _console()
    try:
        for item in to_rich(assessment, explain=explain):
            console.print(item)
    except BrokenPipeError:
        raise typer.Exit(0) from None


def _write(text: str) -> None:
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:  # `dignity assess ... | head`
        raise typer.Exit(0) from None
