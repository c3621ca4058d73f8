"""The system predictor: extraction, then the assessment stage where it exists.

The extraction engine is replaced by a stand-in that returns the document it was
given, so these tests see what the predictor passes on, whatever the engine's state.
"""

from __future__ import annotations

import sys
import types

import pytest

import dignity
from dignity.eval.runner import load_assessor, system_predictor
from dignity.model import Assessment, Document, Extraction, Finding


@pytest.fixture(autouse=True)
def stand_in_engine(monkeypatch):
    def extract(source, **kwargs):
        assert isinstance(source, Document)  # not a string that might be taken for a path
        return Extraction(documents=[source])

    monkeypatch.setattr(dignity, "extract", extract)
    monkeypatch.setattr("dignity.eval.runner.default_extractor", lambda lang="en": None)


def fake_assess_module(monkeypatch, **attrs):
    module = types.ModuleType("dignity.assess")
    module.__dict__.update(attrs)
    monkeypatch.setitem(sys.modules, "dignity.assess", module)


def test_no_assess_extraction_means_findings_not_available(monkeypatch):
    fake_assess_module(monkeypatch)
    assert load_assessor() is None
    result = system_predictor()("He is held in isolation.", "2019-09")
    assert type(result) is Extraction
    assert result.documents[0].date == "2019-09"


def test_a_long_one_line_passage_is_read_as_text(monkeypatch):
    fake_assess_module(monkeypatch)
    text = "He is held in isolation. " * 40  # one line, longer than a file name may be
    assert system_predictor()(text, None).documents[0].text == text.strip()


def test_assess_extraction_is_called_as_of_the_document_date(monkeypatch):
    calls = []

    def assess_extraction(extraction, as_of=None):
        calls.append(as_of)
        finding = Finding(id="f", standard="mandela", rule="mandela-13", title="t", status="concern")
        return Assessment(documents=extraction.documents, facts=extraction.facts, findings=[finding])

    fake_assess_module(monkeypatch, assess_extraction=assess_extraction)
    result = system_predictor()("He is held in isolation.", "2013")
    assert isinstance(result, Assessment) and result.findings[0].rule == "mandela-13"
    assert calls == ["2013"]


def test_an_import_error_inside_the_assess_stage_is_not_hidden(monkeypatch):
    import builtins

    real_import = builtins.__import__

    def broken(name, *args, **kwargs):
        if name == "dignity.assess":
            raise ModuleNotFoundError("No module named 'dignity.assess.rules'", name="dignity.assess.rules")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", broken)
    with pytest.raises(ModuleNotFoundError):
        load_assessor()
