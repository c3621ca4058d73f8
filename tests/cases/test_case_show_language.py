"""``dignity case show`` and ``case people`` label in the case's language (issue 12): fact
types, values, statuses, review statuses and rule titles from the label tables the exports
read (``dignity/report/locales/<lang>.yaml``), the documents' language by default and
``--lang`` over it; the documents' own words stay as written."""

from __future__ import annotations

import json
from pathlib import Path


from dignity.labels import review_label, rule_label, status_label, type_label

ROOT = Path(__file__).resolve().parents[2]
FRENCH = ROOT / "examples" / "lettre-avocat.txt"


def _cli(cli):
    """``cli`` (the ``case_cli`` fixture) with case K made of the French example letter."""
    assert cli("case", "new", "K").exit_code == 0
    assert cli("case", "add", "K", str(FRENCH)).exit_code == 0
    return cli


def test_case_show_labels_a_french_case_in_french(case_cli):
    cli = _cli(case_cli)
    shown = cli("case", "show", "K")
    assert shown.exit_code == 0, shown.stderr
    text = " ".join(shown.stdout.split())
    assert review_label("unreviewed", "fr") in text and review_label("unreviewed", "en") not in text
    french_types = [type_label(t, "fr") for t in ("solitary", "confinement_hours", "overcrowding", "family_visits",
                                                   "medical_care", "cell_space", "sanitation", "restraints")]
    assert any(label in text for label in french_types), text
    # statuses in the findings' counts: French words, not English ones
    assert status_label("insufficient_information", "fr").lower() in text
    assert status_label("insufficient_information", "en").lower() not in text


def test_case_show_lang_overrides_and_is_checked(case_cli):
    cli = _cli(case_cli)
    english = cli("case", "show", "K", "--lang", "en")
    assert english.exit_code == 0 and review_label("unreviewed", "en") in english.stdout
    bad = cli("case", "show", "K", "--lang", "de")
    assert bad.exit_code == 2 and "--lang: 'de'" in bad.stderr
    people = cli("case", "people", "K")
    assert people.exit_code == 0, people.stderr
    text = " ".join(people.stdout.split())
    assert rule_label("mandela-13", "fr") in text and rule_label("mandela-13", "en") not in text
    assert status_label("concern", "fr").lower() in text and status_label("concern", "en").lower() not in text


def test_case_show_headings_follow_the_labels_language(case_cli):
    """The headings, the counts line, the table's columns and the person's note come from
    the locale table too: a French case reads in French throughout, and --lang es in Spanish."""
    from dignity.report.i18n import locale

    cli = _cli(case_cli)
    french = " ".join(cli("case", "show", "K").stdout.split())
    fr = locale("fr")
    for key in ("findings", "timeline", "documents", "facts"):
        assert fr.t(f"casefile.show.{key}") in french, (key, french)
    assert "Constats (par personne)" in french and "Dossier 1 : K" in french
    assert "faits (non revus" in french and "langue" in french and "extracteur" in french
    for english in ("Findings (by person)", "Timeline", "(merged; fact ids in brackets)", "created",
                    "unreviewed", "the detainee the case is about"):
        assert english not in french, english
    assert "la personne détenue objet du dossier" in french

    spanish = " ".join(cli("case", "show", "K", "--lang", "es").stdout.split())
    assert "Hallazgos (por persona)" in spanish and "Cronología" in spanish and "Expediente 1: K" in spanish
    assert "hechos (sin revisar" in spanish and "Findings" not in spanish and "Timeline" not in spanish

    english = " ".join(cli("case", "show", "K", "--lang", "en").stdout.split())
    assert "Findings (by person)" in english and "Timeline" in english and "Case 1: K" in english
    assert "(merged; fact ids in brackets)" in english and "facts (unreviewed" in english


def test_case_people_headings_follow_the_labels_language(case_cli):
    cli = _cli(case_cli)
    listed = cli("case", "people", "K", "-f", "json")
    person = json.loads(listed.stdout)[0]["id"]
    french = " ".join(cli("case", "people", "K", "--person", person).stdout.split())
    assert "Faits" in french and "Chronologie" in french and "Documents" in french
    assert "Timeline" not in french and " facts)" not in french
    spanish = " ".join(cli("case", "people", "K", "--person", person, "--lang", "es").stdout.split())
    assert "Hechos" in spanish and "Cronología" in spanish and "Documentos" in spanish
    assert "la persona detenida a la que se refiere el expediente" in spanish
