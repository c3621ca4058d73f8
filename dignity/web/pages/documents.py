"""Documents: uploads and their progress, a document's page with its evidence marked, the
original file, an evidence image of a scanned page, and the language a document is read in."""

from __future__ import annotations

import json
import re
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from sqlalchemy.orm import joinedload, selectinload, undefer

from dignity.cases import CaseService, InvalidInput, NotFound, Upload
from dignity.store.models import StoredDocument, User
from dignity.web.deps import (
    Csrf,
    Service,
    WebUser,
    editable_case,
    read_case,
    read_document,
    read_fact,
    CaseReader,
    case_reader,
    open_service,
)
from dignity.web.uploads import JobView
from dignity.web.templating import flash, is_htmx, render
from dignity.web.viewmodel import highlight, review_counts, row_from_stored
from dignity.web.pages.common import render_fragment, render_page, see_other

router = APIRouter(include_in_schema=False)


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
    return see_other(f"/cases/{case.id}#sources")


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
    uploads = [Upload(await f.read(), f.filename or "upload") for f in files]
    queue = request.app.state.uploads
    jobs = await run_in_threadpool(queue.submit, case.id, user.id, uploads)
    if await queue.wait([j.id for j in jobs], request.app.state.settings.upload_wait_s):
        jobs = await run_in_threadpool(queue.jobs, [j.id for j in jobs])
        if all(j.done for j in jobs):
            return _upload_answer(request, case, jobs)
    url = f"/cases/{case.id}/uploads/{jobs[0].batch}"
    if is_htmx(request):
        return render(request, "_upload_progress.html", {"jobs": jobs, "case": case, "url": url})
    return see_other(url)


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
    return see_other(f"/cases/{case.id}/documents/{doc.id}")
