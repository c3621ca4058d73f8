"""Fixtures of the store tests: a fresh database on SQLite, and on PostgreSQL
when ``DIGNITY_TEST_DATABASE_URL`` is set (``scripts/test.sh`` sets it)."""

from __future__ import annotations

import os

import pytest

from dignity.store.testing import SKIP_REASON, TEST_URL_ENV, fresh_database


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path) -> str:
    """The URL of an empty database (a SQLite file, or a fresh PostgreSQL schema)."""
    if request.param == "postgresql" and not os.environ.get(TEST_URL_ENV):
        pytest.skip(SKIP_REASON)
    with fresh_database(request.param, tmp_path) as url:
        yield url


@pytest.fixture
def store(db_url: str):
    """A migrated ``Store`` on ``db_url``."""
    from dignity.store import Store

    s = Store(db_url)
    try:
        yield s
    finally:
        s.dispose()


@pytest.fixture
def session(store):
    with store.session() as s:
        yield s
