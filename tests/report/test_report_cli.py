"""`dignity report` and `dignity letter`: files written, formats, one line per bad input
(exit 2), a folder of one's own templates, and a case from a case database (--db)."""

from __future__ import annotations

import io
import re

import pytest
from report_poppler import pdf_text
from typer.testing import CliRunner

from dignity.cli.main import app


@pytest.fixture
def run(monkeypatch):
    monkeypatch.delenv("DIGNITY_DATABASE_URL", raising=False)
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(app, [str(a) for a in args])

    return invoke


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def test_report_html_file(run, seed_path, tmp_path):
    out = tmp_path / "r.html"
    r = run("report", seed_path, "-o", out, "--title", "The seed", "--prepared-by", "Ana")
    assert r.exit_code == 0, r.stderr
    html = out.read_text(encoding="utf-8")
    assert "<title>The seed</title>" in html and "Ana" in html and html.count("<svg") == 2
    assert _lines(r.stderr) == [f"wrote {out}"]


def test_report_pdf_with_as_of(run, tmp_path):
    doc = tmp_path / "note.txt"
    doc.write_text("Visit note, 3 March 2021. Mr. Ahmed Said told us that the lights in his cell are on "
                   "24 hours a day.\n", encoding="utf-8")
    out = tmp_path / "r.pdf"
    r = run("report", doc, "--format", "pdf", "-o", out, "--title", "Small PDF", "--as-of", "2021-04-01")
    assert r.exit_code == 0, r.stderr
    text = " ".join(pdf_text(out, tmp_path).split())
    assert "Small PDF" in text and "durations counted to 2021-04-01" in text
    assert "Rule 43(1)(c): No dark or permanently lit cell" in text


def test_report_markdown_to_stdout_and_format_from_extension(run, seed_path, tmp_path):
    r = run("report", seed_path, "--format", "md")
    assert r.exit_code == 0, r.stderr
    assert r.stdout.startswith("# Conditions of detention of Joaquin Guzman Loera")
    out = tmp_path / "r.md"
    r = run("report", seed_path, "-o", out)
    assert r.exit_code == 0 and out.read_text(encoding="utf-8").startswith("# ")


def test_bad_input_is_one_line_and_the_rest_is_reported(run, seed_path, tmp_path):
    out = tmp_path / "r.html"
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    r = run("report", tmp_path / "missing.txt", seed_path, empty, "-o", out)
    assert r.exit_code == 2
    lines = _lines(r.stderr)
    assert lines[0].startswith(f"dignity: {tmp_path / 'missing.txt'}: ")
    assert lines[1].startswith(f"dignity: {empty}: ")
    assert lines[2] == f"wrote {out}" and len(lines) == 3
    html = out.read_text(encoding="utf-8")
    assert "Documents that could not be read" in html and "missing.txt" in html


def test_nothing_readable_writes_nothing(run, tmp_path):
    out = tmp_path / "r.html"
    r = run("report", tmp_path / "missing.txt", "-o", out)
    assert r.exit_code == 2 and not out.exists()
    assert len(_lines(r.stderr)) == 1


@pytest.mark.parametrize("args, problem", [
    (["-o", "/no/such/folder/r.html"], "cannot be written"),
    (["-o", "{tmp}"], "is a folder"),
    (["--templates", "{tmp}/nope", "-o", "{tmp}/r.html"], "no such folder"),
])
def test_bad_output_or_templates_is_one_line(run, seed_path, tmp_path, args, problem):
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    r = run("report", seed_path, *args)
    assert r.exit_code == 2
    lines = _lines(r.stderr)
    assert len(lines) == 1 and lines[0].startswith("dignity: ") and problem in lines[0]


