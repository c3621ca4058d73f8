"""The readers: text in several encodings, HTML, PDF and DOCX, and every kind of bad input."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sys
import types
import zipfile
from pathlib import Path

import pytest

import dignity
from dignity import ingest
from dignity.errors import InputError
from dignity.ingest import normalise_text, readers

SEED = ("He said lights are on 24 hours a day in the section of the jail where Guzman is held, "
        "he is confined to his cell for 23 hours a day with only an hour of exercise.")


def assert_well_formed(doc, data: bytes) -> None:
    """What every Document must satisfy, whatever its format."""
    assert doc.id == hashlib.sha256(data).hexdigest()
    assert doc.text == normalise_text(doc.text)  # already normalised
    assert doc.text and doc.text == doc.text.strip()


def assert_offsets(doc, phrase: str) -> None:
    start = doc.text.find(phrase)
    assert start >= 0, f"{phrase!r} not in {doc.text!r}"
    assert doc.text[start:start + len(phrase)] == phrase


# --------------------------------------------------------------------------- text


@pytest.mark.parametrize("encoding, bom", [
    ("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"),
])
def test_text_in_unicode_encodings(tmp_path: Path, encoding: str, bom: bytes) -> None:
    data = bom + ("“Prolonged isolation” — " + SEED).encode(encoding)
    path = tmp_path / "report.txt"
    path.write_bytes(data)
    doc = ingest.load(path)
    assert_well_formed(doc, data)
    assert doc.text.startswith("“Prolonged isolation” — He said")
    assert "\ufeff" not in doc.text
    assert doc.media_type == "text/plain"
    assert doc.path == str(path)
    assert doc.language == "en"


def test_text_in_windows_1252_is_decoded(make) -> None:
    text = ("El recluso está confinado en su celda veintitrés horas al día, según su abogado. "
            "Además, no recibe visitas de su esposa desde hace un año.")
    path = make.text("informe.txt", text, encoding="cp1252")
    doc = ingest.load(path)
    assert doc.text == text
    assert doc.language == "es"


def test_french_text(make) -> None:
    doc = ingest.load(make.text("rapport.txt", "Il est enfermé dans sa cellule vingt-trois heures "
                                               "par jour et la lumière reste allumée toute la nuit."))
    assert doc.language == "fr"


def test_short_text_defaults_to_english(make) -> None:
    assert ingest.load(make.text("short.txt", "Hola.")).language == "en"


def test_text_is_normalised_and_offsets_round_trip(make) -> None:
    raw = "Line one\r\n\r\n\r\n\r\nHe   is\tconfined  to his cell.\fNext page\u00a0here.\r\n"
    path = make.text("crlf.txt", raw)
    doc = ingest.load(path)
    assert doc.text == "Line one\n\nHe is confined to his cell.\nNext page here."
    assert_well_formed(doc, path.read_bytes())
    assert_offsets(doc, "confined to his cell")


def test_utf8_with_a_stray_byte_is_still_read(make) -> None:
    data = ("He said “lights are on” — café. " * 40).encode() + b"\xff" + b" more text."
    doc = ingest.load(make.raw("stray.txt", data))
    assert doc.text.endswith("\ufffd more text.")


def test_text_that_mentions_a_pdf_header_stays_text(make) -> None:
    doc = ingest.load(make.text("notes.txt", "A PDF file starts with %PDF-1.7. " + SEED))
    assert doc.media_type == "text/plain"


def test_unknown_extension_with_text_is_read_as_text(make) -> None:
    doc = ingest.load(make.text("notes.letter", SEED))
    assert doc.media_type == "text/plain"
    assert doc.text == SEED


@pytest.mark.parametrize("head, expected", [
    ("NEW YORK, March 28, 2017 — " + SEED, "2017-03-28"),
    ("Mar. 3 2017: " + SEED, "2017-03-03"),
    ("Published 28 March 2017\n\n" + SEED, "2017-03-28"),
    ("28th of March, 2017. " + SEED, "2017-03-28"),
    ("2017-03-28\n" + SEED, "2017-03-28"),
    ("Madrid, 5 de marzo de 2018. " + SEED, "2018-03-05"),
    ("Paris, le 1er février 2019. " + SEED, "2019-02-01"),
    ("February 30, 2017 " + SEED, None),  # not a date
    ("In a March 28 letter he wrote " + SEED, None),  # no year
    (SEED + " And more." * 40 + " March 28, 2017", None),  # not near the start
])
def test_dateline(make, head: str, expected: str | None) -> None:
    assert readers.find_dateline(head) == expected
    assert ingest.load(make.text("dated.txt", head)).date == expected


# --------------------------------------------------------------------------- HTML

ARTICLE_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Amnesty seeks visit | Daily News</title>
<meta property="article:published_time" content="2017-03-30T10:00:00Z">
<script>var tracking = "do not extract me";</script></head>
<body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/sports">Sports section</a></li></ul></nav></header>
<main><article>
<h1>Amnesty International seeks to visit El Chapo</h1>
<p>Amnesty International is weighing in on behalf of the accused, seeking permission to visit the
federal jail in Manhattan where he is held awaiting trial, to assess whether conditions are too harsh.</p>
<p>He said lights are on 24 hours a day in the section of the jail where Guzman is held, and that
he is confined to his cell for 23 hours a day with only an hour of exercise.</p>
<p>The government has contended that the tight security and restrictions on communications with
his wife are needed because of his escapes from prisons in Mexico.</p>
</article>
<aside><h3>Most read today</h3><ul><li>Celebrity gossip one</li><li>Celebrity gossip two</li></ul></aside>
</main>
<footer><p>Copyright 2017 Daily News. All rights reserved. Privacy policy.</p></footer>
</body></html>"""


