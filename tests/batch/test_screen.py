"""`dignity.batch.screen`: engines, inputs, error rows and resuming."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest

from dignity.batch.runner import ScreenError, part_name, screen
from dignity.batch.sources import Columns

from batch_helpers import IDS, corpus_gen, deadline, manifest, read_dataset



def _strip(rows: list[dict], *drop: str) -> list[dict]:
    return [{k: v for k, v in r.items() if k not in drop} for r in rows]


# --------------------------------------------------------------------------- engines


def test_serial_run_accounts_for_every_document_and_errors(serial_out: Path) -> None:
    docs = read_dataset(serial_out, "documents")
    # 7 good files + broken.pdf + empty.txt (the hidden file is skipped), 8 rows + 2 bad lines
    assert len(docs) == 9 + 10
    errors = {(Path(d["source"]).name, d["row"]): d["error"] for d in docs if d["error"]}
    assert set(errors) == {("broken.pdf", None), ("empty.txt", None), ("reports.jsonl", 4),
                           ("reports.jsonl", 7)}
    assert "empty" in errors[("empty.txt", None)]
    assert "not JSON" in errors[("reports.jsonl", 4)]
    assert "no text" in errors[("reports.jsonl", 7)]
    good = [d for d in docs if not d["error"]]
    assert all(d["n_facts"] > 0 for d in good[:3])
    facts = read_dataset(serial_out, "facts")
    findings = read_dataset(serial_out, "findings")
    assert sum(d["n_facts"] for d in docs) == len(facts) > 30
    assert sum(d["n_findings"] for d in docs) == len(findings) > 20
    # a row's own id, date and title win; the text names the facility
    row = next(d for d in docs if d["id"] == "doc-5-0000000")
    first = corpus_gen.document(0, seed=5)
    assert (row["date"], row["title"], row["facility"]) == (first["date"], first["title"], first["facility"])
    assert {f["document"] for f in facts} <= {d["id"] for d in good}
    fact = next(f for f in facts if f["type"] == "confinement_hours" and f["value"] != "null")
    assert float(fact["value"]) >= 20 and fact["unit"] == "hours_per_day"
    assert fact["evidence_text"] and fact["evidence_end"] > fact["evidence_start"]
    m = manifest(serial_out)
    assert m["complete"] and m["n_partitions"] == 7
    assert m["summary"]["documents"] == 19 and m["summary"]["errors"] == 4


def test_local_engine_gives_identical_tables(mixed_inputs, serial_out: Path, tmp_path: Path) -> None:
    out = tmp_path / "local"
    with deadline(120):
        result = screen(mixed_inputs, out, engine="local", workers=2, columns=IDS, partition_size=3)
    assert result.engine == {"engine": "local", "workers": 2} and not result.lost
    for table in ("facts", "findings"):
        assert read_dataset(out, table) == read_dataset(serial_out, table), table
    assert _strip(read_dataset(out, "documents"), "path", "source") == \
        _strip(read_dataset(serial_out, "documents"), "path", "source")
    # the extractor is built once per worker process, never per partition or document
    workers = [p["worker"] for p in manifest(out)["partitions"].values()]
    assert {w["builds"] for w in workers} == {1}
    assert 1 <= len({w["pid"] for w in workers}) <= 2


# --------------------------------------------------------------------------- inputs


@pytest.mark.parametrize("name", ["c.jsonl", "c.jsonl.gz", "c.csv", "c.csv.gz", "c.parquet"])
def test_table_formats_read_alike(name: str, tmp_path: Path, corpus_jsonl: Path) -> None:
    src = tmp_path / name
    corpus_gen.write_corpus(src, 24, seed=11)
    ref = tmp_path / "ref"
    out = tmp_path / "out"
    screen([corpus_jsonl], ref, engine="serial", columns=IDS, partition_size=10)
    result = screen([src], out, engine="serial", columns=IDS, partition_size=10)
    assert result.documents == 24 and result.errors == 0 and result.computed == [0, 1, 2]
    assert read_dataset(out, "facts") == read_dataset(ref, "facts")
    assert _strip(read_dataset(out, "documents"), "source") == _strip(read_dataset(ref, "documents"), "source")


def test_folder_of_files_and_default_ids(tmp_path: Path) -> None:
    folder = tmp_path / "archive"
    corpus_gen.write_corpus(folder / "a", 5, seed=2, fmt="folder")
    corpus_gen.write_corpus(folder / "b" / "more.csv.gz", 4, seed=9)  # tables inside a folder are read too
    out = tmp_path / "out"
    result = screen([folder], out, engine="serial", partition_size=4)
    docs = read_dataset(out, "documents")
    assert result.documents == len(docs) == 9 and result.errors == 0
    assert [Path(d["source"]).parent.name for d in docs] == ["a"] * 5 + ["b"] * 4
    assert all(len(d["id"]) == 64 for d in docs)  # sha256 of the bytes / the text
    assert [d["row"] for d in docs[5:]] == [1, 2, 3, 4] and docs[0]["path"].endswith(".txt")
    assert all(d["date"] for d in docs)  # from each text's dateline


def test_missing_text_column_is_one_error_row(tmp_path: Path) -> None:
    src = tmp_path / "t.csv"
    text = ("Mr. Haddad told the visiting team that he is locked in his cell for 23 hours a day and "
            "that the lights in the cell are never switched off at night, and he said that he has "
            "not been allowed any visits from his family since the start of the year.")
    src.write_text(f"id,body\n1,{text}\n")
    result = screen([src], tmp_path / "out", engine="serial")
    docs = read_dataset(tmp_path / "out", "documents")
    assert result.errors == 1 and len(docs) == 1 and "no column 'text'" in docs[0]["error"]
    result = screen([src], tmp_path / "out2", engine="serial", columns=Columns(text="body"))
    assert result.errors == 0 and read_dataset(tmp_path / "out2", "facts")


def test_truncated_gzip_keeps_rows_read_and_adds_an_error(tmp_path: Path) -> None:
    src = tmp_path / "c.jsonl.gz"
    corpus_gen.write_corpus(src, 30, seed=4)
    data = src.read_bytes()
    src.write_bytes(data[: len(data) * 2 // 3])
    screen([src], tmp_path / "out", engine="serial", partition_size=50)
    docs = read_dataset(tmp_path / "out", "documents")
    assert 5 < len(docs) < 31 and "cannot read JSONL" in docs[-1]["error"]
    assert all(d["error"] is None for d in docs[:-2])


def test_an_extractor_crash_is_an_error_row(tmp_path: Path, corpus_jsonl: Path, monkeypatch) -> None:
    from dignity.batch import partition

    real = partition.worker_extractor()

    class Exploding:
        def extract_document(self, doc):
            if doc.id == "doc-11-0000005":
                raise RuntimeError("engine exploded")
            return real.extract_document(doc)

    monkeypatch.setattr(partition, "worker_extractor", lambda: Exploding())
    result = screen([corpus_jsonl], tmp_path / "out", engine="serial", columns=IDS, partition_size=8)
    docs = read_dataset(tmp_path / "out", "documents")
    assert result.documents == 24 and result.errors == 1
    bad = [d for d in docs if d["error"]]
    assert [d["id"] for d in bad] == ["doc-11-0000005"]
    assert bad[0]["error"] == "unexpected error (RuntimeError: engine exploded)"
    assert sum(1 for d in docs if d["n_facts"]) >= 20


# --------------------------------------------------------------------------- resuming


def test_rerun_recomputes_only_missing_partitions(tmp_path: Path, corpus_jsonl: Path) -> None:
    out = tmp_path / "out"
    first = screen([corpus_jsonl], out, engine="serial", columns=IDS, partition_size=5)
    assert first.computed == [0, 1, 2, 3, 4] and first.skipped == []
    before = {t: read_dataset(out, t) for t in ("documents", "facts", "findings")}

    again = screen([corpus_jsonl], out, engine="serial", columns=IDS, partition_size=5)
    assert again.computed == [] and again.skipped == [0, 1, 2, 3, 4] and again.documents == 0

    (out / "facts" / part_name(2)).unlink()  # a partition missing one of its tables
    (out / "documents" / part_name(4)).unlink()  # ... or its documents (the completion mark)
    (out / "findings" / f".{part_name(1)}.999.tmp").write_bytes(b"half a file")
    third = screen([corpus_jsonl], out, engine="serial", columns=IDS, partition_size=5)
    assert third.computed == [2, 4] and third.skipped == [0, 1, 3]
    assert third.documents == 5 + 4
    assert {t: read_dataset(out, t) for t in before} == before
    assert not list((out / "findings").glob(".*.tmp"))
    runs = manifest(out)["runs"]
    assert [r["computed"] for r in runs] == [[0, 1, 2, 3, 4], [], [2, 4]]
    assert manifest(out)["summary"]["documents"] == 24


def test_failed_partitions_are_error_rows_and_recomputed_later(tmp_path: Path, corpus_jsonl: Path,
                                                               monkeypatch) -> None:
    from dignity.batch import engines

    out = tmp_path / "out"
    real = engines.process_partition

    def flaky(records, **kw):
        if any(r.get("id") == "doc-11-0000007" for r in records):
            raise MemoryError("out of memory in the middle of partition 1")
        return real(records, **kw)

    monkeypatch.setattr(engines, "process_partition", flaky)
    first = screen([corpus_jsonl], out, engine="serial", columns=IDS, partition_size=5)
    assert first.lost == [1] and first.computed == [0, 1, 2, 3, 4] and not manifest(out)["complete"]
    docs = read_dataset(out, "documents")
    assert len(docs) == 24  # every document is accounted for, as an error row if need be
    assert [d["id"] for d in docs if d["error"]] == [f"doc-11-{i:07d}" for i in range(5, 10)]
    assert "MemoryError" in docs[5]["error"]
    monkeypatch.setattr(engines, "process_partition", real)
    second = screen([corpus_jsonl], out, engine="serial", columns=IDS, partition_size=5)
    assert second.computed == [1] and second.skipped == [0, 2, 3, 4] and manifest(out)["complete"]
    assert manifest(out)["summary"]["errors"] == 0


def test_an_output_directory_holds_one_screen(tmp_path: Path, corpus_jsonl: Path, monkeypatch) -> None:
    out = tmp_path / "out"
    screen([corpus_jsonl], out, engine="serial", columns=IDS, partition_size=12)
    with pytest.raises(ScreenError, match="other options"):
        screen([corpus_jsonl], out, engine="serial", columns=IDS, partition_size=5)
    other = tmp_path / "other.jsonl"
    shutil.copy(corpus_jsonl, other)
    with pytest.raises(ScreenError, match="other inputs"):
        screen([other], out, engine="serial", columns=IDS, partition_size=12)
    from dignity.batch import partition

    monkeypatch.setitem(partition._STATE, "rules", "0123456789abcdef")  # rule files were edited
    with pytest.raises(ScreenError, match="other rules"):
        screen([corpus_jsonl], out, engine="serial", columns=IDS, partition_size=12)
    monkeypatch.undo()
    (out / "_lock").write_text("1\n")  # pid 1 is alive: another writer
    with pytest.raises(ScreenError, match="another screen"):
        screen([corpus_jsonl], out, engine="serial", columns=IDS, partition_size=12)


def test_summary_counts(tmp_path: Path, corpus_jsonl: Path) -> None:
    out = tmp_path / "out"
    result = screen([corpus_jsonl], out, engine="serial", columns=IDS, partition_size=7)
    facts = read_dataset(out, "facts")
    s = result.summary
    assert s["facts_by_type"] == dict(Counter(f["type"] for f in facts))
    assert sum(s["findings_by_status"].values()) == s["findings"] == len(read_dataset(out, "findings"))
    top_facility, n = s["top_facilities"][0]
    docs = read_dataset(out, "documents")
    assert n == sum(1 for d in docs if d["facility"] == top_facility) >= 1
    assert s["top_subjects"] and all(n >= 1 for _, n in s["top_subjects"])


def test_a_worker_with_other_rules_stops_the_run(tmp_path: Path, corpus_jsonl: Path, monkeypatch) -> None:
    from dignity.batch import partition

    real = partition.worker_info
    monkeypatch.setattr(partition, "worker_info", lambda: {**real(), "rules": "another-version"})
    with pytest.raises(ScreenError, match="read other rules than this machine"):
        screen([corpus_jsonl], tmp_path / "out", engine="serial", columns=IDS, partition_size=12)
    assert not list((tmp_path / "out" / "documents").glob("*.parquet"))
