"""The legal test table, round find13 (issue 11): sentences of our own, one row per rule of the trade.

Each row is a short text written for the test (names, places and numbers invented), the finding it
must give (rule, status; None: no finding for that rule) and a one-line reason.  The rows come from
the causes of disagreement found on fresh real text read as a monitoring lawyer would, most of them
a claim taken for an established fact because its speaker was read wrongly: the subject of a claim
told by a participle ("X sued the officers alleging that"), a subject set off from its verb by an
aside in brackets, one who cites others' reports, a quotation closed by "added", a report's own
"we found" after a carried claim; and a withheld prescription as a shortfall that says how far.
"""

from __future__ import annotations

import pytest
from assess_helpers import assess_text, check_finding

from dignity.extract.attribution import load_attributor

V, C, I, OK = "violation_likely", "concern", "insufficient_information", "compliant"

# (id, text, lang, finding id, expected status, reason)
ROWS = [
    # --- a participle's claim is its clause's subject's, not its object's -----------------------------------
    ("sued-officials-alleging", "MEMORANDUM OPINION. Ray Dunmore sued two officers of the Harlan County Jail "
     "alleging that they kept him for a month in a cell smeared with feces.", None, "mandela-15", C,
     "the claim is Dunmore's: 'officers' in the object of 'sued' is no admission by the authorities"),
    ("grievance-against-warden-complaining", "Hugo Marr filed a grievance against the deputy warden complaining "
     "that he had been given no mattress for three weeks.", None, "mandela-21", C,
     "the grievance is Marr's: one allegation, whoever it names"),
    ("suit-against-sheriff-claiming", "Nora Pell brought suit against the sheriff and his deputies claiming that "
     "they withheld her insulin for five days.", None, "mandela-24", C,
     "the sheriff named in the suit is not its speaker: a claim, a concern"),
    ("warden-admitted-stays", "The deputy warden admitted that prisoners in the annex had no mattresses for "
     "three weeks.", None, "mandela-21", V,
     "counter-example: the warden's own admission stays the authorities' word, established"),
    # --- an aside in brackets between the subject and its verb ---------------------------------------------
    ("aside-before-contends", "MEMORANDUM OPINION AND ORDER. In this conditions case, Ohio prisoner Dale Ruck "
     "(who is proceeding with the assistance of appointed counsel) contends that he was held for forty days in a "
     "cell with an overflowing toilet and feces on the floor.", None, "mandela-15", C,
     "the aside does not hide the speaker: Ruck contends it, the court does not find it"),
    ("aside-before-alleges", "MEMORANDUM OPINION. Plaintiff (a pretrial detainee held at the Orland County Jail "
     "since 2019, when he was arrested) alleges that guards kept him without any mattress for two months.", None,
     "mandela-21", C, "a long aside about the plaintiff: still his allegation"),
    ("aside-before-asserts", "ORDER. Petitioner Lina Osei (now housed at a state facility in another county) "
     "asserts that staff at the jail refused her prescribed medication for ten days.", None, "mandela-24", C,
     "the bracketed aside is no boundary of the subject: her assertion, a concern"),
    ("court-finds-after-aside-stays", "FINDINGS OF FACT AND CONCLUSIONS OF LAW. The court finds (after a three-day "
     "bench trial) that the plaintiff was held for forty days in a cell with an overflowing toilet and feces on "
     "the floor.", None, "mandela-15", V,
     "counter-example: the court's own finding, an aside before its 'that', stays found"),
    # --- one who cites others' reports passes them on --------------------------------------------------------
    ("activist-cited-reports", "Prison and Detention Center Conditions. In a letter to the minister, a former inmate "
     "cited reports from fellow prisoners that guards beat them with batons.", None, "mandela-1", C,
     "the letter passes on others' accounts: relayed, not the report's own statement"),
    ("lawyer-cited-complaints", "Prison and Detention Center Conditions. A defense lawyer cited complaints from "
     "several clients that they were held in a cell with overflowing sewage for weeks.", None, "mandela-15", C,
     "complaints a lawyer cites are theirs, passed on: a concern"),
    ("relative-cited-accounts", "Prison and Detention Center Conditions. The detainee's brother cited accounts from "
     "other prisoners that the guards kept him in leg irons for a month.", None, "mandela-47", C,
     "accounts relayed by a relative: one allegation at second hand"),
    ("report-own-voice-stays", "Prison and Detention Center Conditions. Guards beat prisoners with batons in the "
     "Kalem central prison.", None, "mandela-1", V,
     "counter-example: the report's statement in its own voice is established"),
    # --- a quotation closed by 'added' is its speaker's ------------------------------------------------------
    ("quote-former-prisoner-added", "\"Guards beat us with metal bars every night,\" the former prisoner added.",
     None, "mandela-1", C, "a quotation is the speaker's word, whatever verb closes it"),
    ("quote-added-name-after", "\"The guards chained us to the beds for days as a punishment,\" added Mr. Obi.",
     None, "mandela-47", C, "the speaker after 'added': one detainee's account"),
    ("quote-lawyer-continued", "\"He has been kept in leg irons for six weeks,\" his lawyer continued.", None,
     "mandela-47", C, "a lawyer's word, closed by 'continued': a concern"),
    ("quote-inspectors-added-stays", "\"All the prisoners in block C were kept in leg irons for six weeks,\" the "
     "inspectors added.", None, "mandela-47", V,
     "counter-example: the same quotation closed by the inspectors is their finding"),
    # --- an inspector's own 'we found' ends a claim carried from before --------------------------------------
    ("we-found-after-grievances", "What We Found. Detainee grievances allege mistreatment by staff. We found that "
     "the medical unit neglected to refill prescription medications for two weeks.", None, "mandela-24", V,
     "the inspector's own finding, not the grievances' claim carried on; a medication withheld is specific"),
    ("we-observed-after-complaints", "During our unannounced inspection detainees complained about the food. We "
     "observed that detainees in the east wing were given one meal a day.", None, "mandela-22", V,
     "'we observed' is the inspection body's own observation, not the complaints carried on"),
    ("our-inspections-revealed", "Our inspections of three facilities revealed that nurses failed to provide "
     "prescribed insulin to diabetic detainees for four days.", None, "mandela-24", V,
     "the inspecting body's work in the first person: its own finding"),
    ("we-found-in-quotation-stays-claim", "\"What we found was that the police beat people routinely,\" the "
     "researcher said.", None, "mandela-1", C,
     "counter-example: 'we found' inside a researcher's quotation stays the speaker's word"),
    # --- a relative 'that' in the subject: the finder is the noun before it --------------------------------
    ("ngo-that-visited-found", "Prison and Detention Center Conditions. An NGO that visited the prison in May "
     "found that 40 inmates shared a cell designed for 10.", None, "mandela-13", C,
     "the NGO found it, not the report: one non-governmental source, a concern"),
    ("church-group-that-visited-found", "Prison and Detention Center Conditions. A church group that visited the "
     "jail in June found that detainees had no running water for a week.", None, "mandela-15", C,
     "a visiting church group's finding is its own word, not the report's"),
    ("relatives-that-visited-found", "Prison and Detention Center Conditions. Relatives that visited the prison "
     "found that the inmates of block B were given no food for two days.", None, "mandela-22", C,
     "relatives' account, whatever their verb: a concern"),
    ("commission-that-inspected-stays", "Prison and Detention Center Conditions. The national commission that "
     "inspected the prison in May found that 40 inmates shared a cell designed for 10.", None, "mandela-13", V,
     "counter-example: an official commission that inspected is a monitoring body: its finding"),
    # --- "met detainees who said": the speaker is the antecedent of 'who' -----------------------------------
    ("rapporteur-interviewed-detainees-who", "During the visit to Kora prison, the Special Rapporteur interviewed "
     "detainees who stated they had been beaten with batons by guards upon arrival.", None, "mandela-1", C,
     "the detainees stated it; the Rapporteur only interviewed them: an allegation, not his finding"),
    ("delegation-met-detainees-who", "In the women's section, the delegation met detainees who said they had been "
     "given no food for two days.", None, "mandela-22", C, "the detainees said it, not the delegation"),
    ("inspectors-spoke-to-prisoners-who", "The inspectors spoke to prisoners who told them that they had been kept "
     "in leg irons for a month.", None, "mandela-47", C, "the prisoners' account, relayed by the inspectors"),
    ("rapporteur-who-visited-observed-stays", "The Special Rapporteur, who visited Kora prison twice, observed that "
     "detainees were given no food for two days.", None, "mandela-22", V,
     "counter-example: the Rapporteur's own observation, with an aside about him, stays established"),
    # --- a withheld prescription says how far the care falls short -------------------------------------------
    ("found-failed-insulin", "The inspectors found that nurses failed to provide prescribed insulin to two "
     "diabetic detainees.", None, "mandela-24", V, "medication withheld, found: specific, likely violated"),
    ("found-neglected-refill", "The ombudsman found that the clinic neglected to refill the prescriptions of "
     "several prisoners.", None, "mandela-24", V, "prescriptions not refilled, found by an ombudsman"),
    ("alleged-failed-medication", "The plaintiff alleges that nurses failed to give him his prescribed medication.",
     None, "mandela-24", C, "the same shortfall, alleged: a concern"),
    # --- a corroboration that names the accounts it bears out credits those only -----------------------------
    ("corroboration-named-not-before", "During the visit, the delegation was informed by several detainees that "
     "they had not been allowed outdoor exercise for months. The delegation's doctor examined three detainees who "
     "bore injuries consistent with their allegations of beatings.", None, "mandela-23", C,
     "the doctor bears out the beatings it names, not the exercise claim told before: still an allegation"),
    ("corroboration-named-credits-own", "During the visit, the delegation was informed by several detainees that "
     "they had not been allowed outdoor exercise for months. The delegation's doctor examined three detainees who "
     "bore injuries consistent with their allegations of beatings.", None, "mandela-1", V,
     "the beatings the corroboration names are borne out by the body's own doctor: established"),
    ("corroboration-named-food-before", "Detainees told the team that they received one meal a day. The team's "
     "physician found marks consistent with their accounts of beatings with cables.", None, "mandela-22", C,
     "marks bear out the beatings, not the single meal: the food claim stays one account"),
    ("corroboration-unnamed-credits-before", "Detainees told the team that they had received no water for two "
     "days. Medical records examined by the team were consistent with their accounts.", None, "mandela-22", V,
     "counter-example: a corroboration that names no subject bears out the accounts just before it"),
    # --- an interlocutory appeal from a denial of qualified immunity takes the facts as assumed ----------------
    ("qi-appeal-facts-as-assumed", "OPINION. Defendants appeal the denial of qualified immunity. Because this is an "
     "interlocutory appeal, we take the facts as the district court assumed them. Lopez was held in a cell without "
     "a working toilet and with sewage on the floor for eleven days.", None, "mandela-15", C,
     "facts assumed for the appeal are the plaintiff's version, not found"),
    ("qi-appeal-denial-order", "OPINION. The officers appeal from the district court's order denying their motion "
     "for summary judgment based on qualified immunity. Reyes was kept in restraints for 16 hours without water.",
     None, "mandela-22", C, "an interlocutory appeal on qualified immunity: the facts are the plaintiff's"),
    ("qi-appeal-as-given", "OPINION. We take as given the facts that the district court assumed when it denied "
     "summary judgment. The guards refused to give Moss any food for four days.", None, "mandela-22", C,
     "the Johnson v. Jones formula: assumed, not found"),
    ("bench-trial-after-qi-stays", "OPINION. After a bench trial, the district court found that guards refused to "
     "give Moss any food for four days. We affirm.", None, "mandela-22", V,
     "counter-example: a bench trial's finding, affirmed, stays found"),
    # --- 'windowless' says how far the light falls short, as 'no windows' does ----------------------------
    ("court-windowless-cells", "FINDINGS OF FACT. The court finds that the inmates of the unit are held in "
     "windowless cells for 22 hours each day.", None, "mandela-14", V,
     "a cell without any window, found by the court: the minimum is not met"),
    ("inspectors-windowless-rooms", "The inspectors observed that the three punishment rooms were windowless.",
     None, "mandela-14", V, "'windowless' observed by inspectors: as specific as 'no windows'"),
    ("alleged-windowless", "The plaintiff alleges that he was held in a windowless cell for two months.", None,
     "mandela-14", C, "the same, alleged: a concern"),
    ("court-poor-light-stays", "FINDINGS OF FACT. The court finds that the lighting in the cells is poor.", None,
     "mandela-14", C, "counter-example: 'poor' light does not say how far it falls short"),
    ("found-care-inadequate-stays", "The inspectors found that medical care at the jail was inadequate.", None,
     "mandela-24", C, "counter-example: 'inadequate' alone does not say how far it falls short"),
]


