"""Recall of issue 10 for the types the held-out sets still miss (status, sleep, separation,
the stated reason, force, indefinite isolation, contact): each construction stated in
several wordings of our own, as US courts, State Department reports and monitoring bodies
put it, beside the traps that must stay quiet (norms, laws, training, modals, "no reports
of", what a statute requires).

None of these sentences is copied from a document or a labelled passage.
"""

from __future__ import annotations

import pytest

from extract_helpers import counted, describe


def _holds(found, type_: str, negated: bool = False) -> bool:
    return any(f.negated == negated for f in counted(found, type_))


# ------------------------------------------------------------------ facts: (type, negated, sentence)
FACTS: list[tuple[str, bool, str]] = [
    # pretrial status in court wording: bond, bail, pending charges, arrestees, sentencing, civil detention
    ("pretrial_status", False, "Garza was held at the county jail without bond for eleven months."),
    ("pretrial_status", False, "The plaintiff was held in the detention center in lieu of a $5,000 bond."),
    ("pretrial_status", False, "The arrestee spent two nights in a holding cell with no mattress."),
    ("pretrial_status", False, "She remained detained pending resolution of the state charges against her."),
    ("pretrial_status", False, "Most of the men in the pod could not afford to post bail."),
    ("pretrial_status", False, "The boy was confined in the detention center pending his adjudication hearing."),
    ("pretrial_status", False, "At the time he was in the county jail awaiting sentencing on a drug count."),
    ("pretrial_status", False, "Plaintiff was a post-conviction detainee when the guards searched his cell."),
    ("pretrial_status", False, "Reyes is a civil detainee held under the state's commitment statute."),
    ("pretrial_status", False, "The judge sentenced him to a term of imprisonment of six years."),
    ("pretrial_status", False, "Most people in the annex had been charged but not yet tried."),
    ("pretrial_status", False, "He was returned to the county jail on a parole violation."),
    # sleep: checks, counts, noise and flashlights that keep detainees awake
    ("sleep_noise", False, "The half-hourly cell checks kept him from sleeping for weeks."),
    ("sleep_noise", False, "She says she got no more than three hours of sleep a night on the unit."),
    ("sleep_noise", False, "Men on the tier screamed and banged on their doors all night long."),
    ("sleep_noise", False, "Officers shone flashlights into his eyes every hour throughout the night."),
    ("sleep_noise", False, "The noise level in the dormitory was deafening."),
    ("sleep_noise", False, "Guards slammed the hatches during nightly rounds, waking the detainees."),
    ("sleep_noise", False, "The yelling of the sick men on the tier was relentless."),
    ("sleep_noise", False, "Noise levels on the block exceeded 85 decibels."),
    ("sleep_noise", False, "Men kicked their cell doors every ten minutes."),
    ("sleep_noise", False, "She was repeatedly awakened by officers."),
    ("sleep_noise", False, "He was allowed to sleep only a few hours, if at all."),
    ("sleep_noise", False, "Guards forced the detainees to stay awake."),
    ("sleep_noise", False, "From his cell he could hear women crying through the night."),
    ("sleep_noise", False, "Officers carried out shakedowns at 3 a.m."),
    # overcrowding, exercise and mail in court wording
    ("overcrowding", False, "There were more detainees than mattresses in the holding area."),
    ("exercise_time", False, "He was never let out of his cell for recreation."),
    ("exercise_time", False, "She was let out of her cell only to shower."),
    ("correspondence", False, "Officers threw away his outgoing letters."),
    # separation: both groups mixed or sharing cells, children in adult places, and kept apart (negated)
    ("separation", False, "Remand and sentenced prisoners were mixed in the central block."),
    ("separation", False, "In the provincial jails juveniles and adults shared cells."),
    ("separation", False, "Juvenile offenders were routinely held in adult prisons."),
    ("separation", False, "Persons in pretrial detention were housed with convicted prisoners."),
    ("separation", False, "Detainees awaiting trial shared cells in the same wing as those serving sentences."),
    ("separation", False, "Irregular migrants were held with common criminals in the police station."),
    ("separation", True, "Authorities generally separated juveniles from adults."),
    ("separation", True, "The prisons were segregated by sex."),
    ("separation", True, "Separate facilities existed for women and for juveniles."),
    ("separation", True, "Older jails were all segregated, except for the one in the capital."),
    # the authority's stated reason
    ("justification_security", False, "The warden called him a threat to institutional security."),
    ("justification_security", False, "He was moved to administrative segregation for the safety of the institution."),
    ("justification_security", False, "Officials said the lockdown was imposed to prevent further violence."),
    ("justification_security", False, "He has been kept in the unit to prevent him from communicating with the gang."),
    ("justification_security", False, "He was held in isolation on the grounds that he was a danger to staff."),
    ("justification_security", False, "He was transferred to the supermax because he was considered dangerous."),
    ("justification_security", False, "Officers put him in a restraint chair because he was combative."),
    ("justification_security", False, "He stayed in segregation because of a disciplinary infraction for fighting."),
    ("justification_security", False,
     "The governor said the isolation was a disciplinary measure for possessing a mobile phone."),
    ("justification_security", False,
     "The director explained that the man had been segregated because of his violent behaviour towards staff."),
    ("justification_security", False,
     "The Government said he was held in the high-security wing owing to his links with an armed group."),
    ("justification_security", False, "She was placed in the punishment cell for refusing to stand for the count."),
    ("justification_security", False, "The reason given for his isolation was an alleged plan to escape."),
    ("justification_security", False,
     "The State party argues that the restrictions are justified by the gravity of the charges."),
    ("justification_security", False, "Segregation was used to manage men who were at risk from other prisoners."),
    ("justification_security", False, "He was segregated under Rule 45 for good order or discipline."),
    ("justification_security", False,
     "The Government stated that the measures were taken to ensure the security of the facility."),
    ("justification_security", False, "The authorities kept him in isolation because he was accused of terrorism."),
    ("justification_security", False, "The woman was kept in isolation at the request of the investigator."),
    ("pretrial_status", False, "Plaintiff is a TDCJ inmate proceeding pro se."),
    # special regimes by the names monitors give them
    ("special_regime", False, "He is held under a regime of maximum security."),
    ("special_regime", False, "Prisoners in the high-risk module were locked in for 22 hours."),
    ("special_regime", False, "He was designated a Category A prisoner on arrival."),
    ("special_regime", False, "He was held in the Extra Security Unit of the prison."),
    # family visits: far away, behind glass, by the minute
    ("family_visits", False, "Families had to travel hundreds of kilometres to visit their relatives."),
    ("family_visits", False, "Visits took place in booths separated by thick glass."),
    ("family_visits", False, "He was only allowed to see his wife for twenty minutes every two weeks."),
    # sleep as a thing withheld
    ("sleep_noise", False, "The unit deprives children of basic needs such as schooling, sleep and human contact."),
    # use of force: between prisoners, by guards, force used, weapons and holds
    ("use_of_force", False, "Detainees were regularly attacked by other prisoners in the yard."),
    ("use_of_force", False, "Two men killed three fellow inmates during the disturbance."),
    ("use_of_force", False, "Gang leaders ran the wing, extorting and assaulting other prisoners."),
    ("use_of_force", False, "Boys in the centre suffered repeated assaults by other youths."),
    ("use_of_force", False, "There were reports of prisoners being killed by guards."),
    ("use_of_force", False, "Officers used force to subdue the handcuffed man."),
    ("use_of_force", False, "Force was used on children 140 times in six months."),
    ("use_of_force", False, "Guards reportedly inflicted physical punishment on detainees."),
    ("use_of_force", False, "The army used live ammunition against the rioting prisoners."),
    ("use_of_force", False, "Fourteen prisoners died as a result of beatings."),
    ("use_of_force", False, "Staff relied on take-downs and prone restraint to control the youths."),
    ("use_of_force", False, "Fights between rival gangs were a weekly event in the prison."),
    ("use_of_force", False, "Interrogators reportedly used physical and psychological abuse to obtain confessions."),
    ("use_of_force", False, "Detainee abuse was widespread in the border posts."),
    ("use_of_force", False, "Two prisoners died after clashes with guards in the exercise yard."),
    ("use_of_force", False, "Warders sexually exploited female detainees."),
    ("use_of_force", True, "There were no reports of beatings in the prisons during the year."),
    ("use_of_force", True, "There were no reported cases of abuse by prison guards."),
    # indefinite isolation
    ("indefinite_isolation", False, "Validated members serve indeterminate SHU terms."),
    ("indefinite_isolation", False, "He has been held in segregation for an unspecified period."),
    ("indefinite_isolation", False, "There is no set date for his release from the isolation unit."),
    ("indefinite_isolation", False, "Placement in the control unit was of unlimited duration."),
    ("indefinite_isolation", False, "Men in the SHU said the only way out was to debrief, parole or die."),
    # no meaningful contact
    ("no_meaningful_contact", False, "In the unit he has virtually no contact with other human beings."),
    ("no_meaningful_contact", False, "She went for weeks without speaking to anyone."),
    ("no_meaningful_contact", False, "The women were isolated from all human contact."),
    ("no_meaningful_contact", False, "Prisoners could talk to one another only by shouting through the vents."),
]


