"""Legal test table, round grade16 (issue 11): whose word a finding rests on, in country reports and
monitoring reports.

Sentences of our own (names, places and numbers invented), each with the finding it must give (rule,
status; None: no finding for that rule) and a one-line reason.  The rows come from causes of over- and
under-calling found on fresh State Department, inspector-general, CPT, IACHR and treaty-body text: an
NGO's observation with a phrase between its verb and its clause ("observed during its visits that") left
to the author's voice; a monitor's visit read as access denied because the detainees' denial that it found
follows it ("visited the prison and found that inmates were denied food"); an authority's count of the
complaints it received read as its admission; a body that only learned of a thing ("the Commission learned
that", "has been informed that") or only infers it ("information gathered suggests that") read as its
finding; a noun cue for what a party said ("the information provided by the State party") reaching over the
comma into the Committee's own clause; a blanket strip search found by an inspector graded as an unknown; what
guards are charged with or accused of, or footage someone posted, read as established; an NGO and its director,
or a detainee and his lawyer, counted as two independent sources.
"""

from __future__ import annotations

import pytest
from assess_helpers import assess_text, check_finding

V, C, I, OK = "violation_likely", "concern", "insufficient_information", "compliant"

# (id, text, finding id, expected status, reason)
ROWS = [
    # --- an NGO's observation stays the NGO's, whatever stands between its verb and its clause ------------
    ("ngo-observed-during-visits", "Country Reports on Human Rights Practices. The NGO Lantern Watch observed "
     "during its visits that inmates at Orsk prison slept on the floor for lack of beds.", "mandela-21", C,
     "an NGO's own observation is one source, not the State Department's finding"),
    ("ngo-found-comma-phrase", "Country Reports on Human Rights Practices. The NGO Lantern Watch found, in two "
     "prisons, that inmates at Orsk slept on the floor for lack of beds.", "mandela-21", C,
     "a phrase set off by commas between 'found' and its clause leaves the clause the NGO's"),
    ("trap-ombudsman-observed-during-visits", "Report of the Ombudsman. The Ombudsman observed during its visits "
     "that inmates at Orsk prison slept on the floor for lack of beds.", "mandela-21", V,
     "counter-example: an official monitor's own observation on its visits is established"),
    # --- a monitor's visit is not its access denied because of what it found -----------------------------
    ("visit-found-denial", "Country Reports on Human Rights Practices. The National Human Rights Commission "
     "visited Orsk prison and found that inmates were denied food for days.", "mandela-83", OK,
     "the food was denied to the inmates; the Commission's visit took place, its access was not refused"),
    ("visit-found-denial-food", "Country Reports on Human Rights Practices. The National Human Rights Commission "
     "visited Orsk prison and found that inmates were denied food for days.", "mandela-22", V,
     "the Commission's own finding on its visit: established, and specific"),
    ("trap-visit-but-denied-access", "Country Reports on Human Rights Practices. The ombudsman visited Orsk "
     "prison but was denied access to the punishment cells.", "mandela-83", V,
     "counter-example: the ombudsman itself was kept out of part of the prison"),
    # --- what an authority received is the complainants' word, not its admission -------------------------
    ("prosecutor-received-complaints", "Country Reports on Human Rights Practices. The Public Prosecutor's Office "
     "stated that it received 140 complaints of torture in police custody.", "mandela-1", C,
     "a count of complaints an authority received says they were made, not that torture took place"),
    ("ministry-reported-receiving", "Country Reports on Human Rights Practices. The Ministry of Justice reported "
     "receiving 31 complaints of beatings by guards at Orsk prison.", "mandela-1", C,
     "the same with the participle: complaints received, not an admission"),
    ("trap-ministry-acknowledged", "Country Reports on Human Rights Practices. The Ministry of Interior "
     "acknowledged that police officers beat detainees in custody at Tarn station.", "mandela-1", V,
     "counter-example: the authorities admit the beating itself"),
    # --- a body that only learned of a thing, or infers it, has not found it ------------------------------
    ("iachr-learned-that", "Press release. The IACHR learned that inmates at Orsk prison sleep on the floor for "
     "lack of beds.", "mandela-21", C,
     "what the Commission learned came from others: relayed, one source"),
    ("commission-became-aware", "Press release. The Commission became aware that inmates at Orsk prison sleep "
     "on the floor for lack of beds.", "mandela-21", C,
     "'became aware that' is being told, not finding"),
    ("iachr-has-been-informed", "Press release. The IACHR has been informed that inmates at Orsk prison sleep "
     "on the floor for lack of beds.", "mandela-21", C,
     "'has been informed that': information received"),
    ("trap-iachr-observed", "Press release. During its visit, the IACHR observed that inmates at Orsk prison "
     "slept on the floor for lack of beds.", "mandela-21", V,
     "counter-example: the Commission's own observation on its visit"),
    ("trap-prisoners-informed-visits-cut", "Inspection report. We found that all family visits at Orsk prison "
     "were cancelled for three months.", "mandela-58", C,
     "counter-example: the inspectors' own finding on a qualified restriction stays a concern by the rule's kind"),
    ("information-gathered-suggests", "Report on the visit. Information gathered during the visit suggests that "
     "guards at Tarn prison beat detainees with batons.", "mandela-1", C,
     "'suggests that' infers; the information was gathered from others: not a finding that it happened"),
    ("evidence-suggests", "Report on the visit. The evidence suggests that guards at Tarn prison beat detainees "
     "with batons.", "mandela-1", C,
     "the writer's own inference, hedged: a concern"),
    ("trap-found-then-suggests", "Report on the visit. The delegation found that guards at Tarn prison beat "
     "detainees with batons, which suggests that training is lacking.", "mandela-1", V,
     "counter-example: the inference follows the finding and does not doubt it"),
    # --- "the reported use of": a thing reported, not found; "as documented by" names who found it -------------
    ("reported-use-of", "Concluding observations. The Committee is concerned at the reported use of beatings by "
     "guards at Orsk prison.", "mandela-1", C,
     "'the reported use of' gives the beatings as reported by others, not as the Committee's finding"),
    ("trap-as-documented-by-npm", "Concluding observations. The Committee is concerned about the use of beatings "
     "by guards at Orsk prison, as documented by the national preventive mechanism.", "mandela-1", V,
     "counter-example: an official monitoring body documented it: its finding, established"),
    ("as-alleged-in-ngo-reports", "Concluding observations. The Committee is concerned about the use of beatings "
     "by guards at Orsk prison, as alleged in reports by civil society organizations.", "mandela-1", C,
     "'as alleged in' reports of NGOs: their word, relayed"),
    # --- a cue inside an opening subordinate clause does not reach the main clause ------------------------
    ("although-government-claimed", "Country Reports on Human Rights Practices. Although the government claimed "
     "conditions had improved, inmates at Orsk prison received one meal a day, according to NGOs.", "mandela-22", C,
     "the meal count is the NGOs' word (the closing 'according to'), not the government's admission"),
    ("trap-while-ngos-ministry-admits", "Country Reports on Human Rights Practices. While NGOs alleged abuse, the "
     "Ministry of Justice acknowledged that inmates at Orsk prison received one meal a day.", "mandela-22", V,
     "counter-example: the ministry admits the shortfall in the main clause; the NGOs' word stays in theirs"),
    ("trap-while-ngos-author-states", "Country Reports on Human Rights Practices. While NGOs reported that guards "
     "beat inmates at Orsk, inmates at Orsk prison received one meal a day.", "mandela-22", V,
     "counter-example: the main clause is the report's own statement, specific ('one meal a day')"),
    # --- pictures another published are its material, relayed ------------------------------------------------
    ("video-posted-social-media", "Country Reports on Human Rights Practices. A video posted on social media "
     "showed guards beating inmates with batons at Orsk prison.", "mandela-1", C,
     "footage someone else posted, unverified by the report: one source, relayed"),
    ("photos-published-newspaper", "Country Reports on Human Rights Practices. Photographs published by the "
     "newspaper La Voz showed inmates at Orsk prison sleeping on the floor for lack of beds.", "mandela-21", C,
     "the newspaper's photographs: the press's material, one source"),
    ("trap-photos-taken-by-inspectors", "Inspection report. Photographs taken by the inspectors showed inmates at "
     "Orsk prison sleeping on the floor for lack of beds.", "mandela-21", V,
     "counter-example: the inspectors' own photographs are their observation"),
    ("trap-cctv-we-reviewed", "Inspection report. CCTV footage we reviewed showed guards beating an inmate with "
     "batons at Orsk prison.", "mandela-1", V,
     "counter-example: records the inspectors reviewed themselves"),
    # --- two voices of one source are no two independent sources --------------------------------------------
    ("ngo-and-its-director", "Country Reports on Human Rights Practices. The NGO Lantern Watch reported that guards "
     "at Orsk prison beat inmates with batons. Ana Ferro, the director of Lantern Watch, said that guards at Orsk "
     "prison beat inmates with batons.", "mandela-1", C,
     "the NGO's director repeats the NGO's own account: one source, not two that agree"),
    ("detainee-and-his-lawyer", "Country Reports on Human Rights Practices. Karl Dorn said guards at Orsk prison "
     "beat him with batons. His lawyer Ana Ferro said guards at Orsk prison beat Dorn with batons.", "mandela-1", C,
     "the lawyer speaks for the detainee: his account twice"),
    ("trap-two-independent-sources", "Country Reports on Human Rights Practices. The NGO Lantern Watch reported "
     "that guards at Orsk prison beat inmates with batons. The newspaper La Voz also reported that guards at Orsk "
     "prison beat inmates with batons.", "mandela-1", V,
     "counter-example: an NGO and a newspaper, neither citing the other, agree: two independent sources"),
    # --- a visiting body's "no provision for supplying" is a denial of the thing ---------------------------
    ("no-provision-for-food", "Report on the visit. At Tarn police station there was no provision for supplying "
     "detainees with food and drinking water.", "mandela-22", V,
     "the delegation's own finding that food and water were not supplied at all: specific"),
    ("trap-no-provision-ngos-reported", "Country Reports on Human Rights Practices. At Tarn police station there was "
     "no provision for supplying detainees with food and drinking water, NGOs reported.", "mandela-22", C,
     "counter-example: the same words relayed from NGOs: one allegation"),
    # --- a charge is the prosecution's case; a conviction is a court's finding -------------------------------
    ("prosecutor-charged-guards", "Country Reports on Human Rights Practices. The prosecutor charged two guards "
     "with beating an inmate with batons at Orsk prison.", "mandela-1", C,
     "what guards are charged with is alleged until a court finds it"),
    ("guards-accused-of", "Country Reports on Human Rights Practices. Two guards accused of beating an inmate with "
     "batons at Orsk prison were suspended.", "mandela-1", C,
     "'accused of' gives the beating as the accusation, not as found"),
    ("trap-court-convicted", "Country Reports on Human Rights Practices. A court convicted two guards of beating "
     "an inmate with batons at Orsk prison.", "mandela-1", V,
     "counter-example: a conviction is a court's finding that it happened"),
    ("trap-arrested-for-protesting-and-beaten", "Country Reports on Human Rights Practices. Karl Dorn was arrested "
     "for protesting and beaten with batons by guards at Orsk prison.", "mandela-1", V,
     "counter-example: the beating is told in a clause of its own, in the report's voice, not what he was "
     "arrested for"),
    ("trap-accused-of-terrorism-held", "Country Reports on Human Rights Practices. Detainees accused of terrorism "
     "were held in solitary confinement for months at Orsk prison.", "mandela-43-1-b", V,
     "counter-example: the accusation is terrorism; the solitary confinement is the report's own statement"),
    # --- a strip search on everyone, or found in breach of the standards ----------------------------------
    ("blanket-strip-search-found", "Inspection report. In violation of standards all detainees entering the Tarn "
     "facility were strip searched.", "mandela-52", V,
     "the inspectors' own finding of a blanket practice: no individual necessity, established"),
    ("routine-strip-search", "Inspection report. Every detainee arriving at Tarn prison was routinely "
     "strip-searched.", "mandela-52", V,
     "searching everyone as a routine is no search only when absolutely necessary"),
    ("trap-one-strip-search", "Inspection report. Staff strip searched a detainee at Tarn prison after a visit.",
     "mandela-52", C,
     "counter-example: one search, reason unknown: a restriction to check, a concern"),
    ("trap-ngo-blanket-strip-search", "Country Reports on Human Rights Practices. NGOs reported that all women "
     "entering Tarn prison were strip searched.", "mandela-52", C,
     "counter-example: the blanket practice is alleged by NGOs only: a concern"),
]


