"""The words a standard reads in a document (its ``patterns`` and ``mentions``) in Spanish and
French too (issue 12): a standard's ``phrases.<lang>.yaml`` gives, beside the English of its
``rules.yaml``, the words a document in that language uses, so a Spanish or French document
engages the same tests as an English one."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from assess_helpers import fact, status

from dignity.assess import assess_facts
from dignity.assess.registry import installed, pack_phrases

STANDARDS = Path(__file__).resolve().parents[2] / "dignity" / "assess" / "standards"

#: (standard, rule, {lang: (the status, a sentence saying where the untried sleep)})
SEPARATION = {
    "en": "Untried detainees share cells with convicted prisoners.",
    "es": "Los procesados comparten celda con personas condenadas.",
    "fr": "Les prévenus partagent la cellule de personnes condamnées.",
}
CHILDREN = {
    "en": ("The boys are held together with adults in the same wing.", "He is a 16-year-old boy."),
    "es": ("Los adolescentes están recluidos junto con adultos en el mismo pabellón.", "Es un adolescente de 16 años."),
    "fr": ("Les mineurs sont détenus avec des adultes dans la même aile.", "C'est un mineur de 16 ans."),
}


@pytest.mark.parametrize("lang", ["en", "es", "fr"])
def test_untried_held_with_the_convicted_reads_the_same_in_every_language(lang):
    facts = [fact("pretrial_status", "pretrial", quote="-"), fact("separation", True, quote=SEPARATION[lang])]
    assert status(assess_facts(facts, standards=["iccpr"], doc_langs={"doc1": lang}), "iccpr-10-2-a") == "concern"


@pytest.mark.parametrize("lang", ["en", "es", "fr"])
def test_a_juvenile_held_with_adults_reads_the_same_in_every_language(lang):
    with_adults, who = CHILDREN[lang]
    facts = [fact("separation", True, quote=with_adults), fact("vulnerable_person", "juvenile", quote=who)]
    found = status(assess_facts(facts, standards=["iccpr"], doc_langs={"doc1": lang}), "iccpr-10-2-b")
    assert found in ("concern", "violation_likely"), (lang, found)


BANNED = {
    "en": "As a punishment, he was denied all family visits.",
    "es": "Como sanción, le prohibieron todas las visitas de su familia.",
    "fr": "À titre de sanction, on lui a interdit tout parloir avec sa famille.",
}


@pytest.mark.parametrize("lang", ["en", "es", "fr"])
def test_a_punishment_that_bans_all_family_contact_reads_the_same_in_every_language(lang):
    """A whole-sentence pattern (``(?s)^(?=...)(?=...)``, EPR's ``total_ban_words``) joined to its
    Spanish or French words keeps its flags at the front."""
    facts = [fact("family_visits", False, quote=BANNED[lang])]
    assert status(assess_facts(facts, standards=["epr"], doc_langs={"doc1": lang}), "epr-60-4") == "violation_likely"


def test_without_its_words_a_spanish_document_engages_less():
    """The same Spanish sentence read as if it were English (no Spanish words): the test
    sees no convicted prisoners in it."""
    facts = [fact("pretrial_status", "pretrial", quote="-"), fact("separation", True, quote=SEPARATION["es"])]
    assert status(assess_facts(facts, standards=["iccpr"], doc_langs={"doc1": "en"}), "iccpr-10-2-a") != "concern"


def _english_sources(folder: Path) -> set[str]:
    """The names of a pack's patterns (its own and the shared ones) and the English regexes
    its rules read (``mentions``, ``*_words``)."""
    data = yaml.safe_load((folder / "rules.yaml").read_text(encoding="utf-8"))
    shared = yaml.safe_load((folder.parents[1] / "patterns.yaml").read_text(encoding="utf-8"))["patterns"]
    return set(data.get("patterns") or {}) | set(shared) | _reads(data.get("rules"))


def _reads(node, key=None) -> set[str]:
    """The regexes (or ``$names``) rules read in a document: their ``mentions`` and ``*_words``."""
    if isinstance(node, dict):
        return set().union(*(_reads(v, k) for k, v in node.items()))
    if isinstance(node, list):
        return set().union(*(_reads(v, key) for v in node))
    if isinstance(node, str) and key and (key == "mentions" or key.endswith("_words")):
        return {node}
    return set()


@pytest.mark.parametrize("lang", ["es", "fr"])
def test_every_phrase_names_words_its_standard_reads(lang):
    """A key of ``phrases.<lang>.yaml`` is a pattern the pack has or an English regex it reads
    (a stale key would translate nothing); every pack whose rules read words of their own
    (its ``patterns``) says them in Spanish and French."""
    for cat in installed().values():
        folder = STANDARDS / cat.id
        phrases = pack_phrases(cat, lang)
        assert set(phrases) <= _english_sources(folder), (cat.id, lang, set(phrases) - _english_sources(folder))
        own = set(yaml.safe_load((folder / "rules.yaml").read_text(encoding="utf-8")).get("patterns") or {})
        untranslated = own - set(phrases)
        assert not untranslated, (cat.id, lang, untranslated)


@pytest.mark.parametrize("lang", ["es", "fr"])
def test_every_word_a_standard_reads_has_its_spanish_and_french(lang):
    """Each regex a pack's rules read in a document (a ``mentions``, a ``*_words``, by name or
    written out) has its words in ``lang``: in the language pack's ``standard_phrases`` or in
    the pack's own ``phrases.<lang>.yaml``."""
    from dignity.extract.languages import language_pack

    language = language_pack(lang).spec.standard_phrases
    for cat in installed().values():
        data = yaml.safe_load((STANDARDS / cat.id / "rules.yaml").read_text(encoding="utf-8"))
        read = _reads(data.get("rules"))
        own = pack_phrases(cat, lang)
        missing = []
        for source in read:
            name = source[1:] if source.startswith("$") else None
            if not ({source, name} & (set(language) | set(own))):
                missing.append(source[:60])
        assert not missing, (cat.id, lang, missing)


