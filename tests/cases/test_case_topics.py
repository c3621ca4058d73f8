"""Topic mentions in the case store: a condition a document raises without a fact ("the
court ordered relief in three areas: food, laundry and exercise") is kept with its
extraction run, and the case file built from the store shows the ``insufficient_information``
finding it opens, in the service, every export and the report; a re-extraction replaces the
run's topics, deleting a document removes them, and a run made before the store kept them is
read again by ``reextract``."""

from __future__ import annotations

import json

from sqlalchemy import func, select

from dignity.cases import CaseService, Upload
from dignity.cases.export import to_html, to_json, to_markdown
from dignity.model import Extraction
from dignity.store.models import ExtractionRun, StoredDocument

#: our own sentences: a court's relief in three areas, no fact of food or laundry given
ORDER = ("Order of the district court, 3 March 2025.\n\n"
         "The court ordered relief in three areas: food, laundry and outdoor exercise for the "
         "men held on the east wing.\n")


def _topic_findings(cf):
    return [f for f in cf.findings if f.topics]


def _add(svc, user, name="East wing", text=ORDER, filename="order.txt"):
    case = svc.create_case(name, user, kind="facility")
    [res] = svc.add_documents(case, [Upload(text.encode(), filename)], user)
    assert res.status == "added", res
    return case, res.document_id


def test_the_case_file_shows_the_topic_finding_through_the_service(svc, admin):
    case, doc_id = _add(svc, admin)
    run = svc.get_document(doc_id, admin).current_extraction
    stored = {t["topic"] for t in run.topics}
    assert {"food", "clothing"} <= stored  # kept with the run, as TopicMention JSON
    cf = svc.case_file(case, admin)
    assert {t.topic for t in cf.topics} == stored and cf.documents[0].topics == len(run.topics)
    food = next(f for f in cf.findings if f.rule == "mandela-22")
    assert food.status == "insufficient_information" and food.facts == []
    mention = cf.topic(food.topics[0])
    assert mention is not None and mention.topic == "food" and mention.context == "relief"
    assert mention.evidence[0].text == "food" and "three areas" in mention.evidence[0].sentence
    assert cf.document_of_topic(mention).id == doc_id
    assert "The document raises food and drinking water" in food.basis
    assert {f.rule for f in _topic_findings(cf)} >= {"mandela-22", "mandela-19"}
    # the same as the command line's assessment of the document
    from dignity.assess import assess_extraction
    from dignity.extract.engine import default_extractor
    from dignity.ingest import from_bytes

    cli = assess_extraction(default_extractor().extract_document(from_bytes(ORDER.encode(), name="order.txt")))
    assert {(f.rule, f.status) for f in cli.findings if f.topics} == {(f.rule, f.status) for f in _topic_findings(cf)}


def test_the_exports_quote_the_mention_as_the_findings_evidence(svc, admin):
    case, doc_id = _add(svc, admin)
    cf = svc.case_file(case, admin, include_text=True)
    food = next(f for f in cf.findings if f.rule == "mandela-22")
    tid = food.topics[0]
    data = json.loads(to_json(cf))
    found = next(f for f in data["findings"] if f["rule"] == "mandela-22")
    assert found["status"] == "insufficient_information" and found["topics"] == [tid]
    assert any(t["id"] == tid and t["topic"] == "food" for t in data["topics"])
    assert data["documents"][0]["topics"] == len(data["topics"])
    md = to_markdown(cf)
    block = md.split("(mandela-22)", 1)[1].split("\n### ", 1)[0]
    assert "Raised in the documents:" in block
    assert "“The court ordered relief in three areas: **food**, laundry" in block and "(order.txt)" in block
    assert "measured.." not in block
    html = to_html(cf)
    block = html.split('id="finding-mandela-22"', 1)[1].split("<h3", 1)[0]
    assert f'<blockquote class="topic" data-topic="{tid}">' in block
    assert "three areas: <mark>food</mark>, laundry" in block
    start = cf.topic(tid).evidence[0].start
    assert f'href="#d{doc_id}-{start}"' in block and f'<mark id="d{doc_id}-{start}">food</mark>' in html
    # in Spanish: the basis and the reasoning in the reader's words, the quote as written
    es = to_markdown(cf, "es")
    block = es.split("(mandela-22)", 1)[1].split("\n### ", 1)[0]
    assert "El documento plantea la alimentación" in block and "Planteado en los documentos:" in block
    assert "The document raises" not in block and "**food**" in block


