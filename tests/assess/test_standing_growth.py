"""How well a fact is established, asked of every fact of a subject's pool: the
second, agreeing source is looked up in an index of the pool, not found by a scan of
the pool for each fact (which made a subject of n facts cost n^2)."""

from __future__ import annotations

from dignity.assess import evidence
from dignity.model import Fact


def _pool(n: int) -> list[Fact]:
    # one named source alleging the same thing again and again: no second source, so a
    # scan would read the whole pool for every fact
    facts = [Fact(id=f"f{i}", type="solitary", subject="Ahmed Said", certainty="alleged",
                  attributed_to="John Doe (plaintiff)") for i in range(n)]
    facts.append(Fact(id="late", type="solitary", subject="Ahmed Said", certainty="alleged",
                      attributed_to="Amnesty International"))
    return facts


def _norm_calls(monkeypatch, n: int) -> int:
    calls = 0
    real = evidence._norm

    def counting(label: str) -> str:
        nonlocal calls
        calls += 1
        return real(label)

    monkeypatch.setattr(evidence, "_norm", counting)
    pool = _pool(n)
    out = [evidence.standing(f, pool) for f in pool]
    # the answer is the scan's: the other named source agrees, the first in pool order
    assert all(s.established for s in out)
    assert out[0].why == "two independent sources agree (John Doe (plaintiff); Amnesty International)"
    assert out[-1].why == "two independent sources agree (Amnesty International; John Doe (plaintiff))"
    assert evidence.standing_of(pool[:3], pool).established
    monkeypatch.setattr(evidence, "_norm", real)
    return calls


def test_standing_over_a_pool_grows_linearly(monkeypatch):
    small, large = _norm_calls(monkeypatch, 300), _norm_calls(monkeypatch, 1200)
    assert large <= 5 * small, (small, large)


def test_a_crowd_or_the_same_source_twice_is_not_a_second_source():
    pool = [Fact(id="a", type="solitary", subject="Ahmed Said", certainty="alleged", attributed_to="John Doe"),
            Fact(id="b", type="solitary", subject="Ahmed Said", certainty="alleged", attributed_to="John Doe"),
            Fact(id="c", type="solitary", subject="Ahmed Said", certainty="alleged", attributed_to="prisoners"),
            Fact(id="d", type="solitary", subject="Ahmed Said", certainty="hypothetical",
                 attributed_to="Amnesty International"),
            Fact(id="e", type="solitary", subject="Ahmed Said", negated=True, certainty="alleged",
                 attributed_to="Amnesty International")]
    assert not evidence.standing(pool[0], pool).established
    assert not evidence.standing(pool[2], pool).established
