"""The reader's language: what reports, letters and the web app's finding pages say,
in English, Spanish or French.

Every word Dignity writes around the documents' own words is data:

* ``dignity/report/locales/<lang>.yaml``: headings, status names, the
  ``[TO CONFIRM: ...]`` mark, template sentences (``{name}`` placeholders), plural
  forms (``{one: ..., other: ...}``), dates, formal conventions of a letter and
  known addressees;
* ``dignity/assess/standards/<id>/rules.<lang>.yaml``: the standard's name and
  citation (``standard:``), the rules' citations, titles and paraphrases in our own
  words, keyed by rule id, and the open questions (the English ``rules.yaml`` of
  each pack is the source; ``measures.<lang>.yaml`` beside it);
* ``dignity/report/measures.<lang>.yaml``: the measures a letter asks for.

A key missing in a language falls back to English (then to the key itself), so
a half-translated locale still renders.  Evidence is never translated: a quote
stays in the document's own words.

    loc = locale("es")
    loc.t("report.heading.summary")                 # 'Resumen'
    loc.t("report.sources_line", docs=2, ...)       # a sentence with its plurals
    loc.status("concern")                           # 'Motivo de preocupación'
    loc.confirm("su nombre")                        # '[A CONFIRMAR: su nombre]'
"""

from __future__ import annotations

import datetime as _dt
import re
import string
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, Callable, Iterable

from markupsafe import Markup

from dignity.errors import ConfigError
from dignity.rulecache import load_yaml, yaml_error

__all__ = ["LANGUAGES", "DEFAULT_LANGUAGE", "Locale", "locale", "pick_language", "check_language",
           "locale_keys", "rule_texts", "confirm_pattern"]

DEFAULT_LANGUAGE = "en"


def _languages() -> tuple[str, ...]:
    """The languages with a locale file, English (the fallback) first."""
    folder = resources.files("dignity.report").joinpath("locales")
    found = sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".yaml"))
    return (DEFAULT_LANGUAGE, *[code for code in found if code != DEFAULT_LANGUAGE])


#: The languages Dignity writes in (a ``locales/<lang>.yaml`` each); the first is the fallback.
LANGUAGES: tuple[str, ...] = _languages()


def _read_yaml(package: str, name: str, source: str, *, required: bool = True) -> Any:
    ref = resources.files(package).joinpath(name)
    if not ref.is_file():
        if required:
            raise ConfigError(source, "file", "not found")
        return {}
    try:
        return load_yaml(ref.read_text(encoding="utf-8")) or {}
    except yaml_error() as err:
        raise ConfigError(source, "file", f"not valid YAML: {err}".replace("\n", " ")) from None


def _flatten(tree: Any, prefix: str = "") -> dict[str, Any]:
    """Nested mappings as dotted keys; a plural form (a mapping whose keys are
    ``one``/``other``) and a list stay one value."""
    out: dict[str, Any] = {}
    if isinstance(tree, dict) and not (tree and set(tree) <= {"zero", "one", "other"} and "other" in tree):
        for k, v in tree.items():
            out.update(_flatten(v, f"{prefix}.{k}" if prefix else str(k)))
    else:
        out[prefix] = tree
    return out


@lru_cache(maxsize=None)
def _strings(lang: str) -> dict[str, Any]:
    source = f"dignity/report/locales/{lang}.yaml"
    data = _read_yaml("dignity.report", f"locales/{lang}.yaml", source)
    if not isinstance(data, dict):
        raise ConfigError(source, "file", "expected a mapping of keys to strings")
    return _flatten(data)


def locale_keys(lang: str) -> set[str]:
    """Every key a locale file defines (for the test that each locale has every key)."""
    return set(_strings(lang))


def check_language(lang: str | None) -> str | None:
    """``lang`` normalised ('ES', 'es-MX' -> 'es'), or ``None`` when Dignity does not write it."""
    if not lang:
        return None
    code = str(lang).strip().lower().replace("_", "-").split("-", 1)[0]
    return code if code in LANGUAGES else None


def pick_language(requested: str | None, document_languages: Iterable[str | None] = ()) -> str:
    """The language to write in: the one asked for, else the documents' (the most
    common among those Dignity writes, the first seen on a tie), else English."""
    asked = check_language(requested)
    if asked:
        return asked
    counts = Counter(code for code in (check_language(x) for x in document_languages) if code)
    if counts:
        return counts.most_common(1)[0][0]
    return DEFAULT_LANGUAGE


