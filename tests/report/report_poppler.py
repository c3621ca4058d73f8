"""Reading rendered PDFs back with poppler (pdftotext, pdftoppm), for the report tests.

A module of its own (not conftest.py) so tests import it by a name no other test
folder uses."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest


def poppler(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} (poppler-utils) is not installed; scripts/test.sh installs it")
    return path


def pdf_text(pdf: bytes | Path, tmp: Path, *, first: int | None = None, last: int | None = None) -> str:
    """The text layer of a PDF, by pdftotext (layout order)."""
    src = pdf if isinstance(pdf, Path) else tmp / "in.pdf"
    if not isinstance(pdf, Path):
        src.write_bytes(pdf)
    cmd = [poppler("pdftotext"), "-enc", "UTF-8"]
    if first:
        cmd += ["-f", str(first)]
    if last:
        cmd += ["-l", str(last)]
    out = subprocess.run(cmd + [str(src), "-"], check=True, capture_output=True, timeout=60)
    return out.stdout.decode("utf-8")


def pdf_pages(pdf: bytes | Path, tmp: Path) -> int:
    src = pdf if isinstance(pdf, Path) else tmp / "pages.pdf"
    if not isinstance(pdf, Path):
        src.write_bytes(pdf)
    info = subprocess.run([poppler("pdfinfo"), str(src)], check=True, capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def page_png(pdf: bytes | Path, tmp: Path, page: int, dpi: int = 50) -> Path:
    """One page of the PDF as a PNG, by pdftoppm."""
    src = pdf if isinstance(pdf, Path) else tmp / "png.pdf"
    if not isinstance(pdf, Path):
        src.write_bytes(pdf)
    prefix = tmp / f"page{page}"
    subprocess.run([poppler("pdftoppm"), "-png", "-r", str(dpi), "-f", str(page), "-l", str(page),
                    "-singlefile", str(src), str(prefix)], check=True, timeout=60)
    return prefix.with_suffix(".png")


def ink(png: Path) -> tuple[float, set[tuple[int, int, int]]]:
    """(share of pixels that are not white, the set of coarse colours on the page)."""
    import numpy as np
    from PIL import Image

    px = np.asarray(Image.open(png).convert("RGB"), dtype=np.int32).reshape(-1, 3)
    dark = int((px.sum(axis=1) < 720).sum())
    colours = {tuple(int(v) for v in c) for c in np.unique(px // 32, axis=0)}
    return dark / len(px), colours
