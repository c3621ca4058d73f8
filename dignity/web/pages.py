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

from dignity.cases import CaseService, Conflict, Forbidden, InvalidInput, NotFound
from dignity.store.models import CASE_KINDS, CASE_ROLES, USER_ROLES, Case, StoredDocument, User
from dignity.cases.audit import AuditFilter, audit_csv, audit_row, case_names, describe_object
from dignity.web.deps import (
    Csrf,
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
from dignity.web.security import THROTTLED
from dignity.web.uploads import FileIn, JobView
from dignity.labels import type_label
from dignity.web.templating import flash, is_htmx, render, render_string
from dignity.web.viewmodel import (
    CaseView,
    case_view,
    highlight,
    parse_value,
    review_counts,
    row_from_stored,
    search_snippet,
)

__all__ = ["router", "cached_case_view", "parse_audit_filter", "check_upload_sizes", "throttled"]

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
    """A fragment of the case page rendered once per case version, kind of reader
    (``ctx[flag]``: may edit, may manage members) and filter of the findings.  ``more()``:
    what else the template needs, asked only when it is rendered."""
    view: CaseView = ctx["view"]
    key = (name, bool(ctx[flag]), ctx.get("lang", "en"), ctx.get("standard_filter"), ctx.get("filter_query", ""))
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


def throttled(request: Request, svc: CaseService, username: str) -> int:
    """Seconds this sign-in must wait (0: it may go on); a refused one is audited."""
    wait = request.app.state.limiter.retry_after(username, _client(request))
    if wait:
        svc.record_failed_sign_in(username, "throttled")
    return wait


def _user_agent(request: Request) -> str | None:
    return (request.headers.get("user-agent") or "")[:200] or None


@router.post("/login", dependencies=[Csrf])
def login(request: Request, svc: Service, username: Annotated[str, Form()] = "",
          password: Annotated[str, Form()] = "", next: Annotated[str, Form()] = "") -> Response:
    limiter = request.app.state.limiter
    ctx = {"next": _local(next, ""), "username": username, "signed_out": False}
    wait = throttled(request, svc, username)
    if wait:
        return render(request, "login.html", {**ctx, "error": THROTTLED.format(wait=wait).capitalize() + "."},
                      status=429, headers={"Retry-After": str(wait)})
    signed = svc.sign_in(username, password, kind="session", hours=request.app.state.settings.session_hours,
                         label=_user_agent(request))
    if signed is None:
        limiter.failed(username, _client(request))
        return render(request, "login.html", {**ctx, "error": "Wrong user name or password."}, status=401)
    limiter.succeeded(username, _client(request))
    request.scope["session"].sign_in(signed[1])
    return _redirect(_local(next, "/cases"))


@router.post("/logout", dependencies=[Csrf])
def logout(request: Request, svc: Service) -> Response:
    sess = request.scope["session"]
    svc.sign_out(sess.get("k"), "session")  # ended in the store: the cookie is worth nothing now
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
    secret, _ = svc.start_session(user, "session", request.app.state.settings.session_hours,
                                  address=_client(request), label=_user_agent(request))
    request.scope["session"].sign_in(secret)
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
                     "unreviewed": cf.review_counts.get("unreviewed", 0), "not_assessed": len(cf.not_assessed)})
    return render(request, "cases.html", {"rows": rows, "kinds": CASE_KINDS,
                                          "can_create": user.role in ("admin", "editor")})


@router.post("/cases", dependencies=[Csrf])
def create_case(request: Request, svc: Service, user: WebUser, name: Annotated[str, Form()] = "",
                kind: Annotated[str, Form()] = "detainee") -> Response:
    case = svc.create_case(name, user, kind=kind)
    flash(request, f"Case “{case.name}” created.")
    return _redirect(f"/cases/{case.id}")


def reader_language(request: Request, documents: Any = ()) -> str:
    """The language the reader sees findings, reports and letters in: ``?lang=`` (kept
    in the session as the reader's choice), else that choice, else the documents'
    language, else English."""
    from dignity.report.i18n import check_language, pick_language

    sess = request.scope.get("session")
    asked = check_language(request.query_params.get("lang"))
    if asked:
        if sess is not None and sess.get("lang") != asked:
            sess["lang"] = asked
            sess.modified = True
        return asked
    chosen = check_language(sess.get("lang")) if sess is not None else None
    return chosen or pick_language(None, (getattr(d, "language", None) for d in documents))


