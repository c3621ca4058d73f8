"""Fixtures of the case service tests (the database fixtures ``db_url``, ``store`` and
``session`` are in ``tests/conftest.py``): the seed article, two small documents,
a service and its local admin."""

from __future__ import annotations


import pytest
from case_texts import LETTER, VISIT_NOTE
from shared_files import need_shared




@pytest.fixture(autouse=True)
def cheap_password_hashes(monkeypatch):
    """argon2id with the cheapest parameters: the defaults take most of a second a hash."""
    from argon2 import PasswordHasher, profiles

    import dignity.cases.users as users

    cheap = PasswordHasher.from_parameters(profiles.CHEAPEST)
    monkeypatch.setattr(users, "_hasher", lambda: cheap)
    users._dummy_hash.cache_clear()
    yield
    users._dummy_hash.cache_clear()


@pytest.fixture
def seed_path() -> str:
    return str(need_shared("spec", "seed-article.txt"))


@pytest.fixture
def svc(session):
    from dignity.cases import CaseService

    return CaseService(session)


@pytest.fixture
def admin(svc):
    return svc.local_user("ana")


@pytest.fixture
def two_docs(tmp_path):
    """Two small documents about one detainee (a letter, then a visit note)."""
    a = tmp_path / "letter.txt"
    a.write_text(LETTER, encoding="utf-8")
    b = tmp_path / "visit-note.txt"
    b.write_text(VISIT_NOTE, encoding="utf-8")
    return a, b


@pytest.fixture
def case_cli(tmp_path, monkeypatch):
    """``case_cli(*args)``: the CLI run with ``--db`` a fresh SQLite file and ``--user ana``
    (``$DIGNITY_DATABASE_URL`` unset); returns the ``CliRunner`` result."""
    from typer.testing import CliRunner

    from dignity.cli.main import app

    monkeypatch.delenv("DIGNITY_DATABASE_URL", raising=False)
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    runner = CliRunner()

    def cli(*args: str):
        return runner.invoke(app, [*args, "--db", db, "--user", "ana"])

    return cli
