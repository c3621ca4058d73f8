"""Entry point of the ``dignity`` command: each sub-command lives in its own module."""

from __future__ import annotations

import logging
import os
import sys
from typing import Any

import typer

from dignity.cli._help import MARKUP
from dignity.cli import assess_cmd, eval_cmd, extract_cmd, screen_cmd
from dignity.cli import case_cmd, serve_cmd
from dignity.cli import report_cmd, train_cmd


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


app = _App(
    rich_markup_mode=MARKUP, name="dignity",
    help="Read reports about people in detention; show, rule by rule and with the words "
    "that prove it, where conditions breach international standards.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

for _module in (extract_cmd, assess_cmd, eval_cmd, screen_cmd, case_cmd, report_cmd, serve_cmd,
                train_cmd):
    _module.register(app)


@app.callback()
def _main(verbose: bool = typer.Option(False, "--verbose", "-v", help="Log progress to stderr.")) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")


if __name__ == "__main__":  # pragma: no cover
    app()
