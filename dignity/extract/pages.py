"""Evidence on its page: the page number of every evidence span, and for text read
by OCR the lowest confidence of its words and their box on the page image.

Computed from offsets (``Document.pages``, ``Document.ocr_words``) once a document's
facts are found, and stored in each ``Evidence``; a fact any of whose evidence rests
on a word read below ``LOW_CONFIDENCE`` is marked ``low_confidence``.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Iterable

from dignity.model import LOW_CONFIDENCE, Document, Evidence, Fact, PageRegion

__all__ = ["place_evidence"]

#: pixels added around the words' box (the line above and below shows the context)
MARGIN = 24


def place_evidence(facts: Iterable[Fact], document: Document) -> None:
    """Fill in ``page``, ``ocr_confidence`` and ``region`` of every evidence of ``facts``
    that points into ``document``, and ``Fact.low_confidence``."""
    if not document.pages and not document.ocr_words:
        return
    words = document.ocr_words
    word_starts = [w[0] for w in words]
    pages = {p.page: p for p in document.ocr or ()}
    for fact in facts:
        for ev in fact.evidence:
            if ev.document != document.id:
                continue
            ev.page = document.page_of(ev.start)
            if words:
                _read_by_ocr(ev, words, word_starts, pages)
        fact.low_confidence = any(ev.ocr_confidence is not None and ev.ocr_confidence < LOW_CONFIDENCE
                                  for ev in fact.evidence)


def _read_by_ocr(ev: Evidence, words: list, word_starts: list[int], pages: dict) -> None:
    # the words that overlap the span: those starting before its end and ending after its start
    i = bisect_left(word_starts, ev.start)
    while i > 0 and words[i - 1][1] > ev.start:
        i -= 1
    hits = []
    while i < len(words) and words[i][0] < ev.end:
        if words[i][1] > ev.start:
            hits.append(words[i])
        i += 1
    if not hits:
        return
    ev.ocr_confidence = round(min(w[2] for w in hits), 1)
    page = hits[0][3]
    boxes = [w[4] for w in hits if w[3] == page and w[4][2] > w[4][0]]
    if not boxes:
        return
    info = pages.get(page)
    left = max(0, min(b[0] for b in boxes) - MARGIN)
    top = max(0, min(b[1] for b in boxes) - MARGIN)
    ev.region = PageRegion(page=page, box=(left, top, max(b[2] for b in boxes) + MARGIN,
                                           max(b[3] for b in boxes) + MARGIN),
                           dpi=info.dpi if info else None, rotated=info.rotated if info else 0)
