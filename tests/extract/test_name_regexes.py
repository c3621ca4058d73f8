"""The name regexes of attribution.py, led by their first capital (searched for in C), find
exactly what their plain forms ("\\b[A-Z]...", "(?<![\\w.])[A-Z]...") find."""

from __future__ import annotations

import re

from dignity.extract.attribution import _CAPITALISED, _NAME_RX, _NAME_TOKEN

# (a short word with its dot before a capital leads a name: "Mr. Ito")
_PLAIN_NAME = re.compile(
    rf"(?<![\w.])(?:[A-Z][a-z]{{1,2}}\.(?=[ \t]+[A-Z])|{_NAME_TOKEN})"
    rf"(?:[ \t]+(?:“[^”\n]{{1,30}}”|\"[^\"\n]{{1,30}}\"|(?:de|del|la|van|von|bin|al)\b|{_NAME_TOKEN}))*"
    rf"(?:,?[ \t]+Jr\.?)?")
_PLAIN_CAPITALISED = re.compile(r"\b[A-Z][a-zA-Z'’\-]+")

TEXTS = [
    "Tomas Reyes Molina, Jr. told the Ombudsman that J. K. Arlo had been held since May.",
    "Ana de la Vega and Paul “Sonny” Harte met O’Neill-Baker at the Keller Unit.",
    "xAbc Def. .Ghi Jkl 3Mno Pqr_Stu Vwx; A B. C.D. É Émile Zola (Dr. Roe) said.",
    "Amnesty International's report: Detainee Kofi Mensah-Boateng; Ms. Lee; Mr. Ito.",
    "",
    "Z",
]


def test_led_by_the_capital_the_matches_are_the_plain_patterns() -> None:
    for t in TEXTS:
        assert [m.span() for m in _NAME_RX.finditer(t)] == [m.span() for m in _PLAIN_NAME.finditer(t)], t
        assert _CAPITALISED.findall(t) == _PLAIN_CAPITALISED.findall(t), t
