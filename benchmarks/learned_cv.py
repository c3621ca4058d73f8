#!/usr/bin/env python
"""What the trained layer adds on documents it has not seen: grouped cross-validation.

    python benchmarks/learned_cv.py [--folds 5 | --folds 0] [--by doc|file] [--lang en] [--out FILE.json]

The read passages (``dev.jsonl`` and ``train-*.jsonl`` of ``../shared/corpus``, never
``heldout-*``) of the language are split by document (``--by doc``: a stable hash of the
passage id into ``--folds`` folds; ``--folds 0``: leave one document out) or by source
file (``--by file``: leave one file out).  For each fold the layer is trained exactly as
``dignity train`` trains the shipped one (the written sentences included, thresholds
chosen by the inner cross-validation of ``training.train`` on the training folds only)
and the full extraction pipeline runs on the held-out fold twice: rules only, and rules
plus that fold's layer.  Both are scored with ``dignity eval``'s scorer, per file and in
all, with the facts the layer added (right / wrong) per type.

The rules themselves were written from these passages, so "rules only" here is an
in-sample figure: what is left for the layer is what the rules miss on the passages they
were written from.  Deterministic; about 30 s per fold on one core.  Nothing is written
to the repository.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--lang", default="en")
    ap.add_argument("--folds", type=int, default=5, help="folds by document; 0: leave one document out")
    ap.add_argument("--by", choices=("doc", "file"), default="doc")
    ap.add_argument("--no-written", action="store_true", help="leave out the written sentences")
    ap.add_argument("--out", type=Path, default=None, help="write the numbers as JSON here")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)

    sys.path.insert(0, str(ROOT))
    from dignity.eval.gold import load_gold
    from dignity.eval.scorer import score
    from dignity.extract.engine import Extractor
    from dignity.extract.learned import data, training
    from dignity.extract.learned.layer import LearnedLayer
    from dignity.ingest import from_text
    from dignity.model import Extraction

    files = [p for p in [args.corpus / "dev.jsonl", *sorted(args.corpus.glob("train-*.jsonl"))] if p.is_file()]
    started = time.perf_counter()
    extractor = Extractor(args.lang)
    extractor.learned = None
    docs = data.from_gold_files(files, extractor.sentence_spans, args.lang)
    written = [] if args.no_written else data.generated(extractor.sentence_spans, args.lang)
    passages, file_of = {}, {}
    for path in files:
        for p in load_gold(path):
            if (p.lang or "en") == args.lang:
                passages[p.id], file_of[p.id] = p, path.name
    opts = training.TrainOptions()
    types = training.prepare(docs + written, extractor, opts).types

    if args.by == "file":
        group = {d.group: file_of[d.group] for d in docs}
    elif args.folds == 0:
        group = {d.group: d.group for d in docs}
    else:
        group = {d.group: str(training.fold_of(d.group, args.folds)) for d in docs}
    rules: dict[str, Extraction] = {}
    both: dict[str, Extraction] = {}
    added: Counter = Counter()
    active_per_fold = []
    for g in sorted(set(group.values())):
        test = [d for d in docs if group[d.group] == g]
        train = [d for d in docs if group[d.group] != g]
        prep = training.prepare(train + written, extractor, opts, types=types)
        model, _p, _m = training.train(prep, opts)
        active_per_fold.append({t: th for t, th in model.thresholds.items() if th is not None})
        layer = LearnedLayer(model)
        for d in test:
            p = passages[d.group]
            doc = from_text(p.text, date=p.doc_date)
            extractor.learned = None
            rules[d.group] = Extraction(documents=[doc], facts=extractor.facts(doc))
            extractor.learned = layer
            facts = extractor.facts(doc)
            both[d.group] = Extraction(documents=[doc], facts=facts)
            gold_types = {f.type for f in p.facts if f.counted}
            rule_types = {f.type for f in rules[d.group].facts}
            for f in facts:
                if f.explain is not None and f.explain.layer == "model" and f.type not in rule_types:
                    added[(f.type, f.type in gold_types)] += 1
        extractor.learned = None

    groups = {"all": sorted(rules)}
    for path in files:
        ids = sorted(k for k in rules if file_of[k] == path.name)
        if ids:
            groups[path.name] = ids
    result: dict = {"lang": args.lang, "folds": args.folds, "by": args.by, "documents": len(docs),
                    "written_sentences": not args.no_written, "scores": {}}
    for name, ids in groups.items():
        chosen = [passages[k] for k in ids]
        row = {}
        for label, preds in (("rules", rules), ("rules+layer", both)):
            s = score(chosen, {k: preds[k] for k in ids}).facts
            row[label] = {"precision": round(s.precision, 3), "recall": round(s.recall, 3),
                          "f1": round(s.f1, 3), "tp": s.tp, "fp": s.fp, "fn": s.fn}
            print(f"{name:22s} {label:12s} fact P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}"
                  f"  (tp {s.tp}, fp {s.fp}, fn {s.fn})")
        result["scores"][name] = row
    right = {t: n for (t, ok), n in added.items() if ok}
    wrong = {t: n for (t, ok), n in added.items() if not ok}
    result["layer_added"] = {"right": right, "wrong": wrong}
    result["active_types_per_fold"] = active_per_fold
    print(f"types the layer added where the rules found none: right {right or '-'}; wrong {wrong or '-'}")
    print("types switched on per fold:", [sorted(a) for a in active_per_fold])
    print(f"{time.perf_counter() - started:.0f} s")
    if args.out:
        args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
