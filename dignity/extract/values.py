"""Normalised values: number words, hours a day, durations in days, areas in m2,
and explicit dates.  Value hooks are named functions a recognizer pattern can ask
for (``value_hook: hours_per_day``); they read the regex match and the sentence.

Besides the hooks: every value has a plausible range (``PLAUSIBLE``; outside it the
fact keeps no value and says why); a frequency stays a frequency ("three hours a
week" is 0.43 hours a day with ``{"per": "week", "amount": 3}``; "visits twice a
month" is a qualifier, never a duration); ``find_durations`` reads the lengths of
time a sentence gives (numbers, start dates counted to an end date, words without
numbers); ``occupants`` reads how many share a cell.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Callable

from dignity.extract import languages
from dignity.extract.prefilter import Scanner, lowered
from dignity.rulecache import compile_regex

__all__ = ["parse_number", "HOOKS", "parse_date", "find_dates", "duration_days", "ValueResult",
           "PLAUSIBLE", "implausible", "occupants", "Duration", "find_durations", "frequency", "FREQUENCY_TYPES",
           "design_and_headcount", "headcount_across", "clause_value",
           "NUMERIC_TYPES", "Reading", "rate_readings", "area_readings"]

class Lexicon:
    """What values read of a language, from its pack's ``language.yaml``: number words,
    periods, time units, months and date forms (``dignity.extract.languages``)."""

    def __init__(self, code: str, spec) -> None:  # spec: languages.LanguageSpec
        nums = spec.numbers
        self.code = code
        self.units: dict[str, float] = dict(nums.words) if nums else {}
        self.tens: dict[str, float] = dict(nums.tens) if nums else {}
        self.joiners = frozenset(nums.joiners) if nums else frozenset()
        self.half_after = compile_regex(nums.half_after) if nums and nums.half_after else None
        self.half_before = compile_regex(nums.half_before) if nums and nums.half_before else None
        #: regex source of a number (``{NUM}`` in patterns); none matches nothing
        self.number = nums.regex if nums else r"(?!x)x"
        self.per_day: dict[str, float] = dict(spec.periods)
        self.period_aliases: dict[str, str] = dict(spec.period_aliases)
        self.days: dict[str, float] = dict(spec.time_units)
        self.unit_forms: dict[str, str] = dict(spec.unit_forms)
        dates = spec.dates
        self.months: dict[str, int] = dict(dates.months) if dates else {}
        forms = [f.replace("{MON}", dates.month_regex or r"(?!x)x") for f in dates.forms] if dates else []
        self.date_rx = compile_regex(r"\b(?:" + "|".join(forms) + r")\b", re.I) if forms else None
        self.date_scan = Scanner(self.date_rx) if self.date_rx is not None else None
        self.frequency_words: dict[str, float] = dict(spec.frequency_words)
        self.year_parts: dict[str, tuple[int, int]] = dict(dates.year_parts) if dates else {}
        #: a month's name standing alone, as the pack writes it (case kept: English "May" is a
        #: month where "may" is a verb), for the first end of "from March to June 2021"
        self.bare_month_rx = (compile_regex(r"\b(?:" + dates.month_regex + r")(?!\w)")
                              if dates and dates.month_regex else None)

    def month(self, name: str) -> int | None:
        """A month's number from its name as written ("Sept.", "enero"), or None."""
        low = name.lower().rstrip(".")
        return self.months.get(low) or self.months.get(low[:3])

    def unit_days(self, unit: str) -> float | None:
        """Days in one ``unit`` ("months", "semanas"), or None."""
        u = unit.lower()
        if u in self.days:
            return self.days[u]
        if u in self.unit_forms:
            return self.days.get(self.unit_forms[u])
        return self.days.get(u.rstrip("s"))


@lru_cache(maxsize=None)
def lexicon(lang: str = "en") -> Lexicon:
    """The lexicon of a language's pack (built once)."""
    pack = languages.language_pack(lang)
    return Lexicon(pack.code, pack.spec)


# The functions below remembered per sentence (``lru_cache``) take the code of the language
# being read as an argument of their own (``lang``): unused in their body, it keeps the
# same sentence read in two languages apart in the cache.


def current() -> Lexicon:
    """The lexicon of the document being read (``languages.reading``), English outside one."""
    return lexicon(languages.current().code)


#: read values (and every other step) with ``lang``'s pack for the duration of a block
reading = languages.reading


def _rx(name: str) -> re.Pattern[str]:
    """The regex ``name`` of the language being read (its pack's ``language.yaml``,
    ``patterns``): the words around a number that say what it counts."""
    return languages.current().rx(name)


#: regex source of an English number a pattern can embed: ``(?P<num>{NUMBER})`` (the
#: pack's ``numbers.regex``; another language's is ``lexicon(lang).number``)
NUMBER = lexicon("en").number


def parse_number(text: str) -> float | None:
    """'twenty-three' -> 23, 'one and a half' -> 1.5, 'half an' -> 0.5, '1,5' -> 1.5
    (in the words of the language being read: ``reading``)."""
    lex = current()
    t = text.strip().lower().replace("–", "-")
    if not t:
        return None
    extra = 0.0
    half_first = lex.half_before is not None and lex.half_before.match(t) is not None
    m = lex.half_after.search(t) if lex.half_after is not None else None
    if m and not half_first:
        extra = 0.5
        t = t[: m.start()].strip()
    if half_first:
        return 0.5
    units = lex.units
    if t in units:  # "a dozen", "a few": one phrase, not "a" + "dozen"
        return units[t] + extra
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
    k = 0
    while k < len(parts):
        # the longest run of parts the lexicon names as one ("quatre-vingt-dix" is 90, not 4 + 20 + 10)
        n, value = _lexicon_run(parts, k, lex)
        if n:
            total += value
            seen = True
            k += n
        elif parts[k] in lex.joiners:
            k += 1
        else:
            joined = " ".join(parts)
            if joined in units:
                return units[joined] + extra
            return None
    return total + extra if seen else None


def _lexicon_run(parts: list[str], k: int, lex) -> tuple[int, float]:
    """(how many parts from ``k`` on, their value): the longest run, up to three parts, that
    the language's tens or units name whole ("quatre-vingt-dix", "soixante-dix"), else (0, 0)."""
    for n in (3, 2, 1):
        if k + n > len(parts):
            continue
        run = parts[k : k + n]
        for key in ("-".join(run), " ".join(run)) if n > 1 else (run[0],):
            if key in lex.tens:
                return n, lex.tens[key]
            if key in lex.units:
                return n, lex.units[key]
    return 0, 0.0


# ----------------------------------------------------------------------- durations
def _period_days(per: str) -> float | None:
    """How many days one period spans: 'day' 1, 'week' 7, 'other day' / 'alternate days' 2,
    'two days' / '3 days' N (None where N is unreadable); any other period counts as a day."""
    lex = current()
    p = " ".join(per.strip().lower().split())
    p = lex.period_aliases.get(p, p)
    if _rx("every_other").search(p):
        return 2.0
    m = _rx("n_days").fullmatch(p)
    if m:
        n = parse_number(m.group(1))
        return n if n else None
    return lex.per_day.get(p, lex.per_day.get(p.rstrip("s"), 1.0))


def duration_days(number: str | float, unit: str) -> float | None:
    n = parse_number(number) if isinstance(number, str) else number
    if n is None:
        return None
    days = current().unit_days(unit)
    if days is None:
        return None
    return round(n * days, 1)


class ValueResult:
    """What a value hook read: the value (None where the text gives none that can be
    trusted, with the reason in ``qualifiers``), and ``reject``: the words matched are
    not a fact of the pattern's type at all (a frequency read as a duration), and why."""

    __slots__ = ("value", "unit", "rule", "qualifiers", "reject")

    def __init__(self, value, unit: str | None, rule: str, qualifiers: dict | None = None,
                 reject: str | None = None) -> None:
        self.value = value
        self.unit = unit
        self.rule = rule
        self.qualifiers = qualifiers or {}
        self.reject = reject


#: the plausible range of a value in each unit, both ends inclusive: a cell of
#: "0 square metres" or "half a square foot", 30 hours a day or 200 years of isolation
#: is a misreading (or a typo in the source), never a number a rule may rest on
PLAUSIBLE: dict[str, tuple[float, float]] = {
    "hours_per_day": (0.0, 24.0),
    "days": (0.0, 60 * 365.25),
    "m2": (0.5, 500.0),
    "m2_per_person": (0.1, 500.0),
    "people": (1.0, 10_000_000.0),
}


def implausible(value: float | None, unit: str | None) -> str | None:
    """Why ``value`` cannot be a value in ``unit`` ("outside 0.5-500 m2"), or None."""
    if value is None or unit not in PLAUSIBLE or isinstance(value, bool):
        return None
    lo, hi = PLAUSIBLE[unit]
    if lo <= value <= hi:
        return None
    return f"{value:g} {unit} is outside the plausible range {lo:g}-{hi:g}"


