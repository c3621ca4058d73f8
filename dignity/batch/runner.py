"""The driver of a screen: read inputs lazily, keep a few partitions in flight, write each
finished partition, and resume where a previous run stopped.

Output (a directory, readable as three Parquet datasets)::

    OUT/_manifest.json                  inputs, options, per-partition counts, runs, summary
    OUT/documents/part-00000.parquet    one row per document (with its error, if any)
    OUT/facts/part-00000.parquet        one row per fact
    OUT/findings/part-00000.parquet     one row per finding

Memory stays bounded whatever the corpus: the inputs are read as a stream and cut
into partitions of ``partition_size`` records; at most ``engine.slots`` partitions
(twice the workers) are in flight; each result is written as soon as it arrives.

Each table of a partition is written to a hidden temporary name and renamed into
place; ``documents`` is written last and carries the partition's status in its
Parquet metadata, so a partition is complete exactly when its ``documents`` file
exists with status ``ok``.  A rerun with the same inputs and options skips complete
partitions and computes the others.  A partition whose worker died is retried on
another (``max_attempts``); if none can finish it, its documents become error rows
marked ``lost`` (recomputed by the next run).
"""

from __future__ import annotations

import datetime as _dt
import itertools
import json
import logging
import os
import threading
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from dignity.batch.sources import Columns, Record, count_records, describe_inputs, iter_partitions, iter_records

__all__ = ["screen", "ScreenResult", "ScreenError", "MANIFEST", "TABLE_NAMES", "part_name",
           "partition_status", "output_summary", "FORMAT"]

log = logging.getLogger(__name__)

FORMAT = "dignity-screen/1"
MANIFEST = "_manifest.json"
TABLE_NAMES = ("documents", "facts", "findings")
_META_KEY = b"dignity.partition"
_SAVE_EVERY = 2.0  # seconds between manifest saves during a run


class ScreenError(Exception):
    """The screen cannot start or go on (a one-line message for the user)."""


def part_name(k: int) -> str:
    return f"part-{k:05d}.parquet"


@dataclass
class ScreenResult:
    out: Path
    engine: dict[str, Any]
    computed: list[int] = field(default_factory=list)
    skipped: list[int] = field(default_factory=list)
    lost: list[int] = field(default_factory=list)
    retried: int = 0
    documents: int = 0  # documents computed in this run
    errors: int = 0  # error rows among them
    seconds: float = 0.0  # wall clock, engine start-up included
    startup_seconds: float = 0.0
    summary: dict[str, Any] = field(default_factory=dict)  # of the whole output directory

    @property
    def docs_per_second(self) -> float:
        return self.documents / self.seconds if self.seconds > 0 else 0.0


