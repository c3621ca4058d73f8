"""The case file's JSON written in pieces (``json_chunks``) is, for any case file,
exactly the JSON of ``CaseFile.to_json()`` dumped at once, in chunks of any size, and
``case show --format json``'s is the same without the list of facts (Hypothesis; profile ``ci`` here, ``long`` from
benchmarks/fuzz_bench.py --hypothesis or DIGNITY_FUZZ_PROFILE=long)."""

from __future__ import annotations

import datetime as dt
import json
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dignity.cases.casefile import (
    AssessmentLimit,
    CaseDocument,
    CaseFile,
    CaseInfo,
    MergedFact,
    SourceRef,
    TimelineEntry,
)
from dignity.cases.export import SHOW_OMITS, json_chunks, to_json
from dignity.model import Evidence, Fact

settings.register_profile("ci", max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("DIGNITY_FUZZ_PROFILE", "ci"))

WHEN = dt.datetime(2021, 5, 1, 12, 30, tzinfo=dt.timezone.utc)
words = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=40)
values = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6),
                   st.floats(allow_nan=False, allow_infinity=False), words, st.lists(words, max_size=3))
evidence = st.builds(Evidence, document=st.just("d" * 64), start=st.integers(0, 10**6),
                     end=st.integers(0, 10**6), text=words, sentence=st.none() | words)
facts = st.builds(Fact, id=st.integers(1, 10**6).map(str), type=st.sampled_from(["solitary", "cell_space"]),
                  value=values, subject=words, attributed_to=words, evidence=st.lists(evidence, max_size=3),
                  qualifiers=st.dictionaries(st.sampled_from(["since", "source_kind"]), words, max_size=2))
sources = st.builds(SourceRef, fact_id=st.integers(1, 10**6), document_id=st.integers(1, 9), document=words,
                    attributed_to=words, certainty=st.just("alleged"), review_status=st.just("unreviewed"),
                    evidence=st.lists(evidence, max_size=2), note=st.none() | words)
merged = st.builds(MergedFact, id=st.integers(1, 999).map(lambda i: f"m{i}"), type=st.just("solitary"),
                   subject=words, subject_kind=st.just("person"), value=values, certainty=st.just("alleged"),
                   review_status=st.just("unreviewed"), fact_ids=st.lists(st.integers(1, 10**6), max_size=20),
                   sources=st.lists(sources, max_size=30))
timeline = st.builds(TimelineEntry, date=st.just("2021-05-01"), kind=st.just("event"), label=words,
                     document_id=st.integers(1, 9))
documents = st.builds(CaseDocument, id=st.integers(1, 9), sha256=st.just("d" * 64), size=st.integers(0, 99),
                      added_at=st.just(WHEN), text=st.none() | words, title=st.none() | words)
limits = st.builds(AssessmentLimit, subject=words, type=st.just("solitary"), facts=st.integers(0, 99),
                   assessed=st.integers(0, 99))


@given(documents=st.lists(documents, max_size=3), facts=st.lists(facts, max_size=40),
       merged=st.lists(merged, max_size=12), timeline=st.lists(timeline, max_size=12),
       limits=st.lists(limits, max_size=2), omitted=st.integers(0, 5), size=st.integers(1, 3000))
def test_the_json_in_pieces_is_the_json_at_once(documents, facts, merged, timeline, limits, omitted, size):
    cf = CaseFile(case=CaseInfo(id=1, name="A case", kind="detainee", created_at=WHEN), generated_at=WHEN,
                  documents=documents, facts=facts, review_counts={"unreviewed": len(facts)}, merged=merged,
                  contradictions=[], timeline=timeline, timeline_omitted=omitted, findings=[],
                  assessment_limits=limits)
    whole = json.dumps(cf.to_json(), ensure_ascii=False, indent=2) + "\n"
    pieces = list(json_chunks(cf, size=size))
    assert "".join(pieces) == whole == to_json(cf)
    shown = json.loads("".join(json_chunks(cf, omit=SHOW_OMITS)))
    assert shown == {k: v for k, v in json.loads(whole).items() if k not in SHOW_OMITS}