def _checked(value: float, unit: str, rule: str, qualifiers: dict | None = None) -> ValueResult:
    """A result whose value is dropped (kept in ``qualifiers`` with the reason) when it
    lies outside the plausible range of its unit."""
    q = dict(qualifiers or {})
    why = implausible(value, unit)
    if why is not None:
        q.update({"implausible_value": value, "no_value_because": why})
        return ValueResult(None, unit, rule, q)
    return ValueResult(value, unit, rule, q)


#: the whole part of a decimal right before a group that holds only its fraction: a pattern that
#: writes its number as one or two digits finds the "5" of "1,5 horas" on its own
_DECIMAL_HEAD = re.compile(r"(?<![\d.,])\d{1,3}[.,]$")


def _group(m: re.Match[str], name: str) -> str | None:
    """The text of group ``name``; a number whose match began after the decimal point or comma
    of the number it belongs to ("1,5", "2.5") is read whole."""
    g = m.groupdict().get(name)
    if g and g[0].isdigit() and callable(getattr(m, "start", None)) and hasattr(m, "re"):
        at = m.start(name)
        head = _DECIMAL_HEAD.search(m.string, max(0, at - 5), at)
        if head is not None:
            return m.string[head.start():at] + g
    return g


def _hours(m: re.Match[str], sentence: str) -> ValueResult | None:
    """Hours a day from ``num`` (and ``per``: day/week); 'all but N' from ``but``;
    a ``mins`` group marks the number as minutes."""
    num = _group(m, "num")
    if num is None:
        return None
    n = parse_number(num)
    if n is None:
        return None
    # patterns name the period "per", or "per0" / "per2" where it may stand in two places; where
    # none caught it, the period right after "N hours" ("one hour a week in a cage") is read
    per = next((g for g in (_group(m, k) for k in ("per", "per0", "per2")) if g), None)
    per_week_sessions: float | None = None
    if per is None:
        after = _rx("period_after").match(m.string, m.end("num")) if callable(getattr(m, "end", None)) else None
        per = after.group("per") if after else None
        sessions = _rx("times_after").match(m.string, m.end()) \
            if per is None and callable(getattr(m, "end", None)) else None
        if sessions is not None:  # "una hora de patio tres veces por semana": three hours a week
            per_week_sessions = _session_count(sessions.group("t"))
            per = sessions.group("per") if per_week_sessions else None
        per = per or "day"
    div = _period_days(per)
    if div is None:
        return None
    per = " ".join(per.strip().lower().split())
    per = current().period_aliases.get(per, per)
    if div == 1.0 or div == 7.0:
        per = per.rstrip("s")
    if _group(m, "half"):
        n += 0.5
    if callable(getattr(m, "start", None)) and _rx("activity_before").search(
            m.string, max(0, m.start("num") - 45), m.start("num")):
        why = "the hours of something done to him or of a visit, not of a regime"
        return ValueResult(None, "hours_per_day", "hours of an activity", {"no_value_because": why}, reject=why)
    if _group(m, "addmin"):  # "23 hours and 30 minutes a day"
        n += (parse_number(_group(m, "addmin") or "") or 0) / 60
    part = _rx("part_of").search(m.string, max(0, m.start("num") - 30), m.start("num")) \
        if callable(getattr(m, "start", None)) else None
    if part and n == 1:  # "a quarter of an hour", "three quarters of an hour", "half of an hour"
        n = 0.75 if part.group(1).lower().startswith("three") else 0.5 if "half" in part.group(1).lower() else 0.25
    if callable(getattr(m, "start", None)):  # "five one-hour periods a week": five sessions of an hour
        count = _rx("sessions_before").search(m.string, max(0, m.start("num") - 12), m.start("num"))
        if count and _rx("sessions_after").match(m.string, m.end("num")):
            times = parse_number(count.group("n"))
            n = n * times if times else n
    if _group(m, "mins"):  # "30 minutes a day" -> 0.5 hours
        n /= 60
    if per_week_sessions:
        n *= per_week_sessions
    if n == 24 and callable(getattr(m, "start", None)):  # "20 of every 24 hours": the 20, out of a day
        share = _rx("of_every_day").search(m.string, max(0, m.start("num") - 40), m.start("num"))
        least = parse_number(share.group("n")) if share else None
        if least is not None and least < 24:
            n = least
    # "two hours a day, five days a week": the days of a week it holds on (group ``dpw``)
    dpw = parse_number(_group(m, "dpw")) if _group(m, "dpw") else None
    if _group(m, "but"):
        n = 24 * div - n  # "all but five hours a week": 163 of the week's 168 hours
        rule = "all but N hours"
    else:
        rule = f"N {'minutes' if _group(m, 'mins') else 'hours'} per {per}"
    q: dict = {}
    if div != 1.0:  # a weekly (or other) figure: the frequency as the text gives it
        q = {"per": per, "amount": round(n * (60 if _group(m, "mins") else 1), 2),
             "amount_unit": "minutes" if _group(m, "mins") else "hours"}
    rng = _rx("hours_range_top").search(m.string[m.end("num"):m.end()]) if callable(getattr(m, "end", None)) else None
    if rng and not _group(m, "but") and div == 1.0:  # "22 to 24 hours a day": the least, and the most
        top = parse_number(rng.group(1))
        if top is not None and top > n:
            q["up_to"] = top
    low = _rx("between").search(m.string, 0, m.start("num")) if callable(getattr(m, "start", None)) else None
    if low and not _group(m, "but") and not _group(m, "mins") and div == 1.0 and "up_to" not in q:
        least = parse_number(low.group("low"))  # "between one and two hours of exercise": the least, and the most
        if least is not None and least < n:
            q["up_to"], n = n, least
    if dpw and div == 1.0 and 0 < dpw <= 7:
        q = {"per": "day", "amount": round(n, 2), "amount_unit": "hours", "days_a_week": dpw}
        n = n * dpw / 7
        rule += f", {dpw:g} days a week"
    return _checked(round(n / div, 2), "hours_per_day", rule, q)


def _session_count(text: str) -> float | None:
    """How many times "three times", "tres veces", "deux fois", "twice" say."""
    t = " ".join(text.lower().split())
    words = current().frequency_words
    if t in words:
        return words[t]
    first = t.split()[0]
    if first in words:
        return words[first]
    return parse_number(first)


def _out_of_cell_hours(m: re.Match[str], sentence: str) -> ValueResult | None:
    """'out of his cell one hour a day' -> 23 hours a day in the cell."""
    r = _hours(m, sentence)
    if r is None or r.value is None:
        return r
    q = {**r.qualifiers, "out_of_cell_hours_per_day": r.value}
    return _checked(round(24 - r.value, 2), "hours_per_day", "24 minus hours out of cell", q)


def _clock_hours(text: str) -> float | None:
    """A clock time in the pack's ``clock`` pattern: 12-hour with ``ap`` (en), or 24-hour
    where the pattern has no ``ap`` or it did not match ("18:00", "19 h"); ``midday`` /
    ``midnight`` groups name noon and midnight in any language (en ``noon`` still reads both)."""
    m = _rx("clock").fullmatch(text.strip())
    if not m:
        return None
    g = m.groupdict()
    if g.get("midday"):
        return 12.0
    if g.get("midnight"):
        return 0.0
    if g.get("noon"):
        return 12.0 if g["noon"].lower() == "noon" else 0.0
    if not g.get("h"):
        return None
    h = int(g["h"])
    mins = int(g.get("m") or 0)
    if mins >= 60:
        return None
    if g.get("ap"):
        h = h % 12 + (12 if g["ap"].lower().startswith("p") else 0)
    elif h > 24:
        return None
    return (h % 24) + mins / 60


def _time_range(m: re.Match[str], sentence: str) -> ValueResult | None:
    """'locked in from 11 p.m. to 6:30 a.m.' -> 7.5 hours a day."""
    a, b = _group(m, "t1"), _group(m, "t2")
    if not a or not b:
        return None
    h1, h2 = _clock_hours(a), _clock_hours(b)
    if h1 is None or h2 is None:
        return None
    span = (h2 - h1) % 24
    return _checked(round(span, 2), "hours_per_day", "clock range")


def frequency_reason(sentence: str, start: int, end: int) -> str | None:
    """Why the number of days at [start, end) is a frequency ("five days a week",
    "22 hours a day") rather than a length of time, or None."""
    rate = _rx("rate_after").match(sentence, end)
    if rate:
        return f"a frequency: {sentence[start:rate.end()].strip()!r}"
    if _rx("rate_before").search(sentence[max(0, start - 12):start]):
        return f"a frequency: the period of a rate ({sentence[max(0, start - 12):end].strip()!r})"
    return None


def _bound(sentence: str, start: int) -> dict:
    """'more than three years' is a lower bound, 'nearly two years' an upper one."""
    head = sentence[max(0, start - 48):start]
    if _rx("at_least").search(head):
        return {"at_least": True}
    if _rx("at_most").search(head):
        return {"at_most": True}
    return {}


_UNIT_RANK = {"day": 0, "week": 1, "fortnight": 1, "month": 2, "year": 3, "decade": 4}


