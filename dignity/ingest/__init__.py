"""Ingest: bytes on disk (txt, html, pdf, docx, images by OCR) -> one normalised ``Document``.

Every evidence offset in Dignity points into ``Document.text`` as produced here:
``Document.text == normalise_text(text the reader extracted)``.  The readers
themselves live in ``dignity.ingest.readers``; they import their heavy
libraries (trafilatura, pypdf, python-docx, lingua) only when first used.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata

from dignity.model import Document

__all__ = ["from_text", "from_bytes", "load", "normalise_text", "DEFAULT_MAX_BYTES"]

#: Files larger than this are refused by ``load`` (before they are read).
DEFAULT_MAX_BYTES = 50 * 1024 * 1024

# a run of spaces to fold: two or more, or one that is not a plain space (a lone " " is
# left alone, so that re.sub does not build a piece for every word of the text)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]{2,}|[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_BLANKS = re.compile(r"\n{3,}")
# whitespace around a line break, as str.strip() sees whitespace (a regex, not a list of
# every line: a 50 MB text has a million lines)
# (every c with c.isspace() but "\n", written out: finding them costs 0.1 s at start-up;
# tests/ingest checks the list against str.isspace)
_WS = ("\t\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
       "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
_LINE_EDGES = re.compile(f"[{re.escape(_WS)}]*\n[{re.escape(_WS)}]*")
# Line and page separators that are not "\n": form feed, vertical tab, NEL, LS.
_NEWLINES = re.compile(r"[\f\v\x85\u2028]")
# Control characters (C0 but tab and newline, DEL, C1) and zero-width marks.
_DROPPED = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u200b\u2060\ufeff\u00ad]")
# UTF-16 surrogate code points: never characters on their own (a str may hold them,
# e.g. from JSON "\\ud800" or a file name decoded with surrogateescape)
_SURROGATE = re.compile("[\ud800-\udfff]")
_LIGATURE = re.compile("[\ufb00-\ufb06]")
_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi",
                            "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"})


def normalise_text(text: str) -> str:
    """Unicode NFC, unified newlines, runs of spaces folded, soft hyphens dropped.

    Also: form feeds and Unicode line/paragraph separators become newlines,
    control characters and zero-width marks are dropped, typographic ligatures
    (as in PDF text layers) are spelled out, and every line is stripped.
    A lone UTF-16 surrogate becomes U+FFFD (the replacement character, one for one, so
    nothing else moves); a pair of surrogates becomes the character it encodes.
    The function is idempotent: ``normalise_text(normalise_text(t)) == normalise_text(t)``.
    """
    if _SURROGATE.search(text):
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2029", "\n\n")
    text = _NEWLINES.sub("\n", text)
    text = _DROPPED.sub("", text)
    if _LIGATURE.search(text):
        text = text.translate(_LIGATURES)
    text = unicodedata.normalize("NFC", text)
    text = _SPACES.sub(" ", text)
    text = _LINE_EDGES.sub("\n", text)
    text = _BLANKS.sub("\n\n", text)
    return text.strip()


def from_text(text: str, *, doc_id: str | None = None, path: str | None = None,
              title: str | None = None, date: str | None = None,
              language: str | None = None) -> Document:
    """A Document from text already in memory (id: sha256 of the UTF-8 text); form
    feeds in it are page breaks (``Document.pages``)."""
    pages = None
    if "\f" in text:
        from dignity.ingest.pages import join_pages

        norm, pages = join_pages(text.split("\f"), "\n")
    else:
        norm = normalise_text(text)
    if doc_id is None:
        doc_id = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return Document(id=doc_id, path=path, title=title, date=date, language=language,
                    media_type="text/plain", text=norm, pages=pages)


def load(path: str | os.PathLike[str], *, max_bytes: int | None = DEFAULT_MAX_BYTES,
         ocr: str = "auto", language: str | None = None) -> Document:
    """Read one file (text in any encoding, HTML, PDF, DOCX, or an image read by OCR)
    into a ``Document``.  ``ocr``: auto, always or never (``dignity.ingest.ocr``);
    ``language``: the document's, where known, for OCR.

    Raises ``dignity.errors.InputError`` with a one-line problem for bad input.
    """
    from dignity.ingest.readers import load as _load

    return _load(path, max_bytes=max_bytes, ocr=ocr, language=language)


def from_bytes(data: bytes, *, name: str | None = None, path: str | None = None,
               max_bytes: int | None = DEFAULT_MAX_BYTES, ocr: str = "auto",
               language: str | None = None) -> Document:
    """Like ``load`` for bytes already in memory (an upload); ``name`` gives the extension."""
    from dignity.ingest.readers import from_bytes as _from_bytes

    return _from_bytes(data, name=name, path=path, max_bytes=max_bytes, ocr=ocr, language=language)
