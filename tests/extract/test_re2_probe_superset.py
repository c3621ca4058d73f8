"""The RE2 readings of ``benchmarks/re2_probe.py`` are supersets of the rules they stand for.

The probe (benchmarks README, "The speed pass of 2026-12-08 (RE2 prefilter)") writes every recognizer
pattern and context rule as an RE2 pattern for the lower-cased sentence. Nothing in Dignity uses
them (it did not pay); the reading stays measured for a later pass. On sentences of our own (capitals,
curly quotes, accents, a dotted capital I, a long s) and generated passages, every rule whose Python
regex matches is in the answer of the RE2 set made of the readings. google-re2 is no dependency of
Dignity: without it the test skips.
"""

from __future__ import annotations

import pytest
from benchmark_modules import load_benchmark

from dignity.extract.engine import Extractor
from dignity.extract.prefilter import lowered

re2 = pytest.importorskip("re2")

probe = load_benchmark("re2_probe")
generate = load_benchmark("generate")

OWN = [
    "The detainees at Harlow Ridge were held in isolation for 23 hours a day and given cold meals.",
    "HE WAS KEPT IN A WINDOWLESS CELL FOR NINE DAYS WITHOUT ACCESS TO A LAWYER.",
    "Mr. Okonjo said he “could not sleep” because the lights stayed on all night; no blanket was given.",
    "The authorities denied that any detainee had been beaten, but the report found bruises on two men.",
    "If the facility were overcrowded, the inspectors would have noted it.",
    "İnmates reported that the toilets were broken and the water was undrinkable for a week.",
    "The caſe file ſhows that visits were suspended for three months.",
    "Les détenus n'avaient pas accès à l'eau potable pendant deux jours.",
    "Los internos no recibieron atención médica durante el mes de marzo.",
    "The court held that double-celling, without more, is not cruel and unusual punishment.",
    "Ten women shared a cell built for four, with one mattress among them.",
    "Interpreters were never provided, so she signed forms she could not read.",
]


@pytest.fixture(scope="module")
def families() -> tuple[list[str], dict[str, tuple[list, object, int]]]:
    ex = Extractor()
    ex.recognizers.validate()
    texts = OWN + [s.text for t in generate.news_passages(6, 11) for s in ex.nlp(t).sents]
    conv = probe.Converter()
    out = {}
    for name, rxs in (
            ("recognizer patterns",
             [cp.regex for rid in ex.recognizers.recognizers for cp in ex.recognizers.patterns(rid)]),
            ("context rules", [sc.regex for _rule, sc, _cue in ex.context._scanners])):
        opts = re2.Options()
        opts.max_mem = 256 << 20
        one = re2.Set.SearchSet(opts)
        for rx in rxs:
            one.Add(conv.to_re2(rx.pattern, rx.flags))
        always = one.Add("")
        one.Compile()
        out[name] = (rxs, one, always, conv)
    return texts, out


@pytest.mark.parametrize("name", ["recognizer patterns", "context rules"])
def test_every_rule_that_matches_is_in_the_sets_answer(families, name: str) -> None:
    texts, fams = families
    rxs, one, always, conv = fams[name]
    tested = matched = 0
    for text in texts:
        low = lowered(text)
        if not conv.testable(low):
            continue
        got = set(one.Match(low) or ())
        assert always in got, f"the set gave up on {text!r}"
        tested += 1
        for i, rx in enumerate(rxs):
            if rx.search(text) is not None:
                matched += 1
                assert i in got, f"{name}: {rx.pattern[:120]!r} matches {text!r}, its RE2 reading does not"
    assert tested >= len(OWN) and matched > 10


def test_the_alphabet_keeps_what_python_folds_together() -> None:
    conv = probe.Converter()
    # 'k' stays testable (the Kelvin sign, whose lower case is 'k', is in the alphabet), a Greek letter does not
    assert conv.testable("kept in a cell") and not conv.testable("ωmega")
    rx = conv.to_re2(r"(?<![\w\-])(?:inmates?)\b", 2)  # re.IGNORECASE
    one = re2.Set.SearchSet()
    one.Add(rx)
    one.Compile()
    # Python's (?i)i matches the dotted capital İ, which lower-casing leaves as it is
    assert one.Match(lowered("İnmates wrote")) == [0]
    assert one.Match(lowered("no one wrote")) is None
