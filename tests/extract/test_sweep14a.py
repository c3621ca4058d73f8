"""A per-type sweep (sweep14a) of three fact types that generalised worst to unseen English text: the authority's
stated reason for a regime (justification_security), the detainee's legal status (pretrial_status) and the
separation of categories of detainees (separation).

The misses, gathered in volume from fresh public text, fell into a few general patterns:

- A reason told after the placement with "based on" or "on the basis of" ("placed in segregation primarily based
  on his escape history", "confined based on gang affiliation"); a lockdown or placement after an event told as
  a clause ("after an inmate was stabbed"); a purpose told with "to make sure" or "so he cannot"; a sanction "as
  punishment for" a gerund or "for this violation"; a transfer "after his second attempt to escape"; a group
  named by its act ("the inmates who were in possession of the weapons were placed in segregation"); the reason
  in the sentence before ("As a result, he was placed in the SHU"); "no justification for his placement"; a
  validation "as an associate of" a named gang; a prison body's recommendation on a placement (its decision);
  what the authority says must be done or would follow a lifting of the regime; a second fresh set added "out of
  necessity due to" a behaviour, "necessary to restrain", a placement "based upon" an incident years before, a
  sanction "for the first Rule 18 violation", "for an unexplained reason", "provided no explanation as to why";
  a measure "not imposed for the purpose of punishment" states its own purpose (no statement of aims), and "one
  reason for an inmate to be placed" is general; the first fresh set, spent as a third after its score was
  recorded, added "after two county jail officers found", "for the purpose of protecting", "cited the gravity of
  the charges", "for the safety of everyone", a suicide watch "due to" attempts, "did not inform the detainees
  of the basis". Behind most of these, one general shape: a measure, a word of cause ("because of", "following",
  "citing") and a reason of security within a few words, in either order; "released from segregation after the
  investigation" is none. A word in parentheses or quotes ("the Special Housing Unit (SHU)") is a word.
- Status: held in prison "during the investigation" of the crime "they are alleged to have committed", waiting
  "for his or her trial", detained "without being sentenced" (pretrial); held for years "without charge"
  (administrative); holding people "under immigration powers" (immigration). A norm on where migrants "should
  not be held" is none, and so (as in the read sets' labels) is a bare "inmates at the State Penitentiary"; a
  legal premise about detainees as a class ("since detainees have not been convicted, they may not be punished")
  is general. Children "charged as adults", "fewer than a third ... had been brought to trial", "on immigration
  charges", waiting "for their cases to conclude" (third set).
- Separation: "kept in different units from", "both types of prisoner held on separate landings" (kept apart:
  negated); boys who "shared a dormitory with more than 150 men"; held "with adult suspects" or "in close
  proximity to adult prisoners"; "did not provide sight and sound separation"; "departures from this practice
  have been authorised"; the general shape behind "held with": a group to be kept apart, held or sharing a
  place, then its other group within the clause (young and adult, women and men, untried and convicted), never
  with a "not" between, and the same pair said not to share (negated); placed "in adult prisons" after "have
  been", "come in contact with adult prisoners", "visual and auditory communication between children and adult
  inmates", "separate accommodation for juvenile offenders" (negated), unless the same sentence says they were
  held together after all. Children "separated from their peers" (isolation) and a right "to be detained in
  separate facilities" (a norm) are none.

Every sentence is written for this suite, not taken from a document.
"""

from __future__ import annotations

from typing import Callable

import pytest

from dignity.model import Fact
from extract_helpers import check_row, counted, describe, reader

J, P, S = "justification_security", "pretrial_status", "separation"

