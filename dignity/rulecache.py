"""The compiled rules, kept on disk between runs: a one-page ``dignity assess`` should
not spend a second parsing YAML and compiling a thousand regexes it compiled last time.

Three kinds of entries, each keyed by its content:

* ``load_yaml``: a rule file's parsed data, by the SHA-256 of its bytes;
* ``compile_regex``: a compiled regex (what ``re.compile`` builds: the matcher's code),
  by the pattern and its flags;
* ``memo``: the result of a pure function of strings (the prefilter's reading of a
  pattern), by the function and its arguments.

They live in one file per *rules fingerprint*: the SHA-256 of every shipped rule file
(``*.yaml`` and ``*.json`` under ``dignity/``), of the modules whose functions are
memoised, and of the Python version (the regex code is the interpreter's own format).
A changed rule file or memoised module gives a new fingerprint, so a new file;
files of other fingerprints not used for ``STALE_DAYS`` are removed.

The folder is ``$DIGNITY_CACHE_DIR``, else ``$XDG_CACHE_HOME/dignity``, else
``~/.cache/dignity``; ``DIGNITY_RULES_CACHE=off`` turns the cache off. A file is
``MAGIC``, an index (key -> where its entry is, and the entry's CRC-32) with its own
CRC-32, then the entries, all ``marshal`` data (no code runs on loading, unlike
pickle). The file is mapped, and only the index and the entries a command uses are
read. A truncated, corrupt or foreign file fails its checks: a bad index makes it
empty, a bad entry missing; either is made again and the file rewritten. New
entries are written when the process exits, merged with what another process may
have written meanwhile, to a temporary file renamed over the old one (atomic), so
concurrent writers never leave a half-written file: at worst one's new entries are
lost, and made again next time. Any problem with the
folder (read-only, full) only means running without the cache.
"""

from __future__ import annotations

import atexit
import hashlib
import logging
import marshal
import mmap
import os
import re
import struct
import sys
import tempfile
import threading
import time
import zlib
from array import array
from pathlib import Path
from typing import Any, Callable, TypeVar

__all__ = ["cache_dir", "enabled", "fingerprint", "load_yaml", "yaml_error", "compile_regex", "memo", "cached",
           "store_path", "save", "reset", "entries_in", "ENV_DIR", "ENV_SWITCH", "MAGIC"]

log = logging.getLogger(__name__)

ENV_DIR = "DIGNITY_CACHE_DIR"
ENV_SWITCH = "DIGNITY_RULES_CACHE"
#: the format of a cache file; a new one when the layout of the entries changes
MAGIC = b"DGNRC\x00\x02\n"
#: files of another fingerprint unused for this long are removed
STALE_DAYS = 14
#: past this many entries, a save keeps only those this process used
MAX_ENTRIES = 50_000
#: modules whose functions are memoised: a change to their code is a change to the rules
_MEMO_MODULES = ("dignity/extract/prefilter.py", "dignity/extract/nlp.py", "dignity/extract/recognizer.py",
                 "dignity/extract/compose.py", "dignity/rulecache.py")

_PACKAGE = Path(__file__).resolve().parent
_T = TypeVar("_T")


def cache_dir() -> Path:
    """Where the cache files are (the folder may not exist yet)."""
    given = os.environ.get(ENV_DIR)
    if given:
        return Path(given).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg).expanduser() if xdg and os.path.isabs(os.path.expanduser(xdg)) else Path.home() / ".cache"
    return base / "dignity"


def enabled() -> bool:
    return os.environ.get(ENV_SWITCH, "").strip().lower() not in {"0", "off", "no", "false"}


def fingerprint(root: Path = _PACKAGE) -> str:
    """The SHA-256 (hex) of the rule files under ``root``, of the memoised modules and of
    this Python."""
    h = hashlib.sha256()
    h.update(MAGIC)
    h.update(sys.version.encode())
    h.update(sys.implementation.cache_tag.encode() if sys.implementation.cache_tag else b"")
    try:
        import _sre

        h.update(f"{_sre.MAGIC}/{_sre.CODESIZE}".encode())
    except (ImportError, AttributeError):  # pragma: no cover - every CPython has both
        pass
    files = sorted(p for ext in ("*.yaml", "*.yml", "*.json") for p in root.rglob(ext))
    files += [root.parent / m for m in _MEMO_MODULES if (root.parent / m).is_file()]
    for path in files:
        try:
            data = path.read_bytes()
        except OSError:
            continue
        h.update(path.relative_to(root.parent).as_posix().encode())
        h.update(b"\0")
        h.update(hashlib.sha256(data).digest())
    return h.hexdigest()


_HEAD = struct.Struct("<IQ")  # the index's CRC-32 and length, after MAGIC


