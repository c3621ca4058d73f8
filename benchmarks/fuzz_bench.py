#!/usr/bin/env python
"""Hostile-input benchmark: each family of ``hostile.py`` at growing sizes, in fresh
processes, with CPU time and peak RSS; then the long Hypothesis profile of the
adversarial tests.

    python benchmarks/fuzz_bench.py                     # sizes 10k, 40k, 160k characters
    python benchmarks/fuzz_bench.py --sizes 25000,100000,400000 --only run_comma,said_that
    python benchmarks/fuzz_bench.py --big 50            # also a 50 MB text (time, peak RSS)
    python benchmarks/fuzz_bench.py --hypothesis        # the property tests, long profile

A family passes when the time at 4x the size is at most 5x the time at 1x and the
peak RSS stays under 500 MB.  See benchmarks/README.md for measured figures.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from itertools import pairwise
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

_CHILD = """
import json, resource, sys, time
sys.path.insert(0, {here!r})
import hostile
from dignity.extract.engine import default_extractor
from dignity.ingest import from_text
ex = default_extractor("en")
ex.extract_document(from_text("He was held in solitary confinement."))
name, size = sys.argv[1], int(sys.argv[2])
if name == "big":
    import generate
    block = generate.court_opinion(1_000_000, seed=7)
    text = "\\n\\n".join([block] * size)
elif name == "filler":  # size MB of prose without a fact: every block goes through every step
    line = "The report was published by the office in the spring after a long review. "
    text = "\\n\\n".join([line * 13] * (size * 1_000_000 // (13 * len(line))))
else:
    text = hostile.family(name, size)
doc = from_text(text)
del text
t0 = time.process_time(); w0 = time.perf_counter()
result = ex.extract_document(doc)
print(json.dumps({{"cpu": time.process_time() - t0, "wall": time.perf_counter() - w0,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
                  "facts": len(result.facts), "errors": [e["problem"] for e in result.errors]}}))
"""


def measure(name: str, size: int, timeout: float = 1800) -> dict:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    out = subprocess.run([sys.executable, "-c", _CHILD.format(here=str(HERE)), name, str(size)],
                         capture_output=True, text=True, env=env, timeout=timeout, check=False)
    if out.returncode != 0:
        return {"error": out.stderr.strip().splitlines()[-1] if out.stderr.strip() else f"exit {out.returncode}"}
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(HERE))
    import hostile

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,40000,160000")
    ap.add_argument("--only", default="")
    ap.add_argument("--big", type=int, default=0, metavar="MB", help="also a text of MB megabytes")
    ap.add_argument("--hypothesis", action="store_true", help="run the property tests, long profile")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    names = [n for n in args.only.split(",") if n] or sorted(hostile.FAMILIES)
    results: dict[str, dict] = {}
    failed = 0
    for name in names:
        rows = {size: measure(name, size) for size in sizes}
        cpu = [rows[s].get("cpu") for s in sizes]
        ratios = [b / max(a, 1e-3) for a, b in pairwise(cpu) if a is not None and b is not None]
        ok = all(r <= 5 for r in ratios) and all(r.get("rss_mb", 10**6) < 500 for r in rows.values())
        failed += not ok
        results[name] = {"sizes": rows, "growth": ratios, "ok": ok}
        print(f"{name:20s} " + "  ".join(f"{s:>8,}: {r.get('cpu', float('nan')):6.2f}s {r.get('rss_mb', 0):4d}MB"
                                         for s, r in rows.items())
              + f"  growth {', '.join(f'{x:.1f}x' for x in ratios)}  {'ok' if ok else 'FAIL'}", flush=True)
    if args.big:
        r = measure("big", args.big)
        results["big"] = r
        print(f"{args.big} MB court opinion text: {r}", flush=True)
        r = measure("filler", args.big)
        results["filler"] = r
        print(f"{args.big} MB of prose without facts: {r}", flush=True)
    if args.out:
        args.out.write_text(json.dumps(results, indent=2), encoding="utf-8")
    if args.hypothesis:
        env = {**os.environ, "DIGNITY_FUZZ_PROFILE": "long", "PYTHONPATH": str(ROOT)}
        code = subprocess.call([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                                str(ROOT / "tests" / "extract" / "test_adversarial.py"), "-k",
                                "mask or chunks or hostile_pieces"], env=env, cwd=ROOT)
        failed += code != 0
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
