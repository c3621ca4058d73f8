"""The prefilter (words a pattern needs, tested before its regex) never changes a result."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from dignity import ingest
from dignity.extract.engine import Extractor
from dignity.extract.prefilter import requirements, satisfied

import test_recognizers as tables

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"


def test_requirements_come_from_what_every_match_passes_through() -> None:
    reqs = requirements(r"(?:held|kept)\s+(?:in\s+(?:the\s+)?cell\s+)?for\s+(?P<n>\d+)\s+(?:days?|weeks?)(?!\s+ago)")
    assert set(reqs) == {("held", "kept"), ("for",), ("day", "week")}  # "in the cell" is optional
    # optional parts, look-arounds and short words ask for nothing
    assert requirements(r"(?:the\s+)?(?<!not )cell(?!s)") == (("cell",),)
    assert requirements(r"a|cell") == ()  # one branch has no useful word
    assert requirements(r"(") == ()  # not a regex: no prefilter, the regex decides


def test_satisfied_needs_one_word_of_every_clause() -> None:
    reqs = (("held", "kept"), ("day", "week"))
    assert satisfied(reqs, "he was held for ten days")
    assert not satisfied(reqs, "he was held for ten hours")
    assert satisfied((), "anything")


def _texts() -> list[str]:
    out = [p.sentence for cases in tables.POSITIVE.values() for p in cases]
    out += [s for cases in tables.NEGATIVE.values() for s in cases]
    # the passages we may read (dev, train-*): held-out ones are for scoring only
    for path in sorted((SHARED / "corpus").glob("*.jsonl")):
        if path.name.startswith("heldout-"):
            continue
        out += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    out += [p.read_text(encoding="utf-8") for p in (ROOT / "examples").glob("*.txt")]
    seed = SHARED / "spec" / "seed-article.txt"
    if seed.exists():
        out.append(seed.read_text(encoding="utf-8"))
    return out


@pytest.fixture(scope="module")
def both() -> tuple[Extractor, Extractor]:
    on, off = Extractor("en"), Extractor("en")
    off.prefilter = False
    return on, off


def test_the_prefilter_changes_no_fact(both) -> None:
    on, off = both
    texts = _texts()
    assert len(texts) > 700
    for text in texts:
        doc = ingest.from_text(text)
        with_ = [f.model_dump() for f in on.facts(doc)]
        without = [f.model_dump() for f in off.facts(doc)]
        assert with_ == without, text[:200]


def test_lowering_keeps_every_offset() -> None:
    from dignity.extract.prefilter import lowered

    text = "İbrahim KAYA was held in ISOLATION for 23 HOURS a day in İzmir; STRAẞE"
    low = lowered(text)
    assert len(low) == len(text)
    assert "isolation" in low and "hours" in low


@pytest.mark.parametrize("text", [
    "İbrahim Kaya told the delegation that he is held in ISOLATION for 23 HOURS A DAY in İzmir.",
    "MR. ÖZTÜRK HAS NOT SEEN A DOCTOR SINCE 3 JUNE 2024, AND THE LIGHTS ARE ON DAY AND NIGHT.",
    "Ärzte dürfen nicht kommen: the İmam was denied visits from his family for three months.",
])
def test_unusual_letters_and_capitals_give_the_same_facts(both, text: str) -> None:
    on, off = both
    for ex in (on, off):  # warm the scanners of the fast one
        for _ in range(20):
            ex.facts(ingest.from_text(text))
    doc = ingest.from_text(text)
    with_ = [f.model_dump() for f in on.facts(doc)]
    assert with_ and with_ == [f.model_dump() for f in off.facts(doc)]


_SENTENCES = [
    "He has since claimed that the guards had beaten him; she says nothing was done.",
    "The inmates' families were not allowed to visit, and the re-claimed cells stayed shut.",
    "Officers told the court they have never denied him showers (or soap) since 2019.",
    "Non-claimants said: 'No one was told.' Claims, counter-claims and hearsay abound.",
]


def test_first_heads_say_how_every_match_begins() -> None:
    from dignity.extract.prefilter import ClauseMemo, first_heads, lower_twin, lowered

    rx = re.compile(r"(?<![\w\-])(?:(?:has|have)\s+(?:since\s+)?claimed|says?|told)(?![\w])", re.I)
    heads = first_heads(lower_twin(rx))
    assert heads == {"has", "hav", "say", "tol"}
    # a pattern that may begin with any letter, or that is not word-bounded, has none
    assert first_heads(lower_twin(re.compile(r"(?<![\w\-])\w+ed", re.I))) is None
    assert first_heads(lower_twin(re.compile(r"told", re.I))) is None
    for s in _SENTENCES:
        low = lowered(s)
        starts = ClauseMemo(low).heads()
        for m in rx.finditer(s):
            assert low[m.start():m.start() + 3] in heads and low[m.start():m.start() + 3] in starts


def test_a_twin_with_word_trees_matches_where_the_pattern_does() -> None:
    from dignity.extract.prefilter import Scanner, lower_twin, lowered

    rx = re.compile(r"\b(?:(?:have\s+since|has|had|have)\s+)*(?P<verb>claims?|claim|said|says|told"
                    r"|denied|den(?:y|ies))\b|(?:no|not)[\s,]+(?:soap|showers?|one)", re.I)
    twin = lower_twin(rx)
    assert "ha(?:d|s|ve" in twin.pattern  # the word list is a tree of its letters
    for s in _SENTENCES:
        low = lowered(s)
        assert {m.start() for m in rx.finditer(s)} <= {m.start() for m in twin.finditer(low)}
        scan = Scanner(rx)
        scan.warm()
        assert [m.span() for m in scan.matches(s, low)] == [m.span() for m in rx.finditer(s)]


@pytest.mark.parametrize("pattern, sentence", [
    (r"(?:Conseil\s+d'État|juge\s+des\s+référés|la\s+Sala)", "Conseil d'État, juge des référés, ordonnance."),
    (r"\b(?:Área\s+de\s+ingreso|Él\s+dijo)\b", "En el área de ingreso, él dijo que ÁREA DE INGRESO."),
])
def test_a_warmed_scanner_finds_capitals_of_every_alphabet(pattern: str, sentence: str) -> None:
    """A capital outside A-Z ("État", "Área") is lower-cased in the twin as in the lower-cased
    sentence: a warmed scanner (after its first sentences) finds what the regex finds."""
    from dignity.extract.prefilter import Scanner, lowered

    rx = re.compile(pattern, re.I)
    scan = Scanner(rx)
    scan.warm()
    found = [m.span() for m in scan.matches(sentence, lowered(sentence))]
    assert found == [m.span() for m in rx.finditer(sentence)] and found


_PLACES_PATTERNS = [
    # word-bounded as the recognizers compile them, with digits and a small class first
    r"(?<![\w\-])(?:(?P<num>\d+|two|three)\s+(?:hours?|days?)|[.,]\s*no\s+one|not?[\s,]+(?:soap|showers?))(?![\w])",
    # "\b" at the start of every branch, a look-behind before it
    r"(?<!to )\b(?:claim\w*|den(?:y|ies|ied)|told)\b|\bhearsay\b",
    # short beginnings ("no", "a") that many words share
    r"(?<![\w\-])(?:no|a)\s+\w+",
    # a look-behind that ends in no word character: every match begins where a word does
    r"(?<=, )(?:he|she|they|no)\s+(?:is|was|were|one)",
]

_PLACES_SENTENCES = [
    *_SENTENCES,
    "He was held 23 hours a day, 7 days a week; no one came. Two days, 3 hours, ٣ hours.",
    "Counter-claims were denied. The pre-trial detainee told no-one; not soap, not showers.",
    "A cell, a bed, no light: 12 hours.",
    "Asked, he was silent, they were tired; she, he is,she was, no one came.",
]


@pytest.mark.parametrize("pattern", _PLACES_PATTERNS)
def test_a_scanner_tries_only_where_a_word_begins_and_finds_what_the_regex_finds(pattern: str) -> None:
    from dignity.extract.prefilter import ClauseMemo, Scanner, lowered

    rx = re.compile(pattern, re.I)
    scan = Scanner(rx)
    scan.warm()
    assert scan.heads is not None  # the places are used, not the twin's search
    for s in _PLACES_SENTENCES:
        low = lowered(s)
        memo = ClauseMemo(low)
        assert [m.span() for m in scan.matches(s, low, memo=memo)] == \
            [m.span() for m in rx.finditer(s) if m.end() > m.start()], s


def test_digit_and_word_boundary_beginnings() -> None:
    from dignity.extract.prefilter import DIGIT, ClauseMemo, first_heads, lower_twin

    assert first_heads(lower_twin(re.compile(r"(?<![\w\-])(?:\d+|two)\s+hours", re.I))) == {DIGIT, "two"}
    # a digit after letters is not read as one: the beginning stops before it
    assert first_heads(lower_twin(re.compile(r"(?<![\w\-])(?:ab\d)", re.I))) == {"ab"}
    assert first_heads(lower_twin(re.compile(r"\bfoo|\bbars?", re.I))) == {"foo", "bar"}
    # a branch without "\b" may begin inside a word: no beginnings
    assert first_heads(lower_twin(re.compile(r"\bfoo|bar", re.I))) is None
    memo = ClauseMemo("held 23 hours, not-twenty")
    assert DIGIT in memo.heads() and memo.places({DIGIT}) == [5]
    assert memo.places({"twe"}) == [19]  # after a hyphen: where "\b" may begin a word
    assert memo.places({"h", "no"}) == [0, 8, 15]


def test_positive_look_arounds_ask_for_their_words() -> None:
    # what a positive look-ahead or look-behind matches is in the sentence too
    assert set(requirements(r",?\s+and\s+(?=(?:a|an|the)\s+(?:lack|absence)\s+of\b)")) == \
        {("and",), ("absence", "lack")}
    assert set(requirements(r"(?<=held )for\s+days")) == {("held ",), ("for",), ("days",)}
    # a negative one still asks for nothing
    assert requirements(r"cell(?!\s+block)") == (("cell",),)
    rx = re.compile(r"\bcells?\b(?=[^.]*\bwithout\s+(?:light|windows?)\b)", re.I)
    from dignity.extract.prefilter import Scanner, lowered

    scan = Scanner(rx)
    scan.warm()
    for s in ["The cell was kept without light.", "The cells had windows.", "Cells without windows; cell."]:
        assert [m.span() for m in scan.matches(s, lowered(s))] == [m.span() for m in rx.finditer(s)], s


@pytest.mark.parametrize("pattern", [
    r"(?<![\w\-])(?:^\W*(?:A|An|No)[\s,]+(?:\w+[\s,]+){0,2}?(?:detainee|prisoner)s?\b)",
    r"^\s*(?:reversed|affirmed)\b|\A\W*so\s+ordered",
])
def test_a_scanner_whose_matches_begin_at_the_start_tries_only_there(pattern: str) -> None:
    from dignity.extract.prefilter import ClauseMemo, Scanner, lowered

    rx = re.compile(pattern, re.I)
    scan = Scanner(rx)
    scan.warm()
    assert scan.at_start
    for s in ["A detainee was held.", " -- No two prisoners slept.", "Then a detainee left.",
              "Reversed.", "So ordered.", "It was reversed."]:
        low = lowered(s)
        assert [m.span() for m in scan.matches(s, low, memo=ClauseMemo(low))] == \
            [m.span() for m in rx.finditer(s) if m.end() > m.start()], s
    # "^" in MULTILINE mode begins every line: not at the start only
    multi = Scanner(re.compile(r"^\s*reversed", re.I | re.M))
    multi.warm()
    assert not multi.at_start


@pytest.mark.parametrize("pattern", [
    # no known beginnings (any word may come before the noun): the twin's search of the head
    r"\b(?:(?:the|all|other)\s+){0,3}(?:[\w\-]+[\s\-])?(?P<noun>inmates|detainees|class\s+members)\b"
    r"(?:\s+(?:in|at)\s+(?P<where>(?-i:[A-Z])\w*))?",
    # known beginnings: the whole sentence's places before the cut
    r"\b(?P<p>he|she|they)\b",
])
def test_matches_in_a_sentence_head_are_those_of_the_head(pattern: str) -> None:
    from dignity.extract.prefilter import ClauseMemo, Scanner, lowered

    rx = re.compile(pattern, re.I)
    scan = Scanner(rx)
    scan.warm()
    for s in ["All other inmates in Block said they were held; the detainees x-inmates left.",
              "He said the class members at Camp waited, then she-inmates -- detainees.",
              "Inmates", "Nobody came to the cells at night.", "Ça, détenus: the inmates' cells, theyre."]:
        low = lowered(s)
        memo = ClauseMemo(low)
        for limit in range(len(s) + 1):
            assert [m.span() for m in scan.prefix_matches(s, low, limit, memo)] == \
                [m.span() for m in rx.finditer(s[:limit]) if m.end() > m.start()], (s, limit)
            # without a memo: the head's own search
            assert [m.span() for m in scan.prefix_matches(s, low, limit, None)] == \
                [m.span() for m in rx.finditer(s[:limit]) if m.end() > m.start()], (s, limit)


def test_requirement_heads_know_which_needed_words_begin_a_word() -> None:
    from dignity.extract.prefilter import ClauseMemo, Scanner, lowered, requirement_heads

    bounded = r"(?<![\w\-])(?:held|kept)[\s,]+in[\s,]+(?:isolation|segregation)\b"
    # every needed word stands where a word begins: its first letters must begin one
    assert requirements(bounded) == (("isolation", "segregation"), ("held", "kept"))
    assert requirement_heads(bounded) == (frozenset({"iso", "seg"}), frozenset({"hel", "kep"}))
    # a word that may stand inside another ("...held", after a class that holds letters,
    # or with no boundary before it) is not known to begin one
    assert requirement_heads(r"\w+held\s+isolation") == (frozenset({"iso"}), None)
    assert requirement_heads(r"isolation") == (None,)
    assert requirement_heads(r"\bisolation|segregation\b") == (None,)
    assert requirement_heads(r"\b(?:in\s+)?isolation") == (frozenset({"iso"}),)
    assert requirement_heads(r"(?<=, )isolation") == (frozenset({"iso"}),)
    # a sentence with the word only inside another lacks it: ruled out by one set test,
    # and the scanner finds what the regex finds
    rx = re.compile(bounded, re.I)
    scan = Scanner(rx)
    scan.warm()
    for s in ["He was upheld in nonisolation.", "He was held in isolation.", "Kept, in Segregation!",
              "She was withheld in segregation-like cells.", "Held in isolationism."]:
        low = lowered(s)
        memo = ClauseMemo(low)
        assert memo.satisfied(scan.needs, scan.need_heads) == satisfied(scan.needs, low) or rx.search(s) is None, s
        assert [m.span() for m in scan.matches(s, low, memo=memo)] == [m.span() for m in rx.finditer(s)], s
    low = lowered("He was upheld in nonisolation.")
    assert satisfied(scan.needs, low) and not ClauseMemo(low).satisfied(scan.needs, scan.need_heads)


def test_gates_are_where_a_match_and_its_needed_words_begin() -> None:
    from dignity.extract.prefilter import ClauseMemo, Scanner, lowered

    rx = re.compile(r"(?<![\w\-])(?:held|kept)[\s,]+in[\s,]+(?:isolation|segregation)\b", re.I)
    scan = Scanner(rx)
    assert scan.gates == ()  # nothing known before it warms up: every sentence is tried
    scan.warm()
    assert set(scan.gates) == {scan.heads, frozenset({"iso", "seg"}), frozenset({"hel", "kep"})}
    # a sentence disjoint from one gate has no match, whatever its substrings; the callers
    # (the recognizers' and the context rules' loops) rule it out at once and then test
    # ``needs`` and match with ``checked=True``: the same matches as the regex
    for s in ["He was upheld in nonisolation.", "He was held in isolation.", "Kept, in Segregation!",
              "Withheld in segregation.", "Held in isolationism.", "Held, in a cell."]:
        low = lowered(s)
        memo = ClauseMemo(low)
        gated = any(map(memo.heads().isdisjoint, scan.gates)) or not memo.satisfied(scan.needs)
        got = [] if gated else [m.span() for m in scan.matches(s, low, checked=True, memo=memo)]
        assert got == [m.span() for m in rx.finditer(s)], s
    assert not Scanner(re.compile(r"(?:isolation)?")).gates  # (not warmed: no gate)


def test_never_empty_says_whether_a_match_holds_a_character() -> None:
    from dignity.extract.prefilter import never_empty

    assert never_empty(re.compile(r"\b(?:press\s+release|findings\s+letter)\b", re.I))
    assert never_empty(re.compile(r"(?<=, )x?y"))
    assert not never_empty(re.compile(r"(?:press release)?"))
    assert not never_empty(re.compile(r"\b(?=x)"))


def test_found_is_what_matches_finds_once_the_gates_are_passed() -> None:
    from dignity.extract.prefilter import ClauseMemo, Scanner, lowered

    rx = re.compile(r"(?<![\w\-])(?:no|without)\s+(?:access\s+to\s+)?(?:water|light)\b", re.I)
    scan = Scanner(rx)
    texts = ["No water, no light and no access to water.", "Without LIGHT; nowater.", "Nothing."]
    for warm in (False, True):  # as written while warming up, then at the words' places
        if warm:
            scan.warm()
        for s in texts:
            low = lowered(s)
            memo = ClauseMemo(low)
            got = scan.found(s, low, memo)
            assert isinstance(got, list)
            assert [m.span() for m in got] == [m.span() for m in scan.matches(s, low, checked=True, memo=memo)] \
                == [m.span() for m in rx.finditer(s)], s


@pytest.mark.parametrize("pattern", _PLACES_PATTERNS)
def test_a_twin_tried_first_at_each_place_loses_no_match(pattern: str) -> None:
    """``Scanner.pretest`` (the twin's match, then the regex, at each place): the same matches
    from ``found``, ``matches``, ``search`` and a sentence head's ``prefix_matches`` as the regex."""
    from dignity.extract.prefilter import ClauseMemo, Scanner, lowered

    rx = re.compile(pattern, re.I)
    scan = Scanner(rx)
    scan.warm()
    assert scan.pretest is not None  # case-insensitive throughout: the twin is tried first
    for s in _PLACES_SENTENCES:
        low = lowered(s)
        memo = ClauseMemo(low)
        want = [m.span() for m in rx.finditer(s) if m.end() > m.start()]
        if scan.need_tests and not memo.needs_met(scan.need_tests) or any(memo.heads().isdisjoint(g)
                                                                          for g in scan.gates):
            assert want == [], s
            continue
        assert [m.span() for m in scan.found(s, low, memo)] == want, s
        assert [m.span() for m in scan.matches(s, low, memo=memo)] == want, s
        first = scan.search(s, low, memo)
        assert (first.span() if first else None) == (want[0] if want else None), s
        cut = len(s) // 2
        assert [m.span() for m in scan.prefix_matches(s, low, cut, memo)] == \
            [m.span() for m in rx.finditer(s[:cut]) if m.end() > m.start()], s


def test_no_twin_first_where_the_regex_reads_capitals() -> None:
    """A case-sensitive part (``(?-i:[A-Z])``) is any letter to the twin, which then matches at
    most places: the regex alone is tried there (``prefilter._pretest``)."""
    from dignity.extract.prefilter import Scanner

    scan = Scanner(re.compile(r"(?<![\w\-])(?:(?-i:[A-Z])\w+\s+)?(?:act|code|law)\b", re.I))
    scan.warm()
    assert scan.pretest is None
    plain = Scanner(re.compile(r"(?<![\w\-])(?:act|code|law)\b"))  # case-sensitive: no twin at all
    plain.warm()
    assert plain.pretest is None


def test_common_word_clause_comes_last():
    # "and yet": the rarer "yet" is the branch's clause, not "and" (in nearly every sentence)
    assert requirements(r",\s*(?:but|although)\s|\sand\s+yet\s") == (("although", "but", "yet"),)
    # counter-example: with no other clause the common word is still required
    assert requirements(r"\sand\s+(?:so|to)\s") == (("and",),)


def test_punctuation_cue():
    from dignity.extract.prefilter import punctuation_cue

    assert punctuation_cue(r"^\W*(?:although|though)\s[^,;]{3,200}?(?P<at>,)") == ","
    assert punctuation_cue(r"(?P<at>:)\s+(?=the\s+cells)") == ":"
    # counter-examples: a mark that one alternative lacks, or a class of marks, is no cue
    assert punctuation_cue(r"(?:,\s*|\s)but\s") == ""
    assert punctuation_cue(r"[,;]\s*however\b") == ""


@pytest.mark.parametrize("sentence", [
    "Although the code demands daylight, the wing had no windows for months.",
    "Although the code demands daylight the wing had no windows for months.",  # no comma: no cue
    "The guards kept him in the yard, a practice the inspectors condemned.",
])
def test_context_triggers_with_cues_equal_plain_regexes(sentence):
    from dignity.extract.context import load_context

    engine = load_context("en")
    spans = lambda ms: [(m.rule.literal, m.start, m.end) for m in ms]  # noqa: E731
    for _ in range(20):  # past the scanners' warm-up
        assert spans(engine.triggers(sentence)) == spans(engine.triggers(sentence, fast=False))


_INDEX_SENTENCES = {
    "en": ["No detainee was beaten, according to the warden, but the cells had no light.",
           "If a prisoner is held alone for weeks, the harm may be lasting.",
           "Courts have held that a lack of exercise can violate the Eighth Amendment; see Tr. 12.",
           "II. Conditions of confinement",
           "The inspectors did not find that the toilets were filthy, although the staff were few.",
           "In many countries, pretrial detainees wait years for a hearing."],
    "es": ["No se constató que los internos fueran golpeados, pero las celdas no tenían luz.",
           "Si un recluso permanece aislado durante semanas, el daño puede ser grave."],
    "fr": ["Il n'est pas établi que les détenus aient été frappés, mais les cellules étaient sombres.",
           "Si un détenu reste seul pendant des semaines, le préjudice peut être durable."],
}


@pytest.mark.parametrize("lang", sorted(_INDEX_SENTENCES))
def test_context_rules_indexed_by_gates_give_every_trigger(lang):
    """The rules filed by their gates' word beginnings (``ContextEngine._index``): the triggers
    are those of every rule run as written, while the rules warm up (their gates unknown, then
    known: the index is made again) and once all are warm."""
    from dignity.extract.context import parse_context
    from dignity.extract.prefilter import Scanner
    from dignity.extract.recognizer import read_resource

    engine = parse_context(*read_resource(lang, "context.yaml"))
    spans = lambda ms: [(m.rule.literal, m.start, m.end) for m in ms]  # noqa: E731
    sentences = _INDEX_SENTENCES[lang]
    for _ in range(Scanner.WARM_AFTER + 2):
        for sentence in sentences:
            assert spans(engine.triggers(sentence)) == spans(engine.triggers(sentence, fast=False))
    for _, sc, _ in engine._scanners:  # the rules whose punctuation no sentence here had
        sc.warm()
    engine._index()
    assert not engine._warming and engine._by_head
    for sentence in sentences:
        assert spans(engine.triggers(sentence)) == spans(engine.triggers(sentence, fast=False))
