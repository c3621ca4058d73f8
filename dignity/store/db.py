"""Where the store lives and how to open it: URLs, engines, sessions.

The database URL is, in order: the one given (``--db URL``), the environment
variable ``DIGNITY_DATABASE_URL``, else a SQLite file in the user's data folder
(``platformdirs.user_data_dir("dignity")/dignity.db``).  PostgreSQL for a team:
``postgresql+psycopg://user:password@host/dbname`` (psycopg 3; a plain
``postgresql://`` URL is read as psycopg 3 too).

Typical use (the CLI and the web app)::

    store = open_store(url)                  # engine + migrations to head, once per process
    with store.session() as session:         # one session per command / request
        service = CaseService(session)       # commits its own changes
        ...

``get_session(url)`` is the short form: a new session of the (cached) store.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

__all__ = ["ENV_URL", "default_url", "database_url", "make_engine", "Store", "open_store", "get_session",
           "close_stores"]

ENV_URL = "DIGNITY_DATABASE_URL"
#: how long a SQLite writer waits for the write lock
BUSY_TIMEOUT_MS = 120_000


def default_url() -> str:
    """A SQLite file in the user's data folder (the folder is created on first use)."""
    from platformdirs import user_data_dir

    return f"sqlite:///{Path(user_data_dir('dignity')) / 'dignity.db'}"


def database_url(url: str | None = None) -> str:
    """The URL to use: ``url``, else ``$DIGNITY_DATABASE_URL``, else ``default_url()``."""
    url = url or os.environ.get(ENV_URL) or default_url()
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://"):]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    return url


def make_engine(url: str | None = None, **kwargs: Any) -> Engine:
    """An engine for ``url`` (see ``database_url``); SQLite gets foreign keys on, a
    busy timeout, WAL for files, and its folder created."""
    url = database_url(url)
    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        memory = u.database in (None, "", ":memory:")
        if not memory:
            Path(u.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        kwargs.setdefault("connect_args", {}).setdefault("check_same_thread", False)
        if memory:
            kwargs.setdefault("poolclass", StaticPool)
        engine = create_engine(url, **kwargs)
        _sqlite_pragmas(engine, wal=not memory)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    return create_engine(url, **kwargs)


def _sqlite_pragmas(engine: Engine, *, wal: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:  # pragma: no branch
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        # a writer waits up to two minutes for another's transaction (which are short:
        # no transaction is held while a document is read; facts go in as bulk inserts)
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if wal:
            cur.execute("PRAGMA journal_mode=WAL")
        cur.close()


class Store:
    """One database: its engine (migrated to the newest schema) and a session factory.

    Sessions do not expire objects on commit, so ORM objects returned by the
    services stay readable after the service committed.
    """

    def __init__(self, url: str | None = None, *, migrate: bool = True, **engine_kwargs: Any) -> None:
        self.url = database_url(url)
        self.engine = make_engine(self.url, **engine_kwargs)
        if migrate:
            from dignity.store.migrate import upgrade

            upgrade(self.engine)
        self.sessionmaker = sessionmaker(self.engine, expire_on_commit=False)

    def session(self) -> Session:
        """A new session; use it as a context manager (``with store.session() as s:``)."""
        return self.sessionmaker()

    def dispose(self) -> None:
        self.engine.dispose()

    def __repr__(self) -> str:
        return f"Store({make_url(self.url).render_as_string(hide_password=True)!r})"


_stores: dict[str, Store] = {}
_lock = threading.Lock()


def open_store(url: str | None = None, *, migrate: bool = True) -> Store:
    """The process-wide ``Store`` for ``url`` (built, and migrated, on first use)."""
    key = database_url(url)
    with _lock:
        store = _stores.get(key)
        if store is None:
            store = _stores[key] = Store(key, migrate=migrate)
        return store


def get_session(url: str | None = None) -> Session:
    """A new session on the store for ``url`` (see ``open_store``)."""
    return open_store(url).session()


def close_stores() -> None:
    """Dispose of every cached store's engine (tests, shutdown)."""
    with _lock:
        for store in _stores.values():
            store.dispose()
        _stores.clear()
