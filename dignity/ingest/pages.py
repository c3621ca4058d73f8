"""Pages: where each page of a document starts in its text, and where each word
read by OCR stands in it.

A reader gives its pages' texts (a PDF's pages, an image's frames, a DOCX or a text
file cut at its page breaks); ``join_pages`` normalises each page
(``dignity.ingest.normalise_text``) and joins them, so that
``Document.pages[i]`` is the offset of page ``i + 1`` in ``Document.text``.  An
empty page starts where the next page starts (``Document.page_of`` then names the
page that has the text).  ``place_words`` finds every OCR word of a page in that
page's text, with its confidence and its box on the page image.
"""

from __future__ import annotations

from typing import Sequence

from dignity.ingest import normalise_text
from dignity.model import OcrPage

__all__ = ["PAGE_BREAK", "join_pages", "place_words"]

#: what a reader puts between two pages of its raw text (form feed)
PAGE_BREAK = "\f"


def join_pages(pages: Sequence[str], sep: str = "\n\n") -> tuple[str, list[int]]:
    """``(text, starts)``: the pages normalised and joined by ``sep`` (a blank line for
    PDF pages and images; a line break where a text or DOCX file had a page break,
    as a form feed always read), and the offset in ``text`` where each page starts
    (one per page, empty pages too).

    ``normalise_text(text) == text``: the text is normalised as any other."""
    parts: list[str] = []
    starts: list[int] = []
    waiting = 0  # empty pages whose start is that of the next page with text
    pos = 0
    for page in pages:
        norm = normalise_text(page)
        if not norm:
            waiting += 1
            continue
        if parts:
            pos += len(sep)
        starts.extend([pos] * (waiting + 1))
        waiting = 0
        parts.append(norm)
        pos += len(norm)
    starts.extend([pos] * waiting)
    return sep.join(parts), starts


def place_words(text: str, starts: Sequence[int], ocr: Sequence[OcrPage]
                ) -> list[tuple[int, int, float, int, tuple[int, int, int, int]]]:
    """Every OCR word found in the text of its page: ``(start, end, confidence, page, box)``.

    Words are looked for in order, each after the one before; a word the text does not
    hold as read (a hyphenated half joined to the next line: "soli-") is looked for
    without its hyphen, and skipped when it is not found near where it should be."""
    out: list[tuple[int, int, float, int, tuple[int, int, int, int]]] = []
    for page in ocr:
        if not page.words or not page.boxes or not 1 <= page.page <= len(starts):
            continue
        begin = starts[page.page - 1]
        end = starts[page.page] if page.page < len(starts) else len(text)
        cursor = begin
        for (word, conf), box in zip(page.words, page.boxes):
            for form in _forms(word):
                at = text.find(form, cursor, min(end, cursor + len(form) + 40))
                if at >= 0:
                    out.append((at, at + len(form), conf, page.page, tuple(box)))  # type: ignore[arg-type]
                    cursor = at + len(form)
                    break
    return out


def _forms(word: str) -> list[str]:
    forms = [word]
    norm = normalise_text(word)
    if norm and norm != word:
        forms.append(norm)
    if len(word) > 1 and word.endswith("-"):
        forms.append(word[:-1])
    return forms
