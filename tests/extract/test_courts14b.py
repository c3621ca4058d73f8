"""Round courts14b: US court opinions on conditions of confinement, read on text never seen.

The rows come from the causes of the misses found on fresh court text (a Supreme Court case brief, a
1970s totality-of-conditions summary, PLRA screening orders, summary-judgment orders, a digest of a
consent-decree hearing): a head count with a comma before its noun ("as many as 10 or 11, prisoners
were crowded into 8' x 10' cells"); mattresses handed out "to spread on the floor"; a stay "from March
31, 2022, until April 11, 2022" (a comma after the year); "almost no contact with other humans"; a
court's "ventilation problems" and "unable to detect any ventilation"; "temperature extremes" and
temperatures that "do not meet constitutional standards"; a suicide gown as all one is given to wear; and,
from a second batch of screening orders and appeals, food "not cooked all the way", the loaf spelt "nutri-loaf",
a doctor seen "but nothing was done", a throat the mold makes "dry and scratchy" (quoted words of the complaint
inside the sentence), toilet paper counted out in squares, and a man "stripped naked in a small cell" (left
without clothes, not searched).
Quiet rows: "only minor psychological trauma" is no child; "inadequate space for essential activities"
is crowding, not a lack of programmes.

Every sentence is written for this file (names, places and numbers invented); none is copied from a
document or a labelled passage.
"""

from __future__ import annotations

import pytest

from extract_helpers import counted, describe, reader

read = reader("en", "2024-06-01")

#: (type, sentence): the sentence gives a counted, non-negated fact of the type
FOUND: list[tuple[str, str]] = [
    ("bedding_clothing", "Each evening the men in the strip cells were handed mattresses to spread on the floor."),
    ("bedding_clothing", "Detainees at the annex were given thin mats to lay on the concrete floor at night."),
    ("bedding_clothing", "Mr. Dorsey says that guards only gave him a suicide smock to wear for nine days."),
    ("bedding_clothing", "The complaint alleges that jail staff provided Ms. Pruitt nothing but a paper gown."),
    ("no_meaningful_contact", "In the special unit, prisoners have almost no contact with other humans."),
    ("ventilation", "The court held that the ventilation problems in the east tower violated the detainees' rights."),
    ("ventilation", "The inspector was unable to detect any ventilation in nine of the twenty cells he tested."),
    ("ventilation", "Engineers found no measurable airflow in the segregation cells of the county jail."),
    ("temperature", "The court found that temperature extremes in the women's unit violated due process."),
    ("temperature", "Credible evidence shows that air temperatures in the jail's dormitories do not meet "
                    "constitutional standards."),
    ("food_water", "Mr. Abney alleges that the chicken at the Pike County Jail is often not cooked all the way "
                   "through."),
    ("food_water", 'The complaint states that meals have "not been cooked properly" for months.'),
    ("food_water", "For eleven days Ortiz was fed nothing but nutri-loaf."),
    ("medical_care", 'Ms. Vance says she saw a nurse twice, but "nothing was done" about the infection.'),
    ("physical_health", 'He claims that the dust in the vents makes his throat "sore and dry."'),
    ("physical_health", "Several inmates on the tier developed scratchy throats after the fire."),
    ("hygiene", "Each man received just a few squares of toilet paper a day."),
    ("hygiene", "Officers handed him only three sheets of toilet paper for the whole weekend."),
    ("bedding_clothing", "Gaines was stripped naked and left in a bare observation cell for two days."),
]


@pytest.mark.parametrize("type_,text", FOUND)
def test_found(type_: str, text: str) -> None:
    facts = read(text)
    assert [f for f in counted(facts, type_) if not f.negated], describe(facts)


#: (type, sentence): no counted, non-negated fact of the type
QUIET: list[tuple[str, str]] = [
    ("vulnerable_person", "The expert testified that the regime caused some inmates only minor psychological "
                          "harm."),
    ("vulnerable_person", "Several prisoners suffered only minor physical injuries in the disturbance."),
    ("work_programmes", "Inmates lived in cramped dormitories with inadequate space for essential activities."),
    ("work_programmes", "The court noted that the tiers leave too little room for ordinary daily activities."),
    ("ventilation", "The inspectors reported no ventilation problems in the new wing."),
    ("strip_search", "Gaines was stripped naked and left in a bare observation cell for two days."),
    ("hygiene", "The commissary sells toilet paper at two dollars a roll."),
]


@pytest.mark.parametrize("type_,text", QUIET)
def test_quiet(type_: str, text: str) -> None:
    facts = read(text)
    assert not [f for f in counted(facts, type_) if not f.negated], describe(facts)


def test_programmes_still_found_beside_space() -> None:
    """Counter-example: a lack of programmes stated on its own is still read."""
    facts = read("The prison offered no educational programs or work assignments to the men in the annex.")
    assert counted(facts, "work_programmes"), describe(facts)


@pytest.mark.parametrize("text,occupants", [
    ("On most nights as many as 9, prisoners were crowded into a 10' x 12' cell.", 9.0),
    ("Typically six prisoners were crammed into each 8 by 10 foot cell of the old block.", 6.0),
])
def test_headcount_with_comma_or_crowded_into(text: str, occupants: float) -> None:
    facts = [f for f in counted(read(text), "cell_space") if f.value]
    assert facts and facts[0].qualifiers.get("occupants") == occupants, describe(read(text))


@pytest.mark.parametrize("text,days", [
    ("Mr. Laine was held in restrictive housing from March 3, 2023, until March 28, 2023.", 25.0),
    ("She was kept in segregation from June 1, 2022, to July 1, 2022.", 30.0),
    ("He was held in the hole from May 2, 2021 until May 12, 2021.", 10.0),
])
def test_stay_between_dates_with_comma_after_year(text: str, days: float) -> None:
    facts = counted(read(text), "isolation_duration")
    assert any(f.value == days for f in facts), describe(read(text))


def test_stripped_naked_and_searched_is_still_a_search() -> None:
    """Counter-example: stripped and searched, or stripped naked with no cell named, is a strip search."""
    facts = read("Guards stripped naked every prisoner returning from the visiting room.")
    assert counted(facts, "strip_search"), describe(facts)


def test_he_claims_is_the_plaintiff_not_the_warden_named_last() -> None:
    """In a prisoner's suit, "He claims" after a caption naming the warden is the plaintiff's claim."""
    text = ("Pro se plaintiff Oscar Pell filed this civil rights action against Warden Denise Marsh and Officer "
            "Kyle Brand. His complaint concerns the conditions of his confinement at the Lorne County Jail. "
            "He claims that the showers in his unit were covered in mold for two months.")
    facts = counted(read(text), "hygiene")
    assert facts and all("Marsh" not in (f.attributed_to or "") and "Brand" not in (f.attributed_to or "")
                         for f in facts), describe(facts)
    assert any("Pell" in (f.attributed_to or "") for f in facts), describe(facts)


def test_he_said_after_a_named_witness_stays_the_witness() -> None:
    """Counter-example: a name with no staff title before it keeps the pronoun."""
    text = ("Pro se plaintiff Oscar Pell filed this civil rights action against Warden Denise Marsh. "
            "At the hearing the court heard from Samuel Ortega, a former cellmate. He testified that the showers "
            "were covered in mold for two months.")
    facts = counted(read(text), "hygiene")
    assert facts and all("Ortega" in (f.attributed_to or "") for f in facts), describe(facts)