# ----------------------------------------------------------------------------- plurals


def _plural_en(n: int) -> str:
    return "one" if n == 1 else "other"


def _plural_fr(n: int) -> str:
    return "one" if n in (0, 1) else "other"  # 0 et 1 au singulier


#: A locale's ``plural`` key: ``one`` (1 is singular: English, Spanish) or ``zero_one`` (0 and 1: French).
_PLURAL_RULES: dict[str, Callable[[int], str]] = {"one": _plural_en, "zero_one": _plural_fr}


# ----------------------------------------------------------------------------- rule texts


@dataclass(frozen=True)
class RuleTexts:
    """A catalogue's rules in one language: rule id -> title / paraphrase, and the
    open questions (English text -> translation)."""

    titles: dict[str, str] = field(default_factory=dict)
    paraphrases: dict[str, str] = field(default_factory=dict)
    questions: dict[str, str] = field(default_factory=dict)
    measures: dict[str, str] = field(default_factory=dict)
    #: rule id -> its citation ('PIDCP, art. 10(2)(a)'); standard id -> (its name, its citation)
    citations: dict[str, str] = field(default_factory=dict)
    standards: dict[str, tuple[str, str]] = field(default_factory=dict)


def _one_line(text: Any) -> str:
    return " ".join(str(text).split())


@lru_cache(maxsize=None)
def rule_texts(lang: str) -> RuleTexts:
    """The rules' titles, paraphrases and questions, and the letters' measures, in
    ``lang`` (empty for English: the catalogue and ``measures.yaml`` are the source)."""
    if lang == DEFAULT_LANGUAGE:
        return RuleTexts()
    from dignity.assess.registry import installed, pack_data

    titles: dict[str, str] = {}
    paraphrases: dict[str, str] = {}
    questions: dict[str, str] = {}
    measures: dict[str, str] = {}
    citations: dict[str, str] = {}
    standards: dict[str, tuple[str, str]] = {}
    for cat in installed().values():
        got = pack_data(cat, f"rules.{lang}.yaml")
        data, source = got if got is not None else ({}, "")
        rules = data.get("rules", {}) if isinstance(data, dict) else {}
        if not isinstance(rules, dict):
            raise ConfigError(source, "rules", "expected a mapping of rule id to {title, paraphrase}")
        for rid, entry in rules.items():
            if not isinstance(entry, dict):
                raise ConfigError(source, str(rid), "expected {title, paraphrase}")
            if entry.get("title"):
                titles[str(rid)] = _one_line(entry["title"])
            if entry.get("paraphrase"):
                paraphrases[str(rid)] = _one_line(entry["paraphrase"])
            if entry.get("citation"):
                citations[str(rid)] = _one_line(entry["citation"])
        head = data.get("standard") if isinstance(data, dict) else None
        if isinstance(head, dict) and head.get("name"):
            standards[cat.id] = (_one_line(head["name"]), _one_line(head.get("citation") or cat.citation))
        qs = data.get("questions", {}) if isinstance(data, dict) else {}
        if not isinstance(qs, dict):
            raise ConfigError(source, "questions", "expected a mapping of the English question to its translation")
        questions.update({_one_line(k): _one_line(v) for k, v in qs.items()})
        got = pack_data(cat, f"measures.{lang}.yaml")
        mdata, msource = got if got is not None else ({}, "")
        ms = mdata.get("measures", {}) if isinstance(mdata, dict) else {}
        if not isinstance(ms, dict):
            raise ConfigError(msource, "measures", "expected a mapping of rule id to a measure")
        measures.update({str(k): _one_line(v) for k, v in ms.items()})
    return RuleTexts(titles=titles, paraphrases=paraphrases, questions=questions, measures=measures,
                     citations=citations, standards=standards)


@lru_cache(maxsize=1)
def _english_titles() -> dict[str, str]:
    """Rule id -> its title in the English catalogues (each pack's ``rules.yaml``)."""
    from dignity.assess.registry import installed

    try:
        return {r.id: r.title for c in installed().values() for r in c.rules}
    except ConfigError:
        return {}


# ----------------------------------------------------------------------------- the locale


