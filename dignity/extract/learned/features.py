"""Sentence features for the trained layer: word unigrams and bigrams, as 64-bit keys.

A feature key is computed from spaCy's lower-case string ids (``LOWER``), which are
stable hashes of the strings, so no vocabulary is needed and nothing runs per token
in Python: one ``doc.to_array`` read and a few numpy operations for a whole document.
Spaces and punctuation are skipped; every number is one feature ``<num>``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LIKE_NUM, LOWER

__all__ = ["SentenceFeatures", "NUM_KEY", "bigram_keys", "sentence_features"]

#: the key of every number ("<num>")
NUM_KEY = np.uint64(0x6E756D5F6E756D5F)
_MIX = np.uint64(0x9E3779B97F4A7C15)


def bigram_keys(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """The key of the bigram (a, b) of two unigram keys (wrapping 64-bit arithmetic)."""
    with np.errstate(over="ignore"):
        return (a * _MIX) ^ (b + _MIX)


@dataclass
class SentenceFeatures:
    """The features of a document's sentences, as parallel arrays sorted by sentence.

    ``keys[i]`` is a feature of sentence ``sent[i]``; ``token[i]`` is the index (in
    ``doc``) of its first token, and ``width[i]`` 1 (unigram) or 2 (bigram).
    """

    keys: np.ndarray  # uint64
    sent: np.ndarray  # int64, non-decreasing
    token: np.ndarray  # int64
    width: np.ndarray  # int8
    n_sentences: int


def sentence_features(doc, spans: list[tuple[int, int]]) -> SentenceFeatures:
    """The uni- and bigram keys of each sentence ``spans[k] = (start, end)`` (character
    offsets into ``doc.text``, in order, not overlapping)."""
    n_sent = len(spans)
    empty = np.zeros(0, dtype=np.uint64)
    if len(doc) == 0 or n_sent == 0:
        return SentenceFeatures(empty, np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.int8), n_sent)
    arr = doc.to_array([LOWER, IDX, IS_SPACE, IS_PUNCT, LIKE_NUM])
    keys = arr[:, 0].astype(np.uint64)
    idx = arr[:, 1].astype(np.int64)
    keys[arr[:, 4] != 0] = NUM_KEY
    bounds = np.asarray(spans, dtype=np.int64)
    sid = np.searchsorted(bounds[:, 0], idx, side="right") - 1
    inside = (sid >= 0) & (idx < bounds[np.maximum(sid, 0), 1])
    word = inside & (arr[:, 2] == 0) & (arr[:, 3] == 0)
    tok = np.flatnonzero(word)
    ukeys, usid = keys[tok], sid[tok]
    same = usid[1:] == usid[:-1]
    bkeys = bigram_keys(ukeys[:-1][same], ukeys[1:][same])
    bsid = usid[:-1][same]
    btok = tok[:-1][same]
    all_keys = np.concatenate([ukeys, bkeys])
    all_sid = np.concatenate([usid, bsid])
    all_tok = np.concatenate([tok, btok])
    width = np.concatenate([np.ones(len(ukeys), np.int8), np.full(len(bkeys), 2, np.int8)])
    order = np.argsort(all_sid, kind="stable")
    return SentenceFeatures(all_keys[order], all_sid[order], all_tok[order], width[order], n_sent)
