"""Signing in and out, session cookies, CSRF tokens, login rate limiting, API tokens,
the first-run setup and the secret key."""

from __future__ import annotations

import os
import stat

import pytest

from tests.web.conftest import PASSWORD, csrf_of


def test_pages_need_a_signed_in_user(web):
    c = web.client()
    for path in ("/cases", f"/cases/{web.case_id}", f"/cases/{web.case_id}/documents/{web.document_id}",
                 "/search?q=light", f"/cases/{web.case_id}/audit", "/users", "/account"):
        r = c.get(path)
        assert r.status_code == 303, path
        assert r.headers["location"].startswith("/login?next="), path
    r = c.get("/cases/1", headers={"HX-Request": "true"})
    assert r.status_code == 401 and r.headers["HX-Redirect"].startswith("/login")


def test_sign_in_sets_a_signed_http_only_lax_cookie_and_sign_out_ends_it(web):
    c = web.client()
    token = csrf_of(c.get("/login").text)
    r = c.post("/login", data={"username": "eve", "password": PASSWORD, "csrf_token": token,
                               "next": f"/cases/{web.case_id}"})
    assert r.status_code == 303 and r.headers["location"] == f"/cases/{web.case_id}"
    cookie = r.headers["set-cookie"]
    assert cookie.startswith("dignity_session=")
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Path=/" in cookie
    assert "Secure" not in cookie  # plain http
    old_cookie = c.cookies.get("dignity_session")
    page = c.get(f"/cases/{web.case_id}")
    assert page.status_code == 200 and web.case_name in page.text
    # a new session on sign-in: the anonymous CSRF token is not the signed-in one
    assert csrf_of(page.text) != token
    r = c.post("/logout", data={"csrf_token": csrf_of(page.text)})
    assert r.status_code == 303 and r.headers["location"] == "/login?signed_out=1"
    assert "Max-Age=0" in r.headers["set-cookie"]
    assert "You are signed out" in c.get(r.headers["location"]).text
    assert c.get("/cases").status_code == 303
    # the old cookie, replayed after sign-out, is revoked
    c2 = web.client(cookies={"dignity_session": old_cookie})
    assert c2.get("/cases").status_code == 303


def test_the_cookie_is_secure_over_https(web):
    c = web.client(base_url="https://testserver")
    token = csrf_of(c.get("/login").text)
    r = c.post("/login", data={"username": "eve", "password": PASSWORD, "csrf_token": token})
    assert r.status_code == 303
    assert "Secure" in r.headers["set-cookie"]
    assert "Strict-Transport-Security" in r.headers


def test_a_tampered_cookie_is_no_session(web):
    c = web.login("eve")
    value = c.cookies.get("dignity_session")
    forged = value[:-4] + ("AAAA" if not value.endswith("AAAA") else "BBBB")
    c2 = web.client(cookies={"dignity_session": forged})
    assert c2.get("/cases").status_code == 303


def test_a_session_ends_after_session_hours_even_when_its_cookie_was_seen_before(web, monkeypatch):
    import time

    c = web.login("eve")
    url = f"/cases/{web.case_id}"
    assert c.get(url).status_code == 200
    assert c.get(url).status_code == 200  # the same cookie again (verified once, kept)
    real = time.time
    monkeypatch.setattr(time, "time", lambda: real() + web.app.state.settings.session_hours * 3600 + 5)
    assert c.get(url).status_code == 303
    monkeypatch.setattr(time, "time", lambda: real() - 3600)  # signed in the future: refused too
    assert c.get(url).status_code == 303


def test_wrong_password_is_401_and_says_nothing_about_the_user(web):
    c = web.client()
    token = csrf_of(c.get("/login").text)
    a = c.post("/login", data={"username": "eve", "password": "wrong password", "csrf_token": token})
    b = c.post("/login", data={"username": "nobody", "password": "wrong password", "csrf_token": token})
    assert a.status_code == b.status_code == 401
    assert "Wrong user name or password" in a.text and "Wrong user name or password" in b.text


