"""OCR: page images -> text, with Tesseract's command line (``tesseract``).

We call the ``tesseract`` program directly rather than through pytesseract or
tesserocr: pytesseract is itself only a wrapper around the same command (one more
dependency for a few lines of ``subprocess``), tesserocr needs a C++ build against
the exact libtesseract version, and ocrmypdf brings Ghostscript, a PDF rewriter and
a long dependency chain to produce a PDF we do not need.  The command line gives us
all we use: the words with their confidence (``tsv`` output) and the page's
orientation (``--psm 0``, orientation and script detection).

PDF pages are rasterised with ``pdftoppm`` (poppler-utils); images (PNG, JPEG,
TIFF, multi-page TIFF) are split into frames with Pillow.  A blank or unreadable
page is an ``OcrPage`` with a ``warning``, never a failure of the document.
"""

from __future__ import annotations

import functools
import logging
import os
import re
import shutil
import subprocess
import tempfile
from typing import Iterable, Iterator

from dignity.errors import InputError
from dignity.model import OcrPage

__all__ = ["INSTALL_HINT", "MODES", "available", "check_available", "tesseract_languages",
           "ocr_languages", "ocr_png", "ocr_pdf_page", "ocr_image"]

logger = logging.getLogger(__name__)

#: ``--ocr``: auto (pages without usable text), always (every page), never
MODES = ("auto", "always", "never")
INSTALL_HINT = ("Tesseract is not installed; install it with "
                "`apt-get install tesseract-ocr tesseract-ocr-eng tesseract-ocr-spa tesseract-ocr-fra`")
#: ISO 639-1 -> Tesseract's language data
_TESS_LANG = {"en": "eng", "es": "spa", "fr": "fra"}
_DEFAULT_LANGS = ("en", "es", "fr")
#: the resolution pages are rasterised at, and images without one are read at
DPI = 300
#: a page with fewer letters than this has no usable text (layer, or reading)
MIN_LETTERS = 10
#: below this mean word confidence a page is tried again after orientation detection
_RETRY_BELOW = 70.0
_TIMEOUT = 120


def available() -> bool:
    return shutil.which("tesseract") is not None


def check_available(label: str, what: str = "needs OCR") -> None:
    """``InputError`` (one line, how to install it) when Tesseract is missing."""
    if not available():
        raise InputError(label, f"{what} and needs OCR, but {INSTALL_HINT}")


@functools.lru_cache(maxsize=1)
def tesseract_languages() -> frozenset[str]:
    """The language data Tesseract has installed (``eng``, ``spa`` ...)."""
    try:
        out = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True,
                             timeout=30, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    return frozenset(line.strip() for line in out.splitlines()[1:] if line.strip())


def ocr_languages(language: str | None) -> str:
    """Tesseract's ``-l`` for a document: its language where known and installed,
    else English, Spanish and French together (those installed)."""
    installed = tesseract_languages()
    if language in _TESS_LANG and _TESS_LANG[language] in installed:
        return _TESS_LANG[language]
    langs = [_TESS_LANG[c] for c in _DEFAULT_LANGS if _TESS_LANG[c] in installed]
    return "+".join(langs) or "eng"


def has_usable_text(text: str) -> bool:
    return sum(1 for ch in text if ch.isalpha()) >= MIN_LETTERS


# --------------------------------------------------------------------------- one page


def _run(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["tesseract", *args], capture_output=True, text=True, timeout=_TIMEOUT,
                          check=False, env={**os.environ, "OMP_THREAD_LIMIT": "1"})


Box = tuple[int, int, int, int]


def _tsv_text(tsv: str) -> tuple[str, list[tuple[str, float]], list[Box]]:
    """Text (lines, blank lines between paragraphs), (word, confidence) and each
    word's box (left, top, right, bottom) from TSV."""
    words: list[tuple[str, float]] = []
    boxes: list[Box] = []
    paragraphs: list[list[list[str]]] = []
    last_par = last_line = None
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5":
            continue
        word = cols[11].strip()
        if not word:
            continue
        try:
            conf = float(cols[10])
        except ValueError:
            conf = -1.0
        par = (cols[1], cols[2], cols[3])
        line = par + (cols[4],)
        if par != last_par:
            paragraphs.append([])
            last_par = par
            last_line = None
        if line != last_line:
            paragraphs[-1].append([])
            last_line = line
        paragraphs[-1][-1].append(word)
        words.append((word, max(conf, 0.0)))
        try:
            left, top, width, height = (int(c) for c in cols[6:10])
        except ValueError:
            left = top = width = height = 0
        boxes.append((left, top, left + width, top + height))
    text = "\n\n".join("\n".join(" ".join(ws) for ws in lines) for lines in paragraphs)
    return text, words, boxes


_ROTATE = re.compile(r"Rotate:\s*(\d+)")
_ORIENT_CONF = re.compile(r"Orientation confidence:\s*([\d.]+)")


