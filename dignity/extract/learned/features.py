"""Sentence features for the trained layer: token unigrams and bigrams, as 64-bit keys.

A feature key is computed from spaCy's lower-case string ids (``LOWER``), which are
stable hashes of the strings, so no vocabulary is needed and nothing runs per token
in Python: one two-column ``doc.to_array`` read and a few numpy operations for a
whole document.  Punctuation and white space (a fixed list of their string ids) are
skipped; numbers count as themselves (asking spaCy for the punctuation or number
flags of every token would cost more than all the rest together).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from spacy.attrs import IDX, LOWER
from spacy.strings import hash_string

__all__ = ["SentenceFeatures", "SKIP_KEYS", "bigram_keys", "key_table", "low_bits", "sentence_features",
           "sentence_keys"]

_MIX = np.uint64(0x9E3779B97F4A7C15)
_SKIP_TEXT = (".", ",", ";", ":", "(", ")", "[", "]", "{", "}", '"', "'", "“", "”", "‘", "’", "-", "–",
              "—", "/", "?", "!", "…", "§", "*", "•", "·", "%", "''", "``", "--", "...",
              "\n", "\n\n", "\n\n\n", " ", "  ", "   ", "\t", "\n ", " \n")
#: the string ids of the tokens that are not words
# (sorted and unique as np.unique gives them; np.unique would import numpy.ma, 30 ms at start-up)
SKIP_KEYS = np.array(sorted({hash_string(t) for t in _SKIP_TEXT}), dtype=np.uint64)
TABLE_BITS = 20
_LOW = np.uint64((1 << TABLE_BITS) - 1)


def key_table(keys: np.ndarray) -> np.ndarray:
    """A presence table of ``keys`` by their low ``TABLE_BITS`` bits: ``table[k & mask]``
    is a one-gather membership test (true for every key given; for another key,
    true with probability len(keys) / 2**TABLE_BITS)."""
    table = np.zeros(1 << TABLE_BITS, dtype=bool)
    table[(keys & _LOW).astype(np.int64)] = True
    return table


def low_bits(keys: np.ndarray) -> np.ndarray:
    return (keys & _LOW).astype(np.int64)


_SKIP_TABLE = key_table(SKIP_KEYS)


def bigram_keys(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """The key of the bigram (a, b) of two unigram keys (64-bit arithmetic wraps:
    numpy does not check array integer overflow)."""
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

    def of_sentence(self, s: int) -> np.ndarray:
        """The indices of sentence ``s``'s features (a binary search)."""
        lo, hi = np.searchsorted(self.sent, [s, s + 1])
        return np.arange(lo, hi)


def _tokens(doc, spans: list[tuple[int, int]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(unigram keys, their sentence, their token index): the word tokens of the sentences."""
    arr = doc.to_array([LOWER, IDX])
    keys = arr[:, 0]
    idx = arr[:, 1].astype(np.int64)
    bounds = np.asarray(spans, dtype=np.int64)
    sid = np.searchsorted(bounds[:, 0], idx, side="right") - 1
    # a token between two sentences (the white space the splitter trims) is in neither;
    # punctuation and white space by a table look-up: a word whose id shares its low
    # 20 bits with one of them (about 1 in 20 000) is skipped too, in training and use alike
    tok = np.flatnonzero((sid >= 0) & (idx < bounds[sid, 1]) & ~_SKIP_TABLE[low_bits(keys)])
    return keys[tok], sid[tok], tok


def sentence_keys(doc, spans: list[tuple[int, int]]) -> tuple[np.ndarray, np.ndarray]:
    """(keys, sentence) of every uni- and bigram of the sentences, unordered: the least
    work there is (what scoring needs; ``sentence_features`` adds where each one is)."""
    if len(doc) == 0 or not spans:
        return np.zeros(0, np.uint64), np.zeros(0, np.int64)
    ukeys, usid, _tok = _tokens(doc, spans)
    same = usid[1:] == usid[:-1]
    bkeys = bigram_keys(ukeys[:-1][same], ukeys[1:][same])
    return np.concatenate([ukeys, bkeys]), np.concatenate([usid, usid[:-1][same]])


def sentence_features(doc, spans: list[tuple[int, int]]) -> SentenceFeatures:
    """The uni- and bigram keys of each sentence ``spans[k] = (start, end)`` (character
    offsets into ``doc.text``, in order, not overlapping), sorted by sentence, with
    the token each starts at and its width."""
    n_sent = len(spans)
    empty = np.zeros(0, dtype=np.uint64)
    if len(doc) == 0 or n_sent == 0:
        return SentenceFeatures(empty, np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.int8), n_sent)
    ukeys, usid, tok = _tokens(doc, spans)
    same = usid[1:] == usid[:-1]
    bkeys = bigram_keys(ukeys[:-1][same], ukeys[1:][same])
    all_keys = np.concatenate([ukeys, bkeys])
    all_sid = np.concatenate([usid, usid[:-1][same]])
    all_tok = np.concatenate([tok, tok[:-1][same]])
    width = np.concatenate([np.ones(len(ukeys), np.int8), np.full(len(bkeys), 2, np.int8)])
    order = np.argsort(all_sid, kind="stable")
    return SentenceFeatures(all_keys[order], all_sid[order], all_tok[order], width[order], n_sent)
