"""The rewrites of benchmarks/invariance.py, on sentences of our own: a change of tense, an adverb in
the verb group, a contracted "not", quotes, spelling, another word for the prisoners, number words,
another gender or an opening "Moreover," leaves the facts the scorer counts as they were."""

from __future__ import annotations

import pytest
from benchmark_modules import load_benchmark

from dignity.eval.scorer import counted

INV = load_benchmark("invariance")

SENTENCES = [
    "He was not placed in segregation after the fight.",
    "The inmates were held in their cells for 23 hours a day.",
    "He was denied visits from his family for 3 months.",
    "The toilets were filthy and the cells were not ventilated.",
    "He is not allowed to call his lawyer.",
    "The \"quiet room\" had no window and the light was on day and night.",
    "Inmates are not given a mattress and sleep on the concrete floor.",
    "The guards did not beat him, but he was shackled to the bed for 2 days.",
    "He was kept in isolation for a total of 9 months.",
    "The children were not separated from adult detainees.",
    "The center's behavior unit didn't let the boy’s mother visit him.",
    "The youths weren't given any recreation, an official said.",
    "The plaintiff says guards at the prison kept him in segregation and denied him a lawyer.",
    "Officers at the jail held her in solitary confinement and never let her see a doctor.",
    "His attorney was not allowed to visit, and his family could not call him.",
    "The toilets overflowed, the meals were spoiled and no exercise was offered.",
]


@pytest.fixture(scope="module")
def keys():
    from dignity import ingest
    from dignity.extract.engine import Extractor

    ex = Extractor("en")
    return lambda text: {(f.type, f.negated) for f in ex.extract_document(ingest.from_text(text)).facts
                         if counted(f)}


@pytest.mark.parametrize("rewrite", sorted(INV.REWRITES))
def test_a_rewrite_keeps_the_facts(keys, rewrite):
    changed = [(s, INV.REWRITES[rewrite](s)) for s in SENTENCES]
    assert any(a != b for a, b in changed), f"{rewrite} changes none of the sentences"
    for before, after in changed:
        assert keys(before) == keys(after), f"{rewrite}: {before!r} -> {after!r}"
