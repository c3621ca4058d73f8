"""Jurisdictions: a country code, the regions it belongs to, and the country a text names.

The table is data (``jurisdictions.yaml``): regions a standard's ``scope`` may name
(``europe``, ``americas``) and, per country, its names in the languages Dignity
reads.  ``detect`` gives the country a document names most often (none on a tie,
none when no name is found: a place is never assumed).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources


from dignity.rulecache import load_yaml, yaml_error
from dignity.errors import ConfigError

__all__ = ["normalise", "regions_of", "covers", "detect", "countries"]

_SOURCE = "dignity/assess/jurisdictions.yaml"


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, frozenset[str]], dict[str, list[str]]]:
    try:
        data = load_yaml(resources.files("dignity.assess").joinpath("jurisdictions.yaml")
                              .read_text(encoding="utf-8"))
    except yaml_error() as err:
        raise ConfigError(_SOURCE, "file", f"not valid YAML: {err}".replace("\n", " ")) from None
    if not isinstance(data, dict) or not isinstance(data.get("regions"), dict) \
            or not isinstance(data.get("countries"), dict):
        raise ConfigError(_SOURCE, "file", "expected `regions` and `countries` mappings")
    regions = {str(k): frozenset(str(c).upper() for c in v) for k, v in data["regions"].items()}
    names = {str(k).upper(): [str(n) for n in v] for k, v in data["countries"].items()}
    return regions, names


def countries() -> dict[str, list[str]]:
    """Country code -> the names it is detected by."""
    return dict(_table()[1])


def normalise(code: str | None) -> str | None:
    """'us' -> 'US'; a region's name stays lower case ('europe'); empty -> None."""
    if code is None or not str(code).strip():
        return None
    c = str(code).strip()
    return c.lower() if c.lower() in _table()[0] else c.upper()


def regions_of(code: str) -> set[str]:
    """The regions a country belongs to ('FR' -> {'europe'})."""
    code = code.upper()
    return {name for name, members in _table()[0].items() if code in members}


def covers(scope: list[str], jurisdiction: str) -> bool:
    """Whether a standard's scope (codes and regions) holds the jurisdiction (a code or a region)."""
    j = normalise(jurisdiction)
    if j is None:
        return False
    places = {s.upper() if len(s) == 2 else s.lower() for s in scope}
    return j in places or bool(regions_of(j) & places)


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, tuple[str, ...], re.Pattern[str]]]:
    out = []
    for code, names in _table()[1].items():
        ordered = sorted(names, key=len, reverse=True)
        alts = "|".join(re.escape(n) for n in ordered)
        out.append((code, tuple(ordered), re.compile(rf"(?<![\w.])(?:{alts})(?![\w])")))
    return out


def detect(text: str) -> str | None:
    """The country the text names most often (its code), or None (no name, or a tie)."""
    # (a country none of whose names is in the text is not searched for: most are not)
    counts = {code: len(rx.findall(text)) if any(n in text for n in names) else 0
              for code, names, rx in _patterns()}
    counts = {c: n for c, n in counts.items() if n}
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]
