"""Re-extracting a document with a new extractor version never loses a review."""

from __future__ import annotations

import pytest

from dignity.cases import CaseService
from dignity.extract.engine import default_extractor
from dignity.model import Extraction


def _by_type(svc, case, user):
    out = {}
    for f in svc.current_facts(case, user):
        out.setdefault(f.type, f)
    return out


@pytest.fixture
def reviewed(svc, admin, seed_path):
    case = svc.create_case("Guzman", admin)
    [res] = svc.add_documents(case, [seed_path], admin)
    facts = _by_type(svc, case, admin)
    svc.review_fact(facts["constant_light"].id, admin, "reject", note="the lights are dimmed at night")
    svc.review_fact(facts["confinement_hours"].id, admin, "edit", value=22, note="his lawyer says 22")
    svc.review_fact(facts["pretrial_status"].id, admin, "accept")
    return case, res.document_id


def test_new_version_carries_every_review_to_the_matching_fact(session, admin, reviewed):
    case, doc_id = reviewed
    svc = CaseService(session)
    before = svc.case_file(case, admin)
    svc2 = CaseService(session, extractor_version="dignity-extract/test-next")
    [r] = svc2.reextract(case, admin)
    assert r.status == "reextracted" and r.reviews_carried == 3 and r.reviews_kept == 0
    doc = svc2.get_document(doc_id, admin)
    assert len(doc.extractions) == 2 and doc.current_extraction.extractor_version == "dignity-extract/test-next"
    old, new = doc.extractions
    new_facts = _by_type(svc2, case, admin)
    assert all(f.extraction_id == new.id for f in svc2.current_facts(case, admin))
    light, hours, status = new_facts["constant_light"], new_facts["confinement_hours"], new_facts["pretrial_status"]
    assert light.review_status == "rejected" and light.note == "the lights are dimmed at night"
    assert hours.review_status == "edited" and hours.edited_value == {"value": 22}
    assert status.review_status == "accepted"
    olds = {f.type: f for f in old.facts if f.review_status != "unreviewed"}
    assert light.review_from == olds["constant_light"].id
    assert light.reviewed_by == admin.id and light.reviewed_at == olds["constant_light"].reviewed_at
    # the old extraction keeps its reviews too: history, not a move
    assert olds["constant_light"].review_status == "rejected"
    after = svc2.case_file(case, admin)
    assert [(f.id, f.status) for f in after.findings] == [(f.id, f.status) for f in before.findings]
    log = svc2.audit_log(case, admin)[-1]
    assert log.action == "document.reextract"
    assert log.before["extraction_id"] == old.id and log.after["extraction_id"] == new.id
    assert log.after["reviews_carried"] == 3


def test_same_version_is_skipped_unless_forced(svc, admin, reviewed):
    case, doc_id = reviewed
    [r] = svc.reextract(case, admin)
    assert r.status == "skipped"
    [r] = svc.reextract(case, admin, force=True)
    assert r.status == "reextracted" and r.reviews_carried == 3
    assert len(svc.get_document(doc_id, admin).extractions) == 2


class _Forgetful:
    """The real extractor, minus every constant_light fact, with shifted confinement evidence."""

    version = "dignity-extract/forgetful"

    def extract_document(self, doc):
        ex = default_extractor("en").extract_document(doc)
        facts = [f for f in ex.facts if f.type != "constant_light"]
        return Extraction(documents=ex.documents, facts=facts)


def test_a_review_whose_fact_is_no_longer_found_is_kept(session, admin, reviewed):
    case, doc_id = reviewed
    svc = CaseService(session, extractor=_Forgetful())
    [r] = svc.reextract(case, admin)
    assert r.status == "reextracted" and r.reviews_carried == 2 and r.reviews_kept == 1
    facts = svc.current_facts(case, admin)
    kept = [f for f in facts if f.origin == "kept"]
    assert len(kept) == 1 and kept[0].type == "constant_light"
    assert kept[0].review_status == "rejected" and kept[0].note == "the lights are dimmed at night"
    # and it survives the next re-extraction too
    [r] = CaseService(session, extractor=_Forgetful(), extractor_version="again").reextract(case, admin)
    assert r.reviews_kept == 1 and r.reviews_carried == 2


def test_reviewing_a_fact_of_an_old_extraction_is_refused(session, admin, reviewed):
    from dignity.cases import Conflict

    case, doc_id = reviewed
    svc = CaseService(session, extractor_version="v-next")
    old_fact = svc.current_facts(case, admin)[0]
    svc.reextract(case, admin)
    with pytest.raises(Conflict):
        svc.review_fact(old_fact.id, admin, "accept")
