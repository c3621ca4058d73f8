"""Charts for reports, as inline SVG written here (no plotting library: drawing two small
charts with matplotlib cost a one-page report more than half a second of start-up).

* ``timeline_svg``: documents and conditions on a time axis, one lane per condition;
* ``conditions_svg``: which conditions each source document reports (a grid,
  conditions by document, coloured by how sure the source is).

Each returns an ``<svg>`` element ready to inline in HTML: no XML prolog, no
DOCTYPE, no metadata, ids prefixed so two charts never share one, and every label
escaped.  Text stays text, so
chart labels are searchable in the PDF as well; the title is the SVG's ``<title>``
and ``aria-label``, and the report prints it in the figure's caption (WeasyPrint
lays out each letter of SVG text on its own, so the charts draw no more text
than their axes need).

The drawings are kept light for WeasyPrint, which lays out every SVG element on
its own: one font family, no tick marks, margins computed from the labels' lengths,
and the markers of a series or the cells of a colour drawn as one compound ``<path>``
instead of one element each.  Both charts are cached on what they draw, so the
HTML and Markdown reports of one case draw them once.
"""

from __future__ import annotations

import datetime as _dt
import html
import math
from collections import Counter, defaultdict
from functools import lru_cache
from typing import NamedTuple

from dignity.labels import type_label
from dignity.model import FACT_TYPES
from dignity.report.data import ReportData

__all__ = ["timeline_svg", "conditions_svg", "TIMELINE_TITLE", "CONDITIONS_TITLE", "type_label"]

TIMELINE_TITLE = "Timeline of documents and conditions"
CONDITIONS_TITLE = "Conditions reported, by source document"

_CERTAINTY_COLOUR = {"asserted": "#1f3a5f", "alleged": "#d9822b", "contested": "#b3261e",
                     "hypothetical": "#9e9e9e"}
_FONT = "DejaVu Sans"


class _Words(NamedTuple):
    """The words a chart draws, in one language (hashable: the drawings are cached by them)."""

    lang: str
    timeline_title: str
    conditions_title: str
    documents: str
    events: str
    no_dates: str
    no_conditions: str
    source_axis: str
    certainty: tuple[str, str, str]
    types: tuple[tuple[str, str], ...]

    def type_label(self, type_: str) -> str:
        return dict(self.types).get(type_) or type_label(type_, self.lang)


@lru_cache(maxsize=8)
def _words(lang: str) -> _Words:
    from dignity.report.i18n import locale

    loc = locale(lang)
    return _Words(loc.lang, loc.t("chart.timeline_title"), loc.t("chart.conditions_title"), loc.t("chart.documents"),
                  loc.t("chart.events"), loc.t("chart.no_dates"), loc.t("chart.no_conditions"),
                  loc.t("chart.source_axis"),
                  (loc.t("chart.asserted"), loc.t("chart.alleged"), loc.t("chart.contested")),
                  tuple((t, loc.type_label(t)) for t in FACT_TYPES))


_INK = "#222222"
_GRID = "#dddddd"
_LANE = "#f0f0f0"
_RED = "#b3261e"
_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _text_width(labels: list[str], size: float) -> float:
    """Roughly how wide (inches) the longest label is in DejaVu Sans at ``size`` points."""
    return max((len(t) for t in labels), default=0) * size * 0.62 / 72


