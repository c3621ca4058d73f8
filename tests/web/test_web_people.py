"""The web app puts people first and keeps a review in view: a case's findings by
person (filters by person, status and rule), a page per person, a merge of two names
and its split; a review that answers with the row, the document's highlights and
counts (htmx, out of band) or, without script, a redirect; a refused edit with its
message beside the field; who reviewed a fact and when; removing a member asks
first; the timeline links to the words; the audit names things."""

from __future__ import annotations

import re

import pytest
from case_texts import NOTE_CHAPO, NOTE_LOERA, NOTE_PEDRO

from dignity.cases import Upload


@pytest.fixture
def people_case(web_any):
    """A case about Joaquin Guzman Loera, with notes about him, "El Chapo" and Pedro Alvarez."""
    svc, s = web_any.service()
    with s:
        eve = svc.get_user("eve")
        case = svc.create_case("Joaquin Guzman Loera", eve)
        svc.add_member(case, "vic", "viewer", by=eve)
        notes = [Upload(NOTE_LOERA.encode(), "loera.txt"), Upload(NOTE_CHAPO.encode(), "chapo.txt"),
                 Upload(NOTE_PEDRO.encode(), "pedro.txt")]
        res = svc.add_documents(case, notes, eve)
        assert all(r.status == "added" for r in res)
        return web_any, case.id, [r.document_id for r in res]


def _people_sections(html: str) -> list[str]:
    return re.findall(r'<section class="person" id="person-([a-z0-9-]+)"', html)


def test_findings_are_grouped_by_person_detainee_first_and_filtered(people_case):
    web, cid, _ = people_case
    c = web.login("eve")
    page = c.get(f"/cases/{cid}").text
    assert _people_sections(page) == ["joaquin-guzman-loera", "chapo", "pedro-alvarez"] or \
        _people_sections(page)[0] == "joaquin-guzman-loera"
    assert set(_people_sections(page)) == {"joaquin-guzman-loera", "chapo", "pedro-alvarez"}
    assert "the detainee this case is about" in page
    # the detainee's groups keep their plain ids; another person's are prefixed
    assert 'id="group-concern"' in page and 'id="pedro-alvarez-group-' in page
    # filter by person, status and rule: only what matches
    only = c.get(f"/cases/{cid}?person=pedro-alvarez").text
    assert _people_sections(only) == ["pedro-alvarez"]
    concern = c.get(f"/cases/{cid}?status=concern&rule=mandela-43-1-c").text
    rules = set(re.findall(r'data-finding="([^"]+)"', concern))
    assert rules and all(r.startswith("mandela-43-1-c") for r in rules)
    assert set(re.findall(r'data-status="([^"]+)"', concern)) == {"concern"}
    # a filter that names nothing in the case is no filter
    assert set(_people_sections(c.get(f"/cases/{cid}?person=nobody&rule=x").text)) == set(_people_sections(page))
    # the refreshed findings keep the filter
    assert f'hx-get="/cases/{cid}/findings?person=pedro-alvarez"' in only
    frag = c.get(f"/cases/{cid}/findings?person=pedro-alvarez").text
    assert _people_sections(frag) == ["pedro-alvarez"]


