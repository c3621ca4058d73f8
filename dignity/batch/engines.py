"""Where ``process_partition`` runs: in this process, a local process pool, or Dask.

Each engine offers the same four calls to the driver (``dignity.batch.runner``):
``submit(records)`` returns a handle, ``wait(handles)`` returns the finished ones,
``result(handle)`` returns the ``PartitionResult`` (or raises), and
``lost(exc)`` tells a lost worker (retry the partition elsewhere) from an error
of the partition itself.  ``slots`` is how many partitions the driver keeps in
flight: enough to keep every worker busy, few enough to bound memory.

* ``serial``: this process, one partition at a time (the single-process baseline);
* ``local``: a ``ProcessPoolExecutor`` whose initializer builds the extractor
  once per worker process; a pool broken by a dead worker is replaced;
* ``dask``: a ``dask.distributed`` client, on an existing scheduler
  (``tcp://host:port``) or on a ``LocalCluster`` of ``workers`` processes with one
  thread each; a worker plugin builds the extractor once per worker process.
  A worker that dies has its tasks rescheduled by the scheduler.
"""

from __future__ import annotations

import concurrent.futures as cf
import logging
import multiprocessing
import os
from typing import Any

from dignity.batch.partition import PartitionResult, init_worker, process_partition
from dignity.batch.sources import Record

__all__ = ["Engine", "SerialEngine", "LocalEngine", "DaskEngine", "make_engine", "ENGINES",
           "EngineError"]

log = logging.getLogger(__name__)

ENGINES = ("local", "dask", "serial")


class EngineError(Exception):
    """The engine cannot run at all (no scheduler at that address, ...)."""


def default_workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


class Engine:
    name = "engine"
    workers = 1

    @property
    def slots(self) -> int:
        return max(2, 2 * self.workers)

    def submit(self, records: list[Record], as_of: str | None) -> Any:
        raise NotImplementedError

    def wait(self, handles: list[Any], timeout: float | None = None) -> list[Any]:
        raise NotImplementedError

    def result(self, handle: Any) -> PartitionResult:
        raise NotImplementedError

    def lost(self, exc: BaseException) -> bool:
        return False

    def recover(self) -> None:
        """Get ready to resubmit after ``lost`` said a worker was lost."""

    def describe(self) -> dict[str, Any]:
        return {"engine": self.name, "workers": self.workers}

    def close(self, cancel: bool = False) -> None:
        pass

    def __enter__(self) -> "Engine":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close(cancel=exc[0] is not None)


class SerialEngine(Engine):
    """Runs each partition in this process when it is submitted."""

    name = "serial"

    @property
    def slots(self) -> int:
        return 1

    def submit(self, records: list[Record], as_of: str | None) -> Any:
        f: cf.Future = cf.Future()
        try:
            f.set_result(process_partition(records, as_of=as_of))
        except Exception as exc:  # noqa: BLE001 - reported by the driver
            f.set_exception(exc)
        return f

    def wait(self, handles: list[Any], timeout: float | None = None) -> list[Any]:
        return [h for h in handles if h.done()]

    def result(self, handle: Any) -> PartitionResult:
        return handle.result()


def _pool_worker_init(driver: int) -> None:
    """A pool worker leaves Ctrl-C to the driver (which stops the pool), exits when the
    driver is gone (killed: no one would stop it, it would wait for work forever), and
    builds its extractor."""
    import signal
    import threading
    import time

    signal.signal(signal.SIGINT, signal.SIG_IGN)

    def watch() -> None:
        while _alive(driver):
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="dignity-driver-watch").start()
    init_worker()


def _alive(pid: int) -> bool:
    """Whether process ``pid`` runs (a zombie, killed but not yet reaped, does not)."""
    if os.path.isdir("/proc/self"):
        try:
            with open(f"/proc/{pid}/stat", "rb") as fh:
                return fh.read().rsplit(b")", 1)[1].split()[0] not in (b"Z", b"X")
        except (FileNotFoundError, ProcessLookupError):
            return False
        except (OSError, IndexError):
            pass
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    return True