@pytest.mark.parametrize("text, finding_id, expected, reason",
                         [pytest.param(t, i, s, r, id=n) for n, t, i, s, r in ROWS])
def test_legal_table_grade16(text, finding_id, expected, reason):
    check_finding(assess_text(text).findings, finding_id, expected, reason, "basis")


def test_rows_have_reasons_and_unique_ids():
    ids = [r[0] for r in ROWS]
    assert len(ids) == len(set(ids))
    assert all(r[4] for r in ROWS)


def test_noun_cue_speaks_only_in_its_own_clause():
    """'While noting the information provided by the State party, the Committee remains concerned that ...':
    the Committee speaks in its main clause, not the State party (whose word would be an admission)."""
    import dignity
    from dignity import ingest

    ext = dignity.extract(ingest.from_text("Concluding observations. While noting the information provided by the "
                                           "State party, the Committee remains concerned that detainees at Orsk "
                                           "prison are beaten by guards.", date="2026-06-02"))
    force = [f for f in ext.facts if f.type == "use_of_force"]
    assert force and all("state party" not in (f.attributed_to or "").lower() for f in force), \
        [(f.type, f.attributed_to) for f in force]


def test_noun_cue_with_its_clause_still_speaks():
    """'the assurance of the State party that ...': the clause after the party's name is the party's word."""
    import dignity
    from dignity import ingest

    ext = dignity.extract(ingest.from_text("The Committee notes the assurance of the State party that all detainees "
                                           "at Orsk prison receive three meals a day.", date="2026-06-02"))
    assert [f.attributed_to for f in ext.facts] == ["the State party"]
