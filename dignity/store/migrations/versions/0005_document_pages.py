"""Pages: where each page of a stored document starts in its text (``documents.pages``,
a JSON list of offsets; NULL for a document without pages), so that the web app can
mark the pages in the text.  The facts' page numbers, OCR confidence and page-image
regions live in their ``Fact`` JSON (``facts.data``) and need no column.

A plain ``ADD COLUMN`` (not a batch rebuild): SQLite adds a nullable column in place,
and the full-text triggers on ``documents`` stay as they are.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("documents", sa.Column("pages", sa.JSON(), nullable=True))


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE documents DROP COLUMN pages")  # SQLite >= 3.35
    else:
        op.drop_column("documents", "pages")