class LocalEngine(Engine):
    """A process pool on this machine; the extractor is built once per worker process."""

    name = "local"

    def __init__(self, workers: int | None = None) -> None:
        self.workers = workers or default_workers()
        # forkserver: workers fork from a clean single-threaded server (no threads or locks
        # inherited from the driver) that has imported the pipeline's modules once
        method = os.environ.get("DIGNITY_MP_START") or (
            "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn")
        self._ctx = multiprocessing.get_context(method)
        if method == "forkserver":
            self._ctx.set_forkserver_preload(["dignity.batch.partition", "dignity.extract.engine",
                                              "dignity.assess"])
        self._pool = self._new_pool()
        self.restarts = 0

    def _new_pool(self) -> cf.ProcessPoolExecutor:
        return cf.ProcessPoolExecutor(max_workers=self.workers, mp_context=self._ctx,
                                      initializer=_pool_worker_init, initargs=(os.getpid(),))

    def submit(self, records: list[Record], as_of: str | None) -> Any:
        return self._pool.submit(process_partition, records, as_of=as_of)

    def wait(self, handles: list[Any], timeout: float | None = None) -> list[Any]:
        done, _ = cf.wait(handles, timeout=timeout, return_when=cf.FIRST_COMPLETED)
        return list(done)

    def result(self, handle: Any) -> PartitionResult:
        return handle.result()

    def lost(self, exc: BaseException) -> bool:
        from concurrent.futures.process import BrokenProcessPool

        return isinstance(exc, BrokenProcessPool)

    def recover(self) -> None:
        # a pool with a dead worker is broken for good: replace it (once per breakage)
        if getattr(self._pool, "_broken", False):
            log.warning("a worker process died; starting a new pool")
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = self._new_pool()
            self.restarts += 1

    def close(self, cancel: bool = False) -> None:
        self._pool.shutdown(wait=not cancel, cancel_futures=cancel)


class DaskEngine(Engine):
    """A ``dask.distributed`` cluster: at ``scheduler`` or a new LocalCluster of ``workers``."""

    name = "dask"

    def __init__(self, scheduler: str | None = None, workers: int | None = None,
                 quiet: bool = True) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:  # pragma: no cover - a dependency
            raise EngineError(f"the dask engine needs dask[distributed] ({exc})") from None
        if quiet:
            for name in ("distributed", "tornado", "bokeh"):
                logging.getLogger(name).setLevel(logging.CRITICAL)
        import dask

        self.cluster = None
        self.scheduler = scheduler
        # Dask keeps the last `low-level-log-length` (1000) messages of every batched stream
        # for debugging, payloads included: here, whole partitions of text. Keep a few only,
        # for as long as this engine lives (streams to restarted workers are made later).
        self._config = dask.config.set({"distributed.admin.low-level-log-length": 8})
        try:
            if scheduler:
                self.client = Client(scheduler, timeout="20s")
            else:
                import dask

                n = workers or default_workers()
                # no statistical profiler sampling the workers' stacks every 10 ms (~10 % CPU)
                with dask.config.set({"distributed.worker.profile.enabled": False}):
                    self.cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                                dashboard_address=None,
                                                silence_logs=logging.CRITICAL if quiet else logging.WARNING)
                self.client = Client(self.cluster)
        except (OSError, TimeoutError) as exc:
            self._config.__exit__(None, None, None)
            raise EngineError(f"cannot reach the Dask scheduler {scheduler or ''} "
                              f"({type(exc).__name__}: {' '.join(str(exc).split())})".replace("  ", " ")) from None
        from dignity.batch.dask_plugin import ExtractorPlugin

        self.client.register_plugin(ExtractorPlugin(), name="dignity-extractor")
        threads = sum(self.client.nthreads().values())
        self.workers = threads or (workers or 1)

    @property
    def address(self) -> str:
        return self.client.scheduler.address

    def submit(self, records: list[Record], as_of: str | None) -> Any:
        return self.client.submit(process_partition, records, as_of=as_of, pure=False)

    def wait(self, handles: list[Any], timeout: float | None = None) -> list[Any]:
        from distributed import wait

        try:
            done, _ = wait(handles, timeout=timeout, return_when="FIRST_COMPLETED")
        except TimeoutError:
            return []
        return list(done)

    def result(self, handle: Any) -> PartitionResult:
        try:
            return handle.result()
        finally:
            handle.release()

    def lost(self, exc: BaseException) -> bool:
        from distributed.scheduler import KilledWorker

        if isinstance(exc, (KilledWorker, OSError, TimeoutError, cf.CancelledError)):
            return True
        return type(exc).__module__.split(".")[0] == "distributed"

    def recover(self) -> None:
        if self.client.status not in ("running", "connecting"):
            raise EngineError(f"lost the connection to the Dask scheduler ({self.client.status})")

    def describe(self) -> dict[str, Any]:
        return {"engine": self.name, "workers": self.workers,
                "scheduler": self.scheduler or "LocalCluster"}

    def close(self, cancel: bool = False) -> None:
        try:
            self.client.close()
        finally:
            try:
                if self.cluster is not None:
                    self.cluster.close(timeout=10)
            finally:
                self._config.__exit__(None, None, None)


def make_engine(name: str, *, workers: int | None = None, scheduler: str | None = None) -> Engine:
    if name == "serial":
        return SerialEngine()
    if name == "local":
        return LocalEngine(workers)
    if name == "dask":
        return DaskEngine(scheduler, workers)
    raise ValueError(f"unknown engine {name!r} (choose from {', '.join(ENGINES)})")
