#!/usr/bin/env python
"""Dump everything extraction and assessment give for a fixed set of documents, to show
that a change meant to keep the output (a speed pass) keeps it byte for byte.

    PYTHONHASHSEED=0 python benchmarks/output_snapshot.py OUT.json [--long]
    python benchmarks/output_snapshot.py --compare A.json B.json

The documents: every passage of dev.jsonl and the read train-*.jsonl files (never a
held-out file), each with its own language's pack and document date, ``examples/*.txt``
and the synthetic news passages of ``generate.py`` (seed 7); ``--long`` adds the 1 MB
generated court opinion. For each: the whole ``Extraction`` (every fact with its value,
unit, negation, certainty, subject, attribution, evidence offsets and ``explain``; the
topics) and the findings of ``assess_extraction``, as JSON. (``facts_snapshot.py`` dumps
the facts alone, for more generated documents.)
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
#: the examples not in English, by their file name
EXAMPLE_LANGS = {"carta-visita.txt": "es", "lettre-avocat.txt": "fr"}


def _documents(long: bool):
    import generate

    for path in [CORPUS / "dev.jsonl", *sorted(CORPUS.glob("train-*.jsonl"))]:
        if "heldout" in path.name:
            raise SystemExit(f"{path}: held-out files are never read")
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                yield f"{path.name}:{rec['id']}", rec["text"], rec.get("lang", "en"), rec.get("doc_date")
    for path in sorted((HERE.parent / "examples").glob("*.txt")):
        yield f"examples/{path.name}", path.read_text(encoding="utf-8"), EXAMPLE_LANGS.get(path.name, "en"), None
    for i, text in enumerate(generate.news_passages(28, seed=7)):
        yield f"generate:news:{i}", text, "en", None
    if long:
        yield "generate:court_opinion", generate.court_opinion(1_000_000, seed=7), "en", None


def snapshot(long: bool) -> dict[str, dict]:
    from dignity.assess import assess_extraction
    from dignity.extract.engine import default_extractor
    from dignity.ingest import from_text

    out: dict[str, dict] = {}
    for key, text, lang, date in _documents(long):
        doc = from_text(text, date=date)
        ex = default_extractor(lang if lang in ("en", "es", "fr") else "en").extract_document(doc)
        assessment = assess_extraction(ex)
        out[key] = {"extraction": ex.model_dump(mode="json"),
                    "findings": [f.model_dump(mode="json") for f in assessment.findings]}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", nargs="?")
    ap.add_argument("--long", action="store_true", help="add the 1 MB generated court opinion")
    ap.add_argument("--compare", nargs=2, metavar=("A", "B"))
    args = ap.parse_args(argv)
    if args.compare:
        a, b = (json.loads(Path(p).read_text(encoding="utf-8")) for p in args.compare)
        diff = [k for k in sorted(set(a) | set(b)) if a.get(k) != b.get(k)]
        facts = [sum(len(d["extraction"]["facts"]) for d in x.values()) for x in (a, b)]
        findings = [sum(len(d["findings"]) for d in x.values()) for x in (a, b)]
        print(f"{len(a)} and {len(b)} documents, {facts[0]} and {facts[1]} facts, "
              f"{findings[0]} and {findings[1]} findings; {len(diff)} documents differ")
        for k in diff[:20]:
            print("  differs:", k)
        return 1 if diff else 0
    if not args.out:
        ap.error("OUT.json is needed (or --compare A B)")
    data = snapshot(args.long)
    Path(args.out).write_text(json.dumps(data, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    print(f"{len(data)} documents, {sum(len(d['extraction']['facts']) for d in data.values())} facts, "
          f"{sum(len(d['findings']) for d in data.values())} findings -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
