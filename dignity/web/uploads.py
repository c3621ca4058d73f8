"""Uploads off the request path: a queue in the store, read by worker processes.

An upload request only stores each file as an ``UploadJob`` (status ``queued``)
and answers; a dispatcher thread hands queued jobs to a few worker processes
(``workers``), preferring users who have no file being read, so one user's
pile of uploads does not hold up another's.  A worker reads, extracts and stores
the document through ``CaseService.add_documents`` (one transaction, as ever)
and records the outcome in the job.  A file that takes longer than
``timeout_s`` has its worker killed (and replaced) and its job ends with an
error that says so; nothing of it is stored.  The pages and the API run in
the server's own process, so a file being read never slows them down.

Jobs live in the database, so a restart or a second server process picks up
what was queued; ``close()`` (on shutdown, SIGTERM) kills the workers at once
and puts their unfinished jobs back in the queue.

The worker processes are shared by every queue of the process (one per app;
several in the tests), started on first use with the ``spawn`` method (no
fork of a threaded server) and ended by ``shutdown_workers()`` or at exit.
"""

from __future__ import annotations

import asyncio
import atexit
import datetime as dt
import logging
import multiprocessing
import queue
import secrets
import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Sequence

from sqlalchemy import select, update
from sqlalchemy.orm import undefer

from dignity.store.models import UploadJob, utcnow

if TYPE_CHECKING:  # the case service is imported where a job runs (a worker need not load it before)
    from dignity.cases import Upload

