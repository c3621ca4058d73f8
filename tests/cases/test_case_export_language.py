"""A case file's Markdown and HTML exports in the reader's language (issue 12): the case's
documents' language by default, ``lang`` (``--lang``) over it; statuses, review statuses,
fact types, rule titles, questions and the reasoning from the same tables the reports use;
the documents' own words quoted as written; JSON keeps the machine names."""

from __future__ import annotations

from pathlib import Path

from dignity.cases import Upload
from dignity.cases.export import to_html, to_json, to_markdown

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = {"es": ROOT / "examples" / "carta-visita.txt", "fr": ROOT / "examples" / "lettre-avocat.txt"}

#: our English words an export in Spanish or French must not say (outside the documents' words)
ENGLISH = ["Case file:", "## Summary", "## Findings", "## People", "## Contradictions", "## Facts", "## Timeline",
           "## Documents", "Subject:", "Basis:", "Open questions:", "Against:", "Left out", "(document ", "fact ",
           "not reviewed", "accepted", "violation likely", "insufficient information", "the detainee the case",
           "Under rule", "alleged by", "No finding"]


def _case(svc, admin, lang):
    case = svc.create_case(f"Caso {lang}", admin)
    [r] = svc.add_documents(case, [Upload(EXAMPLES[lang].read_bytes(), EXAMPLES[lang].name)], admin)
    assert r.facts > 0
    return svc.case_file(case, admin, include_text=True)


#: the same words in French
FRENCH_TOO = {"## Contradictions", "## Documents", "(document "}


def _english_left(text: str, lang: str = "es") -> list[str]:
    return [w for w in ENGLISH if w in text and not (lang == "fr" and w in FRENCH_TOO)]


def test_a_spanish_case_exports_in_spanish(svc, admin):
    cf = _case(svc, admin, "es")
    assert cf.findings
    md, html = to_markdown(cf), to_html(cf)
    assert md.startswith("# Expediente: Caso es") and "## Resumen" in md and "## Hallazgos" in md
    assert "Preguntas pendientes:" in md and "## Cronología" in md
    assert '<html lang="es">' in html and "<h2>Hallazgos</h2>" in html
    assert _english_left(md) == [] and _english_left(html) == []
    # a finding's rule title as the Spanish pack says it; its status as the label table does
    title = next(f for f in cf.findings if f.rule.startswith("mandela-"))
    from dignity.report.i18n import locale

    assert f"### {locale('es').title_of(title.rule, title.title)}" in md.replace("\\", "")


def test_a_french_case_exports_in_french_and_lang_overrides(svc, admin):
    cf = _case(svc, admin, "fr")
    md = to_markdown(cf)
    assert md.startswith("# Dossier : Caso fr") and "## Synthèse" in md and "## Constats" in md
    assert _english_left(md, "fr") == []
    english = to_markdown(cf, "en")
    assert english.startswith("# Case file: Caso fr") and "## Findings" in english
    assert to_markdown(cf, "es").startswith("# Expediente: Caso fr")


def test_json_keeps_the_machine_names(svc, admin):
    cf = _case(svc, admin, "es")
    text = to_json(cf)
    assert '"status": "' in text and "Expediente" not in text and "Hallazgos" not in text


def test_case_export_lang_on_the_command_line(case_cli):
    cli = case_cli
    assert cli("case", "new", "K").exit_code == 0
    assert cli("case", "add", "K", str(EXAMPLES["fr"])).exit_code == 0
    default = cli("case", "export", "K", "--format", "md")
    assert default.exit_code == 0 and default.stdout.startswith("# Dossier : K")
    spanish = cli("case", "export", "K", "--format", "html", "--lang", "es")
    assert spanish.exit_code == 0 and '<html lang="es">' in spanish.stdout and "Expediente: K" in spanish.stdout
    bad = cli("case", "export", "K", "--format", "md", "--lang", "de")
    assert bad.exit_code == 2 and "--lang: 'de'" in bad.stderr and bad.stdout == ""
