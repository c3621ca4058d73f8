"""Reports and letters of a case, through ``dignity.report``'s public functions.

The case page links "Download report" (HTML, PDF) and "Draft letter" (visit,
rapporteur, authorities as DOCX) when ``dignity.report`` provides them; when
it does not (an older install), the links are left out and the routes say 404.
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass
from typing import Any, Callable

__all__ = ["ReportFunctions", "report_functions", "LETTER_LABELS"]

log = logging.getLogger(__name__)

LETTER_LABELS = {"visit": "Request for a monitoring visit",
                 "rapporteur": "Communication to the UN Special Rapporteur on torture",
                 "authorities": "Letter to the authorities"}


@dataclass(frozen=True)
class ReportFunctions:
    from_case_file: Callable[..., Any]
    render_html: Callable[..., str]
    render_pdf: Callable[..., bytes] | None
    render_letter: Callable[..., bytes] | None
    letter_kinds: tuple[str, ...]


def _first(names: list[tuple[str, str]]) -> Any:
    import importlib

    for module, attr in names:
        try:
            value = getattr(importlib.import_module(module), attr, None)
        except Exception as exc:  # noqa: BLE001 - a missing or half-built module: look elsewhere
            log.debug("dignity.report: %s.%s not available (%s)", module, attr, exc)
            continue
        if value is not None:
            return value
    return None


@functools.lru_cache(maxsize=1)
def report_functions() -> ReportFunctions | None:
    data_cls = _first([("dignity.report", "ReportData"), ("dignity.report.data", "ReportData")])
    render_html = _first([("dignity.report", "render_html"), ("dignity.report.render", "render_html")])
    if data_cls is None or render_html is None or not hasattr(data_cls, "from_case_file"):
        return None
    render_pdf = _first([("dignity.report", "render_pdf"), ("dignity.report.render", "render_pdf")])
    render_letter = _first([("dignity.report", "render_letter"), ("dignity.report.letters", "render_letter")])
    kinds = _first([("dignity.report", "LETTER_KINDS"), ("dignity.report.letters", "LETTER_KINDS")])
    kinds = tuple(k for k in (kinds or ()) if k in LETTER_LABELS) if render_letter else ()
    return ReportFunctions(data_cls.from_case_file, render_html, render_pdf, render_letter, kinds)
