"""The vocabulary of US conditions-of-confinement opinions, per fact type (issue 10/11).

Sentences written for this file from the usual wording of the case law (double-celling, boats, sick
call, four-point restraints, the hole, the SHU, dog runs, cell extractions, OC spray, nutraloaf, raw
sewage, heat index, non-contact visits ...); none is copied from a document or a labelled passage.
Each FACTS row must give the type about a person or group (not hypothetical); each QUIET row is a trap
that must not: a legal standard stated of anyone, another case's facts, a remedy asked for, a measure
said to be lawful in general.  Where wording gives nothing it is listed as a known gap, not fitted.
"""

from __future__ import annotations

import pytest

from extract_helpers import counted, describe

#: (type, sentence)
FACTS: list[tuple[str, str]] = [
    # crowding
    ("overcrowding", "Plaintiff was double-celled in a cell designed for one man."),
    ("overcrowding", "The inmates were triple-bunked in cells built for two."),
    ("overcrowding", "Because the jail was overcrowded, detainees slept in plastic boats on the floor."),
    ("bedding_clothing", "Hernandez slept on the floor for three weeks."),
    ("overcrowding", "The jail exceeded its rated capacity by 300 inmates."),
    ("overcrowding", "The facility housed twice its design capacity."),
    ("overcrowding", "Two inmates were assigned to each cell, which was designed for a single occupant."),
    ("bedding_clothing", "Detainees were forced to sleep on mattresses on the dayroom floor."),
    # medical care
    ("medical_care", "His requests for sick call were ignored for a month."),
    ("medical_care", "Defendants were deliberately indifferent to his serious medical needs."),
    ("medical_care", "The nurse refused to see him at sick call."),
    ("medical_care", "He filed six sick call slips over two weeks without being seen."),
    ("medical_care", "He was denied his psychiatric medication for a week."),
    # restraints and force
    ("restraints", "He was placed in four-point restraints for 14 hours."),
    ("restraints", "Officers strapped him into a restraint chair for six hours."),
    ("restraints", "He was left in the restraint chair overnight."),
    ("restraints", "He was hog-tied and left on the floor."),
    ("use_of_force", "The cell extraction team entered his cell."),
    ("use_of_force", "Officers used chemical agents on him while he was in his cell."),
    ("use_of_force", "The officer sprayed him with OC spray."),
    ("use_of_force", "Officers tasered him twice while he was handcuffed."),
    ("use_of_force", "An officer shocked him with a taser."),
    ("use_of_force", "Officers doused him with pepper spray and left him without decontamination."),
    # isolation
    ("solitary", "He was kept in a strip cell for five days."),
    ("solitary", "He spent 30 days in the hole."),
    ("solitary", "He was held in administrative segregation for 18 months."),
    ("solitary", "He was placed in disciplinary segregation for 60 days."),
    ("solitary", "Williams has been confined in the SHU since 2012."),
    ("special_regime", "He has been housed at the supermax for eight years."),
    ("isolation_duration", "The unit was on lockdown for two months."),
    ("confinement_hours", "He was confined to his cell 23 hours a day in the SHU."),
    # exercise
    ("exercise_time", "Inmates in the unit received one hour of yard time per week."),
    ("exercise_outdoor", "Exercise was limited to an outdoor dog run."),
    ("exercise_outdoor", "He received no outdoor exercise for two years."),
    ("exercise_outdoor", "He was not allowed to go outdoors for 18 months."),
    # food
    ("food_water", "He was fed nutraloaf for seven days."),
    ("food_water", "He received only food loaf for a week."),
    ("food_water", "He was placed on a diet of food loaf as punishment."),
    # hygiene, sanitation
    ("hygiene", "He was denied showers for 21 days."),
    ("hygiene", "There was no hot water in the unit for months."),
    ("hygiene", "He was not permitted to shower for two weeks."),
    ("sanitation", "The cells were infested with vermin."),
    ("sanitation", "Cockroaches crawled over the inmates while they slept."),
    ("sanitation", "Raw sewage flowed into his cell."),
    ("sanitation", "The cells flooded with water from the toilets."),
    ("sanitation", "Sewage backed up into the cells from the toilets."),
    ("sanitation", "He was kept in a cell with no working toilet."),
    # heat, air
    ("temperature", "Inmates endured extreme heat in the cells during the summer."),
    ("temperature", "The heat index in the tiers exceeded 100 degrees."),
    ("temperature", "Temperatures in the cells reached 110 degrees."),
    ("ventilation", "The ventilation in the cellblock was inadequate."),
    ("ventilation", "The cells had no air conditioning and little air circulation."),
    # access, contact
    ("legal_access", "Access to the law library was limited to one hour a month."),
    ("legal_access", "He was denied access to counsel for nine days."),
    ("legal_access", "He was not allowed to call his attorney."),
    ("family_visits", "He was allowed only non-contact visits."),
    ("family_visits", "Visits took place through a glass partition."),
    ("family_calls", "His telephone privileges were revoked for 90 days."),
    ("family_calls", "He lost his phone privileges for a month."),
    # relief asked for by what was suffered, or after it: the fact stays
    ("solitary", "Plaintiff seeks damages for the 30 days he spent in the hole."),
    ("hygiene", "He sought relief after he was denied showers for three weeks."),
]

