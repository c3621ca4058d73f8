"""A case's standards (issue 13): its jurisdiction and the standards it is assessed against
are settings of the case, audited, and its findings follow them."""

from __future__ import annotations

import pytest

from dignity.cases import InvalidInput


def _case(svc, admin, tmp_path):
    doc = tmp_path / "note.txt"
    doc.write_text("Visit note, 3 March 2026. We observed that Mr. Kell is kept in a dark cell "
                   "as a punishment, and the light is never switched on.\n", encoding="utf-8")
    case = svc.create_case("Kell", admin)
    svc.add_documents(case, [str(doc)], admin)
    return case


def test_the_standards_setting_decides_the_findings(svc, admin, tmp_path):
    case = _case(svc, admin, tmp_path)
    before = {f.standard_id for f in svc.case_file(case, admin).findings}
    assert "mandela" in before
    c = svc.set_standards(case.id, admin, standards=["mandela"])
    assert c.standards == "mandela"
    assert {f.standard_id for f in svc.case_file(case, admin).findings} == {"mandela"}
    svc.set_standards(case.id, admin, standards=None)
    assert {f.standard_id for f in svc.case_file(case, admin).findings} == before
    actions = [e.action for e in svc.audit_log(case, admin)]
    assert actions.count("case.standards") == 2


def test_a_jurisdiction_is_a_code_and_a_standard_must_be_installed(svc, admin, tmp_path):
    case = _case(svc, admin, tmp_path)
    assert svc.set_standards(case.id, admin, jurisdiction="fr").jurisdiction == "FR"
    with pytest.raises(InvalidInput, match="not a country code"):
        svc.set_standards(case.id, admin, jurisdiction="France!")
    with pytest.raises(InvalidInput, match="no standard 'nosuch'"):
        svc.set_standards(case.id, admin, standards=["nosuch"])
