"""Fixtures for the extraction tests: one extractor per test session."""

from __future__ import annotations

from typing import Callable

import pytest

import dignity
from dignity.extract.engine import Extractor, default_extractor
from dignity.model import Fact

from extract_helpers import reader


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """The English extractor, built once (spaCy pipeline, recognizers, rules)."""
    return default_extractor("en")


@pytest.fixture(scope="session")
def facts(extractor: Extractor) -> Callable[..., list[Fact]]:
    """``facts(text, date=None)``: every fact the public API extracts from ``text``."""
    assert default_extractor("en") is extractor  # the public API reuses the session's extractor

    def run(text: str, date: str | None = None) -> list[Fact]:
        return dignity.extract(text, date=date).facts

    return run


@pytest.fixture(scope="module")
def read() -> dict[str, Callable[[str], list[Fact]]]:
    """``read[lang](text)``: the facts a French or Spanish extractor reads in ``text`` (one pair a module)."""
    return {"fr": reader("fr"), "es": reader("es")}


@pytest.fixture(scope="module")
def fr() -> Callable[[str], list[Fact]]:
    """The facts a French extractor reads in a text (one a module; a module may define its own ``fr``)."""
    return reader("fr")


@pytest.fixture(scope="module")
def es() -> Callable[[str], list[Fact]]:
    """The facts a Spanish extractor reads in a text (one a module; a module may define its own ``es``)."""
    return reader("es")
