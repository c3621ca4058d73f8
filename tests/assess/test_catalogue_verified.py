"""The catalogue against the research notes (shared/spec/standards.md): each rule names
the row its paraphrase follows and carries that row's verification mark ([T] checked
against the text, [S] a secondary summary, [U] not checked), keeps the row's numbers, and
says which fact types it reads and which facts cut the other way."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dignity.assess.registry import load_catalogue

STANDARDS = Path(__file__).resolve().parents[3] / "shared" / "spec" / "standards.md"
#: the packs' own research notes: rows for rules standards.md does not cover (NMR-02, NMR-04, NMR-40)
RESEARCH = Path(__file__).resolve().parents[2] / "dignity" / "assess" / "standards" / "research.md"


def _rows() -> dict[str, tuple[str, str]]:
    """standards.md NMR rows, and research.md's: id -> (paraphrase, verification mark)."""
    out = {}
    lines = STANDARDS.read_text(encoding="utf-8").splitlines()
    if RESEARCH.exists():
        lines += RESEARCH.read_text(encoding="utf-8").splitlines()
    for line in lines:
        m = re.match(r"\|\s*(NMR-[\w-]+)\s*\|", line)
        if m:
            cols = [c.strip() for c in line.strip().strip("|").split("|")]
            marks = re.findall(r"\[([^\]]+)\]", cols[4])
            out[m.group(1)] = (cols[2] + " " + cols[3] + " " + cols[4], marks[-1] if marks else "U")
    return out


@pytest.fixture(scope="module")
def rows():
    if not STANDARDS.exists():
        pytest.skip("shared/spec/standards.md is not beside this checkout")
    return _rows()


def test_every_rule_names_its_row_and_mark(rows):
    for rule in load_catalogue().rules:
        assert rule.ref in rows, (rule.id, rule.ref)
        assert rule.verified == rows[rule.ref][1], (rule.id, rule.verified, rows[rule.ref][1])


def test_numbers_in_a_paraphrase_are_in_its_row(rows):
    for rule in load_catalogue().rules:
        for n in re.findall(r"\b\d+\b", rule.paraphrase):
            if re.fullmatch(r"\d{2,3}(-\d+)?", n) and int(n) > 30:
                continue  # a rule number cited ("rules 54-57"), not a threshold
            assert n in rows[rule.ref][0] or n in rule.number, (rule.id, n)


def test_rule_44_keeps_its_operators(rows):
    para = load_catalogue().get("mandela-44").paraphrase
    assert "22 hours or more" in para and "more than 15 days" in para


def test_rule_33_is_injuriously_affected_not_seriously():
    para = load_catalogue().get("mandela-33").paraphrase
    assert "injuriously affected" in para and "seriously" not in para


def test_every_rule_reads_and_says_what_cuts_the_other_way():
    for rule in load_catalogue().rules:
        assert rule.reads and rule.counter, rule.id
