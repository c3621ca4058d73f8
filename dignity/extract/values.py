"""Normalised values: number words, hours a day, durations in days, areas in m2,
and explicit dates.  Value hooks are named functions a recognizer pattern can ask
for (``value_hook: hours_per_day``); they read the regex match and the sentence.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Callable

from dignity.extract.prefilter import Scanner, lowered

__all__ = ["parse_number", "HOOKS", "parse_date", "find_dates", "duration_days", "ValueResult"]

_UNITS = {
    "zero": 0, "no": 0, "a": 1, "an": 1, "one": 1, "single": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "a couple of": 2, "couple": 2,
    "several": 3, "few": 3, "a few": 3, "dozen": 12, "a dozen": 12,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_FRACTIONS = {"half": 0.5, "a half": 0.5, "quarter": 0.25, "a quarter": 0.25}

#: regex source of a number a pattern can embed: ``(?P<num>{NUMBER})`` in YAML
NUMBER = (
    r"(?:\d+(?:[.,]\d+)?(?:\s*(?:½|1/2))?|"
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s\-]+(?:one|two|three|four|five|six|seven|eight|nine))?)|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|an?|half\s+an?|several|a\s+few|a\s+couple\s+of|a\s+dozen)"
    r"(?:\s+(?:and\s+)?(?:a\s+)?half)?"
)


def parse_number(text: str) -> float | None:
    """'twenty-three' -> 23, 'one and a half' -> 1.5, 'half an' -> 0.5, '1,5' -> 1.5."""
    t = text.strip().lower().replace("–", "-")
    if not t:
        return None
    extra = 0.0
    m = re.search(r"\s+(?:and\s+)?(?:a\s+)?half$", t)
    if m and not t.startswith("half"):
        extra = 0.5
        t = t[: m.start()].strip()
    if t.startswith("half"):
        return 0.5
    if t in _UNITS:  # "a dozen", "a few": one phrase, not "a" + "dozen"
        return _UNITS[t] + extra
    t = t.replace("½", ".5").replace(" 1/2", ".5")
    num = re.fullmatch(r"(\d+)(?:[.,](\d+))?", t.replace(" ", ""))
    if num:
        whole, frac = num.groups()
        if frac and "," in t and len(frac) == 3:  # 1,000
            return float(whole + frac) + extra
        return float(f"{whole}.{frac}" if frac else whole) + extra
    parts = re.split(r"[\s\-]+", t)
    total = 0.0
    seen = False
    for p in parts:
        if p in _TENS:
            total += _TENS[p]
            seen = True
        elif p in _UNITS:
            total += _UNITS[p]
            seen = True
        elif p in ("and",):
            continue
        else:
            joined = " ".join(parts)
            if joined in _UNITS:
                return _UNITS[joined] + extra
            return None
    return total + extra if seen else None


# ----------------------------------------------------------------------- durations
_PER_DAY = {"day": 1.0, "daily": 1.0, "night": 1.0, "24": 1.0, "week": 7.0, "weekly": 7.0,
            "fortnight": 14.0, "month": 30.44, "monthly": 30.44}


def _period_days(per: str) -> float | None:
    """How many days one period spans: 'day' 1, 'week' 7, 'other day' / 'alternate days' 2,
    'two days' / '3 days' N (None where N is unreadable); any other period counts as a day."""
    p = " ".join(per.strip().lower().split())
    p = {"daily": "day", "weekly": "week", "monthly": "month"}.get(p, p)
    if re.search(r"\b(?:other|second|alternate)\b", p):
        return 2.0
    m = re.fullmatch(r"(.+?)\s+days?", p)
    if m:
        n = parse_number(m.group(1))
        return n if n else None
    return _PER_DAY.get(p.rstrip("s"), 1.0)


_DAYS = {"hour": 1 / 24, "day": 1.0, "night": 1.0, "week": 7.0, "fortnight": 14.0,
         "month": 365.25 / 12, "year": 365.25}


def duration_days(number: str | float, unit: str) -> float | None:
    n = parse_number(number) if isinstance(number, str) else number
    if n is None:
        return None
    u = unit.lower().rstrip("s")
    if u not in _DAYS:
        return None
    return round(n * _DAYS[u], 1)


class ValueResult:
    __slots__ = ("value", "unit", "rule", "qualifiers")

    def __init__(self, value, unit: str | None, rule: str, qualifiers: dict | None = None) -> None:
        self.value = value
        self.unit = unit
        self.rule = rule
        self.qualifiers = qualifiers or {}


def _group(m: re.Match[str], name: str) -> str | None:
    return m.groupdict().get(name)


def _hours(m: re.Match[str], sentence: str) -> ValueResult | None:
    """Hours a day from ``num`` (and ``per``: day/week); 'all but N' from ``but``;
    a ``mins`` group marks the number as minutes."""
    num = _group(m, "num")
    if num is None:
        return None
    n = parse_number(num)
    if n is None:
        return None
    # patterns name the period "per", or "per0" / "per2" where it may stand in two places
    per = next((g for g in (_group(m, k) for k in ("per", "per0", "per2")) if g), "day")
    div = _period_days(per)
    if div is None:
        return None
    per = " ".join(per.strip().lower().split())
    per = {"daily": "day", "weekly": "week", "monthly": "month"}.get(per, per)
    if div == 1.0 or div == 7.0:
        per = per.rstrip("s")
    if _group(m, "half"):
        n += 0.5
    if _group(m, "mins"):  # "30 minutes a day" -> 0.5 hours
        n /= 60
    # "two hours a day, five days a week": the days of a week it holds on (group ``dpw``)
    dpw = parse_number(_group(m, "dpw")) if _group(m, "dpw") else None
    if _group(m, "but"):
        n = 24 - n
        rule = "all but N hours"
    else:
        rule = f"N {'minutes' if _group(m, 'mins') else 'hours'} per {per}"
    if dpw and div == 1.0 and 0 < dpw <= 7:
        n = n * dpw / 7
        rule += f", {dpw:g} days a week"
    value = round(n / div, 2)
    if value > 24:
        return None
    return ValueResult(value, "hours_per_day", rule)


def _out_of_cell_hours(m: re.Match[str], sentence: str) -> ValueResult | None:
    """'out of his cell one hour a day' -> 23 hours a day in the cell."""
    r = _hours(m, sentence)
    if r is None:
        return None
    return ValueResult(round(24 - r.value, 2), "hours_per_day", "24 minus hours out of cell")


_CLOCK = re.compile(
    r"(?P<h>\d{1,2})(?::(?P<m>\d{2}))?\s*(?P<ap>a\.?\s?m\.?|p\.?\s?m\.?)|(?P<noon>noon|midnight)", re.I)


def _clock_hours(text: str) -> float | None:
    m = _CLOCK.fullmatch(text.strip())
    if not m:
        return None
    if m.group("noon"):
        return 12.0 if m.group("noon").lower() == "noon" else 0.0
    h = int(m.group("h")) % 12
    mins = int(m.group("m") or 0)
    if m.group("ap").lower().startswith("p"):
        h += 12
    return h + mins / 60


def _time_range(m: re.Match[str], sentence: str) -> ValueResult | None:
    """'locked in from 11 p.m. to 6:30 a.m.' -> 7.5 hours a day."""
    a, b = _group(m, "t1"), _group(m, "t2")
    if not a or not b:
        return None
    h1, h2 = _clock_hours(a), _clock_hours(b)
    if h1 is None or h2 is None:
        return None
    span = (h2 - h1) % 24
    return ValueResult(round(span, 2), "hours_per_day", "clock range")


def _days(m: re.Match[str], sentence: str) -> ValueResult | None:
    num, unit = _group(m, "num"), _group(m, "unit")
    if num is None or unit is None:
        return None
    d = duration_days(num, unit)
    if d is None:
        return None
    q = {}
    if re.search(r"\bmost of\b", sentence[max(0, m.start() - 40): m.end() + 60], re.I):
        q["approximate"] = "at most (most of the period)"
    return ValueResult(round(d), "days", f"N {unit.lower()} in days", q)


def _area(m: re.Match[str], sentence: str) -> ValueResult | None:
    """'7 by 14 feet' -> 9.1 m2, '80 square feet' -> 7.4 m2, '6 m2' -> 6."""
    a, b = _group(m, "a"), _group(m, "b")
    unit = (_group(m, "unit") or "").lower()
    num = _group(m, "num")
    # "square feet", "sq. ft", "ft", "'" are feet; "square metres", "sq. m", "m2" are not
    feet = re.search(r"f(?:ee|oo)?t|'", unit) is not None
    if a and b:
        x, y = parse_number(a), parse_number(b)
        if x is None or y is None:
            return None
        area = x * y
        rule = "A by B"
    elif num:
        area = parse_number(num)
        if area is None:
            return None
        rule = "area"
    else:
        return None
    if feet:
        area *= 0.09290304
        rule += " feet -> m2"
    q = {}
    occ = _group(m, "occ")
    if occ and parse_number(occ):
        q["occupants"] = parse_number(occ)
    return ValueResult(round(area, 1), "m2", rule, q)


def _people(m: re.Match[str], sentence: str) -> ValueResult | None:
    num = _group(m, "num")
    n = parse_number(num) if num else None
    if n is None:
        return None
    return ValueResult(n, "people", "N people")


def _percent(m: re.Match[str], sentence: str) -> ValueResult | None:
    num = _group(m, "num")
    n = parse_number(num) if num else None
    if n is None:
        return None
    return ValueResult(f"{n:g} percent over capacity", None, "percent over capacity",
                       {"percent_over_capacity": n})


def _label(m: re.Match[str], sentence: str) -> ValueResult | None:
    lab = _group(m, "label")
    if not lab:
        return None
    return ValueResult(" ".join(lab.split()), None, "named label")


HOOKS: dict[str, Callable[[re.Match[str], str], ValueResult | None]] = {
    "hours_per_day": _hours,
    "out_of_cell_hours": _out_of_cell_hours,
    "time_range": _time_range,
    "days": _days,
    "area": _area,
    "people": _people,
    "percent_over_capacity": _percent,
    "label": _label,
}

# ---------------------------------------------------------------------------- dates
MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
MONTHS["sept"] = 9
_MON = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
        r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
DATE_RX = re.compile(
    rf"\b(?:(?P<m1>{_MON})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y1>\d{{4}}))?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MON})(?:,?\s+(?P<y2>\d{{4}}))?"
    rf"|(?P<y3>\d{{4}})-(?P<m3>\d{{2}})-(?P<d3>\d{{2}})"
    rf"|(?:(?:early|mid|late)[\s\-]+)?(?P<m4>{_MON})\s+(?P<y4>\d{{4}}))\b")

_DATE_SCAN = Scanner(DATE_RX)


def _mk(y: int | None, mo: int, d: int | None) -> str | None:
    try:
        if y is None:
            return None
        if d is None:
            return f"{y:04d}-{mo:02d}"
        return date(y, mo, d).isoformat()
    except ValueError:
        return None


def parse_date_match(m: re.Match[str], default_year: int | None = None) -> str | None:
    g = m.groupdict()
    if g["m1"]:
        y = int(g["y1"]) if g["y1"] else default_year
        return _mk(y, MONTHS[g["m1"].lower().rstrip(".")[:3]], int(g["d1"]))
    if g["m2"]:
        y = int(g["y2"]) if g["y2"] else default_year
        return _mk(y, MONTHS[g["m2"].lower().rstrip(".")[:3]], int(g["d2"]))
    if g["y3"]:
        return _mk(int(g["y3"]), int(g["m3"]), int(g["d3"]))
    if g["m4"]:
        return _mk(int(g["y4"]), MONTHS[g["m4"].lower().rstrip(".")[:3]], None)
    return None


def find_dates(text: str, default_year: int | None = None) -> list[tuple[int, int, str]]:
    """Every explicit date in ``text``: (start, end, ISO date or year-month)."""
    return list(_find_dates(text, default_year))


@lru_cache(maxsize=4096)
def _find_dates(text: str, default_year: int | None) -> tuple[tuple[int, int, str], ...]:
    # a sentence is asked once per fact in it: remembered; found by the regex's
    # lower-case twin (prefilter.py), the date read from the original text
    out = []
    for m in _DATE_SCAN.matches(text, lowered(text)):
        iso = parse_date_match(m, default_year)
        if iso:
            out.append((m.start(), m.end(), iso))
    return tuple(out)


def parse_date(text: str | None) -> date | None:
    """An ISO date, or a year-month / year (first day), from a string."""
    if not text:
        return None
    t = text.strip()
    for fmt in (r"(\d{4})-(\d{2})-(\d{2})", r"(\d{4})-(\d{2})", r"(\d{4})"):
        m = re.match(fmt, t)
        if m:
            parts = [int(x) for x in m.groups()] + [1, 1]
            try:
                return date(parts[0], parts[1], parts[2])
            except ValueError:
                return None
    found = find_dates(t)
    if found:
        return parse_date(found[0][2])
    return None
