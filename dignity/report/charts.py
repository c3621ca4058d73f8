"""Charts for reports, as inline SVG (matplotlib's SVG backend, text kept as text).

* ``timeline_svg``: documents and conditions on a time axis, one lane per condition;
* ``conditions_svg``: which conditions each source document reports (a grid,
  conditions by document, coloured by how sure the source is).

Each returns an ``<svg>`` element ready to inline in HTML: no XML prolog, no
DOCTYPE, no metadata, ids prefixed so two charts never share one, and every label
escaped by matplotlib's SVG writer.  Text stays text (``svg.fonttype: none``), so
chart labels are searchable in the PDF as well; the title is the SVG's ``<title>``
and ``aria-label``, and the report prints it in the figure's caption (WeasyPrint
lays out each letter of SVG text on its own, so the charts draw no more text
than their axes need).

The drawings are kept light for WeasyPrint, which lays out every SVG element on
its own: no pyplot (a ``Figure`` of its own, settings in an ``rc_context``), one
font family, no tick marks, margins computed rather than solved for, and the
markers of a series or the cells of a colour drawn as one compound ``<path>``
instead of one element each.  Both charts are cached on what they draw, so the
HTML and Markdown reports of one case draw them once.
"""

from __future__ import annotations

import datetime as _dt
import io
import re
from collections import Counter, defaultdict
from functools import lru_cache
from typing import Any, NamedTuple

from dignity.model import FACT_TYPES
from dignity.report.data import ReportData

__all__ = ["timeline_svg", "conditions_svg", "TIMELINE_TITLE", "CONDITIONS_TITLE", "type_label"]

TIMELINE_TITLE = "Timeline of documents and conditions"
CONDITIONS_TITLE = "Conditions reported, by source document"

_CERTAINTY_COLOUR = {"asserted": "#1f3a5f", "alleged": "#d9822b", "contested": "#b3261e",
                     "hypothetical": "#9e9e9e"}
_FONT = "DejaVu Sans"


def type_label(type_: str) -> str:
    """'confinement_hours' -> 'Confinement hours'."""
    return type_.replace("_", " ").capitalize()


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
        return dict(self.types).get(type_) or type_label(type_)


@lru_cache(maxsize=8)
def _words(lang: str) -> _Words:
    from dignity.report.i18n import locale

    loc = locale(lang)
    return _Words(loc.lang, loc.t("chart.timeline_title"), loc.t("chart.conditions_title"), loc.t("chart.documents"),
                  loc.t("chart.events"), loc.t("chart.no_dates"), loc.t("chart.no_conditions"),
                  loc.t("chart.source_axis"),
                  (loc.t("chart.asserted"), loc.t("chart.alleged"), loc.t("chart.contested")),
                  tuple((t, loc.type_label(t)) for t in FACT_TYPES))


_RC = {
    "svg.fonttype": "none",  # text as <text>: searchable, and light
    "svg.hashsalt": "dignity",  # stable ids from run to run
    "font.family": [_FONT],  # one family: each <text> names only it
    "font.size": 8,
    "axes.titlesize": 10,
    "axes.titleweight": "bold",
    "axes.spines.top": False,
    "axes.spines.right": False,
    "xtick.major.size": 0,  # no tick marks: the grid shows the positions
    "ytick.major.size": 0,
    "xtick.major.pad": 3,
    "ytick.major.pad": 4,
    "text.usetex": False,
}


def _figure(width: float, height: float) -> Any:
    """A matplotlib ``Figure`` of its own (no pyplot: no global state, lighter import)."""
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height))


def _margins(fig: Any, *, left: float, right: float = 0.15, top: float, bottom: float) -> None:
    """Fixed margins in inches (a layout engine would measure every label twice)."""
    w, h = fig.get_size_inches()
    fig.subplots_adjust(left=left / w, right=1 - right / w, top=1 - top / h, bottom=bottom / h)


def _text_width(labels: list[str], size: float) -> float:
    """Roughly how wide (inches) the longest label is in DejaVu Sans at ``size`` points."""
    return max((len(t) for t in labels), default=0) * size * 0.62 / 72