ROWS: list[tuple[str, str, "bool | str"]] = [
    # ---- justification_security: stated
    (J, "The review board recommended that Mr. Okafor be placed in administrative segregation largely based on "
        "his escape history and his threats against staff.", True),
    (J, "In the Northern Unit, most men are confined based on gang affiliation alone.", True),
    (J, "Two months later he was sent back to the special management unit on the basis of allegations of "
        "renewed gang activity.", True),
    (J, "The county sheriff put the whole jail on lockdown for three days after an inmate was stabbed in the "
        "shower block.", True),
    (J, "The department ordered a lockdown of the east yard because a prisoner attacked two officers.", True),
    (J, "The wing was placed on lockdown to make sure the area was secured before the search.", True),
    (J, "Prosecutors have argued that Mr. Varga must be kept isolated so he cannot pass messages to his "
        "associates.", True),
    (J, "Easing the restrictions would put the escort officers at risk, the magistrate said.", True),
    (J, "Ms. Duarte spent twelve days in the punishment cell as punishment for organising a sit-in on the "
        "landing.", True),
    (J, "For this infraction the hearing officer imposed twenty days of disciplinary confinement.", True),
    (J, "He was moved to the high-security prison in Ostrava after his third attempt to escape from the "
        "county jail.", True),
    (J, "The prisoners who were found with the homemade knives were locked in segregation cells that night.",
     True),
    (J, "Officials identified Castillo as a leader of the Norte group. As a result, he was placed in the "
        "security housing unit for an indefinite term.", True),
    (J, "Staff validated him as an associate of the Eastside Kings, which led to his transfer to the "
        "special housing unit.", True),
    (J, "Corrections officers found a sharpened toothbrush on him. He remained in the Restricted Housing Unit "
        "(RHU) pending investigation.", True),
    # the general shape: a measure, a word of cause, a reason of security (either order)
    (J, "Reyes has been kept in the SHU for four years because of his ties to a prison gang.", True),
    (J, "Lund was held in solitary confinement for six months following the discovery of a blade in his cell.",
     True),
    (J, "Citing the threat to the escort officers, the judge kept the leg restraints in place.", True),
    # a second fresh set: necessity, a court's own finding of purpose, an incident long ago, no explanation given
    (J, "The officers imposed strict conditions, but only out of necessity due to his repeated threatening behaviour.",
     True),
    (J, "The guards acted out of necessity and concern for everyone's safety when they kept him in the cell.", True),
    (J, "The leg irons were necessitated by his violent outbursts; they were not imposed for the purpose of "
        "punishment.", True),
    (J, "The restraints were necessary to control Mr. Abbott during transport.", True),
    (J, "The department kept him in isolation for nine years based upon a 2001 incident in which he wounded a "
        "guard.", True),
    (J, "For the second Rule 14 violation he received fifteen days in disciplinary segregation.", True),
    (J, "Her probation was revoked for committing a third conduct violation and she was given ten days in "
        "disciplinary segregation.", True),
    (J, "One reason for an inmate to be placed in restrictive housing is a sanction for fighting.", False),
    # the first fresh CHECK set, spent as a third WORK set after its honest score was recorded
    (J, "Okoro was moved to the segregation unit after two county jail officers found a razor in his mattress.",
     True),
    (J, "She was held in the close supervision wing for the purpose of protecting younger girls from her.", True),
    (J, "The magistrate cited the gravity of the charges when she kept him in the isolation cell.", True),
    (J, "For the safety of everyone, we have confined all prisoners to their cells, the governor said.", True),
    (J, "He was kept on suicide watch for two days due to his earlier suicide attempts.", True),
    # ---- justification_security: none
    (J, "He was released from segregation after the investigation cleared him.", False),
    (J, "Months of isolation pose a danger to their mental health.", False),
    (J, "A prisoner may be placed in segregation as a protection case in the circumstances listed below.", False),
    (J, "These measures may include restricting visits, as is reasonably necessary to protect witnesses.", False),
    (J, "The inmates went on hunger strike to protest the lack of hot water.", False),
    (J, "Identified predators who threaten weaker inmates should be segregated.", False),
    # ---- pretrial_status
    # a bare "inmates at the State Penitentiary" is no status in the read sets' labels (nor here)
    (P, "The plaintiffs were inmates at the Oregon State Penitentiary in Salem when the events occurred.", False),
    (P, "Suspects remain in custody during the criminal investigation, often for months.", "pretrial"),
    (P, "Many people held in Lagos wait years for his or her trial.", "pretrial"),
    (P, "Thousands of young men are detained without being sentenced in the central prison.", "pretrial"),
    (P, "Mr. Nadir has been held at the base for eleven years without charge.", "administrative"),
    (P, "The Home Office was holding 312 people under immigration powers in ordinary prisons.", "immigration"),
    (P, "Forty boys charged as adults are held in the county detention center.", "pretrial"),
    (P, "Fewer than a third of the men held in the central prison last year had been brought to trial.", "pretrial"),
    (P, "Ninety people remain in custody on immigration charges.", "immigration"),
    (P, "Several women told us they had spent six years waiting for their cases to conclude.", "pretrial"),
    (P, "Migrants should not be held in police cells unless they are suspected of a crime.", False),
    (P, "Since pretrial detainees have not been convicted, they may not be punished before trial.", False),
    (P, "Remand prisoners, who are presumed innocent, may be subjected to harsher rules than sentenced ones.", False),
    # ---- separation: not separated
    (S, "In Kasama prison, 40 boys, some as young as 12, shared a dormitory with more than 200 men.", True),
    (S, "Arrested at fourteen, Tomas spent a year in two county jails, usually housed with adult suspects.", True),
    (S, "The lawsuit says the youth authority let juveniles be held in close proximity to adult prisoners.", True),
    (S, "Nine of the jails did not provide sight and sound separation between adults and juveniles.", True),
    (S, "Untried prisoners should not be allocated to cells with convicted prisoners, but departures from "
        "this practice have been authorised at Pentonville.", True),
    # the general shape: a group, held or sharing a place, then its other group, however far within the clause
    (S, "Juveniles were held for weeks in police cells with adult suspects.", True),
    (S, "Remand prisoners are routinely housed in the old wing together with sentenced prisoners.", True),
    (S, "Female detainees were kept overnight in the station lock-up alongside male detainees.", True),
    (S, "Three teenagers have been placed in adult prisons this year.", True),
    (S, "The suit says deputies let girls in the holding area come in contact with adult prisoners.", True),
    (S, "The cells allowed visual and auditory communication between children and adult inmates.", True),
    # ---- separation: none (isolation, a norm)
    (S, "Many mothers were separated from their children on arrival at the prison.", False),
    (S, "Juveniles were not held with adults at any of the sites we visited.", False),
    (S, "Women were held with their children in the mother and baby unit.", False),
    (S, "The report looks at girls separated from their peers for weeks in the secure unit.", False),
    (S, "The right of children to be detained in separate facilities protects them from abuse.", False),
]

