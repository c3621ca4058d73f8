"""The assessment's speed pass of round 17: each shortcut gives exactly what the work it saves
gave (sentences of our own, with near sentences that must not change).

- ``evidence.kinds_remembered``: within one assessment a fact's source kind and recited claim are
  read once; the answer follows the fact's words, label and qualifiers, and is forgotten after;
- ``jurisdictions.detect``: a country none of whose names is in the text is not searched for;
- the engine's searches of a document, a lead-in or a sentence by the rule's scanner
  (``engine._in_text``) find what the regex finds.
"""

from __future__ import annotations

import pytest

from dignity.assess import engine
from dignity.assess.engine import _in_text, _rules_against, _words
from dignity.assess.evidence import kinds_remembered, source_kind
from dignity.assess.jurisdictions import detect
from dignity.extract.prefilter import Scanner
from dignity.model import Evidence, Fact

from assess_helpers import assess_text


def _fact(sentence: str, words: str, who: str = "the author", certainty: str = "asserted", **q) -> Fact:
    at = sentence.index(words)
    return Fact(id="s17", type="sanitation", value=None, negated=False, certainty=certainty,
                subject="the detainees", subject_kind="group", attributed_to=who,
                evidence=[Evidence(document="d17", start=at, end=at + len(words), text=words, sentence=sentence)],
                qualifiers=q)


# a body that only received the account (relayed), its own finding, a court reciting a claim
_FACTS = [
    ("The commission received complaints from relatives that the latrines overflowed for weeks.",
     "the latrines overflowed", "the commission", "monitor"),
    ("The commission found that the latrines overflowed for weeks.", "the latrines overflowed",
     "the commission", "monitor"),
    ("The petitioners allege that the cells had no working toilet.", "the cells had no working toilet",
     "the court", "court"),
    ("The court finds that the cells had no working toilet.", "the cells had no working toilet",
     "the court", "court"),
]


@pytest.mark.parametrize("sentence, words, who, kind", _FACTS)
def test_a_remembered_source_kind_is_the_one_read_afresh(sentence, words, who, kind):
    f = _fact(sentence, words, who, source_kind=kind)
    fresh = source_kind(f)
    with kinds_remembered():
        assert source_kind(f) == fresh
        assert source_kind(f) == fresh  # the second time from the memo
    assert source_kind(f) == fresh


def test_the_memo_follows_what_the_fact_says():
    # the same words, once received from others and once found: two answers in one assessment
    received = _fact(_FACTS[0][0], _FACTS[0][1], "the commission", source_kind="monitor")
    found = _fact(_FACTS[1][0], _FACTS[1][1], "the commission", source_kind="monitor")
    with kinds_remembered():
        assert source_kind(received) == "relayed"
        assert source_kind(found) == "monitor"
        # a claim the court credited is its finding: the qualifier is part of what is remembered
        claim = _fact(_FACTS[2][0], _FACTS[2][1], source_kind="court")
        credited = _fact(_FACTS[2][0], _FACTS[2][1], source_kind="court", credited_by="the court")
        assert source_kind(claim) == "party"
        assert source_kind(credited) == "court"


def test_the_memo_ends_with_its_block():
    from dignity.assess import evidence

    with kinds_remembered():
        with kinds_remembered():  # nested: the outer block's answers
            source_kind(_fact(_FACTS[1][0], _FACTS[1][1], "the commission", source_kind="monitor"))
        assert evidence._KINDS.get()
    assert evidence._KINDS.get() is None


def test_an_assessment_is_the_same_twice():
    text = ("The inspectors received complaints from detainees that the cells had no ventilation. "
            "The inspectors found that the cells in block C had no working toilet and that detainees were "
            "held there 23 hours a day.")
    one, two = assess_text(text), assess_text(text)
    assert [(f.id, f.status) for f in one.findings] == [(f.id, f.status) for f in two.findings]
    assert [source_kind(f) for f in one.facts] == [source_kind(f) for f in two.facts]


@pytest.mark.parametrize("text, code", [
    ("The inspectors visited three prisons in Germany and two in France; in Germany the cells were dry.", "DE"),
    ("Le rapport porte sur les prisons de France.", "FR"),
    ("The report covers the prisons of Spain and of Italy.", None),  # a tie: no country
    ("The report covers the prisons of the region.", None),  # no country named
    ("Germanys and Frances are no names of countries here.", None),  # a name inside a longer word
])
def test_the_country_named_most(text, code):
    assert detect(text) == code


_SENTENCES = [
    ("rejected_claim_words", "Summary judgment is granted in favor of the defendants."),
    ("rejected_claim_words", "The complaint is dismissed."),
    ("rejected_claim_words", "The complaint is dismissed without prejudice."),  # trap: not a ruling against
    ("rejected_claim_words", "Summary judgment for the defendants is denied in part."),
    ("rejected_claim_words", "The prison holds four hundred men in two wings."),
    ("pleading_stage_words", "On a motion to dismiss, the court accepts the complaint's allegations as true."),
    ("pleading_stage_words", "The cells were cold and the yard was closed for a month."),
    ("trial_stage_words", "After a bench trial, the court makes the following findings of fact."),
    ("law_words", "The Seventh Circuit has held that keeping an inmate in a cold cell may be cruel."),
    ("law_words", "The cell was cold in January."),
    ("disputed_fact_words", "There is a genuine dispute of material fact as to the heating of the cells."),
    ("disputed_fact_words", "The heating of the cells failed in January."),
]


@pytest.mark.parametrize("name, text", _SENTENCES)
def test_a_search_by_the_scanner_finds_what_the_regex_finds(name, text):
    rx = _words(name, "en")
    assert rx is not None
    for _ in range(Scanner.WARM_AFTER + 2):  # as written, then warm (the twin first)
        got, want = _in_text(rx, text), rx.search(text)
        assert (got and got.span()) == (want and want.span())


def _ruled_as_before(text, rx, lower, affirmed) -> bool:
    """``_rules_against`` as it read before the pass: the regex's own ``finditer``."""
    affirms = None
    for m in rx.finditer(text):
        if lower is None or not lower.search(text, engine._sentence_begin(text, m.start()), m.start()):
            return True
        if affirms is None:
            affirms = affirmed is not None and affirmed.search(text) is not None
        if affirms:
            return True
    return False


@pytest.mark.parametrize("text, ruled", [
    ("The plaintiff says the cells were cold. For these reasons, the complaint is dismissed.", True),
    ("The cells were cold. The yard was closed.", False),
    ("The complaint is dismissed without prejudice.", False),
    ("The District Court granted summary judgment for respondents. We reverse and remand.", None),
    ("The District Court granted summary judgment for respondents. We affirm.", None),
])
def test_a_ruling_against_the_claim_is_read_in_the_whole_text(text, ruled):
    rx = _words("rejected_claim_words", "en")
    lower, affirmed = _words("lower_court_words", "en"), _words("affirmed_words", "en")
    want = _ruled_as_before(text, rx, lower, affirmed)
    if ruled is not None:
        assert want is ruled
    for _ in range(Scanner.WARM_AFTER + 2):  # as written, then warm (the twin first)
        assert _rules_against(text, rx, lower, affirmed) is want
