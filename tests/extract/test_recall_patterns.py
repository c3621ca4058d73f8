"""Recall patterns of issue 10, each stated in several wordings of our own, beside the
traps that must stay quiet: negated lists (neither/nor), "no one"/"nobody", questions,
method paragraphs, the source of "according to information provided by", parenthetical
relative clauses, contact rationed by the week or month, qualitative durations, and a
handful of topic and predicate words found missing (containers used as toilets, toilet
ratios, caged recreation, prisoners as interpreters, groups held together, medical
neglect, falling ill, paying guards).

None of these sentences is copied from a document or a labelled passage.
"""

from __future__ import annotations

import pytest

from extract_helpers import counted, describe


def _holds(found, type_: str, negated: bool = False) -> bool:
    return any(f.negated == negated for f in counted(found, type_))


# ------------------------------------------------------------------ facts: (type, negated, sentence)
FACTS: list[tuple[str, bool, str]] = [
    # "had neither X nor Y": one verb of lack, two items (the "nor" negates neither of them)
    ("temperature", False, "The cells had neither heating nor ventilation."),
    ("ventilation", False, "The cells had neither heating nor ventilation."),
    ("hygiene", False, "The women were given neither soap nor blankets."),
    ("bedding_clothing", False, "The women were given neither soap nor blankets."),
    ("bedding_clothing", False, "Detainees received neither towels nor soap nor mattresses."),
    ("legal_access", False, "He had neither a lawyer nor contact with his family."),
    ("family_visits", False, "He had neither a lawyer nor contact with his family."),
    # negated or-lists under one verb of lack
    ("family_calls", False, "Detainees could not receive visits or make calls."),
    ("family_visits", False, "Detainees could not receive visits or make calls."),
    ("medical_care", False, "The men were held without food, water or medical care."),
    # "no one" / "nobody" with a verb of permission
    ("family_calls", False, "Nobody was allowed to make phone calls."),
    ("family_calls", False, "No-one was permitted to use the telephone."),
    ("family_visits", False, "Nobody was allowed to receive family visits."),
    ("medical_care", False, "No one could see a doctor during the lockdown."),
    # containers used as the toilet; one toilet shared by a crowd
    ("sanitation", False, "Detainees used plastic bags to relieve themselves."),
    ("sanitation", False, "The women relied on empty bottles as toilets at night."),
    ("sanitation", False, "There was one toilet for every 80 prisoners."),
    ("sanitation", False, "In the annex a single latrine served more than sixty men."),
    # where the exercise takes place
    ("exercise_outdoor", False, "Recreation took place in a small caged area."),
    ("exercise_outdoor", False, "Exercise time was spent in an indoor room with no window to the sky."),
    # other prisoners made to interpret
    ("language_interpreter", False, "Staff relied on other inmates to interpret."),
    ("language_interpreter", False, "Fellow detainees acted as translators during medical appointments."),
    ("language_interpreter", False, "The nurses used cellmates as interpreters."),
    # both groups named, then held together
    ("separation", False, "Adult and juvenile detainees were housed together."),
    ("separation", False, "Remand and sentenced prisoners were often held together in the old block."),
    ("separation", False, "Men and women shared the same facility with no separation."),
    # a subject reaches its verb over a relative clause set off by commas
    ("food_water", False, "Water, which was supplied by truck, was insufficient."),
    ("temperature", False, "The cells, which held two men each, were bitterly cold."),
    ("sanitation", False, "The latrines, which served the whole wing, were filthy."),
    # visits and calls rationed by the week or the month
    ("family_visits", False, "He was permitted visits twice a month."),
    ("family_visits", False, "Family visits take place once a month behind a screen."),
    ("family_visits", False, "Prisoners can receive visitors once every two weeks."),
    ("family_calls", False, "He is allowed to call his family once a week for ten minutes."),
    ("family_calls", False, "Women in the unit could phone home only once a fortnight."),
    # a monitor's habitual visits
    ("monitoring_access", False, "The ICRC regularly visits detainees held in connection with the conflict."),
    ("monitoring_access", False, "The national commission continued to visit prisons during the year."),
    # neglect, illness, paying for one's own
    ("medical_care", False, "Several prisoners died as a result of medical neglect."),
    ("medical_care", False, "Guards neglected his serious medical needs for weeks."),
    ("physical_health", False, "Inmates in the old block frequently fell ill."),
    ("physical_health", False, "Several detainees became seriously ill during the heatwave."),
    ("bedding_clothing", False, "Inmates had to pay guards for mattresses."),
    ("bedding_clothing", False, "Prisoners paid for their own blankets."),
    ("bedding_clothing", False, "Prisoners were kept in their underwear for days."),
    # a supply shut off, papers seized, letters never sent, rights never told
    ("food_water", False, "Water was withheld from the detainees as punishment."),
    ("correspondence", False, "His letters to his family were not sent."),
    ("correspondence", False, "Parcels from relatives were never delivered."),
    ("legal_access", False, "Legal papers were seized from his cell."),
    ("legal_access", False, "He was interrogated without being informed of his right to a lawyer."),
    # care named by its adequacy alone; inquiries not made; monitoring banned
    ("medical_care", False, "Prisoners with mental disabilities did not receive adequate care."),
    ("medical_care", False, "Elderly prisoners lacked the care they needed."),
    ("complaints", False, "Authorities did not conduct proper investigations of credible allegations of abuse."),
    ("complaints", False, "Officials failed to investigate complaints of ill-treatment by staff."),
    ("monitoring_access", False, "Authorities prohibited independent monitoring of prisons."),
    ("monitoring_access", False, "Independent monitoring of the camps was banned."),
    ("monitoring_access", False, "The government banned NGOs from visiting prisons."),
    ("monitoring_access", False, "Observers were not authorized to enter the detention centre."),
    # "in general", "any prisoner" in a sentence that tells what happened: the group's facts
    ("food_water", False, "In general, prisoners lacked access to clean water."),
    ("food_water", False, "Detainees in general received one meal a day."),
    ("complaints", False, "Any prisoner who complained was punished."),
    # an inspectorate's words: violence rising, provision short of needs, a route that does not work
    ("use_of_force", False, "Levels of violence had increased since the last inspection."),
    ("use_of_force", False, "Violent incidents were frequent on the remand wing."),
    ("medical_care", False, "The health care provision did not meet the needs of the population."),
    ("complaints", False, "Many prisoners told us that the complaints system did not work."),
    ("complaints", False, "The grievance procedure was not functioning."),
    # kicking named with its victim or in a passive list; labour and birth in custody
    ("use_of_force", False, "Defendant Jones allegedly kicked plaintiff in the face while he was restrained."),
    ("use_of_force", False, "He was tasered and kicked."),
    ("use_of_force", False, "The officer kicked the inmate repeatedly."),
    ("vulnerable_person", False, "She went into labor in her cell and received no medical assistance."),
    ("vulnerable_person", False, "She gave birth in her cell without help."),
    # staff who speak the language lacking; bathrooms without partitions
    ("language_interpreter", False, "The facility lacked Spanish-speaking staff."),
    ("language_interpreter", False, "The centre had no bilingual staff on the night shift."),
    ("sanitation", False, "Detainee bathrooms lacked privacy partitions."),
    ("sanitation", False, "The shower areas had no privacy screens."),
    # a contact right a claim names as violated or restricted
    ("correspondence", False, "He claims the regulation infringes his First Amendment right to send and receive mail."),
    ("family_visits", False,
     "Plaintiff argues that the restriction impairs his right to visitation with his children."),
    ("family_calls", False,
     "The prisoners challenge the restrictions on their right to communicate with family by telephone."),
    ("medical_care", False, "The suit alleges violations of the inmates' rights to adequate medical care."),
    # what a party asks to have restored was taken: the loss is the regime now
    ("family_calls", False, "He seeks an order directing defendants to restore his telephone privileges."),
    ("family_visits", False, "He asks that his visitation privileges be reinstated."),
    ("family_visits", False, "The warden was ordered to show cause why he should not be directed to restore "
                         "the visiting rights of the prisoner's mother."),
    # too little time to eat, showers counted over a stay, no chance to go outside
    ("food_water", False, "Inmates were given only ten minutes to finish their meals."),
    ("food_water", False, "The women had less than five minutes to eat breakfast."),
    ("hygiene", False, "He was allowed to shower only twice during his month in the unit."),
    ("exercise_outdoor", False, "Prisoners were given no opportunity to exercise outside for months."),
    ("exercise_outdoor", False, "The boys had no chance to go outdoors during the lockdown."),
    # intermittent access, hedged permission, waiting for a hearing
    ("food_water", False, "Prisoners had intermittent access to drinking water."),
    ("legal_access", False, "Authorities did not always allow lawyers to meet with their clients."),
    ("pretrial_status", False, "Detainees sometimes waited months for a hearing."),
    ("pretrial_status", False, "Prisoners often waited years for trial."),
]


