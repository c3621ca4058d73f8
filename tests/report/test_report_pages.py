"""Pages in reports and letters (issue 15): a quote from a document with pages says on
which page it stands ("p. 2"); a quote read by OCR with low confidence says so."""

from __future__ import annotations

import pytest

from dignity.model import Evidence

TEXT = ["A report on a visit to the central prison in March.",
        "He has been held in solitary confinement for 45 days. The cell has no window."]


@pytest.fixture(scope="module")
def paged(tmp_path_factory):
    import dignity
    from dignity.report import ReportData

    path = tmp_path_factory.mktemp("pages") / "visit.pdf"
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), invariant=True)
    for line in TEXT:
        c.drawString(72, 720, line)
        c.showPage()
    c.save()
    return ReportData.from_assessment(dignity.assess(path), prepared_by="Test", date="2026-01-15")


def test_markdown_and_html_reports_name_the_page(paged):
    from dignity.report import render_html, render_markdown

    md = render_markdown(paged)
    assert "solitary confinement" in md
    quoted = [line for line in md.splitlines() if "solitary confinement" in line and line.startswith("- “")]
    assert quoted and all("visit.pdf, p. 2," in line for line in quoted)
    assert "visit.pdf, p. 2" in render_html(paged)


def test_letters_name_the_page(paged):
    from dignity.report import render_letter_markdown

    md = render_letter_markdown("authorities", paged)
    assert "visit.pdf, p. 2;" in md


def test_spanish_report_names_the_page_too(paged):
    from dignity.report import render_markdown

    assert "visit.pdf, p. 2," in render_markdown(paged, lang="es")


def test_a_low_confidence_quote_is_marked(paged):
    from dignity.report import render_markdown

    data = paged.model_copy(deep=True)
    fact = next(f for f in data.facts if f.type == "solitary")
    fact.evidence = [Evidence(**{**fact.evidence[0].model_dump(), "ocr_confidence": 31.0})]
    fact.low_confidence = True
    md = render_markdown(data)
    assert "read by OCR with low confidence: check the page image" in md


def test_pdf_report_names_the_page(paged, tmp_path):
    from report_poppler import pdf_text

    from dignity.report import render_pdf

    flat = " ".join(pdf_text(render_pdf(paged), tmp_path).split())
    assert "visit.pdf, p. 2" in flat
