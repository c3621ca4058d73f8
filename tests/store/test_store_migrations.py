"""The packaged Alembic migrations build an empty database that matches the ORM."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, select, text

from dignity.store import Base, Store, current_revision, head_revision, make_engine, upgrade
from dignity.store.migrate import alembic_config, include_name

TABLES = {"users", "cases", "case_members", "documents", "extractions", "facts", "audit_log"}


def test_migrations_build_an_empty_database(db_url):
    engine = make_engine(db_url)
    try:
        assert current_revision(engine) is None
        upgrade(engine)
        assert current_revision(engine) == head_revision()
        names = set(inspect(engine).get_table_names())
        assert TABLES <= names
        assert "alembic_version" in names
        with engine.connect() as conn:
            for table in TABLES:
                assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar() == 0
        upgrade(engine)  # at head already: nothing to do, nothing fails
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()


def test_orm_metadata_matches_the_migrated_schema(db_url):
    engine = make_engine(db_url)
    try:
        upgrade(engine)
        with engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={"include_name": include_name, "compare_type": True})
            diff = compare_metadata(ctx, Base.metadata)
        assert diff == []
    finally:
        engine.dispose()


def test_search_objects_are_built_by_the_migration(db_url):
    engine = make_engine(db_url)
    try:
        upgrade(engine)
        with engine.connect() as conn:
            if engine.dialect.name == "sqlite":
                rows = conn.execute(text("SELECT name FROM sqlite_master WHERE name LIKE 'documents_fts%'")).all()
                names = {r[0] for r in rows}
                assert {"documents_fts", "documents_fts_ai", "documents_fts_ad", "documents_fts_au"} <= names
            else:
                rows = conn.execute(text("SELECT tablename, indexname FROM pg_indexes "
                                         "WHERE schemaname = current_schema() "
                                         "AND tablename IN ('documents', 'documents_search')")).all()
                assert {("documents", "ix_documents_title_fts"),
                        ("documents_search", "ix_documents_search_fts")} <= set(map(tuple, rows))
                assert "ix_documents_text_fts" not in {r[1] for r in rows}  # one tsvector for a whole text
    finally:
        engine.dispose()


def test_downgrade_to_nothing_and_up_again(db_url):
    engine = make_engine(db_url)
    try:
        upgrade(engine)
        with engine.begin() as conn:
            command.downgrade(alembic_config(conn), "base")
        assert not TABLES & set(inspect(engine).get_table_names())
        upgrade(engine)
        assert TABLES <= set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_store_migrates_on_open_and_sessions_keep_objects_after_commit(db_url):
    from dignity.store import User

    store = Store(db_url)
    try:
        assert current_revision(store.engine) == head_revision()
        with store.session() as s:
            u = User(username="x", role="viewer")
            s.add(u)
            s.commit()
            assert u.username == "x" and u.active is True
            assert u.created_at.tzinfo is not None  # aware UTC on every backend
        with store.session() as s:
            again = s.scalar(select(User).where(User.username == "x"))
            assert again.created_at.utcoffset().total_seconds() == 0
    finally:
        store.dispose()


def test_database_url_defaults(monkeypatch, tmp_path):
    from dignity.store import database_url, default_url

    monkeypatch.delenv("DIGNITY_DATABASE_URL", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    url = database_url()
    assert url == default_url()
    assert url.startswith("sqlite:///") and url.endswith("/dignity/dignity.db")
    monkeypatch.setenv("DIGNITY_DATABASE_URL", "sqlite:///elsewhere.db")
    assert database_url() == "sqlite:///elsewhere.db"
    assert database_url("sqlite:///given.db") == "sqlite:///given.db"
    assert database_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert database_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"


def test_default_sqlite_folder_is_created(tmp_path):
    url = f"sqlite:///{tmp_path / 'deep' / 'er' / 'dignity.db'}"
    store = Store(url)
    try:
        assert (tmp_path / "deep" / "er" / "dignity.db").exists()
    finally:
        store.dispose()


def test_sqlite_enforces_foreign_keys(tmp_path):
    from sqlalchemy.exc import IntegrityError

    from dignity.store import CaseMember

    store = Store(f"sqlite:///{tmp_path / 'fk.db'}")
    try:
        with store.session() as s:
            s.add(CaseMember(case_id=99, user_id=98, role="owner"))
            with pytest.raises(IntegrityError):
                s.commit()
    finally:
        store.dispose()


def test_a_schema_from_a_newer_version_is_refused(db_url):
    from dignity.store.migrate import SchemaError

    engine = make_engine(db_url)
    try:
        upgrade(engine)
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
        with pytest.raises(SchemaError, match="newer version of Dignity"):
            upgrade(engine)
    finally:
        engine.dispose()
