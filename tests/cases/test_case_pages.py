"""Pages through the case store (issue 15): a document's page starts are stored with
it, its facts keep their page numbers, a re-extraction keeps both, and the case export
names the page of each quote."""

from __future__ import annotations

from pathlib import Path


def _pdf(path: Path) -> Path:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), invariant=True)
    for line in ("A report on a visit to the central prison.",
                 "Mr. Idris has been held in solitary confinement for 45 days."):
        c.drawString(72, 720, line)
        c.showPage()
    c.save()
    return path


def test_pages_are_stored_and_kept_by_a_reextraction(svc, admin, tmp_path: Path) -> None:
    case = svc.create_case("Idris", admin)
    [added] = svc.add_documents(case, [_pdf(tmp_path / "visit.pdf")], admin)
    assert added.status == "added", added.problem
    stored = svc.get_document(added.document_id, admin)
    assert len(stored.pages) == 2
    second = stored.text.index("Mr. Idris")
    assert stored.pages[1] <= second

    def pages_of(doc) -> dict[str, set[int]]:
        out: dict[str, set[int]] = {}
        for f in doc.current_extraction.facts:
            for ev in f.data["evidence"]:
                out.setdefault(f.type, set()).add(ev["page"])
        return out

    assert pages_of(stored)["solitary"] == {2}
    result = svc.reextract_document(stored.id, admin, force=True)
    assert result.status == "reextracted"
    stored = svc.get_document(added.document_id, admin)
    assert len(stored.pages) == 2 and pages_of(stored)["solitary"] == {2}

    from dignity.cases.export import to_html, to_markdown

    cf = svc.case_file(case, admin, include_text=True)
    assert "confinement for 45 days” (p. 2)" in to_markdown(cf)
    assert "(p. 2)" in to_html(cf)
