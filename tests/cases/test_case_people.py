"""People first: a case's facts grouped by person, the detainee the case is about
first; a reviewer merges names that are one person and splits a wrong merge, and
that word survives a re-extraction (it is kept by names, not by facts)."""

from __future__ import annotations

import pytest

from case_texts import NOTE_CHAPO, NOTE_LOERA, NOTE_PEDRO

from dignity.cases import CaseService, InvalidInput

@pytest.fixture
def three_people(svc, admin, tmp_path):
    paths = []
    for name, text in (("loera.txt", NOTE_LOERA), ("chapo.txt", NOTE_CHAPO), ("pedro.txt", NOTE_PEDRO)):
        p = tmp_path / name
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    case = svc.create_case("Joaquin Guzman Loera", admin)
    results = svc.add_documents(case, paths, admin)
    assert all(r.status == "added" for r in results)
    return case


def _names(cf):
    return [p.name for p in cf.people]


def test_the_case_file_groups_facts_and_findings_by_person_detainee_first(svc, admin, three_people):
    cf = svc.case_file(three_people, admin)
    assert _names(cf)[0] == "Joaquin Guzman Loera" and cf.people[0].main
    assert set(_names(cf)) == {"Joaquin Guzman Loera", "El Chapo", "Pedro Alvarez"}
    for p in cf.people:
        assert p.facts and p.findings and len(p.documents) == 1
        for fid in p.facts:
            fact = next(f for f in cf.facts if f.id == str(fid))
            assert fact.subject == p.name
        for finding in p.findings:
            assert cf.finding(finding).subject == p.name
    # every finding belongs to one person
    assert sorted(f for p in cf.people for f in p.findings) == sorted(f.id for f in cf.findings)
    # the detainee's findings keep the plain rule ids
    assert "mandela-43-1-c" in cf.people[0].findings
    assert cf.person_of_finding("mandela-43-1-c").name == "Joaquin Guzman Loera"


def test_a_merge_makes_one_person_and_survives_reextraction(session, svc, admin, three_people):
    person = svc.merge_people(three_people, admin, ["Joaquin Guzman Loera", "El Chapo"])
    assert person == "Joaquin Guzman Loera"
    cf = svc.case_file(three_people, admin)
    assert _names(cf) == ["Joaquin Guzman Loera", "Pedro Alvarez"]
    main = cf.people[0]
    assert set(main.names) == {"Joaquin Guzman Loera", "El Chapo"} and main.reviewed
    assert len(main.documents) == 2
    assert not any("@" in f for f in main.findings)  # one subject: no "@el-chapo" findings
    entry = svc.audit_log(three_people, admin)[-1]
    assert entry.action == "person.merge" and entry.after["names"] == ["El Chapo", "Joaquin Guzman Loera"]

    # a new extractor version makes new facts: the merge holds (it is kept by names)
    svc2 = CaseService(session, extractor_version="dignity-extract/test-next")
    assert all(r.status == "reextracted" for r in svc2.reextract(three_people, admin))
    cf = svc2.case_file(three_people, admin)
    assert _names(cf) == ["Joaquin Guzman Loera", "Pedro Alvarez"]
    assert set(cf.people[0].names) == {"Joaquin Guzman Loera", "El Chapo"}

    # split the wrong merge: El Chapo stands apart again
    svc.split_name(three_people, admin, "El Chapo")
    cf = svc.case_file(three_people, admin)
    assert _names(cf)[0] == "Joaquin Guzman Loera"
    assert set(_names(cf)) == {"Joaquin Guzman Loera", "El Chapo", "Pedro Alvarez"}
    assert svc.audit_log(three_people, admin)[-1].action == "person.split"


def test_a_short_name_joins_its_person_and_a_split_keeps_it_apart(svc, admin, three_people):
    # "Pedro" merged into "Pedro Alvarez" by a reviewer; then the person forgotten again
    svc.merge_people(three_people, admin, ["Pedro Alvarez", "The detainee"], into="Pedro Alvarez")
    assert svc.people_map(three_people, admin) == {"pedro alvarez": "Pedro Alvarez", "detainee": "Pedro Alvarez"}
    assert svc.forget_person(three_people, admin, "Pedro Alvarez") == 2
    assert svc.people_map(three_people, admin) == {}


def test_bad_merges_and_splits_are_refused_with_a_reason(svc, admin, three_people):
    with pytest.raises(InvalidInput, match="two different names"):
        svc.merge_people(three_people, admin, ["El Chapo", "el  chapo"])
    with pytest.raises(InvalidInput, match="not a name"):
        svc.merge_people(three_people, admin, ["El Chapo", "..."])
    svc.merge_people(three_people, admin, ["Joaquin Guzman Loera", "El Chapo"])
    with pytest.raises(InvalidInput, match="split those names off instead"):
        svc.split_name(three_people, admin, "Joaquin Guzman Loera")


def test_an_edit_is_checked_against_what_its_type_takes(svc, admin, three_people):
    facts = {f.type: f for f in svc.current_facts(three_people, admin)}
    hours = facts["confinement_hours"].id
    for bad, says in ((30, "from 0 to 24 hours a day; 30 is outside"), ("<b>5</b>", "takes a number"),
                      (-1, "is outside")):
        with pytest.raises(InvalidInput, match=says):
            svc.review_fact(hours, admin, "edit", value=bad)
    with pytest.raises(InvalidInput, match="not a known unit"):
        svc.review_fact(hours, admin, "edit", value={"value": 5, "unit": "furlongs"})
    with pytest.raises(InvalidInput, match="takes yes or no"):
        svc.review_fact(facts["legal_access"].id, admin, "edit", value=99)
    with pytest.raises(InvalidInput, match="below 0|is outside"):
        svc.review_fact(facts["isolation_duration"].id, admin, "edit", value=-3)
    assert svc.review_fact(hours, admin, "edit", value="21").edited_value == {"value": 21}
    assert svc.review_fact(facts["legal_access"].id, admin, "edit", value="yes").edited_value == {"value": True}


def test_the_exports_list_the_people(svc, admin, three_people):
    from dignity.cases.export import to_html, to_markdown

    svc.merge_people(three_people, admin, ["Joaquin Guzman Loera", "El Chapo"])
    cf = svc.case_file(three_people, admin)
    md = to_markdown(cf)
    people = md.split("## People\n", 1)[1].split("## Findings", 1)[0].strip()
    assert people.startswith("- Joaquin Guzman Loera (the detainee the case is about; also named El Chapo; names "
                             "grouped by a reviewer): 6 facts,")
    assert "- Pedro Alvarez: " in people and "in pedro.txt" in people
    assert "<h2>People</h2><ul>\n<li>Joaquin Guzman Loera (the detainee" in to_html(cf)
