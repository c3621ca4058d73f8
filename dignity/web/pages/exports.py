"""A case's report (Markdown, HTML, PDF, JSON) and draft letters, as downloads."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from dignity.cases import CaseService, NotFound
from dignity.store.models import Case, User
from dignity.web.deps import Service, WebUser, read_case
from dignity.web.reports import report_functions
from dignity.web.pages.common import reader_language

router = APIRouter(include_in_schema=False)


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
