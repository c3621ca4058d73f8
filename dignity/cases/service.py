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

The service is one class made of parts, one module each: ``accounts`` (users,
passwords, sign-in), ``sessions`` (sessions and API tokens), ``documents`` (adding
and re-extracting), ``reviews`` (facts and their review), ``people`` (names merged
into persons); this module holds what they share (the permission checks, the audit
hook) and the cases, their members and the views of a case.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from dignity.cases.accounts import AccountsMixin
from dignity.cases.audit import AuditFilter, audit_query, record
from dignity.cases.documents import DocumentsMixin
from dignity.cases.errors import Conflict, Forbidden, InvalidInput, NotFound
from dignity.cases.people import PeopleMixin
from dignity.cases.refs import CaseRef
from dignity.cases.reviews import ReviewsMixin
from dignity.cases.sessions import SessionMixin
from dignity.cases.users import check_case_role
from dignity.store.models import (CASE_KINDS, AuditEntry, Case, CaseMember, ExtractionRun, StoredDocument, StoredFact,
                                  User, utcnow)

__all__ = ["CaseService", "CaseRef"]


def _case_json(c: Case) -> dict[str, Any]:
    out: dict[str, Any] = {"id": c.id, "name": c.name, "kind": c.kind}
    if c.jurisdiction or c.standards:  # a case's settings, where it has any
        out.update({"jurisdiction": c.jurisdiction, "standards": c.standards})
    return out


class CaseService(AccountsMixin, DocumentsMixin, ReviewsMixin, SessionMixin, PeopleMixin):
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
