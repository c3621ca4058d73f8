"""Probes of court-opinion wording (issues 10/11, courtfind's list "for the extraction helpers").

Six general gaps, each with several constructions and traps, every sentence written for this file:

1. a headcount told without a noun ("ten to a cell", "housed four to a cell designed for two") is
   overcrowding, and the number of a cell's occupants for the space per person;
2. "may / must share a single toilet" describes the regime; it is no possibility and no norm;
3. "an officer shot respondent", "used force when there was no need" are force; "the prohibition of
   contact visits" restricts family visits;
4. "during labor and delivery", "throughout her labor" say the woman was pregnant;
5. "The records show", "jail logs reflect", "the video shows": the record speaks, not the party who
   spoke in the sentence before;
6. "limited punitive isolation to thirty days", "capped segregation at 15 days": a cap on the regime,
   not anyone's stay.
"""

from __future__ import annotations

import pytest

from extract_helpers import counted, describe, reader

READ = reader("en")

#: (type, sentence): the sentence gives a counted, non-negated fact of the type
GIVES: list[tuple[str, str]] = [
    # 1. occupancy
    ("overcrowding", "The county jail held its detainees ten to a cell."),
    ("overcrowding", "Pretrial detainees were housed four to a cell designed for two."),
    ("overcrowding", "Seven men to a cell slept in the west wing of the old jail."),
    ("overcrowding", "Inmates in the annex were kept five or six per cell throughout the summer."),
    # 2. the regime described with "may" / "must"
    ("sanitation", "As many as 48 prisoners may share a single toilet in the south dormitory."),
    ("sanitation", "Women in the annex may share one toilet."),
    ("sanitation", "Up to 25 inmates must share one toilet on each tier."),
    # 3. force and visits
    ("use_of_force", "An officer shot respondent in the back as he climbed the fence."),
    ("use_of_force", "The tower guard shot him in the leg during the disturbance."),
    ("use_of_force", "Petitioner was shot in the arm by a correctional officer."),
    ("use_of_force", "The deputies used force when there was no need to do so."),
    ("use_of_force", "Force was used on the plaintiff without any justification."),
    ("family_visits", "The jail's blanket prohibition of contact visits applied to every pretrial detainee."),
    ("family_visits", "Detainees in the unit were subject to a ban on family visitation."),
    ("family_visits", "Contact visits were prohibited for the plaintiff class."),
    # 4. pregnancy
    ("vulnerable_person", "She was shackled to the hospital bed during labor and delivery."),
    ("vulnerable_person", "Officers kept her chained to the bed throughout her labor."),
    ("vulnerable_person", "Plaintiff was restrained by the ankle while she was in labor."),
    ("vulnerable_person", "The plaintiff gave birth in leg irons."),
]

#: (type, sentence): no counted fact of the type (traps)
QUIET: list[tuple[str, str]] = [
    ("overcrowding", "Detainees were housed two to a cell."),
    ("overcrowding", "The decree limited occupancy to four per cell."),
    ("sanitation", "Each housing unit must have one toilet for every twelve inmates."),
    ("sanitation", "Detainees should not have to share a single toilet with forty others."),
    ("use_of_force", "Respondent was convicted of shooting a clerk during a robbery."),
    ("use_of_force", "The officer shot a warning round into the air."),
    ("use_of_force", "The question is whether officers may use force when there is no need."),
    ("family_visits", "The court must decide whether the prohibition of contact visits is reasonably related to "
                      "security."),
    ("vulnerable_person", "Inmates worked in the kitchen during labor hours."),
    ("vulnerable_person", "The unit was short of staff during the labor dispute."),
]


@pytest.mark.parametrize("type_, sentence", GIVES)
def test_probe_gives(type_: str, sentence: str) -> None:
    facts = READ(sentence)
    got = [f for f in counted(facts, type_) if not f.negated]
    assert got, describe(facts)


