"""The audit log: what is recorded, how it is read back, filtered and exported.

Three kinds of entry (``AuditEntry.kind``):

* ``change``: anything that changes the store (cases, members, documents, reviews,
  users); a case's newest change is its version (the web app's caches key on it);
* ``access``: someone read or downloaded something of a case (a document's page
  or text, its original file, a report, a letter, an export);
* ``auth``: sign-in, sign-out, a failed sign-in (the user name as typed and the
  address), a refused (throttled) sign-in, tokens made and revoked, sessions ended.

``AuditFilter`` selects entries (user, case, action or action prefix, period);
``audit_query`` turns it into a query, ``audit_csv`` writes entries as CSV rows, and
``describe_object`` names what an entry is about ("user eve", "document 3
(letter.txt)") rather than a bare id.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from dataclasses import dataclass
from typing import Any, Iterable, Iterator

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from dignity.store.models import AUDIT_KINDS, AuditEntry, Case, User, utcnow

__all__ = ["AuditFilter", "record", "audit_query", "describe_object", "audit_row", "audit_csv",
           "CSV_COLUMNS", "AUDIT_KINDS"]

CSV_COLUMNS = ("id", "at", "kind", "action", "user", "address", "case_id", "case", "object", "before", "after")


def record(session: Session, *, action: str, kind: str = "change", user: User | None = None,
           user_id: int | None = None, case_id: int | None = None, object_type: str = "",
           object_id: Any = None, before: Any = None, after: Any = None,
           address: str | None = None) -> AuditEntry:
    """Add an entry to ``session`` (the caller commits, with the change it records)."""
    if kind not in AUDIT_KINDS:
        raise ValueError(f"unknown audit kind {kind!r}")
    entry = AuditEntry(case_id=case_id, user_id=user.id if user is not None else user_id, action=action,
                       object_type=object_type, object_id=None if object_id is None else str(object_id),
                       before=before, after=after, at=utcnow(), kind=kind,
                       address=(address or None) and str(address)[:64])
    session.add(entry)
    return entry


@dataclass(frozen=True)
class AuditFilter:
    """Which entries: ``user`` (a user name: what they did, or tried to sign in as),
    ``case_id``, ``action`` (exact, or a prefix ending in "." such as ``auth.``),
    ``kind``, and the period ``since`` .. ``until`` (dates or times, UTC; ``until``
    as a date includes that whole day)."""

    user: str | None = None
    case_id: int | None = None
    action: str | None = None
    kind: str | None = None
    since: dt.datetime | dt.date | None = None
    until: dt.datetime | dt.date | None = None

    def params(self) -> dict[str, str]:
        """The filter as query parameters (for links and the CSV export)."""
        out = {"user": self.user, "case": self.case_id, "action": self.action, "kind": self.kind,
               "since": _iso(self.since), "until": _iso(self.until)}
        return {k: str(v) for k, v in out.items() if v not in (None, "")}


def _iso(value: dt.datetime | dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _start(value: dt.datetime | dt.date) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc)
    return dt.datetime(value.year, value.month, value.day, tzinfo=dt.timezone.utc)


def audit_query(session: Session, flt: AuditFilter, *, case_ids: Iterable[int] | None = None) -> Select:
    """Entries matching ``flt``, newest first; ``case_ids``: only entries of these cases
    (a member's view; None: every entry, an admin's)."""
    q = select(AuditEntry).order_by(AuditEntry.id.desc())
    if case_ids is not None:
        q = q.where(AuditEntry.case_id.in_(list(case_ids)))
    if flt.case_id is not None:
        q = q.where(AuditEntry.case_id == flt.case_id)
    if flt.user:
        name = flt.user.strip()
        uid = session.scalar(select(User.id).where(User.username == name))
        typed = AuditEntry.action == "auth.sign_in_failed"
        conds = [AuditEntry.user_id == uid] if uid is not None else []
        # failed sign-ins as an unknown name: matched on the name as typed
        q = q.where(or_(*conds, typed & (AuditEntry.object_id == name[:64])))
    if flt.action:
        a = flt.action.strip()
        q = q.where(AuditEntry.action.startswith(a, autoescape=True) if a.endswith(".") else AuditEntry.action == a)
    if flt.kind:
        q = q.where(AuditEntry.kind == flt.kind)
    if flt.since is not None:
        q = q.where(AuditEntry.at >= _start(flt.since))
    if flt.until is not None:
        end = _start(flt.until)
        if not isinstance(flt.until, dt.datetime):
            end += dt.timedelta(days=1)
        q = q.where(AuditEntry.at < end)
    return q


def describe_object(e: AuditEntry) -> str:
    """What the entry is about, by name where the entry knows one."""
    data = e.after if isinstance(e.after, dict) else e.before if isinstance(e.before, dict) else {}
    t, oid = e.object_type, e.object_id
    if t == "user":
        return f"user {data.get('username') or oid}"
    if t == "member":
        return f"member {data.get('user') or oid}"
    if t == "fact":
        from dignity.labels import type_label

        what = ", ".join(str(x) for x in (type_label(data["type"]) if data.get("type") else None,
                                          data.get("subject")) if x)
        return f"fact {oid}" + (f" ({what})" if what else "")
    if t == "person":
        names = data.get("names")
        return f"person {data.get('person') or oid}" + (f" ({', '.join(names)})" if names else "")
    if t == "document":
        name = data.get("title") or data.get("filename")
        return f"document {oid}" + (f" ({name})" if name else "")
    if t == "case":
        return f"case {data.get('name') or oid}"
    if t == "login":
        return f"sign-in as {oid!r}" if oid else "sign-in"
    if t in ("session", "token"):
        return f"{t} {oid}" + (f" of {data['user']}" if data.get("user") else "")
    return f"{t} {oid}".strip() if oid else t


def audit_row(e: AuditEntry, case_names: dict[int, str] | None = None) -> dict[str, Any]:
    """One entry as JSON (the API's and the CSV's fields)."""
    return {"id": e.id, "at": e.at.isoformat() if e.at else None, "kind": e.kind, "action": e.action,
            "user": e.user.username if e.user else None, "address": e.address, "case_id": e.case_id,
            "case": (case_names or {}).get(e.case_id) if e.case_id is not None else None,
            "object_type": e.object_type, "object_id": e.object_id, "object": describe_object(e),
            "before": e.before, "after": e.after}


def case_names(session: Session, entries: Iterable[AuditEntry]) -> dict[int, str]:
    ids = {e.case_id for e in entries if e.case_id is not None}
    if not ids:
        return {}
    return {cid: name for cid, name in session.execute(select(Case.id, Case.name).where(Case.id.in_(ids)))}


def audit_csv(session: Session, q: Select, *, batch: int = 500) -> Iterator[str]:
    """The entries of ``q`` as CSV text, a header then ``batch`` entries at a time
    (bounded memory for a long log)."""
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(CSV_COLUMNS)
    yield buf.getvalue()
    last: int | None = None
    while True:
        page = q if last is None else q.where(AuditEntry.id < last)
        entries = list(session.scalars(page.limit(batch)))
        if not entries:
            return
        names = case_names(session, entries)
        buf.seek(0)
        buf.truncate()
        for e in entries:
            row = audit_row(e, names)
            writer.writerow([_cell(row[c]) for c in CSV_COLUMNS])
        yield buf.getvalue()
        last = entries[-1].id
        session.expunge_all()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    else:
        text = str(value)
    # a spreadsheet must not run what a user typed as a formula
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
