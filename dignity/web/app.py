"""The FastAPI application: ``create_app(database_url)``.

Pages (server-rendered Jinja2, htmx for progressive enhancement) live in
``dignity.web.pages``, the JSON API under ``/api/v1`` in ``dignity.web.api``.
Static files (CSS, the small app script, vendored htmx and Swagger UI) are
served from the package, so the app works with no network at all.
"""

from __future__ import annotations

import contextlib
import json
import logging
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException

from dignity.cases import CaseError
from dignity.web.cache import CaseFileCache, FragmentCache
from dignity.web.config import Settings
from dignity.web.deps import ApiAuthRequired, CsrfFailed, LoginRequired
from dignity.web.security import LoginThrottle, SessionMiddleware
from dignity.web.uploads import UploadQueue
from dignity.web.templating import is_htmx, make_environment, render

__all__ = ["create_app"]

log = logging.getLogger(__name__)

PACKAGE = Path(str(resources.files("dignity.web")))
STATIC = PACKAGE / "static"

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
       "base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
#: Swagger UI sets inline styles.
CSP_DOCS = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")

API_DESCRIPTION = """\
The case files of a team, as JSON.  Ask for a token with your user name and password
(`POST /api/v1/auth/token`, form fields `username` and `password`) and send it as
`Authorization: Bearer <token>`.  Facts and findings are `dignity.model` dumps, the same
JSON as the command line's.  A case, document or fact you are not a member of is 404,
exactly as one that does not exist; 403 means you may read it but not change it.
"""


def _is_api(path: str) -> bool:
    return path == "/api" or path.startswith("/api/")


class _TooLarge(StarletteHTTPException):
    """Raised while the body streams in; an HTTPException, so that FastAPI's body
    parsing passes it on to the error handlers (413) instead of calling it a 400."""


class BodyLimitMiddleware:
    """413 for a request body over the limit: checked on Content-Length, and counted
    while the body streams in (nothing is handled, so nothing is stored)."""

    def __init__(self, app: Any, *, settings: Settings) -> None:
        self.app = app
        self.settings = settings

    def _limit(self, path: str) -> int:
        if path.rstrip("/").endswith("/documents"):
            return self.settings.max_request_bytes
        return 2 * 1024 * 1024

    def _message(self, path: str) -> str:
        s = self.settings
        if path.rstrip("/").endswith("/documents"):
            return (f"the upload is too large: a file may have at most {s.max_upload_label} "
                    f"(and one upload at most {s.max_request_bytes // (1024 * 1024)} MB); nothing was stored")
        return "the request is too large"

    def _response(self, path: str) -> Response:
        msg = self._message(path)
        if _is_api(path):
            return JSONResponse({"detail": msg}, status_code=413)
        return HTMLResponse(f"<!doctype html><html lang=\"en\"><title>Too large</title><main><h1>413: too large"
                            f"</h1><p>{msg}.</p></main></html>", status_code=413)

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")
        limit = self._limit(path)
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    if int(value) > limit:
                        await self._response(path)(scope, receive, send)
                        return
                except ValueError:
                    pass
        seen = 0
        started = False

        async def counting_receive() -> Any:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise _TooLarge(413, detail=self._message(path))
            return message

        async def tracking_send(message: Any) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except _TooLarge:
            if not started:
                await self._response(path)(scope, receive, send)


class SecurityHeadersMiddleware:
    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")
        docs = path == "/docs"
        static = path.startswith("/static/")

        async def send_wrapper(message: Any) -> None:
            if message["type"] == "http.response.start":
                h = MutableHeaders(scope=message)
                h.setdefault("Content-Security-Policy", CSP_DOCS if docs else CSP)
                h.setdefault("X-Content-Type-Options", "nosniff")
                h.setdefault("X-Frame-Options", "DENY")
                h.setdefault("Referrer-Policy", "same-origin")
                if not static:  # case files: never kept by the browser or a proxy
                    h.setdefault("Cache-Control", "no-store")
                if scope.get("scheme") == "https":
                    h.setdefault("Strict-Transport-Security", "max-age=31536000")
            await send(message)

        await self.app(scope, receive, send_wrapper)