def _unit_rank(unit: str, default: int) -> float:
    """How long a unit is, to order the parts of '2 ans et 4 mois': the English rank, else
    the unit's length in days in the language being read ('mois', 'años')."""
    rank = _UNIT_RANK.get(unit.lower().rstrip("s"))
    if rank is not None:
        return rank
    days = current().unit_days(unit)
    if days is None:
        return default
    # on the rank scale: day 0, week 1, month 2, year 3, decade 4
    return 0 if days < 7 else 1 if days < 28 else 2 if days < 365 else 3 if days < 3650 else 4


def _compound(sentence: str, start: int, end: int, days: float, unit: str) -> tuple[float, int]:
    """'5 months and 20 days', 'two years and three months': the whole length (and where it
    starts), where the number read is one part of it."""
    rank = _unit_rank(unit, 0)
    after = _rx("and_more").match(sentence, end)
    if after and _unit_rank(after.group("unit"), 9) < rank:
        days += duration_days(after.group("num"), after.group("unit")) or 0
    before = _rx("more_and").search(sentence, max(0, start - 40), start)
    if before and _unit_rank(before.group("unit"), -1) > rank:
        days += duration_days(before.group("num"), before.group("unit")) or 0
        start = before.start()
    return days, start


def _window(sentence: str, at: int) -> str | None:
    """Why the length whose number starts at ``at`` is the span another length was counted over
    ("114 days in solitary over a period of seven months"), or None."""
    if _rx("window_before").search(sentence, max(0, at - 45), at) is None \
            or _rx("length_before").search(sentence, max(0, at - 160), at) is None:
        return None
    return "the span over which a length told before it was counted, not a stay"


def _days(m: re.Match[str], sentence: str) -> ValueResult | None:
    num, unit = _group(m, "num"), _group(m, "unit")
    if num is None or unit is None:
        return None
    why = _window(sentence, m.start("num"))
    if why is not None:
        return ValueResult(None, "days", "span of a count", {"no_value_because": why}, reject=why)
    d = duration_days(num, unit)
    if d is None:
        return None
    if _rx("sentence_before").search(sentence, max(0, m.start("num") - 40), m.start("num")) \
            and not _rx("sanction_place").match(sentence, m.end("unit")):
        # ("sentenced to 60 days in the hole" is a disciplinary sanction of isolation, not a prison term)
        why = f"the length of a sentence of imprisonment: {sentence[max(0, m.start('num') - 20):m.end('unit')]!r}"
        return ValueResult(None, "days", "length of a prison sentence", {"no_value_because": why}, reject=why)
    part = _rx("part").match(sentence, m.end("unit"), max(m.end(), m.end("unit")))
    if part and parse_number(part.group("n")) is not None:
        # "15 years, the last two in solitary": the part spent in isolation, not the whole
        d = duration_days(parse_number(part.group("n")), part.group("u") or unit)
        if d is None:
            return None
        return _checked(round(d), "days", f"the {part.group('which').lower()} N {unit.lower()} of a longer stay",
                        {"of_a_stay_of_days": duration_days(num, unit)})
    if _rx("and_a_half_after").match(sentence[m.end("unit"):]) and not _group(m, "half"):
        d = round(d + (duration_days(0.5, unit) or 0), 1)  # "a year and a half"
    why = frequency_reason(sentence, m.start("num"), m.end("unit"))
    if why is not None:
        return ValueResult(None, "days", "frequency, not a duration", {"frequency": why}, reject=why)
    d, start = _compound(sentence, m.start("num"), m.end("unit"), d, unit)
    q = _bound(sentence, start)
    if _rx("and_counting").match(sentence[m.end("unit"):]):
        q.update({"at_least": True, "ongoing": True})
    if _rx("most_of").search(sentence[max(0, m.start() - 40): m.end() + 60]):
        q["approximate"] = "at most (most of the period)"
    return _checked(round(d), "days", f"N {unit.lower()} in days", q)


def _area(m: re.Match[str], sentence: str) -> ValueResult | None:
    """'7 by 14 feet' -> 9.1 m2, '80 square feet' -> 7.4 m2, '6 m2' -> 6."""
    a, b = _group(m, "a"), _group(m, "b")
    unit = (_group(m, "unit") or "").lower()
    num = _group(m, "num")
    # "square feet", "sq. ft", "ft", "'" are feet; "square metres", "sq. m", "m2" are not
    feet = _rx("feet_unit").search(unit) is not None
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
    elif _rx("cm_unit").search(unit):
        area *= 0.0001
        rule += " cm -> m2"
    # the words before the figure ("each prisoner has less than 2 m2"), where the match holds them too
    lead = m.start("num") if num and callable(getattr(m, "start", None)) and m.start("num") >= 0 else \
        (m.start() if callable(getattr(m, "start", None)) else 0)
    # "a sanitary annexe (usually 1 m2 to 2 m2)", "a yard of 20 m2": the area of another place, not the cell's
    if _rx("area_of_other_before").search(sentence[max(0, lead - 60):lead]):
        why = f"the area of another place: {sentence[max(0, lead - 30):lead].strip()!r}"
        return ValueResult(None, "m2", "area of another place", {"no_value_because": why}, reject=why)
    # "less than 3 m2 a person" is an upper bound: the space is under the figure, not at it
    q: dict = _bound(sentence, lead) if num else {}
    # the per-head words right after the unit, inside the match too ("3 m2 per person" matched whole)
    unit_end = m.end("unit") if unit and callable(getattr(m, "end", None)) and m.end("unit") >= 0 else None
    if callable(getattr(m, "end", None)) and (_rx("per_head_after").match(sentence, m.end())
                                    or (unit_end is not None and unit_end != m.end()
                                        and _rx("per_head_after").match(sentence, unit_end))
                                    or _rx("per_head_before").search(sentence[max(0, lead - 60):lead])):
        # "less than 1 square metre per prisoner": the space of each, not the cell's
        res = _checked(round(area, 2), "m2_per_person", rule + ", per person", q)
        res.unit = "m2"
        if res.value is not None:
            res.qualifiers.update({"m2_per_person": res.value, "area_is_per_person": True})
        return res
    occ = parse_number(_group(m, "occ") or "") if _group(m, "occ") else None
    if occ is None and callable(getattr(m, "end", None)):
        occ = occupants(sentence, m.start(), m.end())
    res = _checked(round(area, 1) if area >= 0.05 else round(area, 3), "m2", rule, q)
    if occ and res.value is not None and implausible(occ, "people") is None:
        res.qualifiers.update({"occupants": occ, "m2_per_person": round(area / occ, 2)})
    return res


#: how many people share the cell: "shared by two inmates", "four prisoners in a 9 m2
#: cell", "holds three detainees", "double-celled"; never its design capacity
#: ("built for one", "designed for single occupancy")
#: a headcount near a cell's size (patterns of the pack), and headcounts in words
_OCCUPANT_PATTERNS = ("occupants_by", "occupants_in", "occupants_with", "occupants_to_a_cell")  # (probes2) last
_OCCUPANCY_WORDS = (("double_celled", 2.0), ("triple_celled", 3.0), ("two_to_a_cell", 2.0), ("with_cellmate", 2.0))


def occupants(sentence: str, start: int, end: int, reach: int = 120) -> float | None:
    """How many people share the cell whose size is at [start, end) of ``sentence``: the
    nearest headcount within ``reach`` characters ("shared by two inmates", "four
    prisoners in a 9 m2 cell", "double-celled"), or None.  A design capacity ("built
    for one") is no headcount."""
    lo, hi = max(0, start - reach), min(len(sentence), end + reach)
    best: tuple[int, float] | None = None
    patterns = [_rx(name) for name in _OCCUPANT_PATTERNS]
    for rx in patterns:
        for m in rx.finditer(sentence, lo, hi):
            if _rx("capacity").search(sentence[max(0, m.start() - 20):m.start("n")]):
                continue
            if m.start() < end and start < m.end() and rx is not patterns[1]:
                continue
            n = parse_number(m.group("n"))
            if not n or implausible(n, "people"):
                continue
            if _rx("occupants_other").search(m.group(0)):
                n += 1  # "shares a cell with two other men": three in it
            dist = m.start() - end if m.start() >= end else start - m.end()
            if best is None or abs(dist) < best[0]:
                best = (abs(dist), n)
    for name, n in _OCCUPANCY_WORDS:
        for m in _rx(name).finditer(sentence, lo, hi):
            dist = abs(m.start() - end) if m.start() >= end else abs(start - m.end())
            if best is None or dist < best[0]:
                best = (dist, n)
    return best[1] if best else None


def _people(m: re.Match[str], sentence: str) -> ValueResult | None:
    num = _group(m, "num")
    n = parse_number(num) if num else None
    if n is None:
        return None
    return _checked(n, "people", "N people")


def _percent(m: re.Match[str], sentence: str) -> ValueResult | None:
    num = _group(m, "num")
    n = parse_number(num) if num else None
    if n is None:
        return None
    return ValueResult(f"{n:g} percent over capacity", None, "percent over capacity",
                       {"percent_over_capacity": n})


