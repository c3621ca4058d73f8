"""Server-side sessions and API tokens (hashed), the upload queue, and an audit log
that also records sign-ins and reads (its ``kind``) and the client's address.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("audit_log") as batch:
        batch.add_column(sa.Column("kind", sa.String(length=8), server_default="change", nullable=False))
        batch.add_column(sa.Column("address", sa.String(length=64), nullable=True))
        batch.create_check_constraint("kind", "kind IN ('change', 'access', 'auth')")
    op.create_index(op.f("ix_audit_log_case_id_kind_id"), "audit_log", ["case_id", "kind", "id"])
    op.create_index(op.f("ix_audit_log_user_id"), "audit_log", ["user_id"])
    op.create_index(op.f("ix_audit_log_at"), "audit_log", ["at"])
    op.create_table(
        "auth_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("secret_hash", sa.String(length=64), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=True),
        sa.Column("address", sa.String(length=64), nullable=True),
        sa.Column("created_at", _TS, nullable=False),
        sa.Column("expires_at", _TS, nullable=False),
        sa.Column("revoked_at", _TS, nullable=True),
        sa.Column("revoked_reason", sa.String(length=32), nullable=True),
        sa.CheckConstraint("kind IN ('session', 'token')", name=op.f("ck_auth_sessions_kind")),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_auth_sessions_user_id_users"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_auth_sessions")),
        sa.UniqueConstraint("secret_hash", name=op.f("uq_auth_sessions_secret_hash")),
    )
    op.create_index(op.f("ix_auth_sessions_user_id"), "auth_sessions", ["user_id"])
    op.create_table(
        "upload_jobs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch", sa.String(length=32), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=500), nullable=False),
        sa.Column("title", sa.String(length=1000), nullable=True),
        sa.Column("date", sa.String(length=32), nullable=True),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=True),
        sa.Column("facts", sa.Integer(), nullable=False),
        sa.Column("problem", sa.Text(), nullable=True),
        sa.Column("created_at", _TS, nullable=False),
        sa.Column("started_at", _TS, nullable=True),
        sa.Column("finished_at", _TS, nullable=True),
        sa.CheckConstraint("status IN ('queued', 'reading', 'added', 'duplicate', 'error')",
                           name=op.f("ck_upload_jobs_status")),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_upload_jobs_case_id_cases"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"],
                                name=op.f("fk_upload_jobs_document_id_documents"), ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_upload_jobs_user_id_users"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_upload_jobs")),
    )
    op.create_index(op.f("ix_upload_jobs_batch"), "upload_jobs", ["batch"])
    op.create_index(op.f("ix_upload_jobs_status_id"), "upload_jobs", ["status", "id"])


def downgrade() -> None:
    op.drop_table("upload_jobs")
    op.drop_table("auth_sessions")
    op.drop_index(op.f("ix_audit_log_at"), "audit_log")
    op.drop_index(op.f("ix_audit_log_user_id"), "audit_log")
    op.drop_index(op.f("ix_audit_log_case_id_kind_id"), "audit_log")
    with op.batch_alter_table("audit_log") as batch:
        batch.drop_constraint("kind", type_="check")
        batch.drop_column("address")
        batch.drop_column("kind")
