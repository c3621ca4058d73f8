"""Charts for reports, as inline SVG (matplotlib, Agg backend, text kept as text).

* ``timeline_svg``: documents and conditions on a time axis, one lane per condition;
* ``conditions_svg``: which conditions each source document reports (a grid,
  conditions by document, coloured by how sure the source is).

Each returns an ``<svg>`` element ready to inline in HTML: no XML prolog, no
DOCTYPE, no metadata, ids prefixed so two charts never share one, and every label
escaped by matplotlib's SVG writer.  Text stays text (``svg.fonttype: none``), so
chart titles and labels are searchable in the PDF as well.
"""

from __future__ import annotations

import datetime as _dt
import io
import re
from collections import Counter, defaultdict
from typing import Any

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


def _plt() -> Any:
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    plt.rcParams.update({
        "svg.fonttype": "none",  # text as <text>: searchable, and light
        "svg.hashsalt": "dignity",  # stable ids from run to run
        "font.family": [_FONT, "sans-serif"],
        "font.size": 8,
        "axes.titlesize": 10,
        "axes.titleweight": "bold",
        "axes.spines.top": False,
        "axes.spines.right": False,
        "text.usetex": False,
    })
    return plt


def _plain(text: str, limit: int = 48) -> str:
    """A label for matplotlib: one line, not too long, and no mathtext ($ would start it)."""
    text = " ".join(str(text).split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text.replace("$", r"\$")


_DROP = [re.compile(r"<\?xml[^>]*\?>\s*"), re.compile(r"<!DOCTYPE[^>]*>\s*", re.S),
         re.compile(r"<metadata>.*?</metadata>\s*", re.S)]


def _svg(fig: Any, prefix: str, title: str) -> str:
    buf = io.StringIO()
    fig.savefig(buf, format="svg", dpi=200, metadata={"Date": None, "Creator": None, "Format": None,
                                                                 "Type": None})
    import matplotlib.pyplot as plt

    plt.close(fig)
    svg = buf.getvalue()
    for pattern in _DROP:
        svg = pattern.sub("", svg)
    svg = re.sub(r'\bid="([^"]+)"', rf'id="{prefix}-\1"', svg)
    svg = re.sub(r'(href|xlink:href)="#([^"]+)"', rf'\1="#{prefix}-\2"', svg)
    svg = re.sub(r"url\(#([^)]+)\)", rf"url(#{prefix}-\1)", svg)
    # size by CSS; keep the drawing's own proportions through the viewBox
    svg = re.sub(r'<svg([^>]*?)\swidth="([\d.]+)pt"\s+height="([\d.]+)pt"',
                 lambda m: f'<svg{m.group(1)} class="chart" data-width="{m.group(2)}" data-height="{m.group(3)}" '
                           f'width="{m.group(2)}pt" height="{m.group(3)}pt" role="img" aria-label="{title}"',
                 svg, count=1)
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


def _empty(plt: Any, title: str, message: str, prefix: str) -> str:
    fig, ax = plt.subplots(figsize=(7, 0.9), layout="constrained")
    ax.set_axis_off()
    ax.set_title(title, loc="left")
    ax.text(0.0, 0.3, message, transform=ax.transAxes, fontsize=9, color="#555555")
    return _svg(fig, prefix, title)


def timeline_svg(data: ReportData, *, max_lanes: int = 24) -> str:
    """Documents (top lane) and conditions by the date they held (filled) or the
    date of the document that reports them (hollow)."""
    plt = _plt()
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
        return _empty(plt, TIMELINE_TITLE, "The documents give no dates: nothing to place on a timeline.",
                      "tl")
    lanes = sorted(points, key=lambda t: FACT_TYPES.index(t) if t in FACT_TYPES else len(FACT_TYPES))
    if len(lanes) > max_lanes:  # keep the lanes with most points
        keep = set(sorted(lanes, key=lambda t: -len(points[t]))[:max_lanes])
        lanes = [t for t in lanes if t in keep]
    names = (["Documents"] if doc_points else []) + [type_label(t) if t != "event" else "Events" for t in lanes]
    height = 0.9 + 0.24 * len(names)
    fig, ax = plt.subplots(figsize=(7, height), layout="constrained")
    y = {name: i for i, name in enumerate(reversed(names))}
    if doc_points:
        yy = y["Documents"]
        ax.scatter([d for d, _ in doc_points], [yy] * len(doc_points), marker="s", s=28, color="#444444",
                   zorder=3, rasterized=True)
        if len(doc_points) <= 12:
            for d, label in doc_points:
                ax.annotate(_plain(label, 8), (d, yy), xytext=(0, 5), textcoords="offset points",
                            ha="center", fontsize=6.5, color="#444444")
    for t in lanes:
        name = type_label(t) if t != "event" else "Events"
        obs = [d for d, k in points[t] if k == "observed"]
        rep = [d for d, k in points[t] if k == "reported"]
        # markers as one embedded image per series (one <use> element per marker would make
        # the SVG slow to lay out in a PDF); labels, axes and grid stay vector
        if obs:
            ax.scatter(obs, [y[name]] * len(obs), s=30, color="#b3261e", zorder=3, rasterized=True)
        if rep:
            ax.scatter(rep, [y[name]] * len(rep), s=30, facecolors="white", edgecolors="#b3261e",
                       linewidths=1.2, zorder=3, rasterized=True)
    ax.set_yticks(list(y.values()), labels=[_plain(n, 30) for n in y])
    ax.set_ylim(-0.7, len(names) - 0.3)
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    ax.grid(axis="y", color="#f0f0f0", linewidth=0.6)
    ax.set_axisbelow(True)
    all_dates = [d for d, _ in doc_points] + [d for t in lanes for d, _ in points[t]]
    lo, hi = min(all_dates), max(all_dates)
    pad = max((hi - lo).days * 0.05, 10)
    ax.set_xlim(lo - _dt.timedelta(days=pad), hi + _dt.timedelta(days=pad))
    import matplotlib.dates as mdates

    locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.set_title(TIMELINE_TITLE, loc="left")
    handles = [
        ax.scatter([], [], s=30, color="#b3261e", label="condition on the date it held"),
        ax.scatter([], [], s=30, facecolors="white", edgecolors="#b3261e", label="reported in a document of that date"),
    ]
    if doc_points:
        handles.insert(0, ax.scatter([], [], marker="s", s=28, color="#444444", label="document"))
    fig.legend(handles=handles, loc="outside lower center", ncol=3, frameon=False, fontsize=7)
    return _svg(fig, "tl", TIMELINE_TITLE)


def conditions_svg(data: ReportData, *, max_documents: int = 80) -> str:
    """A grid: conditions (rows) by source document (columns, D1, D2 ...); a cell is
    coloured by how sure the strongest fact of that kind in that document is.  Drawn as
    one image inside the SVG (cheap to lay out whatever the number of cells); the
    labels stay text."""
    plt = _plt()
    import numpy as np
    from matplotlib.colors import ListedColormap

    strength = ["asserted", "alleged", "contested", "hypothetical"]
    cells: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for f in data.facts:
        if f.general or f.negated or f.certainty == "hypothetical":
            continue
        for doc in f.sources or []:
            cells[(f.type, doc)][str(f.certainty)] += 1
    if not cells:
        return _empty(plt, CONDITIONS_TITLE, "No condition about a detainee was found in the documents.", "cd")
    docs = [d for d in data.documents if any(k[1] == d.id for k in cells)][:max_documents]
    types = sorted({t for t, _ in cells}, key=lambda t: FACT_TYPES.index(t) if t in FACT_TYPES else 99)
    grid = np.zeros((len(types), len(docs)), dtype=int)
    for j, d in enumerate(docs):
        for i, t in enumerate(types):
            c = cells.get((t, d.id))
            if c:
                grid[i, j] = 1 + min(strength.index(k) for k in c)
    width = min(7.0, max(5.2, 2.2 + 0.16 * len(docs)))  # wide enough for the title
    height = 1.3 + 0.19 * len(types)
    fig, ax = plt.subplots(figsize=(width, height), layout="constrained")
    cmap = ListedColormap(["#ffffff", _CERTAINTY_COLOUR["asserted"], _CERTAINTY_COLOUR["alleged"],
                           _CERTAINTY_COLOUR["contested"]])
    ax.imshow(grid, cmap=cmap, vmin=0, vmax=3, aspect="auto", interpolation="nearest")
    ax.set_xticks(range(len(docs)), labels=[d.label for d in docs], rotation=90 if len(docs) > 14 else 0,
                  fontsize=6 if len(docs) > 14 else 8)
    ax.set_yticks(range(len(types)), labels=[_plain(type_label(t), 30) for t in types])
    # cell borders as two line collections (minor ticks would cost a Tick object each)
    ax.vlines(np.arange(0.5, len(docs) - 1), -0.5, len(types) - 0.5, colors="#dddddd", linewidth=0.5)
    ax.hlines(np.arange(0.5, len(types) - 1), -0.5, len(docs) - 0.5, colors="#dddddd", linewidth=0.5)
    ax.set_xlim(-0.5, len(docs) - 0.5)
    ax.set_ylim(len(types) - 0.5, -0.5)
    for side in ("top", "right"):
        ax.spines[side].set_visible(True)
    ax.set_xlabel("source document (see Sources)")
    ax.set_title(CONDITIONS_TITLE, loc="left")
    from matplotlib.patches import Patch

    handles = [Patch(color=_CERTAINTY_COLOUR[k], label=k) for k in ("asserted", "alleged", "contested")]
    fig.legend(handles=handles, loc="outside lower center", ncol=3, frameon=False, fontsize=7)
    return _svg(fig, "cd", CONDITIONS_TITLE)
