"""Numbered headings and legal provisions, in English, French and Spanish (sentences written for
this suite).

A list number or roman numeral that opens a line stays with its line ("1. La surpopulation ..."),
so a heading (numbered, in capitals or in Title Case, with no finite verb and no full stop) gives
no counted fact, while a numbered finding ("1. Detainees were held 23 hours a day ...") still does.
What a provision says ("Under Rule 44, solitary confinement means ...") is a norm, not the regime
someone endures; a clause about someone keeps its fact, with its legal basis.
"""

from __future__ import annotations

from typing import Callable

import pytest

from dignity.extract.engine import Extractor
from dignity.model import Fact

from extract_helpers import counted, describe, reader


@pytest.fixture(scope="module")
def read() -> Callable[[str, str], list[Fact]]:
    readers = {lang: reader(lang) for lang in ("en", "fr", "es")}
    return lambda lang, text: readers[lang](text)


def _spans(lang: str, text: str) -> list[str]:
    return [text[a:b] for a, b in Extractor(lang).sentence_spans(text)]


# ------------------------------------------------------------------ the splitter
@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Contents\n1. Crowding and beds on the floor\n2. Body searches\n",
     ["Contents", "1. Crowding and beds on the floor", "2. Body searches"]),
    ("fr", "Sommaire\nII. Les fouilles au corps\n12. La promenade et le sport\n",
     ["Sommaire", "II. Les fouilles au corps", "12. La promenade et le sport"]),
    ("es", "IV. Hacinamiento en los módulos\n3.2. Visitas familiares\n",
     ["IV. Hacinamiento en los módulos", "3.2. Visitas familiares"]),
    # a paragraph number after a full stop on the same line opens the next sentence
    ("fr", "14. Le requérant est arrivé en 2015. 15. Il fut transféré en mars.",
     ["14. Le requérant est arrivé en 2015.", "15. Il fut transféré en mars."]),
    # a numbered line after a long wrapped line is a new item, not the wrap's continuation
    ("en", "The inspectors visited the three housing units of the county facility over two days\n"
           "2. Cells held four men each.",
     ["The inspectors visited the three housing units of the county facility over two days",
      "2. Cells held four men each."]),
])
def test_a_list_number_stays_with_its_line(lang: str, text: str, expected: list[str]) -> None:
    assert _spans(lang, text) == expected


def test_a_number_ending_a_sentence_still_ends_it() -> None:
    assert _spans("en", "He shared cell 12. The cell had no window.") == \
        ["He shared cell 12.", "The cell had no window."]


# ------------------------------------------------------------------ headings: quiet
HEADINGS = [
    ("en", "Report outline\n1. Crowding and mattresses on the floor\n2. Body searches on arrival\n"
           "3. Segregation and constant lighting\n"),
    ("en", "Part Two\nIV. Solitary Confinement and Outdoor Exercise\n"),
    ("en", "Annex\nSEGREGATION UNIT AND STRIP SEARCHES\n"),
    ("en", "Overview\na) Restraint chairs and shackles\nb) Isolation cells\n"),
    ("fr", "Plan du rapport\n1. La surpopulation et les matelas posés au sol\n2. Les fouilles intégrales\n"
           "3. L'isolement et l'éclairage nocturne\n"),
    ("fr", "Chapitre 2 : Le quartier disciplinaire et la promenade\n"),
    ("fr", "III – LES FOUILLES ET LES MOYENS DE CONTRAINTE\n"),
    ("es", "Índice\n1. El hacinamiento y los colchones en el piso\n2. Aislamiento y régimen de visitas\n"),
    ("es", "II. Revisiones corporales a las visitas\nIII. Celdas de castigo\n"),
]


@pytest.mark.parametrize("lang,text", HEADINGS)
def test_a_heading_gives_no_counted_fact(read, lang: str, text: str) -> None:
    facts = read(lang, text)
    kept = [f for f in facts if f.subject_kind != "general" and f.certainty != "hypothetical"]
    assert not kept, describe(kept)


