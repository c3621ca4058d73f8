"""Pages in the evidence (issue 15): every document keeps where its pages start, and
every evidence span names the page it stands on."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from dignity import ingest
from dignity.cli.main import app
from dignity.ingest.pages import join_pages
from dignity.model import Document, Evidence


def _page_of(doc: Document, phrase: str) -> int | None:
    return doc.page_of(doc.text.index(phrase))


def test_join_pages_keeps_each_page_start() -> None:
    text, starts = join_pages(["  First page.\n", "", "Third  page.", ""])
    assert text == "First page.\n\nThird page."
    assert ingest.normalise_text(text) == text
    # the empty second page starts where the third does; the last, empty, at the end
    assert starts == [0, 13, 13, len(text)]
    doc = Document(id="x", text=text, pages=starts)
    assert doc.page_of(0) == 1 and doc.page_of(13) == 3 and doc.page_of(len(text) - 1) == 3


def test_a_document_without_pages_has_no_page_numbers() -> None:
    doc = ingest.from_text("He is held alone in his cell.")
    assert doc.pages is None and doc.page_of(3) is None
    assert "pages" not in doc.model_dump()
    assert "page" not in Evidence(document="x", start=0, end=1, text="H").model_dump()


def test_text_pdf_pages(make) -> None:
    path = make.pdf("r.pdf", [["Introduction to the visit."], ["Nothing here."],
                              ["He has been held in solitary confinement for 45 days."]])
    doc = ingest.load(path)
    assert len(doc.pages) == 3
    assert _page_of(doc, "Introduction") == 1
    assert _page_of(doc, "Nothing") == 2
    assert _page_of(doc, "solitary") == 3


def test_form_feeds_in_text_are_page_breaks(make) -> None:
    doc = ingest.load(make.text("r.txt", "Cover page.\fThe detainee was held in solitary confinement."))
    assert doc.text == "Cover page.\nThe detainee was held in solitary confinement."
    assert doc.pages == [0, 12]
    assert _page_of(doc, "solitary") == 2
    assert ingest.from_text("a page\fanother page").pages == [0, 7]


def test_docx_page_breaks(make, tmp_path) -> None:
    import docx
    from docx.enum.text import WD_BREAK

    document = docx.Document()
    document.add_paragraph("First page of the letter.")
    p = document.add_paragraph("The end of page one.")
    p.add_run().add_break(WD_BREAK.PAGE)
    p.add_run("The detainee has been held in solitary confinement.")
    document.add_page_break()
    document.add_paragraph("A third page.")
    path = tmp_path / "letter.docx"
    document.save(str(path))
    doc = ingest.load(path)
    assert len(doc.pages) == 3
    assert _page_of(doc, "page one") == 1
    assert _page_of(doc, "solitary") == 2
    assert _page_of(doc, "A third page") == 3
    # without a page break a DOCX has no pages, and reads as before
    plain = ingest.load(make.docx("plain.docx", ["One paragraph.", "Another one."]))
    assert plain.pages is None and plain.text == "One paragraph.\n\nAnother one."


def test_extract_gives_each_evidence_its_page(make) -> None:
    path = make.pdf("r.pdf", [["A report on a visit to the prison."],
                              ["He has been held in solitary confinement for 45 days."]])
    result = CliRunner().invoke(app, ["extract", "--format", "json", "--explain", str(path)])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    starts = data["documents"][0]["pages"]
    assert len(starts) == 2 and starts[0] == 0
    evidence = [ev for f in data["facts"] for ev in f["evidence"]]
    assert all(ev["page"] == (2 if ev["start"] >= starts[1] else 1) for ev in evidence)
    solitary = next(f for f in data["facts"] if f["type"] == "solitary")
    assert solitary["evidence"][0]["page"] == 2
    assert all("low_confidence" not in f for f in data["facts"])  # a text layer: no OCR


def test_docx_rendered_page_breaks_win_over_explicit_ones(tmp_path) -> None:
    """Word writes where it laid out each page (``w:lastRenderedPageBreak``), also in the
    middle of a paragraph; where a file has them they are its pages."""
    import docx
    from docx.oxml import OxmlElement

    document = docx.Document()
    document.add_paragraph("The first page of the report.")
    p = document.add_paragraph()
    p.add_run("A paragraph that runs over to the next page, ")
    run = p.add_run("where the detainee has been held in solitary confinement.")
    run._r.insert(0, OxmlElement("w:lastRenderedPageBreak"))
    document.add_paragraph("Still on page two.")
    path = tmp_path / "rendered.docx"
    document.save(str(path))
    doc = ingest.load(path)
    assert len(doc.pages) == 2
    assert _page_of(doc, "runs over") == 1
    assert _page_of(doc, "solitary") == 2 and _page_of(doc, "Still on page two") == 2
    # the paragraph is one paragraph still: the break is a line break in it
    assert "next page,\nwhere the detainee" in doc.text


def test_the_text_output_names_pages(make) -> None:
    path = make.pdf("r.pdf", [["A report on a visit to the prison."],
                              ["He has been held in solitary confinement for 45 days."]])
    result = CliRunner().invoke(app, ["extract", "--explain", str(path)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.stderr
    assert "PDF · 2 pages" in result.stdout
    assert "p. 2" in result.stdout
