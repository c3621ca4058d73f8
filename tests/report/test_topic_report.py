"""A finding that rests on a topic the document raises without a fact (``TopicMention``) in the
reports: the JSON keeps the mention, Markdown and HTML show it, and a Spanish or French report
says its basis and reasoning in the reader's language.  The sentences are the project's own."""

from __future__ import annotations

import json

import pytest

import dignity
from dignity.report import ReportData, render_html, render_markdown

TEXTS = {
    "en": "The inmates filed suit alleging that the conditions of confinement in the jail were unconstitutional.",
    "es": "La Comisión expresa su preocupación por las deficientes condiciones de internamiento.",
    "fr": "Le requérant se plaint des conditions de détention dans la maison d'arrêt.",
}
SAID = {"en": "without a fact that can be measured", "es": "sin un hecho que pueda medirse",
        "fr": "sans un fait qui puisse être mesuré"}


def _data(lang: str) -> ReportData:
    doc = dignity.load_document(TEXTS[lang]).model_copy(update={"language": lang})
    return ReportData.from_assessment(dignity.assess(doc), date="2026-12-01")


@pytest.mark.parametrize("lang", ["en", "es", "fr"])
def test_topic_finding_in_every_format(lang: str) -> None:
    data = _data(lang)
    x = next(f for f in data.findings if f.rule == "mandela-13")
    assert x.topics and data.topic(x.topics[0]) is not None
    md = render_markdown(data, lang=lang, charts=False)
    page = render_html(data, lang=lang)
    assert SAID[lang] in md and SAID[lang] in page
    back = ReportData.model_validate(json.loads(data.model_dump_json()))
    assert back.topics == data.topics


@pytest.mark.parametrize("lang", ["es", "fr"])
def test_no_english_basis_in_a_translated_report(lang: str) -> None:
    md = render_markdown(_data(lang), lang=lang, charts=False)
    assert SAID["en"] not in md and "The document raises" not in md
