"""Big cases: the case file reads its facts from the database a batch at a time (none
left in the session), the assessment reads a bounded number of them (repeats and
facts past a limit per subject and type are counted, not read), the timeline is
bounded, and the JSON is written an item at a time.  Growth is measured by counts
(timing lives in benchmarks/case_bench.py)."""

from __future__ import annotations

import json

import pytest

from dignity.model import Evidence, Extraction, Fact
from dignity.store.models import StoredFact

SENTENCE = "Ahmed Said is held in solitary confinement at Blackrock Prison. "


class RepeatingExtractor:
    """A document saying one thing ``n`` times: ``n`` solitary-confinement facts from
    one named source (and, with ``dated``, each observed on a day of its own)."""

    version = "repeating-1"

    def __init__(self, n: int, *, dated: bool = False) -> None:
        self.n, self.dated = n, dated

    def extract_document(self, doc):
        facts = []
        for i in range(self.n):
            start = i * len(SENTENCE)
            end = start + len(SENTENCE) - 1
            day = f"{2000 + i // 336}-{i // 28 % 12 + 1:02d}-{i % 28 + 1:02d}" if self.dated else None
            facts.append(Fact(id=f"f{i}", type="solitary", value=True, subject="Ahmed Said",
                              certainty="alleged", attributed_to="Human Rights Watch", observed_on=day,
                              evidence=[Evidence(document=doc.id, start=start, end=end,
                                                 text=doc.text[start:end])]))
        return Extraction(documents=[doc], facts=facts)


def _case(store, n: int, name: str, **kw):
    from dignity.cases import CaseService, Upload

    with store.session() as s:
        svc = CaseService(s, extractor=RepeatingExtractor(n, **kw))
        me = svc.local_user("ana")
        case = svc.create_case(name, me)
        [r] = svc.add_documents(case, [Upload((SENTENCE * n).encode(), f"{name}.txt", date="2021-05-01")], me)
        assert r.status == "added" and r.facts == n
        return case.id


def _assessed(store, case_id, monkeypatch):
    """(facts the assessment read, the case file)."""
    import importlib

    from dignity.cases import CaseService

    engine = importlib.import_module("dignity.assess.engine")

    read = []
    real = engine.assess_facts

    def counting(facts, **kw):
        facts = list(facts)
        read.append(len(facts))
        return real(facts, **kw)

    monkeypatch.setattr(engine, "assess_facts", counting)
    with store.session() as s:
        svc = CaseService(s)
        cf = svc.case_file(case_id, svc.get_user("ana"))
        # the facts were read as rows: none is left in the session's identity map
        assert not [o for o in s.identity_map.values() if isinstance(o, StoredFact)]
    monkeypatch.setattr(engine, "assess_facts", real)
    return read[0], cf


def test_the_assessment_reads_a_bounded_number_of_repeated_facts(store, monkeypatch):
    from dignity.cases.casefile import REPEATS_ASSESSED

    small, cf_small = _assessed(store, _case(store, 40, "Small"), monkeypatch)
    large, cf_large = _assessed(store, _case(store, 160, "Large"), monkeypatch)
    assert small == large == REPEATS_ASSESSED  # not 40 and 160
    # the same findings, and the facts set aside are counted, by subject and type
    assert [(f.id, f.status) for f in cf_small.findings] == [(f.id, f.status) for f in cf_large.findings]
    [limit] = cf_large.assessment_limits
    assert (limit.subject, limit.type, limit.facts, limit.assessed, limit.repeats, limit.over_limit) == \
        ("Ahmed Said", "solitary", 160, REPEATS_ASSESSED, 160 - REPEATS_ASSESSED, 0)
    # every fact is still in the case file, merged into one with all its sources
    assert len(cf_large.facts) == 160 and [len(m.sources) for m in cf_large.merged] == [160]


def test_distinct_facts_past_the_limit_per_subject_and_type_are_counted(store, monkeypatch):
    import dignity.cases.casefile as casefile

    monkeypatch.setattr(casefile, "ASSESSED_PER_TYPE", 10)
    read, cf = _assessed(store, _case(store, 60, "Dated", dated=True), monkeypatch)
    assert read == 10
    [limit] = cf.assessment_limits
    assert (limit.facts, limit.assessed, limit.repeats, limit.over_limit) == (60, 10, 0, 50)


