"""Inputs of a screen, read lazily: folders of files and tables of texts.

An input is one of:

* a folder: walked in sorted order; every file that is not hidden is a document
  (read later, by a worker, with ``dignity.ingest.load``), except tables
  (``.jsonl``, ``.csv``, ``.parquet``, gzip allowed), which are read as below;
* a table: JSON Lines (``.jsonl``, ``.ndjson``), CSV (``.csv``) or Parquet
  (``.parquet``, ``.pq``), ``.gz`` allowed for the first two, one document a row
  with its text in a column (``text`` unless told otherwise);
* any other file: one document.

``iter_records`` yields one small ``dict`` per document, in a stable order, and
never holds more than one row group / line / file in memory; ``iter_partitions``
cuts that stream into lists of ``partition_size`` records.  A record is what a
worker needs to produce the document (``text``, or ``path`` to read) plus where
it came from (``source``, ``row``).  A row that cannot be read (bad JSON, no
text) becomes a record with an ``error``; it is never dropped.
"""

from __future__ import annotations

import csv
import gzip
import io
import itertools
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

__all__ = ["Columns", "Record", "input_kind", "iter_records", "iter_partitions", "count_records",
           "describe_inputs", "TABLE_SUFFIXES"]

Record = dict[str, Any]

#: Suffixes read as tables (rows of texts), with an optional ``.gz``.
TABLE_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet",
                  ".pq": "parquet"}

_PARQUET_BATCH = 256


@dataclass(frozen=True)
class Columns:
    """Which columns of a table hold what (None: not read)."""

    text: str = "text"
    id: str | None = None
    date: str | None = None
    title: str | None = None
    facility: str | None = None

    def as_dict(self) -> dict[str, str | None]:
        return {"text": self.text, "id": self.id, "date": self.date, "title": self.title,
                "facility": self.facility}


def input_kind(path: Path) -> str:
    """'folder', 'jsonl', 'csv', 'parquet' or 'file'."""
    if path.is_dir():
        return "folder"
    name = path.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    kind = TABLE_SUFFIXES.get(os.path.splitext(name)[1])
    if kind == "parquet" and path.name.lower().endswith(".gz"):
        return "file"  # gzip around Parquet is not a thing; let ingest say what it is
    return kind or "file"


def describe_inputs(paths: Iterable[str]) -> list[dict[str, Any]]:
    """What identifies the inputs of a screen (for the manifest): path, kind and, for files, size."""
    out = []
    for p in paths:
        path = Path(p)
        item: dict[str, Any] = {"path": str(path.resolve()), "kind": input_kind(path)}
        if path.is_file():
            item["size"] = path.stat().st_size
        out.append(item)
    return out


def iter_records(paths: Iterable[str], columns: Columns = Columns()) -> Iterator[Record]:
    """Every document of the inputs, in a stable order, one small dict each."""
    for p in paths:
        path = Path(p)
        kind = input_kind(path)
        if kind == "folder":
            yield from _walk(path, columns)
        elif kind == "file":
            yield _file_record(path)
        else:
            yield from _table(path, kind, columns)


def iter_partitions(records: Iterable[Record], size: int) -> Iterator[tuple[int, list[Record]]]:
    """``(index, records)`` for consecutive slices of ``size`` records."""
    if size < 1:
        raise ValueError("partition size must be at least 1")
    it = iter(records)
    for k in itertools.count():
        chunk = list(itertools.islice(it, size))
        if not chunk:
            return
        yield k, chunk


def count_records(paths: Iterable[str], columns: Columns = Columns()) -> int:
    """How many records ``iter_records`` will yield, cheaply (no JSON or text decoding
    where it can be avoided): lines of JSONL, rows of CSV, Parquet metadata."""
    n = 0
    for p in paths:
        path = Path(p)
        kind = input_kind(path)
        if kind == "folder":
            for f in _walk_files(path):
                k = input_kind(f)
                n += 1 if k == "file" else _count_table(f, k)
        elif kind == "file":
            n += 1
        else:
            n += _count_table(path, kind)
    return n


# --------------------------------------------------------------------------- folders


def _walk_files(root: Path) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith(".") and not name.startswith("~$"):
                yield Path(dirpath) / name


