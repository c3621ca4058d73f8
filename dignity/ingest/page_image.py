"""Page images: the region of a scanned page where some evidence stands, as a PNG,
so that a reviewer can check an OCR reading against the page itself.

The region (``dignity.model.PageRegion``) is the one OCR saw: a PDF page is
rasterised again with ``pdftoppm`` at the resolution OCR read it at (only the region
itself where the page was not turned), an image's frame is read with Pillow; a page
turned before OCR is turned the same way before the cut.  The output is bounded: the
region is cut to at most ``MAX_REGION`` pixels a side of the page as read, and scaled
down to at most ``MAX_WIDTH`` pixels wide.
"""

from __future__ import annotations

import io
import os
import subprocess
import tempfile

from dignity.errors import InputError
from dignity.model import PageRegion

__all__ = ["MAX_WIDTH", "MAX_REGION", "region_png"]

#: the widest PNG returned (pixels); a wider region is scaled down
MAX_WIDTH = 1000
#: the largest side of a region cut from a page (pixels of the page as OCR read it)
MAX_REGION = 4000
#: the highest resolution a PDF page is rasterised at
_MAX_DPI = 600
_TIMEOUT = 60


def region_png(content: bytes, media_type: str | None, region: PageRegion, *, label: str = "<document>") -> bytes:
    """The PNG of ``region`` of the document whose bytes are ``content``.

    Raises ``InputError`` when the page cannot be rendered (a PDF without pdftoppm, a
    page that is not there, an image Pillow cannot read)."""
    from PIL import Image

    left, top, right, bottom = region.box
    left, top = max(0, left), max(0, top)
    right, bottom = min(right, left + MAX_REGION), min(bottom, top + MAX_REGION)
    if right <= left or bottom <= top:
        raise InputError(label, f"page {region.page}: the region is empty")
    if content.lstrip()[:5] == b"%PDF-" or media_type == "application/pdf":
        image = _pdf_region(content, region, (left, top, right, bottom), label)
    else:
        image = _image_region(content, region, (left, top, right, bottom), label)
    if image.width > MAX_WIDTH:
        image = image.resize((MAX_WIDTH, max(1, round(image.height * MAX_WIDTH / image.width))),
                             Image.Resampling.LANCZOS)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def _turned(image, rotated: int):
    return image.rotate(-rotated, expand=True) if rotated else image


def _pdf_region(content: bytes, region: PageRegion, box: tuple[int, int, int, int], label: str):
    from PIL import Image

    dpi = min(region.dpi or 300, _MAX_DPI)
    with tempfile.TemporaryDirectory(prefix="dignity-page-") as workdir:
        pdf = os.path.join(workdir, "in.pdf")
        with open(pdf, "wb") as fh:
            fh.write(content)
        prefix = os.path.join(workdir, "page")
        args = ["pdftoppm", "-r", str(dpi), "-gray", "-png", "-singlefile",
                "-f", str(region.page), "-l", str(region.page)]
        if not region.rotated:  # only the region is rendered
            left, top, right, bottom = box
            args += ["-x", str(left), "-y", str(top), "-W", str(right - left), "-H", str(bottom - top)]
        try:
            res = subprocess.run([*args, pdf, prefix], capture_output=True, timeout=_TIMEOUT, check=False)
        except FileNotFoundError:
            raise InputError(label, "cannot render a page image (pdftoppm is missing: "
                                    "apt-get install poppler-utils)") from None
        except (OSError, subprocess.SubprocessError) as exc:
            raise InputError(label, f"page {region.page}: cannot be rendered ({exc})") from None
        if res.returncode != 0 or not os.path.exists(prefix + ".png"):
            raise InputError(label, f"page {region.page}: cannot be rendered")
        with Image.open(prefix + ".png") as im:
            im.load()
            image = im.copy()
    if region.rotated:
        image = _turned(image, region.rotated).crop(box)
    return image


def _image_region(content: bytes, region: PageRegion, box: tuple[int, int, int, int], label: str):
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(content)) as im:
            try:
                im.seek(region.page - 1)
            except EOFError:
                raise InputError(label, f"has no page {region.page}") from None
            frame = im.convert("L")
    except InputError:
        raise
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise InputError(label, f"page {region.page}: cannot be rendered ({exc})") from None
    return _turned(frame, region.rotated).crop(box)
