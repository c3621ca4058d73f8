"""Recognizers as data: a recognizer is a fact type, the anchor words that make a
sentence worth looking at, and a list of patterns (regexes written with named term
lists).  The YAML lives in ``resources/<lang>/recognizers.yaml`` and is validated
here, at load, with the file and the recognizer named in any error.

Pattern syntax (see the YAML's header for a lawyer-readable summary):

* ``{TERM}`` is replaced by the alternation of the phrases of term list ``TERM``;
* ``{GAP}`` / ``{GAP:n}`` is up to 4 / n intervening words;
* a space means "some white space"; the rest is Python ``re`` syntax, matched
  case-insensitively on one sentence, with word boundaries at both ends.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from dignity.errors import ConfigError
from dignity.rulecache import cached, compile_regex, load_yaml, yaml_error
from dignity.extract.languages import LOOKBEHIND, contracted_not_variant, has_pack, language_pack
from dignity.extract.prefilter import Scanner
from dignity.model import FACT_TYPES

__all__ = ["Pattern", "Recognizer", "RecognizerSet", "load_recognizers", "compile_pattern", "phrase_regex"]

_TERM_REF = re.compile(r"\{([A-Z][A-Z0-9_]*)(?::(\d+))?\}")
_MAX_PATTERN_LEN = 4000


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Pattern(_Strict):
    name: str
    regex: str
    score: float = Field(0.8, ge=0.0, le=1.0)
    #: the fact this pattern describes is the condition NOT holding (an adequate
    #: provision: "unlimited access to potable water")
    negated: bool = False
    #: a fixed value for the fact ("pretrial", true, false)
    value: Any = None
    #: name of a value hook in ``values.HOOKS`` that reads the match
    value_hook: str | None = None
    #: regex that, when found in the sentence, vetoes this pattern
    unless: str | None = None
    #: the pattern runs only on sentences with one of these anchors (a subset of the
    #: recognizer's anchors); by default, on every sentence its recognizer runs on
    anchors: list[str] | None = None
    #: regex that must also be found in the sentence for this pattern to count
    requires: str | None = None
    #: a ConText category this pattern needs to be inside (e.g. NEGATED for a bare
    #: mention that only counts when negated)
    requires_context: str | None = None
    #: ConText categories that do not apply to this pattern (a request to "lift the
    #: restrictions" presupposes the restrictions: not hypothetical)
    ignores: list[str] = Field(default_factory=list)
    example: str | None = None


class Recognizer(_Strict):
    id: str
    type: str
    description: str = ""
    anchors: list[str] = Field(min_length=1)
    patterns: list[Pattern] = Field(min_length=1)
    unit: str | None = None
    #: regex that, when found in the sentence, vetoes every pattern of this recognizer
    unless: str | None = None

    @field_validator("patterns")
    @classmethod
    def _pattern_anchors_are_anchors(cls, v: list[Pattern], info: Any) -> list[Pattern]:
        own = {a.lower() for a in info.data.get("anchors", [])}
        for p in v:
            extra = [a for a in (p.anchors or []) if a.lower() not in own]
            if extra:
                raise ValueError(f"pattern {p.name!r}: anchors {extra} are not anchors of the recognizer")
        return v

    @field_validator("type")
    @classmethod
    def _known_type(cls, v: str) -> str:
        if v not in FACT_TYPES:
            raise ValueError(f"unknown fact type {v!r}")
        return v


class RecognizerFile(_Strict):
    version: int = 1
    language: str = "en"
    terms: dict[str, list[str]] = Field(default_factory=dict)
    recognizers: list[Recognizer]


class CompiledPattern:
    __slots__ = ("recognizer", "pattern", "regex", "unless", "requires", "anchors", "scan")

    def __init__(self, recognizer: Recognizer, pattern: Pattern, regex: re.Pattern[str],
                 unless: re.Pattern[str] | None, requires: re.Pattern[str] | None = None) -> None:
        self.recognizer = recognizer
        self.pattern = pattern
        self.regex = regex
        # each regex with the words a sentence must contain for it to match and its
        # lower-case twin (prefilter.py); ``.regex`` is the regex as written
        self.unless = Scanner(unless) if unless is not None else None
        self.requires = Scanner(requires) if requires is not None else None
        self.anchors = frozenset(a.lower() for a in pattern.anchors) if pattern.anchors else None
        self.scan = Scanner(regex, extra=requires)  # needs: the words of ``requires`` too


class RecognizerSet:
    """Every recognizer of one language, compiled once."""

    def __init__(self, spec: RecognizerFile, source: str, lang: str | None = None) -> None:
        self.spec = spec
        self.source = source
        #: the language of the pack: its number words are what ``{NUM}`` stands for
        self.lang = lang or spec.language
        self._number: str | None = None
        self.terms = spec.terms
        self.recognizers = {r.id: r for r in spec.recognizers}
        self._compiled: dict[str, list[CompiledPattern]] = {}
        self.anchors: dict[str, set[str]] = {}  # anchor phrase (lower) -> recognizer ids
        for rec in spec.recognizers:
            for a in rec.anchors:
                self.anchors.setdefault(a.lower(), set()).add(rec.id)

    def patterns(self, rec_id: str) -> list[CompiledPattern]:
        """The compiled patterns of one recognizer (compiled on first use, then kept)."""
        out = self._compiled.get(rec_id)
        if out is None:
            out = self._compiled[rec_id] = self._compile_recognizer(self.recognizers[rec_id])
        return out

    def validate(self) -> None:
        """Compile every pattern now: a bad regex raises ConfigError naming file and rule."""
        for rec_id in self.recognizers:
            self.patterns(rec_id)

    def number(self) -> str:
        """Regex source of a number in the pack's language (``{NUM}``)."""
        if self._number is None:
            from dignity.extract.values import lexicon

            self._number = lexicon(self.lang).number
        return self._number

    def _compile_recognizer(self, rec: Recognizer) -> list[CompiledPattern]:
        spec, source, num = self.spec, self.source, self.number()
        lang = language_pack(self.lang).spec if has_pack(self.lang) else None
        # the pack's contracted "not" ("wasn't provided" where a pattern says "was not provided")
        nt = (lang.contracted_not, lang.contracted_not_words) if lang is not None and lang.contracted_not else None
        rec_unless = _compile(rec.unless, spec.terms, source, f"recognizer {rec.id!r}", "unless", number=num,
                              contracted_not=nt) if rec.unless else None
        out = []
        for pat in rec.patterns:
            where = f"recognizer {rec.id!r}, pattern {pat.name!r}"
            rx = _compile(pat.regex, spec.terms, source, where, "regex", bounded=True, number=num, contracted_not=nt)
            unless = _compile(pat.unless, spec.terms, source, where, "unless", number=num,
                              contracted_not=nt) if pat.unless else None
            if unless is None:
                unless = rec_unless
            elif rec_unless is not None:
                unless = compile_regex(f"(?:{unless.pattern})|(?:{rec_unless.pattern})", re.I)
            if pat.value_hook is not None:
                from dignity.extract.values import HOOKS

                if pat.value_hook not in HOOKS:
                    raise ConfigError(source, where, f"unknown value_hook {pat.value_hook!r}")
            requires = _compile(pat.requires, spec.terms, source, where, "requires",
                                number=num, contracted_not=nt) if pat.requires else None
            out.append(CompiledPattern(rec, pat, rx, unless, requires))
        return out


