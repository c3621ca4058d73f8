"""Values read from Spanish and French: numbers in words and figures, and their units
("veintitrés horas al día", "nueve metros cuadrados", "2,5 x 3 metros", "tres horas a la
semana"; "vingt-deux heures par jour", "9 m²", "quarante-cinq jours", "22 h sur 24").

The labelled passages ``tests/eval/data/values-{es,fr}.jsonl`` are sentences written for
this suite in the corpus format (``shared/corpus/FORMAT.md``); the held-out corpus has
few numeric values in these languages, so this is where their accuracy is measured
(``dignity eval tests/eval/data/values-es.jsonl``) and pinned in ``eval_baseline.json``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dignity.eval import evaluate, load_gold

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize("lang", ["es", "fr"])
def test_values_are_read_in_each_language(lang: str) -> None:
    passages = load_gold(DATA / f"values-{lang}.jsonl")
    assert passages and all(p.lang == lang for p in passages)
    run = evaluate(passages, baseline=None)
    values = run.system.values
    assert values.total >= 15, "each file labels values of every kind"
    assert values.hits / values.total >= 0.9, run.system.misses_of("value")
    assert run.system.facts.f1 >= 0.9, run.system.misses


def test_a_file_without_values_says_so(tmp_path: Path) -> None:
    """0 of 0 values is no accuracy of 0: the summary says there is nothing to measure."""
    from rich.console import Console

    from dignity.eval.report import summary_view

    gold = tmp_path / "none.jsonl"
    gold.write_text('{"id": "x", "lang": "es", "source": {"title": "t", "kind": "court_opinion"}, '
                    '"doc_date": "2024-01-01", "text": "Las visitas fueron suspendidas.", '
                    '"facts": [], "traps": [], "findings": []}\n', encoding="utf-8")
    run = evaluate(load_gold(gold), baseline=None)
    console = Console(record=True, width=120)
    console.print(summary_view(run, "none.jsonl", "0" * 64))
    line = next(x for x in console.export_text().splitlines() if x.startswith("value accuracy"))
    assert "no labelled values" in line and "0.000" not in line
