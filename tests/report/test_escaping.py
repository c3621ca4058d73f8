"""Document text is inert: HTML and Jinja syntax in a document (or in a title given on
the command line) render as written, in HTML, Markdown, PDF and the letters."""

from __future__ import annotations

import re

from report_poppler import pdf_text
from hypothesis import given, settings
from hypothesis import strategies as st

from dignity.report import html_to_pdf, render_html, render_letter, render_markdown
from dignity.report.templating import md_escape


def _evaluated(text: str) -> bool:
    """Whether a "49" (7*7 evaluated) stands on its own in the text, hashes and paths aside."""
    text = re.sub(r"[0-9a-f]{16,}|\S*/\S*", " ", text)
    return re.search(r"(?<![\w.\-])49(?![\w.\-])", text) is not None


def _md_html(md: str) -> str:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").render(md)  # raw HTML allowed: the escaping must hold anyway


def test_evil_text_is_quoted_in_the_findings(evil_data):
    quotes = [ev.sentence for f in evil_data.facts for ev in f.evidence]
    assert any("<script>alert(1)</script>" in (q or "") for q in quotes)
    assert evil_data.findings, "the evil document gives a finding (the lights)"


def test_html_shows_script_and_jinja_literally(evil_data):
    html = render_html(evil_data)
    assert "<script" not in html.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "{{ 7*7 }}" in html and "{% if x %}" in html
    assert "<b>bold</b>" not in html and "&lt;b&gt;bold&lt;/b&gt;" in html
    assert "<i>me</i>" not in html  # prepared-by given on the command line
    body = re.sub(r"<svg.*?</svg>", "", html, flags=re.S)
    assert not _evaluated(re.sub(r"<[^>]+>", " ", body))


def test_markdown_shows_script_and_jinja_literally(evil_data):
    md = render_markdown(evil_data, charts=False)
    assert "{{ 7\\*7 }}" in md or "{{ 7*7 }}" in md
    rendered = _md_html(md)
    assert "<script" not in rendered.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered
    assert "<b>bold</b>" not in rendered
    assert "{{ 7*7 }}" in rendered
    assert not _evaluated(re.sub(r"<[^>]+>", " ", rendered))


def test_pdf_text_shows_script_and_jinja_literally(evil_data, tmp_path):
    text = " ".join(pdf_text(html_to_pdf(render_html(evil_data)), tmp_path).split())
    assert "<script>alert(1)</script>" in text
    assert "{{ 7*7 }}" in text
    assert "<b>bold</b>" in text
    assert not _evaluated(text)


def test_letters_show_script_and_jinja_literally(evil_data):
    for kind in ("visit", "rapporteur", "authorities"):
        md = render_letter(kind, evil_data, "md").decode("utf-8")
        rendered = _md_html(md)
        assert "<script" not in rendered.lower(), kind
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered, kind
        assert not _evaluated(re.sub(r"<[^>]+>", " ", rendered)), kind


def test_docx_letter_keeps_the_text_as_written(evil_data):
    import io

    import docx

    d = docx.Document(io.BytesIO(render_letter("authorities", evil_data, "docx")))
    text = "\n".join(p.text for p in d.paragraphs)
    assert "<script>alert(1)</script>" in text
    assert "\\<" not in text and "\\*" not in text  # Markdown escapes do not leak into Word


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=60))
def test_md_escape_renders_exactly_the_text(text):
    """Whatever the text, CommonMark shows md_escape(text) as the text itself (spaces folded)."""
    from markdown_it import MarkdownIt

    wanted = " ".join(text.split())
    if not wanted:
        return
    for prefix in ("x ", ""):  # inside a line, and at its start (headings, lists, quotes)
        tokens = MarkdownIt("commonmark").parse(prefix + md_escape(text))
        assert [t.type for t in tokens] == ["paragraph_open", "inline", "paragraph_close"], text
        shown = "".join(c.content for c in tokens[1].children if c.type in ("text", "code_inline"))
        assert shown == prefix + wanted
