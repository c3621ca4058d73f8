"""A case with many facts: the facts page reads one page from the database (counted
and filtered there), and the case page shows a bounded part of long lists."""

from __future__ import annotations

import re

PARAGRAPH = ("Report of {d} May 2021. Ahmed Said is held in solitary confinement at Blackrock Prison. "
             "He is confined to his cell 23 hours a day. The lights in his cell are on 24 hours a day. ")


def test_the_facts_of_a_big_case_come_a_page_at_a_time(web):
    from dignity.cases import Upload
    from dignity.web.pages import FACTS_PER_PAGE

    svc, s = web.service()
    with s:
        eve = svc.get_user("eve")
        text = "".join(PARAGRAPH.format(d=i % 28 + 1) for i in range(160))
        [r] = svc.add_documents(web.case_id, [Upload(text.encode(), "long.txt")], eve)
        assert r.status == "added" and r.facts > 2 * FACTS_PER_PAGE
        every = svc.current_facts(web.case_id, eve)
        # the page query is the list, sliced and counted in the database
        page2, total = svc.facts_page(web.case_id, eve, offset=FACTS_PER_PAGE, limit=FACTS_PER_PAGE)
        assert total == len(every)
        assert [f.id for f in page2] == [f.id for f in every[FACTS_PER_PAGE:2 * FACTS_PER_PAGE]]
        lights, n = svc.facts_page(web.case_id, eve, type="constant_light", limit=5)
        assert n == sum(f.type == "constant_light" for f in every) and len(lights) == 5
        assert "constant_light" in svc.fact_types(web.case_id, eve)
    c = web.login("eve")
    pages = -(-total // FACTS_PER_PAGE)
    html = c.get(f"/cases/{web.case_id}/facts?page=2").text
    assert html.count('class="fact review-') == FACTS_PER_PAGE
    assert f"{total} facts" in html
    last = c.get(f"/cases/{web.case_id}/facts?page={pages}").text
    assert last.count('class="fact review-') == total - (pages - 1) * FACTS_PER_PAGE
    # a page past the end shows the last one
    assert c.get(f"/cases/{web.case_id}/facts?page={pages + 5}").text.count('class="fact review-') == \
        total - (pages - 1) * FACTS_PER_PAGE
    html = c.get(f"/cases/{web.case_id}/facts?type=constant_light&status=unreviewed").text
    assert html.count('class="fact review-') == n
    # the case page: bounded lists, with links to the rest
    case_page = c.get(f"/cases/{web.case_id}").text
    assert len(re.findall(r"<tr class=\"timeline-", case_page)) <= 100
    assert f"/cases/{web.case_id}/timeline" in case_page


def test_the_timeline_page_says_how_many_entries_it_left_out(web, monkeypatch):
    import dignity.cases.casefile as casefile

    monkeypatch.setattr(casefile, "TIMELINE_LIMIT", 1)  # the letter: its date, and one dated sentence
    html = web.login("eve").get(f"/cases/{web.case_id}/timeline").text
    assert len(re.findall(r"<tr class=\"timeline-", html)) == 1
    assert re.search(r"… and \d+ later entries, left out", html)