def test_the_report_of_a_case_file_keeps_the_topics(svc, admin):
    from dignity.report import ReportData
    from dignity.report.render import render_markdown

    case, _ = _add(svc, admin)
    cf = svc.case_file(case, admin, include_text=True)
    data = ReportData.from_case_file(cf)
    assert [t.id for t in data.topics] == [t.id for t in cf.topics]
    es = render_markdown(data, lang="es")
    assert "El documento plantea la alimentación" in es


class _NoTopics:
    """The default extractor, its topic mentions dropped (a text that raises none)."""

    version = "dignity-extract/test-no-topics"

    def __init__(self) -> None:
        from dignity.extract.engine import default_extractor

        self.inner = default_extractor()

    def extract_document(self, doc) -> Extraction:
        return self.inner.extract_document(doc).model_copy(update={"topics": []})


def test_reextraction_replaces_the_runs_topics(session, svc, admin):
    case, doc_id = _add(svc, admin)
    assert _topic_findings(svc.case_file(case, admin))
    svc2 = CaseService(session, extractor=_NoTopics())
    [r] = svc2.reextract(case, admin)
    assert r.status == "reextracted"
    doc = svc2.get_document(doc_id, admin)
    old, new = doc.extractions
    assert new.topics == [] and old.topics  # the old run keeps its own (history)
    cf = svc2.case_file(case, admin)
    assert cf.topics == [] and not _topic_findings(cf) and cf.documents[0].topics == 0
    assert svc2.audit_log(case, admin)[-1].after["topics"] == 0
    # and back: the default extractor's run brings them again
    [r] = CaseService(session).reextract(case, admin, force=True)
    assert r.status == "reextracted"
    assert {f.rule for f in _topic_findings(CaseService(session).case_file(case, admin))} >= {"mandela-22"}


def test_deleting_a_document_removes_its_topics(session, svc, admin):
    case, doc_id = _add(svc, admin)
    other = Upload(b"Ali Rahman is held in solitary confinement 23 hours a day.", "note.txt")
    [res] = svc.add_documents(case, [other], admin)
    session.delete(svc.get_document(doc_id, admin))
    session.commit()
    runs = session.scalar(select(func.count()).select_from(ExtractionRun)
                          .where(ExtractionRun.document_id == doc_id))
    assert runs == 0  # the topics lived on the document's runs
    cf = svc.case_file(case, admin)
    assert [d.id for d in cf.documents] == [res.document_id]
    assert cf.topics == [] and not _topic_findings(cf)


def test_a_run_from_before_the_store_kept_topics_is_read_again(session, svc, admin):
    case, doc_id = _add(svc, admin)
    run = svc.get_document(doc_id, admin).current_extraction
    run.topics = None  # as revision 0007 leaves a run made before it
    session.commit()
    cf = svc.case_file(case, admin)
    assert cf.documents[0].topics is None and cf.topics == [] and not _topic_findings(cf)
    # the same extractor version: skipped before, read again now its topics are unknown
    [r] = svc.reextract(case, admin)
    assert r.status == "reextracted"
    [r] = svc.reextract(case, admin)
    assert r.status == "skipped"
    cf = svc.case_file(case, admin)
    assert cf.documents[0].topics and any(f.rule == "mandela-22" for f in _topic_findings(cf))


def test_a_fact_of_the_topic_still_silences_it_in_the_case_file(svc, admin):
    text = ORDER + "\nThe men on the east wing receive one meal a day.\n"
    case, _ = _add(svc, admin, text=text)
    cf = svc.case_file(case, admin)
    food = [f for f in cf.findings if f.rule == "mandela-22"]
    assert food and all(not f.topics for f in food)  # the fact answers the topic
    doc = svc.session.scalar(select(StoredDocument).where(StoredDocument.case_id == case.id))
    assert any(t["topic"] == "food" for t in doc.current_extraction.topics)  # kept all the same
