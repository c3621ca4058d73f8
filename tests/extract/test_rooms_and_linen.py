"""Rooms too small for the people in them, linen left unwashed, and a room's size that says
nothing of its cleanliness (sentences of our own, 2026-12-07)."""

from __future__ import annotations

import pytest

import dignity
from extract_helpers import describe, stated_of


@pytest.mark.parametrize("text,type_", [
    ("The holding cells were much too small for the number of people brought in each night.", "overcrowding"),
    ("The women's dormitory was too small to accommodate the forty women held there.", "overcrowding"),
    ("Their blankets had not been washed since the winter.", "bedding_clothing"),
    ("According to the boys, the sheets were never changed.", "bedding_clothing"),
    ("In the older wing the toilets were not in an acceptable state.", "sanitation"),
    ("Half of the showers on the landing were not in working order.", "hygiene"),
])
def test_found(text: str, type_: str) -> None:
    assert [f for f in stated_of(text, type_) if not f.negated], describe(dignity.extract(text).facts)


@pytest.mark.parametrize("text,type_", [
    ("All the cells were of sufficient size.", "hygiene"),
    ("The rooms were of adequate size for one person.", "hygiene"),
    ("The cell was too small for him to stretch out on the floor.", "overcrowding"),
])
def test_quiet(text: str, type_: str) -> None:
    assert not stated_of(text, type_), describe(dignity.extract(text).facts)
