"""OCR (issue 15): scans made here from text we write, read back with Tesseract.

The scans are rendered with Pillow (PNG, multi-page TIFF, and a PDF without a text
layer through Pillow's PDF writer); ``dignity extract`` must find on them the facts it
finds on the original text, and OCR's character accuracy must be at least 98 %.
A few small pages only: OCR costs about half a second a page.
"""

from __future__ import annotations

import json
import shutil
import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dignity import ingest
from dignity.cli.main import app
from dignity.errors import InputError
from dignity.ingest import ocr
from scans import FONT, blank, low_confidence_page, render, save


pytestmark = [
    pytest.mark.skipif(shutil.which("tesseract") is None,
                       reason="Tesseract is not installed (scripts/test.sh installs it)"),
    pytest.mark.skipif(not Path(FONT).exists(), reason="the DejaVu font is not installed"),
]

# sentences of our own, one short page a language
TEXTS = {
    "en": ("He has been held in solitary confinement for 45 days. The cell measures 2 by 3 "
           "metres and has no window. He is allowed one hour of exercise a day."),
    "es": ("Desde su llegada fue aislado en una celda de castigo. Permanece encerrado en su "
           "celda veintidós horas al día. La celda mide dos metros por tres."),
    "fr": ("Le jeune détenu est maintenu à l'isolement depuis son arrivée. Il a passé 30 jours "
           "en cellule disciplinaire. Les détenus restent enfermés 22 heures sur 24 dans leur cellule."),
}


def char_accuracy(expected: str, got: str) -> float:
    """1 - (Levenshtein distance / length of the expected text), whitespace folded."""
    a, b = " ".join(expected.split()), " ".join(got.split())
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return 1 - previous[-1] / max(len(a), 1)


def facts(result: dict) -> set[tuple]:
    return {(f["type"], json.dumps(f.get("value")), f.get("unit"), f["negated"]) for f in result["facts"]}


def extract(paths: list[Path], *args: str) -> tuple[int, list[dict], str]:
    result = CliRunner().invoke(app, ["extract", "--format", "jsonl", *args, *map(str, paths)])
    return result.exit_code, [json.loads(line) for line in result.stdout.splitlines() if line.strip()], \
        result.stderr


# --------------------------------------------------------------------------- same facts


def test_scans_give_the_same_facts_as_the_text(tmp_path: Path) -> None:
    """One scan a language and format (PNG, TIFF, PDF without a text layer): the facts
    ``dignity extract`` finds are those it finds on the original text."""
    paths, originals = [], []
    formats = {"en": ".png", "es": ".tiff", "fr": ".pdf"}
    for lang, text in TEXTS.items():
        originals.append((tmp_path / f"{lang}.txt"))
        originals[-1].write_text(text, encoding="utf-8")
        paths.append(save([render(text)], tmp_path / f"{lang}-scan{formats[lang]}"))
    code, results, stderr = extract(originals + paths)
    assert code == 0, stderr
    by_text, by_scan = results[:3], results[3:]
    for lang, want, got in zip(TEXTS, by_text, by_scan):
        assert facts(want), f"{lang}: the original text gives no fact"
        assert facts(got) == facts(want), lang
        doc = got["documents"][0]
        assert doc["language"] == lang
        assert [p["page"] for p in doc["ocr"]] == [1]
        assert doc["ocr"][0]["mean_confidence"] > 80


def test_character_accuracy_at_least_98_percent(tmp_path: Path) -> None:
    scores = {}
    formats = {"en": ".png", "es": ".jpg", "fr": ".tif"}
    for lang, text in TEXTS.items():
        doc = ingest.load(save([render(text)], tmp_path / f"{lang}{formats[lang]}"))
        scores[lang] = char_accuracy(text, doc.text)
        assert doc.ocr and doc.ocr[0].words, "every word's confidence is kept"
        assert all(0 <= conf <= 100 for _, conf in doc.ocr[0].words)
    print("OCR character accuracy: " + ", ".join(f"{k} {v:.2%}" for k, v in scores.items()))
    assert min(scores.values()) >= 0.98, scores


# --------------------------------------------------------------------------- pages


COVERS = {"en": "Annex to the report of the visit.", "es": "Anexo al informe de la visita.",
          "fr": "Annexe au rapport de la visite."}


