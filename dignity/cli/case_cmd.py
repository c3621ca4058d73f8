"""`dignity case ...` and `dignity user ...`: case files kept in a database.

    dignity case new NAME [--kind detainee|facility]
    dignity case add CASE PATH... [--title T] [--date YYYY-MM-DD]
    dignity case list
    dignity case show CASE
    dignity case facts CASE [--status unreviewed|accepted|edited|rejected]
    dignity case review FACT_ID accept|reject|edit [--value V] [--note N]
    dignity case export CASE --format json|md|html [-o FILE] [--lang en|es|fr]
    dignity case search QUERY [--case CASE]
    dignity case member CASE USER [--role owner|editor|viewer] [--remove]
    dignity case log CASE
    dignity case reextract CASE [--force]
    dignity user add NAME --role admin|editor|viewer [--password-stdin | --no-password]
    dignity user list

Every command takes ``--db URL`` (default: ``$DIGNITY_DATABASE_URL``, else a SQLite
file in the user's data folder) and ``--user NAME`` (default: the OS user name;
in an empty database it is created as an admin, so one researcher needs no setup).
CASE is a case id or its name.

Errors are one line ``dignity: <problem>`` and a non-zero exit (1; 2 when some
input files could not be added, each named on its own line); what is already
stored is never lost (each document is its own transaction).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sys
import tempfile
from enum import Enum
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

import typer

from dignity.cli._common import (EXIT_INPUT_ERROR, JURISDICTION_HELP, LANG_HELP, PROG, STANDARD_HELP,
                                 OCR_OPTION, InputErrors, OcrMode, check_date, check_jurisdiction, check_lang,
                                 check_standards)
from dignity.ingest.libraries import quiet_libraries
from dignity.cli._help import MARKUP, Command
from dignity.cases.reviews import REVIEW_ACTIONS
from dignity.store.models import CASE_KINDS, CASE_ROLES, REVIEW_STATUSES, USER_ROLES
from dignity.labels import fact_text, review_label, rule_label, status_label, type_label

__all__ = ["register", "case_app", "user_app"]

EXIT_ERROR = 1

logger = logging.getLogger(__name__)

case_app = typer.Typer(name="case", no_args_is_help=True, add_completion=False, rich_markup_mode=MARKUP,
                       help="Case files: a team's documents, reviewed facts and findings, kept together.")
user_app = typer.Typer(name="user", no_args_is_help=True, add_completion=False, rich_markup_mode=MARKUP,
                       help="Users of a case database.")


def register(app: typer.Typer) -> None:
    """Adds ``dignity case`` and ``dignity user`` to the app."""
    app.add_typer(case_app, name="case")
    app.add_typer(user_app, name="user")


def _choices(name: str, values: Iterable[str]) -> Any:
    """A command-line choice made from the store's own table of values (one table per concept)."""
    return Enum(name, {v: v for v in values}, type=str)


Kind = _choices("Kind", CASE_KINDS)
Role = _choices("Role", USER_ROLES)
CaseRole = _choices("CaseRole", CASE_ROLES)
Action = _choices("Action", REVIEW_ACTIONS)
ReviewStatus = _choices("ReviewStatus", REVIEW_STATUSES)


class ExportFormat(str, Enum):
    json = "json"
    md = "md"
    html = "html"


class ListFormat(str, Enum):
    text = "text"
    json = "json"


_DB = typer.Option(None, "--db", metavar="URL",
                   help="Database URL (sqlite:///path/file.db or postgresql+psycopg://user@host/db) "
                        "[default: $DIGNITY_DATABASE_URL, else dignity.db in your data folder].")
_USER = typer.Option(None, "--user", metavar="NAME",
                     help="Act as this user [default: $DIGNITY_USER, else your OS user name; "
                          "created as admin in an empty database].")


def _fail(message: str, code: int = EXIT_ERROR) -> None:
    sys.stderr.write(f"{PROG}: {' '.join(str(message).split())}\n")
    raise typer.Exit(code)


def _db_problem(exc: BaseException, url: str | None) -> str:
    from sqlalchemy.engine import make_url

    from dignity.store import database_url

    try:
        shown = make_url(database_url(url)).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - an unreadable URL: say so below
        shown = url or "the database"
    orig = getattr(exc, "orig", None) or exc
    first = (str(orig).strip().splitlines() or [type(exc).__name__])[0]
    return f"database {shown}: {first}"


