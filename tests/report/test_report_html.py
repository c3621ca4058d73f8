"""The HTML report: self-contained, every section there, findings grouped by status
with their rule, evidence, counter-evidence and questions, and two inline SVG charts."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from dignity.report import render_html
from dignity.report.charts import CONDITIONS_TITLE, TIMELINE_TITLE
from dignity.report.data import STATUS_LABEL


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    p = _Tags()
    p.feed(html)
    return p.tags


def test_sections_in_order(report_html):
    ids = [a.get("id") for t, a in tags(report_html) if t == "section"]
    assert ids == ["title", "summary", "findings", "contradictions", "timeline", "conditions", "sources", "method"]


def test_title_page_names_subject_date_and_author(report_html, two_docs_data):
    title = report_html.split('id="summary"')[0]
    assert "Two documents" in title
    assert two_docs_data.subject in title
    assert "2026-01-15" in title and "Test Monitoring Group" in title
    assert "Metropolitan Correctional Center" in report_html  # a place named in the documents


def test_self_contained_no_external_url(report_html):
    for t, attrs in tags(report_html):
        for name in ("src", "href", "xlink:href", "data"):
            value = attrs.get(name) or ""
            assert not re.match(r"\s*(https?:|//|ftp:|file:)", value), (t, name, value)
    assert "<link" not in report_html and "@import" not in report_html
    assert not re.search(r"url\(\s*['\"]?(https?:|//)", report_html)
    assert "<style>" in report_html  # inline CSS, print rules included
    assert "@media print" in report_html and "@page" in report_html


def test_findings_grouped_by_status_most_serious_first(report_html, two_docs_data):
    findings_html = report_html.split('id="findings"')[1].split('id="contradictions"')[0]
    headings = re.findall(r'<h3 class="status-heading">([^<(]+)\(', findings_html)
    assert [h.strip() for h in headings] == list(STATUS_LABEL.values())
    positions = {}
    for f in two_docs_data.findings:
        anchor = "f-" + "".join(c if c.isalnum() or c in "-_" else "-" for c in f.id)
        positions[f.id] = findings_html.index(f'id="{anchor}"')
    order = ["violation_likely", "concern", "insufficient_information", "compliant"]
    ranked = sorted(two_docs_data.findings, key=lambda f: positions[f.id])
    assert [order.index(str(f.status)) for f in ranked] == sorted(order.index(str(f.status)) for f in ranked)


def test_each_finding_has_rule_paraphrase_reasoning_and_evidence(report_html, two_docs_data):
    """Findings of one rule share an article that states the rule and its paraphrase
    once; each finding (from its anchor to the next finding) has its own reasoning,
    quoted evidence and counter-evidence; open questions are its own or said once for
    all the findings of the rule."""
    import html as h

    for f in two_docs_data.findings:
        anchor = "f-" + "".join(c if c.isalnum() or c in "-_" else "-" for c in f.id)
        before, after = report_html.split(f'id="{anchor}"')
        article = after.split("</article>")[0]
        head = h.unescape(before.rsplit("<article", 1)[1].split('class="meta"')[0])  # the rule, said once
        block = article.split('<p class="meta"')[0]  # this finding, up to the next one
        text = h.unescape(block)
        # a Mandela rule by its number, another standard's by its citation (issue 13)
        assert (f"{f.citation}:" if f.standard_id != "mandela" else f"Rule {f.number}:") in head
        assert f.paraphrase[:40] in head or f.paraphrase[1:40] in head
        assert f.subject in text
        # the reasoning, less its 'Under rule N, <paraphrase>' sentence (the paraphrase stands beside it)
        reasoning = " ".join(f.reasoning.replace(f"Under rule {f.number}, {f.paraphrase}", "").split())
        assert reasoning[:60] in " ".join(text.split())
        if f.facts:
            assert "“" in block and "<strong>" in block, f.id  # the quoted evidence, its words marked
            assert "D1" in block or "D2" in block  # with its source document
            assert any(w in text for w in ("alleged", "asserted", "contested"))  # and its certainty
        for q in f.questions:
            assert q in h.unescape(article)
        if f.counter_facts:
            assert "Evidence that cuts the other way" in text


def test_summary_counts_and_most_serious(report_html, two_docs_data):
    summary = report_html.split('id="summary"')[1].split('id="findings"')[0]
    counts = two_docs_data.status_counts()
    for status, label in (("violation_likely", "violation likely"), ("concern", "concern")):
        if counts[status]:  # a status with no finding is not listed
            assert f"{counts[status]} {label}" in summary
    top = [f for f in two_docs_data.ordered_findings() if str(f.status) in ("violation_likely", "concern")]
    first = summary.index("The most serious findings")
    lead = f"{top[0].citation}, " if top[0].standard_id != "mandela" else f"Rule {top[0].number}: "
    assert lead in summary[first:] or f"{top[0].citation}: " in summary[first:]
    # most serious first: a likely violation where there is one (the documents here are a lawyer's
    # letter and the client's word: allegations, so concerns, issue 11)
    assert str(top[0].status) == ("violation_likely" if counts["violation_likely"] else "concern")


def test_two_inline_svg_charts_with_titles(report_html):
    svgs = re.findall(r"<svg\b.*?</svg>", report_html, re.S)
    assert len(svgs) == 2
    timeline, conditions = svgs
    assert TIMELINE_TITLE in timeline and CONDITIONS_TITLE in conditions
    assert "Confinement hours" in timeline  # a lane of the timeline (the letter gives dates)
    assert "D1" in conditions and "D2" in conditions  # one column per source document
    assert "<?xml" not in report_html and "DOCTYPE svg" not in report_html
    ids = re.findall(r'\bid="([^"]+)"', "".join(svgs))
    assert len(ids) == len(set(ids)), "two charts share an element id"


def test_sources_with_sha256(report_html, two_docs_data):
    sources = report_html.split('id="sources"')[1].split('id="method"')[0]
    for d in two_docs_data.documents:
        assert re.fullmatch(r"[0-9a-f]{64}", d.sha256)
        assert d.sha256 in sources
        assert d.label in sources


def test_method_and_limits(report_html, two_docs_data):
    method = report_html.split('id="method"')[1]
    assert "automated reading" in method and "verified by a person" in method
    assert two_docs_data.extractor_version in method and two_docs_data.catalogue_version in method
    assert "General statements are not facts about the detainee" in method
    assert "prolonged isolation" in method  # the seed's general statement, set aside and shown


def test_timeline_rows_are_dated_and_sorted(two_docs_data, report_html):
    dates = [e.date for e in two_docs_data.timeline]
    assert dates == sorted(dates)
    assert any(e.kind == "observed" for e in two_docs_data.timeline)
    assert "2026-02-05" in report_html.split('id="timeline"')[1]


def test_a_report_with_no_finding_renders():
    import dignity
    from dignity.report import ReportData

    data = ReportData.from_assessment(dignity.assess("The weather was fine on Tuesday."), date="2026-01-01")
    html = render_html(data)
    assert "No finding of a likely violation or a concern." in html
    assert html.count("<svg") == 2  # the charts say there is nothing to chart
