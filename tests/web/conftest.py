"""Fixtures of the web app tests: an app on a fresh database with four users and
one case, and helpers to sign in and read CSRF tokens.

Users (password ``PASSWORD``): ``admin`` (admin, member of nothing), ``eve``
(editor, owner of the case), ``vic`` (viewer, viewer of the case), ``ed``
(editor, editor of the case), ``olga`` (editor, member of nothing).
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pytest
from case_texts import LETTER
from shared_files import shared_path

from dignity.store.testing import fresh_database, postgres_skip_reason  # noqa: E402

PASSWORD = "correct horse battery"
REPO = Path(__file__).resolve().parents[2]
SEED = shared_path("spec", "seed-article.txt")


_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


@dataclass
class Web:
    app: object
    url: str
    case_id: int
    case_name: str
    document_id: int
    light_fact: int
    other_case_id: int

    def client(self, **kwargs):
        from fastapi.testclient import TestClient

        kwargs.setdefault("follow_redirects", False)
        return TestClient(self.app, **kwargs)

    def login(self, username: str, password: str = PASSWORD, **kwargs):
        """A client signed in as ``username`` (``client.csrf``: its CSRF token)."""
        c = self.client(**kwargs)
        token = csrf_of(c.get("/login").text)
        r = c.post("/login", data={"username": username, "password": password, "csrf_token": token})
        assert r.status_code == 303, (r.status_code, r.text[:500])
        c.csrf = csrf_of(c.get("/cases").text)
        return c

    def token(self, username: str, password: str = PASSWORD) -> dict[str, str]:
        c = self.client()
        r = c.post("/api/v1/auth/token", data={"username": username, "password": password})
        assert r.status_code == 200, r.text
        return {"Authorization": f"Bearer {r.json()['access_token']}"}

    def service(self):
        from dignity.cases import CaseService

        session = self.app.state.store.session()
        return CaseService(session), session


def pytest_configure(config) -> None:
    # Starlette's TestClient asks for httpx2; httpx works and is what we install
    config.addinivalue_line("filterwarnings", "ignore:Using `httpx` with `starlette.testclient`")


def hits_of(html: str) -> str:
    """The list of search hits of a search page ('' when there is none)."""
    return html.split('<ol class="hits">', 1)[1].split("</ol>", 1)[0].strip() if '<ol class="hits">' in html else ""


def csrf_of(html: str) -> str:
    m = _CSRF.search(html)
    assert m, "no CSRF token in the page"
    return m.group(1)


def _build(url: str, tmp_path: Path, **settings) -> Web:
    from dignity.cases import CaseService, Upload
    from dignity.web import create_app

    settings.setdefault("secret_key", "test-secret-key-0123456789abcdef")
    settings.setdefault("data_dir", tmp_path)
    # an upload answers with its result as long as the (shared) worker takes to read it
    settings.setdefault("upload_wait_s", 120)
    app = create_app(url, **settings)
    with app.state.store.session() as s:
        svc = CaseService(s)
        svc.add_user("admin", "admin", PASSWORD)
        eve = svc.add_user("eve", "editor", PASSWORD)
        svc.add_user("vic", "viewer", PASSWORD)
        svc.add_user("ed", "editor", PASSWORD)
        olga = svc.add_user("olga", "editor", PASSWORD)
        case = svc.create_case("Ahmed Said", eve)
        svc.add_member(case, "vic", "viewer", by=eve)
        svc.add_member(case, "ed", "editor", by=eve)
        [res] = svc.add_documents(case, [Upload(LETTER.encode(), "letter.txt", date="2021-03-03")], eve)
        assert res.status == "added", res
        light = next(f for f in svc.current_facts(case, eve) if f.type == "constant_light")
        other = svc.create_case("Other Person", olga)
        svc.add_documents(other, [Upload(b"Secret words about zanzibarite conditions.", "secret.txt")], olga)
        return Web(app, url, case.id, case.name, res.document_id, light.id, other.id)


def _close(w: Web) -> None:
    """Stop the app's upload workers and close its database connections."""
    w.app.state.uploads.close()
    w.app.state.store.dispose()


@contextlib.contextmanager
def _web_on(kind: str, tmp_path: Path) -> Iterator[Web]:
    """The app on a fresh database of ``kind`` (sqlite or postgresql), closed after."""
    with fresh_database(kind, tmp_path) as url:
        w = _build(url, tmp_path)
        try:
            yield w
        finally:
            _close(w)


@pytest.fixture
def web(tmp_path) -> Web:
    """The app on a fresh SQLite database."""
    with _web_on("sqlite", tmp_path) as w:
        yield w


@pytest.fixture(params=["sqlite", "postgresql"])
def web_any(request, tmp_path) -> Web:
    """The app on SQLite, and on PostgreSQL when ``DIGNITY_TEST_DATABASE_URL`` is set."""
    if request.param == "postgresql" and (reason := postgres_skip_reason()):
        pytest.skip(reason)
    with _web_on(request.param, tmp_path) as w:
        yield w


@pytest.fixture
def make_web(tmp_path):
    """``make_web(**settings)``: an app with other settings (``max_upload_mb=`` ...)."""
    built = []

    def make(**settings) -> Web:
        folder = tmp_path / f"app{len(built)}"
        folder.mkdir()
        w = _build(f"sqlite:///{folder / 'web.db'}", folder, **settings)
        built.append(w)
        return w

    yield make
    for w in built:
        _close(w)


@pytest.fixture(scope="module")
def browser():
    """Debian's chromium, headless, driven by Playwright (one per test module)."""
    from playwright.sync_api import sync_playwright

    from tests.web.browser_support import ARGS, CHROMIUM, TIMEOUT_MS

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True, timeout=TIMEOUT_MS)
        try:
            yield b
        finally:
            b.close()