@contextlib.contextmanager
def case_service(db: str | None, user: str | None, *, need_user: bool = True) -> Iterator[tuple[Any, Any]]:
    """(CaseService, the acting user) on the database; every error one line."""
    from sqlalchemy.exc import ArgumentError, SQLAlchemyError

    from dignity.cases import CaseService
    from dignity.errors import DignityError
    from dignity.store import Store

    store = session = None
    try:
        try:
            store = Store(db)
        except (ArgumentError, ValueError) as exc:
            _fail(f"{db or 'the database URL'} is not a database URL ({' '.join(str(exc).split())})")
        session = store.session()
        svc = CaseService(session)
        me = svc.local_user(user) if need_user else None
        yield svc, me
    except DignityError as exc:
        _fail(str(exc))
    except SQLAlchemyError as exc:
        _fail(_db_problem(exc, db))
    except ModuleNotFoundError as exc:
        _fail(f"cannot open {db}: the driver is not installed ({exc.name})")
    except BrokenPipeError:
        raise  # the reader of standard output is gone (`dignity case ... | head`): not an error
    except OSError as exc:
        where = f" {exc.filename}" if getattr(exc, "filename", None) else ""
        _fail(f"cannot open the database{where}: {exc.strerror or exc}")
    except (typer.Exit, typer.Abort, KeyboardInterrupt):
        raise
    except Exception as exc:  # noqa: BLE001 - one line, never a traceback (it goes to the debug log)
        logger.debug("unexpected error", exc_info=True)
        _fail(f"unexpected error ({type(exc).__name__}: {' '.join(str(exc).split())[:300]})")
    finally:
        if session is not None:
            session.close()
        if store is not None:
            store.dispose()


def _console():
    from rich.console import Console

    return Console(highlight=False, soft_wrap=True)


def _value_text(value: Any, unit: str | None = None) -> str:
    from dignity.labels import value_text

    return value_text(value, unit)


# --------------------------------------------------------------------------- case


@case_app.command("new", cls=Command)
def case_new(name: str = typer.Argument(..., help="The case's name (unique)."),
             kind: Kind = typer.Option(Kind.detainee, "--kind", case_sensitive=False,
                                       help="A case about a detainee or about a facility."),
             db: Optional[str] = _DB, user: Optional[str] = _USER) -> None:
    """Create a case; you become its owner."""
    with case_service(db, user) as (svc, me):
        case = svc.create_case(name, me, kind=kind.value)
        typer.echo(f"created case {case.id}: {case.name} ({case.kind})")


@case_app.command("add", cls=Command)
def case_add(case: str = typer.Argument(..., metavar="CASE", help="Case id or name."),
             paths: list[str] = typer.Argument(..., metavar="PATH...",
                                               help="Documents: text, HTML, PDF, DOCX or images (PNG, JPEG, TIFF)."),
             title: Optional[str] = typer.Option(None, "--title", help="Title of every document added."),
             date: Optional[str] = typer.Option(None, "--date", metavar="YYYY-MM-DD", callback=check_date,
                                                help="Date of every document added [default: its own]."),
             lang: Optional[str] = typer.Option(None, "--lang", metavar="CODE", callback=check_lang,
                                                help=LANG_HELP),
             ocr: OcrMode = OCR_OPTION,
             db: Optional[str] = _DB, user: Optional[str] = _USER) -> None:
    """Add documents to a case: each read, its facts extracted, stored with its original bytes.

    Each document is one transaction; the same bytes twice are added once.  A document in
    a language without a pack is added, not assessed (one line; exit code 2)."""
    quiet_libraries()
    errors = InputErrors()
    with case_service(db, user) as (svc, me):
        c = svc.get_case(case, me)
        with _progress_bar(len(paths)) as progress:
            results = svc.add_documents(c, paths, me, progress=progress, title=title, date=date, lang=lang,
                                        ocr=ocr.value)
        added = [r for r in results if r.status == "added"]
        dups = [r for r in results if r.status == "duplicate"]
        for r in results:
            if r.status == "error":
                errors.add(r.source, r.problem or "could not be added")
            elif r.status == "duplicate":
                typer.echo(f"skipped {r.source}: {r.problem}")
            else:
                typer.echo(f"added {r.source} as document {r.document_id} ({r.facts} facts)")
                if r.not_assessed:
                    errors.not_assessed(r.source, r.not_assessed)
        summary = f"case {c.id} ({c.name}): {len(added)} added"
        if dups:
            summary += f", {len(dups)} already there"
        if errors.failed:
            summary += f", {len(errors.problems)} failed"
        typer.echo(summary)
    raise typer.Exit(errors.exit_code)


@contextlib.contextmanager
def _progress_bar(total: int) -> Iterator[Any]:
    """A Rich progress bar on stderr when it is a terminal (else no output)."""
    try:
        tty = sys.stderr.isatty()
    except (AttributeError, ValueError):
        tty = False
    if not tty:
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("adding"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
               TextColumn("{task.description}", markup=False))
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("", total=total)

        def progress(done: int, total_: int, source: str, result: Any) -> None:
            bar.update(task, completed=done, description=str(source))

        yield progress


