"""Training the sentence model: deterministic, numpy only, seconds.

1. featurise every sentence of the labelled documents (``features.py``);
2. keep the n-grams found in at least ``min_df`` documents (one passage's own
   wording is not learned: the model cannot memorise a passage);
3. fit one L2-regularised logistic regression per type, all types at once, by
   L-BFGS from zero (or towards a prior model's weights: a team's reviews
   fine-tune the shipped model);
4. choose each type's threshold by grouped k-fold cross-validation (a document's
   sentences stay in one fold): the lowest probability at which the facts the
   model would add to what the rules already find are right at least ``precision``
   of the time; a type with too few examples or no such threshold stays rule-only.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from dignity.extract.learned.data import LabelledDoc, locate
from dignity.extract.learned.features import sentence_features
from dignity.extract.learned.linear import SentenceModel
from dignity.model import FACT_TYPES

__all__ = ["TrainOptions", "Prepared", "prepare", "fit", "train", "choose_thresholds", "fold_of"]

log = logging.getLogger(__name__)


@dataclass
class TrainOptions:
    l2: float = 1e-2
    min_df: int = 3  # documents an n-gram must be in to be learned (not one passage's wording)
    folds: int = 5
    precision: float = 0.90  # the facts the model adds must be right this often (cross-validated)
    min_positives: int = 4  # sentences of a type needed to learn it at all
    min_hits: int = 4  # cross-validated right additions needed to switch a type on
    positive_weight: float = 2.0
    rejected_weight: float = 3.0
    iterations: int = 60
    grid: tuple[float, ...] = tuple(np.round(np.arange(0.20, 0.96, 0.05), 2))


@dataclass
class Prepared:
    """The labelled sentences as arrays: feature occurrences (key, global sentence id),
    labels and weights per sentence and type, and what the rules already find."""

    docs: list[LabelledDoc]
    types: list[str]
    keys: np.ndarray
    sid: np.ndarray
    offsets: np.ndarray  # first global sentence id of each document
    y: np.ndarray  # (sentences, types) 0/1
    w: np.ndarray  # (sentences, types) sample weights (0: masked)
    rule_sentences: list[set[tuple[int, str]]]  # per document: (sentence, type) the rules cover
    rule_types: list[set[str]]  # per document: the types the rules find (counted)
    stats: dict[str, Any] = field(default_factory=dict)


def fold_of(group: str, folds: int) -> int:
    """A document's fold: from a hash of its id (stable across runs and machines)."""
    return int(hashlib.sha256(group.encode("utf-8")).hexdigest()[:8], 16) % folds


def prepare(docs: Sequence[LabelledDoc], extractor, opts: TrainOptions,
            types: Sequence[str] | None = None) -> Prepared:
    """Featurise ``docs`` with ``extractor``'s tokenizer, and run its rules (without any
    trained layer) to know which sentences they cover."""
    from dignity.eval.scorer import counted
    from dignity.ingest import from_text

    layer, extractor.learned = extractor.learned, None
    try:
        all_keys, all_sid, offsets, rule_sent, rule_types = [], [], [], [], []
        n = 0
        for d in docs:
            doc = extractor.nlp(d.text)
            feats = sentence_features(doc, d.spans)
            all_keys.append(feats.keys)
            all_sid.append(feats.sent + n)
            offsets.append(n)
            n += len(d.spans)
            facts = extractor.facts(from_text(d.text, date=d.date))
            cov = set()
            for f in facts:
                ev = f.evidence[0]
                for k in locate(d.spans, ev.start, ev.end)[:1]:
                    cov.add((k, f.type))
            rule_sent.append(cov)
            rule_types.append({f.type for f in facts if counted(f)})
    finally:
        extractor.learned = layer
    if types is None:
        count: dict[str, int] = {}
        for d in docs:
            for _, t in d.positives:
                count[t] = count.get(t, 0) + 1
        types = [t for t in FACT_TYPES if count.get(t, 0) >= opts.min_positives]
    index = {t: j for j, t in enumerate(types)}
    y = np.zeros((n, len(types)), dtype=np.float32)
    w = np.ones((n, len(types)), dtype=np.float32)
    for d, off in zip(docs, offsets):
        for k, t in d.masked:
            if t in index:
                w[off + k, index[t]] = 0.0
        for k, t in d.rejected:
            if t in index:
                w[off + k, index[t]] = opts.rejected_weight
        for k, t in d.positives:
            if t in index:
                y[off + k, index[t]] = 1.0
                w[off + k, index[t]] = opts.positive_weight
    keys = np.concatenate(all_keys) if all_keys else np.zeros(0, np.uint64)
    sid = np.concatenate(all_sid) if all_sid else np.zeros(0, np.int64)
    stats = {"documents": len(docs), "sentences": int(n),
             "positives": {t: int(y[:, j].sum()) for j, t in enumerate(types)}}
    return Prepared(list(docs), list(types), keys, sid, np.asarray(offsets, np.int64), y, w,
                    rule_sent, rule_types, stats)


