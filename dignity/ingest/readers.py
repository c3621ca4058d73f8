"""The readers: bytes of a text, HTML, PDF, DOCX or image file -> one ``Document``.

Scanned PDF pages and images are read by OCR (``dignity.ingest.ocr``), page by page.

The kind of a file is chosen by its content (magic bytes) and its extension.
Each reader returns the raw extracted text plus whatever metadata the format
carries; ``from_bytes`` then normalises the text (``normalise_text``), fills in
the date from a dateline where the metadata had none, detects the language and
computes the id (sha256 of the original bytes).

Every problem with the input is raised as ``InputError(path, problem)`` where
``problem`` is a short phrase that reads well after the path, e.g.
``"report.pdf: is encrypted (password-protected); decrypt it first"``.

trafilatura, pypdf, python-docx, charset-normalizer and lingua are imported
inside the functions that use them, so importing this module is cheap.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import io
import logging
import os
import re
import stat
import threading
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from dignity.errors import InputError
from dignity.ingest import DEFAULT_MAX_BYTES, normalise_text
from dignity.ingest.limits import TextCounter, check_docx, too_long
from dignity.ingest.pages import PAGE_BREAK, join_pages, place_words
from dignity.model import Document, OcrPage

__all__ = [
    "DEFAULT_MAX_BYTES",
    "MEDIA_TYPES",
    "load",
    "from_bytes",
    "sniff",
    "decode_text",
    "detect_language",
    "find_dateline",
]

logger = logging.getLogger(__name__)

MEDIA_TYPES: dict[str, str] = {
    "text": "text/plain",
    "html": "text/html",
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "image": "image/png",  # the reader names the exact type (_Raw.media_type)
}

SUPPORTED = "supported types are text, HTML, PDF, DOCX and images (PNG, JPEG, TIFF)"

_HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
_TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".rst", ".csv", ".tsv", ".log", ".eml"}
_UNSUPPORTED_SUFFIXES = {
    ".doc": "an old Word .doc file; save it as DOCX first",
    ".dot": "an old Word template; save it as DOCX first",
    ".rtf": "an RTF file; save it as DOCX or text first",
    ".odt": "an OpenDocument text file; save it as DOCX first",
    ".xls": "a spreadsheet", ".xlsx": "a spreadsheet", ".ods": "a spreadsheet",
    ".ppt": "a presentation", ".pptx": "a presentation", ".odp": "a presentation",
    ".epub": "an e-book",
    ".gif": "an image", ".bmp": "an image", ".webp": "an image",
    ".heic": "an image", ".svg": "an image",
    ".zip": "a ZIP archive", ".gz": "a compressed archive", ".tgz": "a compressed archive",
    ".bz2": "a compressed archive", ".xz": "a compressed archive", ".7z": "a compressed archive",
    ".rar": "a compressed archive", ".tar": "an archive",
    ".mp3": "an audio file", ".wav": "an audio file", ".m4a": "an audio file",
    ".mp4": "a video", ".mov": "a video", ".avi": "a video",
    ".exe": "a program", ".dll": "a program", ".so": "a program", ".bin": "binary data",
}
# (magic bytes, what it is) for formats we recognise but do not read.
_MAGIC = [
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"{\\rtf", "an RTF file; save it as DOCX or text first"),
    (b"\x1f\x8b", "a gzip-compressed file; unpack it first"),
    (b"\xfd7zXZ\x00", "an xz-compressed file; unpack it first"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive; unpack it first"),
    (b"Rar!\x1a\x07", "a RAR archive; unpack it first"),
    (b"\x7fELF", "a program, not a document"),
    (b"ID3", "an audio file"),
]
#: images read by OCR: (magic bytes, media type, what it is)
_IMAGE_MAGIC = [
    (b"\x89PNG\r\n\x1a\n", "image/png", "a PNG image"),
    (b"\xff\xd8\xff", "image/jpeg", "a JPEG image"),
    (b"II*\x00", "image/tiff", "a TIFF image"),
    (b"MM\x00*", "image/tiff", "a TIFF image"),
]
_IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff"}
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

_MB = 1024 * 1024


# --------------------------------------------------------------------------- entry points


def load(path: str | os.PathLike[str], *, max_bytes: int | None = DEFAULT_MAX_BYTES,
         ocr: str = "auto", language: str | None = None) -> Document:
    """Read the file at ``path`` into a ``Document``.

    The size is checked with ``stat`` before anything is read; ``max_bytes=None``
    lifts the limit.  Raises ``InputError`` for any bad input.  ``ocr`` (auto,
    always, never) and ``language`` (the document's, where known) are for scans.
    """
    label = os.fspath(path)
    return from_bytes(read_file(path, max_bytes=max_bytes), path=label, max_bytes=max_bytes,
                      ocr=ocr, language=language)


def read_file(path: str | os.PathLike[str], *, max_bytes: int | None = DEFAULT_MAX_BYTES,
              label: str | None = None) -> bytes:
    """The bytes of a regular, non-empty file no larger than ``max_bytes``.

    Checks with ``stat`` before reading; every problem is an ``InputError`` naming
    ``label`` (default: the path) in one line.
    """
    label = label or os.fspath(path)
    p = Path(path)
    try:
        st = p.stat()
    except (FileNotFoundError, NotADirectoryError):
        raise InputError(label, "does not exist") from None
    except PermissionError:
        raise InputError(label, "cannot be read (permission denied)") from None
    except OSError as exc:
        raise InputError(label, f"cannot be read ({exc.strerror or exc})") from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(label, "is a directory, not a file")
    if not stat.S_ISREG(st.st_mode):
        raise InputError(label, "is not a regular file")
    _check_size(label, st.st_size, max_bytes)
    if st.st_size == 0:
        raise InputError(label, "is empty")
    try:
        with open(p, "rb") as fh:
            data = fh.read() if max_bytes is None else fh.read(max_bytes + 1)
    except PermissionError:
        raise InputError(label, "cannot be read (permission denied)") from None
    except IsADirectoryError:
        raise InputError(label, "is a directory, not a file") from None
    except OSError as exc:
        raise InputError(label, f"cannot be read ({exc.strerror or exc})") from None
    _check_size(label, len(data), max_bytes)
    return data


def from_bytes(data: bytes, *, name: str | None = None, path: str | None = None,
               max_bytes: int | None = DEFAULT_MAX_BYTES, ocr: str = "auto",
               language: str | None = None) -> Document:
    """Read a document from its bytes.

    ``path`` is stored in ``Document.path``; ``name`` (or ``path``) supplies the
    file extension used, with the content, to choose the reader, and names the
    input in error messages.  ``ocr``: ``auto`` reads by OCR the PDF pages without
    usable text and every image, ``always`` every page, ``never`` none (a scan is
    then refused); ``language`` (ISO 639-1), where known, is the language OCR reads.
    """
    if ocr not in ("auto", "always", "never"):
        raise ValueError(f"ocr must be auto, always or never, not {ocr!r}")
    label = path or name or "<input>"
    _check_size(label, len(data), max_bytes)
    if not data:
        raise InputError(label, "is empty")
    suffix = Path(name or path or "").suffix.lower()
    kind = sniff(data, suffix, label=label)
    if kind in ("pdf", "image"):
        raw = (_read_pdf if kind == "pdf" else _read_image)(data, label, max_bytes, ocr=ocr, language=language)
    else:
        raw = _READERS[kind](data, label, max_bytes)
    # the extracted text counts against the same limit, in characters
    if max_bytes is not None and len(raw.text) > max_bytes:
        raise too_long(label, max_bytes, len(raw.text))
    starts: list[int] | None = None
    if raw.paged or (kind in ("text", "docx") and PAGE_BREAK in raw.text):
        text, starts = join_pages(raw.text.split(PAGE_BREAK), "\n\n" if raw.paged else "\n")
    else:
        text = normalise_text(raw.text)
    if not text:
        raise InputError(label, "contains no text")
    date = raw.date or find_dateline(text)
    for page in raw.ocr or ():
        if page.warning:
            logger.info("%s: %s", label, page.warning)
    words = place_words(text, starts, raw.ocr) if raw.ocr and starts else []
    return Document(
        id=hashlib.sha256(data).hexdigest(),
        path=path,
        language=detect_language(text),
        title=_clean_title(raw.title),
        date=date,
        media_type=raw.media_type or MEDIA_TYPES[kind],
        text=text,
        pages=starts,
        ocr=raw.ocr,
        ocr_words=words,
    )


# --------------------------------------------------------------------------- sniffing


def sniff(data: bytes, suffix: str = "", *, label: str = "<input>") -> str:
    """Which reader fits: ``"text"``, ``"html"``, ``"pdf"`` or ``"docx"``.

    Content wins over the extension where the content is unambiguous (magic
    bytes); raises ``InputError`` for recognised but unsupported formats.
    """
    suffix = suffix.lower()
    head = data[:1024]
    # PDF readers accept junk before the header (within 1 KB); only trust that
    # for files named .pdf, so that a text mentioning "%PDF-" stays text.
    if head.lstrip().startswith(b"%PDF-") or (suffix == ".pdf" and b"%PDF-" in head):
        return "pdf"
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return _sniff_zip(data, suffix, label)
    if data.startswith(_OLE_MAGIC):
        if b"E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d\x00P\x00a\x00c\x00k\x00a\x00g\x00e" in data:
            raise InputError(label, "is encrypted (a password-protected Office file); "
                                    "remove the password first")
        raise InputError(label, "is an old binary Office file (.doc, .xls or .ppt); "
                                "save it as DOCX first")
    if suffix == ".pdf":
        raise InputError(label, "is not a readable PDF (it has no PDF header)")
    if suffix == ".docx":
        raise InputError(label, "is not a readable DOCX file (it is not a ZIP package)")
    for magic, _media, what in _IMAGE_MAGIC:
        if data.startswith(magic):
            _check_image(data, label, what)
            return "image"
    if suffix in _IMAGE_SUFFIXES:
        raise InputError(label, f"is not a readable image (no {suffix[1:].upper()} header)")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(label, f"is {what}; {SUPPORTED}" if ";" not in what else f"is {what}")
    if suffix in _HTML_SUFFIXES:
        return "html"
    if suffix in _UNSUPPORTED_SUFFIXES:
        what = _UNSUPPORTED_SUFFIXES[suffix]
        raise InputError(label, f"is {what}" if ";" in what else f"is {what} ({suffix}); {SUPPORTED}")
    if suffix not in _TEXT_SUFFIXES and _looks_like_html(head):
        return "html"
    return "text"


def _check_image(data: bytes, label: str, what: str) -> None:
    """An image whose header Pillow cannot read is refused here (its pixels are not read)."""
    try:
        from PIL import Image, UnidentifiedImageError
    except ImportError:  # pragma: no cover - Pillow comes with matplotlib and WeasyPrint
        return
    try:
        with Image.open(io.BytesIO(data)) as im:
            im.size  # noqa: B018 - the header is parsed
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        raise InputError(label, f"is {what} that cannot be read ({_brief(exc)})") from None


def _sniff_zip(data: bytes, suffix: str, label: str) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
            content_types = _zip_head(zf, "[Content_Types].xml", names, 1 << 20)
            mimetype = _zip_head(zf, "mimetype", names, 100)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, KeyError, OSError, EOFError,
            ValueError, NotImplementedError) as exc:
        if suffix == ".docx":
            raise InputError(label, f"is not a readable DOCX file (damaged ZIP package: {_brief(exc)})") from None
        raise InputError(label, "is a damaged ZIP archive") from None
    if b"wordprocessingml.document.main" in content_types or b"ms-word.document.macroEnabled" in content_types \
            or b"wordprocessingml.template.main" in content_types or "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names or b"spreadsheetml" in content_types:
        raise InputError(label, f"is a spreadsheet (XLSX); {SUPPORTED}")
    if "ppt/presentation.xml" in names or b"presentationml" in content_types:
        raise InputError(label, f"is a presentation (PPTX); {SUPPORTED}")
    if mimetype.startswith(b"application/vnd.oasis.opendocument.text"):
        raise InputError(label, "is an OpenDocument text file; save it as DOCX first")
    if mimetype.startswith(b"application/epub"):
        raise InputError(label, f"is an e-book (EPUB); {SUPPORTED}")
    if suffix == ".docx":
        raise InputError(label, "is not a readable DOCX file (it has no Word document part)")
    raise InputError(label, f"is a ZIP archive, not a document; {SUPPORTED}")


def _zip_head(zf: zipfile.ZipFile, name: str, names: set[str], size: int) -> bytes:
    """The first ``size`` bytes of a member (never all of a possibly huge one)."""
    if name not in names:
        return b""
    with zf.open(name) as fh:
        return fh.read(size)


_HTML_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
                         re.IGNORECASE | re.DOTALL)


def _looks_like_html(head: bytes) -> bool:
    for bom in (b"\xef\xbb\xbf",):
        if head.startswith(bom):
            head = head[len(bom):]
    if _HTML_START.match(head):
        return True
    if head.startswith(b"\xff\xfe") or head.startswith(b"\xfe\xff"):
        try:
            return bool(_HTML_START.match(head.decode("utf-16").encode("ascii", "ignore")))
        except UnicodeDecodeError:
            return False
    return False


# --------------------------------------------------------------------------- text decoding

_BOMS = [
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
]
# Bytes that do not occur in text: C0 controls but tab, LF, VT, FF, CR, SUB (DOS EOF), ESC.
_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in (0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1A, 0x1B))
_BAD_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd\ue000-\uf8ff]")
_NOT_UTF16 = ["utf_16", "utf_16_le", "utf_16_be", "utf_32", "utf_32_le", "utf_32_be", "utf_7"]


def decode_text(data: bytes, *, label: str = "<input>", what: str = "text") -> tuple[str, str]:
    """Decode the bytes of a text file: ``(text, encoding)``.

    Byte-order marks first, then strict UTF-8, then (for text that is UTF-8 but
    for a few stray bytes) UTF-8 with replacement, then Windows-1252 where it
    gives plausible Western text, then charset-normalizer.  NUL bytes (outside
    UTF-16) or many control bytes mean binary data.
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(enc), enc
            except UnicodeDecodeError:
                raise InputError(label, f"starts with a {enc.upper()} byte-order mark "
                                        f"but is not valid {enc.upper()}") from None
    if b"\x00" in data:
        enc = _guess_utf16(data)
        if enc:
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                text = ""
            if text and _bad_ratio(text) < 0.01:
                return text, enc
        raise InputError(label, f"looks like binary data, not {what}")
    n_control = len(data) - len(data.translate(None, _CONTROL_BYTES))
    if n_control > max(2, len(data) // 100):
        raise InputError(label, f"looks like binary data, not {what}")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        first_bad = exc
    text = _mostly_utf8(data)
    if text is not None:
        logger.warning("%s: a few bytes are not valid UTF-8; they were replaced", label)
        return text, "utf-8"
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and _plausible_western(text):
        return text, "cp1252"
    try:
        from charset_normalizer import from_bytes as _cn_from_bytes
    except ImportError:  # pragma: no cover - a declared dependency
        _cn_from_bytes = None
    if _cn_from_bytes is not None:
        try:
            matches = list(_cn_from_bytes(data, cp_exclusion=_NOT_UTF16))[:5]
        except Exception as exc:  # noqa: BLE001 - a detector bug must not stop the read
            logger.debug("%s: charset-normalizer failed: %s", label, exc)
            matches = []
        for match in matches:
            candidate = str(match)
            if candidate and _bad_ratio(candidate) < 0.005:
                logger.info("%s: decoded as %s", label, match.encoding)
                return candidate, match.encoding
    bad_byte = first_bad.object[first_bad.start]
    raise InputError(label, f"is not valid UTF-8 (byte 0x{bad_byte:02x} at offset {first_bad.start}) "
                            f"and does not decode as {what} in any other encoding")


def _guess_utf16(data: bytes) -> str | None:
    """UTF-16 without BOM: mostly-ASCII text has NULs in every other byte."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.3 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _bad_ratio(text: str) -> float:
    return len(_BAD_CHARS.findall(text)) / max(1, len(text))


def _mostly_utf8(data: bytes) -> str | None:
    """Text that is UTF-8 but for a few stray bytes (at most 1 in 1000)."""
    text = data.decode("utf-8", errors="replace")
    n_bad = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    n_multibyte = sum(1 for ch in text if ord(ch) > 0x7F and ch != "\ufffd")
    if n_bad <= max(1, len(data) // 1000) and n_multibyte >= 3 * n_bad:
        return text
    return None


def _plausible_western(text: str) -> bool:
    """Windows-1252 text that reads like English, Spanish or French, not mojibake."""
    if _bad_ratio(text) > 0.005:
        return False
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return True
    non_ascii = sum(1 for ch in letters if ord(ch) > 0x7F)
    return non_ascii / len(letters) < 0.2


# --------------------------------------------------------------------------- readers


@dataclass
class _Raw:
    text: str
    title: str | None = None
    date: str | None = None
    media_type: str | None = None
    ocr: list[OcrPage] | None = None
    #: the format has pages (PDF, images): pages are kept even for one page; other
    #: readers' texts have pages where they hold a page break (``PAGE_BREAK``)
    paged: bool = False


def _read_text(data: bytes, label: str, max_bytes: int | None) -> _Raw:
    text, encoding = decode_text(data, label=label)
    logger.debug("%s: text, %s", label, encoding)
    if not text.strip():
        raise InputError(label, "contains no text")
    return _Raw(text)


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)


def _decode_html(data: bytes, label: str) -> str:
    if not any(data.startswith(bom) for bom, _ in _BOMS) and b"\x00" not in data[:4096]:
        declared = _META_CHARSET.search(data[:4096])
        if declared:
            import codecs

            name = declared.group(1).decode("ascii", "ignore")
            try:
                codec = codecs.lookup(name).name
            except LookupError:
                codec = None
            if codec in ("latin-1", "iso8859-1", "ascii"):
                codec = "cp1252"  # what browsers do
            if codec and not codec.startswith("utf-16") and not codec.startswith("utf-32"):
                try:
                    text = data.decode(codec)
                except UnicodeDecodeError:
                    pass
                else:
                    if _bad_ratio(text) < 0.005:
                        return text
    text, _ = decode_text(data, label=label, what="HTML")
    return text


def _read_html(data: bytes, label: str, max_bytes: int | None) -> _Raw:
    html = _decode_html(data, label)
    if not html.strip():
        raise InputError(label, "contains no text")
    if _too_deep_for_lxml(html):
        # libxml2 (under trafilatura and lxml) stops at 256 nested elements and drops the
        # rest; a streaming reader has no depth limit and reads the whole page.
        logger.info("%s: HTML nested too deeply for lxml; read as a stream of text", label)
        return _Raw(*_stream_text(html))
    text = title = date = None
    try:
        import trafilatura

        result = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                             include_tables=True, include_images=False,
                                             include_links=False, include_formatting=False)
    except Exception as exc:  # noqa: BLE001 - fall back to a plain text dump
        logger.warning("%s: trafilatura failed (%s); using a plain text dump", label, _brief(exc))
        result = None
    if result is not None:
        get: Callable[[str], Any] = (result.get if isinstance(result, dict)
                                     else lambda key: getattr(result, key, None))
        body = get("body")
        text = _render_trafilatura_body(body) if body is not None else None
        if not (text and text.strip()):
            text = (get("text") or "").replace("\n", "\n\n")
        title = get("title")
        date = _iso_date(get("date"))
    if not (text and text.strip()):
        text, fallback_title, fallback_date = _lxml_text(html, label)
        title = title or fallback_title
        date = date or fallback_date
    if not (text and text.strip()):  # never "no text" because a parser gave up
        text, fallback_title, fallback_date = _stream_text(html)
        title = title or fallback_title
        date = date or fallback_date
    return _Raw(text, title, date)


def _too_deep_for_lxml(html: str) -> bool:
    """Whether libxml2's HTML parser gives up on this page (elements nested deeper
    than its limit of 256: everything inside is silently dropped)."""
    import lxml.html

    parser = lxml.html.HTMLParser()
    try:
        lxml.html.document_fromstring(_XML_DECL.sub("", html, count=1), parser=parser)
    except Exception:  # noqa: BLE001 - not a depth problem: the usual path reports it
        return False
    return any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log)


_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "nav", "footer", "aside", "form",
              "button", "menu"}


def _stream_text(html: str) -> tuple[str, str | None, str | None]:
    """The text of a page read as a stream of tags (Python's ``html.parser``: no tree,
    no depth limit, linear time), without scripts and navigation, its <title> and the
    date of its <meta> tags.  Blocks are separated as in ``_lxml_text``."""
    from html.parser import HTMLParser

    parts: list[str] = []
    state: dict[str, Any] = {"skip": 0, "in_title": False, "title": [], "date": None}

    def sep(mark: str) -> None:
        if parts and parts[-1] in ("\n\n", "\n"):
            if mark == "\n\n":
                parts[-1] = mark
            return
        parts.append(mark)

    class _Reader(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag == "title":
                state["in_title"] = True
            elif tag == "meta" and state["date"] is None:
                a = {k: v or "" for k, v in attrs}
                key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
                if key in _META_DATES:
                    state["date"] = _iso_date(a.get("content"))
            if tag in _SKIP_TAGS:
                state["skip"] += 1
            elif tag in _BLOCK_TAGS:
                sep("\n\n")
            elif tag == "br":
                sep("\n")

        def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag in _SKIP_TAGS:
                return  # <svg/>: nothing inside
            self.handle_starttag(tag, attrs)

        def handle_endtag(self, tag: str) -> None:
            if tag == "title":
                state["in_title"] = False
            if tag in _SKIP_TAGS:
                state["skip"] = max(0, state["skip"] - 1)
            elif tag in _BLOCK_TAGS:
                sep("\n\n")
            elif tag in ("td", "th"):
                parts.append(" | ")

        def handle_data(self, data: str) -> None:
            if state["in_title"]:
                state["title"].append(data)
            elif not state["skip"]:
                parts.append(data)

    reader = _Reader(convert_charrefs=True)
    reader.feed(_XML_DECL.sub("", html, count=1))
    reader.close()
    title = " ".join("".join(state["title"]).split()) or None
    return "".join(parts), title, state["date"]


def _render_trafilatura_body(body: Any) -> str:
    """trafilatura's XML body -> text: blocks separated by a blank line, <lb/> -> newline,
    list items one a line, table rows one a line with cells separated by ' | '."""
    blocks: list[str] = []
    if body.text and body.text.strip():
        blocks.append(body.text)
    for child in body:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "list":
            blocks.append("\n".join(_inline(item) for item in child if item.tag == "item"))
        elif tag == "table":
            rows = []
            for row in child.iter("row"):
                cells = [_inline(cell).replace("\n", " ").strip() for cell in row if cell.tag == "cell"]
                rows.append(" | ".join(c for c in cells if c))
            blocks.append("\n".join(r for r in rows if r))
        elif tag:
            blocks.append(_inline(child))
        if child.tail and child.tail.strip():
            blocks.append(child.tail)
    return "\n\n".join(b.strip() for b in blocks if b and b.strip())


def _inline(el: Any) -> str:
    # Raw newlines inside trafilatura's text separate blocks (its baseline
    # extraction for short pages puts a whole page in one <p>); <lb/> is a line break.
    parts = [(el.text or "").replace("\n", "\n\n")]
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "lb":
            parts.append("\n")
        elif tag in ("p", "head", "item", "row", "list", "table", "quote", "code"):
            parts.append("\n" + _inline(child) + "\n")
        elif tag == "cell":
            parts.append(" " + _inline(child) + " ")
        elif tag:
            parts.append(_inline(child))
        parts.append((child.tail or "").replace("\n", "\n\n"))
    return "".join(parts)


_BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "aside", "header", "footer", "nav", "blockquote",
    "pre", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table",
    "tr", "figure", "figcaption", "address", "hr", "form", "fieldset", "details", "summary",
}


_META_DATES = ("article:published_time", "og:published_time", "datepublished", "date",
               "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created", "pubdate",
               "publishdate", "citation_publication_date")


def _lxml_text(html: str, label: str) -> tuple[str, str | None, str | None]:
    """A plain text dump of the page without scripts and navigation, its <title>
    and the date of its <meta> tags: the fallback when trafilatura finds nothing."""
    import lxml.html
    from lxml import etree

    source = _XML_DECL.sub("", html, count=1)
    try:
        root = lxml.html.document_fromstring(source)
    except (etree.ParserError, ValueError) as exc:
        raise InputError(label, f"is not readable HTML ({_brief(exc)})") from None
    title = root.findtext(".//title")
    date = None
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in _META_DATES:
            date = _iso_date(meta.get("content"))
            if date:
                break
    for el in root.xpath("//script|//style|//noscript|//template|//head|//svg|//nav|//footer"
                         "|//aside|//form|//button|//menu"):
        if el.getparent() is not None:
            el.drop_tree()  # keeps the text that follows the element
    for el in root.iter():
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _BLOCK_TAGS:
            el.text = "\n\n" + (el.text or "")
            el.tail = "\n\n" + (el.tail or "")
        elif tag == "br":
            el.tail = "\n" + (el.tail or "")
        elif tag in ("td", "th"):
            el.tail = " | " + (el.tail or "")
    return root.text_content(), (title.strip() if title else None), date


def _read_pdf(data: bytes, label: str, max_bytes: int | None, *, ocr: str = "auto",
              language: str | None = None) -> _Raw:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError

    needs_crypto = InputError(label, "is encrypted with AES, which needs the 'cryptography' package to "
                                     "open (pip install cryptography)")
    try:
        reader = PdfReader(io.BytesIO(data))
    except DependencyError:
        raise needs_crypto from None
    except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds on damaged files
        raise InputError(label, f"is not a readable PDF ({_brief(exc)})") from None
    try:
        encrypted = reader.is_encrypted
    except Exception as exc:  # noqa: BLE001
        raise InputError(label, f"is not a readable PDF ({_brief(exc)})") from None
    if encrypted:
        # Many PDFs carry only an owner password (restrictions) and open with "".
        try:
            opened = reader.decrypt("")
        except DependencyError:
            raise needs_crypto from None
        except Exception:  # noqa: BLE001
            opened = 0
        if not opened:
            raise InputError(label, "is encrypted (password-protected); decrypt it first")
    try:
        pages = list(reader.pages)
    except Exception as exc:  # noqa: BLE001
        raise InputError(label, f"is not a readable PDF ({_brief(exc)})") from None
    if not pages:
        raise InputError(label, "is not a readable PDF (it has no pages)")
    texts: list[str] = []
    failed = 0
    counter = TextCounter(label, max_bytes)  # stops at the page that passes the limit
    for number, page in enumerate(pages, start=1):
        try:
            texts.append(counter.add(page.extract_text() or ""))
        except DependencyError:  # the password check passed, the streams need AES
            raise needs_crypto from None
        except InputError:
            raise
        except Exception as exc:  # noqa: BLE001
            failed += 1
            logger.warning("%s: page %d: no text could be extracted (%s)", label, number, _brief(exc))
            texts.append("")
    if failed == len(pages):
        raise InputError(label, "is not a readable PDF (no page could be read)")
    ocr_pages: list[OcrPage] | None = None
    if ocr != "never":
        texts, ocr_pages = _ocr_pdf_pages(data, label, texts, counter, ocr=ocr, language=language)
    text = PAGE_BREAK.join(_join_hyphenated(t.replace(PAGE_BREAK, "\n")) for t in texts)
    if not any(ch.isalpha() for ch in text):
        if ocr_pages:
            raise InputError(label, "has no text layer, and OCR found no text on its pages "
                                    "(blank or unreadable)")
        raise InputError(label, "has no text layer (it is probably a scanned image); "
                                "read it with OCR (--ocr auto) or run OCR on it first")
    title = date = None
    try:
        meta = reader.metadata
    except Exception:  # noqa: BLE001
        meta = None
    if meta is not None:
        try:
            title = meta.title
        except Exception:  # noqa: BLE001
            title = None
        try:
            created = meta.creation_date
        except Exception:  # noqa: BLE001 - a malformed date string
            created = None
        if created is not None:
            date = created.date().isoformat()
    return _Raw(text, title if isinstance(title, str) else None, date, ocr=ocr_pages or None, paged=True)


def _ocr_pdf_pages(data: bytes, label: str, texts: list[str], counter: TextCounter, *, ocr: str,
                   language: str | None) -> tuple[list[str], list[OcrPage]]:
    """The pages' texts with those without usable text (``ocr="always"``: every page)
    read by OCR, and the pages OCR read.  The text limit counts the OCR text too."""
    from dignity.ingest import ocr as _ocr

    todo = [i for i, t in enumerate(texts) if ocr == "always" or not _ocr.has_usable_text(t)]
    if not todo:
        return texts, []
    if not _ocr.available():
        if len(todo) < len(texts):  # the text pages are read; the others said once
            logger.warning("%s: %d page(s) without a text layer were not read: %s", label, len(todo),
                           _ocr.INSTALL_HINT)
            return texts, []
        _ocr.check_available(label, "has no text layer")
    if language is None:  # a mixed PDF: the language of its text pages
        known = "\n".join(t for i, t in enumerate(texts) if i not in todo)
        if sum(1 for ch in known if ch.isalpha()) >= 200:
            language = detect_language(known)
    langs = _ocr.ocr_languages(language)
    texts = list(texts)
    pages: list[OcrPage] = []
    import tempfile

    with tempfile.TemporaryDirectory(prefix="dignity-ocr-") as workdir:
        pdf_path = os.path.join(workdir, "in.pdf")
        with open(pdf_path, "wb") as fh:
            fh.write(data)
        for i in todo:
            page = _ocr.ocr_pdf_page(pdf_path, i + 1, langs, workdir)
            pages.append(page)
            if page.text or ocr != "always":  # the OCR text replaces the layer's, in the count too
                counter.total -= len(texts[i])
                counter.add(page.text)
                texts[i] = page.text
    return texts, pages


def _read_image(data: bytes, label: str, max_bytes: int | None, *, ocr: str = "auto",
                language: str | None = None) -> _Raw:
    """An image (PNG, JPEG, TIFF, multi-page TIFF): every frame read by OCR, a page each."""
    from dignity.ingest import ocr as _ocr

    media, what = next(((m, w) for magic, m, w in _IMAGE_MAGIC if data.startswith(magic)),
                       ("image/png", "an image"))
    if ocr == "never":
        raise InputError(label, f"is {what}, which can only be read with OCR (not with --ocr never)")
    _ocr.check_available(label, f"is {what}")
    counter = TextCounter(label, max_bytes)
    texts: list[str] = []
    pages: list[OcrPage] = []
    try:
        for page in _ocr.ocr_image(data, label, _ocr.ocr_languages(language)):
            pages.append(page)
            texts.append(counter.add(page.text))
    except InputError as exc:
        if exc.problem.startswith("is not a readable image"):
            detail = exc.problem[len("is not a readable image"):]
            raise InputError(label, f"is {what} that cannot be read{detail}") from None
        raise
    text = PAGE_BREAK.join(_join_hyphenated(t) for t in texts)
    if not any(ch.isalpha() for ch in text):
        raise InputError(label, f"is {what} in which OCR found no text (blank or unreadable)")
    return _Raw(text, media_type=media, ocr=pages, paged=True)


_HYPHENATED = re.compile(r"(?<=[^\W\d_])-[ \t]*\n[ \t]*(?=[a-zà-öø-ÿ])")


def _join_hyphenated(text: str) -> str:
    """Words split over two lines by a hyphen ("soli-\\ntary") are joined again."""
    return _HYPHENATED.sub("", text)


def _read_docx(data: bytes, label: str, max_bytes: int | None) -> _Raw:
    limit = 10 * (max_bytes or DEFAULT_MAX_BYTES)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            unpacked = sum(info.file_size for info in zf.infolist())
            if unpacked <= limit:
                check_docx(zf, label, max_bytes)  # its text, counted as it is read
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001
        raise InputError(label, f"is not a readable DOCX file ({_brief(exc)})") from None
    if unpacked > limit:
        raise InputError(label, f"is too large when unpacked ({human_size(unpacked)}; "
                                f"the limit is {human_size(limit)})")
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - python-docx raises many kinds on damaged files
        raise InputError(label, f"is not a readable DOCX file ({_brief(exc)})") from None
    try:
        breaks = _docx_break_tag(document)
        blocks = _docx_blocks(document, breaks)
    except Exception as exc:  # noqa: BLE001
        raise InputError(label, f"is not a readable DOCX file ({_brief(exc)})") from None
    title = date = None
    try:
        props = document.core_properties
        title = props.title
        created = props.created
        # python-docx's own template says 2013-12-23 23:15: not the document's date.
        if created is not None and not (created.replace(tzinfo=None) == _dt.datetime(2013, 12, 23, 23, 15)
                                        and (props.author or "") in ("", "python-docx")):
            date = created.date().isoformat()
    except Exception:  # noqa: BLE001
        pass
    return _Raw("\n\n".join(blocks), title, date)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
#: the page breaks Word wrote where it laid out the pages when the file was last saved
_RENDERED_BREAK = _W + "lastRenderedPageBreak"


def _docx_break_tag(document: Any) -> str | None:
    """Which marks are the page breaks: Word's rendered page breaks where the file has
    them (every page, as Word laid it out), else the explicit page breaks (None: none)."""
    body = document.element.body
    if next(body.iter(_RENDERED_BREAK), None) is not None:
        return _RENDERED_BREAK
    if any(br.get(_W + "type") == "page" for br in body.iter(_W + "br")):
        return _W + "br"
    return None


def _paragraph_text(p: Any, breaks: str | None) -> str:
    """A paragraph's text with ``PAGE_BREAK`` where a page break stands in it (as
    python-docx reads it where it has none)."""
    if breaks is None:
        return p.text
    el = p._p
    marks = [m for m in el.iter(breaks) if breaks == _RENDERED_BREAK or m.get(_W + "type") == "page"]
    if not marks:
        return p.text
    parts: list[str] = []
    for node in el.iter():
        tag = node.tag
        if tag == _W + "t":
            parts.append(node.text or "")
        elif tag == _W + "tab":
            parts.append("\t")
        elif tag == _W + "noBreakHyphen":
            parts.append("-")
        elif tag in (_W + "br", _W + "cr"):
            page = tag == _W + "br" and node.get(_W + "type") == "page"
            parts.append(PAGE_BREAK if page and breaks != _RENDERED_BREAK else ("" if page else "\n"))
        elif tag == _RENDERED_BREAK:
            parts.append(PAGE_BREAK)
    return "".join(parts)


def _docx_blocks(container: Any, breaks: str | None = None) -> list[str]:
    """Paragraphs one a block; a table's rows one a line, cells separated by ' | ';
    ``breaks`` (``_docx_break_tag``): the page breaks kept in the text (``PAGE_BREAK``)."""
    from docx.table import Table

    if hasattr(container, "iter_inner_content"):
        items = list(container.iter_inner_content())
    else:  # python-docx < 1.0: paragraphs, then tables
        items = list(container.paragraphs) + list(container.tables)
    blocks: list[str] = []
    for item in items:
        if isinstance(item, Table):
            rows = []
            for row in item.rows:
                seen: set[int] = set()
                cells = []
                for cell in row.cells:
                    if id(cell._tc) in seen:  # a merged cell repeats
                        continue
                    seen.add(id(cell._tc))
                    cell_text = " ".join(b.replace("\n", " ") for b in _docx_blocks(cell))
                    if cell_text.strip():
                        cells.append(cell_text.strip())
                if cells:
                    rows.append(" | ".join(cells))
            if rows:
                blocks.append("\n".join(rows))
        else:
            text = _paragraph_text(item, breaks)
            if text and (text.strip() or PAGE_BREAK in text):
                blocks.append(text)
    return blocks


_READERS: dict[str, Callable[[bytes, str, int | None], _Raw]] = {
    "text": _read_text,
    "html": _read_html,
    "pdf": _read_pdf,
    "docx": _read_docx,
}


# --------------------------------------------------------------------------- metadata helpers

_MONTHS = {
    # English
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    # Spanish
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    # French
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
}
_MONTH_RE = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
_DATE_PATTERNS = [
    # 2017-03-28
    (re.compile(r"(?<![\d-])(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)(?![\d-])"), False),
    # March 28, 2017 / Mar. 28 2017
    (re.compile(rf"\b(?P<mon>{_MONTH_RE})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b",
                re.IGNORECASE), True),
    # 28 March 2017 / 28th of March, 2017 / 28 de marzo de 2017 / 1er mars 2017
    (re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th|er)?\s+(?:of\s+|de\s+)?(?P<mon>{_MONTH_RE})\.?,?"
                rf"\s+(?:de\s+|del\s+)?(?P<y>(?:19|20)\d\d)\b", re.IGNORECASE), True),
]


def find_dateline(text: str, *, window: int = 300) -> str | None:
    """The ISO date of a dateline near the start of ``text`` ("March 28, 2017",
    "28 March 2017", "28 de marzo de 2017", "2017-03-28"), or None."""
    head = text[:window]
    best: tuple[int, str] | None = None
    for pattern, named_month in _DATE_PATTERNS:
        for m in pattern.finditer(head):
            month = _MONTHS[m.group("mon").lower()] if named_month else int(m.group("m"))
            try:
                value = _dt.date(int(m.group("y")), month, int(m.group("d")))
            except ValueError:
                continue
            if best is None or m.start() < best[0]:
                best = (m.start(), value.isoformat())
            break
    return best[1] if best else None


def _iso_date(value: Any) -> str | None:
    if isinstance(value, (_dt.date, _dt.datetime)):
        return (value.date() if isinstance(value, _dt.datetime) else value).isoformat()
    if isinstance(value, str):
        m = re.match(r"\s*((?:19|20)\d\d)-(\d\d)-(\d\d)", value)
        if m:
            try:
                return _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
            except ValueError:
                return None
    return None


_FILENAME_TITLE = re.compile(r"\.(docx?|pdf|rtf|odt|txt|indd|pages|html?)$", re.IGNORECASE)


def _clean_title(title: str | None) -> str | None:
    """Metadata titles that are empty, 'untitled' or a file name are no titles."""
    if not title or not isinstance(title, str):
        return None
    title = " ".join(title.split())
    title = re.sub(r"^Microsoft (?:Word|PowerPoint) - ", "", title)
    if not title or title.lower() in ("untitled", "untitled document", "title", "none") \
            or _FILENAME_TITLE.search(title):
        return None
    return title


_DETECTOR: Any = None
_DETECTOR_LOCK = threading.Lock()
_DETECTOR_FAILED = False


#: the languages told apart: those with a pack (en, es, fr) and those a monitor meets
#: most without one, so that a German or Portuguese report is named as such (and then
#: "not assessed") rather than taken for the nearest language with rules
DETECTED = ("ENGLISH", "SPANISH", "FRENCH", "GERMAN", "PORTUGUESE", "ITALIAN", "DUTCH", "ARABIC",
            "RUSSIAN", "TURKISH", "POLISH", "UKRAINIAN")


def _detector() -> Any:
    """The lingua detector (``DETECTED``), built once on first use."""
    global _DETECTOR, _DETECTOR_FAILED
    if _DETECTOR is None and not _DETECTOR_FAILED:
        with _DETECTOR_LOCK:
            if _DETECTOR is None and not _DETECTOR_FAILED:
                try:
                    from lingua import Language, LanguageDetectorBuilder

                    _DETECTOR = LanguageDetectorBuilder.from_languages(
                        *(getattr(Language, name) for name in DETECTED)).build()
                except Exception as exc:  # noqa: BLE001 - detection is a nicety
                    _DETECTOR_FAILED = True
                    logger.warning("language detection is off (%s)", _brief(exc))
    return _DETECTOR


def detect_language(text: str, *, default: str = "en", min_letters: int = 20,
                    sample: int = 5000) -> str:
    """ISO 639-1 code ("en", "es", "fr", "de" ...) of ``text``; ``default`` for very short text."""
    head = text[:sample]
    if sum(1 for ch in head if ch.isalpha()) < min_letters:
        return default
    quick = _function_word_vote(head)
    if quick is not None:
        return quick
    detector = _detector()
    if detector is None:
        return default
    try:
        ranked = detector.compute_language_confidence_values(head)
    except Exception as exc:  # noqa: BLE001
        logger.warning("language detection failed (%s)", _brief(exc))
        return default
    if not ranked:
        return default
    # too close to call ("poor to non-existent ventilation": French 0.36, English 0.32):
    # the default, rather than another language's rules or none
    if len(ranked) > 1 and ranked[0].value < _CLEAR_MARGIN * ranked[1].value:
        return default
    return ranked[0].language.iso_code_639_1.name.lower()


#: lingua's first language must be this many times as likely as the second
_CLEAR_MARGIN = 1.5


_FUNCTION_WORDS = {
    "en": frozenset("the and of to in is was that with for his her he she they by on are were not".split()),
    "es": frozenset("el la los las de que y en del por con para una su se al es fue".split()),
    "fr": frozenset("le la les des et de du que en une pour dans par sur est qui au aux".split()),
    # languages without a pack, so that their texts are not taken for one with rules
    # (no word here is also an English one)
    "de": frozenset("der und ist nicht dem ein eine mit von auf für sich wird werden wurde zum zur".split()),
    "pt": frozenset("os dos das em não com uma ao pela pelo são foi está também pelos".split()),
}


def _function_word_vote(text: str) -> str | None:
    """The language whose function words clearly dominate, or None when in doubt.

    Most documents, short ones too, are decided here in microseconds; lingua (about
    1.3 s to load its models) only sees the ambiguous ones.
    """
    words = re.findall(r"[a-záéíóúñàâçèêëîïôûùãõäöüß]+", text.lower())
    if not words:
        return None
    counts = {lang: sum(1 for w in words if w in fw) for lang, fw in _FUNCTION_WORDS.items()}
    ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
    (best, n1), (_, n2) = ranked[0], ranked[1]
    if len(words) >= 30:
        return best if n1 >= 0.15 * len(words) and n1 >= 3 * max(n2, 1) else None
    # a sentence or two: at least two function words of one language and none, or at
    # most one for every three, of the others ("He is held in his cell 23 hours a day")
    if n1 >= 2 and n1 >= 0.15 * len(words) and n1 >= 3 * n2:
        return best
    return None


# --------------------------------------------------------------------------- small helpers


def _check_size(label: str, size: int, max_bytes: int | None) -> None:
    if max_bytes is not None and size > max_bytes:
        raise InputError(label, f"is too large ({human_size(size)}; the limit is {human_size(max_bytes)})")


def human_size(n: int) -> str:
    for unit, factor in (("GB", 1024 ** 3), ("MB", _MB), ("KB", 1024)):
        if n >= factor:
            value = n / factor
            text = f"{value:.0f}" if value >= 10 or value == int(value) else f"{value:.1f}"
            return f"{text} {unit}"
    return f"{n} bytes"


def _brief(exc: BaseException) -> str:
    """An exception as a short phrase for a one-line message."""
    message = " ".join(str(exc).split())
    if len(message) > 120:
        message = message[:117] + "..."
    return message or type(exc).__name__