@case_app.command("list", cls=Command)
def case_list(output_format: ListFormat = typer.Option(ListFormat.text, "--format", "-f", case_sensitive=False),
              db: Optional[str] = _DB, user: Optional[str] = _USER) -> None:
    """The cases you can read."""
    with case_service(db, user) as (svc, me):
        rows = []
        for c in svc.list_cases(me):
            stats = svc.case_stats(c, me)
            rows.append({"id": c.id, "name": c.name, "kind": c.kind, "created_at": c.created_at.isoformat(),
                         "role": svc.member_role(c, me) or ("admin" if me.role == "admin" else None), **stats})
        if output_format is ListFormat.json:
            typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
            return
        if not rows:
            typer.echo("no cases yet: create one with 'dignity case new NAME'")
            return
        from rich.table import Table

        table = Table(box=None, pad_edge=False)
        for col in ("id", "name", "kind", "documents", "facts", "unreviewed", "your role", "created"):
            table.add_column(col, justify="right" if col in ("id", "documents", "facts", "unreviewed") else "left")
        for r in rows:
            table.add_row(str(r["id"]), r["name"], r["kind"], str(r["documents"]), str(r["facts"]),
                          str(r["unreviewed"]), r["role"] or "", r["created_at"][:10])
        _console().print(table)


@case_app.command("show", cls=Command)
def case_show(case: str = typer.Argument(..., metavar="CASE", help="Case id or name."),
              output_format: ListFormat = typer.Option(ListFormat.text, "--format", "-f", case_sensitive=False,
                                                       help="text, or json: the case file's JSON without "
                                                            "its list of every fact (each is in 'merged')."),
              lang: Optional[str] = typer.Option(None, "--lang", metavar="LANG",
                                                 help="Labels (fact types, statuses, rules) in en, es or fr "
                                                      "[default: the case's documents' language, else English]; "
                                                      "json keeps the machine names."),
              db: Optional[str] = _DB, user: Optional[str] = _USER) -> None:
    """A summary: documents, merged facts, contradictions, findings by status, timeline."""
    from rich.markup import escape
    from rich.table import Table

    code = _label_language(lang)
    with case_service(db, user) as (svc, me):
        cf = svc.case_file(case, me, explain=False)
    if output_format is ListFormat.json:
        from dignity.cases.export import SHOW_OMITS, json_chunks

        for chunk in json_chunks(cf, omit=SHOW_OMITS):  # written as they come
            sys.stdout.write(chunk)
        return
    code, title_of = _labels_for(cf, code)
    loc = _locale(code)

    def t(key: str, **args: Any) -> str:
        return str(loc.t(f"casefile.show.{key}", **args))

    con = _console()
    c = cf.case
    con.print(f"[bold]{escape(t('case', id=c.id, name=c.name))}[/] "
              + escape(t("created", kind=loc.label("casefile.kinds", c.kind, c.kind),
                         date=f"{c.created_at:%Y-%m-%d}"))
              + (escape(t("by", who=c.created_by)) if c.created_by else ""))
    rc = cf.review_counts
    con.print(escape(t("counts", docs=len(cf.documents), facts=sum(rc.values()), unreviewed=rc["unreviewed"],
                       accepted=rc["accepted"], edited=rc["edited"], rejected=rc["rejected"],
                       merged=len(cf.merged), contradictions=len(cf.contradictions)))
              + (escape(t("as_of", date=cf.as_of)) if cf.as_of else ""))

    con.print(f"\n[bold]{escape(t('findings'))}[/] {escape(t('by_person'))}")
    counts = cf.finding_counts()
    con.print("  " + ", ".join(f"{status_label(k, code).lower()} {v}" for k, v in counts.items()))
    placed: set[str] = set()
    for p in cf.people:
        con.print(f"  [bold]{escape(p.name)}[/]{_person_note(p, code)}")
        for fid in p.findings:
            f = cf.finding(fid)
            if f is not None:
                placed.add(fid)
                con.print(f"    {rule_label(f.rule, code):<16} {status_label(f.status, code).lower():<25} "
                          f"{escape(title_of(f.rule, f.title))}")
    for f in cf.findings:
        if f.id not in placed:
            con.print(f"  {rule_label(f.rule, code):<16} {status_label(f.status, code).lower():<25} "
                      f"{escape(title_of(f.rule, f.title))}")
    for na in cf.not_assessed:  # their silence is no all-clear
        con.print(f"  [bold magenta]{escape(t('not_assessed'))}[/] {escape(na['document'])}: "
                  f"{escape(na['reason'])}")

    con.print(f"\n[bold]{escape(t('documents'))}[/]")
    table = Table(box=None, pad_edge=False)
    for col in ("id", "document", "date", "language", "facts", "extractor"):
        table.add_column(loc.label("casefile.show.col", col, col))
    for d in cf.documents:
        table.add_row(str(d.id), escape(d.label), d.date or "",
                      (d.language or "") + (t("not_assessed_mark") if d.not_assessed else ""),
                      str(d.facts), d.extractor_version or "")
    con.print(table)

    con.print(f"\n[bold]{escape(t('facts'))}[/] {escape(t('merged'))}")
    for m in cf.merged:
        who = sorted({s.attributed_to for s in m.sources})
        con.print(f"  {m.id:<4} {escape(fact_text(m.type, m.value, m.unit, m.negated, code))} "
                  f"[dim]({escape(m.subject)}; {m.certainty}; {review_label(m.review_status, code)}; "
                  f"{escape('; '.join(_first(who)))}) [{', '.join(_first([str(i) for i in m.fact_ids]))}][/]")

    if cf.contradictions:
        con.print(f"\n[bold]{escape(t('contradictions'))}[/]")
        for x in cf.contradictions:
            con.print(f"  {x.id:<4} {escape(x.summary)}")

    if cf.assessment_limits:
        read = sum(x.assessed for x in cf.assessment_limits)
        total = sum(x.facts for x in cf.assessment_limits)
        con.print("\n[dim]" + escape(t("limits", read=read, total=total, pairs=len(cf.assessment_limits),
                                         repeats=sum(x.repeats for x in cf.assessment_limits),
                                         over=sum(x.over_limit for x in cf.assessment_limits))) + "[/]")

    con.print(f"\n[bold]{escape(t('timeline'))}[/]")
    if not cf.timeline:
        con.print("  " + escape(t("no_dates")))
    for entry in cf.timeline:
        label = entry.label if len(entry.label) <= 110 else entry.label[:109] + "…"
        kind = loc.label("casefile.timeline_kinds", entry.kind, entry.kind)
        con.print(f"  {entry.date:<10} {kind:<8} {escape(label)} [dim]({escape(t('document', id=entry.document_id))}"
                  + (f", {escape(t('fact', id=entry.fact_id))}" if entry.fact_id else "") + ")[/]")
    if cf.timeline_omitted:
        con.print("  [dim]" + escape(t("later", n=cf.timeline_omitted, kept=len(cf.timeline))) + "[/]")


