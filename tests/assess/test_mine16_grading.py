"""Round 16 (lead): a standard's phrase reads "not" contracted as written ("weren't allowed access to
their medication" is as specific as "were not allowed access"), by the language pack's contracted forms."""

from __future__ import annotations

import pytest
from assess_helpers import assess_text, check_finding

TEXT = ("Report of an unannounced inspection of a short-term holding facility, March 2023.\n\n"
        "During our visit we found that detainees {verb} access to their prescribed medication.")


@pytest.mark.parametrize("verb", ["were not allowed", "weren't allowed", "weren’t allowed"])
def test_a_contracted_not_is_as_specific(verb):
    a = assess_text(TEXT.format(verb=verb))
    check_finding(a.findings, "mandela-24", "violation_likely", "an inspector's own finding of medication denied",
                  "reasoning")