def test_a_person_page_and_a_merge_then_a_split(people_case):
    web, cid, docs = people_case
    c = web.login("eve")
    page = c.get(f"/cases/{cid}/people/chapo")
    assert page.status_code == 200
    html = page.text
    assert "<h1>El Chapo" in html and "chapo.txt" in html and "loera.txt" not in html.split('id="person-documents"')[1]
    assert 'id="person-facts"' in html and 'id="person-timeline"' in html and "2024-05-09" in html
    assert c.get(f"/cases/{cid}/people/nobody").status_code == 404
    # merge El Chapo into the detainee, from the detainee's page
    main = c.get(f"/cases/{cid}/people/joaquin-guzman-loera").text
    form = main.split('id="merge-form"', 1)[1].split("</form>", 1)[0]
    assert 'value="chapo"' in form
    r = c.post(f"/cases/{cid}/people/merge", data={"csrf_token": c.csrf, "names": ["Joaquin Guzman Loera"],
                                                    "into": "Joaquin Guzman Loera", "other": "chapo"})
    assert r.status_code == 303 and r.headers["location"].endswith("/people/joaquin-guzman-loera")
    after = c.get(f"/cases/{cid}").text
    assert set(_people_sections(after)) == {"joaquin-guzman-loera", "pedro-alvarez"}
    assert "also named El Chapo" in after
    person = c.get(f"/cases/{cid}/people/joaquin-guzman-loera").text
    assert "A reviewer grouped these names." in person and "chapo.txt" in person
    audit = c.get(f"/cases/{cid}/audit").text
    assert "person.merge" in audit and "person Joaquin Guzman Loera (El Chapo, Joaquin Guzman Loera)" in audit
    # a viewer may not merge
    v = web.login("vic")
    assert v.post(f"/cases/{cid}/people/merge", data={"csrf_token": v.csrf, "names": ["El Chapo"],
                                                      "other": "pedro-alvarez"}).status_code == 403
    # split the wrong merge
    r = c.post(f"/cases/{cid}/people/split", data={"csrf_token": c.csrf, "name": "El Chapo"})
    assert r.status_code == 303
    assert set(_people_sections(c.get(f"/cases/{cid}").text)) == {"joaquin-guzman-loera", "chapo", "pedro-alvarez"}


def test_a_review_on_the_document_page_updates_its_highlights_and_counts(people_case):
    web, cid, docs = people_case
    c = web.login("eve")
    page = c.get(f"/cases/{cid}/documents/{docs[0]}").text
    fact = int(re.search(r'id="d-fact-(\d+)"', page).group(1))
    assert 'data-review-count="accepted">0<' in page
    r = c.post(f"/cases/{cid}/facts/{fact}/review", headers={"HX-Request": "true"},
               data={"csrf_token": c.csrf, "action": "accept", "ctx": "d-",
                     "next": f"/cases/{cid}/documents/{docs[0]}"})
    assert r.status_code == 200 and "factReviewed" in r.headers["HX-Trigger"]
    assert r.text.startswith(f'<li id="d-fact-{fact}"')
    oob = r.text.split('id="doctext" hx-swap-oob="true">', 1)[1]
    assert re.search(rf'class="ev ev-reviewed" data-facts="[^"]*fact-{fact}\b', oob)
    assert 'id="doc-review-counts" hx-swap-oob="true"' in r.text and 'data-review-count="accepted">1<' in r.text
    assert "Accepted by eve on" in r.text
    # without script: a redirect, and the page shows the same
    r = c.post(f"/cases/{cid}/facts/{fact}/review",
               data={"csrf_token": c.csrf, "action": "reject", "ctx": "d-",
                     "next": f"/cases/{cid}/documents/{docs[0]}"})
    assert r.status_code == 303 and r.headers["location"].endswith(f"/documents/{docs[0]}#d-fact-{fact}")
    page = c.get(f"/cases/{cid}/documents/{docs[0]}").text
    assert 'data-review-count="rejected">1<' in page and "Rejected by eve on" in page


def test_a_refused_edit_shows_its_message_beside_the_field(people_case):
    web, cid, docs = people_case
    c = web.login("eve")
    svc, s = web.service()
    with s:
        hours = next(f.id for f in svc.current_facts(cid, svc.get_user("eve")) if f.type == "confinement_hours")
    url = f"/cases/{cid}/facts/{hours}/review"
    for headers in ({"HX-Request": "true"}, {}):
        r = c.post(url, headers=headers, data={"csrf_token": c.csrf, "action": "edit", "value": "99", "ctx": "d-"})
        assert r.status_code == 422
        field = r.text.split(f'id="d-value-{hours}"', 1)[1].split("</span>", 1)[0]
        assert 'aria-invalid="true"' in field and "from 0 to 24 hours a day; 99 is outside that range" in field
        assert 'value="99"' in r.text  # what was typed stays in the box
    r = c.post(url, data={"csrf_token": c.csrf, "action": "edit", "value": "<b>x</b>"}, headers={"HX-Request": "true"})
    assert r.status_code == 422 and "takes a number" in r.text and "<b>x</b>" not in r.text
    r = c.post(url, data={"csrf_token": c.csrf, "action": "edit", "value": "21"}, headers={"HX-Request": "true"})
    assert r.status_code == 200 and "21 hours a day" in r.text and "Edited by eve" in r.text