# --------------------------------------------------------------------------- fitting


def _vocabulary(keys: np.ndarray, doc: np.ndarray, min_df: int) -> np.ndarray:
    """The keys found in at least ``min_df`` documents."""
    if len(keys) == 0:
        return keys
    pairs = np.unique(np.stack([keys, doc.astype(np.uint64)], axis=1), axis=0)
    uniq, df = np.unique(pairs[:, 0], return_counts=True)
    return uniq[df >= min_df]


class _Design:
    """A sparse sentence x feature count matrix as two sorted views (rows, columns)."""

    def __init__(self, rows: np.ndarray, cols: np.ndarray, n_rows: int, n_cols: int) -> None:
        order = np.lexsort((cols, rows))
        self.r_rows, self.r_cols = rows[order], cols[order]
        self.r_starts = np.flatnonzero(np.r_[True, self.r_rows[1:] != self.r_rows[:-1]]) if len(rows) else rows
        order = np.argsort(cols, kind="stable")
        self.c_rows, self.c_cols = rows[order], cols[order]
        self.c_starts = np.flatnonzero(np.r_[True, self.c_cols[1:] != self.c_cols[:-1]]) if len(cols) else cols
        self.n_rows, self.n_cols = n_rows, n_cols

    def dot(self, w: np.ndarray) -> np.ndarray:
        out = np.zeros((self.n_rows, w.shape[1]), dtype=np.float64)
        if len(self.r_rows):
            out[self.r_rows[self.r_starts]] = np.add.reduceat(w[self.r_cols], self.r_starts, axis=0)
        return out

    def tdot(self, g: np.ndarray) -> np.ndarray:
        out = np.zeros((self.n_cols, g.shape[1]), dtype=np.float64)
        if len(self.c_rows):
            out[self.c_cols[self.c_starts]] = np.add.reduceat(g[self.c_rows], self.c_starts, axis=0)
        return out


def _lbfgs(fun: Callable[[np.ndarray], tuple[float, np.ndarray]], x0: np.ndarray, iterations: int,
           memory: int = 6, tol: float = 1e-6) -> np.ndarray:
    """Limited-memory BFGS with a backtracking (Armijo) line search: deterministic."""
    x = x0.copy()
    f, g = fun(x)
    s_hist: list[np.ndarray] = []
    y_hist: list[np.ndarray] = []
    for _ in range(iterations):
        q = g.copy()
        alphas = []
        for s, y in zip(reversed(s_hist), reversed(y_hist)):
            a = s @ q / (y @ s)
            alphas.append(a)
            q -= a * y
        if s_hist:
            q *= (s_hist[-1] @ y_hist[-1]) / (y_hist[-1] @ y_hist[-1])
        for (s, y), a in zip(zip(s_hist, y_hist), reversed(alphas)):
            q += s * (a - (y @ q) / (y @ s))
        d = -q
        slope = g @ d
        if slope >= 0:
            d, slope = -g, -(g @ g)
            s_hist.clear()
            y_hist.clear()
        step = 1.0
        while True:
            xn = x + step * d
            fn, gn = fun(xn)
            if fn <= f + 1e-4 * step * slope or step < 1e-10:
                break
            step *= 0.5
        s, y = xn - x, gn - g
        if s @ y > 1e-12:
            s_hist.append(s)
            y_hist.append(y)
            if len(s_hist) > memory:
                s_hist.pop(0)
                y_hist.pop(0)
        converged = abs(f - fn) <= tol * max(1.0, abs(f))
        x, f, g = xn, fn, gn
        if converged:
            break
    return x


