"""Languages as packs: the registry of the languages Dignity has rules for.

A language pack is a folder named by its ISO 639-1 code holding data only:

    <lang>/language.yaml     what the engine needs to know of the language (number words,
                             time units, periods, months, date forms, frequency words,
                             sentence-splitting abbreviations); required: it makes the
                             folder a pack
    <lang>/recognizers.yaml  the recognizers (required)
    <lang>/context.yaml      ConText rules: negation, hypothetical, general (required)
    <lang>/attribution.yaml  attribution cues, document kinds, denials (required)
    <lang>/compose.yaml      composed recognizers (optional)

The packs shipped live in ``dignity/extract/resources/``; ``$DIGNITY_LANGUAGE_PACKS``
(folders separated by ``os.pathsep``) adds more: each folder is a pack itself (it holds
a ``language.yaml``) or holds packs as subfolders.  A pack found there comes before a
shipped one of the same code.  Adding a language is adding a folder.

    from dignity.extract.languages import available, has_pack, language_pack
    available()               # ("en", "es", ...)
    has_pack("de")            # False: a German document is "not assessed"
    language_pack("en").path  # the folder the engine reads

A document's language (``Document.language``, or ``--lang``) picks its pack
(``pack_code``); a language without one is never read with another language's rules.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from dignity.errors import ConfigError
from dignity.rulecache import compile_regex, load_yaml, yaml_error

__all__ = ["ENV_PACKS", "LanguagePack", "LanguageSpec", "available", "has_pack", "language_pack",
           "pack_code", "no_pack_reason", "not_assessed_reason", "refresh", "reading", "current",
           "compile_flagged"]

#: environment variable naming extra pack folders (``os.pathsep``-separated)
ENV_PACKS = "DIGNITY_LANGUAGE_PACKS"
#: the file that makes a folder a language pack
SPEC_FILE = "language.yaml"
#: the files every pack must hold besides ``language.yaml``
REQUIRED_FILES = ("recognizers.yaml", "context.yaml", "attribution.yaml")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Numbers(_Strict):
    """Number words and how a pattern embeds a number (``{NUM}``)."""

    #: a word or phrase -> its value ("three": 3, "a couple of": 2, "nueve": 9)
    words: dict[str, float] = Field(default_factory=dict)
    #: tens that take a unit after them ("twenty" 20: "twenty-three"; "treinta" 30: "treinta y dos")
    tens: dict[str, float] = Field(default_factory=dict)
    #: words joining tens and units, skipped when adding them up ("and"; "y"; "et")
    joiners: list[str] = Field(default_factory=list)
    #: the half that may follow a number: a regex of the tail ("and a half"; "y media"; "et demi")
    half_after: str | None = None
    #: a number that is a half by itself, at the start ("half", "half an"): a regex prefix
    half_before: str | None = None
    #: regex source of a number, embedded where a pattern writes ``{NUM}``
    regex: str
    #: words for a multiple ("twice", "double", "triple"; "doble"; "le double"): how many times a
    #: prison's capacity it holds (assess/checks.py ``occupancy``)
    multiples: dict[str, float] = Field(default_factory=dict)


class Dates(_Strict):
    """Month names and the date forms read in text."""

    #: a month name or abbreviation (lower case) -> its number 1-12
    months: dict[str, int] = Field(default_factory=dict)
    #: regex source of a month name as written ("Jan(?:uary)?|..."), used by ``forms``
    month_regex: str | None = None
    #: date regexes; ``{MON}`` is ``month_regex``; groups ``d``, ``m`` (a name or a
    #: number), ``y``, each with a suffix 1-9 to tell the forms apart ("d1", "m1", "y1")
    forms: list[str] = Field(default_factory=list)
    #: a part of a year (the last word of the ``year_part`` pattern's ``part`` group, lower case) ->
    #: the day it stands for, [month, day] ("late": [11, 1]: "since late 2019" counts from 1 November)
    year_parts: dict[str, tuple[int, int]] = Field(default_factory=dict)


class LanguageSpec(_Strict):
    """``language.yaml``: what the engine knows of a language, as data."""

    version: int = 1
    #: the ISO 639-1 code: the folder's name
    code: str
    #: its name in English and in itself ("Spanish", "español")
    name: str
    native_name: str | None = None
    #: the spaCy language whose blank pipeline tokenises it (``spacy.blank(code)``)
    spacy: str | None = None
    #: tokens ending in "." that do not end a sentence ("v", "no", "art", "sr")
    abbreviations: list[str] = Field(default_factory=list)
    numbers: Numbers | None = None
    #: a period -> its length in days, for rates ("day" 1, "week" 7; "semana" 7)
    periods: dict[str, float] = Field(default_factory=dict)
    #: a period word that names the same period as another ("daily": "day"; "diario": "día")
    period_aliases: dict[str, str] = Field(default_factory=dict)
    #: a time unit (singular) -> days, for durations ("month" 30.44; "mes")
    time_units: dict[str, float] = Field(default_factory=dict)
    #: a plural (or other form) of a time unit -> the unit ("meses": "mes"); English needs
    #: none (a trailing "s" is dropped)
    unit_forms: dict[str, str] = Field(default_factory=dict)
    dates: Dates | None = None
    #: words of frequency ("once", "twice"; "una vez", "dos veces") -> times
    frequency_words: dict[str, float] = Field(default_factory=dict)
    #: the standard's phrases (the catalogue's English regexes: ``mentions``, ``*_words``) in
    #: this language: key = a name of the catalogue's ``patterns`` ("ban_words") or the
    #: English regex itself; value = the regex of this language's words for it, read beside
    #: the English (``assess.checks.Env.phrase``)
    standard_phrases: dict[str, str] = Field(default_factory=dict)
    #: the clitic "not" is written as after a word (English "n't": "wasn't") and the whole words it
    #: makes ("wasn't", "can't"): a pattern's "not" also reads them (``contracted_not_variant``)
    contracted_not: str | None = None
    contracted_not_words: str | None = None
    #: named regexes the engine reads (``LanguagePack.rx``; the names are listed in the
    #: README, "Adding a language"); ``{NUM}`` is ``numbers.regex``; flags inline ("(?i)")
    patterns: dict[str, str] = Field(default_factory=dict)
    #: anything else a later step reads from the pack (free-form, documented in the README)
    extra: dict[str, Any] = Field(default_factory=dict)


@dataclass(frozen=True)
class LanguagePack:
    """One language's folder of data and its ``language.yaml``."""

    code: str
    path: Path
    spec: LanguageSpec = field(repr=False)
    _compiled: dict[str, re.Pattern[str]] = field(default_factory=dict, repr=False, compare=False)
    _contracted: dict[str, str] = field(default_factory=dict, repr=False, compare=False)

    def rx(self, name: str) -> re.Pattern[str]:
        """The pack's regex ``name`` (``patterns``), compiled once; one that matches nothing
        where the pack has none (a step the language does without)."""
        out = self._compiled.get(name)
        if out is None:
            source = self.spec.patterns.get(name)
            if source is None:
                out = _NEVER
            else:
                number = self.spec.numbers.regex if self.spec.numbers else r"(?!x)x"
                try:
                    out = compile_flagged(source.replace("{NUM}", number))
                except re.error as exc:
                    raise ConfigError(self.path / SPEC_FILE, f"patterns.{name}", f"bad regex: {exc}") from None
            self._compiled[name] = out
        return out

    def with_contracted_not(self, rx: str) -> str:
        """``rx`` with its "not" also read as the pack's contracted forms (``contracted_not_variant``);
        as written where the language has none."""
        clitic = self.spec.contracted_not
        if not clitic:
            return rx
        out = self._contracted.get(rx)
        if out is None:
            out = self._contracted[rx] = contracted_not_variant(rx, clitic, self.spec.contracted_not_words)
        return out

    def file(self, name: str) -> Path:
        """A file of the pack (which may not exist: optional files)."""
        return self.path / name

    @property
    def spacy_lang(self) -> str:
        return self.spec.spacy or self.code