def _orientation(path: str) -> int:
    """Degrees (0, 90, 180, 270) Tesseract's OSD says to turn the page by; 0 when unsure."""
    try:
        res = _run([path, "stdout", "--psm", "0", "--dpi", str(DPI)])
    except (OSError, subprocess.SubprocessError):
        return 0
    rot, conf = _ROTATE.search(res.stdout), _ORIENT_CONF.search(res.stdout)
    if not rot or not conf or float(conf.group(1)) < 1.0:
        return 0
    return int(rot.group(1)) % 360


def _read(path: str, langs: str) -> tuple[str, list[tuple[str, float]], list[Box]]:
    res = _run([path, "stdout", "-l", langs, "--psm", "3", "--dpi", str(DPI), "tsv"])
    if res.returncode != 0:
        raise RuntimeError(" ".join(res.stderr.split())[:200] or f"tesseract exit code {res.returncode}")
    return _tsv_text(res.stdout)


def _mean(words: list[tuple[str, float]]) -> float | None:
    return round(sum(c for _, c in words) / len(words), 1) if words else None


def ocr_png(path: str, page: int, langs: str, dpi: int | None = None) -> OcrPage:
    """OCR of one page image on disk (orientation corrected where Tesseract detects it);
    ``dpi``: the resolution a PDF page was rasterised at (None: an image's own pixels)."""
    try:
        text, words, boxes = _read(path, langs)
        rotated = 0
        mean = _mean(words)
        if mean is None or mean < _RETRY_BELOW or not has_usable_text(text):
            rotated = _orientation(path)
            if rotated:
                from PIL import Image

                turned = path + ".turned.png"
                with Image.open(path) as im:
                    im.rotate(-rotated, expand=True).save(turned)
                text2, words2, boxes2 = _read(turned, langs)
                if (_mean(words2) or 0.0) > (mean or 0.0):
                    text, words, boxes, mean = text2, words2, boxes2, _mean(words2)
                else:
                    rotated = 0
    except (OSError, subprocess.SubprocessError, RuntimeError) as exc:
        return OcrPage(page=page, warning=f"page {page}: could not be read by OCR ({exc})")
    warning = None
    if not has_usable_text(text):
        warning = f"page {page}: blank or unreadable (no text found by OCR)"
        text, words, boxes = "", [], []
    elif rotated:
        warning = f"page {page}: turned by {rotated} degrees before OCR"
    return OcrPage(page=page, text=text, mean_confidence=_mean(words), words=words, boxes=boxes,
                   dpi=dpi, rotated=rotated, warning=warning)


# --------------------------------------------------------------------------- documents


def ocr_pdf_page(pdf_path: str, page: int, langs: str, workdir: str) -> OcrPage:
    """Rasterise page ``page`` (1-based) of a PDF with pdftoppm, then OCR it."""
    prefix = os.path.join(workdir, f"p{page}")
    try:
        res = subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", "-png", "-singlefile",
                              "-f", str(page), "-l", str(page), pdf_path, prefix],
                             capture_output=True, timeout=_TIMEOUT, check=False)
    except FileNotFoundError:
        return OcrPage(page=page, warning=f"page {page}: cannot be rasterised for OCR "
                                          "(pdftoppm is missing: apt-get install poppler-utils)")
    except (OSError, subprocess.SubprocessError) as exc:
        return OcrPage(page=page, warning=f"page {page}: cannot be rasterised for OCR ({exc})")
    if res.returncode != 0 or not os.path.exists(prefix + ".png"):
        return OcrPage(page=page, warning=f"page {page}: cannot be rasterised for OCR")
    return ocr_png(prefix + ".png", page, langs, dpi=DPI)


def image_frames(data: bytes, label: str) -> Iterator[object]:
    """Each frame of an image (a multi-page TIFF has several), as a Pillow image."""
    import io

    from PIL import Image, ImageSequence, UnidentifiedImageError

    try:
        im = Image.open(io.BytesIO(data))
        im.load()
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise InputError(label, f"is not a readable image ({' '.join(str(exc).split())[:120]})") from None
    yield from ImageSequence.Iterator(im)


def ocr_image(data: bytes, label: str, langs: str) -> Iterable[OcrPage]:
    """OCR of every frame of an image file, one ``OcrPage`` each (lazily)."""
    with tempfile.TemporaryDirectory(prefix="dignity-ocr-") as workdir:
        for number, frame in enumerate(image_frames(data, label), start=1):
            path = os.path.join(workdir, f"f{number}.png")
            try:
                img = frame.convert("L")  # type: ignore[attr-defined]
                img.save(path)
            except (OSError, ValueError) as exc:
                yield OcrPage(page=number, warning=f"page {number}: image frame cannot be read ({exc})")
                continue
            yield ocr_png(path, number, langs)
