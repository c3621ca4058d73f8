"""The speed pass of 2026-12-07 (day) changes no output: the sentence splitter's boundaries,
the clause tests the prefilter makes by word beginnings, and topic mentions found by the
lower-case twins (our own sentences; the facts of the corpus: ``benchmarks/facts_snapshot.py``)."""

from __future__ import annotations

import pytest

from dignity import ingest
from dignity.extract.nlp import blank_pipeline
from dignity.extract.prefilter import ClauseMemo, clause_tests, requirement_heads, requirements
from dignity.extract.topics import load_topics

#: (language, text, the sentences the splitter made of it before it visited only the tokens
#: that can end or open a sentence): abbreviations, list marks, closers, bullets, wrapped lines
SPLITS = [
    ('en',
     'Mr. Osei was held in cell 4. He said (Tr. 12) that the light was on. “It never went '
     'off.” Then he slept.',
     ['Mr. Osei was held in cell 4.',
      'He said (Tr.',
      '12) that the light was on.',
      '“It never went off.”',
      'Then he slept.']),
    ('en',
     '1. Overcrowding\n2. Food\nII. Hygiene was poor. The cells were 6 sq. ft. each.',
     ['1. Overcrowding\n',
      '2. Food\n',
      'II. Hygiene was poor.',
      'The cells were 6 sq. ft. each.']),
    ('en',
     'The court held, see Doe v. Roe, 123 F.3d 45 (9th Cir.1982), that the claim failed. No. '
     '26 was dismissed.',
     ['The court held, see Doe v. Roe, 123 F.3d 45 (9th Cir.1982), that the claim failed.',
      'No. 26 was dismissed.']),
    ('en',
     'Introduction ........ 3\nConditions of detention ........ 7\n\nThe visit began on 3 May.',
     ['Introduction ........ 3\n',
      'Conditions of detention ........ 7\n\n',
      'The visit began on 3 May.']),
    ('en',
     'Detainees reported:\n• no water for two days\n• no blankets\n- lights on all night\nThe '
     'staff denied it!',
     ['Detainees reported:\n',
      '• no water for two days\n',
      '• no blankets\n',
      '- lights on all night\n',
      'The staff denied it!']),
    ('en',
     'Was he fed? No! He was not… The guards (who were armed.) left. a. The first item b. the second',
     ['Was he fed?',
      'No!',
      'He was not…',
      'The guards (who were armed.) left. a. The first item b. the second']),
    ('en',
     'He wrote a\nlong line that wraps in the middle of a sentence without any punctuation at '
     'all and goes on\nto the next line.',
     ['He wrote a\n',
      'long line that wraps in the middle of a sentence without any punctuation at all and '
      'goes on\nto the next line.']),
    ('es',
     'El Sr. Pérez estuvo en la celda 3. ¿Recibió comida? «No», dijo. 57. El interno durmió en el suelo.',
     ['El Sr. Pérez estuvo en la celda 3.',
      '¿Recibió comida?',
      '«No», dijo.',
      '57. El interno durmió en el suelo.']),
    ('fr',
     "M. Dupont a été placé à l'isolement. Le CGLPL a constaté que les cellules étaient "
     'sales. 1. Les visites',
     ["M. Dupont a été placé à l'isolement.",
      'Le CGLPL a constaté que les cellules étaient sales.',
      '1. Les visites']),
    ('en',
     'U.S. Marshals held him. e.g. the cells. i.e. none. The J. Smith report (Doc. 45 at 3.) says so.',
     ['U.S. Marshals held him. e.g. the cells. i.e. none.',
      'The J. Smith report (Doc. 45 at 3.) says so.'])
]


@pytest.mark.parametrize("lang,text,sentences", SPLITS)
def test_the_splitter_makes_the_sentences_it_always_made(lang: str, text: str, sentences: list[str]) -> None:
    assert [s.text for s in blank_pipeline(lang)(text).sents] == sentences


