"""Round dir17: who speaks, and how sure, over a whole sentence.

The sentence splitter ends a sentence after a footnote's number glued to its full stop or closing quote;
an epistemic frame ("it is conceivable that") reaches the rest of its sentence; a finding, an observation or an
admission told inside one party's claim is that party's claim.  Sentences of our own.
"""

from __future__ import annotations

import pytest

import dignity
from dignity import ingest
from dignity.extract.attribution import load_attributor
from dignity.extract.nlp import blank_pipeline


def _sentences(text: str) -> list[str]:
    return [s.text for s in blank_pipeline("en")(text).sents]


@pytest.mark.parametrize("text, expected", [
    # a footnote's number glued to the closing quote, to a bracket, or to the word and its full stop
    ('The warden called it "routine."4 Guards then moved him to the cellar.',
     ['The warden called it "routine."4', "Guards then moved him to the cellar."]),
    ("Visits were cut to ten minutes.[7] The lawyer was never told why.",
     ["Visits were cut to ten minutes.[7]", "The lawyer was never told why."]),
    ("Visits were cut to ten minutes.7 The lawyer was never told why.",
     ["Visits were cut to ten minutes.7", "The lawyer was never told why."]),
    ("He wrote that the lights never went off.”[15] His cellmate agreed.",
     ["He wrote that the lights never went off.”[15]", "His cellmate agreed."]),
    ("He wrote that the lights never went off.” 15 His cellmate agreed.",
     ["He wrote that the lights never went off.” 15", "His cellmate agreed."]),
    # traps: a count that opens the next sentence stays its own; a citation's number is no footnote
    ("The cell was cold. 12 Guards stood at the door.", ["The cell was cold.", "12 Guards stood at the door."]),
    ("See No.12 The cell was cold.", ["See No.12 The cell was cold."]),
])
def test_footnote_numbers_close_their_sentence(text, expected):
    assert _sentences(text) == expected


def _facts(text: str):
    return dignity.extract(ingest.from_text(text, date="2026-06-02")).facts


@pytest.mark.parametrize("text", [
    "It might be the case that, in the old wing where the roof leaked for months, guards beat the detainees.",
    "It remains unclear whether, after the riot of March and the transfer of the leaders, the guards beat the "
    "detainees with batons.",
    "It is conceivable that the guards beat the detainees – or at least some of them – with batons.",
    "There is a possibility that the warden ordered, for reasons never stated in any register, that guards beat "
    "the detainees.",
])
def test_an_epistemic_frame_reaches_the_whole_sentence(text):
    force = [f for f in _facts(text) if f.type == "use_of_force"]
    assert force and all(f.certainty == "hypothetical" for f in force), [(f.certainty, f.explain) for f in force]


@pytest.mark.parametrize("text", [
    # traps: a frame that says it is known; an event after "but" with its own finding; a ranking "perhaps"
    "It is clear that, in the old wing where the roof leaked for months, guards beat the detainees.",
    "It is possible that he was moved twice, but the inspectors found that guards beat the detainees.",
    "Perhaps the worst of it was that guards beat the detainees with batons.",
])
def test_what_no_frame_doubts_stays_asserted(text):
    force = [f for f in _facts(text) if f.type == "use_of_force"]
    assert force and all(f.certainty == "asserted" for f in force), [(f.certainty, f.explain) for f in force]


def _sources(sentence: str, court: bool = False):
    return load_attributor("en").sources(sentence, court_doc=court, last_speaker=None, detainee=None, orgs=[])


@pytest.mark.parametrize("sentence, speaker", [
    ("The inmate's sister alleges that the judge found that he was chained.", "The inmate's sister"),
    ("According to a cellmate, we observed that the shower had no water.", "cellmate"),
    ("Her lawyer maintains that the warden conceded that the toilets overflowed.", "Her lawyer"),
])
def test_a_voice_inside_a_claim_is_the_claim(sentence, speaker):
    found = _sources(sentence)
    assert [s.label for s in found] == [speaker], found
    assert found[0].certainty == "alleged"


@pytest.mark.parametrize("sentence, last", [
    # traps: the finder speaks in a clause of its own after the claim
    ("The inmate's sister alleges that he was chained; the judge found that he was held alone.", "the judge"),
    ("The inmate's sister alleges that he was chained, but the inspectors observed that he was held alone.",
     "the inspectors"),
])
def test_a_finding_in_its_own_clause_stays_the_finders(sentence, last):
    found = _sources(sentence)
    assert found[-1].label.lower() == last and found[-1].certainty == "asserted", found


@pytest.mark.parametrize("text, kind", [
    # an unnamed multitude told into being is people at large (the sentence after a footnote's number is one of
    # its own now, with no "worldwide" of the sentence before it to say so)
    ("There are thousands more people who are held in some form of administrative detention.", "general"),
    ("There were countless others who were detained in military camps without charge.", "general"),
    # trap: the place named makes them the prison's own
    ("There are many others who are held in solitary confinement in the eastern wing of the prison.", "group"),
])
def test_an_unnamed_multitude_is_people_at_large(text, kind):
    facts = _facts(text)
    assert facts and {f.subject_kind for f in facts} == {kind}, [(f.type, f.subject_kind) for f in facts]
