"""Full-text search: kept in sync with the documents, restricted by membership."""

from __future__ import annotations

from sqlalchemy import select

from dignity.store import HIGHLIGHT_END, HIGHLIGHT_START, Case, CaseMember, StoredDocument, User, search


def _doc(case: Case, n: int, text: str, title: str | None = None) -> StoredDocument:
    return StoredDocument(case=case, sha256=f"{n:064x}", content=text.encode(), filename=f"d{n}.txt",
                          media_type="text/plain", size=len(text), title=title, text=text)


def _world(session):
    ana = User(username="ana", role="admin")
    bob = User(username="bob", role="editor")
    eve = User(username="eve", role="viewer")
    one = Case(name="One", kind="detainee")
    two = Case(name="Two", kind="facility")
    session.add_all([ana, bob, eve, one, two])
    session.flush()
    session.add_all([CaseMember(case=one, user=bob, role="owner"), CaseMember(case=two, user=eve, role="viewer")])
    session.add_all([
        _doc(one, 1, "He is held in solitary confinement in a windowless cell.", title="Letter"),
        _doc(two, 2, "The prisoners complained that the lights were never switched off."),
        _doc(two, 3, "Solitary confinement is used as a punishment on the third floor."),
    ])
    session.commit()
    return ana, bob, eve


def test_search_is_restricted_to_the_cases_of_the_user(session):
    ana, bob, eve = _world(session)
    assert {(h.case_name, h.document_id) for h in search(session, ana, "solitary confinement")} == {
        ("One", 1), ("Two", 3)}
    assert [h.case_name for h in search(session, bob, "solitary confinement")] == ["One"]
    assert [h.case_name for h in search(session, eve, "solitary confinement")] == ["Two"]
    assert search(session, eve, "windowless") == []
    assert search(session, bob, "windowless")[0].label == "Letter"


def test_search_snippet_marks_the_words_and_stems(session):
    ana, _, _ = _world(session)
    hits = search(session, ana, "light switched")
    assert len(hits) == 1
    snippet = hits[0].snippet
    assert HIGHLIGHT_START in snippet and HIGHLIGHT_END in snippet
    assert "switched" in snippet


def test_search_of_nothing_or_punctuation_finds_nothing(session):
    ana, _, _ = _world(session)
    assert search(session, ana, "") == []
    assert search(session, ana, '"*()') == []
    # quotes and operators are words, not syntax: every word must match
    assert len(search(session, ana, 'solitary" confinement')) == 2
    assert search(session, ana, 'solitary" OR "x') == []


def test_search_follows_updates_and_deletes(session):
    ana, _, _ = _world(session)
    doc = session.scalar(select(StoredDocument).where(StoredDocument.id == 1))
    doc.text = "He now shares a dormitory with forty men."
    session.commit()
    assert search(session, ana, "windowless") == []
    assert [h.document_id for h in search(session, ana, "dormitory")] == [1]
    session.delete(doc)
    session.commit()
    assert search(session, ana, "dormitory") == []


def test_inactive_users_find_nothing(session):
    ana, _, _ = _world(session)
    ana.active = False
    session.commit()
    assert search(session, ana, "solitary") == []


def test_a_long_text_of_many_distinct_words_is_stored_and_found_to_its_end(session):
    """PostgreSQL keeps at most 1 MB in one tsvector: a text of ~1.5 MB with 150,000
    distinct words could not be stored at all when the whole text was indexed at once
    ("string is too long for tsvector"); it is indexed in parts, a word near its end is
    found, and words of two different parts match the document together."""
    case = Case(name="Long", kind="detainee")
    session.add(case)
    words = " ".join(f"w{i:06d}x" for i in range(150_000))
    body = f"Beginning: a windowless cell. {words} At the end: a flooded dormitory."
    doc = _doc(case, 9, body, title="Long report")
    session.add(doc)
    session.commit()
    admin = User(username="root", role="admin")
    session.add(admin)
    session.commit()
    for query in ("flooded dormitory", "w149999x", "windowless flooded", "long report dormitory"):
        assert [h.document_id for h in search(session, admin, query)] == [doc.id], query
    assert search(session, admin, "windowless nowhere") == []
    [hit] = search(session, admin, "flooded")
    assert f"{HIGHLIGHT_START}flooded{HIGHLIGHT_END}" in hit.snippet
