"""The legal test table, round find12 (issue 11): sentences of our own, one row per rule of the trade.

Each row is a short text written for the test (names, places and numbers invented), the finding it
must give (rule, status; None: no finding for that rule) and a one-line reason.  The rows come from
the causes of disagreement found on fresh real text read as a monitoring lawyer would: the law's
prohibition of "inhuman or degrading treatment" is not medical treatment withheld; exercise counted
in occasions ("on only one occasion", "only irregularly") or withheld as an opportunity is a
shortfall even when only alleged, while a bare "insufficient recreation" in a list of claims is not.
"""

from __future__ import annotations

import pytest
from assess_helpers import assess_text, check_finding

V, C, I, OK = "violation_likely", "concern", "insufficient_information", "compliant"

# (id, text, lang, finding id, expected status, reason)
ROWS = [
    # --- the prohibition of ill-treatment is not a medical fact --------------------------------------------
    ("code-prohibits-inhuman-treatment", "Section 1. The criminal code of Valdoria prohibits torture and inhuman "
     "treatment, but several NGOs said that police officers beat suspects in custody.", None, "mandela-32", None,
     "trap: 'prohibits ... inhuman treatment' is the law's ban, not medical treatment withheld"),
    ("constitution-prohibits-degrading", "The constitution of Marenia prohibits cruel or degrading treatment of "
     "detainees.", None, "mandela-24", None,
     "trap: a constitutional ban on degrading treatment says nothing of health care"),
    ("law-bans-then-medical-denied", "The law forbids inhuman treatment; nonetheless the inspectors found that "
     "guards denied prisoners in block C medical treatment for three weeks.", None, "mandela-24", V,
     "the medical treatment withheld in the same sentence is still read, and found by inspectors"),
    # --- exercise told in occasions, or withheld as an opportunity ------------------------------------------
    ("alleged-yard-one-occasion", "MEMORANDUM OPINION. Doe v. Roe. Plaintiff alleges that since March 2019 he "
     "has been allowed into the yard on only one occasion.", None, "mandela-23", C,
     "one account that exercise was taken once in years: not daily, a concern to raise"),
    ("alleged-exercise-irregularly", "The petitioner claims that inmates on the east wing were let out for "
     "recreation only irregularly.", None, "mandela-23", C,
     "'only irregularly' says the hour is not daily: an allegation, so a concern"),
    ("denying-opportunity-recreation", "Okafor alleges that the warden violated the Eighth Amendment by denying "
     "him the opportunity to take part in out-of-cell recreation while he was in the special housing unit.",
     None, "mandela-23", C, "an opportunity to exercise withheld, alleged: a concern"),
    ("found-exercise-twice", "The inspectorate found that prisoners in the separation unit had been taken to "
     "the exercise yard only twice in the previous month.", None, "mandela-23", C,
     "found, but how long each time is not said: a shortfall without its number, a concern"),
    ("alleged-almost-total-lack", "The plaintiffs allege that until recently there was an almost total lack of "
     "recreation and exercise at the Bellmore County Jail.", None, "mandela-23", C,
     "an 'almost total lack' of exercise, alleged: all but none, a concern"),
    ("bare-insufficient-recreation", "Petitioner Lund alleges that respondents violated his rights by subjecting "
     "him to extreme heat, insufficient recreation and poor food.", None, "mandela-23", I,
     "trap: a bare 'insufficient recreation' in a list of claims does not say how far it falls short"),
    # --- a negation stays in its own clause; not knowing is not denying ------------------------------------
    ("negation-stops-at-new-clause", "The inspectors found that the bedding in the annex had not been changed for "
     "weeks and the sheets were filthy.", None, "mandela-21", V,
     "the 'not' of the first clause does not deny the filthy sheets of the second (found, specific)"),
    ("negation-new-clause-toilets", "The delegation observed that the cell had not been cleaned and the toilets "
     "were overflowing with excrement.", None, "mandela-15", V,
     "the overflowing toilets are a clause of their own, observed and specific"),
    ("not-aware-is-no-denial", "Detainees told the team that guards kept them in leg irons for weeks. Officials "
     "at the Ministry of the Interior said they were not aware of the use of leg irons.", None, "mandela-47", C,
     "trap: officials unaware of it neither deny nor confirm the irons: one allegation, a concern, not compliant"),
    ("others-unaware-stated", "The inspectorate found that night officers were unaware that the detainee in cell "
     "4 had not received insulin for four days.", None, "mandela-24", V,
     "the officers' ignorance is the inspectorate's finding of a fact it states: insulin withheld, specific"),
    ("ministry-of-justice-admits", "Senior officials at the Ministry of Justice told the delegation that "
     "prisoners in block D had received no outdoor exercise for two months.", None, "mandela-23", V,
     "a ministry of justice is the executive, not a court: its officials' word is the authorities' admission"),
    # --- a practice the recital calls admitted -------------------------------------------------------------
    ("admitted-policy-recited", "MEMORANDUM OPINION. The plaintiffs challenge the admitted county policy which "
     "denies detainees their prescribed insulin during the first week of confinement.", None, "mandela-24", V,
     "the challenged policy is admitted: the denial of prescribed medication is established, not only claimed"),
    ("challenged-policy-not-admitted", "MEMORANDUM OPINION. The plaintiffs challenge the county policy which, "
     "they say, denies detainees their prescribed insulin during the first week of confinement.", None,
     "mandela-24", C, "trap: the same challenge without an admission is the plaintiffs' word: a concern"),
    # --- a passive report that closes its sentence hedges that sentence only -------------------------------
    ("passive-report-then-own-word", "Prison and Detention Center Conditions. Outbreaks of cholera in the northern "
     "prisons were reported. Most inmates of Kalem prison had no mattresses and slept on the floor.", None,
     "mandela-21", V,
     "'were reported.' hedges its own sentence; the next is the report's own word, specific"),
    ("reported-that-own-sentence", "Prison and Detention Center Conditions. It was reported that most inmates of Kalem "
     "prison had no mattresses and slept on the floor.", None, "mandela-21", C,
     "trap: 'it was reported that' relays the sentence it opens: one unnamed source, a concern"),
    # --- enough for a few is a lack for the rest ---------------------------------------------------------
    ("only-those-had-sufficient", "The inspectors found that only prisoners whose relatives brought meals had "
     "sufficient food; the others were given one meal a day.", None, "mandela-22", V,
     "'only those ... had sufficient food' is no fact that the food meets the rule: the one meal a day stands"),
    ("food-sufficient-found", "The inspectors found that the food was sufficient and of good quality.", None,
     "mandela-22", OK, "trap: without 'only', adequate food found is compliance"),
]


@pytest.mark.parametrize("text, lang, finding_id, expected, reason",
                         [pytest.param(t, lang, i, s, r, id=n) for n, t, lang, i, s, r in ROWS])
def test_legal_table_find12(text, lang, finding_id, expected, reason):
    check_finding(assess_text(text, lang).findings, finding_id, expected, reason, "basis")


def test_rows_have_reasons_and_unique_ids():
    ids = [r[0] for r in ROWS]
    assert len(ids) == len(set(ids))
    assert all(r[5] and r[4] in (V, C, I, OK, None) for r in ROWS)