def test_login_is_rate_limited_per_user_name_and_address(web):
    c = web.client()
    token = csrf_of(c.get("/login").text)
    for _ in range(5):
        r = c.post("/login", data={"username": "eve", "password": "nope nope", "csrf_token": token})
        assert r.status_code == 401
    r = c.post("/login", data={"username": "eve", "password": PASSWORD, "csrf_token": token})
    assert r.status_code == 429
    assert int(r.headers["Retry-After"]) > 0
    assert "Too many failed sign-ins" in r.text
    # the API's token endpoint shares the limit
    r = c.post("/api/v1/auth/token", data={"username": "eve", "password": PASSWORD})
    assert r.status_code == 429
    # another user name from the same address, and the same name from elsewhere, may still sign in
    assert web.login("ed").get("/cases").status_code == 200
    other = web.client(client=("10.1.2.3", 4000))
    token = csrf_of(other.get("/login").text)
    r = other.post("/login", data={"username": "eve", "password": PASSWORD, "csrf_token": token})
    assert r.status_code == 303


def test_api_token_endpoint_is_rate_limited(web):
    c = web.client()
    for _ in range(5):
        assert c.post("/api/v1/auth/token", data={"username": "vic", "password": "bad bad bad"}).status_code == 401
    r = c.post("/api/v1/auth/token", data={"username": "vic", "password": PASSWORD})
    assert r.status_code == 429 and "Retry-After" in r.headers


def test_a_successful_sign_in_clears_the_failures(web):
    c = web.client()
    token = csrf_of(c.get("/login").text)
    for _ in range(4):
        c.post("/login", data={"username": "eve", "password": "nope nope", "csrf_token": token})
    assert c.post("/login", data={"username": "eve", "password": PASSWORD, "csrf_token": token}).status_code == 303
    c = web.client()
    token = csrf_of(c.get("/login").text)
    for _ in range(4):
        c.post("/login", data={"username": "eve", "password": "nope nope", "csrf_token": token})
    assert c.post("/login", data={"username": "eve", "password": PASSWORD, "csrf_token": token}).status_code == 303


# --------------------------------------------------------------------------- CSRF


def test_every_form_post_needs_the_csrf_token(web):
    c = web.login("eve")
    cid, fid = web.case_id, web.light_fact
    posts = [
        ("/cases", {"name": "New case", "kind": "detainee"}),
        (f"/cases/{cid}/facts/{fid}/review", {"action": "reject"}),
        (f"/cases/{cid}/members", {"username": "olga", "role": "viewer"}),
        (f"/cases/{cid}/members/3/remove", {}),
        ("/logout", {}),
        ("/account/password", {"current": PASSWORD, "password": "another pass", "password2": "another pass"}),
    ]
    for path, data in posts:
        for token in (None, "", "not-the-token", csrf_of(web.client().get("/login").text)):
            d = dict(data)
            if token is not None:
                d["csrf_token"] = token
            r = c.post(path, data=d)
            assert r.status_code == 403, (path, token, r.status_code)
            assert "security token" in r.text
    r = c.post(f"/cases/{cid}/documents", data={},
               files=[("files", ("a.txt", b"He is held in solitary.", "text/plain"))])
    assert r.status_code == 403
    # nothing happened
    svc, s = web.service()
    with s:
        eve = svc.get_user("eve")
        assert [x.name for x in svc.list_cases(eve)] == ["Ahmed Said"]
        assert all(f.review_status == "unreviewed" for f in svc.current_facts(cid, eve))
        assert len(svc.documents(cid, eve)) == 1
    assert c.get("/cases").status_code == 200  # still signed in


def test_the_csrf_token_may_come_as_a_header_for_htmx(web):
    c = web.login("eve")
    r = c.post(f"/cases/{web.case_id}/facts/{web.light_fact}/review", data={"action": "accept"},
               headers={"X-CSRF-Token": c.csrf, "HX-Request": "true"})
    assert r.status_code == 200 and "accepted" in r.text


def test_login_and_setup_forms_need_the_csrf_token_too(web):
    c = web.client()
    r = c.post("/login", data={"username": "eve", "password": PASSWORD})
    assert r.status_code == 403


def test_a_csrf_failure_from_htmx_goes_to_the_alert_region(web):
    c = web.login("eve")
    r = c.post(f"/cases/{web.case_id}/facts/{web.light_fact}/review", data={"action": "accept"},
               headers={"HX-Request": "true"})
    assert r.status_code == 403
    assert r.headers["HX-Retarget"] == "#alerts"


# --------------------------------------------------------------------------- API tokens


