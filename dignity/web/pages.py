"""The pages: sign in, cases, a case, its facts, a document, audit log, search, users.

Every page reads without JavaScript; htmx (when present) swaps a reviewed fact's
row in place, refreshes the findings and shows upload progress.  Every form
carries the session's CSRF token; every POST answers a plain form with a
redirect (303) and an htmx request with a fragment.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import secrets
from typing import Annotated, Any, Callable
from urllib.parse import urlencode, urlsplit

from fastapi import APIRouter, File, Form, Query, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from markupsafe import Markup
from sqlalchemy.orm import joinedload, selectinload, undefer

from dignity.cases import CaseService, Conflict, Forbidden, InvalidInput, NotFound, Upload
from dignity.store.models import CASE_KINDS, CASE_ROLES, USER_ROLES, Case, StoredDocument, User
from dignity.web.deps import (
    Csrf,
    run_extraction,
    Service,
    WebUser,
    optional_web_user,
    editable_case,
    read_case,
    read_document,
    read_fact,
    CaseReader,
    case_reader,
    open_service,
)
from dignity.web.reports import LETTER_LABELS, report_functions
from dignity.web.security import password_fingerprint
from dignity.web.templating import flash, is_htmx, render, render_string
from dignity.web.viewmodel import CaseView, case_view, highlight, parse_value, row_from_stored, search_snippet

__all__ = ["router", "cached_case_view"]

router = APIRouter(include_in_schema=False)

_CTX = re.compile(r"^[A-Za-z0-9_.-]{0,64}$")
FACTS_PER_PAGE = 200


def _local(next_url: str | None, default: str) -> str:
    """A redirect target on this site only (a path, never '//host' or 'scheme:')."""
    if not next_url:
        return default
    parts = urlsplit(next_url)
    if parts.scheme or parts.netloc or not next_url.startswith("/") or next_url.startswith("//") \
            or "\\" in next_url:
        return default
    return next_url


def _client(request: Request) -> str:
    return request.client.host if request.client else "?"


def cached_case_view(request: Request, svc: CaseService, case: Case, user: User) -> CaseView:
    """The case's ``CaseView``, from the cache while the case has not changed."""
    return request.app.state.cache.get(svc.session, case.id, lambda: case_view(svc.case_file(case, user)))


def reader_case_view(request: Request, svc: CaseService, reader: CaseReader) -> CaseView:
    """The ``CaseView`` at the version ``reader`` saw (built when not cached)."""
    def build() -> CaseView:
        case, user = reader.orm(svc)
        return case_view(svc.case_file(case, user))

    return request.app.state.cache.get(svc.session, reader.case.id, build, version=reader.version)


#: Stands for the CSRF token in cached fragments (random, so no document can contain it).
_CSRF_PLACEHOLDER = "csrf-placeholder-" + secrets.token_hex(16)
_CSRF_PLACEHOLDER_B = _CSRF_PLACEHOLDER.encode("ascii")


class Fragment:
    """Rendered HTML kept as UTF-8 (encoding a long page costs more than rendering
    its frame), cut where the reader's CSRF token goes."""

    __slots__ = ("parts", "size")

    def __init__(self, html: str) -> None:
        self.parts = html.encode("utf-8").split(_CSRF_PLACEHOLDER_B)
        self.size = sum(len(p) for p in self.parts)

    def chunks(self, token: bytes) -> list[bytes]:
        out = [self.parts[0]]
        for part in self.parts[1:]:
            out += (token, part)
        return out

    def html(self, token: str) -> bytes:
        return b"".join(self.chunks(token.encode("ascii")))


def render_fragment(request: Request, name: str, ctx: dict[str, Any]) -> Fragment:
    """``name`` rendered for any reader: the CSRF token is put in per request."""
    return Fragment(render_string(request, name, {**ctx, "csrf_token": _CSRF_PLACEHOLDER}))


def cached_fragment(request: Request, ctx: dict[str, Any], name: str, *, flag: str = "can_edit",
                    more: Callable[[], dict[str, Any]] | None = None) -> Fragment:
    """A fragment of the case page rendered once per case version and kind of reader
    (``ctx[flag]``: may edit, may manage members).  ``more()``: what else the template
    needs, asked only when it is rendered."""
    view: CaseView = ctx["view"]
    key = (name, bool(ctx[flag]))
    frag = view.fragments.get(key)
    if frag is None:
        frag = render_fragment(request, name, {**ctx, **(more() if more else {})})
        view.fragments[key] = frag
    return frag