def _capacity_check(m: re.Match[str], sentence: str) -> ValueResult | None:
    """A design capacity beside a head count is overcrowding only where the count is the
    larger: "a capacity of 500 held 420" is a prison below its capacity (rejected).  The
    words are the pack's (``language.yaml`` patterns ``design_capacity`` and ``headcount``,
    each with a number in group ``n``; ``headcount``'s group ``more`` says "more than")."""
    cap = _rx("design_capacity").search(sentence)
    head = next((h for h in _rx("headcount").finditer(sentence)
                 if not (cap and cap.start() <= h.start("n") < cap.end())), None)
    if cap is None or head is None:
        return None
    c, n = parse_number(cap.group("n").replace(",", "")), parse_number(head.group("n").replace(",", ""))
    if c is None or n is None:
        return None
    if n < c or (n == c and not head.group("more")):
        return ValueResult(None, None, "head count within capacity",
                           reject=f"{n:g} held where the capacity is {c:g}")
    return None


def headcount_across(first: str, second: str) -> tuple[float, float, bool, re.Match[str]] | None:
    """A design capacity told in one sentence and the head count in the next ("The prison
    was built for 600 inmates. It currently holds 1,420."): ``(headcount, capacity, over it,
    the count's match in second)``, or None.  The pack's words: ``pair_capacity`` (group ``n``)
    in ``first`` with no head count of its own (``headcount``), ``pair_count`` opening
    ``second`` with words that point back to the place (groups ``n`` and ``more``) and no
    capacity of its own; a count of staff or visitors (``pair_not_held``) is none."""
    count = _rx("pair_count").match(second)
    if count is None or _rx("pair_capacity").search(second) or _rx("design_capacity").search(second):
        return None
    if _rx("pair_not_held").match(second, count.end("n")):
        return None
    caps = list(_rx("pair_capacity").finditer(first))
    if len(caps) != 1 or _rx("headcount").search(first, caps[0].end()) \
            or _rx("headcount").search(first, 0, caps[0].start()) or _rx("pair_planned").search(first) \
            or _rx("pair_not_held").match(first, caps[0].end("n")):
        return None  # two places' capacities, a count of its own, a place still planned, 40 cooks: no pair
    c, n = (_count(re.sub(r"[\s\u202f\u00a0]", "", x.group("n"))) for x in (caps[0], count))
    if not c or not n or implausible(n, "people") or implausible(c, "people"):
        return None
    # "more than 300" where the capacity is 300: over it
    return n, c, n > c or bool(count.group("more") and n == c), count


def _label(m: re.Match[str], sentence: str) -> ValueResult | None:
    lab = _group(m, "label")
    if not lab:
        return None
    return ValueResult(" ".join(lab.split()), None, "named label")


def _count(text: str | None) -> float | None:
    """A headcount: '1.333' and '1,333' are thousands; else ``parse_number``."""
    if not text:
        return None
    t = text.strip()
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", t):
        return float(re.sub(r"[.,]", "", t))
    return parse_number(t)


def _capacity(m: re.Match[str]) -> tuple[float, float] | None:
    """(headcount, capacity) from groups ``pop``/``cap`` (or ``pop2``/``cap2``)."""
    pop = _count(_group(m, "pop") or _group(m, "pop2"))
    cap = _count(_group(m, "cap") or _group(m, "cap2"))
    if pop is None or cap is None or cap <= 0:
        return None
    return pop, cap


def _over_capacity(m: re.Match[str], sentence: str) -> ValueResult | None:
    """'170 detainees where its capacity is 50': overcrowded (a headcount above the
    capacity); a headcount within it is no overcrowding (rejected)."""
    pc = _capacity(m)
    if pc is None:
        return ValueResult(None, None, "headcount and capacity", reject="no headcount and capacity read")
    pop, cap = pc
    if pop <= cap:
        return ValueResult(None, None, "headcount within capacity", reject=f"{pop:g} held for {cap:g} places")
    return ValueResult(f"{pop:g} held for {cap:g} places", None, "headcount over capacity",
                       {"headcount": pop, "capacity": cap, "percent_over_capacity": round(100 * (pop - cap) / cap)})


def _within_capacity(m: re.Match[str], sentence: str) -> ValueResult | None:
    """'a capacity of 96, a population of 57': no overcrowding (the pattern says
    negated); a headcount above the capacity is rejected here (``over_capacity`` reads it)."""
    pc = _capacity(m)
    if pc is None:
        return ValueResult(None, None, "headcount and capacity", reject="no headcount and capacity read")
    pop, cap = pc
    if pop > cap:
        return ValueResult(None, None, "headcount over capacity", reject=f"{pop:g} held for {cap:g} places")
    return ValueResult(f"{pop:g} held for {cap:g} places", None, "headcount within capacity",
                       {"headcount": pop, "capacity": cap})


HOOKS: dict[str, Callable[[re.Match[str], str], ValueResult | None]] = {
    "over_capacity": _over_capacity,
    "within_capacity": _within_capacity,
    "hours_per_day": _hours,
    "out_of_cell_hours": _out_of_cell_hours,
    "time_range": _time_range,
    "days": _days,
    "area": _area,
    "people": _people,
    "percent_over_capacity": _percent,
    "capacity_check": _capacity_check,
    "label": _label,
}

# ---------------------------------------------------------------------------- dates
#: the English months (name or abbreviation -> number) and date regex; another language's
#: are ``lexicon(lang).months`` / ``.date_rx`` (its pack's ``dates``)
MONTHS = lexicon("en").months
DATE_RX = lexicon("en").date_rx


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
    """The ISO date (or year-month) of a match of a pack's date forms."""
    g = m.groupdict()
    lex = current()
    for k in range(1, 10):
        if f"y{k}" not in g and f"m{k}" not in g:
            break
        mon = g.get(f"m{k}")
        if not mon:
            continue
        year, day = g.get(f"y{k}"), g.get(f"d{k}")
        if mon.isdigit():
            mo: int | None = int(mon)
            y = int(year) if year else None
        else:
            mo = lex.month(mon)
            y = int(year) if year else (default_year if day else None)
        if mo is None or y is None:
            return None
        return _mk(y, mo, int(day) if day else None)
    return None


def find_dates(text: str, default_year: int | None = None) -> list[tuple[int, int, str]]:
    """Every explicit date in ``text``: (start, end, ISO date or year-month)."""
    return list(_find_dates(text, default_year, current().code))


@lru_cache(maxsize=4096)
def _find_dates(text: str, default_year: int | None, lang: str) -> tuple[tuple[int, int, str], ...]:
    # a sentence is asked once per fact in it: remembered; found by the regex's
    # lower-case twin (prefilter.py), the date read from the original text
    out: list[tuple[int, int, str]] = []
    scan = lexicon(lang).date_scan
    if scan is None:
        return ()
    for m in scan.matches(text, lowered(text)):
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


def _in_hours(unit: str) -> bool:
    """Whether a time unit as written is the hour (by the pack's ``time_units``: "hours", "heures")."""
    days = current().unit_days(unit)
    return days is not None and days < 0.5


def _hours_not_length(m: re.Match[str], sentence: str) -> bool:
    """Whether a number of hours at ``m`` is no length of a stay: a rate ("for 23 hours a
    day"), or under a day without the words that make it one stretch ("for a period of 12
    hours", "18 consecutive hours"); "a 24-hour lockdown" is round the clock, not a day long."""
    if not _in_hours(m.group("unit")):
        return False
    if _rx("hours_rate_after").match(sentence, m.end("unit")):
        return True
    if _rx("thing_on").search(sentence, max(0, m.start() - 50), m.start()):
        return True  # "the unit's lights stayed on for 48 hours": the light's hours, not his stay
    hours = parse_number(m.group("num"))
    if hours is None or hours > 24:
        return False
    if hours == 24:
        return "-" in sentence[m.end("num"):m.start("unit") + 1]
    return _rx("hours_stretch").search(sentence, max(0, m.start("num") - 24), m.end()) is None


def _in_days(d: float, unit: str) -> float:
    """A length in whole days, or to a tenth of a day where it was told in hours (36 hours is 1.5)."""
    return round(d, 1) if _in_hours(unit) else round(d)


# ------------------------------------------------------------------- durations in text
def _relative_starts(sentence: str, starts: list[tuple[int, int, str]], end: date) -> list[tuple[int, int, str]]:
    """Starts told relative to the end date (the pack's ``relative_start``): "since last year" is the
    year before it, "since last March" the last March before it (this year's where it is past)."""
    out: list[tuple[int, int, str]] = []
    for m in _rx("relative_start").finditer(sentence):
        if any(a <= m.start() < b for a, b, _ in starts):
            continue
        groups = m.groupdict()
        if groups.get("year"):
            out.append((m.start(), m.end(), str(end.year - 1)))
        elif groups.get("month"):
            month = current().month(groups["month"])
            if month is not None:
                year = end.year if month < end.month else end.year - 1
                out.append((m.start(), m.end(), f"{year}-{month:02d}"))
    return out


