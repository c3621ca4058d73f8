"""Reading inputs lazily: kinds, records, partitions, counts, facilities."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from pathlib import Path

import pytest
from batch_helpers import corpus_gen

from dignity.batch.partition import find_facility
from dignity.batch.sources import (Columns, count_records, input_kind, iter_partitions,
                                   iter_records)


@pytest.mark.parametrize("name, kind", [
    ("a.jsonl", "jsonl"), ("a.JSONL.gz", "jsonl"), ("a.ndjson", "jsonl"), ("a.csv", "csv"),
    ("a.csv.gz", "csv"), ("a.parquet", "parquet"), ("a.txt", "file"), ("a.pdf", "file"),
    ("a.gz", "file"), ("a.parquet.gz", "file"),
])
def test_input_kind(tmp_path: Path, name: str, kind: str) -> None:
    (tmp_path / name).write_bytes(b"x")
    assert input_kind(tmp_path / name) == kind
    assert input_kind(tmp_path) == "folder"


def test_records_are_read_lazily(tmp_path: Path) -> None:
    src = corpus_gen.write_corpus(tmp_path / "big.jsonl", 50, seed=1)
    with open(src, "a") as fh:
        fh.write("{broken\n")
    it = iter_records([str(src)], Columns(id="id"))
    first = list(itertools.islice(it, 3))  # nothing beyond what is asked for is parsed
    assert [r["row"] for r in first] == [1, 2, 3] and first[0]["id"] == "doc-1-0000000"
    assert set(first[0]) == {"source", "path", "row", "text", "id"}
    rest = list(it)
    assert len(rest) == 48 and "not JSON" in rest[-1]["error"]
    assert count_records([str(src)]) == 51


def test_partitions_are_consecutive_slices() -> None:
    parts = list(iter_partitions(({"row": i} for i in range(11)), 4))
    assert [(k, [r["row"] for r in rs]) for k, rs in parts] == \
        [(0, [0, 1, 2, 3]), (1, [4, 5, 6, 7]), (2, [8, 9, 10])]
    with pytest.raises(ValueError):
        list(iter_partitions([], 0))


def test_parquet_columns_and_types(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.table({"body": ["text one", None, "text three"], "key": [1, 2, 3],
                      "when": [dt.date(2020, 5, 1), None, dt.date(2021, 1, 2)],
                      "where": ["Evin Prison", "", None]})
    pq.write_table(table, tmp_path / "t.parquet", row_group_size=2)
    cols = Columns(text="body", id="key", date="when", facility="where")
    recs = list(iter_records([str(tmp_path / "t.parquet")], cols))
    assert recs[0] == {"source": str(tmp_path / "t.parquet"), "path": None, "row": 1,
                       "text": "text one", "id": "1", "date": "2020-05-01", "facility": "Evin Prison"}
    assert recs[1]["error"] == "no text in column 'body'"
    assert recs[2]["date"] == "2021-01-02" and "facility" not in recs[2]
    assert count_records([str(tmp_path)], cols) == 3


def test_jsonl_rows_that_are_not_objects(tmp_path: Path) -> None:
    src = tmp_path / "t.jsonl"
    src.write_text("\n".join([json.dumps([1, 2]), json.dumps({"text": 5}), "", json.dumps({"text": "ok"})]))
    recs = list(iter_records([str(src)]))
    assert [r.get("error", "") for r in recs] == ["line 1 is a JSON list, not an object",
                                                 "column 'text' holds int, not text", ""]
    assert recs[2]["row"] == 4


@pytest.mark.parametrize("text, facility", [
    ("Monitoring visit note: Northgate Remand Centre, Unit C", "Northgate Remand Centre"),
    ("To the Warden, Eastfield County Detention Facility. The Eastfield County Detention "
     "Facility is cold.", "Eastfield County Detention Facility"),
    ("He was moved from Evin Prison to the Qezel Hesar Prison, then back to Evin Prison.", "Evin Prison"),
    ("He was held in prison for three years.", None),
    ("The Prison is old.", None),
])
def test_find_facility(text: str, facility: str | None) -> None:
    assert find_facility(text) == facility
