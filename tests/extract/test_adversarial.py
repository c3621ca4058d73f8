"""Hostile input: work linear in size, memory flat, limits that end with a recorded
warning, never a hang; and the same facts as before on ordinary documents.

The families of hostile text are in ``benchmarks/hostile.py``.  The growth is tested
here without a clock (the project keeps timings in ``benchmarks/``, where
``benchmarks/fuzz_bench.py`` times every family at larger sizes and runs the long
Hypothesis profile): for each family, the Python calls the extractor makes at 4x the
size are at most 5x those at 1x (counted by ``cProfile``: the same number on every
run, whatever the machine's load), and the two places where work could grow faster
than the calls show are bounded: no whitespace-free span longer than
``guard.LONG_SPAN`` reaches spaCy's tokenizer (whose prefix and suffix loop is
quadratic in such a span), and no text longer than the budget's sentence maximum
reaches the patterns, context rules and attribution cues (regexes).
"""

from __future__ import annotations

import cProfile
import json
import os
import pstats
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmark_modules import load_benchmark

import dignity
from dignity.extract import guard
from dignity.extract.budget import Budget
from dignity.extract.engine import Extractor, default_extractor
from dignity.ingest import from_bytes, from_text, normalise_text

ROOT = Path(__file__).resolve().parents[2]

settings.register_profile("ci", max_examples=30, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=2000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("DIGNITY_FUZZ_PROFILE", "ci"))


hostile = load_benchmark("hostile")
generate = load_benchmark("generate")

SIZE = 6_000  # 1x (three parts of a 2,000-character sentence); 4x is 24,000


@pytest.fixture(scope="module")
def ex() -> Extractor:
    extractor = default_extractor("en")
    extractor.extract_document(from_text("He was held in solitary confinement for 23 hours a day."))
    return extractor


def _fresh() -> Extractor:
    extractor = Extractor("en")
    extractor.extract_document(from_text("He was held in solitary confinement for 23 hours a day."))
    return extractor


class _Recorder:
    """Stands in for the extractor's spaCy pipeline and notes every text it is given."""

    def __init__(self, nlp) -> None:
        self._nlp = nlp
        self.texts: list[str] = []

    def __call__(self, text: str):
        self.texts.append(text)
        return self._nlp(text)

    def __getattr__(self, name: str):
        return getattr(self._nlp, name)


def _work(ex: Extractor, text: str) -> tuple[int, list[str], list]:
    """The Python calls one extraction makes, the texts spaCy tokenised, and the result."""
    doc = from_text(text)
    recorder = _Recorder(ex.nlp)
    profile = cProfile.Profile()
    ex.nlp = recorder
    try:
        profile.enable()
        result = ex.extract_document(doc)
        profile.disable()
    finally:
        ex.nlp = recorder._nlp
    calls = sum(row[1] for row in pstats.Stats(profile).stats.values())  # every call, recursion too
    for f in result.facts:  # every offset exact, whatever the text
        e = f.evidence[0]
        assert doc.text[e.start:e.end] == e.text
    return calls, recorder.texts, result


def _longest_span(texts: list[str]) -> int:
    return max((len(span) for t in texts for span in t.split()), default=0)


@pytest.mark.parametrize("name", sorted(hostile.FAMILIES))
def test_work_grows_linearly_with_size(ex: Extractor, name: str) -> None:
    # warm, at both sizes (each input takes paths the other does not): patterns compiled
    # or loaded from the rules cache on first use are not the input's work, and with an
    # empty rules cache a rule first needed by one size alone would be charged to it
    _work(ex, hostile.family(name, 4 * SIZE))
    _work(ex, hostile.family(name, SIZE))
    # each size on an extractor of its own (same compiled rules, empty per-word memos), so
    # that neither run is cheapened by what the other, or an earlier test, left memoised,
    # nor made dearer by a bounded memo starting afresh in the middle of it
    small, small_texts, _ = _work(_fresh(), hostile.family(name, SIZE))
    large, large_texts, result = _work(_fresh(), hostile.family(name, 4 * SIZE))
    assert large <= 5 * small, f"{name}: {small:,} calls at 1x, {large:,} at 4x"
    # what the calls cannot see (loops inside spaCy's tokenizer and the regex engine)
    # only ever gets bounded pieces
    assert _longest_span(large_texts) <= guard.LONG_SPAN
    assert sum(map(len, large_texts)) <= len(hostile.family(name, 4 * SIZE))
    for f in result.facts:
        assert f.evidence[0].sentence is None or len(f.evidence[0].sentence) <= ex.budget.max_sentence_chars


