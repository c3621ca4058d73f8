"""Helpers for the batch tests.

The documents come from ``benchmarks/corpus_gen.py`` (templates written for this
project; document ``i`` depends only on the seed and ``i``).
"""

from __future__ import annotations

import importlib.util
import json
import signal
from contextlib import contextmanager
from pathlib import Path

from dignity.batch.sources import Columns

ROOT = Path(__file__).resolve().parents[2]

#: Table columns of the generated corpora.
IDS = Columns(id="id", date="date", title="title")


def _load_corpus_gen():
    spec = importlib.util.spec_from_file_location("dignity_corpus_gen", ROOT / "benchmarks" / "corpus_gen.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


corpus_gen = _load_corpus_gen()


def read_dataset(out: Path, table: str) -> list[dict]:
    """Every row of one table of a screen, in partition order."""
    import pyarrow.parquet as pq

    rows: list[dict] = []
    for part in sorted((out / table).glob("part-*.parquet")):
        rows.extend(pq.read_table(part).to_pylist())
    return rows


def manifest(out: Path) -> dict:
    return json.loads((out / "_manifest.json").read_text())


@contextmanager
def deadline(seconds: int):
    """Fail (instead of hanging) when the block takes longer than ``seconds``."""
    def _expired(signum, frame):  # noqa: ANN001
        raise TimeoutError(f"took longer than {seconds} s")

    old = signal.signal(signal.SIGALRM, _expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


