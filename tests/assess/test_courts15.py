"""Procedural posture and who establishes a fact in a court opinion (issue 11, courts15): short passages
of our own in the manner of US and European court decisions, each with the finding a careful lawyer
gives it.

What the court itself finds (after a trial or hearing, undisputed, admitted, its own conclusion on the
conditions) is established; what a complaint alleges, a screening or a class-certification motion
recites, or a party's own statement of facts says, is a concern; a claim the court rules against
(the defendants' motion granted, the claims dismissed, "we find no evidence") gives
insufficient_information, unless the ruling is under appeal and not affirmed or grants only "in part".
A court's own conclusion that conditions amount to ill-treatment or break the law that forbids it
(the Eighth Amendment, Article 3, due process for the untried) is rule 1, likely violated.

Each row: (id, text, finding id, expected status, one-line reason).
"""

from __future__ import annotations

import pytest

from assess_helpers import assess_text, check_finding

V, C, I, OK = "violation_likely", "concern", "insufficient_information", "compliant"

CAP = "Amadi v. Rourke County, No. 2:19-cv-0883 (42 U.S.C. 1983). "

ECHR_CELL = ('CASE OF MARKOVI\u0106 v. SERBIA (Application no. 40117/16). JUDGMENT. The applicant shared a cell '
             'of 9 m\u00b2 with one other prisoner, giving each 4.5 m\u00b2. The toilet was not partitioned off, '
             'and the ventilation and lighting of the cell were very poor. He spent most of the day locked in the '
             'cell. The Court considered that the cumulative effect of these conditions amounted to degrading '
             'treatment in violation of Article 3 of the Convention.')

