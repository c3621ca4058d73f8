"""Round 15 (lead): an upper bound under a floor misses it ("less than 4 m² of personal space" against rule 13's
4 m² a person in a shared cell), and the reasoning says it is each one's share, not a cell's size."""

from __future__ import annotations

from assess_helpers import assess_text, by_id


def _findings(text: str) -> dict[str, object]:
    return by_id(assess_text(text, "en").findings)


def test_less_than_the_floor_of_personal_space_misses_it():
    """Under the CPT's 4 m² a person (a guide): a concern, never the standard met."""
    text = ("The inspection found that the applicant was held with seven other men in a cell that afforded less "
            "than 4 square metres of personal space.")
    f = _findings(text)["mandela-13"]
    assert f.status == "concern", f.reasoning
    assert "of space a person" in f.reasoning and "a cell of 4" not in f.reasoning


def test_less_than_three_square_metres_a_person_is_far_below():
    """Under 3 m² a person (the European Court's strong presumption): a likely violation where established."""
    text = ("The inspection found that the applicant was held with seven other men in a cell that afforded less "
            "than 3 square metres of personal space.")
    f = _findings(text)["mandela-13"]
    assert f.status == "violation_likely", f.reasoning


def test_less_than_a_figure_above_the_floor_says_nothing():
    text = "The inspection found that each prisoner had less than 9 square metres of personal space."
    f = _findings(text).get("mandela-13")
    assert f is None or f.status != "compliant", f.reasoning
