"""A case's facts, page by page and filtered, and a reviewer's accept, reject or edit."""

from __future__ import annotations

import json
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, Response

from dignity.cases import InvalidInput, NotFound
from dignity.web.deps import Csrf, Service, WebUser, read_case, read_fact
from dignity.labels import type_label
from dignity.web.templating import flash, is_htmx, render, render_string
from dignity.web.viewmodel import highlight, parse_value, review_counts, row_from_stored
from dignity.web.pages.common import CTX_NAME, FACTS_PER_PAGE, cached_case_view, local_url, see_other

router = APIRouter(include_in_schema=False)


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
    ctx = ctx if CTX_NAME.match(ctx or "") else ""
    target = local_url(next, f"/cases/{case.id}")
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
    return see_other(target.split("#")[0] + f"#{ctx}fact-{fact.id}")