def _plain(text: str, limit: int = 48) -> str:
    """A label: one line, not too long."""
    text = " ".join(str(text).split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


def _n(x: float) -> str:
    """A coordinate to hundredths of a point."""
    out = f"{x:.2f}".rstrip("0").rstrip(".")
    return "0" if out in ("-0", "") else out


def _esc(text: str) -> str:
    return html.escape(str(text), quote=True)


def _text(x: float, y: float, text: str, *, size: float = 8, anchor: str = "start", fill: str = _INK,
          weight: str | None = None, rotate: bool = False) -> str:
    """One ``<text>``; ``y`` is its baseline; ``rotate``: reads upwards, ending at (x, y)."""
    attrs = f'x="{_n(x)}" y="{_n(y)}"'
    if rotate:
        attrs += f' transform="rotate(-90 {_n(x)} {_n(y)})"'
    bold = f' font-weight="{weight}"' if weight else ""
    return (f'<text {attrs} font-family="{_FONT}" font-size="{_n(size)}"{bold} fill="{fill}" '
            f'text-anchor="{anchor}">{_esc(text)}</text>')


def _lines(segments: list[tuple[float, float, float, float]], colour: str, width: float) -> str:
    """Straight lines of one colour as one path."""
    if not segments:
        return ""
    d = "".join(f"M{_n(a)} {_n(b)}L{_n(c)} {_n(e)}" for a, b, c, e in segments)
    return f'<path d="{d}" stroke="{colour}" stroke-width="{_n(width)}" fill="none"/>'


# a dot as an octagon: round to the eye at this size, and 9 points of path where a
# circle of Bezier arcs takes 13 (WeasyPrint parses every point in Python)
_OCTAGON = [(math.cos(math.radians(k * 45 + 22.5)) / math.cos(math.radians(22.5)) * 0.95,
             math.sin(math.radians(k * 45 + 22.5)) / math.cos(math.radians(22.5)) * 0.95) for k in range(8)]


def _dots(points: list[tuple[float, float]], *, size: float, square: bool = False, face: str = "none",
          edge: str = "none", linewidth: float = 0.0) -> str:
    """Markers of one series as one compound path, ``size`` points across."""
    if not points:
        return ""
    r = size / 2
    parts = []
    for x, y in points:
        if square:
            parts.append(f"M{_n(x - r)} {_n(y - r)}h{_n(2 * r)}v{_n(2 * r)}h{_n(-2 * r)}Z")
        else:
            corners = [(x + r * cx, y + r * cy) for cx, cy in _OCTAGON]
            parts.append("M" + "L".join(f"{_n(a)} {_n(b)}" for a, b in corners) + "Z")
    stroke = f' stroke="{edge}" stroke-width="{_n(linewidth)}"' if edge != "none" else ""
    return f'<path d="{"".join(parts)}" fill="{face}"{stroke}/>'


def _svg(prefix: str, title: str, width: float, height: float, body: list[str]) -> str:
    """The ``<svg>`` element: sized in points (and by CSS through its class), its title
    in ``<title>`` and ``aria-label``, its one id prefixed."""
    w, h = _n(width * 72), _n(height * 72)
    t = _esc(title)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" data-width="{w}" data-height="{h}" '
            f'width="{w}pt" height="{h}pt" viewBox="0 0 {w} {h}" role="img" aria-label="{t}">'
            f'<title>{t}</title><g id="{prefix}-figure">{"".join(b for b in body if b)}</g></svg>')


def _date(text: str) -> _dt.date | None:
    parts = text.split("-")
    try:
        if len(parts) == 3:
            return _dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
        if len(parts) == 2:
            return _dt.date(int(parts[0]), int(parts[1]), 15)
        return _dt.date(int(parts[0]), 7, 1)
    except ValueError:
        return None


def _empty(title: str, message: str, prefix: str) -> str:
    width, height = 7.0, 0.9
    return _svg(prefix, title, width, height, [
        _text(0.1 * 72, 0.3 * 72, title, size=10, weight="bold"),
        _text(0.1 * 72, 0.62 * 72, message, size=9, fill="#555555"),
    ])


