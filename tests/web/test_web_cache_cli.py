"""The caches (a case file and rendered pages per version of the case) never show a
stale case; `dignity serve` starts the app."""

from __future__ import annotations

import threading

from case_texts import VISIT_NOTE
from tests.web.conftest import PASSWORD


def test_cached_pages_follow_every_change(web):
    c = web.login("eve")
    case_url = f"/cases/{web.case_id}"
    doc_url = f"{case_url}/documents/{web.document_id}"
    assert 'data-finding="mandela-43-1-c"' in c.get(case_url).text
    assert 'class="fact review-unreviewed"' in c.get(doc_url).text
    hits = web.app.state.cache.hits
    c.get(case_url)
    assert web.app.state.cache.hits == hits + 1  # served from the cache
    r = c.post(f"{case_url}/facts/{web.light_fact}/review", data={"csrf_token": c.csrf, "action": "reject"})
    assert r.status_code == 303
    assert 'data-finding="mandela-43-1-c"' not in c.get(case_url).text
    doc = c.get(doc_url).text
    assert f'<li id="d-fact-{web.light_fact}" class="fact review-rejected">' in doc
    # a change made outside the web app (the CLI, another server) shows too
    svc, s = web.service()
    with s:
        svc.review_fact(web.light_fact, svc.get_user("ed"), "accept", note="seen by ed")
    assert 'data-finding="mandela-43-1-c"' in c.get(case_url).text
    assert "seen by ed" in c.get(doc_url).text
    # a new document
    svc, s = web.service()
    with s:
        from dignity.cases import Upload

        svc.add_documents(web.case_id, [Upload(VISIT_NOTE.encode(), "visit-note.txt")], svc.get_user("eve"))
    assert "visit-note.txt" in c.get(case_url).text


def test_readers_who_may_edit_and_readers_who_may_not_get_their_own_fragments(web):
    editor = web.login("eve")
    viewer = web.login("vic")
    url = f"/cases/{web.case_id}"
    for _ in range(2):
        assert 'value="reject"' in editor.get(url).text
        assert 'value="reject"' not in viewer.get(url).text
        doc = f"{url}/documents/{web.document_id}"
        assert 'value="reject"' in editor.get(doc).text
        assert 'value="reject"' not in viewer.get(doc).text
    # each reader's own CSRF token is in the cached fragments
    assert editor.csrf in editor.get(url).text and viewer.csrf not in editor.get(url).text
    r = editor.post(f"{url}/facts/{web.light_fact}/review", data={"csrf_token": editor.csrf, "action": "accept"})
    assert r.status_code == 303


def test_cached_pages_still_check_the_reader_against_current_data_on_every_request(web_any):
    """The case page, its fragments and the document page come from caches, but who
    reads them is asked of the database each time: a member removed, a user
    deactivated, demoted or deleted, or a password changed elsewhere (the CLI,
    another server process) counts at the next request."""
    web = web_any
    case_url = f"/cases/{web.case_id}"
    urls = [case_url, f"{case_url}/body", f"{case_url}/findings", f"{case_url}/timeline",
            f"{case_url}/documents/{web.document_id}"]
    vic, ed, eve = web.login("vic"), web.login("ed"), web.login("eve")
    for c in (vic, ed, eve):
        for url in urls:
            assert c.get(url).status_code == 200, url
    svc, s = web.service()
    with s:
        svc.remove_member(web.case_id, "vic")  # no web request: the caches are not told
    for url in urls:
        assert vic.get(url).status_code == 404, url
    with s:
        svc.update_user("ed", by=None, active=False)
    for url in urls:
        assert ed.get(url).status_code == 303, url  # signed out
    with s:
        svc.update_user("eve", by=None, role="viewer")  # an owner who became a viewer: reads, edits nothing
    page = eve.get(case_url).text
    assert 'value="reject"' not in page and 'id="upload-form"' not in page
    assert 'value="reject"' not in eve.get(f"{case_url}/documents/{web.document_id}").text
    with s:
        svc.update_user("eve", by=None, password="another password 123")
    assert eve.get(case_url).status_code == 303
    # a user deleted from the database (with their membership): signed out
    with s:
        svc.add_user("zed", "viewer", PASSWORD)
        svc.add_member(web.case_id, "zed", "viewer")
    zed = web.login("zed")
    assert zed.get(case_url).status_code == 200
    with s:
        from sqlalchemy import delete, update

        from dignity.store.models import AuditEntry, CaseMember, User

        zed_id = svc.get_user("zed").id
        s.execute(update(AuditEntry).where(AuditEntry.user_id == zed_id).values(user_id=None))
        s.execute(delete(CaseMember).where(CaseMember.user_id == zed_id))
        s.execute(delete(User).where(User.id == zed_id))
        s.commit()
    assert zed.get(case_url).status_code == 303


