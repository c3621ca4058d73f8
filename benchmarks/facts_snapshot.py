#!/usr/bin/env python
"""Dump the facts Dignity extracts from a fixed set of normal documents, to compare
two versions of the extractor (a change meant to keep every fact must give
identical dumps).

    python benchmarks/facts_snapshot.py OUT.json [--corpus FILE.jsonl ...]
    python benchmarks/facts_snapshot.py --compare A.json B.json

The documents: each corpus passage given (default: dev.jsonl and the read
train-*.jsonl files next to it, never held-out files), ``examples/*.txt``, the
synthetic 1 MB court opinion and news passages of ``generate.py`` (seed 7) and
50 documents of ``corpus_gen.py``.  The dump holds every fact's JSON with
``explain`` and is written in the order above.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"  # ../shared beside the repository


def _documents(corpora: list[Path]):
    import corpus_gen
    import generate

    for path in corpora:
        if "heldout" in path.name:
            raise SystemExit(f"{path}: held-out files are never read")
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                yield f"{path.name}:{rec['id']}", rec["text"], rec.get("lang", "en"), rec.get("doc_date")
    for path in sorted((HERE.parent / "examples").glob("*.txt")):
        yield f"examples/{path.name}", path.read_text(encoding="utf-8"), "en", None
    yield "generate:court_opinion", generate.court_opinion(1_000_000, seed=7), "en", None
    for i, text in enumerate(generate.news_passages(28, seed=7)):
        yield f"generate:news:{i}", text, "en", None
    for rec in corpus_gen.documents(50, seed=7):
        yield f"corpus_gen:{rec.get('id', '')}", rec["text"], "en", None


def snapshot(corpora: list[Path]) -> dict[str, list]:
    from dignity.extract.engine import default_extractor
    from dignity.ingest import from_text

    out: dict[str, list] = {}
    for key, text, lang, date in _documents(corpora):
        doc = from_text(text, date=date)
        # (each passage with its own language's pack: es and fr training passages too)
        ex = default_extractor(lang if lang in ("en", "es", "fr") else "en").extract_document(doc)
        out[key] = [f.model_dump(mode="json") for f in ex.facts]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", nargs="?")
    ap.add_argument("--corpus", action="append", type=Path)
    ap.add_argument("--compare", nargs=2, metavar=("A", "B"))
    args = ap.parse_args(argv)
    if args.compare:
        a, b = (json.loads(Path(p).read_text(encoding="utf-8")) for p in args.compare)
        diff = [k for k in sorted(set(a) | set(b)) if a.get(k) != b.get(k)]
        print(f"{len(a)} and {len(b)} documents, {sum(map(len, a.values()))} and "
              f"{sum(map(len, b.values()))} facts; {len(diff)} differ")
        for k in diff[:20]:
            print("  differs:", k)
        return 1 if diff else 0
    corpora = args.corpus or [CORPUS / "dev.jsonl", *sorted(CORPUS.glob("train-*.jsonl"))]
    data = snapshot(corpora)
    Path(args.out).write_text(json.dumps(data, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    print(f"{len(data)} documents, {sum(map(len, data.values()))} facts -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
