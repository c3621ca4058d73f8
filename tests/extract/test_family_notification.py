"""A family not told of the arrest or of where the detainee is held (Body of Principles 16):
read as family_calls (contact with family), never from a family that was told."""

from __future__ import annotations

import pytest

import dignity


@pytest.mark.parametrize("text", [
    "Peter Novak was arrested on 3 May. His family was never told of his arrest or where he was held.",
    "The police detained Ana Silva without informing her family.",
    "Officers refused to notify his relatives of the transfer to another prison.",
    "Her parents were not informed about her detention for nine days.",
])
def test_family_not_notified(text):
    facts = [f for f in dignity.extract(text).facts if f.type == "family_calls"]
    assert facts and not facts[0].negated


@pytest.mark.parametrize("text", [
    "The prison told his family about the new visiting hours.",
    "Staff informed her family of the transfer the same day.",
])
def test_a_family_that_was_told(text):
    assert not [f for f in dignity.extract(text).facts if f.type == "family_calls"]
