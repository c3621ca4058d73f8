"""Reports and letters in the reader's language (issue 12, part 3): Spanish and French
headings, status names, [TO CONFIRM] marks, rule paraphrases and measures; the formal
conventions of a letter to Mexican authorities or a consulate, and to the CGLPL; quotes
kept in the documents' words; English unchanged; every locale has every key, and a
missing one falls back to English."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
import yaml
from report_poppler import pdf_text
from typer.testing import CliRunner

from dignity.report import LetterOptions, ReportData, render_html, render_letter, render_letter_markdown
from dignity.report import render_markdown
from dignity.report.i18n import LANGUAGES, Locale, fields_of, locale, locale_keys, pick_language, rule_texts
from dignity.report.letters import CONFIRM_RE, load_measures

ROOT = Path(__file__).resolve().parents[2]
VISIT_NOTE = ROOT / "examples" / "visit-note.txt"
LAWYER = ROOT / "examples" / "lawyer-letter.txt"
STANDARDS = ROOT / "dignity" / "assess" / "standards"

#: Our English words that must not be left in a Spanish or French report or letter.
ENGLISH_TEMPLATE_TEXT = ["## Summary", "## Findings", "Method and limits", "Contradictions between sources",
                         "Conditions by source document", "Our paraphrase, not the official text", "Open questions",
                         "[TO CONFIRM", "Dear ", "Yours sincerely", "Violation likely", "Insufficient information",
                         "Request for measures", "What rule", "We ask that you", "Measures requested",
                         "at character", "the same words also in", "Timeline of documents and conditions"]


@pytest.fixture(scope="module")
def data():
    import dignity

    return ReportData.from_assessment(dignity.assess(VISIT_NOTE), prepared_by="Equipo de prueba", date="2026-12-01")


@pytest.fixture(scope="module")
def reports(data):
    return {lang: render_markdown(data, lang=lang, charts=False) for lang in LANGUAGES}


@pytest.fixture(scope="module")
def letters(data):
    out = {}
    for lang in LANGUAGES:
        for kind in ("visit", "rapporteur", "authorities"):
            out[lang, kind] = render_letter_markdown(kind, data, lang=lang)
    return out


def _english_leaves() -> list[str]:
    """Long sentences of our English template text (no placeholder), which no other
    language's output may contain."""
    en = locale("en")
    out = []
    for key in sorted(locale_keys("en")):
        if key.split(".")[0] not in ("report", "letter", "visit", "authorities", "rapporteur", "quote", "chart"):
            continue
        value = en.raw(key)
        values = list(value.values()) if isinstance(value, dict) else [value]
        for v in values:
            text = re.sub(r"<[^>]+>|\*", "", " ".join(str(v).split()))
            if len(text) >= 25 and "{" not in text:
                out.append(text)
    return out


# ----------------------------------------------------------------------------- the report


def test_spanish_report_headings_statuses_and_rules(reports, data):
    md = reports["es"]
    for heading in ("## Resumen", "## Hallazgos", "## Contradicciones entre las fuentes", "## Cronología",
                    "## Condiciones por documento fuente", "## Fuentes", "## Método y límites"):
        assert f"\n{heading}\n" in md, heading
    assert "| Violación probable |" in md and "| Motivo de preocupación |" in md
    assert "### Información insuficiente (" in md and "### Cumple (" in md
    # the rule, in our Spanish words, beside its number
    assert "#### Regla 43(1)(c): Ninguna celda a oscuras ni iluminada sin pausa" in md
    assert "ninguna restricción ni sanción puede consistir en mantener a una persona en una celda oscura" in md.lower()
    assert "*(Paráfrasis nuestra, no el texto oficial.)*" in md
    assert "Reglas Nelson Mandela" in md and "Reglas Mínimas de las Naciones Unidas" in md
    # open questions from the catalogue, translated; the basis in Spanish
    assert "¿Se puede atenuar o apagar la luz por la noche" in md
    assert "afirmado por el autor del documento" in md
    # the evidence stays in the document's own words
    assert "lights are kept on 24 hours" in md
    assert "en el carácter" in md
    assert "- **Fuentes:** 1 documento, " in md  # a plural form by its count


