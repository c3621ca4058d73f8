"""No route, page or API call reaches a case the user is not a member of; viewers
read but never change; editors change; owners and admins manage members.

``ROUTES`` lists every route of the app touching a case, document or fact; a test
checks the list against the app's own routes, so that a new route cannot be left
out of these checks.
"""

from __future__ import annotations

from tests.web.conftest import PASSWORD, hits_of

# (method, path template, form or JSON body, kind): kind "page" for the web pages
# (cookie + CSRF), "api" for /api/v1 (bearer token).
ROUTES = [
    ("GET", "/cases/{case}", None, "page"),
    ("GET", "/cases/{case}/findings", None, "page"),
    ("GET", "/cases/{case}/body", None, "page"),
    ("GET", "/cases/{case}/timeline", None, "page"),
    ("GET", "/cases/{case}/facts", None, "page"),
    ("POST", "/cases/{case}/facts/{fact}/review", {"action": "reject", "note": "x"}, "page"),
    ("POST", "/cases/{case}/documents", "upload", "page"),
    ("GET", "/cases/{case}/documents/{doc}", None, "page"),
    ("GET", "/cases/{case}/documents/{doc}/original", None, "page"),
    ("POST", "/cases/{case}/members", {"username": "olga", "role": "owner"}, "page"),
    ("POST", "/cases/{case}/members/{user}/remove", {}, "page"),
    ("GET", "/cases/{case}/audit", None, "page"),
    ("GET", "/cases/{case}/people/ahmed-said", None, "page"),
    ("POST", "/cases/{case}/people/merge", {"names": "Ahmed Said", "other": "ahmed-said"}, "page"),
    ("POST", "/cases/{case}/people/split", {"name": "Ahmed Said"}, "page"),
    ("POST", "/cases/{case}/people/forget", {"person": "Ahmed Said"}, "page"),
    ("GET", "/cases/{case}/report/html", None, "page"),
    ("GET", "/cases/{case}/report/pdf", None, "page"),
    ("GET", "/cases/{case}/letter/visit", None, "page"),
    ("GET", "/search?q=lights&case={case}", None, "page"),
    ("GET", "/api/v1/cases/{case}", None, "api"),
    ("GET", "/api/v1/cases/{case}/casefile", None, "api"),
    ("GET", "/api/v1/cases/{case}/facts", None, "api"),
    ("GET", "/api/v1/cases/{case}/findings", None, "api"),
    ("GET", "/api/v1/cases/{case}/audit", None, "api"),
    ("GET", "/api/v1/cases/{case}/members", None, "api"),
    ("GET", "/api/v1/cases/{case}/people", None, "api"),
    ("POST", "/api/v1/cases/{case}/people", {"split": "Ahmed Said"}, "api"),
    ("PUT", "/api/v1/cases/{case}/members/{username}", {"role": "owner"}, "api"),
    ("DELETE", "/api/v1/cases/{case}/members/{username}", None, "api"),
    ("GET", "/api/v1/cases/{case}/documents", None, "api"),
    ("POST", "/api/v1/cases/{case}/documents", "upload", "api"),
    ("GET", "/api/v1/documents/{doc}", None, "api"),
    ("GET", "/api/v1/facts/{fact}", None, "api"),
    ("PATCH", "/api/v1/facts/{fact}", {"action": "reject", "note": "x"}, "api"),
    ("GET", "/api/v1/search?q=lights&case={case}", None, "api"),
]

#: Routes that touch no particular case (they list what the user may see, or are public).
OTHER_ROUTES = {
    "/", "/login", "/logout", "/setup", "/cases", "/search", "/users", "/users/{user_id}", "/account",
    "/account/password", "/api/v1/auth/token", "/api/v1/me", "/api/v1/cases", "/api/v1/search", "/docs",
    "/healthz", "/openapi.json",
}


def _template(path: str) -> str:
    import re

    path = path.split("?")[0]
    names = {"case": "case_id", "fact": "fact_id", "doc": "document_id", "user": "user_id", "username": "username"}
    path = re.sub(r"\{(\w+)\}", lambda m: "{" + names.get(m.group(1), m.group(1)) + "}", path)
    return re.sub(r"/letter/visit$", "/letter/{kind}", re.sub(r"/report/(html|pdf)$", "/report/{fmt}", path))


