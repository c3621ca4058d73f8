"""Every page of the web app fits a phone (390 px wide) and a desktop (1280 px): no
horizontal scrolling of the page (``document.scrollingElement.scrollWidth <=
innerWidth``), in Debian's chromium driven by Playwright, with a screenshot of each
page at each width.

The screenshots go to ``$DIGNITY_SCREENSHOTS`` when it is set, else to a folder
``screenshots`` under pytest's temporary folder (``--basetemp``, by default
``/tmp/pytest-of-<user>/pytest-<n>/screenshots0/``), named ``<width>-<page>.png``.
The case holds our own texts, one with a long unbroken token (a URL) and a long
name, the things that push a narrow page wide.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from case_texts import LETTER, VISIT_NOTE

from tests.web.browser_support import TIMEOUT_MS, needs_chromium, serving
from tests.web.conftest import PASSWORD

WIDTHS = {"phone": (390, 844), "desktop": (1280, 900)}

pytestmark = needs_chromium

LONG = ("Complaint sent to the monitoring body, 2 May 2021, by the family of "
        "Ahmed Said (also written Ahmed Mohammed Abdelrahman Said-Al-Qahtani).\n\n"
        "The file is at https://example.org/complaints/2021/05/02/ahmed-said-blackrock-prison-segregation-unit-"
        "cell-block-c-request-for-urgent-visit-and-medical-examination-reference-AB1234567890 and its "
        "reference is BLACKROCK-SEG-2021-0000000000000000000000000000000001.\n\n"
        "He is locked in his cell for 23 hours a day and has not seen a doctor since March.\n")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The app under uvicorn, with an admin who owns a case of three documents."""
    from dignity.cases import CaseService, Upload
    from dignity.web import create_app

    folder = tmp_path_factory.mktemp("layout")
    app = create_app(f"sqlite:///{folder / 'layout.db'}", secret_key="layout-test-secret-0123456789",
                     data_dir=folder)
    with app.state.store.session() as s:
        svc = CaseService(s)
        admin = svc.add_user("admin", "admin", PASSWORD)
        svc.add_user("ed", "editor", PASSWORD)
        case = svc.create_case("Ahmed Mohammed Abdelrahman Said-Al-Qahtani", admin)
        svc.add_member(case, "ed", "editor", by=admin)
        results = svc.add_documents(case, [Upload(LETTER.encode(), "letter.txt", date="2021-03-03"),
                                           Upload(VISIT_NOTE.encode(), "visit-note.txt", date="2021-04-20"),
                                           Upload(LONG.encode(), "complaint-with-a-very-long-file-name-"
                                                  "about-the-segregation-unit.txt", date="2021-05-02")], admin)
        assert all(r.status == "added" for r in results), results
        case_id, document_id = case.id, results[-1].document_id
    with serving(app) as base:
        yield base, case_id, document_id


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    given = os.environ.get("DIGNITY_SCREENSHOTS")
    if given:
        folder = Path(given)
        folder.mkdir(parents=True, exist_ok=True)
        return folder
    return tmp_path_factory.mktemp("screenshots")


def _pages(case_id: int, document_id: int) -> dict[str, str]:
    """name -> path of every page a signed-in admin who owns the case can open."""
    case = f"/cases/{case_id}"
    return {
        "cases": "/cases",
        "case": case,
        "timeline": f"{case}/timeline",
        "facts": f"{case}/facts",
        "document": f"{case}/documents/{document_id}",
        "person": f"{case}/people/ahmed-said",  # the detainee's page (issue 16)
        "remove-member": f"{case}/members/2/remove",  # the question before removing ed
        "case-audit": f"{case}/audit",
        "search": "/search?q=cell",
        "users": "/users",
        "account": "/account",
        "sign-ins": "/sessions",
        "audit": "/audit",
        "not-found": "/cases/999999",
    }


def _overflow(page) -> tuple[int, int]:
    return page.evaluate("[document.scrollingElement.scrollWidth, window.innerWidth]")


@pytest.mark.parametrize("device", list(WIDTHS))
def test_every_page_fits_the_width_without_scrolling_sideways(site, browser, shots, device):
    base, case_id, document_id = site
    width, height = WIDTHS[device]
    context = browser.new_context(viewport={"width": width, "height": height})
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    try:
        wide: dict[str, tuple[int, int]] = {}
        page.goto(f"{base}/login")
        page.screenshot(path=str(shots / f"{width}-login.png"), full_page=True)
        if (got := _overflow(page))[0] > got[1]:
            wide["login"] = got
        page.get_by_label("User name").fill("admin")
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_url(re.compile(r".*/cases$"))
        for name, path in _pages(case_id, document_id).items():
            response = page.goto(base + path)
            assert response is not None and response.status == (404 if name == "not-found" else 200), (name, path)
            page.screenshot(path=str(shots / f"{width}-{name}.png"), full_page=True)
            scroll, inner = _overflow(page)
            if scroll > inner:
                wide[name] = (scroll, inner)
        assert not wide, f"pages wider than {width} px (scrollWidth, innerWidth): {wide}"
        if device == "phone":  # the header's search button is whole and on screen
            box = page.locator(".site-search button").bounding_box()
            assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width
    finally:
        context.close()
    assert len(list(shots.glob(f"{width}-*.png"))) == len(_pages(case_id, document_id)) + 1
