"""How full a prison is, read in each language's words (checks.occupancy): the number words and
multiples are the packs' (``numbers.words``, ``numbers.multiples``), not the engine's."""

from __future__ import annotations

import pytest

from dignity.assess.checks import _rate
from dignity.extract.languages import language_pack


@pytest.mark.parametrize("word, lang, value", [
    ("twice", "en", 2), ("triple", "en", 3), ("three", "en", 3), ("4", "en", 4), ("2,5", "en", 2.5),
    ("doble", "es", 2), ("triple", "es", 3), ("tres", "es", 3), ("cuádruple", "es", 4),
    ("double", "fr", 2), ("triple", "fr", 3), ("deux", "fr", 2),
])
def test_number_words_and_multiples_come_from_the_pack(word, lang, value):
    assert _rate(word, (language_pack(lang),)) == value


def test_a_word_no_pack_knows_is_no_figure():
    assert _rate("beaucoup", (language_pack("fr"),)) is None
    assert _rate("doble") is None  # a Spanish multiple is read only where the fact is Spanish


def test_engine_holds_no_number_words():
    import inspect

    from dignity.assess import checks

    src = inspect.getsource(checks._rate).split('"""')[-1]  # the code, not its docstring
    assert not any(w in src for w in ('"twice"', '"double"', '"triple"', '"two"'))