def test_letter_docx_with_sender(run, seed_path, tmp_path):
    import docx

    out = tmp_path / "l.docx"
    r = run("letter", "authorities", seed_path, "-o", out, "--sender", "Maria Chen", "--organisation", "Watch")
    assert r.exit_code == 0, r.stderr
    d = docx.Document(io.BytesIO(out.read_bytes()))
    text = "\n".join(p.text for p in d.paragraphs)
    assert "Maria Chen" in text and "[TO CONFIRM: your name]" not in text
    assert any(p.style.name == "Heading 1" for p in d.paragraphs)


@pytest.mark.parametrize("kind", ["visit", "rapporteur", "authorities"])
def test_letter_markdown_to_stdout(run, seed_path, kind):
    r = run("letter", kind, seed_path, "--format", "md")
    assert r.exit_code == 0, r.stderr
    assert "[TO CONFIRM:" in r.stdout and "{{" not in r.stdout


def test_letter_pdf(run, seed_path, tmp_path):
    out = tmp_path / "l.pdf"
    r = run("letter", "visit", seed_path, "-o", out)
    assert r.exit_code == 0, r.stderr
    assert "Request for a monitoring visit to Metropolitan Correctional Center" in " ".join(
        pdf_text(out, tmp_path).split())


def test_binary_letter_needs_a_file_on_a_terminal(run, seed_path, monkeypatch):
    from dignity.cli import report_cmd

    monkeypatch.setattr(report_cmd, "_isatty", lambda stream: True)
    r = run("letter", "visit", seed_path)
    assert r.exit_code == 2 and "give -o FILE" in r.stderr


def test_own_templates_take_precedence(run, seed_path, tmp_path):
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "visit.md.j2").write_text(
        '{% import "_letter.md.j2" as l with context %}'
        "# Our own request to see {{ l.who() }}\n\nBy {{ sender or confirm('who signs') }}.\n", encoding="utf-8")
    r = run("letter", "visit", seed_path, "--format", "md", "--templates", mine)
    assert r.exit_code == 0, r.stderr
    assert r.stdout.startswith("# Our own request to see Joaquin Guzman Loera")
    assert "By [TO CONFIRM: who signs]." in r.stdout
    r = run("letter", "authorities", seed_path, "--format", "md", "--templates", mine)  # not overridden
    assert "## Measures requested" in r.stdout


def test_own_template_can_extend_the_default(run, seed_path, tmp_path):
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "report.html.j2").write_text('{% extends "default/report.html.j2" %}', encoding="utf-8")
    out = tmp_path / "r.html"
    r = run("report", seed_path, "-o", out, "--templates", mine)
    assert r.exit_code == 0, r.stderr
    assert out.read_text(encoding="utf-8").count("<svg") == 2


def test_broken_template_is_one_line(run, seed_path, tmp_path):
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "visit.md.j2").write_text("Hello\n{{ no_such_name }}\n", encoding="utf-8")
    (mine / "rapporteur.md.j2").write_text("{% if %}\n", encoding="utf-8")
    (mine / "authorities.md.j2").write_text("{{ ''.__class__.__mro__ }}\n", encoding="utf-8")
    for kind, problem in (("visit", "'no_such_name' is undefined"), ("rapporteur", "line 1"),
                          ("authorities", "unsafe")):
        r = run("letter", kind, seed_path, "--format", "md", "--templates", mine)
        assert r.exit_code == 2, (kind, r.stdout)
        lines = _lines(r.stderr)
        assert len(lines) == 1 and lines[0].startswith(f"dignity: {mine / (kind + '.md.j2')}"), lines
        assert problem in lines[0], lines
        assert r.stdout == ""


