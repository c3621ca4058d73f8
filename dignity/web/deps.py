"""FastAPI dependencies shared by the pages and the API: the database session,
the case service, the signed-in user (cookie or bearer token) and the CSRF check.

Reading something of a case the user is not a member of is ``NotFound``, never
``Forbidden``: the app does not tell whether a case, document or fact exists
to someone who may not see it.  ``Forbidden`` (403) is for a member who may
read but not change (a viewer), or who may not manage members.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass
from typing import Annotated, Any, AsyncIterator, Iterator

from fastapi import Depends, Form, Header, Request
from sqlalchemy import and_, bindparam, func, select
from sqlalchemy.orm import Session

from dignity.cases import CaseService, Forbidden, NotFound
from dignity.cases.sessions import secret_hash
from dignity.store.models import AuditEntry, AuthSession, Case, CaseMember, StoredDocument, StoredFact, User, utcnow
from dignity.web.security import csrf_ok

__all__ = ["release", "client_address", "WebCaseService", "LoginRequired", "CsrfFailed", "ApiAuthRequired", "get_db",
           "get_service", "web_user", "optional_web_user", "api_user", "check_csrf", "read_case", "CaseReader",
           "case_reader", "open_service", "read_document", "read_fact", "settings_of", "WebUser", "ApiUser",
           "Service", "Csrf"]


class LoginRequired(Exception):
    """No signed-in user: pages redirect to the sign-in page."""


class CsrfFailed(Exception):
    """A form or htmx request without the session's CSRF token."""


class ApiAuthRequired(Exception):
    """No valid bearer token: 401."""

    def __init__(self, detail: str = "not authenticated: send 'Authorization: Bearer <token>' "
                                     "(POST /api/v1/auth/token)") -> None:
        super().__init__(detail)
        self.detail = detail


# ``async`` where nothing blocks: FastAPI runs a plain ``def`` dependency in a worker
# thread, and each hop costs time under load.  Opening a session does no I/O (it
# connects on first use); the queries run in the (sync) dependencies and endpoints.


async def settings_of(request: Request) -> Any:
    return request.app.state.settings


async def get_db(request: Request) -> AsyncIterator[Session]:
    with request.app.state.store.session() as session:
        yield session


class WebCaseService(CaseService):
    """The case service for one request: a user's role in a case is asked of the
    database once per request, not once per permission check."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._roles: dict[tuple[int, int], str | None] = {}

    def member_role(self, case: Case, user: User) -> str | None:
        key = (case.id, user.id)
        if key not in self._roles:
            self._roles[key] = super().member_role(case, user)
        return self._roles[key]

    def add_member(self, *args: Any, **kwargs: Any) -> Any:
        self._roles.clear()
        try:
            return super().add_member(*args, **kwargs)
        finally:
            self._roles.clear()

    def remove_member(self, *args: Any, **kwargs: Any) -> None:
        self._roles.clear()
        try:
            super().remove_member(*args, **kwargs)
        finally:
            self._roles.clear()


def client_address(request: Request) -> str | None:
    return request.client.host if request.client else None


def _service_for(request: Request, db: Session) -> CaseService:
    svc = WebCaseService(db, max_bytes=request.app.state.settings.max_upload_bytes)
    svc.address = client_address(request)
    return svc


async def get_service(request: Request, db: Annotated[Session, Depends(get_db)]) -> CaseService:
    return _service_for(request, db)


@contextlib.contextmanager
def open_service(request: Request) -> Iterator[CaseService]:
    """The request's case service, as ``Service`` gives it, for the most read pages:
    a plain ``with`` costs less than FastAPI's generator dependencies."""
    with request.app.state.store.session() as session:
        yield _service_for(request, session)


Service = Annotated[CaseService, Depends(get_service)]


def release(svc: CaseService) -> None:
    """End the read transaction: its connection goes back to the pool while this
    request waits for a worker thread for its endpoint (objects stay loaded).
    A request never holds a connection while it waits for a thread, so the pool
    and the thread limiter cannot wait on each other."""
    svc.session.commit()


def _session_user(request: Request, svc: CaseService) -> User | None:
    """The user of the request's session, if the store still holds it valid."""
    sess = request.scope.get("session")
    if sess is None or "k" not in sess:
        return None
    row = svc.session_for(sess["k"], "session")
    user = row.user if row is not None else None
    release(svc)
    if row is None or user is None:
        sess.sign_out()
        return None
    request.state.auth_session = row
    return user


def optional_web_user(request: Request, svc: Service) -> User | None:
    return _session_user(request, svc)


def web_user(request: Request, svc: Service) -> User:
    user = _session_user(request, svc)
    if user is None:
        raise LoginRequired()
    request.state.user = user
    return user


WebUser = Annotated[User, Depends(web_user)]


def api_user(request: Request, svc: Service,
             authorization: Annotated[str | None, Header(include_in_schema=False)] = None) -> User:
    if not authorization or not authorization.lower().startswith("bearer "):
        raise ApiAuthRequired()
    row = svc.session_for(authorization[7:].strip(), "token")
    user = row.user if row is not None else None
    release(svc)
    if row is None or user is None:
        raise ApiAuthRequired("the token is not valid: it expired, was revoked, or its user signed out "
                              "everywhere; ask for a new one (POST /api/v1/auth/token)")
    request.state.auth_session = row
    return user


ApiUser = Annotated[User, Depends(api_user)]


