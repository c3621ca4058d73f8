"""A real browser against a real server: Playwright (sync API) driving Debian's
chromium, headless, against uvicorn on 127.0.0.1 with a temp SQLite database.

Sign in, create a case, upload the seed article, find the constant-light finding
(mandela-43-1-c), open its highlighted evidence on the document page, reject the
constant_light fact and see the finding change, sign out; a second user with no
membership sees the case neither in the pages nor through the API; the pages read
and review without JavaScript.

``scripts/test.sh`` installs Debian's chromium when it is missing (never
``playwright install``, which downloads a browser).
"""

from __future__ import annotations

import re
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from shared_files import need_shared
from tests.web.conftest import PASSWORD

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
TIMEOUT_MS = 30_000
#: reading and extracting the seed article (the extractor may load on first use)
UPLOAD_TIMEOUT_MS = 120_000

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="Debian's chromium is missing (scripts/test.sh installs it)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import uvicorn

    from dignity.cases import CaseService
    from dignity.web import create_app

    folder = tmp_path_factory.mktemp("browser")
    app = create_app(f"sqlite:///{folder / 'browser.db'}", secret_key="browser-test-secret-0123456789",
                     data_dir=folder)
    with app.state.store.session() as s:
        svc = CaseService(s)
        svc.add_user("ana", "editor", PASSWORD)
        svc.add_user("olga", "editor", PASSWORD)
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the web server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(15)
        app.state.store.dispose()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True, timeout=TIMEOUT_MS)
        try:
            yield b
        finally:
            b.close()


def _page(browser, **kwargs):
    context = browser.new_context(**kwargs)
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    return context, page, errors


def _sign_in(page, base: str, username: str) -> None:
    page.goto(f"{base}/login")
    page.get_by_label("User name").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(re.compile(r".*/cases$"))


@pytest.fixture
def seed() -> Path:
    return need_shared("spec", "seed-article.txt")


def test_a_researcher_reviews_the_seed_article_and_an_outsider_sees_nothing(seed, server, browser):
    base = server
    context, page, errors = _page(browser)
    try:
        _sign_in(page, base, "ana")

        # keyboard: the first Tab reaches the skip link, which then shows
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.className") == "skip-link"
        assert page.locator(".skip-link").bounding_box()["y"] >= 0

        # create a case
        page.get_by_label("Name (a detainee or a facility)").fill("Joaquín Guzmán Loera")
        page.get_by_role("button", name="Create case").click()
        page.wait_for_url(re.compile(r".*/cases/\d+$"))
        case_url = page.url
        case_id = int(case_url.rsplit("/", 1)[1])

        # upload the seed article (htmx, with progress); the findings appear in place
        page.set_input_files("#upload-files", str(seed))
        page.get_by_role("button", name="Upload and read").click()
        page.locator("#upload-results").get_by_text("added as document").wait_for(timeout=UPLOAD_TIMEOUT_MS)
        finding = page.locator("#finding-mandela-43-1-c")
        finding.wait_for(state="attached", timeout=UPLOAD_TIMEOUT_MS)
        assert page.locator("#group-concern #finding-mandela-43-1-c").count() == 1  # relayed: issue 11
        concerns_before = int(page.locator('[data-count="concern"]').inner_text())

        # open the finding (details/summary): reasoning, questions, evidence
        finding.locator(":scope > summary").click()
        assert finding.get_attribute("open") is not None
        assert finding.get_by_text("Reasoning").is_visible()
        evidence = finding.locator("blockquote.evidence a").first
        assert "lights" in evidence.inner_text()

        # its evidence, highlighted on the document page
        evidence.click()
        page.wait_for_url(re.compile(r".*/documents/\d+#ev-\d+-\d+$"))
        anchor = page.url.rsplit("#", 1)[1]
        fact_id = int(anchor.split("-")[1])
        mark = page.locator(f"mark#{anchor}")
        assert mark.is_visible()
        assert "lights are on 24 hours" in mark.inner_text()
        assert page.locator("mark:target").count() == 1
        assert page.locator("#doctext mark").count() > 5  # every evidence span is highlighted

        # reject the constant_light fact in place (htmx swaps its row)
        row = page.locator(f"#d-fact-{fact_id}")
        assert "Constant light" in row.locator(".fact-label").inner_text()
        row.get_by_label("Note").fill("the lights are dimmed at night, says the warden")
        row.get_by_role("button", name=re.compile(r"^Reject")).click()
        page.locator(f"#d-fact-{fact_id} .badge.review-rejected").wait_for()
        assert page.url.endswith(f"#{anchor}")  # no page load: swapped in place
        assert "dimmed at night" in page.locator(f"#d-fact-{fact_id} .note").inner_text()

        # the finding changed: no constant-light concern any more
        page.get_by_role("link", name="Joaquín Guzmán Loera").click()
        page.wait_for_url(case_url)
        assert page.locator("#finding-mandela-43-1-c").count() == 0
        assert int(page.locator('[data-count="concern"]').inner_text()) == concerns_before - 1
        page.goto(f"{case_url}/audit")
        assert page.get_by_role("cell", name="fact.reject").count() == 1

        # sign out
        page.get_by_role("button", name="Sign out").click()
        page.wait_for_url(re.compile(r".*/login\?signed_out=1$"))
        assert page.get_by_text("You are signed out.").is_visible()
        page.goto(f"{base}/cases")
        assert re.search(r"/login\?next=", page.url)
        assert not errors, errors
    finally:
        context.close()

    # a second user, member of nothing
    context, page, errors = _page(browser)
    try:
        _sign_in(page, base, "olga")
        assert "Guzmán" not in page.locator("main").inner_text()
        response = page.goto(case_url)
        assert response.status == 404
        assert "Guzmán" not in page.content()
        response = page.goto(f"{case_url}/documents/1")
        assert response.status == 404
        api = page.request
        token = api.post(f"{base}/api/v1/auth/token", form={"username": "olga", "password": PASSWORD}).json()
        auth = {"Authorization": f"Bearer {token['access_token']}"}
        assert api.get(f"{base}/api/v1/cases/{case_id}", headers=auth).status == 404
        assert api.get(f"{base}/api/v1/cases/{case_id}/findings", headers=auth).status == 404
        assert api.get(f"{base}/api/v1/cases", headers=auth).json() == {"cases": []}
        assert api.get(f"{base}/api/v1/cases/{case_id}").status == 401
        # the only failures: the two 404 pages asked for above
        assert [e for e in errors if "status of 404" not in e] == [], errors
    finally:
        context.close()