class _Args(dict):
    """Format arguments: a name the string uses that the caller did not give stays as written."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _fields(template: str) -> set[str]:
    try:
        return {name for _, name, _, _ in string.Formatter().parse(template) if name}
    except ValueError:
        return set()


class Locale:
    """The strings of one language, English beneath them."""

    def __init__(self, lang: str, *, html: bool = False) -> None:
        self.lang = lang
        self.html = html
        self._own = _strings(lang)
        self._en = _strings(DEFAULT_LANGUAGE)
        self._plural = _PLURAL_RULES.get(str(self._own.get("plural", "one")), _plural_en)
        self.rules = rule_texts(lang)

    def for_html(self) -> "Locale":
        return Locale(self.lang, html=True)

    def raw(self, key: str) -> Any:
        """The value of ``key`` in this language, else in English, else ``None``."""
        if key in self._own:
            return self._own[key]
        return self._en.get(key)

    def has(self, key: str) -> bool:
        return key in self._own

    def t(self, key: str, n: int | None = None, **args: Any) -> str:
        """The string ``key`` with its ``{placeholders}`` filled in; ``n`` picks a plural
        form (and fills ``{n}``).  Other ``{name}`` fields that are plural forms of
        their own (``{docs}``) take the count given as that argument.  In an HTML
        locale the result is ``Markup`` and the arguments are escaped."""
        value = self.raw(key)
        if value is None:
            value = key
        if isinstance(value, dict):
            value = value.get(self._plural(int(n or 0)), value.get("other", key))
        text = str(value)
        if n is not None:
            args.setdefault("n", n)
        if not args and "{" not in text:
            return Markup(text) if self.html else text
        if self.html:
            return Markup(text).format_map(_Args({k: v for k, v in args.items()}))
        return text.format_map(_Args(args))

    def plural(self, key: str, n: int) -> str:
        return self.t(key, n=n)

    # ------------------------------------------------------------------ tables

    def label(self, table: str, key: str, default: str | None = None) -> str:
        value = self.raw(f"{table}.{key}")
        if value is None:
            return default if default is not None else key.replace("_", " ")
        return str(value)

    def status(self, status: str) -> str:
        return self.label("status", str(status))

    def kind(self, kind: str) -> str:
        return self.label("kind", kind, kind.replace("_", " "))

    def certainty(self, certainty: str) -> str:
        return self.label("certainty", str(certainty))

    def type_label(self, type_: str) -> str:
        """'confinement_hours' -> 'Confinement hours' (or its translation)."""
        return self.label("types", type_, type_.replace("_", " ").capitalize())

    def standards(self, data: Any) -> tuple[str, str]:
        """(the report's standards by name, their citations), binding first, in this language:
        the Mandela Rules by the locale's ``standard.name``; the others by their own names."""
        refs = list(getattr(data, "standards", []) or [])
        if not refs:
            standard, citation = data.standard, data.standard_citation
            english = locale(DEFAULT_LANGUAGE)
            if self.lang != english.lang and standard == english.t("standard.name"):
                standard, citation = self.t("standard.name"), self.t("standard.citation")
            return standard, citation
        english_name = locale(DEFAULT_LANGUAGE).t("standard.name")
        names, cites = [], []
        for r in refs:
            own = r.standard == english_name and self.lang != DEFAULT_LANGUAGE
            name, cite = self.rules.standards.get(getattr(r, "id", ""), (r.standard, r.citation))
            names.append(self.t("standard.name") if own else name)
            cites.append(self.t("standard.citation") if own else cite)
        return ", ".join(names), "; ".join(cites)

    def standard_name(self, standard_id: str | None, english: str) -> str:
        """A standard's name in this language ('Pacto Internacional de Derechos Civiles y
        Políticos'): the locale's for the Mandela Rules, else its pack's ``rules.<lang>.yaml``."""
        if self.lang == DEFAULT_LANGUAGE:
            return english
        if english == locale(DEFAULT_LANGUAGE).t("standard.name"):
            return self.t("standard.name")
        return self.rules.standards.get(standard_id or "", (english, ""))[0]

    def rule_label(self, rule: str) -> str:
        """'mandela-43-1-c' -> 'Rule 43(1)(c)' (or its translation)."""
        from dignity.labels import rule_label

        return rule_label(rule, self.lang)

    def fact_text(self, type_: str, value: Any, unit: str | None, negated: bool = False) -> str:
        """'Confinement hours: 23 hours a day' (or its translation)."""
        from dignity.labels import fact_text

        return fact_text(type_, value, unit, negated, self.lang)

    def topic_basis(self, mention: Any) -> str:
        """The basis of a finding resting on a topic mention (``TopicMention``) in this language:
        "El documento plantea la alimentación (“comida”, como ...) sin un hecho que pueda medirse"."""
        words = mention.evidence[0].text if mention.evidence else ""
        return self.t("topic_basis", topic=self.t(f"topics.{mention.topic}"), words=words,
                      how=self.t(f"topic_raised.{mention.context or 'concern'}"))

    def basis(self, text: str) -> str:
        """A finding's basis ('alleged by Rosa Delgado and the author') in this language."""
        m = re.match(r"^(asserted|alleged|contested|hypothetical) by (.+)$", text or "")
        if self.lang == DEFAULT_LANGUAGE or not m:
            return text
        names = [self.t("quote.the_author") if w == "the author" else w
                 for w in re.split(r", | and (?=[^,]*$)", m.group(2))]
        who = names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" {self.t('and')} " + names[-1]
        return self.t("basis", certainty=self.certainty(m.group(1)).split(" (")[0], who=who)

    # ------------------------------------------------------------------ facts in words

    def describe(self, fact: Any) -> str:
        """A noun phrase for the fact ("encierro en la celda 23 horas al día"): English
        from ``dignity.assess.phrases.describe``, other languages from the locale's
        ``phrases`` (the same cases; a type it lacks is described in English)."""
        from dignity.assess.phrases import describe

        table = self._own.get(f"phrases.{fact.type}") if self.lang != DEFAULT_LANGUAGE else None
        if not table:
            return describe(fact)
        return _describe(self, fact, str(table[0]), str(table[1]))

    def _phrase(self, key: str, **args: Any) -> str:
        return self.t(f"phrases._{key}", **args)

    def contradiction(self, yes: list[str], no: list[str], claim: str, negated: bool) -> str:
        """'X report <claim>; Y say otherwise.' in this language."""
        def names(who: list[str]) -> str:
            who = [self._phrase("the_document") if w in ("the author", "author") else w for w in who]
            return ", ".join(who)

        return self._phrase("contradiction", yes=names(yes), no=names(no), claim=claim,
                            other=self._phrase("says_otherwise" if negated else "disputes"))

    # ------------------------------------------------------------------ marks and dates

    def confirm(self, what: Any) -> Markup:
        """The mark for what a person must fill in: ``[TO CONFIRM: what]``."""
        return Markup(str(self.raw("confirm")).replace("{}", " ".join(str(what).split())))

    def long_date(self, iso: str | None) -> str:
        """A date as a letter writes it ('5 de diciembre de 2026'); ISO in English."""
        text = str(iso or "")
        pattern = self.raw("date.long")
        m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", text)
        if not pattern or not m or pattern == "iso":
            return text
        try:
            day = _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return text
        months = self.raw("date.months") or []
        month = months[day.month - 1] if len(months) == 12 else str(day.month)
        first = self.raw("date.first_day")
        d = str(first) if day.day == 1 and first else str(day.day)
        return str(pattern).format(day=d, month=month, year=day.year)

    # ------------------------------------------------------------------ rules

    def rule_title(self, rule: str, english: str) -> str:
        return self.rules.titles.get(rule, english)

    def finding_title(self, rule: str, title: str, rule_title: str) -> str:
        """A finding's title: its rule's, translated, when it is the rule's own."""
        if not rule_title or title == rule_title:
            return self.rules.titles.get(rule, title)
        return title

    def title_of(self, rule: str, title: str) -> str:
        """A finding's title where only the finding is at hand (the web app): the rule's
        translated title when ``title`` is the catalogue's own for that rule."""
        if self.lang == DEFAULT_LANGUAGE:
            return title
        english = _english_titles().get(rule)
        return self.rules.titles.get(rule, title) if english in (None, title) else title

    def citation(self, rule: str, english: str) -> str:
        """A rule's citation ('ICCPR art. 10(2)(a)') in this language, where its pack gives one."""
        return self.rules.citations.get(rule, english) if english else english

    def paraphrase(self, rule: str, english: str) -> str:
        return self.rules.paraphrases.get(rule, english)

    def question(self, english: str) -> str:
        return self.rules.questions.get(_one_line(english), english)

    def measure(self, key: str) -> str | None:
        return self.rules.measures.get(key)

    # ------------------------------------------------------------------ for templates

    def functions(self) -> dict[str, Any]:
        """What the templates call: ``t``, ``confirm``, ``status_name``, ``long_date``."""
        return {"t": self.t, "confirm": self.confirm, "lang": self.lang, "long_date": self.long_date}


def _num(x: float) -> str:
    return f"{x:g}"


def _describe(loc: "Locale", fact: Any, yes: str, no: str) -> str:
    """``dignity.assess.phrases.describe`` in the locale's words (the same cases, in the same order)."""
    v = fact.value
    number = isinstance(v, (int, float)) and not isinstance(v, bool)
    if fact.type == "exercise_outdoor" and v is False:
        yes, no = no, yes
    if fact.negated:
        return no

    def unit(u: str) -> str:
        return str(loc.raw(f"phrases._units.{u}") or u.replace("_", " "))

    if fact.type == "confinement_hours":
        return yes.format(n=_num(v)) if number else loc._phrase("long_confinement")
    if fact.type == "exercise_time":
        if not number:
            return loc._phrase("limited_exercise")
        u = (fact.unit or "hours_per_day").replace("_", " ")
        if u in ("hours per day", "hours"):
            forms = loc.raw("phrases._hours")
            form = forms.get(loc._plural(int(v)), forms.get("other", "{n}")) if isinstance(forms, dict) else "{n}"
            return yes.format(h=str(form).replace("{n}", _num(v)))
        return loc._phrase("other_exercise", n=_num(v), unit=u)
    if fact.type == "isolation_duration":
        if number:
            return yes.format(days=f"{_num(v)} {unit(fact.unit or 'days')}")
        since = fact.qualifiers.get("since")
        if since:
            return loc._phrase("isolation_since", since=since)
        return loc._phrase("isolation_for_a_time") + (f" ({v})" if isinstance(v, str) else "")
    if fact.type == "cell_space":
        occ = fact.qualifiers.get("occupants")
        m2 = f"{_num(v)} {fact.unit or 'm2'}".replace("m2", "m²") if number else loc._phrase("unstated_size")
        occ_n = _num(occ) if isinstance(occ, (int, float)) and not isinstance(occ, bool) else occ
        return yes.format(m2=m2, occ=loc._phrase("shared_by", n=occ_n) if occ and occ != 1 else "")
    if fact.type == "pretrial_status":
        status = loc.raw(f"phrases._status.{v}")
        return yes.format(label=status or (f"({v})" if v else "")).strip()
    label = ""
    if fact.type == "vulnerable_person" and isinstance(v, str):
        v = str(loc.raw(f"phrases._vulnerable.{v}") or v)
    if fact.type == "monitoring_access" and isinstance(v, str):
        v = str(loc.raw(f"phrases._access.{v}") or v)  # granted, denied, requested
    if isinstance(v, str) and v and fact.type in ("special_regime", "monitoring_access", "vulnerable_person"):
        label = f" ({v})" if fact.type != "monitoring_access" else v
        by = fact.qualifiers.get("by")
        if fact.type == "monitoring_access" and by:
            label += loc._phrase("by", by=by)
        if fact.type == "monitoring_access":
            label = label.strip()
    elif isinstance(v, list) and v:
        label = " (" + ", ".join(str(x) for x in v[:4]) + ")"
    return yes.format(label=label, n="", h="", days="", m2="", occ="").strip()


@lru_cache(maxsize=None)
def locale(lang: str | None = None, *, html: bool = False) -> Locale:
    """The locale of ``lang`` (English for ``None`` or a language Dignity does not write)."""
    return Locale(check_language(lang) or DEFAULT_LANGUAGE, html=html)


def confirm_pattern() -> re.Pattern[str]:
    """A regex for the fill-in mark of every language: ``[TO CONFIRM: ...]``,
    ``[A CONFIRMAR: ...]``, ``[À CONFIRMER : ...]``."""
    heads = []
    for lang in LANGUAGES:
        mark = str(locale(lang).raw("confirm") or "")
        head = mark.split("{}", 1)[0]
        if head:
            heads.append(re.escape(head))
    return re.compile(r"(?:" + "|".join(heads) + r")[^\]\n]*\]")


def fields_of(text: str) -> set[str]:
    """The ``{placeholders}`` of a locale string (for the tests)."""
    return _fields(text)