def create_app(database_url: str | None = None, *, settings: Settings | None = None, **overrides: Any) -> FastAPI:
    """The web app on the store at ``database_url`` (see ``dignity.store.database_url``).

    ``settings``: a ``Settings``; else one is made from the environment and ``overrides``
    (``secret_key=``, ``data_dir=``, ``max_upload_mb=`` ...).
    """
    from dignity.store import Store

    if settings is None:
        settings = Settings(database_url=database_url, **overrides)
    elif database_url is not None:
        settings.database_url = database_url
    store = Store(settings.database_url)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI):
        import anyio.to_thread

        # Fewer worker threads than Starlette's 40: the pages are short CPU work under
        # the GIL, and a crowd of threads only queues for it (uploads have their own).
        anyio.to_thread.current_default_thread_limiter().total_tokens = settings.threads
        app.state.uploads.start()  # files queued before a restart are read now
        try:
            yield
        finally:
            app.state.uploads.close()
            store.dispose()

    app = FastAPI(title="Dignity", version=_version(), description=API_DESCRIPTION, docs_url=None, redoc_url=None,
                  openapi_url="/openapi.json", lifespan=lifespan)
    app.state.settings = settings
    app.state.store = store
    app.state.cache = CaseFileCache(settings.cache_size)
    app.state.fragments = FragmentCache()
    app.state.limiter = LoginThrottle(settings.login_attempts, settings.login_attempts_per_address,
                                      settings.login_attempts_per_user, settings.login_window_s)
    app.state.templates = make_environment()
    app.state.uploads = UploadQueue(store, workers=settings.upload_workers, timeout_s=settings.upload_timeout_s,
                                    max_bytes=settings.max_upload_bytes)

    # outermost last: security headers on everything, then the body limit, then the session
    app.add_middleware(SessionMiddleware, secret=settings.secret_key, max_age_s=settings.session_hours * 3600)
    app.add_middleware(BodyLimitMiddleware, settings=settings)
    app.add_middleware(SecurityHeadersMiddleware)

    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")

    from dignity.web import api, pages

    # the pages first: they are most of the requests, and routes are tried in order
    # (no page path starts with /api, so the order changes no match)
    app.include_router(pages.router)
    app.include_router(api.router)
    _install_error_handlers(app)

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse(_DOCS_HTML)

    @app.get("/healthz", include_in_schema=False)
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    return app


_DOCS_HTML = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Dignity API</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/static/swagger/swagger-ui.css">
</head>
<body>
<main id="swagger-ui" aria-label="Dignity API documentation"></main>
<noscript><p>The interactive documentation needs JavaScript; the description itself is at
<a href="/openapi.json">/openapi.json</a>.</p></noscript>
<script src="/static/swagger/swagger-ui-bundle.js"></script>
<script src="/static/swagger-init.js"></script>
</body>
</html>
"""


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("dignity")
    except Exception:  # noqa: BLE001 - not installed: a source checkout
        return "0"


def _install_error_handlers(app: FastAPI) -> None:
    def page_error(request: Request, status: int, title: str, message: str,
                   headers: dict[str, str] | None = None) -> Response:
        if is_htmx(request):
            h = {"HX-Retarget": "#alerts", "HX-Reswap": "innerHTML", **(headers or {})}
            return render(request, "_alert.html", {"level": "error", "message": message}, status=status, headers=h)
        return render(request, "error.html", {"status": status, "title": title, "message": message},
                      status=status, headers=headers)

    @app.exception_handler(LoginRequired)
    async def _login_required(request: Request, exc: LoginRequired) -> Response:
        target = request.url.path
        if request.url.query:
            target += "?" + request.url.query
        url = "/login" + (f"?next={quote(target, safe='/')}" if request.method == "GET" and target != "/" else "")
        if is_htmx(request):
            return Response(status_code=401, headers={"HX-Redirect": url})
        return RedirectResponse(url, status_code=303)

    @app.exception_handler(CsrfFailed)
    async def _csrf(request: Request, exc: CsrfFailed) -> Response:
        message = "the form's security token is missing or out of date; reload the page and try again"
        if _is_api(request.url.path):
            return JSONResponse({"detail": message}, status_code=403)
        return page_error(request, 403, "Form expired", message)

    @app.exception_handler(ApiAuthRequired)
    async def _api_auth(request: Request, exc: ApiAuthRequired) -> Response:
        return JSONResponse({"detail": exc.detail}, status_code=401, headers={"WWW-Authenticate": "Bearer"})

    @app.exception_handler(CaseError)
    async def _case_error(request: Request, exc: CaseError) -> Response:
        status = getattr(exc, "http_status", 400)
        message = " ".join(str(exc).split())
        if _is_api(request.url.path):
            return JSONResponse({"detail": message}, status_code=status)
        titles = {404: "Not found", 403: "Not allowed", 409: "Conflict", 400: "Not possible"}
        return page_error(request, status, titles.get(status, "Error"), message)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        headers = getattr(exc, "headers", None)
        if _is_api(request.url.path):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=headers)
        detail = exc.detail if isinstance(exc.detail, str) else json.dumps(exc.detail)
        if exc.status_code == 404 and detail == "Not Found":
            detail = "there is no such page"
        return page_error(request, exc.status_code, "Error" if exc.status_code != 404 else "Not found", detail,
                          headers=headers)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> Response:
        errors = exc.errors()
        if _is_api(request.url.path):
            return JSONResponse({"detail": _jsonable(errors)}, status_code=422)
        parts = []
        for e in errors[:5]:
            where = ".".join(str(x) for x in e.get("loc", ()) if x not in ("body", "query", "path", "form"))
            parts.append(f"{where}: {e.get('msg')}" if where else str(e.get("msg")))
        return page_error(request, 400, "Check the form", "; ".join(parts) or "the request is not valid")


def _jsonable(errors: Any) -> Any:
    from fastapi.encoders import jsonable_encoder

    try:
        return jsonable_encoder(errors)
    except Exception:  # noqa: BLE001 - an unserialisable ctx: keep the messages
        return [{"loc": e.get("loc"), "msg": e.get("msg"), "type": e.get("type")} for e in errors]
