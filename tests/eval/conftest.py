"""Fixtures for the eval tests."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture
def write_gold(tmp_path: Path) -> Callable[[list[dict[str, Any]]], Path]:
    def write(passages: list[dict[str, Any]], name: str = "gold.jsonl") -> Path:
        path = tmp_path / name
        path.write_text("".join(json.dumps(p) + "\n" for p in passages), encoding="utf-8")
        return path
    return write
