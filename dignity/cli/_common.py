"""Helpers shared by the commands that read documents (``extract``, ``assess``).

The contract for every such command:

* each input that cannot be read gets exactly one line on stderr,
  ``dignity: <path>: <problem>``, and the others are still processed;
* the exit code is 2 if any input failed (``InputErrors.exit_code``), else 0;
* a document in a language without a language pack is read but not assessed: one
  line ``dignity: <path>: de: no rules for this language; not assessed`` and exit
  code 2 too (``InputErrors.not_assessed``), never a silent all-clear;
* never a traceback: unexpected exceptions are caught per file and reported in
  one line too (the traceback goes to the debug log).

Typical use::

    errors = InputErrors()
    for path, doc in iter_documents(paths, errors, date=date):
        if doc is None:
            continue                      # already reported on stderr
        with errors.guard(path) as step:
            result = work(doc)
        if step.failed:
            continue
        ...
    raise typer.Exit(errors.exit_code)
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import logging
import sys
from enum import Enum
from dataclasses import dataclass, field
from typing import IO, Any, Callable, Iterable, Iterator, NoReturn

import typer

from dignity.cli import _startup
from dignity.errors import DignityError, InputError
from dignity.ingest import DEFAULT_MAX_BYTES
from dignity.ingest.libraries import quiet_libraries
from dignity.model import Document, Extraction

__all__ = [
    "PROG",
    "EXIT_INPUT_ERROR",
    "InputProblem",
    "InputErrors",
    "iter_documents",
    "merge_extraction",
    "check_date",
    "check_lang",
    "check_standards",
    "check_jurisdiction",
    "LANG_HELP",
    "STANDARD_HELP",
    "JURISDICTION_HELP",
    "OCR_HELP",
    "OcrMode",
    "LANG_OPTION",
    "OCR_OPTION",
    "STANDARD_OPTION",
    "JURISDICTION_OPTION",
    "show_progress",
]

logger = logging.getLogger(__name__)

PROG = "dignity"
#: Exit code when at least one input could not be processed.
EXIT_INPUT_ERROR = 2
#: Show a progress bar (on a terminal) from this many files on.
PROGRESS_MIN_FILES = 5

@dataclass
class InputProblem:
    path: str
    problem: str

    def as_dict(self) -> dict[str, str]:
        return {"path": self.path, "problem": self.problem}


@dataclass
class _Step:
    failed: bool = False


@dataclass
class InputErrors:
    """Collects the inputs that failed and reports each on one stderr line."""

    stream: IO[str] | None = None  # None: sys.stderr at the time of writing
    problems: list[InputProblem] = field(default_factory=list)
    #: documents read but not assessed (a language without a pack): (path, reason)
    unassessed: list[InputProblem] = field(default_factory=list)

    def add(self, path: object, problem: str) -> None:
        """Record a failed input and write ``dignity: <path>: <problem>`` to stderr."""
        item = InputProblem(str(path), " ".join(problem.split()))
        self.problems.append(item)
        self._say(f"{PROG}: {item.path}: {item.problem}\n")

    def warn(self, path: object, problem: str) -> None:
        """``dignity: <path>: warning: <problem>`` on stderr: the input was read, but not
        all of it (a limit of the extraction budget); it does not count as failed."""
        self._say(f"{PROG}: {path}: warning: {' '.join(problem.split())}\n")

    def not_assessed(self, path: object, reason: str) -> None:
        """``dignity: <path>: <reason>`` on stderr for a document read but not assessed
        ("de: no rules for this language; not assessed"): exit code 2 at the end."""
        item = InputProblem(str(path), " ".join(reason.split()))
        self.unassessed.append(item)
        self._say(f"{PROG}: {item.path}: {item.problem}\n")

    def _say(self, line: str) -> None:
        """Write one line to the stream (stderr at the time of writing when it is None)."""
        stream = self.stream if self.stream is not None else sys.stderr
        try:
            stream.write(line)
            stream.flush()
        except (OSError, ValueError):  # stderr closed: nothing more we can do
            pass

    def add_exception(self, path: object, exc: BaseException) -> None:
        """Record an exception: ``InputError`` as its problem, anything else in one line."""
        if isinstance(exc, InputError):
            self.add(path, exc.problem)
        elif isinstance(exc, DignityError):
            self.add(path, str(exc))
        else:
            logger.debug("unexpected error for %s", path, exc_info=exc)
            message = " ".join(str(exc).split())
            if len(message) > 200:
                message = message[:197] + "..."
            detail = f"{type(exc).__name__}: {message}" if message else type(exc).__name__
            self.add(path, f"unexpected error ({detail})")

    @contextlib.contextmanager
    def guard(self, path: object) -> Iterator[_Step]:
        """Run a step for one input; an exception is reported and swallowed
        (``step.failed`` is then True).  KeyboardInterrupt still stops the run."""
        step = _Step()
        try:
            yield step
        except Exception as exc:  # noqa: BLE001 - one line per failed input, never a traceback
            step.failed = True
            self.add_exception(path, exc)

    @property
    def failed(self) -> bool:
        return bool(self.problems)

    @property
    def exit_code(self) -> int:
        return EXIT_INPUT_ERROR if self.problems or self.unassessed else 0

    def as_dicts(self) -> list[dict[str, str]]:
        return [p.as_dict() for p in self.problems]


def iter_documents(paths: Iterable[str], errors: InputErrors, *, date: str | None = None,
                   max_bytes: int | None = DEFAULT_MAX_BYTES,
                   progress: bool | None = None, ocr: str = "auto",
                   lang: str | None = None) -> Iterator[tuple[str, Document | None]]:
    """Load each path in order: ``(path, Document)``, or ``(path, None)`` for an
    input that failed (already reported through ``errors``).  ``ocr`` (auto, always,
    never) and ``lang`` (the language OCR reads) are for scans; a page OCR found
    blank, unreadable or turned is a warning.

    ``date`` (YYYY-MM-DD) overrides every document's date.  ``progress=None``
    shows a progress bar on stderr when it is a terminal and there are many files.
    """
    from dignity import ingest

    paths = list(paths)
    quiet_libraries()
    if progress is None:
        progress = show_progress(len(paths))
    with _progress(len(paths), enabled=progress) as advance:
        for path in paths:
            doc: Document | None = None
            with errors.guard(path) as step:
                doc = ingest.load(path, max_bytes=max_bytes, ocr=ocr, language=lang)
                for page in doc.ocr or ():
                    if page.warning:
                        errors.warn(path, page.warning)
                if date is not None:
                    doc = doc.model_copy(update={"date": date})
            advance(path)
            yield path, (None if step.failed else doc)


def fatal(message: str) -> NoReturn:
    """One line on stderr and exit code 1: nothing can be read (e.g. no extractor)."""
    sys.stderr.write(f"{PROG}: {message}\n")
    raise typer.Exit(1)


def start_extractor(factory: Callable[[], Any] | None = None, lang: str | None = None) -> Any:
    """The extractor (``factory``, by default a ``Router`` reading each document with
    its language's pack, or ``lang``'s); if it cannot be built (a broken resource file)
    no input can be read: one line, exit code 1."""
    from dignity.errors import ConfigError

    try:
        if factory is None:
            from dignity.extract.engine import Router

            return Router(lang)
        return factory()
    except ConfigError as exc:
        fatal(str(exc))
    except Exception as exc:  # noqa: BLE001 - never a traceback
        logger.debug("the extractor could not be built", exc_info=True)
        fatal(f"cannot start the extractor ({type(exc).__name__}: {' '.join(str(exc).split())})")


def iter_extractions(paths: Iterable[str], errors: InputErrors, make_extractor: Callable[[], Any], *,
                     date: str | None = None, as_of: str | None = None, ocr: str = "auto",
                     lang: str | None = None
                     ) -> Iterator[tuple[str, Document | None, Extraction | None]]:
    """Load and extract each path in order: ``(path, Document, Extraction)``; the
    document and/or extraction is None for an input that failed (already reported
    through ``errors``).  The extractor is built on the first good document.
    ``as_of``: the date durations from a start date are counted to."""
    extractor = None
    for path, doc in iter_documents(paths, errors, date=date, ocr=ocr, lang=lang):
        result: Extraction | None = None
        if doc is not None:
            if extractor is None:
                extractor = make_extractor()
                _startup.release()  # start-up is over: the collector runs as usual from here
            _prepare(extractor, doc)
            with errors.guard(path) as step:
                result = (extractor.extract_document(doc, as_of=as_of)
                          if as_of is not None and _takes_as_of(extractor)
                          else extractor.extract_document(doc))
                for problem in result.errors:  # limits reached: read in part
                    errors.warn(path, problem.get("problem", ""))
                if not result.documents:
                    result = result.model_copy(update={"documents": [doc]})
                for na in result.not_assessed:  # a language without a pack
                    errors.not_assessed(path, na.get("reason", "not assessed"))
            if step.failed:
                result = None
        yield path, doc, result


def merge_extraction(combined: Extraction, result: Extraction, *, not_assessed: bool = True) -> None:
    """Append ``result``'s documents, facts, topics, errors (and, unless ``not_assessed`` is
    false, its documents not assessed) to ``combined``, the extraction of all the inputs."""
    combined.documents.extend(result.documents)
    combined.facts.extend(result.facts)
    combined.topics.extend(result.topics)
    combined.errors.extend(result.errors)
    if not_assessed:
        combined.not_assessed.extend(result.not_assessed)


def _prepare(extractor: Any, doc: Document) -> None:
    """Build the pack a document needs before reading it (``Router.prepare``): a broken
    pack stops the run in one line (exit code 1), like a broken extractor."""
    prepare = getattr(extractor, "prepare", None)
    if prepare is None:
        return
    from dignity.errors import ConfigError

    try:
        prepare(doc)
    except ConfigError as exc:
        fatal(str(exc))
    except Exception as exc:  # noqa: BLE001 - never a traceback
        logger.debug("the extractor could not be built", exc_info=True)
        fatal(f"cannot start the extractor ({type(exc).__name__}: {' '.join(str(exc).split())})")


#: ``--ocr``: when scanned pages and images are read with OCR
OCR_HELP = ("Read scanned pages with OCR (Tesseract): auto (PDF pages without usable text, and "
            "images), always (every page) or never.")


class OcrMode(str, Enum):
    auto = "auto"
    always = "always"
    never = "never"


#: ``--lang``: read every document with this language's pack (the documents' own otherwise)
LANG_HELP = ("Read every document as this language (ISO 639-1: en, es, fr) [default: each "
             "document's detected language]. A language without a pack is not assessed.")


STANDARD_HELP = ("Assess against these standards only: ids separated by commas, such as mandela,iccpr "
                 "(dignity rules --standards lists them). Default: the universal ones, those of the "
                 "jurisdiction, and those for the persons the facts describe.")
JURISDICTION_HELP = ("The country the documents are about (ISO 3166 code: US, FR, MX), which brings in its "
                     "regional and national standards [default: the one the text names most, if any].")


def check_standards(value: str | None) -> list[str] | None:
    """Typer callback for ``--standard``: installed standard ids ('mandela,iccpr' -> a list)."""
    from dignity.assess.registry import installed, parse_ids
    from dignity.errors import ConfigError

    ids = parse_ids(value)
    if ids is None:
        return None
    try:
        known = installed()
    except ConfigError as exc:
        raise typer.BadParameter(str(exc)) from None
    unknown = [i for i in ids if i not in known]
    if unknown:
        raise typer.BadParameter(f"no standard {', '.join(map(repr, unknown))} (installed: {', '.join(known)})",
                                 param_hint="--standard")
    return ids


def check_jurisdiction(value: str | None) -> str | None:
    """Typer callback for ``--jurisdiction``: a two-letter country code, or a region ('europe')."""
    if value is None or not value.strip():
        return None
    from dignity.assess.jurisdictions import normalise

    code = normalise(value)  # a region's name comes back in lower case, a country's code in upper
    if code is None or not (code.islower() or (len(code) == 2 and code.isalpha())):
        raise typer.BadParameter(f"{value!r} is not a country code (US, FR, MX ...) nor a region")
    return code


def check_lang(value: str | None) -> str | None:
    """Typer callback for ``--lang``: a language code ("es", "fr-CA" -> "fr")."""
    if value is None:
        return None
    from dignity.extract.languages import pack_code

    code = pack_code(value)
    if not code or not code.isalpha() or not 2 <= len(code) <= 3:
        raise typer.BadParameter(f"{value!r} is not a language code (en, es, fr ...)")
    return code


#: the options several commands take, declared once
LANG_OPTION = typer.Option(None, "--lang", metavar="CODE", callback=check_lang, help=LANG_HELP)
OCR_OPTION = typer.Option(OcrMode.auto, "--ocr", case_sensitive=False, help=OCR_HELP)
STANDARD_OPTION = typer.Option(None, "--standard", "-s", metavar="IDS", help=STANDARD_HELP)
JURISDICTION_OPTION = typer.Option(None, "--jurisdiction", "-j", metavar="CODE", callback=check_jurisdiction,
                                   help=JURISDICTION_HELP)


def _takes_as_of(extractor: Any) -> bool:
    """Whether ``extractor.extract_document`` counts durations to an ``as_of`` date (an
    extractor need only take a Document)."""
    import inspect

    try:
        return "as_of" in inspect.signature(extractor.extract_document).parameters
    except (TypeError, ValueError):
        return False


def show_progress(n_files: int) -> bool:
    """A progress bar only for many files and only when stderr is a terminal."""
    try:
        return n_files >= PROGRESS_MIN_FILES and sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


@contextlib.contextmanager
def _progress(total: int, *, enabled: bool) -> Iterator:
    if not enabled:
        yield lambda path: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    columns = (TextColumn("reading"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.description}", markup=False))
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("", total=total)

        def advance(path: str) -> None:
            bar.update(task, advance=1, description=str(path))

        yield advance


def check_date(value: str | None) -> str | None:
    """Typer callback for ``--date``: a real calendar date as YYYY-MM-DD."""
    if value is None:
        return None
    try:
        parsed = _dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date as YYYY-MM-DD") from None
    if len(value) != 10:
        raise typer.BadParameter(f"{value!r} is not a date as YYYY-MM-DD")
    return parsed.isoformat()


def console(piped_width: int) -> Any:
    """A Rich console for tables; piped output gets ``piped_width`` columns (Rich would assume 80)
    unless COLUMNS says otherwise."""
    import os

    from rich.console import Console

    try:
        tty = sys.stdout.isatty()
    except (AttributeError, ValueError):
        tty = False
    width = piped_width if not tty and "COLUMNS" not in os.environ else None
    return Console(highlight=False, width=width)
