"""Users, passwords, membership, NotFound/Forbidden, and the audit log."""

from __future__ import annotations

import pytest

from dignity.cases import CaseService, Conflict, Forbidden, InvalidInput, NotFound


@pytest.fixture
def team(svc, admin):
    bob = svc.add_user("bob", "editor", "bob-password", by=admin)
    eve = svc.add_user("eve", "editor", "eve-password", by=admin)
    val = svc.add_user("val", "viewer", "val-password", by=admin)
    return bob, eve, val


def test_local_user_is_created_as_admin_only_in_an_empty_store(session):
    svc = CaseService(session)
    me = svc.local_user("solo")
    assert me.role == "admin" and me.password_hash is None
    assert svc.local_user("solo").id == me.id
    with pytest.raises(NotFound, match="dignity user add someone"):
        svc.local_user("someone")


def test_passwords_are_argon2_hashes_and_authenticate(svc, admin, team):
    bob, _, _ = team
    assert bob.password_hash.startswith("$argon2id$") and "bob-password" not in bob.password_hash
    assert svc.authenticate("bob", "bob-password").id == bob.id
    assert svc.authenticate("bob", "wrong-password") is None
    assert svc.authenticate("nobody", "bob-password") is None
    assert svc.authenticate("bad name!", "x") is None
    assert svc.authenticate(admin.username, "") is None  # no password: no web login
    svc.update_user("bob", by=admin, active=False)
    assert svc.authenticate("bob", "bob-password") is None
    svc.update_user("bob", by=admin, active=True, password="new-password")
    assert svc.authenticate("bob", "new-password").id == bob.id


def test_user_checks(svc, admin, team):
    bob, _, val = team
    with pytest.raises(Conflict):
        svc.add_user("bob", "viewer", "another-one", by=admin)
    with pytest.raises(InvalidInput):
        svc.add_user("short", "viewer", "short", by=admin)
    with pytest.raises(InvalidInput):
        svc.add_user("x", "boss", "long-enough", by=admin)
    with pytest.raises(InvalidInput):
        svc.add_user("two words", "viewer", "long-enough", by=admin)
    with pytest.raises(Forbidden):
        svc.add_user("mallory", "admin", "long-enough", by=bob)
    with pytest.raises(Forbidden):
        svc.update_user("val", by=bob, role="admin")
    svc.update_user("bob", by=bob, password="bob-new-password")  # one's own password
    assert svc.authenticate("bob", "bob-new-password") is not None


def test_members_read_others_get_forbidden_and_missing_is_not_found(svc, admin, team):
    bob, eve, val = team
    case = svc.create_case("Bob's case", bob)
    assert svc.member_role(case, bob) == "owner"
    assert svc.get_case(case.id, bob).id == case.id
    assert svc.get_case("Bob's case", bob).id == case.id
    assert svc.get_case(str(case.id), admin).id == case.id  # admins see every case
    with pytest.raises(Forbidden):
        svc.get_case(case.id, eve)
    with pytest.raises(Forbidden):
        svc.case_file(case.id, eve)
    with pytest.raises(NotFound):
        svc.get_case(case.id + 100, bob)
    with pytest.raises(NotFound):
        svc.get_case("no such case", admin)
    assert [c.id for c in svc.list_cases(eve)] == []
    assert [c.id for c in svc.list_cases(bob)] == [case.id]
    assert case.id in [c.id for c in svc.list_cases(admin)]
    with pytest.raises(Forbidden):  # only owners and admins manage members
        svc.add_member(case, eve, "editor", by=eve)
    svc.add_member(case, eve, "viewer", by=bob)
    assert [c.id for c in svc.list_cases(eve)] == [case.id]


def test_viewers_read_but_do_not_change(svc, admin, team, two_docs):
    bob, eve, val = team
    case = svc.create_case("Case", bob)
    [res] = svc.add_documents(case, [two_docs[0]], bob)
    fact = svc.current_facts(case, bob)[0]
    svc.add_member(case, eve, "viewer", by=bob)
    svc.add_member(case, val, "editor", by=bob)  # a viewer stays a viewer in every case
    for who in (eve, val):
        assert svc.case_file(case, who).documents
        with pytest.raises(Forbidden):
            svc.review_fact(fact.id, who, "accept")
        with pytest.raises(Forbidden):
            svc.add_documents(case, [two_docs[1]], who)
    with pytest.raises(Forbidden):
        svc.create_case("Val's own", val)
    svc.add_member(case, eve, "editor", by=bob)
    assert svc.review_fact(fact.id, eve, "accept").review_status == "accepted"
    assert svc.get_fact(fact.id, eve).reviewed_by == eve.id