class Duration:
    """A length of time a sentence gives: ``days`` (None where the text gives no
    number, or no end date to count to), ``qualifiers`` saying how it was read
    ("since", "counted_to", "at_least", "qualitative", "at_least_days", why no number)."""

    __slots__ = ("start", "end", "days", "rule", "qualifiers")

    def __init__(self, start: int, end: int, days: float | None, rule: str, qualifiers: dict) -> None:
        self.start, self.end, self.days, self.rule, self.qualifiers = start, end, days, rule, qualifiers

    def __repr__(self) -> str:
        return f"Duration({self.start}, {self.end}, {self.days!r}, {self.rule!r}, {self.qualifiers!r})"


_LEAST_DAYS = {"days": 2, "weeks": 14, "months": 60, "years": 730, "decades": 7305}
_YEAR = compile_regex(r"\b(?P<y>(?:19|20)\d\d)\b")


def _end_of(iso: str) -> date | None:
    """The last day an ISO date, year-month or year can mean (a start read as late as it
    can be, so that a count from it is a lower bound)."""
    parts = [int(x) for x in iso.split("-")]
    try:
        if len(parts) == 3:
            return date(*parts)
        if len(parts) == 2:
            y, mo = parts
            return date.fromordinal(date(y + (mo == 12), mo % 12 + 1, 1).toordinal() - 1)
        return date(parts[0], 12, 31)
    except ValueError:
        return None


def find_durations(sentence: str, *, default_year: int | None = None, end: date | None = None,
                   end_source: str = "the document's date", ongoing: bool = False) -> list[Duration]:
    """Every length of time in ``sentence``, in order: explicit ("for nearly four years"),
    qualitative ("for weeks at a time", "for extended periods": no number, the least it
    can mean in ``at_least_days``), from a start date ("since 2015", "since March 2016",
    "since his arrest on 3 May 2018") counted to ``end`` (None: no date to count to,
    and the qualifier says so), and "from DATE to DATE".  A frequency ("five days a
    week") is never a duration.  ``ongoing``: the next sentence says the stay goes on ("He has
    been there ever since"), so a date he was placed on counts as a start."""
    return list(_durations_in(sentence, default_year, end, end_source, current().code, ongoing))


@lru_cache(maxsize=1024)
def _durations_in(sentence: str, default_year: int | None, end: date | None,
                  end_source: str, lang: str = "en", still: bool = False) -> tuple[Duration, ...]:
    """The lengths of time in ``sentence`` (remembered: a sentence is asked once per
    isolation fact in it)."""
    out: list[Duration] = []
    for m in _rx("explicit").finditer(sentence):
        if frequency_reason(sentence, m.start("num"), m.end("unit")) or _window(sentence, m.start("num")):
            continue
        d = duration_days(m.group("num"), m.group("unit"))
        if d is None or _hours_not_length(m, sentence):
            continue
        if m.groupdict().get("half") or _rx("and_a_half_after").match(sentence, m.end("unit")):
            d += duration_days(0.5, m.group("unit")) or 0  # "for two years and a half", "un año y medio"
        d, _s = _compound(sentence, m.start("num"), m.end("unit"), d, m.group("unit"))
        q = _bound(sentence, m.start("num"))
        if _rx("average").search(m.group(0)):
            q["average"] = True  # a figure over many stays, not one person's
        if m.groupdict().get("counting"):  # a pack's pattern may do without the group
            q.update({"at_least": True, "ongoing": True})
        res = _checked(_in_days(d, m.group("unit")), "days", f"N {m.group('unit').lower()} in days", q)
        out.append(Duration(m.start(), m.end(), res.value, res.rule, res.qualifiers))
    # "spent almost five years in the isolation cells", "remained in isolation 55 days"
    for m in [*_rx("spent_in").finditer(sentence), *_rx("place_then_length").finditer(sentence)]:
        d = duration_days(m.group("num"), m.group("unit"))
        if d is None or any(x.start <= m.start("num") < x.end for x in out) \
                or frequency_reason(sentence, m.start("num"), m.end("unit")) or _hours_not_length(m, sentence):
            continue
        if m.group("half"):
            d += duration_days(0.5, m.group("unit")) or 0
        d, _s = _compound(sentence, m.start("num"), m.end("unit"), d, m.group("unit"))
        res = _checked(_in_days(d, m.group("unit")), "days", f"N {m.group('unit').lower()} spent in isolation, in days",
                       _bound(sentence, m.start("num")))
        out.append(Duration(m.start(), m.end(), res.value, res.rule, res.qualifiers))
    for m in _rx("adjective").finditer(sentence):
        d = duration_days(m.group("num"), m.group("unit"))
        if d is None or any(x.start <= m.start() < x.end for x in out) or _window(sentence, m.start("num")) \
                or frequency_reason(sentence, m.start("num"), m.end("unit")) or _hours_not_length(m, sentence):
            continue
        res = _checked(_in_days(d, m.group("unit")), "days",
                       f"N-{m.group('unit').lower()} (a length as an adjective) in days")
        out.append(Duration(m.start(), m.end(), res.value, res.rule, res.qualifiers))
    for m in _rx("qualitative").finditer(sentence):
        if any(d.start <= m.start() < d.end for d in out):
            continue
        text = " ".join(m.group(0).split())
        q: dict = {"qualitative": text}
        unit = (m.group("u") or "").lower()
        least = _LEAST_DAYS.get(unit)
        if least is None and unit:  # a pack's plural ("semanas", "mois"): at least two of the unit
            per = current().unit_days(unit)
            least = round(2 * per) if per else None
        if least is not None:
            q["at_least_days"] = least
        else:
            q["described_as_prolonged"] = True
        q["no_value_because"] = "the text gives no number"
        out.append(Duration(m.start(), m.end(), None, "qualitative duration", q))
    # "21 days' cellular confinement", "after 42 days' segregation": a length, by its
    # apostrophe; "released from segregation after 90 days": the stay the release ends
    for rx, rule in ((_rx("possessive"), "N {}' (a length) in days"), (_rx("released_after"), "released after N {}")):
        for m in rx.finditer(sentence):
            d = duration_days(m.group("num"), m.group("unit"))
            if d is None or any(x.start <= m.start("num") < x.end for x in out) or _hours_not_length(m, sentence):
                continue
            res = _checked(_in_days(d, m.group("unit")), "days", rule.format(m.group("unit").lower()),
                           _bound(sentence, m.start("num")))
            out.append(Duration(m.start(), m.end(), res.value, res.rule, res.qualifiers))
    for m in _rx("past_order").finditer(sentence):
        d = duration_days(m.group("num"), m.group("unit"))
        if d is None or any(x.start <= m.start() < x.end for x in out):
            continue
        out.append(Duration(m.start(), m.end(), None, "days past the end of the order",
                            {"days_past_order": round(d),
                             "no_value_because": "the order's own length is not in the sentence"}))
    # start dates: full dates, months and bare years after "since" (or "from X to Y")
    starts: list[tuple[int, int, str]] = list(find_dates(sentence, default_year))
    for m in _YEAR.finditer(sentence):
        if not any(a <= m.start() < b for a, b, _ in starts):
            starts.append((m.start(), m.end(), m.group("y")))
    if end is not None:
        starts.extend(_relative_starts(sentence, starts, end))
    starts.sort()
    starts = _bare_months(sentence, _yearless_firsts(sentence, starts, default_year))
    ongoing = still or _rx("ongoing").search(sentence) is not None
    for i, (a, b, iso) in enumerate(starts):
        lead = _rx("since_lead").search(sentence[max(0, a - 60):a])
        nxt = starts[i + 1] if i + 1 < len(starts) else None
        if lead is None and nxt is not None and _rx("released_to").fullmatch(sentence[b:nxt[0]]):
            # "placed in isolation on May 2 and released on May 30": a stay from one date to the other
            lead = _rx("placed_lead").search(sentence[max(0, a - 60):a])
            begin, stop = _end_of(iso), _start_of(nxt[2])
            if lead is not None and begin is not None and stop is not None and stop >= begin:
                q = {"since": iso, "until": nxt[2], **({"at_least": True} if len(iso) < 10 or len(nxt[2]) < 10 else {})}
                days = float((stop - begin).days)
                if len(iso) == len(nxt[2]) < 10:
                    days = _middle_to_middle(iso, nxt[2], q)
                out.append(Duration(max(0, a - 60) + lead.start(), nxt[1], days,
                                    "days from the placement to the release", q))
                continue
            lead = None
        if lead is None and ongoing:  # "placed in segregation on 3 May 2019 and remains there"
            lead = _rx("placed_lead").search(sentence[max(0, a - 60):a])
        if lead is None:
            continue
        s0 = max(0, a - 60) + lead.start()
        begin = _end_of(iso)
        if begin is None:
            continue
        # a range: "from X to Y", or a start bounded by its end ("since X until Y", "desde X hasta Y")
        between = sentence[b:nxt[0]] if nxt is not None else ""
        if nxt is not None and ((_rx("range_lead").match(lead.group(0)) and _rx("range_to").fullmatch(between))
                                or _rx("range_until").fullmatch(between)):
            if len(iso) == 10 and len(nxt[2]) >= 4 and iso[:4] != nxt[2][:4] and not _YEAR.search(sentence, a, b):
                # "from 1 March to 30 June 2021": the first date's year is the second's, not the document's
                # (the year before where the range crosses a new year: "from 20 November to 5 January 2016")
                iso = f"{int(nxt[2][:4]) - (len(nxt[2]) == 10 and iso[5:] > nxt[2][5:]):04d}{iso[4:]}"
                begin = _end_of(iso)
                if begin is None:
                    continue
            stop = _start_of(nxt[2])
            if stop is None or stop < begin:
                continue
            q = {"since": iso, "until": nxt[2], **({"at_least": True} if len(iso) < 10 or len(nxt[2]) < 10 else {})}
            days = float((stop - begin).days)
            if len(iso) == len(nxt[2]) < 10:
                # "from 2012 to 2016", "between August 2011 and February 2012": any day of each year
                # or month; counted middle to middle, the least and the most it can mean kept beside
                days = _middle_to_middle(iso, nxt[2], q)
            out.append(Duration(s0, nxt[1], days, "days from one date to another", q))
            continue
        if _rx("range_lead").match(lead.group(0)) and not ongoing:
            continue  # "from 2015" alone is no start of an ongoing stay ("from 2015 to the present" is)
        q = {"since": iso}
        if len(iso) < 10:
            q["at_least"] = True  # counted from the last day the year or month can mean
        if end is None:
            q["no_value_because"] = ("no end date: the document is undated (give its date with "
                                     "--date, or count to a date with --as-of)")
            out.append(Duration(s0, b, None, "start date, no end date", q))
            continue
        earliest = _start_of(iso)
        if begin > end and len(iso) < 10 and earliest is not None and earliest <= end:
            q.pop("at_least", None)  # "since 2017" in a document of May 2017: some days, at most these
            q.update({"at_most_days": (end - earliest).days, "counted_to": end.isoformat(),
                      "no_value_because": f"{iso} is the period of the end date itself"})
            out.append(Duration(s0, b, None, "start in the end date's own year or month", q))
            continue
        if begin > end:
            q["no_value_because"] = f"the start {iso} is after {end.isoformat()}"
            out.append(Duration(s0, b, None, "start date after the end date", q))
            continue
        q.update({"counted_to": end.isoformat(), "counted_to_source": end_source})
        days, rule = float((end - begin).days), f"days from the start date to {end_source}"
        part = _rx("year_part").search(sentence, max(0, a - 30), a) if len(iso) == 4 else None
        day = current().year_parts.get(part.group("part").lower().split()[-1]) if part is not None else None
        if day is not None:
            # "since late 2019": the day that part of the year stands for (the pack's ``year_parts``),
            # not the year's middle
            begin = date(int(iso), *day)
            if begin <= end:
                q.pop("at_least", None)
                q.update({"approximate": f"counted from {begin.isoformat()} ({part.group('part').lower()} {iso})"})
                res = _checked(float((end - begin).days), "days", f"days from the start to {end_source}", q)
                out.append(Duration(s0, b, res.value, res.rule, res.qualifiers))
                continue
        if len(iso) == 4 and earliest is not None:
            # "since 2015": any day of 2015; counted from its middle (as "N years" would be read),
            # the least and the most it can mean kept beside
            mid = date(int(iso), 7, 2)
            if mid <= end:
                q.pop("at_least", None)
                q.update({"at_least_days": int(days), "at_most_days": (end - earliest).days,
                          "approximate": "counted from the middle of the year"})
                days, rule = float((end - mid).days), f"days from the middle of the start year to {end_source}"
        res = _checked(days, "days", rule, q)
        out.append(Duration(s0, b, res.value, res.rule, res.qualifiers))
    out.sort(key=lambda d: d.start)
    return tuple(out)