def fit(prep: Prepared, sentences: np.ndarray, opts: TrainOptions,
        prior: SentenceModel | None = None) -> SentenceModel:
    """A model fitted on the sentences (global ids) given; thresholds left empty."""
    chosen = np.zeros(len(prep.y), dtype=bool)
    chosen[sentences] = True
    occ = chosen[prep.sid] if len(prep.sid) else np.zeros(0, bool)
    keys, sid = prep.keys[occ], prep.sid[occ]
    vocab = _vocabulary(keys, np.searchsorted(prep.offsets, sid, side="right"), opts.min_df)
    n_types = len(prep.types)
    w0 = np.zeros((0, n_types))
    b0 = np.zeros(n_types)
    if prior is not None:
        vocab = np.union1d(vocab, prior.keys)
        w0 = np.zeros((len(vocab), n_types))
        b0 = np.zeros(n_types)
        pos = np.searchsorted(vocab, prior.keys)
        for j, t in enumerate(prep.types):
            pj = prior.type_index(t)
            if pj is not None:
                w0[pos, j] = prior.weights[:, pj]
                b0[j] = prior.bias[pj]
    col = np.searchsorted(vocab, keys) if len(vocab) else np.zeros(len(keys), np.int64)
    col = np.minimum(col, max(len(vocab) - 1, 0))
    known = (vocab[col] == keys) if len(vocab) else np.zeros(len(keys), bool)
    rows_map = -np.ones(len(prep.y), dtype=np.int64)
    rows_map[sentences] = np.arange(len(sentences))
    design = _Design(rows_map[sid[known]], col[known], len(sentences), len(vocab))
    y = prep.y[sentences].astype(np.float64)
    wt = prep.w[sentences].astype(np.float64)
    norm = max(float((wt > 0).sum()) / max(n_types, 1), 1.0)
    n_w = len(vocab) * n_types
    if prior is None:
        w0 = np.zeros((len(vocab), n_types))

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w = theta[:n_w].reshape(len(vocab), n_types)
        b = theta[n_w:]
        z = design.dot(w) + b
        p = 1.0 / (1.0 + np.exp(-z))
        value = float((wt * (np.logaddexp(0.0, z) - y * z)).sum()) / norm
        diff = w - w0
        value += 0.5 * opts.l2 * float((diff * diff).sum())
        g = wt * (p - y) / norm
        gw = design.tdot(g) + opts.l2 * diff
        return value, np.concatenate([gw.ravel(), g.sum(axis=0)])

    theta0 = np.concatenate([w0.ravel(), b0 if prior is not None else np.zeros(n_types)])
    theta = _lbfgs(loss, theta0, opts.iterations)
    weights = theta[:n_w].reshape(len(vocab), n_types).astype(np.float32)
    bias = theta[n_w:].astype(np.float32)
    # n-grams whose weights all stay near zero are dropped: a smaller file, the same scores
    keep = np.abs(weights).max(axis=1) >= 1e-3 if len(vocab) else np.zeros(0, bool)
    return SentenceModel(list(prep.types), vocab[keep], weights[keep], bias, {t: None for t in prep.types})


# --------------------------------------------------------------------------- thresholds


def _doc_sentences(prep: Prepared, i: int) -> np.ndarray:
    start = prep.offsets[i]
    return np.arange(start, start + len(prep.docs[i].spans))


def out_of_fold(prep: Prepared, opts: TrainOptions, prior: SentenceModel | None = None
                ) -> tuple[np.ndarray, list[SentenceModel], list[int]]:
    """Each sentence's probabilities from the model that did not see its document,
    the fold models, and each document's fold."""
    folds = [-1 if d.train_only else fold_of(d.group, opts.folds) for d in prep.docs]
    probs = np.zeros(prep.y.shape, dtype=np.float64)
    models = []
    for k in range(opts.folds):
        test = [i for i, f in enumerate(folds) if f == k]
        train_docs = [i for i, f in enumerate(folds) if f != k]
        if not train_docs:
            models.append(None)
            continue
        train_s = np.concatenate([_doc_sentences(prep, i) for i in train_docs])
        model = fit(prep, train_s, opts, prior)
        models.append(model)
        if test:
            test_s = np.concatenate([_doc_sentences(prep, i) for i in test])
            probs[test_s] = _probabilities(model, prep, test_s)
    return probs, models, folds


