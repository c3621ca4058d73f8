"""Human words for machine names: a fact type, a value with its unit, a finding's
status, a review status, a rule ("Rule 43(1)(c)", not ``mandela-43-1-c``).

The one table is data: the ``types``, ``units``, ``status``, ``review`` and
``values`` keys of ``dignity/report/locales/<lang>.yaml`` (the same files reports,
letters and the web app read; a key missing in a language falls back to English).
This module only reads them, so every stage (the CLI, the case file, the web app,
the assessment's text view) may use it; JSON keeps the machine names.

    type_label("confinement_hours")            # 'Confinement hours'
    value_text(23, "hours_per_day")            # '23 hours a day'
    value_text(1, "hours_per_day")             # '1 hour a day'
    fact_text("solitary", True, None, True)    # 'Not solitary confinement'
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

from dignity.rulecache import load_yaml

__all__ = ["TABLES", "table", "type_label", "unit_label", "status_label", "review_label", "value_text",
           "fact_text", "rule_label", "plural_form"]

#: The keys of a locale file that hold the labels.
TABLES = ("types", "units", "status", "review", "values")
_DEFAULT = "en"


@lru_cache(maxsize=None)
def _locale(lang: str) -> dict[str, Any]:
    ref = resources.files("dignity.report").joinpath("locales", f"{lang}.yaml")
    if not ref.is_file():
        return {}
    data = load_yaml(ref.read_text(encoding="utf-8")) or {}
    return data if isinstance(data, dict) else {}


def table(name: str, lang: str = _DEFAULT) -> dict[str, Any]:
    """One label table (``types``, ``units`` ...) of ``lang``, exactly as its file has it."""
    value = _locale(lang).get(name)
    return dict(value) if isinstance(value, dict) else {}


def _get(name: str, key: str, lang: str) -> Any:
    for code in (lang, _DEFAULT):
        value = table(name, code).get(key)
        if value is not None:
            return value
    return None


def plural_form(n: float, lang: str = _DEFAULT) -> str:
    """``one`` or ``other`` for the count ``n``: 1 is singular in English and Spanish,
    0 to 1.x in French (the locale's ``plural`` key: ``one`` or ``zero_one``)."""
    if _locale(lang).get("plural", _locale(_DEFAULT).get("plural", "one")) == "zero_one":
        return "one" if 0 <= n < 2 else "other"
    return "one" if n == 1 else "other"


def type_label(type_: str, lang: str = _DEFAULT) -> str:
    """'confinement_hours' -> 'Confinement hours' (or its translation)."""
    value = _get("types", str(type_), lang)
    return str(value) if value is not None else str(type_).replace("_", " ").capitalize()


def status_label(status: Any, lang: str = _DEFAULT) -> str:
    """A finding's status: 'violation_likely' -> 'Violation likely'."""
    key = str(getattr(status, "value", status))
    value = _get("status", key, lang)
    return str(value) if value is not None else key.replace("_", " ")


def review_label(status: Any, lang: str = _DEFAULT) -> str:
    """A fact's review status: 'unreviewed' -> 'not reviewed'."""
    key = str(getattr(status, "value", status))
    value = _get("review", key, lang)
    return str(value) if value is not None else key.replace("_", " ")


def _number(n: float) -> str:
    if isinstance(n, float) and n.is_integer():
        n = int(n)
    return f"{n:g}" if isinstance(n, float) else str(n)


def unit_label(unit: str, n: float, lang: str = _DEFAULT) -> str:
    """``n`` in ``unit``, with the right plural: '1 hour a day', '23 hours a day', '6 m²'."""
    form = _get("units", str(unit), lang)
    if isinstance(form, dict):
        form = form.get(plural_form(n, lang), form.get("other"))
    if form is None:
        return f"{_number(n)} {str(unit).replace('_', ' ')}"
    return str(form).replace("{n}", _number(n))


def value_text(value: Any, unit: str | None = None, lang: str = _DEFAULT) -> str:
    """A fact's value in words: '23 hours a day', 'yes', 'juvenile, ill'; '' for none."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(_get("values", "yes" if value else "no", lang) or ("yes" if value else "no"))
    if isinstance(value, (int, float)):
        return unit_label(unit, value, lang) if unit else _number(value)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return f"{value} {str(unit).replace('_', ' ')}" if unit else str(value)


def fact_text(type_: str, value: Any, unit: str | None, negated: bool, lang: str = _DEFAULT) -> str:
    """A fact in words: 'Confinement hours: 23 hours a day', 'Solitary confinement', 'Not solitary confinement'."""
    text = type_label(type_, lang)
    shown = "" if value is True else value_text(value, unit, lang)
    if shown:
        text += f": {shown}"
    if negated:
        pattern = str(_get("values", "not", lang) or "not {label}")
        text = pattern.replace("{label}", text[:1].lower() + text[1:])
        text = text[:1].upper() + text[1:]
    return text


_CITATIONS: dict[tuple[str, str, str], dict[str, str]] = {}


def _citations(pack: Any, lang: str) -> dict[str, str]:
    """Rule id -> its citation in ``lang``, as the pack's ``rules.<lang>.yaml`` gives it."""
    key = (pack.id, str(pack.folder), lang)
    if key not in _CITATIONS:
        from dignity.assess.registry import pack_data

        got = pack_data(pack, f"rules.{lang}.yaml") if lang != _DEFAULT else None
        rules = got[0].get("rules") if got is not None and isinstance(got[0], dict) else None
        _CITATIONS[key] = {str(k): " ".join(str(v["citation"]).split()) for k, v in rules.items()
                           if isinstance(v, dict) and v.get("citation")} if isinstance(rules, dict) else {}
    return _CITATIONS[key]


def rule_label(rule_id: str, lang: str = _DEFAULT) -> str:
    """'mandela-43-1-c' -> 'Rule 43(1)(c)' (its number in the default standard, the Mandela
    Rules); a rule of another standard by its citation: 'ICCPR art. 10(2)(a)' ('PIDCP, art.
    10(2)(a)' in Spanish, where the pack's ``rules.es.yaml`` gives one)."""
    number = str(rule_id).split("-", 1)[-1]
    try:
        from dignity.assess.registry import DEFAULT_STANDARD, rule_index

        cat, rule = rule_index()[rule_id]
        if cat.id != DEFAULT_STANDARD:
            return _citations(cat, lang).get(rule_id) or cat.cite(rule)
        number = rule.number
    except Exception:  # noqa: BLE001 - a label never fails on an unknown rule
        pass
    pattern = str(_get("values", "rule", lang) or "Rule {number}")
    return pattern.replace("{number}", str(number))
