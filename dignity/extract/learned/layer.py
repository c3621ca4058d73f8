"""The trained layer at run time: which sentences the model says hold a fact of a type
the rules did not find there, how sure it is, and which n-grams weighed most.

The engine turns each ``Proposal`` into a ``Fact`` whose evidence is the sentence,
with the same context, attribution and subject steps as a rule's fact (the target
of those steps is the n-gram that weighed most, ``focus``).
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import numpy as np

from dignity.errors import ConfigError
from dignity.extract.learned.features import key_table, low_bits, sentence_features, sentence_keys
from dignity.extract.learned.linear import SentenceModel

__all__ = ["Proposal", "LearnedLayer", "load_layer", "ENV_MODEL_DIR", "shipped_model_dir"]

log = logging.getLogger(__name__)

#: a folder with a team's model (``dignity train -o DIR``), used instead of the shipped one
ENV_MODEL_DIR = "DIGNITY_MODEL_DIR"
#: how many n-grams an explanation names
TERMS_SHOWN = 4


@dataclass(frozen=True)
class Proposal:
    sentence: int  # index into the spans given
    type: str
    probability: float
    focus: tuple[int, int]  # character offsets in the document of the n-gram that weighed most
    terms: tuple[str, ...]  # the n-grams that weighed most, with their weights


class LearnedLayer:
    def __init__(self, model: SentenceModel, source: str = "") -> None:
        self.model = model
        self.source = source
        self._active = model.active()
        # run time reads only the active types' weights, and only the n-grams that have
        # one: a small contiguous table (the explanation reads the full model)
        cols = np.array([c for c, _, _ in self._active], dtype=np.int64)
        ths = np.array([th for _, _, th in self._active], dtype=np.float64)
        self._lim = np.log(ths / (1.0 - ths))  # thresholds as logits: no exp() per sentence
        weights = model.weights[:, cols] if len(cols) else np.zeros((len(model.keys), 0), np.float32)
        used = np.flatnonzero(np.abs(weights).max(axis=1) > 0) if len(cols) else np.zeros(0, np.int64)
        self._keys = model.keys[used]
        self._table = key_table(self._keys)  # most n-grams are not in the model: one gather says so
        self._weights = np.ascontiguousarray(weights[used].T, dtype=np.float64)  # (active types, keys)
        self._bias = model.bias[cols].astype(np.float64) if len(cols) else np.zeros(0)

    @property
    def name(self) -> str:
        return str(self.model.card.get("name", "dignity-sentences"))

    def proposals(self, doc, spans: list[tuple[int, int]],
                  covered: set[tuple[int, str]]) -> list[Proposal]:
        """Sentence-type pairs above the type's threshold and not in ``covered``
        (the (sentence, type) pairs the rules found)."""
        if not self._active or not spans or len(self._keys) == 0:
            return []
        all_keys, all_sid = sentence_keys(doc, spans)
        maybe = np.flatnonzero(self._table[low_bits(all_keys)])
        keys = all_keys[maybe]
        pos = np.searchsorted(self._keys, keys)
        pos[pos == len(self._keys)] = 0
        hit = self._keys[pos] == keys
        sid, rows = all_sid[maybe[hit]], pos[hit]
        n = len(spans)
        out: list[Proposal] = []
        feats = None
        for j, (col, type_, _th) in enumerate(self._active):
            logits = np.bincount(sid, weights=self._weights[j, rows], minlength=n) + self._bias[j]
            for s in np.flatnonzero(logits > self._lim[j]).tolist():
                if (s, type_) in covered:
                    continue
                if feats is None:  # where each n-gram is: only for a document with a proposal
                    feats = sentence_features(doc, spans)
                focus, terms = self._why(doc, feats, s, col)
                out.append(Proposal(s, type_, float(1.0 / (1.0 + np.exp(-logits[s]))), focus, terms))
        out.sort(key=lambda p: (p.sentence, p.type))
        return out

    def _why(self, doc, feats, s: int, col: int) -> tuple[tuple[int, int], tuple[str, ...]]:
        """The n-grams of sentence ``s`` that weighed most for the type in column ``col``
        (strongest first), and the first one's offsets: the fact's focus."""
        mine = feats.of_sentence(s)
        rows = self.model.rows_of(feats.keys[mine])
        known = rows >= 0
        mine, rows = mine[known], rows[known]
        contrib = self.model.weights[rows, col]
        # strongest first; between equals, the earlier in the text
        order = np.lexsort((feats.token[mine], -contrib))
        terms: list[str] = []
        focus: tuple[int, int] | None = None
        seen: set[str] = set()
        for k in order[: TERMS_SHOWN * 3].tolist():
            w = float(contrib[k])
            if w <= 0:
                break
            tok, width = int(feats.token[mine[k]]), int(feats.width[mine[k]])
            span = doc[tok: tok + width]
            if focus is None:
                focus = (span.start_char, span.end_char)
            text = span.text.lower()
            if text not in seen:
                seen.add(text)
                terms.append(f"{text} {w:+.2f}")
            if len(terms) >= TERMS_SHOWN:
                break
        if focus is None:  # no n-gram for the type: the bias alone (the sentence's first token)
            own = feats.of_sentence(s)
            first = doc[int(feats.token[own].min())] if len(own) else doc[0]
            focus = (first.idx, first.idx + len(first))
        return focus, tuple(terms)


def shipped_model_dir() -> Path:
    """The folder of the model shipped in the package."""
    return Path(str(resources.files("dignity.extract.learned")))


@cache
def _load(folder: str, lang: str) -> LearnedLayer | None:
    path = Path(folder)
    if not (path / f"{lang}.npz").exists():
        log.info("no trained model for %r in %s: rules only", lang, path)
        return None
    return LearnedLayer(SentenceModel.load(path, lang), str(path))


def load_layer(lang: str = "en", model_dir: str | os.PathLike[str] | None = None) -> LearnedLayer | None:
    """The trained layer for ``lang``: from ``model_dir``, else ``$DIGNITY_MODEL_DIR``,
    else the package's own; None where there is no model for the language."""
    chosen = model_dir or os.environ.get(ENV_MODEL_DIR)
    folder = Path(chosen).expanduser() if chosen else shipped_model_dir()
    if chosen and not folder.is_dir():
        where = "model folder" if model_dir else f"${ENV_MODEL_DIR}"
        raise ConfigError(folder, where, "no such folder (a model written by `dignity train -o DIR`)")
    return _load(str(folder), lang)
