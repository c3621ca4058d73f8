"""The compact print layout of a report (``report.css``, ``@media print``), read back with
poppler from the PDF of a one-page note: every section heading, every finding, the words
its evidence quotes and the footers are in the text layer; the title page stands alone;
sections run on instead of each starting a page, so the page count stays bounded; only
DejaVu Sans and its bold are embedded."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from report_poppler import pdf_pages, pdf_text, poppler

ROOT = Path(__file__).resolve().parents[2]
NOTE = ROOT / "examples" / "visit-note.txt"

HEADINGS = ("Summary", "The most serious findings", "Findings", "Contradictions between sources", "Timeline",
            "Conditions by source document", "Sources", "Method and limits", "Statements set aside as general")


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def note_data():
    import dignity
    from dignity.report import ReportData

    return ReportData.from_assessment(dignity.assess(NOTE), prepared_by="Test Monitoring Group", date="2026-01-15")


@pytest.fixture(scope="module")
def note_pdf(note_data, tmp_path_factory) -> Path:
    from dignity.report import render_pdf

    path = tmp_path_factory.mktemp("print") / "note.pdf"
    path.write_bytes(render_pdf(note_data))
    return path


def test_every_heading_and_finding_is_in_the_text(note_pdf, note_data, tmp_path):
    text = _flat(pdf_text(note_pdf, tmp_path))
    for heading in HEADINGS:
        assert heading in text, heading
    assert len(note_data.findings) >= 10  # the note engages many rules: the test reads a real report
    for f in note_data.findings:
        said = f"{f.citation}:" if f.standard_id != "mandela" else f"Rule {f.number}:"
        assert said in text, f.id
        assert _flat(f.rule_title) in text, f.id
    for label in ("VIOLATION LIKELY", "CONCERN", "INSUFFICIENT INFORMATION", "COMPLIANT"):
        assert label in text


def test_the_evidence_quoted_is_in_the_text(note_pdf, note_data, tmp_path):
    """Every quote the report shows under a finding (``build_view``, as the template gets
    it) is printed: its marked words (what the finding rests on) and the words around them."""
    from dignity.report.render import build_view

    text = _flat(pdf_text(note_pdf, tmp_path))
    view = build_view(note_data)
    marked, around = set(), set()
    for group in view["groups"]:
        for finding in group["findings"]:
            for quote in finding["evidence"]["items"] + finding["against"]["items"]:
                for part in quote["parts"]:
                    (marked if part["mark"] else around).add(_flat(str(part["text"]).strip(" …")))
    assert len(marked) >= 10 and len(around) >= 10
    missing = [w for w in marked | around if w and w not in text]
    assert not missing, missing
    for phrase in ("lights are kept on 24 hours", "has no window", "lawyer was refused entry"):
        assert phrase in text, phrase  # whole sentences around the marked words


def test_title_page_alone_and_sections_run_on(note_pdf, note_data, tmp_path):
    n = pdf_pages(note_pdf, tmp_path)
    first = _flat(pdf_text(note_pdf, tmp_path, first=1, last=1))
    assert "Test Monitoring Group" in first and "2026-01-15" in first
    assert "Reasoning." not in first  # no finding on the title page
    second = pdf_text(note_pdf, tmp_path, first=2, last=2).lstrip()
    assert second.startswith("Summary")
    # the sections after the findings share pages: no page holds only a heading and a line
    pages = [_flat(pdf_text(note_pdf, tmp_path, first=p, last=p)) for p in range(2, n + 1)]
    assert sum("Contradictions between sources" in p and "Timeline" in p or "Sources" in p and "Method and limits" in p
               for p in pages) >= 1
    assert all(len(p) > 400 for p in pages[:-1]), [len(p) for p in pages]


def test_page_count_is_bounded(note_pdf, note_data, tmp_path):
    """About a page per two findings and a title page: 30 findings of a 2 KB note on 19 pages
    was the layout before; the compact one needs no more than 15."""
    n = pdf_pages(note_pdf, tmp_path)
    assert 4 <= n <= max(15, len(note_data.findings) // 2)


def test_footers_on_every_page_but_the_title_page(note_pdf, note_data, tmp_path):
    n = pdf_pages(note_pdf, tmp_path)
    assert "page 1 of" not in pdf_text(note_pdf, tmp_path, first=1, last=1)
    title = note_data.title
    for page in range(2, n + 1):
        text = _flat(pdf_text(note_pdf, tmp_path, first=page, last=page))
        assert f"page {page} of {n}" in text, page
        assert title in text, page


def test_two_fonts_embedded(note_pdf):
    out = subprocess.run([poppler("pdffonts"), str(note_pdf)], check=True, capture_output=True, text=True,
                         timeout=60).stdout
    rows = [line.split() for line in out.splitlines()[2:] if line.strip()]
    names = sorted(re.sub(r"^[A-Z]{6}\+", "", row[0]) for row in rows)
    assert names == ["DejaVu-Sans", "DejaVu-Sans-Bold"], names
    assert all(row[-5] == "yes" and row[-4] == "yes" for row in rows)  # embedded, subset
