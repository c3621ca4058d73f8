"""Entry point of the ``dignity`` command: each sub-command lives in its own module."""

from __future__ import annotations

import logging

import typer

from dignity.cli import assess_cmd, eval_cmd, extract_cmd, screen_cmd
from dignity.cli import case_cmd, serve_cmd
from dignity.cli import report_cmd, train_cmd

app = typer.Typer(
    name="dignity",
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
