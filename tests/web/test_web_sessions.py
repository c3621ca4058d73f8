"""Server-side sessions and tokens: sign-out holds across a restart and in a second
server process; tokens are listed, revoked and expire; throttling of password
spraying (per address, any user names) and per user (any addresses)."""

from __future__ import annotations

import datetime as dt

from tests.web.conftest import PASSWORD, csrf_of


def _second_app(web):
    """Another app on the same database and key: a restart, or a second server process."""
    from dignity.web import create_app

    return create_app(web.url, secret_key="test-secret-key-0123456789abcdef",
                      data_dir=web.app.state.settings.data_dir, upload_wait_s=120)


def test_a_signed_out_cookie_stays_dead_after_a_restart_and_in_another_process(web):
    from fastapi.testclient import TestClient

    c = web.login("eve")
    cookie = c.cookies.get("dignity_session")
    assert c.get(f"/cases/{web.case_id}").status_code == 200
    other = _second_app(web)
    try:
        # the same sign-in works in the other process (the store holds it) ...
        c2 = TestClient(other, follow_redirects=False, cookies={"dignity_session": cookie})
        assert c2.get(f"/cases/{web.case_id}").status_code == 200
        # ... until it signs out in the first one
        assert c.post("/logout", data={"csrf_token": c.csrf}).status_code == 303
        assert c2.get(f"/cases/{web.case_id}").status_code == 303
        assert c2.get("/cases").status_code == 303
    finally:
        other.state.uploads.close()
        other.state.store.dispose()
    # a restart: a new app on the same database; the old cookie is refused there too
    web.app.state.store.dispose()
    restarted = _second_app(web)
    try:
        c3 = TestClient(restarted, follow_redirects=False, cookies={"dignity_session": cookie})
        assert c3.get("/cases").status_code == 303
        assert c3.get(f"/cases/{web.case_id}/documents/{web.document_id}").status_code == 303
    finally:
        restarted.state.uploads.close()
        restarted.state.store.dispose()


def test_tokens_are_listed_and_revoked_and_end_with_the_password(web):
    c = web.client()
    r = c.post("/api/v1/auth/token", data={"username": "eve", "password": PASSWORD, "label": "my script"})
    h1 = {"Authorization": f"Bearer {r.json()['access_token']}"}
    t1 = r.json()["token_id"]
    h2 = web.token("eve")
    listed = c.get("/api/v1/auth/tokens", headers=h1).json()["sessions"]
    assert {s["label"] for s in listed} >= {"my script"}
    assert [s["current"] for s in listed if s["id"] == t1] == [True]
    # only its hash is stored
    svc, s = web.service()
    with s:
        from sqlalchemy import select

        from dignity.store.models import AuthSession

        hashes = list(s.scalars(select(AuthSession.secret_hash)))
        assert r.json()["access_token"] not in hashes and all(len(x) == 64 for x in hashes)
    # another user cannot see or revoke eve's token (404, as for no such token)
    hv = web.token("vic")
    assert c.delete(f"/api/v1/auth/tokens/{t1}", headers=hv).status_code == 404
    assert c.get("/api/v1/auth/tokens?user=eve", headers=hv).status_code == 403
    assert c.get("/api/v1/me", headers=h1).status_code == 200
    # revoked by its user: dead at once
    assert c.delete(f"/api/v1/auth/tokens/{t1}", headers=h2).status_code == 204
    r = c.get("/api/v1/me", headers=h1)
    assert r.status_code == 401 and "revoked" in r.json()["detail"]
    # a token revokes itself (the API's sign-out)
    assert c.post("/api/v1/auth/revoke", headers=h2).status_code == 204
    assert c.get("/api/v1/me", headers=h2).status_code == 401
    # an admin sees and ends anyone's; sign-ins of the browser are listed too
    h3 = web.token("eve")
    browser = web.login("eve")
    ha = web.token("admin")
    everyone = c.get("/api/v1/auth/tokens?all=true", headers=ha).json()["sessions"]
    mine = [s for s in everyone if s["user"] == "eve"]
    assert {s["kind"] for s in mine} == {"session", "token"}
    page = web.login("admin").get("/sessions")
    assert page.status_code == 200 and "eve" in page.text
    token_id = next(s["id"] for s in mine if s["kind"] == "token")
    assert c.delete(f"/api/v1/auth/tokens/{token_id}", headers=ha).status_code == 204
    assert c.get("/api/v1/me", headers=h3).status_code == 401
    # a sign-in ended from the account page
    account = browser.get("/account").text
    session_id = next(s["id"] for s in mine if s["kind"] == "session")
    assert f'action="/sessions/{session_id}/revoke"' in account and "(this one)" in account
    r = browser.post(f"/sessions/{session_id}/revoke", data={"csrf_token": csrf_of(account)})
    assert r.status_code == 303
    assert browser.get("/cases").status_code == 303


def test_a_web_session_expires_in_the_store(web, monkeypatch):
    import dignity.cases.sessions as sessions

    c = web.login("eve")
    assert c.get("/cases").status_code == 200
    assert c.get(f"/cases/{web.case_id}").status_code == 200
    svc, s = web.service()
    with s:
        from sqlalchemy import update

        from dignity.store.models import AuthSession, utcnow

        s.execute(update(AuthSession).values(expires_at=utcnow() - dt.timedelta(seconds=1)))
        s.commit()
    assert c.get("/cases").status_code == 303
    assert c.get(f"/cases/{web.case_id}").status_code == 303
    assert sessions.utcnow  # the store's clock decides, not the cookie's


def test_password_spraying_from_one_address_is_throttled(web):
    c = web.client()
    token = csrf_of(c.get("/login").text)
    statuses = []
    for i in range(30):
        r = c.post("/login", data={"username": f"user{i:02d}", "password": "guess guess", "csrf_token": token})
        statuses.append(r.status_code)
    limit = web.app.state.settings.login_attempts_per_address
    assert statuses[:limit] == [401] * limit
    assert set(statuses[limit:]) == {429}
    r = c.post("/login", data={"username": "eve", "password": PASSWORD, "csrf_token": token})
    assert r.status_code == 429 and "Too many failed sign-ins from this address" in r.text
    assert int(r.headers["Retry-After"]) > 0
    # the API says the same, in the same words
    api = c.post("/api/v1/auth/token", data={"username": "someone", "password": "guess guess"})
    assert api.status_code == 429
    assert api.json()["detail"].startswith("too many failed sign-ins from this address")
    # another address is not held up
    other = web.client(client=("10.9.9.9", 5000))
    assert other.post("/api/v1/auth/token", data={"username": "eve", "password": PASSWORD}).status_code == 200


def test_one_user_name_tried_from_many_addresses_is_throttled(web):
    limit = web.app.state.settings.login_attempts_per_user
    for i in range(limit):
        c = web.client(client=(f"10.0.0.{i + 1}", 4000))
        assert c.post("/api/v1/auth/token", data={"username": "vic", "password": "wrong one"}).status_code == 401
    c = web.client(client=("10.0.1.1", 4000))
    r = c.post("/api/v1/auth/token", data={"username": "vic", "password": PASSWORD})
    assert r.status_code == 429 and "for this user name" in r.json()["detail"]
    # other users are not affected
    assert c.post("/api/v1/auth/token", data={"username": "eve", "password": PASSWORD}).status_code == 200
