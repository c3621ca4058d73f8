"""The name regexes of attribution.py, led by their first capital (searched for in C), find
exactly what their plain forms ("\\b[A-Z]...", "(?<![\\w.])[A-Z]...") find."""

from __future__ import annotations

import re

from dignity.extract.attribution import _CAPITALISED, _LETTER, _NAME_RX, _NAME_TOKEN, _UP

# (a short word with its dot before a capital leads a name: "Mr. Ito")
_PLAIN_NAME = re.compile(
    rf"(?<![\w.])(?:[{_UP}][a-z]{{1,2}}\.(?=[ \t]+[{_UP}])|{_NAME_TOKEN})"
    rf"(?:[ \t]+(?:“[^”\n]{{1,30}}”|\"[^\"\n]{{1,30}}\"|(?:de|del|la|van|von|bin|al)\b|{_NAME_TOKEN}))*"
    rf"(?:,?[ \t]+Jr\.?)?")
_PLAIN_CAPITALISED = re.compile(rf"\b[{_UP}][{_LETTER}'’\-]+")

TEXTS = [
    "Tomas Reyes Molina, Jr. told the Ombudsman that J. K. Arlo had been held since May.",
    "Ana de la Vega and Paul “Sonny” Harte met O’Neill-Baker at the Keller Unit.",
    "xAbc Def. .Ghi Jkl 3Mno Pqr_Stu Vwx; A B. C.D. É Émile Zola (Dr. Roe) said.",
    "Según el informe, María José Núñez y el Sr. Ibáñez; Ñuñoa; Émilie Lefèvre-Dubois; ÀÖØÞ.",
    "Amnesty International's report: Detainee Kofi Mensah-Boateng; Ms. Lee; Mr. Ito.",
    "",
    "Z",
]


def test_led_by_the_capital_the_matches_are_the_plain_patterns() -> None:
    for t in TEXTS:
        assert [m.span() for m in _NAME_RX.finditer(t)] == [m.span() for m in _PLAIN_NAME.finditer(t)], t
        assert _CAPITALISED.findall(t) == _PLAIN_CAPITALISED.findall(t), t