_SLOT = "slot-" + secrets.token_hex(16) + "-"


def render_page(request: Request, name: str, ctx: dict[str, Any], slots: dict[str, Fragment]) -> Response:
    """Page ``name`` with the fragments ``slots`` (context name -> fragment) put in as
    bytes, each with the reader's CSRF token: only the page's frame is rendered and
    encoded per request."""
    marks = {key: f"{_SLOT}{key}-" for key in slots}
    page = render_string(request, name, {**ctx, **{k: Markup(m) for k, m in marks.items()}}).encode("utf-8")
    token = request.scope["session"].csrf_token().encode("ascii")
    chunks: list[bytes] = [page]
    for key, frag in slots.items():
        mark = marks[key].encode("ascii")
        head, sep, tail = chunks.pop().partition(mark)
        if not sep:  # the template did not show this slot
            chunks.append(head)
            continue
        chunks += (head, *frag.chunks(token), tail)
    return Response(b"".join(chunks), media_type="text/html; charset=utf-8")


def _redirect(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


# --------------------------------------------------------------------------- sign in


@router.get("/")
def home(request: Request, svc: Service) -> Response:
    user = optional_web_user(request, svc)
    if user is None and not svc.has_users():
        return _redirect("/setup")
    return _redirect("/cases" if user is not None else "/login")


@router.get("/login")
def login_page(request: Request, svc: Service, next: str | None = None, signed_out: bool = False) -> Response:
    if not svc.has_users():
        return _redirect("/setup")
    user = optional_web_user(request, svc)
    if user is not None:
        return _redirect(_local(next, "/cases"))
    return render(request, "login.html", {"next": _local(next, ""), "username": "", "error": None,
                                          "signed_out": signed_out})


@router.post("/login", dependencies=[Csrf])
def login(request: Request, svc: Service, username: Annotated[str, Form()] = "",
          password: Annotated[str, Form()] = "", next: Annotated[str, Form()] = "") -> Response:
    limiter = request.app.state.limiter
    key = limiter.key(username, _client(request))
    wait = limiter.retry_after(key)
    ctx = {"next": _local(next, ""), "username": username, "signed_out": False}
    if wait:
        minutes = max(1, round(wait / 60))
        return render(request, "login.html",
                      {**ctx, "error": f"Too many failed sign-ins for this user name. Try again in about "
                                      f"{minutes} minute{'s' if minutes != 1 else ''}."},
                      status=429, headers={"Retry-After": str(wait)})
    user = svc.authenticate(username, password)
    if user is None:
        limiter.failed(key)
        return render(request, "login.html", {**ctx, "error": "Wrong user name or password."}, status=401)
    limiter.succeeded(key)
    request.scope["session"].sign_in(user.id, password_fingerprint(user.password_hash))
    return _redirect(_local(next, "/cases"))


@router.post("/logout", dependencies=[Csrf])
def logout(request: Request) -> Response:
    sess = request.scope["session"]
    request.scope["state"]["session_middleware"].revoke(sess.get("s"))
    sess.sign_out()  # the cookie is deleted: the message rides on the address
    return _redirect("/login?signed_out=1")


@router.get("/setup")
def setup_page(request: Request, svc: Service) -> Response:
    if svc.has_users():
        return _redirect("/login")
    return render(request, "setup.html", {"error": None, "username": ""})


@router.post("/setup", dependencies=[Csrf])
def setup(request: Request, svc: Service, username: Annotated[str, Form()] = "",
          password: Annotated[str, Form()] = "", password2: Annotated[str, Form()] = "") -> Response:
    if svc.has_users():
        return _redirect("/login")
    if password != password2:
        return render(request, "setup.html", {"error": "The two passwords differ.", "username": username},
                      status=400)
    try:
        user = svc.add_user(username, "admin", password)
    except (InvalidInput, Conflict) as exc:
        return render(request, "setup.html", {"error": str(exc), "username": username}, status=400)
    request.scope["session"].sign_in(user.id, password_fingerprint(user.password_hash))
    flash(request, f"Welcome, {user.username}: you are the administrator of this Dignity.")
    return _redirect("/cases")


# --------------------------------------------------------------------------- cases


@router.get("/cases")
def cases_page(request: Request, svc: Service, user: WebUser) -> Response:
    rows = []
    for case in svc.list_cases(user):
        view = cached_case_view(request, svc, case, user)
        cf = view.case_file
        rows.append({"case": case, "counts": view.counts, "documents": len(cf.documents),
                     "unreviewed": cf.review_counts.get("unreviewed", 0)})
    return render(request, "cases.html", {"rows": rows, "kinds": CASE_KINDS,
                                          "can_create": user.role in ("admin", "editor")})


@router.post("/cases", dependencies=[Csrf])
def create_case(request: Request, svc: Service, user: WebUser, name: Annotated[str, Form()] = "",
                kind: Annotated[str, Form()] = "detainee") -> Response:
    case = svc.create_case(name, user, kind=kind)
    flash(request, f"Case “{case.name}” created.")
    return _redirect(f"/cases/{case.id}")


def _case_context(request: Request, svc: CaseService, reader: CaseReader) -> dict[str, Any]:
    view = reader_case_view(request, svc, reader)
    return {
        "case": reader.case, "view": view, "cf": view.case_file, "role": reader.member_role,
        "can_edit": reader.can_edit, "can_manage": reader.can_manage, "case_roles": CASE_ROLES,
        "reports": report_functions(), "letter_labels": LETTER_LABELS, "next": f"/cases/{reader.case.id}",
    }


# The case page, its fragments and the document page: one query checks the session,
# the membership and the case's version (``case_reader``); what the case shows is
# cached per version and kind of reader.


@router.get("/cases/{case_id}")
def case_page(request: Request, case_id: int) -> Response:
    with open_service(request) as svc:
        return _case_page(request, svc, case_id)


def _case_page(request: Request, svc: CaseService, case_id: int) -> Response:
    reader = case_reader(request, svc, case_id)
    ctx = _case_context(request, svc, reader)

    def members() -> dict[str, Any]:
        case, user = reader.orm(svc)
        return {"members": svc.members(case, user)}

    # members change with the case's version (every change is audited); the names
    # offered to add are not cached (users are added outside any case)
    slots = {"body_html": cached_fragment(request, ctx, "_case_body.html"),
             "members_html": cached_fragment(request, ctx, "_members.html", flag="can_manage", more=members)}
    usernames = [u.username for u in svc.list_users()] if reader.can_manage else []
    return render_page(request, "case.html", {**ctx, "usernames": usernames}, slots)


@router.get("/cases/{case_id}/findings")
def findings_fragment(request: Request, case_id: int, svc: Service) -> Response:
    """The findings section alone (htmx refreshes it after a review)."""
    reader = case_reader(request, svc, case_id)
    frag = cached_fragment(request, _case_context(request, svc, reader), "_findings.html")
    return HTMLResponse(frag.html(request.scope["session"].csrf_token()))


@router.get("/cases/{case_id}/body")
def case_body_fragment(request: Request, case_id: int, svc: Service) -> Response:
    """Findings, contradictions, timeline and sources (htmx refreshes them after an upload)."""
    reader = case_reader(request, svc, case_id)
    frag = cached_fragment(request, _case_context(request, svc, reader), "_case_body.html")
    return HTMLResponse(frag.html(request.scope["session"].csrf_token()))


@router.get("/cases/{case_id}/timeline")
def timeline_page(request: Request, case_id: int, svc: Service) -> Response:
    reader = case_reader(request, svc, case_id)
    return render(request, "timeline.html", _case_context(request, svc, reader))


@router.get("/cases/{case_id}/facts")
def facts_page(request: Request, case_id: int, svc: Service, user: WebUser,
               status: str | None = None, type: str | None = None, finding: str | None = None,
               page: Annotated[int, Query(ge=1)] = 1) -> Response:
    case = read_case(svc, case_id, user)
    docs = {d.id: d for d in svc.documents(case, user)}
    facts = svc.current_facts(case, user)
    types = sorted({f.type for f in facts})
    shown_finding = None
    if finding:
        shown_finding = cached_case_view(request, svc, case, user).case_file.finding(finding)
        if shown_finding is None:
            raise NotFound(f"no finding {finding!r} in case {case.name!r}")
        ids = {int(i) for i in [*shown_finding.facts, *shown_finding.counter_facts] if str(i).isdigit()}
        facts = [f for f in facts if f.id in ids]
    if status:
        facts = [f for f in facts if f.review_status == status]
    if type:
        facts = [f for f in facts if f.type == type]
    total = len(facts)
    pages = max(1, (total + FACTS_PER_PAGE - 1) // FACTS_PER_PAGE)
    page = min(page, pages)
    shown = facts[(page - 1) * FACTS_PER_PAGE: page * FACTS_PER_PAGE]
    rows = [row_from_stored(f, docs[f.extraction.document_id], case.id) for f in shown]
    query = urlencode([(k, v) for k, v in (("status", status), ("type", type), ("finding", finding)) if v])
    return render(request, "facts.html", {
        "case": case, "rows": rows, "types": types, "status": status or "", "type": type or "",
        "finding": shown_finding,
        "total": total, "page": page, "pages": pages, "query": query, "can_edit": svc.can_edit(case, user),
        "next": str(request.url.path) + (f"?{request.url.query}" if request.url.query else "")})


@router.post("/cases/{case_id}/facts/{fact_id}/review", dependencies=[Csrf])
def review(request: Request, case_id: int, fact_id: int, svc: Service, user: WebUser,
           action: Annotated[str, Form()] = "", value: Annotated[str | None, Form()] = None,
           note: Annotated[str | None, Form()] = None, next: Annotated[str, Form()] = "",
           ctx: Annotated[str, Form()] = "", view: Annotated[str, Form()] = "") -> Response:
    case = read_case(svc, case_id, user)
    read_fact(svc, fact_id, user, case.id)
    parsed = parse_value(value) if action == "edit" else None
    fact = svc.review_fact(fact_id, user, action, value=parsed, note=note)
    verb = {"accepted": "accepted", "rejected": "rejected", "edited": "edited"}[fact.review_status]
    message = f"Fact {fact.id} ({fact.type}) {verb}; the findings follow the reviewed facts."
    if is_htmx(request):
        row = row_from_stored(fact, fact.extraction.document, case.id)
        ctx = ctx if _CTX.match(ctx or "") else ""
        trigger = json.dumps({"factReviewed": {"fact": fact.id, "status": fact.review_status, "message": message}})
        template = "_evidence_row.html" if view == "compact" else "_fact_row.html"
        return render(request, template, {"row": row, "ctx": ctx, "can_edit": True,
                                                  "next": _local(next, f"/cases/{case.id}"), "case": case},
                      headers={"HX-Trigger": trigger})
    flash(request, message)
    target = _local(next, f"/cases/{case.id}")
    return _redirect(target.split("#")[0] + f"#{ctx if _CTX.match(ctx or '') else ''}fact-{fact.id}")


# --------------------------------------------------------------------------- documents


def _check_upload_sizes(request: Request, files: list[UploadFile]) -> None:
    from fastapi import HTTPException

    settings = request.app.state.settings
    if len(files) > settings.max_files:
        raise HTTPException(413, f"too many files in one upload ({len(files)}; at most {settings.max_files}); "
                                 "nothing was stored")
    for f in files:
        size = f.size if f.size is not None else len(f.file.read())
        f.file.seek(0)
        if size > settings.max_upload_bytes:
            raise HTTPException(413, f"{f.filename or 'a file'} is too large ({size / (1024 * 1024):.1f} MB; "
                                     f"the limit is {settings.max_upload_label}); nothing was stored")


@router.post("/cases/{case_id}/documents", dependencies=[Csrf])
async def upload(request: Request, case_id: int, svc: Service, user: WebUser,
                 files: Annotated[list[UploadFile], File()] = None) -> Response:  # type: ignore[assignment]
    case = await run_in_threadpool(editable_case, svc, case_id, user)
    files = [f for f in (files or []) if f.filename]
    if not files:
        raise InvalidInput("choose one or more files to upload")
    _check_upload_sizes(request, files)
    uploads = [Upload(await f.read(), f.filename or "upload") for f in files]
    results = await run_extraction(request, lambda: svc.add_documents(case, uploads, user))
    added = [r for r in results if r.status == "added"]
    status = 200 if added or all(r.status == "duplicate" for r in results) else 422
    if is_htmx(request):
        headers = {"HX-Trigger": json.dumps({"documentsAdded": {"added": len(added)}})} if added else None
        return render(request, "_upload_results.html", {"results": results, "case": case}, status=status,
                      headers=headers)
    if not added and status != 200:
        return render(request, "upload_results.html", {"results": results, "case": case}, status=status)
    for r in results:
        if r.status == "added":
            flash(request, f"{r.source}: added as document {r.document_id} ({r.facts} facts).")
        else:
            flash(request, f"{r.source}: {r.problem}", "error" if r.status == "error" else "info")
    return _redirect(f"/cases/{case.id}#sources")


@router.get("/cases/{case_id}/documents/{document_id}")
def document_page(request: Request, case_id: int, document_id: int) -> Response:
    with open_service(request) as svc:
        return _document_page(request, svc, case_id, document_id)


def _document_page(request: Request, svc: CaseService, case_id: int, document_id: int) -> Response:
    reader = case_reader(request, svc, case_id)
    # the text with its marks and the facts: rendered once per version of the case
    key = ("document", reader.case.id, int(document_id), reader.can_edit)
    fragments = request.app.state.fragments
    cached = fragments.get(key, reader.version)
    if cached is None:
        # the reader may read this case (``case_reader``): the document must be one of its
        doc = svc.session.get(StoredDocument, int(document_id), options=[
            undefer(StoredDocument.text), joinedload(StoredDocument.adder), selectinload(StoredDocument.extractions)])
        if doc is None or doc.case_id != reader.case.id:
            raise NotFound(f"no document {document_id} in case {case_id}")
        case = reader.case
        run = doc.current_extraction
        facts = list(run.facts) if run is not None else []
        rows = [row_from_stored(f, doc, case.id) for f in facts]
        body = render_fragment(request, "_document.html", {
            "case": case, "doc": doc, "rows": rows, "text": highlight(doc.text or "", facts), "run": run,
            "can_edit": reader.can_edit, "next": f"/cases/{case.id}/documents/{doc.id}"})
        cached = (doc.label, body)
        fragments.put(key, reader.version, cached, body.size)
    title, body = cached
    return render_page(request, "document.html", {"case": reader.case, "title": title}, {"body_html": body})


@router.get("/cases/{case_id}/documents/{document_id}/original")
def document_original(request: Request, case_id: int, document_id: int, svc: Service, user: WebUser) -> Response:
    """The original bytes, always as a download (never rendered by the browser here)."""
    case = read_case(svc, case_id, user)
    doc = read_document(svc, case.id, document_id, user)
    name = re.sub(r"[^A-Za-z0-9._-]+", "_", doc.filename or f"document-{doc.id}")[:150] or f"document-{doc.id}"
    return Response(doc.content, media_type="application/octet-stream",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


# --------------------------------------------------------------------------- members, audit


@router.post("/cases/{case_id}/members", dependencies=[Csrf])
def add_member(request: Request, case_id: int, svc: Service, user: WebUser,
               username: Annotated[str, Form()] = "", role: Annotated[str, Form()] = "editor") -> Response:
    case = read_case(svc, case_id, user)
    if not svc.can_manage(case, user):
        raise Forbidden(f"only an owner of case {case.name!r} or an admin can manage its members")
    try:
        member = svc.get_user(username.strip())
    except NotFound:
        raise InvalidInput(f"there is no user {username.strip()!r}; an admin adds users first") from None
    svc.add_member(case, member, role, by=user)
    flash(request, f"{member.username} is now {role} of this case.")
    return _redirect(f"/cases/{case.id}#members")


@router.post("/cases/{case_id}/members/{user_id}/remove", dependencies=[Csrf])
def remove_member(request: Request, case_id: int, user_id: int, svc: Service, user: WebUser) -> Response:
    case = read_case(svc, case_id, user)
    if not svc.can_manage(case, user):
        raise Forbidden(f"only an owner of case {case.name!r} or an admin can manage its members")
    member = svc.get_user(user_id)
    svc.remove_member(case, member, by=user)
    flash(request, f"{member.username} is no longer a member of this case.")
    return _redirect(f"/cases/{case.id}#members")


@router.get("/cases/{case_id}/audit")
def audit_page(request: Request, case_id: int, svc: Service, user: WebUser) -> Response:
    case = read_case(svc, case_id, user)
    entries = svc.audit_log(case, user, limit=1000)
    return render(request, "audit.html", {"case": case, "entries": list(reversed(entries))})


# --------------------------------------------------------------------------- reports and letters


def _report_data(svc: CaseService, case: Case, user: User) -> tuple[Any, Any]:
    fns = report_functions()
    if fns is None:
        raise NotFound("reports are not available in this installation")
    cf = svc.case_file(case, user, include_text=True)
    return fns, fns.from_case_file(cf, prepared_by=user.username)


def _download_name(case: Case, what: str, ext: str) -> str:
    base = re.sub(r"[^A-Za-z0-9_-]+", "-", case.name).strip("-")[:60] or f"case-{case.id}"
    return f"{base}-{what}-{dt.date.today().isoformat()}.{ext}"


@router.get("/cases/{case_id}/report/{fmt}")
def report(request: Request, case_id: int, fmt: str, svc: Service, user: WebUser) -> Response:
    case = read_case(svc, case_id, user)
    if fmt not in ("html", "pdf"):
        raise NotFound(f"no report format {fmt!r} (html or pdf)")
    fns, data = _report_data(svc, case, user)
    if fmt == "html":
        body: bytes | str = fns.render_html(data)
        media = "text/html; charset=utf-8"
    else:
        if fns.render_pdf is None:
            raise NotFound("PDF reports are not available in this installation")
        body = fns.render_pdf(data)
        media = "application/pdf"
    return Response(body, media_type=media, headers={
        "Content-Disposition": f'attachment; filename="{_download_name(case, "report", fmt)}"'})


@router.get("/cases/{case_id}/letter/{kind}")
def letter(request: Request, case_id: int, kind: str, svc: Service, user: WebUser) -> Response:
    case = read_case(svc, case_id, user)
    fns = report_functions()
    if fns is None or fns.render_letter is None or kind not in fns.letter_kinds:
        raise NotFound(f"no letter {kind!r}" + (f" (known: {', '.join(fns.letter_kinds)})" if fns else ""))
    _, data = _report_data(svc, case, user)
    body = fns.render_letter(kind, data, "docx")
    return Response(body, media_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    headers={"Content-Disposition":
                             f'attachment; filename="{_download_name(case, kind + "-letter", "docx")}"'})


# --------------------------------------------------------------------------- search, users


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
    return _redirect("/users")


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
    return _redirect("/users")


@router.get("/account")
def account_page(request: Request, user: WebUser) -> Response:
    return render(request, "account.html", {"error": None})


@router.post("/account/password", dependencies=[Csrf])
def change_password(request: Request, svc: Service, user: WebUser, current: Annotated[str, Form()] = "",
                    password: Annotated[str, Form()] = "", password2: Annotated[str, Form()] = "") -> Response:
    limiter = request.app.state.limiter
    key = limiter.key(user.username, _client(request))
    wait = limiter.retry_after(key)
    if wait:
        return render(request, "account.html", {"error": "Too many wrong passwords; try again later."},
                      status=429, headers={"Retry-After": str(wait)})
    if svc.authenticate(user.username, current) is None:
        limiter.failed(key)
        return render(request, "account.html", {"error": "The current password is wrong."}, status=400)
    limiter.succeeded(key)
    if password != password2:
        return render(request, "account.html", {"error": "The two new passwords differ."}, status=400)
    updated = svc.update_user(user.username, by=user, password=password)
    # the new password ends the other sessions and tokens; this one goes on
    request.scope["session"].sign_in(updated.id, password_fingerprint(updated.password_hash))
    flash(request, "Your password is changed.")
    return _redirect("/account")
