"""Jinja2 for the pages: autoescaping always on, templates inside the package."""

from __future__ import annotations

import json
from typing import Any

import jinja2
from fastapi import Request
from fastapi.responses import HTMLResponse

from dignity.extract.languages import not_assessed_reason
from dignity.labels import rule_label, type_label
from dignity.web.viewmodel import REVIEW_LABELS, STATUS_LABELS

__all__ = ["make_environment", "render", "render_string", "is_htmx", "flash"]


def make_environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("dignity.web", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,  # the templates ship in the package: no stat() per render
    )
    env.globals.update(STATUS_LABELS=STATUS_LABELS, REVIEW_LABELS=REVIEW_LABELS, type_label=type_label,
                       rule_label=rule_label)
    env.filters["json_pretty"] = lambda v: json.dumps(v, ensure_ascii=False, indent=2, sort_keys=True, default=str)
    env.filters["dt"] = lambda v: v.strftime("%Y-%m-%d %H:%M UTC") if v is not None else ""
    env.filters["size"] = _size
    env.filters["not_assessed"] = lambda lang: not_assessed_reason(lang) or ""
    env.filters["timeline_anchor"] = timeline_anchor
    return env


def timeline_anchor(entry: Any) -> str:
    """Where a timeline row points in its document: the words of its fact, else its
    sentence (marked by the document page: ``?at=start-end#at``)."""
    if getattr(entry, "fact_id", None):
        return f"#ev-{entry.fact_id}-0"
    a, b = getattr(entry, "sentence_start", None), getattr(entry, "sentence_end", None)
    if a is None or b is None:
        a, b = getattr(entry, "start", None), getattr(entry, "end", None)
    return f"?at={a}-{b}#at" if a is not None and b is not None else ""


def _size(n: int | None) -> str:
    if n is None:
        return ""
    if n < 1024:
        return f"{n} B"
    if n < 1024 * 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n / (1024 * 1024):.1f} MB"


def is_htmx(request: Request) -> bool:
    return request.headers.get("HX-Request") == "true"


def flash(request: Request, message: str, level: str = "info") -> None:
    """A message shown on the next page (kept in the session cookie)."""
    sess = request.scope.get("session")
    if sess is None:
        return
    items = list(sess.get("flash") or [])[-4:]
    items.append([level, message[:500]])
    sess["flash"] = items
    sess.modified = True


def _context(request: Request, ctx: dict[str, Any], *, page: bool = True) -> dict[str, Any]:
    sess = request.scope.get("session")
    messages: list[Any] = []
    if page and sess is not None and sess.get("flash"):
        messages = sess.pop("flash")
        sess.modified = True
    base = {
        "request": request,
        "user": getattr(request.state, "user", None),
        "csrf_token": sess.csrf_token() if sess is not None else "",
        "messages": messages,
        "path": request.url.path,
        "settings": request.app.state.settings,
    }
    base.update(ctx)
    return base


def render_string(request: Request, name: str, ctx: dict[str, Any]) -> str:
    env: jinja2.Environment = request.app.state.templates
    # fragments (``_name.html``) leave the flash messages for the next full page
    return env.get_template(name).render(_context(request, ctx, page=not name.startswith("_")))


def render(request: Request, name: str, ctx: dict[str, Any] | None = None, *, status: int = 200,
           headers: dict[str, str] | None = None) -> HTMLResponse:
    return HTMLResponse(render_string(request, name, ctx or {}), status_code=status, headers=headers)