@pytest.mark.parametrize("n", [120, 480])
def test_the_timeline_is_bounded_and_says_what_it_left_out(store, monkeypatch, n):
    import dignity.cases.casefile as casefile
    from dignity.cases import CaseService

    monkeypatch.setattr(casefile, "TIMELINE_LIMIT", 50)
    case_id = _case(store, n, f"Timeline {n}", dated=True)
    with store.session() as s:
        svc = CaseService(s)
        cf = svc.case_file(case_id, svc.get_user("ana"))
    assert len(cf.timeline) == 50
    # one entry for the document's date, one per day a fact was observed on
    assert cf.timeline_omitted == n + 1 - 50
    dates = [t.date for t in cf.timeline]
    assert dates == sorted(dates) and dates[0] == "2000-01-01"


def test_the_json_is_written_an_item_at_a_time(store):
    from dignity.cases import CaseService
    from dignity.cases.export import json_chunks, to_json

    case_id = _case(store, 300, "Export")
    with store.session() as s:
        svc = CaseService(s)
        cf = svc.case_file(case_id, svc.get_user("ana"))
    pieces = list(json_chunks(cf, size=4096))
    assert len(pieces) > 10 and max(map(len, pieces)) < 4096 + 10_000  # a chunk, and at most one item more
    assert json.loads("".join(pieces)) == json.loads(json.dumps(cf.to_json()))
    assert "".join(pieces) == to_json(cf)


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_the_markdown_and_html_exports_are_written_a_line_at_a_time(store, fmt):
    from dignity.cases import CaseService
    from dignity.cases.export import export_chunks, to_html, to_markdown

    case_id = _case(store, 300, f"Lines-{fmt}", dated=True)  # a timeline row per fact
    with store.session() as s:
        svc = CaseService(s)
        cf = svc.case_file(case_id, svc.get_user("ana"))
    pieces = list(export_chunks(cf, fmt))
    whole = "".join(pieces)
    assert whole == (to_markdown(cf) if fmt == "md" else to_html(cf))
    assert len(pieces) > 300 and max(map(len, pieces)) < len(whole) / 10  # never the whole export at once
    assert whole.endswith("\n") and not whole.endswith("\n\n") and whole.count("2000-01-01") >= 1


def test_iter_facts_reads_in_batches_what_current_facts_lists(store):
    from dignity.cases import CaseService

    case_id = _case(store, 25, "Rows")
    with store.session() as s:
        svc = CaseService(s)
        me = svc.get_user("ana")
        rows = list(svc.iter_facts(case_id, me, batch=7))
        assert [r.id for r in rows] == [f.id for f in svc.current_facts(case_id, me)]
        assert {r.review_status for r in rows} == {"unreviewed"} and rows[0].data["type"] == "solitary"
        assert list(svc.iter_facts(case_id, me, status="accepted")) == []


def test_case_show_prints_a_fact_said_many_times_on_one_short_line(store):
    from typer.testing import CliRunner

    from dignity.cli.case_cmd import SHOWN_PER_FACT
    from dignity.cli.main import app

    case_id = _case(store, 200, "Shown")
    r = CliRunner().invoke(app, ["case", "show", str(case_id), "--db", store.url, "--user", "ana"])
    assert r.exit_code == 0, r.stderr
    [line] = [ln for ln in r.stdout.splitlines() if ln.strip().startswith("m1 ")]
    assert f"… {200 - SHOWN_PER_FACT} more" in line and len(line) < 400
    assert "The findings read 3 of 200 facts" in " ".join(r.stdout.split())
    shown = json.loads(CliRunner().invoke(app, ["case", "show", str(case_id), "--format", "json", "--db",
                                                store.url, "--user", "ana"]).stdout)
    assert len(shown["merged"][0]["fact_ids"]) == 200 and shown["assessment_limits"][0]["repeats"] == 197


def test_the_command_line_case_file_leaves_explanations_out(svc, admin, two_docs):
    case = svc.create_case("Light", admin)
    svc.add_documents(case, list(two_docs), admin)
    full, light = svc.case_file(case, admin), svc.case_file(case, admin, explain=False)
    assert any(f.explain is not None for f in full.facts) and all(f.explain is None for f in light.facts)
    assert [(f.id, f.status, f.facts) for f in full.findings] == [(f.id, f.status, f.facts) for f in light.findings]
    assert full.to_json() == {**light.to_json(), "generated_at": full.to_json()["generated_at"]}
