"""Where extraction time goes: CPU time per step of ``Extractor.extract_document``.

    python benchmarks/stages.py                       # dev passages, 5 timed passes
    python benchmarks/stages.py --corpus FILE.jsonl --passes 8 --scanners 20

Each step (a method of the engine or of its parts) is wrapped by a timer; a step's time
includes the steps it calls (``_situate`` holds the context triggers, ``_candidates`` the
composed recognizers). The extractor is warmed up first (``--warm`` untimed passes), so the
figures are the steady state that ``run.py --only throughput`` measures. ``--scanners N``
adds the N regex scanners (recognizer patterns and context rules) that cost most, with
their number of runs. Timers add ~1 us a call: compare shares, not absolute times, and
run the step you change before and after in turn (the machine's load moves every figure).
Never give it ``heldout-*`` files. It replaces methods of the engine's classes by timed ones for
the rest of the process: run it as a script, not from another program or a test.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev.jsonl"


def _wrap(owner: Any, name: str, label: str, acc: Counter) -> None:
    func = getattr(owner, name)
    clock = time.process_time

    def timed(*args: Any, **kwargs: Any) -> Any:
        t = clock()
        try:
            return func(*args, **kwargs)
        finally:
            acc[label] += clock() - t

    setattr(owner, name, timed)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--passes", type=int, default=5)
    ap.add_argument("--warm", type=int, default=3)
    ap.add_argument("--scanners", type=int, default=0)
    args = ap.parse_args(argv)
    if args.corpus.name.startswith("heldout-"):
        raise SystemExit("held-out files are not read here")

    from dignity import ingest
    from dignity.extract import attribution, compose, context, engine, topics
    from dignity.extract import prefilter

    texts = [json.loads(line)["text"] for line in args.corpus.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    docs = [ingest.from_text(t) for t in texts]
    ex = engine.Extractor()
    for _ in range(args.warm):
        for d in docs:
            ex.extract_document(d)
    acc: Counter = Counter()
    for name in ("_doc_info", "_read", "_sentences", "_anchor", "_attribute", "_candidates", "_fact", "_keep",
                 "_learned_facts", "_rate_facts", "_capacity_across", "_subject", "_situate", "_contest"):
        _wrap(engine.Extractor, name, name, acc)
    _wrap(ex, "nlp", "spaCy (tokeniser, sentences)", acc)
    _wrap(context.ContextEngine, "triggers", "context triggers", acc)
    _wrap(compose.Composer, "hits", "composed recognizers", acc)
    _wrap(attribution.Attributor, "sources", "attribution cues", acc)
    _wrap(topics, "find_topics", "topics", acc)
    _wrap(type(ex.citations), "blank", "citation blanking", acc)
    runs: Counter = Counter()
    cost: Counter = Counter()
    if args.scanners:
        found = prefilter.Scanner.found

        def counted(self: Any, text: str, low: str, memo: Any) -> Any:
            t = time.process_time()
            out = found(self, text, low, memo)
            cost[id(self)] += time.process_time() - t
            runs[id(self)] += 1
            return out

        prefilter.Scanner.found = counted  # type: ignore[method-assign]
    t = time.process_time()
    for _ in range(args.passes):
        for d in docs:
            ex.extract_document(d)
    total = (time.process_time() - t) / args.passes
    print(f"{len(docs)} documents, {total * 1000:.1f} ms of CPU a pass (timers included)")
    for label, s in acc.most_common():
        print(f"  {label:30s} {s / args.passes * 1000:8.2f} ms {s / args.passes / total:6.1%}")
    if args.scanners:
        names: dict[int, str] = {}
        for rid in ex.recognizers.recognizers:
            for cp in ex.recognizers.patterns(rid):
                names[id(cp.scan)] = f"pattern {rid}/{cp.pattern.name}"
        for rule, sc, _cue in ex.context._scanners:
            names[id(sc)] = f"context {rule.category} {rule.literal[:50]!r}"
        print(f"the {args.scanners} scanners that cost most (runs a pass, ms a pass):")
        for key, s in cost.most_common(args.scanners):
            print(f"  {runs[key] / args.passes:6.0f} {s / args.passes * 1000:7.2f}  {names.get(key, '?')}")


if __name__ == "__main__":
    main()
