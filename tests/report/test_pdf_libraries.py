"""WeasyPrint's shared-library look-ups kept on disk (``dignity.report.pdf.import_weasyprint``):
the same PDF with the answers kept, looked up afresh or not kept at all; no look-up
when they are kept; all looked up again when the system's search paths change; a
corrupt file ignored; a kept answer that breaks the import forgotten. Each case runs in
a fresh process (WeasyPrint is imported once per process)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from dignity.report import pdf

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux") or not os.path.exists("/etc/ld.so.cache"),
                                reason="the look-ups are kept on Linux only")

# converts the HTML on stdin; prints how many look-ups reached ctypes.util.find_library
_RUN = """
import ctypes.util, sys
real = ctypes.util.find_library
calls = []
def spy(name):
    calls.append(name)
    return real(name)
ctypes.util.find_library = spy
from dignity.report.pdf import convert
out = convert(sys.stdin.read())
sys.stdout.buffer.write(str(len(calls)).encode() + b"\\n" + out)
"""


def _convert(html: str, cache: Path, **env_extra: str) -> tuple[int, bytes]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), DIGNITY_CACHE_DIR=str(cache), **env_extra)
    env.pop("DIGNITY_RULES_CACHE", None)
    env.update(env_extra)
    proc = subprocess.run([sys.executable, "-c", _RUN], input=html.encode("utf-8"), env=env,
                          capture_output=True, timeout=600)
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")[-2000:]
    count, _, body = proc.stdout.partition(b"\n")
    return int(count), body


def test_kept_answers_give_the_same_pdf_without_looking_up(report_html, report_pdf, tmp_path):
    cache = tmp_path / "cache"
    looked, first = _convert(report_html, cache)
    assert looked > 0 and first == report_pdf
    kept = json.loads((cache / pdf._LibraryLookups.FILE).read_text(encoding="utf-8"))
    assert kept["answers"] and any(v for v in kept["answers"].values())
    looked, again = _convert(report_html, cache)
    assert looked == 0 and again == report_pdf
    # another search path: every name looked up again (and the same PDF)
    looked, other = _convert(report_html, cache, LIBRARY_PATH="/nonexistent")
    assert looked > 0 and other == report_pdf


def test_off_corrupt_or_stale_answers_change_nothing(report_html, report_pdf, tmp_path):
    cache = tmp_path / "cache"
    looked, out = _convert(report_html, cache, DIGNITY_RULES_CACHE="off")
    assert looked > 0 and out == report_pdf and not (cache / pdf._LibraryLookups.FILE).exists()
    cache.mkdir()
    path = cache / pdf._LibraryLookups.FILE
    path.write_text("{not json", encoding="utf-8")
    looked, out = _convert(report_html, cache)
    assert looked > 0 and out == report_pdf
    kept = json.loads(path.read_text(encoding="utf-8"))
    # answers that are no longer true (a library gone): WeasyPrint's own names still load it
    kept["answers"] = {name: ("libgone.so.9" if found else None) for name, found in kept["answers"].items()}
    path.write_text(json.dumps(kept), encoding="utf-8")
    looked, out = _convert(report_html, cache)
    assert out == report_pdf


_FAKE = """
import ctypes.util
if ctypes.util.find_library("libdignity-test-0") == "libstale.so.1":
    raise OSError("cannot load library 'libstale.so.1'")
"""


def test_a_kept_answer_that_breaks_the_import_is_forgotten(tmp_path):
    """A stand-in ``weasyprint`` whose import fails with the kept answer: imported again,
    looking up, and the kept answers dropped."""
    fake = tmp_path / "fake"
    (fake / "weasyprint").mkdir(parents=True)
    (fake / "weasyprint" / "__init__.py").write_text(_FAKE, encoding="utf-8")
    cache = tmp_path / "cache"
    cache.mkdir()
    lookups = pdf._LibraryLookups.open()
    assert lookups is not None
    path = cache / pdf._LibraryLookups.FILE
    path.write_text(json.dumps({"key": lookups.key, "answers": {"libdignity-test-0": "libstale.so.1"}}),
                    encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(fake), str(ROOT)]), DIGNITY_CACHE_DIR=str(cache))
    env.pop("DIGNITY_RULES_CACHE", None)
    code = "from dignity.report.pdf import import_weasyprint as i; print(i().__file__)"
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip().startswith(str(fake))
    assert not path.exists()