def _words(lang: str) -> dict[str, Any]:
    """What the templates need to speak ``lang``: ``t``, the locale (``i18n``), the languages."""
    from dignity.report.i18n import LANGUAGES, locale

    loc = locale(lang, html=True)
    return {"lang": loc.lang, "t": loc.t, "i18n": loc,
            "languages": [(code, locale(code).t("language")) for code in LANGUAGES]}


def _filters(request: Request, view: CaseView) -> dict[str, Any]:
    """The findings' filters of the query (``person``, ``status``, ``rule``), only values
    the case has: anything else is no filter."""
    from dignity.model import Status

    q = request.query_params
    person = q.get("person", "")
    status = q.get("status", "")
    rule = q.get("rule", "")
    rules = sorted({f.rule for f in view.case_file.findings})
    person = person if any(pv.person.id == person for pv in view.people) else ""
    status = status if status in {s.value for s in Status} else ""
    rule = rule if rule in rules else ""
    query = urlencode([(k, v) for k, v in (("person", person), ("status", status), ("rule", rule)) if v])
    return {"f_person": person, "f_status": status, "f_rule": rule, "rules": rules, "filter_query": query}


def _case_context(request: Request, svc: CaseService, reader: CaseReader) -> dict[str, Any]:
    view = reader_case_view(request, svc, reader)
    return {
        **_filters(request, view),
        "case": reader.case, "view": view, "cf": view.case_file, "role": reader.member_role,
        "can_edit": reader.can_edit, "can_manage": reader.can_manage, "case_roles": CASE_ROLES,
        "reports": report_functions(), "letter_labels": LETTER_LABELS, "next": f"/cases/{reader.case.id}",
        "standard_filter": _standard_filter(request, view),
        **_words(reader_language(request, view.case_file.documents)),
    }