def _walk(root: Path, columns: Columns) -> Iterator[Record]:
    for f in _walk_files(root):
        kind = input_kind(f)
        if kind == "file":
            yield _file_record(f)
        else:
            yield from _table(f, kind, columns)


def _file_record(path: Path) -> Record:
    return {"source": str(path), "path": str(path), "row": None}


# --------------------------------------------------------------------------- tables


def _open_text(path: Path) -> io.TextIOBase:
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8-sig", errors="replace", newline="")
    return open(path, encoding="utf-8-sig", errors="replace", newline="")


def _table(path: Path, kind: str, columns: Columns) -> Iterator[Record]:
    source = str(path)
    try:
        if kind == "jsonl":
            yield from _jsonl(path, source, columns)
        elif kind == "csv":
            yield from _csv(path, source, columns)
        else:
            yield from _parquet(path, source, columns)
    except (OSError, EOFError, ValueError, csv.Error) as exc:
        # an unreadable table (or its broken tail) is one error row; the run goes on
        yield {"source": source, "path": None, "row": None,
               "error": f"cannot read {kind.upper() if kind != 'parquet' else 'Parquet'} "
                        f"({type(exc).__name__}: {_one_line(exc)})"}


def _row_record(source: str, row: int, values: dict[str, Any] | None, columns: Columns,
                error: str | None = None) -> Record:
    rec: Record = {"source": source, "path": None, "row": row}
    if error is not None:
        rec["error"] = error
        return rec
    assert values is not None
    text = values.get(columns.text)
    if text is None or (isinstance(text, float) and text != text):  # missing or NaN
        rec["error"] = f"no text in column {columns.text!r}"
    elif not isinstance(text, str):
        rec["error"] = f"column {columns.text!r} holds {type(text).__name__}, not text"
    else:
        rec["text"] = text
    for key in ("id", "date", "title", "facility"):
        col = getattr(columns, key)
        if col is not None:
            v = values.get(col)
            if v is not None and not (isinstance(v, float) and v != v) and str(v).strip():
                rec[key] = v.isoformat() if key == "date" and hasattr(v, "isoformat") else str(v).strip()
    return rec


def _jsonl(path: Path, source: str, columns: Columns) -> Iterator[Record]:
    with _open_text(path) as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except ValueError as exc:
                yield _row_record(source, lineno, None, columns, f"line {lineno} is not JSON ({exc.msg})")
                continue
            if not isinstance(obj, dict):
                yield _row_record(source, lineno, None, columns,
                                  f"line {lineno} is a JSON {type(obj).__name__}, not an object")
                continue
            yield _row_record(source, lineno, obj, columns)


def _csv(path: Path, source: str, columns: Columns) -> Iterator[Record]:
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    with _open_text(path) as fh:
        reader = csv.DictReader(fh)
        fields = reader.fieldnames or []
        if columns.text not in fields:
            yield _row_record(source, None, None, columns,  # type: ignore[arg-type]
                              f"no column {columns.text!r} (columns: {', '.join(fields) or 'none'})")
            return
        for n, row in enumerate(reader, 1):
            yield _row_record(source, n, row, columns)


def _parquet(path: Path, source: str, columns: Columns) -> Iterator[Record]:
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(path)
    names = set(pf.schema_arrow.names)
    if columns.text not in names:
        yield _row_record(source, None, None, columns,  # type: ignore[arg-type]
                          f"no column {columns.text!r} (columns: {', '.join(sorted(names))})")
        return
    wanted = [c for c in dict.fromkeys(columns.as_dict().values()) if c is not None and c in names]
    n = 0
    for batch in pf.iter_batches(batch_size=_PARQUET_BATCH, columns=wanted):
        for values in batch.to_pylist():
            n += 1
            yield _row_record(source, n, values, columns)


def _count_table(path: Path, kind: str) -> int:
    try:
        if kind == "parquet":
            import pyarrow.parquet as pq

            return pq.ParquetFile(path).metadata.num_rows
        with _open_text(path) as fh:
            if kind == "jsonl":
                return sum(1 for line in fh if line.strip())
            reader = csv.reader(fh)
            next(reader, None)
            return sum(1 for _ in reader)
    except Exception:  # noqa: BLE001 - a count is only for the progress bar
        return 1


def _one_line(exc: BaseException) -> str:
    msg = " ".join(str(exc).split())
    return msg[:197] + "..." if len(msg) > 200 else msg
