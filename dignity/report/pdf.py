"""HTML to PDF with WeasyPrint: in this process, or in a child process started ahead.

Importing WeasyPrint costs about 0.3 s of CPU (it loads Pango, HarfBuzz and fontconfig
through cffi; fontTools' subsetter loads), before a page is laid out; finding those
libraries cost another 0.3 s of wall time in ``ldconfig``, ``gcc`` and ``ld``, whose
answers are now kept on disk (``import_weasyprint``). A command that will write a PDF
(``dignity report --format pdf``, ``dignity letter --format pdf``) calls
``start_worker()`` first: a child process imports WeasyPrint while this one reads and
assesses the documents, then converts the HTML it is given with the same ``convert`` as
here, so the bytes are the same. When the child cannot be started, fails or gives
nothing, the HTML is converted here, and any error is this process's own. The child is
started only when a core is idle (the load average below the cores but one): on a busy
machine it would only compete with this process. ``DIGNITY_PDF_WORKER=on`` starts it
always, ``off`` never.

This module imports nothing of Dignity's, and WeasyPrint only when converting: the
child runs this file alone (not ``dignity``'s package, whose models it does not need).
"""

from __future__ import annotations

import atexit
import gc
import json
import logging
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

__all__ = ["html_to_pdf", "convert", "import_weasyprint", "start_worker", "PdfWorker", "ENV_SWITCH"]

ENV_SWITCH = "DIGNITY_PDF_WORKER"

# the child: this file, loaded under a private name (never its folder on sys.path, whose
# module names could shadow WeasyPrint's imports), then ``_serve``
_CHILD = (
    "import sys, importlib.util as u\n"
    "if sys.path and sys.path[0] in ('', '.'): del sys.path[0]\n"
    "s = u.spec_from_file_location('_dignity_pdf_worker', sys.argv[1])\n"
    "m = u.module_from_spec(s)\n"
    "s.loader.exec_module(m)\n"
    "sys.exit(m._serve(sys.argv[2:]))\n"
)