def test_html_main_text_title_and_date(make) -> None:
    path = make.text("article.html", ARTICLE_HTML)
    doc = ingest.load(path)
    assert_well_formed(doc, path.read_bytes())
    assert doc.media_type == "text/html"
    assert doc.title and "Amnesty" in doc.title
    assert doc.date == "2017-03-30"
    assert doc.language == "en"
    assert_offsets(doc, "he is confined to his cell for 23 hours a day")
    # boilerplate dropped
    for junk in ("do not extract me", "Copyright", "Most read", "Sports section"):
        assert junk not in doc.text
    # paragraphs kept apart
    assert "\n\nHe said lights are on" in doc.text


def test_html_is_sniffed_without_extension(make) -> None:
    doc = ingest.load(make.text("article", ARTICLE_HTML))
    assert doc.media_type == "text/html"


def test_html_declared_legacy_charset(make) -> None:
    html = ("<html><head><meta charset='windows-1252'><title>Informe</title></head><body><article>"
            "<p>El recluso está confinado en su celda veintitrés horas al día, según su abogado.</p>"
            "<p>Además, no recibe visitas de su esposa desde hace un año.</p></article></body></html>")
    doc = ingest.load(make.text("informe.htm", html, encoding="cp1252"))
    assert "veintitrés horas al día" in doc.text
    assert doc.language == "es"


@pytest.mark.parametrize("trafilatura", [
    types.SimpleNamespace(bare_extraction=lambda *a, **k: None),  # finds nothing
    None,  # cannot be imported
])
def test_html_falls_back_to_plain_dump(make, monkeypatch, trafilatura) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", trafilatura)
    path = make.text("article.html", ARTICLE_HTML)
    doc = ingest.load(path)
    assert_offsets(doc, "he is confined to his cell for 23 hours a day")
    assert "do not extract me" not in doc.text  # no scripts
    assert doc.title == "Amnesty seeks visit | Daily News"
    assert doc.date == "2017-03-30"
    assert "\n\nHe said lights are on" in doc.text
    assert doc.text == normalise_text(doc.text)


def test_html_dateline_when_no_metadata(make) -> None:
    html = ("<html><body><article><p>NEW YORK, March 28, 2017 - " + SEED + "</p>"
            "<p>" + SEED + "</p></article></body></html>")
    assert ingest.load(make.text("dl.html", html)).date == "2017-03-28"


# --------------------------------------------------------------------------- PDF


def test_pdf_text_title_date(make) -> None:
    path = make.pdf("report.pdf", [
        ["He is confined to his cell for 23 hours a day.",
         "Lights are on 24 hours a day, his lawyers said, in soli-",
         "tary confinement."],
        ["He has not been allowed visits or calls with his wife."],
    ], title="Conditions at the MCC", created="D:20170328120000Z")
    doc = ingest.load(path)
    assert_well_formed(doc, path.read_bytes())
    assert doc.media_type == "application/pdf"
    assert doc.title == "Conditions at the MCC"
    assert doc.date == "2017-03-28"
    assert doc.language == "en"
    assert "solitary confinement" in doc.text  # hyphenated line break joined
    assert "confinement.\n\nHe has not been allowed" in doc.text  # pages apart
    assert_offsets(doc, "confined to his cell for 23 hours a day")


