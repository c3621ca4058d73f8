"""No machine name reaches a reader (issue 16, "human words everywhere"): no rule id of
any installed standard (``mandela-43-1-c``, ``iccpr-7-solitary``, ``cat-16-isolation``
...), no fact type or unit written with its underscore (``confinement_hours``,
``hours_per_day``) in the words of any page a case member opens, nor in the case's
HTML report and DOCX letters, outside code and machine-readable attributes.

The case holds a letter and a visit note of our own (``case_texts``) and is opened by
its editor: the case page (also filtered by person, status and each rule it shows), the
findings, facts (also filtered by type), timeline, person, document and audit pages,
and search."""

from __future__ import annotations

import html as html_lib
import io
import re
from urllib.parse import quote

import pytest
from case_texts import VISIT_NOTE

from dignity.cases import Upload


def _visible_text(page: str) -> str:
    """The words a reader sees: no tags, attributes, scripts, styles, templates or code."""
    page = re.sub(r"(?s)<(script|style|code|pre|template|svg)\b.*?</\1>", " ", page)
    page = re.sub(r"(?s)<!--.*?-->", " ", page)
    return html_lib.unescape(re.sub(r"<[^>]*>", " ", page))


@pytest.fixture(scope="module")
def machine_names():
    """(rule ids of every installed standard, fact types and units with an underscore)."""
    from dignity.assess.registry import rule_index
    from dignity.labels import table
    from dignity.model import FACT_TYPES

    rules = sorted(rule_index(), key=len, reverse=True)
    words = sorted({t for t in FACT_TYPES if "_" in t} | {u for u in table("units") if "_" in u})
    assert len(rules) > 50 and "mandela-43-1-c" in rules and "iccpr-7-solitary" in rules
    return rules, words


def _leaks(text: str, machine_names) -> list[str]:
    rules, words = machine_names
    found = [r for r in rules if re.search(rf"(?<![\w-]){re.escape(r)}(?![\w-])", text)]
    return found + [w for w in words if w in text]


@pytest.fixture
def case_pages(web, machine_names):
    """path -> HTML of every page of the test case its editor opens, after a visit note joins the letter."""
    svc, s = web.service()
    with s:
        eve = svc.get_user("eve")
        case = svc.get_case(web.case_id, eve)
        [res] = svc.add_documents(case, [Upload(VISIT_NOTE.encode(), "visit-note.txt", date="2021-04-20")], eve)
        assert res.status == "added", res
        s.commit()
    c = web.login("eve")
    base = f"/cases/{web.case_id}"
    case_page = c.get(base).text
    people = sorted(set(re.findall(rf'{base}/people/([a-z0-9-]+)', case_page)))
    rule_values = [r for r in machine_names[0] if f'<option value="{r}"' in case_page]
    assert people and rule_values, "the case page offers people and rules to filter by"
    paths = [base, f"{base}/findings", f"{base}/timeline", f"{base}/facts", f"{base}/facts?type=confinement_hours",
             f"{base}/documents/{web.document_id}", f"{base}/audit", f"{base}?status=concern",
             "/search?q=cell", "/cases"]
    paths += [f"{base}/people/{p}" for p in people] + [f"{base}?person={p}" for p in people]
    paths += [f"{base}?rule={quote(r)}" for r in rule_values]
    pages = {}
    for path in paths:
        response = c.get(path)
        assert response.status_code == 200, (path, response.status_code)
        pages[path] = response.text
    return web, c, pages, rule_values


def test_no_page_shows_a_rule_id_type_or_unit_name(case_pages, machine_names):
    web, _, pages, rule_values = case_pages
    leaks = {path: found for path, page in pages.items() if (found := _leaks(_visible_text(page), machine_names))}
    assert not leaks, leaks
    # the filters keep the machine names as values (a URL a reader may copy) and show the words
    case_page = pages[f"/cases/{web.case_id}"]
    assert any(f'value="{r}"' in case_page for r in rule_values)
    assert "Rule 43(1)(c)" in _visible_text(case_page) or "Rule 44" in _visible_text(case_page)
    assert "Confinement hours" in _visible_text(pages[f"/cases/{web.case_id}/facts?type=confinement_hours"])


def test_the_case_report_and_letters_show_no_machine_name(case_pages, machine_names):
    web, c, _, _ = case_pages
    report = c.get(f"/cases/{web.case_id}/report/html")
    assert report.status_code == 200
    text = _visible_text(report.text)
    assert not _leaks(text, machine_names)
    assert "Findings" in text
    docx = pytest.importorskip("docx")
    for kind in ("visit", "rapporteur", "authorities"):
        response = c.get(f"/cases/{web.case_id}/letter/{kind}")
        assert response.status_code == 200, kind
        document = docx.Document(io.BytesIO(response.content))
        words = "\n".join(p.text for p in document.paragraphs)
        words += "\n".join(cell.text for table in document.tables for row in table.rows for cell in row.cells)
        assert len(words) > 500, kind
        assert not _leaks(words, machine_names), (kind, _leaks(words, machine_names))