def expand_terms(text: str, terms: dict[str, list[str]], source: str = "<terms>",
                 where: str = "", number: str | None = None) -> str:
    """``{TERM}`` -> the alternation of its phrases; ``{NUM}`` -> ``number`` (a number in
    the pack's language; English's by default), ``{GAP}``, ``{W}``."""
    def repl(m: re.Match[str]) -> str:
        name, n = m.group(1), m.group(2)
        if name == "NUM":
            if number is not None:
                return number
            from dignity.extract.values import NUMBER

            return NUMBER
        if name == "GAP":
            k = int(n) if n else 4
            # a word may sit in quotation marks: the words a report quotes ("une « porte de
            # type saloon » n'offrant aucune intimité") are words of the sentence
            return rf"(?:(?:[«“\"]\s?)?[\w'’\-]+(?:\s?[»”\"])?[\s,]+){{0,{k}}}?"
        if name == "W":
            # a word, or one in parentheses or quotes ("the Special Housing Unit (SHU)", a "validated" member)
            return r"[(“\"]?[\w'’\-]+[)”\"]?"
        if name not in terms:
            raise ConfigError(source, where, f"unknown term list {{{name}}}")
        alts = sorted((phrase_regex(p) for p in terms[name]), key=len, reverse=True)
        return "(?:" + "|".join(alts) + ")"

    return _TERM_REF.sub(repl, text)


def phrase_regex(phrase: str) -> str:
    """A term-list phrase: literal words; ``*`` at a word's end allows any ending."""
    words = phrase.strip().split()
    out = []
    for w in words:
        star = w.endswith("*")
        w = w.rstrip("*")
        piece = re.escape(w).replace("\\-", "[\\-\\s]?")
        if star:
            piece += r"[\w\-]*"
        out.append(piece)
    return r"\s+".join(out)


def compile_pattern(regex: str, terms: dict[str, list[str]], source: str = "<pattern>",
                    where: str = "", bounded: bool = True, number: str | None = None) -> re.Pattern[str]:
    return _compile(regex, terms, source, where, "regex", bounded=bounded, number=number)


