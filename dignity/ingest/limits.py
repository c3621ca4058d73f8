"""Size limits counted while a document is read, before it is held whole in memory.

A file's size is checked before it is read (``readers.read_file``); a compressed
format can still unpack to far more text than its size suggests (a DOCX of 470 KB
held 122 million characters).  These checks count the text itself:

* ``TextCounter``: a reader adds each piece of text as it extracts it (a PDF page)
  and is stopped with ``InputError`` as soon as the total passes the limit;
* ``check_docx``: before python-docx builds its tree, the main part of a DOCX must
  unpack to at most the limit, and its text (the ``w:t`` runs, streamed with
  ``iterparse``, each element freed as soon as it is read) must fit in it.
"""

from __future__ import annotations

import zipfile

from dignity.errors import InputError

__all__ = ["TextCounter", "check_docx", "too_long"]

_W_T = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t"
_MAIN = "word/document.xml"


def too_long(label: str, limit: int, count: int | None = None) -> InputError:
    """The error for a text past the limit (``count``: its length, where known)."""
    seen = f"{count:,} characters" if count is not None else f"more than {limit:,} characters"
    return InputError(label, f"has too much text ({seen}; the limit is {limit:,}): "
                             "split it into smaller files")


class TextCounter:
    """Counts characters of text as a reader extracts them (``limit=None``: no limit)."""

    def __init__(self, label: str, limit: int | None) -> None:
        self.label = label
        self.limit = limit
        self.total = 0

    def add(self, text: str) -> str:
        self.total += len(text)
        if self.limit is not None and self.total > self.limit:
            raise too_long(self.label, self.limit)
        return text


def check_docx(zf: zipfile.ZipFile, label: str, limit: int | None) -> None:
    """Refuse a DOCX whose main part or text is larger than ``limit`` characters."""
    if limit is None:
        return
    try:
        info = zf.getinfo(_MAIN)
    except KeyError:
        return  # not a word document: python-docx says so
    # the XML is at least as long as its text; python-docx holds all of it as a tree
    if info.file_size > 2 * limit:
        raise InputError(label, f"is too large when unpacked ({_MAIN} is {info.file_size:,} bytes; "
                                f"the limit is {2 * limit:,})")
    from lxml import etree

    counter = TextCounter(label, limit)
    with zf.open(info) as fh:
        try:
            for _event, el in etree.iterparse(fh, events=("end",), huge_tree=True):
                if el.tag == _W_T and el.text:
                    counter.add(el.text)
                el.clear(keep_tail=True)
                while el.getprevious() is not None:  # the finished siblings, too
                    del el.getparent()[0]
        except etree.XMLSyntaxError:
            return  # a damaged part: python-docx gives the reader's own message