def test_api_tokens_are_signed_and_checked(web):
    c = web.client()
    assert c.get("/api/v1/cases").status_code == 401
    assert c.get("/api/v1/cases", headers={"Authorization": "Bearer nonsense"}).status_code == 401
    r = c.post("/api/v1/auth/token", data={"username": "eve", "password": PASSWORD})
    body = r.json()
    assert body["token_type"] == "bearer" and body["access_token"] and body["expires_in"] > 0
    h = {"Authorization": f"Bearer {body['access_token']}"}
    assert c.get("/api/v1/me", headers=h).json()["username"] == "eve"
    forged = {"Authorization": f"Bearer {body['access_token'][:-3]}abc"}
    assert c.get("/api/v1/me", headers=forged).status_code == 401
    # the cookie is no API credential
    cookie_client = web.login("eve")
    assert cookie_client.get("/api/v1/cases").status_code == 401
    assert c.post("/api/v1/auth/token", data={"username": "eve"}).status_code == 422


def test_an_expired_token_is_refused(web, monkeypatch):
    import datetime as dt

    import dignity.cases.sessions as sessions

    h = web.token("eve")
    assert web.client().get("/api/v1/me", headers=h).status_code == 200
    real = sessions.utcnow
    later = web.app.state.settings.token_hours + 0.01
    monkeypatch.setattr(sessions, "utcnow", lambda: real() + dt.timedelta(hours=later))
    r = web.client().get("/api/v1/me", headers=h)
    assert r.status_code == 401 and "expired" in r.json()["detail"]
    monkeypatch.setattr(sessions, "utcnow", real)
    assert web.client().get("/api/v1/me", headers=h).status_code == 200


def test_changing_a_password_ends_other_sessions_and_tokens(web):
    h = web.token("eve")
    other = web.login("eve")
    c = web.login("eve")
    r = c.post("/account/password", data={"csrf_token": c.csrf, "current": PASSWORD, "password": "a new password",
                                          "password2": "a new password"})
    assert r.status_code == 303
    assert c.get("/cases").status_code == 200  # this session goes on
    assert other.get("/cases").status_code == 303
    assert web.client().get("/api/v1/me", headers=h).status_code == 401


def test_a_deactivated_user_is_signed_out(web):
    c = web.login("ed")
    h = web.token("ed")
    admin = web.login("admin")
    svc, s = web.service()
    with s:
        ed = svc.get_user("ed")
    r = admin.post(f"/users/{ed.id}", data={"csrf_token": admin.csrf, "role": "editor", "active": "no"})
    assert r.status_code == 303
    assert c.get("/cases").status_code == 303
    assert web.client().get("/api/v1/me", headers=h).status_code == 401


# --------------------------------------------------------------------------- first run, secret key


def test_first_run_asks_for_the_first_admin(tmp_path):
    from fastapi.testclient import TestClient

    from dignity.web import create_app

    app = create_app(f"sqlite:///{tmp_path / 'empty.db'}", secret_key="k" * 32, data_dir=tmp_path)
    try:
        c = TestClient(app, follow_redirects=False)
        assert c.get("/").headers["location"] == "/setup"
        assert c.get("/login").headers["location"] == "/setup"
        token = csrf_of(c.get("/setup").text)
        r = c.post("/setup", data={"csrf_token": token, "username": "root", "password": "short", "password2": "short"})
        assert r.status_code == 400 and "8 characters" in r.text
        r = c.post("/setup", data={"csrf_token": token, "username": "root", "password": PASSWORD,
                                   "password2": PASSWORD})
        assert r.status_code == 303 and r.headers["location"] == "/cases"
        assert c.get("/users").status_code == 200
        # once there is a user, setup is closed
        anon = TestClient(app, follow_redirects=False)
        token = csrf_of(anon.get("/login").text)
        assert anon.get("/setup").headers["location"] == "/login"
        r = anon.post("/setup", data={"csrf_token": token, "username": "mallory", "password": PASSWORD,
                                      "password2": PASSWORD})
        assert r.headers["location"] == "/login"
        with app.state.store.session() as s:
            from dignity.cases import CaseService

            assert [u.username for u in CaseService(s).list_users()] == ["root"]
    finally:
        app.state.store.dispose()


def test_the_secret_key_is_made_once_and_kept_private(tmp_path, monkeypatch):
    from dignity.web.config import SECRET_FILE, load_secret_key

    monkeypatch.delenv("DIGNITY_SECRET_KEY", raising=False)
    key = load_secret_key(tmp_path)
    assert len(key) >= 32
    path = tmp_path / SECRET_FILE
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert load_secret_key(tmp_path) == key
    monkeypatch.setenv("DIGNITY_SECRET_KEY", "from-the-environment-0123456789")
    assert load_secret_key(tmp_path) == "from-the-environment-0123456789"
    monkeypatch.setenv("DIGNITY_SECRET_KEY", "short")
    with pytest.raises(ValueError):
        load_secret_key(tmp_path)
