"""Search, users (admins), and the whole audit log (admins), as a page and as CSV."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import Response

from dignity.cases import CaseService, Forbidden, InvalidInput
from dignity.store.models import USER_ROLES, User
from dignity.cases.audit import AuditFilter, audit_csv, audit_row, case_names
from dignity.web.deps import Csrf, Service, WebUser, read_case
from dignity.web.templating import flash, render
from dignity.web.viewmodel import search_snippet
from dignity.web.pages.common import see_other

router = APIRouter(include_in_schema=False)


@router.get("/search")
def search_page(request: Request, svc: Service, user: WebUser, q: str = "",
                case: int | None = None) -> Response:
    hits = []
    scope = None
    if case is not None:
        scope = read_case(svc, case, user)
    if q.strip():
        hits = svc.search(user, q, limit=50, case=scope.id if scope else None)
    return render(request, "search.html", {"q": q, "hits": [(h, search_snippet(h.snippet)) for h in hits],
                                           "scope": scope})


@router.get("/users")
def users_page(request: Request, svc: Service, user: WebUser) -> Response:
    if not user.is_admin:
        raise Forbidden("only an admin can manage users")
    return render(request, "users.html", {"users": svc.list_users(), "roles": USER_ROLES})


@router.post("/users", dependencies=[Csrf])
def add_user(request: Request, svc: Service, user: WebUser, username: Annotated[str, Form()] = "",
             role: Annotated[str, Form()] = "editor", password: Annotated[str, Form()] = "") -> Response:
    new = svc.add_user(username, role, password, by=user)
    flash(request, f"User {new.username} ({new.role}) added.")
    return see_other("/users")


@router.post("/users/{user_id}", dependencies=[Csrf])
def update_user(request: Request, user_id: int, svc: Service, user: WebUser,
                role: Annotated[str | None, Form()] = None, active: Annotated[str | None, Form()] = None,
                password: Annotated[str | None, Form()] = None) -> Response:
    if not user.is_admin:
        raise Forbidden("only an admin can manage users")
    target = svc.get_user(user_id)
    svc.update_user(target.username, by=user, role=role or None,
                    active=None if active is None else active == "yes", password=password or None)
    flash(request, f"User {target.username} updated.")
    return see_other("/users")


def parse_audit_filter(user: str | None = None, case: int | None = None, action: str | None = None,
                       kind: str | None = None, since: str | None = None, until: str | None = None) -> AuditFilter:
    """The filter of the audit page, API and CSV from their query parameters."""
    def when(name: str, raw: str | None) -> dt.date | dt.datetime | None:
        if not raw or not raw.strip():
            return None
        text = raw.strip()
        try:
            return dt.date.fromisoformat(text) if len(text) == 10 else dt.datetime.fromisoformat(text)
        except ValueError:
            raise InvalidInput(f"{name}: {raw!r} is not a date (YYYY-MM-DD) or a time (YYYY-MM-DDTHH:MM)") from None

    if kind and kind not in ("change", "access", "auth"):
        raise InvalidInput(f"kind: {kind!r} is not one of change, access, auth")
    return AuditFilter(user=(user or "").strip() or None, case_id=case, action=(action or "").strip() or None,
                       kind=kind or None, since=when("since", since), until=when("until", until))


AUDIT_PER_PAGE = 100


@router.get("/audit")
def admin_audit_page(request: Request, svc: Service, user: WebUser, user_name: Annotated[str | None, Query(
        alias="user")] = None, case: Annotated[str | None, Query()] = None, action: str | None = None,
        kind: str | None = None, since: str | None = None, until: str | None = None,
        page: Annotated[int, Query(ge=1)] = 1) -> Response:
    """The whole audit log with filters (admins)."""
    if not user.is_admin:
        raise Forbidden("only an admin can read the whole audit log; a case's log is on its page")
    case_id = int(case) if case and case.strip().isdigit() else None
    if case and case_id is None:
        raise InvalidInput(f"case: {case!r} is not a case id")
    flt = parse_audit_filter(user_name, case_id, action, kind, since, until)
    entries = svc.audit_entries(user, flt, limit=AUDIT_PER_PAGE + 1, offset=(page - 1) * AUDIT_PER_PAGE)
    more = len(entries) > AUDIT_PER_PAGE
    entries = entries[:AUDIT_PER_PAGE]
    names = case_names(svc.session, entries)
    rows = [{**audit_row(e, names), "entry": e} for e in entries]
    return render(request, "audit_all.html", {
        "rows": rows, "flt": flt, "query": urlencode(flt.params()), "page": page, "more": more,
        "cases": svc.list_cases(user), "users": svc.list_users()})


@router.get("/audit.csv")
def admin_audit_csv(request: Request, svc: Service, user: WebUser, user_name: Annotated[str | None, Query(
        alias="user")] = None, case: int | None = None, action: str | None = None, kind: str | None = None,
        since: str | None = None, until: str | None = None) -> Response:
    if not user.is_admin:
        raise Forbidden("only an admin can read the whole audit log")
    flt = parse_audit_filter(user_name, case, action, kind, since, until)
    return audit_csv_response(request, svc, user, flt)


def audit_csv_response(request: Request, svc: CaseService, user: User, flt: AuditFilter) -> Response:
    """The entries of ``flt`` as a CSV download, streamed (a session of its own)."""
    from fastapi.responses import StreamingResponse

    svc.audit_select(user, flt)  # permissions, now, before the answer starts
    store = request.app.state.store

    def rows() -> Any:
        with store.session() as s:
            q = CaseService(s).audit_select(s.get(User, user.id), flt)
            for chunk in audit_csv(s, q):
                yield chunk.encode("utf-8")

    name = f"dignity-audit-{dt.date.today().isoformat()}.csv"
    return StreamingResponse(rows(), media_type="text/csv; charset=utf-8",
                             headers={"Content-Disposition": f'attachment; filename="{name}"'})
