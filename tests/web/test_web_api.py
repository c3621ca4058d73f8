"""The JSON API: tokens, cases, documents, facts and findings in the ``dignity.model``
contract (the same JSON as the command line's case export), reviews, audit log."""

from __future__ import annotations

import json

from dignity.model import Fact, Finding
from case_texts import VISIT_NOTE


def test_cases_list_create_and_read(web_any):
    web = web_any
    c = web.client()
    h = web.token("eve")
    cases = c.get("/api/v1/cases", headers=h).json()["cases"]
    assert [x["name"] for x in cases] == ["Ahmed Said"]
    assert cases[0]["role"] == "owner" and cases[0]["documents"] == 1
    assert set(cases[0]["finding_counts"]) == {"violation_likely", "concern", "insufficient_information", "compliant"}
    r = c.post("/api/v1/cases", headers=h, json={"name": "Blackrock Prison", "kind": "facility"})
    assert r.status_code == 201
    new = r.json()
    assert new["name"] == "Blackrock Prison" and new["kind"] == "facility" and new["role"] == "owner"
    assert c.post("/api/v1/cases", headers=h, json={"name": "Blackrock Prison"}).status_code == 409
    assert c.post("/api/v1/cases", headers=h, json={"name": "x", "kind": "planet"}).status_code == 422
    assert c.post("/api/v1/cases", headers=h, json={"name": "   "}).status_code == 400
    assert c.post("/api/v1/cases", headers=h, content=b"not json",
                  ). status_code == 422
    one = c.get(f"/api/v1/cases/{web.case_id}", headers=h).json()
    assert one["name"] == "Ahmed Said" and one["can_edit"] and one["can_manage"]
    assert one["documents"][0]["id"] == web.document_id and len(one["documents"][0]["sha256"]) == 64
    assert c.get("/api/v1/cases/424242", headers=h).status_code == 404


def test_facts_and_findings_follow_the_model_contract_and_the_cli_export(web_any):
    web = web_any
    c = web.client()
    h = web.token("vic")
    facts = c.get(f"/api/v1/cases/{web.case_id}/facts", headers=h).json()
    assert facts["facts"]
    for f in facts["facts"]:
        Fact.model_validate(f)  # extra="forbid": exactly the model's fields
        assert "explain" not in f
        assert facts["reviews"][f["id"]]["status"] == "unreviewed"
        assert facts["reviews"][f["id"]]["document_id"] == web.document_id
    findings = c.get(f"/api/v1/cases/{web.case_id}/findings", headers=h).json()
    for f in findings["findings"]:
        Finding.model_validate(f)
    # the same JSON as the case file export (`dignity case export --format json`)
    svc, s = web.service()
    with s:
        exported = json.loads(json.dumps(svc.case_file(web.case_id, svc.get_user("vic")).to_json()))
    assert findings["findings"] == exported["findings"]
    assert findings["finding_counts"] == exported["finding_counts"]
    assert findings["not_assessed"] == exported["not_assessed"] == []  # every document was read (issue 11)
    casefile = c.get(f"/api/v1/cases/{web.case_id}/casefile", headers=h).json()
    exported.pop("generated_at")
    casefile.pop("generated_at")
    assert casefile == exported
    explained = c.get(f"/api/v1/cases/{web.case_id}/facts?explain=true", headers=h).json()["facts"]
    assert any(f.get("explain") for f in explained)


def test_review_through_the_api_changes_the_findings_and_the_audit_log(web_any):
    web = web_any
    c = web.client()
    h = web.token("ed")
    before = {f["rule"]: f["status"] for f in c.get(f"/api/v1/cases/{web.case_id}/findings", headers=h)
              .json()["findings"]}
    assert before.get("mandela-43-1-c") == "concern"  # one NGO's word, relayed (issue 11)
    r = c.patch(f"/api/v1/facts/{web.light_fact}", headers=h,
                json={"action": "reject", "note": "the lights are dimmed at night"})
    assert r.status_code == 200
    body = r.json()
    Fact.model_validate(body["fact"])
    assert body["review"]["status"] == "rejected" and body["review"]["reviewed_by"] == "ed"
    assert body["review"]["note"] == "the lights are dimmed at night"
    after = {f["rule"]: f["status"] for f in c.get(f"/api/v1/cases/{web.case_id}/findings", headers=h)
             .json()["findings"]}
    assert "mandela-43-1-c" not in after
    rejected = c.get(f"/api/v1/cases/{web.case_id}/facts?status=rejected", headers=h).json()
    assert [f["id"] for f in rejected["facts"]] == [str(web.light_fact)]
    # edit: a new value (or fields), validated against the Fact model
    hours = next(f for f in c.get(f"/api/v1/cases/{web.case_id}/facts", headers=h).json()["facts"]
                 if f["type"] == "confinement_hours")
    r = c.patch(f"/api/v1/facts/{hours['id']}", headers=h, json={"action": "edit", "value": 22, "note": "per NPM"})
    assert r.status_code == 200 and r.json()["fact"]["value"] == 22 and r.json()["review"]["status"] == "edited"
    r = c.patch(f"/api/v1/facts/{hours['id']}", headers=h, json={"action": "edit", "value": {"colour": "red"}})
    assert r.status_code == 400 and "cannot edit colour" in r.json()["detail"]
    assert c.patch(f"/api/v1/facts/{hours['id']}", headers=h, json={"action": "edit"}).status_code == 400
    assert c.patch(f"/api/v1/facts/{hours['id']}", headers=h, json={"action": "burn"}).status_code == 422
    assert c.patch(f"/api/v1/facts/{hours['id']}", headers=h, json={"action": "accept", "x": 1}).status_code == 422
    assert c.patch("/api/v1/facts/999999", headers=h, json={"action": "accept"}).status_code == 404
    one = c.get(f"/api/v1/facts/{hours['id']}", headers=h).json()
    assert one["fact"]["value"] == 22 and one["review"]["edited_value"] == {"value": 22}
    audit = c.get(f"/api/v1/cases/{web.case_id}/audit", headers=h).json()["entries"]
    reject = next(e for e in audit if e["action"] == "fact.reject")
    assert reject["user"] == "ed" and reject["object_id"] == str(web.light_fact)
    assert reject["before"]["review_status"] == "unreviewed" and reject["after"]["review_status"] == "rejected"
    assert reject["at"]
    assert [e["action"] for e in c.get(f"/api/v1/cases/{web.case_id}/audit?limit=1", headers=h)
            .json()["entries"]] == ["fact.edit"]


