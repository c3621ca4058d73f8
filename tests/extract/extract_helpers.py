"""Small helpers shared by the extraction tests."""

from __future__ import annotations

from typing import Callable

from dignity.model import Fact


def counted(facts: list[Fact], type_: str) -> list[Fact]:
    """The facts of one type that the evaluation counts: about a person or a group
    (not ``general``) and not hypothetical."""
    return [f for f in facts if f.type == type_ and f.subject_kind != "general"
            and f.certainty != "hypothetical"]


def describe(facts: list[Fact]) -> str:
    """One line per fact, for assertion messages."""
    return "; ".join(
        f"{f.type}(value={f.value!r}, negated={f.negated}, certainty={f.certainty}, "
        f"subject={f.subject!r}/{f.subject_kind}, by={f.attributed_to!r}, "
        f"matched={f.explain.matched if f.explain else ''!r})" for f in facts) or "no facts"


def stated(text: str, lang: str = "en") -> list[Fact]:
    """The facts ``dignity.extract`` reads in ``text`` that are not hypothetical."""
    import dignity

    return [f for f in dignity.extract(text, lang=lang).facts if f.certainty != "hypothetical"]


def stated_of(text: str, type_: str, lang: str = "en") -> list[Fact]:
    """``stated`` facts of one type."""
    return [f for f in stated(text, lang) if f.type == type_]


def reader(lang: str, date: str = "2024-03-01") -> Callable[[str], list[Fact]]:
    """A function from a sentence to the facts one extractor of ``lang`` reads in it (dated ``date``)."""
    from dignity import ingest
    from dignity.extract.engine import Extractor

    ex = Extractor(lang)
    return lambda text: ex.extract_document(ingest.from_text(text, date=date)).facts


def check_row(facts: list[Fact], type_: str, expected: bool | float | str, certainty: str | None = None, *,
              tolerance: float = 0.15) -> None:
    """Assert one sentence row of a table: ``expected`` False, no counted non-negated fact of
    ``type_``; True, one; a string, one with that value; a number, one within ``tolerance``
    (a fraction of it; 0: exactly). ``certainty``: one of them has that certainty."""
    got = [f for f in counted(facts, type_) if not f.negated]
    if expected is False:
        assert not got, describe(facts)
        return
    assert got, describe(facts)
    if isinstance(expected, str):
        assert any(str(f.value) == expected for f in got), describe(facts)
    elif expected is not True:
        assert any(isinstance(f.value, (int, float)) and abs(float(f.value) - expected) <= tolerance * expected
                   for f in got), describe(facts)
    if certainty is not None:
        assert any(str(f.certainty) == certainty for f in got), describe(facts)
