"""HTML nested deeper than libxml2's limit (256 levels) is read completely, in time
linear in its size; a page is never "empty" because a parser gave up on it."""

from __future__ import annotations

import cProfile
import pstats

import pytest

from dignity import ingest

BEFORE = "Visit of 3 March 2021: the team met the director."
INSIDE = "He was held in solitary confinement for 23 hours a day."
AFTER = "After the visit, the cell was found to have no window."


def _deep_page(levels: int, *, outside: bool = True, tag: str = "div") -> str:
    body = (f"<p>{BEFORE}</p>" if outside else "") + f"<{tag}>" * levels + f"<p>{INSIDE}</p>" \
        + f"</{tag}>" * levels + (f"<p>{AFTER}</p>" if outside else "")
    return (f"<html><head><title>Deep page</title><style>p {{ color: red }}</style>"
            f"<script>var hidden = 'script text';</script></head><body>{body}</body></html>")


@pytest.mark.parametrize("levels", [255, 256, 300, 5_000, 100_000])
def test_deep_html_is_read_completely(make, levels):
    path = make.text("deep.html", _deep_page(levels))
    doc = ingest.load(path)
    text = " ".join(doc.text.split())
    for sentence in (BEFORE, INSIDE, AFTER):
        assert sentence in text, (levels, sentence)
    assert text.index(BEFORE) < text.index(INSIDE) < text.index(AFTER)
    assert "script text" not in text and "color: red" not in text
    assert doc.title == "Deep page"


@pytest.mark.parametrize("levels", [300, 100_000])
def test_all_the_text_inside_the_nesting_is_not_an_empty_document(make, levels):
    path = make.text("deep.html", _deep_page(levels, outside=False, tag="span"))
    doc = ingest.load(path)
    assert INSIDE in " ".join(doc.text.split())


def test_deep_html_gives_its_facts(make):
    import dignity

    path = make.text("deep.html", _deep_page(300))
    types = {f.type for f in dignity.extract(path).facts}
    assert {"solitary", "confinement_hours"} <= types


def test_reading_work_grows_linearly_with_depth(make):
    # counted, not timed (timings are in benchmarks/): the Python calls of reading a page
    # at 4x the depth are at most 5x those at 1x, the same count on every run
    def calls(levels: int) -> int:
        path = make.text(f"deep{levels}.html", _deep_page(levels))
        profile = cProfile.Profile()
        profile.enable()
        ingest.load(path)
        profile.disable()
        return sum(row[1] for row in pstats.Stats(profile).stats.values())

    small, large = calls(20_000), calls(80_000)
    assert large <= 5 * small, (small, large)