@pytest.mark.parametrize(("type_", "negated", "sentence"), FACTS)
def test_the_fact_is_found(facts, type_, negated, sentence):
    found = facts(sentence)
    assert _holds(found, type_, negated), describe(found)


# ------------------------------------------------------------------ traps: (type, sentence)
TRAPS: list[tuple[str, str]] = [
    # what a statute or a reform says of people held without bail is about nobody in particular
    ("pretrial_status", "The statute requires that anyone held without bail see a judge within 48 hours."),
    ("pretrial_status", "Bail reform would cut the number of people held without bond."),
    # training and policy on force are no force used
    ("use_of_force", "Staff are trained in the use of force to subdue violent inmates."),
    ("use_of_force", "The policy on the use of force lets officers use force to restrain a prisoner "
                     "only as a last resort."),
    # nothing reported is no force
    ("use_of_force", "There were no reports of beatings in the prisons during the year."),
    ("use_of_force", "The delegation received no reports of mistreatment."),
    # a norm of separation, or a recommendation, is no separation observed
    ("separation", "The law requires that juveniles be held separately from adults."),
    ("separation", "Authorities should separate pretrial detainees from convicted prisoners."),
    # a court's grounds and a norm about isolation are no stated reason for a regime
    ("justification_security", "The court dismissed the claim on the grounds that he failed to exhaust remedies."),
    ("justification_security", "Isolation should never be imposed to prevent escapes."),
    ("justification_security", "The authorities isolated the sick detainees to prevent the spread of COVID-19."),
    # a life sentence is no indefinite isolation; a norm about indefinite isolation is about nobody
    ("indefinite_isolation", "He was sentenced to prison for the rest of his life."),
    ("indefinite_isolation", "Isolation should never be imposed for an indefinite period."),
    # talking to a lawyer without telling anyone else is no isolation
    ("no_meaningful_contact", "He met his lawyer without speaking to anyone else about the case."),
    # people released are no longer held: no vulnerable detainee
    ("vulnerable_person", "Authorities released 500 prisoners, including juveniles and the elderly."),
    # exercise besides the shower is no exercise withheld
    ("exercise_time", "She was let out of her cell only to shower and exercise."),
    # checks at night as the rules require are no disturbance named
    ("sleep_noise", "Staff carried out welfare checks in line with the policy."),
    # a duty to keep others safe, or a ruling on a report, states no reason for a regime
    ("justification_security", "Staff must ensure the safety of other detainees."),
    ("justification_security", "The court ruled based on the police report."),
    # abuse prevented, prohibited or of a substance is no force used
    ("use_of_force", "Staff received training on how to prevent prisoner abuse."),
    ("use_of_force", "He had a history of substance abuse."),
    # a court's failure-to-protect claim names no force by staff; a segregation hearing is no court hearing
    ("use_of_force", "Plaintiff was attacked by other inmates in the dayroom."),
    ("pretrial_status", "He was held in segregation for months without a hearing."),
    # held apart from other inmates is isolation, not the absence of all human contact
    ("no_meaningful_contact", "He was isolated from other inmates for a week."),
    # a stay of a motion, a morning count, a continuance: court procedure, no status, no sleep loss, no reason
    ("pretrial_status", "The motion is stayed pending resolution of the case."),
    ("sleep_noise", "The first count of the day is at 6 a.m."),
    ("justification_security", "He was detained, and the hearing was continued at the request of the prosecutor."),
    # being asleep is no sleep deprivation
    ("sleep_noise", "He was asleep when the officers arrived at his cell."),
]


@pytest.mark.parametrize(("type_", "sentence"), TRAPS)
def test_the_trap_stays_quiet(facts, type_, sentence):
    found = facts(sentence)
    assert not _holds(found, type_, negated=False), describe(found)