NEGATED: list[tuple[str, str]] = [
    (S, "Every regional prison had separate accommodation for juvenile offenders."),
    (S, "Remand prisoners do not share cells with convicted prisoners at Brixton."),
    (J, "The prison service did not inform the detainees of the basis for the new restrictions."),
    # no reason given for the placement
    (J, "On 3 May, for an unexplained reason and without a hearing, Ms. Ferris was moved to the maximum security "
        "unit."),
    (J, "The wardens' monthly reviews provided no explanation as to why continued placement in solitary "
        "confinement was necessary."),
    # separation respected: a negated fact
    (S, "At Halden, over-18s are kept in different units from under-18s."),
    (S, "When both types of prisoner share a wing, they are held on separate landings."),
]


@pytest.fixture(scope="module")
def en() -> Callable[[str], list[Fact]]:
    return reader("en")


@pytest.mark.parametrize("type_, sentence, expected", ROWS)
def test_sweep14a_sentence(en: Callable[[str], list[Fact]], type_: str, sentence: str,
                           expected: "bool | str") -> None:
    check_row(en(sentence), type_, expected)


@pytest.mark.parametrize("type_, sentence", NEGATED)
def test_sweep14a_negated(en: Callable[[str], list[Fact]], type_: str, sentence: str) -> None:
    facts = en(sentence)
    got = counted(facts, type_)
    assert got and all(f.negated for f in got), describe(facts)


def test_sweep14a_rows_have_facts_and_traps_of_each_type() -> None:
    for type_ in (J, P, S):
        rows = [r for r in ROWS if r[0] == type_]
        assert any(r[2] is not False for r in rows) and any(r[2] is False for r in rows), type_