#: an official body's finding that says how far a condition falls short, in each language
#: (rule, type, {lang: its words}): as specific in Spanish and French as in English
SHORTFALL = [
    ("mandela-21", "bedding_clothing", {"en": "sleeping on the floor", "es": "dormían sobre el piso",
                                        "fr": "dormait sur un matelas posé au sol"}),
    ("mandela-14", "no_natural_light", {"en": "no windows", "es": "carecían de ventanas",
                                        "fr": "dépourvues de fenêtre"}),
    ("mandela-22", "food_water", {"en": "no water to drink", "es": "no tenían agua potable",
                                  "fr": "sans eau potable"}),
]


@pytest.mark.parametrize("lang", ["en", "es", "fr"])
@pytest.mark.parametrize("rule, type_, words", SHORTFALL, ids=[r for r, *_ in SHORTFALL])
def test_a_finding_of_how_far_it_falls_short_reads_the_same_in_every_language(rule, type_, words, lang):
    facts = [fact(type_, quote=words[lang], who="the Inspectorate", source_kind="monitor")]
    assert status(assess_facts(facts, doc_langs={"doc1": lang}), rule) == "violation_likely", (lang, words[lang])


@pytest.mark.parametrize("lang, words", [("en", "inadequate bedding"), ("es", "ropa de cama insuficiente"),
                                         ("fr", "literie insuffisante")])
def test_words_that_fix_no_shortfall_stay_a_concern_in_every_language(lang, words):
    """Trap: 'inadequate', 'insuficiente' say there is a problem, not how far it falls short."""
    facts = [fact("bedding_clothing", quote=words, who="the Inspectorate", source_kind="monitor")]
    assert status(assess_facts(facts, doc_langs={"doc1": lang}), "mandela-21") == "concern", (lang, words)
