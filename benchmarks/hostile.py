"""Hostile inputs for the extractor, by family and size (used by
``tests/extract/test_adversarial.py`` and ``benchmarks/fuzz_bench.py``).

Each family is a function ``size -> text`` of about ``size`` characters, built to hit
one way a text can make a step super-linear: the tokenizer on runs of punctuation,
regexes and attribution on long sentences, the phrase matcher and the fact builder
on floods of anchor words, the contest step on many denials.
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["FAMILIES", "PUNCTUATION", "family"]

_LEAD = "He was held in solitary confinement"

#: every mark reported (or found) to make spaCy's tokenizer quadratic, and some more
PUNCTUATION = {
    "comma": ",", "open_paren": "(", "close_paren": ")", "quote": '"', "apostrophe": "'",
    "bang": "!", "question": "?", "bracket": "[", "dollar": "$", "equals": "=", "guillemet": "«",
    "middot": "·", "apostrophe_s": "'s", "dot": ".", "hyphen": "-", "semicolon": ";",
    "curly_quote": "“", "star": "*",
}


def _run(mark: str) -> Callable[[int], str]:
    return lambda size: _LEAD + mark * max(1, (size - len(_LEAD)) // len(mark))


def _word(i: int) -> str:
    """A distinct lower-case word for each number (names the text introduces)."""
    out = ""
    for _ in range(4):
        out += "abcdefghijklmnopqrstuvwxyz"[i % 26]
        i //= 26
    return out


def _repeat(unit: str, tail: str = "") -> Callable[[int], str]:
    return lambda size: unit * max(1, size // len(unit)) + tail


FAMILIES: dict[str, Callable[[int], str]] = {
    **{f"run_{name}": _run(mark) for name, mark in PUNCTUATION.items()},
    "digits": lambda size: _LEAD + " for " + "7" * size + " hours a day.",
    "nesting": lambda size: _LEAD + " " + "(" * (size // 2) + "x" + ")" * (size // 2),
    "nesting_words": _repeat("(he said (that "),
    "long_line": _repeat("word ", "solitary confinement."),
    "said_that": _repeat("he said that ", "he was held in solitary confinement."),
    "keywords": _repeat("solitary confinement ", "."),
    "anchors": _repeat("isolation cell light hours exercise visits ", "."),
    "numbers": _repeat("23 hours 4 square metres 1 hour ", "."),
    "short_sentences": _repeat("He was held in solitary confinement for 23 hours a day. "),
    "denials": _repeat("He alleged that he was held in solitary confinement. The guards denied it.\n"),
    "names": lambda size: "".join(f"Mr. Al{_word(i)} Be{_word(i)} arrived. He said he was held in isolation. "
                                  for i in range(max(1, size // 61))),
    "lines": _repeat("solitary\n"),
    "spaced_marks": _repeat("( ) \" ' ! ? "),
    "hyphenated": lambda size: _LEAD + " " + "A-" * (size // 2),
    "one_word": lambda size: _LEAD + " " + "a" * size + " prisoners.",
    "the_the": _repeat("the ", "prisoners were held in solitary confinement."),
    "initials": lambda size: _LEAD + " " + "A. " * (size // 3) + "prisoners.",
    "alleged": _repeat("alleged ", "solitary confinement."),
}


def family(name: str, size: int) -> str:
    return FAMILIES[name](size)
