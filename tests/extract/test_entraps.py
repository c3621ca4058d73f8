"""Issue 10 (entraps): traps of unseen English documents, each beside a counter-example.

A trap is a type that a passage mentions and that a careful reader would not mark: a
relative's condition, a class of prisoners in the law, a definition, another country, a class
said to be at risk, what is essential to anyone, a report's topics, force in the street, a
whole prison's security class, the places a monitor visited, a practice ended, satisfaction
("no complaints about the food"), the status of those a detainee is housed with.  A denial
of a place's state ("no cell was overcrowded") or of such people held ("there were no
juveniles held") gives the fact negated, never asserted.

Beside each rule, a sentence in the same words that states a fact and must keep firing.
Every sentence here was written for this file.
"""

from __future__ import annotations

import pytest

from extract_helpers import counted, describe

#: (type, sentence): no counted fact of the type
TRAPS: list[tuple[str, str]] = [
    # a relative's condition
    ("vulnerable_person", "His mother, who is elderly and disabled, could not travel to the prison."),
    ("vulnerable_person", "Her husband was disabled after an accident at work."),
    ("vulnerable_person", "His wife was pregnant when the police came to the house."),
    ("vulnerable_person", "He asked for visits from his elderly father."),
    # a class in the law
    ("pretrial_status", "The Eighth Amendment applies to convicted prisoners, while the Due Process Clause"
                        " protects pretrial detainees."),
    ("pretrial_status", "The rights of pretrial detainees are at least as broad as those of convicted inmates."),
    ("pretrial_status", "Pretrial detainees are entitled to be free from any punishment."),
    # a definition
    ("confinement_hours", "A supermax prison is a facility where inmates are locked in their cells for 22 hours"
                          " a day."),
    ("solitary", "The term segregation refers to any placement apart from the general population."),
    ("isolation_duration", "Isolation for more than fifteen days is considered prolonged."),
    ("solitary", "Restrictive housing is defined as confinement in a cell for at least 22 hours a day."),
    # another country
    ("confinement_hours", "In some Nordic countries, prisoners are locked in their cells for 22 hours a day."),
    ("overcrowding", "In many other States, remand centres are overcrowded."),
    # a class at risk, in general
    ("vulnerable_person", "Prisoners with psychiatric disorders are at heightened risk of self-harm in"
                          " segregation."),
    # what is essential to anyone
    ("sanitation", "Adequate sanitation is essential to stop the spread of infection."),
    # a report's topics
    ("overcrowding", "The report examines overcrowding, health services and violence in custody."),
    # force in the street
    ("use_of_force", "The use of force by the police during the demonstrations drew wide criticism."),
    # a whole prison's security class
    ("special_regime", "The plaintiffs shared a cell in a Kansas maximum-security penitentiary."),
    ("special_regime", "The prison is a high-security facility holding some 700 men."),
    # the places a monitor visited
    ("solitary", "The delegation visited the isolation block, the infirmary and the kitchens."),
    ("solitary", "The inspectors toured the segregation cells and the exercise yards."),
    # a practice ended
    ("solitary", "The county ended the use of solitary confinement for minors in 2020."),
    ("solitary", "Isolation of children was abolished by statute in 2017."),
    # satisfaction is no lack
    ("food_water", "The women had no complaints about the meals."),
    ("complaints", "The women had no complaints about the meals."),
    # the status of those he is housed with
    ("pretrial_status", "He was placed together with convicted murderers."),
    ("pretrial_status", "She was kept in a dormitory alongside sentenced prisoners."),
    # what a reason must be, or can never be
    ("justification_security", "Any restriction must be justified by a genuine security need."),
    ("solitary", "Security considerations can never justify indefinite isolation."),
    # a reason of security with no custody in sight
    ("justification_security", "The government cited security concerns when it shut the border crossing."),
    # the estate's means for a class
    ("vulnerable_person", "The prison has a separate wing for elderly prisoners."),
    ("vulnerable_person", "The centre can accommodate pregnant women and mothers with babies."),
    # what a policy allows
    ("solitary", "ICE policy allows segregation for security reasons only after a review."),
    # an aim
    ("confinement_hours", "The target is for prisoners to spend ten hours a day out of their cells."),
    # a hospital's places are no bedding
    ("bedding_clothing", "People with mental illness end up in jail for lack of psychiatric beds."),
    # a monitor's denial of what it heard (NEGATED below), a governance topic, a past inspection, a norm
    ("use_of_force", "Governance of the use of force had improved."),
    ("solitary", "Oversight of segregation was good."),
    ("use_of_force", "Use of force was governed by a clear local policy."),
    ("confinement_hours", "At our previous inspection in 2018, many prisoners were locked up for 23 hours a day."),
    ("sanitation", "This was better than at the last inspection, when the toilets were filthy."),
    ("ventilation", "Expectations: prisoners live in clean cells with fresh air and daylight."),
    # a study's site visits
    ("monitoring_access", "In addition, experienced practitioners conducted site visits to a sample of 80 facilities."),
    # other cases
    ("confinement_hours", "He relies on decisions in which prisoners were locked in their cells for 23 hours a day."),
    ("sanitation", "Several circuits have held that exposure to raw sewage violates the Eighth Amendment."),
    ("overcrowding", "The court in that case found that the jail was overcrowded."),
    ("solitary", "Unlike the plaintiff in Garcia, who was held in isolation for three years, he was released."),
    # nothing claimed
    ("solitary", "Plaintiff does not allege that he was ever placed in segregation."),
    ("use_of_force", "He does not contend that the officers used force against him."),
    # the reach of a rule, denied
    ("vulnerable_person", "The directive does not apply to juveniles or pregnant women."),
    # figures missing or asked for
    ("pretrial_status", "The Committee regrets the absence of data on the number of people held in pretrial"
                        " detention."),
    # a detention before this one
    ("use_of_force", "He had been beaten during a previous detention in 2011."),
    # a building opened
    ("overcrowding", "During the year the government opened a new prison with a capacity of 1,500."),
    # a repair to come, a purpose, a topic reported on before
    ("sanitation", "The officials said that the sewage pipes would be replaced next spring."),
    ("overcrowding", "The number of beds was increased to relieve overcrowding."),
    ("overcrowding", "The Commissioner has previously reported on overcrowding in remand centres."),
]