def test_every_case_route_is_checked(web):
    from fastapi.routing import APIRoute

    app_routes = {(m, r.path) for r in web.app.routes if isinstance(r, APIRoute) for m in r.methods - {"HEAD"}}
    checked = {(m, _template(p)) for m, p, _, _ in ROUTES}
    missing = {(m, p) for m, p in app_routes if (m, p) not in checked and p not in OTHER_ROUTES}
    assert not missing, f"routes not covered by the permission tests: {sorted(missing)}"


def _call(web, client, method, path, body, kind, headers=None):
    svc, s = web.service()
    with s:
        eve_id = svc.get_user("eve").id
    path = path.format(case=web.case_id, fact=web.light_fact, doc=web.document_id, user=eve_id, username="eve")
    headers = dict(headers or {})
    if kind == "page":
        data = dict(body) if isinstance(body, dict) else {}
        if method != "GET":
            data["csrf_token"] = client.csrf
        if body == "upload":
            return client.post(path, data=data, files=[("files", ("new.txt", b"He is held in solitary confinement.",
                                                                  "text/plain"))])
        if method == "GET":
            return client.get(path)
        return client.request(method, path, data=data)
    if body == "upload":
        return client.post(path, headers=headers, files={"file": ("new.txt", b"He is held in solitary confinement.",
                                                                  "text/plain")})
    if isinstance(body, dict):
        return client.request(method, path, headers=headers, json=body)
    return client.request(method, path, headers=headers)


def _state(web):
    """What a forbidden call must not change: documents, reviews, members, audit size."""
    svc, s = web.service()
    with s:
        admin = svc.get_user("admin")
        return (
            [d.id for d in svc.documents(web.case_id, admin)],
            [(f.id, f.review_status, f.note) for f in svc.current_facts(web.case_id, admin)],
            sorted((m.user.username, m.role) for m in svc.members(web.case_id, admin)),
            len([e for e in svc.audit_log(web.case_id, admin) if e.kind == "change"]),
        )


def test_a_non_member_reaches_nothing_of_the_case(web):
    before = _state(web)
    page = web.login("olga")
    api = web.client()
    h = web.token("olga")
    for method, path, body, kind in ROUTES:
        r = _call(web, page if kind == "page" else api, method, path, body, kind, headers=h)
        where = f"{method} {path}"
        if path.startswith("/search") or path.startswith("/api/v1/search"):
            assert r.status_code == 404, where  # a case scope she may not read
        else:
            assert r.status_code == 404, (where, r.status_code, r.text[:300])
        assert web.case_name not in r.text, where
        assert "lights in his cell" not in r.text, where
    assert _state(web) == before
    # and the lists leave it out
    assert web.case_name not in page.get("/cases").text
    assert [c["name"] for c in api.get("/api/v1/cases", headers=h).json()["cases"]] == ["Other Person"]
    assert "0 documents found" in page.get("/search?q=lights").text
    assert hits_of(page.get("/search?q=lights").text) == ""
    assert api.get("/api/v1/search?q=lights", headers=h).json()["hits"] == []


def test_not_a_member_and_no_such_case_look_the_same(web):
    h = web.token("olga")
    c = web.client()
    a = c.get(f"/api/v1/cases/{web.case_id}", headers=h)
    b = c.get("/api/v1/cases/9999", headers=h)
    assert a.status_code == b.status_code == 404
    assert a.json()["detail"].replace(str(web.case_id), "N") == b.json()["detail"].replace("9999", "N")
    page = web.login("olga")
    assert page.get(f"/cases/{web.case_id}").status_code == page.get("/cases/9999").status_code == 404


def test_a_viewer_reads_but_changes_nothing(web):
    before = _state(web)
    page = web.login("vic")
    api = web.client()
    h = web.token("vic")
    for method, path, body, kind in ROUTES:
        r = _call(web, page if kind == "page" else api, method, path, body, kind, headers=h)
        where = f"{method} {path}"
        if method == "GET":
            assert r.status_code == 200, (where, r.status_code, r.text[:300])
        else:
            assert r.status_code == 403, (where, r.status_code, r.text[:300])
    assert _state(web) == before
    case_page = page.get(f"/cases/{web.case_id}").text
    assert 'name="action" value="reject"' not in case_page
    assert 'id="upload-form"' not in case_page
    assert "Add member" not in case_page
    assert api.post("/api/v1/cases", headers=h, json={"name": "Mine"}).status_code == 403


