"""`dignity report` and `dignity letter`: documents people can read, print and send.

    dignity report PATH... [--format html|pdf|md] [-o FILE] [--title T] [--prepared-by NAME]
                           [--as-of DATE] [--templates DIR] [--lang en|es|fr]
    dignity report CASE [--db URL] [...]               # a case file instead of paths
    dignity letter visit|rapporteur|authorities PATH... [--format docx|pdf|md] [-o FILE]
                           [--templates DIR] [--sender NAME] [--organisation ORG]
                           [--recipient NAME] [--place NAME] [--as-of DATE] [--lang en|es|fr]
    dignity letter KIND CASE [--db URL] [...]

A single argument that is not a file is a case (id or name) in the case database:
``--db``, else ``$DIGNITY_DATABASE_URL``, else the SQLite file ``dignity case`` uses.

``--lang``: the language of the report or letter (English, Spanish or French);
default the documents' (or the case's documents') language, else English.  The
quotes stay in the documents' own words.

All the paths are read together, as one case (``dignity assess`` does the same).
``--format`` defaults to the extension of ``-o`` (else html for a report, docx
for a letter); without ``-o``, text formats go to standard output, and PDF or
DOCX too when it is not a terminal.  ``--templates DIR``: a folder whose
templates (same file names as ``dignity/report/templates/``) take precedence.

Bad inputs get one line each, ``dignity: <path>: <problem>``, and exit code 2
(``dignity.cli._common``); the report or letter is still written from the
documents that could be read (the report lists those that could not).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import tempfile
from enum import Enum
from pathlib import Path
from typing import Any, NoReturn, Optional

import typer

from dignity.cli import _startup
from dignity.cli._help import Command
from dignity.cli._common import (EXIT_INPUT_ERROR, JURISDICTION_OPTION, STANDARD_OPTION, InputErrors, check_date,
                                 check_standards, fatal, iter_extractions, merge_extraction, start_extractor)
from dignity.errors import ConfigError

logger = logging.getLogger(__name__)

__all__ = ["register", "report_command", "letter_command", "ReportFormat", "LetterFormat", "LetterKind",
           "gather"]


class ReportFormat(str, Enum):
    html = "html"
    pdf = "pdf"
    md = "md"


class LetterFormat(str, Enum):
    docx = "docx"
    pdf = "pdf"
    md = "md"


class LetterKind(str, Enum):
    visit = "visit"
    rapporteur = "rapporteur"
    authorities = "authorities"


def register(app: typer.Typer) -> None:
    """Adds ``dignity report`` and ``dignity letter`` to the app."""
    app.command("report", cls=Command)(report_command)
    app.command("letter", cls=Command)(letter_command)


_INPUTS = typer.Argument(..., metavar="PATH...|CASE",
                         help="Documents to read (text, HTML, PDF, DOCX), all together; or one case "
                              "(its id or name) of the case database `dignity case` uses.")
_AS_OF = typer.Option(None, "--as-of", metavar="YYYY-MM-DD", callback=check_date,
                      help="Count an isolation's days to this date (default: the document's date).")
_TEMPLATES = typer.Option(None, "--templates", metavar="DIR",
                          help="A folder of your own templates; a file with the same name as one of "
                               "Dignity's takes precedence.")
_DB = typer.Option(None, "--db", metavar="URL",
                   help="The case database to read CASE from [default: $DIGNITY_DATABASE_URL, else the "
                        "one `dignity case` uses].")
_USER = typer.Option(None, "--user", metavar="NAME", help="With --db: act as this user.")
_OUTPUT = typer.Option(None, "--output", "-o", metavar="FILE",
                       help="Write to FILE (default: standard output).")
_LANG = typer.Option(None, "--lang", metavar="LANG",
                     help="Write in en, es or fr (default: the documents' language, else English); "
                          "quotes stay in the documents' words.")


def _check_lang(lang: str | None, errors: InputErrors) -> str | None:
    """``--lang`` normalised, or one line and exit code 2 for a language Dignity does not write."""
    if lang is None:
        return None
    from dignity.report.i18n import LANGUAGES, check_language

    code = check_language(lang)
    if code is None:
        errors.add("--lang", f"{lang!r} is not a language Dignity writes reports in ({', '.join(LANGUAGES)})")
        raise typer.Exit(EXIT_INPUT_ERROR)
    return code


def report_command(
    inputs: list[str] = _INPUTS,
    output_format: Optional[ReportFormat] = typer.Option(
        None, "--format", "-f", case_sensitive=False,
        help="html (self-contained), pdf or md (default: from the extension of -o, else html)."),
    output: Optional[Path] = _OUTPUT,
    title: Optional[str] = typer.Option(None, "--title", metavar="T", help="The report's title."),
    prepared_by: Optional[str] = typer.Option(None, "--prepared-by", metavar="NAME",
                                              help="Who prepared the report (on its title page)."),
    as_of: Optional[str] = _AS_OF,
    templates: Optional[Path] = _TEMPLATES,
    db: Optional[str] = _DB,
    user: Optional[str] = _USER,
    lang: Optional[str] = _LANG,
    standard: Optional[str] = STANDARD_OPTION,
    jurisdiction: Optional[str] = JURISDICTION_OPTION,
) -> None:
    """Write a report on documents (or a case): summary, findings with their evidence,
    timeline and charts, sources with their SHA-256, method and limits."""
    fmt, errors, code, tdir = _start(output_format, output, ("html", "pdf", "md"), "html", lang, templates)
    data = gather(inputs, errors, db=db, user=user, as_of=as_of, title=title, prepared_by=prepared_by,
                  standards=check_standards(standard), jurisdiction=jurisdiction)
    if data is None:
        raise typer.Exit(EXIT_INPUT_ERROR)
    from dignity.report import render_html, render_markdown, render_pdf

    def render() -> bytes:
        if fmt == "html":
            return render_html(data, templates=tdir, lang=code).encode("utf-8")
        if fmt == "md":
            return render_markdown(data, templates=tdir, lang=code).encode("utf-8")
        return render_pdf(data, templates=tdir, lang=code)

    payload = _render(render, output or "report", errors, pdf=fmt == "pdf")
    _emit(payload, output, fmt, errors)
    raise typer.Exit(errors.exit_code)


def letter_command(
    kind: LetterKind = typer.Argument(..., case_sensitive=False,
                                      help="visit (a request to visit, for monitoring), rapporteur (a "
                                           "communication to the UN Special Rapporteur on torture) or "
                                           "authorities (measures asked for, one per finding)."),
    inputs: list[str] = _INPUTS,
    output_format: Optional[LetterFormat] = typer.Option(
        None, "--format", "-f", case_sensitive=False,
        help="docx (Word, with headings), pdf or md (default: from the extension of -o, else docx)."),
    output: Optional[Path] = _OUTPUT,
    templates: Optional[Path] = _TEMPLATES,
    sender: Optional[str] = typer.Option(None, "--sender", metavar="NAME", help="Who signs the letter."),
    organisation: Optional[str] = typer.Option(None, "--organisation", "--organization", metavar="ORG",
                                               help="The organisation the letter is sent on behalf of."),
    recipient: Optional[str] = typer.Option(None, "--recipient", metavar="NAME",
                                            help="To whom (name and title)."),
    place: Optional[str] = typer.Option(None, "--place", metavar="NAME",
                                        help="The place of detention (default: as named in the documents)."),
    as_of: Optional[str] = _AS_OF,
    db: Optional[str] = _DB,
    user: Optional[str] = _USER,
    lang: Optional[str] = _LANG,
    standard: Optional[str] = STANDARD_OPTION,
    jurisdiction: Optional[str] = JURISDICTION_OPTION,
) -> None:
    """Draft a letter from documents (or a case); what they do not say is marked
    [TO CONFIRM: ...] for you to fill in.  In Spanish or French (--lang), --recipient
    consulado or cglpl writes that addressee's block and form of address."""
    fmt, errors, code, tdir = _start(output_format, output, ("docx", "pdf", "md"), "docx", lang, templates)
    data = gather(inputs, errors, db=db, user=user, as_of=as_of, standards=check_standards(standard),
                  jurisdiction=jurisdiction)
    if data is None:
        raise typer.Exit(EXIT_INPUT_ERROR)
    from dignity.report.letters import LetterOptions, render_letter

    options = LetterOptions(sender=sender, organisation=organisation, recipient=recipient, place=place)
    payload = _render(lambda: render_letter(kind.value, data, fmt, options, templates=tdir, lang=code),
                      output or "letter", errors, pdf=fmt == "pdf")
    _emit(payload, output, fmt, errors)
    raise typer.Exit(errors.exit_code)