@pytest.mark.parametrize(("type_", "negated", "sentence"), FACTS)
def test_the_fact_is_found(facts, type_, negated, sentence):
    found = facts(sentence)
    assert _holds(found, type_, negated), describe(found)


# ------------------------------------------------------------------ traps: (type, sentence)
TRAPS: list[tuple[str, str]] = [
    # a question asks, it does not state
    ("food_water", "Does the facility provide adequate food to inmates?"),
    ("overcrowding", "What measures has the State party taken to reduce overcrowding?"),
    ("solitary", "How many prisoners are held in solitary confinement?"),
    ("no_natural_light", "Is it true that the cells have no windows?"),
    ("use_of_force", "Were the detainees beaten by the guards?"),
    ("no_natural_light", "The cells have no windows, is that correct?"),
    # a method paragraph: what an inquiry looked into, which records it read
    ("use_of_force", "We write to report the results of our investigation into conditions at the jail, "
                     "including the use of force, medical care and suicide prevention."),
    ("medical_care", "The review of the facility, with a focus on medical care and mental health services, "
                     "began in March."),
    ("solitary", "The team interviewed prisoners and staff and examined records of restraint and segregation."),
    ("restraints", "Inspectors reviewed logs of restraint and use of force for the whole year."),
    # "neither ... nor" between two subjects that are no deprivation
    ("monitoring_access", "Neither the inspections nor the onsite monitoring ensure consistent compliance "
                          "with detention standards."),
    # a monitor's visit by the year is no family visit; a lawyer's weekly visit is no family visit
    ("family_visits", "The ICRC visits the prison once a year."),
    ("family_visits", "His lawyer visits him once a week."),
    ("family_calls", "He may call his lawyer once a week."),
    # the word "fall" and "become" about something else
    ("physical_health", "The fall in the prison population became evident in March."),
    # a toilet for two is no crowd
    ("sanitation", "Each cell had one toilet for its two occupants, screened by a partition."),
    # a ban that is no monitor's: what the inspectors noted was banned; a monitor's visits banned are no family's
    ("monitoring_access", "The inspectors noted that smoking was prohibited in the cells."),
    ("monitoring_access", "The delegation observed that mobile phones are banned on the wing."),
    ("family_visits", "Visits by the Red Cross were prohibited after the riot."),
    # "in general" in a sentence of no past event stays a statement about people in general
    ("mental_health", "In general, prisoners in solitary confinement suffer from anxiety and depression."),
    ("mental_health", "In general, detainees held in isolation experience anxiety."),
    # what a monitor was told about the detainees is no access of the monitor's
    ("monitoring_access", "The SPT was informed that detainees were not allowed to contact their families."),
    ("monitoring_access", "The delegation was told that inmates were refused visits by relatives."),
    # "minor" as an adjective
    ("vulnerable_person", "Detainees were placed in segregation for minor infractions."),
    ("vulnerable_person", "Two men were held in isolation for minor rule violations."),
    # a right stated as a norm, a restoration that took place
    ("medical_care", "Every prisoner has a right to adequate medical care."),
    ("family_visits", "The government restored family visits in March."),
    # monitors' traps: force against staff, training topics, infection control, a pardon, a limit as a norm
    ("use_of_force", "Officers were attacked by inmates with improvised weapons."),
    ("use_of_force", "Staff received training on the prevention of sexual abuse and the use of force."),
    ("physical_health", "Infection control measures were introduced on every wing."),
    ("vulnerable_person", "Prisoners were released under a pardon, including juveniles."),
    ("solitary", "Isolation should not exceed 15 consecutive days."),
    ("pretrial_status", "Pretrial detention may not last longer than two years."),
    # "..., according to NGOs": the source denied nothing
    ("monitoring_access", "Several detainees died after being denied medical treatment, according to NGOs."),
    # a doctor's round is no family visit
    ("family_visits", "The jail has a doctor, but he visits only once a month."),
    ("family_visits", "A psychiatrist visits the unit twice a month."),
    # kicking a thing; a labour camp
    ("use_of_force", "He kicked the door of his cell in frustration."),
    ("vulnerable_person", "He was sent to a labour camp in the north."),
    # water cut off to a town, a phone seized at arrest
    ("food_water", "The water supply to the town was shut off after the flood."),
    ("family_calls", "His mobile phone was seized when he was arrested."),
    # violence outside the prison, or a plan to reduce it
    ("use_of_force", "Domestic violence has increased in the region."),
    ("use_of_force", "The programme aims to reduce violence in the community."),
    # lights out at night is the night's regime, not darkness
    ("darkness", "The lights were turned off at 10 p.m. and came on again at six."),
    ("darkness", "Lights out was at eleven, when the lights were switched off for the night."),
    # ", and that" opens a new clause: the cell is no hygiene item lacking
    ("hygiene", "He alleges that he was given no blanket, and that the cell was cold."),
]