def test_evidence_shows_its_whole_sentence_with_the_words_marked(people_case):
    web, cid, docs = people_case
    c = web.login("eve")
    page = c.get(f"/cases/{cid}/documents/{docs[2]}").text
    assert re.search(r"“Pedro Alvarez was placed in <mark class=\"matched\">solitary confinement[^<]*</mark>[^”]*”",
                     page)


def test_the_timeline_shows_each_event_once_linked_to_its_words(people_case):
    web, cid, docs = people_case
    c = web.login("eve")
    page = c.get(f"/cases/{cid}/timeline").text
    rows = re.findall(r'<tr class="timeline-(\w+)">.*?</tr>', page, re.S)
    labels = re.findall(r'<tr class="timeline-\w+">\s*<td>.*?</td>\s*<td>(.*?)</td>', page, re.S)
    assert len(labels) == len(set(labels)), labels
    assert rows
    for link in re.findall(r'href="(/cases/\d+/documents/\d+[^"]*)" title="Show the words', page):
        assert "#ev-" in link or re.search(r"\?at=\d+-\d+#at$", link)
        target = c.get(link.split("#")[0]).text
        if "?at=" in link:
            assert '<mark id="at" class="ev ev-target"' in target


def test_removing_a_member_asks_first(people_case):
    web, cid, _ = people_case
    c = web.login("eve")
    page = c.get(f"/cases/{cid}").text
    svc, s = web.service()
    with s:
        svc.add_member(cid, "ed", "editor", by=svc.get_user("eve"))
        ed = svc.get_user("ed").id
    page = c.get(f"/cases/{cid}").text
    assert f'href="/cases/{cid}/members/{ed}/remove" class="button danger"' in page
    r = c.post(f"/cases/{cid}/members/{ed}/remove", data={"csrf_token": c.csrf})
    assert r.status_code == 303 and "/remove" in r.headers["location"]
    assert "Remove ed from Joaquin Guzman Loera?" in c.get(r.headers["location"]).text


def test_the_facts_page_filters_by_person(people_case):
    web, cid, _ = people_case
    c = web.login("eve")
    html = c.get(f"/cases/{cid}/facts?person=pedro-alvarez").text
    assert '<option value="pedro-alvarez" selected>' in html
    subjects = set(re.findall(r'<span class="meta">fact \d+ · ([^·]+) ·', html))
    assert subjects == {"Pedro Alvarez"}
    every = c.get(f"/cases/{cid}/facts").text
    assert len(set(re.findall(r'<span class="meta">fact \d+ · ([^·]+) ·', every))) == 3


def test_the_api_lists_merges_and_splits_people(people_case):
    web, cid, _ = people_case
    c = web.client()
    auth = web.token("eve")
    people = c.get(f"/api/v1/cases/{cid}/people", headers=auth).json()
    assert people["people"][0]["name"] == "Joaquin Guzman Loera" and people["people"][0]["main"]
    assert people["names"] == {}
    r = c.post(f"/api/v1/cases/{cid}/people", headers=auth, json={"merge": ["Joaquin Guzman Loera", "El Chapo"]})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["names"] == {"El Chapo": "Joaquin Guzman Loera", "Joaquin Guzman Loera": "Joaquin Guzman Loera"}
    assert body["people"][0]["names"] == ["Joaquin Guzman Loera", "El Chapo"] and len(body["people"]) == 2
    r = c.post(f"/api/v1/cases/{cid}/people", headers=auth, json={"split": "El Chapo"})
    assert len(r.json()["people"]) == 3
    assert c.post(f"/api/v1/cases/{cid}/people", headers=auth, json={}).status_code == 400
    assert c.post(f"/api/v1/cases/{cid}/people", headers=web.token("vic"),
                  json={"split": "El Chapo"}).status_code == 403
