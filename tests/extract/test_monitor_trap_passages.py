"""More traps of monitoring-body and US government reports, in sentences written for this suite
(none copied from a document or a labelled passage), beside the real findings that stand right
next to the same cue and must keep firing.

The kinds: a harm denied with "No" ("No ill-treatment was reported"), the method of an inquiry (data
examined, compliance assessed, the consultants who helped), what standards or a report cover, what an
agency's standards or a set of regulations require, remedial measures listed, another country, a class
of people in general, what happened before the arrest and force used in the street, a legal
characterisation ("constitute torture"), harm to staff, an ombudsman's report left unanswered, a
building to come, a maximum allowed, equipment in its store, a prevention procedure.

Every scope is narrow: a real fact in the same sentence, after a "but", a ";", a "found", a "who", or
not opening the sentence, still fires (COUNTER).
"""

from __future__ import annotations

import pytest

from extract_helpers import counted, describe

#: (kind of trap, sentence): no fact the evaluation counts (a denied harm may be read, negated)
TRAPS: list[tuple[str, str]] = [
    # --- a harm denied with "No"
    ("no harm", "No ill-treatment was reported by the prisoners we spoke to."),
    ("no harm", "No deaths in custody occurred during the period under review."),
    ("no harm", "No use of force was recorded in the fortnight before the visit."),
    ("no harm", "No incidents of self-harm were logged on the unit last year."),
    ("no harm", "No restraints were applied to the women held at the station."),
    ("no harm", "There were no beatings reported at the youth centre."),
    ("no harm", "There have been no suicides at the facility since 2019."),
    ("no harm", "No physical force was used on the children during the reporting period."),
    ("no harm", "No torture was alleged by the persons interviewed at the police station."),
    # --- the method of an inquiry
    ("method", "Inspectors examined data on the use of force, segregation and self-harm."),
    ("method", "The team requested statistics on restraint, isolation and deaths in custody."),
    ("method", "The OIG reviewed the agency's oversight of segregation, use of force and medical care at the centres."),
    ("method", "Contract inspectors assess compliance with standards on medical care, food service and use of"
               " force."),
    ("method", "We evaluated the Bureau's management of restrictive housing and use of force."),
    ("method", "We carried out the review with the assistance of consultants in use of force, mental health care"
               " and suicide prevention."),
    ("method", "Our team included experts in juvenile justice, solitary confinement and adolescent psychiatry."),
    # --- what standards, policies or a report cover
    ("scope", "The detention standards cover areas such as medical care, use of force, and segregation."),
    ("scope", "The agency's policies address restraints, isolation and the handling of grievances."),
    ("scope", "The annual report of the Special Rapporteur on torture to the General Assembly focuses on solitary"
              " confinement."),
    ("scope", "The questionnaire covered topics such as overcrowding, sanitation and access to a lawyer."),
    # --- what an agency's standards or regulations require
    ("norm", "The agency's detention standards require that detainees in segregation be seen daily by medical staff."),
    ("norm", "The agency's standards limit disciplinary segregation to 30 days per incident."),
    ("norm", "Regulations require that juveniles be held separately from adults."),
    ("norm", "The Bureau's policy prohibits the use of restraints on pregnant women."),
    # --- remedial measures listed
    ("remedy", "The remedial measures include providing adequate mental health care and limiting the use of"
               " restraints."),
    ("remedy", "Remedial measures: the jail must provide adequate medical care to all prisoners."),
    ("remedy", "The minimum remedial measures necessary to address these deficiencies are as follows: end the"
               " use of isolation as punishment."),
    # --- elsewhere, a class of people in general, before the arrest, force in the street
    ("elsewhere", "In neighbouring countries, prisons are severely overcrowded."),
    ("general", "Juveniles are more vulnerable to the harmful effects of isolation than adults."),
    ("outside custody", "Before his arrest, he had been attacked and beaten by unknown men."),
    ("outside custody", "Prior to her detention, she had been injured in a road accident."),
    ("outside custody", "Police used tear gas against protesters during the demonstrations in the capital."),
    ("outside custody", "Security forces fired rubber bullets at demonstrators near the parliament."),
    ("outside custody", "Riot police beat peaceful protesters with batons in the main square."),
    # --- a legal characterisation, impunity as a pattern, harm to staff, a threat to health
    ("characterisation", "The Committee considers that the acts described constitute torture within the meaning of"
                         " article 1."),
    ("characterisation", "The treatment reported to the experts amounts to torture."),
    ("pattern", "There is a pattern of impunity for acts of torture in the country."),
    ("staff", "Assaults on staff had increased by a third since the last inspection."),
    ("staff", "Several officers had been injured while restraining a prisoner."),
    ("general", "The pandemic posed a serious threat to the health of persons deprived of liberty."),
    ("general", "Overcrowding increases the risk of the spread of infectious diseases."),
    # --- an ombudsman's report unanswered, past recommendations, the reach of a rule
    ("ombudsman", "The Department did not respond to the Ombudsman's report."),
    ("ombudsman", "The ministry has not yet replied to the Ombudsman’s recommendations."),
    ("topic", "Recommendations from our previous inspection on use of force had not been achieved."),
    ("norm", "The policy applies to detainees with mental health conditions."),
    # --- a building to come, a maximum allowed, equipment stored, a procedure, a protection measure granted
    ("to come", "The new wing will include a segregation unit with 20 cells."),
    ("to come", "The planned remand centre is expected to have single cells with showers."),
    ("maximum", "Segregation can be authorised for up to 14 days by the governor."),
    ("maximum", "A child may be placed in isolation for no more than 24 hours."),
    ("equipment", "The tasers are kept in a locked cabinet."),
    ("equipment", "Handcuffs and leg restraints are stored in the control room."),
    ("procedure", "Suicide and self-harm prevention procedures were in place."),
    ("procedure", "The unit had a self-harm reduction strategy."),
    ("protection", "The Commission has granted precautionary measures in favour of the detainees of the prison."),
    ("norm", "Under the Mandela Rules, which were revised in 2015, solitary confinement is limited to 15 days."),
    ("general", "Isolation seriously harms youth."),
    ("outside", "Judges sent boys to the centres because of the lack of vocational programmes in the community."),
]

