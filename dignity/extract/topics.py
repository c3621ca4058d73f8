"""Topic mentions: a condition of detention the text raises without a fact.

"The judgment granted relief in four areas: food, laundry and exercise", "plaintiffs argue
that the conditions on death row violated the Eighth Amendment", "the Commission's deep concern
at the deficient conditions of internment": the document raises the topic and gives nothing
that can be measured.  A reviewer opens the rules of that area as insufficient information and
asks what would answer them; ``TopicMention`` records the topic so that the assessment can.

A topic word counts only where its sentence raises it: a claim, a relief or order, a concern
or a word that says the conditions fall short (``cues``), near the word; a sentence that states
a norm, recommends, lists a mandate, cites or states the law, or supposes (``quiet``), before
the word, raises nothing.  Some words raise their topic alone (``alone``: a lockdown).

The topics and the rules they open: ``dignity/extract/topics.yaml``; the words of each
language: ``resources/<lang>/topics.yaml``.  This module holds no word of any language.
Mentions are not facts: they are never scored as facts, and they never change a fact.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from dignity.errors import ConfigError
from dignity.extract.prefilter import Scanner, lowered, never_empty, requirements, satisfied
from dignity.model import Document, Evidence, TopicMention
from dignity.rulecache import compile_regex, load_yaml

__all__ = ["TopicSpec", "topic_specs", "TopicFinder", "load_topics", "find_topics"]

#: where a sentence (or a clause after a semicolon) ends: the white space after ".", "!", "?" or
#: ";" before more text, or a run of line breaks. (Written as ``(?<=[.!?;])\s+(?=[^\s])|\n+``
#: matches the same, but led by a look-behind ``re`` tries it at every character; led by the
#: class of white space it jumps from one white-space character to the next.)
_BOUNDARY = re.compile(r"\s(?:(?<=[.!?;]\s)\s*(?=[^\s])|(?<=\n)\n*)")


class TopicSpec(BaseModel):
    """One topic of ``dignity/extract/topics.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    label: str
    types: list[str]
    lead: list[str] | None = None
    except_: list[str] = Field(default_factory=list, alias="except")
    general: bool = False

    @property
    def leads(self) -> list[str]:
        return list(self.lead) if self.lead is not None else list(self.types)


class _TopicsFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    topics: dict[str, TopicSpec]


class _LangFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    window: int = 160
    subject: str = ""
    cues: dict[str, list[str]]
    quiet: dict[str, list[str]] = Field(default_factory=dict)
    terms: dict[str, list[str]]
    alone: dict[str, list[str]] = Field(default_factory=dict)


def _shared_path() -> Path:
    return Path(str(resources.files("dignity.extract").joinpath("topics.yaml")))


@lru_cache(maxsize=1)
def topic_specs() -> dict[str, TopicSpec]:
    """The topics (``dignity/extract/topics.yaml``), by id."""
    from dignity.model import FACT_TYPES

    source = "dignity/extract/topics.yaml"
    try:
        spec = _TopicsFile.model_validate(load_yaml(_shared_path().read_text(encoding="utf-8")))
    except ValidationError as exc:
        err = exc.errors()[0]
        raise ConfigError(source, ".".join(str(x) for x in err["loc"]), err["msg"]) from None
    for name, t in spec.topics.items():
        bad = sorted(set(t.types + t.leads) - set(FACT_TYPES))
        if bad:
            raise ConfigError(source, f"topics.{name}", f"unknown fact type(s): {', '.join(bad)}")
    return spec.topics


