"""The dask engine on a 2-worker LocalCluster (one cluster for the module, to keep it quick):
the same tables as one process, and a worker killed in the middle of a run loses nothing.

The cluster is started by ``DaskEngine`` itself (no address: a LocalCluster of worker
processes with one thread each and the extractor plugin); the screens then reach it
by its address, as they would an existing cluster.
"""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest
from batch_helpers import IDS, corpus_gen, deadline, manifest, read_dataset

from dignity.batch.runner import screen

pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster():
    from dignity.batch.engines import DaskEngine

    with deadline(90):
        engine = DaskEngine(workers=2)
    assert engine.workers == 2 and engine.cluster is not None
    assert all(n == 1 for n in engine.client.nthreads().values())
    yield engine
    engine.close()


def test_dask_gives_the_tables_of_one_process(cluster, mixed_inputs, serial_out: Path,
                                              tmp_path: Path) -> None:
    out = tmp_path / "dask"
    with deadline(90):
        result = screen(mixed_inputs, out, engine="dask", scheduler=cluster.address, columns=IDS,
                        partition_size=3)
    assert result.engine["engine"] == "dask" and result.engine["workers"] == 2 and not result.lost
    for table in ("facts", "findings", "documents"):
        assert read_dataset(out, table) == read_dataset(serial_out, table), table
    workers = [p["worker"] for p in manifest(out)["partitions"].values()]
    assert {w["builds"] for w in workers} == {1}  # built once per worker process
    assert len({w["pid"] for w in workers}) <= 2


def test_killing_a_worker_mid_run_loses_nothing(cluster, tmp_path: Path) -> None:
    src = corpus_gen.write_corpus(tmp_path / "c.jsonl", 60, seed=21)
    ref = tmp_path / "ref"
    screen([src], ref, engine="serial", columns=IDS, partition_size=4)
    client = cluster.client
    before = client.run(os.getpid)  # worker address -> pid
    killed: dict[str, int] = {}

    def kill_one(k: int, stats: dict) -> None:
        if killed:
            return
        # after the first partition: SIGKILL the worker that is busy now (else any),
        # without a word to the scheduler; its nanny starts a new one
        busy = [a for a, keys in client.processing().items() if keys and a in before]
        address = (busy or sorted(before))[0]
        os.kill(before[address], signal.SIGKILL)
        killed[address] = before[address]

    with deadline(120):
        result = screen([src], tmp_path / "out", engine="dask", scheduler=cluster.address,
                        columns=IDS, partition_size=4, on_partition=kill_one)
    assert killed, "no worker was killed"
    assert next(iter(killed.values())) not in client.run(os.getpid).values()
    out = tmp_path / "out"
    assert result.lost == [] and sorted(result.computed) == list(range(15))
    docs = read_dataset(out, "documents")
    assert [d["id"] for d in docs] == [f"doc-21-{i:07d}" for i in range(60)]
    assert not any(d["error"] for d in docs)
    for table in ("documents", "facts", "findings"):
        assert read_dataset(out, table) == read_dataset(ref, table), table
    m = manifest(out)
    assert m["complete"] and m["summary"]["documents"] == 60
    assert {p["worker"]["builds"] for p in m["partitions"].values()} == {1}
