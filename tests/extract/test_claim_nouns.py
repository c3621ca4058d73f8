"""A party's claim told as a noun phrase in a court's opinion ("The Court dismisses plaintiff's claim
that ...", "We reject Smith's contention that ...", "his allegation that ... lacks merit"): what its
"that" clause says is the possessor's claim (alleged, by the possessor named without its "'s"), rejected
by the court when the court's verb before it or the predicate after it rejects it, and the court's own
word when the court agrees with it or credits it (resources/en/attribution.yaml ``claim_noun*``).

Every sentence here was written for this file; none is copied from an opinion or a labelled passage.
"""

from __future__ import annotations

import pytest

from extract_helpers import describe, reader

#: a court document's head (a case name, a statute): the sentences after it are read as an opinion's
HEAD = ("ABERNATHY v. COLE, No. 4:20-cv-0877 (W.D. Mo. 2022). MEMORANDUM AND ORDER. Plaintiff brings this "
        "action under 42 U.S.C. § 1983.\n\n")


@pytest.fixture(scope="module")
def read():
    return reader("en")


def _one(found, type_):
    mine = [f for f in found if f.type == type_]
    assert mine, f"no {type_}: {describe(found)}"
    return mine[0]


#: (sentence, type, speaker): the court rejects the claim -> contested, rejected by the court
REJECTED = [
    ("The Court dismisses plaintiff's claim that he was denied showers for three weeks.", "hygiene", "plaintiff"),
    ("We reject Abernathy's contention that his cell was unheated all winter.", "temperature", "Abernathy"),
    ("The Court finds no merit in plaintiff's assertion that he was kept in a cell without a mattress.",
     "bedding_clothing", "plaintiff"),
    ("We are unpersuaded by Abernathy's argument that the pod was overcrowded.", "overcrowding", "Abernathy"),
    ("The Court grants defendants' motion for summary judgment as to Abernathy's claim that he was denied "
     "showers for a month.", "hygiene", "Abernathy"),
    ("Defendants are entitled to summary judgment on Abernathy's claim that he was denied outdoor exercise for "
     "six months.", "exercise_outdoor", "Abernathy"),
    ("The Court declines to credit Mr. Lowe's assertion that he was kept in a strip cell for ten days.",
     "solitary", "Mr. Lowe"),
    ("Plaintiff's allegation that the cell was infested with rats is unsupported by the record.", "sanitation",
     "Plaintiff"),
    ("His contention that he was denied medical care for his broken wrist lacks merit.", "medical_care",
     "plaintiff"),
    ("Plaintiff's claim that he was denied showers is dismissed.", "hygiene", "Plaintiff"),
]


@pytest.mark.parametrize("sentence,type_,speaker", REJECTED)
def test_a_claim_the_court_rejects(read, sentence, type_, speaker):
    f = _one(read(HEAD + sentence), type_)
    assert (f.certainty, f.attributed_to, f.qualifiers.get("rejected_by")) == \
        ("contested", speaker, "the court"), describe([f])


#: (sentence, type, speaker): the claim stands as the possessor's, neither rejected nor found
ALLEGED = [
    ("Plaintiff's claim that he was denied showers survives the motion to dismiss.", "hygiene", "Plaintiff"),
    ("The Court denies defendants' motion for summary judgment on plaintiff's claim that he was denied outdoor "
     "exercise for a year.", "exercise_outdoor", "plaintiff"),
    ("Defendants move for summary judgment on Ortiz's claim that he was denied showers for a month.", "hygiene",
     "Ortiz"),
    ("His allegations that he was denied medical care for two weeks are sufficient to state a claim.",
     "medical_care", "plaintiff"),
    # a party's own rejection ("defendants argue that ... fails") is no court's
    ("Defendants argue that plaintiff's claim that he was denied showers fails.", "hygiene", "plaintiff"),
]


@pytest.mark.parametrize("sentence,type_,speaker", ALLEGED)
def test_a_claim_that_stands_as_alleged(read, sentence, type_, speaker):
    f = _one(read(HEAD + sentence), type_)
    assert (f.certainty, f.attributed_to, f.qualifiers.get("rejected_by")) == ("alleged", speaker, None), \
        describe([f])


#: (sentence, type): the court agrees with or credits the claim: its own word
ACCEPTED = [
    ("The Court agrees with plaintiff's claim that he was denied showers for three weeks.", "hygiene"),
    ("We agree with Reyes's contention that the cell was flooded with sewage.", "sanitation"),
    ("The court credits his testimony that the cell was infested with rats.", "sanitation"),
    ("Plaintiff was denied showers for three weeks.", "hygiene"),  # no claim noun at all
]


@pytest.mark.parametrize("sentence,type_", ACCEPTED)
def test_a_claim_the_court_accepts_is_its_word(read, sentence, type_):
    f = _one(read(HEAD + sentence), type_)
    assert (f.certainty, f.attributed_to) == ("asserted", "the court"), describe([f])
    assert not f.qualifiers.get("rejected_by"), describe([f])


def test_the_speaker_is_the_possessor_not_the_court(read):
    """The label is the possessor's noun phrase, "'s" stripped (not "The Court dismisses plaintiff")."""
    f = _one(read(HEAD + "The Court dismisses Plaintiff Daniel Reyes's allegation that the toilet in his cell "
                  "overflowed for weeks."), "sanitation")
    assert f.attributed_to == "Plaintiff Daniel Reyes", describe([f])
    assert "Court" not in f.attributed_to and not f.attributed_to.endswith("'s")


def test_a_court_finding_as_a_noun_stays_the_courts(read):
    """"the district court's finding that": a court's finding, read by the finding verbs, not a claim."""
    f = _one(read(HEAD + "The district court's finding that the dormitory was overcrowded is not clearly "
                  "erroneous."), "overcrowding")
    assert f.certainty == "asserted" and f.qualifiers.get("source_kind") == "court", describe([f])


def test_a_rejected_claim_does_not_carry(read):
    """The claim noun reaches its own sentence: the court's next sentence is its own word again."""
    found = read(HEAD + "The Court dismisses plaintiff's claim that he was denied showers. The cells of the "
                 "west wing were infested with rats.")
    f = _one(found, "sanitation")
    assert (f.certainty, f.attributed_to.lower()) == ("asserted", "the court"), describe([f])


def test_outside_a_court_nothing_changes(read):
    """A report (no court document) keeps its own reading: the rule is for court opinions."""
    f = _one(read("The prisoners' claim that the cells were infested with rats was confirmed by our visit."),
             "sanitation")
    assert not f.qualifiers.get("rejected_by"), describe([f])
