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
        if request.param == "postgresql" and (reason := postgres_skip_reason()):
            pytest.skip(reason)   # no URL, no server, or no right to create a schema
        with fresh_database(request.param, tmp_path) as url:
            yield url
"""

from __future__ import annotations

import contextlib
import os
import uuid
from pathlib import Path
from typing import Iterator

__all__ = ["TEST_URL_ENV", "SKIP_REASON", "fresh_database", "postgres_test_url", "postgres_skip_reason"]

TEST_URL_ENV = "DIGNITY_TEST_DATABASE_URL"
SKIP_REASON = (f"{TEST_URL_ENV} is not set: PostgreSQL tests need it "
               "(scripts/test.sh sets it to postgresql+psycopg://postgres@127.0.0.1:5432/test)")
#: What the PostgreSQL tests need of the database at $DIGNITY_TEST_DATABASE_URL.
NEEDS = ("the PostgreSQL tests need a database they may create and drop schemas in "
         "(scripts/test.sh creates 'test' and sets the URL)")


def postgres_test_url() -> str | None:
    url = os.environ.get(TEST_URL_ENV)
    if not url:
        return None
    from dignity.store.db import database_url

    return database_url(url)


_PROBED: dict[str, str | None] = {}


def postgres_skip_reason() -> str | None:
    """Why the PostgreSQL tests cannot run (the URL is not set, the server is not
    reachable, or the database refuses to create a schema), else None.  The database
    is probed once per process, with a short connection timeout."""
    base = postgres_test_url()
    if base is None:
        return SKIP_REASON
    if base not in _PROBED:
        _PROBED[base] = _probe(base)
    return _PROBED[base]


def _probe(base: str) -> str | None:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    try:
        shown = make_url(base).render_as_string(hide_password=True)
    except Exception as exc:  # noqa: BLE001 - not a URL at all
        return f"{TEST_URL_ENV}={base!r} is not a database URL ({exc}); {NEEDS}"
    schema = f"dignity_probe_{uuid.uuid4().hex[:12]}"
    engine = None
    try:
        engine = create_engine(base, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 5})
        with engine.connect() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
            conn.execute(text(f'DROP SCHEMA "{schema}"'))
    except Exception as exc:  # noqa: BLE001 - any reason is a reason to skip, said in one line
        orig = getattr(exc, "orig", None) or exc
        first = (str(orig).strip().splitlines() or [type(exc).__name__])[0]
        return f"PostgreSQL at {TEST_URL_ENV}={shown} cannot be used ({first}); {NEEDS}"
    finally:
        if engine is not None:
            engine.dispose()
    return None


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
