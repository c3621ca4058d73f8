"""Who the detainee of a document is: a party named after its role is a person, whatever
words the name shares with organisations ("Plaintiff James Hall"); an official whose title
is the first word of the name ("Sgt. D. Doane", "Warden John Smith", "Magistrate Judge
Lee") never is, and a courtesy title ("Mr.", "M.") is no official's.  Passages written for
this suite."""

from __future__ import annotations

import pytest

from dignity.extract.attribution import load_attributor


@pytest.fixture(scope="module")
def persons():
    return {lang: load_attributor(lang).persons for lang in ("en", "fr")}


@pytest.mark.parametrize("lang,text,detainee", [
    ("en", 'Plaintiff Owen Hall ("Hall"), a pretrial detainee, filed this action. Hall alleges he was held '
           "alone for 200 days. Count I is against Defendant Sgt. R. Mayo (\"Mayo\"). Mayo denies it.", "Owen Hall"),
    ("en", "Warden John Smith said the jail was full. Smith denied that inmates were beaten. Smith added "
           "that the jail had no doctor.", None),
    ("en", "Officer Dana Cole placed Mr. Ortiz in the restraint chair. Ortiz, a pretrial detainee, stayed "
           "there for six hours. Cole said Ortiz had resisted.", "Mr. Ortiz"),
    ("en", "Magistrate Judge Anne Greer recommended dismissal. Greer found that plaintiff had not exhausted "
           "his remedies. Greer noted the jail's records.", None),
    ("fr", "Un ressortissant belge, M. Paul Lenoir (« le requérant »), a saisi la Cour. Lenoir est détenu "
           "à la prison de Lantin. Lenoir se plaint de l'isolement.", "Paul Lenoir"),
])
def test_who_the_detainee_is(persons, lang: str, text: str, detainee: str | None) -> None:
    assert persons[lang](text)[0] == detainee


@pytest.mark.parametrize("sentence,speaker", [
    # a reporting participle after a clause of its own: the clause's subject speaks
    ("The file shows that the inmate lodged a grievance in May complaining that his cell was infested with rats.",
     "inmate"),
    ("Justice Watch Network released a report stating that detainees were denied water for days.",
     "Justice Watch Network"),
    ("Plaintiffs, who were held in the east wing, brought suit in state court, alleging that the toilets "
     "overflowed for weeks.", "Plaintiffs"),
    ("In 2020, the detainees filed a petition, claiming that they were beaten by guards.", "detainees"),
])
def test_participle_speaker(sentence: str, speaker: str) -> None:
    import dignity

    facts = [f for f in dignity.extract(sentence).facts if f.subject_kind != "general"]
    assert facts and all(f.certainty == "alleged" and f.attributed_to == speaker for f in facts), \
        [(f.type, f.certainty, f.attributed_to) for f in facts]


@pytest.mark.parametrize("sentence", [
    "Without saying why, guards cancelled the family visits for a month.",
    "The facilities were promptly reporting segregation placements of detainees with mental illness.",
])
def test_participle_that_reports_nothing(sentence: str) -> None:
    import dignity

    facts = [f for f in dignity.extract(sentence).facts if f.subject_kind != "general"]
    assert facts and all(f.certainty == "asserted" for f in facts), \
        [(f.type, f.certainty, f.attributed_to) for f in facts]
