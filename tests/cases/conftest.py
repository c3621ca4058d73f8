"""Fixtures of the case service tests (the database fixtures ``db_url``, ``store`` and
``session`` are in ``tests/conftest.py``): the seed article, two small documents,
a service and its local admin."""

from __future__ import annotations


import pytest
from shared_files import need_shared


LETTER = ("Letter from Human Rights Watch, 3 March 2021.\n"
          "\n"
          "Ahmed Said has been held in solitary confinement at Blackrock Prison since 12 January 2021. He is "
          "confined to his cell 23 hours a day. The lights in his cell are on 24 hours a day. His family has "
          "not been allowed to visit him.\n")

VISIT_NOTE = ("Visit note by the National Preventive Mechanism, 20 April 2021.\n"
              "\n"
              "Prison officials told the monitors that Ahmed Said is not held in solitary confinement. According "
              "to the officials, he is confined to his cell 20 hours a day. On 15 April 2021 he was moved to "
              "Block C. The lights in his cell are on 24 hours a day.\n")


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
