"""PostgreSQL's full-text search reads a document's text in parts, so a document of
any size can be stored (one ``tsvector`` holds at most 1 MB: a text of a few MB with
many distinct words could not be inserted at all, "string is too long for tsvector").

The GIN expression index over the whole text (``ix_documents_text_fts``) is replaced
by ``documents_search``: the text in parts of ``PART`` characters (each overlapping
the next by ``OVERLAP``, so that no word is lost at a cut), filled by a trigger on
``documents`` and indexed by ``ix_documents_search_fts``; the title has its own
index, ``ix_documents_title_fts``.  SQLite's FTS5 table has no such limit and is
unchanged.  Like the other search objects these live outside the ORM metadata (see
``dignity.store.search``).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-05
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

#: characters in a part (a part's tsvector stays far below PostgreSQL's 1 MB)
PART = 100_000
#: characters a part reads past its end (longer than any word)
OVERLAP = 200


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS ix_documents_text_fts")
    op.execute(
        "CREATE TABLE documents_search ("
        " document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,"
        " seq INTEGER NOT NULL,"
        " body TEXT NOT NULL,"
        " PRIMARY KEY (document_id, seq))"
    )
    op.execute(
        "CREATE FUNCTION documents_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$\n"
        "BEGIN\n"
        "  DELETE FROM documents_search WHERE document_id = NEW.id;\n"
        "  INSERT INTO documents_search (document_id, seq, body)\n"
        f"    SELECT NEW.id, g, substr(NEW.text, g * {PART} + 1, {PART + OVERLAP})\n"
        f"    FROM generate_series(0, greatest(0, (length(NEW.text) - 1) / {PART})) AS g;\n"
        "  RETURN NULL;\n"
        "END $$"
    )
    op.execute(
        "CREATE TRIGGER documents_search_sync AFTER INSERT OR UPDATE OF text ON documents "
        "FOR EACH ROW EXECUTE FUNCTION documents_search_sync()"
    )
    op.execute(
        "INSERT INTO documents_search (document_id, seq, body) "
        f"SELECT d.id, g, substr(d.text, g * {PART} + 1, {PART + OVERLAP}) FROM documents d, "
        f"generate_series(0, greatest(0, (length(d.text) - 1) / {PART})) AS g"
    )
    op.execute("CREATE INDEX ix_documents_search_fts ON documents_search USING gin (to_tsvector('english', body))")
    op.execute("CREATE INDEX ix_documents_title_fts ON documents "
               "USING gin (to_tsvector('english', coalesce(title, '')))")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS ix_documents_title_fts")
    op.execute("DROP TRIGGER IF EXISTS documents_search_sync ON documents")
    op.execute("DROP FUNCTION IF EXISTS documents_search_sync()")
    op.execute("DROP TABLE IF EXISTS documents_search")
    op.execute(
        "CREATE INDEX ix_documents_text_fts ON documents "
        "USING gin (to_tsvector('english', coalesce(title, '') || ' ' || text))"
    )