def test_pdf_with_only_an_owner_password_is_read(make) -> None:
    doc = ingest.load(make.encrypted_pdf("owner.pdf", user_password="", owner_password="owner"))
    assert "solitary confinement" in doc.text


def test_pdf_title_that_is_a_file_name_is_dropped(make) -> None:
    doc = ingest.load(make.pdf("t.pdf", [[SEED[:80]]], title="Microsoft Word - draft3.docx"))
    assert doc.title is None


# --------------------------------------------------------------------------- DOCX


def test_docx_paragraphs_tables_title_date(make) -> None:
    path = make.docx("visit.docx",
                     ["Report of the visit", "He has not been allowed visits with his wife."],
                     table=[["Condition", "Finding"], ["Exercise", "one hour a day"]],
                     after=["He is confined to his cell for 23 hours a day."],
                     title="Visit report", created=dt.datetime(2019, 5, 4, 10, 0))
    doc = ingest.load(path)
    assert_well_formed(doc, path.read_bytes())
    assert doc.media_type.endswith("wordprocessingml.document")
    assert doc.title == "Visit report"
    assert doc.date == "2019-05-04"
    assert doc.text == ("Report of the visit\n\nHe has not been allowed visits with his wife.\n\n"
                        "Condition | Finding\nExercise | one hour a day\n\n"
                        "He is confined to his cell for 23 hours a day.")
    assert_offsets(doc, "one hour a day")


def test_docx_without_own_date_uses_dateline(make) -> None:
    # python-docx's template carries a 2013 date that is not the document's.
    doc = ingest.load(make.docx("d.docx", ["WASHINGTON, 28 March 2017 — he is in solitary."]))
    assert doc.date == "2017-03-28"
    assert doc.title is None


# --------------------------------------------------------------------------- public API


def test_load_document_accepts_paths(make) -> None:
    path = make.text("seed.txt", SEED)
    assert dignity.load_document(path).text == SEED
    assert dignity.load_document(str(path), date="2020-01-02").date == "2020-01-02"


def test_from_bytes_uses_the_name_for_the_kind() -> None:
    doc = ingest.from_bytes(ARTICLE_HTML.encode(), name="upload.html")
    assert doc.media_type == "text/html"
    assert doc.path is None


def test_language_detector_is_built_once(make) -> None:
    readers.detect_language(SEED)
    first = readers._detector()
    readers.detect_language("Il est enfermé dans sa cellule vingt-trois heures par jour.")
    assert readers._detector() is first