PASSAGES = [
    # --- the ruling for the defendants told as an act: the claim is rejected
    ('sj-granted-by-lower-affirmed',
     'OPINION. ' + CAP + 'Amadi alleges that the showers in his unit were black with mold and never cleaned '
     'for a year. The district court granted the defendants\u2019 motion for summary judgment. Amadi '
     'appeals. We affirm.',
     'mandela-17', I, "the lower court's grant for the defendants, affirmed: a rejected claim"),
    ('sj-granted-by-lower-reversed',
     'OPINION. ' + CAP + 'Amadi alleges that the showers in his unit were black with mold and never cleaned '
     'for a year. The district court granted the defendants\u2019 motion for summary judgment. We '
     'reverse and remand.',
     'mandela-17', C, 'the grant is reversed: the allegation stands, a concern'),
    ('first-person-grant',
     'MEMORANDUM. ' + CAP + "Amadi says the showers in his unit were black with mold and never cleaned for a "
     "year. Before me is Defendants' motion to dismiss. For the reasons below, I will grant Defendants' "
     'motion.',
     'mandela-17', I, "the judge grants the defendants' motion: a rejected claim"),
    ('court-dismisses-the-claims',
     'MEMORANDUM. ' + CAP + 'Amadi complains that the showers in his unit were black with mold and never '
     'cleaned for a year. The Court will grant the motion in part and dismiss the conditions of confinement '
     'claims.',
     'mandela-17', I, 'the court dismisses the conditions claims itself'),
    ('bare-motion-granted',
     'ORDER. ' + CAP + "Amadi alleges that the showers in his unit were black with mold and never cleaned for "
     "a year. This matter is before the Court on Defendants' motion for summary judgment. For the reasons "
     'stated below, the motion is granted.',
     'mandela-17', I, "'the motion is granted' right after naming the defendants' motion"),
    ('we-will-grant-the-motion',
     'MEMORANDUM. ' + CAP + "Amadi alleges that after a cell search guards left him without a mattress, sleeping on "
     "the bare concrete floor, for nine days. Now before the court is defendants' motion for summary "
     'judgment. For the following reasons we will grant the motion.',
     'mandela-21', I, "'we will grant the motion' right after naming the defendants' motion"),
    ('defendants-motion-will-be-granted',
     'DECISION AND ORDER. ' + CAP + "Amadi alleges that after a cell search guards left him without a mattress, "
     "sleeping on the bare concrete floor, for nine days. Plaintiff's motions will be denied and Defendants' "
     'motion will be granted.',
     'mandela-21', I, "the defendants' motion granted, whatever it is called"),
    ('defendants-motion-to-strike',
     'DECISION AND ORDER. ' + CAP + "Amadi alleges that after a cell search guards left him without a mattress, "
     "sleeping on the bare concrete floor, for nine days. Defendants' motion to strike is granted.",
     'mandela-21', C, 'a motion to strike decides no claim'),
    ('grant-in-part-leaves-claim',
     'ORDER. ' + CAP + "Amadi alleges that the showers in his unit were black with mold and never cleaned for "
     "a year. Defendants' motion for summary judgment is granted in part and denied in part.",
     'mandela-17', C, 'a partial grant does not say this claim fell: still an allegation'),
    ('appeal-from-grant',
     'OPINION. ' + CAP + "Amadi appeals from the order granting defendants' motion for summary judgment. He "
     'alleges that the showers in his unit were black with mold and never cleaned for a year.',
     'mandela-17', C, 'an appeal from the grant: under review, not affirmed'),
    ('lower-grant-did-not-err',
     'OPINION. ' + CAP + 'Amadi alleges that the showers in his unit were black with mold and never cleaned '
     'for a year. The district court granted summary judgment to the defendants. The district court did not '
     'err in granting summary judgment.',
     'mandela-17', I, "the grant below, held right on appeal: a rejected claim"),
    ('lower-properly-dismissed',
     'OPINION. ' + CAP + 'Amadi alleges that the showers in his unit were black with mold and never cleaned '
     'for a year. The district court properly dismissed the complaint.',
     'mandela-17', I, "'properly dismissed': the dismissal is upheld"),
    ('grant-on-another-claim',
     'OPINION. ' + CAP + 'Amadi alleges that the showers in his unit were black with mold and never cleaned '
     'for a year. The district court granted summary judgment to the defendants on the retaliation claim.',
     'mandela-17', C, 'a grant on another named claim leaves this allegation standing'),
    ('court-finds-no-evidence',
     'OPINION. ' + CAP + 'Amadi claims that his cell had no toilet for ten days. We find no evidence in the '
     'record to support that claim.',
     'mandela-15', I, "the court finds no evidence for the claim: rejected"),
    # --- postures where the court recites, not finds: concern
    ('screening-1915e',
     'ORDER. ' + CAP + 'Amadi, proceeding pro se, sues the jailers. Under 28 U.S.C. \u00a7 1915(e) the Court '
     'must review the complaint. Amadi was kept in a cell with no toilet and no running water for ten days.',
     'mandela-15', C, 'screening a complaint: its allegations are not found'),
    ('class-certification',
     'ORDER. ' + CAP + "Before the Court is Plaintiffs' motion for class certification. Plaintiffs are men held "
     'in the county jail. They are confined to cells with no toilet and no running water for days at a time.',
     'mandela-15', C, 'a motion for class certification finds no merits facts'),
    ('party-statement-of-facts',
     'MEMORANDUM OPINION. ' + CAP + "PLAINTIFF'S STATEMENT OF FACTS\nAmadi was kept in a cell with no toilet "
     'and no running water for ten days.',
     'mandela-15', C, "the plaintiff's own statement of facts is his account"),
    ('qi-interlocutory-appeal',
     'OPINION. ' + CAP + 'The guards filed a motion for summary judgment asserting a qualified immunity defense. '
     'The district judge denied the motion and the defendants appeal.\n\nAmadi was kept in a cell with no '
     'toilet and no running water for ten days.',
     'mandela-15', C, "an interlocutory appeal from a denial of qualified immunity takes the plaintiff's facts"),
    ('echr-applicant-account',
     'CASE OF MARKOVI\u0106 v. SERBIA (Application no. 40117/16). JUDGMENT.\n12. The parties presented '
     "different accounts of the conditions of detention.\n1. The applicant's account\n13. The cell had no "
     'toilet and no running water for ten days.',
     'mandela-15', C, "under the heading of the applicant's account: his version"),
    ('echr-court-finds',
     'CASE OF MARKOVI\u0106 v. SERBIA (Application no. 40117/16). JUDGMENT.\n40. The Court finds that the '
     'applicant was kept in a cell with no toilet and no running water for ten days.',
     'mandela-15', V, "the Court's own finding"),
    ('jury-could-find',
     'ORDER. ' + CAP + 'A reasonable jury could find that Amadi was kept in a cell with no toilet and no running '
     'water for ten days.',
     'mandela-15', C, 'what a jury could find is not found'),
    ('there-is-evidence',
     'ORDER. ' + CAP + 'Defendants move for summary judgment. There is evidence in the record that Amadi was kept '
     'in a cell with no toilet and no running water for ten days.',
     'mandela-15', C, 'evidence of a fact at summary judgment is not the fact found'),
    ('magistrate-after-hearing-adopted',
     'ORDER. ' + CAP + 'The magistrate judge found, after an evidentiary hearing, that Amadi was kept in a cell '
     'with no toilet and no running water for ten days. The Court adopts the report and recommendation.',
     'mandela-15', V, "a finding after a hearing, adopted by the court"),
    # --- established by the court: likely violated
    ('undisputed-on-sj',
     'ORDER. ' + CAP + 'Defendants move for summary judgment. It is undisputed that Amadi was kept in a cell '
     'with no toilet and no running water for ten days.',
     'mandela-15', V, 'undisputed on the record: established even at summary judgment'),
    ('defendants-concede',
     'ORDER. ' + CAP + 'Defendants concede that Amadi was kept in a cell with no toilet and no running water '
     'for ten days.',
     'mandela-15', V, 'an admission by the authorities'),
    # --- a court's conclusion that the conditions break the law: rule 1
    ('conclusion-eighth-amendment',
     'FINDINGS OF FACT AND CONCLUSIONS OF LAW. ' + CAP + 'The cells of the east block have no toilets, no '
     'running water and no heat, and the men sleep on the concrete without mattresses. These conditions '
     'violate the Eighth Amendment.',
     'mandela-1', V, "the court's own conclusion after trial that the conditions are cruel and unusual"),
    ('conclusion-due-process',
     'FINDINGS OF FACT AND CONCLUSIONS OF LAW. ' + CAP + 'Pretrial detainees in the east block sleep on the '
     'floor without mattresses in cells with no running water. The Court concludes that these conditions '
     'amount to punishment of pretrial detainees in violation of the Due Process Clause.',
     'mandela-1', V, 'for the untried, conditions that are punishment break due process: rule 1'),
    ('conclusion-overcrowding',
     'FINDINGS OF FACT AND CONCLUSIONS OF LAW. ' + CAP + 'The jail, built for 80 inmates, held 230 on the day '
     'of trial. The Court finds that the overcrowding at the jail violates the Eighth Amendment.',
     'mandela-1', V, "the court holds the overcrowding itself cruel and unusual"),
    ('article-3-weighed',
     ECHR_CELL,
     'mandela-1', V, 'the court weighed space against the rest and found degrading treatment'),
    ('article-3-weighed-13',
     ECHR_CELL,
     'mandela-13', V, 'the adequate space the court weighed does not cap its finding at a concern'),
    # --- traps: no conclusion of the court
    ('alleged-violation-is-no-conclusion',
     'MEMORANDUM. ' + CAP + 'Defendants move to dismiss. Amadi alleges that he slept on the floor without a '
     'mattress in a cell with no running water and no heat for a month, and that these conditions violate '
     'the Eighth Amendment.',
     'mandela-1', C, "the plaintiff's claim that the conditions are unlawful is no finding"),
]


@pytest.mark.parametrize("text, finding_id, expected, reason",
                         [pytest.param(t, i, s, r, id=f"{n}-{i}") for n, t, i, s, r in PASSAGES])
def test_courts15_posture(text, finding_id, expected, reason):
    findings = assess_text(text).findings
    check_finding(findings, finding_id, expected, reason, "basis")


def test_rejected_claim_words_grant_told_as_an_act():
    """The grant for the defendants told as an act is a ruling against the claim; a grant 'in part' or
    a plaintiff's motion granted is not."""
    from dignity.assess.engine import _words

    rx = _words("rejected_claim_words", "en")
    assert rx.search("The district court granted the defendants' motion for summary judgment.")
    assert rx.search("For the following reasons, I will grant Defendants' motion.")
    assert rx.search("The Court will grant the motion in part and dismiss the conditions of confinement claims.")
    assert not rx.search("Defendants' motion for summary judgment is granted in part and denied in part.")
    assert not rx.search("The court granted plaintiffs' motion for a preliminary injunction.")
    assert not rx.search("The court will dismiss the complaint without prejudice.")
