"""The packaged Alembic migrations build an empty database that matches the ORM."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, select, text

from dignity.store import Base, Store, current_revision, head_revision, upgrade
from dignity.store.migrate import alembic_config, include_name

TABLES = {"users", "cases", "case_members", "documents", "extractions", "facts", "audit_log"}


def test_migrations_build_an_empty_database(engine):
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


def test_orm_metadata_matches_the_migrated_schema(engine):
    upgrade(engine)
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"include_name": include_name, "compare_type": True})
        diff = compare_metadata(ctx, Base.metadata)
    assert diff == []


def test_search_objects_are_built_by_the_migration(engine):
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


def test_downgrade_to_nothing_and_up_again(engine):
    upgrade(engine)
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "base")
    assert not TABLES & set(inspect(engine).get_table_names())
    upgrade(engine)
    assert TABLES <= set(inspect(engine).get_table_names())


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


def test_a_schema_from_a_newer_version_is_refused(engine):
    from dignity.store.migrate import SchemaError

    upgrade(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(SchemaError, match="newer version of Dignity"):
        upgrade(engine)


def test_a_database_made_at_0006_upgrades_to_topics_without_losing_anything(db_url, engine):
    """Revision 0007 adds ``extractions.topics``: a store made at 0006, with a case, a document,
    an extraction and a reviewed fact, keeps every row; its run's topics are NULL (never read:
    ``reextract`` reads them), a new run's are a list; and the downgrade gives 0006 back."""
    import datetime as dt
    import json

    from sqlalchemy import Column, Integer, MetaData, Table

    from dignity.store import ExtractionRun, StoredDocument

    now = dt.datetime(2026, 12, 1, tzinfo=dt.timezone.utc)
    fact = {"id": "f1", "type": "confinement_hours", "value": 23, "subject": "Ali Rahman"}
    upgrade(engine, "0006")
    assert current_revision(engine) == "0006"
    assert "topics" not in {c["name"] for c in inspect(engine).get_columns("extractions")}
    with engine.begin() as conn:  # no explicit ids: PostgreSQL's sequences give them
        def one(sql: str, **params) -> int:
            conn.execute(text(sql), params)
            return conn.execute(text(f"SELECT max(id) FROM {sql.split()[2]}")).scalar()

        user = one("INSERT INTO users (username, role, active, created_at) VALUES ('ana', 'admin', :t, :now)",
                   t=True, now=now)
        case = one("INSERT INTO cases (name, kind, created_at, created_by) VALUES ('Ali Rahman', 'detainee', "
                   ":now, :user)", now=now, user=user)
        doc_id = one("INSERT INTO documents (case_id, sha256, content, size, text, added_at) "
                     "VALUES (:case, :sha, :content, 5, :body, :now)", case=case, sha="a" * 64,
                     content=b"hello", body="He is held 23 hours a day.", now=now)
        run_id = one("INSERT INTO extractions (document_id, extractor_version, created_at) "
                     "VALUES (:doc, 'dignity-extract/0.1', :now)", doc=doc_id, now=now)
        one("INSERT INTO facts (extraction_id, data, type, subject, negated, certainty, origin, review_status, "
            "reviewed_by, reviewed_at, note) VALUES (:run, :data, 'confinement_hours', 'Ali Rahman', :f, "
            "'asserted', 'extracted', 'accepted', :user, :now, 'checked')",
            run=run_id, data=json.dumps(fact), f=False, user=user, now=now)
    upgrade(engine, "0007")
    assert current_revision(engine) == "0007"
    with engine.connect() as conn:
        for table in ("users", "cases", "documents", "extractions", "facts"):
            assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar() == 1, table
        row = conn.execute(text("SELECT review_status, note, type FROM facts")).one()
        assert tuple(row) == ("accepted", "checked", "confinement_hours")
    store = Store(db_url)
    try:
        with store.session() as s:
            doc = s.get(StoredDocument, doc_id)
            assert doc.text == "He is held 23 hours a day." and doc.content == b"hello"
            run = doc.current_extraction
            assert run.topics is None and run.facts[0].data["value"] == 23  # never read, not "none"
            s.add(ExtractionRun(document=doc, extractor_version="dignity-extract/0.1",
                                topics=[{"id": "topic-1", "topic": "food"}]))
            s.commit()
        with store.session() as s:
            assert s.get(StoredDocument, doc_id).current_extraction.topics == [{"id": "topic-1", "topic": "food"}]
    finally:
        store.dispose()
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0006")
    assert current_revision(engine) == "0006"
    assert "topics" not in {c["name"] for c in inspect(engine).get_columns("extractions")}
    runs = Table("extractions", MetaData(), Column("id", Integer))
    with engine.connect() as conn:
        ids = conn.execute(select(runs.c.id).order_by(runs.c.id)).scalars().all()
        assert len(ids) == 2 and ids[0] == run_id
        assert conn.execute(text("SELECT note FROM facts")).scalar() == "checked"
