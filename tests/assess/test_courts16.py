"""Court opinions on conditions of confinement (issue 11, courts16): who establishes a fact, at which
stage, and whether the court finds the limits of a qualified rule overstepped.  Short passages of our
own, in the manner of US opinions, each with the finding a careful lawyer gives it.

- A trial court's finding that officers used excessive force (or kept a restraint on "without legitimate
  purpose"), affirmed on appeal, establishes that the force went past what rule 82 allows: likely
  violated; a claim's name ("an excessive force claim"), a finding of no excess, or a finding reversed on
  appeal does not.
- Summary judgment affirmed because the claimant "did not create a genuine issue of material fact" is a
  claim the court rejected; so is what he "sued" the doctor "for": the claim, not the court's finding.
- The court that finds, after an evidentiary hearing, that "the evidence supports the Plaintiffs'" case,
  or a jury's verdict for the plaintiff, credits their allegations: a finding.  A court that could credit
  them does not.  A fact the court tells that a party denies in the next sentence is disputed, a concern
  (not after a trial, where the court's finding stands).
- "Responsible for maintaining sanitary conditions" is a duty, not clean premises; "he refused to take
  his medication" is the patient's refusal, not care withheld; "He claims that ..." reports a claim, it is
  not the procedural noun that voids a denial ("the judge denied his claim").

Each row: (id, text, finding id, expected status, one-line reason).
"""

from __future__ import annotations

import pytest

from assess_helpers import assess_text, check_finding

V, C, I, OK = "violation_likely", "concern", "insufficient_information", "compliant"

CAP = "Okafor v. Lindqvist, No. 4:18-cv-2207 (42 U.S.C. 1983). "

