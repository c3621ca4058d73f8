"""Fixtures of the store tests: ``db_url``, ``store`` and ``session`` live in
``tests/conftest.py``, shared with the case service tests."""

import pytest


@pytest.fixture
def engine(db_url: str):
    """An engine on ``db_url`` (nothing migrated yet), disposed after the test."""
    from dignity.store import make_engine

    e = make_engine(db_url)
    try:
        yield e
    finally:
        e.dispose()