def test_case_from_a_case_database(run, seed_path, tmp_path):
    db = f"sqlite:///{tmp_path / 'cases.db'}"
    assert run("case", "new", "Guzman", "--db", db, "--user", "ana").exit_code == 0
    added = run("case", "add", "Guzman", seed_path, "--db", db, "--user", "ana")
    assert added.exit_code == 0, added.stderr
    r = run("report", "Guzman", "--db", db, "--user", "ana", "--format", "md", "--prepared-by", "Ana")
    assert r.exit_code == 0, r.stderr
    assert r.stdout.startswith("# Guzman") and "- **Case:** Guzman (case 1)" in r.stdout
    assert "Rule 43(1)(c): No dark or permanently lit cell" in r.stdout
    assert "## Contradictions between sources" in r.stdout
    r = run("letter", "authorities", "1", "--db", db, "--user", "ana", "--format", "md")
    assert r.exit_code == 0, r.stderr
    measures = re.findall(r"^### Measure \d+: ", r.stdout, re.M)  # "rule 43(1)(c)", "ICCPR art. 7"
    assert len(measures) >= 3 and r.stdout.count("**We ask that you**") == len(measures)
    r = run("report", "Nobody", "--db", db, "--user", "ana", "--format", "md")
    assert r.exit_code == 2 and _lines(r.stderr) == ["dignity: Nobody: no case 'Nobody'"]
    r = run("report", "Guzman", "Other", "--db", db, "--user", "ana", "--format", "md")
    assert r.exit_code == 2 and "give one case" in r.stderr


def test_case_from_the_default_database(run, seed_path, tmp_path, monkeypatch):
    """Without --db, report and letter find a case where `dignity case` keeps it."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("DIGNITY_USER", "ana")
    assert run("case", "new", "Guzman").exit_code == 0
    assert run("case", "add", "Guzman", seed_path).exit_code == 0
    assert (tmp_path / "data" / "dignity" / "dignity.db").exists()
    r = run("report", "Guzman", "--format", "md")
    assert r.exit_code == 0, r.stderr
    assert r.stdout.startswith("# Guzman")
    r = run("letter", "authorities", "Guzman", "--format", "md")
    assert r.exit_code == 0, r.stderr
    r = run("report", "Nobody", "--format", "md")
    assert r.exit_code == 2
    assert _lines(r.stderr) == [f"dignity: Nobody: does not exist (not a file, nor a case in "
                                f"sqlite:///{tmp_path / 'data' / 'dignity' / 'dignity.db'})"]


def test_no_file_and_no_default_database(run, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "empty"))
    r = run("report", str(tmp_path / "missing.txt"), "--format", "md")
    assert r.exit_code == 2
    assert _lines(r.stderr) == [f"dignity: {tmp_path / 'missing.txt'}: does not exist (not a file, and there "
                                f"is no case database at {tmp_path / 'empty' / 'dignity' / 'dignity.db'})"]
    assert not (tmp_path / "empty").exists()


@pytest.mark.parametrize("args, problem", [
    (("report", "-o", "{out}/x.docx", "--format", "html"),
     "this command writes html, pdf or md, not DOCX; give a file name ending in one of those"),
    (("report", "-o", "{out}/x.docx"),
     "this command writes html, pdf or md, not DOCX; give a file name ending in one of those"),
    (("report", "-o", "{out}/x.pdf", "--format", "md"), "the extension says pdf but --format is md; make them agree"),
    (("letter", "visit", "-o", "{out}/x.html"),
     "this command writes docx, pdf or md, not HTML; give a file name ending in one of those"),
    (("letter", "visit", "-o", "{out}/x.md", "--format", "docx"),
     "the extension says md but --format is docx; make them agree"),
])
def test_output_extension_and_format_must_agree(run, seed_path, tmp_path, args, problem):
    args = [a.format(out=tmp_path) for a in args]
    kind_end = 2 if args[0] == "letter" else 1
    r = run(*args[:kind_end], seed_path, *args[kind_end:])
    assert r.exit_code == 2
    out = next(a for a in args if a.startswith(str(tmp_path)))
    assert _lines(r.stderr) == [f"dignity: {out}: {problem}"]
    assert list(tmp_path.iterdir()) == []


def test_format_from_the_extension_of_a_letter(run, seed_path, tmp_path):
    out = tmp_path / "l.md"
    r = run("letter", "visit", seed_path, "-o", out)
    assert r.exit_code == 0, r.stderr
    assert not out.read_bytes().startswith(b"PK")