def test_french_report_headings_statuses_and_rules(reports):
    md = reports["fr"]
    for heading in ("## Synthèse", "## Constats", "## Contradictions entre les sources", "## Chronologie",
                    "## Sources", "## Méthode et limites"):
        assert f"\n{heading}\n" in md, heading
    assert "| Violation probable |" in md and "| Préoccupation |" in md
    assert "### Informations insuffisantes (" in md
    assert "#### Règle 43(1)(c) : Ni cellule obscure, ni cellule éclairée en permanence" in md
    assert "*(Notre paraphrase, non le texte officiel.)*" in md
    assert "Règles Nelson Mandela" in md
    assert "La lumière peut-elle être baissée ou éteinte la nuit" in md
    assert "lights are kept on 24 hours" in md  # quotes as written


@pytest.mark.parametrize("lang", ["es", "fr"])
def test_no_english_template_text_left(reports, letters, lang):
    outputs = [reports[lang]] + [letters[lang, k] for k in ("visit", "rapporteur", "authorities")]
    for text in outputs:
        flat = " ".join(re.sub(r"[*\\]", "", text).split())
        for phrase in ENGLISH_TEMPLATE_TEXT + _english_leaves():
            assert phrase not in flat, (lang, phrase)


def test_spanish_html_report_is_marked_spanish_and_its_charts_speak_it(data):
    html = render_html(data, lang="es")
    assert '<html lang="es">' in html
    assert "<h2>Resumen</h2>" in html and "Paráfrasis" not in html  # the HTML has its own sentence
    assert "Cronología de documentos y condiciones" in html  # the chart's title, in its <title> and caption
    assert "Horas de encierro" in html  # a row of the conditions chart
    assert "Timeline of documents" not in html and "Confinement hours" not in html


def test_english_is_the_default_and_unchanged(data, reports):
    assert render_markdown(data, charts=False) == reports["en"]
    assert render_letter_markdown("authorities", data) == render_letter_markdown("authorities", data, lang="en")
    assert "## Summary" in reports["en"] and "[TO CONFIRM: your name]" in render_letter_markdown("visit", data)


def test_the_documents_language_is_the_default(data):
    spanish = data.model_copy(deep=True)
    for d in spanish.documents:
        d.language = "es"
    assert "## Resumen" in render_markdown(spanish, charts=False)
    assert "## Summary" in render_markdown(spanish, charts=False, lang="en")  # --lang wins
    assert pick_language(None, ["fr", "es", "fr", None]) == "fr"
    assert pick_language(None, ["de", "pt"]) == "en"  # no locale: English
    assert pick_language("ES-mx", ["fr"]) == "es"


# ----------------------------------------------------------------------------- letters


def test_spanish_letter_to_a_mexican_consulate(data):
    md = render_letter_markdown("authorities", data, LetterOptions(recipient="consulado"), lang="es")
    lines = md.splitlines()
    # lugar y fecha; destinatario y PRESENTE; Asunto; saludo con dos puntos; despedida
    assert "[A CONFIRMAR: ciudad donde se firma la carta], a 1 de diciembre de 2026" in lines
    i = lines.index("Titular del Consulado de México en [A CONFIRMAR: ciudad]\\")
    assert lines[i + 1] == "PRESENTE"
    assert "# Solicitud de medidas respecto de la detención de Daniel Okafor" in lines
    assert any(line.startswith("**Asunto:** condiciones de detención de Daniel Okafor") for line in lines)
    assert "Distinguido(a) Cónsul:" in lines
    assert "Atentamente," in lines and "Sin otro particular, le enviamos un cordial saludo." in lines
    # one measure per finding, in Spanish, after its Spanish rule
    assert "### Medida 1: regla " in md
    assert "**Le solicitamos** fijar una fecha de término del aislamiento" in md
    assert "**Lo que exige la regla 43(1)(a).** Ninguna restricción ni sanción" in md
    marks = CONFIRM_RE.findall(md)
    assert "[A CONFIRMAR: su nombre]" in marks and not any(m.startswith("[TO CONFIRM") for m in marks)
    assert "«" in md and "»" in md  # Spanish quotation marks around the documents' own words