def screen(inputs: Iterable[str], out: str | os.PathLike[str], *, engine: str = "local",
           workers: int | None = None, scheduler: str | None = None, columns: Columns = Columns(),
           partition_size: int = 100, as_of: str | None = None, progress: bool = False,
           on_partition: Callable[[int, dict[str, Any]], None] | None = None,
           max_attempts: int = 3, summarize: bool = True, lang: str | None = None,
           ocr: str = "auto", standards: list[str] | None = None,
           jurisdiction: str | None = None) -> ScreenResult:
    """Screen every document of ``inputs`` into the dataset directory ``out``.

    ``lang``: read every document as this language (else each its own, detected); a
    document in a language without a pack is a row with ``not_assessed`` set.
    ``ocr``: auto, always or never, for scanned PDF pages and images (``dignity.ingest``).
    ``standards``: assess against these standard ids only; ``jurisdiction``: every document is
    about this country (else each the one its text names, if any).

    ``on_partition(k, stats)`` is called in this process after partition ``k`` is written.
    Raises ``ScreenError`` when the run cannot start (``out`` holds another screen,
    no scheduler at that address) or loses its cluster.
    """
    from dignity.batch.engines import EngineError, make_engine
    from dignity.extract.engine import EXTRACTOR_VERSION

    inputs = [str(p) for p in inputs]
    if partition_size < 1:
        raise ScreenError("the partition size must be at least 1")
    out = Path(out)
    for name in TABLE_NAMES:
        (out / name).mkdir(parents=True, exist_ok=True)
    manifest = _Manifest(out)
    from dignity.batch.partition import extractor_rules, rules_fingerprint

    # the rules of this process's extractor if it has one (serial engine), else of the files now
    rules = extractor_rules() or rules_fingerprint()
    identity = {"format": FORMAT, "extractor": EXTRACTOR_VERSION, "rules": rules,
                "inputs": describe_inputs(inputs),
                "options": {"partition_size": partition_size, "columns": columns.as_dict(),
                            "as_of": as_of}}
    if lang:
        identity["options"]["lang"] = lang
    if ocr != "auto":
        identity["options"]["ocr"] = ocr
    if standards:
        identity["options"]["standards"] = list(standards)
    if jurisdiction:
        identity["options"]["jurisdiction"] = jurisdiction
    manifest.check(identity)
    lock = _Lock(out)
    lock.acquire()
    try:
        _clean_temporaries(out)
        t0 = time.perf_counter()
        result = ScreenResult(out=out, engine={"engine": engine, "workers": workers})
        run: dict[str, Any] = {"started": _now(), "engine": result.engine,
                               "partition_size": partition_size}
        manifest.data.setdefault("runs", []).append(run)
        manifest.data["complete"] = False
        manifest.save()

        def start_engine() -> Any:  # only once there is something to compute
            t1 = time.perf_counter()
            try:
                eng = make_engine(engine, workers=workers, scheduler=scheduler)
            except EngineError as exc:
                raise ScreenError(str(exc)) from None
            result.startup_seconds = time.perf_counter() - t1
            result.engine = run["engine"] = eng.describe()
            return eng

        bar = _Progress(progress, inputs, columns)
        try:
            with bar:
                _drive(start_engine, inputs, columns, partition_size, as_of, out, manifest, result,
                       bar, on_partition, max_attempts, rules, lang, ocr, standards, jurisdiction)
        finally:
            result.seconds = time.perf_counter() - t0
            run.update({"finished": _now(), "seconds": round(result.seconds, 3),
                        "startup_seconds": round(result.startup_seconds, 3),
                        "computed": result.computed, "skipped": len(result.skipped),
                        "lost": result.lost, "retried": result.retried,
                        "documents": result.documents, "errors": result.errors,
                        "docs_per_second": round(result.docs_per_second, 3)})
            manifest.save()
        manifest.data["complete"] = not result.lost
        manifest.data["n_partitions"] = len(result.computed) + len(result.skipped)
        if summarize:
            result.summary = output_summary(out)
            manifest.data["summary"] = result.summary
        manifest.save()
        return result
    finally:
        lock.release()


def _drive(start_engine: Callable[[], Any], inputs: list[str], columns: Columns, partition_size: int, as_of: str | None,
           out: Path, manifest: "_Manifest", result: ScreenResult, bar: "_Progress",
           on_partition: Callable[[int, dict[str, Any]], None] | None, max_attempts: int,
           rules: str, lang: str | None = None, ocr: str = "auto", standards: list[str] | None = None,
           jurisdiction: str | None = None) -> None:
    records = iter_records(inputs, columns)
    if standards:
        records = ({**rec, "standards": list(standards)} for rec in records)
    if jurisdiction:
        records = ({**rec, "jurisdiction": jurisdiction} for rec in records)
    if lang:
        records = ({**rec, "lang": lang} for rec in records)
    if ocr != "auto":
        records = ({**rec, "ocr": ocr} for rec in records)
    todo = _todo(iter_partitions(records, partition_size), out, manifest, result, bar)
    first = next(todo, None)
    if first is None:
        return  # every partition is done: no engine to start
    with start_engine() as eng:
        _loop(eng, itertools.chain([first], todo), as_of, out, manifest, result, bar,
              on_partition, max_attempts, rules)