def test_an_editor_member_reviews_and_uploads_but_does_not_manage_members(web):
    c = web.login("ed")
    r = c.post(f"/cases/{web.case_id}/facts/{web.light_fact}/review",
               data={"csrf_token": c.csrf, "action": "accept", "note": "seen"})
    assert r.status_code == 303
    r = c.post(f"/cases/{web.case_id}/documents", data={"csrf_token": c.csrf},
               files=[("files", ("n.txt", b"He is held in solitary confinement since May.", "text/plain"))])
    assert r.status_code == 303
    r = c.post(f"/cases/{web.case_id}/members", data={"csrf_token": c.csrf, "username": "olga", "role": "owner"})
    assert r.status_code == 403
    h = web.token("ed")
    assert web.client().put(f"/api/v1/cases/{web.case_id}/members/olga", headers=h,
                            json={"role": "viewer"}).status_code == 403


def test_the_owner_manages_members_on_the_case_page(web):
    c = web.login("eve")
    page = c.get(f"/cases/{web.case_id}").text
    assert "Add member" in page
    r = c.post(f"/cases/{web.case_id}/members", data={"csrf_token": c.csrf, "username": "olga", "role": "viewer"})
    assert r.status_code == 303 and r.headers["location"].endswith("#members")
    olga = web.login("olga")
    assert olga.get(f"/cases/{web.case_id}").status_code == 200
    svc, s = web.service()
    with s:
        olga_id = svc.get_user("olga").id
    # removing asks first: a page with the question, and a POST without the answer removes nobody
    ask = c.get(f"/cases/{web.case_id}/members/{olga_id}/remove")
    assert ask.status_code == 200 and "Remove olga from" in ask.text and 'name="confirm" value="yes"' in ask.text
    r = c.post(f"/cases/{web.case_id}/members/{olga_id}/remove", data={"csrf_token": c.csrf})
    assert r.status_code == 303 and r.headers["location"].endswith(f"/members/{olga_id}/remove")
    assert olga.get(f"/cases/{web.case_id}").status_code == 200
    r = c.post(f"/cases/{web.case_id}/members/{olga_id}/remove", data={"csrf_token": c.csrf, "confirm": "yes"})
    assert r.status_code == 303
    assert olga.get(f"/cases/{web.case_id}").status_code == 404
    r = c.post(f"/cases/{web.case_id}/members", data={"csrf_token": c.csrf, "username": "nobody", "role": "viewer"})
    assert r.status_code == 400 and "no user" in r.text
    audit = c.get(f"/cases/{web.case_id}/audit").text
    assert "case.member_remove" in audit and "case.member" in audit


def test_an_admin_sees_and_manages_every_case(web):
    page = web.login("admin")
    assert web.case_name in page.get("/cases").text
    assert page.get(f"/cases/{web.case_id}").status_code == 200
    r = page.post(f"/cases/{web.case_id}/members", data={"csrf_token": page.csrf, "username": "olga",
                                                         "role": "editor"})
    assert r.status_code == 303
    assert page.get("/users").status_code == 200
    r = page.post("/users", data={"csrf_token": page.csrf, "username": "newbie", "role": "viewer",
                                  "password": PASSWORD})
    assert r.status_code == 303
    web.login("newbie")


def test_only_admins_manage_users(web):
    c = web.login("eve")
    assert c.get("/users").status_code == 403
    assert c.post("/users", data={"csrf_token": c.csrf, "username": "x1", "role": "admin",
                                  "password": PASSWORD}).status_code == 403
    svc, s = web.service()
    with s:
        eve_id = svc.get_user("eve").id
    assert c.post(f"/users/{eve_id}", data={"csrf_token": c.csrf, "role": "admin"}).status_code == 403


def test_facts_and_documents_of_another_case_are_not_reachable_through_this_one(web):
    """A document or fact id of case B under the path of case A is 404, even for a member of A."""
    c = web.login("eve")
    svc, s = web.service()
    with s:
        olga = svc.get_user("olga")
        other_doc = svc.documents(web.other_case_id, olga)[0].id
        other_fact = svc.current_facts(web.other_case_id, olga)
    assert c.get(f"/cases/{web.case_id}/documents/{other_doc}").status_code == 404
    if other_fact:
        r = c.post(f"/cases/{web.case_id}/facts/{other_fact[0].id}/review",
                   data={"csrf_token": c.csrf, "action": "reject"})
        assert r.status_code == 404