@pytest.mark.parametrize("text, lang, finding_id, expected, reason",
                         [pytest.param(t, lang, i, s, r, id=n) for n, t, lang, i, s, r in ROWS])
def test_legal_table_find13(text, lang, finding_id, expected, reason):
    check_finding(assess_text(text, lang).findings, finding_id, expected, reason, "basis")


# (id, sentence, court document, expected (label, kind) of the first source, or None: no source)
SOURCES = [
    ("submitted-to-test", "After 400 days in medical keeplock Hale submitted to a tuberculosis test and was "
     "released.", True, None),
    ("submits-to-search", "Each visitor submits to a pat-down search before entering the unit.", False, None),
    ("submitted-to-x-ray", "The prisoner submitted to an x-ray of his wrist two days later.", False, None),
    ("submitted-that-stays", "Hale submitted that the keeplock cell was unheated.", True, ("Hale", "other")),
    ("sick-call-requests-noun", "The medical unit took three days on average to answer detainee sick call "
                                "requests.", False, None),
    ("maintenance-requests-noun", "The unit ignored maintenance requests for broken toilets.", False, None),
    ("detainee-requests-verb-stays", "The detainee requests that the court order his transfer.", True,
     ("The detainee", "other")),
    ("our-inspections-court-word", "Our inspections of five detention facilities revealed that detainees were "
     "strip searched.", False, ("Our inspections of five detention facilities", "court")),
]


@pytest.mark.parametrize("sentence, court_doc, expected",
                         [pytest.param(s, c, e, id=n) for n, s, c, e in SOURCES])
def test_sources_find13(sentence, court_doc, expected):
    src = load_attributor("en").sources(sentence, court_doc=court_doc, last_speaker=None, detainee=None, orgs=[])
    if expected is None:
        assert src == [], src
    else:
        assert src and (src[0].label, src[0].kind) == expected, src


def test_rows_have_reasons_and_unique_ids():
    ids = [r[0] for r in ROWS] + [s[0] for s in SOURCES]
    assert len(ids) == len(set(ids))
    assert all(r[5] and r[4] in (V, C, I, OK, None) for r in ROWS)
