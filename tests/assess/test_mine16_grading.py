"""Round 16 (lead): a standard's phrase reads "not" contracted as written ("weren't allowed access to
their medication" is as specific as "were not allowed access"), by the language pack's contracted forms."""

from __future__ import annotations

import pytest
from assess_helpers import assess_text, check_finding

TEXT = ("Report of an unannounced inspection of a short-term holding facility, March 2023.\n\n"
        "During our visit we found that detainees {verb} to take the medicines their doctors had ordered for them.")


@pytest.mark.parametrize("verb", ["were not allowed", "weren't allowed", "weren’t allowed"])
def test_a_contracted_not_is_as_specific(verb):
    a = assess_text(TEXT.format(verb=verb))
    check_finding(a.findings, "mandela-24", "violation_likely", "an inspector's own finding of medication denied",
                  "reasoning")


@pytest.mark.parametrize("verb", ["was", "is", "stands at", "totalled"])
def test_a_head_count_in_any_tense_fixes_the_occupancy(verb):
    """A prison system at 144 % of its design capacity is overcrowded, a concern (under 150 % the figures
    alone do not fix a severe shortfall), whatever the tense of the head count."""
    text = ("Country report on prison conditions, 2024.\n\nPrison conditions were harsh due to overcrowding. "
            f"In the last quarter the prison system's population {verb} 12,100 in prisons with a designed "
            "capacity of 8,400.")
    check_finding(assess_text(text).findings, "mandela-13", "concern", "144 % of capacity", "reasoning")


@pytest.mark.parametrize("verb", ["do not ensure", "don't ensure", "did not ensure", "didn't ensure"])
def test_inspections_that_fall_short_in_any_form(verb):
    """Inspections that take place but fall short are a concern under rule 83, however the "not" is written."""
    text = ("Inspector general's report on immigration detention oversight, 2018.\n\n"
            f"The agency's inspections and onsite monitoring of facilities {verb} adequate oversight of "
            "detention conditions.")
    check_finding(assess_text(text).findings, "mandela-83", "concern", "inspections that fall short", "reasoning")


#: a PDF's lines of our own (about 75 characters): a claim list whose items open lines after a ";", and a
#: sentence that ends at a line's end while the petitioner still speaks
WRAPPED = """This is a civil rights action brought under 42 U.S.C. 1983 by a man held at
the Lakeview County Detention Center. Petitioner Samuel Ortiz alleges that
the jail violated (1) his right to due process by placing him in segregation;
(2) his Eighth Amendment right to be free from cruel and unusual punishment,
by subjecting him to extreme cold, constant illumination and spoiled food;
and (3) his right of access to the courts by taking away his legal papers.
He says that he was kept in the cell for 23 hours a day for seven months and
that the heat in the unit was turned off for the whole of January and March.
He was never given a mattress and slept on the concrete floor of the cell."""


def test_a_hard_wrapped_paragraph_is_assessed_as_one():
    """The claims stay the petitioner's across the line breaks, and every finding is the one the paragraph
    written on one line gives."""
    def statuses(text):
        return {f.rule: f.status for f in assess_text(text).findings}

    assert statuses(WRAPPED) == statuses(" ".join(WRAPPED.split("\n")))
