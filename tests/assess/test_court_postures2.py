"""Court postures, second set (issue 11): short passages of our own in the manner of US court opinions of
several eras and stages, each with the finding the corpus's labelling convention gives.

The convention read from the labelled court passages: a fact the court itself finds (a bench trial's
findings of fact, a jury's verdict, an appellate court affirming them, an undisputed fact) is
established; what it only views in the plaintiff's favour (summary judgment denied, "a reasonable jury
could find"), takes as true (a motion to dismiss, a screening), assumes for an appeal, or recites from a
complaint or a consent decree (which admits nothing) is not, and gives a concern; a claim the court
rejects on the record gives insufficient_information.

Each row: (id, text, finding id, expected status, one-line reason).
"""

from __future__ import annotations

import pytest

from assess_helpers import assess_text, check_finding

V, C, I, OK = "violation_likely", "concern", "insufficient_information", "compliant"

CAP = "Okafor v. Brandt County, No. 3:21-cv-0417 (42 U.S.C. 1983). "
#: a majority long enough that a separate opinion after it is not the document's only opinion
MAJORITY = ("Okafor appeals the dismissal of his claims. He argues that the district court erred in finding "
            "the claims time-barred; the limitations period, he says, was tolled while he exhausted. " * 3
            + "We disagree. The judgment is affirmed.")

