#!/usr/bin/env python
"""Extraction throughput per language pack, each beside a bare ``spacy.blank(lang)`` pass
over the same text in the same run (issue 12: Spanish and French within 20 % of English).

    python benchmarks/languages_bench.py [--corpus DIR] [--min-seconds 3]

For each language the read passages of ``DIR/*.jsonl`` whose ``lang`` is that language
are extracted one call of ``dignity.extract`` each, again and again for at least
``--min-seconds``; the figure is characters per second, compared with English's in the
same run (the issue's target), with the bare tokeniser's rate beside it (spaCy's French
tokeniser alone is several times slower than its English one, so that ratio says how much
of the time is ours).  Nothing is written to the repository.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import spacy

import dignity

LANGS = ("en", "es", "fr")


def _texts(corpus: Path, lang: str) -> list[str]:
    out = []
    for path in sorted(corpus.glob("*.jsonl")):
        if path.name.startswith("heldout"):
            continue  # scored only, never used here either
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                if rec.get("lang", "en") == lang:
                    out.append(rec["text"])
    return out


def _rate(fn, texts: list[str], min_seconds: float) -> float:
    chars = sum(map(len, texts))
    done, start = 0, time.perf_counter()
    while True:
        for t in texts:
            fn(t)
        done += chars
        elapsed = time.perf_counter() - start
        if elapsed >= min_seconds:
            return done / elapsed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "corpus")
    ap.add_argument("--min-seconds", type=float, default=3.0)
    args = ap.parse_args()
    rows = {}
    for lang in LANGS:
        texts = _texts(args.corpus, lang)
        if not texts:
            print(f"{lang}: no passages in {args.corpus}")
            continue
        nlp = spacy.blank(lang)
        dignity.extract(texts[0], lang=lang)  # warm: the pack and its matchers are built once
        tok = _rate(nlp.make_doc, texts, args.min_seconds)
        ext = _rate(lambda t, lang=lang: dignity.extract(t, lang=lang), texts, args.min_seconds)
        rows[lang] = ext
        print(f"{lang}: {len(texts)} passages, extraction {ext:,.0f} chars/s, bare tokenisation "
              f"{tok:,.0f} chars/s, ratio {ext / tok:.3f}")
    if "en" in rows:
        for lang in ("es", "fr"):
            if lang in rows:
                print(f"{lang} extraction / en extraction: {rows[lang] / rows['en']:.2f} (target >= 0.80)")


if __name__ == "__main__":
    main()
