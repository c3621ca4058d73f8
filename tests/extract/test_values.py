"""Value normalisation: number words, hours a day, clock ranges, areas, durations, dates."""

from __future__ import annotations

import re
from datetime import date

import pytest

from dignity.extract.values import (HOOKS, NUMBER, duration_days, find_dates, parse_date,
                                    parse_number)


@pytest.mark.parametrize("text,expected", [
    ("23", 23), ("twenty-three", 23), ("twenty three", 23), ("Twenty-Four", 24),
    ("one", 1), ("an", 1), ("a", 1), ("eleven", 11), ("ninety", 90),
    ("one and a half", 1.5), ("two and a half", 2.5), ("an hour and a half", None),
    ("half an", 0.5), ("half a", 0.5), ("1.5", 1.5), ("1,5", 1.5), ("1,000", 1000),
    ("23 ½", 23.5), ("7 1/2", 7.5), ("a dozen", 12), ("a couple of", 2), ("several", 3),
    ("a few", 3), ("", None), ("many", None), ("forty-five", 45),
])
def test_parse_number(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize("text", ["23", "twenty-three", "one and a half", "half an",
                                  "twenty two and a half", "a couple of", "7 1/2"])
def test_number_regex_reads_what_parse_number_reads(text):
    assert re.fullmatch(NUMBER, text, re.I), text
    assert parse_number(text) is not None


@pytest.mark.parametrize("number,unit,days", [
    ("three", "months", 91.3), ("18", "months", 547.9), ("two", "years", 730.5),
    ("a", "fortnight", 14), ("six", "weeks", 42), ("one", "day", 1), ("45", "days", 45),
    (3, "Month", 91.3), ("12", "hours", 0.5), ("two", "decades", 7305.0),
    ("ten", "centuries", None), ("many", "days", None),
])
def test_duration_days(number, unit, days):
    assert duration_days(number, unit) == days


def _hook(name: str, regex: str, text: str):
    m = re.search(regex, text, re.I)
    assert m, (regex, text)
    return HOOKS[name](m, text)


@pytest.mark.parametrize("text,expected", [
    ("from 11 p.m. to 6:30 a.m.", 7.5),
    ("from 9 pm until 7 am", 10),
    ("from 8:30 p.m. to 7 a.m.", 10.5),
    ("from noon to midnight", 12),
    ("from 7 a.m. to 7 p.m.", 12),
    ("from 10:15 p.m. to 6:45 a.m.", 8.5),
])
def test_clock_range_hours(text, expected):
    rx = (r"from (?P<t1>\d{1,2}(?::\d{2})? ?[ap]\.? ?m\.?|noon|midnight) (?:to|until) "
          r"(?P<t2>\d{1,2}(?::\d{2})? ?[ap]\.? ?m\.?|noon|midnight)")
    res = _hook("time_range", rx, text)
    assert res.value == expected and res.unit == "hours_per_day"


def test_clock_range_needs_two_clock_times():
    m = re.search(r"(?P<t1>\w+) to (?P<t2>\w+)", "from dawn to dusk")
    assert HOOKS["time_range"](m, "from dawn to dusk") is None


_HOURS = (rf"(?P<but>all but )?(?P<num>{NUMBER}) (?:(?P<mins>minutes?)|hours?)(?P<half> and a half)?"
          r"(?: (?:a|per|each) (?P<per>day|week))?(?: (?P<per2>daily|weekly))?")


@pytest.mark.parametrize("text,expected,rule", [
    ("23 hours a day", 23, "N hours per day"),
    ("twenty-two hours per day", 22, "N hours per day"),
    ("all but one hour a day", 23, "all but N hours"),
    ("all but two hours a day", 22, "all but N hours"),
    ("one hour per week", 0.14, "N hours per week"),
    ("five hours a week", 0.71, "N hours per week"),
    ("three hours weekly", 0.43, "N hours per week"),
    ("one and a half hours a day", 1.5, "N hours per day"),
    ("one hour and a half a day", 1.5, "N hours per day"),
    ("30 minutes a day", 0.5, "N minutes per day"),
    ("45 minutes daily", 0.75, "N minutes per day"),
    ("twenty minutes per week", 0.05, "N minutes per week"),
])
def test_hours_per_day(text, expected, rule):
    res = _hook("hours_per_day", _HOURS, text)
    assert res.value == expected and res.unit == "hours_per_day" and res.rule == rule


_EVERY = (rf"(?P<num>{NUMBER}) (?:(?P<mins>minutes?)|hours?) (?:a|per|each|every|on) "
          rf"(?P<per>day|week|other day|second day|alternate days|(?:{NUMBER}) days)"
          r"(?:,? (?P<dpw>\w+) days (?:a|per) week)?")


@pytest.mark.parametrize("text,expected,rule", [
    ("30 minutes every two days", 0.25, "N minutes per two days"),
    ("30 minutes every other day", 0.25, "N minutes per other day"),
    ("one hour every other day", 0.5, "N hours per other day"),
    ("45 minutes on alternate days", 0.38, "N minutes per alternate days"),
    ("one hour every 3 days", 0.33, "N hours per 3 days"),
    ("two hours a day, five days per week", 1.43, "N hours per day, 5 days a week"),
    ("one hour a day, three days a week", 0.43, "N hours per day, 3 days a week"),
    ("one hour a week, five days a week", 0.14, "N hours per week"),
])
def test_hours_per_day_over_a_longer_period(text, expected, rule):
    res = _hook("hours_per_day", _EVERY, text)
    assert res.value == expected and res.unit == "hours_per_day" and res.rule == rule


def test_hours_per_day_rejects_more_than_a_day():
    res = _hook("hours_per_day", _HOURS, "36 hours a day")
    assert res.value is None and res.qualifiers["implausible_value"] == 36
    assert "outside the plausible range 0-24" in res.qualifiers["no_value_because"]


@pytest.mark.parametrize("text,expected", [
    ("out of his cell one hour a day", 23),
    ("out of his cell two hours a day", 22),
    ("out of her cell for 90 minutes a day", 22.5),
])
def test_out_of_cell_hours(text, expected):
    rx = rf"out of \w+ cell (?:for )?(?P<num>{NUMBER}) (?:(?P<mins>minutes?)|hours?) (?:a|per) (?P<per>day)"
    res = _hook("out_of_cell_hours", rx, text)
    assert res.value == expected and res.rule == "24 minus hours out of cell"


_AREA = (r"(?:(?P<a>[\d.]+|\w+)[\s\-]?(?:feet|foot|ft|metres?|meters?|m)?[\s\-]?(?:by|x|×)[\s\-]?"
         r"(?P<b>[\d.]+|\w+)[\s\-]?(?P<unit>feet|foot|ft|metres?|meters?|m|')(?!\w))"
         r"|(?P<num>[\d.,]+)[\s\-](?P<unit2>square[\s\-]f(?:ee|oo)t|sq\.? ?ft\.?|square met(?:er|re)s|m2|m²|sq\.? ?m)")


def _area(text: str):
    m = re.search(_AREA, text, re.I)
    assert m, text
    # the YAML patterns name the unit ``unit`` in both alternatives; emulate that here
    gd = m.groupdict()
    unit = gd["unit"] or gd["unit2"]

    class _M:
        def groupdict(self):
            return {**gd, "unit": unit}

    return HOOKS["area"](_M(), text)


@pytest.mark.parametrize("text,m2,rule", [
    ("a cell of 7 by 14 feet", 9.1, "A by B feet -> m2"),
    ("6 x 9 feet", 5.0, "A by B feet -> m2"),
    ("8ft x 10ft", 7.4, "A by B feet -> m2"),
    ("2 x 3 metres", 6.0, "A by B"),
    ("2.5 by 3 m", 7.5, "A by B"),
    ("80 square feet", 7.4, "area feet -> m2"),
    ("60-square-foot", 5.6, "area feet -> m2"),
    ("50 sq. ft", 4.6, "area feet -> m2"),
    ("9 square metres", 9.0, "area"),
    ("9 sq m", 9.0, "area"),
    ("6 m²", 6.0, "area"),
    ("12 m2", 12.0, "area"),
])
def test_area(text, m2, rule):
    res = _area(text)
    assert res.value == m2 and res.unit == "m2" and res.rule == rule


@pytest.mark.parametrize("text,expected", [
    ("on 12 January 2021", [(3, 18, "2021-01-12")]),
    ("on January 12, 2021", [(3, 19, "2021-01-12")]),
    ("on Jan. 12th 2021", [(3, 17, "2021-01-12")]),
    ("on the 3rd of March 2019", [(7, 24, "2019-03-03")]),
    ("in early March 2019", [(3, 19, "2019-03")]),
    ("since 2020-05-04", [(6, 16, "2020-05-04")]),
    ("from May 27, 2017 to June 5, 2017", [(5, 17, "2017-05-27"), (21, 33, "2017-06-05")]),
    ("on 31 February 2021", []),
    ("in 1998", []),
])
def test_find_dates(text, expected):
    assert find_dates(text) == expected


def test_find_dates_takes_the_documents_year_for_a_bare_day():
    assert find_dates("kept in isolation since 12 January") == []
    assert find_dates("kept in isolation since 12 January", default_year=2024) == [(24, 34, "2024-01-12")]


@pytest.mark.parametrize("text,expected", [
    ("2024-04-18", date(2024, 4, 18)), ("2019-03", date(2019, 3, 1)), ("2001", date(2001, 1, 1)),
    ("April 18, 2024", date(2024, 4, 18)), ("18 April 2024", date(2024, 4, 18)),
    ("2024-02-30", None), ("", None), (None, None), ("yesterday", None),
])
def test_parse_date(text, expected):
    assert parse_date(text) == expected
