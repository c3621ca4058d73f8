"""Issue 11, point 9: a document Dignity cannot read (a language it has no rules for, no
text) is named as "not assessed", with why, in every output: the report, the letters, the
case file and its exports and API, and the screening tables.  Never a silent all-clear.

German stands for "a language without rules" (other helpers add Spanish and French).
"""

from __future__ import annotations

import pytest

from dignity.assess import assess_extraction
from dignity.model import Document, Extraction

GERMAN = "Der Gefangene wird seit drei Monaten in Einzelhaft gehalten und sieht niemanden."


def _unread() -> Extraction:
    return Extraction(documents=[Document(id="de1", path="bericht.txt", language="de", text=GERMAN)])


def test_assessment_names_it():
    a = assess_extraction(_unread())
    assert a.findings == [] and a.not_assessed[0]["document"] == "bericht.txt"
    assert "language" in a.not_assessed[0]["reason"] and a.not_assessed[0]["reason"].startswith("de: ")


def test_an_extraction_error_is_named_with_its_problem():
    ex = Extraction(errors=[{"path": "scan.pdf", "problem": "has no text layer"}])
    assert assess_extraction(ex).not_assessed == [{"document": "scan.pdf", "reason": "has no text layer"}]


def test_report_names_it():
    from dignity.report.data import ReportData
    from dignity.report.render import render_markdown

    data = ReportData.from_assessment(assess_extraction(_unread()), date="2026-01-01")
    assert data.not_assessed and data.not_assessed[0]["document"] == "bericht.txt"
    md = render_markdown(data, charts=False)
    assert "bericht.txt" in md and "not assessed" in md and "all-clear" in md


@pytest.mark.parametrize("kind", ["visit", "rapporteur", "authorities"])
def test_letters_name_it(kind):
    from dignity.report.data import ReportData
    from dignity.report.letters import render_letter_markdown

    data = ReportData.from_assessment(assess_extraction(_unread()), date="2026-01-01")
    text = render_letter_markdown(kind, data)
    assert "bericht.txt" in text and "not assessed" in text


def test_screen_row_says_why(monkeypatch):
    import dignity.ingest.readers as readers
    from dignity.batch.partition import process_partition

    monkeypatch.setattr(readers, "detect_language", lambda text, **kw: "de")
    res = process_partition([{"id": "d1", "text": GERMAN, "source": "mem", "row": 1}])
    row = res.documents.to_pylist()[0]
    assert row["error"] is None and row["n_findings"] == 0
    assert "language" in row["not_assessed"]


def test_case_file_and_exports_name_it(session, monkeypatch):
    import dignity.ingest.readers as readers
    from dignity.cases import CaseService, Upload
    from dignity.cases.export import to_html, to_json, to_markdown

    monkeypatch.setattr(readers, "detect_language", lambda text, **kw: "de")
    svc = CaseService(session)
    me = svc.local_user("ana")
    case = svc.create_case("Unread", me)
    svc.add_documents(case, [Upload(GERMAN.encode(), "bericht.txt", title="Bericht", date="2026-01-01")], me)
    cf = svc.case_file(case, me)
    assert cf.not_assessed and "language" in cf.not_assessed[0]["reason"]
    assert "Not assessed" in to_markdown(cf) and "Not assessed" in to_html(cf)
    assert '"not_assessed"' in to_json(cf)
