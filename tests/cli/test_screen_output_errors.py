"""`dignity screen` into a folder it cannot write, or onto a full disk: one line, exit
code 2, no temporary file left behind, and the same command resumes once fixed."""

from __future__ import annotations

import errno
import os
import pathlib
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from dignity.cli.main import app

ROOT = pathlib.Path(__file__).resolve().parents[2]

TEXTS = [
    "He was held in solitary confinement for 23 hours a day.",
    "The cell measured 2 by 3 metres and had no window.",
    "She was allowed one hour of exercise outside each week.",
    "The lights in his cell were on 24 hours a day.",
]


@pytest.fixture
def inputs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i, text in enumerate(TEXTS):
        (folder / f"note{i}.txt").write_text(text + "\n", encoding="utf-8")
    return folder


def _screen(inputs, out):
    return CliRunner().invoke(app, ["screen", str(inputs), "-o", str(out), "--engine", "serial",
                                    "--partition-size", "2", "--no-progress"])


def _temporaries(out: pathlib.Path) -> list[pathlib.Path]:
    return [p for p in out.rglob("*") if p.name.endswith(".tmp")]


def test_full_disk_while_writing_the_manifest(inputs, tmp_path, monkeypatch):
    out = tmp_path / "out"
    real = pathlib.Path.write_text

    def full_disk(self, *args, **kwargs):
        if self.name.startswith("._manifest.json"):
            open(self, "w").close()  # the file is created, then the disk is full
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(self))
        return real(self, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "write_text", full_disk)
    r = _screen(inputs, out)
    assert r.exit_code == 2, r.output
    [line] = r.stderr.splitlines()
    assert line.startswith(f"dignity: {out}: cannot write ") and "(No space left on device)" in line
    assert "run the same command again to resume" in line
    assert _temporaries(out) == [] and not (out / "_lock").exists()
    monkeypatch.setattr(pathlib.Path, "write_text", real)
    r = _screen(inputs, out)
    assert r.exit_code == 0, r.output
    assert "4 documents (0 with errors)" in " ".join(r.stdout.split())


def test_full_disk_while_writing_a_partition_then_resume(inputs, tmp_path, monkeypatch):
    import pyarrow.parquet as pq

    out = tmp_path / "out"
    real = pq.write_table
    calls = {"n": 0}

    def full_after_first_partition(table, where, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] > 3:  # three tables per partition: the second partition hits a full disk
            open(where, "wb").close()
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(where))
        return real(table, where, *args, **kwargs)

    monkeypatch.setattr(pq, "write_table", full_after_first_partition)
    r = _screen(inputs, out)
    assert r.exit_code == 2, r.output
    assert len(r.stderr.splitlines()) == 1 and "No space left on device" in r.stderr
    assert _temporaries(out) == []
    monkeypatch.setattr(pq, "write_table", real)
    r = _screen(inputs, out)
    assert r.exit_code == 0, r.output
    flat = " ".join(r.stdout.split())
    assert "1 partition(s) computed, 1 already done" in flat and "4 documents (0 with errors)" in flat


def test_a_folder_that_cannot_be_written(inputs, tmp_path, monkeypatch):
    out = tmp_path / "ro" / "out"

    def read_only(self, *args, **kwargs):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(self))

    monkeypatch.setattr(pathlib.Path, "mkdir", read_only)
    r = _screen(inputs, out)
    assert r.exit_code == 2, r.output
    assert r.stderr.splitlines() == [f"dignity: {out}: cannot write {out / 'documents'} (Read-only file "
                                     "system); what is written is kept: fix that and run the same command "
                                     "again to resume"]


def test_a_read_only_folder(inputs, tmp_path):
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    try:
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            # root writes into read-only folders: the command runs without the capabilities
            # that let it (util-linux's setpriv), so the folder's mode counts, as for anyone
            proc = subprocess.run(["setpriv", "--bounding-set=-dac_override,-dac_read_search", sys.executable,
                                   "-m", "dignity.cli.main", "screen", str(inputs), "-o", str(ro / "out"),
                                   "--engine", "serial", "--partition-size", "2", "--no-progress"],
                                  capture_output=True, text=True, timeout=300,
                                  env={**os.environ, "PYTHONPATH": str(ROOT)})
            code, stderr = proc.returncode, proc.stderr
        else:
            r = _screen(inputs, ro / "out")
            code, stderr = r.exit_code, r.stderr
    finally:
        ro.chmod(0o700)
    assert code == 2, stderr
    assert len(stderr.splitlines()) == 1 and "Permission denied" in stderr, stderr