def test_scans_give_each_fact_its_page(tmp_path: Path) -> None:
    """Two-page scans (a cover page, then the text), a PDF without a text layer and a
    multi-page TIFF a language: the facts are those of the original text, and every
    piece of their evidence stands on page 2."""
    originals, scans = [], []
    formats = {"en": ".pdf", "es": ".tiff", "fr": ".pdf"}
    for lang, text in TEXTS.items():
        originals.append(tmp_path / f"{lang}.txt")
        originals[-1].write_text(text, encoding="utf-8")
        scans.append(save([render(COVERS[lang]), render(text)], tmp_path / f"{lang}-2{formats[lang]}"))
    code, results, stderr = extract(originals + scans, "--explain")
    assert code == 0, stderr
    for lang, want, got in zip(TEXTS, results[:3], results[3:]):
        assert facts(want) <= facts(got), lang
        doc = got["documents"][0]
        assert len(doc["pages"]) == 2, lang
        text_facts = [f for f in got["facts"] if (f["type"], json.dumps(f.get("value")), f.get("unit"),
                                                  f["negated"]) in facts(want)]
        for f in text_facts:
            for ev in f["evidence"]:
                assert ev["page"] == 2, (lang, f["type"])
                assert ev["region"]["page"] == 2 and ev["ocr_confidence"] > 0
                left, top, right, bottom = ev["region"]["box"]
                assert 0 <= left < right and 0 <= top < bottom
        print(f"{lang}: {len(text_facts)} facts on page 2")


def test_a_fact_read_from_a_faded_word_is_marked_low_confidence(tmp_path: Path) -> None:
    path = save([low_confidence_page()], tmp_path / "faded.png")
    code, results, stderr = extract([path])
    assert code == 0, stderr
    by_type = {f["type"]: f for f in results[0]["facts"]}
    solitary = by_type["solitary"]
    assert solitary["low_confidence"] is True
    assert solitary["evidence"][0]["ocr_confidence"] < 60
    assert solitary["evidence"][0]["region"]["dpi"] is None  # an image: its own pixels
    assert "low_confidence" not in by_type["cell_space"]  # the rest of the page reads well


def test_blank_and_rotated_pages_are_warnings_not_failures(tmp_path: Path) -> None:
    """A multi-page TIFF: a page, a blank page, the same page upside down."""
    page = render(TEXTS["en"])
    path = save([page, blank(), page.rotate(180, expand=True)], tmp_path / "three.tiff")
    doc = ingest.load(path)
    assert [p.page for p in doc.ocr] == [1, 2, 3]
    assert doc.ocr[1].warning and "blank" in doc.ocr[1].warning
    assert doc.ocr[2].rotated == 180 and "turned" in doc.ocr[2].warning
    assert doc.text.count("solitary confinement for 45 days") == 2
    code, results, stderr = extract([path])
    assert code == 0
    assert "page 2: blank or unreadable" in stderr and "page 3: turned by 180 degrees" in stderr
    pdf = ingest.load(save([blank(), page], tmp_path / "two.pdf"))
    assert [(p.page, bool(p.warning)) for p in pdf.ocr] == [(1, True), (2, False)]
    assert pdf.text.startswith("He has been held in solitary confinement")


def test_mixed_pdf_reads_text_pages_as_text(tmp_path: Path) -> None:
    """Page 1 has a text layer, page 2 is a scan: only page 2 is read by OCR, in the
    language of page 1."""
    from pypdf import PdfReader, PdfWriter
    from reportlab.pdfgen import canvas

    text_pdf = tmp_path / "text.pdf"
    c = canvas.Canvas(str(text_pdf), invariant=True)
    y = 720
    for line in textwrap.wrap(TEXTS["fr"], 80):
        c.drawString(72, y, line)
        y -= 18
    c.showPage()
    c.save()
    scan_pdf = save([render("Il ne voit personne de la journée. " * 2)], tmp_path / "scan.pdf")
    writer = PdfWriter()
    for source in (text_pdf, scan_pdf):
        for p in PdfReader(source).pages:
            writer.add_page(p)
    mixed = tmp_path / "mixed.pdf"
    with open(mixed, "wb") as fh:
        writer.write(fh)
    doc = ingest.load(mixed)
    assert [p.page for p in doc.ocr] == [2]
    assert "isolement depuis son arrivée" in doc.text
    assert "Il ne voit personne de la journée" in doc.text
    assert ocr.ocr_languages("fr") == "fra"
    always = ingest.load(mixed, ocr="always")
    assert [p.page for p in always.ocr] == [1, 2]


# --------------------------------------------------------------------------- modes and errors


