"""The JSON API under ``/api/v1``: bearer tokens, the same permissions as the pages,
and the ``dignity.model`` JSON contract for facts and findings.

Errors are ``{"detail": "<one line>"}``: 401 no or bad token, 403 a member who
may not do this (a viewer changing a case), 404 no such thing *or not a member*
(never telling which), 400 bad input, 409 a conflict (a duplicate document, a
name taken), 413 a file over the limit, 415 a file type Dignity cannot read,
422 a file it could not read (damaged, empty, no text) or a malformed request,
429 too many failed sign-ins (from this address, or for this user name).

Tokens are kept server-side (hashed): ``GET /api/v1/auth/tokens`` lists yours,
``DELETE /api/v1/auth/tokens/{id}`` ends one, ``POST /api/v1/auth/revoke`` ends
the one you send; a new password or a deactivation ends them all.

Uploads are read by the server's upload workers: ``POST .../documents`` waits
up to ``wait`` seconds (default: the server's ``upload_wait_s``) and answers 201
(added) or the error, else 202 with the job to follow at ``/api/v1/uploads/{id}``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from fastapi.security import OAuth2PasswordBearer
from pydantic import BaseModel, ConfigDict, Field

from dignity.cases import CaseError, CaseService, Forbidden, InvalidInput, Upload, effective_fact
from dignity.cases.casefile import CaseDocument
from dignity.errors import InputError
from dignity.cases.audit import audit_row, case_names
from dignity.store.models import AuditEntry, AuthSession, Case, StoredFact, User
from dignity.extract.languages import not_assessed_reason
from dignity.web.deps import ApiUser, Service, editable_case, read_case, read_document, read_fact
from dignity.web.pages import (audit_csv_response, cached_case_view, check_upload_sizes, parse_audit_filter,
                               throttled)
from dignity.web.security import THROTTLED
from dignity.web.uploads import JobView

__all__ = ["router"]

#: Declared so that /docs offers "Authorize" (the dependency that checks it is ``api_user``).
_bearer = OAuth2PasswordBearer(tokenUrl="/api/v1/auth/token", auto_error=False)

router = APIRouter(prefix="/api/v1", tags=["api"])


def _auth_doc(token: Annotated[str | None, Depends(_bearer)] = None) -> None:
    """Only documents the bearer scheme in OpenAPI."""


Auth = [Depends(_auth_doc)]


# --------------------------------------------------------------------------- schemas


class TokenOut(BaseModel):
    access_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_in: int = Field(description="seconds")
    token_id: int = Field(description="its id, to list or revoke it")


class CaseIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    kind: Literal["detainee", "facility"] = "detainee"


class ReviewIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    action: Literal["accept", "reject", "edit"]
    value: Any = Field(None, description="for edit: the new value, or an object of fact fields to change")
    note: str | None = None


class StandardsIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    jurisdiction: str | None = Field(None, description="the country of the place of detention (ISO 3166: US, "
                                     "FR, MX), which brings in its regional and national standards; null: "
                                     "detected from the documents")
    standards: list[str] | None = Field(None, description="assess against these standards only (ids: "
                                        "mandela, iccpr ...); null: those that apply")


class LanguageIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    language: str = Field(description="ISO 639-1 code (en, es, fr ...); the document is read again in it")


class MemberIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    role: Literal["owner", "editor", "viewer"] = "editor"


class PeopleIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    merge: list[str] = Field(default_factory=list, description="names that are one person (two or more)")
    into: str | None = Field(None, description="with merge: the name the person goes by (default: the first)")
    split: str | None = Field(None, description="a name wrongly merged: a person of its own")


# --------------------------------------------------------------------------- JSON helpers


def _time(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def _user_json(u: User) -> dict[str, Any]:
    return {"id": u.id, "username": u.username, "role": u.role, "active": u.active}


def _case_json(svc: CaseService, case: Case, user: User) -> dict[str, Any]:
    return {"id": case.id, "name": case.name, "kind": case.kind, "created_at": _time(case.created_at),
            "created_by": case.creator.username if case.creator else None, "role": svc.member_role(case, user),
            "can_edit": svc.can_edit(case, user), "can_manage": svc.can_manage(case, user),
            "jurisdiction": case.jurisdiction, "standards": case.standards.split(",") if case.standards else None}


def _review_json(f: StoredFact) -> dict[str, Any]:
    return {"status": f.review_status, "edited_value": f.edited_value,
            "reviewed_by": f.reviewer.username if f.reviewer else None, "reviewed_at": _time(f.reviewed_at),
            "note": f.note, "origin": f.origin, "document_id": f.extraction.document_id}


def _fact_json(f: StoredFact, explain: bool = False) -> dict[str, Any]:
    return effective_fact(f).model_dump(mode="json", exclude=None if explain else {"explain"})


def _doc_json(d: CaseDocument) -> dict[str, Any]:
    return d.model_dump(mode="json", exclude={"text"})


# --------------------------------------------------------------------------- auth


@router.post("/auth/token", response_model=TokenOut, summary="A bearer token for a user name and password")
def token(request: Request, svc: Service, username: Annotated[str, Form()],
          password: Annotated[str, Form()], label: Annotated[str | None, Form()] = None) -> Any:
    limiter = request.app.state.limiter
    address = request.client.host if request.client else None
    wait = throttled(request, svc, username)
    if wait:
        return JSONResponse({"detail": THROTTLED.format(wait=wait)}, status_code=429,
                            headers={"Retry-After": str(wait)})
    hours = request.app.state.settings.token_hours
    signed = svc.sign_in(username, password, kind="token", hours=hours,
                         label=label or (request.headers.get("user-agent") or "")[:200] or None)
    if signed is None:
        limiter.failed(username, address)
        return JSONResponse({"detail": "wrong user name or password"}, status_code=401,
                            headers={"WWW-Authenticate": "Bearer"})
    limiter.succeeded(username, address)
    _, secret, row = signed
    return TokenOut(access_token=secret, expires_in=int(hours * 3600), token_id=row.id)


def _session_json(row: AuthSession, current: int | None) -> dict[str, Any]:
    return {"id": row.id, "kind": row.kind, "user": row.user.username, "label": row.label,
            "address": row.address, "created_at": _time(row.created_at), "expires_at": _time(row.expires_at),
            "revoked_at": _time(row.revoked_at), "revoked_reason": row.revoked_reason, "current": row.id == current}


@router.get("/auth/tokens", dependencies=Auth,
            summary="Your valid sign-ins and tokens (admins: anyone's with ?user=, everyone's with ?all=true)")
def list_tokens(request: Request, svc: Service, user: ApiUser, username: Annotated[str | None, Query(
        alias="user")] = None, all: bool = False, ended: bool = False) -> dict[str, Any]:
    current = request.state.auth_session.id
    if all:
        rows = svc.list_all_sessions(user)
    else:
        target = svc.get_user(username) if username else None
        rows = svc.list_sessions(user, user=target, include_ended=ended)
    return {"sessions": [_session_json(r, current) for r in rows]}


@router.delete("/auth/tokens/{token_id}", dependencies=Auth, status_code=204,
               summary="End a sign-in or token (yours; admins: anyone's)")
def revoke_token(token_id: int, svc: Service, user: ApiUser) -> None:
    svc.revoke_session(token_id, user)


@router.post("/auth/revoke", dependencies=Auth, status_code=204, summary="End the token of this request")
def revoke_this_token(request: Request, svc: Service, user: ApiUser) -> None:
    svc.revoke_session(request.state.auth_session.id, user, reason="sign-out")


@router.get("/me", dependencies=Auth, summary="The user of the token")
def me(user: ApiUser) -> dict[str, Any]:
    return _user_json(user)


# --------------------------------------------------------------------------- cases


@router.get("/cases", dependencies=Auth, summary="The cases you are a member of (admins: all)")
def list_cases(request: Request, svc: Service, user: ApiUser) -> dict[str, Any]:
    out = []
    for case in svc.list_cases(user):
        view = cached_case_view(request, svc, case, user)
        out.append({**_case_json(svc, case, user), "documents": len(view.case_file.documents),
                    "finding_counts": view.counts, "review_counts": view.case_file.review_counts})
    return {"cases": out}


@router.post("/cases", dependencies=Auth, status_code=201, summary="A new case; you become its owner")
def create_case(body: CaseIn, svc: Service, user: ApiUser) -> dict[str, Any]:
    case = svc.create_case(body.name, user, kind=body.kind)
    return _case_json(svc, case, user)


@router.get("/cases/{case_id}", dependencies=Auth, summary="A case: its documents and counts")
def get_case(request: Request, case_id: int, svc: Service, user: ApiUser) -> dict[str, Any]:
    case = read_case(svc, case_id, user)
    cf = cached_case_view(request, svc, case, user).case_file
    return {**_case_json(svc, case, user), "as_of": cf.as_of, "documents": [_doc_json(d) for d in cf.documents],
            "review_counts": cf.review_counts, "finding_counts": cf.finding_counts(),
            "contradictions": len(cf.contradictions)}


@router.patch("/cases/{case_id}", dependencies=Auth,
              summary="A case's standards: its jurisdiction and the standards it is assessed against")
def set_case_standards(case_id: int, body: StandardsIn, svc: Service, user: ApiUser) -> dict[str, Any]:
    case = svc.set_standards(case_id, user, jurisdiction=body.jurisdiction, standards=body.standards)
    return _case_json(svc, case, user)


@router.get("/standards", dependencies=Auth, summary="The installed standards, binding first")
def list_standards() -> dict[str, Any]:
    from dignity.assess.registry import installed

    return {"standards": [{"id": c.id, "standard": c.standard, "short": c.short, "kind": c.kind.value,
                           "scope": list(c.scope), "applies_to": list(c.applies_to), "citation": c.citation,
                           "rules": len(c.rules)} for c in installed().values()]}


@router.get("/cases/{case_id}/casefile", dependencies=Auth,
            summary="The whole case file (the export contract of `dignity case export --format json`)")
def get_case_file(request: Request, case_id: int, svc: Service, user: ApiUser,
                  explain: bool = False) -> dict[str, Any]:
    case = read_case(svc, case_id, user)
    svc.record_access(user, "case.export", case_id=case.id, object_type="case", object_id=case.id,
                      after={"name": case.name, "format": "json"})
    return cached_case_view(request, svc, case, user).case_file.to_json(explain=explain)


@router.get("/cases/{case_id}/facts", dependencies=Auth,
            summary="Every fact of the case's current extractions, reviews applied (dignity.model.Fact)")
def list_facts(case_id: int, svc: Service, user: ApiUser,
               status: Annotated[Literal["unreviewed", "accepted", "edited", "rejected"] | None, Query()] = None,
               explain: bool = False) -> dict[str, Any]:
    case = read_case(svc, case_id, user)
    facts = [f for f in svc.current_facts(case, user) if status is None or f.review_status == status]
    return {"facts": [_fact_json(f, explain) for f in facts],
            "reviews": {str(f.id): _review_json(f) for f in facts}}


@router.get("/cases/{case_id}/findings", dependencies=Auth,
            summary="The findings, recomputed from the reviewed facts and the documents' topic mentions "
                    "(dignity.model.Finding; `topics`: the mentions they rest on)")
def list_findings(request: Request, case_id: int, svc: Service, user: ApiUser,
                  explain: bool = False) -> dict[str, Any]:
    case = read_case(svc, case_id, user)
    cf = cached_case_view(request, svc, case, user).case_file
    used = {t for f in cf.findings for t in f.topics}
    return {"findings": [f.model_dump(mode="json", exclude=None if explain else {"trace"}) for f in cf.findings],
            "as_of": cf.as_of, "finding_counts": cf.finding_counts(), "not_assessed": cf.not_assessed,
            # the topic mentions the findings rest on (``Finding.topics`` names their ids)
            "topics": [t.model_dump(mode="json") for t in cf.topics if t.id in used]}


@router.get("/cases/{case_id}/people", dependencies=Auth,
            summary="The people of the case, the detainee first: names, facts, findings, documents")
def list_people(request: Request, case_id: int, svc: Service, user: ApiUser) -> dict[str, Any]:
    case = read_case(svc, case_id, user)
    cf = cached_case_view(request, svc, case, user).case_file
    return {"people": [p.model_dump(mode="json") for p in cf.people],
            "names": {r.name: r.person for r in svc.person_names(case, user)}}


@router.post("/cases/{case_id}/people", dependencies=Auth,
             summary="Merge names that are one person, or split a wrongly merged name off (kept by names: "
                     "it survives a re-extraction)")
def post_people(request: Request, case_id: int, body: PeopleIn, svc: Service, user: ApiUser) -> dict[str, Any]:
    case = read_case(svc, case_id, user)
    if not body.merge and not body.split:
        raise InvalidInput("give 'merge' (two or more names) or 'split' (a name)")
    if body.merge:
        svc.merge_people(case, user, body.merge, into=body.into)
    if body.split:
        svc.split_name(case, user, body.split)
    return list_people(request, case.id, svc, user)


@router.get("/cases/{case_id}/audit", dependencies=Auth, summary="The audit log of the case, oldest first")
def audit(case_id: int, svc: Service, user: ApiUser,
          limit: Annotated[int | None, Query(ge=1, le=10000)] = None) -> dict[str, Any]:
    case = read_case(svc, case_id, user)
    return {"entries": [_audit_json(e) for e in svc.audit_log(case, user, limit=limit)]}


def _audit_json(e: AuditEntry) -> dict[str, Any]:
    return audit_row(e)


@router.get("/audit", dependencies=Auth,
            summary="The audit log, newest first, with filters (admins; a member: ?case= of their case)")
def audit_all(request: Request, svc: Service, user: ApiUser,
              username: Annotated[str | None, Query(alias="user")] = None, case: int | None = None,
              action: str | None = None, kind: str | None = None, since: str | None = None,
              until: str | None = None, limit: Annotated[int, Query(ge=1, le=1000)] = 100,
              offset: Annotated[int, Query(ge=0)] = 0,
              format: Literal["json", "csv"] = "json") -> Any:
    flt = parse_audit_filter(username, case, action, kind, since, until)
    if case is not None and not user.is_admin:
        read_case(svc, case, user)  # a case one is not a member of is 404, as everywhere
    if format == "csv":
        return audit_csv_response(request, svc, user, flt)
    entries = svc.audit_entries(user, flt, limit=limit, offset=offset)
    names = case_names(svc.session, entries)
    return {"entries": [audit_row(e, names) for e in entries], "limit": limit, "offset": offset}


# --------------------------------------------------------------------------- members


@router.get("/cases/{case_id}/members", dependencies=Auth, summary="The members of a case")
def members(case_id: int, svc: Service, user: ApiUser) -> dict[str, Any]:
    case = read_case(svc, case_id, user)
    return {"members": [{"user": m.user.username, "user_id": m.user_id, "role": m.role,
                         "added_at": _time(m.added_at)} for m in svc.members(case, user)]}


@router.put("/cases/{case_id}/members/{username}", dependencies=Auth,
            summary="Add a member or change their role (owners and admins)")
def put_member(case_id: int, username: str, body: MemberIn, svc: Service, user: ApiUser) -> dict[str, Any]:
    case = read_case(svc, case_id, user)
    if not svc.can_manage(case, user):
        raise Forbidden(f"only an owner of case {case.name!r} or an admin can manage its members")
    row = svc.add_member(case, svc.get_user(username), body.role, by=user)
    return {"user": row.user.username if row.user else username, "role": row.role}


@router.delete("/cases/{case_id}/members/{username}", dependencies=Auth, status_code=204,
               summary="Remove a member (owners and admins)")
def delete_member(case_id: int, username: str, svc: Service, user: ApiUser) -> None:
    case = read_case(svc, case_id, user)
    if not svc.can_manage(case, user):
        raise Forbidden(f"only an owner of case {case.name!r} or an admin can manage its members")
    svc.remove_member(case, svc.get_user(username), by=user)


# --------------------------------------------------------------------------- documents


@router.get("/cases/{case_id}/documents", dependencies=Auth, summary="The documents of a case")
def list_documents(request: Request, case_id: int, svc: Service, user: ApiUser) -> dict[str, Any]:
    case = read_case(svc, case_id, user)
    cf = cached_case_view(request, svc, case, user).case_file
    return {"documents": [_doc_json(d) for d in cf.documents]}


@router.post("/cases/{case_id}/documents", dependencies=Auth, status_code=201,
             summary="Add a document (multipart field `file`): read, extracted and stored in one transaction",
             responses={409: {"description": "the same bytes are already in the case"},
                        413: {"description": "the file is over the size limit"},
                        415: {"description": "a file type Dignity cannot read"},
                        422: {"description": "a damaged, empty or unreadable file"}})
async def add_document(request: Request, case_id: int, svc: Service, user: ApiUser,
                       file: Annotated[UploadFile, File()], title: Annotated[str | None, Form()] = None,
                       date: Annotated[str | None, Form()] = None,
                       wait: Annotated[float | None, Query(ge=0, le=600, description="seconds to wait for "
                                                           "the file to be read")] = None) -> Any:
    case = await run_in_threadpool(editable_case, svc, case_id, user)
    check_upload_sizes(request, [file])
    name = Path(file.filename or "upload").name or "upload"
    data = await file.read()
    if not data:
        raise HTTPException(422, f"{name}: is empty; nothing stored")
    try:
        from dignity.ingest.readers import sniff

        sniff(data, Path(name).suffix, label=name)
    except InputError as exc:
        raise HTTPException(415, f"{name}: {exc.problem}; nothing stored") from None
    except ImportError:  # pragma: no cover - an ingest without sniff: the service says what is wrong
        pass
    if date:
        import datetime as dt

        try:
            if len(date) != 10:
                raise ValueError
            date = dt.date.fromisoformat(date).isoformat()
        except ValueError:
            raise HTTPException(422, f"date: {date!r} is not a date as YYYY-MM-DD") from None
    queue = request.app.state.uploads
    [job] = await run_in_threadpool(queue.submit, case.id, user.id,
                                    [Upload(data, name, title=title or None, date=date or None)])
    await queue.wait([job.id], request.app.state.settings.upload_wait_s if wait is None else wait)
    [job] = await run_in_threadpool(queue.jobs, [job.id])
    return await run_in_threadpool(_job_answer, svc, user, job)


def _job_answer(svc: CaseService, user: User, job: JobView) -> Any:
    if not job.done:
        return JSONResponse({"status": job.status, "job": job.json(), "url": f"/api/v1/uploads/{job.id}"},
                            status_code=202, headers={"Location": f"/api/v1/uploads/{job.id}"})
    if job.status == "duplicate":
        return JSONResponse({"detail": f"{job.filename}: {job.problem}", "document_id": job.document_id,
                             "status": "duplicate", "job": job.json()}, status_code=409)
    if job.status == "error":
        problem = job.problem or "could not be read"
        status = 413 if "too large" in problem else 422
        return JSONResponse({"detail": f"{job.filename}: {problem}" + ("" if "nothing stored" in problem else
                                                                       "; nothing stored"),
                             "status": "error", "job": job.json()}, status_code=status)
    doc = read_document(svc, job.case_id, job.document_id, user)  # type: ignore[arg-type]
    run = doc.current_extraction
    return JSONResponse({"status": "added", "job": job.json(), "document": {
        "id": doc.id, "sha256": doc.sha256, "filename": doc.filename, "title": doc.title, "date": doc.date,
        "language": doc.language, "media_type": doc.media_type, "size": doc.size,
        "extraction_id": run.id if run else None, "extractor_version": run.extractor_version if run else None,
        "facts": job.facts, "not_assessed": not_assessed_reason(doc.language)}}, status_code=201)


@router.get("/uploads/{job_id}", dependencies=Auth,
            summary="An upload: 202 while it waits or is read, then as the upload's own answer (201, 409, 4xx)")
def upload_job(request: Request, job_id: int, svc: Service, user: ApiUser) -> Any:
    jobs = request.app.state.uploads.jobs([job_id])
    if not jobs:
        raise HTTPException(404, f"no upload {job_id}")
    try:
        read_case(svc, jobs[0].case_id, user)
    except CaseError:
        raise HTTPException(404, f"no upload {job_id}") from None
    return _job_answer(svc, user, jobs[0])


@router.get("/documents/{document_id}", dependencies=Auth, summary="A document, with its normalised text")
def get_document(document_id: int, svc: Service, user: ApiUser) -> dict[str, Any]:
    doc = read_document(svc, None, document_id, user)
    svc.record_access(user, "document.view", case_id=doc.case_id, object_type="document", object_id=doc.id,
                      after={"title": doc.label})
    run = doc.current_extraction
    return {"id": doc.id, "case_id": doc.case_id, "sha256": doc.sha256, "filename": doc.filename,
            "title": doc.title, "date": doc.date, "language": doc.language, "media_type": doc.media_type,
            "size": doc.size, "added_at": _time(doc.added_at), "added_by": doc.adder.username if doc.adder else None,
            "extraction_id": run.id if run else None, "not_assessed": not_assessed_reason(doc.language),
            "text": doc.text}


@router.patch("/documents/{document_id}", dependencies=Auth,
              summary="Correct a document's language: it is read again with that language's rules")
def set_document_language(document_id: int, body: LanguageIn, svc: Service, user: ApiUser) -> dict[str, Any]:
    doc = read_document(svc, None, document_id, user)
    res = svc.set_language(doc.id, body.language, user)
    return {"id": doc.id, "language": doc.language, "status": res.status, "facts": res.facts,
            "not_assessed": not_assessed_reason(doc.language)}


# --------------------------------------------------------------------------- facts


@router.get("/facts/{fact_id}", dependencies=Auth, summary="A fact (reviews applied) and its review")
def get_fact(fact_id: int, svc: Service, user: ApiUser, explain: bool = False) -> dict[str, Any]:
    fact = read_fact(svc, fact_id, user)
    return {"fact": _fact_json(fact, explain), "review": _review_json(fact)}


@router.patch("/facts/{fact_id}", dependencies=Auth,
              summary="Review a fact: accept, reject, or edit its value (with a note)")
def review_fact(fact_id: int, body: ReviewIn, svc: Service, user: ApiUser) -> dict[str, Any]:
    read_fact(svc, fact_id, user)
    fact = svc.review_fact(fact_id, user, body.action, value=body.value, note=body.note)
    return {"fact": _fact_json(fact), "review": _review_json(fact)}


# --------------------------------------------------------------------------- search


@router.get("/search", dependencies=Auth, summary="Full-text search in your cases")
def search(svc: Service, user: ApiUser, q: str, case: int | None = None,
           limit: Annotated[int, Query(ge=1, le=200)] = 50) -> dict[str, Any]:
    scope = read_case(svc, case, user).id if case is not None else None
    hits = svc.search(user, q, limit=limit, case=scope)
    return {"hits": [{"case_id": h.case_id, "case_name": h.case_name, "document_id": h.document_id,
                      "title": h.title, "filename": h.filename, "label": h.label, "snippet": h.snippet,
                      "rank": h.rank} for h in hits]}
