"""The tables of a case store (SQLAlchemy 2, typed ORM).

The schema is built by the Alembic migrations in ``dignity/store/migrations``
(``dignity.store.upgrade``), never by ``metadata.create_all``; a test checks
that this metadata and the migrated schema agree.

users           username, role (admin|editor|viewer), argon2 hash, active, created_at
cases           name, kind (detainee|facility), created_at, created_by
case_members    (case, user) -> role in the case (owner|editor|viewer)
documents       one per (case, sha256): original bytes unchanged, normalised text, page starts, metadata
extractions     one per run of the extractor on a document (the newest is current), with the
                topics it raises without facts (``TopicMention`` JSON)
facts           the facts of an extraction (``Fact`` JSON) and their human review
audit_log       every change, sign-in and read: who, what, when, from where, before and after (JSON)
auth_sessions   web sessions and API tokens, server-side: only a hash of each secret
upload_jobs     uploads waiting for, or read by, the upload workers (and what came of them)
person_names    a reviewer's word on who a name in a case is: (case, name) -> person

Full-text search over ``documents`` lives beside these tables: an FTS5 table
``documents_fts`` kept in sync by triggers on SQLite, an expression GIN index on
``to_tsvector('english', text)`` on PostgreSQL (see ``dignity.store.search``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

__all__ = [
    "Base",
    "UTCDateTime",
    "utcnow",
    "USER_ROLES",
    "CASE_ROLES",
    "CASE_KINDS",
    "REVIEW_STATUSES",
    "FACT_ORIGINS",
    "User",
    "Case",
    "CaseMember",
    "StoredDocument",
    "ExtractionRun",
    "StoredFact",
    "AuditEntry",
    "AUDIT_KINDS",
    "AUTH_KINDS",
    "JOB_STATUSES",
    "AuthSession",
    "UploadJob",
    "PersonName",
]

#: Roles of a user in the store: admins see and change everything, editors create
#: cases and change the cases they are members of, viewers only read.
USER_ROLES = ("admin", "editor", "viewer")
#: Roles of a member in one case: owners also manage its members.
CASE_ROLES = ("owner", "editor", "viewer")
CASE_KINDS = ("detainee", "facility")
REVIEW_STATUSES = ("unreviewed", "accepted", "rejected", "edited")
#: ``extracted``: produced by the extraction it belongs to; ``kept``: an earlier
#: fact with a human review that a re-extraction no longer found, kept so that
#: no review is ever lost.
FACT_ORIGINS = ("extracted", "kept")
#: ``change``: something in the store changed (a case's version is its newest change);
#: ``access``: someone read or downloaded something; ``auth``: sign-ins, sign-outs, tokens.
AUDIT_KINDS = ("change", "access", "auth")
#: a browser's sign-in, or a bearer token of the API
AUTH_KINDS = ("session", "token")
JOB_STATUSES = ("queued", "reading", "added", "duplicate", "error")

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A timezone-aware UTC datetime on every backend (SQLite keeps no zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.timezone.utc)
        value = value.astimezone(dt.timezone.utc)
        if dialect.name == "sqlite":
            value = value.replace(tzinfo=None)
        return value

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.timezone.utc)
        return value.astimezone(dt.timezone.utc)


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dt.datetime: UTCDateTime(), dict[str, Any]: JSON(), Any: JSON()}


class User(Base):
    __tablename__ = "users"
    __table_args__ = (CheckConstraint(_in("role", USER_ROLES), name="role"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(150), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    #: argon2 hash; None for a local CLI user who never logs in over the web
    password_hash: Mapped[str | None] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    def __repr__(self) -> str:
        return f"User(id={self.id}, username={self.username!r}, role={self.role!r})"

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


class Case(Base):
    __tablename__ = "cases"
    __table_args__ = (CheckConstraint(_in("kind", CASE_KINDS), name="kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(16), default="detainee")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    #: the country of its place of detention (ISO 3166 code); None: detected from its documents
    jurisdiction: Mapped[str | None] = mapped_column(String(16), nullable=True, default=None)
    #: the standards it is assessed against (pack ids, comma-separated); None: those that apply
    standards: Mapped[str | None] = mapped_column(String(400), nullable=True, default=None)

    creator: Mapped[User | None] = relationship(foreign_keys=[created_by], lazy="joined")
    members: Mapped[list[CaseMember]] = relationship(back_populates="case", cascade="all, delete-orphan")
    documents: Mapped[list[StoredDocument]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="StoredDocument.id")

    def __repr__(self) -> str:
        return f"Case(id={self.id}, name={self.name!r}, kind={self.kind!r})"


class CaseMember(Base):
    __tablename__ = "case_members"
    __table_args__ = (CheckConstraint(_in("role", CASE_ROLES), name="role"),)

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True,
                                         index=True)
    role: Mapped[str] = mapped_column(String(16))
    added_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    case: Mapped[Case] = relationship(back_populates="members")
    user: Mapped[User] = relationship(lazy="joined")


class StoredDocument(Base):
    """One document of a case: its original bytes, unchanged, and the normalised
    text every evidence offset points into."""

    __tablename__ = "documents"
    __table_args__ = (UniqueConstraint("case_id", "sha256"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    filename: Mapped[str | None] = mapped_column(String(500))
    media_type: Mapped[str | None] = mapped_column(String(200))
    size: Mapped[int] = mapped_column(Integer)
    title: Mapped[str | None] = mapped_column(String(1000))
    date: Mapped[str | None] = mapped_column(String(32))
    language: Mapped[str | None] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text, deferred=True)
    #: where each page starts in ``text`` (``Document.pages``); None: no pages
    pages: Mapped[list[int] | None] = mapped_column(JSON)
    added_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    added_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    case: Mapped[Case] = relationship(back_populates="documents")
    adder: Mapped[User | None] = relationship(foreign_keys=[added_by])
    extractions: Mapped[list[ExtractionRun]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="ExtractionRun.id")

    def __repr__(self) -> str:
        return f"StoredDocument(id={self.id}, case_id={self.case_id}, filename={self.filename!r})"

    @property
    def label(self) -> str:
        """What to call it: its title, else its file name, else its short hash."""
        return self.title or self.filename or self.sha256[:12]

    @property
    def current_extraction(self) -> ExtractionRun | None:
        return self.extractions[-1] if self.extractions else None


class ExtractionRun(Base):
    __tablename__ = "extractions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    extractor_version: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    #: the condition topics the document raises without facts (``dignity.model.TopicMention``
    #: JSON, in the text's order; ``[]``: none); None: a run made before the store kept them
    #: (revision 0007), whose topics a re-extraction reads.  Not reviewed: they open rules as
    #: insufficient information only where no fact answers them.  Deferred: the case file reads
    #: the current runs' topics in one query (``CaseService.case_file``).
    topics: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON, deferred=True)

    document: Mapped[StoredDocument] = relationship(back_populates="extractions")
    facts: Mapped[list[StoredFact]] = relationship(
        back_populates="extraction", cascade="all, delete-orphan", order_by="StoredFact.id")


class StoredFact(Base):
    """One fact of an extraction (``data`` is the ``dignity.model.Fact`` JSON, as
    extracted) and its human review.  ``edited_value`` is a patch of Fact fields
    (``{"value": 22}``) applied over ``data`` when ``review_status == 'edited'``."""

    __tablename__ = "facts"
    __table_args__ = (
        CheckConstraint(_in("review_status", REVIEW_STATUSES), name="review_status"),
        CheckConstraint(_in("origin", FACT_ORIGINS), name="origin"),
        Index(None, "type", "subject"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    extraction_id: Mapped[int] = mapped_column(ForeignKey("extractions.id", ondelete="CASCADE"), index=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    type: Mapped[str] = mapped_column(String(64))
    subject: Mapped[str] = mapped_column(String(500))
    negated: Mapped[bool] = mapped_column(Boolean, default=False)
    certainty: Mapped[str] = mapped_column(String(16))
    origin: Mapped[str] = mapped_column(String(16), default="extracted")
    review_status: Mapped[str] = mapped_column(String(16), default="unreviewed")
    edited_value: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    reviewed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reviewed_at: Mapped[dt.datetime | None] = mapped_column()
    note: Mapped[str | None] = mapped_column(Text)
    #: the fact of an earlier extraction whose review was carried over to this one
    review_from: Mapped[int | None] = mapped_column(ForeignKey("facts.id", ondelete="SET NULL"))

    extraction: Mapped[ExtractionRun] = relationship(back_populates="facts")
    reviewer: Mapped[User | None] = relationship(foreign_keys=[reviewed_by])

    def __repr__(self) -> str:
        return f"StoredFact(id={self.id}, type={self.type!r}, review_status={self.review_status!r})"


class AuditEntry(Base):
    __tablename__ = "audit_log"
    __table_args__ = (CheckConstraint(_in("kind", AUDIT_KINDS), name="kind"),
                      Index(None, "case_id", "kind", "id"), Index(None, "user_id"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    action: Mapped[str] = mapped_column(String(64))
    object_type: Mapped[str] = mapped_column(String(32))
    object_id: Mapped[str | None] = mapped_column(String(64))
    before: Mapped[Any | None] = mapped_column(JSON)
    after: Mapped[Any | None] = mapped_column(JSON)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    kind: Mapped[str] = mapped_column(String(8), default="change", server_default="change")
    #: the client's address (web and API), None from the command line
    address: Mapped[str | None] = mapped_column(String(64))

    user: Mapped[User | None] = relationship(lazy="joined")

    def __repr__(self) -> str:
        return f"AuditEntry(id={self.id}, action={self.action!r}, {self.object_type}={self.object_id})"


class AuthSession(Base):
    """A sign-in of the web app (``kind='session'``) or an API token (``'token'``).

    Only the SHA-256 of the secret is kept (the secret is random, 256 bits: a
    plain hash is enough).  A row is valid while ``revoked_at`` is empty and
    ``expires_at`` is in the future, and its user is active.
    """

    __tablename__ = "auth_sessions"
    __table_args__ = (CheckConstraint(_in("kind", AUTH_KINDS), name="kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(8))
    secret_hash: Mapped[str] = mapped_column(String(64), unique=True)
    #: what the user called the token, or the browser's User-Agent
    label: Mapped[str | None] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[dt.datetime] = mapped_column()
    revoked_at: Mapped[dt.datetime | None] = mapped_column()
    #: why it ended: sign-out, revoked, password, deactivated
    revoked_reason: Mapped[str | None] = mapped_column(String(32))

    user: Mapped[User] = relationship(lazy="joined")

    def __repr__(self) -> str:
        return f"AuthSession(id={self.id}, kind={self.kind!r}, user_id={self.user_id})"

    def valid(self, now: dt.datetime | None = None) -> bool:
        return self.revoked_at is None and self.expires_at > (now or utcnow())


class UploadJob(Base):
    """One uploaded file on its way into a case: queued, being read by an upload
    worker, then added, a duplicate, or an error (``problem``).  ``content`` is
    emptied once the job is done (the document keeps its own copy)."""

    __tablename__ = "upload_jobs"
    __table_args__ = (CheckConstraint(_in("status", JOB_STATUSES), name="status"),
                      Index(None, "status", "id"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    batch: Mapped[str] = mapped_column(String(32), index=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    filename: Mapped[str] = mapped_column(String(500))
    title: Mapped[str | None] = mapped_column(String(1000))
    date: Mapped[str | None] = mapped_column(String(32))
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    status: Mapped[str] = mapped_column(String(16), default="queued")
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id", ondelete="SET NULL"))
    facts: Mapped[int] = mapped_column(Integer, default=0)
    problem: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    started_at: Mapped[dt.datetime | None] = mapped_column()
    finished_at: Mapped[dt.datetime | None] = mapped_column()

    @property
    def done(self) -> bool:
        return self.status not in ("queued", "reading")

    def __repr__(self) -> str:
        return f"UploadJob(id={self.id}, status={self.status!r}, filename={self.filename!r})"


class PersonName(Base):
    """A reviewer's word on a name in a case: ``name`` (a fact's subject as written;
    ``name_key`` its folded form, ``dignity.assess.facts.name_key``) refers to
    ``person``.  Several names of one person are one person ("El Chapo" and "Joaquín
    Guzmán Loera"); a name whose person is itself stands apart (a wrong merge split).
    Keyed by names, not by facts: a re-extraction's facts find their person again."""

    __tablename__ = "person_names"
    __table_args__ = (UniqueConstraint("case_id", "name_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(500))
    name_key: Mapped[str] = mapped_column(String(500))
    person: Mapped[str] = mapped_column(String(500))
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    def __repr__(self) -> str:
        return f"PersonName(case_id={self.case_id}, name={self.name!r}, person={self.person!r})"
