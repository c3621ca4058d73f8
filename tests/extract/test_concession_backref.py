"""A concession whose clause only points back concedes the claim before it (sentences written for this test).

"Defendants do not dispute that he was so confined" names no condition of its own: it answers the
plaintiff's allegation in the sentence before, which the court then takes as found (asserted).  A
concession with a clause of its own ("It is undisputed that the cell had no window") reaches that clause
only, and the allegation before it stays the plaintiff's.
"""

from __future__ import annotations

import dignity

HEAD = "UNITED STATES COURT OF APPEALS FOR THE SEVENTH CIRCUIT. OPINION. "


def _certainty(text: str, type_: str) -> set[str]:
    return {f.certainty for f in dignity.extract(HEAD + text).facts if f.type == type_}


def test_so_confined_concedes_the_claim_before() -> None:
    text = ("Plaintiff alleges that he was confined to his cell for 23 hours a day for eighteen months. "
            "Defendants do not dispute that he was so confined.")
    assert _certainty(text, "confinement_hours") == {"asserted"}


def test_thus_held_concedes_the_claim_before() -> None:
    text = ("Plaintiff alleges that he was kept in a cell lit twenty-four hours a day. "
            "The defendants concede that he was thus held.")
    assert _certainty(text, "constant_light") == {"asserted"}


def test_a_clause_of_its_own_reaches_that_clause_only() -> None:
    text = "Plaintiff alleges that the cell was infested with rats. It is undisputed that the cell had no window."
    assert _certainty(text, "no_natural_light") == {"asserted"}
    assert _certainty(text, "hygiene") == {"alleged"}


def test_without_a_concession_the_claim_stays_alleged() -> None:
    text = ("Plaintiff alleges that he was confined to his cell for 23 hours a day for eighteen months. "
            "Defendants dispute that he was so confined.")
    assert "asserted" not in _certainty(text, "confinement_hours")
