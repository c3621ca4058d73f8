"""Entry point of the ``dignity`` command: each sub-command lives in its own module.

``main()`` (the console script, ``python -m dignity.cli.main``) imports and builds only
the module of the command it is asked to run (``dignity extract ...`` needs neither the
case nor the evaluation commands; Typer turning every command's options into Click's
cost each run about 20 ms); without a known command (``dignity --help``, a misspelt
one) it builds them all, so help and "No such command" read as before. ``app``, every
command, is built on first use (``from dignity.cli.main import app``).
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
from typing import Any

import typer

from dignity.cli import _startup
from dignity.cli._help import MARKUP

__all__ = ["main", "build_app", "command_of", "COMMANDS", "MODULES", "READERS"]  # and ``app``, built on first use

#: the modules of the commands, in the order of ``dignity --help``; each has ``register(app)``
MODULES = ("extract_cmd", "assess_cmd", "eval_cmd", "screen_cmd", "case_cmd", "report_cmd", "serve_cmd",
           "train_cmd")
#: each command (or group) name -> the module that registers it
COMMANDS = {"extract": "extract_cmd", "assess": "assess_cmd", "rules": "assess_cmd", "eval": "eval_cmd",
            "screen": "screen_cmd", "case": "case_cmd", "user": "case_cmd", "report": "report_cmd",
            "letter": "report_cmd", "serve": "serve_cmd", "train": "train_cmd"}
#: the commands that read documents: the garbage collector is held during their start-up
#: (``_startup``: imports and building the extractor), until ``iter_extractions`` built it;
#: every command's heap is frozen at exit (``_startup.begin``)
READERS = frozenset({"extract", "assess", "report", "letter"})


class _App(typer.Typer):
    """The ``dignity`` app: a reader that stops early (``dignity extract ... | head -1``)
    is not an error, so a closed standard output ends the command with exit code 0
    and nothing on stderr, whichever command was writing."""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        before = _stdout_identity()
        try:
            result = super().__call__(*args, **kwargs)
        except SystemExit as exc:
            if exc.code not in (0, None) and _reader_gone(before):
                _silence_stdout()  # else the interpreter's last flush fails: exit code 120
                raise SystemExit(0) from None
            if not _flush_stdout():
                raise SystemExit(0) from None
            raise
        except BrokenPipeError:
            _silence_stdout()
            raise SystemExit(0) from None
        if not _flush_stdout():
            raise SystemExit(0)
        return result


def _stdout_identity() -> tuple[int, int] | None:
    try:
        st = os.fstat(sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        return None
    return st.st_dev, st.st_ino


def _reader_gone(before: tuple[int, int] | None) -> bool:
    """Whether the command stopped because standard output's reader went away: Click
    then wraps stdout in ``PacifyFlushWrapper``, Rich points it at /dev/null (both
    exit with code 1)."""
    if type(sys.stdout).__name__ == "PacifyFlushWrapper":  # Click's, or typer's copy (typer._click)
        return True
    now = _stdout_identity()
    if before is None or now is None or now == before:
        return False
    try:
        null = os.stat(os.devnull)
    except OSError:
        return False
    return now == (null.st_dev, null.st_ino)


def _flush_stdout() -> bool:
    """Flush standard output; False (and stdout silenced) when its reader is gone."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
        return False
    except (OSError, ValueError, AttributeError):
        pass
    return True


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so that the interpreter's last flush cannot fail."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def _main(verbose: bool = typer.Option(False, "--verbose", "-v", help="Log progress to stderr.")) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")


def build_app(modules: tuple[str, ...] = MODULES) -> _App:
    """The ``dignity`` app with the commands of ``modules`` (names in ``MODULES``)."""
    built = _App(
        rich_markup_mode=MARKUP, name="dignity",
        help="Read reports about people in detention; show, rule by rule and with the words "
        "that prove it, where conditions breach international standards.",
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
    )
    for name in modules:
        importlib.import_module(f"dignity.cli.{name}").register(built)
    built.callback()(_main)
    return built


def command_of(args: list[str]) -> str | None:
    """The command ``args`` run: the first argument that is not an option (the app's own
    options, ``--verbose``/``-v`` and ``--help``, take no value); None if none."""
    return next((a for a in args if not a.startswith("-")), None)


def main() -> Any:
    """Run the command of ``sys.argv``, building only its module's commands."""
    command = command_of(sys.argv[1:]) or ""
    module = COMMANDS.get(command)
    _startup.begin(reader=command in READERS)
    try:
        return build_app((module,) if module else MODULES)()
    finally:
        _startup.release()


def __getattr__(name: str) -> Any:
    if name == "app":  # every command: tests, ``typer.main.get_command(app)``
        built = globals()["app"] = build_app()
        return built
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


if __name__ == "__main__":  # pragma: no cover
    main()