def convert(html: str, *, base_url: str | None = None) -> bytes:
    """PDF bytes from self-contained HTML, with WeasyPrint, in this process. Nothing is
    fetched: a URL in the HTML is refused, not followed."""
    weasyprint = import_weasyprint()

    _quiet_weasyprint()

    fetcher_class = getattr(weasyprint, "URLFetcher", None)
    if fetcher_class is not None:  # WeasyPrint >= 66
        fetcher: Any = fetcher_class(allowed_protocols={"data"})
    else:  # pragma: no cover - older WeasyPrint: a function

        def fetcher(url: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
            if url.startswith("data:"):
                return weasyprint.default_url_fetcher(url, *args, **kwargs)
            raise ValueError(f"refusing to fetch {url!r}: reports are self-contained")

    document = weasyprint.HTML(string=html, base_url=base_url, url_fetcher=fetcher)
    with _deflate_level(COMPRESS_LEVEL):
        return document.write_pdf()


#: zlib level of the PDF's streams. pydyf (WeasyPrint's PDF writer) deflates at level 9:
#: on a report that takes ~4x the time of level 6 (~40 ms more on the 14-page report of a
#: one-page note) for a file ~3 % smaller
COMPRESS_LEVEL = 6


class _deflate_level:  # noqa: N801 - used as a ``with`` statement
    """While a PDF is written, pydyf's streams are deflated at ``level`` instead of 9 (its
    ``zlib.compressobj(level=9)``); pydyf's module is given back its ``zlib`` after."""

    def __init__(self, level: int) -> None:
        self.level = level

    def __enter__(self) -> None:
        import zlib

        try:
            import pydyf
        except ImportError:  # pragma: no cover - WeasyPrint without pydyf
            self.module = None
            return
        self.module, self.saved = pydyf, getattr(pydyf, "zlib", None)
        if self.saved is not zlib:  # not the module we know (or already replaced): leave it
            self.module = None
            return
        level = self.level

        class _Zlib:
            def __getattr__(self, name: str) -> Any:
                return getattr(zlib, name)

            @staticmethod
            def compressobj(level_: int = 9, *args: Any, **kwargs: Any) -> Any:
                kwargs.pop("level", None)
                return zlib.compressobj(level, *args, **kwargs)

        pydyf.zlib = _Zlib()

    def __exit__(self, *_: Any) -> None:
        if self.module is not None:
            self.module.zlib = self.saved


def import_weasyprint() -> Any:
    """``import weasyprint``, with the answers of its shared-library look-ups kept on disk
    (``_LibraryLookups``): WeasyPrint tries up to six names for each of its seven C
    libraries, and each name cffi cannot open directly is a ``ctypes.util.find_library``,
    which runs ``ldconfig``, then ``gcc`` and ``ld`` when it finds nothing: 22 look-ups,
    16 of them misses, ~0.3 s of wall time and ~0.15 s of CPU in child processes, of a
    0.5 s import. The answers are the same as long as the system's libraries are; a stale
    answer that breaks the import means importing again without the kept answers."""
    module = sys.modules.get("weasyprint")
    if module is not None:
        return module
    with _LazyFontTools():
        lookups = _LibraryLookups.open()
        if lookups is None:
            import weasyprint

            return weasyprint
        try:
            with lookups:
                import weasyprint
        except Exception:  # noqa: BLE001 - a kept answer no longer true: forget them, look again
            for name in [m for m in sys.modules if m == "weasyprint" or m.startswith("weasyprint.")]:
                del sys.modules[name]
            lookups.forget()
            import weasyprint
    return weasyprint


class _LazyFontTools:
    """fontTools' subsetter, font instancer and font reader, imported on first use only.

    WeasyPrint imports ``fontTools.subset``, ``fontTools.varLib.instancer`` and
    ``fontTools.ttLib`` at its own import (~0.1 s of CPU: the OpenType table classes), but
    uses them only for a variable font, a colour (emoji) font, a WOFF web font, or when
    HarfBuzz cannot subset; a report in DejaVu Sans uses none of them. While WeasyPrint is
    imported, those three modules are placeholders in ``sys.modules`` and the names taken
    from them (``TTFont``, ``TTLibError``, ``woff2``, ...) are stand-ins; the placeholders
    leave ``sys.modules`` right after, so any later ``import fontTools...`` gets the real
    modules. The first use of a placeholder or a stand-in (a call, an attribute) imports
    the real modules and puts the real objects in place of every placeholder and stand-in
    WeasyPrint's modules hold (``except TTLibError`` included), then does what was asked
    (without HarfBuzz's subsetter, that is the first font written)."""

    MODULES = ("fontTools.subset", "fontTools.varLib.instancer", "fontTools.ttLib")

    def __enter__(self) -> _LazyFontTools:
        self.placed: dict[str, Any] = {}
        if any(name in sys.modules for name in self.MODULES):
            return self
        import types

        for name in self.MODULES:
            placeholder = types.ModuleType(name, "a placeholder: see dignity.report.pdf._LazyFontTools")
            placeholder.__getattr__ = _placeholder_getattr(name)  # type: ignore[method-assign]
            sys.modules[name] = self.placed[name] = _StandIn.placeholders[name] = placeholder
        return self

    def __exit__(self, *_: Any) -> None:
        for name, placeholder in self.placed.items():
            if sys.modules.get(name) is placeholder:
                del sys.modules[name]
            placeholder.__dict__["_dignity_done"] = True


def _placeholder_getattr(module: str) -> Any:
    def getattr_(attr: str) -> Any:
        if attr.startswith("__"):
            raise AttributeError(attr)
        if _StandIn.placeholders[module].__dict__.get("_dignity_done"):  # WeasyPrint imported: used for real
            return getattr(_StandIn(module, None)._real(), attr)
        return _StandIn(module, attr)  # ``from fontTools.ttLib import TTFont`` while importing

    return getattr_


class _StandIn:
    """``module.attr`` (or ``module`` itself, ``attr`` None) not yet imported: imported, and
    every placeholder and stand-in held by a WeasyPrint module replaced by its real object,
    at the first call or attribute read."""

    placeholders: dict[str, Any] = {}

    def __init__(self, module: str, attr: str | None) -> None:
        self._where = (module, attr)

    @staticmethod
    def _resolve(module: str, attr: str | None) -> Any:
        import importlib

        if any(sys.modules.get(module) is p for p in _StandIn.placeholders.values()):
            del sys.modules[module]  # used while WeasyPrint is still being imported: the real one now
        real = importlib.import_module(module)
        if attr is None:
            return real
        try:
            return getattr(real, attr)
        except AttributeError:  # a submodule: ``from fontTools.ttLib import woff2``
            return importlib.import_module(f"{module}.{attr}")

    def _real(self) -> Any:
        by_module = {id(m): n for n, m in self.placeholders.items()}
        for holder in [m for n, m in list(sys.modules.items()) if n.startswith("weasyprint")]:
            names = getattr(holder, "__dict__", {})
            for key, value in list(names.items()):
                if isinstance(value, _StandIn):
                    names[key] = self._resolve(*value._where)
                elif id(value) in by_module and value is self.placeholders[by_module[id(value)]]:
                    names[key] = self._resolve(by_module[id(value)], None)
        return self._resolve(*self._where)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._real()(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name == "_where":
            raise AttributeError(name)
        return getattr(self._real(), name)


class _LibraryLookups:
    """``ctypes.util.find_library``'s answers, kept in ``libraries.json`` in Dignity's cache
    folder (the rules cache's: ``$DIGNITY_CACHE_DIR``, else ``$XDG_CACHE_HOME/dignity``,
    else ``~/.cache/dignity``; off with ``DIGNITY_RULES_CACHE=off``), and used only while
    WeasyPrint is imported. They hold for one state of the system: the dynamic linker's
    cache (``/etc/ld.so.cache``, rewritten when a library is installed or removed), the
    search paths (``LD_LIBRARY_PATH``, ``LIBRARY_PATH``, ``PATH``) and the machine; any
    change to those and every name is looked up again. Linux only (elsewhere
    ``find_library`` works otherwise, and the import is left as it is)."""

    FILE = "libraries.json"
    LINKER_CACHE = "/etc/ld.so.cache"

    def __init__(self, path: Path, key: list[Any], answers: dict[str, str | None]) -> None:
        self.path = path
        self.key = key
        self.answers = answers
        self.new = False
        self._real: Any = None

    @classmethod
    def open(cls) -> _LibraryLookups | None:
        if not sys.platform.startswith("linux"):
            return None
        if os.environ.get("DIGNITY_RULES_CACHE", "").strip().lower() in {"0", "off", "no", "false"}:
            return None
        try:
            st = os.stat(cls.LINKER_CACHE)
        except OSError:
            return None
        key = [st.st_mtime_ns, st.st_size, st.st_ino, os.uname().machine, sys.maxsize]
        key += [os.environ.get(name, "") for name in ("LD_LIBRARY_PATH", "LIBRARY_PATH", "PATH")]
        path = _cache_dir() / cls.FILE
        answers: dict[str, str | None] = {}
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(data, dict) and data.get("key") == key and isinstance(data.get("answers"), dict):
                answers = {k: v for k, v in data["answers"].items()
                           if isinstance(k, str) and (v is None or isinstance(v, str))}
        except (OSError, ValueError):
            pass
        return cls(path, key, answers)

    def __enter__(self) -> _LibraryLookups:
        import ctypes.util

        self._real = real = ctypes.util.find_library

        def find_library(name: str) -> str | None:
            if name in self.answers:
                return self.answers[name]
            found = self.answers[name] = real(name)
            self.new = True
            return found

        ctypes.util.find_library = find_library
        return self

    def __exit__(self, exc_type: Any, *_: Any) -> None:
        import ctypes.util

        ctypes.util.find_library = self._real
        if self.new and exc_type is None:
            self._write({"key": self.key, "answers": self.answers})

    def forget(self) -> None:
        try:
            self.path.unlink()
        except OSError:
            pass

    def _write(self, data: dict[str, Any]) -> None:
        """Written whole or not at all (a temporary file renamed over the old one); a folder
        that cannot be written only means looking again next time."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=self.FILE + ".", suffix=".tmp", dir=self.path.parent)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as fh:
                    json.dump(data, fh)
                os.replace(tmp, self.path)
            except BaseException:
                os.unlink(tmp)
                raise
        except OSError:
            pass


def _cache_dir() -> Path:
    """Dignity's cache folder, as ``dignity.rulecache.cache_dir`` finds it (this module
    imports nothing of Dignity's: the PDF child runs it alone)."""
    given = os.environ.get("DIGNITY_CACHE_DIR")
    if given:
        return Path(given).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg).expanduser() if xdg and os.path.isabs(os.path.expanduser(xdg)) else Path.home() / ".cache"
    return base / "dignity"


def _quiet_weasyprint() -> None:
    if logging.getLogger().getEffectiveLevel() <= logging.INFO:
        return
    for name in ("weasyprint", "fontTools", "fontTools.subset", "fontTools.ttLib"):
        logging.getLogger(name).setLevel(logging.ERROR)


class PdfWorker:
    """A child process that imports WeasyPrint now and converts one HTML page later."""

    def __init__(self, argv: list[str] | None = None) -> None:
        verbose = ["-v"] if logging.getLogger().getEffectiveLevel() <= logging.INFO else []
        self.argv = argv or [sys.executable, "-c", _CHILD, os.path.abspath(__file__), *verbose]
        self.proc: subprocess.Popen[bytes] | None = subprocess.Popen(
            self.argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )

    def convert(self, html: str) -> bytes | None:
        """The PDF of ``html``; None when the child fails (it converts one page only)."""
        proc, self.proc = self.proc, None
        if proc is None:
            return None
        try:
            out, err = proc.communicate(html.encode("utf-8"))
        except OSError:  # the child is gone (a broken pipe)
            proc.kill()
            proc.wait()
            return None
        if proc.returncode != 0 or not out.startswith(b"%PDF"):
            return None
        if err:  # WeasyPrint's warnings (or, with -v, its log), as they would be here
            sys.stderr.write(err.decode("utf-8", "replace"))
        return out

    def close(self) -> None:
        """Stop the child if it was not used (the command stopped before its PDF)."""
        proc, self.proc = self.proc, None
        if proc is not None:
            proc.kill()
            proc.wait()


_WORKER: PdfWorker | None = None


def start_worker() -> PdfWorker | None:
    """Start the child that the next ``html_to_pdf`` of this process uses (None when off or
    when it cannot be started)."""
    global _WORKER
    switch = os.environ.get(ENV_SWITCH, "").strip().lower()
    if switch in {"0", "off", "no", "false"}:
        return None
    if switch not in {"1", "on", "yes", "true"} and not _idle_core():
        return None
    if _WORKER is None:
        try:
            _WORKER = PdfWorker()
        except OSError:
            return None
        atexit.register(_WORKER.close)
    return _WORKER


def _idle_core() -> bool:
    """Whether a core is free for the child (1-minute load average below the cores but
    one): on a busy machine the child's work only competes with this process's, and
    costs a second interpreter and the warm-up page on top."""
    try:
        return os.getloadavg()[0] < (os.cpu_count() or 1) - 0.5
    except (OSError, AttributeError):  # no load average here
        return (os.cpu_count() or 1) > 1


def html_to_pdf(html: str, *, base_url: str | None = None) -> bytes:
    """PDF bytes from self-contained HTML: from the child ``start_worker()`` started, if
    any (once), else converted here (``convert``)."""
    global _WORKER
    worker, _WORKER = _WORKER, None
    if worker is not None and base_url is None:
        pdf = worker.convert(html)
        if pdf is not None:
            return pdf
    elif worker is not None:
        worker.close()
    return convert(html, base_url=base_url)


#: a page with the report's fonts and styles (headings, bold, italic, code, a table, a list):
#: laying it out while the parent works loads and matches the fonts and fills the caches
#: of fontconfig, Pango and cffi, shared by the next page; its PDF is thrown away
_WARM_UP = (
    "<!doctype html><html lang='en'><head><meta charset='utf-8'><style>{css}</style></head><body>"
    "<section class='title-page'><h1>Warm up</h1><p class='kicker'>Kicker</p></section>"
    "<section class='major'><h2>Two</h2><h3>Three</h3><h4>Four</h4><h5>Five</h5>"
    "<p>Text with <strong>bold</strong>, <em>italic</em> and <code>code</code> — “quotes” · 1–2.</p>"
    "<ul class='quotes'><li>One <strong>word</strong></li></ul>"
    "<table><tr><th>A</th><td class='hash'>0123abcd</td></tr></table></section></body></html>"
)


def _warm_up() -> None:
    """Lay out ``_WARM_UP`` with the report's stylesheet (read beside this file); any
    failure only means no warm-up."""
    try:
        from pathlib import Path

        css = (Path(__file__).resolve().parent / "templates" / "report.css").read_text(encoding="utf-8")
        convert(_WARM_UP.format(css=css))
    except Exception:  # noqa: BLE001 - the real page will say what is wrong
        pass


def _serve(args: list[str]) -> int:
    """The child: import WeasyPrint, read the HTML (UTF-8) from standard input, write the
    PDF to standard output. Exit code 1, and the error on stderr, when it fails."""
    if "-v" in args:
        logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    # one page, then exit: the cyclic collector would only walk, again and again, WeasyPrint
    # and the page's boxes, which live until the end (and, at exit, once more: ``gc.freeze``)
    gc.disable()
    atexit.register(gc.freeze)
    try:
        import_weasyprint()  # the point: imported while the parent works
    except Exception as exc:  # noqa: BLE001 - the parent converts, and reports, itself
        sys.stderr.write(f"{type(exc).__name__}: {exc}\n")
        return 1
    _warm_up()
    html = sys.stdin.buffer.read().decode("utf-8")
    if not html:
        return 1
    try:
        pdf = convert(html)
    except Exception as exc:  # noqa: BLE001
        sys.stderr.write(f"{type(exc).__name__}: {exc}\n")
        return 1
    sys.stdout.buffer.write(pdf)
    sys.stdout.buffer.flush()
    return 0