PASSAGES = [
    # --- bench trial findings: established
    ('bench-toilet',
     'FINDINGS OF FACT AND CONCLUSIONS OF LAW. ' + CAP + 'Having heard the testimony, the Court finds that '
     'detainees in the west block were kept in cells with no working toilet for up to nine days.',
     'mandela-15', V, "the court's own finding after trial"),
    ('bench-crowding',
     'MEMORANDUM OPINION. ' + CAP + 'After a six-day bench trial, the Court finds that the jail, built for 240 '
     'inmates, held 610 on the census date, and that 150 of them slept on the floor.',
     'mandela-13', V, 'a trial finding of double occupancy, specific'),
    ('bench-yard',
     'FINDINGS OF FACT. ' + CAP + 'After trial, the Court finds that inmates in the Annex received no outdoor '
     'exercise at all during the eighteen months at issue.',
     'mandela-23', V, 'a trial finding: no outdoor exercise for eighteen months'),
    # --- summary judgment denied, plaintiff's version: concern
    ('sj-denied-cold',
     'MEMORANDUM AND ORDER. ' + CAP + "Before the Court is defendants' motion for summary judgment. Viewing the "
     'evidence in the light most favorable to Okafor, he was held in a cell without heat for three weeks '
     'in February. A reasonable jury could find these conditions unconstitutional. The motion is denied.',
     'mandela-13', C, "the plaintiff's version on summary judgment: not found"),
    ('sj-denied-reasonable-jury',
     'OPINION AND ORDER. ' + CAP + 'Defendants move for summary judgment. Okafor testified that he was kept in '
     'his cell for 23 hours a day for seven months without any meaningful contact. Drawing all '
     "reasonable inferences in the plaintiff's favor, a reasonable jury could find that this confinement "
     'was punitive. Summary judgment is denied.',
     'mandela-43-1-b', C, "summary judgment denied on the plaintiff's testimony: a concern"),
    ('sj-denied-dispute',
     'ORDER. ' + CAP + 'Okafor states that he was denied a mattress for 35 days; defendants say he had one. '
     'This genuine dispute of material fact precludes summary judgment.',
     'mandela-21', C, 'a genuine dispute of fact: not found'),
    # --- motion to dismiss / screening: concern
    ('mtd-allegations',
     'MEMORANDUM. ' + CAP + 'Defendants move to dismiss. Okafor alleges that he was placed in restraints on a '
     'bench for 30 hours without access to a toilet. Taking these allegations as true, he states a claim.',
     'mandela-47', C, 'allegations taken as true'),
    ('screening-1915A',
     'SCREENING ORDER. ' + CAP + 'The Court screens the complaint under 28 U.S.C. 1915A. Plaintiff alleges he '
     'was denied all visits from his family for ten months as punishment. Liberally construed, the '
     'complaint states a claim.',
     'mandela-43-3', C, 'a screening of the complaint: allegations'),
    # --- preliminary injunction: the court's findings of fact for the injunction
    ('pi-granted-findings',
     'MEMORANDUM OPINION AND ORDER. ' + CAP + 'After an evidentiary hearing, the Court makes the following '
     'findings of fact. The temperature in the housing units exceeded 100 degrees on 40 days last '
     'summer, and no fans or cooling were provided. Plaintiffs are likely to succeed on the merits, and '
     'the motion for a preliminary injunction is granted.',
     'mandela-13', V, 'findings of fact after an evidentiary hearing, for the injunction'),
    # --- appeal
    ('appeal-affirm',
     'OPINION. ' + CAP + 'The district court found, after a bench trial, that women in the jail were denied '
     'any outdoor recreation for months at a time. That finding is amply supported by the record. '
     'Affirmed.',
     'mandela-23', V, 'a bench-trial finding the appeal affirms'),
    ('appeal-assume',
     'OPINION. ' + CAP + 'For purposes of this appeal, we assume that Okafor was kept in a dark cell with no '
     'window for four months.',
     'mandela-14', C, 'assumed for the appeal: not found'),
    ('appeal-reverse-sj',
     'OPINION. ' + CAP + 'The district court granted summary judgment to the jail. Okafor swore that he was '
     'denied toilet paper and soap for six weeks. Taking the facts in his favor, that evidence creates '
     'a triable issue. Reversed and remanded.',
     'mandela-18', C, 'reversed for trial: the facts are his version'),
    # --- claims rejected: insufficient_information
    ('rejected-exercise',
     'MEMORANDUM OPINION. ' + CAP + 'Okafor claims he was denied outdoor exercise. The undisputed record shows he '
     'was offered an hour in the yard five days a week and declined. Summary judgment is granted for '
     'defendants.',
     'mandela-23', I, 'a claim the court ruled against'),
    # --- consent decree: no admission
    ('decree-recital',
     'CONSENT DECREE. ' + CAP + 'Plaintiffs allege that detainees at the county jail were held in '
     'overcrowded cells and slept on the floor. Defendants deny these allegations, and nothing in this '
     'decree is an admission of liability.',
     'mandela-13', C, 'a consent decree recital: allegations, denied'),
    # --- habeas: petitioner's account
    ('habeas-petition',
     'MEMORANDUM. ' + CAP + 'Petitioner, a civil detainee, contends in his habeas petition that he has been '
     'held in solitary confinement for 22 hours a day for five months.',
     'mandela-43-1-b', C, "the petitioner's contention"),
    # --- facts the court finds, in other words: established
    ('stipulated',
     'OPINION. ' + CAP + 'The parties stipulated that the jail, designed for 120 detainees, held 290 on the day '
     'of the inspection, and that detainees slept on mattresses on the floor.',
     'mandela-13', V, 'stipulated facts: not in dispute'),
    ('conceded',
     'MEMORANDUM OPINION. ' + CAP + 'Defendants concede that detainees in the holding cells had no access to '
     'outdoor exercise for the first 45 days of their confinement.',
     'mandela-23', V, "the defendants' concession"),
    ('trial-evidence-established',
     'OPINION. ' + CAP + 'The evidence at trial established that the cells had no windows and that detainees '
     'never saw daylight for months.',
     'mandela-14', V, 'what the trial evidence established'),
    ('era-evidence-shows',
     'MEMORANDUM OPINION. ' + CAP + 'The evidence shows that the jail was infested with rats and roaches, that '
     'the toilets in the cellblock overflowed weekly, and that inmates were given no soap.',
     'mandela-15', V, "an older opinion's own account of the evidence"),
    ('affirm-we-agree',
     'OPINION. ' + CAP + 'We agree with the district court that the prison kept inmates in the hole without any '
     'outdoor exercise for periods of more than a year. The judgment is affirmed.',
     'mandela-23', V, 'the appeal adopts the trial finding'),
    ('habeas-hearing-finding',
     'OPINION. ' + CAP + 'Following an evidentiary hearing on the habeas petition, the court finds that '
     'petitioner has been held in isolation for 22 hours a day for five months.',
     'mandela-43-1-b', V, "the habeas court's own finding after a hearing"),
    # --- conditions held constitutional: the Mandela Rules keep their own floor
    ('held-constitutional',
     'OPINION. ' + CAP + 'After a bench trial, the Court finds that inmates in the segregation unit were '
     'confined alone in their cells 23 hours a day, for periods of 60 to 200 days. The Court concludes '
     'that this confinement, though harsh, does not violate the Eighth Amendment.',
     'mandela-43-1-b', V, 'found facts graded on the rules, whatever the Constitution allows'),
    ('sj-granted-undisputed',
     'MEMORANDUM OPINION. ' + CAP + 'It is undisputed that Okafor was held in administrative segregation for '
     '40 days, alone in his cell 23 hours a day. Because the conditions did not impose an atypical '
     'hardship, summary judgment is granted to defendants.',
     'mandela-43-1-b', V, 'an undisputed fact, graded on the rules'),
    # --- no finding of the court's own
    ('pi-likely-only',
     'ORDER GRANTING PRELIMINARY INJUNCTION. ' + CAP + 'Plaintiffs have shown they are likely to succeed on '
     'their claim that detainees are held in cells where the heat index exceeds 110 degrees without fans '
     'or ice water.',
     'mandela-13', C, "'likely to succeed' on the claim, without findings of fact: a concern"),
    ('decree-orders-only',
     'CONSENT DECREE. ' + CAP + 'Defendants shall provide each detainee at least one hour of outdoor exercise '
     'daily. Defendants shall not house more than 200 detainees at the jail.',
     'mandela-23', None, "a decree's orders state no condition"),
    ('testimony-not-credited',
     'FINDINGS OF FACT AND CONCLUSIONS OF LAW. ' + CAP + 'Okafor testified that he went without a shower for '
     'three weeks. The Court does not credit this testimony.',
     'mandela-16', I, 'testimony the court does not credit: rejected'),
    # --- a facility's own logs, after a party's testimony (attribution.yaml documentary)
    ('logs-after-testimony',
     'MEMORANDUM OPINION. ' + CAP + 'Okafor testified that he was cold. Temperature logs show that the cells '
     'in the east wing stayed below 45 degrees for most of January.',
     'mandela-13', V, "the facility's temperature logs: the record, not the witness"),
    ('testimony-only',
     'MEMORANDUM OPINION. ' + CAP + 'Plaintiff testified that the cells in the east wing stayed below 45 '
     'degrees for most of January.',
     'mandela-13', C, "a party's testimony alone: a concern"),
    ('recreation-logs',
     'MEMORANDUM OPINION. ' + CAP + 'Okafor testified that he was cold. Recreation logs show that inmates in '
     'the Annex were never taken to the yard during the six months at issue.',
     'mandela-23', V, "the facility's recreation logs"),
    # --- a separate opinion's reading of the record is one judge's view (extract engine)
    ('dissent-record-shows',
     'OPINION. ' + CAP + MAJORITY + '\n\nMARSH, Circuit Judge, dissenting.\n\nThe record shows that inmates '
     'were kept in cells without heat in winter, with temperatures near freezing.',
     'mandela-13', C, "a dissent's 'the record shows': not the court's finding"),
    ('majority-record-shows',
     'OPINION. ' + CAP + MAJORITY + ' The record shows that inmates were kept in cells without heat in winter, '
     'with temperatures near freezing.',
     'mandela-13', V, "the majority's 'the record shows': the court's finding"),
    # --- a plaintiff's account granted for argument's sake (context.yaml "even assuming"): no finding
    ('even-accepting-account',
     'MEMORANDUM OPINION. ' + CAP + "Even accepting Okafor's account that he spent 30 days in disciplinary "
     'segregation, alone in his cell 23 hours a day, such confinement is not an atypical and significant '
     'hardship.',
     'mandela-43-1-b', None, "his account granted for argument: neither found nor alleged by the court"),
    ('crediting-testimony',
     'FINDINGS OF FACT AND CONCLUSIONS OF LAW. ' + CAP + "Crediting Dr. Lin's testimony that the jail held 400 "
     'detainees in space for 150, the Court finds the jail overcrowded.',
     'mandela-13', V, "the court credits the testimony: its finding (only 'even crediting' is for argument)"),
    ('even-crediting-testimony',
     'MEMORANDUM OPINION. ' + CAP + "Even crediting Okafor's testimony that the jail held 400 detainees in "
     'space for 150, the claim fails for want of personal involvement.',
     'mandela-13', None, "'even crediting': granted for argument, not found"),
]


@pytest.mark.parametrize("text, finding_id, expected, reason",
                         [pytest.param(t, i, s, r, id=f"{n}-{i}") for n, t, i, s, r in PASSAGES])
def test_court_posture(text, finding_id, expected, reason):
    findings = assess_text(text).findings
    check_finding(findings, finding_id, expected, reason, "basis")