def _union(patterns: list[str], where: str, source: str) -> re.Pattern[str] | None:
    if not patterns:
        return None
    try:
        return compile_regex("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
    except re.error as exc:
        raise ConfigError(source, where, f"bad regex: {exc}") from None


@dataclass(frozen=True)
class _Hit:
    topic: str
    start: int
    end: int
    alone: bool


class TopicFinder:
    """The topic mentions of one language's texts."""

    def __init__(self, data: Any, source: str) -> None:
        try:
            spec = _LangFile.model_validate(data)
        except ValidationError as exc:
            err = exc.errors()[0]
            raise ConfigError(source, ".".join(str(x) for x in err["loc"]), err["msg"]) from None
        known = topic_specs()
        for name in list(spec.terms) + list(spec.alone):
            if name not in known:
                raise ConfigError(source, f"terms.{name}", "no such topic in dignity/extract/topics.yaml")
        self.window = spec.window
        self.subject = spec.subject
        self.cues = {k: rx for k, v in spec.cues.items() if (rx := _union(v, f"cues.{k}", source)) is not None}
        self.quiet = {k: rx for k, v in spec.quiet.items() if (rx := _union(v, f"quiet.{k}", source)) is not None}
        self.terms = {k: rx for k, v in spec.terms.items() if (rx := _union(v, f"terms.{k}", source)) is not None}
        self.alone = {k: rx for k, v in spec.alone.items() if (rx := _union(v, f"alone.{k}", source)) is not None}
        # the same searches by lower-case twins (prefilter.py: the regex's own matches, found
        # faster), where no match is empty: a cue or a regime's name, as one regex (a sentence
        # with neither, most of them, raises nothing), and each topic's words
        gate = _union([p for v in [*spec.cues.values(), *spec.alone.values()] for p in v], "cues", source)
        self._gate = Scanner(gate) if gate is not None and never_empty(gate) else None
        self._gate_rx = gate
        self._terms = [(k, Scanner(rx) if never_empty(rx) else None, rx) for k, rx in self.terms.items()]
        self._alone = [(k, Scanner(rx) if never_empty(rx) else None, rx) for k, rx in self.alone.items()]
        self._quiet_needs = {k: requirements(rx.pattern, rx.flags) for k, rx in self.quiet.items()}

    # ------------------------------------------------------------------
    def mentions(self, document: Document) -> list[TopicMention]:
        text = document.text or ""
        out: list[TopicMention] = []
        seen: set[str] = set()
        gate, gate_rx = self._gate, self._gate_rx
        if gate_rx is None:
            return out
        for begin, end in _sentences(text):
            sentence = text[begin:end]
            low = lowered(sentence)
            # a topic word counts only beside a cue, or alone as a regime's name: a sentence with
            # neither (most of them) is passed over before its topic words are searched
            if (gate.search(sentence, low) if gate is not None else gate_rx.search(sentence)) is None:
                continue
            hits = self._hits(sentence, low)
            if not hits:
                continue
            specific = any(not topic_specs()[h.topic].general for h in hits)
            for h in hits:
                if topic_specs()[h.topic].general and specific:
                    continue  # "the conditions on death row": the specific topic speaks
                if self._quiet(sentence, h.start, low) is not None:
                    continue
                cue = ("regime", sentence[h.start:h.end]) if h.alone else self._cue(sentence, h)
                if cue is None:
                    continue
                key = f"{h.topic}:{begin}"
                if key in seen:
                    continue
                seen.add(key)
                out.append(self._mention(document, text, begin, end, h, cue))
        return out

    def _hits(self, sentence: str, low: str) -> list[_Hit]:
        hits = [_Hit(t, m.start(), m.end(), False) for t, sc, rx in self._terms
                for m in (sc.matches(sentence, low) if sc is not None else rx.finditer(sentence))]
        hits += [_Hit(t, m.start(), m.end(), True) for t, sc, rx in self._alone
                 for m in (sc.matches(sentence, low) if sc is not None else rx.finditer(sentence))]
        hits.sort(key=lambda h: (h.start, h.topic))
        return hits

    def _quiet(self, sentence: str, at: int, low: str | None = None) -> str | None:
        """The kind of quiet words before ``at`` in the sentence (a norm, a recommendation ...);
        ``low``: the sentence lower-cased, where a kind whose every match needs a word the
        sentence lacks is not searched (``prefilter.requirements``)."""
        for kind, rx in self.quiet.items():
            needs = self._quiet_needs.get(kind, ())
            if low is not None and needs and not satisfied(needs, low):
                continue
            if rx.search(sentence, 0, at):
                return kind
        return None

    def _cue(self, sentence: str, h: _Hit) -> tuple[str, str] | None:
        """The nearest words that raise the topic word ``h`` (within ``window``), and their kind."""
        best: tuple[int, str, str] | None = None
        lo, hi = max(0, h.start - self.window), min(len(sentence), h.end + self.window)
        for kind, rx in self.cues.items():
            for m in rx.finditer(sentence, lo, hi):
                if m.start() < h.end and m.end() > h.start:
                    continue  # the topic word itself
                gap = h.start - m.end() if m.end() <= h.start else m.start() - h.end
                if best is None or gap < best[0]:
                    best = (gap, kind, m.group(0))
        return (best[1], best[2]) if best is not None else None

    def _mention(self, document: Document, text: str, begin: int, end: int, h: _Hit,
                 cue: tuple[str, str]) -> TopicMention:
        spec = topic_specs()[h.topic]
        start, stop = begin + h.start, begin + h.end
        ev = Evidence(document=document.id, start=start, end=stop, text=text[start:stop],
                      sentence=" ".join(text[begin:end].split()), page=document.page_of(start))
        digest = hashlib.sha256(f"{document.id}:{h.topic}:{start}".encode()).hexdigest()[:12]
        return TopicMention(id=f"topic-{digest}", topic=h.topic, label=spec.label, types=list(spec.types),
                            context=cue[0], cue=cue[1], subject=self.subject, evidence=[ev])


def _sentences(text: str) -> list[tuple[int, int]]:
    out, begin = [], 0
    for m in _BOUNDARY.finditer(text):
        if m.start() > begin:
            out.append((begin, m.start()))
        begin = m.end()
    if begin < len(text):
        out.append((begin, len(text)))
    return out


@lru_cache(maxsize=None)
def load_topics(lang: str = "en") -> TopicFinder | None:
    """The topic finder of ``lang``'s pack, or None where the pack has no ``topics.yaml``."""
    from dignity.extract.languages import language_pack
    from dignity.extract.recognizer import read_resource

    if not language_pack(lang).file("topics.yaml").is_file():
        return None
    data, source = read_resource(lang, "topics.yaml")
    return TopicFinder(data, source)


def find_topics(document: Document, lang: str = "en") -> list[TopicMention]:
    """The topic mentions of ``document`` read with ``lang``'s words."""
    finder = load_topics(lang)
    return finder.mentions(document) if finder is not None else []
