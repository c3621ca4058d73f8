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
from pathlib import Path

import pytest

from shared_files import need_shared
from tests.web.browser_support import TIMEOUT_MS, needs_chromium, serving
from tests.web.conftest import PASSWORD

#: reading and extracting the seed article (the extractor may load on first use)
UPLOAD_TIMEOUT_MS = 120_000

pytestmark = needs_chromium


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from dignity.cases import CaseService
    from dignity.web import create_app

    folder = tmp_path_factory.mktemp("browser")
    app = create_app(f"sqlite:///{folder / 'browser.db'}", secret_key="browser-test-secret-0123456789",
                     data_dir=folder)
    with app.state.store.session() as s:
        svc = CaseService(s)
        svc.add_user("ana", "editor", PASSWORD)
        svc.add_user("olga", "editor", PASSWORD)
    with serving(app) as base:
        yield base


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


def _new_case(page, name: str) -> str:
    """Create a case of that name from the case list; the new case's URL."""
    page.get_by_label("Name (a detainee or a facility)").fill(name)
    page.get_by_role("button", name="Create case").click()
    page.wait_for_url(re.compile(r".*/cases/\d+$"))
    return page.url


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
        case_url = _new_case(page, "Joaquín Guzmán Loera")
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
        case_url = _new_case(page, "No script case")
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
        _new_case(page, "Scanned annex")
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


def _screenshots() -> Path:
    """Where the browser tests write their screenshots: ``$DIGNITY_SCREENSHOTS``, else
    ``dignity-screenshots`` in the temp folder."""
    import os
    import tempfile

    folder = Path(os.environ.get("DIGNITY_SCREENSHOTS") or Path(tempfile.gettempdir()) / "dignity-screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_people_first_a_merge_and_a_review_that_stays_in_view(server, browser, tmp_path):
    from case_texts import NOTE_CHAPO, NOTE_LOERA, NOTE_PEDRO

    base = server
    shots = _screenshots()
    notes = []
    for name, text in (("loera.txt", NOTE_LOERA), ("chapo.txt", NOTE_CHAPO), ("pedro.txt", NOTE_PEDRO)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        notes.append(str(tmp_path / name))
    context, page, errors = _page(browser, viewport={"width": 1280, "height": 900})
    try:
        _sign_in(page, base, "ana")
        case_url = _new_case(page, "Joaquin Guzman Loera")

        # three notes: the detainee, "El Chapo", and another man
        page.set_input_files("#upload-files", notes)
        page.get_by_role("button", name="Upload and read").click()
        page.locator("section#person-pedro-alvarez").wait_for(state="attached", timeout=UPLOAD_TIMEOUT_MS)

        # findings grouped by person, the detainee the case is about first
        people = page.locator("#findings section.person")
        assert people.count() == 3
        assert people.first.get_attribute("id") == "person-joaquin-guzman-loera"
        assert "the detainee this case is about" in people.first.locator("h3").inner_text()
        assert page.locator("#person-chapo details.finding").count() > 0
        page.locator("#findings-h").scroll_into_view_if_needed()
        page.screenshot(path=str(shots / "people-1-findings-by-person.png"), full_page=True, caret="initial")
        # filter by person: only his findings
        page.select_option("#f-person", "pedro-alvarez")
        page.get_by_role("button", name="Filter").click()
        page.wait_for_url(re.compile(r".*person=pedro-alvarez.*"))
        assert page.locator("#findings section.person").count() == 1

        # the detainee's page: merge "El Chapo" into him
        page.goto(f"{case_url}/people/joaquin-guzman-loera")
        page.select_option("#merge-other", "chapo")
        page.get_by_role("button", name="Merge into Joaquin Guzman Loera").click()
        page.wait_for_url(re.compile(r".*/people/joaquin-guzman-loera$"))
        assert "A reviewer grouped these names." in page.locator("#names").inner_text()
        assert "El Chapo" in page.locator("#names").inner_text()
        assert "chapo.txt" in page.locator("#person-documents").inner_text()
        page.screenshot(path=str(shots / "people-2-merged.png"), full_page=True, caret="initial")
        page.goto(case_url)
        assert page.locator("#findings section.person").count() == 2
        assert "also named El Chapo" in page.locator("#person-joaquin-guzman-loera h3").inner_text()

        # a review on the document page: the row, the highlight and the counts change in place
        page.goto(case_url)
        page.get_by_role("link", name="loera.txt").first.click()
        page.wait_for_url(re.compile(r".*/documents/\d+$"))
        doc_url = page.url
        row = page.locator("li.fact", has=page.locator(".fact-label", has_text="Constant light")).first
        fact_id = int(row.get_attribute("id").rsplit("-", 1)[1])
        mark = page.locator(f'#doctext mark[data-facts~="fact-{fact_id}"]').first
        assert "ev-unreviewed" in mark.get_attribute("class")
        page.evaluate("window.__stillHere = true")
        row.get_by_role("button", name=re.compile(r"^Accept")).click()
        page.locator(f"#d-fact-{fact_id} .badge.review-accepted").wait_for()
        # (a locator's wait, not wait_for_function: a predicate given as a string expression is
        # evaluated with eval in the page, which the app's Content-Security-Policy forbids)
        page.locator(f'#doctext mark.ev-reviewed[data-facts~="fact-{fact_id}"]').first.wait_for()
        assert page.evaluate("window.__stillHere === true")  # no reload: swapped in place
        assert page.url == doc_url
        assert page.locator('[data-review-count="accepted"]').inner_text() == "1"
        assert "Accepted by ana" in page.locator(f"#d-fact-{fact_id} .reviewed-by").inner_text()
        page.locator(f"#d-fact-{fact_id}").scroll_into_view_if_needed()
        page.screenshot(path=str(shots / "people-3-review-in-place.png"), full_page=False, caret="initial")

        # an edit the type does not take: refused, the message beside the field
        hours = page.locator("li.fact", has=page.locator(".fact-label", has_text="Confinement hours")).first
        hours_id = int(hours.get_attribute("id").rsplit("-", 1)[1])
        hours.locator("details.edit > summary").click()
        box = page.locator(f"#d-value-{hours_id}")
        box.fill("99")
        hours.get_by_role("button", name=re.compile(r"^Save edit")).click()
        error = page.locator(f"#d-value-{hours_id}-error")
        error.wait_for()
        assert "from 0 to 24 hours a day; 99 is outside that range" in error.inner_text()
        assert page.locator(f"#d-value-{hours_id}").get_attribute("aria-invalid") == "true"
        field, message = page.locator(f"#d-value-{hours_id}").bounding_box(), error.bounding_box()
        assert abs(message["y"] - field["y"]) < 120 and abs(message["x"] - field["x"]) < 400  # beside it
        assert page.evaluate("window.__stillHere === true")
        assert "unreviewed" in page.locator(f"#d-fact-{hours_id}").get_attribute("class")  # nothing saved
        page.locator(f"#d-fact-{hours_id}").scroll_into_view_if_needed()
        page.screenshot(path=str(shots / "people-4-refused-edit.png"), full_page=False, caret="initial")
        # the only failures: the refused edit's answer (422), which htmx swaps in all the same
        assert [e for e in errors if "422" not in e] == [], errors
    finally:
        context.close()
