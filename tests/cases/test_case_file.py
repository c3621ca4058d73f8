"""The case file: facts merged across documents, contradictions, timeline, and
findings recomputed from the reviewed facts."""

from __future__ import annotations

import json

import pytest

from dignity.cases import Upload
from dignity.cases.export import to_html, to_json, to_markdown


@pytest.fixture
def said(svc, admin, two_docs):
    letter, note = two_docs
    case = svc.create_case("Ahmed Said", admin)
    results = svc.add_documents(case, [
        Upload(letter.read_bytes(), "letter.txt", title="HRW letter", date="2021-03-03"),
        Upload(note.read_bytes(), "visit-note.txt", title="NPM visit note", date="2021-04-20"),
    ], admin)
    assert [r.status for r in results] == ["added", "added"]
    return case, [r.document_id for r in results]


def test_the_same_fact_in_two_documents_is_merged_with_both_sources(svc, admin, said):
    case, (letter_id, note_id) = said
    cf = svc.case_file(case, admin)
    light = [m for m in cf.merged if m.type == "constant_light"]
    assert len(light) == 1
    m = light[0]
    assert m.subject == "Ahmed Said" and not m.negated
    assert {s.document_id for s in m.sources} == {letter_id, note_id}
    assert len(m.fact_ids) == 2
    for s in m.sources:
        assert s.evidence and "lights in his cell are on 24 hours" in s.evidence[0].text
        assert s.attributed_to
    assert {s.document for s in m.sources} == {"HRW letter", "NPM visit note"}
    assert cf.merged_of(m.fact_ids[0]).id == m.id


def test_contradictions_list_both_sides_with_their_sources(svc, admin, said):
    case, (letter_id, note_id) = said
    cf = svc.case_file(case, admin)
    by = {(c.type, c.kind): c for c in cf.contradictions}
    solitary = by[("solitary", "polarity")]
    yes, no = solitary.sides
    assert not yes.negated and no.negated
    assert {s.document_id for s in yes.sources} == {letter_id}
    assert {s.document_id for s in no.sources} == {note_id}
    hours = by[("confinement_hours", "value")]
    assert sorted(s.value for s in hours.sides) == [20.0, 23.0]
    assert {s.value: s.sources[0].document_id for s in hours.sides} == {23.0: letter_id, 20.0: note_id}
    assert "Confinement hours about Ahmed Said: 23 hours a day" in hours.summary and "20 hours a day" in hours.summary
    # the light is on in both: no contradiction there
    assert not any(c.type == "constant_light" for c in cf.contradictions)


def test_rejecting_one_side_resolves_a_contradiction(svc, admin, said):
    case, _ = said
    cf = svc.case_file(case, admin)
    hours = next(c for c in cf.contradictions if c.type == "confinement_hours")
    twenty = next(s for s in hours.sides if s.value == 20.0)
    svc.review_fact(twenty.sources[0].fact_id, admin, "reject", note="the officials' figure")
    cf = svc.case_file(case, admin)
    assert not any(c.type == "confinement_hours" for c in cf.contradictions)
    assert twenty.sources[0].fact_id in cf.excluded_facts


def test_timeline_is_sorted_and_linked(svc, admin, said):
    case, (letter_id, note_id) = said
    cf = svc.case_file(case, admin)
    dates = [t.date for t in cf.timeline]
    assert dates == sorted(dates)
    kinds = {(t.date, t.kind, t.document_id) for t in cf.timeline}
    assert ("2021-03-03", "document", letter_id) in kinds
    assert ("2021-04-20", "document", note_id) in kinds
    assert ("2021-01-12", "event", letter_id) in kinds
    assert ("2021-04-15", "event", note_id) in kinds
    observed = [t for t in cf.timeline if t.kind == "observed"]
    assert observed and all(t.fact_id is not None and t.merged_fact for t in observed)
    assert dates[0] == "2021-01-12" and dates[-1] == "2021-04-20"
    # the dateline of a document is its own entry, not an event as well
    assert not any(t.kind == "event" and t.date == "2021-03-03" for t in cf.timeline)
    assert cf.as_of == "2021-04-20"


