"""OCR speed: pages per second of ``dignity.ingest`` on scans made here (issue 15).

Renders pages of our own English, Spanish and French text with Pillow (an A4-wide
page at 300 dpi, 12 lines), then reads them back three ways, each timed as a whole:

* ``png``: one PNG image a page (Tesseract alone);
* ``pdf``: one PDF without a text layer holding all the pages (pdftoppm + Tesseract);
* ``rotated``: PNG pages upside down (a first pass, orientation detection, a second pass).

and the cost of OCR in ``dignity screen`` (serial engine): the same pages screened as
PNG scans and as text files, documents per second each.

    python benchmarks/ocr_bench.py [--pages N] [--out FILE.json]

Tesseract runs with one thread (``OMP_THREAD_LIMIT=1``), as in the screening workers.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import textwrap
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
LINES = {
    "en": "The detainee has been held alone in a cell of six square metres for 45 days, "
          "with one hour a day outside and no contact with his family. ",
    "es": "El interno permanece aislado en una celda de seis metros cuadrados desde hace "
          "45 días, con una hora al día fuera de ella y sin visitas. ",
    "fr": "Le détenu est placé seul dans une cellule de six mètres carrés depuis 45 jours, "
          "avec une heure par jour à l'extérieur et sans visite. ",
}


def page(lang: str):
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(FONT, 38)
    lines = textwrap.wrap(LINES[lang] * 4, 95)[:12]
    im = Image.new("L", (2480, 200 + 60 * len(lines)), 255)
    draw = ImageDraw.Draw(im)
    for i, line in enumerate(lines):
        draw.text((150, 100 + 60 * i), line, font=font, fill=0)
    return im


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=6)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args(argv)
    from dignity import ingest
    from dignity.ingest import ocr

    if not ocr.available():
        print(ocr.INSTALL_HINT, file=sys.stderr)
        return 2
    langs = list(LINES)
    pages = [page(langs[i % len(langs)]) for i in range(args.pages)]
    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        pngs, turned = [], []
        for i, im in enumerate(pages):
            pngs.append(os.path.join(tmp, f"p{i}.png"))
            im.save(pngs[-1], dpi=(300, 300))
            turned.append(os.path.join(tmp, f"r{i}.png"))
            im.rotate(180, expand=True).save(turned[-1], dpi=(300, 300))
        pdf = os.path.join(tmp, "scan.pdf")
        pages[0].convert("RGB").save(pdf, save_all=True, resolution=300.0,
                                     append_images=[p.convert("RGB") for p in pages[1:]])
        for name, paths in (("png", pngs), ("pdf", [pdf]), ("rotated", turned)):
            t0 = time.perf_counter()
            for path in paths:
                ingest.load(path)
            results[name] = args.pages / (time.perf_counter() - t0)
        screen_rates = _screen(Path(tmp), pngs, [LINES[langs[i % len(langs)]] * 4 for i in range(args.pages)])
    report = {"pages": args.pages, "pages_per_second": {k: round(v, 2) for k, v in results.items()},
              "screen_docs_per_second": screen_rates, "cpu_count": os.cpu_count(), "load_average": os.getloadavg()}
    print(json.dumps(report, indent=2))
    if args.out:
        args.out.write_text(json.dumps(report, indent=2))
    return 0


def _screen(tmp: Path, pngs: list[str], texts: list[str]) -> dict[str, float]:
    """Documents per second of ``screen`` (serial) over the scans and over their texts."""
    import shutil

    from dignity.batch.runner import screen

    scans, plain = tmp / "scans", tmp / "texts"
    scans.mkdir()
    plain.mkdir()
    for i, (png, text) in enumerate(zip(pngs, texts)):
        shutil.copy(png, scans / f"d{i}.png")
        (plain / f"d{i}.txt").write_text(text, encoding="utf-8")
    rates = {}
    screen([str(plain)], tmp / "warm", engine="serial")  # the extractor is built once, outside the timing
    for name, folder in (("text", plain), ("scans", scans)):
        t0 = time.perf_counter()
        screen([str(folder)], tmp / f"out-{name}", engine="serial")
        rates[name] = round(len(pngs) / (time.perf_counter() - t0), 2)
    return rates


if __name__ == "__main__":
    raise SystemExit(main())