__all__ = ["UploadQueue", "JobView", "shutdown_workers", "run_job"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class JobView:
    """What a page or the API shows of a job."""

    id: int
    batch: str
    case_id: int
    filename: str
    status: str
    document_id: int | None
    facts: int
    problem: str | None

    @property
    def done(self) -> bool:
        return self.status not in ("queued", "reading")

    @property
    def source(self) -> str:  # the names ``AddResult`` uses, for the same templates
        return self.filename

    def json(self) -> dict[str, Any]:
        return {"id": self.id, "batch": self.batch, "case_id": self.case_id, "filename": self.filename,
                "status": self.status, "document_id": self.document_id, "facts": self.facts,
                "problem": self.problem}


def _view(j: UploadJob) -> JobView:
    return JobView(j.id, j.batch, j.case_id, j.filename, j.status, j.document_id, j.facts or 0, j.problem)


# --------------------------------------------------------------------------- the worker side


def run_job(store: Any, job_id: int, max_bytes: int | None) -> None:
    """Read, extract and store the file of job ``job_id`` (status ``reading``), and
    record what came of it in the job.  Runs in a worker process."""
    from dignity.cases import CaseService, Upload
    from dignity.store.models import Case, User

    with store.session() as s:
        job = s.get(UploadJob, job_id, options=[undefer(UploadJob.content)])
        if job is None or job.status != "reading":
            return
        upload = Upload(job.content or b"", job.filename, title=job.title, date=job.date)
        svc = CaseService(s, max_bytes=max_bytes)
        user, case = s.get(User, job.user_id), s.get(Case, job.case_id)
        s.commit()  # no read transaction held while the file is read
        if user is None or case is None or not svc.can_edit(case, user):
            status, doc_id, facts, problem = "error", None, 0, "you may no longer change this case; nothing stored"
        else:
            r = svc.add_documents(case, [upload], user)[0]
            status, doc_id, facts, problem = r.status, r.document_id, r.facts, r.problem
        _finish(s, job_id, status, problem, document_id=doc_id, facts=facts)


def _finish(session: Any, job_id: int, status: str, problem: str | None, *, document_id: int | None = None,
            facts: int = 0, only_if_reading: bool = False) -> bool:
    q = update(UploadJob).where(UploadJob.id == job_id)
    if only_if_reading:
        q = q.where(UploadJob.status == "reading")
    done = session.execute(q.values(status=status, problem=problem, document_id=document_id, facts=facts,
                                     finished_at=utcnow(), content=None)).rowcount
    session.commit()
    return bool(done)


def _worker_main(conn: Any) -> None:  # pragma: no cover - runs in the worker process
    import signal

    from dignity.store import Store

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C reaches the server, which ends us
    try:  # the extractor's models are loaded before the first job, not on its time
        from dignity.extract.engine import default_extractor

        default_extractor("en")
    except Exception:  # noqa: BLE001 - a job says what is wrong
        log.exception("the upload worker could not load the extractor")
    try:
        conn.send("ready")
    except (OSError, EOFError):
        return
    stores: dict[str, Any] = {}
    while True:
        try:
            url, job_id, max_bytes = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            break
        try:
            store = stores.get(url)
            if store is None:
                store = stores[url] = Store(url, migrate=False)
            run_job(store, job_id, max_bytes)
        except Exception as exc:  # noqa: BLE001 - recorded in the job, the worker goes on
            log.exception("upload job %s failed", job_id)
            try:
                with stores[url].session() as s:
                    _finish(s, job_id, "error", f"unexpected error ({type(exc).__name__}); nothing stored",
                            only_if_reading=True)
            except Exception:  # noqa: BLE001
                log.exception("could not record the failure of upload job %s", job_id)
        try:
            conn.send(job_id)
        except (OSError, EOFError):
            break


#: the longest a new worker may take to start (imports, models) before its first job
STARTUP_S = 180.0


class _Worker:
    def __init__(self) -> None:
        ctx = multiprocessing.get_context("spawn")
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child,), name="dignity-upload-worker", daemon=True)
        self.proc.start()
        child.close()
        self.ready = False
        self._kill_lock = threading.Lock()

    def wait_ready(self) -> bool:
        """Wait for the new worker to load what it needs (not counted in a job's time)."""
        end = time.monotonic() + STARTUP_S
        while not self.ready and time.monotonic() < end:
            try:
                if self.conn.poll(0.25):
                    self.ready = self.conn.recv() == "ready"
                    break
            except (EOFError, OSError):
                break
            if not self.proc.is_alive():  # it could not start (and said why on stderr)
                break
        return self.ready

    def run(self, url: str, job_id: int, max_bytes: int | None, timeout_s: float) -> bool:
        """True when the job ran to its end within ``timeout_s``."""
        if not self.wait_ready():
            return False
        try:
            self.conn.send((url, job_id, max_bytes))
            if self.conn.poll(timeout_s):
                return self.conn.recv() == job_id
        except (EOFError, OSError):
            pass
        return False

    def alive(self) -> bool:
        return self.proc.is_alive()

    def kill(self) -> None:
        """End the process and close its pipe.  Idempotent and safe from two threads at once
        (a shutdown and the job's own thread both end a worker: closing one pipe twice
        concurrently fails with EBADF, which once aborted the shutdown before the jobs
        were queued again)."""
        with self._kill_lock:
            if self.proc.is_alive():
                self.proc.kill()
            self.proc.join(5)
            if not self.conn.closed:
                self.conn.close()


class _Pool:
    """The worker processes of this process (shared by every queue)."""

    def __init__(self) -> None:
        self.idle: queue.SimpleQueue[_Worker] = queue.SimpleQueue()
        self.size = 0
        self.busy: set[_Worker] = set()
        self.lock = threading.Lock()

    def acquire(self, limit: int) -> _Worker:
        with self.lock:
            try:
                w = self.idle.get_nowait()
            except queue.Empty:
                w = None
            if w is not None and not w.alive():
                w.kill()
                self.size -= 1
                w = None
            if w is None:
                w = _Worker()
                self.size += 1
            self.busy.add(w)
            return w

    def release(self, w: _Worker, *, broken: bool) -> None:
        with self.lock:
            self.busy.discard(w)
            if broken:
                self.size -= 1
        if broken:
            w.kill()
        else:
            self.idle.put(w)

    def shutdown(self) -> None:
        with self.lock:
            workers = list(self.busy)
            self.busy.clear()
            while True:
                try:
                    workers.append(self.idle.get_nowait())
                except queue.Empty:
                    break
            self.size = 0
        for w in workers:
            w.kill()