# ------------------------------------------------------------------ numbered findings: kept
FINDINGS = [
    ("en", "Findings\n1. Detainees were kept in their cells 23 hours a day.\n", "confinement_hours"),
    ("en", "Findings\n1. Detainees were kept in their cells 23 hours a day\n2. Other matters\n",
     "confinement_hours"),
    ("en", "7. The plaintiff spent 60 days in segregation.", "solitary"),
    ("en", "SEGREGATION\nHe was held in segregation for 40 days.\n", "solitary"),
    ("fr", "Constats\n1. Les personnes détenues dorment sur des matelas posés au sol.\n", "bedding_clothing"),
    ("fr", "Constats\n2. Les personnes détenues dorment sur des matelas posés au sol\n", "bedding_clothing"),
    ("fr", "31. Le 3 mai 2017, il fut placé à l'isolement pendant deux mois.", "solitary"),
    ("es", "Conclusiones\n1. Los internos permanecían en aislamiento durante 22 horas al día.\n",
     "confinement_hours"),
    ("es", "IV. Los internos duermen en el piso por falta de camas\n", "bedding_clothing"),
]


@pytest.mark.parametrize("lang,text,type_", FINDINGS)
def test_a_numbered_finding_still_gives_its_fact(read, lang: str, text: str, type_: str) -> None:
    facts = read(lang, text)
    assert [f for f in counted(facts, type_) if not f.negated], describe(facts)


# ------------------------------------------------------------------ provisions: norms
PROVISIONS = [
    ("en", "Under Rule 44, solitary confinement means confinement for 22 hours or more a day.", "solitary"),
    ("en", "Pursuant to section 12 of the Act, segregation may not last longer than 15 days.", "solitary"),
    ("en", "In accordance with Standing Order 8, detainees in isolation are entitled to one hour of outdoor "
           "exercise.", "exercise_outdoor"),
    ("fr", "En vertu de l'article 726 du code de procédure pénale, la mise à l'isolement ne constitue pas "
           "une sanction.", "solitary"),
    ("fr", "En application de l'article R. 57-7-62, la personne placée à l'isolement a accès à la promenade.",
     "solitary"),
    ("fr", "Conformément à l'article 41, le placement en cellule disciplinaire est limité à vingt jours.",
     "solitary"),
    ("es", "Conforme al artículo 41 del reglamento, el aislamiento no podrá exceder de quince días.",
     "solitary"),
    ("es", "En virtud del artículo 72, la sanción de aislamiento en celda se cumple en el propio "
           "compartimento.", "solitary"),
    ("es", "De acuerdo con el artículo 254 del Reglamento, el aislamiento provisional se aplica a los "
           "internos violentos.", "solitary"),
    # a norm in a numbered list is still a norm (the start-anchored rules skip the number)
    ("en", "3. A detainee must be given one hour of outdoor exercise a day.", "exercise_outdoor"),
    ("en", "4. Prolonged solitary confinement may amount to torture.", "solitary"),
]


@pytest.mark.parametrize("lang,text,type_", PROVISIONS)
def test_a_provision_is_a_norm(read, lang: str, text: str, type_: str) -> None:
    facts = read(lang, text)
    assert not counted(facts, type_), describe(facts)


PERSONS = [
    ("en", "He was placed in isolation under article 726 for three months.", "solitary"),
    ("en", "Under Rule 44, he was placed in solitary confinement for 30 days.", "solitary"),
    ("fr", "Il a été placé à l'isolement en vertu de l'article 726 du code de procédure pénale.", "solitary"),
    ("fr", "En vertu de l'article 726, le directeur l'a placé à l'isolement pendant six mois.", "solitary"),
    ("es", "Fue sometido a aislamiento durante 40 días conforme al artículo 41 del reglamento.", "solitary"),
    ("es", "Conforme al artículo 41, la dirección lo mantuvo en aislamiento durante 40 días.", "solitary"),
]


@pytest.mark.parametrize("lang,text,type_", PERSONS)
def test_a_measure_taken_under_a_provision_stays_a_fact(read, lang: str, text: str, type_: str) -> None:
    facts = read(lang, text)
    assert [f for f in counted(facts, type_) if not f.negated], describe(facts)
