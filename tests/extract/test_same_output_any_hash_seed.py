"""The same text gives the same facts, explanations included, whatever Python's hash seed.

Set order follows PYTHONHASHSEED; where two composed recognizers or two predicate lists fit the
same words ("deteriorating health situation": a health state, or ill health), the order of the
hits decided which one a fact's explanation names, so two runs of one build could differ.
The composed recognizers now take their types and lists in sorted order.  The sentences here
were written for this test.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_SCRIPT = """
import json, sys
from dignity.extract import Extractor
from dignity.ingest import from_text
ex = Extractor()
out = []
for t in sys.argv[1:]:
    for f in ex.extract_document(from_text(t)).facts:
        out.append([f.type, f.negated, f.explain.recognizer if f.explain else None,
                    f.explain.pattern if f.explain else None])
print(json.dumps(out))
"""

TEXTS = [
    "UN experts expressed alarm at the deteriorating health situation of the detained journalist.",
    "The food was dirty and rotten, and the detainees fell ill after eating it.",
    "The cells were filthy and the mattresses were soiled and torn.",
]


def _run(seed: str) -> list:
    env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", _SCRIPT, *TEXTS], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=300, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_two_hash_seeds_give_the_same_facts_and_explanations():
    first = _run("1")
    assert first, "the texts give facts"
    for seed in ("2", "7"):
        assert _run(seed) == first