def test_reading_and_reviewing_work_without_javascript(seed, server, browser):
    base = server
    # a case of its own, made in a browser with JavaScript off
    context, page, errors = _page(browser, java_script_enabled=False)
    try:
        _sign_in(page, base, "ana")
        page.get_by_label("Name (a detainee or a facility)").fill("No script case")
        page.get_by_role("button", name="Create case").click()
        page.wait_for_url(re.compile(r".*/cases/\d+$"))
        case_url = page.url
        # the plain form uploads too (a normal POST, then a redirect)
        page.set_input_files("#upload-files", str(seed))
        page.get_by_role("button", name="Upload and read").click()
        page.wait_for_url(re.compile(r".*/cases/\d+#sources$"), timeout=UPLOAD_TIMEOUT_MS)
        assert page.get_by_text("added as document").count() == 1
        finding = page.locator("#finding-mandela-43-1-c")
        assert not finding.locator(".reasoning").is_visible()
        finding.locator(":scope > summary").click()  # details/summary needs no script
        assert finding.locator(".reasoning").is_visible()
        # accept a fact with the plain form
        row = finding.locator("li.fact").first
        row_id = row.get_attribute("id")
        row.get_by_role("button", name=re.compile(r"^Accept")).click()
        page.wait_for_url(re.compile(rf".*#{row_id}$"))
        assert "accepted" in page.locator("#alerts").inner_text()
        assert page.locator(f"#{row_id} .badge.review-accepted").count() == 1
        assert page.url.startswith(case_url)
        assert not errors, errors
    finally:
        context.close()


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract is not installed")
def test_a_reviewer_sees_the_page_image_next_to_a_low_confidence_fact(server, browser, tmp_path):
    """Issue 15: a two-page scan whose second page has faded words; the document view
    marks the pages, and the fact read from the faded words shows, beside the text, the
    region of the page image where they stand."""
    from scans import low_confidence_page, render, save

    scan = save([render("Annex to the report of the visit."), low_confidence_page()], tmp_path / "annex-scan.tiff")
    context, page, errors = _page(browser)
    try:
        _sign_in(page, server, "ana")
        page.get_by_label("Name (a detainee or a facility)").fill("Scanned annex")
        page.get_by_role("button", name="Create case").click()
        page.wait_for_url(re.compile(r".*/cases/\d+$"))
        page.set_input_files("#upload-files", str(scan))
        page.get_by_role("button", name="Upload and read").click()
        added = page.locator("#upload-results").get_by_text("added as document")
        added.wait_for(timeout=UPLOAD_TIMEOUT_MS)
        page.locator("#upload-results a", has_text="annex-scan.tiff").click()
        page.wait_for_url(re.compile(r".*/documents/\d+$"))

        # the text marks where page 2 starts
        assert page.locator("#doctext #page-2").is_visible()
        # the fact read from the faded words: marked, with its page image beside the text
        row = page.locator("li.fact.low-confidence", has_text="Solitary").first
        assert row.locator(".badge.low-confidence").is_visible()
        assert row.locator("a.page-ref").inner_text() == "p. 2"
        img = row.locator("figure.page-image img")
        img.scroll_into_view_if_needed()
        page.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=img.element_handle())
        assert img.is_visible()
        box, text_box = img.bounding_box(), page.locator("#doctext").bounding_box()
        assert box["width"] > 100 and box["height"] > 20
        assert box["x"] >= text_box["x"] + text_box["width"] - 1  # next to the text, not under it
        assert not errors, errors
    finally:
        context.close()