def _open(path: Path) -> tuple[dict[Any, tuple[int, int, int]], Any] | None:
    """A cache file's index (key -> offset, length and CRC-32 of its entry) and its bytes
    (mapped, not read: an entry is read when asked for); None when the file is missing,
    truncated or foreign, or its index fails its check."""
    try:
        with open(path, "rb") as fh:
            try:
                data: Any = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
            except (ValueError, OSError):  # empty, or a file system without mmap
                data = fh.read()
    except OSError:
        return None
    start = len(MAGIC) + _HEAD.size
    if len(data) < start or data[:len(MAGIC)] != MAGIC:
        return None
    crc, length = _HEAD.unpack(data[len(MAGIC):start])
    raw = data[start:start + length]
    if len(raw) != length or zlib.crc32(raw) != crc:
        log.debug("rules cache %s fails its check: rebuilt", path)
        return None
    try:
        index = marshal.loads(raw)
    except (EOFError, ValueError, TypeError):
        return None
    if not isinstance(index, dict):
        return None
    base = start + length
    return {k: (base + off, n, c) for k, (off, n, c) in index.items()}, data


def _entry(data: Any, where: tuple[int, int, int]) -> bytes | None:
    """An entry's bytes, or None when they fail their check."""
    off, n, crc = where
    blob = bytes(data[off:off + n])
    return blob if len(blob) == n and zlib.crc32(blob) == crc else None


def _read(path: Path) -> dict[Any, bytes]:
    """Every sound entry of a cache file, still marshalled ({} for a bad file)."""
    opened = _open(path)
    if opened is None:
        return {}
    index, data = opened
    out = {}
    for key, where in index.items():
        blob = _entry(data, where)
        if blob is not None:
            out[key] = blob
    return out


def entries_in(path: Path) -> int | None:
    """How many entries a cache file holds; None when it is missing or fails its check
    (its index, or any entry)."""
    opened = _open(path)
    if opened is None:
        return None
    index, data = opened
    if any(_entry(data, where) is None for where in index.values()):
        return None
    return len(index)


def _write(path: Path, entries: dict[Any, bytes]) -> None:
    """Write marshalled entries: MAGIC, the index's CRC-32 and length, the index, the entries."""
    index, parts, off = {}, [], 0
    for key, blob in entries.items():
        index[key] = (off, len(blob), zlib.crc32(blob))
        parts.append(blob)
        off += len(blob)
    raw = marshal.dumps(index)
    blob = b"".join([MAGIC, _HEAD.pack(zlib.crc32(raw), len(raw)), raw, *parts])
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(blob)
        os.replace(tmp, path)  # atomic: readers see the old file or the new one, whole
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


