"""Issue 13's done-when scenarios end to end: text -> facts -> the standards that apply -> findings.

The seed article for a US facility gives findings under the Mandela Rules, the ICCPR, the CAT and US
law, each in its own terms; a child in isolation brings in the Havana Rules and CRC article 37; a
pregnant woman in restraints, the Bangkok Rules; a shared cell in Europe, the CPT and Article 3 ECHR.
Our own sentences, except the seed article read from ../shared."""

from __future__ import annotations

import pytest
from shared_files import missing, shared_path

import dignity
from dignity.assess import assess_extraction

I = "insufficient_information"


def _assess(text, **kw):
    return assess_extraction(dignity.extract(text), **kw).findings


def _by_standard(findings):
    out: dict[str, list] = {}
    for f in findings:
        out.setdefault(f.standard_id, []).append(f)
    return out


@pytest.mark.skipif(bool(missing("spec", "seed-article.txt")), reason=str(missing("spec", "seed-article.txt")))
def test_seed_article_for_a_us_facility():
    got = _by_standard(_assess(shared_path("spec", "seed-article.txt"), jurisdiction="US"))
    assert {"mandela", "iccpr", "cat", "us"} <= set(got)
    assert "epr" not in got and "echr" not in got  # the Council of Europe's standards stay in Europe
    us = {f.rule: f for f in got["us"]}
    bell = us["us-bell"]
    # Bell v. Wolfish for an untried prisoner, stated as a test: what it asks, not a verdict
    assert str(bell.status) == I
    assert "reasonably related to a legitimate governmental aim" in bell.reasoning
    assert any("intent to punish" in q for q in bell.questions)
    assert all(str(f.status) == I for f in got["us"])
    assert all("violation is likely" not in f.reasoning for f in got["us"])
    iccpr = {f.rule for f in got["iccpr"]}
    assert {"iccpr-7-solitary", "iccpr-9-3"} <= iccpr
    assert "cat-16-isolation" in {f.rule for f in got["cat"]}


def test_no_country_gets_the_universal_instruments_only():
    got = _by_standard(_assess("Maria Duarte, who is awaiting trial, has been held in solitary confinement for "
                               "three months, her lawyer said."))
    assert {"mandela", "iccpr"} <= set(got)
    assert not {"us", "epr", "echr", "cpt", "iachr"} & set(got)


def test_a_15_year_old_in_isolation():
    got = _by_standard(_assess("Staff at the county juvenile hall confirmed that Tomas Reyes, a 15-year-old boy, "
                               "has spent the last ten days in isolation as a punishment for fighting."))
    assert "havana-67" in {f.rule for f in got.get("havana", [])}
    assert {r for r in {f.rule for f in got.get("crc", [])} if r.startswith("crc-37")}


def test_an_adult_in_isolation_brings_no_childrens_standard():
    got = _by_standard(_assess("Staff confirmed that Tomas Reyes, aged 34, has spent the last ten days in "
                               "isolation as a punishment for fighting."))
    assert "havana" not in got and "crc" not in got


def test_a_pregnant_woman_in_restraints():
    got = _by_standard(_assess("Inspectors found that Lena Ortiz, who is eight months pregnant, was kept in "
                               "handcuffs and leg irons while she was in labour at the regional hospital."))
    bangkok = {f.rule: f for f in got.get("bangkok", [])}
    assert "bangkok-24" in bangkok
    assert str(bangkok["bangkok-24"].status) == I  # rule 24 is not yet verified: it asks, it never grades
    assert "mandela-48" in {f.rule for f in got["mandela"]}


def test_a_shared_cell_in_europe():
    text = ("The inspection team observed that four men shared a cell of 8 square metres at the remand prison "
            "in Zagreb, Croatia.")
    got = _by_standard(_assess(text, jurisdiction="HR"))
    assert "echr-3-space" in {f.rule for f in got.get("echr", [])}
    assert "cpt-space" in {f.rule for f in got.get("cpt", [])}
    elsewhere = _by_standard(_assess(text, jurisdiction="US"))
    assert "echr" not in elsewhere and "cpt" not in elsewhere
