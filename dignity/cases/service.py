"""The case service: the one API the CLI and the web app share.

::

    from dignity.store import open_store
    from dignity.cases import CaseService, Upload

    store = open_store(url)
    with store.session() as session:
        svc = CaseService(session)
        me = svc.authenticate("ana", "secret-password")        # or svc.local_user() in the CLI
        case = svc.create_case("Guzmán Loera", me, kind="detainee")
        results = svc.add_documents(case, ["letter.pdf", Upload(data, "note.docx")], me)
        cf = svc.case_file(case.id, me)                           # merged facts, contradictions, ...
        svc.review_fact(fact_id, me, "reject", note="not about him")

Rules every method keeps:

* **permissions**: admins may do anything; other users read the cases they are
  members of, and change them when their role in the case is ``owner`` or
  ``editor`` (and their own role is not ``viewer``); owners manage members.
  ``NotFound`` when the thing does not exist, ``Forbidden`` when it exists but
  the user may not see or change it (see ``dignity.cases.errors``);
* **transactions**: every changing method commits its own change (and writes
  the audit log in the same transaction), or rolls back and raises;
  ``add_documents`` commits one document at a time, so a failure in the middle
  of one document leaves nothing of it stored and keeps the others;
* **audit**: every change writes ``audit_log`` (who, action, object, before and
  after as JSON, when); so do sign-ins (``sign_in``), sessions and tokens (see
  ``dignity.cases.sessions``) and reads (``record_access``); ``audit_log(case,
  user)`` reads a case's entries back, ``audit_entries(user, AuditFilter)`` any
  (admins) or those of the cases one is a member of (see ``dignity.cases.audit``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Literal, Union

from sqlalchemy import func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload, undefer

from dignity.cases.audit import AuditFilter, audit_query, record
from dignity.cases.errors import Conflict, Forbidden, InvalidInput, NotFound
from dignity.cases.people import PeopleMixin
from dignity.cases.sessions import SessionMixin
from dignity.cases.users import (
    check_case_role,
    check_password,
    check_role,
    check_username,
    hash_password,
    needs_rehash,
    os_username,
    verify_password,
)
from dignity.errors import DignityError, InputError
from dignity.model import Document, Extraction, Fact
from dignity.store.models import (
    CASE_KINDS,
    AuditEntry,
    Case,
    CaseMember,
    ExtractionRun,
    StoredDocument,
    StoredFact,
    User,
    utcnow,
)

__all__ = ["CaseService", "Upload", "FactRow", "AddResult", "ReextractResult", "ProgressFn", "ReviewAction",
           "CaseRef", "Source"]

log = logging.getLogger(__name__)

#: facts written per bulk insert
FACT_BATCH = 1000

ReviewAction = Literal["accept", "reject", "edit"]
_REVIEW_STATUS = {"accept": "accepted", "reject": "rejected", "edit": "edited"}
#: Fact fields a reviewer may change with ``edit`` (a dict value); anything else is the new ``value``.
EDITABLE_FIELDS = ("value", "unit", "negated", "subject", "subject_kind", "observed_on", "certainty",
                   "attributed_to")


@dataclass(frozen=True)
class Upload:
    """A document already in memory (a web upload): its bytes and its file name."""

    data: bytes
    name: str
    title: str | None = None
    date: str | None = None


Source = Union[str, os.PathLike, Upload]
CaseRef = Union[Case, int, str]


@dataclass(slots=True)
class FactRow:
    """A stored fact as a plain row (``CaseService.iter_facts``): what the case file and
    the listings read of it, without the ORM's bookkeeping."""

    id: int
    extraction_id: int
    type: str
    review_status: str
    edited_value: dict[str, Any] | None
    note: str | None
    origin: str
    data: dict[str, Any]
    #: who reviewed it (user name) and when (None: not reviewed)
    reviewer: str | None = None
    reviewed_at: dt.datetime | None = None


@dataclass
class AddResult:
    """What happened to one input of ``add_documents``.

    ``status``: ``added``; ``duplicate`` (the same bytes are already in the case:
    ``document_id`` is the stored one; nothing stored); ``error`` (``problem`` says
    why, in a phrase that reads after the input's name; nothing stored).
    """

    source: str
    status: Literal["added", "duplicate", "error"]
    document_id: int | None = None
    sha256: str | None = None
    facts: int = 0
    problem: str | None = None
    title: str | None = None
    #: added, but not assessed: "de: no rules for this language; not assessed"
    not_assessed: str | None = None

    @property
    def ok(self) -> bool:
        return self.status != "error"

    @property
    def message(self) -> str:
        """One line: ``<source>: <what happened>``."""
        if self.status == "added":
            return f"{self.source}: added as document {self.document_id} ({self.facts} facts)"
        return f"{self.source}: {self.problem}"


@dataclass
class ReextractResult:
    document_id: int
    status: Literal["reextracted", "skipped", "error"]
    extraction_id: int | None = None
    facts: int = 0
    reviews_carried: int = 0
    reviews_kept: int = 0
    problem: str | None = None


#: ``progress(done, total, source, result)``: called with ``result=None`` before each
#: input is read (``done`` inputs finished so far), and with its ``AddResult`` after.
ProgressFn = Callable[[int, int, str, "AddResult | None"], None]


