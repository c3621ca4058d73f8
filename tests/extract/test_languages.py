"""Languages as packs: the registry, a pack added as a folder, routing by language."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from dignity.errors import ConfigError
from dignity.extract import languages
from dignity.extract.engine import Extractor, Router
from dignity.extract.languages import available, has_pack, language_pack, no_pack_reason, pack_code
from dignity.extract.values import lexicon, parse_number, reading
from dignity.ingest import from_text

EN = Path(languages.__file__).parent / "resources" / "en"


def test_english_is_a_pack():
    assert "en" in available()
    assert has_pack("en") and has_pack("en-GB") and has_pack("EN")
    pack = language_pack("en")
    assert pack.path == EN and pack.spec.name == "English"
    assert pack.spec.numbers is not None and pack.spec.numbers.words["twelve"] == 12
    assert "u.s.c" in pack.spec.abbreviations


def test_a_language_without_a_pack():
    assert not has_pack("de") and not has_pack(None) and not has_pack("")
    with pytest.raises(ConfigError) as err:
        language_pack("de")
    assert "no rules for this language" in err.value.problem
    assert no_pack_reason("de-AT") == "de: no rules for this language; not assessed"
    assert pack_code("pt_BR") == "pt"


_SPEC = """\
code: xx
name: Testish
spacy: es
abbreviations: [sr, art]
numbers:
  words: {uno: 1, una: 1, dos: 2, tres: 3, veintitres: 23}
  tens: {treinta: 30}
  joiners: [y]
  half_after: '\\s+y\\s+media$'
  regex: '(?:\\d+|uno|una|dos|tres|veintitres|treinta(?:\\s+y\\s+(?:uno|dos|tres))?)(?:\\s+y\\s+media)?'
periods: {dia: 1.0, semana: 7.0}
period_aliases: {diario: dia}
time_units: {dia: 1.0, semana: 7.0, mes: 30.4375}
unit_forms: {dias: dia, semanas: semana, meses: mes}
dates:
  months: {enero: 1, marzo: 3}
  month_regex: '(?:enero|marzo)'
  forms: ['(?P<d1>\\d{1,2})\\s+de\\s+(?P<m1>{MON})\\s+de\\s+(?P<y1>\\d{4})']
frequency_words: {"vez": 1.0}
patterns:
  assess_qualitative: '(?i)\\b(?:aislamiento prolongado|durante meses)\\b'
"""

_RECOGNIZERS = """\
version: 1
language: xx
terms:
  CELDA: [celda, "celda de castigo"]
recognizers:
  - id: confinement_hours
    type: confinement_hours
    unit: hours_per_day
    anchors: [horas, celda]
    patterns:
      - name: horas_en_celda
        regex: '(?P<num>{NUM}) horas (?:al|por) (?P<per>dia|semana) en (?:la|su) {CELDA}'
        value_hook: hours_per_day
