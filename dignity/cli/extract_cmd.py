"""`dignity extract PATH... [--format text|json|jsonl] [--explain] [--date YYYY-MM-DD] [--as-of YYYY-MM-DD]`.

Reads each document and prints the facts found in it, with their evidence.

* ``json``: one object ``{"documents": [...], "facts": [...], "errors": [...]}``
  for all inputs together;
* ``jsonl``: one such object per input, in input order (an input that failed
  gives an object with empty ``documents`` and ``facts`` and its ``errors``);
* ``text``: a table per document.

The ``explain`` key of each fact is in the JSON only with ``--explain``.
Bad inputs: one line each on stderr, exit code 2 (see ``dignity.cli._common``).
"""

from __future__ import annotations

import json
import logging
import os
import sys
from enum import Enum
from typing import Any, Optional

import typer

from dignity.cli._help import Command
from dignity.cli._common import (LANG_OPTION, OCR_OPTION, InputErrors, OcrMode, check_date, iter_extractions,
                                 merge_extraction, start_extractor)
from dignity.model import LOW_CONFIDENCE, Document, Extraction, Fact

logger = logging.getLogger(__name__)

__all__ = ["OutputFormat", "register", "extract_command", "extraction_to_json"]


class OutputFormat(str, Enum):
    text = "text"
    json = "json"
    jsonl = "jsonl"


def register(app: typer.Typer) -> None:
    """Adds ``dignity extract`` to the app."""
    app.command("extract", cls=Command)(extract_command)


def extract_command(
    paths: list[str] = typer.Argument(..., metavar="PATH",
                                      help="Documents to read: text, HTML, PDF, DOCX or images (PNG, JPEG, TIFF)."),
    output_format: OutputFormat = typer.Option(OutputFormat.text, "--format", "-f",
                                               case_sensitive=False,
                                               help="text (tables), json (one object for all "
                                                    "files) or jsonl (one object per file)."),
    explain: bool = typer.Option(False, "--explain",
                                 help="Show which recognizer, pattern and context rules "
                                      "produced each fact."),
    date: Optional[str] = typer.Option(None, "--date", metavar="YYYY-MM-DD", callback=check_date,
                                       help="The documents' date (overrides the one found)."),
    as_of: Optional[str] = typer.Option(None, "--as-of", metavar="YYYY-MM-DD", callback=check_date,
                                        help="Count a stay from its start date ('since 2015') to this "
                                             "date [default: the document's date]."),
    lang: Optional[str] = LANG_OPTION,
    ocr: OcrMode = OCR_OPTION,
) -> None:
    """Read documents and list the facts about detention conditions they state, with evidence."""
    errors = InputErrors()
    combined = Extraction()
    printer = _TextPrinter(explain) if output_format is OutputFormat.text else None

    factory = _default_extractor if lang is None else (lambda: _default_extractor(lang))
    for _path, _doc, result in iter_extractions(paths, errors, lambda: start_extractor(factory),
                                                date=date, as_of=as_of, ocr=ocr.value, lang=lang):
        if output_format is OutputFormat.jsonl:
            if result is None:
                result = Extraction(errors=errors.as_dicts()[-1:])
            _write(json.dumps(extraction_to_json(result, explain=explain), ensure_ascii=False) + "\n")
        elif output_format is OutputFormat.json:
            if result is not None:
                merge_extraction(combined, result)
        elif result is not None and printer is not None:
            try:
                printer.print(result)
            except BrokenPipeError:
                raise typer.Exit(errors.exit_code) from None

    if output_format is OutputFormat.json:
        combined.errors.extend(errors.as_dicts())
        _write(json.dumps(extraction_to_json(combined, explain=explain), ensure_ascii=False,
                          indent=2) + "\n")
    raise typer.Exit(errors.exit_code)


def _default_extractor(lang: str | None = None) -> Any:
    """Each document read with its language's pack (``lang``'s with ``--lang``)."""
    from dignity.extract.engine import Router

    return Router(lang)


def extraction_to_json(extraction: Extraction, *, explain: bool = False) -> dict[str, Any]:
    """The public JSON of an extraction; ``explain`` keys only when asked for."""
    exclude = None if explain else {"facts": {"__all__": {"explain"}}}
    return extraction.model_dump(mode="json", exclude=exclude)


def _write(text: str) -> None:
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:  # `dignity extract ... | head`
        raise typer.Exit(0) from None


# --------------------------------------------------------------------------- text output


