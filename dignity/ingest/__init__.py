"""Ingest: bytes on disk (txt, html, pdf, docx) -> one normalised ``Document``.

Every evidence offset in Dignity points into ``Document.text`` as produced here.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from dignity.model import Document

__all__ = ["from_text", "load", "normalise_text"]

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_BLANKS = re.compile(r"\n{3,}")


def normalise_text(text: str) -> str:
    """Unicode NFC, unified newlines, runs of spaces folded, soft hyphens dropped."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00ad", "")
    text = text.replace("\ufeff", "")
    text = _SPACES.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    text = _BLANKS.sub("\n\n", text)
    return text.strip()


def from_text(text: str, *, doc_id: str | None = None, path: str | None = None,
              title: str | None = None, date: str | None = None,
              language: str | None = None) -> Document:
    """A Document from text already in memory (id: sha256 of the UTF-8 text)."""
    norm = normalise_text(text)
    if doc_id is None:
        doc_id = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Document(id=doc_id, path=path, title=title, date=date, language=language,
                    media_type="text/plain", text=norm)


def load(path, **kwargs) -> Document:  # replaced by the full reader set in readers.py
    from dignity.ingest.readers import load as _load

    return _load(path, **kwargs)