def _plain(text: str, limit: int = 48) -> str:
    """A label for matplotlib: one line, not too long, and no mathtext ($ would start it)."""
    text = " ".join(str(text).split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text.replace("$", r"\$")


_DROP = [re.compile(r"<\?xml[^>]*\?>\s*"), re.compile(r"<!DOCTYPE[^>]*>\s*", re.S),
         re.compile(r"<metadata>.*?</metadata>\s*", re.S)]


_SVG_NS, _XLINK_NS = "http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink"
_NUMBER = re.compile(r"(-?\d+\.\d\d)\d+")


def _lighten(svg: str) -> str:
    """The same drawing in fewer elements and less text: matplotlib wraps every artist
    in a ``<g id=...>`` of its own (each one more element for WeasyPrint to cascade),
    and writes path coordinates to six decimals (hundredths of a point will do)."""
    import xml.etree.ElementTree as ET

    ET.register_namespace("", _SVG_NS)
    ET.register_namespace("xlink", _XLINK_NS)
    root = ET.fromstring(svg)
    group = f"{{{_SVG_NS}}}g"

    def flatten(el: Any) -> None:
        children = []
        for child in el:
            flatten(child)
            if child.tag == group and set(child.attrib) <= {"id"} and not (child.text or "").strip():
                children.extend(child)
            else:
                children.append(child)
        el[:] = children

    flatten(root)
    for el in root.iter(f"{{{_SVG_NS}}}path"):
        if "d" in el.attrib:
            el.set("d", " ".join(_NUMBER.sub(r"\1", el.attrib["d"]).split()))
    return ET.tostring(root, encoding="unicode")


def _svg(fig: Any, prefix: str, title: str) -> str:
    buf = io.StringIO()
    fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": None, "Format": None, "Type": None})
    svg = _lighten(buf.getvalue())
    for pattern in _DROP:
        svg = pattern.sub("", svg)
    svg = svg.replace(' transform="rotate(-0 ', ' data-r="(')
    svg = re.sub(r' data-r="\([^)]*\)"', "", svg)  # matplotlib's no-op rotation of every label
    svg = re.sub(r'\bid="([^"]+)"', rf'id="{prefix}-\1"', svg)
    svg = re.sub(r'(href|xlink:href)="#([^"]+)"', rf'\1="#{prefix}-\2"', svg)
    svg = re.sub(r"url\(#([^)]+)\)", rf"url(#{prefix}-\1)", svg)
    # size by CSS; keep the drawing's own proportions through the viewBox
    svg = re.sub(r'<svg([^>]*?)\swidth="([\d.]+)pt"\s+height="([\d.]+)pt"',
                 lambda m: f'<svg{m.group(1)} class="chart" data-width="{m.group(2)}" data-height="{m.group(3)}" '
                           f'width="{m.group(2)}pt" height="{m.group(3)}pt" role="img" aria-label="{title}"',
                 svg, count=1)
    svg = re.sub(r"(<svg\b[^>]*>)", lambda m: f"{m.group(1)}<title>{title}</title>", svg, count=1)
    return svg.strip()


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
    import matplotlib

    with matplotlib.rc_context(_RC):
        fig = _figure(7, 0.9)
        ax = fig.add_subplot()
        _margins(fig, left=0.1, top=0.3, bottom=0.1)
        ax.set_axis_off()
        ax.set_title(title, loc="left")
        ax.text(0.0, 0.3, message, transform=ax.transAxes, fontsize=9, color="#555555")
        return _svg(fig, prefix, title)


def _dots(ax: Any, xs: list[float], ys: list[float], *, size: float, marker: str = "o", face: str = "none",
          edge: str = "none", linewidth: float = 0.0) -> None:
    """Markers drawn as one compound path (one SVG element for the whole series, where
    ``scatter`` writes one element per marker), sized in points whatever the scale."""
    if not len(xs):
        return
    import numpy as np

    artist = _dots_class()(ax, np.column_stack([xs, ys]).astype(float), size, marker, face, edge, linewidth)
    artist.set_zorder(3)
    ax.add_artist(artist)


@lru_cache(maxsize=1)
def _dots_class() -> type:
    """The artist of ``_dots``, made once (matplotlib builds docstrings for every Artist
    subclass it sees)."""
    import numpy as np
    from matplotlib.artist import Artist
    from matplotlib.path import Path
    from matplotlib.transforms import Affine2D, IdentityTransform

    # a dot as an octagon: round to the eye at this size, and 9 points of path where
    # a circle of Bézier arcs takes 13 (WeasyPrint parses every point in Python)
    angles = np.radians(np.arange(8) * 45 + 22.5)
    octagon = Path(np.vstack([np.column_stack([np.cos(angles), np.sin(angles)]) / np.cos(np.radians(22.5)) * 0.95,
                              [[0, 0]]]),
                   [Path.MOVETO] + [Path.LINETO] * 7 + [Path.CLOSEPOLY])
    square = Path.unit_rectangle().transformed(Affine2D().translate(-0.5, -0.5).scale(2))

    class Dots(Artist):
        def __init__(self, ax: Any, points: Any, size: float, marker: str, face: str, edge: str,
                     linewidth: float) -> None:
            super().__init__()
            self.ax_, self.points, self.size, self.face, self.edge, self.linewidth = \
                ax, points, size, face, edge, linewidth
            self.unit = octagon if marker == "o" else square

        def draw(self, renderer: Any) -> None:
            if not self.get_visible():
                return
            xy = self.ax_.transData.transform(self.points)
            r = renderer.points_to_pixels(self.size) / 2
            path = Path.make_compound_path(*[self.unit.transformed(Affine2D().scale(r).translate(x, y))
                                             for x, y in xy])
            gc = renderer.new_gc()
            gc.set_clip_rectangle(self.ax_.bbox)
            gc.set_linewidth(self.linewidth if self.edge != "none" else 0)
            if self.edge != "none":
                gc.set_foreground(self.edge)
            renderer.draw_path(gc, path, IdentityTransform(), None if self.face == "none" else self.face)
            gc.restore()

    return Dots


def _cells(ax: Any, cells: list[tuple[int, int]], colour: str) -> None:
    """Grid cells (column, row) of one colour as one compound path."""
    from matplotlib.patches import PathPatch
    from matplotlib.path import Path

    if not cells:
        return
    square = Path.unit_rectangle()
    path = Path.make_compound_path(*[Path(square.vertices + (x - 0.5, y - 0.5), square.codes) for x, y in cells])
    # add_artist, not add_patch: the limits are set by hand, and working them out from
    # every Bézier-free square of the path would cost more than drawing it
    ax.add_artist(PathPatch(path, facecolor=colour, edgecolor="none", linewidth=0))


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
    import matplotlib
    import matplotlib.dates as mdates

    names = (([words.documents] if doc_points else [])
             + [words.type_label(t) if t != "event" else words.events for t, _ in lanes])
    labels = [_plain(n, 30) for n in reversed(names)]
    height = 0.45 + 0.24 * len(names)
    with matplotlib.rc_context(_RC):
        fig = _figure(7, height)
        ax = fig.add_subplot()
        _margins(fig, left=_text_width(labels, 8) + 0.2, top=0.1, bottom=0.3)
        y = {name: i for i, name in enumerate(reversed(names))}
        if doc_points:
            yy = y[words.documents]
            _dots(ax, [mdates.date2num(d) for d, _ in doc_points], [yy] * len(doc_points), size=5.3, marker="s",
                  face="#444444")
            if len(doc_points) <= 12:
                for d, label in doc_points:
                    ax.annotate(_plain(label, 8), (d, yy), xytext=(0, 5), textcoords="offset points",
                                ha="center", fontsize=6.5, color="#444444")
        for t, pts in lanes:
            name = words.type_label(t) if t != "event" else words.events
            obs = [mdates.date2num(d) for d, k in pts if k == "observed"]
            rep = [mdates.date2num(d) for d, k in pts if k == "reported"]
            _dots(ax, obs, [y[name]] * len(obs), size=5.5, face="#b3261e")
            _dots(ax, rep, [y[name]] * len(rep), size=5.5, face="#ffffff", edge="#b3261e", linewidth=1.2)
        ax.set_yticks(list(y.values()), labels=labels)
        ax.set_ylim(-0.7, len(names) - 0.3)
        ax.grid(axis="x", color="#dddddd", linewidth=0.6)
        ax.grid(axis="y", color="#f0f0f0", linewidth=0.6)
        ax.set_axisbelow(True)
        all_dates = [d for d, _ in doc_points] + [d for _, pts in lanes for d, _ in pts]
        lo, hi = min(all_dates), max(all_dates)
        pad = max((hi - lo).days * 0.05, 10)
        ax.set_xlim(lo - _dt.timedelta(days=pad), hi + _dt.timedelta(days=pad))
        locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
        ax.xaxis.set_major_locator(locator)
        if words.lang == "en":
            formatter = mdates.ConciseDateFormatter(locator, show_offset=False)
        else:  # numbers, day first: strftime's month names would be English
            formatter = mdates.ConciseDateFormatter(
                locator, show_offset=False, formats=["%Y", "%m/%Y", "%d/%m", "%H:%M", "%H:%M", "%S.%f"],
                zero_formats=["", "%Y", "%m/%Y", "%d/%m", "%H:%M", "%H:%M"])
        ax.xaxis.set_major_formatter(formatter)
        return _svg(fig, "tl", words.timeline_title)


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
    import matplotlib
    import numpy as np
    from matplotlib.patches import Patch

    labels = [_plain(words.type_label(t), 30) for t in types]
    many = len(docs) > 14
    width = min(7.0, max(5.2, 2.2 + 0.16 * len(docs)))  # wide enough for the title
    height = 1.1 + 0.19 * len(types) + (_text_width(list(docs), 6) if many else 0.12)
    with matplotlib.rc_context(_RC):
        fig = _figure(width, height)
        ax = fig.add_subplot()
        _margins(fig, left=_text_width(labels, 8) + 0.2, top=0.1,
                 bottom=0.62 + (_text_width(list(docs), 6) if many else 0.12))
        for strength in ("asserted", "alleged", "contested"):
            _cells(ax, [(j, i) for j, i, s in grid if s == strength], _CERTAINTY_COLOUR[strength])
        # column labels as plain texts: a Tick each (two lines, two labels) costs four times more
        ax.set_xticks([])
        for j, label in enumerate(docs):
            if len(docs) > 25 and j and (j + 1) % 5:
                continue  # D1, D5, D10 ...: the grid's columns are counted from them
            ax.annotate(label, (j, 0), xycoords=("data", "axes fraction"), xytext=(0, -3), textcoords="offset points",
                        rotation=90 if many else 0, ha="center", va="top", fontsize=6 if many else 8)
        below = 3 + 72 * (_text_width(list(docs), 6) if many else 0.12) + 4  # points under the axes
        ax.set_yticks(range(len(types)), labels=labels)
        # cell borders as two line collections (minor ticks would cost a Tick object each)
        ax.vlines(np.arange(0.5, len(docs) - 1), -0.5, len(types) - 0.5, colors="#dddddd", linewidth=0.5)
        ax.hlines(np.arange(0.5, len(types) - 1), -0.5, len(docs) - 0.5, colors="#dddddd", linewidth=0.5)
        ax.set_xlim(-0.5, len(docs) - 0.5)
        ax.set_ylim(len(types) - 0.5, -0.5)
        for side in ("top", "right"):
            ax.spines[side].set_visible(True)
        ax.annotate(words.source_axis, (0.5, 0), xycoords="axes fraction", xytext=(0, -below),
                    textcoords="offset points", ha="center", va="top")
        handles = [Patch(color=_CERTAINTY_COLOUR[k], label=label)
                   for k, label in zip(("asserted", "alleged", "contested"), words.certainty)]
        fig.legend(handles=handles, loc="lower center", ncol=3, frameon=False, fontsize=7,
                   bbox_to_anchor=(0.5, 0.0))
        return _svg(fig, "cd", words.conditions_title)