def test_reported_cases_are_cut_into_bounded_pieces(ex: Extractor) -> None:
    # the cases: 10,000 commas took 126 s (spaCy's tokenizer on one long span),
    # a 78 KB "he said that" sentence 146 s (attribution on the whole sentence)
    _, texts, _ = _work(ex, hostile.family("run_comma", 10_000))
    assert _longest_span(texts) <= guard.LONG_SPAN
    _, _, result = _work(ex, hostile.family("said_that", 78_000))
    assert [f.type for f in result.facts] == ["solitary"]
    assert any("cut into parts" in e["problem"] for e in result.errors)


_MEMORY = textwrap.dedent("""
    import json, sys
    def peak_mb():
        # VmHWM is this process's own peak (a new address space at exec); ru_maxrss is
        # not: Linux keeps the parent's across execve, and pytest's process is large
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) // 1024
    sys.path.insert(0, {bench!r})
    import hostile
    from dignity.extract.engine import default_extractor
    from dignity.ingest import from_text
    ex = default_extractor("en")
    ex.extract_document(from_text("He was held in solitary confinement."))
    filler = "The report was published by the office in the spring after a long review. "
    size = int(sys.argv[1])
    parts = [filler * (size // len(filler))]
    for name in sorted(hostile.FAMILIES):
        parts.append(hostile.family(name, 5_000))  # the same facts at every size
    doc = from_text("\\n\\n".join(parts))
    del parts
    before = peak_mb()
    result = ex.extract_document(doc)
    after = peak_mb()
    print(json.dumps({{"before": before, "after": after, "facts": len(result.facts)}}))
""")


def _peak(size: int) -> dict:
    code = _MEMORY.format(bench=str(ROOT / "benchmarks"))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code, str(size)], capture_output=True, text=True,
                         env=env, timeout=300, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_memory_is_flat_in_document_size() -> None:
    small, large = _peak(200_000), _peak(800_000)
    assert large["after"] < 500, large
    # the spaCy Doc of one block, not of the document: 4x the text, nearly the same growth
    grow_small = small["after"] - small["before"]
    grow_large = large["after"] - large["before"]
    assert grow_large <= grow_small + 60, (small, large)


# ----------------------------------------------------------------- the same facts as before

def _dump(ex: Extractor, text: str) -> list[dict]:
    return [f.model_dump(mode="json") for f in ex.extract_document(from_text(text)).facts]


def test_blocks_give_the_facts_of_a_single_pass(ex: Extractor) -> None:
    text = generate.court_opinion(150_000, seed=11) + "\n\n" + "\n\n".join(generate.news_passages(10, seed=5))
    saved = ex.budget
    try:
        ex.budget = Budget(chunk_chars=10**9)
        whole = _dump(ex, text)
        ex.budget = Budget(chunk_chars=8_000)
        blocks = _dump(ex, text)
    finally:
        ex.budget = saved
    assert len(whole) > 50
    assert json.dumps(blocks, sort_keys=True) == json.dumps(whole, sort_keys=True)


def test_ordinary_text_is_not_masked() -> None:
    text = generate.court_opinion(200_000, seed=3)
    assert guard.mask(text) is text
    assert guard.mask("a " + "." * 122 + " b") == "a " + "." * 122 + " b"  # a dot leader


# ----------------------------------------------------------------- the guard's cuts

