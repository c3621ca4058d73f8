"""Legal test table, round grade15en (issue 11): who speaks in a monitoring report or a country report.

Sentences of our own (names, places and numbers invented), each with the finding it must give (rule,
status; None: no finding for that rule) and a one-line reason.  The rows come from the causes of
over-calling found on fresh inspection reports, CPT and UN texts and State Department country reports:
a speaker whose noun phrase ends in a relative clause ("Prisoners we spoke to said") read as the
inspectors' own voice; an unnamed third party (NGOs, local media, activists) in a monitoring body's or
the State Department's report promoted to the body's own finding; the writer's own doubt ("appear to
have been", "it seems that", "the apparent lack of") read as a finding; a complaint told as a noun
phrase reaching over a clause of the writer's own; a closing reporting clause reaching back over a
contrast ("..., however detainees reported").
"""

from __future__ import annotations

import pytest
from assess_helpers import assess_text, check_finding

from dignity.assess.phrases import plural, statements
from dignity.model import Fact

V, C, I, OK = "violation_likely", "concern", "insufficient_information", "compliant"

# (id, text, finding id, expected status, reason)
ROWS = [
    # --- a speaker with a relative clause ("Prisoners we spoke to said") speaks -----------------------------
    ("stranded-spoke-to", "Inspection report. Prisoners we spoke to said that their cells at Harwick prison were "
     "freezing in winter and had no heating.", "mandela-13", C,
     "the prisoners' own account told to the inspectors: one allegation, not the inspectors' finding"),
    ("stranded-met-with", "Report on the visit. Detainees the delegation met with at Orla police station told us "
     "they had been beaten with batons on arrival.", "mandela-1", C,
     "the detainees speak, not the delegation: 'the delegation' inside the relative clause is not the source"),
    ("we-found-stays", "Inspection report. We found that cells at Harwick prison were freezing in winter and had "
     "no heating.", "mandela-13", V,
     "counter-example: the inspectors' own finding, specific ('no heating'): established"),
    # --- an unnamed third party in a monitoring body's report stays a third party ---------------------------
    ("media-in-monitor-report", "Report of the Ombudsman. The ombudsman visited nine prisons. Local media said "
     "that inmates at Kessel prison slept on the floor for lack of beds.", "mandela-21", C,
     "local media relayed by the ombudsman: one allegation, not the ombudsman's finding"),
    ("ngos-in-monitor-report", "Report of the Ombudsman. The ombudsman visited nine prisons. NGOs stated that "
     "guards at Kessel prison beat prisoners with sticks.", "mandela-1", C,
     "'NGOs stated' in a monitor's report is the NGOs' word, relayed"),
    ("activists-in-country-report", "Country Reports on Human Rights Practices. Human rights activists told "
     "journalists that inmates at Kessel prison slept on the floor for lack of beds.", "mandela-21", C,
     "the State Department relaying activists: one allegation at second hand"),
    ("ombudsman-found-stays", "Report of the Ombudsman. The ombudsman visited nine prisons and found that inmates "
     "at Kessel prison slept on the floor for lack of beds.", "mandela-21", V,
     "counter-example: the ombudsman's own finding on its visits: established"),
    # --- the writer's own doubt is no finding ----------------------------------------------------------------
    ("doubt-appear-to-have", "Inspection report. Detainees at Brannock police station appear to have been denied "
     "food for two days.", "mandela-22", C,
     "'appear to have been' is the writer's inference, not a finding that it happened"),
    ("doubt-it-seems-that", "Inspection report. It seems that detainees at Brannock police station were denied "
     "food for two days.", "mandela-22", C,
     "'it seems that' doubts the whole clause"),
    ("doubt-apparent-lack", "The Special Rapporteur noted the apparent lack of any medical care for detainees at "
     "Brannock prison.", "mandela-24", C,
     "'the apparent lack of' is the monitor's hedged assessment"),
    ("trap-it-was-apparent", "Inspection report. It was apparent that the cells at Brannock station were severely "
     "overcrowded, with thirty men in a cell built for eight.", "mandela-13", V,
     "trap: 'it was apparent that' means evident, not doubted"),
    ("trap-doubt-other-clause", "Inspection report. It seems the food has improved, but the cells at Brannock "
     "station were severely overcrowded, with thirty men in a cell built for eight.", "mandela-13", V,
     "trap: the doubt is in another clause, cut off by 'but'"),
    ("doubt-may-have", "Inspection report. Staff at Brannock prison may have denied detainees food for two days.",
     "mandela-22", C, "'may have denied' is a possibility the writer raises, not a finding"),
    # --- two sources agree only on one matter -------------------------------------------------------------
    ("two-incidents-two-places", "Country report. The NGO Cell Watch reported that guards at Varrow prison beat a "
     "detainee in March 2021. Amnesty International reported that a prisoner at Lisk prison was beaten by police "
     "in May 2021.", "mandela-1", C,
     "two allegations of two incidents (other places, other months): each rests on one source"),
    ("two-sources-one-place", "Country report. The NGO Cell Watch reported that guards beat detainees at Varrow "
     "prison. Amnesty International also reported beatings of detainees by guards at Varrow prison.", "mandela-1", V,
     "counter-example: two independent named sources agree on the beatings at one prison"),
    # --- the body says it is not yet confirmed ------------------------------------------------------------
    ("if-confirmed-same-paragraph", "GENEVA - UN human rights experts today voiced grave concern that Ms. Ilsa "
     "Marr has been held in solitary confinement for over 300 days. If confirmed, such treatment would amount to "
     "torture.", "mandela-43-1-b", C,
     "'if confirmed' in the same paragraph: the experts tell information still to verify, not their finding"),
    ("if-confirmed-other-paragraph", "GENEVA - UN human rights experts today voiced grave concern that Ms. Ilsa "
     "Marr has been held in solitary confinement for over 300 days.\n\nThe experts added that reports of "
     "solitary confinement elsewhere in the region, if confirmed, would also be of concern.",
     "mandela-43-1-b", V,
     "counter-example: the doubt speaks of other cases in another paragraph; the experts' own statement stands"),
    # --- a treaty body noting what the State told it ------------------------------------------------------
    ("state-assurance-noted", "The Committee notes the assurance of the State party that all detainees at Varrow "
     "prison receive three meals a day.", "mandela-22", I,
     "the State's own word that it complies, noted by the Committee: a claim to verify, not a finding"),
    ("state-information-noted", "The Committee takes note of the information provided by the Government that all "
     "detainees at Varrow prison receive three meals a day.", "mandela-22", I,
     "the Government's information, not the Committee's finding: compliance not settled"),
    ("inspectors-found-meals-stays", "Inspection report. The inspectors found that detainees at Varrow prison "
     "received three meals a day.", "mandela-22", OK,
     "counter-example: the inspectors' own finding that the standard is met"),
    # --- a basic need not provided is specific ------------------------------------------------------------
    ("not-provided-bedding", "Report on the visit. Persons held overnight in the Tarn district police cells were "
     "not provided with mattresses or blankets.", "mandela-21", V,
     "the delegation's own finding that no bedding at all was given: a specific denial of the minimum"),
    ("inadequate-bedding-stays-general", "Report on the visit. Bedding in the Tarn district police cells was "
     "inadequate.", "mandela-21", C,
     "counter-example: 'inadequate' does not fix how far it falls short"),
    # --- the reach of a complaint and of a closing reporting clause --------------------------------------
    ("complaint-noun-phrase-ends", "Inspection report. Some prisoners at Dunmore complained of bullying and "
     "too many prisoners were locked in their cells during the working day.", "mandela-4", C,
     "the second clause is the inspectors' own, but 'too many' fixes no shortfall: a concern in its own voice"),
    ("however-ends-closing-clause", "Inspection report. All three centres provided health care services, however "
     "detainees at one of them reported waiting weeks before seeing a doctor.", "mandela-24", C,
     "the detainees' complaint of delay is an allegation; the centres' care is the inspectors' word, not theirs"),
]