@pytest.mark.parametrize("type_, sentence", QUIET)
def test_probe_quiet(type_: str, sentence: str) -> None:
    facts = READ(sentence)
    assert not [f for f in counted(facts, type_) if not f.negated], describe(facts)


#: (sentence, occupants read beside the cell's size)
OCCUPANTS: list[tuple[str, float]] = [
    ("Prisoners were held as many as ten to a cell in cells measuring 8 by 10 feet.", 10.0),
    ("Inmates in the 6 by 9 foot cells were housed three to a cell.", 3.0),
    ("Each 60 square foot cell held four men to a cell.", 4.0),
]


@pytest.mark.parametrize("sentence, occupants", OCCUPANTS)
def test_to_a_cell_gives_occupants(sentence: str, occupants: float) -> None:
    facts = READ(sentence)
    cells = [f for f in facts if f.type == "cell_space"]
    assert cells, describe(facts)
    assert cells[0].qualifiers.get("occupants") == occupants, cells[0].qualifiers
    assert cells[0].qualifiers.get("m2_per_person") is not None


#: (text, fact type whose source is the record): the record's word, asserted
RECORDS: list[tuple[str, str]] = [
    ("Plaintiff alleges that he was kept in his cell all day. The records show that he was offered one hour "
     "of recreation every day.", "exercise_time"),
    ("Plaintiff alleges that he was kept in his cell all day. The jail logs reflect that he was offered one "
     "hour of recreation every day.", "exercise_time"),
    ("Plaintiff alleges that he was denied food. The video shows officers striking the plaintiff with batons.",
     "use_of_force"),
    ("Plaintiff alleges that he was beaten. Surveillance video footage shows officers kicking him.",
     "use_of_force"),
]


@pytest.mark.parametrize("text, type_", RECORDS)
def test_records_speak_for_themselves(text: str, type_: str) -> None:
    facts = READ(text)
    got = [f for f in facts if f.type == type_ and "the records" in (f.attributed_to or "")]
    assert got, describe(facts)
    assert all(f.certainty == "asserted" for f in got), describe(got)


#: traps: the records cue does not take over another speaker's sentence
RECORD_TRAPS: list[tuple[str, str, str]] = [
    ("Plaintiff testified that the records show he was denied medication for a week.", "medical_care",
     "Plaintiff"),
    ("Plaintiff alleges that he was beaten. He says the guards kicked him.", "use_of_force", "Plaintiff"),
]


@pytest.mark.parametrize("text, type_, who", RECORD_TRAPS)
def test_records_cue_traps(text: str, type_: str, who: str) -> None:
    facts = [f for f in READ(text) if f.type == type_]
    assert facts and all("the records" not in (f.attributed_to or "") for f in facts), describe(facts)


def _prolonged(text: str) -> str:
    from dignity import ingest
    from dignity.assess import assess_extraction
    from dignity.extract.engine import Extractor

    ext = Extractor("en").extract_document(ingest.from_text(text, date="2024-03-01"))
    return next(f.status for f in assess_extraction(ext).findings if f.rule == "mandela-43-1-b")


LEAD = "Petitioners were held in punitive isolation cells, alone, for 23 hours a day. "

#: (text, status of rule 43(1)(b)): a cap on the regime is no stay; a stay is
CAPS: list[tuple[str, str]] = [
    (LEAD + "The District Court limited punitive isolation to thirty days.", "insufficient_information"),
    (LEAD + "The court capped segregation at 15 days.", "insufficient_information"),
    (LEAD + "The order restricted confinement in the isolation cells to a maximum of 20 days.",
     "insufficient_information"),
    (LEAD + "One petitioner spent thirty days in punitive isolation.", "violation_likely"),
    ("He was kept alone in segregation 23 hours a day, limited to one hour of exercise, for 40 days.",
     "violation_likely"),
]


@pytest.mark.parametrize("text, status", CAPS)
def test_cap_is_no_stay(text: str, status: str) -> None:
    assert _prolonged(text) == status