@given(st.lists(st.sampled_from(list(",.()'\"!?$«· \nab1") + ["'s", "solitary ", "x" * 40]), max_size=1500))
def test_mask_keeps_length_and_bounds_spans(pieces: list[str]) -> None:
    text = "".join(pieces)
    masked = guard.mask(text)
    assert len(masked) == len(text)
    long_spans = [m.span() for m in re.finditer(r"\S{%d,}" % (guard.LONG_SPAN + 1), text)]
    for i, (a, b) in enumerate(zip(text, masked)):
        if a != b:  # a space, only inside an over-long span
            assert b == " " and any(s < i < e for s, e in long_spans)
    assert all(len(span) <= guard.LONG_SPAN for span in masked.split())


@given(st.lists(st.sampled_from(list("ab ,;\n") + ["\n\n", "solitary ", "x" * 60]), max_size=2000),
       st.integers(min_value=20, max_value=500))
def test_chunks_and_parts_cover_the_text(pieces: list[str], size: int) -> None:
    text = "".join(pieces)
    blocks = list(guard.chunks(text, size))
    assert "".join(text[a:b] for a, b in blocks) == text
    assert all(b - a <= 2 * size + 2 for a, b in blocks)
    for a, b in blocks:
        for s, e in guard.split_long(text, a, b, size):
            assert a <= s < e <= b and e - s <= size


@given(st.lists(st.sampled_from(["He said that ", "solitary confinement ", ",,,,", "((((", "23 hours ",
                                 "denied it. ", "\n", "\n\n", "Mr. Alpha Beta said ", "'s's", "$$$$",
                                 "he was not held in isolation. ", "«··»"]), max_size=400))
def test_any_mix_of_hostile_pieces_gives_exact_evidence(pieces: list[str]) -> None:
    ex = default_extractor("en")
    text = "".join(pieces)
    doc = from_text(text)
    result = ex.extract_document(doc)
    for f in result.facts:
        for e in f.evidence:
            assert doc.text[e.start:e.end] == e.text
            assert e.sentence is None or len(e.sentence) <= ex.budget.max_sentence_chars
    assert all(set(err) == {"path", "problem"} for err in result.errors)


# ----------------------------------------------------------------- the budget's limits

def _with(ex: Extractor, budget: Budget, text: str):
    saved = ex.budget
    try:
        ex.budget = budget
        return ex.extract_document(from_text(text))
    finally:
        ex.budget = saved


def test_facts_per_document_limit_truncates_with_a_warning(ex: Extractor) -> None:
    text = "He was held in solitary confinement for 23 hours a day.\n\n" * 200
    result = _with(ex, Budget(max_facts=25), text)
    assert len(result.facts) == 25
    (err,) = result.errors
    assert "limit of 25 facts per document" in err["problem"]
    assert "the rest of the document was not read" in err["problem"]


def test_facts_per_sentence_limit(ex: Extractor) -> None:
    result = _with(ex, Budget(max_facts_per_sentence=5, max_sentence_chars=100_000),
                   "solitary confinement " * 100 + ".")
    assert len(result.facts) == 5
    assert any("more than 5 facts" in e["problem"] for e in result.errors)


def test_long_sentence_is_cut_and_evidence_stays_bounded(ex: Extractor) -> None:
    text = "He said that " * 2_000 + "he was held in solitary confinement."
    result = ex.extract_document(from_text(text))
    assert [f.type for f in result.facts] == ["solitary"]
    assert len(result.facts[0].evidence[0].sentence) <= ex.budget.max_sentence_chars
    assert "cut into parts" in result.errors[0]["problem"]


def test_time_limit_ends_with_a_recorded_error(ex: Extractor) -> None:
    text = "He was held in solitary confinement.\n\n" * 2_000
    result = _with(ex, Budget(max_seconds=0.0, chunk_chars=2_000), text)
    assert any("time limit of 0 s" in e["problem"] for e in result.errors)
    assert len(result.facts) < 2_000


def test_character_limit_reads_the_start(ex: Extractor) -> None:
    text = "He was held in solitary confinement.\n\n" + "The weather was fine. " * 100
    result = _with(ex, Budget(max_chars=40), text)
    assert [f.type for f in result.facts] == ["solitary"]
    assert "only the first 40 were read" in result.errors[0]["problem"]


