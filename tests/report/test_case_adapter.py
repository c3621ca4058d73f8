"""ReportData.from_case_file: a case file (dignity.cases) becomes the same report input:
documents with their hashes, facts with their sources, the case's contradictions and
timeline, findings with their rule text."""

from __future__ import annotations

import datetime as dt

import pytest

from dignity.model import Evidence, Fact

cases = pytest.importorskip("dignity.cases")

SHA_A, SHA_B = "a" * 64, "b" * 64
NOW = dt.datetime(2026, 3, 1, 12, 0)


def _fact(fid: str, type_: str, doc: str, text: str, *, negated: bool = False, who: str = "Amnesty International",
          observed_on: str | None = None, value=None, unit=None) -> Fact:
    return Fact(id=fid, type=type_, value=value, unit=unit, negated=negated, certainty="alleged",
                subject="Ahmed Said", attributed_to=who, observed_on=observed_on,
                evidence=[Evidence(document=doc, start=10, end=10 + len(text), text=text,
                                   sentence=f"We were told that {text} in Block C.")])


@pytest.fixture(scope="module")
def case_data():
    from dignity.assess import assess_facts
    from dignity.cases import (CaseDocument, CaseFile, CaseInfo, Contradiction, ContradictionSide, MergedFact,
                               SourceRef, TimelineEntry)
    from dignity.report import ReportData

    facts = [
        _fact("1", "constant_light", SHA_A, "the lights are on 24 hours a day"),
        _fact("2", "confinement_hours", SHA_A, "he is confined to his cell 23 hours a day", value=23.0,
              unit="hours_per_day", observed_on="2021-04-15"),
        _fact("3", "solitary", SHA_A, "he is held in solitary confinement"),
        _fact("4", "solitary", SHA_B, "he is not held in solitary confinement", negated=True, who="Prison officials"),
    ]

    def ref(f: Fact, doc_id: int, name: str) -> SourceRef:
        return SourceRef(fact_id=int(f.id), document_id=doc_id, document=name, attributed_to=f.attributed_to,
                         certainty="alleged", review_status="unreviewed", evidence=f.evidence)

    docs = [CaseDocument(id=1, sha256=SHA_A, filename="letter.txt", title="Letter from HRW", date="2021-05-03",
                         size=100, added_at=NOW, text="Letter about the Evin Prison and Ahmed Said."),
            CaseDocument(id=2, sha256=SHA_B, filename="reply.txt", date="2021-06-01", size=80, added_at=NOW)]
    merged = [MergedFact(id=f"m{i}", type=f.type, subject="Ahmed Said", subject_kind="person", value=f.value,
                         negated=f.negated, certainty="alleged", review_status="unreviewed", fact_ids=[int(f.id)],
                         sources=[ref(f, 1 if f.evidence[0].document == SHA_A else 2,
                                      "letter.txt" if f.evidence[0].document == SHA_A else "reply.txt")])
              for i, f in enumerate(facts, 1)]
    contradiction = Contradiction(
        id="c1", type="solitary", subject="Ahmed Said", kind="polarity",
        summary="solitary about Ahmed Said: Amnesty International says so; Prison officials denies it",
        sides=[ContradictionSide(negated=False, merged_facts=["m3"], sources=merged[2].sources),
               ContradictionSide(negated=True, merged_facts=["m4"], sources=merged[3].sources)])
    timeline = [TimelineEntry(date="2021-04-15", kind="observed", label="confinement_hours: 23", document_id=1,
                              fact_id=2, merged_fact="m2"),
                TimelineEntry(date="2021-05-03", kind="document", label="Letter from HRW (document dated)",
                              document_id=1),
                TimelineEntry(date="2021-05-20", kind="event", label="On 20 May he was moved to Block C.",
                              document_id=1),
                TimelineEntry(date="2021-06-01", kind="document", label="reply.txt (document dated)", document_id=2)]
    cf = CaseFile(case=CaseInfo(id=7, name="Ahmed Said", kind="detainee", created_at=NOW), generated_at=NOW,
                  as_of="2021-06-01", documents=docs, facts=facts, review_counts={"unreviewed": 4},
                  merged=merged, contradictions=[contradiction], timeline=timeline,
                  findings=assess_facts(facts, as_of="2021-06-01"))
    return ReportData.from_case_file(cf, prepared_by="Ana", date="2026-03-01")


def test_case_identity_and_documents(case_data):
    assert case_data.title == "Ahmed Said" and case_data.case_id == "Ahmed Said (case 7)"
    assert case_data.as_of == "2021-06-01"
    assert [(d.label, d.sha256, d.name) for d in case_data.documents] == [
        ("D1", SHA_A, "Letter from HRW"), ("D2", SHA_B, "reply.txt")]
    assert case_data.place == "Evin Prison"  # named in the document's text


def test_facts_keep_their_sources(case_data):
    assert {f.id: f.sources for f in case_data.facts} == {"1": [SHA_A], "2": [SHA_A], "3": [SHA_A], "4": [SHA_B]}


def test_the_case_contradiction_with_both_sides(case_data):
    (c,) = case_data.contradictions
    assert c.id == "C1" and c.type == "solitary" and c.facts_for == ["3"] and c.facts_against == ["4"]


def test_timeline_from_the_case_and_undated_conditions_at_their_document_date(case_data):
    kinds = [(e.date, e.kind) for e in case_data.timeline]
    assert ("2021-04-15", "observed") in kinds and ("2021-05-20", "event") in kinds
    assert ("2021-05-03", "reported") in kinds  # the constant light, without a date of its own
    assert [e.date for e in case_data.timeline] == sorted(e.date for e in case_data.timeline)
    observed = next(e for e in case_data.timeline if e.kind == "observed")
    assert observed.type == "confinement_hours" and observed.document == SHA_A


def test_findings_carry_their_rule_text(case_data):
    lights = next(f for f in case_data.findings if f.rule == "mandela-43-1-c")
    assert lights.number == "43(1)(c)" and lights.paraphrase.startswith("no restriction or sanction")


def test_case_report_renders_in_every_format(case_data):
    from dignity.report import render_html, render_letter_markdown, render_markdown

    md = render_markdown(case_data, charts=False)
    assert "- **Case:** Ahmed Said (case 7)" in md
    section = md.split("## Contradictions between sources")[1].split("## Timeline")[0]
    assert "### C1. Solitary confinement: Ahmed Said" in section
    assert "he is not held in solitary confinement" in section.split("Says otherwise")[1]
    assert "On 20 May he was moved to Block C." in md
    html = render_html(case_data)
    assert html.count("<svg") == 2 and "Ahmed Said (case 7)" in html
    letter = render_letter_markdown("authorities", case_data)
    assert "### Measure 1: rule 43(1)(c)" in letter and "Evin Prison" in letter
