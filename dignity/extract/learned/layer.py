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
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from dignity.extract.learned.features import sentence_features
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

    @property
    def name(self) -> str:
        return str(self.model.card.get("name", "dignity-sentences"))

    def proposals(self, doc, spans: list[tuple[int, int]],
                  covered: set[tuple[int, str]]) -> list[Proposal]:
        """Sentence-type pairs above the type's threshold and not in ``covered``
        (the (sentence, type) pairs the rules found)."""
        if not self._active or not spans:
            return []
        feats = sentence_features(doc, spans)
        scores = self.model.score(feats)
        cols = np.array([c for c, _, _ in self._active])
        ths = np.array([th for _, _, th in self._active], dtype=np.float64)
        # compare logits with the thresholds' logits: no exp() over the whole document
        lim = np.log(ths / (1.0 - ths))
        hits = np.argwhere(scores.logits[:, cols] > lim)
        out: list[Proposal] = []
        for s, j in hits.tolist():
            type_ = self._active[j][1]
            if (s, type_) in covered:
                continue
            logit = float(scores.logits[s, cols[j]])
            focus, terms = self._why(doc, scores, s, int(cols[j]))
            out.append(Proposal(s, type_, 1.0 / (1.0 + np.exp(-logit)), focus, terms))
        return out

    def _why(self, doc, scores, s: int, col: int) -> tuple[tuple[int, int], tuple[str, ...]]:
        f = scores.features
        lo, hi = np.searchsorted(f.sent, [s, s + 1])
        rows = scores.rows[lo:hi]
        known = np.flatnonzero(rows >= 0)
        contrib = self.model.weights[rows[known], col]
        order = known[np.argsort(-contrib, kind="stable")]
        terms: list[str] = []
        focus: tuple[int, int] | None = None
        seen: set[str] = set()
        for k in order[: TERMS_SHOWN * 3]:
            w = float(self.model.weights[rows[k], col])
            if w <= 0:
                break
            tok, width = int(f.token[lo + k]), int(f.width[lo + k])
            span = doc[tok: tok + width]
            if focus is None:
                focus = (span.start_char, span.end_char)
            text = span.text.lower()
            if text not in seen:
                seen.add(text)
                terms.append(f"{text} {w:+.2f}")
            if len(terms) >= TERMS_SHOWN:
                break
        if focus is None:
            first = doc[int(f.token[lo])] if hi > lo else doc[0]
            focus = (first.idx, first.idx + len(first))
        return focus, tuple(terms)


def shipped_model_dir() -> Path:
    """The folder of the model shipped in the package."""
    return Path(str(resources.files("dignity.extract.learned")))


@lru_cache(maxsize=None)
def _load(folder: str, lang: str) -> LearnedLayer | None:
    path = Path(folder)
    if not (path / f"{lang}.npz").exists():
        log.info("no trained model for %r in %s: rules only", lang, path)
        return None
    return LearnedLayer(SentenceModel.load(path, lang), str(path))


def load_layer(lang: str = "en", model_dir: str | os.PathLike[str] | None = None) -> LearnedLayer | None:
    """The trained layer for ``lang``: from ``model_dir``, else ``$DIGNITY_MODEL_DIR``,
    else the package's own; None where there is no model for the language."""
    folder = model_dir or os.environ.get(ENV_MODEL_DIR) or shipped_model_dir()
    return _load(str(Path(folder).expanduser()), lang)
