"""`case add` reads a scan as `extract` does: OCR by default (auto), refused with
``ocr="never"`` (one problem line, nothing stored)."""

from __future__ import annotations

import textwrap
from pathlib import Path

from sqlalchemy import func, select

from dignity.store import StoredDocument

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
TEXT = ("Mr. Idris has been held in solitary confinement since March. He is locked in his "
        "cell 23 hours a day and the lights are on day and night.")


def _scan(path: Path) -> Path:
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(FONT, 36)
    lines = textwrap.wrap(TEXT, 62)
    page = Image.new("L", (1500, 160 + 56 * len(lines)), 255)
    draw = ImageDraw.Draw(page)
    for i, line in enumerate(lines):
        draw.text((90, 80 + 56 * i), line, font=font, fill=0)
    page.save(path, dpi=(300, 300))
    return path


def test_a_scan_is_read_with_ocr_unless_never(svc, admin, tmp_path: Path, session) -> None:
    png = _scan(tmp_path / "letter-scan.png")
    case = svc.create_case("Idris", admin)

    [refused] = svc.add_documents(case, [png], admin, ocr="never")
    assert refused.status == "error" and "PNG image" in refused.problem
    assert session.scalar(select(func.count()).select_from(StoredDocument)) == 0

    [added] = svc.add_documents(case, [png], admin)
    assert added.status == "added" and added.facts > 0
    types = {f.type for f in svc.get_document(added.document_id, admin).current_extraction.facts}
    assert {"solitary", "confinement_hours"} <= types
