"""The one table of human words: every fact type, unit and status has a label in
every locale, and values take the right plural."""

from __future__ import annotations

import pytest

from dignity.extract.values import PLAUSIBLE
from dignity.labels import fact_text, rule_label, status_label, table, type_label, value_text
from dignity.model import FACT_TYPES, Status
from dignity.report.i18n import LANGUAGES

#: every unit a fact may carry: the plausible ranges' and the extractor's own
UNITS = set(PLAUSIBLE) | {"hours_per_day", "days", "m2"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_fact_type_unit_and_status_has_a_label_in_every_locale(lang):
    types, units, statuses, review = (table(name, lang) for name in ("types", "units", "status", "review"))
    assert not [t for t in FACT_TYPES if not types.get(t)]
    assert not [u for u in UNITS | set(table("units", "en")) if not units.get(u)]
    assert not [s.value for s in Status if not statuses.get(s.value)]
    assert not [r for r in ("unreviewed", "accepted", "edited", "rejected") if not review.get(r)]
    for key in ("yes", "no", "not", "rule"):
        assert table("values", lang).get(key), key
    for form in units.values():  # a plural form has both forms, each with its number
        forms = form.values() if isinstance(form, dict) else [form]
        assert all("{n}" in str(f) for f in forms), form
        if isinstance(form, dict):
            assert set(form) == {"one", "other"}, form


def test_plurals():
    assert value_text(1, "hours_per_day") == "1 hour a day"
    assert value_text(1.0, "hours_per_day") == "1 hour a day"
    assert value_text(23, "hours_per_day") == "23 hours a day"
    assert value_text(0, "hours_per_day") == "0 hours a day"
    assert value_text(1.5, "hours_per_day") == "1.5 hours a day"
    assert value_text(1, "days") == "1 day" and value_text(540, "days") == "540 days"
    assert value_text(1, "people") == "1 person" and value_text(4, "people") == "4 people"
    assert value_text(1, "hours_per_day", "es") == "1 hora al día"
    assert value_text(2, "hours_per_day", "es") == "2 horas al día"
    assert value_text(0, "days", "fr") == "0 jour" and value_text(1.5, "days", "fr") == "1.5 jour"
    assert value_text(2, "days", "fr") == "2 jours"


def test_facts_statuses_and_rules_in_words():
    assert type_label("confinement_hours") == "Confinement hours"
    assert fact_text("confinement_hours", 23.0, "hours_per_day", False) == "Confinement hours: 23 hours a day"
    assert fact_text("constant_light", True, None, False) == "Constant light"
    assert fact_text("solitary", True, None, True) == "Not solitary confinement"
    assert fact_text("exercise_outdoor", False, None, False) == "Outdoor exercise: no"
    assert fact_text("cell_space", 6, "m2", False) == "Cell space: 6 m²"
    assert status_label("violation_likely") == "Violation likely"
    assert status_label(Status.concern, "es") == table("status", "es")["concern"]
    assert rule_label("mandela-43-1-c") == "Rule 43(1)(c)"
    assert rule_label("mandela-43-1-c", "fr") == "Règle 43(1)(c)"
    assert value_text(None, "days") == "" and value_text(True) == "yes" and value_text(True, None, "es") == "sí"
    # an unknown name still reads as words, never as a crash
    assert type_label("new_kind") == "New kind" and value_text(3, "cups") == "3 cups"


def _outside_code(text: str) -> str:
    """A rendered report without its code spans, tags, styles and scripts."""
    import re

    text = re.sub(r"(?s)<(script|style|code|pre|svg)\b.*?</\1>", " ", text)
    text = re.sub(r"`[^`\n]*`", " ", text)
    return re.sub(r"<[^>]*>", " ", text)


def test_reports_name_types_and_rules_in_words(report_html, report_md):
    for name, text in (("html", report_html), ("md", report_md)):
        seen = _outside_code(text)
        raw = [t for t in FACT_TYPES if "_" in t and t in seen]
        assert not raw, (name, raw)
        assert "mandela-" not in seen.lower() and "hours_per_day" not in seen, name
        assert "Rule 43(1)(c)" in seen or "Rule 44" in seen, name


@pytest.mark.parametrize("kind", ["visit", "rapporteur", "authorities"])
def test_letters_name_types_and_rules_in_words(seed_data, kind):
    from dignity.report import render_letter_markdown

    seen = _outside_code(render_letter_markdown(kind, seed_data))
    assert not [t for t in FACT_TYPES if "_" in t and t in seen], kind
    assert "mandela-" not in seen.lower() and "hours_per_day" not in seen, kind
