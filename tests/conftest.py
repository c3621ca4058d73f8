"""Shared test helpers: writers for the document formats Dignity reads."""

from __future__ import annotations


import datetime as dt
import os
import tempfile
from pathlib import Path

import pytest

# The compiled rules cache (dignity.rulecache) of the tests and the commands they run: a
# folder of the test runs, not the user's ~/.cache (its entries are keyed by content, so
# one folder serves every run and checkout)
os.environ.setdefault("DIGNITY_CACHE_DIR", str(Path(tempfile.gettempdir()) / f"dignity-test-cache-{os.getuid()}"))

from dignity.store.testing import fresh_database, postgres_skip_reason


class DocFactory:
    """Writes small documents of every supported (and some broken) kind into a folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def text(self, name: str, text: str, encoding: str = "utf-8") -> Path:
        path = self.folder / name
        path.write_bytes(text.encode(encoding))
        return path

    def raw(self, name: str, data: bytes) -> Path:
        path = self.folder / name
        path.write_bytes(data)
        return path

    def pdf(self, name: str, pages: list[list[str]], *, title: str | None = None,
            created: str | None = None) -> Path:
        """A PDF with a text layer, one list of lines per page; ``created`` as 'D:YYYYMMDD...'."""
        from reportlab.pdfgen import canvas

        path = self.folder / name
        c = canvas.Canvas(str(path), invariant=True)
        if title:
            c.setTitle(title)
        for lines in pages:
            y = 720
            for line in lines:
                c.drawString(72, y, line)
                y -= 18
            c.showPage()
        c.save()
        if created:
            from pypdf import PdfWriter

            writer = PdfWriter(clone_from=str(path))
            writer.add_metadata({"/CreationDate": created})
            with open(path, "wb") as fh:
                writer.write(fh)
        return path

    def image_pdf(self, name: str) -> Path:
        """A PDF with shapes but no text layer, like a scan."""
        from reportlab.pdfgen import canvas

        path = self.folder / name
        c = canvas.Canvas(str(path), invariant=True)
        c.rect(100, 100, 300, 400, fill=1)
        c.showPage()
        c.save()
        return path

    def encrypted_pdf(self, name: str, user_password: str = "secret",
                      owner_password: str | None = None) -> Path:
        from pypdf import PdfWriter

        source = self.pdf(f"plain-{name}", [["He is held in solitary confinement."]])
        writer = PdfWriter(clone_from=str(source))
        writer.encrypt(user_password, owner_password=owner_password)
        path = self.folder / name
        with open(path, "wb") as fh:
            writer.write(fh)
        return path

    def docx(self, name: str, paragraphs: list[str], *, table: list[list[str]] | None = None,
             after: list[str] = (), title: str | None = None,
             created: dt.datetime | None = None) -> Path:
        import docx

        document = docx.Document()
        for text in paragraphs:
            document.add_paragraph(text)
        if table:
            t = document.add_table(rows=len(table), cols=len(table[0]))
            for r, row in enumerate(table):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
        for text in after:
            document.add_paragraph(text)
        if title is not None:
            document.core_properties.title = title
        if created is not None:
            document.core_properties.created = created
        path = self.folder / name
        document.save(str(path))
        return path


@pytest.fixture
def make(tmp_path: Path) -> DocFactory:
    return DocFactory(tmp_path)


# ---- a fresh database, on SQLite always and on PostgreSQL when DIGNITY_TEST_DATABASE_URL
# ---- is set (scripts/test.sh sets it): shared by tests/store and tests/cases

@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path) -> str:
    """The URL of an empty database (a SQLite file, or a fresh PostgreSQL schema)."""
    if request.param == "postgresql" and (reason := postgres_skip_reason()):
        pytest.skip(reason)
    with fresh_database(request.param, tmp_path) as url:
        yield url


@pytest.fixture
def store(db_url: str):
    """A migrated ``Store`` on ``db_url``."""
    from dignity.store import Store

    s = Store(db_url)
    try:
        yield s
    finally:
        s.dispose()


@pytest.fixture
def session(store):
    with store.session() as s:
        yield s
