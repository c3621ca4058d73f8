"""Scans made from text for the tests (issue 15): pages rendered with Pillow as a
scanner sees them, saved as PNG, JPEG, TIFF (multi-page) or a PDF without a text layer."""

from __future__ import annotations

import textwrap
from pathlib import Path

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def render(text: str):
    """A white page (about A6 at 300 dpi) with ``text`` in black, as a scanner sees it."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(FONT, 36)
    lines = [line for para in text.split("\n") for line in (textwrap.wrap(para, 62) or [""])]
    page = Image.new("L", (1500, 160 + 56 * len(lines)), 255)
    draw = ImageDraw.Draw(page)
    for i, line in enumerate(lines):
        draw.text((90, 80 + 56 * i), line, font=font, fill=0)
    return page


def blank():
    from PIL import Image

    return Image.new("L", (1500, 600), 255)


def save(pages: list, path: Path) -> Path:
    """PNG / JPEG (one page), TIFF (multi-page) or a PDF without a text layer."""
    first, rest = pages[0], pages[1:]
    kind = path.suffix.lower()
    if kind == ".pdf":
        first.convert("RGB").save(path, save_all=True, append_images=[p.convert("RGB") for p in rest],
                                  resolution=300.0)
    elif kind in (".tif", ".tiff"):
        first.save(path, save_all=True, append_images=rest, compression="tiff_deflate", dpi=(300, 300))
    else:
        assert not rest
        first.save(path, dpi=(300, 300))
    return path


def faded(page, box: tuple[int, int, int, int]):
    """``page`` with the words in ``box`` faded and speckled, as on a poor photocopy:
    read right, but with a low confidence."""
    import random

    from PIL import ImageFilter

    page = page.copy()
    region = page.crop(box).filter(ImageFilter.GaussianBlur(0.6)).point(lambda v: int(255 - (255 - v) * 0.5))
    rng = random.Random(1)
    px = region.load()
    for x in range(region.width):
        for y in range(region.height):
            if rng.random() < 0.15:
                px[x, y] = rng.randint(120, 255)
    page.paste(region, box)
    return page


#: the page of ``low_confidence_page``: its first line holds "solitary confinement"
LOW_CONFIDENCE_TEXT = ("He has been held in solitary confinement for 45 days. The cell measures 2 by 3 "
                       "metres and has no window. He is allowed one hour of exercise a day.")
#: where "solitary confinement" stands on that page
FADED_BOX = (440, 75, 900, 135)


def low_confidence_page():
    """A page whose words "solitary confinement" are faded: Tesseract reads them right
    with a confidence below 60 (OCR is deterministic: the same pixels, the same
    reading; every test that needs such a page uses this one)."""
    return faded(render(LOW_CONFIDENCE_TEXT), FADED_BOX)