@pytest.mark.parametrize("text, finding_id, expected, reason",
                         [pytest.param(t, i, s, r, id=n) for n, t, i, s, r in ROWS])
def test_legal_table_grade15en(text, finding_id, expected, reason):
    check_finding(assess_text(text).findings, finding_id, expected, reason, "basis")


def test_rows_have_reasons_and_unique_ids():
    ids = [r[0] for r in ROWS]
    assert len(ids) == len(set(ids))
    assert all(r[4] and r[3] in (V, C, I, OK, None) for r in ROWS)


def test_complaint_source_stays_with_its_own_clause():
    """'complained of bullying and too many prisoners were locked in' : the lock-up is not the complaint."""
    import dignity
    from dignity import ingest

    ext = dignity.extract(ingest.from_text("Inspection report. Some prisoners at Dunmore complained of bullying "
                                           "and too many prisoners were locked in their cells during the working "
                                           "day.", date="2026-06-02"))
    locked = [f for f in ext.facts if "locked" in (f.evidence[0].text if f.evidence else "")]
    assert locked and all("prisoners" not in (f.attributed_to or "").lower() for f in locked), \
        [(f.type, f.attributed_to) for f in locked]


@pytest.mark.parametrize("label, want", [
    ("The inspectors", True), ("Inspectors", True), ("the delegates", True), ("Committee experts", True),
    ("NGOs", True), ("Local media", True), ("Inmates at the county jail", True),
    ("Amnesty International", False), ("Williams", False), ("Mr. Evans", False), ("HM Inspectorate of Prisons", False),
    ("The United States", False), ("the CPT delegation", False), ("Human Rights Watch", False),
])
def test_plural_source_by_head_noun(label, want):
    """The verb agrees with its source: 'The inspectors state', 'Mr. Evans alleges' (a name in -s is singular)."""
    assert plural(label) is want


def test_statement_verb_agrees_with_plural_inspectors():
    fact = Fact(id="f1", type="sanitation", negated=False, certainty="asserted", attributed_to="The inspectors",
                subject="prisoners", evidence=[])
    out = statements([fact])
    assert out and out[0].startswith("The inspectors state "), out


def test_org_article_is_no_name_of_another_speaker():
    """An organisation named before ("The Committee") lends its name to no other speaker that merely shares its
    article ("the State party")."""
    import dignity
    from dignity import ingest

    ext = dignity.extract(ingest.from_text("The Committee notes the assurance of the State party that all detainees "
                                           "at Varrow prison receive three meals a day.", date="2026-06-02"))
    assert [f.attributed_to for f in ext.facts] == ["the State party"]