@pytest.mark.parametrize(("type_", "sentence"), TRAPS)
def test_the_trap_stays_quiet(facts, type_, sentence):
    found = facts(sentence)
    assert not counted(found, type_), describe(found)


def test_a_finding_after_the_scope_of_an_inquiry_is_a_finding(facts):
    """The scope of an inquiry ends at what it found: the isolation it found is counted."""
    found = facts("The inspection of the prison, including its segregation unit, found detainees "
                  "held in isolation for months.")
    assert counted(found, "solitary"), describe(found)


def test_a_lost_ligature_is_no_question(facts):
    """A "?" inside a word (a lost "fi" ligature or apostrophe) does not make a question."""
    found = facts("The report on the conditions of con?nement in the state?s prisons found that "
                  "prisoners were held in overcrowded dormitories.")
    assert _holds(found, "overcrowding"), describe(found)


def test_the_source_after_information_provided_by(facts):
    found = facts("According to information provided by the prison authorities, 40 inmates shared "
                  "a cell designed for 12.")
    crowding = [f for f in found if f.type == "overcrowding"]
    assert crowding and all("prison authorities" in (f.attributed_to or "") for f in crowding), describe(found)


def test_a_range_of_months_to_years_is_a_qualitative_duration(facts):
    found = facts("Prisoners have been held in isolation for periods ranging from several months to several years.")
    durations = counted(found, "isolation_duration")
    assert durations and durations[0].value is None, describe(found)


@pytest.mark.parametrize("sentence", [
    "He spends three hours a week out of his cell in solitary.",
    "He spends all but four hours a week in his cell.",
    "Prisoners on the wing spend all but five hours a week in their cells.",
])
def test_hours_a_week_out_of_the_cell_are_no_hours_a_day_in_it(facts, sentence):
    """A weekly figure of time OUT of the cell is a frequency: every daily figure read is about 23 hours
    in the cell, none is the weekly hours divided by seven."""
    hours = [f.value for f in counted(facts(sentence), "confinement_hours")]
    assert hours and all(h > 22.5 for h in hours), hours


def test_no_chance_to_go_outside_is_no_outdoor_exercise(facts):
    """"No opportunity to exercise outside" is exercise indoors or none (value false), never outdoor exercise."""
    found = counted(facts("Prisoners were given no opportunity to exercise outside for months."), "exercise_outdoor")
    assert found and all(f.value is False for f in found), describe(found)