def _json_time(value: dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _user_json(u: User) -> dict[str, Any]:
    return {"id": u.id, "username": u.username, "role": u.role, "active": u.active,
            "password_set": bool(u.password_hash)}


def _case_json(c: Case) -> dict[str, Any]:
    out: dict[str, Any] = {"id": c.id, "name": c.name, "kind": c.kind}
    if c.jurisdiction or c.standards:  # a case's settings, where it has any
        out.update({"jurisdiction": c.jurisdiction, "standards": c.standards})
    return out


def _review_json(f: StoredFact) -> dict[str, Any]:
    return {"fact_id": f.id, "type": f.type, "subject": f.subject, "review_status": f.review_status,
            "edited_value": f.edited_value, "reviewed_by": f.reviewed_by,
            "reviewer": f.reviewer.username if f.reviewed_by is not None and f.reviewer is not None else None,
            "reviewed_at": _json_time(f.reviewed_at), "note": f.note,
            "value": f.data.get("value"), "negated": f.negated}


def _doc_json(d: StoredDocument) -> dict[str, Any]:
    return {"id": d.id, "sha256": d.sha256, "filename": d.filename, "media_type": d.media_type,
            "size": d.size, "title": d.title, "date": d.date, "language": d.language}


class CaseService(SessionMixin, PeopleMixin):
    """Cases, documents, facts and reviews, users and members, on one session.

    ``extractor``: anything with ``extract_document(Document) -> Extraction``
    (default: ``dignity.extract.engine.Router(lang)``: each document read with its
    language's pack, or ``lang``'s); ``extractor_version``: recorded with each extraction (default: the
    extractor's ``version`` attribute, else ``EXTRACTOR_VERSION``).
    """

    def __init__(self, session: Session, *, extractor: Any = None, extractor_version: str | None = None,
                 lang: str | None = None, max_bytes: int | None = None) -> None:
        from dignity.ingest import DEFAULT_MAX_BYTES

        self.session = session
        self._extractor = extractor
        self._extractor_version = extractor_version
        self.lang = lang
        self.max_bytes = DEFAULT_MAX_BYTES if max_bytes is None else max_bytes
        #: the client's address, recorded with every audit entry (the web app sets it)
        self.address: str | None = None

    # ------------------------------------------------------------------ plumbing
    @property
    def extractor(self) -> Any:
        if self._extractor is None:
            from dignity.extract.engine import Router

            self._extractor = Router(self.lang)
        return self._extractor

    @property
    def extractor_version(self) -> str:
        if self._extractor_version:
            return self._extractor_version
        version = getattr(self._extractor, "version", None) if self._extractor is not None else None
        if isinstance(version, str) and version:
            return version
        from dignity.extract.engine import EXTRACTOR_VERSION

        return EXTRACTOR_VERSION

    def _commit(self) -> None:
        try:
            self.session.commit()
        except BaseException:
            self.session.rollback()
            raise

    def _audit(self, *, case_id: int | None, user: User | None, action: str, object_type: str,
               object_id: Any, before: Any = None, after: Any = None) -> AuditEntry:
        return record(self.session, action=action, kind="change", user=user, case_id=case_id,
                      object_type=object_type, object_id=object_id, before=before, after=after,
                      address=self.address)

    def record_access(self, user: User, action: str, *, case_id: int | None, object_type: str,
                      object_id: Any = None, after: Any = None) -> None:
        """Record that ``user`` read or downloaded something (``document.view``,
        ``document.download``, ``report.export``, ``letter.export``, ``case.export``)."""
        record(self.session, action=action, kind="access", user=user, case_id=case_id, object_type=object_type,
               object_id=object_id, after=after, address=self.address)
        self._commit()

    # ------------------------------------------------------------------ users
    def get_user(self, ref: int | str) -> User:
        """A user by id or user name (``NotFound``)."""
        if isinstance(ref, int):
            user = self.session.get(User, ref)
        else:
            user = self.session.scalar(select(User).where(User.username == ref.strip()))
        if user is None:
            raise NotFound(f"no user {ref!r}")
        return user

    def list_users(self) -> list[User]:
        return list(self.session.scalars(select(User).order_by(User.username)))

    def has_users(self) -> bool:
        return self.session.scalar(select(func.count()).select_from(User)) > 0

    def add_user(self, username: str, role: str = "editor", password: str | None = None, *,
                 by: User | None = None, without_password: bool = False) -> User:
        """A new user, the password hashed with argon2.

        A user without a password (who cannot sign in to the web app, only use the
        command line as themselves) must be asked for: ``without_password=True``;
        ``password=None`` alone is ``InvalidInput``, so that no account is ever made
        without one by mistake.  ``by``: who adds the user; must be an admin.  In an
        empty store ``by`` is not asked (the first user; make it an admin).  ``by=None`` is
        for trusted callers only (the local CLI, scripts): the web app always passes the
        signed-in user.
        """
        name = check_username(username)
        role = check_role(role)
        if password is not None:
            check_password(password)
        elif not without_password:
            raise InvalidInput(f"user {name!r} needs a password (at least 8 characters), or to be added "
                               "explicitly without one (--no-password: the command line only)")
        first = not self.has_users()
        if by is not None and not first and not (by.active and by.role == "admin"):
            raise Forbidden(f"only an admin can add users ({by.username} is {by.role})")
        if self.session.scalar(select(User.id).where(User.username == name)) is not None:
            raise Conflict(f"user {name!r} already exists")
        user = User(username=name, role=role, password_hash=hash_password(password) if password else None,
                    active=True, created_at=utcnow())
        self.session.add(user)
        try:
            self.session.flush()
            self._audit(case_id=None, user=user if first or by is None else by, action="user.add",
                        object_type="user", object_id=user.id, before=None, after=_user_json(user))
            self._commit()
        except IntegrityError:
            raise Conflict(f"user {name!r} already exists") from None
        return user

    def update_user(self, username: str | int, *, by: User | None, role: str | None = None,
                    password: str | None = None, active: bool | None = None) -> User:
        """Change a user's role, password or active flag (admins; anyone their own password).

        A new password or a deactivation ends every session and API token of the user
        (in every process, at once); the caller signs its user in again if it wants."""
        user = self.get_user(username)
        own_password_only = by is not None and by.id == user.id and role is None and active is None
        if by is not None and not own_password_only and not (by.active and by.role == "admin"):
            raise Forbidden(f"only an admin can change user {user.username!r}")
        before = _user_json(user)
        if role is not None:
            user.role = check_role(role)
        if password is not None:
            user.password_hash = hash_password(check_password(password))
        if active is not None:
            user.active = bool(active)
        ended = 0
        if password is not None:
            ended = self.revoke_user_sessions(user, "password")
        elif active is False and before["active"]:
            ended = self.revoke_user_sessions(user, "deactivated")
        after = _user_json(user)
        if ended:
            after["sessions_ended"] = ended
        self._audit(case_id=None, user=by or user, action="user.update", object_type="user",
                    object_id=user.id, before=before, after=after)
        self._commit()
        return user

    def authenticate(self, username: str, password: str) -> User | None:
        """The active user with this name and password, else None (same work either way)."""
        try:
            name = check_username(username)
        except InvalidInput:
            verify_password(None, password or "")
            return None
        user = self.session.scalar(select(User).where(User.username == name))
        if user is None or not user.password_hash:
            verify_password(None, password or "")
            return None
        if not verify_password(user.password_hash, password or ""):
            return None
        if not user.active:
            return None
        if needs_rehash(user.password_hash):
            user.password_hash = hash_password(password)
            self._commit()
        return user

    def sign_in(self, username: str, password: str, *, kind: str = "session", hours: float = 12,
                label: str | None = None) -> tuple[User, str, Any] | None:
        """``authenticate``, then a new session or token: (user, secret, its row); None for
        a wrong name or password, recorded as ``auth.sign_in_failed`` with the name as
        typed and the address."""
        user = self.authenticate(username, password)
        if user is None:
            self.record_failed_sign_in(username, "wrong user name or password")
            return None
        secret, row = self.start_session(user, kind, hours, address=self.address, label=label)
        return user, secret, row

    def record_failed_sign_in(self, username: str, reason: str) -> None:
        """An ``auth.sign_in_failed`` entry: the user name as typed (the user, when one
        has that name), the address and why (wrong password, throttled)."""
        typed = (username or "")[:150]
        uid = None
        try:
            uid = self.session.scalar(select(User.id).where(User.username == check_username(typed)))
        except InvalidInput:
            pass
        record(self.session, action="auth.sign_in_failed", kind="auth", user_id=uid, object_type="login",
               object_id=typed[:64], after={"username": typed, "reason": reason}, address=self.address)
        self._commit()

    def sign_out(self, secret: str | None, kind: str = "session") -> None:
        """End the session or token whose secret this is (nothing if it is not valid)."""
        row = self.session_for(secret, kind)
        if row is not None:
            self.revoke_session(row.id, row.user, reason="sign-out", address=self.address)

    def local_user(self, username: str | None = None, *, create: bool = True) -> User:
        """The CLI's user: ``username`` (default: the OS user name).

        On an empty store, with ``create``, it is created as an admin without a
        password (and the entry ``user.add`` says so), so that a single researcher
        can start without any setup; without ``create`` an empty store is
        ``NotFound`` (``dignity user add`` must not make a second, silent account).
        In a store that has users, an unknown name is ``NotFound``.
        """
        name = check_username(username or os_username())
        user = self.session.scalar(select(User).where(User.username == name))
        if user is None:
            if self.has_users():
                raise NotFound(f"no user {name!r} in this database; an admin can add one with "
                               f"'dignity user add {name} --role editor', or pass --user NAME")
            if not create:
                raise NotFound("this database has no users yet; the first one is its admin: "
                               "'dignity user add NAME --role admin'")
            try:
                user = self.add_user(name, "admin", None, without_password=True)
            except Conflict:  # created meanwhile by another process
                self.session.rollback()
                user = self.get_user(name)
        if not user.active:
            raise Forbidden(f"user {name!r} is deactivated")
        return user

    # ------------------------------------------------------------------ permissions
    def _check_active(self, user: User) -> None:
        if not user.active:
            raise Forbidden(f"user {user.username!r} is deactivated")

    def member_role(self, case: Case, user: User) -> str | None:
        """``user``'s role in ``case`` (None: not a member)."""
        return self.session.scalar(select(CaseMember.role).where(CaseMember.case_id == case.id,
                                                                  CaseMember.user_id == user.id))

    def can_read(self, case: Case, user: User) -> bool:
        return user.active and (user.role == "admin" or self.member_role(case, user) is not None)

    def can_edit(self, case: Case, user: User) -> bool:
        if not user.active:
            return False
        if user.role == "admin":
            return True
        return user.role != "viewer" and self.member_role(case, user) in ("owner", "editor")

    def can_manage(self, case: Case, user: User) -> bool:
        if not user.active:
            return False
        return user.role == "admin" or (user.role != "viewer" and self.member_role(case, user) == "owner")

    def _require_read(self, case: Case, user: User) -> None:
        self._check_active(user)
        if not self.can_read(case, user):
            raise Forbidden(f"{user.username} is not a member of case {case.name!r}")

    def _require_edit(self, case: Case, user: User) -> None:
        self._require_read(case, user)
        if not self.can_edit(case, user):
            raise Forbidden(f"{user.username} may read but not change case {case.name!r}")

    def _require_manage(self, case: Case, user: User) -> None:
        self._require_read(case, user)
        if not self.can_manage(case, user):
            raise Forbidden(f"only an owner of case {case.name!r} or an admin can manage its members")

    # ------------------------------------------------------------------ cases
    def create_case(self, name: str, user: User, kind: str = "detainee") -> Case:
        """A new case; its creator becomes its owner.  Admins and editors only."""
        self._check_active(user)
        if user.role not in ("admin", "editor"):
            raise Forbidden(f"{user.username} is a viewer and cannot create cases")
        name = " ".join((name or "").split())
        if not name:
            raise InvalidInput("a case needs a name")
        if len(name) > 200:
            raise InvalidInput("a case name has at most 200 characters")
        if name.isdigit():
            raise InvalidInput(f"{name!r}: a case name cannot be only digits (numbers are case ids)")
        kind = (kind or "").strip().lower()
        if kind not in CASE_KINDS:
            raise InvalidInput(f"{kind!r} is not a kind of case; use one of {', '.join(CASE_KINDS)}")
        if self.session.scalar(select(Case.id).where(Case.name == name)) is not None:
            raise Conflict(f"a case named {name!r} already exists")
        case = Case(name=name, kind=kind, created_by=user.id, created_at=utcnow())
        self.session.add(case)
        try:
            self.session.flush()
            self.session.add(CaseMember(case_id=case.id, user_id=user.id, role="owner", added_at=utcnow()))
            self._audit(case_id=case.id, user=user, action="case.create", object_type="case",
                        object_id=case.id, before=None,
                        after={**_case_json(case), "owner": user.username})
            self._commit()
        except IntegrityError:
            raise Conflict(f"a case named {name!r} already exists") from None
        return case

    def set_standards(self, case: CaseRef, user: User, *, jurisdiction: str | None = None,
                      standards: list[str] | None = None) -> Case:
        """A case's settings: the country of its place of detention (a code, or None to detect it
        from the documents) and the standards it is assessed against (ids, or None for those that
        apply).  Editors of the case only; audited."""
        from dignity.assess.jurisdictions import normalise
        from dignity.assess.registry import installed

        c = self.get_case(case, user)
        self._require_edit(c, user)
        code = normalise(jurisdiction)
        if code is not None and not (code.islower() or (len(code) == 2 and code.isalpha())):
            raise InvalidInput(f"{jurisdiction!r} is not a country code (US, FR, MX ...) nor a region")
        ids = [i.strip().lower() for i in standards or [] if i.strip()]
        known = installed()
        unknown = [i for i in ids if i not in known]
        if unknown:
            raise InvalidInput(f"no standard {', '.join(map(repr, unknown))} (installed: {', '.join(known)})")
        before = {"jurisdiction": c.jurisdiction, "standards": c.standards}
        c.jurisdiction = code
        c.standards = ",".join(dict.fromkeys(ids)) or None
        self._audit(case_id=c.id, user=user, action="case.standards", object_type="case", object_id=c.id,
                    before=before, after={"jurisdiction": c.jurisdiction, "standards": c.standards})
        self._commit()
        return c

    def list_cases(self, user: User) -> list[Case]:
        """The cases ``user`` may read (admins: all), oldest first."""
        self._check_active(user)
        q = select(Case).order_by(Case.id)
        if user.role != "admin":
            q = q.join(CaseMember, CaseMember.case_id == Case.id).where(CaseMember.user_id == user.id)
        return list(self.session.scalars(q).unique())

    def get_case(self, ref: CaseRef, user: User) -> Case:
        """A case by id (int or digits) or exact name: ``NotFound``, or ``Forbidden``
        when ``user`` is not a member."""
        case = self._find_case(ref)
        self._require_read(case, user)
        return case

    def _find_case(self, ref: CaseRef) -> Case:
        if isinstance(ref, Case):
            return ref
        case: Case | None
        if isinstance(ref, int) or (isinstance(ref, str) and ref.strip().isdigit()):
            case = self.session.get(Case, int(ref))
        else:
            case = self.session.scalar(select(Case).where(Case.name == " ".join(str(ref).split())))
        if case is None:
            raise NotFound(f"no case {ref!r}")
        return case

    def case_stats(self, case: CaseRef, user: User) -> dict[str, int]:
        """Counts for a case list: documents, facts (current extractions), unreviewed facts."""
        c = self.get_case(case, user)
        docs = self.session.scalar(select(func.count()).select_from(StoredDocument)
                                   .where(StoredDocument.case_id == c.id)) or 0
        rows = self.session.execute(
            select(StoredFact.review_status, func.count()).where(StoredFact.extraction_id.in_(self._newest_runs(c)))
            .group_by(StoredFact.review_status)).all()
        counts = {status: n for status, n in rows}
        return {"documents": docs, "facts": sum(counts.values()), "unreviewed": counts.get("unreviewed", 0)}

    def _newest_runs(self, case: Case):
        return (select(func.max(ExtractionRun.id)).join(StoredDocument, StoredDocument.id == ExtractionRun.document_id)
                .where(StoredDocument.case_id == case.id).group_by(ExtractionRun.document_id))

    # ------------------------------------------------------------------ members
    def members(self, case: CaseRef, user: User) -> list[CaseMember]:
        c = self.get_case(case, user)
        return list(self.session.scalars(select(CaseMember).where(CaseMember.case_id == c.id)
                                         .order_by(CaseMember.added_at)))

    def add_member(self, case: CaseRef, member: User | str | int, role: str = "editor", *,
                   by: User | None = None) -> CaseMember:
        """Add ``member`` to ``case`` with ``role`` (owner|editor|viewer), or change
        their role.  ``by`` must own the case or be an admin (``None``: trusted caller)."""
        c = self._find_case(case)
        if by is not None:
            self._require_manage(c, by)
        role = check_case_role(role)
        target = member if isinstance(member, User) else self.get_user(member)
        row = self.session.get(CaseMember, (c.id, target.id))
        before = {"user": target.username, "role": row.role} if row is not None else None
        if row is None:
            row = CaseMember(case_id=c.id, user_id=target.id, role=role, added_at=utcnow())
            self.session.add(row)
        else:
            row.role = role
        self._audit(case_id=c.id, user=by, action="case.member", object_type="member",
                    object_id=target.id, before=before, after={"user": target.username, "role": role})
        self._commit()
        return row

    def remove_member(self, case: CaseRef, member: User | str | int, *, by: User | None = None) -> None:
        c = self._find_case(case)
        if by is not None:
            self._require_manage(c, by)
        target = member if isinstance(member, User) else self.get_user(member)
        row = self.session.get(CaseMember, (c.id, target.id))
        if row is None:
            raise NotFound(f"{target.username} is not a member of case {c.name!r}")
        if row.role == "owner":
            owners = self.session.scalar(select(func.count()).select_from(CaseMember).where(
                CaseMember.case_id == c.id, CaseMember.role == "owner"))
            if owners <= 1:
                raise Conflict(f"{target.username} is the last owner of case {c.name!r}")
        before = {"user": target.username, "role": row.role}
        self.session.delete(row)
        self._audit(case_id=c.id, user=by, action="case.member_remove", object_type="member",
                    object_id=target.id, before=before, after=None)
        self._commit()

    # ------------------------------------------------------------------ documents
    def documents(self, case: CaseRef, user: User, *, with_text: bool = False) -> list[StoredDocument]:
        """The documents of a case, oldest first (``with_text``: their texts loaded in the
        same query, not one query per document on first use)."""
        c = self.get_case(case, user)
        q = (select(StoredDocument).where(StoredDocument.case_id == c.id)
             .options(selectinload(StoredDocument.extractions)).order_by(StoredDocument.id))
        if with_text:
            q = q.options(undefer(StoredDocument.text))
        return list(self.session.scalars(q))

    def get_document(self, document_id: int, user: User) -> StoredDocument:
        """A document (``content`` holds its original bytes, ``text`` its normalised text)."""
        doc = self.session.get(StoredDocument, int(document_id))
        if doc is None:
            raise NotFound(f"no document {document_id}")
        self._require_read(doc.case, user)
        return doc

    def add_documents(self, case: CaseRef, sources: Iterable[Source], user: User,
                      progress: ProgressFn | None = None, *, title: str | None = None,
                      date: str | None = None, lang: str | None = None,
                      ocr: str = "auto") -> list[AddResult]:
        """Read, extract and store each input (paths or ``Upload``s), one transaction each.

        Bad inputs give an ``error`` result with a one-line problem and store
        nothing; the same bytes already in the case give a ``duplicate`` result.
        ``title`` and ``date`` (YYYY-MM-DD) override every document's own; ``lang``
        its language (else detected); ``ocr`` (auto, always, never) when scanned pages
        and images are read with OCR.  A document in a language without a pack is
        added with no facts and ``not_assessed`` says so.
        """
        c = self.get_case(case, user)
        self._require_edit(c, user)
        items = list(sources)
        results: list[AddResult] = []
        for i, src in enumerate(items):
            label = src.name if isinstance(src, Upload) else os.fspath(src)
            if progress is not None:
                progress(i, len(items), label, None)
            result = self._add_one(c, src, label, user, title=title, date=date, lang=lang, ocr=ocr)
            results.append(result)
            if progress is not None:
                progress(i + 1, len(items), label, result)
        return results

    def add_document(self, case: CaseRef, source: Source, user: User, *, title: str | None = None,
                     date: str | None = None) -> AddResult:
        return self.add_documents(case, [source], user, title=title, date=date)[0]

    def _read_source(self, src: Source, label: str) -> tuple[bytes, str, str | None, str | None]:
        """(bytes, file name, title, date) of one input; ``InputError`` for a bad one."""
        if isinstance(src, Upload):
            if not isinstance(src.data, (bytes, bytearray)):
                raise InputError(label, "is not a file upload")
            data = bytes(src.data)
            self._check_size(label, len(data))
            return data, Path(src.name).name or "upload", src.title, src.date
        from dignity.ingest.readers import read_file

        p = Path(src)
        return read_file(p, max_bytes=self.max_bytes, label=label), p.name, None, None

    def _check_size(self, label: str, size: int) -> None:
        if self.max_bytes is not None and size > self.max_bytes:
            from dignity.ingest.readers import human_size

            raise InputError(label, f"is too large ({human_size(size)}; the limit is "
                                    f"{human_size(self.max_bytes)})")
        if size == 0:
            raise InputError(label, "is empty")

    def _duplicate(self, case: Case, sha: str, label: str) -> AddResult | None:
        existing = self.session.scalar(select(StoredDocument).where(StoredDocument.case_id == case.id,
                                                                    StoredDocument.sha256 == sha))
        if existing is None:
            return None
        return AddResult(label, "duplicate", document_id=existing.id, sha256=sha, title=existing.title,
                         problem=f"already in case {case.name!r} as document {existing.id} "
                                 f"({existing.label}); not added again")

    def _add_one(self, case: Case, src: Source, label: str, user: User, *, title: str | None,
                 date: str | None, lang: str | None = None, ocr: str = "auto") -> AddResult:
        from dignity import ingest

        sha: str | None = None
        try:
            data, filename, up_title, up_date = self._read_source(src, label)
            sha = hashlib.sha256(data).hexdigest()
            dup = self._duplicate(case, sha, label)
            if dup is not None:
                return dup
            doc = ingest.from_bytes(data, name=filename, path=label, max_bytes=self.max_bytes, ocr=ocr,
                                    language=lang)
            updates = {k: v for k, v in (("title", title or up_title), ("date", date or up_date),
                                         ("language", lang)) if v}
            if updates:
                doc = doc.model_copy(update=updates)
            # no transaction is held while the extractor runs, and the facts' rows are
            # made before the write starts: the write lock is held for the inserts only
            self.session.commit()
            extraction = self.extractor.extract_document(doc)
            rows = fact_rows(extraction)
            topics = topic_rows(extraction)
            if extraction.documents:  # the language it was read as (``--lang``)
                doc = doc.model_copy(update={"language": extraction.documents[0].language})
            unread = next((na.get("reason") for na in extraction.not_assessed), None)
            del extraction
            stored = StoredDocument(case_id=case.id, sha256=sha, content=data, filename=filename,
                                    media_type=doc.media_type, size=len(data), title=doc.title,
                                    date=doc.date, language=doc.language, text=doc.text, pages=doc.pages,
                                    added_by=user.id, added_at=utcnow())
            self.session.add(stored)
            self.session.flush()
            run, n = self._extract_into(stored, rows, topics)
            self._audit(case_id=case.id, user=user, action="document.add", object_type="document",
                        object_id=stored.id, before=None,
                        after={**_doc_json(stored), "extraction_id": run.id,
                               "extractor_version": run.extractor_version, "facts": n})
            self.session.commit()
            return AddResult(label, "added", document_id=stored.id, sha256=sha, facts=n, title=stored.title,
                             not_assessed=unread)
        except IntegrityError:
            self.session.rollback()
            dup = self._duplicate(case, sha, label) if sha else None
            if dup is not None:
                return dup
            log.debug("integrity error adding %s", label, exc_info=True)
            return AddResult(label, "error", sha256=sha, problem="could not be stored (database conflict)")
        except InputError as exc:
            self.session.rollback()
            return AddResult(label, "error", sha256=sha, problem=exc.problem)
        except DignityError as exc:
            self.session.rollback()
            return AddResult(label, "error", sha256=sha, problem=" ".join(str(exc).split()))
        except Exception as exc:  # noqa: BLE001 - one line per failed input; nothing stored
            self.session.rollback()
            log.debug("unexpected error adding %s", label, exc_info=True)
            message = " ".join(str(exc).split())
            if len(message) > 200:
                message = message[:197] + "..."
            detail = f"{type(exc).__name__}: {message}" if message else type(exc).__name__
            return AddResult(label, "error", sha256=sha, problem=f"unexpected error ({detail}); nothing stored")

    def _extract_into(self, stored: StoredDocument, extraction: Extraction | list[dict[str, Any]],
                      topics: list[dict[str, Any]] | None = None) -> tuple[ExtractionRun, int]:
        """Add an extraction run with its facts and topic mentions to ``stored`` (flushed,
        not committed).

        The facts go in as bulk inserts of ``FACT_BATCH`` rows (executemany), not one
        ORM object each: a document with many facts holds the write lock for a
        short time, so other writers waiting on it get through.  ``extraction`` may
        be the facts' rows already made (``fact_rows``), outside the transaction, and
        ``topics`` its topic mentions' JSON (``topic_rows``; taken from ``extraction``
        when it is one)."""
        if topics is None:
            topics = topic_rows(extraction) if isinstance(extraction, Extraction) else []
        run = ExtractionRun(document=stored, extractor_version=self.extractor_version, created_at=utcnow(),
                            topics=topics)
        self.session.add(run)
        self.session.flush()
        n = 0
        batch: list[dict[str, Any]] = []
        rows = extraction if isinstance(extraction, list) else fact_rows(extraction)
        for row in rows:
            batch.append({**row, "extraction_id": run.id})
            if len(batch) >= FACT_BATCH:
                self.session.execute(insert(StoredFact), batch)
                n += len(batch)
                batch = []
        if batch:
            self.session.execute(insert(StoredFact), batch)
            n += len(batch)
        self.session.flush()
        return run, n

    # ------------------------------------------------------------------ re-extraction
    def reextract(self, case: CaseRef, user: User, *, force: bool = False,
                  progress: Callable[[int, int, StoredDocument], None] | None = None) -> list[ReextractResult]:
        """Extract every document of ``case`` again with the current extractor (those
        already extracted by this version are skipped unless ``force``), carrying each
        human review over to the matching new fact (see ``reextract_document``).  A run
        made before the store kept topic mentions (``ExtractionRun.topics`` None) is
        extracted again whatever its version."""
        c = self.get_case(case, user)
        self._require_edit(c, user)
        docs = [d.id for d in self.documents(c, user)]
        out = []
        for i, doc_id in enumerate(docs):
            out.append(self.reextract_document(doc_id, user, force=force))
            if progress is not None:
                progress(i + 1, len(docs), self.session.get(StoredDocument, doc_id))
        return out

    def reextract_document(self, document_id: int, user: User, *, force: bool = False) -> ReextractResult:
        """A new extraction of one document, in one transaction.

        Every reviewed fact of the current extraction passes its review (status,
        edited value, reviewer, time, note) to the matching new fact: same type,
        subject and evidence (offsets and text), else same type and subject and
        evidence text, else same type and evidence text.  A reviewed fact with no
        match is kept in the new extraction (``origin='kept'``) with its review,
        so no review is ever lost.  The new run's topic mentions replace the old run's
        (the case file reads the current run's).  A run of this extractor version is
        skipped unless ``force``, or unless its topics were never read (a run made before
        the store kept them).
        """
        from dignity import ingest

        stored = self.get_document(document_id, user)
        self._require_edit(stored.case, user)
        old = stored.current_extraction
        version = self.extractor_version
        if old is not None and old.extractor_version == version and not force and old.topics is not None:
            return ReextractResult(stored.id, "skipped", extraction_id=old.id, facts=len(old.facts))
        try:
            fresh = ingest.from_bytes(stored.content, name=stored.filename, path=stored.filename,
                                      max_bytes=None, language=stored.language)
            before_doc = {"text_sha256": hashlib.sha256(stored.text.encode("utf-8")).hexdigest()}
            doc = Document(id=stored.sha256, path=stored.filename, language=stored.language or fresh.language,
                           title=stored.title, date=stored.date, media_type=stored.media_type, text=fresh.text,
                           pages=fresh.pages, ocr=fresh.ocr, ocr_words=fresh.ocr_words)
            old_facts = len(old.facts) if old is not None else 0
            self.session.commit()  # no transaction held while the extractor runs
            extraction = self.extractor.extract_document(doc)
            rows, topics = fact_rows(extraction), topic_rows(extraction)
            del extraction
            if fresh.text != stored.text:
                stored.text = fresh.text
            if fresh.pages != stored.pages:
                stored.pages = fresh.pages
            run, n = self._extract_into(stored, rows, topics)
            carried, kept = self._carry_reviews(old, run) if old is not None else (0, 0)
            self._audit(case_id=stored.case_id, user=user, action="document.reextract", object_type="document",
                        object_id=stored.id,
                        before={**before_doc, "extraction_id": old.id if old else None,
                                "extractor_version": old.extractor_version if old else None,
                                "facts": old_facts},
                        after={"text_sha256": hashlib.sha256(stored.text.encode("utf-8")).hexdigest(),
                               "extraction_id": run.id, "extractor_version": run.extractor_version,
                               "facts": n, "topics": len(topics), "reviews_carried": carried,
                               "reviews_kept": kept})
            self.session.commit()
        except Exception as exc:
            self.session.rollback()
            if isinstance(exc, InputError):
                return ReextractResult(document_id, "error", problem=exc.problem)
            raise
        return ReextractResult(stored.id, "reextracted", extraction_id=run.id, facts=n,
                               reviews_carried=carried, reviews_kept=kept)

    def set_language(self, document_id: int, language: str, user: User) -> ReextractResult:
        """A reviewer corrects a document's language (the detection was wrong, or a case holds
        documents in several): recorded in the audit log, then the document is read again with
        that language's pack, its reviews carried over (``reextract_document``).  In a language
        without a pack it keeps no facts and the case file says it was not assessed."""
        from dignity.extract.languages import pack_code

        code = pack_code(language)
        if not code or not code.isalpha() or not 2 <= len(code) <= 3:
            raise InvalidInput(f"{language!r} is not a language code (en, es, fr ...)")
        stored = self.get_document(document_id, user)
        self._require_edit(stored.case, user)
        before = stored.language
        if before == code:
            run = stored.current_extraction
            return ReextractResult(stored.id, "skipped", extraction_id=run.id if run else None,
                                   facts=len(run.facts) if run else 0)
        stored.language = code
        self._audit(case_id=stored.case_id, user=user, action="document.language", object_type="document",
                    object_id=stored.id, before={"language": before}, after={"language": code})
        self.session.commit()
        return self.reextract_document(stored.id, user, force=True)

    def _carry_reviews(self, old: ExtractionRun, new: ExtractionRun) -> tuple[int, int]:
        from dignity.assess.facts import name_tokens

        reviewed = [f for f in old.facts if f.review_status != "unreviewed"]
        if not reviewed:
            return 0, 0
        new_facts = list(self.session.scalars(select(StoredFact).where(StoredFact.extraction_id == new.id)
                                              .order_by(StoredFact.id)))

        def ev(f: StoredFact, offsets: bool) -> tuple:
            items = f.data.get("evidence") or []
            if offsets:
                return tuple((e.get("start"), e.get("end"), e.get("text")) for e in items)
            return tuple(" ".join(str(e.get("text", "")).split()) for e in items)

        keys: list[Callable[[StoredFact], tuple]] = [
            lambda f: (f.type, name_tokens(f.data.get("subject", "")), ev(f, True)),
            lambda f: (f.type, name_tokens(f.data.get("subject", "")), ev(f, False)),
            lambda f: (f.type, ev(f, False)),
        ]
        taken: set[int] = set()
        pending = list(reviewed)
        carried = 0
        for key in keys:
            index: dict[tuple, list[StoredFact]] = {}
            for nf in new_facts:
                if nf.id not in taken:
                    index.setdefault(key(nf), []).append(nf)
            still = []
            for of in pending:
                candidates = [nf for nf in index.get(key(of), []) if nf.id not in taken]
                if candidates:
                    target = candidates[0]
                    taken.add(target.id)
                    _copy_review(of, target)
                    carried += 1
                else:
                    still.append(of)
            pending = still
        for of in pending:
            keep = StoredFact(extraction_id=new.id, data=dict(of.data), type=of.type, subject=of.subject,
                              negated=of.negated, certainty=of.certainty, origin="kept")
            _copy_review(of, keep)
            self.session.add(keep)
        self.session.flush()
        return carried, len(pending)

    # ------------------------------------------------------------------ facts and reviews
    def current_facts(self, case: CaseRef, user: User) -> list[StoredFact]:
        """The facts of each document's current (newest) extraction, in document order."""
        c = self.get_case(case, user)
        return list(self.session.scalars(select(StoredFact).where(StoredFact.extraction_id.in_(self._newest_runs(c)))
                                         .options(selectinload(StoredFact.extraction))
                                         .order_by(StoredFact.extraction_id, StoredFact.id)))

    def iter_facts(self, case: CaseRef, user: User, *, status: str | None = None,
                   batch: int = FACT_BATCH) -> Iterator[FactRow]:
        """The case's current facts in document order, as plain rows (``FactRow``), read
        from the database ``batch`` at a time: a case of any size is never one list of
        ORM objects (nor in the session's identity map)."""
        c = self.get_case(case, user)
        q = (select(StoredFact.id, StoredFact.extraction_id, StoredFact.type, StoredFact.review_status,
                    StoredFact.edited_value, StoredFact.note, StoredFact.origin, StoredFact.data,
                    User.username, StoredFact.reviewed_at)
             .outerjoin(User, User.id == StoredFact.reviewed_by)
             .where(StoredFact.extraction_id.in_(self._newest_runs(c)))
             .order_by(StoredFact.extraction_id, StoredFact.id))
        if status:
            q = q.where(StoredFact.review_status == status)
        for row in self.session.execute(q.execution_options(yield_per=batch)):
            yield FactRow(*row)

    def facts_page(self, case: CaseRef, user: User, *, status: str | None = None, type: str | None = None,
                   ids: Iterable[int] | None = None, offset: int = 0, limit: int = 200
                   ) -> tuple[list[StoredFact], int]:
        """One page of the case's current facts (in document order) and how many match:
        filtered and counted in the database, so a case of any size costs one page."""
        c = self.get_case(case, user)
        where = [StoredFact.extraction_id.in_(self._newest_runs(c))]
        if status:
            where.append(StoredFact.review_status == status)
        if type:
            where.append(StoredFact.type == type)
        if ids is not None:
            where.append(StoredFact.id.in_(list(ids)))
        total = self.session.scalar(select(func.count()).select_from(StoredFact).where(*where)) or 0
        rows = self.session.scalars(select(StoredFact).where(*where).options(selectinload(StoredFact.extraction))
                                    .order_by(StoredFact.extraction_id, StoredFact.id)
                                    .offset(max(0, offset)).limit(limit))
        return list(rows), int(total)

    def fact_types(self, case: CaseRef, user: User) -> list[str]:
        """The kinds of fact in the case's current extractions."""
        c = self.get_case(case, user)
        return list(self.session.scalars(select(StoredFact.type).where(
            StoredFact.extraction_id.in_(self._newest_runs(c))).distinct().order_by(StoredFact.type)))

    def get_fact(self, fact_id: int, user: User) -> StoredFact:
        fact = self.session.get(StoredFact, int(fact_id))
        if fact is None:
            raise NotFound(f"no fact {fact_id}")
        self._require_read(fact.extraction.document.case, user)
        return fact

    def review_fact(self, fact_id: int, user: User, action: str, value: Any = None,
                    note: str | None = None) -> StoredFact:
        """Accept, reject or edit a fact of a current extraction; records who and when
        and writes the audit log (before/after).  ``edit`` needs ``value``: the new
        value, or a dict of Fact fields to change (``{"value": 22, "negated": false}``;
        fields: value, unit, negated, subject, subject_kind, observed_on, certainty,
        attributed_to).  ``note`` (optional) replaces the fact's note."""
        fact = self.get_fact(fact_id, user)
        run = fact.extraction
        doc = run.document
        self._require_edit(doc.case, user)
        action = (action or "").strip().lower()
        if action not in _REVIEW_STATUS:
            raise InvalidInput(f"{action!r} is not a review action; use accept, reject or edit")
        current = doc.current_extraction
        if current is not None and current.id != run.id:
            raise Conflict(f"fact {fact.id} belongs to an earlier extraction of document {doc.id}; "
                           "review the fact of its current extraction")
        before = _review_json(fact)
        patch = None
        if action == "edit":
            if value is None:
                raise InvalidInput("edit needs a value (--value)")
            from dignity.cases.edits import check_edit

            patch = check_edit(fact.type, fact.data, _edit_patch(value))
            merged = {**fact.data, **patch}
            try:
                Fact.model_validate(merged)
            except Exception as exc:  # pydantic.ValidationError: say it in one line
                first = exc.errors()[0] if hasattr(exc, "errors") and exc.errors() else {}
                where = ".".join(str(x) for x in first.get("loc", ())) or "value"
                raise InvalidInput(f"edited {where} is not valid: {first.get('msg', exc)}") from None
            if "subject" in patch:
                fact.subject = str(patch["subject"])[:500]
            if "negated" in patch:
                fact.negated = bool(patch["negated"])
            if "certainty" in patch:
                fact.certainty = str(patch["certainty"])
        else:
            # back to the extracted fields when an edit is replaced by accept/reject
            fact.subject = str(fact.data.get("subject", fact.subject))[:500]
            fact.negated = bool(fact.data.get("negated", False))
            fact.certainty = str(fact.data.get("certainty", fact.certainty))
        fact.review_status = _REVIEW_STATUS[action]
        fact.edited_value = patch
        fact.reviewed_by = user.id
        fact.reviewer = user
        fact.reviewed_at = utcnow()
        if note is not None:
            fact.note = note.strip() or None
        self._audit(case_id=doc.case_id, user=user, action=f"fact.{action}", object_type="fact",
                    object_id=fact.id, before=before, after=_review_json(fact))
        self._commit()
        return fact

    # ------------------------------------------------------------------ views
    def case_file(self, case: CaseRef, user: User, *, include_text: bool = False, explain: bool = True):
        """The case file: documents, people, merged facts with their sources, contradictions,
        timeline and findings recomputed from the reviewed facts and the topic mentions of the
        current extractions, names grouped as reviewers
        merged or split them (``CaseFile``); ``explain=False``:
        its facts without their ``explain`` (lighter: the command line never shows it)."""
        from dignity.cases.casefile import build_case_file

        c = self.get_case(case, user)
        docs = self.documents(c, user, with_text=True)  # the timeline reads every text
        return build_case_file(c, docs, self.iter_facts(c, user), include_text=include_text, explain=explain,
                               people=self.people_map(c, user), topics=self.current_topics(c, user))

    def current_topics(self, case: CaseRef, user: User) -> dict[int, list[dict[str, Any]] | None]:
        """The topic mentions of each document's current extraction, by run id, in one query
        (``ExtractionRun.topics``: JSON; None for a run made before the store kept them)."""
        c = self.get_case(case, user)
        rows = self.session.execute(select(ExtractionRun.id, ExtractionRun.topics)
                                    .where(ExtractionRun.id.in_(self._newest_runs(c))))
        return {run_id: topics for run_id, topics in rows}

    def audit_log(self, case: CaseRef, user: User, *, limit: int | None = None) -> list[AuditEntry]:
        """The audit log of a case, oldest first (``limit``: only the newest N)."""
        c = self.get_case(case, user)
        q = select(AuditEntry).where(AuditEntry.case_id == c.id).order_by(AuditEntry.id.desc())
        if limit is not None:
            q = q.limit(limit)
        return list(reversed(list(self.session.scalars(q))))

    def audit_entries(self, user: User, flt: AuditFilter | None = None, *, limit: int = 100,
                      offset: int = 0) -> list[AuditEntry]:
        """Entries matching ``flt``, newest first: admins see all; anyone else only the
        entries of the cases they are members of (and must name one such case)."""
        return list(self.session.scalars(self.audit_select(user, flt).limit(limit).offset(offset)))

    def audit_select(self, user: User, flt: AuditFilter | None = None):
        """The query behind ``audit_entries`` (for streaming a long log as CSV)."""
        self._check_active(user)
        flt = flt or AuditFilter()
        if user.role == "admin":
            return audit_query(self.session, flt)
        if flt.case_id is None:
            raise Forbidden("only an admin can read the whole audit log; a member reads their case's")
        self.get_case(flt.case_id, user)
        return audit_query(self.session, flt, case_ids=[flt.case_id])

    def search(self, user: User, query: str, *, limit: int = 50, case: CaseRef | None = None):
        """Full-text search in the cases ``user`` may read (``dignity.store.search``)."""
        from dignity.store.search import search

        self._check_active(user)
        case_id = self.get_case(case, user).id if case is not None else None
        return search(self.session, user, query, limit=limit, case_id=case_id)


def fact_rows(extraction: Extraction) -> list[dict[str, Any]]:
    """The ``facts`` rows of an extraction (no ``extraction_id`` yet)."""
    return [_fact_row(f) for f in extraction.facts]


def topic_rows(extraction: Extraction) -> list[dict[str, Any]]:
    """The topic mentions of an extraction as ``ExtractionRun.topics`` keeps them (JSON)."""
    return [t.model_dump(mode="json") for t in getattr(extraction, "topics", None) or ()]


def _fact_row(f: Fact) -> dict[str, Any]:
    data = f.model_dump(mode="json")
    return {"data": data, "type": f.type,
            "subject": (f.subject or "unknown")[:500], "negated": bool(f.negated),
            "certainty": str(data.get("certainty", "asserted")), "origin": "extracted",
            "review_status": "unreviewed"}


def _copy_review(src: StoredFact, dst: StoredFact) -> None:
    dst.review_status = src.review_status
    dst.edited_value = dict(src.edited_value) if isinstance(src.edited_value, dict) else src.edited_value
    dst.reviewed_by = src.reviewed_by
    dst.reviewed_at = src.reviewed_at
    dst.note = src.note
    dst.review_from = src.id
    if src.review_status == "edited" and isinstance(src.edited_value, dict):
        if "subject" in src.edited_value:
            dst.subject = str(src.edited_value["subject"])[:500]
        if "negated" in src.edited_value:
            dst.negated = bool(src.edited_value["negated"])
        if "certainty" in src.edited_value:
            dst.certainty = str(src.edited_value["certainty"])


def _edit_patch(value: Any) -> dict[str, Any]:
    if isinstance(value, dict):
        unknown = sorted(set(value) - set(EDITABLE_FIELDS))
        if unknown:
            raise InvalidInput(f"cannot edit {', '.join(unknown)}; editable: {', '.join(EDITABLE_FIELDS)}")
        if not value:
            raise InvalidInput("edit needs at least one field to change")
        return dict(value)
    return {"value": value}
