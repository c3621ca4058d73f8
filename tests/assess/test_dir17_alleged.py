"""Legal test table, round dir17 (issue 11): a finding is ``violation_likely`` only where its facts are
established, whoever's voice the sentence is told in.

Sentences of our own (names, places and numbers invented), each with the finding it must give (rule, status;
None: no finding of that rule) and a one-line reason.  The rows come from the causes found by the directional
benchmark (``benchmarks/directional.py``, voices "alleged" and "hedged"): an epistemic frame ("it is
conceivable that", "it remains unclear whether") whose scope stopped after a few words, or at a colon, a dash or
a comma inside the clause it frames; a finding, an observation or an admission told inside one party's claim
("the inmate's mother claims that the court found ...") read as the court's, the inspectors' or the
authorities' own; a court's crediting of a claim told inside another claim ("the plaintiff contends that the
court credited his testimony") read as the court's credit; a report voiced by no one named ("there are
unverified rumours that") that gave way to the finding verb after it.  The traps: the same facts stated by the
court, the inspectors or the author in their own voice stay established.
"""

from __future__ import annotations

import pytest
from assess_helpers import assess_text, check_finding

V, C = "violation_likely", "concern"

_CROWDED = "the cells at Orsk prison held six men in a space built for two"
_ALONE = "Ivan Sorokin was held in solitary confinement at Orsk prison for 40 days"
_CAPTION = "Ivan Sorokin v. Orsk County, No. 12-345. "

# (id, text, finding id, expected status, reason)
ROWS = [
    # --- an epistemic frame: what follows is possible, unknown or unverified, never established -------------
    ("conceivable-that", "Report of the visit. It is conceivable that guards at Orsk prison beat the detainees "
     "with batons every night.", "mandela-1", None,
     "a possibility the writer raises is no fact: nothing to grade"),
    ("may-be-the-case-colon", f"Report of the visit. It might well be the case that {_CROWDED}: the toilets did "
     "not work, and there was no ventilation.", "mandela-13", None,
     "the frame reaches over the colon and the comma: the whole list is a possibility"),
    ("unclear-whether-found", "Report of the visit. It remains unclear whether the inspectors found that inmates "
     "at Orsk prison slept on the floor for lack of beds.", "mandela-21", None,
     "unclear whether the inspectors found it: their finding itself is in doubt"),
    ("not-confirmed-whether", "Report of the visit. It has not been independently confirmed whether, during the "
     "long winter of 2024 in the eastern wing, Ivan Sorokin was held in solitary confinement at Orsk prison for 40 "
     "days.", "mandela-43-1-b", None, "what could not be confirmed is not established, however far the clause runs"),
    ("possibly-opening", "Report of the visit. Possibly, in the eastern wing of Orsk prison during the long winter of "
     "2024, the cells held six men in a space built for two.", "mandela-13", None,
     "an opening 'possibly' frames its whole sentence"),
    ("real-possibility-that", f"Report of the visit. There is a real possibility that {_CROWDED}.", "mandela-13",
     None, "a possibility named as a noun frames the clause after it"),
    ("trap-clear-that", f"Report of the visit. It is clear that {_CROWDED}.", "mandela-13", V,
     "counter-example: what the author holds clear is the author's own finding"),
    ("trap-perhaps-ranks", "Report of the visit. Perhaps the worst cell at Orsk prison held six men in a space "
     "built for two.", "mandela-13", V,
     "counter-example: 'perhaps the worst' ranks a cell the author describes; it does not doubt it"),
    ("trap-frame-then-finding", "Report of the visit. It is possible that Ivan Sorokin was beaten, but the "
     "inspectors found that he was held in solitary confinement at Orsk prison for 40 days.", "mandela-43-1-b", V,
     "counter-example: the inspectors' own finding after 'but' is outside the frame"),
    # --- a finding, an observation or an admission told inside one party's claim is that party's claim ------
    ("claims-court-found", f"The inmate's mother claims that the court found that {_ALONE}.", "mandela-43-1-b", C,
     "the court's finding is only what one party says it is: one source"),
    ("according-inspectors-observed", f"According to a former inmate, the inspectors observed that {_CROWDED}.",
     "mandela-13", C, "an inspection relayed by one former inmate is his account, not the inspectors' report"),
    ("asserts-governor-admitted", "His lawyer asserts that the prison governor admitted that guards beat the "
     "inmates of Orsk prison with batons.", "mandela-1", C,
     "an admission a party's lawyer says was made is the lawyer's claim, not an admission on record"),
    ("contends-court-credited", _CAPTION + "Plaintiff testified that he was held in solitary confinement for 40 "
     "days. The plaintiff contends that the court credited his testimony.", "mandela-43-1-b", C,
     "the court's credit is the plaintiff's contention: his testimony stays one source"),
    ("rumoured-court-found", f"It is rumoured that the court found that {_ALONE}.", "mandela-43-1-b", C,
     "a rumour of a finding is a rumour: relayed, one source"),
    ("unverified-rumours-inspectors-saw", "There are unverified rumours that the inspectors saw inmates at Orsk "
     "prison sleeping on the floor for lack of beds.", "mandela-21", C,
     "what no one named says the inspectors saw is hearsay"),
    ("trap-court-found", f"The court found that {_ALONE}.", "mandela-43-1-b", V,
     "counter-example: the court's own finding is established"),
    ("trap-claim-then-court-finds", "The plaintiff alleges that he was beaten by guards; the court found that he "
     "was held in solitary confinement at Orsk prison for 40 days.", "mandela-43-1-b", V,
     "counter-example: after the semicolon the court speaks in its own clause"),
    ("trap-court-credited-testimony", "The court credited the plaintiff's testimony that he was held in solitary "
     "confinement at Orsk prison for 40 days.", "mandela-43-1-b", V,
     "counter-example: testimony the court credits is established"),
    ("trap-testified-and-court-credited", _CAPTION + "Plaintiff testified that he was held in solitary confinement "
     "for 40 days, and the court credited his testimony.", "mandela-43-1-b", V,
     "counter-example: the court's credit in a clause of its own after the claim stands"),
    ("trap-own-observation", f"Report of our visit. We observed that {_CROWDED}.", "mandela-13", V,
     "counter-example: the author's own observation on a visit is established"),
]


@pytest.mark.parametrize("text, finding_id, expected, reason",
                         [pytest.param(t, i, s, r, id=n) for n, t, i, s, r in ROWS])
def test_legal_table_dir17(text, finding_id, expected, reason):
    check_finding(assess_text(text).findings, finding_id, expected, reason, "basis")


def test_rows_have_reasons_and_unique_ids():
    ids = [r[0] for r in ROWS]
    assert len(ids) == len(set(ids))
    assert all(r[4] for r in ROWS)
