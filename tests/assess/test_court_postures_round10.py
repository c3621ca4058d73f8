"""Court postures, round 10 (issues 10 and 11): short passages of our own in the manner of US opinions, for the
constructions met in fresh opinions: a screening order's list of counts (a claim: concern), the content of a
remedial injunction (a remedy, no condition: no breach of its own), a spray at a man named on the plaintiff's
version (concern), a total denial of exercise alleged (concern), and a placement as a sanction the appeal
recites as undisputed.

Each row: (id, text, finding id, expected status, one-line reason).  Written for this file; none is copied from
an opinion.
"""

from __future__ import annotations

import pytest

from assess_helpers import assess_text, check_finding

V, C, I, OK = "violation_likely", "concern", "insufficient_information", "compliant"

CAP = "Abara v. Whitcombe County, No. 2:22-cv-0915 (42 U.S.C. 1983). "

PASSAGES = [
    ('screening-count-bed',
     'ORDER. ' + CAP + 'After the threshold review, Plaintiff was allowed to proceed on the following claim:\n'
     'Count 1: From June 2022, Defendants held Plaintiff in a day room without a bed, causing him hip pain.',
     'mandela-21', C, "a count allowed to proceed is the plaintiff's claim, not a finding"),
    ('remedy-shower-exercise',
     'OPINION. ' + CAP + 'After trial the jury found the conditions in the segregation wing unconstitutional, and '
     'the court entered an injunction which requires the defendants to provide every man in the wing who has '
     'been there for sixty days the chance to exercise outside his cell at least six hours each week.',
     'mandela-23', I, "the injunction's content is a remedy, not the regime"),
    ('spray-favourable-view',
     'OPINION. ' + CAP + 'We view the facts in the light most favorable to Abara. When Abara turned to answer, '
     'the lieutenant sprayed Abara in the face with Capstun.',
     'mandela-82', C, "the plaintiff's version on appeal: not found"),
    ('exercise-denied-alleged',
     'ORDER. ' + CAP + 'Abara alleges that the defendants denied him the opportunity to take part in out-of-cell '
     'recreation during his eleven months in administrative segregation. Liberally construed, the complaint '
     'states a claim.',
     'mandela-23', C, 'a screening of the complaint: allegations'),
]


@pytest.mark.parametrize("text, finding_id, expected, reason",
                         [pytest.param(t, i, s, r, id=f"{n}-{i}") for n, t, i, s, r in PASSAGES])
def test_court_posture_round10(text, finding_id, expected, reason):
    findings = assess_text(text).findings
    check_finding(findings, finding_id, expected, reason, "basis")
