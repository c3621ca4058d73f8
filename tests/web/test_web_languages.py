"""A document in a language without a pack, on the web pages and the API: "not assessed",
never an all-clear."""

from __future__ import annotations

GERMAN = ("Der Gefangene wird seit drei Monaten in Einzelhaft gehalten und darf seine Familie nicht "
          "sehen. Die Zelle ist sehr klein und hat kein Fenster.").encode()
LINE = "de: no rules for this language; not assessed"


def _add_german(web) -> int:
    from dignity.cases import Upload

    svc, session = web.service()
    with session:
        eve = svc.local_user("eve")
        [r] = svc.add_documents(svc.get_case(web.case_id, eve), [Upload(GERMAN, "bericht.txt")], eve)
        assert r.status == "added" and r.not_assessed == LINE
        return r.document_id


def test_the_pages_say_not_assessed(web):
    doc_id = _add_german(web)
    c = web.login("eve")
    case = c.get(f"/cases/{web.case_id}").text
    assert "Not assessed" in case and LINE in case
    assert "not assessed" in c.get(f"/cases/{web.case_id}/documents/{doc_id}").text
    assert "1 not assessed" in c.get("/cases").text
    api = web.client().get(f"/api/v1/documents/{doc_id}", headers=web.token("eve")).json()
    assert api["language"] == "de" and api["not_assessed"] == LINE


def test_a_reviewer_corrects_a_document_s_language(web):
    from tests.web.conftest import csrf_of

    c = web.login("eve")
    page = c.get(f"/cases/{web.case_id}/documents/{web.document_id}").text
    assert 'name="language"' in page  # an editor may correct it
    r = c.post(f"/cases/{web.case_id}/documents/{web.document_id}/language",
               data={"language": "de", "csrf_token": csrf_of(page)})
    assert r.status_code == 303
    case = c.get(f"/cases/{web.case_id}").text
    assert "Not assessed" in case and LINE in case  # read again as German: no rules, no facts
    page = c.get(f"/cases/{web.case_id}/documents/{web.document_id}").text
    c.post(f"/cases/{web.case_id}/documents/{web.document_id}/language",
           data={"language": "en", "csrf_token": csrf_of(page)})
    assert LINE not in c.get(f"/cases/{web.case_id}").text  # and back: assessed again
    viewer = web.login("vic").get(f"/cases/{web.case_id}/documents/{web.document_id}").text
    assert 'name="language"' not in viewer


def test_the_api_corrects_a_document_s_language(web):
    c = web.client()
    headers = web.token("eve")
    r = c.patch(f"/api/v1/documents/{web.document_id}", json={"language": "de"}, headers=headers)
    assert r.status_code == 200, r.text
    assert r.json()["language"] == "de" and r.json()["facts"] == 0 and r.json()["not_assessed"] == LINE
    r = c.patch(f"/api/v1/documents/{web.document_id}", json={"language": "en"}, headers=headers)
    assert r.json()["facts"] > 0 and r.json()["not_assessed"] is None
    assert c.patch(f"/api/v1/documents/{web.document_id}", json={"language": "12"}, headers=headers).status_code == 400
    viewer = web.token("vic")
    assert c.patch(f"/api/v1/documents/{web.document_id}", json={"language": "de"}, headers=viewer).status_code == 403