def test_french_letter_to_the_cglpl(data):
    md = render_letter_markdown("authorities", data, LetterOptions(recipient="CGLPL", sender="Claire Martin"),
                                lang="fr")
    lines = md.splitlines()
    assert "[À CONFIRMER : la ville où la lettre est signée], le 1er décembre 2026" in lines
    assert "Contrôleur général des lieux de privation de liberté (CGLPL)\\" in lines
    assert any(line.startswith("**Objet :** conditions de détention de Daniel Okafor") for line in lines)
    # formule d'appel, reprise dans la formule de politesse
    address = "[À CONFIRMER : Madame la Contrôleure générale, ou Monsieur le Contrôleur général]"
    assert f"{address}," in lines
    assert f"Nous vous prions d'agréer, {address}, l'expression de notre haute considération." in lines
    assert "**Nous vous demandons** de fixer une date de fin de l'isolement" in md
    assert "«\u00a0" in md and "\u00a0»" in md
    assert "Claire Martin" in md and "[À CONFIRMER : votre nom]" not in md


def test_french_letter_with_no_named_recipient_says_madame_monsieur(data):
    md = render_letter_markdown("visit", data, lang="fr")
    assert "\nMadame, Monsieur,\n" in md
    assert "Nous vous prions d'agréer, Madame, Monsieur, l'expression de notre haute considération." in md
    assert "# Demande de visite de contrôle à Northgate Remand Centre" in md


def test_rapporteur_letter_in_spanish_keeps_its_fields(letters):
    md = letters["es", "rapporteur"]
    for heading in ("## 1. La presunta víctima", "## 2. El lugar de detención", "## 5. Los hechos",
                    "## 8. Consentimiento", "## Fuentes"):
        assert f"\n{heading}\n" in md
    assert "[A CONFIRMAR: fecha de nacimiento o edad]" in md and "[A CONFIRMAR: sí o no]" in md


def test_spanish_letter_as_docx_and_pdf(data, tmp_path):
    import docx

    raw = render_letter("authorities", data, "docx", LetterOptions(recipient="consulado"), lang="es")
    doc = docx.Document(io.BytesIO(raw))
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert "Solicitud de medidas respecto de la detención de Daniel Okafor" in headings
    assert {"Medidas solicitadas", "Respuesta", "Fuentes"} <= set(headings)
    assert doc.core_properties.title == "Solicitud de medidas sobre condiciones de detención"
    highlighted = [r.text for p in doc.paragraphs for r in p.runs if r.font.highlight_color is not None]
    assert "[A CONFIRMAR: su nombre]" in highlighted
    text = "\n".join(p.text for p in doc.paragraphs)
    for phrase in ("Measures requested", "Dear ", "Yours sincerely", "[TO CONFIRM"):
        assert phrase not in text

    pdf = render_letter("visit", data, "pdf", lang="es")
    flat = " ".join(pdf_text(pdf, tmp_path).split())
    assert "Solicitud de visita de supervisión a Northgate Remand Centre" in flat
    assert "Motivos de la solicitud" in flat and "[A CONFIRMAR: su nombre]" in flat
    assert "Why we ask to visit" not in flat


def test_spanish_report_as_pdf(data, tmp_path):
    from dignity.report import render_pdf

    flat = " ".join(pdf_text(render_pdf(data, lang="es"), tmp_path).split())
    for heading in ("Resumen", "Hallazgos", "Método y límites", "Violación probable"):
        assert heading in flat
    for phrase in ("Method and limits", "Violation likely", "Contradictions between sources"):
        assert phrase not in flat


# ----------------------------------------------------------------------------- the CLI


def test_cli_lang_option(tmp_path, monkeypatch):
    from dignity.cli.main import app

    monkeypatch.delenv("DIGNITY_DATABASE_URL", raising=False)
    runner = CliRunner()
    out = tmp_path / "informe.md"
    r = runner.invoke(app, ["report", str(VISIT_NOTE), "--lang", "es", "-o", str(out)])
    assert r.exit_code == 0, r.stderr
    assert "## Resumen" in out.read_text(encoding="utf-8")
    out = tmp_path / "lettre.md"
    r = runner.invoke(app, ["letter", "authorities", str(VISIT_NOTE), "--lang", "fr", "--recipient", "cglpl",
                            "-o", str(out)])
    assert r.exit_code == 0, r.stderr
    assert "**Objet :**" in out.read_text(encoding="utf-8")
    r = runner.invoke(app, ["report", str(VISIT_NOTE), "--lang", "de", "-o", str(tmp_path / "x.md")])
    assert r.exit_code == 2
    assert r.stderr.strip().splitlines() == [
        "dignity: --lang: 'de' is not a language Dignity writes reports in (en, es, fr)"]
    assert not (tmp_path / "x.md").exists()


# ----------------------------------------------------------------------------- the data


