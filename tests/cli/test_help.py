"""Every command's --help at 80 columns: no type labels (<bool>, <list[str]>), no
stray " ." left where a help text's [default: ...] was eaten, no option name cut."""

from __future__ import annotations

import re

import click
import pytest
import typer
from typer.testing import CliRunner

from dignity.cli.main import app


def _commands() -> list[tuple[tuple[str, ...], click.Command]]:
    root = typer.main.get_command(app)
    found: list[tuple[tuple[str, ...], click.Command]] = []

    def walk(path: tuple[str, ...], cmd: click.Command) -> None:
        found.append((path, cmd))
        for name, sub in sorted(getattr(cmd, "commands", {}).items()):
            walk((*path, name), sub)

    walk((), root)
    return found


COMMANDS = _commands()


def test_every_command_is_checked():
    names = {" ".join(path) for path, _ in COMMANDS}
    assert {"extract", "assess", "rules", "eval", "screen run", "screen summarize", "case facts",
            "case new", "user add", "report", "letter", "serve"} <= names


@pytest.mark.parametrize("path, command", COMMANDS, ids=[" ".join(p) or "dignity" for p, _ in COMMANDS])
def test_help_reads_cleanly_at_80_columns(path, command):
    r = CliRunner().invoke(app, [*path, "--help"], terminal_width=80, env={"COLUMNS": "80"})
    assert r.exit_code == 0, r.output
    text = r.stdout
    assert text.startswith("Usage: dignity")
    for label in ("<bool>", "<list[", "…"):
        assert label not in text, f"{label!r} in the help of {' '.join(path)}"
    for line in text.splitlines():
        assert len(line) <= 80, line
        assert not re.search(r"\s\.$", line), f"stray ' .': {line!r}"
        assert not re.search(r"--[\w-]+\.\.\.", line), f"cut option name: {line!r}"
    flat = " ".join(text.split())
    for param in command.params:
        for opt in [*param.opts, *param.secondary_opts]:
            if opt.startswith("-") and not param.hidden:
                assert opt in flat, f"{opt} missing from the help of {' '.join(path)}"
        help_text = getattr(param, "help", None)
        if help_text:  # the whole help, words and brackets, as written
            assert " ".join(help_text.split()) in flat, help_text
