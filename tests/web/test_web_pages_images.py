"""Pages in the web app (issue 15): the document view marks where each page starts,
each quote says its page, and a fact read by OCR with low confidence shows the region
of the page image where its words stand (rendered from the stored original)."""

from __future__ import annotations

import io
import re
import shutil

import pytest
from scans import low_confidence_page, render, save


def _add(web, path):
    from dignity.cases import Upload

    svc, session = web.service()
    try:
        user = svc.get_user("eve")
        [res] = svc.add_documents(web.case_id, [Upload(path.read_bytes(), path.name)], user)
        assert res.status == "added", res.problem
        facts = {f.type: f for f in svc.current_facts(web.case_id, user) if f.extraction.document_id == res.document_id}
        return res.document_id, {t: (f.id, f.data) for t, f in facts.items()}
    finally:
        session.close()


def test_a_text_pdf_has_page_markers_and_page_links(web, make):
    path = make.pdf("visit.pdf", [["A report on a visit to the central prison."],
                                  ["Ahmed Said has been held in solitary confinement for 45 days."]])
    doc_id, facts = _add(web, path)
    c = web.login("eve")
    html = c.get(f"/cases/{web.case_id}/documents/{doc_id}").text
    assert 'id="page-1"' in html and 'id="page-2"' in html
    # the marker of page 2 stands before the words of page 2
    between = html[html.index('id="page-1"'):html.index('id="page-2"')]
    assert "central prison" in between and "Ahmed Said" not in between
    fact_id, data = facts["solitary"]
    assert data["evidence"][0]["page"] == 2
    row = re.search(rf'<li id="d-fact-{fact_id}".*?</li>', html, re.S).group(0)
    assert f'href="/cases/{web.case_id}/documents/{doc_id}#page-2">p. 2</a>' in row
    assert "<img" not in row and "low-confidence" not in row  # a text layer: no page image
    assert c.get(f"/cases/{web.case_id}/facts/{fact_id}/evidence/0/image").status_code == 404


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract is not installed")
def test_a_low_confidence_fact_shows_its_page_image(web, tmp_path):
    from PIL import Image

    path = save([render("Annex to the report of the visit."), low_confidence_page()],
                tmp_path / "annex-scan.tiff")  # lossless (a PDF made by Pillow holds a JPEG)
    doc_id, facts = _add(web, path)
    fact_id, data = facts["solitary"]
    assert data["low_confidence"] is True and data["evidence"][0]["page"] == 2
    c = web.login("eve")
    html = c.get(f"/cases/{web.case_id}/documents/{doc_id}").text
    row = re.search(rf'<li id="d-fact-{fact_id}".*?</li>', html, re.S).group(0)
    assert "low-confidence" in row and "check the page image" in row
    src = f"/cases/{web.case_id}/facts/{fact_id}/evidence/0/image"
    assert f'<img src="{src}"' in row
    r = c.get(src)
    assert r.status_code == 200 and r.headers["content-type"] == "image/png"
    image = Image.open(io.BytesIO(r.content))
    left, top, right, bottom = data["evidence"][0]["region"]["box"]
    assert image.size == (right - left, bottom - top) and image.width <= 1000
    # a fact of a well-read word: its page image is there too, folded away
    cell_id, cell = facts["cell_space"]
    assert "low_confidence" not in cell
    assert c.get(f"/cases/{web.case_id}/facts/{cell_id}/evidence/0/image").status_code == 200
    # only for members of the case
    olga = web.login("olga")
    assert olga.get(src).status_code == 404
    assert c.get(f"/cases/{web.other_case_id}/facts/{fact_id}/evidence/0/image").status_code == 404
    assert c.get(f"/cases/{web.case_id}/facts/{fact_id}/evidence/7/image").status_code == 404
