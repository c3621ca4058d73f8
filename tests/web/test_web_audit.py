"""The full audit: every audited action appears on the admin's audit page (and in its
API and CSV), with filters; members read their case's log only, with names."""

from __future__ import annotations

import csv
import io

from tests.web.conftest import PASSWORD, csrf_of


def _do_everything(web) -> dict[str, object]:
    """One of each audited action; returns ids the checks need."""
    anon = web.client()
    token = csrf_of(anon.get("/login").text)
    r = anon.post("/login", data={"username": "nobody-typed-this", "password": "wrong wrong", "csrf_token": token})
    assert r.status_code == 401
    admin = web.login("admin")                                         # auth.sign_in
    r = admin.post("/users", data={"csrf_token": admin.csrf, "username": "newbie", "role": "viewer",
                                   "password": PASSWORD})             # user.add
    assert r.status_code == 303
    svc, s = web.service()
    with s:
        newbie_id = svc.get_user("newbie").id
    r = admin.post(f"/users/{newbie_id}", data={"csrf_token": admin.csrf, "role": "editor", "active": "yes"})
    assert r.status_code == 303                                        # user.update (a role change)
    eve = web.login("eve")
    r = eve.post(f"/cases/{web.case_id}/members", data={"csrf_token": eve.csrf, "username": "olga",
                                                        "role": "viewer"})
    assert r.status_code == 303                                        # case.member
    assert eve.get(f"/cases/{web.case_id}/documents/{web.document_id}").status_code == 200  # document.view
    assert eve.get(f"/cases/{web.case_id}/documents/{web.document_id}/original").status_code == 200
    assert eve.get(f"/cases/{web.case_id}/report/html").status_code == 200                  # report.export
    from dignity.web.reports import report_functions

    letters = report_functions()
    letter = bool(letters and letters.letter_kinds)
    if letter:
        assert eve.get(f"/cases/{web.case_id}/letter/{letters.letter_kinds[0]}").status_code == 200
    c = web.client()
    r = c.post("/api/v1/auth/token", data={"username": "eve", "password": PASSWORD})     # token.create
    h = {"Authorization": f"Bearer {r.json()['access_token']}"}
    assert c.get(f"/api/v1/cases/{web.case_id}/casefile", headers=h).status_code == 200   # case.export
    assert c.delete(f"/api/v1/auth/tokens/{r.json()['token_id']}", headers=h).status_code == 204  # token.revoke
    assert eve.post("/logout", data={"csrf_token": eve.csrf}).status_code == 303          # auth.sign_out
    return {"letter": letter, "admin": admin}


def test_every_audited_action_is_on_the_admin_audit_page(web):
    done = _do_everything(web)
    admin = done["admin"]
    page = admin.get("/audit").text
    expected = ["auth.sign_in", "auth.sign_in_failed", "auth.sign_out", "user.add", "user.update", "case.member",
                "document.view", "document.download", "report.export", "case.export", "token.create",
                "token.revoke", "document.add", "case.create"]
    if done["letter"]:
        expected.append("letter.export")
    for action in expected:
        assert f"<td>{action}</td>" in page, action
    # the failed sign-in: the name as typed and the address
    assert "nobody-typed-this" in page and "testclient" in page
    # names, not ids
    assert "member olga" in page and "user newbie" in page
    # filters: by action prefix, by user, by case, by period
    auth = admin.get("/audit?action=auth.").text
    assert "<td>auth.sign_in</td>" in auth and "<td>document.view</td>" not in auth
    vic_only = admin.get("/audit?user=vic").text
    assert "<td>document.view</td>" not in vic_only
    eves = admin.get("/audit?user=eve&action=document.view").text
    assert eves.count("<td>document.view</td>") == 1
    typed = admin.get("/audit?user=nobody-typed-this").text
    assert typed.count("<td>auth.sign_in_failed</td>") == 1
    other_case = admin.get(f"/audit?case={web.other_case_id}").text
    assert "<td>document.view</td>" not in other_case and "<td>document.add</td>" in other_case
    assert "<td>auth.sign_in</td>" not in admin.get("/audit?until=2000-01-01").text
    assert "<td>auth.sign_in</td>" in admin.get("/audit?since=2000-01-01").text
    assert admin.get("/audit?since=yesterday").status_code == 400


def test_the_audit_api_and_csv(web):
    _do_everything(web)
    c = web.client()
    ha = web.token("admin")
    entries = c.get("/api/v1/audit?action=document.", headers=ha).json()["entries"]
    assert {"document.view", "document.download", "document.add"} <= {e["action"] for e in entries}
    view = next(e for e in entries if e["action"] == "document.view")
    assert view["user"] == "eve" and view["case"] == web.case_name and view["kind"] == "access"
    assert view["object"].startswith(f"document {web.document_id}")
    r = c.get("/api/v1/audit?format=csv&action=auth.", headers=ha)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert {"auth.sign_in", "auth.sign_in_failed", "auth.sign_out"} <= {row["action"] for row in rows}
    failed = next(row for row in rows if row["action"] == "auth.sign_in_failed")
    assert failed["address"] and "nobody-typed-this" in failed["after"]
    page_csv = web.login("admin").get("/audit.csv?user=eve")
    assert page_csv.status_code == 200 and "document.view" in page_csv.text
    assert "attachment" in page_csv.headers["content-disposition"]


def test_members_read_their_cases_log_only(web):
    _do_everything(web)
    c = web.client()
    he = web.token("ed")
    # not the whole log
    assert c.get("/api/v1/audit", headers=he).status_code == 403
    assert web.login("ed").get("/audit").status_code == 403
    assert web.login("ed").get("/audit.csv").status_code == 403
    # their case's, yes; another case is 404, as everywhere
    entries = c.get(f"/api/v1/audit?case={web.case_id}", headers=he).json()["entries"]
    assert entries and all(e["case_id"] == web.case_id for e in entries)
    assert not any(e["action"].startswith("auth.") or e["action"].startswith("user.") for e in entries)
    assert c.get(f"/api/v1/audit?case={web.other_case_id}", headers=he).status_code == 404
    page = web.login("ed").get(f"/cases/{web.case_id}/audit").text
    assert "member olga" in page and "document.view" in page