def _yearless_firsts(sentence: str, starts: list[tuple[int, int, str]],
                     default_year: int | None) -> list[tuple[int, int, str]]:
    """``starts`` with a day and month named without a year at the first end of a range whose
    second end is a full date, in an undated document ("from 2 March to 20 April 2015"): the
    year is the second end's (one before where the first month comes later in the year). In a
    dated document the first end has the document's year and the range takes the second's."""
    if default_year is not None or not any(len(iso) == 10 for _a, _b, iso in starts):
        return starts
    added = []
    for a, b, iso in find_dates(sentence, 1):  # a year that no real date has: the yearless ones
        if not iso.startswith("0001-") or any(x <= a < y for x, y, _iso in starts):
            continue
        nxt = next((s for s in starts if s[0] >= b), None)
        if nxt is None or len(nxt[2]) != 10 or not _rx("range_to").fullmatch(sentence[b:nxt[0]]):
            continue
        year = int(nxt[2][:4]) - (iso[5:] > nxt[2][5:])
        added.append((a, b, f"{year:04d}{iso[4:]}"))
    return sorted(starts + added) if added else starts


def _bare_months(sentence: str, starts: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``starts`` with the months named without a year at the first end of a range whose
    second end is a month and year ("from March to June 2021", "between November and
    February 2020", "entre abril y septiembre de 2018"): the year is the second end's, or the
    one before where the first month comes later in the year."""
    lex = current()
    if lex.bare_month_rx is None or not any(len(iso) == 7 for _a, _b, iso in starts):
        return starts
    added = []
    for m in lex.bare_month_rx.finditer(sentence):
        if any(a <= m.start() < b for a, b, _iso in starts):
            continue
        nxt = next((s for s in starts if s[0] >= m.end()), None)
        mo = lex.month(m.group(0))
        if nxt is None or mo is None or len(nxt[2]) != 7 \
                or not _rx("range_to").fullmatch(sentence[m.end():nxt[0]]):
            continue
        year, last = int(nxt[2][:4]), int(nxt[2][5:7])
        added.append((m.start(), m.end(), f"{year - (mo > last):04d}-{mo:02d}"))
    return sorted(starts + added) if added else starts


def _middle_to_middle(a: str, b: str, q: dict) -> float:
    """Days from the middle of the year or month ``a`` to the middle of ``b`` (two ISO years or
    two year-months); the least and the most the two can mean go into ``q``."""
    least = (_start_of(b) - _end_of(a)).days
    most = (_end_of(b) - _start_of(a)).days
    q.pop("at_least", None)
    what = "year" if len(a) == 4 else "month"
    q.update({"at_least_days": int(least), "at_most_days": int(most),
              "approximate": f"counted from the middle of one {what} to the middle of the other"})
    if len(a) == 4:
        return float((date(int(b), 7, 2) - date(int(a), 7, 2)).days)
    ya, ma = (int(x) for x in a.split("-"))
    yb, mb = (int(x) for x in b.split("-"))
    return float((date(yb, mb, 15) - date(ya, ma, 15)).days)


def _start_of(iso: str) -> date | None:
    parts = [int(x) for x in iso.split("-")] + [1, 1]
    try:
        return date(parts[0], parts[1], parts[2])
    except ValueError:
        return None


#: the fact types whose "how often" a monitor wants kept: visits, calls, letters, showers
FREQUENCY_TYPES = frozenset({"family_visits", "family_calls", "correspondence", "hygiene", "legal_access",
                             "exercise_outdoor"})


def frequency(sentence: str, start: int, end: int, reach: int = 60) -> dict | None:
    """How often, where the words at [start, end) of ``sentence`` or the ``reach``
    characters after them say so ("visits twice a month", "one call a week",
    "two 15-minute calls per month"): ``{"per": "month", "amount": 2, "of": "visits"}``;
    a frequency is never a length of time."""
    lo, hi = max(0, start - 30), min(len(sentence), end + reach)
    best: tuple[tuple[int, int], dict] | None = None
    for m in _rx("frequency").finditer(sentence, lo, hi):
        times = m.group("times").lower()
        first = re.split(r"[\s\-]+", times)[0]
        words = current().frequency_words
        if first in words:
            amount: float | None = words[first]
        elif times.startswith(("a few", "several")):
            amount = parse_number(" ".join(times.split()[:2]))
        elif first in ("a", "an") or times.startswith("a single"):
            amount = 1.0
        else:
            amount = parse_number(first)
        if amount is None:
            continue
        per = m.group("per") or m.groupdict().get("perly") or ""
        per = " ".join(per.lower().split())
        q = {"per": current().period_aliases.get(per, per), "amount": amount}
        if m.group("what"):
            q["of"] = m.group("what").lower()
        # the frequency in the fact's own words first, then the nearest
        overlap = 0 if (m.start() < end and start < m.end()) else 1
        dist = m.start() - end if m.start() >= end else start - m.end()
        key = (overlap, abs(dist))
        if best is None or key < best[0]:
            best = (key, q)
    return best[1] if best else None


def design_and_headcount(sentence: str) -> dict | None:
    """'cells built for one held three': ``{"design_capacity": 1, "occupants": 3}``."""
    found = _design_and_headcount(sentence, current().code)
    return dict(found) if found else None


@lru_cache(maxsize=1024)
def _design_and_headcount(sentence: str, lang: str = "en") -> tuple[tuple[str, float], ...] | None:
    m = _rx("design").search(sentence)
    if not m:
        return None
    cap_text = m.group("cap").lower()
    cap = 1.0 if cap_text in ("single", "a single") else parse_number(cap_text)
    occ = parse_number(m.group("occ"))
    if not cap or not occ or implausible(occ, "people") or implausible(cap, "people"):
        return None
    return (("design_capacity", cap), ("occupants", occ))


NUMERIC_TYPES = frozenset({"confinement_hours", "exercise_time", "cell_space", "isolation_duration"})
#: the types whose numbers are read by their parts (rate_readings, area_readings)
_READ_TYPES = frozenset({"confinement_hours", "exercise_time", "cell_space"})


class _AreaMatch:
    """An area match whose unit may sit in either alternative's group, as ``_area`` reads it."""

    def __init__(self, m: re.Match[str]) -> None:
        self._m = m
        self.string = m.string

    def groupdict(self) -> dict:
        gd = dict(self._m.groupdict())
        gd["unit"] = gd.get("unit") or gd.pop("unit2", None)
        return gd

    def start(self, *g) -> int:
        return self._m.start()

    def end(self, *g) -> int:
        return self._m.end()


def clause_value(fact_type: str, sentence: str, start: int, end: int, *,
                 durations: list[Duration] | None = None) -> ValueResult | None:
    """The value of a fact of ``fact_type`` at [start, end) of ``sentence`` whose own words
    gave none, read from its clause (up to ";" and 100 characters either side): hours a
    day for confinement_hours (24 minus the hours "out of cell") and exercise_time, the
    area of a cell, the length of an isolation (``durations``: those of the sentence)."""
    lo = max(0, start - 100, sentence.rfind(";", 0, start) + 1)
    semi = sentence.find(";", end)
    hi = min(len(sentence), end + 100, semi if semi >= 0 else len(sentence))
    if fact_type in _READ_TYPES:  # the hours or the area its clause's words say it is
        read = [r for r in (rate_readings(sentence) if fact_type != "cell_space" else area_readings(sentence))
                if r.type == fact_type and lo <= r.start and r.end <= hi and r.value is not None]
        if read:
            r = min(read, key=lambda x: 0 if x.start < end and start < x.end
                    else min(abs(x.start - end), abs(start - x.end)))
            return ValueResult(r.value, r.unit, f"from the clause: {r.rule}", dict(r.qualifiers))
    if fact_type in ("confinement_hours", "exercise_time"):
        found = [m for m in _rx("rate").finditer(sentence, lo, hi)]
        if not found:
            return None
        m = min(found, key=lambda x: 0 if x.start() < end and start < x.end()
                else min(abs(x.start() - end), abs(start - x.end())))
        if fact_type == "confinement_hours" and _rx("out_of_cell").search(sentence[max(lo, m.start() - 45):m.end()]):
            res = _out_of_cell_hours(m, sentence)
        elif fact_type == "confinement_hours":
            return None  # hours of what, the clause does not say
        elif _rx("in_cell").search(sentence[max(lo, m.start() - 40):min(hi, m.end() + 40)]):
            return None  # "inadequate exercise and 23 hours a day in the cell": the cell's hours
        else:
            res = _hours(m, sentence)
            if res is not None and res.value is not None and res.value > 8:
                return None  # more than eight hours a day is no exercise period

        if res is not None:
            res.rule = f"from the clause: {res.rule}"
        return res
    if fact_type == "cell_space":
        found = [m for m in _rx("area_any").finditer(sentence, lo, hi)]
        if not found:
            return None
        m = min(found, key=lambda x: min(abs(x.start() - end), abs(start - x.end())))
        res = _area(_AreaMatch(m), sentence)
        if res is not None:
            res.rule = f"from the clause: {res.rule}"
        return res
    if fact_type == "isolation_duration":
        near = [d for d in (durations or []) if lo <= d.start and d.end <= hi and d.days is not None]
        if not near:
            return None
        d = min(near, key=lambda x: min(abs(x.start - end), abs(start - x.end)))
        return ValueResult(d.days, "days", f"from the clause: {d.rule}", dict(d.qualifiers))
    return None


# ------------------------------------------------------------- hours read by their role
class Reading:
    """A number the sentence gives for one of the numeric fact types, found by its parts
    (a number, a unit, a period, and the words of its clause that say what it counts),
    not by a whole phrase: ``type`` (confinement_hours / exercise_time), the span, and
    the value as a hook would give it."""

    __slots__ = ("type", "start", "end", "value", "unit", "rule", "qualifiers")

    def __init__(self, type_: str, start: int, end: int, res: ValueResult) -> None:
        self.type, self.start, self.end = type_, start, end
        self.value, self.unit, self.rule, self.qualifiers = res.value, res.unit, res.rule, res.qualifiers

    def __repr__(self) -> str:
        return f"Reading({self.type}, {self.value!r}, {self.rule!r})"


#: what the hours count, by the words next to them (nearest first)
#: what the hours near a rate are, in order of rank: out of the cell, exercise, in the cell,
#: in a place of isolation (patterns ``role_<role>`` of the pack).  A place of isolation
#: names no lock by itself: "inspectors spent 6 hours a day in the segregation unit" is no
#: regime; "23 hours a day in segregation" is (12 hours or more)
_ROLES = ("out", "exercise", "in", "in_place")


def _normative(sentence: str, start: int) -> bool:
    """Whether the clause before ``start`` states a definition or a norm."""
    head = sentence[max(0, start - 120):start]
    stops = list(_rx("role_stop").finditer(head))
    return _rx("norm_before").search(head[stops[-1].end() if stops else 0:]) is not None


def _stretch(sentence: str, m: re.Match[str], lo: int, hi: int) -> tuple[int, int]:
    """The stretch of [lo, hi) the number at ``m`` belongs to: from the last stop before it
    to the first stop after it (``role_stop``: ";", ", but", "while")."""
    stops = list(_rx("role_stop").finditer(sentence, lo, m.start()))
    after_stop = _rx("role_stop").search(sentence, m.end(), hi)
    return (stops[-1].end() if stops else lo), (after_stop.start() if after_stop else hi)


def _exercise_cue(sentence: str, lo: int, hi: int) -> bool:
    """Whether [lo, hi) names exercise in words of its own, not in those saying "out of the
    cell" ("outside his cell" is no exercise; "recreation outside his cell" is)."""
    outs = [(c.start(), c.end()) for c in _rx("role_out").finditer(sentence, lo, hi)]
    return any(not any(a <= c.start() < b for a, b in outs) for c in _rx("role_exercise").finditer(sentence, lo, hi))


def _role(sentence: str, m: re.Match[str], lo: int, hi: int) -> str | None:
    """What the hours at ``m`` count ("in", "out", "exercise"): the cue nearest to them in
    their own stretch of the sentence [lo, hi); words in the number's own match count too."""
    best: tuple[int, int, str] | None = None
    before = sentence[lo:m.start()]
    stops = list(_rx("role_stop").finditer(before))
    b0 = lo + (stops[-1].end() if stops else 0)
    after_stop = _rx("role_stop").search(sentence, m.end(), hi)
    a1 = after_stop.start() if after_stop else hi
    for rank, role in enumerate(_ROLES):
        for c in _rx(f"role_{role}").finditer(sentence, b0, a1):
            if c.start() >= m.start() and c.end() <= m.end():
                dist = 0  # "18-hour lockdowns": the cue is in the match
            elif c.end() <= m.start():
                dist = m.start() - c.end()
            elif c.start() >= m.end():
                dist = c.start() - m.end() + 10  # a cue before the number weighs a little more
            else:
                dist = 0
            key = (dist, rank)
            if best is None or key < best[:2]:
                best = (dist, rank, role)
    return best[2] if best else None


@lru_cache(maxsize=1024)
def _rate_readings(sentence: str, lang: str = "en") -> tuple[Reading, ...]:
    if not _rx("hour_word").search(sentence):
        return ()
    matches = list(_rx("rate_any").finditer(sentence))
    out: list[Reading] = []
    for i, m in enumerate(matches):
        lo = matches[i - 1].end() if i else max(0, m.start() - 80)
        lo = max(lo, m.start() - 80)
        hi = matches[i + 1].start() if i + 1 < len(matches) else min(len(sentence), m.end() + 60)
        hi = min(hi, m.end() + 60)
        if _normative(sentence, m.start()) or _rx("norm_after").match(sentence, m.end()):
            continue  # a definition or a norm, before the hours or after them ("that we expect to see")
        role = "exercise" if m.group("of") is not None or m.group("walk") is not None else _role(sentence, m, lo, hi)
        if role is None:
            continue
        per = (m.group("per") or "day").lower()
        if m.group("walk") is not None and _rx("weekly_before").search(sentence[max(0, m.start() - 10):m.start()]):
            per = "week"  # "a weekly 30-minute walk"
        if _rx("whole_day").match(per):
            per = "day"
        # "an hour out on weekdays": five days a week; hours in the cell "on a weekday" are that day's
        weekdays = _rx("weekdays").fullmatch(per) is not None
        if weekdays and role in ("in", "in_place"):
            per, weekdays = "day", False
        res = _hours(_RateMatch(m, "day" if weekdays else per, "5" if weekdays else None), sentence)
        if res is None or res.value is None:
            continue
        if m.group("more"):  # "20 or more hours a day"
            res.qualifiers["at_least"] = True
        if m.group("to"):  # "22-24 hours": the least, and the most
            top = parse_number(_rx("range_joiner").sub("", m.group("to")))
            if top is not None and top > (parse_number(m.group("num")) or 0) and "up_to" not in res.qualifiers:
                top_hours = top / 60 if m.group("mins") else top
                res.qualifiers["up_to"] = round(top_hours / (_period_days(per) or 1), 2)
        head = sentence[max(0, m.start() - 80):m.start()]
        all_but = _rx("all_but").search(head[-30:]) or (_rx("except").search(head) and _rx("locked_before").search(
            head[:_rx("except").search(head).start()]))
        if all_but and res.value <= 12:  # "all but one hour a day", "locked in except for an hour": in the cell
            out.append(Reading("confinement_hours", m.start(), m.end(),
                               _checked(round(24 - res.value, 2), "hours_per_day", "all but N hours",
                                        {**res.qualifiers, "out_of_cell_hours_per_day": res.value})))
            if role != "exercise":
                continue
        if role == "in_place" and res.value < 12:
            continue
        if role in ("in", "in_place") and _rx("thing_on").search(sentence[lo:m.start()]):
            continue  # "the lights in his cell are on 24 hours a day": the light's hours, not his
        if role in ("in", "in_place"):
            if res.value < 1:
                continue  # "locked down for 30 minutes": no daily regime
            out.append(Reading("confinement_hours", m.start(), m.end(), res))
        elif role == "out":
            if res.value > 12:
                continue  # "out of their cells 14 hours a day" is an open regime, not an hour out
            q = {**res.qualifiers, "out_of_cell_hours_per_day": res.value}
            out.append(Reading("confinement_hours", m.start(), m.end(),
                               _checked(round(24 - res.value, 2), "hours_per_day", "24 minus hours out of cell", q)))
            if res.value <= 8 and _exercise_cue(sentence, *_stretch(sentence, m, lo, hi)) \
                    and not _rx("role_in").search(sentence, *_stretch(sentence, m, lo, hi)):
                # "recreation outside his cell for one hour, five days a week": the hour out is exercise
                out.append(Reading("exercise_time", m.start(), m.end(), res))
        elif role == "exercise" and res.value <= 8:
            out.append(Reading("exercise_time", m.start(), m.end(), res))
            a, b = _stretch(sentence, m, lo, hi)
            if not all_but and m.group("per") and _rx("role_out").search(sentence, a, m.start()) \
                    and not _rx("role_in").search(sentence, a, b):
                # "only allowed out of the cell for one hour of exercise per day": the rest of the day in it
                q = {**res.qualifiers, "out_of_cell_hours_per_day": res.value}
                out.append(Reading("confinement_hours", m.start(), m.end(), _checked(
                    round(24 - res.value, 2), "hours_per_day", "24 minus hours out of cell (for exercise)", q)))
    sessions = _times_a_week(sentence)
    # "one hour of exercise, three times a week": the hour is a session's, not a day's (the sessions
    # reading holds it)
    out = [r for r in out if not any(t.type == r.type and t.start <= r.start and r.end <= t.end
                                     and (t.start, t.end) != (r.start, r.end) for t in sessions)]
    out.extend(sessions)
    return tuple(out)


class _RateMatch:
    """A rate match as ``_hours`` reads it, its period normalised ("out of 24" is a day)."""

    def __init__(self, m: re.Match[str], per: str, dpw: str | None = None) -> None:
        self._m, self._per, self._dpw, self.string = m, per, dpw, m.string

    def groupdict(self) -> dict:
        gd = {k: v for k, v in self._m.groupdict().items() if k in ("num", "mins", "half", "addmin")}
        gd["per"] = self._per
        gd["dpw"] = self._dpw or self._m.group("dpw1") or self._m.group("dpw2")
        return gd

    def start(self, *g) -> int:
        return self._m.start(*g)

    def end(self, *g) -> int:
        # _hours reads a range ("to 24 hours") only up to the end it is given: the range is read here
        return self._m.end("num") if g == () else self._m.end(*g)


def _times_a_week(sentence: str) -> list[Reading]:
    """Exercise given as sessions a week (or month) of some length: per day, the sessions
    kept in the qualifiers ("three times a week for one hour" is 0.43 hours a day)."""
    out: list[Reading] = []
    for rx in (_rx("times_a_week"), _rx("n_for_times")):
        for m in rx.finditer(sentence):
            if not m.group("num"):
                continue
            around = sentence[max(0, m.start() - 60):min(len(sentence), m.end() + 40)]
            cue = _rx("role_exercise").search(around)
            out_cue = _rx("role_out").search(around)
            if cue is None and out_cue is None:
                continue
            t = m.group("t").lower().split()[0]
            times = current().frequency_words.get(t) or parse_number(
                _rx("times_word").sub("", m.group("t")))
            n = parse_number(m.group("num"))
            if not times or n is None:
                continue
            if m.group("half"):
                n += 0.5
            hours = n / 60 if m.group("mins") else n
            perly = (m.groupdict().get("perly") or "").lower()  # "twice weekly"
            per = (m.group("per") or "").lower() or ("month" if perly.startswith("month") else "week")
            days = current().per_day.get(per, 7.0)
            q = {"per": per, "times": times, "session_hours": round(hours, 2)}
            res = _checked(round(hours * times / days, 2), "hours_per_day", "N sessions a period of M hours", q)
            if res.value is None or res.value > 8:
                continue
            if cue is not None:
                out.append(Reading("exercise_time", m.start(), m.end(), res))
            elif not _rx("activity_before").search(around):
                # "let out of his cell three times a week for one hour": the rest of the week in it
                out.append(Reading("confinement_hours", m.start(), m.end(), _checked(
                    round(24 - res.value, 2), "hours_per_day", "24 minus sessions out of cell",
                    {**q, "out_of_cell_hours_per_day": res.value})))
    return out


def rate_readings(sentence: str) -> list[Reading]:
    """The hours a sentence gives for confinement_hours (in the cell: "locked down for
    22-24 hours daily", "18-hour lockdowns", "23 hours out of 24", "all but one hour a
    day"; 24 minus the hours out: "out-of-cell time of less than two hours a day") and
    exercise_time ("an hour in the yard each day", "three times a week for one hour"),
    each told by the words of its own clause."""
    return list(_rate_readings(sentence, current().code))


class _PartsMatch:
    """An area match in the groups ``_area`` reads (a, b, unit / num, unit)."""

    def __init__(self, m: re.Match[str], gd: dict) -> None:
        self._m, self._gd, self.string = m, gd, m.string

    def groupdict(self) -> dict:
        return self._gd

    def start(self, *g) -> int:
        return self._m.start()

    def end(self, *g) -> int:
        return self._m.end()


@lru_cache(maxsize=1024)
def _area_readings(sentence: str, lang: str = "en") -> tuple[Reading, ...]:
    if _rx("area_unit_hint").search(sentence) is None or _rx("area_cue").search(sentence) is None:
        return ()
    out: list[Reading] = []
    for m in _rx("area_parts").finditer(sentence):
        g = m.groupdict()
        if g["d1"]:
            if g["w1"].split()[0].lower() == g["w2"].split()[0].lower():
                continue  # "two metres long and three metres long": no area
            gd = {"a": g["d1"], "b": g["d2"], "unit": g["u2"]}
            if (_rx("feet_mark").search(g["u1"]) is None) != (_rx("feet_mark").search(g["u2"]) is None):
                continue  # feet by metres: not one area
        elif g["a"]:
            gd = {"a": g["a"].replace(",", "."), "b": g["b"].replace(",", "."), "unit": g["unit"]}
            for k, inch in (("a", g["ai"]), ("b", g["bi"])):
                if inch:  # "6 feet 8 inches by 9 feet"
                    gd[k] = f"{(parse_number(gd[k]) or 0) + int(inch) / 12:.3f}"
        else:
            unit = g["unit2"]
            if _rx("squared").search(unit):
                unit = "m2"
            gd = {"num": g["num"], "unit": unit}
        if re.match(r"\d{1,3},\d{3}\b", gd.get("num") or ""):
            continue  # "2,000 square feet": a building's floor, not a cell
        if _normative(sentence, m.start()):
            continue
        res = _area(_PartsMatch(m, gd), sentence)
        if res is None or res.value is None:
            continue
        out.append(Reading("cell_space", m.start(), m.end(), res))
    return tuple(out)


def area_readings(sentence: str) -> list[Reading]:
    """The areas a sentence gives for cell_space, whatever the unit's spelling ("2 x 3 m",
    "3m x 2.5m", "7' x 10'", "10 metres squared", "60 sq. ft.", "12 feet long and 7 feet
    wide"), with the headcount or the space per person where the sentence says so; only
    in a sentence about a cell, a room or space."""
    return list(_area_readings(sentence, current().code))
