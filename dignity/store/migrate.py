"""Run the store's Alembic migrations from Python: ``upgrade(engine_or_url)``.

The migrations ship inside the package (``dignity/store/migrations``); no
``alembic.ini`` is needed.  ``upgrade`` is cheap when the database is already at
the head revision (one query), so the CLI and the web app call it on start.

To write a new revision (in a source checkout)::

    python -m dignity.store.migrate revision -m "what changes" --autogenerate
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine

from dignity.errors import DignityError

__all__ = ["SchemaError", "MIGRATIONS", "SEARCH_OBJECTS", "include_name", "alembic_config", "upgrade",
           "current_revision", "head_revision"]

MIGRATIONS = Path(__file__).with_name("migrations")

#: Full-text search objects that live outside the ORM metadata (built by the
#: migrations themselves): the FTS5 table and its shadow tables on SQLite; on
#: PostgreSQL the table of text parts and the GIN expression indexes (and, before
#: revision 0003, the index over the whole text).  Autogenerate and the schema test
#: ignore them.
SEARCH_OBJECTS = ("documents_fts", "ix_documents_text_fts", "documents_search", "ix_documents_search_fts",
                  "ix_documents_title_fts")


class SchemaError(DignityError):
    """The database's schema is not one this version of Dignity can use."""


def include_name(name: str | None, type_: str, parent_names: Any) -> bool:
    """Alembic filter: leave the full-text search objects alone."""
    if name is None:
        return True
    return not any(name == s or name.startswith(s + "_") for s in SEARCH_OBJECTS)


def alembic_config(connection: Connection | None = None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine_or_url: Engine | str) -> str | None:
    from alembic.runtime.migration import MigrationContext

    engine, owned = _engine(engine_or_url)
    try:
        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    finally:
        if owned:
            engine.dispose()


def upgrade(engine_or_url: Engine | str, revision: str = "head") -> None:
    """Build or bring the database to ``revision`` (default: the newest schema)."""
    from alembic import command

    engine, owned = _engine(engine_or_url)
    try:
        current = current_revision(engine)
        if revision == "head" and current == head_revision():
            return
        if current is not None and not _known(current):
            raise SchemaError(f"the database's schema (revision {current}) was made by a newer version of "
                              "Dignity; upgrade Dignity to use it")
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), revision)
    finally:
        if owned:
            engine.dispose()


def _known(revision: str) -> bool:
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except CommandError:
        return False


def _engine(engine_or_url: Engine | str) -> tuple[Engine, bool]:
    if isinstance(engine_or_url, Engine):
        return engine_or_url, False
    from dignity.store.db import make_engine

    return make_engine(str(engine_or_url)), True


def main(argv: list[str] | None = None) -> None:  # pragma: no cover - a developer's tool
    """``python -m dignity.store.migrate <alembic command> ...`` against DIGNITY_DATABASE_URL."""
    from alembic.config import CommandLine

    cli = CommandLine(prog="python -m dignity.store.migrate")
    options = cli.parser.parse_args(argv if argv is not None else sys.argv[1:])
    cfg = alembic_config()
    cfg.cmd_opts = options
    cli.run_cmd(cfg, options)


if __name__ == "__main__":  # pragma: no cover
    main()