class _TextPrinter:
    def __init__(self, explain: bool) -> None:
        from rich.console import Console

        self.explain = explain
        width = None
        if not _isatty(sys.stdout) and "COLUMNS" not in os.environ:
            width = 160  # piped or redirected: Rich would assume 80 columns
        self.console = Console(highlight=False, width=width)

    def print(self, result: Extraction) -> None:
        from rich.table import Table
        from rich.text import Text

        from dignity.labels import type_label

        by_doc: dict[str, list[Fact]] = {}
        for fact in result.facts:
            key = fact.evidence[0].document if fact.evidence else ""
            by_doc.setdefault(key, []).append(fact)
        for i, doc in enumerate(result.documents):
            facts = by_doc.pop(doc.id, [])
            if i == 0:  # facts without evidence, or for an unknown id, go with the first document
                for rest in by_doc.values():
                    facts.extend(rest)
            self.console.print(_heading(doc))
            unread = [na for na in result.not_assessed if na.get("document") in (doc.path, doc.title, doc.id[:12])]
            if unread and not facts:
                for na in unread:
                    self.console.print(Text(f"  NOT ASSESSED: {na.get('reason')}", style="bold magenta"))
                self.console.print()
                continue
            if not facts:
                self.console.print(Text("  no facts found", style="dim"))
                self.console.print()
                continue
            table = Table(show_lines=True, expand=False)
            table.add_column("#", no_wrap=True, justify="right")
            table.add_column("type", no_wrap=True)
            for name in ("value", "negated", "certainty", "subject", "attributed to"):
                table.add_column(name, overflow="fold")
            table.add_column("evidence", overflow="fold", ratio=2)
            if self.explain:
                table.add_column("why", overflow="fold", ratio=2)
            for n, fact in enumerate(facts, start=1):
                row = [Text(str(n)), Text(type_label(fact.type), style="bold"), Text(_value(fact)),
                       Text("yes" if fact.negated else "no", style="red" if fact.negated else ""),
                       Text(_plain(fact.certainty)), Text(_subject(fact)), Text(fact.attributed_to),
                       Text(_evidence(fact))]
                if self.explain:
                    row.append(Text(_explain(fact)))
                table.add_row(*row)
            self.console.print(table)
            self.console.print()


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


_KINDS = {"text/plain": "text", "text/html": "HTML", "application/pdf": "PDF",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "DOCX"}


def _heading(doc: Document) -> Any:
    from rich.text import Text

    heading = Text(doc.path or doc.id[:12], style="bold")
    kind = _KINDS.get(doc.media_type or "", doc.media_type)
    pages = doc.pages and (f"{len(doc.pages)} pages" if len(doc.pages) > 1 else "1 page")
    details = [d for d in (doc.title and f"“{doc.title}”", doc.date, doc.language, kind, pages) if d]
    if details:
        heading.append("  " + " · ".join(details), style="dim")
    return heading


def _value(fact: Fact) -> str:
    from dignity.labels import value_text

    text = value_text(fact.value, fact.unit) or "—"
    if fact.qualifiers:
        text += "\n" + ", ".join(f"{k}={v}" for k, v in fact.qualifiers.items())
    return text


def _subject(fact: Fact) -> str:
    kind = _plain(fact.subject_kind)
    return fact.subject if kind == "person" else f"{fact.subject} ({kind})"


def _plain(value: Any) -> str:
    """An enum member (a model default is not converted to its value) or a string."""
    return str(getattr(value, "value", value))


def _evidence(fact: Fact) -> str:
    if not fact.evidence:
        return ""
    return "\n".join(f"“{ev.text}” [{ev.start}:{ev.end}]" + (f" p. {ev.page}" if ev.page else "")
                     + _ocr_note(ev) for ev in fact.evidence)


def _ocr_note(ev: Any) -> str:
    """Evidence read by OCR: its lowest word confidence, and a warning when it is low."""
    if ev.ocr_confidence is None:
        return ""
    if ev.ocr_confidence < LOW_CONFIDENCE:
        return f" (OCR confidence {ev.ocr_confidence:.0f}: low, check the page image)"
    return f" (OCR confidence {ev.ocr_confidence:.0f})"


def _explain(fact: Fact) -> str:
    ex = fact.explain
    if ex is None:
        return ""
    if ex.layer == "model":
        lines = ["layer: model", f"model: {ex.recognizer} {ex.pattern}",
                 f"n-grams: {', '.join(ex.terms) or '-'}", f"focus: “{ex.matched}”"]
    else:
        lines = [f"layer: {ex.layer}", f"recognizer: {ex.recognizer}", f"pattern: {ex.pattern}",
                 f"matched: “{ex.matched}”"]
    for flag in ex.context:
        lines.append(f"context: {flag.rule} ({flag.category}) “{flag.trigger}”")
    for label, rule in (("subject", ex.subject_rule), ("attribution", ex.attribution_rule),
                        ("value", ex.value_rule)):
        if rule:
            lines.append(f"{label}: {rule}")
    for ev in fact.evidence:
        if ev.region is not None:
            left, top, right, bottom = ev.region.box
            lines.append(f"page image: p. {ev.region.page}, box {left},{top}-{right},{bottom}"
                         + (f" at {ev.region.dpi} dpi" if ev.region.dpi else ""))
    return "\n".join(lines)