def _start(output_format: Enum | None, output: Path | None, allowed: tuple[str, ...], default: str,
           lang: str | None, templates: Path | None) -> tuple[str, InputErrors, str | None, Path | None]:
    """The first steps of ``report`` and ``letter``: the format, the errors collector, ``--lang``,
    ``-o`` and ``--templates`` checked, WeasyPrint started for a PDF; ``(fmt, errors, lang, templates)``."""
    fmt = _pick_format(output_format.value if output_format else None, output, allowed, default)
    errors = InputErrors()
    code = _check_lang(lang, errors)
    _check_output(output, fmt, errors)
    tdir = _check_templates(templates, errors)
    _pdf_ahead(fmt)
    return fmt, errors, code, tdir


def _pdf_ahead(fmt: str) -> None:
    """For a PDF, start WeasyPrint's import in a child process now, while the documents
    are read and assessed (``dignity.report.pdf``); the same bytes either way."""
    if fmt == "pdf":
        from dignity.report.pdf import start_worker

        start_worker()


# ----------------------------------------------------------------------------- inputs


def gather(inputs: list[str], errors: InputErrors, *, db: str | None = None, user: str | None = None,
           as_of: str | None = None, title: str | None = None, prepared_by: str | None = None,
           standards: list[str] | None = None, jurisdiction: str | None = None) -> Any:
    """The ``ReportData`` of the paths (read and assessed together) or, with ``db``, of
    the case; ``None`` when nothing could be read (each problem already reported).
    ``standards`` / ``jurisdiction``: assess against these (a case is then re-assessed)."""
    from dignity.report import ReportData

    if db is not None or (len(inputs) == 1 and not os.path.exists(inputs[0])):
        _startup.release()  # a case, read from its database: the collector on, as for any size
    if db is None and len(inputs) == 1 and not os.path.exists(inputs[0]):
        # Not a file: a case in the default database, the one `dignity case` uses.
        return _default_case(inputs[0], errors, user=user, as_of=as_of, title=title, prepared_by=prepared_by,
                             standards=standards, jurisdiction=jurisdiction)
    if db is not None:
        if len(inputs) != 1:
            errors.add(" ".join(inputs), "with --db, give one case (its id or name), not paths")
            return None
        cf = _case_file(inputs[0], db, user, as_of, errors, standards=standards, jurisdiction=jurisdiction)
        if cf is None:
            return None
        return ReportData.from_case_file(cf, title=title, prepared_by=prepared_by)
    assessment = _assess_paths(inputs, errors, as_of, standards=standards, jurisdiction=jurisdiction)
    if assessment is None:
        return None
    return ReportData.from_assessment(assessment, title=title, prepared_by=prepared_by, as_of=as_of)


