"""Benchmark of ``dignity screen``: throughput of each engine and peak memory at scale.

For a synthetic archive of ``--n`` documents (``corpus_gen.py``, JSONL), each engine
screens the whole archive in a fresh child process (so that each gets its own
memory high-water mark):

* ``serial``: everything in one process: the single-process baseline;
* ``local``: a process pool of ``--workers`` processes;
* ``dask``: a ``dask.distributed`` LocalCluster of ``--workers`` processes, 1 thread each.

Figures per engine: wall time; CPU seconds of the driver and of every process it
started (polled, so the last fraction of a second of each worker may be missing);
throughput over the whole run (start-up included) and in steady state (documents
finished after every worker had finished its first partition, over the time since then);
parallel efficiency = steady throughput / (serial steady throughput x workers), against the targets (local >= 85 %,
dask >= 70 %), which needs a machine with ``--workers`` idle cores; CPU efficiency =
serial CPU per document / engine CPU per document, the cost of going parallel
whatever else the machine runs; peak RSS of the driver (``VmHWM`` of its process, which for
``dask`` includes the LocalCluster's scheduler) and the largest peak RSS of a
worker process (``VmHWM`` of each worker, polled every 0.25 s; workers are the
processes named in the manifest).  Run it at two sizes to see memory stay flat:

    python benchmarks/screen_bench.py --n 10000
    python benchmarks/screen_bench.py --n 100000 --engines local,dask --out benchmarks/out/screen-100k.json

The machine's other load is not controlled; the load average before and after
each run is in the JSON (default ``benchmarks/out/screen_results.json``).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGETS = {"local": 0.85, "dask": 0.70}


def _vm(pid: int | str, key: str) -> float | None:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith(key + ":"):
                    return int(line.split()[1]) / 1024  # MiB
    except OSError:
        return None
    return None


class _Sampler(threading.Thread):
    """Polls the peak RSS (VmHWM) of every descendant process."""

    def __init__(self, every: float = 0.25) -> None:
        super().__init__(daemon=True)
        self.every = every
        self.peaks: dict[int, float] = {}
        self.names: dict[int, str] = {}
        self.cpu: dict[int, float] = {}  # last seen user+system CPU seconds of each descendant
        self._halt = threading.Event()

    def run(self) -> None:
        import psutil

        me = psutil.Process()
        while not self._halt.is_set():
            try:
                kids = me.children(recursive=True)
            except psutil.Error:
                kids = []
            for p in kids:
                hwm = _vm(p.pid, "VmHWM")
                try:
                    ct = p.cpu_times()
                    self.cpu[p.pid] = ct.user + ct.system
                except psutil.Error:
                    pass
                if hwm is not None:
                    self.peaks[p.pid] = max(hwm, self.peaks.get(p.pid, 0.0))
                    if p.pid not in self.names:
                        try:
                            self.names[p.pid] = " ".join(p.cmdline()[:3])[:120]
                        except psutil.Error:
                            self.names[p.pid] = "?"
            self._halt.wait(self.every)

    def stop(self) -> None:
        self._halt.set()
        self.join()


def child(engine: str, corpus: str, out: str, workers: int, partition_size: int) -> dict:
    """One screen in this (fresh) process; the figures as a dict."""
    from dignity.batch.runner import screen
    from dignity.batch.sources import Columns

    stamps: list[tuple[float, int, int]] = []  # (time, documents, worker pid)
    sampler = _Sampler()
    sampler.start()
    t0 = time.perf_counter()

    def on_partition(k: int, stats: dict) -> None:
        stamps.append((time.perf_counter() - t0, stats["documents"], stats["worker"].get("pid", 0)))

    result = screen([corpus], out, engine=engine, workers=workers, partition_size=partition_size,
                    columns=Columns(id="id", date="date", title="title"), on_partition=on_partition,
                    summarize=False)
    wall = time.perf_counter() - t0
    sampler.stop()
    import resource

    me = resource.getrusage(resource.RUSAGE_SELF)
    cpu_driver = me.ru_utime + me.ru_stime
    worker_pids = {pid for _, _, pid in stamps}
    n_workers = 1 if engine == "serial" else max(1, result.engine.get("workers") or workers)
    # steady state: from the moment every worker had finished a partition
    seen: set[int] = set()
    t_warm, docs_after = None, 0
    for t, n, pid in stamps:
        if t_warm is not None:
            docs_after += n
        seen.add(pid)
        if t_warm is None and len(seen) >= min(n_workers, len(worker_pids)):
            t_warm = t
    steady = docs_after / (stamps[-1][0] - t_warm) if t_warm is not None and stamps[-1][0] > t_warm else None
    if engine == "serial":
        worker_peak = None
    else:
        worker_peak = max((sampler.peaks.get(pid, 0.0) for pid in worker_pids), default=None)
    return {
        "engine": engine, "workers": n_workers, "documents": result.documents,
        "errors": result.errors, "partitions": len(result.computed), "wall_s": round(wall, 3),
        "startup_s": round(result.startup_seconds, 3),
        "docs_per_s": round(result.documents / wall, 2),
        "steady_docs_per_s": round(steady, 2) if steady else None,
        "driver_peak_rss_mb": round(_vm("self", "VmHWM") or 0.0, 1),
        "max_worker_peak_rss_mb": round(worker_peak, 1) if worker_peak else None,
        "descendants_peak_rss_mb": {f"{pid} {sampler.names.get(pid, '')}": round(v, 1)
                                    for pid, v in sorted(sampler.peaks.items())},
        "cpu_s_driver": round(cpu_driver, 2),
        "cpu_s_workers": round(sum(sampler.cpu.get(pid, 0.0) for pid in worker_pids), 2),
        "cpu_s_all": round(cpu_driver + sum(sampler.cpu.values()), 2),
        "retried": result.retried, "lost": len(result.lost),
    }


def _load() -> list[float]:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return []


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=10_000, help="documents in the archive (default 10000)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--partition-size", type=int, default=100)
    ap.add_argument("--engines", default="serial,local,dask",
                    help="comma-separated, from serial, local, dask (default all three)")
    ap.add_argument("--serial-n", type=int, default=None,
                    help="documents for the serial baseline (default: --n); its rate is what counts")
    ap.add_argument("--out", default=str(HERE / "out" / "screen_results.json"))
    ap.add_argument("--tmp", default=None, help="working directory (default: a temporary one)")
    ap.add_argument("--_child", nargs=5, metavar=("ENGINE", "CORPUS", "OUT", "WORKERS", "PSIZE"),
                    help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args._child:
        engine, corpus, out, workers, psize = args._child
        print(json.dumps(child(engine, corpus, out, int(workers), int(psize))))
        return 0

    sys.path.insert(0, str(HERE))
    from corpus_gen import write_corpus

    tmp = Path(args.tmp) if args.tmp else Path(tempfile.mkdtemp(prefix="dignity-screen-bench-"))
    tmp.mkdir(parents=True, exist_ok=True)
    engines = [e.strip() for e in args.engines.split(",") if e.strip()]
    corpora: dict[int, Path] = {}

    def corpus_of(n: int) -> Path:
        if n not in corpora:
            path = tmp / f"corpus-{n}-{args.seed}.jsonl"
            if not path.exists():
                t = time.perf_counter()
                write_corpus(path, n, seed=args.seed)
                print(f"generated {n} documents in {time.perf_counter() - t:.1f} s: {path}", file=sys.stderr)
            corpora[n] = path
        return corpora[n]

    runs = []
    for engine in engines:
        n = args.serial_n if engine == "serial" and args.serial_n else args.n
        corpus = corpus_of(n)
        out = tmp / f"out-{engine}-{n}"
        shutil.rmtree(out, ignore_errors=True)
        load_before = _load()
        print(f"{engine}: screening {n} documents ...", file=sys.stderr)
        proc = subprocess.run([sys.executable, __file__, "--_child", engine, str(corpus), str(out),
                               str(args.workers), str(args.partition_size)],
                              capture_output=True, text=True)
        if proc.returncode != 0:
            print(proc.stderr[-3000:], file=sys.stderr)
            raise SystemExit(f"{engine}: the benchmark child failed ({proc.returncode})")
        fig = json.loads(proc.stdout.strip().splitlines()[-1])
        fig.update({"n": n, "load_before": load_before, "load_after": _load()})
        runs.append(fig)
        shutil.rmtree(out, ignore_errors=True)
        print(f"  {fig['docs_per_s']} docs/s overall, {fig['steady_docs_per_s']} steady; driver "
              f"{fig['driver_peak_rss_mb']} MiB, worker {fig['max_worker_peak_rss_mb']} MiB", file=sys.stderr)

    serial = next((r for r in runs if r["engine"] == "serial"), None)
    for r in runs:
        if serial and r["engine"] in TARGETS and serial["steady_docs_per_s"] and r["steady_docs_per_s"]:
            ideal = serial["steady_docs_per_s"] * r["workers"]
            r["efficiency"] = round(r["steady_docs_per_s"] / ideal, 3)
            r["efficiency_overall"] = round(r["docs_per_s"] / (serial["docs_per_s"] * r["workers"]), 3)
            # CPU spent per document in one process / in the whole engine (driver, workers,
            # nannies, ...): the overhead of going parallel, whatever else the machine runs
            r["cpu_efficiency"] = round((serial["cpu_s_all"] / serial["documents"])
                                        / (r["cpu_s_all"] / r["documents"]), 3)
            r["target"] = TARGETS[r["engine"]]
            r["pass"] = r["efficiency"] >= TARGETS[r["engine"]]
    report = {"n": args.n, "seed": args.seed, "workers": args.workers,
              "partition_size": args.partition_size, "runs": runs,
              "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                          "platform": platform.platform()}}
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(report, indent=1))
    _print(report)
    if not args.tmp:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


def _print(report: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    t = Table(title=f"dignity screen, {report['n']} documents, {report['workers']} workers, "
                    f"partitions of {report['partition_size']}")
    for col in ("engine", "docs", "wall s", "docs/s", "steady docs/s", "efficiency", "target",
                "CPU s", "CPU eff.", "driver MiB", "worker MiB", "load"):
        t.add_column(col, justify="left" if col == "engine" else "right")
    for r in report["runs"]:
        eff = r.get("efficiency")
        t.add_row(r["engine"], str(r["documents"]), f"{r['wall_s']:.1f}", f"{r['docs_per_s']:.1f}",
                  str(r["steady_docs_per_s"]), f"{eff:.0%}" if eff is not None else "",
                  (f">= {r['target']:.0%} " + ("pass" if r["pass"] else "FAIL")) if "target" in r else "",
                  f"{r['cpu_s_all']:.0f}",
                  f"{r['cpu_efficiency']:.0%}" if "cpu_efficiency" in r else "",
                  str(r["driver_peak_rss_mb"]), str(r["max_worker_peak_rss_mb"] or ""),
                  "/".join(str(x) for x in r["load_before"][:1] + r["load_after"][:1]))
    Console(width=max(160, Console().width)).print(t)


if __name__ == "__main__":
    sys.exit(main())