def test_a_clause_of_word_beginnings_is_met_where_a_word_so_begins() -> None:
    pattern = r"\b(?:cell|ward)s?\b"
    reqs, heads = requirements(pattern), requirement_heads(pattern)
    assert reqs == (("cell", "ward"),) and heads == (frozenset({"cel", "war"}),)
    tests = clause_tests(reqs, heads)
    assert ClauseMemo("the cells were closed").needs_met(tests)
    # "cell" only inside a word: the regex cannot match, and the test says so
    memo = ClauseMemo("the subcell was closed")
    assert not memo.needs_met(tests)
    assert memo.satisfied(reqs)  # the plain substring test is met, and is kept apart
    assert not memo.satisfied(reqs, heads)
    # a clause whose words may stand inside words is a substring test
    loose = clause_tests((("cell",),), (None,))
    assert ClauseMemo("the subcell was closed").needs_met(loose)
    assert clause_tests(reqs, heads)[0][0] == tests[0][0]  # one number a clause


TOPIC_TEXTS = {
    "en": "Plaintiffs allege that the food was spoiled and that showers were denied.\n"
          "The facility rules require clean bedding; the yard was closed.\n"
          "The Committee expressed concern at the conditions of detention in the annex. "
          "A lockdown followed the staff strike! Exercise of discretion is not at issue.\n"
          "She complained of poor medical care at the jail; the court ordered relief for the laundry.",
    "es": "Los internos denunciaron que la comida era insuficiente y que no había duchas. "
          "El juez ordenó medidas sobre el aislamiento.",
    "fr": "Les détenus se plaignent de la nourriture et des douches. "
          "Le Contrôleur général s'inquiète des conditions de détention au quartier disciplinaire.",
}


@pytest.mark.parametrize("lang", sorted(TOPIC_TEXTS))
def test_topic_words_by_twins_are_the_regexes_own(lang: str) -> None:
    finder = load_topics(lang)
    assert finder is not None
    text = TOPIC_TEXTS[lang]
    for _ in range(2):  # cold scanners, then warm ones (their twins built)
        for sc in [finder._gate] + [x[1] for x in finder._terms + finder._alone]:
            if sc is not None and _ != 0:
                sc.warm()
        for sentence in [s.strip() for s in text.replace("!", ".").split(".") if s.strip()]:
            plain = any(rx.search(sentence) for rx in [*finder.cues.values(), *finder.alone.values()])
            assert (finder._gate_rx.search(sentence) is not None) == plain
            low = sentence.lower()
            want = sorted((t, m.start(), m.end()) for t, rx in finder.terms.items() for m in rx.finditer(sentence))
            got = sorted((h.topic, h.start, h.end) for h in finder._hits(sentence, low) if not h.alone)
            assert got == want
    doc = ingest.from_text(text)
    assert finder.mentions(doc) == finder.mentions(doc)


QUIET = {
    "en": ["The Committee recommends that the State ensure that food is adequate.",
           "Every prisoner shall have exercise in the open air; the yard was closed.",
           "Courts have held that isolation may be cruel, and he complained of the food.",
           "If the showers were cold, see Smith v. Jones, the bedding was poor."],
    "es": ["El Estado debe garantizar que toda persona reciba alimentos; se recomienda mejorar las duchas.",
           "Si las celdas no tienen luz, la jurisprudencia ha establecido que el aislamiento es grave."],
    "fr": ["Toute personne a droit à une nourriture suffisante ; le CPT recommande des douches.",
           "Voir la jurisprudence de la Cour : le mandat du Contrôleur couvre l'isolement."],
}


@pytest.mark.parametrize("lang", sorted(QUIET))
def test_quiet_words_skipped_only_where_a_needed_word_is_missing(lang: str) -> None:
    finder = load_topics(lang)
    assert finder is not None
    for sentence in QUIET[lang]:
        low = sentence.lower()
        for at in range(len(sentence) + 1):
            assert finder._quiet(sentence, at, low) == finder._quiet(sentence, at)