def _default_case(ref: str, errors: InputErrors, **options: Any) -> Any:
    """``ref`` is no file: the case of that id or name in the default case database
    (``$DIGNITY_DATABASE_URL``, else the SQLite file ``dignity case`` uses)."""
    from sqlalchemy.engine import make_url

    from dignity.report import ReportData
    from dignity.store import database_url

    url = database_url(None)
    u = make_url(url)
    shown = u.render_as_string(hide_password=True)
    if u.get_backend_name() == "sqlite" and (not u.database or not Path(u.database).expanduser().exists()):
        errors.add(ref, f"does not exist (not a file, and there is no case database at {u.database})")
        return None
    quiet = InputErrors(stream=_NullStream())
    cf = _case_file(ref, None, options["user"], options["as_of"], quiet, standards=options.get("standards"),
                    jurisdiction=options.get("jurisdiction"))
    if cf is None:
        problem = quiet.problems[0].problem if quiet.problems else "could not be read"
        if problem.startswith("no case "):
            problem = f"does not exist (not a file, nor a case in {shown})"
        errors.add(ref, problem)
        return None
    return ReportData.from_case_file(cf, title=options["title"], prepared_by=options["prepared_by"])


class _NullStream:
    def write(self, text: str) -> int:
        return len(text)

    def flush(self) -> None:
        pass


def _assess_paths(paths: list[str], errors: InputErrors, as_of: str | None, *,
                  standards: list[str] | None = None, jurisdiction: str | None = None) -> Any:
    from dignity.assess import assess_extraction, load_catalogue
    from dignity.model import Extraction

    try:
        load_catalogue()
    except ConfigError as exc:
        _fatal(str(exc))
    combined = Extraction()
    for _path, _doc, result in iter_extractions(paths, errors, start_extractor):
        if result is None:
            continue
        merge_extraction(combined, result)  # the documents not assessed, too: the report says why (issue 11)
    if not combined.documents:
        return None
    assessment = assess_extraction(combined, as_of=as_of, standards=standards, jurisdiction=jurisdiction)
    assessment.errors.extend(errors.as_dicts())
    return assessment


