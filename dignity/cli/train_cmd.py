"""`dignity train [GOLD.jsonl ...] [--db URL] [-o DIR] [--estimate]`: (re)train the
sentence layer of extraction.

* no arguments: the corpus at ``../shared/corpus`` beside the repository (``dev.jsonl``
  and ``train-*.jsonl``) plus the written sentences, into the package's own model
  folder: this reproduces the shipped model;
* ``GOLD.jsonl ...``: a team's labelled passages (corpus format), from scratch;
* ``--db URL``: the facts reviewers accepted, edited and rejected in a case store;
  alone, it fine-tunes the current model (the shipped one, or ``$DIGNITY_MODEL_DIR``).

A team's model is used by setting ``DIGNITY_MODEL_DIR`` to the output folder.
Bad input (a missing or malformed file, no labels, a store without reviews) is one
line on stderr and exit code 2.
"""

from __future__ import annotations

import hashlib
import logging
import sys
import time
from pathlib import Path

import typer

from dignity.cli._help import Command
from dignity.cli._common import EXIT_INPUT_ERROR, PROG

__all__ = ["register", "train_command", "default_corpus"]

log = logging.getLogger(__name__)


def register(app: typer.Typer) -> None:
    """Adds the ``train`` command to the app."""
    app.command("train", cls=Command)(train_command)


def default_corpus() -> list[Path]:
    """``dev.jsonl`` and ``train-*.jsonl`` of ``../shared/corpus`` beside the repository."""
    import dignity

    folder = Path(dignity.__file__).resolve().parent.parent.parent / "shared" / "corpus"
    if not folder.is_dir():
        return []
    return [p for p in [folder / "dev.jsonl", *sorted(folder.glob("train-*.jsonl"))] if p.is_file()]


def _fail(message: str) -> None:
    sys.stderr.write(f"{PROG}: {' '.join(str(message).split())}\n")
    raise typer.Exit(EXIT_INPUT_ERROR)


def _sha(paths: list[Path]) -> str:
    h = hashlib.sha256()
    for p in paths:
        h.update(p.read_bytes())
    return h.hexdigest()


def train_command(
    gold: list[Path] = typer.Argument(None, metavar="GOLD.jsonl", dir_okay=False,
                                      help="Labelled passages (corpus format); default, when no --db is "
                                      "given: dev.jsonl and train-*.jsonl of ../shared/corpus."),
    db: str | None = typer.Option(None, "--db", "--store", metavar="URL",
                                  help="Learn from the reviewed facts of this case store "
                                  "(a database URL or a SQLite file)."),
    output: Path | None = typer.Option(None, "-o", "--output", file_okay=False,
                                       help="Model folder to write; default: the package's own "
                                       "model with the default corpus, else ./dignity-model."),
    lang: str = typer.Option("en", "--lang", help="Language of the passages to learn from."),
    written: bool = typer.Option(True, "--written/--no-written",
                                 help="Also learn from the package's written sentences."),
    folds: int = typer.Option(5, "--folds", min=2, help="Folds of the grouped cross-validation."),
    estimate: bool = typer.Option(False, "--estimate",
                                  help="Also score the passages with each fold's model (the model "
                                  "that did not see them): an honest estimate of what it adds."),
) -> None:
    """Train the sentence layer that proposes facts the rules miss (deterministic)."""
    from dignity.errors import DignityError
    from dignity.extract.engine import Extractor
    from dignity.extract.learned import data, training
    from dignity.extract.learned.layer import shipped_model_dir

    gold = list(gold or [])
    defaults = not gold and db is None
    if defaults:
        gold = default_corpus()
        if not gold:
            _fail("no training data: give labelled passages (GOLD.jsonl) or a case store (--db); "
                  "the default corpus ../shared/corpus was not found")
    for p in gold:
        if not p.is_file():
            _fail(f"{p}: no such file")
    if output is None:
        output = shipped_model_dir() if defaults else Path("dignity-model")
    started = time.perf_counter()
    try:
        extractor = Extractor(lang)
        prior = None
        if not gold and extractor.learned is not None:
            prior = extractor.learned.model  # reviews alone fine-tune the current model
        extractor.learned = None
        docs = data.from_gold_files(gold, extractor.sentence_spans, lang) if gold else []
        if db is not None:
            docs += data.from_store(db, extractor.sentence_spans, lang)
        real = len(docs)
        if written:
            docs += data.generated(extractor.sentence_spans, lang)
        opts = training.TrainOptions(folds=folds)
        prep = training.prepare(docs, extractor, opts, types=prior.types if prior is not None else None)
        card = {"name": "dignity-sentences", "lang": lang,
                "trained_on": {"files": [{"name": p.name, "sha256": _sha([p])} for p in gold],
                               "store": bool(db), "written_sentences": written,
                               "fine_tuned_from": prior.card.get("data_sha256") if prior is not None else None},
                "data_sha256": _sha(gold) if gold else None}
        model, _probs, fold_models = training.train(prep, opts, prior, card)
    except DignityError as exc:
        _fail(str(exc))
        return
    model.save(output, lang)
    active = {t: th for t, th in model.thresholds.items() if th is not None}
    out = sys.stdout
    out.write(f"trained on {real} documents ({prep.stats['sentences']} sentences with the written ones), "
              f"{len(model.keys)} n-grams, in {time.perf_counter() - started:.1f} s\n")
    out.write("types the model proposes (threshold): "
              + (", ".join(f"{t} ({th:.2f})" for t, th in active.items()) or "none: rules only") + "\n")
    out.write(f"model written to {output}\n")
    if estimate and gold:
        _estimate(gold, lang, extractor, fold_models, prep)


def _estimate(gold: list[Path], lang: str, extractor, fold_models, prep) -> None:
    """Rules alone vs rules + the fold model that did not see the passage."""
    from dignity.eval.gold import load_gold
    from dignity.eval.scorer import score
    from dignity.extract.learned.layer import LearnedLayer
    from dignity.ingest import from_text
    from dignity.model import Extraction

    passages, file_of = {}, {}
    for path in gold:
        for p in load_gold(path):
            if (p.lang or "en") == lang:
                passages[p.id], file_of[p.id] = p, path.name
    index = {d.group: i for i, d in enumerate(prep.docs)}
    rules, both = {}, {}
    for model, members in fold_models:
        layer = LearnedLayer(model) if model is not None else None
        for i in members:
            pid = prep.docs[i].group
            if pid not in passages or index.get(pid) != i:
                continue
            p = passages[pid]
            doc = from_text(p.text, date=p.doc_date)
            extractor.learned = None
            rules[pid] = Extraction(documents=[doc], facts=extractor.facts(doc))
            extractor.learned = layer
            both[pid] = Extraction(documents=[doc], facts=extractor.facts(doc))
    extractor.learned = None
    groups = {"all": list(rules)}
    if len(gold) > 1:
        for path in gold:
            ids = [k for k in rules if file_of[k] == path.name]
            if ids:
                groups[path.name] = ids
    for group, ids in groups.items():
        chosen = [passages[k] for k in ids]
        for name, preds in (("rules only", rules), ("rules + model (held-out folds)", both)):
            s = score(chosen, {k: preds[k] for k in ids}).facts
            sys.stdout.write(f"{group:22s} {name:32s} fact P {s.precision:.3f}  R {s.recall:.3f}  "
                             f"F1 {s.f1:.3f}  (tp {s.tp}, fp {s.fp}, fn {s.fn})\n")