_POOL = _Pool()
atexit.register(_POOL.shutdown)


def shutdown_workers() -> None:
    """Kill every worker process of this process (their jobs stay as they were)."""
    _POOL.shutdown()


# --------------------------------------------------------------------------- the server side


class UploadQueue:
    def __init__(self, store: Any, *, workers: int = 1, timeout_s: float = 300.0, max_bytes: int | None = None,
                 poll_s: float = 2.0) -> None:
        self.store = store
        self.workers = workers
        self.timeout_s = timeout_s
        self.max_bytes = max_bytes
        self.poll_s = poll_s
        self._running: dict[int, int] = {}  # job id -> user id, jobs this process is reading
        self._finished: set[int] = set()
        self._served: dict[int, float] = {}  # user id -> when a file of theirs was last handed out
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    # ------------------------------------------------------------------ submit and look
    def submit(self, case_id: int, user_id: int, files: Sequence[Upload]) -> list[JobView]:
        """Queue ``files`` for case ``case_id`` on behalf of ``user_id`` (one batch)."""
        batch = secrets.token_hex(8)
        now = utcnow()
        with self.store.session() as s:
            rows = [UploadJob(batch=batch, case_id=case_id, user_id=user_id, filename=f.name[:500],
                              title=f.title, date=f.date, size=len(f.data), content=f.data, status="queued",
                              facts=0, created_at=now) for f in files]
            s.add_all(rows)
            s.commit()
            views = [_view(r) for r in rows]
        self.start()
        self._wake.set()
        return views

    def jobs(self, ids: Sequence[int] | None = None, *, batch: str | None = None) -> list[JobView]:
        with self.store.session() as s:
            q = select(UploadJob).order_by(UploadJob.id)
            if batch is not None:
                q = q.where(UploadJob.batch == batch)
            if ids is not None:
                q = q.where(UploadJob.id.in_(list(ids)))
            return [_view(j) for j in s.scalars(q)]

    async def wait(self, ids: Sequence[int], timeout_s: float) -> bool:
        """Wait (without a thread) until this process has read ``ids``, at most ``timeout_s``."""
        deadline = time.monotonic() + timeout_s
        want = set(ids)
        while True:
            with self._lock:
                if want <= self._finished:
                    return True
            if time.monotonic() >= deadline or self._stop.is_set():
                return False
            await asyncio.sleep(0.05)

    # ------------------------------------------------------------------ the dispatcher
    def start(self) -> None:
        with self._lock:
            if self._stop.is_set() or (self._thread is not None and self._thread.is_alive()):
                return
            self._recover()
            self._thread = threading.Thread(target=self._loop, name="dignity-upload-dispatcher", daemon=True)
            self._thread.start()

    def _recover(self) -> None:
        """Jobs left ``reading`` by a process that died (long past any time limit): queued again."""
        stale = utcnow() - dt.timedelta(seconds=2 * self.timeout_s + 60)
        with self.store.session() as s:
            s.execute(update(UploadJob).where(UploadJob.status == "reading", UploadJob.started_at < stale)
                      .values(status="queued", started_at=None))
            s.commit()

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                self._fill()
            except Exception:  # noqa: BLE001 - a database hiccup: try again at the next tick
                log.exception("upload dispatcher")
            self._wake.wait(self.poll_s)
            self._wake.clear()

    def _fill(self) -> None:
        with self._lock:
            free = self.workers - len(self._running)
            busy_users = set(self._running.values())
        if free <= 0:
            return
        with self.store.session() as s:
            queued = s.execute(select(UploadJob.id, UploadJob.user_id).where(UploadJob.status == "queued")
                               .order_by(UploadJob.id).limit(500)).all()
            s.commit()
            # users take turns: one file of each user with nothing being read, the user
            # served longest ago first; then the rest in order
            first, rest, seen = [], [], set(busy_users)
            for job_id, uid in queued:
                (rest if uid in seen else first).append((job_id, uid))
                seen.add(uid)
            first.sort(key=lambda j: (self._served.get(j[1], 0.0), j[0]))
            for job_id, uid in first + rest:
                if free <= 0 or self._stop.is_set():
                    break
                # counted as this process's before the claim is committed, so that a shutdown
                # from then on always queues it again (close() reads ``_running``)
                with self._lock:
                    self._running[job_id] = uid
                claimed = s.execute(update(UploadJob).where(UploadJob.id == job_id, UploadJob.status == "queued")
                                    .values(status="reading", started_at=utcnow())).rowcount
                s.commit()
                if not claimed:  # another server process took it
                    with self._lock:
                        self._running.pop(job_id, None)
                    continue
                with self._lock:
                    self._served[uid] = time.monotonic()
                    if len(self._served) > 10000:
                        self._served.clear()
                free -= 1
                threading.Thread(target=self._run, args=(job_id,), name=f"dignity-upload-{job_id}",
                                 daemon=True).start()

    def _run(self, job_id: int) -> None:
        worker = None
        ok = died = False
        try:
            if self._stop.is_set():  # shutting down: no new worker (the job is queued again below)
                return
            worker = _POOL.acquire(self.workers)
            ok = worker.run(self.store.url, job_id, self.max_bytes, self.timeout_s)
            died = not ok and not worker.alive()
        except Exception:  # noqa: BLE001 - no worker could be started: the job says so
            log.exception("upload job %s: no worker", job_id)
            died = True
        finally:
            if worker is not None:
                _POOL.release(worker, broken=not ok)
            if not ok and self._stop.is_set():  # a shutdown killed its worker: read again at the next start
                self._requeue([job_id], attempts=1)
            elif not ok:
                if died:
                    problem = ("reading it stopped the reader unexpectedly (it may need more memory than the "
                               "server has); nothing stored")
                else:
                    problem = f"reading it took longer than {self.timeout_s:g} s, so it was stopped; nothing stored"
                try:
                    with self.store.session() as s:
                        _finish(s, job_id, "error", problem, only_if_reading=True)
                except Exception:  # noqa: BLE001
                    log.exception("could not record the end of upload job %s", job_id)
            with self._lock:
                self._running.pop(job_id, None)
                if len(self._finished) > 10000:
                    self._finished.clear()
                self._finished.add(job_id)
            self._wake.set()

    def close(self) -> None:
        """Stop handing out jobs and kill the workers reading this queue's jobs (a
        shutdown): those jobs are queued again, for the next start."""
        self._stop.set()
        self._wake.set()
        with self._lock:
            running = list(self._running)
        if running:
            try:
                _POOL.shutdown()
            finally:  # whatever happened to the workers, their jobs are queued again
                self._requeue(running)
        if self._thread is not None:
            self._thread.join(timeout=5)

    def _requeue(self, job_ids: list[int], attempts: int = 3) -> bool:
        """Jobs this process was reading, ``queued`` again (a shutdown).  A killed worker
        may leave the database busy for a moment: tried ``attempts`` times."""
        for attempt in range(1, attempts + 1):
            try:
                with self.store.session() as s:
                    s.execute(update(UploadJob).where(UploadJob.id.in_(job_ids), UploadJob.status == "reading")
                              .values(status="queued", started_at=None))
                    s.commit()
                return True
            except Exception:  # noqa: BLE001 - the database is going too: the next start recovers them
                log.warning("could not queue uploads %s again (attempt %d of %d)", job_ids, attempt, attempts,
                            exc_info=True)
                time.sleep(0.2 * attempt)
        log.error("uploads %s stay 'reading'; the next start queues them again once they are stale", job_ids)
        return False