def test_ocr_never_refuses_a_scan(tmp_path: Path) -> None:
    pdf = save([render(TEXTS["en"])], tmp_path / "scan.pdf")
    png = save([render(TEXTS["en"])], tmp_path / "scan.png")
    code, _results, stderr = extract([pdf, png], "--ocr", "never")
    assert code == 2
    lines = stderr.splitlines()
    assert len(lines) == 2
    assert "has no text layer" in lines[0] and "is a PNG image" in lines[1]


def test_missing_tesseract_says_how_to_install_it(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(ocr, "available", lambda: False)
    path = save([render(TEXTS["en"])], tmp_path / "scan.pdf")
    code, _results, stderr = extract([path])
    assert code == 2
    assert stderr.strip().splitlines() == [
        f"dignity: {path}: has no text layer and needs OCR, but {ocr.INSTALL_HINT}"]
    assert "apt-get install tesseract-ocr" in stderr


def test_blank_scan_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="OCR found no text"):
        ingest.load(save([blank()], tmp_path / "white.png"))


def test_text_limit_counts_the_ocr_text(tmp_path: Path, monkeypatch) -> None:
    """The OCR text counts against the text limit page by page (a scan is always larger
    than its text, so the limit is made small here)."""
    from dignity.ingest import limits, readers

    monkeypatch.setattr(readers, "TextCounter", lambda label, _limit: limits.TextCounter(label, 50))
    with pytest.raises(InputError, match="has too much text"):
        ingest.load(save([render(TEXTS["en"])], tmp_path / "scan.png"))


# --------------------------------------------------------------------------- screening


def test_screening_reads_scans_too(tmp_path: Path) -> None:
    """The screening workers read a scan like ``extract`` does; ``ocr="never"`` makes it
    an error row."""
    import pyarrow.dataset as ds

    from dignity.batch.runner import screen

    folder = tmp_path / "in"
    folder.mkdir()
    save([render(TEXTS["en"])], folder / "scan.png")
    (folder / "note.txt").write_text(TEXTS["en"], encoding="utf-8")

    def rows(out: Path) -> dict[str, dict]:
        table = ds.dataset(out / "documents", format="parquet").to_table()
        return {Path(d["path"]).name: d for d in table.to_pylist()}

    screen([str(folder)], tmp_path / "auto", engine="serial")
    auto = rows(tmp_path / "auto")
    assert auto["scan.png"]["error"] is None
    assert auto["scan.png"]["n_facts"] == auto["note.txt"]["n_facts"] > 0
    assert auto["scan.png"]["pages"] == 1 and auto["note.txt"]["pages"] is None
    facts_table = ds.dataset(tmp_path / "auto" / "facts", format="parquet").to_table().to_pylist()
    pages = {(f["document"] == auto["scan.png"]["id"], f["evidence_page"]) for f in facts_table}
    assert pages == {(True, 1), (False, None)}  # the page column: the scan's, none for a text
    screen([str(folder)], tmp_path / "never", engine="serial", ocr="never")
    never = rows(tmp_path / "never")
    assert "OCR" in never["scan.png"]["error"] and never["note.txt"]["error"] is None


# --------------------------------------------------------------------------- page images


@pytest.mark.parametrize("suffix", [".pdf", ".tiff"])
def test_the_page_image_region_holds_the_evidence(tmp_path: Path, suffix: str) -> None:
    """The region a fact's evidence names, rendered from the original (pdftoppm for a
    PDF, Pillow for an image frame), shows the very words: OCR reads them in it again."""
    from dignity.extract.pages import place_evidence
    from dignity.ingest.page_image import MAX_WIDTH, region_png
    from dignity.model import Evidence, Fact

    path = save([render(COVERS["en"]), render(TEXTS["en"])], tmp_path / f"two{suffix}")
    doc = ingest.load(path)
    start = doc.text.index("solitary confinement")
    fact = Fact(id="f", type="solitary", evidence=[Evidence(document=doc.id, start=start, end=start + 20,
                                                            text="solitary confinement")])
    place_evidence([fact], doc)
    region = fact.evidence[0].region
    assert region is not None and region.page == 2 and fact.evidence[0].page == 2
    png = region_png(path.read_bytes(), doc.media_type, region)
    crop = tmp_path / "crop.png"
    crop.write_bytes(png)
    from PIL import Image

    with Image.open(crop) as im:
        assert im.width <= MAX_WIDTH
        left, top, right, bottom = region.box
        assert im.size == (right - left, bottom - top)
    assert "solitary confinement" in ingest.load(crop).text
