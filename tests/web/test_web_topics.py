"""The case page shows a finding that rests on a topic the document raises without a fact:
the mention's words in their sentence are its evidence, linked to them in the document
(``?at=start-end#at``), and its basis is said in the reader's language."""

from __future__ import annotations

import re

from dignity.cases import Upload

from .test_web_pages import assert_accessible

#: our own sentence: a court's relief in three areas, no fact of food or laundry given
ORDER = ("Order of the district court, 3 March 2025.\n\n"
         "The court ordered relief in three areas: food, laundry and outdoor exercise for the "
         "men held on the east wing.\n")


def _with_order(web):
    svc, s = web.service()
    with s:
        eve = svc.get_user("eve")
        [res] = svc.add_documents(web.case_id, [Upload(ORDER.encode(), "order.txt")], eve)
        assert res.status == "added", res
        cf = svc.case_file(web.case_id, eve)
    food = next(f for f in cf.findings if f.rule == "mandela-22")
    assert food.status == "insufficient_information" and food.topics and not food.facts
    return res.document_id, food, cf.topic(food.topics[0])


def test_the_case_page_quotes_the_topic_mention_as_the_findings_evidence(web):
    doc_id, food, mention = _with_order(web)
    c = web.login("vic")
    html = c.get(f"/cases/{web.case_id}").text
    assert_accessible(html, "case page with a topic finding")
    group = html.split('id="group-insufficient_information"', 1)[1]
    block = group.split(f'id="finding-{food.id}"', 1)[1].split("</details>", 1)[0]
    assert "Raised in the documents" in block
    assert "The document raises food and drinking water" in block
    ev = mention.evidence[0]
    href = f"/cases/{web.case_id}/documents/{doc_id}?at={ev.start}-{ev.end}#at"
    assert f'href="{href}"' in block
    assert re.search(r"three areas: <mark class=\"matched\">food</mark>, laundry", block)
    assert "(order.txt)" in block and "a ruling or relief in its area" in block
    # the link marks the words in the document
    doc = c.get(href.split("#")[0]).text
    assert re.search(r'<mark id="at"[^>]*>food</mark>', doc)


def test_the_topic_finding_speaks_the_readers_language(web):
    _, food, _ = _with_order(web)
    c = web.login("vic")
    html = c.get(f"/cases/{web.case_id}?lang=es").text
    block = html.split(f'id="finding-{food.id}"', 1)[1].split("</details>", 1)[0]
    assert "Planteado en los documentos" in block and "El documento plantea la alimentación" in block
    assert "The document raises" not in block and "una resolución o medida en ese ámbito" in block
    assert "<mark class=\"matched\">food</mark>" in block  # the document's words as written


def test_the_api_gives_the_findings_with_the_mentions_they_rest_on(web):
    _, food, mention = _with_order(web)
    r = web.client().get(f"/api/v1/cases/{web.case_id}/findings", headers=web.token("vic"))
    assert r.status_code == 200, r.text
    data = r.json()
    found = next(f for f in data["findings"] if f["id"] == food.id)
    assert found["topics"] == [mention.id] and found["facts"] == []
    assert mention.id in {t["id"] for t in data["topics"]}
    t = next(t for t in data["topics"] if t["id"] == mention.id)
    assert t["evidence"][0]["text"] == "food" and t["context"] == "relief"