#: (type, sentence): a real finding next to one of the cues above - it must fire
COUNTER: list[tuple[str, str]] = [
    # "No" denies a harm, not a lack, and not a harm in the next clause
    ("use_of_force", "No ill-treatment was reported in the women's wing, but several men said they had been"
                     " beaten by guards."),
    ("use_of_force", "There were no reports of deaths in custody, but detainees were beaten by guards."),
    ("legal_access", "No access to a lawyer was granted during the first 48 hours."),
    ("food_water", "No food was provided during the first day of custody."),
    ("medical_care", "No doctor had visited the prison for months."),
    ("complaints", "No complaints mechanism was available to detainees."),
    ("use_of_force", "No sooner had he arrived than guards beat him with batons."),
    ("use_of_force", "There was no doubt that officers had beaten the detainee."),
    # the method ends where the finding begins
    ("use_of_force", "We reviewed the records of 20 prisoners and found that guards had beaten several of them."),
    ("solitary", "The inspectors reviewed the records of segregation and found a man held in isolation for"
                 " 200 days."),
    ("use_of_force", "Our consultant in use of force found that officers repeatedly used chemical agents on"
                     " restrained youth."),
    ("use_of_force", "The team included experts in use of force, who saw officers beat a handcuffed detainee."),
    ("solitary", "The report covers the use of isolation; we found youth held in isolation for weeks."),
    # a norm ends at its "but"; a breach of the norm is a finding
    ("solitary", "ICE's standards limit disciplinary segregation to 30 days, but one detainee was held in"
                 " segregation for 200 days."),
    ("solitary", "Contrary to the regulations, children were held in solitary confinement for weeks."),
    ("use_of_force", "The remedial measures we recommend respond to the beatings of youth by staff, which we"
                     " documented in detail."),
    # an instrument named in the same sentence hides nothing
    ("use_of_force", "Under the Convention against Torture visit, guards beat detainees in front of the delegation."),
    ("use_of_force", "Despite the Standard Minimum Rules, guards beat detainees with batons."),
    ("solitary", "In violation of the Mandela Rules, he was held in solitary confinement for two years."),
    ("use_of_force", "During the visit under the Optional Protocol, detainees told us that guards beat them daily."),
    # elsewhere only opening the sentence; a class in general only for the words right after the cue
    ("overcrowding", "Unlike in neighbouring countries, prisons here were severely overcrowded."),
    ("solitary", "Youth, who are more vulnerable to the harmful effects of isolation, were held in isolation for"
                 " weeks at the facility."),
    # before the arrest only up to the clause's end; force on protesters once they are held
    ("use_of_force", "Before his arrest, he was a teacher; in custody, guards beat him repeatedly."),
    ("use_of_force", "Police beat protesters who had been detained at the station."),
    ("use_of_force", "Police beat demonstrators after taking them into custody."),
    ("use_of_force", "Detainees arrested at the protest were beaten in the police van."),
    ("use_of_force", "Guards used tear gas against prisoners protesting in the yard."),
    ("monitoring_access", "The delegation was denied access to the military detention facility."),
    ("monitoring_access", "We completed unannounced inspections of three family detention facilities."),
    # a characterisation beside the act keeps the act; harm to prisoners beside harm to staff keeps it
    ("use_of_force", "Detainees described being beaten, which constitutes torture."),
    ("use_of_force", "Guards beat him with batons; such acts constitute torture."),
    ("use_of_force", "Despite impunity for acts of torture, detainees described being beaten by guards."),
    ("use_of_force", "Levels of violence had increased since the last inspection."),
    ("use_of_force", "Assaults on prisoners by staff had increased since the last inspection."),
    ("physical_health", "Officers were injured and several prisoners were injured during the disturbance."),
    ("physical_health", "He was injured when guards pushed him down the stairs."),
    ("justification_security", "He was held in isolation because he was classified as a security risk."),
    ("monitoring_access", "The Ombudsman was refused access to the segregation unit."),
    ("complaints", "There was no functioning complaints system in the prison."),
    # a past recommendation names its topic only; a place and a past make the cause a finding
    ("use_of_force", "Our recommendations on use of force had not been implemented and staff continued to beat"
                     " prisoners."),
    ("solitary", "Our recommendations on segregation were ignored, and prisoners were held in segregation for"
                 " months."),
    ("overcrowding", "Overcrowding at the jail increased the risk of disease."),
    ("solitary", "The policy applies to detainees in segregation, and one man was held in segregation for 200 days."),
    # a maximum followed by what happened; equipment used; a procedure beside a symptom; a monitor refused
    ("solitary", "Segregation can be authorised for up to 14 days, but one prisoner had been held in segregation"
                 " for 90 days."),
    ("solitary", "A detainee was kept in isolation for up to 14 days at a time."),
    ("solitary", "The new wing had a segregation unit where two men were held in isolation."),
    ("restraints", "Handcuffs were kept on him for hours."),
    ("restraints", "Detainees were held in handcuffs for hours in the control room."),
    ("mental_health", "Self-harm prevention procedures were in place, but a young man self-harmed twice in the"
                      " segregation unit."),
    ("mental_health", "Levels of self-harm were high and suicide prevention procedures were weak."),
    ("monitoring_access", "The Commission was denied access to the prison."),
    ("solitary", "In breach of the standards under the Mandela Rules, he was held in solitary confinement for two"
                 " years."),
    ("use_of_force", "No beating reported by the detainees had been investigated by the prosecutor."),
    ("solitary", "Isolation seriously harmed the boys held at the centre for weeks."),
    ("work_programmes", "There were no educational programmes in the centre, unlike in the community."),
    ("medical_care", "Detainees received inadequate medical care, worse than in the community."),
    ("use_of_force", "We reviewed data on the use of force: staff had beaten prisoners on 30 occasions."),
]


@pytest.mark.parametrize(("kind", "sentence"), TRAPS, ids=[f"{k}:{s[:40]}" for k, s in TRAPS])
def test_monitor_trap_passage_gives_no_counted_fact(facts, kind, sentence):
    got = [f for f in facts(sentence) if f.subject_kind != "general" and f.certainty != "hypothetical"
           and not f.negated]
    if kind == "method":  # the inquiry itself is read as the monitor's access (the read passages label it so)
        got = [f for f in got if f.type != "monitoring_access"]
    assert not got, f"{kind}: {describe(got)}"


@pytest.mark.parametrize(("type_", "sentence"), COUNTER, ids=[f"{t}:{s[:40]}" for t, s in COUNTER])
def test_a_fact_next_to_the_cue_keeps_firing(facts, type_, sentence):
    got = counted(facts(sentence), type_)
    assert got and not all(f.negated for f in got), describe(facts(sentence))