def _label_language(lang: str | None) -> str | None:
    """``--lang`` of ``case show`` / ``case people``, checked (None: the documents' language)."""
    from dignity.report.i18n import LANGUAGES, check_language

    code = check_language(lang) if lang is not None else None
    if lang is not None and code is None:
        _fail(f"--lang: {lang!r} is not a language Dignity writes in ({', '.join(LANGUAGES)})", EXIT_INPUT_ERROR)
    return code


def _labels_for(cf: Any, code: str | None) -> tuple[str, Any]:
    """The language a case's text view labels in (asked for, else the documents', else
    English) and its rule titles (``title_of(rule, english_title)``), as the exports have them."""
    from dignity.report.i18n import locale, pick_language

    code = pick_language(code, (d.language for d in cf.documents))
    return code, locale(code).title_of


def _locale(code: str | None) -> Any:
    from dignity.report.i18n import locale

    return locale(code or "en")


def _person_note(p: Any, code: str | None = None) -> str:
    """' (the detainee the case is about; also named El Chapo; 5 facts)', in the labels' language."""
    from rich.markup import escape

    loc = _locale(code)
    parts = [str(loc.t("casefile.person.main"))] if p.main else []
    if len(p.names) > 1:
        parts.append(str(loc.t("casefile.person.also", names=", ".join(p.names[1:]))))
    parts.append(str(loc.t("casefile.person.facts", n=len(p.facts))))
    if p.reviewed:
        parts.append(str(loc.t("casefile.person.grouped")))
    return f" [dim]({escape('; '.join(parts))})[/]"


