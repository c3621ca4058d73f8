"""Reports and letters: what Dignity found, in documents people can read, print and send.

    import dignity
    from dignity.report import ReportData, render_html, render_pdf, render_markdown, render_letter

    data = ReportData.from_assessment(dignity.assess("letter.pdf"), title="...", prepared_by="...")
    # or, from a case file: ReportData.from_case_file(case_service.case_file(case, user))
    html = render_html(data)                  # self-contained: inline CSS and SVG charts
    pdf = render_pdf(data)                    # WeasyPrint, from that HTML
    md = render_markdown(data)
    docx = render_letter("authorities", data, "docx", LetterOptions(sender="Maria Chen"))

* ``data``: ``ReportData``, the one input of every renderer, and its adapters;
* ``render``: the report (HTML, PDF, Markdown);
* ``charts``: the timeline and conditions-by-document charts (SVG, written directly);
* ``letters``: the visit request, the communication to the Special Rapporteur on
  torture and the letter to the authorities (DOCX, PDF, Markdown);
* ``templating``: Jinja2 with the escaping rules that keep document text inert;
  templates in ``dignity/report/templates/``, overridable by a folder of one's own.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dignity.report.data import (Contradiction, ReportData, ReportFact, ReportFinding, SourceDocument,
                                     TimelineEntry)
    from dignity.report.letters import LETTER_KINDS, LetterOptions, render_letter, render_letter_markdown
    from dignity.report.render import html_to_pdf, render_html, render_markdown, render_pdf
    from dignity.report.templating import TemplateProblem

#: each public name and the module it lives in: imported on first use, so that reading the
#: label table (``dignity.labels``, which reads ``locales/`` of this package) or the
#: locale costs no Jinja2, report model or letter machinery
_WHERE = {
    "Contradiction": "data", "ReportData": "data", "ReportFact": "data", "ReportFinding": "data",
    "SourceDocument": "data", "TimelineEntry": "data",
    "LETTER_KINDS": "letters", "LetterOptions": "letters", "render_letter": "letters",
    "render_letter_markdown": "letters",
    "html_to_pdf": "render", "render_html": "render", "render_markdown": "render", "render_pdf": "render",
    "TemplateProblem": "templating",
}

__all__ = ["ReportData", "ReportFact", "ReportFinding", "SourceDocument", "Contradiction", "TimelineEntry",
           "render_html", "render_markdown", "render_pdf", "html_to_pdf", "render_letter",
           "render_letter_markdown", "LetterOptions", "LETTER_KINDS", "TemplateProblem"]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'dignity.report' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"dignity.report.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