def _standard_filter(request: Request, view: CaseView) -> str | None:
    """``?standard=iccpr``: show only the findings under that standard (one the case's findings
    are under; anything else shows them all)."""
    asked = (request.query_params.get("standard") or "").strip().lower()
    return asked if asked in {k for k, _, _ in view.standards} else None


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
               person: str | None = None, page: Annotated[int, Query(ge=1)] = 1) -> Response:
    case = read_case(svc, case_id, user)
    docs = {d.id: d for d in svc.documents(case, user)}
    types = svc.fact_types(case, user)
    shown_finding = None
    ids = None
    view = cached_case_view(request, svc, case, user)  # its people (cached per version of the case)
    if finding:
        shown_finding = view.case_file.finding(finding)
        if shown_finding is None:
            raise NotFound(f"no finding {finding!r} in case {case.name!r}")
        ids = {int(i) for i in [*shown_finding.facts, *shown_finding.counter_facts] if str(i).isdigit()}
    shown_person = view.case_file.person(person) if person else None
    if shown_person is not None:
        ids = set(shown_person.facts) if ids is None else ids & set(shown_person.facts)
    # one page from the database: a case with any number of facts costs one page
    shown, total = svc.facts_page(case, user, status=status or None, type=type or None, ids=ids,
                                  offset=(page - 1) * FACTS_PER_PAGE, limit=FACTS_PER_PAGE)
    pages = max(1, (total + FACTS_PER_PAGE - 1) // FACTS_PER_PAGE)
    if page > pages:
        page = pages
        shown, total = svc.facts_page(case, user, status=status or None, type=type or None, ids=ids,
                                      offset=(page - 1) * FACTS_PER_PAGE, limit=FACTS_PER_PAGE)
    rows = [row_from_stored(f, docs[f.extraction.document_id], case.id) for f in shown]
    query = urlencode([(k, v) for k, v in (("status", status), ("type", type), ("finding", finding),
                                           ("person", shown_person.id if shown_person else None)) if v])
    return render(request, "facts.html", {
        "case": case, "rows": rows, "types": types, "status": status or "", "type": type or "",
        "finding": shown_finding, "person": shown_person,
        "people": [pv.person for pv in view.people if pv.person.id != "others"],
        "total": total, "page": page, "pages": pages, "query": query, "can_edit": svc.can_edit(case, user),
        "next": str(request.url.path) + (f"?{request.url.query}" if request.url.query else "")})


@router.post("/cases/{case_id}/facts/{fact_id}/review", dependencies=[Csrf])
def review(request: Request, case_id: int, fact_id: int, svc: Service, user: WebUser,
           action: Annotated[str, Form()] = "", value: Annotated[str | None, Form()] = None,
           note: Annotated[str | None, Form()] = None, next: Annotated[str, Form()] = "",
           ctx: Annotated[str, Form()] = "", view: Annotated[str, Form()] = "") -> Response:
    """Accept, reject or edit a fact.  htmx: the fact's row swapped in place, and on a
    document page its highlights and counts too (out-of-band); a refused edit: the row
    again with the message beside the field (422).  A plain form: a redirect back, or
    the fact's form with the message beside the field."""
    case = read_case(svc, case_id, user)
    read_fact(svc, fact_id, user, case.id)
    ctx = ctx if _CTX.match(ctx or "") else ""
    target = _local(next, f"/cases/{case.id}")
    parsed = parse_value(value) if action == "edit" else None
    try:
        fact = svc.review_fact(fact_id, user, action, value=parsed, note=note)
    except InvalidInput as exc:
        if action != "edit":
            raise
        svc.session.rollback()
        stored = read_fact(svc, fact_id, user, case.id)
        row = row_from_stored(stored, stored.extraction.document, case.id)
        row.error, row.error_field = " ".join(str(exc).split()), getattr(exc, "field", "value")
        row.value_input = value or ""
        page = {"row": row, "ctx": ctx, "can_edit": True, "next": target, "case": case}
        if is_htmx(request):
            template = "_fact_row.html"  # the compact row has no edit box: the full one, with the message
            return render(request, template, page, status=422)
        return render(request, "fact_edit.html", page, status=422)
    verb = {"accepted": "accepted", "rejected": "rejected", "edited": "edited"}[fact.review_status]
    message = f"Fact {fact.id} ({type_label(fact.type)}) {verb}; the findings follow the reviewed facts."
    if is_htmx(request):
        doc = fact.extraction.document
        row = row_from_stored(fact, doc, case.id)
        trigger = json.dumps({"factReviewed": {"fact": fact.id, "status": fact.review_status, "message": message}})
        template = "_evidence_row.html" if view == "compact" else "_fact_row.html"
        html = render_string(request, template, {"row": row, "ctx": ctx, "can_edit": True, "next": target,
                                                 "case": case})
        if ctx == "d-":  # on the document page: its highlights and counts follow, in place
            facts = list(fact.extraction.facts)
            html += render_string(request, "_document_oob.html", {
                "text": highlight(doc.text or "", facts), "counts": review_counts(facts)})
        return HTMLResponse(html, headers={"HX-Trigger": trigger})
    flash(request, message)
    return _redirect(target.split("#")[0] + f"#{ctx}fact-{fact.id}")


@router.get("/cases/{case_id}/people/{person_id}")
def person_page(request: Request, case_id: int, person_id: str, svc: Service) -> Response:
    """A person of the case: their names (merge, split), findings, facts, timeline, documents."""
    reader = case_reader(request, svc, case_id)
    ctx = _case_context(request, svc, reader)
    view: CaseView = ctx["view"]
    cf = view.case_file
    person = cf.person(person_id)
    if person is None:
        raise NotFound(f"no person {person_id!r} in case {reader.case.name!r}")
    case, user = reader.orm(svc)
    shown, total = svc.facts_page(case, user, ids=person.facts, limit=FACTS_PER_PAGE)
    docs = {d.id: d for d in svc.documents(case, user)}
    rows = [row_from_stored(f, docs[f.extraction.document_id], case.id) for f in shown]
    facts = set(person.facts)
    timeline = [t for t in cf.timeline if (t.fact_id in facts) or
                (t.kind == "document" and t.document_id in person.documents)]
    return render(request, "person.html", {
        **ctx, "p": person, "pv": next((pv for pv in view.people if pv.person.id == person.id), None),
        "others": [pv.person for pv in view.people if pv.person.id != person.id and pv.person.id != "others"],
        "rows": rows, "total": total, "timeline": timeline,
        "documents": [d for d in cf.documents if d.id in person.documents],
        "next": f"/cases/{case.id}/people/{person.id}"})


@router.post("/cases/{case_id}/people/merge", dependencies=[Csrf])
def merge_people(request: Request, case_id: int, svc: Service, user: WebUser,
                 names: Annotated[list[str], Form()] = None,  # type: ignore[assignment]
                 other: Annotated[str, Form()] = "", into: Annotated[str, Form()] = "") -> Response:
    """Names that are one person (this person's and another's), under ``into``."""
    from dignity.assess.facts import slug

    case = editable_case(svc, case_id, user)
    cf = cached_case_view(request, svc, case, user).case_file
    chosen = cf.person(other) if other else None
    if chosen is None:
        raise InvalidInput("choose the person who is the same as this one")
    person = svc.merge_people(case, user, [*(names or []), *chosen.names], into=into or None)
    flash(request, f"{', '.join(chosen.names)} merged into {person}: one person now.")
    return _redirect(f"/cases/{case.id}/people/{slug(person)}")


@router.post("/cases/{case_id}/people/split", dependencies=[Csrf])
def split_person(request: Request, case_id: int, svc: Service, user: WebUser,
                 name: Annotated[str, Form()] = "", back: Annotated[str, Form()] = "") -> Response:
    """A name wrongly merged: a person of its own again."""
    case = editable_case(svc, case_id, user)
    split = svc.split_name(case, user, name)
    flash(request, f"{split} is a person of their own now.")
    return _redirect(f"/cases/{case.id}#findings")


@router.post("/cases/{case_id}/people/forget", dependencies=[Csrf])
def forget_person(request: Request, case_id: int, svc: Service, user: WebUser,
                  person: Annotated[str, Form()] = "") -> Response:
    case = editable_case(svc, case_id, user)
    n = svc.forget_person(case, user, person)
    flash(request, f"The reviewers' grouping of {person} is undone ({n} name{'s' if n != 1 else ''}); "
                   "Dignity groups these names by its guess again.")
    return _redirect(f"/cases/{case.id}#findings")


# --------------------------------------------------------------------------- documents


def check_upload_sizes(request: Request, files: list[UploadFile]) -> None:
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


def _upload_answer(request: Request, case: Any, jobs: list[JobView]) -> Response:
    """The answer once every file of an upload was read: as before the queue existed."""
    added = [j for j in jobs if j.status == "added"]
    status = 200 if added or all(j.status == "duplicate" for j in jobs) else 422
    if is_htmx(request):
        headers = {"HX-Trigger": json.dumps({"documentsAdded": {"added": len(added)}})} if added else None
        return render(request, "_upload_results.html", {"results": jobs, "case": case}, status=status,
                      headers=headers)
    if not added and status != 200:
        return render(request, "upload_results.html", {"results": jobs, "case": case}, status=status)
    for j in jobs:
        if j.status == "added":
            flash(request, f"{j.filename}: added as document {j.document_id} ({j.facts} facts).")
        else:
            flash(request, f"{j.filename}: {j.problem}", "error" if j.status == "error" else "info")
    return _redirect(f"/cases/{case.id}#sources")


@router.post("/cases/{case_id}/documents", dependencies=[Csrf])
async def upload(request: Request, case_id: int, svc: Service, user: WebUser,
                 files: Annotated[list[UploadFile], File()] = None) -> Response:  # type: ignore[assignment]
    """Queue the files for the upload workers; answer with their results when they are
    read within ``upload_wait_s``, else with a page that shows "reading..." and follows them."""
    case = await run_in_threadpool(editable_case, svc, case_id, user)
    files = [f for f in (files or []) if f.filename]
    if not files:
        raise InvalidInput("choose one or more files to upload")
    check_upload_sizes(request, files)
    uploads = [FileIn(await f.read(), f.filename or "upload") for f in files]
    queue = request.app.state.uploads
    jobs = await run_in_threadpool(queue.submit, case.id, user.id, uploads)
    if await queue.wait([j.id for j in jobs], request.app.state.settings.upload_wait_s):
        jobs = await run_in_threadpool(queue.jobs, [j.id for j in jobs])
        if all(j.done for j in jobs):
            return _upload_answer(request, case, jobs)
    url = f"/cases/{case.id}/uploads/{jobs[0].batch}"
    if is_htmx(request):
        return render(request, "_upload_progress.html", {"jobs": jobs, "case": case, "url": url})
    return _redirect(url)


@router.get("/cases/{case_id}/uploads/{batch}")
def upload_progress(request: Request, case_id: int, batch: str, svc: Service, user: WebUser) -> Response:
    """The files of one upload: "reading..." (the page reloads itself) until each is read."""
    case = read_case(svc, case_id, user)
    jobs = [j for j in request.app.state.uploads.jobs(batch=batch[:32]) if j.case_id == case.id]
    if not jobs:
        raise NotFound(f"no upload {batch!r} in case {case.name!r}")
    if is_htmx(request):
        if all(j.done for j in jobs):
            return _upload_answer(request, case, jobs)
        return render(request, "_upload_progress.html", {"jobs": jobs, "case": case,
                                                         "url": f"/cases/{case.id}/uploads/{batch}"})
    return render(request, "upload_progress.html", {"jobs": jobs, "case": case,
                                                    "reading": not all(j.done for j in jobs)})


@router.get("/cases/{case_id}/documents/{document_id}")
def document_page(request: Request, case_id: int, document_id: int) -> Response:
    with open_service(request) as svc:
        return _document_page(request, svc, case_id, document_id)


def _at(request: Request) -> tuple[int, int] | None:
    """``?at=start-end``: a span of the text to mark (a timeline row's sentence)."""
    m = re.fullmatch(r"(\d{1,9})-(\d{1,9})", request.query_params.get("at", ""))
    return (int(m.group(1)), int(m.group(2))) if m else None


def _document_page(request: Request, svc: CaseService, case_id: int, document_id: int) -> Response:
    reader = case_reader(request, svc, case_id)
    # the text with its marks and the facts: rendered once per version of the case
    # (with a span marked, ``?at=``: rendered for this request)
    at = _at(request)
    key = ("document", reader.case.id, int(document_id), reader.can_edit)
    fragments = request.app.state.fragments
    cached = fragments.get(key, reader.version) if at is None else None
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
            "case": case, "doc": doc, "rows": rows, "run": run,
            "text": highlight(doc.text or "", facts, at, pages=doc.pages),
            "can_edit": reader.can_edit, "next": f"/cases/{case.id}/documents/{doc.id}",
            "counts": review_counts(facts)})
        cached = (doc.label, body)
        if at is None:
            fragments.put(key, reader.version, cached, body.size)
    title, body = cached
    _record_read(svc, reader, "document.view", int(document_id), title)
    return render_page(request, "document.html", {"case": reader.case, "title": title}, {"body_html": body})