def test_every_locale_has_every_key():
    english = locale_keys("en")
    for lang in LANGUAGES:
        # known addressees are a language's own; the facts' phrases are English in assess/phrases.py
        keys = {k for k in locale_keys(lang) if not k.startswith(("addressees.", "phrases."))}
        assert keys == english, (lang, sorted(english - keys), sorted(keys - english))
    assert locale_keys("es") & {k for k in locale_keys("fr") if k.startswith("phrases.")} == \
        {k for k in locale_keys("es") if k.startswith("phrases.")}  # es and fr describe the same things


#: Strings formatted in Python rather than by a template, with the names they are given.
PYTHON_ARGUMENTS = {"date.long": {"day", "month", "year"}}

_KEYWORD = re.compile(r"(?<![\w=!<>])(\w+)=(?!=)")


def _template_arguments() -> dict[str, set[str]]:
    """key -> the names every ``t("key", name=...)`` of the templates gives (depth-1 keywords)."""
    out: dict[str, set[str]] = {}
    folder = ROOT / "dignity" / "report" / "templates"
    for path in list(folder.glob("*.j2")) + [ROOT / "dignity" / "web" / "templates" / "_findings.html"]:
        text = path.read_text(encoding="utf-8")
        for m in re.finditer(r'\bt\("([\w.]+)"', text):
            depth, i, names = 1, m.end(), set()
            while depth and i < len(text):
                c = text[i]
                if c == "(":
                    depth += 1
                elif c == ")":
                    depth -= 1
                elif depth == 1 and (k := _KEYWORD.match(text, i)):
                    names.add(k.group(1))
                i += 1
            out.setdefault(m.group(1), set()).update(names)
    return out


def test_translations_use_only_the_placeholders_the_templates_give():
    en = locale("en")
    given_by_templates = _template_arguments()
    assert given_by_templates["letter.salutation"] == {"recipient", "address"}
    for lang in LANGUAGES:
        loc = locale(lang)
        for key in locale_keys("en"):
            value = loc.raw(key)
            given = en.raw(key)
            given_fields = set().union(*(fields_of(str(v)) for v in (given.values() if isinstance(given, dict)
                                                                      else [given])))
            given_fields |= given_by_templates.get(key, set()) | PYTHON_ARGUMENTS.get(key, set())
            forms = value.values() if isinstance(value, dict) else [value]
            if isinstance(value, dict):
                assert "other" in value and "one" in value, (lang, key)
            for form in forms:
                extra = fields_of(str(form)) - given_fields - {"n"}
                assert not extra, (lang, key, extra)


def test_a_missing_key_falls_back_to_english():
    loc = Locale("es")
    loc._own = {k: v for k, v in loc._own.items() if k != "report.heading.summary"}
    assert loc.t("report.heading.summary") == "Summary"
    assert loc.t("report.heading.findings") == "Hallazgos"
    assert loc.t("no.such.key") == "no.such.key"
    # a rule the Spanish catalogue lacks keeps its English title and paraphrase
    assert loc.rule_title("mandela-999", "An English title") == "An English title"
    assert loc.question("A question no catalogue asks?") == "A question no catalogue asks?"
    # a language Dignity does not write is English
    assert locale("de").lang == "en"


#: A question the engine writes itself (assess/checks.py), translated beside the packs' own.
ENGINE_QUESTIONS = {"How long did these conditions last together, and what was their effect on the detainee?"}


def _questions_of(rules_yaml: Path) -> set[str]:
    """Every open question a pack's ``rules.yaml`` asks (under a ``questions`` key)."""
    out: set[str] = set()

    def walk(node, inside=False):
        if isinstance(node, dict):
            for k, v in node.items():
                walk(v, inside or k in ("questions", "question"))
        elif isinstance(node, list):
            for v in node:
                walk(v, inside)
        elif isinstance(node, str) and inside:
            out.add(" ".join(node.split()))

    walk(yaml.safe_load(rules_yaml.read_text(encoding="utf-8")))
    return out