def test_the_case_file_cache_builds_once_for_many_readers():
    from dignity.web.cache import CaseFileCache

    cache = CaseFileCache(size=2)
    builds = []
    gate = threading.Event()

    class FakeSession:
        version = 1

        def scalar(self, _query):
            return self.version

    session = FakeSession()

    def build():
        gate.wait(5)
        builds.append(1)
        return object()

    results = []
    threads = [threading.Thread(target=lambda: results.append(cache.get(session, 7, build))) for _ in range(5)]
    for t in threads:
        t.start()
    gate.set()
    for t in threads:
        t.join(10)
    assert len(builds) == 1 and len({id(r) for r in results}) == 1
    session.version = 2
    assert cache.get(session, 7, lambda: "new") == "new"
    cache.get(session, 8, lambda: "b")
    cache.get(session, 9, lambda: "c")
    assert cache.get(session, 7, lambda: "rebuilt") == "rebuilt"  # evicted: the cache holds 2 cases


def test_the_fragment_cache_is_bounded():
    from dignity.web.cache import FragmentCache

    f = FragmentCache(max_bytes=800)
    f.put("a", 1, "x" * 90, 90)
    assert f.get("a", 1) == "x" * 90 and f.get("a", 2) is None
    for i in range(20):
        f.put(i, 1, "y" * 90, 90)
    assert f.get("a", 1) is None and f.get(19, 1) == "y" * 90
    f.put("big", 1, "z" * 500, 500)  # over an eighth of the cache: not kept
    assert f.get("big", 1) is None


def test_facts_of_one_finding_and_the_whole_timeline(web):
    c = web.login("vic")
    html = c.get(f"/cases/{web.case_id}/facts?finding=mandela-43-1-c").text
    assert f'id="fact-{web.light_fact}"' in html and "No dark or permanently lit cell" in html
    assert c.get(f"/cases/{web.case_id}/facts?finding=nonsense").status_code == 404
    timeline = c.get(f"/cases/{web.case_id}/timeline").text
    assert "2021-01-12" in timeline and "<time" in timeline


def test_dignity_serve_starts_uvicorn_on_the_app(tmp_path, monkeypatch):
    import uvicorn
    from typer.testing import CliRunner

    from dignity.cli.main import app as cli

    seen = {}

    def fake_run(app, **kwargs):
        seen["app"] = app
        seen.update(kwargs)

    monkeypatch.setattr(uvicorn, "run", fake_run)
    monkeypatch.setenv("DIGNITY_SECRET_KEY", "cli-test-secret-0123456789abcdef")
    url = f"sqlite:///{tmp_path / 'serve.db'}"
    result = CliRunner().invoke(cli, ["serve", "--db", url, "--port", "8123"])
    assert result.exit_code == 0, result.output
    assert seen["host"] == "127.0.0.1" and seen["port"] == 8123
    assert seen["app"].state.settings.database_url == url
    seen["app"].state.store.dispose()
    bad = CliRunner().invoke(cli, ["serve", "--db", "nosuchdb://x"])
    assert bad.exit_code == 1 and "cannot start the web app" in bad.output
    assert "--port" in CliRunner().invoke(cli, ["serve", "--help"]).output