def _case_file(ref: str, db: str | None, user: str | None, as_of: str | None, errors: InputErrors, *,
               standards: list[str] | None = None, jurisdiction: str | None = None) -> Any:
    from dignity.cases import NotFound, Forbidden
    from dignity.cli.case_cmd import case_service

    with case_service(db, user) as (svc, me):
        try:
            cf = svc.case_file(ref, me, include_text=True)
        except (NotFound, Forbidden) as exc:
            errors.add(ref, str(exc))
            return None
    if not cf.documents:
        errors.add(ref, "the case has no document yet (add some with `dignity case add`)")
        return None
    if as_of is not None or standards or jurisdiction:
        from dignity.assess import assess_facts
        from dignity.assess.facts import parse_date

        dates = {d.sha256: parsed for d in cf.documents if d.date and (parsed := parse_date(d.date)) is not None}
        findings = assess_facts(cf.facts, as_of=as_of if as_of is not None else cf.as_of, doc_dates=dates,
                                doc_langs={d.sha256: d.language for d in cf.documents},
                                standards=standards, jurisdiction=jurisdiction)
        cf = cf.model_copy(update={"findings": findings, "as_of": as_of if as_of is not None else cf.as_of})
    return cf


def _render(make: Any, label: object, errors: InputErrors, *, pdf: bool = False) -> bytes:
    """Run the renderer: a template's problem is one line naming the template file,
    anything unexpected one line too (never a traceback). ``pdf``: the collector is held
    from here to the command's end (``_startup``)."""
    from dignity.report.templating import TemplateProblem

    payload = b""
    problem: TemplateProblem | None = None
    if pdf:
        _startup.hold()  # WeasyPrint's import and layout of one PDF: live until it is written
    with errors.guard(label) as step:
        try:
            payload = make()
        except TemplateProblem as exc:
            problem = exc
    if problem is not None:
        errors.add(problem.path, problem.problem)
        raise typer.Exit(EXIT_INPUT_ERROR)
    if step.failed:
        raise typer.Exit(EXIT_INPUT_ERROR)
    return payload


def _check_templates(templates: Path | None, errors: InputErrors) -> Path | None:
    from dignity.report.templating import TemplateProblem, check_templates_dir

    try:
        return check_templates_dir(templates)
    except TemplateProblem as exc:
        errors.add(exc.path, exc.problem)
        raise typer.Exit(EXIT_INPUT_ERROR) from None


# ----------------------------------------------------------------------------- output

_EXTENSIONS = {".html": "html", ".htm": "html", ".pdf": "pdf", ".md": "md", ".markdown": "md", ".docx": "docx"}


def _pick_format(given: str | None, output: Path | None, allowed: tuple[str, ...], default: str) -> str:
    """``--format``, else the one the extension of ``-o`` names, else ``default``; an
    extension that names another format (``-o x.docx --format html``), or one this
    command cannot write, is one line and exit code 2, never a file of the wrong kind."""
    guess = _EXTENSIONS.get(output.suffix.lower()) if output is not None else None
    if guess is not None and guess not in allowed:
        _fail_output(output, f"this command writes {', '.join(allowed[:-1])} or {allowed[-1]}, not "
                             f"{guess.upper()}; give a file name ending in one of those")
    if given is not None:
        if guess is not None and guess != given:
            _fail_output(output, f"the extension says {guess} but --format is {given}; make them agree")
        return given
    return guess or default


def _fail_output(output: Path | None, problem: str) -> NoReturn:
    InputErrors().add(output, problem)
    raise typer.Exit(EXIT_INPUT_ERROR)


def _check_output(output: Path | None, fmt: str, errors: InputErrors) -> None:
    """Refuse early (before the slow work) an output that cannot be written."""
    if output is None:
        if fmt in ("pdf", "docx") and _isatty(sys.stdout):
            errors.add("-o", f"{fmt.upper()} is binary: give -o FILE, or redirect standard output")
            raise typer.Exit(EXIT_INPUT_ERROR)
        return
    path = output.expanduser()
    if path.is_dir():
        errors.add(output, "is a folder; give a file name")
        raise typer.Exit(EXIT_INPUT_ERROR)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        errors.add(output, f"cannot be written (no folder {folder})")
        raise typer.Exit(EXIT_INPUT_ERROR)
    if not os.access(folder, os.W_OK):
        errors.add(output, f"cannot be written (folder {folder} is not writable)")
        raise typer.Exit(EXIT_INPUT_ERROR)


def _emit(payload: bytes, output: Path | None, fmt: str, errors: InputErrors) -> None:
    if output is None:
        try:
            sys.stdout.buffer.write(payload)
            sys.stdout.flush()
        except BrokenPipeError:
            raise typer.Exit(0) from None
        return
    path = output.expanduser()
    try:
        _write_atomic(path, payload)
    except OSError as exc:
        errors.add(output, f"cannot be written ({exc.strerror or exc})")
        raise typer.Exit(EXIT_INPUT_ERROR) from None
    typer.echo(f"wrote {output}", err=True)


def _write_atomic(path: Path, payload: bytes) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


_fatal = fatal

