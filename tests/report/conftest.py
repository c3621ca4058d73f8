"""Shared fixtures of the report tests: the seed article and the lawyer's letter read
once, and the report rendered once per session in each format (PDF is the slow one)."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_files import need_shared

ROOT = Path(__file__).resolve().parents[2]
LETTER = ROOT / "examples" / "lawyer-letter.txt"

#: A document whose text is HTML and Jinja syntax: it must show as written, everywhere.
EVIL = ("Report on Mr. Karim Haddad. <script>alert(1)</script> {{ 7*7 }} {% if x %}X{% endif %} "
        "He is confined to his cell for 23 hours a day <b>bold</b> {{ 7*7 }}. "
        "The lights in his cell are on 24 hours <b>bold</b><script>alert(1)</script>{{ 7*7 }}{% if x %}.\n")


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return need_shared("spec", "seed-article.txt")


@pytest.fixture(scope="session")
def seed_assessment(seed_path):
    import dignity

    return dignity.assess(seed_path)


@pytest.fixture(scope="session")
def seed_data(seed_assessment):
    from dignity.report import ReportData

    return ReportData.from_assessment(seed_assessment, prepared_by="Test Monitoring Group", date="2026-01-15")


@pytest.fixture(scope="session")
def two_docs_data(seed_path):
    """The seed article and the lawyer's letter read together: two subjects, dates, two sources."""
    import dignity
    from dignity.assess import assess_extraction
    from dignity.model import Extraction
    from dignity.report import ReportData

    combined = Extraction()
    for p in (seed_path, LETTER):
        ex = dignity.extract(p)
        combined.documents += ex.documents
        combined.facts += ex.facts
    return ReportData.from_assessment(assess_extraction(combined), title="Two documents",
                                      prepared_by="Test Monitoring Group", date="2026-01-15")


@pytest.fixture(scope="session")
def report_html(two_docs_data) -> str:
    from dignity.report import render_html

    return render_html(two_docs_data)


@pytest.fixture(scope="session")
def report_pdf(report_html) -> bytes:
    from dignity.report import html_to_pdf

    return html_to_pdf(report_html)


@pytest.fixture(scope="session")
def report_md(two_docs_data) -> str:
    from dignity.report import render_markdown

    return render_markdown(two_docs_data)


@pytest.fixture(scope="session")
def evil_data(tmp_path_factory):
    import dignity
    from dignity.report import ReportData

    folder = tmp_path_factory.mktemp("evil")
    path = folder / "evil.txt"
    path.write_text(EVIL, encoding="utf-8")
    a = dignity.assess(path)
    return ReportData.from_assessment(a, title="<script>alert(1)</script> {{ 7*7 }}",
                                      prepared_by="{{ 7*7 }} <i>me</i>", date="2026-01-15")
