"""What every page shares: the reader's view of a case (cached per version), fragments
with the CSRF token put in at the end, redirects that stay on this site, and the
words of the reader's language."""

from __future__ import annotations

import re
import secrets
from typing import Any, Callable
from urllib.parse import urlsplit

from fastapi import Request
from fastapi.responses import RedirectResponse, Response
from markupsafe import Markup

from dignity.cases import CaseService
from dignity.store.models import Case, User
from dignity.web.deps import CaseReader
from dignity.web.templating import render_string
from dignity.web.viewmodel import CaseView, case_view


#: what a review form's ``ctx`` field may hold (a short name, echoed back in the row it answers with)
CTX_NAME = re.compile(r"^[A-Za-z0-9_.-]{0,64}$")
#: facts per page of a case's facts
FACTS_PER_PAGE = 200


def local_url(next_url: str | None, default: str) -> str:
    """A redirect target on this site only (a path, never '//host' or 'scheme:')."""
    if not next_url:
        return default
    parts = urlsplit(next_url)
    if parts.scheme or parts.netloc or not next_url.startswith("/") or next_url.startswith("//") \
            or "\\" in next_url:
        return default
    return next_url


def client_address(request: Request) -> str:
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
CSRF_PLACEHOLDER = "csrf-placeholder-" + secrets.token_hex(16)


CSRF_PLACEHOLDER_B = CSRF_PLACEHOLDER.encode("ascii")


class Fragment:
    """Rendered HTML kept as UTF-8 (encoding a long page costs more than rendering
    its frame), cut where the reader's CSRF token goes."""

    __slots__ = ("parts", "size")

    def __init__(self, html: str) -> None:
        self.parts = html.encode("utf-8").split(CSRF_PLACEHOLDER_B)
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
    return Fragment(render_string(request, name, {**ctx, "csrf_token": CSRF_PLACEHOLDER}))


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


SLOT = "slot-" + secrets.token_hex(16) + "-"


def render_page(request: Request, name: str, ctx: dict[str, Any], slots: dict[str, Fragment]) -> Response:
    """Page ``name`` with the fragments ``slots`` (context name -> fragment) put in as
    bytes, each with the reader's CSRF token: only the page's frame is rendered and
    encoded per request."""
    marks = {key: f"{SLOT}{key}-" for key in slots}
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


def see_other(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


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


def reader_words(lang: str) -> dict[str, Any]:
    """What the templates need to speak ``lang``: ``t``, the locale (``i18n``), the languages."""
    from dignity.report.i18n import LANGUAGES, locale

    loc = locale(lang, html=True)
    return {"lang": loc.lang, "t": loc.t, "i18n": loc,
            "languages": [(code, locale(code).t("language")) for code in LANGUAGES]}