PASSAGES = [
    # --- a finding of excess, for a qualified restriction
    ('bench-trial-excess-affirmed',
     'OPINION. ' + CAP + 'Correctional officers appeal from a judgment entered against them. After a bench trial, '
     'the district court found that the officers had violated Tomas Okafor\u2019s rights by using excessive force '
     'while moving him to another cell. We affirm.',
     'mandela-82', V, "the trial court's finding of excessive force, affirmed: the limits of rule 82 not kept"),
    ('own-finding-no-purpose',
     'MEMORANDUM OPINION. ' + CAP + 'Guards strapped Tomas Okafor to a bed in four-point restraints for thirty '
     'hours after he threw a cup of water. I find that keeping him tied down past the first hour was without '
     'any legitimate purpose.',
     'mandela-48', V, "the court's own finding that the restraint served no purpose: past rule 48's limits"),
    ('force-found-without-excess',
     'OPINION. ' + CAP + 'After a bench trial, the court found that officers used force to move Tomas Okafor '
     'from his cell when he refused to leave it.',
     'mandela-82', C, 'force found, but nothing found of its excess: a concern to check'),
    ('found-no-excess',
     'OPINION. ' + CAP + 'After a bench trial, the court found that the officers did not use excessive force when '
     'they moved Tomas Okafor to another cell.',
     'mandela-82', OK, 'a finding of no excessive force: the court found the standard met, no breach'),
    ('claim-name-only',
     'OPINION. ' + CAP + 'The district court dismissed every claim except an excessive force claim against '
     'Sergeant Lindqvist, who appeals the denial of qualified immunity.',
     'mandela-82', C, "an 'excessive force claim' names the claim: the court found nothing"),
    ('excess-finding-reversed',
     'OPINION. ' + CAP + 'The magistrate judge found that the officers had used excessive force in subduing Tomas '
     'Okafor during a disturbance on the tier. We reverse.',
     'mandela-82', C, 'the finding below, reversed: no more than a concern'),
    # --- summary judgment affirmed: no genuine issue of material fact
    ('no-genuine-issue-affirmed',
     'OPINION. ' + CAP + 'Mara Okafor sued the jail\u2019s physician, Dr. Ilse Lindqvist, for deliberate '
     'indifference to her medical needs. We agree with the district court that Okafor did not create a genuine '
     'issue of material fact as to whether the doctor ignored her symptoms. We therefore affirm.',
     'mandela-24', I, 'summary judgment affirmed for want of a genuine issue: the claim is rejected'),
    ('genuine-issue-exists',
     'OPINION. ' + CAP + 'Mara Okafor sued the jail\u2019s physician, Dr. Ilse Lindqvist, for deliberate '
     'indifference to her medical needs. We conclude that Okafor raised a genuine issue of material fact, and '
     'we reverse.',
     'mandela-24', C, 'a genuine issue raised and the grant reversed: the claim stands, a concern'),
    # --- the court credits the claimant's case after hearing the evidence
    ('evidence-supports-plaintiffs',
     'ORDER. ' + CAP + 'Plaintiffs, civil immigration detainees, allege that they were deprived of adequate food '
     'and drinking water for days in the holding cells.\nFollowing an evidentiary hearing, the Court finds the '
     'evidence supports the Plaintiffs\u2019 declarations and grants the motion for a preliminary injunction.',
     'mandela-22', V, "the court finds the evidence supports the detainees' account: its finding"),
    ('evidence-could-support',
     'ORDER. ' + CAP + 'Plaintiffs, civil immigration detainees, allege that they were deprived of adequate food '
     'and drinking water for days in the holding cells. The Court will hold an evidentiary hearing to decide '
     'whether the evidence supports their account.',
     'mandela-22', C, 'a hearing still to come: the allegation stays a concern'),
    ('jury-verdict-for-plaintiff',
     'OPINION. ' + CAP + 'At trial, the plaintiff testified that guards kept him in a cell without a mattress '
     'for eleven days. The jury returned a verdict for the plaintiff, and we affirm.',
     'mandela-21', V, "the jury's verdict for the plaintiff, affirmed, credits his account: established"),
    ('jury-verdict-for-defendants',
     'OPINION. ' + CAP + 'At trial, the plaintiff testified that guards kept him in a cell without a mattress '
     'for eleven days. The jury returned a verdict for the defendants, and we affirm.',
     'mandela-21', I, 'a verdict for the defendants, affirmed: the claim is rejected'),
    ('jury-verdict-for-named-party',
     'OPINION. ' + CAP + 'At trial, Okafor testified that guards kept him in a cell without a mattress for eleven '
     'days. The jury returned a verdict for Okafor, and we affirm.',
     'mandela-21', V, "a verdict for Okafor by name credits Okafor's own account"),
    ('jury-verdict-for-another-named',
     'OPINION. ' + CAP + 'At trial, Ruiz testified that guards kept him in a cell without a mattress for eleven '
     'days. The jury returned a verdict for Okafor on his separate claim.',
     'mandela-21', C, "a verdict for Okafor credits nothing Ruiz alone alleged"),
    # --- the court tells a fact a party denies at once: disputed, not found
    ('told-then-denied',
     'ORDER. ' + CAP + 'Okafor was held in a cell without a mattress for eleven days. Defendants deny this.',
     'mandela-21', C, "the court tells it, the defendants deny it in the next breath: disputed, a concern"),
    ('told-then-denied-motion',
     'ORDER. ' + CAP + 'Okafor was held in a cell without a mattress for eleven days. Defendants deny the motion '
     'to compel in part.',
     'mandela-21', V, "a denial of a motion is no denial of the fact"),
    ('found-then-denied-after-trial',
     'FINDINGS OF FACT AND CONCLUSIONS OF LAW. ' + CAP + 'After a bench trial, the court finds that Okafor was held '
     'in a cell without a mattress for eleven days. Defendants dispute this, but their witnesses were not credible.',
     'mandela-21', V, "the court's finding after trial stands, whatever the defendants still dispute"),
    ('parties-dispute-whether',
     'OPINION. ' + CAP + 'The parties dispute whether Okafor was held in a cell without a mattress for eleven days.',
     'mandela-21', C, "'dispute whether' tells a disputed claim, not a supposition: a concern"),
    ('defendants-dispute-whether',
     'OPINION. ' + CAP + 'Defendants dispute whether Okafor was held in a cell without a mattress for eleven days.',
     'mandela-21', C, 'the defendants dispute it: a concern, not the court\'s finding'),
    ('question-whether-stays-open',
     'OPINION. ' + CAP + 'The question before the jury will be whether Okafor was held in a cell without a '
     'mattress for eleven days.',
     'mandela-21', None, "a question still to be tried: a supposition, no fact"),
    ('summary-judgment-for-defendants-denied',
     'OPINION. ' + CAP + 'According to Okafor, he was held in a cell without a mattress for eleven days. Summary '
     'judgment for the defendants is denied.',
     'mandela-21', C, 'summary judgment for the defendants denied: the claim goes on, a concern'),
    ('court-reviewed-and-agrees',
     'ORDER. ' + CAP + 'Plaintiffs allege that detainees in the east wing were denied showers for two weeks at a '
     'time. The Court has reviewed the record and agrees with Plaintiffs.',
     'mandela-16', V, 'the court weighs the record and agrees with the claim: its finding'),
    ('defendants-concede-the-point',
     'ORDER. ' + CAP + 'Plaintiffs allege that detainees in the east wing were denied showers for two weeks at a '
     'time. Defendants concede the point.',
     'mandela-16', V, "'concede the point' points back at the claim: admitted"),
    ('court-reviewed-only',
     'ORDER. ' + CAP + 'Plaintiffs allege that detainees in the east wing were denied showers for two weeks at a '
     'time. The Court has reviewed the record and will hold a hearing.',
     'mandela-16', C, 'a court that reviewed the record and agrees with no one credits nothing'),
    # --- a court's finding in words specific enough to fix the shortfall
    ('found-ignored-insulin-requests',
     'FINDINGS OF FACT AND CONCLUSIONS OF LAW. ' + CAP + 'After a bench trial, the Court finds that jail nurses '
     'ignored Okafor\'s requests for insulin for four days.',
     'mandela-24', V, 'requests for insulin ignored, found after trial: specific, likely violated'),
    ('found-concrete-floor',
     'OPINION. ' + CAP + 'After a bench trial, the district court found that the county kept detainees in the '
     'intake area for up to six days, sleeping on the bare concrete floor. We affirm.',
     'mandela-21', V, "'sleeping on the bare concrete floor', found and affirmed: no bed, specific"),
    ('child-by-relative-clause',
     'ORDER. ' + CAP + 'It is undisputed that Okafor, who is sixteen, was held in solitary confinement for 40 days.',
     'mandela-45-2', V, "a child ('who is sixteen') in solitary, undisputed: rule 45(2) breached"),
    ('days-count-no-child',
     'ORDER. ' + CAP + 'It is undisputed that Okafor, who was 16 days in the cell, was held in solitary '
     'confinement.',
     'mandela-45-2', None, "'who was 16 days in the cell' is a count, not an age"),
    # --- a duty is not a state; the patient's refusal is not care withheld
    ('duty-to-maintain-sanitary',
     'MEMORANDUM. ' + CAP + 'Okafor alleges that the toilet of his dormitory overflowed with sewage for two weeks '
     'and that those responsible for maintaining sanitary conditions at the jail knew of it.',
     'mandela-15', C, "the overflowing toilet alleged; 'responsible for maintaining sanitary conditions' is a duty"),
    ('toilet-out-of-service-hyphenated',
     'MEMORANDUM. ' + CAP + 'Okafor asserts that the only toilet of his 30-man dormitory was out-of-service for '
     'three weeks and that it was constantly filled with waste.',
     'mandela-15', C, "a toilet 'out-of-service' and 'filled with waste', alleged: a concern"),
    ('clinicians-regularly-monitored',
     'OPINION. ' + CAP + 'Okafor, who has bipolar disorder, spent eight months in disciplinary segregation. Mental '
     'health professionals regularly monitored his condition and adjusted his medication. He alleges that his '
     'mental health treatment was inadequate.',
     'mandela-46', OK, "clinicians who regularly monitored him, found by the court, outweigh his allegation"),
    ('threshold-for-excessive-force',
     'OPINION. ' + CAP + 'We hold that the officers\u2019 conduct did not exceed the threshold for excessive force.',
     'mandela-82', None, "'the threshold for excessive force' is the law's measure, no force found"),
    ('claims-that-is-a-verb',
     'MEMORANDUM. ' + CAP + 'Okafor claims that Sergeant Lindqvist did not allow him to shower for nine days.',
     'mandela-16', C, "'claims that' reports the allegation; it is no procedural 'claim' that vetoes the denial"),
    ('showers-counted-over-months',
     'MEMORANDUM. ' + CAP + 'Okafor makes the following allegations: since March he has been held in a holding '
     'cell and has been allowed three showers in five months.',
     'mandela-16', C, 'three showers in five months, alleged: fewer than one a week, a concern'),
    ('kept-sanitary-stays',
     'REPORT. The inspectors found that the cells of the west wing were kept in sanitary condition and the toilets '
     'worked.',
     'mandela-15', OK, 'sanitary premises observed: the standard is met'),
]