def _add_months(d: _dt.date, months: int) -> _dt.date:
    k = d.year * 12 + d.month - 1 + months
    return _dt.date(k // 12, k % 12 + 1, 1)


def _ticks(lo: _dt.date, hi: _dt.date, lang: str) -> list[tuple[_dt.date, str]]:
    """3 to 8 round dates between ``lo`` and ``hi`` and their labels: years, months or
    days (a month's or year's name where it begins, as a concise date axis does)."""
    span = (hi - lo).days
    out: list[tuple[_dt.date, str]] = []
    if span > 3 * 365:
        step = next((s for s in (1, 2, 5, 10, 20, 50, 100, 200, 500) if span / 365 / s <= 8), 1000)
        y = -(-lo.year // step) * step
        while _dt.date(y, 1, 1) <= hi:
            if _dt.date(y, 1, 1) >= lo:
                out.append((_dt.date(y, 1, 1), str(y)))
            y += step
        return out
    if span > 75:
        step = next(s for s in (1, 2, 3, 4, 6, 12) if span / 30.4 / s <= 8)
        d = _add_months(lo, 0 if lo.day == 1 else 1)
        while (d.month - 1) % step:
            d = _add_months(d, 1)
        first = True
        while d <= hi:
            if d.month == 1 or first:
                label = str(d.year) if d.month == 1 else (
                    f"{_MONTHS_EN[d.month - 1]} {d.year}" if lang == "en" else f"{d.month:02d}/{d.year}")
            else:
                label = _MONTHS_EN[d.month - 1] if lang == "en" else f"{d.month:02d}/{d.year}"
            out.append((d, label))
            first = False
            d = _add_months(d, step)
        return out
    step = next(s for s in (1, 2, 3, 7, 14) if span / s <= 8)
    d, month = lo, 0
    while d <= hi:
        if d.month != month:  # the first tick of a month names it
            label = f"{_MONTHS_EN[d.month - 1]} {d.day}" if lang == "en" else f"{d.day:02d}/{d.month:02d}"
        else:
            label = str(d.day) if lang == "en" else f"{d.day:02d}/{d.month:02d}"
        out.append((d, label))
        month = d.month
        d += _dt.timedelta(days=step)
    return out


def timeline_svg(data: ReportData, *, max_lanes: int = 24, lang: str = "en") -> str:
    """Documents (top lane) and conditions by the date they held (filled) or the
    date of the document that reports them (hollow).  No title or legend is drawn:
    the report's caption gives both (each letter of SVG text is laid out on its own
    by WeasyPrint); the title is the SVG's ``<title>`` and ``aria-label``."""
    points: dict[str, list[tuple[_dt.date, str]]] = defaultdict(list)
    doc_points: list[tuple[_dt.date, str]] = []
    for e in data.timeline:
        d = _date(e.date)
        if d is None:
            continue
        if e.kind == "document":
            doc = data.document(e.document) if e.document else None
            doc_points.append((d, doc.label if doc else "doc"))
        elif e.kind in ("observed", "reported") and e.type:
            if (d, e.kind) not in points[e.type]:  # one marker per lane, date and kind
                points[e.type].append((d, e.kind))
        elif e.kind == "event":
            if (d, "observed") not in points["event"]:
                points["event"].append((d, "observed"))
    doc_points = list(dict.fromkeys(doc_points))
    if not doc_points and not points:
        words = _words(lang)
        return _empty(words.timeline_title, words.no_dates, "tl")
    lanes = sorted(points, key=lambda t: FACT_TYPES.index(t) if t in FACT_TYPES else len(FACT_TYPES))
    if len(lanes) > max_lanes:  # keep the lanes with most points
        keep = set(sorted(lanes, key=lambda t: -len(points[t]))[:max_lanes])
        lanes = [t for t in lanes if t in keep]
    return _timeline(tuple(doc_points), tuple((t, tuple(points[t])) for t in lanes), _words(lang))


@lru_cache(maxsize=8)
def _timeline(doc_points: tuple[tuple[_dt.date, str], ...],
              lanes: tuple[tuple[str, tuple[tuple[_dt.date, str], ...]], ...], words: _Words) -> str:
    names = (([words.documents] if doc_points else [])
             + [words.type_label(t) if t != "event" else words.events for t, _ in lanes])
    labels = [_plain(n, 30) for n in names]
    width, height = 7.0, 0.45 + 0.24 * len(names)
    left, right, top, bottom = (_text_width(labels, 8) + 0.2) * 72, 0.15 * 72, 0.1 * 72, 0.3 * 72
    x0, x1, y0, y1 = left, width * 72 - right, top, height * 72 - bottom
    # lanes from the top, one unit apart, 0.7 of a unit of room above and below
    n = len(names)
    unit = (y1 - y0) / (n + 0.4)

    def lane_y(i: int) -> float:  # i: 0 for the top lane, 0.7 of a lane above it
        return y0 + (0.7 + i) * unit

    all_dates = [d for d, _ in doc_points] + [d for _, pts in lanes for d, _ in pts]
    lo, hi = min(all_dates), max(all_dates)
    pad = max((hi - lo).days * 0.05, 10)
    start, end = lo - _dt.timedelta(days=pad), hi + _dt.timedelta(days=pad)
    days = (end - start).total_seconds() / 86400 or 1.0

    def x_of(d: _dt.date) -> float:
        return x0 + (x1 - x0) * (d - start).total_seconds() / 86400 / days

    body: list[str] = []
    ticks = [(d, label) for d, label in _ticks(start, end, words.lang) if start <= d <= end]
    body.append(_lines([(x_of(d), y0, x_of(d), y1) for d, _ in ticks], _GRID, 0.6))
    body.append(_lines([(x0, lane_y(i), x1, lane_y(i)) for i in range(n)], _LANE, 0.6))
    body.append(_lines([(x0, y0, x0, y1), (x0, y1, x1, y1)], _INK, 0.8))  # left and bottom spines
    for i, label in enumerate(labels):
        body.append(_text(x0 - 4, lane_y(i) + 2.8, label, anchor="end"))
    for d, label in ticks:
        body.append(_text(x_of(d), y1 + 3 + 8, label, anchor="middle"))
    row = 0
    if doc_points:
        yy = lane_y(0)
        body.append(_dots([(x_of(d), yy) for d, _ in doc_points], size=5.3, square=True, face="#444444"))
        if len(doc_points) <= 12:
            for d, label in doc_points:
                body.append(_text(x_of(d), yy - 5 - 1, _plain(label, 8), size=6.5, anchor="middle",
                                  fill="#444444"))
        row = 1
    for k, (_t, pts) in enumerate(lanes):
        yy = lane_y(row + k)
        body.append(_dots([(x_of(d), yy) for d, kind in pts if kind == "observed"], size=5.5, face=_RED))
        body.append(_dots([(x_of(d), yy) for d, kind in pts if kind == "reported"], size=5.5, face="#ffffff",
                          edge=_RED, linewidth=1.2))
    return _svg("tl", words.timeline_title, width, height, body)


def conditions_svg(data: ReportData, *, max_documents: int = 80, lang: str = "en") -> str:
    """A grid: conditions (rows) by source document (columns, D1, D2 ...); a cell is
    coloured by how sure the strongest fact of that kind in that document is.  The
    cells of each colour are one path (cheap to lay out whatever their number); the
    labels stay text, every fifth column's past 25 documents.  The title is the
    caption's (and the SVG's ``<title>``), not drawn."""
    strength = ["asserted", "alleged", "contested", "hypothetical"]
    cells: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for f in data.facts:
        if f.general or f.negated or f.certainty == "hypothetical":
            continue
        for doc in f.sources or []:
            cells[(f.type, doc)][str(f.certainty)] += 1
    if not cells:
        words = _words(lang)
        return _empty(words.conditions_title, words.no_conditions, "cd")
    docs = [d for d in data.documents if any(k[1] == d.id for k in cells)][:max_documents]
    types = sorted({t for t, _ in cells}, key=lambda t: FACT_TYPES.index(t) if t in FACT_TYPES else 99)
    grid = []
    for j, d in enumerate(docs):
        for i, t in enumerate(types):
            c = cells.get((t, d.id))
            if c:
                grid.append((j, i, strength[min(strength.index(k) for k in c)]))
    return _conditions(tuple(d.label for d in docs), tuple(types), tuple(grid), _words(lang))


@lru_cache(maxsize=8)
def _conditions(docs: tuple[str, ...], types: tuple[str, ...], grid: tuple[tuple[int, int, str], ...],
                words: _Words) -> str:
    labels = [_plain(words.type_label(t), 30) for t in types]
    many = len(docs) > 14
    under = _text_width(list(docs), 6) if many else 0.12
    width = min(7.0, max(5.2, 2.2 + 0.16 * len(docs)))  # wide enough for the title
    height = 1.1 + 0.19 * len(types) + under
    left, right, top, bottom = (_text_width(labels, 8) + 0.2) * 72, 0.15 * 72, 0.1 * 72, (0.62 + under) * 72
    x0, x1, y0, y1 = left, width * 72 - right, top, height * 72 - bottom
    cw, ch = (x1 - x0) / max(len(docs), 1), (y1 - y0) / max(len(types), 1)
    body: list[str] = []
    for strength in ("asserted", "alleged", "contested"):
        cells = [(j, i) for j, i, s in grid if s == strength]
        if cells:
            d = "".join(f"M{_n(x0 + j * cw)} {_n(y0 + i * ch)}h{_n(cw)}v{_n(ch)}h{_n(-cw)}Z" for j, i in cells)
            body.append(f'<path d="{d}" fill="{_CERTAINTY_COLOUR[strength]}"/>')
    body.append(_lines([(x0 + j * cw, y0, x0 + j * cw, y1) for j in range(1, len(docs))]
                       + [(x0, y0 + i * ch, x1, y0 + i * ch) for i in range(1, len(types))], _GRID, 0.5))
    body.append(f'<rect x="{_n(x0)}" y="{_n(y0)}" width="{_n(x1 - x0)}" height="{_n(y1 - y0)}" fill="none" '
                f'stroke="{_INK}" stroke-width="0.8"/>')
    for i, label in enumerate(labels):
        body.append(_text(x0 - 4, y0 + (i + 0.5) * ch + 2.8, label, anchor="end"))
    for j, label in enumerate(docs):
        if len(docs) > 25 and j and (j + 1) % 5:
            continue  # D1, D5, D10 ...: the grid's columns are counted from them
        x = x0 + (j + 0.5) * cw
        if many:
            body.append(_text(x + 2, y1 + 3, label, size=6, anchor="end", rotate=True))
        else:
            body.append(_text(x, y1 + 3 + 8, label, anchor="middle"))
    below = 3 + 72 * under + 4  # points under the axes
    body.append(_text((x0 + x1) / 2, y1 + below + 8, words.source_axis, anchor="middle"))
    # the legend: three swatches and their words, centred at the bottom
    items = list(zip(("asserted", "alleged", "contested"), words.certainty))
    widths = [10 + len(label) * 7 * 0.62 + 12 for _, label in items]
    x = (width * 72 - sum(widths)) / 2
    base = height * 72 - 6
    for (key, label), w in zip(items, widths):
        body.append(f'<rect x="{_n(x)}" y="{_n(base - 7)}" width="7" height="7" fill="{_CERTAINTY_COLOUR[key]}"/>')
        body.append(_text(x + 10, base, label, size=7))
        x += w
    return _svg("cd", words.conditions_title, width, height, body)
