"""An agency's name, or a heading in capitals, is never the detainee's (sentences written for this test).

"Immigration and Customs Enforcement", "U.S. Customs and Border Protection", "the Drug Enforcement
Administration" are two or more capitalised words, as a person's introduction is; their words are the
pack's organisation words, so no fact's subject becomes "Customs Enforcement".
"""

from __future__ import annotations

import pytest

import dignity


@pytest.mark.parametrize("text", [
    "Mr. Lee, a detainee in the custody of Immigration and Customs Enforcement, alleges that the facility was cold. "
    "Immigration and Customs Enforcement denies it.",
    "She was held by U.S. Customs and Border Protection in a cell that was freezing. Customs and Border Protection "
    "kept the lights on all night.",
    "The Drug Enforcement Administration held him in a room without a window. The Drug Enforcement Administration "
    "says the room was temporary.",
])
def test_agency_is_no_subject(text: str) -> None:
    facts = dignity.extract(text).facts
    assert facts
    for f in facts:
        low = f.subject.lower()
        assert not any(w in low for w in ("enforcement", "customs", "border protection", "administration")), f.subject


def test_a_heading_in_capitals_is_no_person() -> None:
    text = ("UNITED STATES DISTRICT COURT. FINDINGS OF FACT. The Court finds that officers left the plaintiff "
            "naked in a strip cell with a toilet that overflowed for four days. CONCLUSIONS OF LAW. The "
            "conditions violated the Eighth Amendment.")
    subjects = {f.subject.lower() for f in dignity.extract(text).facts}
    assert subjects and not any("findings" in s or "conclusions" in s for s in subjects), subjects
