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
    out = set(data.get("patterns") or {}) | set(shared)

    def walk(node, key=None):
        if isinstance(node, dict):
            for k, v in node.items():
                walk(v, k)
        elif isinstance(node, list):
            for v in node:
                walk(v, key)
        elif isinstance(node, str) and key and (key == "mentions" or key.endswith("_words")):
            out.add(node)

    walk(data.get("rules"))
    return out


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
        untranslated = own - set(phrases) - {"total_ban_words"}  # (?s)^ lookaheads: not joinable to other words
        assert not untranslated, (cat.id, lang, untranslated)
