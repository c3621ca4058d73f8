"""Regexes rewritten for speed match what they were written as (the same spans, in order)."""

from __future__ import annotations

import random
import re

import pytest

from dignity.extract import guard, topics
from dignity.extract.prefilter import ClauseMemo, lowered

#: texts of our own, then random soups of the characters the rewrites turn on
_TEXTS = [
    "",
    "The cell was cold.\nThe food came late.  Visits: none; showers twice.",
    "A line of a scanned page that goes on and on for more than fifty characters\nand then on the next line.",
    "Heading\n\nA paragraph.\r\nAnother one?\r\n\r\n  indented text\tand a tab.\n",
    "Él dijo: «no hay agua».\n¿Y la luz? Ninguna.\u00a0Fin;\u2028después",
    "end.   ",
    "x;\t\ny",
    "a\r\nb",
]
_ALPHABET = ["a", "B", "é", "1", "_", " ", "\t", "\r", "\n", ".", ";", ":", "?", "!", "\u00a0", "-", "\u2028"]
_rng = random.Random(11)
_SOUPS = ["".join(_rng.choice(_ALPHABET) for _ in range(_rng.randint(0, 24))) for _ in range(3000)]


def _spans(rx: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in rx.finditer(text)]


@pytest.mark.parametrize("rewritten, written", [
    (guard._WRAP, r"(?<=[^\s.!?:;])[ \t]*\r?\n[ \t]*(?=[^\W\d_])"),
    (topics._BOUNDARY, r"(?<=[.!?;])\s+(?=[^\s])|\n+"),
])
def test_a_regex_led_by_its_first_character_matches_as_written(rewritten: re.Pattern[str], written: str) -> None:
    plain = re.compile(written)
    for text in _TEXTS + _SOUPS:
        assert _spans(rewritten, text) == _spans(plain, text), repr(text)


def test_clause_memo_starts_are_the_places_after_non_word_characters() -> None:
    """``ClauseMemo.starts``: the first three characters at the start and after each character
    that is no word character (as ``[^\\w](?=(.{1,3}))`` finds them in " " + the sentence)."""
    head3 = re.compile(r"[^\w](?=(.{1,3}))", re.S)
    for text in _TEXTS + _SOUPS:
        low = lowered(text)
        want: dict[str, list[int]] = {}
        for m in head3.finditer(" " + low):
            want.setdefault(m.group(1), []).append(m.start())
        got = ClauseMemo(low).starts()
        assert got == want and list(got) == list(want), repr(text)