def test_upload_a_document_through_the_api(web_any):
    web = web_any
    c = web.client()
    h = web.token("eve")
    r = c.post(f"/api/v1/cases/{web.case_id}/documents", headers=h,
               files={"file": ("visit-note.txt", VISIT_NOTE.encode(), "text/plain")},
               data={"title": "NPM visit note", "date": "2021-04-20"})
    assert r.status_code == 201, r.text
    doc = r.json()["document"]
    assert r.json()["status"] == "added" and doc["title"] == "NPM visit note" and doc["date"] == "2021-04-20"
    assert doc["facts"] > 0 and len(doc["sha256"]) == 64
    again = c.post(f"/api/v1/cases/{web.case_id}/documents", headers=h,
                   files={"file": ("copy.txt", VISIT_NOTE.encode(), "text/plain")})
    assert again.status_code == 409 and again.json()["document_id"] == doc["id"]
    got = c.get(f"/api/v1/documents/{doc['id']}", headers=h).json()
    assert got["case_id"] == web.case_id and "Block C" in got["text"]
    listed = c.get(f"/api/v1/cases/{web.case_id}/documents", headers=h).json()["documents"]
    assert [d["id"] for d in listed] == [web.document_id, doc["id"]]
    # the case file now reads both: a contradiction on solitary confinement
    cf = c.get(f"/api/v1/cases/{web.case_id}/casefile", headers=h).json()
    assert any(x["type"] == "solitary" for x in cf["contradictions"])
    bad_date = c.post(f"/api/v1/cases/{web.case_id}/documents", headers=h,
                      files={"file": ("n2.txt", b"He is held in solitary confinement.", "text/plain")},
                      data={"date": "20 April"})
    assert bad_date.status_code == 422 and "YYYY-MM-DD" in bad_date.json()["detail"]


def test_members_through_the_api(web):
    c = web.client()
    h = web.token("eve")
    assert c.put(f"/api/v1/cases/{web.case_id}/members/olga", headers=h, json={"role": "viewer"}).json() == \
        {"user": "olga", "role": "viewer"}
    names = {m["user"]: m["role"] for m in c.get(f"/api/v1/cases/{web.case_id}/members", headers=h)
             .json()["members"]}
    assert names == {"eve": "owner", "vic": "viewer", "ed": "editor", "olga": "viewer"}
    olga = web.token("olga")
    assert c.get(f"/api/v1/cases/{web.case_id}", headers=olga).status_code == 200
    assert c.delete(f"/api/v1/cases/{web.case_id}/members/olga", headers=h).status_code == 204
    assert c.get(f"/api/v1/cases/{web.case_id}", headers=olga).status_code == 404
    assert c.delete(f"/api/v1/cases/{web.case_id}/members/eve", headers=h).status_code == 409  # the last owner
    assert c.put(f"/api/v1/cases/{web.case_id}/members/nobody", headers=h, json={"role": "viewer"}).status_code == 404


def test_search_through_the_api(web):
    c = web.client()
    h = web.token("eve")
    hits = c.get("/api/v1/search?q=lights", headers=h).json()["hits"]
    assert [x["document_id"] for x in hits] == [web.document_id]
    assert hits[0]["case_name"] == "Ahmed Said"
    assert c.get("/api/v1/search?q=zanzibarite", headers=h).json()["hits"] == []
    assert c.get("/api/v1/search", headers=h).status_code == 422


def test_an_admin_reads_every_case_through_the_api(web):
    c = web.client()
    h = web.token("admin")
    names = sorted(x["name"] for x in c.get("/api/v1/cases", headers=h).json()["cases"])
    assert names == ["Ahmed Said", "Other Person"]
    assert c.get(f"/api/v1/cases/{web.case_id}/findings", headers=h).status_code == 200
