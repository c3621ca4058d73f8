"""Adding documents: original bytes kept, duplicates detected, bad inputs and
failures in the middle leave nothing behind."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import func, select

from dignity.cases import CaseService, Upload
from dignity.store import AuditEntry, ExtractionRun, StoredDocument, StoredFact


def _count(session, model) -> int:
    return session.scalar(select(func.count()).select_from(model))


def test_added_document_keeps_its_bytes_text_and_facts(svc, admin, two_docs):
    case = svc.create_case("Said", admin)
    letter, _ = two_docs
    [res] = svc.add_documents(case, [letter], admin)
    assert res.status == "added" and res.ok and res.facts > 0
    doc = svc.get_document(res.document_id, admin)
    assert doc.content == letter.read_bytes()
    assert doc.sha256 == hashlib.sha256(letter.read_bytes()).hexdigest() == res.sha256
    assert doc.filename == "letter.txt" and doc.media_type == "text/plain" and doc.size == len(letter.read_bytes())
    assert "solitary confinement" in doc.text
    assert doc.added_by == admin.id and doc.language == "en"
    run = doc.current_extraction
    from dignity.extract.engine import EXTRACTOR_VERSION

    assert run.extractor_version == EXTRACTOR_VERSION
    types = {f.type for f in run.facts}
    assert {"solitary", "confinement_hours", "constant_light"} <= types
    for f in run.facts:
        assert f.review_status == "unreviewed" and f.origin == "extracted"
        for ev in f.data["evidence"]:
            assert doc.text[ev["start"]:ev["end"]] == ev["text"]


def test_uploads_keep_non_utf8_bytes_unchanged(svc, admin):
    case = svc.create_case("Bytes", admin)
    data = "Il est détenu à l'isolement depuis trois mois. Les lumières restent allumées.".encode("latin-1")
    [res] = svc.add_documents(case, [Upload(data, "note.txt", title="Note", date="2021-05-01")], admin)
    assert res.status == "added"
    doc = svc.get_document(res.document_id, admin)
    assert doc.content == data and doc.title == "Note" and doc.date == "2021-05-01"
    assert "détenu" in doc.text


def test_the_same_bytes_twice_are_stored_once(svc, admin, two_docs, tmp_path, session):
    case = svc.create_case("Twice", admin)
    letter, _ = two_docs
    copy = tmp_path / "copy-of-letter.txt"
    copy.write_bytes(letter.read_bytes())
    results = svc.add_documents(case, [letter, letter, copy, Upload(letter.read_bytes(), "upload.txt")], admin)
    assert [r.status for r in results] == ["added", "duplicate", "duplicate", "duplicate"]
    first = results[0].document_id
    assert all(r.document_id == first for r in results)
    assert "already in case 'Twice'" in results[1].problem
    assert _count(session, StoredDocument) == 1
    assert _count(session, ExtractionRun) == 1
    adds = session.scalars(select(AuditEntry).where(AuditEntry.action == "document.add")).all()
    assert len(adds) == 1


def test_the_same_document_may_be_in_two_cases(svc, admin, two_docs, session):
    letter, _ = two_docs
    a = svc.create_case("A", admin)
    b = svc.create_case("B", admin)
    assert svc.add_document(a, letter, admin).status == "added"
    assert svc.add_document(b, letter, admin).status == "added"
    assert _count(session, StoredDocument) == 2


def test_bad_inputs_get_one_line_each_and_store_nothing(svc, admin, two_docs, tmp_path, session):
    case = svc.create_case("Bad", admin)
    letter, _ = two_docs
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    image = tmp_path / "photo.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    results = svc.add_documents(case, [tmp_path / "missing.txt", empty, image, tmp_path, letter], admin)
    assert [r.status for r in results] == ["error", "error", "error", "error", "added"]
    problems = [r.problem for r in results[:4]]
    assert problems[0] == "does not exist"
    assert problems[1] == "is empty"
    assert "image" in problems[2]
    assert problems[3] == "is a directory, not a file"
    assert all("\n" not in p for p in problems)
    assert results[0].message == f"{tmp_path / 'missing.txt'}: does not exist"
    assert _count(session, StoredDocument) == 1


def test_progress_is_called_before_and_after_each_input(svc, admin, two_docs):
    case = svc.create_case("Progress", admin)
    calls = []
    svc.add_documents(case, list(two_docs), admin, progress=lambda d, t, s, r: calls.append((d, t, r is None)))
    assert calls == [(0, 2, True), (1, 2, False), (1, 2, True), (2, 2, False)]


class _Boom(RuntimeError):
    pass


def test_failure_during_extraction_leaves_no_partial_document(svc, admin, two_docs, session, monkeypatch):
    case = svc.create_case("Atomic", admin)
    letter, note = two_docs

    class Exploding:
        def extract_document(self, doc):
            raise _Boom("the extractor fell over")

    broken = CaseService(session, extractor=Exploding())
    results = broken.add_documents(case, [letter], admin)
    assert results[0].status == "error"
    assert "the extractor fell over" in results[0].problem and "nothing stored" in results[0].problem
    for model in (StoredDocument, ExtractionRun, StoredFact):
        assert _count(session, model) == 0
    assert session.scalars(select(AuditEntry).where(AuditEntry.action == "document.add")).all() == []
    # the store is still usable, and the same file goes in once the extractor works
    assert svc.add_documents(case, [letter, note], admin)[0].status == "added"
    assert _count(session, StoredDocument) == 2


def test_failure_while_storing_facts_rolls_back_the_whole_document(svc, admin, two_docs, session, monkeypatch):
    import dignity.cases.documents as documents
    import dignity.cases.service as service

    case = svc.create_case("Atomic2", admin)
    letter, note = two_docs
    real = service.CaseService._extract_into
    calls = {"n": 0}

    def flaky(self, stored, rows, *rest):
        # the first document: its third fact's row breaks a NOT NULL constraint, after
        # the document and a first batch of two facts are already written
        calls["n"] += 1
        if calls["n"] == 1:
            rows = list(rows)
            rows[2] = {**rows[2], "type": None}
        return real(self, stored, rows, *rest)  # (the run's topic mentions)

    monkeypatch.setattr(documents, "FACT_BATCH", 2)  # the batch size the documents part writes with
    monkeypatch.setattr(service.CaseService, "_extract_into", flaky)
    results = svc.add_documents(case, [letter, note], admin)
    assert [r.status for r in results] == ["error", "added"]
    docs = session.scalars(select(StoredDocument)).all()
    assert [d.filename for d in docs] == ["visit-note.txt"]
    runs = session.scalars(select(ExtractionRun)).all()
    assert [r.document_id for r in runs] == [docs[0].id]
    assert {f.extraction_id for f in session.scalars(select(StoredFact))} == {runs[0].id}


def test_viewers_cannot_add_documents(svc, admin, two_docs):
    from dignity.cases import Forbidden

    case = svc.create_case("Read only", admin)
    viewer = svc.add_user("vic", "editor", "long-enough", by=admin)
    svc.add_member(case, viewer, "viewer", by=admin)
    with pytest.raises(Forbidden):
        svc.add_documents(case, [two_docs[0]], viewer)