def _loop(eng: Any, todo: Iterator[tuple[int, list[Record]]], as_of: str | None, out: Path,
          manifest: "_Manifest", result: ScreenResult, bar: "_Progress",
          on_partition: Callable[[int, dict[str, Any]], None] | None, max_attempts: int,
          rules: str) -> None:
    from dignity.batch.engines import EngineError
    from dignity.batch.partition import error_result

    retry: deque[tuple[int, list[Record], int]] = deque()
    pending: dict[Any, tuple[int, list[Record], int]] = {}
    exhausted = False
    losses = 0  # workers lost since the last partition that came back
    while True:
        while len(pending) < eng.slots and (retry or not exhausted):
            if retry:
                k, records, attempt = retry.popleft()
            else:
                nxt = next(todo, None)
                if nxt is None:
                    exhausted = True
                    break
                (k, records), attempt = nxt, 1
            pending[eng.submit(records, as_of)] = (k, records, attempt)
        if not pending:
            return
        for handle in eng.wait(list(pending), timeout=1.0):
            k, records, attempt = pending.pop(handle)
            try:
                res = eng.result(handle)
                status = "ok"
                losses = 0
            except Exception as exc:  # noqa: BLE001 - a partition's failure, never the run's
                if eng.lost(exc):
                    losses += 1
                    if losses >= max_attempts * eng.slots:
                        raise ScreenError(
                            f"the {eng.name} workers keep dying before finishing any partition "
                            f"({type(exc).__name__}: {' '.join(str(exc).split())[:200]}); "
                            "what is written is kept: rerun to resume") from None
                    try:
                        eng.recover()
                    except EngineError as fatal:
                        raise ScreenError(str(fatal)) from None
                    if attempt < max_attempts:
                        log.warning("partition %d: worker lost (%s); retrying", k, type(exc).__name__)
                        result.retried += 1
                        retry.append((k, records, attempt + 1))
                        continue
                    problem = f"lost: no worker could finish this partition ({type(exc).__name__})"
                else:
                    problem = f"partition failed ({type(exc).__name__}: {' '.join(str(exc).split())[:200]})"
                log.warning("partition %d: %s", k, problem)
                res, status = error_result(records, problem), "lost"
            else:
                if res.worker.get("rules") != rules:
                    w = res.worker
                    raise ScreenError(
                        f"the worker {w.get('host')}:{w.get('pid')} read other rules than this "
                        f"machine ({w.get('rules')} instead of {rules}: another Dignity version, or "
                        "rule files changed during the run); its partition was not written")
            stats = _write_partition(out, k, res, status)
            manifest.data.setdefault("partitions", {})[f"{k:05d}"] = stats
            manifest.save(throttle=True)
            result.computed.append(k)
            if status != "ok":
                result.lost.append(k)
            result.documents += stats["documents"]
            result.errors += stats["errors"]
            bar.advance(stats["documents"], k)
            if on_partition is not None:
                on_partition(k, stats)


def _todo(partitions: Iterator[tuple[int, list[Record]]], out: Path, manifest: "_Manifest",
          result: ScreenResult, bar: "_Progress") -> Iterator[tuple[int, list[Record]]]:
    """The partitions still to compute; complete ones are counted and skipped."""
    for k, records in partitions:
        status = partition_status(out, k)
        if status is not None and status.get("status") == "ok":
            result.skipped.append(k)
            manifest.data.setdefault("partitions", {}).setdefault(f"{k:05d}", status)
            bar.advance(len(records), k, skipped=True)
            continue
        yield k, records


# --------------------------------------------------------------------------- output files


