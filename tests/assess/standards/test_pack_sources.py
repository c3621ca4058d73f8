"""Every rule of the packs against its research notes: the row of shared/spec/standards.md or of
dignity/assess/standards/research.md it follows, the row's verification mark, and the row's numbers."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dignity.assess.registry import installed

ROOT = Path(__file__).resolve().parents[3]
NOTES = [ROOT.parent / "shared" / "spec" / "standards.md", ROOT / "dignity" / "assess" / "standards" / "research.md"]
#: the packs this table covers (Mandela has its own: tests/assess/test_catalogue_verified.py)
PACKS = ["iccpr", "cat", "crc", "havana", "bangkok", "bop", "epr", "cpt", "echr", "iachr", "us"]


def _rows() -> dict[str, tuple[str, str]]:
    """row id -> (its text, its verification mark)."""
    out = {}
    for path in NOTES:
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            m = re.match(r"\|\s*([A-Z][\w-]*-[\w-]+|GC\d+)\s*\|", line)
            if m and not line.startswith("|---"):
                cols = [c.strip() for c in line.strip().strip("|").split("|")]
                marks = re.findall(r"\[([^\]]+)\]", cols[4])
                out[m.group(1)] = (" ".join(cols[1:5]), marks[-1] if marks else "U")
    return out


@pytest.fixture(scope="module")
def rows():
    if not NOTES[0].exists():
        pytest.skip("shared/spec/standards.md is not beside this checkout")
    return _rows()


def _rules():
    packs = installed()
    return [(p, r) for p in PACKS if p in packs for r in packs[p].rules]


def test_the_packs_are_installed():
    assert set(PACKS) <= set(installed())
    assert len(installed()) >= 8


def test_every_rule_names_its_row_and_keeps_its_mark(rows):
    for _pack, rule in _rules():
        if rule.ref is None:
            assert rule.verified.startswith("U"), (rule.id, "no research row: it must be marked U")
            continue
        assert rule.ref in rows, (rule.id, rule.ref)
        mark = rows[rule.ref][1]
        letters = {part.strip()[:1] for part in mark.split(";")}
        assert rule.verified[:1] in letters, (rule.id, rule.verified, mark)


def test_no_rule_claims_better_than_its_row(rows):
    order = "TSU"
    for _pack, rule in _rules():
        if rule.ref is None:
            continue
        best = min(order.index(p.strip()[:1]) for p in rows[rule.ref][1].split(";") if p.strip()[:1] in order)
        assert order.index(rule.verified[:1]) >= best, rule.id


def test_numbers_in_a_paraphrase_are_in_its_row(rows):
    for _pack, rule in _rules():
        if rule.ref is None:
            continue
        for n in re.findall(r"\b\d+\b", rule.paraphrase):
            if int(n) > 30:
                continue  # a rule or article number cited, not a threshold
            assert n in rows[rule.ref][0] or n in rule.number, (rule.id, n)


def test_every_rule_reads_and_says_what_cuts_the_other_way():
    for _pack, rule in _rules():
        assert rule.reads and rule.counter, rule.id