@pytest.mark.parametrize("lang", [code for code in LANGUAGES if code != "en"])
def test_every_pack_has_its_rules_measures_questions_and_name_in_every_language(lang):
    """Each standard's pack says, in Spanish and French, every rule's title, paraphrase and
    citation (a rule cited by number alone keeps its number), every question it asks, every
    measure a letter asks for, and its own name and citation."""
    from dignity.assess.registry import installed

    texts = rule_texts(lang)
    english_measures = load_measures()
    asked: set[str] = set()
    for cat in installed().values():
        folder = STANDARDS / cat.id
        assert (folder / f"rules.{lang}.yaml").is_file(), (cat.id, lang)
        ids = {r.id for r in cat.rules}
        assert ids <= set(texts.titles), (cat.id, lang, ids - set(texts.titles))
        assert ids <= set(texts.paraphrases), (cat.id, lang, ids - set(texts.paraphrases))
        cited = {r.id for r in cat.rules if r.citation and r.citation != r.number}
        if cat.id != "mandela":  # the Mandela Rules are cited as the locale's "Regla 43"
            assert {r for r in cited if r not in texts.citations} <= _cited_as_is(cat), (cat.id, lang)
            assert cat.id in texts.standards, (cat.id, lang)
        own_measures = set(yaml.safe_load((folder / "measures.yaml").read_text(encoding="utf-8"))["measures"])
        assert own_measures <= set(texts.measures), (cat.id, lang, own_measures - set(texts.measures))
        assert own_measures <= set(english_measures)
        questions = _questions_of(folder / "rules.yaml")
        assert questions <= set(texts.questions), (cat.id, lang, questions - set(texts.questions))
        asked |= questions
    stale = set(texts.questions) - asked - ENGINE_QUESTIONS
    assert not stale, (lang, stale)  # a translation whose English question no pack asks any more


def _cited_as_is(cat) -> set[str]:
    """The rules of ``cat`` cited by the name of a case or a regulation, the same in every
    language ('Bell v. Wolfish, 441 U.S. 520 (1979)', '28 C.F.R. § 501.3(b)')."""
    return {r.id for r in cat.rules if re.search(r" v\. |C\.F\.R\.", r.citation or "")}


def test_a_rule_of_another_standard_is_cited_and_named_in_the_readers_language():
    """A finding under the ICCPR is 'PIDCP, art. 10(1)' under the 'Pacto Internacional ...'
    in Spanish, 'PIDCP, art. ...' under the 'Pacte international ...' in French; the letter
    says the rule by its citation, never 'regla 10(1)'."""
    import dignity
    from dignity.assess import assess_extraction

    iccpr = ReportData.from_assessment(assess_extraction(dignity.extract(VISIT_NOTE), standards=["iccpr"]),
                                       date="2026-12-01")
    assert iccpr.findings
    for lang, name, number_word in (("es", "Pacto Internacional de Derechos Civiles y Políticos", "regla"),
                                    ("fr", "Pacte international relatif aux droits civils et politiques", "règle")):
        md = render_markdown(iccpr, lang=lang, charts=False)
        assert name in md and "PIDCP, art. " in md and "ICCPR art." not in md, lang
        letter = render_letter_markdown("authorities", iccpr, lang=lang)
        assert "PIDCP, art. " in letter and "ICCPR art." not in letter, lang
        assert not re.search(rf"\b{number_word} \d+\(", letter, re.IGNORECASE), lang
    english = render_markdown(iccpr, lang="en", charts=False)
    assert "ICCPR art. " in english and "PIDCP" not in english
#: types whose machine name already reads as a label
_PLAIN_AS_NAMED = {"confinement_hours", "isolation_duration", "indefinite_isolation", "special_regime",
                   "no_meaningful_contact", "constant_light", "no_natural_light", "cell_space",
                   "family_visits", "consular_access", "physical_health", "mental_health", "medical_care",
                   "vulnerable_person", "strip_search", "use_of_force", "collective_punishment", "exercise_time"}


def test_type_labels_are_one_table_in_words_not_machine_names():
    from dignity.labels import type_label
    from dignity.model import FACT_TYPES

    en = locale("en")
    for t in FACT_TYPES:
        assert en.type_label(t) == type_label(t)
        # words a reader would write, not the machine name with its underscore turned to a space
        assert "_" not in en.type_label(t)
        if "_" in t:
            assert en.type_label(t) != t.replace("_", " ").capitalize() or t in _PLAIN_AS_NAMED, t
        for lang in ("es", "fr"):
            assert locale(lang).has(f"types.{t}"), (lang, t)


