"""The list of cases, a case's page and its fragments (findings, body, timeline), people
merged and split, members, and a case's audit log."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, Response

from dignity.cases import CaseService, Forbidden, InvalidInput, NotFound
from dignity.store.models import CASE_KINDS, CASE_ROLES
from dignity.cases.audit import describe_object
from dignity.web.deps import Csrf, Service, WebUser, editable_case, read_case, CaseReader, case_reader, open_service
from dignity.web.reports import LETTER_LABELS, report_functions
from dignity.web.templating import flash, render
from dignity.web.viewmodel import CaseView, row_from_stored
from dignity.web.pages.common import (
    FACTS_PER_PAGE,
    cached_case_view,
    cached_fragment,
    reader_case_view,
    reader_language,
    reader_words,
    render_page,
    see_other,
)

router = APIRouter(include_in_schema=False)


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
    return see_other(f"/cases/{case.id}")


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
        **reader_words(reader_language(request, view.case_file.documents)),
    }


def _standard_filter(request: Request, view: CaseView) -> str | None:
    """``?standard=iccpr``: show only the findings under that standard (one the case's findings
    are under; anything else shows them all)."""
    asked = (request.query_params.get("standard") or "").strip().lower()
    return asked if asked in {k for k, _, _ in view.standards} else None


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
    return see_other(f"/cases/{case.id}/people/{slug(person)}")


@router.post("/cases/{case_id}/people/split", dependencies=[Csrf])
def split_person(request: Request, case_id: int, svc: Service, user: WebUser,
                 name: Annotated[str, Form()] = "", back: Annotated[str, Form()] = "") -> Response:
    """A name wrongly merged: a person of its own again."""
    case = editable_case(svc, case_id, user)
    split = svc.split_name(case, user, name)
    flash(request, f"{split} is a person of their own now.")
    return see_other(f"/cases/{case.id}#findings")


@router.post("/cases/{case_id}/people/forget", dependencies=[Csrf])
def forget_person(request: Request, case_id: int, svc: Service, user: WebUser,
                  person: Annotated[str, Form()] = "") -> Response:
    case = editable_case(svc, case_id, user)
    n = svc.forget_person(case, user, person)
    flash(request, f"The reviewers' grouping of {person} is undone ({n} name{'s' if n != 1 else ''}); "
                   "Dignity groups these names by its guess again.")
    return see_other(f"/cases/{case.id}#findings")


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
    return see_other(f"/cases/{case.id}#members")


@router.get("/cases/{case_id}/members/{user_id}/remove")
def confirm_remove_member(request: Request, case_id: int, user_id: int, svc: Service, user: WebUser) -> Response:
    """Removing a member asks first (a page of its own: no script needed)."""
    case = read_case(svc, case_id, user)
    if not svc.can_manage(case, user):
        raise Forbidden(f"only an owner of case {case.name!r} or an admin can manage its members")
    member = svc.get_user(user_id)
    words = reader_words(reader_language(request))  # the reader's language, as on the case page
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
        return see_other(f"/cases/{case.id}/members/{member.id}/remove")
    svc.remove_member(case, member, by=user)
    flash(request, f"{member.username} is no longer a member of this case.")
    return see_other(f"/cases/{case.id}#members")


@router.get("/cases/{case_id}/audit")
def audit_page(request: Request, case_id: int, svc: Service, user: WebUser) -> Response:
    case = read_case(svc, case_id, user)
    entries = svc.audit_log(case, user, limit=1000)
    return render(request, "audit.html", {"case": case, "entries": list(reversed(entries)),
                                          "describe": describe_object})