def _probabilities(model: SentenceModel, prep: Prepared, sentences: np.ndarray) -> np.ndarray:
    chosen = np.zeros(len(prep.y), dtype=bool)
    chosen[sentences] = True
    occ = chosen[prep.sid]
    keys, sid = prep.keys[occ], prep.sid[occ]
    rows = model.rows_of(keys)
    local = -np.ones(len(prep.y), dtype=np.int64)
    local[sentences] = np.arange(len(sentences))
    z = np.tile(model.bias.astype(np.float64), (len(sentences), 1))
    hit = rows >= 0
    np.add.at(z, local[sid[hit]], model.weights[rows[hit]])
    return 1.0 / (1.0 + np.exp(-z))


def choose_thresholds(prep: Prepared, probs: np.ndarray, opts: TrainOptions
                      ) -> tuple[dict[str, float | None], dict[str, Any]]:
    """Per type, the lowest threshold at which the facts the model adds are right at
    least ``opts.precision`` of the time (counted as a reader scores: one per document
    and type, only where the rules do not already find the type)."""
    thresholds: dict[str, float | None] = {}
    report: dict[str, Any] = {}
    for j, t in enumerate(prep.types):
        best = None
        pairs = []  # (highest uncovered probability in the document, the document states t)
        for i, d in enumerate(prep.docs):
            if d.train_only or t in prep.rule_types[i]:
                continue
            sents = _doc_sentences(prep, i)
            ok = [s for s in sents if (s - prep.offsets[i], t) not in prep.rule_sentences[i]
                  and prep.w[s, j] > 0]
            if ok:
                pairs.append((float(probs[ok, j].max()), t in d.types))
        positives = int(prep.y[:, j].sum())
        entry: dict[str, Any] = {"positive_sentences": positives}
        if not any(b for _, b in pairs):
            # the rules find the type wherever a document states it (reviewed facts are the
            # ones the extractor found): judge the model sentence by sentence instead
            real = np.concatenate([_doc_sentences(prep, i) for i, d in enumerate(prep.docs)
                                   if not d.train_only] or [np.zeros(0, np.int64)])
            real = real[prep.w[real, j] > 0]
            pairs = list(zip(probs[real, j].tolist(), (prep.y[real, j] > 0).tolist()))
            entry["judged_by"] = "sentence"
        if positives >= opts.min_positives and pairs:
            p = np.array([a for a, _ in pairs])
            lab = np.array([b for _, b in pairs])
            for th in opts.grid:
                tp = int((lab & (p > th)).sum())
                fp = int((~lab & (p > th)).sum())
                if tp >= opts.min_hits and tp / (tp + fp) >= opts.precision:
                    best = float(th)
                    entry.update(cv_added_right=tp, cv_added_wrong=fp,
                                 cv_missed_by_rules=int(lab.sum()))
                    break
        thresholds[t] = best
        entry["threshold"] = best
        report[t] = entry
    return thresholds, report


def train(prep: Prepared, opts: TrainOptions, prior: SentenceModel | None = None,
          card: dict[str, Any] | None = None) -> tuple[SentenceModel, np.ndarray, list]:
    """The model on all of ``prep`` with cross-validated thresholds; also the
    out-of-fold probabilities and fold models (for an honest estimate)."""
    probs, models, folds = out_of_fold(prep, opts, prior)
    thresholds, report = choose_thresholds(prep, probs, opts)
    if prior is not None:
        # a type the reviews say too little about keeps the prior's threshold
        for t, th in list(thresholds.items()):
            if th is None and prior.thresholds.get(t) is not None:
                thresholds[t] = prior.thresholds[t]
                report[t]["threshold"] = prior.thresholds[t]
                report[t]["from_prior"] = True
    model = fit(prep, np.arange(len(prep.y)), opts, prior)
    model.thresholds = thresholds
    for m in models:
        if m is not None:
            m.thresholds = thresholds
    model.card = {**(card or {}), "data": prep.stats, "types_report": report,
                  "options": {"l2": opts.l2, "min_df": opts.min_df, "folds": opts.folds,
                              "precision": opts.precision, "min_positives": opts.min_positives,
                              "min_hits": opts.min_hits,
                              "positive_weight": opts.positive_weight,
                              "rejected_weight": opts.rejected_weight},
                  "features": len(model.keys)}
    return model, probs, [(m, [i for i, f in enumerate(folds) if f == k]) for k, m in enumerate(models)]