def _record_read(svc: CaseService, reader: CaseReader, action: str, document_id: int | None, label: str) -> None:
    user = svc.session.get(User, reader.user.id)
    if user is not None:
        svc.record_access(user, action, case_id=reader.case.id, object_type="document" if document_id else "case",
                          object_id=document_id if document_id else reader.case.id, after={"title": label})


@router.get("/cases/{case_id}/documents/{document_id}/original")
def document_original(request: Request, case_id: int, document_id: int, svc: Service, user: WebUser) -> Response:
    """The original bytes, always as a download (never rendered by the browser here)."""
    case = read_case(svc, case_id, user)
    doc = read_document(svc, case.id, document_id, user)
    svc.record_access(user, "document.download", case_id=case.id, object_type="document", object_id=doc.id,
                      after={"title": doc.label, "filename": doc.filename, "size": doc.size})
    name = re.sub(r"[^A-Za-z0-9._-]+", "_", doc.filename or f"document-{doc.id}")[:150] or f"document-{doc.id}"
    return Response(doc.content, media_type="application/octet-stream",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.get("/cases/{case_id}/facts/{fact_id}/evidence/{index}/image")
def evidence_image(request: Request, case_id: int, fact_id: int, index: int, svc: Service,
                   user: WebUser) -> Response:
    """The region of the page image where a piece of evidence read by OCR stands (PNG),
    rendered from the stored original (``dignity.ingest.page_image``), so that a
    reviewer can check the reading; 404 when the evidence was not read by OCR."""
    from dignity.errors import InputError
    from dignity.ingest.page_image import region_png
    from dignity.model import PageRegion

    case = read_case(svc, case_id, user)
    fact = read_fact(svc, fact_id, user, case.id)
    evidence = fact.data.get("evidence") or []
    region = evidence[index].get("region") if 0 <= index < len(evidence) else None
    if not region:
        raise NotFound(f"fact {fact_id} has no page image for evidence {index}")
    doc = fact.extraction.document
    try:
        png = region_png(doc.content, doc.media_type, PageRegion.model_validate(region), label=doc.label)
    except (InputError, ValueError) as exc:
        raise NotFound(f"no page image for fact {fact_id}: {exc}") from None
    return Response(png, media_type="image/png", headers={"Cache-Control": "private, max-age=3600"})


# --------------------------------------------------------------------------- members, audit


@router.post("/cases/{case_id}/documents/{document_id}/language", dependencies=[Csrf])
def set_document_language(request: Request, case_id: int, document_id: int, svc: Service, user: WebUser,
                          language: Annotated[str, Form()] = "") -> Response:
    """A reviewer corrects a document's language: it is read again with that language's rules."""
    case = editable_case(svc, case_id, user)
    doc = svc.get_document(document_id, user)
    if doc.case_id != case.id:
        raise NotFound(f"no document {document_id} in case {case_id}")
    res = svc.set_language(doc.id, language.strip(), user)
    from dignity.extract.languages import not_assessed_reason

    reason = not_assessed_reason(language.strip())
    flash(request, f"Document {doc.id} is now read as {language.strip().lower()}"
                   + (f": {reason}." if reason else f" ({res.facts} facts)."), "error" if reason else "info")
    return _redirect(f"/cases/{case.id}/documents/{doc.id}")


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


@router.get("/cases/{case_id}/members/{user_id}/remove")
def confirm_remove_member(request: Request, case_id: int, user_id: int, svc: Service, user: WebUser) -> Response:
    """Removing a member asks first (a page of its own: no script needed)."""
    case = read_case(svc, case_id, user)
    if not svc.can_manage(case, user):
        raise Forbidden(f"only an owner of case {case.name!r} or an admin can manage its members")
    member = svc.get_user(user_id)
    words = _words(reader_language(request))  # the reader's language, as on the case page
    t = words["t"]
    return render(request, "confirm.html", {
        **words, "case": case, "title": t("web.confirm.remove_member_title", user=member.username, case=case.name),
        "message": t("web.confirm.remove_member_message", user=member.username),
        "action": f"/cases/{case.id}/members/{member.id}/remove",
        "button": t("web.confirm.remove_member_button", user=member.username), "back": f"/cases/{case.id}#members"})


@router.post("/cases/{case_id}/members/{user_id}/remove", dependencies=[Csrf])
def remove_member(request: Request, case_id: int, user_id: int, svc: Service, user: WebUser,
                  confirm: Annotated[str, Form()] = "") -> Response:
    case = read_case(svc, case_id, user)
    if not svc.can_manage(case, user):
        raise Forbidden(f"only an owner of case {case.name!r} or an admin can manage its members")
    member = svc.get_user(user_id)
    if confirm != "yes":  # not confirmed: ask
        return _redirect(f"/cases/{case.id}/members/{member.id}/remove")
    svc.remove_member(case, member, by=user)
    flash(request, f"{member.username} is no longer a member of this case.")
    return _redirect(f"/cases/{case.id}#members")


@router.get("/cases/{case_id}/audit")
def audit_page(request: Request, case_id: int, svc: Service, user: WebUser) -> Response:
    case = read_case(svc, case_id, user)
    entries = svc.audit_log(case, user, limit=1000)
    return render(request, "audit.html", {"case": case, "entries": list(reversed(entries)),
                                          "describe": describe_object})


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
    lang = reader_language(request, data.documents)
    if fmt == "html":
        body: bytes | str = fns.render_html(data, lang=lang)
        media = "text/html; charset=utf-8"
    else:
        if fns.render_pdf is None:
            raise NotFound("PDF reports are not available in this installation")
        body = fns.render_pdf(data, lang=lang)
        media = "application/pdf"
    svc.record_access(user, "report.export", case_id=case.id, object_type="case", object_id=case.id,
                      after={"name": case.name, "format": fmt})
    return Response(body, media_type=media, headers={
        "Content-Disposition": f'attachment; filename="{_download_name(case, "report", fmt)}"'})


@router.get("/cases/{case_id}/letter/{kind}")
def letter(request: Request, case_id: int, kind: str, svc: Service, user: WebUser) -> Response:
    case = read_case(svc, case_id, user)
    fns = report_functions()
    if fns is None or fns.render_letter is None or kind not in fns.letter_kinds:
        raise NotFound(f"no letter {kind!r}" + (f" (known: {', '.join(fns.letter_kinds)})" if fns else ""))
    _, data = _report_data(svc, case, user)
    body = fns.render_letter(kind, data, "docx", lang=reader_language(request, data.documents))
    svc.record_access(user, "letter.export", case_id=case.id, object_type="case", object_id=case.id,
                      after={"name": case.name, "letter": kind, "format": "docx"})
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
def account_page(request: Request, svc: Service, user: WebUser) -> Response:
    return _account(request, svc, user, None)


@router.post("/account/password", dependencies=[Csrf])
def change_password(request: Request, svc: Service, user: WebUser, current: Annotated[str, Form()] = "",
                    password: Annotated[str, Form()] = "", password2: Annotated[str, Form()] = "") -> Response:
    limiter = request.app.state.limiter
    wait = throttled(request, svc, user.username)
    if wait:
        return _account(request, svc, user, THROTTLED.format(wait=wait).capitalize() + ".", status=429,
                        headers={"Retry-After": str(wait)})
    if svc.authenticate(user.username, current) is None:
        limiter.failed(user.username, _client(request))
        svc.record_failed_sign_in(user.username, "wrong current password")
        return _account(request, svc, user, "The current password is wrong.", status=400)
    limiter.succeeded(user.username, _client(request))
    if password != password2:
        return _account(request, svc, user, "The two new passwords differ.", status=400)
    updated = svc.update_user(user.username, by=user, password=password)
    # the new password ended every session and token of the user; this browser goes on in a new one
    secret, _ = svc.start_session(updated, "session", request.app.state.settings.session_hours,
                                  address=_client(request), label=_user_agent(request))
    request.scope["session"].sign_in(secret)
    flash(request, "Your password is changed; every other sign-in and API token of yours has ended.")
    return _redirect("/account")


def _account(request: Request, svc: CaseService, user: User, error: str | None, *, status: int = 200,
             headers: dict[str, str] | None = None) -> Response:
    current = getattr(request.state, "auth_session", None)
    return render(request, "account.html", {"error": error, "sessions": svc.list_sessions(user),
                                            "current_id": current.id if current is not None else None},
                  status=status, headers=headers)


@router.post("/sessions/{session_id}/revoke", dependencies=[Csrf])
def revoke_session(request: Request, session_id: int, svc: Service, user: WebUser,
                   next: Annotated[str, Form()] = "") -> Response:
    """End a session or token: one's own (the account page), or anyone's (an admin)."""
    row = svc.revoke_session(session_id, user)
    flash(request, f"{'Sign-in' if row.kind == 'session' else 'API token'} {row.id} of {row.user.username} ended.")
    return _redirect(_local(next, "/account"))


@router.get("/sessions")
def sessions_page(request: Request, svc: Service, user: WebUser) -> Response:
    """Every valid sign-in and API token (admins)."""
    rows = svc.list_all_sessions(user)
    return render(request, "sessions.html", {"sessions": rows})


# --------------------------------------------------------------------------- the audit log (admins)


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
