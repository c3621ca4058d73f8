"""Restraints kept on for hours or days, and isolation with no end or no review (issue 11): short
passages of our own, each beside a counter-example.

Rules 47(2) and 48(1)(c): restraints only for as long as strictly necessary, removed as soon as the
risk is gone.  A restraint chair, bed or four-point restraints kept on for hours or days, where a court
or a monitor establishes it, is a likely violation; a short restraint (minutes, a transport) stays a
concern or below.  Rule 43(1)(a): isolation with no end date, "until further notice", "indefinitely",
or with no (scheduled, periodic, meaningful) review of the placement has no fixed end; established, a
likely violation; only alleged, a concern at most.

Each row: (id, text, finding id, expected status, one-line reason).
"""

from __future__ import annotations

import pytest

from assess_helpers import assess_text, check_finding

V, C, I, OK = "violation_likely", "concern", "insufficient_information", "compliant"

CAP = "Marwick v. Tolland County, No. 2:19-cv-0883 (42 U.S.C. 1983). "

PASSAGES = [
    # --- restraints kept on for hours or days: established -> violation_likely (48, 47)
    ('jury-chair-teen-hours',
     CAP + 'The jury found that Marwick was strapped into a restraint chair for seventeen hours without a '
     'break to use the toilet.',
     'mandela-48', V, 'a jury finding: hours in a restraint chair, not as short as needed'),
    ('jury-chair-teen-hours-47',
     CAP + 'The jury found that Marwick was strapped into a restraint chair for seventeen hours without a '
     'break to use the toilet.',
     'mandela-47', V, 'kept on for hours: beyond the lawful grounds'),
    ('court-four-point-full-day',
     CAP + 'The Court finds that officers kept Marwick in four-point restraints for a full day.',
     'mandela-48', V, 'a court finding: a whole day in four-point restraints'),
    ('monitor-bed-for-hours',
     'Monitoring visit to the Tolland County Jail. We observed a man who had been kept on a restraint bed '
     'for hours after he had calmed down.',
     'mandela-48', V, "the monitor's own observation: hours on a restraint bed"),
    ('court-bed-fifteen-hours-digits',
     CAP + 'The Court finds that Marwick was held in a restraint bed for 15 hours.',
     'mandela-48', V, 'digits: 15 hours'),
    # counter-examples: short restraint, or only alleged
    ('court-chair-minutes',
     CAP + 'The Court finds that Marwick was placed in a restraint chair for fifteen minutes after he '
     'struck his head against the cell door.',
     'mandela-48', C, 'minutes, to stop self-harm: a concern, not a violation'),
    ('court-transport-handcuffs',
     CAP + 'The Court finds that Marwick was handcuffed during the two-hour drive to the courthouse.',
     'mandela-47', C, 'restraint in transport: a lawful ground, a concern at most'),
    ('court-pain-for-days-after',
     CAP + 'The Court finds that Marwick was placed in a restraint chair for ten minutes, and for days '
     'afterward his wrists were sore.',
     'mandela-48', C, 'the days are of the soreness after, not of the restraint'),
    ('alleged-chair-hours',
     CAP + 'Marwick alleges that he was strapped into a restraint chair for fourteen hours.',
     'mandela-48', C, 'only alleged: a concern'),
    # --- isolation with no end or no review: established -> violation_likely (43(1)(a))
    ('court-no-scheduled-review',
     CAP + 'After trial, the Court finds that Marwick has been held in solitary confinement for nineteen '
     'years with no scheduled review.',
     'mandela-43-1-a', V, 'a court finding: years of isolation that no one is due to review'),
    ('court-no-periodic-review',
     CAP + 'The Court finds that Marwick has spent eleven years in isolation, and there has been no periodic '
     'review of his placement.',
     'mandela-43-1-a', V, 'no periodic review of the placement: no fixed end'),
    ('court-no-meaningful-review',
     CAP + 'The Court finds that Marwick has spent six years in the segregation unit without any meaningful '
     'review of his status.',
     'mandela-43-1-a', V, 'no meaningful review of the status: no fixed end'),
    ('monitor-no-scheduled-review',
     'Monitoring visit to the Tolland County Jail. The monitoring team observed that three men on the unit '
     'had been in isolation for over four years with no scheduled review.',
     'mandela-43-1-a', V, "the monitor's own observation: no review scheduled"),
    ('court-no-end-date',
     CAP + 'The Court finds that Marwick remains in solitary confinement with no end date.',
     'mandela-43-1-a', V, 'no end date: indefinite'),
    ('court-until-further-notice',
     CAP + 'The Court finds that Marwick was placed in solitary confinement until further notice.',
     'mandela-43-1-a', V, 'until further notice: indefinite'),
    ('court-indefinitely',
     CAP + 'The Court finds that Marwick has been kept in solitary confinement indefinitely.',
     'mandela-43-1-a', V, 'indefinitely'),
    # counter-examples: reviewed, alleged, a review of something else
    ('court-reviewed-weekly',
     CAP + 'The Court finds that Marwick spent 20 days in solitary confinement, and his placement was '
     'reviewed every seven days.',
     'mandela-43-1-a', I, 'a placement reviewed weekly has an end in view: not indefinite'),
    ('alleged-no-review',
     CAP + 'Marwick alleges that he has been held in solitary confinement for nineteen years with no '
     'scheduled review.',
     'mandela-43-1-a', C, 'only alleged: a concern, not a likely violation'),
    ('review-of-grievance',
     CAP + 'The Court finds that Marwick spent 20 days in solitary confinement; the warden gave no further '
     'review to his grievance about the food.',
     'mandela-43-1-a', I, 'a grievance not reviewed is not a placement with no end'),
]


@pytest.mark.parametrize("text, finding_id, expected, reason",
                         [pytest.param(t, i, s, r, id=f"{n}-{i}") for n, t, i, s, r in PASSAGES])
def test_restraint_indefinite(text, finding_id, expected, reason):
    findings = assess_text(text).findings
    check_finding(findings, finding_id, expected, reason, "basis")
