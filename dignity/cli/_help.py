"""Plain, readable ``--help`` for every command at any terminal width.

Typer's Rich help reads ``[default: ...]`` in a help text as markup (leaving a
stray " ." behind), cuts long option names (``--organisation,--organiz...``) and
labels flags ``<bool>``; so every ``Typer`` here is made with
``rich_markup_mode=None`` (Click's formatter), and every command with ``cls=Command``,
which also drops Typer's ``<list[str]>`` label after an argument that takes
several values (its metavar already says so).
"""

from __future__ import annotations

import re

import click
from typer.core import TyperCommand

__all__ = ["Command", "MARKUP"]

#: ``rich_markup_mode`` of every Typer app of the CLI.
MARKUP = None

_LIST_LABEL = re.compile(r" <list\[[^\]]*\]>")


class Command(TyperCommand):
    """A Typer command whose help lists its arguments by their metavar alone."""

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        args: list[tuple[str, str]] = []
        opts: list[tuple[str, str]] = []
        for param in self.get_params(ctx):
            record = param.get_help_record(ctx)
            if record is None:
                continue
            if param.param_type_name == "argument":
                args.append((_LIST_LABEL.sub("", record[0]), record[1]))
            else:
                opts.append(record)
        if args:
            with formatter.section("Arguments"):
                formatter.write_dl(args)
        if opts:
            with formatter.section("Options"):
                formatter.write_dl(opts)
