"""fontTools imported on first use only while writing PDFs (``dignity.report.pdf._LazyFontTools``):
a report in DejaVu Sans never loads fontTools' subsetter, instancer or font reader; a page
whose font WeasyPrint must read with fontTools (a WOFF web font) still gets it, the real
modules replace every placeholder, and a later ``import fontTools`` is the real module.
Each case runs in a fresh process (WeasyPrint is imported once per process)."""

from __future__ import annotations

import base64
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from report_poppler import pdf_text, poppler

ROOT = Path(__file__).resolve().parents[2]
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

_HEAVY = "('fontTools.subset', 'fontTools.ttLib', 'fontTools.varLib')"

_PLAIN = f"""
import sys
from dignity.report.pdf import convert
pdf = convert(sys.stdin.read())
loaded = sorted(m for m in sys.modules if m.startswith({_HEAVY}))
assert not loaded, loaded
import weasyprint.pdf.fonts as pdf_fonts
from fontTools.ttLib import TTFont, TTLibError  # a later import: the real modules, not placeholders
assert TTFont.__module__ == 'fontTools.ttLib.ttFont' and issubclass(TTLibError, Exception)
import fontTools.subset
assert hasattr(fontTools.subset, 'Subsetter') and fontTools.subset.__file__.endswith('__init__.py')
sys.stdout.buffer.write(pdf)
"""

_WOFF = """
import sys
from dignity.report.pdf import _StandIn, convert
pdf = convert(sys.stdin.read())
import weasyprint.pdf.fonts as pdf_fonts
import weasyprint.text.fonts as text_fonts
import fontTools.subset
import fontTools.ttLib
left = [(n, k) for n, m in list(sys.modules.items()) if n.startswith('weasyprint')
        for k, v in vars(m).items() if isinstance(v, _StandIn) or v in _StandIn.placeholders.values()]
assert not left, left
assert text_fonts.TTFont is fontTools.ttLib.TTFont and pdf_fonts.TTLibError is fontTools.ttLib.TTLibError
assert pdf_fonts.subset is fontTools.subset
try:
    pdf_fonts.TTFont(__import__('io').BytesIO(b'not a font'))
except (pdf_fonts.TTLibError, AssertionError, TypeError, ValueError):
    pass
sys.stdout.buffer.write(pdf)
"""


def _run(code: str, html: str) -> bytes:
    env = dict(os.environ, PYTHONPATH=str(ROOT), DIGNITY_PDF_WORKER="off")
    proc = subprocess.run([sys.executable, "-c", code], input=html.encode("utf-8"), env=env,
                          capture_output=True, timeout=600)
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")[-3000:]
    assert proc.stdout.startswith(b"%PDF-")
    return proc.stdout


def test_a_report_loads_no_font_tools_and_later_imports_are_real(report_html, report_pdf, tmp_path):
    pdf = _run(_PLAIN, report_html)
    assert pdf == report_pdf  # the same bytes as in the test process (fontTools loaded or not)


def test_a_woff_font_is_read_with_the_real_font_tools(tmp_path):
    if not DEJAVU.exists():
        pytest.skip("DejaVu Sans is not installed")
    from fontTools.subset import Options, Subsetter
    from fontTools.ttLib import TTFont

    font = TTFont(str(DEJAVU))
    options = Options()
    subsetter = Subsetter(options)
    subsetter.populate(text="Web font Zephyr quiz 0123456789")
    subsetter.subset(font)
    font.flavor = "woff"
    buf = io.BytesIO()
    font.save(buf)
    woff = base64.b64encode(buf.getvalue()).decode("ascii")
    html = ("<!doctype html><html><head><style>"
            f"@font-face {{ font-family: 'Zephyr Web'; src: url(data:font/woff;base64,{woff}) format('woff'); }}"
            "p { font-family: 'Zephyr Web'; font-size: 20pt; }</style></head>"
            "<body><p>Web font Zephyr quiz 0123</p></body></html>")
    pdf = _run(_WOFF, html)
    path = tmp_path / "woff.pdf"
    path.write_bytes(pdf)
    assert "Web font Zephyr quiz 0123" in pdf_text(path, tmp_path)
    fonts = subprocess.run([poppler("pdffonts"), str(path)], check=True, capture_output=True, text=True).stdout
    assert "Zephyr-Web" in fonts  # the web font, decoded from WOFF by fontTools, embedded