#: a look-behind in a pattern: left as written (it must keep a fixed width)
LOOKBEHIND = re.compile(r"\(\?<[!=][^()]*\)")
#: " not" after a word or a group (optional or not), in a pattern: where a clitic may stand for it ("was not" /
#: "wasn't", "do(es)? not" / "doesn't")
_NOT_AFTER_WORD = re.compile(r"(?<=[A-Za-z)?]) not\b")
#: "not" opening an alternative or a group ("|not ventilated", "(?:not given"): where a contracted word may
_NOT_OPENING = re.compile(r"(?:(?<=\|)|(?<=\(\?:)|(?<=\((?![?])))not\b")


def contracted_not_variant(rx: str, clitic: str, words: str | None = None) -> str:
    """``rx`` with each " not" after a word also matching ``clitic`` joined to that word
    ("(?:was|were) not given" -> "(?:was|were)(?: not|n['’]t) given") and, given ``words``,
    each "not" that opens an alternative also matching them ("|not ventilated" reads
    "weren't ventilated"); never inside a look-behind, which must keep a fixed width."""
    after, opening = f"(?: not|{clitic})", f"(?:not|{words})" if words else None

    def one(part: str) -> str:
        part = _NOT_AFTER_WORD.sub(lambda _m: after, part)
        return _NOT_OPENING.sub(lambda _m: opening, part) if opening else part

    out, last = [], 0
    for m in LOOKBEHIND.finditer(rx):
        out += [one(rx[last:m.start()]), m.group(0)]
        last = m.end()
    out.append(one(rx[last:]))
    return "".join(out)


