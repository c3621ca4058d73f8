"""The legal test table, read end to end from sentences of our own (issue 11, round find11).

Each row is a short text written for the test (names, places and numbers invented), the finding
it must give (rule, status; None: no finding for that rule) and a one-line reason: the rule of the
trade it checks.  The texts paraphrase the ways documents state a fact in other constructions than
the earlier tables: a finding in the passive, an inspection body's "we observed", an admission, a
corroboration, two sources that agree, a denial; a practice told in general; a regime's label;
time out of the cell; a diet's name; a partial ban on family contact.
"""

from __future__ import annotations

import pytest
from assess_helpers import assess_text, check_finding

V, C, I, OK = "violation_likely", "concern", "insufficient_information", "compliant"

# (id, text, lang, finding id, expected status, reason)
ROWS = [
    # --- 1. status = what the rule forbids x how well it is established ----------------------------------
    ("passive-court-finding", "OPINION. Doe v. Roe. It was established at trial that inmates in D-block were given "
     "no outdoor exercise for four months.", None, "mandela-23", V,
     "a finding stated in the passive after a trial is the court's finding"),
    ("inspectors-observed", "Inspection report, Northgate Prison. Inspectors observed that the cells on the west "
     "landing had no working toilets and that prisoners used buckets.", None, "mandela-15", V,
     "an inspection body's own observation establishes it"),
    ("we-observed-floor", "During our visit to the remand centre we observed some twenty detainees sleeping on the "
     "bare floor without mattresses or blankets.", None, "mandela-21", V,
     "the author's own observation on a visit: no bed, specific"),
    ("ministry-acknowledged", "The Ministry of Justice acknowledged that prisoners at Kelmar prison had received no "
     "outdoor exercise for three months because of staff shortages.", None, "mandela-23", V,
     "an admission by the authorities establishes it"),
    ("relatives-then-denial", "Relatives of detainees said that guards beat prisoners with batons at Orlan prison. "
     "The government denied the allegations.", None, "mandela-1", C,
     "trap: one allegation the government denies is disputed: a concern, never more"),
    ("according-to-ngo", "According to a local NGO, prisoners at Orlan prison received only one meal a day.", None,
     "mandela-22", C, "trap: a single NGO's word is an allegation, whatever the rule"),
    ("there-were-reports", "There were reports that guards at the central prison beat inmates with rubber hoses.",
     None, "mandela-1", C, "trap: unattributed reports are relayed allegations: a concern"),
    ("ngos-then-officials-confirm", "Several NGOs reported that inmates lacked access to toilets at night and had to "
     "use buckets. Prison officials confirmed that there were no toilets in the cells.", None, "mandela-15", V,
     "an allegation the authorities confirm is admitted: established"),
    ("corroborated-passive", "The Subcommittee visited the central police station in May 2025. Many detainees "
     "alleged that they had been beaten with batons on arrival; these allegations were corroborated by medical "
     "records.", None, "mandela-1", V,
     "allegations corroborated by medical records (said in the passive) rest on two sources: established"),
    ("not-corroborated-passive", "The Subcommittee visited the central police station in May 2025. Many detainees "
     "alleged that they had been beaten with batons on arrival; these allegations were not corroborated by medical "
     "records.", None, "mandela-1", C, "trap: allegations not corroborated stay allegations"),
    ("court-account-corroborated", "MEMORANDUM OPINION. Doe v. Roe. Plaintiff alleges that guards beat him with "
     "batons on 3 May. His account is corroborated by the medical records and by two officers' testimony.", None,
     "mandela-1", V, "a claim the court says the records corroborate is established"),
    ("unable-to-confirm", "One detainee told us that nurses had refused to give him his medication for ten "
     "days. We were unable to confirm this account in the medical records.", None, "mandela-24", C,
     "trap: an account the body could not confirm is one allegation"),
    ("court-claim-not-supported", "MEMORANDUM OPINION. Doe v. Roe. The court found that the inmate's claim that he "
     "was beaten by guards was not supported by any evidence and dismissed it.", None, "mandela-1", I,
     "a claim the court found unsupported and dismissed gives no breach finding"),
    ("lawyer-vs-authorities", "His lawyer stated that Mr. Kova had been held in solitary confinement for 14 months. "
     "Prison authorities denied that he was in solitary confinement.", None, "mandela-43-1-b", C,
     "trap: a lawyer's account the authorities deny is disputed: a concern"),
    ("staff-told-delegation", "During the visit, prison staff told the delegation that detainees in the closed unit "
     "had not been outside for over a month.", None, "mandela-23", V,
     "what the staff tell the visiting body is the authorities' admission"),
    ("detainees-told-delegation", "Detainees in the closed unit told the delegation that they had not been outside "
     "for over a month.", None, "mandela-23", C, "trap: what detainees tell the delegation is their word"),
    ("observed-that-isolation-wing", "The Special Rapporteur observed that detainees in the isolation wing were held "
     "in complete darkness.", None, "mandela-43-1-c", V,
     "'observed that detainees in the isolation wing ...' is a finding about them, not a visit's itinerary"),
    ("insulin-not-given", "The inspectorate found that a prisoner with diabetes had not received insulin for "
     "eleven days.", None, "mandela-24", V, "a named treatment withheld for days, found: specific"),
    ("single-meal-no-water", "The delegation observed that detainees received a single meal of rice each day and "
     "that no drinking water was available in the cells.", None, "mandela-22", V,
     "one meal a day and no drinking water, observed: specific"),
    ("bread-and-water", "Inspectors found that Mr. Obi was served only bread and water for seven days.", None,
     "mandela-22", V, "a bread-and-water diet, found, says how far food falls short"),
    ("undisputed-overflowing", "OPINION. The undisputed evidence shows that the toilets in the cell block overflowed "
     "for weeks.", None, "mandela-15", V, "toilets overflowing for weeks, undisputed: specific, established"),
    ("found-not-disputed-overflowing", "OPINION. The district court found, and the parties do not dispute, that the "
     "toilets in the cell block overflowed for weeks.", None, "mandela-15", V,
     "a finding no party disputes, of overflowing toilets: a likely violation"),
    ("complaint-overflowing", "OPINION. According to the complaint, the toilets in the cell block overflowed for "
     "weeks.", None, "mandela-15", C, "trap: the same fact on the complaint's word is a concern"),
    ("wait-weeks-doctor", "We found that prisoners had to wait up to six weeks to see a doctor.", None, "mandela-24",
     V, "a wait of weeks to see a doctor, found by the body: says how far care falls short"),
    ("yard-closed-confirmed", "The delegation visited Block C on 4 May. Detainees said they had not been outside "
     "for two months. The governor confirmed that the exercise yard had been closed since March because of "
     "building works.", None, "mandela-23", V,
     "the governor's confirmation that the yard is closed (still, since March) admits the detainees' account"),
    ("not-permitted-to-telephone", "Inspectors found that Mr. Obi, held in segregation, was not permitted to "
     "telephone his family.", None, "mandela-43-3", V,
     "a call denied in segregation, no other means shown open: not a call allowed (polarity)"),
    # --- a practice told in general, a regime's label, a diet's name ---------------------------------------
    ("practice-harms-in-general", "The Justice Department filed a statement of interest in a lawsuit over a county "
     "youth detention centre. The statement explains how placing children in isolation seriously harms them. "
     "Plaintiffs allege that the centre keeps children with mental health conditions in isolation for weeks.",
     None, "mandela-45-2", C,
     "trap: what isolation does to children, said in general, is no finding: the claim stays the plaintiffs'"),
    ("system-purpose", "The Justice Department filed a statement of interest in a lawsuit over a county youth "
     "detention centre. \u201cIsolation undermines the very purpose of the juvenile justice system,\u201d said the "
     "Assistant Attorney General. Plaintiffs allege that children are held in isolation for weeks.",
     None, "mandela-45-2", C,
     "trap: a statement of what a justice system is for is a norm, not a placement of these children"),
    ("diet-label-described-adequate", "MEMORANDUM OPINION. Plaintiff alleges that his placement on meal loaf is cruel "
     "and unusual punishment. Summary judgment for defendants is granted. Meal loaf is baked like meat loaf and "
     "consists of meat, vegetables, fruit, potatoes and grains.", None, "mandela-22", OK,
     "a diet named by its label and described as complete by the court: the standard is met"),
    ("diet-label-alone", "Inspectors found that Mr. Obi was served food loaf at every meal for seven days.", None,
     "mandela-22", I, "a special diet named only by its label raises the question of what it holds"),
    ("label-with-hours-out", "After a bench trial, the court finds that Dale Ruiz was held in administrative "
     "segregation for eight months, but he could leave his cell for six hours each day to work and to eat with "
     "other prisoners.", None, "mandela-43-1-b", I,
     "trap: a segregation label with six hours a day out of the cell is not solitary confinement"),
    ("unit-hours-label-only", "We find that the Department holds prisoners in restrictive housing for 23 hours a day "
     "for months at a time.", None, "mandela-43-1-b", C,
     "a unit's label and its hours, without a word of no meaningful contact: a concern, not established solitary"),
    ("held-in-unit-alone", "The Inspector found that a man with a diagnosed mental illness had been held in the "
     "secure care unit alone for 21 days.", None, "mandela-43-1-b", V,
     "'held in the unit alone for 21 days', found: isolation described (not a label), past 15 days"),
    # --- prolonged: a start date to the present ----------------------------------------------------------
    ("from-date-until-present", "After a bench trial, the court finds that Dale Ruiz spent 23 hours a day alone in "
     "his cell, with no contact with other prisoners, from March 2024 until the present.", None, "mandela-43-1-b",
     V, "'from March 2024 until the present' counts to the document's date: prolonged, found"),
    ("since-date", "After a bench trial, the court finds that Dale Ruiz has spent 23 hours a day alone in his cell, "
     "with no contact with other prisoners, since March 2024.", None, "mandela-43-1-b", V,
     "'since March 2024' counts to the document's date"),
    # --- 6. right rule, whole rule: rule 43(3) reads a partial ban -------------------------------------------
    ("visits-cut-calls-kept", "Inspectors found that prisoners in the disciplinary unit had all family visits "
     "cancelled for the length of their sanction, though they could still make telephone calls.", None,
     "mandela-43-3", I,
     "visits cut, calls kept: a restriction of the means of contact, not a ban (limited time, strictly required?)"),
    ("visits-cut-calls-allowed", "Inspectors found that prisoners in the disciplinary unit had all family visits "
     "cancelled for the length of their sanction, but they were still allowed to make telephone calls to their "
     "families.", None, "mandela-43-3", I, "the same, with calls 'allowed': a restriction, not a ban"),
    ("contact-never-refused", "The inspectors found that Mr. Obi, held in segregation, had never once been refused "
     "a telephone call to his family.", None, "mandela-43-3", OK, "a call never refused: family contact kept"),
    ("light-and-punishment-in-sentence", "We observed that the lights in the observation cells were left on day and "
     "night, and staff told us the cells were used for prisoners on punishment.", None, "mandela-43-1-c", V,
     "the sanction told in the same sentence as the constant light is its context"),
    ("force-against-refusal", "After a bench trial, the court finds that officers used force to remove Tom Hale from "
     "his cell after he refused to leave it.", None, "mandela-1", None,
     "trap: force against a refusal is rule 82's question, not ill-treatment"),
    ("force-against-refusal-82", "After a bench trial, the court finds that officers used force to remove Tom Hale "
     "from his cell after he refused to leave it.", None, "mandela-82", C,
     "force against a refusal: was it strictly necessary? a concern to check"),
    ("ngo-visit-not-inspection", "Human Rights Watch visited the prison in March and interviewed twenty detainees.",
     None, "mandela-83", None, "trap: an NGO's visit is not an official inspection (rules 83-84)"),
    ("complaint-filed", "Mr. Obi filed a complaint with the prison director about the food.", None, "mandela-71",
     None, "trap: a complaint filed is not by itself a breach"),
    # --- in Spanish and French ---------------------------------------------------------------------------
    ("es-solos-en-sus-celdas", "La Comisión constató que los internos permanecían solos en sus celdas 23 horas al "
     "día durante meses.", "es", "mandela-43-1-b", V,
     "alone in their cells 23 hours a day for months, found by a commission: prolonged solitary"),
    ("es-authorities-admit", "Las autoridades penitenciarias reconocieron que el centro no cuenta con médico desde "
     "hace un año.", "es", "mandela-24", V, "an admission by the authorities: no doctor for a year"),
    ("es-denied", "Los internos denunciaron golpes por parte de los custodios; las autoridades lo negaron.", "es",
     "mandela-1", C, "trap: denounced and denied: disputed, a concern"),
    ("fr-seuls-en-cellule", "La Cour constate que le requérant a été maintenu seul en cellule, sans contact avec les "
     "autres détenus, pendant huit mois.", "fr", "mandela-43-1-b", V,
     "alone in a cell without contact for eight months, found by the court: prolonged solitary"),
    ("fr-rate-rounded", "Le taux d'occupation moyen des maisons d'arrêt atteint 145 %, soit environ trois "
     "détenus pour deux places.", "fr", "mandela-13", C,
     "'about three for two places' rounds the 145 % the sentence states: below 150 %, a concern"),
    ("fr-selon-detenus", "Selon plusieurs détenus, les repas étaient insuffisants.", "fr", "mandela-22", C,
     "trap: what detainees say is their allegation"),
]


@pytest.mark.parametrize("text, lang, finding_id, expected, reason",
                         [pytest.param(t, lang, i, s, r, id=n) for n, t, lang, i, s, r in ROWS])
def test_legal_table_find11(text, lang, finding_id, expected, reason):
    check_finding(assess_text(text, lang).findings, finding_id, expected, reason, "basis")


def test_rows_have_reasons_and_unique_ids():
    ids = [r[0] for r in ROWS]
    assert len(ids) == len(set(ids))
    assert all(r[5] and r[4] in (V, C, I, OK, None) for r in ROWS)