def test_size_is_checked_before_reading(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as fh:
        fh.truncate(200 * 1024 * 1024)  # sparse: no disk used

    def no_reading(*args, **kwargs):
        raise AssertionError("the file was opened")

    monkeypatch.setattr(readers, "open", no_reading, raising=False)
    with pytest.raises(InputError) as info:
        ingest.load(path)
    assert info.value.problem == "is too large (200 MB; the limit is 50 MB)"
    with pytest.raises(InputError, match="the limit is 1 KB"):
        ingest.load(path, max_bytes=1024)


# --------------------------------------------------------------------------- bad input


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


BAD_INPUTS = {
    "missing": (lambda m: m.folder / "nowhere.txt", "does not exist"),
    "directory": (lambda m: m.folder, "is a directory, not a file"),
    "empty": (lambda m: m.raw("empty.txt", b""), "is empty"),
    "blank": (lambda m: m.raw("blank.txt", b" \n\n\t \r\n"), "contains no text"),
    "binary junk": (lambda m: m.raw("junk.txt", os.urandom(4096) + b"\x00"), "looks like binary data"),
    "control bytes": (lambda m: m.raw("ctl.txt", bytes(range(1, 9)) * 200), "looks like binary data"),
    "invalid utf-8": (lambda m: m.raw("bad.txt", b"Report\n" + bytes(range(0x80, 0x100)) * 8),
                      "is not valid UTF-8"),
    "image": (lambda m: m.raw("photo.txt", b"\x89PNG\r\n\x1a\n" + os.urandom(64)), "is a PNG image"),
    "broken pdf": (lambda m: m.raw("broken.pdf", b"%PDF-1.4\n1 0 obj << garbage\n"),
                   "is not a readable PDF"),
    "truncated pdf": (lambda m: m.raw("cut.pdf", m.pdf("whole.pdf", [[SEED[:60]]]).read_bytes()[:500]),
                      "is not a readable PDF"),
    "not a pdf": (lambda m: m.raw("fake.pdf", b"just some text"), "is not a readable PDF"),
    "encrypted pdf": (lambda m: m.encrypted_pdf("locked.pdf"), "is encrypted"),
    "no text layer": (lambda m: m.image_pdf("scan.pdf"), "has no text layer"),
    "docx not a zip": (lambda m: m.raw("fake.docx", b"just some text"), "is not a readable DOCX file"),
    "docx broken zip": (lambda m: m.raw("cut.docx", m.docx("w.docx", [SEED]).read_bytes()[:300]),
                        "is not a readable DOCX file"),
    "zip without word part": (lambda m: _zip(m.folder / "other.docx", {"a.txt": b"hello"}),
                              "is not a readable DOCX file"),
    "spreadsheet": (lambda m: _zip(m.folder / "sheet.xlsx", {"xl/workbook.xml": b"<x/>"}),
                    "is a spreadsheet"),
    "old word": (lambda m: m.raw("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512)),
                 "old binary Office file"),
    "unsupported extension": (lambda m: m.text("slides.pptx", SEED), "is a presentation"),
}


@pytest.mark.parametrize("case", list(BAD_INPUTS))
def test_bad_input_raises_input_error(make, case: str) -> None:
    build, problem = BAD_INPUTS[case]
    path = build(make)
    with pytest.raises(InputError) as info:
        ingest.load(path)
    err = info.value
    assert err.path == str(path)
    assert problem in err.problem
    assert "\n" not in err.problem
    assert str(err) == f"{path}: {err.problem}"


def test_encrypted_pdf_message(make) -> None:
    with pytest.raises(InputError) as info:
        ingest.load(make.encrypted_pdf("locked.pdf"))
    assert info.value.problem == "is encrypted (password-protected); decrypt it first"


def test_no_text_layer_message_mentions_ocr(make) -> None:
    with pytest.raises(InputError, match="OCR"):
        ingest.load(make.image_pdf("scan.pdf"))


# --------------------------------------------------------------------------- normalise_text


@pytest.mark.parametrize("raw, expected", [
    ("a\r\nb\rc", "a\nb\nc"),
    ("  a  \n\n\n\n b ", "a\n\nb"),
    ("con\u00adfined", "confined"),
    ("e\u0301", "é"),
    ("\ufb01nal o\ufb03ce", "final office"),
    ("a\x00b\x07c", "abc"),
    ("page one\fpage two", "page one\npage two"),
    ("zero\u200bwidth", "zerowidth"),
])
def test_normalise_text(raw: str, expected: str) -> None:
    assert normalise_text(raw) == expected
    assert normalise_text(expected) == expected


@pytest.mark.parametrize("text, lang", [
    ("He is held in his cell 23 hours a day.", "en"),
    ("Está en su celda 23 horas al día.", "es"),
    ("Il est enfermé dans sa cellule vingt-trois heures par jour.", "fr"),
])
def test_a_short_sentence_is_decided_by_its_function_words(text: str, lang: str, monkeypatch) -> None:
    # lingua takes about a second to load its models: a one-line note must not wait for it
    monkeypatch.setattr(readers, "_detector", lambda: pytest.fail("lingua was consulted"))
    assert readers.detect_language(text) == lang


def test_a_short_text_without_clear_function_words_goes_to_lingua() -> None:
    assert readers._function_word_vote("Solitary confinement: 23 hours.") is None
    assert readers.detect_language("Luces encendidas 24 horas en la celda de aislamiento") == "es"


def test_every_kind_of_white_space_around_a_line_break_is_stripped():
    """normalise_text strips each line as str.strip does: every character with
    str.isspace() (the module lists them rather than finding them at start-up)."""
    breaks = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"  # line breaks of their own
    spaces = [c for c in map(chr, range(0x110000)) if c.isspace() and c not in breaks]
    for c in spaces:
        assert normalise_text(f"one{c}\n{c}two") == "one\ntwo", hex(ord(c))