def _compile(regex: str, terms: dict[str, list[str]], source: str, where: str, field: str,
             bounded: bool = False, number: str | None = None,
             contracted_not: tuple[str, str | None] | None = None) -> re.Pattern[str]:
    if len(regex) > _MAX_PATTERN_LEN:
        raise ConfigError(source, where, f"{field} is longer than {_MAX_PATTERN_LEN} characters")
    # the term lists the pattern names, as one digest: the key of its expansion in the rules cache
    used = [(name, terms[name]) for name in dict.fromkeys(m.group(1) for m in _TERM_REF.finditer(regex))
            if name in terms]
    digest = hashlib.sha1(repr(used).encode("utf-8")).hexdigest() if used else ""
    expanded = cached("recognizer.expand", (regex, digest, number, bounded, contracted_not),
                      lambda: _expand(regex, terms, source, where, number, bounded, contracted_not))
    try:
        return compile_regex(expanded, re.IGNORECASE)
    except re.error as exc:
        raise ConfigError(source, where, f"bad {field}: {exc}") from None


def _expand(regex: str, terms: dict[str, list[str]], source: str, where: str, number: str | None,
            bounded: bool, contracted_not: tuple[str, str | None] | None = None) -> str:
    """The regex a pattern is compiled to: its terms expanded, its " not" also contracted
    (``contracted_not``), its spaces made white space, word-bounded if asked."""
    expanded = expand_terms(regex, terms, source, where, number)
    if contracted_not:
        expanded = contracted_not_variant(expanded, *contracted_not)
    expanded = _spaces_to_whitespace(expanded)
    if bounded:
        # a match that ends on an elision ("il convient d'", "qu'") runs into the next word
        expanded = rf"(?<![\w\-])(?:{expanded})(?:(?<=['’])|(?![\w]))"
    return expanded


def _spaces_to_whitespace(rx: str) -> str:
    """A space in a pattern means any white space, except inside a look-behind,
    which must keep a fixed width (there it means one space)."""
    out, last = [], 0
    for m in LOOKBEHIND.finditer(rx):
        out.append(_ws(rx[last:m.start()]))
        out.append(m.group(0))
        last = m.end()
    out.append(_ws(rx[last:]))
    return "".join(out)


_CHAR_CLASS = re.compile(r"\[(?:\\.|[^\]\\])*\]")


def _ws(part: str) -> str:
    """" ?" is an optional space; any other space is white space or a comma between
    words; a space inside a character class ("[- ]") stays a space."""
    out, last = [], 0
    for m in _CHAR_CLASS.finditer(part):
        out.append(_ws_plain(part[last:m.start()]))
        out.append(m.group(0))
        last = m.end()
    out.append(_ws_plain(part[last:]))
    return "".join(out)


def _ws_plain(part: str) -> str:
    part = re.sub(r"(?<!\\) \?", r"\\s*", part)
    return re.sub(r"(?<!\\) (?![*+?{])", r"[\\s,]+", part)


def read_resource(lang: str, name: str) -> tuple[Any, str]:
    """The parsed YAML of file ``name`` of ``lang``'s pack (``languages.py``), and its name."""
    from dignity.extract.languages import language_pack

    pack = language_pack(lang)
    path = pack.file(name)
    shipped = Path(str(resources.files("dignity.extract").joinpath("resources")))
    try:
        source = f"dignity/extract/resources/{path.relative_to(shipped).as_posix()}"
    except ValueError:
        source = str(path)
    try:
        return load_yaml(path.read_text(encoding="utf-8")), source
    except FileNotFoundError:
        raise ConfigError(source, "file", "not found") from None
    except yaml_error() as exc:
        raise ConfigError(source, "file", f"invalid YAML: {exc}") from None


def parse_recognizers(data: Any, source: str, lang: str | None = None) -> RecognizerSet:
    try:
        spec = RecognizerFile.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = list(err["loc"])
        where = "file"
        if len(loc) >= 2 and loc[0] == "recognizers" and isinstance(loc[1], int):
            try:
                where = f"recognizer {data['recognizers'][loc[1]].get('id', loc[1])!r}"
            except Exception:  # noqa: BLE001 - best effort naming
                where = f"recognizer #{loc[1]}"
            loc = loc[2:]
        raise ConfigError(source, where, f"{'.'.join(map(str, loc)) or 'value'}: {err['msg']}") from None
    ids = [r.id for r in spec.recognizers]
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        raise ConfigError(source, f"recognizer {sorted(dup)[0]!r}", "duplicate id")
    return RecognizerSet(spec, source, lang)


@lru_cache(maxsize=None)
def load_recognizers(lang: str = "en") -> RecognizerSet:
    data, source = read_resource(lang, "recognizers.yaml")
    return parse_recognizers(data, source, lang)

