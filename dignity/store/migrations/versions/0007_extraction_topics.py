"""Topic mentions: the condition topics an extraction run's document raises without facts
(``extractions.topics``, a JSON list of ``dignity.model.TopicMention``: "relief in three
areas: food, laundry and exercise"), so that a case file assesses them as the command line
does (an ``insufficient_information`` finding where no fact answers the topic).

Runs made before this revision keep NULL: their topics were never read (not "none"), and
``dignity case reextract`` reads them again (the extractor's version alone would skip them);
nothing else changes.  A plain ``ADD COLUMN`` (not a batch rebuild), as in 0005.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("extractions", sa.Column("topics", sa.JSON(), nullable=True))


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE extractions DROP COLUMN topics")  # SQLite >= 3.35
    else:
        op.drop_column("extractions", "topics")
