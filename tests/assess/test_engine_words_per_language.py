"""The engine's checks (a court's ruling against the claim, a disputed fact, a report on a whole
region, a special procedure's letter) read the words of the document's own language: English in
assess/patterns.yaml, Spanish and French in their packs' ``standard_phrases``; the engine holds none."""

from __future__ import annotations

import inspect
import re

import pytest

from dignity.assess import engine
from dignity.assess.engine import _words


@pytest.mark.parametrize("name, lang, text", [
    ("rejected_claim_words", "fr", "La requête de l'association est rejetée."),
    ("rejected_claim_words", "fr", "Dit qu'il n'y a pas eu violation de l'article 3 de la Convention."),
    ("rejected_claim_words", "es", "Se niega el amparo solicitado por el interno."),
    ("rejected_claim_words", "es", "No resulta acreditada la vulneración de los derechos invocados."),
    ("granted_claim_words", "fr", "Enjoint au garde des sceaux de faire procéder aux travaux."),
    ("granted_claim_words", "es", "Se concede la tutela de los derechos fundamentales del accionante."),
    ("disputed_fact_words", "fr", "Les détenus dorment au sol, ce que conteste l'administration pénitentiaire."),
    ("disputed_fact_words", "es", "Las autoridades niegan tales afirmaciones."),
    ("region_words", "es", "En las Américas, las cárceles están sobrepobladas."),
    ("region_words", "fr", "Dans les Amériques, les prisons sont surpeuplées."),
    ("communication_words", "es", "Tenemos el honor de dirigirnos a Usted."),
    ("communication_words", "fr", "Nous avons l'honneur de nous adresser à vous."),
])
def test_a_language_reads_its_own_words(name, lang, text):
    rx = _words(name, lang)
    assert rx is not None and rx.search(text)
    english = _words(name, "en")
    assert english is None or not english.search(text)  # not English words: the pack's
    assert _words(name, None).search(text)  # a document of unknown language reads every pack's


@pytest.mark.parametrize("name, lang, text", [
    ("disputed_fact_words", "es", "A los internos se les niega el agua potable."),  # a denial of a right
    ("disputed_fact_words", "es", "La autoridad no controvierte tales hechos."),  # an admission
    ("disputed_fact_words", "fr", "Ce que le Gouvernement ne conteste pas."),
    ("rejected_claim_words", "fr", "Dit qu'il y a eu violation de l'article 3 de la Convention."),
    ("region_words", "es", "En la región de Antioquia, la cárcel de Bellavista está sobrepoblada."),
])
def test_the_counter_examples_stay_quiet(name, lang, text):
    assert not _words(name, lang).search(text)


def test_engine_code_holds_no_language_words():
    src = inspect.getsource(engine)
    literals = re.findall(r'"([^"\n]*)"', src)
    for word in ("rejette", "rechaza", "conteste", "controvierte", "niega", "Américas", "honneur", "honor"):
        assert not any(re.search(rf"\b{word}\b", lit) for lit in literals), word
