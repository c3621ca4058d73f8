"""The computed case file of each case, kept until the case changes.

Building a case file (merging facts, contradictions, timeline, assessing) is the
costly part of the case page.  Every change to a case writes its audit log in
the same transaction (``CaseService``), so the newest audit entry id of a case
(of kind ``change``) is a version number: the cache keeps ``(version, CaseFile, view)`` per case and
rebuilds when the version moved.  The version is read *before* building, so a
change committed meanwhile only makes the next request rebuild again.

Permissions are checked by the caller (``CaseService.get_case``) before the
cache is asked; what is cached is the same for every reader of the case.
"""

from __future__ import annotations

import collections
import threading
from typing import Any, Callable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dignity.store.models import AuditEntry

__all__ = ["CaseFileCache", "FragmentCache", "case_version"]


def case_version(session: Session, case_id: int) -> int:
    """The case's newest change (reads and sign-ins are in the audit log too, but change nothing)."""
    return session.scalar(select(func.max(AuditEntry.id)).where(AuditEntry.case_id == case_id,
                                                               AuditEntry.kind == "change")) or 0


class CaseFileCache:
    def __init__(self, size: int = 64) -> None:
        self.size = size
        self._entries: collections.OrderedDict[int, tuple[int, Any]] = collections.OrderedDict()
        self._lock = threading.Lock()
        self._building: dict[int, threading.Lock] = {}
        self.hits = 0
        self.misses = 0

    def get(self, session: Session, case_id: int, build: Callable[[], Any], *, version: int | None = None) -> Any:
        """The cached value for ``case_id`` at its current version, built by ``build()``
        when missing or stale (one builder per case at a time; the others wait).
        ``version``: the case's version as the caller just read it (else it is read here)."""
        if version is None:
            version = case_version(session, case_id)
        with self._lock:
            entry = self._entries.get(case_id)
            if entry is not None and entry[0] == version:
                self._entries.move_to_end(case_id)
                self.hits += 1
                return entry[1]
            lock = self._building.setdefault(case_id, threading.Lock())
        with lock:
            with self._lock:  # built by another thread while this one waited?
                entry = self._entries.get(case_id)
                if entry is not None and entry[0] >= version:
                    self.hits += 1
                    return entry[1]
            value = build()
            with self._lock:
                self.misses += 1
                old = self._entries.get(case_id)
                if old is None or old[0] <= version:
                    self._entries[case_id] = (version, value)
                    self._entries.move_to_end(case_id)
                while len(self._entries) > self.size:
                    self._entries.popitem(last=False)
            return value

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


class FragmentCache:
    """Rendered HTML kept per key while its case's version holds (LRU, bounded in size).

    The document page's main part is cached here, keyed by case, document and kind of
    reader, so that reading a document costs no document query and no rendering until
    the case changes (a review, a new extraction).
    """

    def __init__(self, max_bytes: int = 64 * 1024 * 1024) -> None:
        self.max_bytes = max_bytes
        self._entries: collections.OrderedDict[Any, tuple[int, Any, int]] = collections.OrderedDict()
        self._size = 0
        self._lock = threading.Lock()

    def get(self, key: Any, version: int) -> Any:
        with self._lock:
            entry = self._entries.get(key)
            if entry is None or entry[0] != version:
                return None
            self._entries.move_to_end(key)
            return entry[1]

    def put(self, key: Any, version: int, value: Any, size: int) -> None:
        """Keep ``value`` (about ``size`` bytes) for ``key`` at ``version``."""
        if size > self.max_bytes // 8:
            return
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self._size -= old[2]
            self._entries[key] = (version, value, size)
            self._size += size
            while self._size > self.max_bytes and self._entries:
                _, (_, _, dropped) = self._entries.popitem(last=False)
                self._size -= dropped

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._size = 0
