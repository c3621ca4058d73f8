"""A document in a language without a pack, in a case: stored and listed, with no facts, and
"not assessed" in the case file and its exports (never an all-clear); ``lang`` overrides."""

from __future__ import annotations


from dignity.cases import Upload
from dignity.cases.export import to_html, to_markdown

GERMAN = ("Der Gefangene wird seit drei Monaten in Einzelhaft gehalten und darf seine Familie nicht "
          "sehen. Die Zelle ist sehr klein und hat kein Fenster.").encode()
LINE = "de: no rules for this language; not assessed"


def test_a_german_document_is_not_assessed_in_the_case_file(svc, admin, two_docs):
    letter, _ = two_docs
    case = svc.create_case("Mixed", admin)
    de, en = svc.add_documents(case, [Upload(GERMAN, "bericht.txt"), Upload(letter.read_bytes(), "letter.txt")],
                               admin)
    assert de.status == "added" and de.facts == 0 and de.not_assessed == LINE
    assert en.status == "added" and en.facts > 0 and en.not_assessed is None
    cf = svc.case_file(case, admin)
    doc = cf.document(de.document_id)
    assert doc.language == "de" and doc.not_assessed == LINE
    assert cf.document(en.document_id).not_assessed is None
    assert cf.not_assessed == [{"document": "bericht.txt", "language": "de", "reason": LINE}]
    assert cf.to_json()["not_assessed"][0]["reason"] == LINE
    md, html = to_markdown(cf), to_html(cf)
    assert "Not assessed" in md and LINE in md and "(not assessed)" in md
    assert "Not assessed" in html and LINE in html


def test_only_unread_documents_give_no_all_clear(svc, admin):
    case = svc.create_case("Only German", admin)
    svc.add_documents(case, [Upload(GERMAN, "bericht.txt")], admin)
    cf = svc.case_file(case, admin)
    assert cf.findings == []
    md = to_markdown(cf)
    assert "no reviewed fact touches a rule" not in md and "not every document could be assessed" in md


def test_lang_overrides_the_detected_language(svc, admin, two_docs):
    letter, _ = two_docs
    case = svc.create_case("Override", admin)
    [r] = svc.add_documents(case, [Upload(letter.read_bytes(), "letter.txt")], admin, lang="de")
    assert r.facts == 0 and r.not_assessed == LINE
    assert svc.case_file(case, admin).documents[0].language == "de"


def test_case_add_says_not_assessed_and_exits_2(tmp_path, case_cli):
    cli = case_cli
    path = tmp_path / "bericht.txt"
    path.write_bytes(GERMAN)
    assert cli("case", "new", "K").exit_code == 0
    result = cli("case", "add", "K", str(path))
    assert result.exit_code == 2, result.output
    assert f"dignity: {path}: {LINE}" in result.stderr
    assert "added" in result.stdout
    show = cli("case", "show", "K")
    assert "NOT ASSESSED" in show.stdout and "(not assessed)" in show.stdout


def test_correcting_the_language_reads_the_document_again(svc, admin, two_docs):
    letter, _ = two_docs
    case = svc.create_case("Corrected", admin)
    [r] = svc.add_documents(case, [Upload(letter.read_bytes(), "letter.txt")], admin)
    assert r.facts > 0
    res = svc.set_language(r.document_id, "de", admin)
    assert res.status == "reextracted" and res.facts == 0
    cf = svc.case_file(case, admin)
    assert cf.documents[0].language == "de" and cf.not_assessed
    res = svc.set_language(r.document_id, "EN", admin)
    assert res.facts == r.facts and svc.case_file(case, admin).not_assessed == []
    assert any(e.action == "document.language" for e in svc.audit_entries(admin))


def test_case_language_corrects_it_from_the_command_line(case_cli, two_docs):
    cli = case_cli
    assert cli("case", "new", "K").exit_code == 0
    assert cli("case", "add", "K", str(two_docs[0])).exit_code == 0
    result = cli("case", "language", "1", "de")
    assert result.exit_code == 2 and "read as de (0 facts)" in result.stdout
    assert f"dignity: document 1: {LINE}" in result.stderr
    result = cli("case", "language", "1", "en")
    assert result.exit_code == 0 and "read as en" in result.stdout
