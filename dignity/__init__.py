"""Dignity: read reports about people in detention into evidence-backed facts,
and assess them against international standards of humane treatment.

Public API::

    import dignity
    ex = dignity.extract("he is confined to his cell 23 hours a day")
    ex = dignity.extract(Path("letter.pdf"))
    a = dignity.assess(Path("letter.pdf"), as_of="2017-04-01")   # + findings

The subpackages are the pipeline's stages: ``ingest``, ``extract``, ``assess``,
``eval`` ...; ``dignity.model`` holds the types they share.
"""

from __future__ import annotations

import os
from pathlib import Path

# Import the stage packages before defining the functions of the same name, so
# that ``dignity.extract`` is the function and the package stays importable as
# ``from dignity.extract.engine import ...``.
import dignity.assess as _assess_pkg  # noqa: F401
import dignity.extract as _extract_pkg  # noqa: F401
from dignity.model import Assessment, Document, Extraction, Fact, Finding

__version__ = "0.1.0"
__all__ = ["extract", "assess", "load_document", "Document", "Extraction", "Fact", "Finding",
           "Assessment", "__version__"]


def load_document(source: str | os.PathLike[str] | Document, *, date: str | None = None,
                  title: str | None = None) -> Document:
    """A ``Document`` from a path (txt, html, pdf, docx) or from text in memory."""
    from dignity import ingest

    if isinstance(source, Document):
        doc = source
    elif isinstance(source, os.PathLike):
        doc = ingest.load(Path(source))
    elif _looks_like_path(source):
        doc = ingest.load(Path(source))
    else:
        doc = ingest.from_text(source)
    if date is not None:
        doc = doc.model_copy(update={"date": date})
    if title is not None:
        doc = doc.model_copy(update={"title": title})
    return doc


def _looks_like_path(source: str) -> bool:
    if "\n" in source or len(source) > 1024:
        return False
    try:
        return Path(source).is_file()
    except OSError:  # a long line of text is no file name
        return False


def extract(source: str | os.PathLike[str] | Document, *, date: str | None = None,
            title: str | None = None, lang: str | None = None, as_of: str | None = None) -> Extraction:
    """Read one document (a path, a ``Document`` or text) into facts, with the rules of
    its language: ``lang``, else the document's (a file's is detected when it is read;
    text given as a string is English unless ``lang`` says otherwise).  A language
    without a pack gives no facts and ``not_assessed``.  ``as_of``: the date to count a
    duration from a start date to ("since 2015") instead of the document's."""
    from dignity.extract.engine import Router

    doc = load_document(source, date=date, title=title)
    return Router(lang).extract_document(doc, as_of=as_of)


def assess(source: str | os.PathLike[str] | Document | Extraction, *, as_of: str | None = None,
           date: str | None = None, lang: str | None = None) -> Assessment:
    """Read one document (or take an ``Extraction``) and assess its facts against the
    Nelson Mandela Rules: the extraction plus ``findings``."""
    from dignity.assess import assess_extraction

    extraction = source if isinstance(source, Extraction) else extract(source, date=date, lang=lang,
                                                                       as_of=as_of)
    return assess_extraction(extraction, as_of=as_of)
