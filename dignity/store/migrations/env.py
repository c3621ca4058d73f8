"""Alembic environment for the case store.

``dignity.store.migrate`` passes the connection to migrate in
``config.attributes["connection"]``; run from the ``alembic`` command line, the
URL comes from ``sqlalchemy.url`` or ``DIGNITY_DATABASE_URL``.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from dignity.store.migrate import include_name
from dignity.store.models import Base

config = context.config
target_metadata = Base.metadata


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        include_name=include_name,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    from dignity.store.db import database_url

    engine = create_engine(database_url(config.get_main_option("sqlalchemy.url") or None))
    with engine.connect() as conn:
        _run(conn)
    engine.dispose()


if context.is_offline_mode():  # pragma: no cover - offline SQL scripts are not supported
    raise SystemExit("dignity's migrations run online only: use dignity.store.upgrade(url)")
run_migrations_online()