@case_app.command("people", cls=Command)
def case_people(case: str = typer.Argument(..., metavar="CASE", help="Case id or name."),
                person: Optional[str] = typer.Option(None, "--person", metavar="ID",
                                                     help="Show one person: their facts, findings and timeline."),
                merge: Optional[list[str]] = typer.Option(None, "--merge", metavar="NAME",
                                                          help="Names that are one person (give it twice or more)."),
                into: Optional[str] = typer.Option(None, "--into", metavar="NAME",
                                                   help="With --merge: the name the person goes by."),
                split: Optional[str] = typer.Option(None, "--split", metavar="NAME",
                                                    help="A name wrongly merged: a person of its own."),
                output_format: ListFormat = typer.Option(ListFormat.text, "--format", "-f", case_sensitive=False),
                lang: Optional[str] = typer.Option(None, "--lang", metavar="LANG",
                                                   help="Labels in en, es or fr [default: the case's documents' "
                                                        "language, else English]."),
                db: Optional[str] = _DB, user: Optional[str] = _USER) -> None:
    """The people of a case, the detainee first, with their names, facts and findings;
    merge names that are one person (--merge A --merge B), or --split a wrong merge."""
    from rich.markup import escape

    code = _label_language(lang)
    with case_service(db, user) as (svc, me):
        if merge:
            name = svc.merge_people(case, me, merge, into=into)
            typer.echo(f"{', '.join(merge)}: one person now, {name}")
        if split:
            typer.echo(f"{svc.split_name(case, me, split)}: a person of their own now")
        cf = svc.case_file(case, me, explain=False)
    people = [p for p in cf.people if person is None or p.id == person]
    if person is not None and not people:
        _fail(f"no person {person!r} in case {cf.case.name!r}; see 'dignity case people {cf.case.id}'")
    if output_format is ListFormat.json:
        typer.echo(json.dumps([p.model_dump(mode="json") for p in people], ensure_ascii=False, indent=2))
        return
    code, title_of = _labels_for(cf, code)
    loc = _locale(code)

    def t(key: str, **args: Any) -> str:
        return str(loc.t(f"casefile.show.{key}", **args))

    con = _console()
    facts = {f.id: f for f in cf.facts}
    for p in people:
        con.print(f"[bold]{escape(p.name)}[/] [dim]({p.id})[/]{_person_note(p, code)}")
        for fid in p.findings:
            f = cf.finding(fid)
            if f is not None:
                con.print(f"  {rule_label(f.rule, code):<16} {status_label(f.status, code).lower():<25} "
                          f"{escape(title_of(f.rule, f.title))}")
        if person is None:
            continue
        con.print(f"  [bold]{escape(t('facts'))}[/]")
        for fid in p.facts:
            f = facts.get(str(fid))
            if f is None:
                con.print(f"  {fid:>5} [dim]{escape(t('rejected'))}[/]")
                continue
            con.print(f"  {fid:>5} {escape(fact_text(f.type, f.value, f.unit, bool(f.negated), code))} "
                      f"[dim]({escape(f.subject)}; {escape(f.attributed_to)})[/]")
        con.print(f"  [bold]{escape(t('timeline'))}[/]")
        for entry in cf.timeline:
            if entry.fact_id in p.facts or (entry.kind == "document" and entry.document_id in p.documents):
                con.print(f"  {entry.date:<10} {escape(entry.label[:110])} "
                          f"[dim]({escape(t('document', id=entry.document_id))})[/]")
        labels = {d.id: d.label for d in cf.documents}
        con.print(f"  [bold]{escape(t('documents'))}[/] "
                  + ", ".join(escape(labels.get(d, str(d))) for d in p.documents))


#: sources and fact ids `case show` prints per merged fact (the JSON has them all)
SHOWN_PER_FACT = 12


def _first(items: list[str], n: int = SHOWN_PER_FACT) -> list[str]:
    """At most ``n`` items, and how many more: a fact said 10,000 times is one line."""
    return items if len(items) <= n else [*items[:n], f"… {len(items) - n} more"]


@case_app.command("facts", cls=Command)
def case_facts(case: str = typer.Argument(..., metavar="CASE", help="Case id or name."),
               status: Optional[ReviewStatus] = typer.Option(None, "--status", case_sensitive=False,
                                                             help="Only facts with this review status."),
               db: Optional[str] = _DB, user: Optional[str] = _USER) -> None:
    """Every fact of the case with its id (for `dignity case review`), review and evidence."""
    from rich.markup import escape

    from dignity.cases.casefile import describe

    with case_service(db, user) as (svc, me):
        docs = {}
        for d in svc.documents(case, me):
            for run in d.extractions:
                docs[run.id] = d
        con = _console()
        shown = 0
        # read from the database a batch at a time and printed as they come
        for f in svc.iter_facts(case, me, status=status.value if status is not None else None):
            shown += 1
            data = f.data
            if f.review_status == "edited" and isinstance(f.edited_value, dict):
                data = {**data, **f.edited_value}
            doc = docs.get(f.extraction_id)
            ev = " … ".join(_in_sentence(e) for e in data.get("evidence") or [])
            what = describe(f.type, data.get("value"), data.get("unit"), bool(data.get("negated")))
            con.print(f"[bold]{f.id:>5}[/] {escape(what)}"
                      f" [dim]({escape(str(data.get('subject')))}; {data.get('certainty')}; "
                      f"{escape(str(data.get('attributed_to')))}; {review_label(f.review_status)}"
                      + ("; kept from an earlier extraction" if f.origin == "kept" else "") + ")[/]")
            con.print(f"      [dim]{escape(doc.label if doc else '')}:[/] “{ev}”"
                      + (f"  [italic]note: {escape(f.note)}[/]" if f.note else ""))
        if not shown:
            con.print("no facts" + (f" with status {status.value}" if status else ""))