def _shipped_root() -> Path:
    return Path(str(resources.files("dignity.extract").joinpath("resources")))


def _extra_roots() -> list[Path]:
    raw = os.environ.get(ENV_PACKS, "")
    return [Path(p).expanduser() for p in raw.split(os.pathsep) if p.strip()]


def _candidates() -> list[Path]:
    """Every folder that may be a pack, the extra ones first."""
    out: list[Path] = []
    for root in _extra_roots():
        if not root.is_dir():
            raise ConfigError(root, f"${ENV_PACKS}", "no such folder (a language pack, or a folder of packs)")
        if (root / SPEC_FILE).is_file():
            out.append(root)
        else:
            out.extend(sorted(p for p in root.iterdir() if p.is_dir() and (p / SPEC_FILE).is_file()))
    root = _shipped_root()
    if root.is_dir():
        out.extend(sorted(p for p in root.iterdir() if p.is_dir() and (p / SPEC_FILE).is_file()
                          and not p.name.startswith(("_", "."))))
    return out


def _read_spec(folder: Path) -> LanguageSpec:
    source = folder / SPEC_FILE
    try:
        data = load_yaml(source.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(source, "file", f"cannot be read ({exc.strerror or exc})") from None
    except yaml_error() as exc:
        raise ConfigError(source, "file", f"invalid YAML: {' '.join(str(exc).split())}") from None
    if not isinstance(data, dict):
        raise ConfigError(source, "file", "must be a mapping (code, name, ...)")
    data.setdefault("code", folder.name)
    try:
        spec = LanguageSpec.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        raise ConfigError(source, ".".join(map(str, err["loc"])) or "file", err["msg"]) from None
    number = spec.numbers.regex if spec.numbers else r"(?!x)x"
    checks = [(f"patterns.{k}", v.replace("{NUM}", number)) for k, v in spec.patterns.items()]
    checks += [(f"standard_phrases.{k[:40]}", v) for k, v in spec.standard_phrases.items()]
    checks += [("numbers.regex", number)] + [(f"dates.forms[{i}]", f.replace("{MON}", spec.dates.month_regex or "x"))
                                             for i, f in enumerate(spec.dates.forms if spec.dates else [])]
    for where, rx in checks:
        try:
            compile_regex(rx)
        except re.error as exc:
            raise ConfigError(source, where, f"bad regex: {exc}") from None
    for name in REQUIRED_FILES:
        if not (folder / name).is_file():
            raise ConfigError(folder / name, "file", f"not found (every language pack needs {name})")
    return spec


_LOCK = threading.Lock()
_PACKS: dict[str, LanguagePack] | None = None
_KEY: str | None = None


def _registry() -> dict[str, LanguagePack]:
    """code -> pack, read once (again when ``$DIGNITY_LANGUAGE_PACKS`` changes)."""
    global _PACKS, _KEY
    key = os.environ.get(ENV_PACKS, "")
    packs = _PACKS
    if packs is not None and key == _KEY:
        return packs
    with _LOCK:
        if _PACKS is None or key != _KEY:
            found: dict[str, LanguagePack] = {}
            for folder in _candidates():
                spec = _read_spec(folder)
                code = spec.code.lower()
                if code not in found:  # the first found wins: extra folders before shipped ones
                    found[code] = LanguagePack(code, folder, spec)
            _PACKS, _KEY = found, key
        return _PACKS


def refresh() -> None:
    """Forget the packs read (tests that add a pack folder)."""
    global _PACKS
    with _LOCK:
        _PACKS = None


def pack_code(lang: str | None) -> str | None:
    """The pack code of a language tag ("en-GB" -> "en", "ES" -> "es"), or None."""
    if not lang:
        return None
    return lang.replace("_", "-").split("-")[0].strip().lower() or None


def available() -> tuple[str, ...]:
    """The codes of the languages with a pack, sorted."""
    return tuple(sorted(_registry()))


def has_pack(lang: str | None) -> bool:
    """Whether Dignity has rules for ``lang`` (a code or tag: "fr", "fr-CA")."""
    code = pack_code(lang)
    return code is not None and code in _registry()


def language_pack(lang: str | None) -> LanguagePack:
    """The pack of ``lang``; ConfigError naming the language where there is none."""
    code = pack_code(lang)
    packs = _registry()
    if code is None or code not in packs:
        raise ConfigError(f"language {lang!r}", "language pack",
                          f"no rules for this language (packs: {', '.join(sorted(packs)) or 'none'})")
    return packs[code]


#: matches nothing, and fails at once (led by ``\A``, it is tried at the start only)
_NEVER = re.compile(r"\A(?!)")


def compile_flagged(source: str, flags: int = 0) -> re.Pattern[str]:
    """A pack's regex, its leading "(?i)" read as ``re.IGNORECASE`` (the same regex, but the
    prefilter's lower-case twin and word requirements only read patterns without it)."""
    if source.startswith("(?i)"):
        return compile_regex(source[4:], flags | re.IGNORECASE)
    return compile_regex(source, flags)


_CURRENT: ContextVar[LanguagePack | None] = ContextVar("dignity_language", default=None)


@contextmanager
def reading(lang: str) -> Iterator[LanguagePack]:
    """Read with ``lang``'s pack for the duration of the block: the engine wraps each
    document in it, and the steps that read words of the language ask ``current()``."""
    pack = language_pack(lang)
    token = _CURRENT.set(pack)
    try:
        yield pack
    finally:
        _CURRENT.reset(token)


def current() -> LanguagePack:
    """The pack of the document being read (``reading``), English outside one."""
    pack = _CURRENT.get()
    return pack if pack is not None else language_pack("en")


def no_pack_reason(lang: str | None) -> str:
    """The one line every output gives for a document in a language without a pack."""
    return f"{pack_code(lang) or lang}: no rules for this language; not assessed"


def not_assessed_reason(lang: str | None) -> str | None:
    """``no_pack_reason`` for a document whose language has no pack; None for one read
    (or of unknown language: read as English)."""
    return no_pack_reason(lang) if lang and not has_pack(lang) else None
