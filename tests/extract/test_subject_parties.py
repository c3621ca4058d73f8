"""Who a fact is about, where the document names one person by their part in the case or by
a name with accents or a title (sentences of our own).

- One unnamed person called by their part twice or more ("the applicant", "le requérant",
  "el quejoso") is the document's detainee: the facts and the pronouns are about that person,
  not "the detainees described". A single mention decides nothing; a class is a group.
- Names with accents are names ("María José Núñez"), a title after an article or in small
  letters introduces one ("El Sr. Pérez", "el señor Pérez", "monsieur Dupont"), "Sr." after a
  name is a suffix, and a title inside a run of capitals begins the name.
"""

from __future__ import annotations

import pytest

import dignity
from dignity.extract.attribution import load_attributor
from extract_helpers import describe


def _subjects(text: str, lang: str = "en") -> set[tuple[str, str]]:
    return {(f.subject, f.subject_kind) for f in dignity.extract(text, lang=lang).facts
            if f.subject_kind != "general"}


@pytest.mark.parametrize("text,lang,label", [
    ("The applicant was held in a segregation cell for forty-two days. He was not allowed any visits "
     "from his family. The applicant wrote to the governor twice.", "en", "the applicant"),
    ("The petitioner spends 23 hours a day in his cell. The petitioner says the light is never "
     "switched off.", "en", "the petitioner"),
    ("La requérante a été placée à l’isolement pendant trente jours. Elle ne pouvait recevoir aucune "
     "visite. La requérante a saisi le juge des référés.", "fr", "la requérante"),
    ("El quejoso permaneció aislado durante veinte días. No pudo recibir visitas de su familia. "
     "El quejoso presentó un recurso.", "es", "el quejoso"),
])
def test_one_person_called_by_their_part_is_the_detainee(text: str, lang: str, label: str) -> None:
    facts = [f for f in dignity.extract(text, lang=lang).facts if f.subject_kind != "general"]
    assert facts and {(f.subject, f.subject_kind) for f in facts} == {(label, "person")}, describe(facts)


@pytest.mark.parametrize("text", [
    # one mention: nothing says the document is about that one person
    "The applicant was held in a segregation cell for forty-two days.",
    # a class of plaintiffs is a group
    "The plaintiff class is held in cells without heating. The plaintiff class seeks an injunction.",
])
def test_a_part_named_once_or_a_class_makes_no_detainee(text: str) -> None:
    assert all(kind == "group" for _, kind in _subjects(text)), _subjects(text)


@pytest.mark.parametrize("lang,text,name", [
    ("es", "Según su defensa, María José Núñez fue aislada en una celda de castigo durante doce días. "
           "Núñez no recibió atención médica.", "María José Núñez"),
    ("es", "Según su abogada, el señor Ibáñez estuvo en una celda de castigo durante cuarenta días.",
     "señor Ibáñez"),
    ("es", "El Sr. Ibáñez fue trasladado a una celda de castigo. El Sr. Ibáñez permaneció allí "
           "durante un mes.", "Sr. Ibáñez"),
    ("fr", "Selon son avocat, monsieur Lefèvre a été placé au quartier disciplinaire pendant "
           "quarante jours.", "monsieur Lefèvre"),
    ("en", "Thomas Walker Sr. was held in solitary confinement for months. Walker said the cell was "
           "never dark.", "Thomas Walker"),
    ("en", "Summary of the case Mr. Ahmed Said Farouk was held in solitary confinement. Farouk "
           "was held in solitary confinement again in May.", "Ahmed Said Farouk"),
])
def test_names_with_accents_and_titles(lang: str, text: str, name: str) -> None:
    detainee, people = load_attributor(lang).persons(text)
    assert detainee == name, (detainee, people)


def test_a_name_with_accents_is_the_subject_of_its_facts() -> None:
    text = ("El Sr. Ibáñez fue trasladado a una celda de castigo. El Sr. Ibáñez permaneció allí durante "
            "un mes sin visitas.")
    assert ("Sr. Ibáñez", "person") in _subjects(text, "es"), _subjects(text, "es")
