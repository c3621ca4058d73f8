"""The pages: what they show, in place review with and without htmx, escaping,
accessibility basics, security headers, static files and the offline API docs."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from case_texts import VISIT_NOTE
from tests.web.conftest import hits_of


class _Page(HTMLParser):
    """Collects what the accessibility checks need."""

    def __init__(self) -> None:
        super().__init__()
        self.html_lang = None
        self.controls: list[dict[str, str]] = []
        self.label_for: set[str] = set()
        self.ids: list[str] = []
        self.tags: list[tuple[str, dict[str, str]]] = []
        self._label_depth = 0
        self.scripts: list[dict[str, str]] = []

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        self.tags.append((tag, a))
        if "id" in a:
            self.ids.append(a["id"])
        if tag == "html":
            self.html_lang = a.get("lang")
        if tag == "label":
            self._label_depth += 1
            if a.get("for"):
                self.label_for.add(a["for"])
        if tag in ("input", "select", "textarea") and a.get("type") not in ("hidden", "submit", "button"):
            self.controls.append({**a, "_in_label": str(self._label_depth > 0)})
        if tag == "script":
            self.scripts.append(a)

    def handle_endtag(self, tag):
        if tag == "label":
            self._label_depth -= 1


def parse(html: str) -> _Page:
    p = _Page()
    p.feed(html)
    return p


def assert_accessible(html: str, where: str) -> None:
    p = parse(html)
    assert p.html_lang == "en", where
    tags = [t for t, _ in p.tags]
    assert "main" in tags, where
    assert any(t == "a" and a.get("href") == "#main" and "skip-link" in a.get("class", "") for t, a in p.tags), where
    for c in p.controls:
        labelled = c.get("id") in p.label_for or c["_in_label"] == "True" or c.get("aria-label")
        assert labelled, f"{where}: a form control without a label: {c}"
    dupes = {i for i in p.ids if p.ids.count(i) > 1}
    assert not dupes, f"{where}: duplicate ids {sorted(dupes)[:5]}"
    for s in p.scripts:
        assert s.get("src", "").startswith("/static/"), f"{where}: a script not served by the app: {s}"


def test_the_pages_are_accessible_and_well_formed(web):
    c = web.login("eve")
    admin = web.login("admin")
    anon = web.client()
    cid, did = web.case_id, web.document_id
    for client, path in [(anon, "/login"), (c, "/cases"), (c, f"/cases/{cid}"), (c, f"/cases/{cid}/facts"),
                         (c, f"/cases/{cid}/documents/{did}"), (c, f"/cases/{cid}/audit"),
                         (c, f"/cases/{cid}/timeline"), (c, "/search?q=lights"), (c, "/account"),
                         (admin, "/users"), (c, "/cases/999")]:
        r = client.get(path)
        assert r.status_code in (200, 404), path
        assert_accessible(r.text, path)
        assert 'aria-label="Main"' in r.text or path == "/login"


def test_the_cases_list_counts_findings_by_status(web):
    c = web.login("eve")
    html = c.get("/cases").text
    assert f'href="/cases/{web.case_id}"' in html
    svc, s = web.service()
    with s:
        cf = svc.case_file(web.case_id, svc.get_user("eve"))
    for status, n in cf.finding_counts().items():
        assert f'data-status="{status}">{n}</td>' in html
    assert "Other Person" not in html
    assert "New case" in html  # an editor may create cases
    assert "New case" not in web.login("vic").get("/cases").text


def test_creating_a_case_from_the_list(web):
    c = web.login("ed")
    r = c.post("/cases", data={"csrf_token": c.csrf, "name": "  Blackrock   Prison ", "kind": "facility"})
    assert r.status_code == 303
    page = c.get(r.headers["location"]).text
    assert "Blackrock Prison" in page and "(facility)" in page
    r = c.post("/cases", data={"csrf_token": c.csrf, "name": "Blackrock Prison", "kind": "facility"})
    assert r.status_code == 409 and "already exists" in r.text
    r = c.post("/cases", data={"csrf_token": c.csrf, "name": "x", "kind": "planet"})
    assert r.status_code == 400


def test_the_case_page_groups_findings_and_links_evidence_to_the_document(web):
    c = web.login("eve")
    html = c.get(f"/cases/{web.case_id}").text
    svc, s = web.service()
    with s:
        cf = svc.case_file(web.case_id, svc.get_user("eve"))
    light = next(f for f in cf.findings if f.rule == "mandela-43-1-c")
    assert light.status == "concern"  # one NGO's word, relayed by a newspaper (issue 11)
    # grouped by status, each a <details> with its reasoning, questions and evidence
    group = html.split('id="group-concern"', 1)[1].split('<section class="status-group"', 1)[0]
    block = group.split(f'id="finding-{light.id}"', 1)[1].split("</details>", 1)[0]
    assert "<summary>" in block and light.title in block
    assert "Reasoning" in block
    anchor = f'/cases/{web.case_id}/documents/{web.document_id}#ev-{web.light_fact}-0'
    assert f'href="{anchor}"' in block
    # and the document page has that anchor on a highlighted span
    doc = c.get(f"/cases/{web.case_id}/documents/{web.document_id}").text
    m = re.search(rf'<mark id="ev-{web.light_fact}-0"[^>]*>([^<]*)</mark>', doc)
    assert m and "lights" in m.group(1)
    # sources with their sha256, the timeline, contradictions
    assert cf.documents[0].sha256 in html
    assert 'id="timeline"' in html and "2021-01-12" in html
    assert 'id="contradictions"' in html


def test_every_evidence_span_of_the_document_is_highlighted(web):
    c = web.login("vic")
    svc, s = web.service()
    with s:
        doc = svc.get_document(web.document_id, svc.get_user("eve"))
        facts = list(doc.current_extraction.facts)
        text = doc.text
    html = c.get(f"/cases/{web.case_id}/documents/{web.document_id}").text
    for f in facts:
        for i, _ in enumerate(f.data.get("evidence") or []):
            assert f'id="ev-{f.id}-{i}"' in html, (f.type, i)
    # the text around the marks is the document's text, escaped and unchanged
    body = html.split('id="doctext">', 1)[1].split("</div>", 1)[0]
    plain = re.sub(r"<[^>]+>", "", body)
    import html as h

    assert h.unescape(plain) == text


def test_the_highlighter_copes_with_overlapping_and_nested_spans():
    from types import SimpleNamespace

    from dignity.web.viewmodel import highlight

    text = "abcdefghij <b>"

    def fact(fid, spans, status="unreviewed"):
        return SimpleNamespace(id=fid, review_status=status, edited_value=None,
                               data={"evidence": [{"start": a, "end": b, "text": text[a:b]} for a, b in spans]})

    out = str(highlight(text, [fact(1, [(0, 5)]), fact(2, [(3, 8)]), fact(3, [(0, 5)], "rejected"),
                               fact(4, [(20, 30), (5, 5)])]))
    import html as h

    assert h.unescape(re.sub(r"<[^>]+>", "", out)) == text
    assert "&lt;b&gt;" in out and "<b>" not in out
    for anchor in ("ev-1-0", "ev-2-0", "ev-3-0"):
        assert out.count(f'id="{anchor}"') == 1


def test_review_in_place_with_htmx_swaps_the_row_and_tells_the_findings(web):
    c = web.login("eve")
    ctx = "mandela-43-1-c-"
    r = c.post(f"/cases/{web.case_id}/facts/{web.light_fact}/review",
               data={"csrf_token": c.csrf, "action": "reject", "note": "the <b>lamp</b> is dimmed at night",
                     "ctx": ctx, "next": f"/cases/{web.case_id}"},
               headers={"HX-Request": "true"})
    assert r.status_code == 200
    assert r.text.lstrip().startswith(f'<li id="{ctx}fact-{web.light_fact}"')
    assert "rejected" in r.text
    assert "&lt;b&gt;lamp&lt;/b&gt;" in r.text
    assert "factReviewed" in r.headers["HX-Trigger"]
    # the findings fragment htmx reloads no longer holds the constant-light finding
    findings = c.get(f"/cases/{web.case_id}/findings", headers={"HX-Request": "true"}).text
    assert findings.lstrip().startswith('<section id="findings"')
    assert 'data-finding="mandela-43-1-c"' not in findings


def test_review_without_javascript_posts_and_redirects(web):
    c = web.login("ed")
    r = c.post(f"/cases/{web.case_id}/facts/{web.light_fact}/review",
               data={"csrf_token": c.csrf, "action": "edit", "value": "false", "note": "not constant",
                     "next": f"/cases/{web.case_id}/documents/{web.document_id}", "ctx": "d-"})
    assert r.status_code == 303
    assert r.headers["location"] == f"/cases/{web.case_id}/documents/{web.document_id}#d-fact-{web.light_fact}"
    page = c.get(r.headers["location"]).text
    assert "edited" in page and "not constant" in page
    # a redirect never leaves the site
    for evil in ("//evil.example/x", "https://evil.example/", "javascript:alert(1)", "/\\evil.example"):
        r = c.post(f"/cases/{web.case_id}/facts/{web.light_fact}/review",
                   data={"csrf_token": c.csrf, "action": "accept", "next": evil})
        assert r.status_code == 303 and r.headers["location"].startswith(f"/cases/{web.case_id}#"), evil
    # the audit page shows who, what, before and after
    audit = c.get(f"/cases/{web.case_id}/audit").text
    assert "fact.edit" in audit and "fact.accept" in audit and "ed" in audit
    assert "not constant" in audit and "before" in audit and "after" in audit


def test_bad_reviews_say_why(web):
    c = web.login("eve")
    url = f"/cases/{web.case_id}/facts/{web.light_fact}/review"
    r = c.post(url, data={"csrf_token": c.csrf, "action": "edit", "value": ""})
    # a refused edit: its fact's form again, the message beside the field
    assert r.status_code == 422 and "edit needs a value" in r.text
    assert re.search(r'aria-describedby="value-\d+-error"', r.text) and 'class="field-error"' in r.text
    r = c.post(url, data={"csrf_token": c.csrf, "action": "shred"})
    assert r.status_code == 400 and "not a review action" in r.text
    r = c.post(url, data={"csrf_token": c.csrf, "action": "edit", "value": "lots"},
               headers={"HX-Request": "true"})
    assert r.status_code in (200, 422)
    r = c.post(f"/cases/{web.case_id}/facts/999999/review", data={"csrf_token": c.csrf, "action": "accept"},
               headers={"HX-Request": "true"})
    assert r.status_code == 404 and r.headers["HX-Retarget"] == "#alerts"


def test_document_text_is_always_escaped(web):
    c = web.login("eve")
    evil = ("Report on <script>alert('x')</script> the jail, 2 May 2021.\n\n"
            "Ahmed Said is held in solitary confinement. <img src=x onerror=alert(1)> "
            "The lights in his cell are on 24 hours a day.\n")
    r = c.post(f"/cases/{web.case_id}/documents", data={"csrf_token": c.csrf},
               files=[("files", ('<svg onload=alert(1)>.txt', evil.encode(), "text/plain"))])
    assert r.status_code == 303
    page = c.get(f"/cases/{web.case_id}").text
    doc_id = int(re.findall(rf'href="/cases/{web.case_id}/documents/(\d+)"', page)[-1])
    for path in (f"/cases/{web.case_id}", f"/cases/{web.case_id}/documents/{doc_id}", f"/cases/{web.case_id}/facts",
                 f"/cases/{web.case_id}/audit", "/search?q=onerror", "/cases"):
        html = c.get(path).text
        assert "<script>alert" not in html, path
        assert "<img src=x" not in html, path
        assert "<svg onload" not in html, path
    doc = c.get(f"/cases/{web.case_id}/documents/{doc_id}").text
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in doc
    assert "&lt;img src=x onerror=alert(1)&gt;" in doc
    # a case name is text too
    r = c.post("/cases", data={"csrf_token": c.csrf, "name": "<script>alert(2)</script>", "kind": "detainee"})
    assert r.status_code == 303
    assert "<script>alert(2)" not in c.get("/cases").text
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in c.get(r.headers["location"]).text


def test_the_original_is_a_download_never_rendered(web):
    c = web.login("vic")
    r = c.get(f"/cases/{web.case_id}/documents/{web.document_id}/original")
    assert r.status_code == 200
    assert r.headers["content-type"] == "application/octet-stream"
    assert r.headers["content-disposition"].startswith("attachment;")
    assert r.headers["x-content-type-options"] == "nosniff"
    assert b"Ahmed Said" in r.content


def test_search_finds_words_in_the_users_cases_only(web):
    c = web.login("eve")
    html = c.get("/search?q=lights cell").text
    assert f'href="/cases/{web.case_id}/documents/{web.document_id}"' in html
    assert "<mark>" in html
    assert "0 documents found" in c.get("/search?q=zanzibarite").text
    assert hits_of(c.get("/search?q=zanzibarite").text) == ""
    olga = web.login("olga")
    assert "zanzibarite" in hits_of(olga.get("/search?q=zanzibarite").text)
    scoped = c.get(f"/search?q=lights&case={web.case_id}").text
    assert "in Ahmed Said" in scoped


def test_the_facts_page_filters_and_pages(web):
    c = web.login("eve")
    html = c.get(f"/cases/{web.case_id}/facts?type=constant_light").text
    assert f'id="fact-{web.light_fact}"' in html
    assert html.count('class="fact review-') == 1
    html = c.get(f"/cases/{web.case_id}/facts?status=rejected").text
    assert "0 facts" in html


def test_upload_of_several_files_with_htmx_returns_the_results(web):
    c = web.login("eve")
    r = c.post(f"/cases/{web.case_id}/documents", data={"csrf_token": c.csrf},
               files=[("files", ("note.txt", VISIT_NOTE.encode(), "text/plain")),
                      ("files", ("again.txt", b"Letter from Human Rights Watch, 3 March 2021.\n\nAhmed Said has been "
                                              b"held in solitary confinement at Blackrock Prison since 12 January "
                                              b"2021.", "text/plain")),
                      ("files", ("picture.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "image/png"))],
               headers={"HX-Request": "true"})
    assert r.status_code == 200
    assert "note.txt</a>: added as document" in r.text
    assert "again.txt</a>: added as document" in r.text
    assert "picture.png</strong>" in r.text and "nothing stored" in r.text
    assert "documentsAdded" in r.headers["HX-Trigger"]
    body = c.get(f"/cases/{web.case_id}/body", headers={"HX-Request": "true"}).text
    assert body.lstrip().startswith('<div id="case-body"') and "note.txt" in body


def test_the_case_page_links_reports_and_letters_when_dignity_report_has_them(web):
    from dignity.web.reports import report_functions

    fns = report_functions()
    c = web.login("eve")
    html = c.get(f"/cases/{web.case_id}").text
    if fns is None:
        assert "Download report" not in html
        assert c.get(f"/cases/{web.case_id}/report/html").status_code == 404
        return
    assert f'href="/cases/{web.case_id}/report/html"' in html and "Download report" in html
    r = c.get(f"/cases/{web.case_id}/report/html")
    assert r.status_code == 200 and r.headers["content-disposition"].startswith("attachment;")
    assert "Ahmed Said" in r.text
    for kind in fns.letter_kinds:
        assert f'href="/cases/{web.case_id}/letter/{kind}"' in html
    if fns.letter_kinds:
        r = c.get(f"/cases/{web.case_id}/letter/{fns.letter_kinds[0]}")
        assert r.status_code == 200 and r.content[:2] == b"PK"
    assert c.get(f"/cases/{web.case_id}/letter/nonsense").status_code == 404
    assert c.get(f"/cases/{web.case_id}/report/docx").status_code == 404


def test_the_pdf_report(web):
    from dignity.web.reports import report_functions

    fns = report_functions()
    if fns is None or fns.render_pdf is None:
        pytest.skip("dignity.report renders no PDF in this installation")
    c = web.login("eve")
    r = c.get(f"/cases/{web.case_id}/report/pdf")
    assert r.status_code == 200 and r.content[:5] == b"%PDF-"


def test_security_headers(web):
    c = web.login("eve")
    r = c.get(f"/cases/{web.case_id}")
    csp = r.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp.split("script-src", 1)[1].split(";", 1)[0]
    assert r.headers["x-frame-options"] == "DENY"
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["cache-control"] == "no-store"
    assert web.client().get("/api/v1/cases/1").headers["cache-control"] == "no-store"
    assert "no-store" not in web.client().get("/static/style.css").headers.get("cache-control", "")


def test_static_files_and_the_offline_api_docs(web):
    c = web.client()
    htmx = c.get("/static/htmx.min.js")
    assert htmx.status_code == 200 and b"htmx" in htmx.content[:2000]
    assert c.get("/static/htmx.LICENSE.txt").status_code == 200
    docs = c.get("/docs")
    assert docs.status_code == 200
    assert not re.search(r'(src|href)="(https?:)?//', docs.text), "the docs page loads nothing from elsewhere"
    for asset in re.findall(r'(?:src|href)="(/static/[^"]+)"', docs.text):
        assert c.get(asset).status_code == 200, asset
    spec = c.get("/openapi.json").json()
    paths = spec["paths"]
    for p in ("/api/v1/auth/token", "/api/v1/cases", "/api/v1/cases/{case_id}", "/api/v1/cases/{case_id}/documents",
              "/api/v1/cases/{case_id}/facts", "/api/v1/cases/{case_id}/findings", "/api/v1/facts/{fact_id}",
              "/api/v1/cases/{case_id}/audit"):
        assert p in paths, p
    assert not any(p.startswith("/cases") for p in paths)  # the pages stay out of the API description
    for page in ("/", "/login", "/cases/{case_id}"):
        assert page not in paths
    assert c.get("/redoc").status_code == 404
    assert c.get("/healthz").json() == {"status": "ok"}


def test_unknown_pages_are_404_pages(web):
    c = web.login("eve")
    r = c.get("/no/such/page")
    assert r.status_code == 404 and "<h1>Not found</h1>" in r.text
    r = web.client().get("/api/v1/nothing")
    assert r.status_code == 404 and r.json()["detail"]


def test_a_document_dignity_cannot_read_is_named_on_the_case_page(web, monkeypatch):
    """Issue 11, point 9: no silent all-clear on the findings panel, nor in the API."""
    import dignity.ingest.readers as readers
    from dignity.cases import Upload

    monkeypatch.setattr(readers, "detect_language", lambda text, **kw: "de")
    svc, s = web.service()
    with s:
        eve = svc.get_user("eve")
        svc.add_documents(svc.get_case(web.case_id, eve), [Upload("Der Gefangene ist seit Monaten isoliert.".encode(),
                                                                  "bericht.txt", date="2021-03-04")], eve)
        s.commit()
    html = web.login("vic").get(f"/cases/{web.case_id}").text
    assert "Not assessed" in html and "bericht.txt" in html
    api = web.client().get(f"/api/v1/cases/{web.case_id}/findings", headers=web.token("vic")).json()
    assert [n["document"] for n in api["not_assessed"]] == ["bericht.txt"]


def _visible_text(html: str) -> str:
    """The words a reader sees: no tags, attributes, scripts, styles or code."""
    html = re.sub(r"(?s)<(script|style|code|pre|template)\b.*?</\1>", " ", html)
    return re.sub(r"<[^>]*>", " ", html)


def test_pages_name_fact_types_units_and_rules_in_words(web):
    from dignity.model import FACT_TYPES

    c = web.login("eve")
    pages = {"case": c.get(f"/cases/{web.case_id}").text,
             "facts": c.get(f"/cases/{web.case_id}/facts").text,
             "filtered": c.get(f"/cases/{web.case_id}/facts?type=constant_light").text,
             "timeline": c.get(f"/cases/{web.case_id}/timeline").text,
             "document": c.get(f"/cases/{web.case_id}/documents/{web.document_id}").text,
             "audit": c.get(f"/cases/{web.case_id}/audit").text}
    for name, html in pages.items():
        seen = _visible_text(html)
        raw = [t for t in FACT_TYPES if "_" in t and t in seen]  # "solitary" is also a word
        assert not raw, (name, raw)
        assert "mandela-" not in seen and "hours_per_day" not in seen, name
    assert "Rule 43(1)(c)" in _visible_text(pages["case"])
    assert "Constant light" in _visible_text(pages["filtered"])
    # the type filter keeps the machine name as its value and shows the words
    assert '<option value="constant_light" selected>Constant light</option>' in pages["filtered"]