def test_dates_and_plurals():
    assert locale("es").long_date("2026-12-05") == "5 de diciembre de 2026"
    assert locale("fr").long_date("2026-12-01") == "1er décembre 2026"
    assert locale("en").long_date("2026-12-05") == "2026-12-05"
    assert locale("fr").t("report.n_findings", n=0) == "0 constat"  # French: 0 is singular
    assert locale("es").t("report.n_findings", n=0) == "0 hallazgos"
    assert locale("en").t("report.n_findings", n=1) == "1 finding(s)"  # English as it always was


def test_facts_are_described_in_the_readers_language():
    from dignity.model import FACT_TYPES, Fact

    def fact(type_, value=None, **kw):
        return Fact(id="f1", type=type_, value=value, subject="Ana", attributed_to="the author", **kw)

    es, fr = locale("es"), locale("fr")
    for t in FACT_TYPES:
        assert es.has(f"phrases.{t}") and fr.has(f"phrases.{t}"), t
    assert es.describe(fact("confinement_hours", 23, unit="hours_per_day")) == "encierro en la celda 23 horas al día"
    assert fr.describe(fact("isolation_duration", 45, unit="days")) == "un isolement qui a duré 45 jours"
    assert es.describe(fact("exercise_time", 1, unit="hours_per_day")) == "1 hora de ejercicio al día"
    assert fr.describe(fact("constant_light", negated=True)) == "pas de lumière allumée jour et nuit"
    assert es.describe(fact("pretrial_status", "pretrial")) == "detención en espera de juicio"
    # English is the engine's own phrase, unchanged
    from dignity.assess.phrases import describe

    f = fact("cell_space", 9, unit="m2", qualifiers={"occupants": 3})
    assert locale("en").describe(f) == describe(f)
    assert fr.describe(f) == "une cellule de 9 m² partagée par 3"
    assert fr.contradiction(["the author"], ["Le directeur"], "la surpopulation", True) == \
        "Selon le document : la surpopulation. Selon Le directeur : le contraire."


def test_vulnerability_values_are_translated():
    from dignity.model import Fact

    recognizers = yaml.safe_load((ROOT / "dignity" / "extract" / "resources" / "en" / "recognizers.yaml")
                                 .read_text(encoding="utf-8"))
    values = set()

    def walk(node, inside=False):
        if isinstance(node, dict):
            here = inside or node.get("type") == "vulnerable_person" or node.get("id") == "vulnerable_person"
            for k, v in node.items():
                if here and k == "value" and isinstance(v, str):
                    values.add(v)
                walk(v, here)
        elif isinstance(node, list):
            for v in node:
                walk(v, inside)

    walk(recognizers)
    assert "pregnant" in values
    for lang in ("es", "fr"):
        for v in values:
            assert locale(lang).has(f"phrases._vulnerable.{v}"), (lang, v)
    f = Fact(id="f1", type="vulnerable_person", value="pregnant", subject="Ana")
    assert locale("es").describe(f) == "una persona en situación de vulnerabilidad (embarazada)"


def test_a_spanish_document_gets_a_spanish_report_and_letter_by_default(tmp_path):
    """examples/carta-visita.txt, read by the Spanish pack: the report and the letter are
    Spanish without --lang, quotes in the letter's own Spanish words, and the PDF and DOCX
    carry Spanish headings and no English template text."""
    import docx

    import dignity

    carta = ROOT / "examples" / "carta-visita.txt"
    data = ReportData.from_assessment(dignity.assess(carta), date="2026-12-01")
    assert {d.language for d in data.documents} == {"es"} and data.findings
    md = render_markdown(data, charts=False)
    assert "\n## Resumen\n" in md and "\n## Hallazgos\n" in md
    assert "celda de castigo" in md  # the evidence as written
    flat = " ".join(re.sub(r"[*\\]", "", md).split())
    for phrase in ENGLISH_TEMPLATE_TEXT + _english_leaves():
        assert phrase not in flat, phrase

    raw = render_letter("authorities", data, "docx", LetterOptions(recipient="consulado"))
    document = docx.Document(io.BytesIO(raw))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert "Solicitud de medidas respecto de la detención de Esteban Ruvalcaba Lozano" in headings
    assert "Medidas solicitadas" in headings
    text = "\n".join(p.text for p in document.paragraphs)
    assert "PRESENTE" in text and "Atentamente," in text and "«" in text

    pdf = " ".join(pdf_text(render_letter("authorities", data, "pdf"), tmp_path).split())
    assert "Medidas solicitadas" in pdf and "Measures requested" not in pdf