async def check_csrf(request: Request,
               csrf_token: Annotated[str | None, Form(include_in_schema=False)] = None,
               x_csrf_token: Annotated[str | None, Header(include_in_schema=False)] = None) -> None:
    """The session's CSRF token, in the form (``csrf_token``) or the ``X-CSRF-Token`` header."""
    sess = request.scope.get("session")
    expected = sess.get("csrf") if sess is not None else None
    if not (csrf_ok(expected, x_csrf_token) or csrf_ok(expected, csrf_token)):
        raise CsrfFailed()


Csrf = Depends(check_csrf)


# --------------------------------------------------------------------------- a case's reader, in one query


@dataclass(frozen=True)
class ReaderUser:
    """The signed-in user as the page templates show them (``request.state.user``)."""

    id: int
    username: str
    role: str

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


@dataclass(frozen=True)
class ReaderCase:
    """The case's own row (what the case and document pages show of it)."""

    id: int
    name: str
    kind: str
    created_at: dt.datetime


@dataclass(frozen=True)
class CaseReader:
    """The signed-in user, the case, the user's role in it and the case's version
    (newest audit entry id), read together in one query: the case and document pages
    check the session and the membership against current data on every request, at
    the cost of one round trip."""

    user: ReaderUser
    case: ReaderCase
    member_role: str | None
    version: int

    # the same rules as ``CaseService.can_read`` / ``can_edit`` / ``can_manage`` (active users only)
    @property
    def can_edit(self) -> bool:
        return self.user.is_admin or (self.user.role != "viewer" and self.member_role in ("owner", "editor"))

    @property
    def can_manage(self) -> bool:
        return self.user.is_admin or (self.user.role != "viewer" and self.member_role == "owner")

    def orm(self, svc: CaseService) -> tuple[Case, User]:
        """The case and the user as ORM objects (for building what is not cached)."""
        case, user = svc.session.get(Case, self.case.id), svc.session.get(User, self.user.id)
        if case is None:
            raise NotFound(f"no case {self.case.id!r}")
        if user is None:
            raise LoginRequired()
        return case, user


def _reader_query() -> Any:
    version = (select(func.max(AuditEntry.id)).where(AuditEntry.case_id == Case.id, AuditEntry.kind == "change")
               .scalar_subquery())
    return (select(User.id, User.username, User.role, User.active, AuthSession.expires_at,
                   Case.id, Case.name, Case.kind, Case.created_at, CaseMember.role, version)
            .select_from(AuthSession)
            .join(User, User.id == AuthSession.user_id)
            .outerjoin(Case, Case.id == bindparam("case_id"))
            .outerjoin(CaseMember, and_(CaseMember.case_id == Case.id, CaseMember.user_id == User.id))
            .where(AuthSession.secret_hash == bindparam("secret_hash"), AuthSession.kind == "session",
                   AuthSession.revoked_at.is_(None)))


def _aware(value: dt.datetime) -> dt.datetime:
    """A time read by a Core query (no ORM type conversion on SQLite), as UTC."""
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc)


#: built once: SQLAlchemy compiles it once per database and then only binds the ids
_READER_QUERY = _reader_query()


def case_reader(request: Request, svc: CaseService, case_id: int) -> CaseReader:
    """The signed-in user and case ``case_id`` they may read: ``LoginRequired`` (no
    session, or it was ended, expired, or its user is deactivated), ``NotFound``
    (no such case, or the user is not a member and not an admin)."""
    sess = request.scope.get("session")
    if sess is None or not isinstance(sess.get("k"), str) or len(sess["k"]) > 200:
        raise LoginRequired()
    row = svc.session.connection().execute(
        _READER_QUERY, {"secret_hash": secret_hash(sess["k"]), "case_id": int(case_id)}).first()
    release(svc)
    if row is None or not row[3] or _aware(row[4]) <= utcnow():
        sess.sign_out()
        raise LoginRequired()
    user = ReaderUser(row[0], row[1], row[2])
    request.state.user = user
    if row[5] is None or (not user.is_admin and row[9] is None):
        raise NotFound(f"no case {case_id!r}")
    return CaseReader(user, ReaderCase(row[5], row[6], row[7], row[8]), row[9], row[10] or 0)


# --------------------------------------------------------------------------- reading, no leaks


def read_case(svc: CaseService, case_id: int, user: User) -> Case:
    try:
        return svc.get_case(int(case_id), user)
    except Forbidden:
        raise NotFound(f"no case {case_id!r}") from None


def editable_case(svc: CaseService, case_id: int, user: User) -> Case:
    """The case, for a member who may change it (403 for one who may only read it,
    404 for anyone else); the session is released before a long upload starts."""
    case = read_case(svc, case_id, user)
    if not svc.can_edit(case, user):
        raise Forbidden(f"{user.username} may read but not change case {case.name!r}")
    release(svc)
    return case


def read_document(svc: CaseService, case_id: int | None, document_id: int, user: User) -> StoredDocument:
    try:
        doc = svc.get_document(int(document_id), user)
    except Forbidden:
        raise NotFound(f"no document {document_id}") from None
    if case_id is not None and doc.case_id != int(case_id):
        raise NotFound(f"no document {document_id} in case {case_id}")
    return doc


def read_fact(svc: CaseService, fact_id: int, user: User, case_id: int | None = None) -> StoredFact:
    try:
        fact = svc.get_fact(int(fact_id), user)
    except Forbidden:
        raise NotFound(f"no fact {fact_id}") from None
    if case_id is not None and fact.extraction.document.case_id != int(case_id):
        raise NotFound(f"no fact {fact_id} in case {case_id}")
    return fact
