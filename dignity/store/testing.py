"""Fresh, throw-away databases for tests (ours and the web app's).

``fresh_database(kind, tmp_dir)`` yields the URL of an empty database (not yet
migrated) and removes it afterwards:

* ``sqlite``: a file in ``tmp_dir``;
* ``postgresql``: a uniquely named schema in the database at
  ``$DIGNITY_TEST_DATABASE_URL`` (the URL it yields sets ``search_path`` to it),
  dropped with everything in it at the end.

A pytest fixture over both::

    @pytest.fixture(params=["sqlite", "postgresql"])
    def db_url(request, tmp_path):
        if request.param == "postgresql" and not os.environ.get(TEST_URL_ENV):
            pytest.skip(SKIP_REASON)
        with fresh_database(request.param, tmp_path) as url:
            yield url
"""

from __future__ import annotations

import contextlib
import os
import uuid
from pathlib import Path
from typing import Iterator

__all__ = ["TEST_URL_ENV", "SKIP_REASON", "fresh_database", "postgres_test_url"]

TEST_URL_ENV = "DIGNITY_TEST_DATABASE_URL"
SKIP_REASON = (f"{TEST_URL_ENV} is not set: PostgreSQL tests need it "
               "(scripts/test.sh sets it to postgresql+psycopg://postgres@127.0.0.1:5432/test)")


def postgres_test_url() -> str | None:
    url = os.environ.get(TEST_URL_ENV)
    if not url:
        return None
    from dignity.store.db import database_url

    return database_url(url)


@contextlib.contextmanager
def fresh_database(kind: str, tmp_dir: str | os.PathLike[str] | None = None) -> Iterator[str]:
    if kind == "sqlite":
        folder = Path(tmp_dir) if tmp_dir is not None else Path.cwd()
        path = folder / f"dignity-test-{uuid.uuid4().hex[:8]}.db"
        try:
            yield f"sqlite:///{path}"
        finally:
            for suffix in ("", "-wal", "-shm", "-journal"):
                with contextlib.suppress(OSError):
                    Path(str(path) + suffix).unlink()
        return
    if kind != "postgresql":
        raise ValueError(f"unknown database kind {kind!r}")
    base = postgres_test_url()
    if base is None:
        raise RuntimeError(SKIP_REASON)
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    schema = f"dignity_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
        try:
            yield url.render_as_string(hide_password=False)
        finally:
            from dignity.store.db import close_stores  # cached engines still open on the schema

            close_stores()
            with admin.connect() as conn:
                conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
    finally:
        admin.dispose()
