"""The package reads as the pipeline: imports flow one way and stay public.

``ingest -> extract -> assess -> report`` are the stages; ``cases``, ``store``,
``batch``, ``eval`` and ``web`` sit around them and the command line (``cli``) on
top.  A stage never imports a layer above it (``batch`` does not import ``cli``),
and no package imports another package's private names (``_common``, ``_rate``).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "dignity"

#: what each part may not import (the layers above it)
FORBIDDEN: dict[str, set[str]] = {
    "ingest": {"extract", "assess", "report", "cases", "batch", "web", "cli", "eval"},
    "extract": {"assess", "report", "cases", "batch", "web", "cli"},
    "assess": {"report", "cases", "batch", "web", "cli", "store", "eval"},
    "report": {"cases", "batch", "web", "cli", "store", "eval"},
    "store": {"ingest", "extract", "assess", "report", "cases", "batch", "web", "cli", "eval"},
    "cases": {"batch", "web", "cli"},
    "batch": {"web", "cli", "cases"},
    "eval": {"report", "cases", "batch", "web", "cli"},
    "web": {"cli", "batch"},
}


def _imports(path: Path) -> list[tuple[int, str, list[str]]]:
    """(line, module, names) for every ``import`` and ``from ... import`` in a file."""
    out: list[tuple[int, str, list[str]]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            out.extend((node.lineno, alias.name, []) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.append((node.lineno, node.module, [alias.name for alias in node.names]))
    return out


def _part(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == "dignity" else None


def _files() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("part", sorted(FORBIDDEN))
def test_no_upward_imports(part: str) -> None:
    bad = []
    for path in sorted((PACKAGE / part).rglob("*.py")):
        for line, module, _ in _imports(path):
            if _part(module) in FORBIDDEN[part]:
                bad.append(f"{path.relative_to(PACKAGE.parent)}:{line} imports {module}")
    assert not bad, "\n".join(bad)


def test_no_private_names_of_another_part() -> None:
    bad = []
    for path in _files():
        rel = path.relative_to(PACKAGE)
        own = rel.parts[0] if len(rel.parts) > 1 else None
        for line, module, names in _imports(path):
            target = _part(module)
            if target is None or target == own:
                continue
            private = [n for n in [*module.split(".")[2:], *names] if n.startswith("_") and not n.startswith("__")]
            if private:
                bad.append(f"{path.relative_to(PACKAGE.parent)}:{line} imports {module} {private}")
    assert not bad, "\n".join(bad)


def test_the_check_sees_an_upward_import(tmp_path: Path) -> None:
    sample = tmp_path / "mod.py"
    sample.write_text("def f():\n    from dignity.cli._common import quiet_libraries\n", encoding="utf-8")
    [(line, module, names)] = _imports(sample)
    assert (line, _part(module), names) == (2, "cli", ["quiet_libraries"])