def test_deactivated_users_are_forbidden(svc, admin, team):
    bob, _, _ = team
    case = svc.create_case("Case", bob)
    svc.update_user("bob", by=admin, active=False)
    with pytest.raises(Forbidden):
        svc.get_case(case.id, bob)
    with pytest.raises(Forbidden):
        svc.list_cases(bob)


def test_last_owner_cannot_leave(svc, admin, team):
    bob, eve, _ = team
    case = svc.create_case("Case", bob)
    with pytest.raises(Conflict):
        svc.remove_member(case, bob, by=bob)
    svc.add_member(case, eve, "owner", by=bob)
    svc.remove_member(case, bob, by=eve)
    with pytest.raises(Forbidden):
        svc.get_case(case.id, bob)


def test_case_names_and_kinds_are_checked(svc, admin):
    svc.create_case("Facility X", admin, kind="facility")
    with pytest.raises(Conflict):
        svc.create_case("Facility  X ", admin)
    with pytest.raises(InvalidInput):
        svc.create_case("  ", admin)
    with pytest.raises(InvalidInput):
        svc.create_case("12", admin)
    with pytest.raises(InvalidInput):
        svc.create_case("Y", admin, kind="prison")


def test_review_checks_its_action_and_value(svc, admin, two_docs):
    case = svc.create_case("Case", admin)
    svc.add_documents(case, [two_docs[0]], admin)
    fact = next(f for f in svc.current_facts(case, admin) if f.type == "confinement_hours")
    with pytest.raises(InvalidInput):
        svc.review_fact(fact.id, admin, "approve")
    with pytest.raises(InvalidInput):
        svc.review_fact(fact.id, admin, "edit")
    with pytest.raises(InvalidInput):
        svc.review_fact(fact.id, admin, "edit", value={"evidence": []})
    with pytest.raises(InvalidInput):
        svc.review_fact(fact.id, admin, "edit", value={"negated": "perhaps"})
    with pytest.raises(NotFound):
        svc.review_fact(999999, admin, "accept")
    f = svc.review_fact(fact.id, admin, "edit", value={"negated": True, "value": 20})
    assert f.negated is True and f.edited_value == {"negated": True, "value": 20}
    f = svc.review_fact(fact.id, admin, "accept")
    assert f.negated is False and f.edited_value is None and f.review_status == "accepted"


def test_every_change_is_in_the_audit_log_with_before_and_after(svc, admin, team, two_docs):
    bob, eve, _ = team
    case = svc.create_case("Audited", bob)
    svc.add_member(case, eve, "viewer", by=bob)
    [res] = svc.add_documents(case, [two_docs[0]], bob)
    fact = next(f for f in svc.current_facts(case, bob) if f.type == "constant_light")
    svc.review_fact(fact.id, bob, "reject", note="dimmed at night")
    svc.review_fact(fact.id, bob, "edit", value={"negated": True}, note="they are switched off")
    log = svc.audit_log(case, eve)
    assert [e.action for e in log] == ["case.create", "case.member", "document.add", "fact.reject", "fact.edit"]
    assert all(e.user is not None and e.at is not None for e in log)
    create, member, add, reject, edit = log
    assert create.before is None and create.after["name"] == "Audited" and create.user.username == "bob"
    assert member.after == {"user": "eve", "role": "viewer"}
    assert add.object_type == "document" and add.object_id == str(res.document_id)
    assert add.after["sha256"] == res.sha256 and add.after["facts"] == res.facts
    assert reject.object_id == str(fact.id)
    assert reject.before["review_status"] == "unreviewed" and reject.after["review_status"] == "rejected"
    assert reject.after["note"] == "dimmed at night" and reject.after["reviewed_by"] == bob.id
    assert edit.before["review_status"] == "rejected" and edit.after["edited_value"] == {"negated": True}
    assert svc.audit_log(case, eve, limit=2) == log[-2:]
    with pytest.raises(Forbidden):
        svc.audit_log(case, svc.get_user("val"))


def test_no_account_is_made_without_a_password_unless_asked_for(session):
    from dignity.cases import CaseService, InvalidInput, NotFound

    svc = CaseService(session)
    # an empty store: the CLI's user is not made silently when the caller says so
    with pytest.raises(NotFound, match="no users yet"):
        svc.local_user("root", create=False)
    assert not svc.has_users()
    # a password, or an explicit "without one"
    with pytest.raises(InvalidInput, match="needs a password"):
        svc.add_user("ana", "admin", None)
    assert not svc.has_users()
    ana = svc.add_user("ana", "admin", "a long password")
    local = svc.add_user("cli-only", "editor", None, by=ana, without_password=True)
    assert local.password_hash is None and svc.authenticate("cli-only", "") is None
    assert [u.username for u in svc.list_users()] == ["ana", "cli-only"]