def _in_sentence(evidence: dict[str, Any]) -> str:
    """An evidence span as rich markup: its whole sentence, the matched words in bold."""
    from rich.markup import escape

    words = " ".join(str(evidence.get("text", "")).split())
    sentence = " ".join(str(evidence.get("sentence") or "").split())
    i = sentence.find(words) if words else -1
    if i < 0:
        return f"[bold]{escape(words)}[/]"
    return f"{escape(sentence[:i])}[bold]{escape(words)}[/]{escape(sentence[i + len(words):])}"


@case_app.command("review", cls=Command)
def case_review(fact_id: int = typer.Argument(..., metavar="FACT_ID", help="A fact id (see `dignity case facts`)."),
                action: Action = typer.Argument(..., case_sensitive=False, help="accept, reject or edit."),
                value: Optional[str] = typer.Option(None, "--value",
                                                    help="For edit: the new value (JSON or text), or a JSON "
                                                         "object of fields, e.g. '{\"negated\": true}'."),
                note: Optional[str] = typer.Option(None, "--note", help="A note kept with the review."),
                db: Optional[str] = _DB, user: Optional[str] = _USER) -> None:
    """Accept, reject or edit a fact; the case's findings follow the reviewed facts."""
    parsed: Any = None
    if value is not None:
        try:
            parsed = json.loads(value)
        except ValueError:
            parsed = value
    elif action is Action.edit:
        _fail("edit needs --value V (the new value, or a JSON object of fields to change)")
    with case_service(db, user) as (svc, me):
        fact = svc.review_fact(fact_id, me, action.value, value=parsed, note=note)
        typer.echo(f"fact {fact.id} ({type_label(fact.type)}): {review_label(fact.review_status)} by {me.username}")


@case_app.command("language", cls=Command)
def case_language(document_id: int = typer.Argument(..., metavar="DOCUMENT_ID",
                                                   help="A document id (see `dignity case show`)."),
                  lang: str = typer.Argument(..., metavar="CODE", callback=check_lang,
                                             help="Its language (ISO 639-1: en, es, fr ...)."),
                  db: Optional[str] = _DB, user: Optional[str] = _USER) -> None:
    """Correct a document's language: it is read again with that language's rules (reviews
    carried over); in a language without rules it is not assessed (exit code 2)."""
    from dignity.extract.languages import not_assessed_reason

    with case_service(db, user) as (svc, me):
        res = svc.set_language(document_id, lang, me)
        typer.echo(f"document {document_id}: read as {lang} ({res.facts} facts)")
    reason = not_assessed_reason(lang)
    if reason:
        InputErrors().not_assessed(f"document {document_id}", reason)
        raise typer.Exit(EXIT_INPUT_ERROR)


def _place(value: str | None) -> str | None:
    return "auto" if value is not None and value.strip().lower() == "auto" else check_jurisdiction(value)


@case_app.command("standards", cls=Command)
def case_standards(case: str = typer.Argument(..., metavar="CASE", help="Case id or name."),
                   standard: Optional[str] = typer.Option(None, "--standard", "-s", metavar="IDS",
                                                          help=STANDARD_HELP + " `all`: back to the default."),
                   jurisdiction: Optional[str] = typer.Option(None, "--jurisdiction", "-j", metavar="CODE",
                                                              callback=_place, help=JURISDICTION_HELP
                                                              + " `auto`: back to the default."),
                   db: Optional[str] = _DB, user: Optional[str] = _USER) -> None:
    """Set the standards a case is assessed against: its jurisdiction and the standards (its
    findings are recomputed with them); without options, show them."""
    with case_service(db, user) as (svc, me):
        c = svc.get_case(case, me)
        if standard is not None or jurisdiction is not None:
            ids = c.standards.split(",") if c.standards else None
            if standard is not None:
                ids = None if standard.strip().lower() == "all" else check_standards(standard)
            place = c.jurisdiction if jurisdiction is None else (None if jurisdiction == "auto" else jurisdiction)
            c = svc.set_standards(c.id, me, jurisdiction=place, standards=ids)
        typer.echo(f"case {c.id} ({c.name}): jurisdiction {c.jurisdiction or 'detected from its documents'}; "
                   f"standards {c.standards or 'those that apply'}")