#: (type, sentence): a denial gives the type negated, never asserted
DENIALS: list[tuple[str, str]] = [
    ("overcrowding", "No dormitory was overcrowded."),
    ("overcrowding", "None of the cells visited was overcrowded."),
    ("vulnerable_person", "There were no children held at the station on the day of the visit."),
    ("use_of_force", "The delegation did not receive any allegations of ill-treatment of detainees by staff."),
    ("overcrowding", "Nothing in the record suggests that the dormitory was overcrowded."),
]

#: (type, sentence): a fact in the same words, which keeps firing
COUNTERS: list[tuple[str, str]] = [
    ("family_visits", "His mother was refused a visit for four months."),
    ("vulnerable_person", "The plaintiff, who is elderly and uses a wheelchair, was held in a cell without a ramp."),
    ("pretrial_status", "Because he was a pretrial detainee, his claim arises under the Due Process Clause."),
    ("pretrial_status", "Pretrial detainees were held together with convicted prisoners in crowded cells."),
    ("separation", "He was housed together with convicted felons."),
    ("pretrial_status", "He was sentenced to twelve years and is serving his sentence at the state prison."),
    ("confinement_hours", "The unit is a place where inmates spend 23 hours a day in their cells."),
    ("confinement_hours", "In some prisons, inmates were confined to their cells for 23 hours a day."),
    ("vulnerable_person", "The juveniles held at the centre were locked in their rooms for 20 hours a day."),
    ("solitary", "The review examined records showing that 40 detainees were held in segregation for weeks."),
    ("use_of_force", "Police beat the detainees during the demonstration at the police station."),
    ("special_regime", "He was held in the maximum-security unit for six months."),
    ("special_regime", "He is held in a high security penal colony."),
    ("solitary", "The delegation visited the isolation cells, where a man had been held alone for a month."),
    ("solitary", "The county refused to end the use of solitary confinement for minors."),
    ("food_water", "The detainees complained that the food was rotten."),
    ("no_natural_light", "No cell had a window."),
    ("bedding_clothing", "No inmate had a mattress."),
    ("justification_security", "His isolation was justified by his violent behaviour, the warden said."),
    ("justification_security", "He was classified as a security risk because of his gang membership."),
    ("solitary", "The security concerns the warden cited were used to justify his isolation for 200 days."),
    ("vulnerable_person", "The elderly prisoners held in the wing had no heating."),
    ("solitary", "ICE policy allows segregation for up to 30 days, but the detainees were segregated for months."),
    ("confinement_hours", "Against that target, prisoners spent 22 hours a day locked in their cells."),
    ("bedding_clothing", "Many detainees had no beds and slept on the floor."),
    ("solitary", "Oversight of segregation was weak: one prisoner had been segregated for 90 days."),
    ("use_of_force", "Guards kicked him and the review of the use of force was poor."),
    ("overcrowding", "Since the last inspection, the prison has become severely overcrowded."),
    ("monitoring_access", "We completed unannounced inspections of three family detention facilities."),
    ("special_regime", "He was held in a high-security prison."),
    ("confinement_hours", "In this case, prisoners were locked in their cells for 23 hours a day."),
    ("overcrowding", "The record shows that the dormitory was overcrowded."),
    ("solitary", "Plaintiff alleges that he was placed in segregation without a hearing."),
    ("isolation_duration", "Unlike the plaintiff in Garcia, he was held in isolation for three years."),
    ("pretrial_status", "Data showed that 60 percent of prisoners were held in pretrial detention."),
    ("use_of_force", "He was beaten by guards every night; during a previous detention he had been treated well."),
    ("overcrowding", "The new prison, built for 500 inmates, held 1,400 at the end of the year."),
    ("sanitation", "The sewage pipes, which will be replaced next spring, overflowed into the cells every day."),
    ("food_water", "Guards withheld meals from the detainees to reduce costs."),
    ("overcrowding", "The prison remained severely overcrowded despite efforts to reduce the population."),
]


@pytest.mark.parametrize(("type_", "sentence"), TRAPS, ids=[f"{t}:{s[:40]}" for t, s in TRAPS])
def test_a_trap_gives_no_counted_fact(facts, type_, sentence):
    got = counted(facts(sentence), type_)
    assert not got, describe(got)


@pytest.mark.parametrize(("type_", "sentence"), DENIALS, ids=[f"{t}:{s[:40]}" for t, s in DENIALS])
def test_a_denial_is_never_asserted(facts, type_, sentence):
    got = [f for f in counted(facts(sentence), type_) if not f.negated]
    assert not got, describe(got)


@pytest.mark.parametrize(("type_", "sentence"), COUNTERS, ids=[f"{t}:{s[:40]}" for t, s in COUNTERS])
def test_a_fact_in_the_same_words_keeps_firing(facts, type_, sentence):
    got = [f for f in counted(facts(sentence), type_) if not f.negated]
    assert got, describe(facts(sentence))


def test_those_he_is_housed_with_are_not_he(facts):
    got = [f for f in counted(facts("As a pretrial detainee, he was housed with convicted felons."),
                              "pretrial_status")]
    assert got and {f.value for f in got} == {"pretrial"}, describe(got)
