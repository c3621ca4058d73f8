"""A reviewer's word on who a name in a case is (``person_names``): names merged into
one person, or a wrongly merged name split off, kept as data keyed by the names so
that it survives a re-extraction.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "person_names",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=500), nullable=False),
        sa.Column("name_key", sa.String(length=500), nullable=False),
        sa.Column("person", sa.String(length=500), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_person_names_case_id_cases"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["created_by"], ["users.id"], name=op.f("fk_person_names_created_by_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_names")),
        sa.UniqueConstraint("case_id", "name_key", name=op.f("uq_person_names_case_id_name_key")),
    )
    op.create_index(op.f("ix_person_names_case_id"), "person_names", ["case_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_person_names_case_id"), table_name="person_names")
    op.drop_table("person_names")
