"""Batch: screen a whole archive, locally or on a Dask cluster.

::

    from dignity.batch import screen, summarize, Columns
    result = screen(["archive/", "letters.jsonl.gz"], "out/", engine="local", workers=4)
    print(result.docs_per_second, result.summary["findings_by_status"])
    summarize("out/")                       # -> out/summary/*.csv, *.parquet, over_time.svg

* ``sources``: inputs read lazily (folders, JSONL, CSV, Parquet; gzip allowed);
* ``partition``: ``process_partition(records)``, the one pure function all engines run;
* ``engines``: ``serial`` (this process), ``local`` (a process pool), ``dask``;
* ``runner``: the driver: bounded in-flight partitions, atomic writes, resume;
* ``summary``: ``summarize``, conditions and findings over time, per facility and subject.

The submodules import pyarrow, pandas and dask only when used.
"""

from __future__ import annotations

from typing import Any

__all__ = ["screen", "summarize", "process_partition", "Columns", "ScreenResult", "ScreenError"]


def __getattr__(name: str) -> Any:
    if name in ("screen", "ScreenResult", "ScreenError"):
        from dignity.batch import runner

        return getattr(runner, name)
    if name == "summarize":
        from dignity.batch.summary import summarize

        return summarize
    if name == "process_partition":
        from dignity.batch.partition import process_partition

        return process_partition
    if name == "Columns":
        from dignity.batch.sources import Columns

        return Columns
    raise AttributeError(f"module 'dignity.batch' has no attribute {name!r}")