def test_rejecting_constant_light_changes_the_finding(svc, admin, seed_path):
    case = svc.create_case("Guzman", admin)
    svc.add_documents(case, [seed_path], admin)
    cf = svc.case_file(case, admin)
    assert cf.finding("mandela-43-1-c").status == "concern"  # one NGO's word, relayed (issue 11)
    light = [f for f in svc.current_facts(case, admin) if f.type == "constant_light"]
    assert light
    for f in light:
        svc.review_fact(f.id, admin, "reject", note="contradicted by the warden")
    cf = svc.case_file(case, admin)
    finding = cf.finding("mandela-43-1-c")
    assert finding is None or finding.status == "insufficient_information"
    assert all(f.id != str(light[0].id) for f in cf.facts)
    assert cf.review_counts["rejected"] == len(light)
    # accepting it again brings the finding back
    svc.review_fact(light[0].id, admin, "accept")
    assert svc.case_file(case, admin).finding("mandela-43-1-c").status == "concern"


def test_edited_values_are_used_and_derived_facts_fall_with_their_source(svc, admin, seed_path):
    case = svc.create_case("Guzman edits", admin)
    svc.add_documents(case, [seed_path], admin)
    hours = next(f for f in svc.current_facts(case, admin) if f.type == "confinement_hours")
    svc.review_fact(hours.id, admin, "edit", value=12)
    cf = svc.case_file(case, admin)
    fact = next(f for f in cf.facts if f.id == str(hours.id))
    assert fact.value == 12
    assert any(m.type == "confinement_hours" and m.value == 12 and m.review_status == "edited" for m in cf.merged)
    svc.review_fact(hours.id, admin, "reject")
    cf = svc.case_file(case, admin)
    derived = [f for f in svc.current_facts(case, admin) if (f.data.get("qualifiers") or {}).get("derived_from")]
    assert derived and all(d.id in cf.excluded_facts for d in derived)
    assert cf.finding("mandela-44") is None or cf.finding("mandela-44").status != "violation_likely"


def test_exports_escape_document_text(svc, admin):
    case = svc.create_case("Escapes", admin)
    text = ("<script>alert('x')</script> Letter | *bold* [link](http://x).\n\n"
            "Ali Rahman is held in solitary confinement. The lights in his cell are on 24 hours a day.")
    svc.add_documents(case, [Upload(text.encode(), "evil.txt", title="<b>Title</b>", date="2022-01-05")], admin)
    cf = svc.case_file(case, admin, include_text=True)
    html = to_html(cf)
    assert "<script>alert" not in html and "&lt;script&gt;alert" in html
    assert "<b>Title</b>" not in html and "&lt;b&gt;Title&lt;/b&gt;" in html
    assert html.startswith("<!DOCTYPE html>") and "<style>" in html and "http://" not in html.split("<body>")[0]
    assert "<mark" in html  # evidence marked in the document text
    md = to_markdown(cf)
    assert "<script>" not in md and "<b>" not in md
    assert "# Case file: Escapes" in md
    data = json.loads(to_json(cf))
    assert {"case", "documents", "merged", "contradictions", "timeline", "findings", "finding_counts"} <= set(data)


def test_json_export_lists_sources_and_findings(svc, admin, said):
    case, _ = said
    data = svc.case_file(case, admin).to_json()
    assert data["case"]["name"] == "Ahmed Said"
    assert len(data["documents"]) == 2 and "text" not in data["documents"][0]
    m = next(m for m in data["merged"] if m["type"] == "constant_light")
    assert len(m["sources"]) == 2 and m["sources"][0]["evidence"][0]["text"]
    assert data["findings"] and "trace" not in data["findings"][0]
    assert all(isinstance(f["id"], str) for f in data["facts"])
    assert sum(data["finding_counts"].values()) == len(data["findings"])


def test_the_json_export_comes_in_pieces_that_make_the_same_file(svc, admin, two_docs):
    from dignity.cases.export import export_chunks, to_json

    case = svc.create_case("Export in pieces", admin)
    svc.add_documents(case, list(two_docs), admin)
    cf = svc.case_file(case, admin)
    pieces = list(export_chunks(cf, "json"))
    assert "".join(pieces) == to_json(cf)
    assert "".join(export_chunks(cf, "md")).startswith("# Case file: Export in pieces")