def _write_partition(out: Path, k: int, res: Any, status: str) -> dict[str, Any]:
    import pyarrow.parquet as pq

    stats = {"status": status, "documents": res.documents.num_rows, "facts": res.facts.num_rows,
             "findings": res.findings.num_rows, "errors": res.n_errors,
             "seconds": round(res.seconds, 3), "worker": res.worker, "written": _now()}
    for name, table in res.tables().items():  # documents last: it marks the partition complete
        if name == "documents":
            meta = dict(table.schema.metadata or {})
            meta[_META_KEY] = json.dumps(stats).encode()
            table = table.replace_schema_metadata(meta)
        final = out / name / part_name(k)
        tmp = final.with_name(f".{final.name}.{os.getpid()}.tmp")
        try:
            pq.write_table(table, tmp, compression="zstd")
            os.replace(tmp, final)
        except BaseException:  # a full disk, a read-only folder: leave no partial file behind
            tmp.unlink(missing_ok=True)
            raise
    return stats


def partition_status(out: Path, k: int) -> dict[str, Any] | None:
    """The stats of a written partition (None unless all its tables are there)."""
    import pyarrow.parquet as pq

    docs = out / "documents" / part_name(k)
    if not docs.exists() or not all((out / n / part_name(k)).exists() for n in TABLE_NAMES):
        return None
    try:
        meta = pq.read_schema(docs).metadata or {}
        return json.loads(meta[_META_KEY])
    except Exception:  # noqa: BLE001 - unreadable: compute it again
        return None


def _clean_temporaries(out: Path) -> None:
    for tmp in out.glob(f".{MANIFEST}.*.tmp"):
        tmp.unlink(missing_ok=True)
    for name in TABLE_NAMES:
        for tmp in (out / name).glob(".part-*.tmp"):
            tmp.unlink(missing_ok=True)


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