def test_ordinary_document_has_no_errors(ex: Extractor) -> None:
    assert ex.extract_document(from_text(generate.court_opinion(50_000, seed=2))).errors == []


# ----------------------------------------------------------------- characters and sizes

def test_lone_surrogates_become_replacement_characters() -> None:
    assert normalise_text("a\ud800 b \ud83d\ude00 c\udfff") == "a\ufffd b \U0001f600 c\ufffd"
    result = dignity.extract("\ud800 ")
    assert result.facts == []
    result = dignity.extract("\udc80 He was held in solitary confinement.")
    (fact,) = result.facts
    assert fact.evidence[0].text == "solitary confinement"
    json.dumps(result.model_dump(mode="json"), ensure_ascii=False).encode("utf-8")


def _docx_with_text(make, chars: int) -> bytes:
    import io
    import zipfile

    path = make.docx("seed.docx", ["He was held in solitary confinement."])
    src = zipfile.ZipFile(path)
    xml = src.read("word/document.xml").decode("utf-8")
    para = "<w:p><w:r><w:t>" + "solitary confinement " * 50 + "</w:t></w:r></w:p>"
    at = xml.index("<w:sectPr")
    xml = xml[:at] + para * (chars // 1050 + 1) + xml[at:]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for item in src.infolist():
            z.writestr(item, xml if item.filename == "word/document.xml" else src.read(item.filename))
    return out.getvalue()


def test_docx_text_is_counted_as_it_is_read(make) -> None:
    from dignity.errors import InputError

    data = _docx_with_text(make, 400_000)
    assert len(data) < 60_000  # a small file that unpacks to much text
    with pytest.raises(InputError, match=r"has too much text \(more than 300,000 characters"):
        from_bytes(data, name="bomb.docx", max_bytes=300_000)
    assert len(from_bytes(data, name="fine.docx", max_bytes=1_000_000).text) > 400_000


def test_pdf_text_is_counted_page_by_page(make) -> None:
    from dignity.errors import InputError

    line = "He was held in solitary confinement for twenty-three hours a day."
    path = make.pdf("long.pdf", [[line] * 30] * 6)
    with pytest.raises(InputError, match="has too much text"):
        from_bytes(path.read_bytes(), name="long.pdf", max_bytes=5_000)


def test_cli_prints_one_warning_line_and_the_facts(make) -> None:
    from typer.testing import CliRunner

    from dignity.cli.main import app

    path = make.text("commas.txt", hostile.family("run_comma", 8_000))
    result = CliRunner().invoke(app, ["extract", "--format", "json", str(path)])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert [f["type"] for f in data["facts"]] == ["solitary"]
    assert data["errors"] and "cut into parts" in data["errors"][0]["problem"]
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert lines == [f"dignity: {path}: warning: {data['errors'][0]['problem']}"]


def _last_name_by_regexes(window: str, people: dict[str, str]) -> str | None:
    """The rule as first written: one regex per name, the latest whole-word hit wins."""
    best_pos, best_key = -1, None
    for key in people:
        for hit in re.finditer(rf"\b{re.escape(key)}\b", window):
            if hit.start() > best_pos:
                best_pos, best_key = hit.start(), key
    return best_key


@given(st.lists(st.sampled_from(["Guzman", "Loera", "Guzman-Loera", "O'Brien", "Brien", "Smith",
                                 "Smithson", "Ann", "said ", " ", "-", "'", "’s ", "x", ". ", "Gu"]),
                max_size=60),
       st.permutations(["Guzman", "Loera", "Guzman-Loera", "O'Brien", "Brien", "Smith", "Smithson", "Ann"]))
def test_last_name_scan_agrees_with_one_regex_per_name(pieces: list[str], keys: list[str]) -> None:
    from dignity.extract.attribution import last_named

    window = "".join(pieces)
    people = {k: k for k in keys[:5]}
    assert last_named(window, people) == _last_name_by_regexes(window, people)