@case_app.command("export", cls=Command)
def case_export(case: str = typer.Argument(..., metavar="CASE", help="Case id or name."),
                output_format: ExportFormat = typer.Option(ExportFormat.json, "--format", "-f", case_sensitive=False,
                                                           help="json, md or html (self-contained)."),
                output: Optional[Path] = typer.Option(None, "--output", "-o", metavar="FILE",
                                                      help="Write to FILE [default: standard output]."),
                lang: Optional[str] = typer.Option(None, "--lang", metavar="LANG",
                                                   help="Write md and html in en, es or fr [default: the case's "
                                                        "documents' language, else English]; json keeps the "
                                                        "machine names."),
                db: Optional[str] = _DB, user: Optional[str] = _USER) -> None:
    """Export the case file: documents, merged facts with sources, contradictions, timeline, findings."""
    from dignity.cases.export import export_chunks
    from dignity.report.i18n import LANGUAGES, check_language

    code = check_language(lang) if lang is not None else None
    if lang is not None and code is None:
        _fail(f"--lang: {lang!r} is not a language Dignity writes in ({', '.join(LANGUAGES)})", EXIT_INPUT_ERROR)
    with case_service(db, user) as (svc, me):
        cf = svc.case_file(case, me, include_text=output_format is ExportFormat.html, explain=False)
    chunks = export_chunks(cf, output_format.value, code)  # written as they come, never one string
    if output is None:
        for chunk in chunks:
            sys.stdout.write(chunk)
        return
    try:
        _write_atomic(output, chunks)
    except OSError as exc:
        _fail(f"{output}: cannot be written ({exc.strerror or exc})")
    typer.echo(f"wrote {output}", err=True)


def _write_atomic(path: Path, text: str | Iterable[str]) -> None:
    path = path.expanduser()
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            for chunk in [text] if isinstance(text, str) else text:
                fh.write(chunk)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


@case_app.command("search", cls=Command)
def case_search(query: str = typer.Argument(..., help="Words to find (all of them)."),
                case: Optional[str] = typer.Option(None, "--case", metavar="CASE", help="Only in this case."),
                limit: int = typer.Option(20, "--limit", min=1, max=1000, metavar="N",
                                                   help="Show at most N documents."),
                db: Optional[str] = _DB, user: Optional[str] = _USER) -> None:
    """Full-text search in the documents of the cases you can read."""
    from rich.markup import escape

    from dignity.store.search import HIGHLIGHT_END, HIGHLIGHT_START

    with case_service(db, user) as (svc, me):
        hits = svc.search(me, query, limit=limit, case=case)
    con = _console()
    if not hits:
        con.print("no documents match")
    for h in hits:
        snippet = escape(" ".join(h.snippet.split())).replace(HIGHLIGHT_START, "[bold yellow]").replace(
            HIGHLIGHT_END, "[/]")
        con.print(f"[bold]case {h.case_id} ({escape(h.case_name)}), document {h.document_id}[/]: {escape(h.label)}")
        con.print(f"  {snippet}")


@case_app.command("member", cls=Command)
def case_member(case: str = typer.Argument(..., metavar="CASE", help="Case id or name."),
                member: str = typer.Argument(..., metavar="USER", help="User name."),
                role: CaseRole = typer.Option(CaseRole.editor, "--role", case_sensitive=False),
                remove: bool = typer.Option(False, "--remove", help="Remove the user from the case."),
                db: Optional[str] = _DB, user: Optional[str] = _USER) -> None:
    """Add a user to a case (or change their role, or --remove them)."""
    with case_service(db, user) as (svc, me):
        c = svc.get_case(case, me)
        if remove:
            svc.remove_member(c, member, by=me)
            typer.echo(f"removed {member} from case {c.id} ({c.name})")
        else:
            row = svc.add_member(c, member, role.value, by=me)
            typer.echo(f"{member} is {row.role} of case {c.id} ({c.name})")


@case_app.command("log", cls=Command)
def case_log(case: str = typer.Argument(..., metavar="CASE", help="Case id or name."),
             limit: Optional[int] = typer.Option(None, "--limit", min=1, metavar="N",
                                                                  help="Only the newest N entries."),
             output_format: ListFormat = typer.Option(ListFormat.text, "--format", "-f", case_sensitive=False),
             db: Optional[str] = _DB, user: Optional[str] = _USER) -> None:
    """The audit log of a case: who changed what, when, before and after."""
    with case_service(db, user) as (svc, me):
        entries = svc.audit_log(case, me, limit=limit)
        rows = [{"id": e.id, "at": e.at.isoformat(), "user": e.user.username if e.user else None,
                 "action": e.action, "object_type": e.object_type, "object_id": e.object_id,
                 "before": e.before, "after": e.after} for e in entries]
    if output_format is ListFormat.json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for r in rows:
        typer.echo(f"{r['at'][:19]}  {r['user'] or '-':<12} {r['action']:<18} {r['object_type']} {r['object_id']}"
                   + (f"  {_change(r['before'], r['after'])}" if r["before"] is not None else ""))