class _Manifest:
    def __init__(self, out: Path) -> None:
        self.path = out / MANIFEST
        self.data: dict[str, Any] = {}
        self._saved = 0.0
        if self.path.exists():
            try:
                self.data = json.loads(self.path.read_text(encoding="utf-8"))
            except ValueError:
                raise ScreenError(f"{self.path}: is not a valid manifest (JSON); "
                                  "move it away to start again") from None

    def check(self, identity: dict[str, Any]) -> None:
        """The same output directory only for the same inputs and options."""
        if self.data:
            old = {k: self.data.get(k) for k in identity}
            if old != identity:
                what = [k for k in identity if old[k] != identity[k]]
                raise ScreenError(f"{self.path.parent}: holds a screen of other {', '.join(what)}; "
                                  "use a new output directory (or delete this one)")
        else:
            self.data = {**identity, "created": _now()}

    def save(self, throttle: bool = False) -> None:
        now = time.monotonic()
        if throttle and now - self._saved < _SAVE_EVERY:
            return
        self._saved = now
        self.data["updated"] = _now()
        tmp = self.path.with_name(f".{MANIFEST}.{os.getpid()}.tmp")
        try:
            tmp.write_text(json.dumps(self.data, indent=1, ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, self.path)
        except BaseException:  # a full disk: no empty temporary manifest left behind
            tmp.unlink(missing_ok=True)
            raise


class _Lock:
    """One writer per output directory (a lock file with the writer's pid)."""

    def __init__(self, out: Path) -> None:
        self.path = out / "_lock"
        self.held = False

    def acquire(self) -> None:
        for _ in range(2):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
            except FileExistsError:
                if self._stale():
                    self.path.unlink(missing_ok=True)
                    continue
                raise ScreenError(f"{self.path.parent}: another screen is writing here "
                                  f"(lock {self.path}; delete it if that run is gone)") from None
            with os.fdopen(fd, "w") as fh:
                fh.write(f"{os.getpid()}\n")
            self.held = True
            return

    def _stale(self) -> bool:
        try:
            pid = int(self.path.read_text().strip())
        except (OSError, ValueError):
            return True
        if pid == os.getpid():
            return True
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        except PermissionError:
            return False
        return False

    def release(self) -> None:
        if self.held:
            self.path.unlink(missing_ok=True)
            self.held = False


# --------------------------------------------------------------------------- summary


def output_summary(out: str | os.PathLike[str], top: int = 10) -> dict[str, Any]:
    """Counts over a whole output directory, read file by file (bounded memory):
    documents and errors, facts by type, findings by status, and the facilities and
    people named in the most documents."""
    import pyarrow.parquet as pq

    out = Path(out)
    n_docs = n_err = n_facts = n_findings = n_unread = 0
    types: Counter[str] = Counter()
    statuses: Counter[str] = Counter()
    facilities: Counter[str] = Counter()
    subjects: Counter[str] = Counter()
    for path in sorted((out / "documents").glob("part-*.parquet")):
        k = path.name
        names = set(pq.read_schema(path).names)
        docs = pq.read_table(path, columns=["id", "facility", "error"]
                             + (["not_assessed"] if "not_assessed" in names else []))
        n_docs += docs.num_rows
        n_err += docs.num_rows - docs.column("error").null_count
        if "not_assessed" in names:
            n_unread += docs.num_rows - docs.column("not_assessed").null_count
        facilities.update(f for f in docs.column("facility").to_pylist() if f)
        facts_path = out / "facts" / k
        if facts_path.exists():
            facts = pq.read_table(facts_path, columns=["document", "type", "subject", "subject_kind"])
            n_facts += facts.num_rows
            types.update(facts.column("type").to_pylist())
            pairs = set()
            for doc, subj, kind in zip(facts.column("document").to_pylist(),
                                       facts.column("subject").to_pylist(),
                                       facts.column("subject_kind").to_pylist()):
                if kind == "person" and subj and subj != "unknown":
                    pairs.add((doc, subj))
            subjects.update(s for _, s in pairs)
        findings_path = out / "findings" / k
        if findings_path.exists():
            findings = pq.read_table(findings_path, columns=["status"])
            n_findings += findings.num_rows
            statuses.update(findings.column("status").to_pylist())
    return {"documents": n_docs, "errors": n_err, "not_assessed": n_unread, "facts": n_facts,
            "findings": n_findings,
            "facts_by_type": dict(types.most_common()),
            "findings_by_status": dict(statuses.most_common()),
            "top_facilities": facilities.most_common(top), "top_subjects": subjects.most_common(top)}


# --------------------------------------------------------------------------- progress


class _Progress:
    """A Rich progress bar on stderr (documents done of the total, counted in the background)."""

    def __init__(self, enabled: bool, inputs: list[str], columns: Columns) -> None:
        self.enabled = enabled
        self.inputs, self.columns = inputs, columns
        self._bar: Any = None
        self._task: Any = None

    def __enter__(self) -> "_Progress":
        if not self.enabled:
            return self
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                                   TimeElapsedColumn, TimeRemainingColumn)

        self._bar = Progress(TextColumn("screening"), BarColumn(), MofNCompleteColumn(),
                             TextColumn("docs"), TextColumn("{task.fields[rate]}"),
                             TimeElapsedColumn(), TimeRemainingColumn(),
                             TextColumn("{task.fields[note]}", markup=False),
                             console=Console(stderr=True), transient=False)
        self._bar.__enter__()
        self._task = self._bar.add_task("", total=None, rate="", note="")
        self._t0 = time.perf_counter()
        self._done = 0
        threading.Thread(target=self._count, daemon=True, name="dignity-count").start()
        return self

    def _count(self) -> None:
        try:
            n = count_records(self.inputs, self.columns)
        except Exception:  # noqa: BLE001 - the bar just has no total
            return
        if self._bar is not None:
            self._bar.update(self._task, total=n)

    def advance(self, n: int, k: int, skipped: bool = False) -> None:
        if self._bar is None:
            return
        if not skipped:
            self._done += n
        rate = self._done / max(time.perf_counter() - self._t0, 1e-9)
        self._bar.update(self._task, advance=n, rate=f"{rate:.1f}/s",
                         note=f"part {k}" + (" (done before)" if skipped else ""))

    def __exit__(self, *exc: Any) -> None:
        if self._bar is not None:
            self._bar.__exit__(*exc)
            self._bar = None