#: (type that must not be given, sentence): traps
QUIET: list[tuple[str, str]] = [
    # a legal standard, stated of anyone
    ("restraints", "An inmate's claim that he was placed in four-point restraints states a claim only if the "
                   "restraints were imposed maliciously."),
    ("use_of_force", "The use of a taser on a restrained inmate may constitute excessive force."),
    ("restraints", "The use of a taser on a restrained inmate may constitute excessive force."),
    ("medical_care", "To establish deliberate indifference to serious medical needs, a plaintiff must show that "
                     "officials knew of and disregarded an excessive risk."),
    ("overcrowding", "Double-celling, by itself, does not violate the Eighth Amendment."),
    ("solitary", "Officials may place an inmate in a strip cell if he poses a danger to himself."),
    # another case's facts
    ("solitary", "In that case, the prisoners were kept in the hole for months and fed nutraloaf."),
    ("food_water", "In that case, the prisoners were kept in the hole for months and fed nutraloaf."),
    ("overcrowding", "In Hutto v. Finney, inmates in punitive isolation were kept in overcrowded cells."),
    # a remedy asked for
    ("hygiene", "Plaintiff seeks an injunction requiring defendants to provide hot water in the showers."),
    ("restraints", "Plaintiff requests that the Court enjoin the use of the restraint chair."),
    ("restraints", "Plaintiff seeks an order requiring defendants to provide hot water and to end the use of the "
                   "restraint chair."),
    ("restraints", "Plaintiffs move for a preliminary injunction barring the use of four-point restraints on "
                   "juveniles."),
    # a claim dismissed on the pleadings, named only by its subject
    ("temperature", "The motion to dismiss the claim concerning the heat index is granted."),
    # water to wash in is not drinking water
    ("food_water", "There was no hot water in the unit for months."),
    ("food_water", "Only cold water was available for showers."),
]


@pytest.fixture(scope="module")
def read():
    from extract_helpers import reader

    return reader("en")


@pytest.mark.parametrize("type_,sentence", FACTS)
def test_court_vocabulary_gives_the_fact(read, type_, sentence):
    facts = read(sentence)
    assert counted(facts, type_), f"{type_} not found: {describe(facts)}"


@pytest.mark.parametrize("type_,sentence", QUIET)
def test_court_vocabulary_traps(read, type_, sentence):
    facts = read(sentence)
    assert not counted(facts, type_), f"{type_} given: {describe(counted(facts, type_))}"
