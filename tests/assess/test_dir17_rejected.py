"""A claim the court or a monitoring body rejected gives no breach finding (issue 11, dir17): the rejection
frame ("rejected as not credible the claim that", "found no evidence that", "was not persuaded by his
assertion that", "did not believe her testimony that", "could not establish that", "found unsupported the
allegation that") governs the claim after it, in any document.  What the claim says is neither the author's
word nor a fact found false: it is a claim rejected (``rejected_by``), so the rule says insufficient
information and names the rejection, never a breach and never "compliant".

Traps: a court that rejects a denial ("the defendants' claim that the cells were adequately ventilated")
gives no all-clear; a motion "to dismiss the claim that" judges the law, not the facts; the court's own
finding ("the court found that") and its finding after the rejection stay established.

The observed voice: when an inspection saw a thing ("during their visit") is not who visited; the family's
visits it saw cut are still a fact (compose.yaml's family-visit ``unless``), while the monitor refused entry is
no family visit.

Each row: (text, rule, expected status, one-line reason).  Sentences of our own.
"""

from __future__ import annotations

import pytest

from assess_helpers import assess_text

V, C, I, OK = "violation_likely", "concern", "insufficient_information", "compliant"
_SEVERITY = [V, C, I, OK]


def _status(findings, rule: str) -> str | None:
    """The most severe status of the rule's findings (None: no finding of the rule)."""
    got = [str(f.status) for f in findings if f.rule == rule]
    return min(got, key=_SEVERITY.index) if got else None


ROWS = [
    # --- rejected / dismissed as not credible
    ("The tribunal rejected as not credible the claim that Mr. Oyelaran was kept alone in a punishment cell "
     "for 23 hours a day for eighteen months.",
     "mandela-43-1-b", I, "a rejected claim of prolonged isolation: no breach, the finding says it was rejected"),
    ("The judge rejected as not credible her claim that two guards struck her with batons.",
     "mandela-82", I, "a rejected claim of force is no statement that no force was used: not compliant"),
    ("The court dismissed as unfounded the prisoner's allegation that his cell had no window and no heating.",
     "mandela-13", I, "dismissed as unfounded: a rejected claim, no breach"),
    # --- found no evidence that
    ("The magistrate found no evidence that the wing was overcrowded, with three men sharing each cell.",
     "mandela-13", I, "no evidence found of the claim: not established, and not found false either"),
    ("The judge found no evidence that guards kicked the detainee during the transfer.",
     "mandela-82", I, "found no evidence of force: a claim not proven, not a finding that no force was used"),
    # --- not persuaded by / did not believe / declined to credit
    ("The tribunal was not persuaded by the applicant's account that he was denied drinking water for three days.",
     "mandela-22", I, "not persuaded by his account: the claim rejected"),
    ("The jury did not believe the inmate's testimony that officers beat him in the shower.",
     "mandela-82", I, "a jury that did not believe the testimony rejects it"),
    ("The court declined to credit his claim that the lights in his cell were never switched off.",
     "mandela-43-1-c", I, "declined to credit: rejected, no breach"),
    # --- found unsupported / unsubstantiated
    ("The panel found unsubstantiated the allegation that the women were strip-searched by male officers.",
     "mandela-52", I, "found unsubstantiated: rejected"),
    # --- could not establish
    ("The plaintiff could not establish that he was held in isolation for more than a year.",
     "mandela-43-1-b", I, "a claimant who could not establish the claim: not proven, no breach"),
    # --- traps: a rejected denial is no all-clear
    ("The court rejected the defendants' claim that the cells were adequately ventilated.",
     "mandela-13", I, "rejecting a denial of the breach supports it: never compliant"),
    # --- traps: a motion to dismiss judges the law, not the facts
    ("The court rejected the motion to dismiss the claim that he was beaten by guards.",
     "mandela-82", C, "a motion to dismiss denied: the claim stands as a claim, a concern"),
    # --- traps: the court's own finding stays established
    ("The court found that he was held in solitary confinement for 23 hours a day for two years.",
     "mandela-43-1-b", V, "the court's own finding of prolonged solitary confinement: established"),
    ("The court rejected the claim that he was beaten, but found that he was held in solitary confinement "
     "for 23 hours a day for two years.",
     "mandela-43-1-b", V, "the finding after the rejected claim is the court's own: still established"),
    ("The court rejected the claim that he was beaten; it found that he was held in solitary confinement "
     "for 23 hours a day for two years.",
     "mandela-82", I, "the rejected claim of force before the court's own finding: no breach"),
    # --- traps: a rejection that is the detainee's, not a court's
    ("He rejected the food because it was rotten.",
     "mandela-22", V, "a detainee who rejects rotten food is no court rejecting a claim: the author's word stands"),
]


@pytest.mark.parametrize("text,rule,expected,reason", ROWS, ids=[r[1] + ":" + r[0][:40] for r in ROWS])
def test_dir17_rejected(text, rule, expected, reason):
    findings = assess_text(text).findings
    got = _status(findings, rule)
    assert got == expected, (reason, [(f.rule, str(f.status)) for f in findings])


def test_rejected_claim_is_said_rejected_and_not_the_authors():
    """The finding says the claim was rejected and by whom; the facts are the claimant's, not the author's."""
    result = assess_text("The court was not persuaded by the warden's statement that the prisoner's cell "
                         "was infested with rats.")
    facts = [f for f in result.facts if f.qualifiers.get("rejected_by")]
    assert facts and all(f.attributed_to not in ("the author", "the court") for f in facts), \
        [(f.type, f.attributed_to, f.qualifiers) for f in result.facts]
    assert all(not f.negated for f in facts)
    reasons = [f.reasoning for f in result.findings if f.facts and set(f.facts) & {x.id for x in facts}]
    assert reasons and all("rejected" in r for r in reasons), reasons


OBSERVED = [
    ("The inspectors observed during their visit that prisoners who break the rules are not permitted to receive "
     "any visitors.",
     "mandela-43-3", C, "family visits cut, seen by the inspectors on their visit: no sanction named, a concern"),
    ("During the visit, the inspectors saw that men in the punishment block were allowed no family visits at all.",
     "mandela-43-3", V, "the time of the monitor's visit is not its visit: family visits cut in a punishment block, "
                       "seen by the inspectors"),
    # trap: the monitor as the visitor
    ("During the visit, the delegation was refused access to the isolation wing.",
     "mandela-43-3", None, "the delegation refused entry: no family visit at all"),
]


@pytest.mark.parametrize("text,rule,expected,reason", OBSERVED, ids=[r[0][:40] for r in OBSERVED])
def test_dir17_observed(text, rule, expected, reason):
    findings = assess_text(text).findings
    got = _status(findings, rule)
    assert got == expected, (reason, [(f.rule, str(f.status)) for f in findings])
