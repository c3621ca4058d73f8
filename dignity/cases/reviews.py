"""Facts of a case and their review: the current facts (paged, streamed), and accepting,
rejecting or editing one (the ``facts and reviews`` part of ``CaseService``).

A review records who and when, writes the audit log (before and after), and is carried
to the matching fact when a document is extracted again (``copy_review``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Iterable, Iterator, Literal

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from dignity.cases.errors import Conflict, InvalidInput, NotFound
from dignity.cases.refs import FACT_BATCH, CaseRef
from dignity.model import Fact
from dignity.store.models import StoredFact, User, utcnow

__all__ = ["ReviewsMixin", "FactRow", "ReviewAction", "REVIEW_ACTIONS", "EDITABLE_FIELDS", "copy_review"]

ReviewAction = Literal["accept", "reject", "edit"]
REVIEW_STATUS = {"accept": "accepted", "reject": "rejected", "edit": "edited"}
#: what a reviewer may do to a fact
REVIEW_ACTIONS = tuple(REVIEW_STATUS)
#: Fact fields a reviewer may change with ``edit`` (a dict value); anything else is the new ``value``.
EDITABLE_FIELDS = ("value", "unit", "negated", "subject", "subject_kind", "observed_on", "certainty",
                   "attributed_to")


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


def _json_time(value: dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _review_json(f: StoredFact) -> dict[str, Any]:
    return {"fact_id": f.id, "type": f.type, "subject": f.subject, "review_status": f.review_status,
            "edited_value": f.edited_value, "reviewed_by": f.reviewed_by,
            "reviewer": f.reviewer.username if f.reviewed_by is not None and f.reviewer is not None else None,
            "reviewed_at": _json_time(f.reviewed_at), "note": f.note,
            "value": f.data.get("value"), "negated": f.negated}


class ReviewsMixin:
    """The current facts and their review.  Part of ``CaseService``, which provides
    ``session``, ``get_case``, ``_newest_runs``, the permission checks, ``_audit`` and
    ``_commit``."""

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
        if action not in REVIEW_STATUS:
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
        fact.review_status = REVIEW_STATUS[action]
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


def copy_review(src: StoredFact, dst: StoredFact) -> None:
    """Give ``dst`` the review of ``src`` (status, edited value, reviewer, time, note)."""
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
