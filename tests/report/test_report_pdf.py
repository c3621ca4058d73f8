"""The PDF report, read back with poppler: the findings, the quoted evidence and the
charts are there, in the text layer and on the page images."""

from __future__ import annotations

import re

from report_poppler import ink, page_png, pdf_pages, pdf_text

from dignity.report.charts import CONDITIONS_TITLE, TIMELINE_TITLE


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_pdf_is_a_pdf_with_pages(report_pdf, tmp_path):
    assert report_pdf.startswith(b"%PDF-")
    assert pdf_pages(report_pdf, tmp_path) >= 4


def test_title_page_summary_and_findings_in_text_layer(report_pdf, two_docs_data, tmp_path):
    text = _flat(pdf_text(report_pdf, tmp_path))
    first = _flat(pdf_text(report_pdf, tmp_path, first=1, last=1))
    assert "Two documents" in first and "Test Monitoring Group" in first and "2026-01-15" in first
    assert "Summary" in text and "The most serious findings" in text
    for f in two_docs_data.findings:
        said = f"{f.citation}:" if f.standard_id != "mandela" else f"Rule {f.number}:"  # issue 13
        assert said in text, f.id
    for label in ("VIOLATION LIKELY", "CONCERN", "INSUFFICIENT INFORMATION", "COMPLIANT"):
        assert label in text  # the status headings (upper case by CSS)


def test_quoted_evidence_in_text_layer(report_pdf, tmp_path):
    text = _flat(pdf_text(report_pdf, tmp_path))
    for quote in ("lights are on 24 hours", "not been allowed visits or calls",
                  "unable to access money to hire a private lawyer", "shackled at the ankles"):
        assert quote in text, quote
    assert "Amnesty International (Justin Mazzola)" in text and "alleged" in text


def test_chart_titles_and_labels_in_text_layer(report_pdf, tmp_path):
    text = _flat(pdf_text(report_pdf, tmp_path))
    assert TIMELINE_TITLE in text  # SVG text stays text in the PDF
    assert CONDITIONS_TITLE in text
    assert "Confinement hours" in text and "source document (see Sources)" in text


def test_chart_pages_are_drawn(report_pdf, tmp_path):
    """The page holding each chart is not blank, and carries the charts' colours:
    the red of the timeline's dots, the navy and orange of the conditions matrix."""
    n = pdf_pages(report_pdf, tmp_path)
    found = {}
    for page in range(1, n + 1):
        text = _flat(pdf_text(report_pdf, tmp_path, first=page, last=page))
        for title in (TIMELINE_TITLE, CONDITIONS_TITLE):
            if title in text and title not in found:
                found[title] = page
    assert set(found) == {TIMELINE_TITLE, CONDITIONS_TITLE}
    red, navy, orange = (0xb3 // 32, 0x26 // 32, 0x1e // 32), (0x1f // 32, 0x3a // 32, 0x5f // 32), \
        (0xd9 // 32, 0x82 // 32, 0x2b // 32)
    share, colours = ink(page_png(report_pdf, tmp_path, found[TIMELINE_TITLE]))
    assert share > 0.02 and red in colours
    share, colours = ink(page_png(report_pdf, tmp_path, found[CONDITIONS_TITLE]))
    assert share > 0.02 and navy in colours and orange in colours


def test_sources_hashes_in_text_layer(report_pdf, two_docs_data, tmp_path):
    text = re.sub(r"\s+", "", pdf_text(report_pdf, tmp_path))  # a hash may wrap across lines
    for d in two_docs_data.documents:
        assert d.sha256 in text


def test_page_footer_numbers(report_pdf, tmp_path):
    n = pdf_pages(report_pdf, tmp_path)
    assert f"page 2 of {n}" in pdf_text(report_pdf, tmp_path, first=2, last=2)