def _change(before: Any, after: Any) -> str:
    if not isinstance(before, dict) or not isinstance(after, dict):
        return ""
    keys = [k for k in after if before.get(k) != after.get(k) and k not in ("reviewed_at",)]
    return ", ".join(f"{k}: {json.dumps(before.get(k), ensure_ascii=False)} -> "
                     f"{json.dumps(after.get(k), ensure_ascii=False)}" for k in keys)


@case_app.command("reextract", cls=Command)
def case_reextract(case: str = typer.Argument(..., metavar="CASE", help="Case id or name."),
                   force: bool = typer.Option(False, "--force", help="Also documents already read by this version."),
                   db: Optional[str] = _DB, user: Optional[str] = _USER) -> None:
    """Extract every document again with this version of Dignity, keeping every review (a document
    this version already read is skipped unless --force, or unless its topic mentions were never
    read: stored before the store kept them)."""
    quiet_libraries()
    with case_service(db, user) as (svc, me):
        results = svc.reextract(case, me, force=force)
    failed = 0
    for r in results:
        if r.status == "error":
            failed += 1
            sys.stderr.write(f"{PROG}: document {r.document_id}: {r.problem}\n")
        elif r.status == "skipped":
            typer.echo(f"document {r.document_id}: already extracted by this version (use --force)")
        else:
            typer.echo(f"document {r.document_id}: {r.facts} facts; {r.reviews_carried} reviews carried over"
                       + (f", {r.reviews_kept} kept with facts no longer found" if r.reviews_kept else ""))
    raise typer.Exit(EXIT_INPUT_ERROR if failed else 0)


# --------------------------------------------------------------------------- user


@user_app.command("add", cls=Command)
def user_add(name: str = typer.Argument(..., help="User name."),
             role: Role = typer.Option(..., "--role", case_sensitive=False, help="admin, editor or viewer."),
             password_stdin: bool = typer.Option(False, "--password-stdin",
                                                 help="Read the password from the first line of standard "
                                                      "input [default: asked on the terminal, hidden]."),
             password: Optional[str] = typer.Option(None, "--password", metavar="P",
                                                    help="The password (visible to other users of this "
                                                         "machine: prefer --password-stdin)."),
             no_password: bool = typer.Option(False, "--no-password",
                                              help="No password: the user cannot sign in to the web app."),
             db: Optional[str] = _DB, user: Optional[str] = _USER) -> None:
    """Add a user (admins only; the first user of an empty database must be an admin).

    Only NAME is created, never anyone else."""
    password = _new_password(name, password, password_stdin, no_password)
    with case_service(db, user, need_user=False) as (svc, _):
        if svc.has_users():
            me = svc.local_user(user)
            new = svc.add_user(name, role.value, password, by=me, without_password=password is None)
            typer.echo(f"added user {new.username} ({new.role})")
            return
        if role is not Role.admin:
            _fail(f"this database has no user yet: its first user must be an admin "
                  f"(dignity user add {name} --role admin)", EXIT_INPUT_ERROR)
        new = svc.add_user(name, role.value, password, by=None, without_password=password is None)
        typer.echo(f"added user {new.username} ({new.role}), the first user of this database")


def _new_password(name: str, password: str | None, from_stdin: bool, none: bool) -> str | None:
    """The new user's password: given, read from standard input, or asked on the
    terminal; without a terminal to ask on, one line and exit code 2."""
    if sum((password is not None, from_stdin, none)) > 1:
        _fail("give one of --password-stdin, --password P and --no-password", EXIT_INPUT_ERROR)
    if none:
        return None
    if password is not None:
        return password
    if from_stdin:
        line = sys.stdin.readline().rstrip("\r\n")
        if not line:
            _fail("no password on standard input (--password-stdin reads its first line)", EXIT_INPUT_ERROR)
        return line
    if not _can_prompt():
        _fail(f"no password for {name}, and no terminal to ask for one: pipe it in with --password-stdin "
              "(or use --no-password)", EXIT_INPUT_ERROR)
    try:
        return typer.prompt(f"password for {name}", hide_input=True, confirmation_prompt=True)
    except (typer.Abort, EOFError):
        _fail("no password given (use --password-stdin, or --no-password)", EXIT_INPUT_ERROR)
    return None  # not reached


def _can_prompt() -> bool:
    """A hidden prompt needs a terminal on standard input (else getpass warns and echoes)."""
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


@user_app.command("list", cls=Command)
def user_list(db: Optional[str] = _DB, user: Optional[str] = _USER) -> None:
    """The users of the database."""
    with case_service(db, user) as (svc, me):
        for u in svc.list_users():
            typer.echo(f"{u.username:<20} {u.role:<7} {'active' if u.active else 'inactive':<9} "
                       f"{'password' if u.password_hash else 'no password':<12} created {u.created_at:%Y-%m-%d}")
