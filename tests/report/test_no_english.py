"""A Spanish or French report and letter hold no English sentence (issue 12): the
reasoning of each finding, who says what, the conclusion and the security reason come
from the locale's tables (``reasoning.*``, ``phrases.*``), not from the engine's English.

The reports are rendered from the Spanish and French examples (documents in their own
language, so the quoted evidence is Spanish or French too); code, JSON, tags and the
documents' quoted words are set aside, and no word of a list of English words may be
left in what remains.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from dignity.report import ReportData, render_html, render_letter_markdown, render_markdown

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = {"es": ROOT / "examples" / "carta-visita.txt", "fr": ROOT / "examples" / "lettre-avocat.txt"}

#: English words (and a few phrases the engine writes) that are no Spanish or French word
ENGLISH = ["the", "and", "which", "alleges", "allege", "states", "because", "reasonable", "grounds", "likely",
           "concern", "author", "detainee", "denied", "restricted", "granted", "shared by", "would", "should",
           "there", "were", "with", "without", "hours a day", "open air", "not established", "this is",
           "under rule", "claims", "suggests", "security reason"]
_ENGLISH = re.compile(r"(?<![\w'’-])(?:" + "|".join(re.escape(w) for w in ENGLISH) + r")(?![\w'’-])", re.IGNORECASE)


def _data(lang: str) -> ReportData:
    """The example assessed against the Mandela Rules (the other standards: below)."""
    import dignity
    from dignity.assess import assess_extraction

    assessment = assess_extraction(dignity.extract(EXAMPLES[lang]), standards=["mandela"])
    return ReportData.from_assessment(assessment, date="2026-12-01")


@pytest.fixture(scope="module", params=["es", "fr"])
def lang_data(request):
    return request.param, _data(request.param)


def prose(text: str) -> str:
    """The words a reader reads as the report's own: no code, JSON, tags, attributes or
    quoted words of the documents."""
    text = re.sub(r"<(script|style|code|pre)\b.*?</\1>", " ", text, flags=re.S | re.I)
    text = re.sub(r"```.*?```", " ", text, flags=re.S)
    text = re.sub(r"`[^`\n]*`", " ", text)
    text = re.sub(r"<[^>]*>", " ", text)
    text = html.unescape(text)
    text = re.sub(r"“[^”]*”|«[^»]*»|\"[^\"\n]*\"", " ", text)
    text = re.sub(r"^\s*>.*$", " ", text, flags=re.M)  # a quoted passage in Markdown
    text = re.sub(r"https?://\S+|\S+\.(?:txt|pdf|docx|html)\b", " ", text)
    return " ".join(text.split())


def english_left(text: str) -> list[str]:
    flat = prose(text)
    return [flat[max(0, m.start() - 60):m.end() + 60] for m in _ENGLISH.finditer(flat)]


def test_prose_sets_aside_code_and_quotes():
    sample = '<p>El documento <code>the</code> dice “the cells were dark”</p>\n`and` «with»\n> the quote'
    assert english_left(sample) == []
    assert english_left("<p>Esteban alleges that the cell was dark.</p>")


def test_report_markdown_has_no_english(lang_data):
    lang, data = lang_data
    md = render_markdown(data, lang=lang, charts=False)
    assert data.findings and english_left(md) == []


def test_report_html_has_no_english(lang_data):
    lang, data = lang_data
    page = render_html(data, lang=lang)
    assert f'lang="{lang}"' in page
    assert english_left(page) == []


@pytest.mark.parametrize("kind", ["visit", "rapporteur", "authorities"])
def test_letters_have_no_english(lang_data, kind):
    lang, data = lang_data
    assert english_left(render_letter_markdown(kind, data, lang=lang)) == []


def test_the_reasoning_says_who_says_what_and_the_conclusion(lang_data):
    lang, data = lang_data
    md = render_markdown(data, lang=lang, charts=False)
    reasoning = [line for line in md.splitlines() if line.startswith(("**Razonamiento.**", "**Raisonnement.**"))]
    assert reasoning
    said = {"es": ("Alegado por", "Según el documento"), "fr": ("Allégué par", "Selon le document")}[lang]
    assert any(any(s in line for s in said) for line in reasoning)
    concluded = {"es": ("Es probable una violación", "motivo de preocupación", "no la responden", "se cumple"),
                 "fr": ("Une violation est probable", "motif de préoccupation", "sans y répondre", "respectée")}[lang]
    assert all(any(c in line for c in concluded) for line in reasoning)


@pytest.fixture(scope="module")
def extractions():
    import dignity

    return {lang: dignity.extract(path) for lang, path in EXAMPLES.items()}


def _standards() -> list[str]:
    from dignity.assess.registry import installed

    return [sid for sid in installed() if sid != "mandela"]


@pytest.mark.parametrize("standard", _standards())
@pytest.mark.parametrize("lang", ["es", "fr"])
def test_every_standard_speaks_the_readers_language(extractions, lang, standard):
    """The example assessed against each other standard (``--standard epr`` ...): its name, the
    rules' citations, titles, paraphrases, questions and measures are Spanish or French too.
    A standard none of whose rules the example engages still names itself in the report."""
    from dignity.assess import assess_extraction

    data = ReportData.from_assessment(assess_extraction(extractions[lang], standards=[standard]), date="2026-12-01")
    texts = [render_markdown(data, lang=lang, charts=False), render_html(data, lang=lang)]
    texts += [render_letter_markdown(kind, data, lang=lang) for kind in ("visit", "rapporteur", "authorities")]
    for text in texts:
        assert english_left(text) == [], (standard, english_left(text)[:3])


def test_english_keeps_the_engines_reasoning():
    data = _data("es")
    md = render_markdown(data, lang="en", charts=False)
    assert any(f.reasoning.split(".")[0] in md for f in data.findings if f.reasoning)