"""


@pytest.fixture
def extra_pack(tmp_path, monkeypatch):
    """A pack "xx" in a folder of its own, added by $DIGNITY_LANGUAGE_PACKS."""
    folder = tmp_path / "packs" / "xx"
    folder.mkdir(parents=True)
    (folder / "language.yaml").write_text(_SPEC, encoding="utf-8")
    (folder / "recognizers.yaml").write_text(_RECOGNIZERS, encoding="utf-8")
    for name in ("context.yaml", "attribution.yaml"):  # the English ones will do for a test
        shutil.copy(EN / name, folder / name)
    monkeypatch.setenv(languages.ENV_PACKS, str(tmp_path / "packs"))
    yield folder
    monkeypatch.delenv(languages.ENV_PACKS)
    languages.refresh()


def test_a_folder_adds_a_language(extra_pack):
    assert "xx" in available() and has_pack("xx")
    assert language_pack("xx").path == extra_pack
    assert language_pack("en").path == EN  # the shipped packs stay


def test_numbers_are_read_in_the_pack_s_words(extra_pack):
    with reading("xx"):
        assert parse_number("dos") == 2 and parse_number("treinta y dos") == 32
        assert parse_number("tres y media") == 3.5 and parse_number("two") is None
    assert parse_number("two") == 2  # English outside
    assert lexicon("xx").unit_days("meses") == 30.4375


def test_a_pack_s_rules_read_its_documents(extra_pack):
    ex = Extractor("xx")
    assert ex.lang == "xx" and ex.nlp.lang == "es"
    doc = from_text("El Sr. Pérez pasa veintitres horas al dia en su celda de castigo desde el 3 de marzo de 2020.",
                    language="xx")
    facts = ex.extract_document(doc).facts
    hours = [f for f in facts if f.type == "confinement_hours"]
    assert hours and hours[0].value == 23
    # "Sr." is an abbreviation of the pack: one sentence
    assert len(ex.sentence_spans(doc.text)) == 1


def test_a_broken_pack_names_its_file(tmp_path, monkeypatch):
    folder = tmp_path / "yy"
    folder.mkdir()
    (folder / "language.yaml").write_text("code: yy\nname: Y\nnumbers: {words: 3}\n", encoding="utf-8")
    monkeypatch.setenv(languages.ENV_PACKS, str(folder))
    try:
        with pytest.raises(ConfigError) as err:
            available()
        assert err.value.file.endswith("language.yaml")
    finally:
        monkeypatch.delenv(languages.ENV_PACKS)
        languages.refresh()


def test_routing_by_the_document_s_language():
    router = Router()
    english = from_text("He is held in solitary confinement 23 hours a day.", path="en.txt", language="en")
    german = from_text("Er wird seit drei Monaten in Einzelhaft gehalten.", path="de.txt", language="de")
    got = router.extract_document(english)
    assert got.facts and got.not_assessed == []
    got = router.extract_document(german)
    assert got.facts == [] and got.documents == [german]
    assert got.not_assessed == [{"document": "de.txt", "language": "de",
                                 "reason": "de: no rules for this language; not assessed"}]


def test_lang_overrides_the_document_s_language():
    doc = from_text("He is held in solitary confinement 23 hours a day.", path="a.txt", language="fr")
    got = Router("en").extract_document(doc)
    assert got.facts and got.documents[0].language == "en"
    got = Router("de").extract_document(from_text("He is held in solitary.", language="en"))
    assert got.facts == [] and got.not_assessed[0]["language"] == "de"


def test_every_pattern_the_engine_asks_for_is_in_the_english_pack():
    """A name the code asks for that the pack lacks would match nothing, silently."""
    import re

    import yaml

    import importlib

    from dignity.extract import attribution, engine, values

    checks = importlib.import_module("dignity.assess.checks")
    spec = language_pack("en").spec
    attribution_yaml = yaml.safe_load((EN / "attribution.yaml").read_text(encoding="utf-8"))
    for module, known in ((engine, spec.patterns), (values, spec.patterns), (checks, spec.patterns),
                          (attribution, attribution_yaml["patterns"])):
        code = Path(module.__file__).read_text(encoding="utf-8")
        asked = set(re.findall(r'_rx\("(\w+)"\)', code)) | set(re.findall(r'\.rx\(\w+, "(\w+)"\)', code))
        if module is values:
            asked |= {f"role_{r}" for r in values._ROLES} | set(values._OCCUPANT_PATTERNS)
            asked |= {name for name, _n in values._OCCUPANCY_WORDS}
        assert asked and asked <= set(known), sorted(asked - set(known))


def test_the_assessment_reads_a_fact_s_words_in_its_document_s_language(extra_pack):
    import importlib

    from dignity.assess.registry import load_catalogue
    from dignity.model import Evidence, Fact

    checks = importlib.import_module("dignity.assess.checks")
    env = checks.Env(catalogue=load_catalogue(), doc_langs={"d-xx": "xx", "d-de": "de"})

    def fact(doc: str) -> Fact:
        return Fact(id="f", type="isolation_duration", evidence=[Evidence(document=doc, start=0, end=1, text="x")])

    assert env.rx(fact("d-xx"), "assess_qualitative").search("un aislamiento prolongado")
    assert not env.rx(fact("d-xx"), "assess_qualitative").search("prolonged isolation")
    assert env.rx(fact("d-en"), "assess_qualitative").search("prolonged isolation")  # unknown: English
    assert env.rx(fact("d-de"), "assess_qualitative").search("prolonged isolation")  # no pack: English


def test_a_bad_regex_in_a_pack_names_its_key(tmp_path, monkeypatch):
    folder = tmp_path / "zz"
    folder.mkdir()
    (folder / "language.yaml").write_text("code: zz\nname: Z\npatterns: {clock: '(unclosed'}\n", encoding="utf-8")
    for name in ("recognizers.yaml", "context.yaml", "attribution.yaml"):
        shutil.copy(EN / name, folder / name)
    monkeypatch.setenv(languages.ENV_PACKS, str(folder))
    try:
        with pytest.raises(ConfigError) as err:
            available()
        assert err.value.where == "patterns.clock" and "bad regex" in err.value.problem
    finally:
        monkeypatch.delenv(languages.ENV_PACKS)
        languages.refresh()


def test_a_pack_s_words_for_the_standard_s_phrases(extra_pack):
    import importlib

    from dignity.assess.registry import load_catalogue
    from dignity.model import Evidence, Fact

    checks = importlib.import_module("dignity.assess.checks")
    cat = load_catalogue()
    (extra_pack / "language.yaml").write_text(
        _SPEC + "standard_phrases: {ban_words: '\\b(prohibid[oa]s?|suspendid[oa]s?)\\b'}\n", encoding="utf-8")
    languages.refresh()
    env = checks.Env(catalogue=cat, doc_langs={"d-xx": "xx"})

    def fact(doc: str, text: str) -> Fact:
        return Fact(id="f", type="family_visits", evidence=[Evidence(document=doc, start=0, end=1, text=text)])

    ban = cat.patterns["ban_words"]
    assert env.phrase(fact("d-xx", "las visitas están prohibidas"), ban).search("las visitas están prohibidas")
    assert env.phrase(fact("d-xx", "visits banned"), ban).search("visits banned")  # the English stays
    assert not env.phrase(fact("d-en", "prohibidas"), ban).search("las visitas están prohibidas")


def test_citations_are_optional_and_a_broken_file_names_itself(extra_pack):
    from dignity.extract.citations import load_blanker

    text = "He was locked in his cell (Tr. 112-13) twenty-three hours a day."
    assert load_blanker("xx").blank(text) == text  # no citations.yaml: nothing blanked
    (extra_pack / "citations.yaml").write_text("citations: [unclosed\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_blanker("xx")
    assert err.value.file.endswith("citations.yaml") and "invalid YAML" in str(err.value)
    (extra_pack / "citations.yaml").write_text("citations:\n  - {name: bad, pattern: '(Tr'}\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_blanker("xx")
    assert "bad regex" in str(err.value)
