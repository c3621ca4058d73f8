"""The European Prison Rules: the legal table."""

from __future__ import annotations

import pytest

from assess_helpers import fact, hours
from pack_table import COURT, MONITOR, NGO, C, I, OK, V, check, child, pregnant, said

P = ["epr"]


def ex(n, **kw):
    return fact("exercise_time", n, "hours_per_day", **kw)


SOLO = dict(quote="held alone in a segregation cell")

TABLE = [
    ("27-half-hour", [ex(0.5, **MONITOR)], "epr-27", V, "half an hour a day, found: under the hour"),
    ("27-hour-outdoors", [ex(1, **MONITOR), fact("exercise_outdoor", True, **MONITOR)], "epr-27", OK,
     "an hour a day in the open air meets rule 27"),
    ("27-indoor-cage", [ex(1, **COURT), fact("exercise_outdoor", False, quote="an indoor cage", **COURT)],
     "epr-27", V, "the hour, but not in the open air"),
    ("53a-no-contact", [fact("solitary", **SOLO, **COURT), fact("no_meaningful_contact", quote="no one speaks "
                                                                  "with him", **COURT)],
     "epr-53a", V, "a separated prisoner without meaningful contact, found: under the two-hour minimum"),
    ("53a-asks", [fact("solitary", **SOLO, **COURT)], "epr-53a", I, "separated: the two hours are the question"),
    ("60-6-child", [child(**COURT), fact("solitary", **SOLO, **COURT)], "epr-60-6-vulnerable", V,
     "solitary confinement is never imposed on children"),
    ("60-6-pregnant", [pregnant(**COURT), fact("solitary", **SOLO, **COURT)], "epr-60-6-vulnerable", V,
     "nor on pregnant women"),
    ("60-6-mental-illness", [fact("vulnerable_person", "mental illness", quote="a man with schizophrenia",
                                  **COURT), fact("solitary", **SOLO, **COURT)],
     "epr-60-6-vulnerable", C, "disability: only where it would harm, which is the question: a concern"),
    ("60-6-no-end-date", [fact("solitary", **SOLO, **COURT), fact("indefinite_isolation", quote="with no end "
                                                                    "date", **COURT)],
     "epr-60-6-duration", C, "no specified period: a concern (the EPR set no number of days)"),
    ("60-6-many-days-asks", [fact("solitary", **SOLO, **COURT), fact("isolation_duration", 40, "days", **COURT)],
     "epr-60-6-duration", I, "trap: 40 days breaks no EPR figure (national law fixes the maximum): it asks"),
    ("60-4-collective", [fact("collective_punishment", "the whole wing locked down for one escape", **COURT)],
     "epr-60-4", V, "collective punishment is forbidden"),
    ("60-4-visits-limited", [said("family_visits", "visits reduced", text="As a sanction his visits were reduced "
                                  "to one a month.", **COURT)], "epr-60-4", None,
     "trap: a limit on visits as a sanction is not a total ban on family contact"),
    ("60-4-visits-banned", [said("family_visits", "visits banned", text="As a sanction he was denied all family "
                                 "visits.", **COURT)], "epr-60-4", V, "a total ban on family contact as a sanction"),
    ("18-unverified", [fact("cell_space", 5, "m2", **COURT, occupants=2)], "epr-18", I,
     "rule 18 is not yet verified: it asks, never grades"),
    ("19-4-showers", [fact("hygiene", "one shower a week", quote="allowed to shower once a week", **NGO)],
     "epr-19-4", C, "fewer showers than twice a week, alleged"),
]


@pytest.mark.parametrize("row", TABLE, ids=[r[0] for r in TABLE])
def test_epr_table(row):
    _id, facts, finding, expected, why = row
    check(facts, P, finding, expected, why)


def test_more_than_22_hours_is_the_epr_operator():
    assert "more than 22 hours" in check([child(**COURT), fact("solitary", **SOLO, **COURT), hours(23, **COURT)],
                                         P, "epr-60-6-vulnerable", V, "").reasoning