@pytest.mark.parametrize("text, finding_id, expected, reason",
                         [pytest.param(t, i, s, r, id=f"{n}-{i}") for n, t, i, s, r in PASSAGES])
def test_courts16_posture(text, finding_id, expected, reason):
    findings = assess_text(text).findings
    check_finding(findings, finding_id, expected, reason, "basis")


@pytest.mark.parametrize("sentence, care_withheld", [
    ("Okafor kept breaking the rules, above all when he refused to take his medication.", False),
    ("The nurse noted that she refused to take her insulin on two mornings.", False),
    ("Officers refused to take him to the hospital for three days after the fall.", True),
    ("Deputies did not take her to the clinic although she was vomiting blood.", True),
    ("Guards failed to take the injured man to the infirmary for two days.", True),
])
def test_patient_refusal_is_no_care_withheld(sentence, care_withheld):
    """'Refused to take his medication': the patient's own act; 'refused to take him to the hospital':
    staff keeping him from care."""
    import dignity
    from dignity import ingest

    facts = dignity.extract(ingest.from_text(sentence, date="2026-06-02")).facts
    got = any(f.type == "medical_care" and not f.negated for f in facts)
    assert got == care_withheld, (sentence, [(f.type, f.negated, f.evidence[0].text) for f in facts])


def test_found_excess_words():
    """A finding verb and 'that', then the words of the excess with no negation between."""
    from dignity.assess.catalogue import compiled, shared_patterns

    rx = compiled(shared_patterns()["found_excess_words"])
    assert rx.search("the district court found that the guards had violated his rights by using excessive force")
    assert rx.search("I find that keeping him tied down overnight was without any penological justification")
    assert not rx.search("the jury found that the officers did not use excessive force")
    assert not rx.search("the court dismissed all claims except an excessive force claim")


@pytest.mark.parametrize("sentence, visits", [
    ("This petition concerns two family residential centers, immigration-detention facilities for migrant "
     "parents and their children.", False),
    ("Her family visits were cancelled for a month after the fight.", True),
])
def test_family_residential_center_is_no_family_contact(sentence, visits):
    """'Family residential centers' name a kind of immigration detention, not a family visit."""
    import dignity
    from dignity import ingest

    facts = dignity.extract(ingest.from_text(sentence, date="2026-06-02")).facts
    assert any(f.type == "family_visits" for f in facts) == visits, \
        (sentence, [(f.type, f.negated, f.evidence[0].text) for f in facts])