class _Store:
    """The entries of one cache file: its index read on first use, each entry when asked
    for; new entries written back on exit."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.index: dict[Any, tuple[int, int, int]] | None = None
        self.data: Any = b""
        self.values: dict[Any, Any] = {}
        self.new: dict[Any, Any] = {}
        self.used: set[Any] = set()
        self.lock = threading.Lock()

    def _load(self) -> dict[Any, tuple[int, int, int]]:
        index = self.index
        if index is None:
            with self.lock:
                if self.index is None:
                    opened = _open(self.path) if self.path is not None else None
                    self.index, self.data = opened if opened is not None else ({}, b"")
                index = self.index
        return index

    def get(self, key: Any) -> Any:
        value = self.values.get(key)
        if value is None:
            where = self._load().get(key)
            if where is None:
                return None
            blob = _entry(self.data, where)
            if blob is None:
                return None
            try:
                value = self.values[key] = marshal.loads(blob)
            except (EOFError, ValueError, TypeError):
                return None
        self.used.add(key)
        return value

    def put(self, key: Any, value: Any) -> None:
        """Keep ``value`` (plain data: ``marshal`` raises ValueError on anything else)."""
        blob = marshal.dumps(value)
        with self.lock:
            self.values[key] = value
            self.new[key] = blob
            self.used.add(key)

    def save(self) -> None:
        if self.path is None or not self.new:
            return
        with self.lock:
            new, self.new = self.new, {}
            try:
                merged = _read(self.path)  # what others wrote meanwhile
                merged.update(new)
                if len(merged) > MAX_ENTRIES:
                    merged = {k: v for k, v in merged.items() if k in self.used}
                _write(self.path, merged)
                _prune(self.path)
            except (OSError, ValueError) as exc:
                log.debug("rules cache not written to %s: %s", self.path, exc)


def _prune(keep: Path) -> None:
    cutoff = time.time() - STALE_DAYS * 86400
    for other in keep.parent.glob("rules-*"):
        if other == keep:
            continue
        try:
            if other.stat().st_mtime < cutoff:
                other.unlink()
        except OSError:
            pass


_STORE: _Store | None = None
_STORE_LOCK = threading.Lock()


def store_path() -> Path | None:
    """The cache file of this version of the rules (None when the cache is off)."""
    if not enabled():
        return None
    return cache_dir() / f"rules-{fingerprint()[:24]}.bin"


def _store() -> _Store:
    global _STORE
    store = _STORE
    if store is None:
        with _STORE_LOCK:
            if _STORE is None:
                try:
                    path = store_path()
                except OSError:
                    path = None
                _STORE = _Store(path)
                atexit.register(save)
            store = _STORE
    return store


def save() -> None:
    """Write the entries made by this process (done on exit; harmless to call twice)."""
    if _STORE is not None:
        _STORE.save()


def reset() -> None:
    """Save, then forget the store: the next use reads the folder and switch again (tests)."""
    global _STORE
    save()
    with _STORE_LOCK:
        _STORE = None


# --------------------------------------------------------------------------- YAML
def yaml_error() -> type[Exception]:
    """``yaml.YAMLError``, what ``load_yaml`` raises for bad YAML, imported when asked: write
    ``except yaml_error() as exc:`` (an except clause is evaluated only when something
    was raised), and a run whose rule files all come from the cache never imports PyYAML
    (~10 ms)."""
    import yaml

    return yaml.YAMLError


def load_yaml(text: str | bytes) -> Any:
    """``yaml.safe_load(text)`` (libyaml's loader where installed), kept by the text's
    hash; a YAML error is raised as ``yaml.safe_load`` raises it."""
    raw = text.encode("utf-8") if isinstance(text, str) else text
    key = ("yaml", hashlib.sha256(raw).digest())
    store = _store()
    hit = store.get(key)
    if hit is not None:
        try:
            return marshal.loads(hit)  # new objects each time: a caller may change them
        except (EOFError, ValueError, TypeError):
            pass
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load(text, Loader=loader)
    try:
        store.put(key, marshal.dumps(data))
    except ValueError:  # not plain data (a date ...): not kept
        pass
    return data


# --------------------------------------------------------------------------- regexes
try:  # the matcher's own constructor, as re._compiler.compile calls it
    import _sre
    from re import _compiler as _re_compiler
    from re import _parser as _re_parser

    _FAST = hasattr(_sre, "compile") and hasattr(_re_compiler, "_code")
    #: how the code is stored: words of the matcher's own size
    _CODE_TYPE = "I" if array("I").itemsize == getattr(_sre, "CODESIZE", 4) else "L"
except ImportError:  # pragma: no cover - not CPython
    _FAST = False


def _unpack(code: bytes) -> list[int]:
    words = array(_CODE_TYPE)
    words.frombytes(code)
    return words.tolist()


def compile_regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, its compiled code kept on disk. The same regex in
    every respect (pattern, flags, groups, matches); errors are ``re.compile``'s."""
    flags = int(flags)
    if not _FAST or not isinstance(pattern, str) or flags & re.DEBUG:
        return re.compile(pattern, flags)
    key = ("re", pattern, flags)
    store = _store()
    hit = store.get(key)
    if hit is not None:
        try:
            final_flags, code, groups, groupindex, indexgroup = hit
            return _sre.compile(pattern, final_flags, _unpack(code), groups, dict(groupindex), indexgroup)
        except (TypeError, ValueError, RuntimeError):  # a foreign entry: compile afresh
            pass
    try:
        tree = _re_parser.parse(pattern, flags)
        code = _re_compiler._code(tree, flags)
        groupindex = dict(tree.state.groupdict)
        indexgroup = [None] * tree.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        args = (flags | tree.state.flags, code, tree.state.groups - 1, groupindex, tuple(indexgroup))
        compiled = _sre.compile(pattern, args[0], code, *args[2:])
    except Exception:  # noqa: BLE001 - let re say what is wrong, in its own words
        return re.compile(pattern, flags)
    try:
        store.put(key, (args[0], array(_CODE_TYPE, code).tobytes(), *args[2:]))
    except ValueError:  # pragma: no cover - code, flags and group names are plain data
        pass
    return compiled


# --------------------------------------------------------------------------- pure functions
def cached(name: str, key: tuple[Any, ...], compute: Callable[[], _T]) -> _T:
    """``compute()``, kept on disk under ``name`` and ``key`` (plain data that determines the
    result, with the code of a module listed in ``_MEMO_MODULES``); the result is plain data."""
    full = ("memo", name, key)
    store = _store()
    hit = store.get(full)
    if hit is not None:
        return hit[0]
    value = compute()
    try:
        store.put(full, (value,))
    except ValueError:  # not plain data: not kept
        pass
    return value


def memo(name: str) -> Callable[[Callable[..., _T]], Callable[..., _T]]:
    """Keep the results of a pure function of plain arguments (strings, numbers) on disk,
    under ``name``; the results must be plain data too (tuples, frozensets, strings)."""
    def wrap(fn: Callable[..., _T]) -> Callable[..., _T]:
        def cached(*args: Any) -> _T:
            key = ("memo", name, args)
            store = _store()
            hit = store.get(key)
            if hit is not None:
                return hit[0]
            value = fn(*args)
            try:
                store.put(key, (value,))
            except ValueError:  # not plain data: not kept
                pass
            return value

        cached.__wrapped__ = fn  # type: ignore[attr-defined]
        cached.__name__ = getattr(fn, "__name__", name)
        cached.__doc__ = fn.__doc__
        return cached

    return wrap
