"""The JSON API under ``/api/v1``: bearer tokens, the same permissions as the pages,
and the ``dignity.model`` JSON contract for facts and findings.

Errors are ``{"detail": "<one line>"}``: 401 no or bad token, 403 a member who
may not do this (a viewer changing a case), 404 no such thing *or not a member*
(never telling which), 400 bad input, 409 a conflict (a duplicate document, a
name taken), 413 a file over the limit, 415 a file type Dignity cannot read,
422 a file it could not read (damaged, empty, no text) or a malformed request,
429 too many failed sign-ins.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from fastapi.security import OAuth2PasswordBearer
from pydantic import BaseModel, ConfigDict, Field

from dignity.cases import CaseService, Forbidden, Upload, effective_fact
from dignity.cases.casefile import CaseDocument
from dignity.errors import InputError
from dignity.store.models import AuditEntry, Case, StoredFact, User
from dignity.web.deps import (ApiUser, Service, editable_case, read_case, read_document, read_fact,
                              run_extraction)
from dignity.web.pages import cached_case_view
from dignity.web.security import password_fingerprint

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


class CaseIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    kind: Literal["detainee", "facility"] = "detainee"


class ReviewIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    action: Literal["accept", "reject", "edit"]
    value: Any = Field(None, description="for edit: the new value, or an object of fact fields to change")
    note: str | None = None


class MemberIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    role: Literal["owner", "editor", "viewer"] = "editor"


# --------------------------------------------------------------------------- JSON helpers


def _time(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def _user_json(u: User) -> dict[str, Any]:
    return {"id": u.id, "username": u.username, "role": u.role, "active": u.active}


def _case_json(svc: CaseService, case: Case, user: User) -> dict[str, Any]:
    return {"id": case.id, "name": case.name, "kind": case.kind, "created_at": _time(case.created_at),
            "created_by": case.creator.username if case.creator else None, "role": svc.member_role(case, user),
            "can_edit": svc.can_edit(case, user), "can_manage": svc.can_manage(case, user)}


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
          password: Annotated[str, Form()]) -> Any:
    limiter = request.app.state.limiter
    key = limiter.key(username, request.client.host if request.client else None)
    wait = limiter.retry_after(key)
    if wait:
        return JSONResponse({"detail": f"too many failed sign-ins for this user name; try again in {wait} s"},
                            status_code=429, headers={"Retry-After": str(wait)})
    user = svc.authenticate(username, password)
    if user is None:
        limiter.failed(key)
        return JSONResponse({"detail": "wrong user name or password"}, status_code=401,
                            headers={"WWW-Authenticate": "Bearer"})
    limiter.succeeded(key)
    tokens = request.app.state.tokens
    return TokenOut(access_token=tokens.issue(user.id, password_fingerprint(user.password_hash)),
                    expires_in=tokens.max_age_s)


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


@router.get("/cases/{case_id}/casefile", dependencies=Auth,
            summary="The whole case file (the export contract of `dignity case export --format json`)")
def get_case_file(request: Request, case_id: int, svc: Service, user: ApiUser,
                  explain: bool = False) -> dict[str, Any]:
    case = read_case(svc, case_id, user)
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
            summary="The findings, recomputed from the reviewed facts (dignity.model.Finding)")
def list_findings(request: Request, case_id: int, svc: Service, user: ApiUser,
                  explain: bool = False) -> dict[str, Any]:
    case = read_case(svc, case_id, user)
    cf = cached_case_view(request, svc, case, user).case_file
    return {"findings": [f.model_dump(mode="json", exclude=None if explain else {"trace"}) for f in cf.findings],
            "as_of": cf.as_of, "finding_counts": cf.finding_counts()}


@router.get("/cases/{case_id}/audit", dependencies=Auth, summary="The audit log of the case, oldest first")
def audit(case_id: int, svc: Service, user: ApiUser,
          limit: Annotated[int | None, Query(ge=1, le=10000)] = None) -> dict[str, Any]:
    case = read_case(svc, case_id, user)
    return {"entries": [_audit_json(e) for e in svc.audit_log(case, user, limit=limit)]}


def _audit_json(e: AuditEntry) -> dict[str, Any]:
    return {"id": e.id, "at": _time(e.at), "user": e.user.username if e.user else None, "action": e.action,
            "object_type": e.object_type, "object_id": e.object_id, "before": e.before, "after": e.after}


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
                       date: Annotated[str | None, Form()] = None) -> Any:
    from dignity.web.pages import _check_upload_sizes

    case = await run_in_threadpool(editable_case, svc, case_id, user)
    _check_upload_sizes(request, [file])
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
    def add() -> Any:
        result = svc.add_documents(case, [Upload(data, name, title=title or None, date=date or None)], user)[0]
        if result.status == "duplicate":
            return JSONResponse({"detail": result.message, "document_id": result.document_id,
                                 "status": "duplicate"}, status_code=409)
        if result.status == "error":
            problem = result.problem or "could not be read"
            status = 413 if "too large" in problem else 422
            return JSONResponse({"detail": f"{name}: {problem}" + ("" if "nothing stored" in problem else
                                                                   "; nothing stored")}, status_code=status)
        svc.session.expire_all()
        doc = read_document(svc, case.id, result.document_id, user)  # type: ignore[arg-type]
        run = doc.current_extraction
        return {"status": "added", "document": {
            "id": doc.id, "sha256": doc.sha256, "filename": doc.filename, "title": doc.title, "date": doc.date,
            "language": doc.language, "media_type": doc.media_type, "size": doc.size,
            "extraction_id": run.id if run else None, "extractor_version": run.extractor_version if run else None,
            "facts": result.facts}}

    return await run_extraction(request, add)


@router.get("/documents/{document_id}", dependencies=Auth, summary="A document, with its normalised text")
def get_document(document_id: int, svc: Service, user: ApiUser) -> dict[str, Any]:
    doc = read_document(svc, None, document_id, user)
    run = doc.current_extraction
    return {"id": doc.id, "case_id": doc.case_id, "sha256": doc.sha256, "filename": doc.filename,
            "title": doc.title, "date": doc.date, "language": doc.language, "media_type": doc.media_type,
            "size": doc.size, "added_at": _time(doc.added_at), "added_by": doc.adder.username if doc.adder else None,
            "extraction_id": run.id if run else None, "text": doc.text}


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
