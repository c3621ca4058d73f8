"""`dignity case ...` and `dignity user ...` through typer's CliRunner on a SQLite file."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from dignity.cli.main import app


@pytest.fixture
def cli(tmp_path, monkeypatch):
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.delenv("DIGNITY_DATABASE_URL", raising=False)
    runner = CliRunner()

    def run(*args: str, user: str | None = "ana", input: str | None = None):
        argv = [*args, "--db", db] + (["--user", user] if user else [])
        return runner.invoke(app, argv, input=input)

    return run


def _ok(result):
    assert result.exit_code == 0, (result.exit_code, result.stdout, result.stderr)
    return result


def test_a_researcher_starts_without_setup(cli, two_docs, tmp_path):
    letter, note = two_docs
    r = _ok(cli("case", "new", "Ahmed Said"))
    assert "created case 1: Ahmed Said (detainee)" in r.stdout
    bad = tmp_path / "bad.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 32)
    r = cli("case", "add", "Ahmed Said", str(letter), str(tmp_path / "missing.txt"), str(bad), str(note))
    assert r.exit_code == 2
    lines = r.stderr.strip().splitlines()
    assert lines == [f"dignity: {tmp_path / 'missing.txt'}: does not exist",
                     f"dignity: {bad}: " + lines[1].split(": ", 2)[2]]
    assert "Traceback" not in r.stdout + r.stderr
    assert "2 added, 2 failed" in r.stdout
    r = _ok(cli("case", "add", "1", str(letter)))
    assert "skipped" in r.stdout and "already in case" in r.stdout and "0 added, 1 already there" in r.stdout

    r = _ok(cli("case", "list", "--format", "json"))
    [row] = json.loads(r.stdout)
    assert row["name"] == "Ahmed Said" and row["documents"] == 2 and row["role"] == "owner"
    assert row["facts"] == row["unreviewed"] > 0
    r = _ok(cli("case", "list"))
    assert "Ahmed Said" in r.stdout

    r = _ok(cli("case", "show", "Ahmed Said"))
    for part in ("Case 1: Ahmed Said", "Findings", "Documents", "Facts", "Contradictions", "Timeline",
                 "letter.txt", "visit-note.txt", "2021-04-15"):
        assert part in r.stdout, part


def test_review_export_and_log(cli, seed_path, tmp_path):
    _ok(cli("case", "new", "Guzman"))
    _ok(cli("case", "add", "Guzman", seed_path))
    r = _ok(cli("case", "facts", "Guzman"))
    light_id = next(line.split()[0] for line in r.stdout.splitlines() if "Constant light" in line)
    before = json.loads(_ok(cli("case", "export", "Guzman", "--format", "json")).stdout)
    status = {f["id"]: f["status"] for f in before["findings"]}
    assert status["mandela-43-1-c"] == "concern"  # one NGO's word, relayed by a newspaper (issue 11)

    r = _ok(cli("case", "review", light_id, "reject", "--note", "the lights are dimmed"))
    assert f"fact {light_id} (Constant light): rejected by ana" in r.stdout
    after = json.loads(_ok(cli("case", "export", "Guzman", "--format", "json")).stdout)
    status = {f["id"]: f["status"] for f in after["findings"]}
    assert status.get("mandela-43-1-c", "insufficient_information") == "insufficient_information"
    assert int(light_id) in after["excluded_facts"]
    shown = json.loads(_ok(cli("case", "show", "Guzman", "--format", "json")).stdout)
    assert "facts" not in shown  # every fact is in 'merged', with its sources
    assert {k: v for k, v in after.items() if k not in ("facts", "generated_at")} == \
        {k: v for k, v in shown.items() if k != "generated_at"}

    hours_id = next(str(f["fact_ids"][0]) for f in after["merged"] if f["type"] == "confinement_hours")
    _ok(cli("case", "review", hours_id, "edit", "--value", "22"))
    _ok(cli("case", "review", hours_id, "edit", "--value", '{"value": 21, "negated": false}'))
    r = cli("case", "review", hours_id, "edit")
    assert r.exit_code != 0 and r.stderr.startswith("dignity: edit needs --value")
    r = _ok(cli("case", "facts", "Guzman", "--status", "edited"))
    assert "Confinement hours: 21 hours a day" in r.stdout

    out = tmp_path / "case.html"
    r = _ok(cli("case", "export", "Guzman", "--format", "html", "-o", str(out)))
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "Case file: Guzman" in html and "<mark" in html
    md = _ok(cli("case", "export", "Guzman", "-f", "md")).stdout
    assert md.startswith("# Case file: Guzman") and "## Timeline" in md and "## Contradictions" in md

    r = _ok(cli("case", "log", "Guzman"))
    assert "fact.reject" in r.stdout and "fact.edit" in r.stdout and "document.add" in r.stdout
    log = json.loads(_ok(cli("case", "log", "Guzman", "--format", "json")).stdout)
    reject = next(e for e in log if e["action"] == "fact.reject")
    assert reject["before"]["review_status"] == "unreviewed" and reject["after"]["review_status"] == "rejected"


def test_users_membership_and_errors(cli, two_docs):
    _ok(cli("case", "new", "Private", "--kind", "facility"))
    r = _ok(cli("user", "add", "bob", "--role", "editor", "--password-stdin", input="bob-secret-1\n"))
    assert "added user bob (editor)" in r.stdout
    _ok(cli("user", "add", "val", "--role", "viewer", "--password", "val-secret-1"))
    r = _ok(cli("user", "list"))
    assert "ana" in r.stdout and "bob" in r.stdout and "no password" in r.stdout

    r = cli("case", "show", "Private", user="bob")
    assert r.exit_code == 1 and r.stderr == "dignity: bob is not a member of case 'Private'\n"
    r = cli("case", "show", "Nothing")
    assert r.exit_code == 1 and r.stderr == "dignity: no case 'Nothing'\n"
    r = cli("case", "list", user="stranger")
    assert r.exit_code == 1 and "no user 'stranger'" in r.stderr and "Traceback" not in r.stderr
    r = cli("user", "add", "eve", "--role", "admin", "--password", "eve-secret-1", user="bob")
    assert r.exit_code == 1 and "only an admin can add users" in r.stderr
    r = cli("user", "add", "eve", "--role", "admin", "--password", "short")
    assert r.exit_code == 1 and "at least 8 characters" in r.stderr

    _ok(cli("case", "member", "Private", "bob", "--role", "editor"))
    _ok(cli("case", "add", "Private", str(two_docs[0]), user="bob"))
    r = _ok(cli("case", "search", "solitary", user="bob"))
    assert "case 1 (Private)" in r.stdout
    r = _ok(cli("case", "search", "solitary", user="val"))
    assert "no documents match" in r.stdout
    r = cli("case", "new", "Mine", user="val")
    assert r.exit_code == 1 and "viewer" in r.stderr


def test_bad_database_url_is_one_line(cli, tmp_path):
    runner = CliRunner()
    r = runner.invoke(app, ["case", "list", "--db", "nonsense://x"])
    assert r.exit_code == 1 and r.stderr.startswith("dignity: ") and len(r.stderr.strip().splitlines()) == 1
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    r = runner.invoke(app, ["case", "list", "--db", f"sqlite:///{blocker}/sub/x.db"])
    assert r.exit_code == 1 and r.stderr.startswith("dignity: cannot open the database")
    assert len(r.stderr.strip().splitlines()) == 1


def test_reextract_via_cli(cli, two_docs):
    _ok(cli("case", "new", "R"))
    _ok(cli("case", "add", "R", str(two_docs[0])))
    r = _ok(cli("case", "reextract", "R"))
    assert "already extracted by this version" in r.stdout
    r = _ok(cli("case", "reextract", "R", "--force"))
    assert "reviews carried over" in r.stdout


def test_user_add_never_creates_an_account_silently(cli, monkeypatch):
    """On an empty database only NAME is created, and only as an admin; no password
    without a terminal is one line (no GetPassWarning), and nobody is created."""
    r = cli("user", "add", "bob", "--role", "editor", "--password-stdin", input="bob-secret-1\n", user=None)
    assert r.exit_code == 2
    assert r.stderr == ("dignity: this database has no user yet: its first user must be an admin "
                        "(dignity user add bob --role admin)\n")
    r = cli("user", "add", "olga", "--role", "admin", user=None)
    assert r.exit_code == 2
    assert r.stderr == ("dignity: no password for olga, and no terminal to ask for one: pipe it in with "
                        "--password-stdin (or use --no-password)\n")
    r = cli("user", "add", "olga", "--role", "admin", "--password-stdin", input="\n", user=None)
    assert r.exit_code == 2 and "no password on standard input" in r.stderr
    r = _ok(cli("user", "add", "olga", "--role", "admin", "--password-stdin", input="olga-secret-1\n", user=None))
    assert r.stdout == "added user olga (admin), the first user of this database\n"
    r = _ok(cli("user", "list", user="olga"))
    assert [line.split()[:2] for line in r.stdout.splitlines()] == [["olga", "admin"]]
    assert "no password" not in r.stdout
    # on a terminal the password is asked for, twice, hidden
    monkeypatch.setattr("dignity.cli.case_cmd._can_prompt", lambda: True)
    r = _ok(cli("user", "add", "pat", "--role", "viewer", input="pat-secret-1\npat-secret-1\n", user="olga"))
    assert "added user pat (viewer)" in r.stdout
    r = cli("user", "add", "quinn", "--role", "viewer", "--no-password", "--password-stdin", user="olga")
    assert r.exit_code == 2 and "give one of" in r.stderr


def test_user_add_without_a_terminal_prints_no_getpass_warning(tmp_path):
    import os
    import subprocess
    import sys

    env = {**os.environ, "DIGNITY_DATABASE_URL": f"sqlite:///{tmp_path / 'u.db'}"}
    proc = subprocess.run([sys.executable, "-c", "from dignity.cli.main import app; app()", "user", "add",
                           "root2", "--role", "admin"], stdin=subprocess.DEVNULL, capture_output=True,
                          text=True, env=env, timeout=120)
    assert proc.returncode == 2
    assert proc.stderr.splitlines() == ["dignity: no password for root2, and no terminal to ask for one: pipe "
                                        "it in with --password-stdin (or use --no-password)"]


def test_case_people_lists_merges_and_splits(cli, tmp_path):
    from case_texts import NOTE_CHAPO, NOTE_LOERA

    paths = []
    for name, text in (("loera.txt", NOTE_LOERA), ("chapo.txt", NOTE_CHAPO)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    _ok(cli("case", "new", "Joaquin Guzman Loera"))
    _ok(cli("case", "add", "Joaquin Guzman Loera", *paths))
    r = _ok(cli("case", "people", "Joaquin Guzman Loera"))
    lines = [line for line in r.stdout.splitlines() if line and not line.startswith(" ")]
    assert lines[0].startswith("Joaquin Guzman Loera (joaquin-guzman-loera) (the detainee the case is about")
    assert any(line.startswith("El Chapo (chapo)") for line in lines)
    r = _ok(cli("case", "people", "1", "--merge", "El Chapo", "--merge", "Joaquin Guzman Loera",
                "--into", "Joaquin Guzman Loera", "--person", "joaquin-guzman-loera"))
    assert "one person now, Joaquin Guzman Loera" in r.stdout and "also named El Chapo" in r.stdout
    assert "Documents loera.txt, chapo.txt" in r.stdout
    shown = _ok(cli("case", "show", "1")).stdout
    assert "Findings (by person)" in shown and "names grouped by a reviewer" in shown
    out = _ok(cli("case", "people", "1", "--split", "El Chapo", "--format", "json")).stdout
    assert out.startswith("El Chapo: a person of their own now\n")
    data = json.loads(out.split("\n", 1)[1])
    assert [p["name"] for p in data][0] == "Joaquin Guzman Loera" and "El Chapo" in [p["name"] for p in data]
    r = cli("case", "people", "1", "--person", "nobody")
    assert r.exit_code != 0 and "no person 'nobody'" in r.stderr
