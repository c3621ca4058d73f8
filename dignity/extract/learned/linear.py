"""The trained sentence model: one logistic regression per fact type over a sentence's
word uni- and bigrams (the bag-of-n-grams family of spaCy's TextCatBOW and fastText).

Stored as two files in a model folder:

* ``<lang>.npz``: ``keys`` (sorted uint64 feature keys), ``weights`` (keys x types,
  float16) and ``bias`` (types);
* ``<lang>.json``: the card: the types and their thresholds (``null``: the type stays
  rule-only), how it was trained (data hash, sizes, cross-validated scores).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from dignity.errors import ConfigError
from dignity.extract.learned.features import SentenceFeatures

__all__ = ["SentenceModel", "Scores", "FORMAT_VERSION"]

FORMAT_VERSION = 1


@dataclass
class Scores:
    """A document's sentence scores: ``logits[s, t]`` for sentence s and type t."""

    logits: np.ndarray
    features: SentenceFeatures
    rows: np.ndarray  # per feature occurrence: its row in the model, -1 when unknown

    def probabilities(self) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-self.logits))


@dataclass
class SentenceModel:
    types: list[str]
    keys: np.ndarray  # (n,) uint64, sorted
    weights: np.ndarray  # (n, len(types)) float32
    bias: np.ndarray  # (len(types),) float32
    thresholds: dict[str, float | None]
    card: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.weights = np.asarray(self.weights, dtype=np.float32)
        self.bias = np.asarray(self.bias, dtype=np.float32)
        self._type_index = {t: i for i, t in enumerate(self.types)}

    # ------------------------------------------------------------------ scoring
    def rows_of(self, keys: np.ndarray) -> np.ndarray:
        """Each key's row in ``weights`` (-1 for a key the model does not know)."""
        if len(self.keys) == 0:
            return np.full(len(keys), -1, dtype=np.int64)
        pos = np.searchsorted(self.keys, keys)
        pos = np.minimum(pos, len(self.keys) - 1)
        return np.where(self.keys[pos] == keys, pos, -1)

    def score(self, feats: SentenceFeatures) -> Scores:
        """The logit of every type for every sentence: bias + the sum of the weights of
        the sentence's known n-grams (one gather and one segmented sum)."""
        rows = self.rows_of(feats.keys)
        logits = np.tile(self.bias, (feats.n_sentences, 1))
        hit = rows >= 0
        if hit.any():
            sid = feats.sent[hit]
            gathered = self.weights[rows[hit]]
            starts = np.concatenate([[0], np.flatnonzero(sid[1:] != sid[:-1]) + 1])
            logits[sid[starts]] += np.add.reduceat(gathered, starts, axis=0)
        return Scores(logits, feats, rows)

    def type_index(self, type_: str) -> int | None:
        return self._type_index.get(type_)

    def active(self) -> list[tuple[int, str, float]]:
        """(column, type, threshold) of the types the model proposes."""
        return [(i, t, float(th)) for i, t in enumerate(self.types)
                if (th := self.thresholds.get(t)) is not None]

    # ------------------------------------------------------------------ files
    def save(self, folder: Path, lang: str = "en") -> tuple[Path, Path]:
        folder.mkdir(parents=True, exist_ok=True)
        npz, card_path = folder / f"{lang}.npz", folder / f"{lang}.json"
        np.savez_compressed(npz, keys=self.keys, weights=self.weights.astype(np.float16),
                            bias=self.bias.astype(np.float32))
        card = {**self.card, "format": FORMAT_VERSION, "types": self.types,
                "thresholds": self.thresholds}
        card_path.write_text(json.dumps(card, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        return npz, card_path

    @classmethod
    def load(cls, folder: Path, lang: str = "en") -> SentenceModel:
        npz, card_path = Path(folder) / f"{lang}.npz", Path(folder) / f"{lang}.json"
        try:
            card = json.loads(card_path.read_text(encoding="utf-8"))
            with np.load(npz) as data:
                keys, weights, bias = data["keys"], data["weights"], data["bias"]
        except (OSError, ValueError, KeyError) as exc:
            raise ConfigError(folder, f"{lang} model", f"cannot read the trained model: {exc}") from None
        types = card.get("types")
        if card.get("format") != FORMAT_VERSION or not isinstance(types, list) \
                or weights.shape != (len(keys), len(types)) or bias.shape != (len(types),):
            raise ConfigError(card_path, "card", "not a dignity sentence model of this version")
        return cls(types, keys.astype(np.uint64), weights, bias, dict(card.get("thresholds", {})), card)
