"""A case's standards (issue 13): the country its place of detention is in
(``jurisdiction``, an ISO 3166 code, or empty: detected from its documents) and the
standards it is assessed against (``standards``, pack ids separated by commas, or
empty: those that apply).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("jurisdiction", sa.String(length=16), nullable=True))
        batch.add_column(sa.Column("standards", sa.String(length=400), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("standards")
        batch.drop_column("jurisdiction")
