"""A scoped ``(?i:...)`` inside a case-insensitive regex is a plain group: the regex gets its
lower-case twin (``prefilter.lower_twin``), which matches on the lower-cased text wherever the
regex matches on the text (sentences of our own; the packs' standard phrases are written so)."""

from __future__ import annotations

import re

import pytest

from dignity.extract.prefilter import Scanner, lower_twin, lowered

_SCOPED = re.compile(r"(?i:\b(?:se )?(?:rechaza|niega) (?:el |la )?(?:amparo|tutela|recurso)s?\b)", re.I)


@pytest.mark.parametrize("text", [
    "Se niega el amparo solicitado por el interno.",
    "SE RECHAZA LA TUTELA.",
    "El juzgado Rechaza el Recurso de la defensa y ordena el archivo.",
    "El interno pidió el amparo y nadie se lo niega.",  # near: no ruling, no match
    "La tutela fue concedida.",
])
def test_a_scoped_flag_has_a_twin_that_finds_what_the_regex_finds(text):
    twin = lower_twin(_SCOPED)
    assert twin is not None
    low = lowered(text)
    want = [m.span() for m in _SCOPED.finditer(text)]
    # the twin matches wherever the regex does (it only says where to look)
    assert all(twin.match(low, a) for a, _ in want)
    scan = Scanner(_SCOPED)
    for _ in range(Scanner.WARM_AFTER + 2):  # as written, then warm (the twin first)
        assert [m.span() for m in scan.matches(text, low)] == want
        got = scan.search(text, low)
        assert (got and got.span()) == (want[0] if want else None)


@pytest.mark.parametrize("pattern, flags", [
    (r"(?i)\bniega\b", 0),  # a global inline flag: no twin
    (r"\bse (?i:niega)\b", 0),  # a regex that is not case-insensitive as a whole: no twin
    (r"(?i)\bniega\b", re.I),  # the same, whatever the regex's flags: only a scoped "(?i:" is read
])
def test_other_inline_flags_leave_no_twin(pattern, flags):
    assert lower_twin(re.compile(pattern, flags)) is None
