"""Paraphrase variants for issue 10 in the words of US court opinions and US government reports
(conditions-of-confinement suits, CRIPA findings letters, inspector-general reports, State
Department prison sections): for every class of words added, several wordings of the same fact,
most of them NOT the wording of a read passage, and traps (legal standards stated in general,
holdings on the law, requests) that stay quiet.

The rows sit beside those of test_recall_variants.py; they are kept in a file of their own so
that the court and government classes can be reviewed together.  None of these sentences is
copied from a document or a labelled passage.
"""

from __future__ import annotations

import pytest

from extract_helpers import counted, describe

#: (class, type, negated, sentence)
VARIANTS: list[tuple[str, str, bool, str]] = [
    # the status a prisoner's suit names: serving time, a parole violation, a suit against prison staff
    ("prison suit", "pretrial_status", False, "He filed suit against several prison employees under section 1983."),
    ("prison suit", "pretrial_status", False, "The action names three state prison officials as defendants."),
    ("prison suit", "pretrial_status", False, "This is a prisoner's civil rights action challenging his diet."),
    ("prison suit", "pretrial_status", False, "Plaintiff, who is serving time for burglary, sued the warden."),
    ("prison suit", "pretrial_status", False, "He was returned to custody for a parole violation in 2014."),
    (
        "prison suit",
        "pretrial_status",
        False,
        "The court found that the Department of Corrections' treatment of its prisoners was deficient.",
    ),
    # a numbered list: a study cited in one item does not make the others general
    (
        "numbered list",
        "pretrial_status",
        False,
        "The court relied on three facts: (1) the inmates were serving long prison terms; (2) the unit "
        "was full; and (3) several studies recommend more space per person.",
    ),
    # a trial still to come, with its kind named
    (
        "pending trial",
        "pretrial_status",
        False,
        "Plaintiff, who was held at the jail pending his criminal trial, says officers beat him.",
    ),
    ("pending trial", "pretrial_status", False, "She spent eight months in the jail awaiting her federal trial."),
    # force named by the bodily act done to the detainee
    ("bodily force", "use_of_force", False, "Two deputies tackled the plaintiff in the hallway."),
    ("bodily force", "use_of_force", False, "A guard knelt on his neck for several minutes."),
    ("bodily force", "use_of_force", False, "The sergeant twisted her wrist until it fractured."),
    ("bodily force", "use_of_force", False, "She was sexually assaulted by a transport officer."),
    ("bodily force", "use_of_force", False, "He was thrown against the bars by two officers."),
    ("bodily force", "use_of_force", False, "The report documents frequent forced cell extractions on the unit."),
    ("bodily force", "use_of_force", False, "Officers set a dog on the prisoners in the yard."),
    # cold or heat shown by what it does, or a place not heated or cooled
    ("heat shown", "temperature", False, "In January the men in the dormitory could see their breath."),
    ("heat shown", "temperature", False, "Ice formed on the inside of the cell windows."),
    ("heat shown", "temperature", False, "Two prisoners were treated for heat-related illness in August."),
    ("heat shown", "temperature", False, "The heat index readings on the tier exceeded 110 degrees."),
    ("not heated", "temperature", False, "The housing units were not air-conditioned during the summer."),
    ("not heated", "temperature", False, "The cellblock was never properly heated and ice formed on the bars."),
    # a gang named as the reason for the placement
    ("gang", "justification_security", False, "He remained in the SHU because he was a validated gang member."),
    ("gang", "justification_security", False, "Officials kept her in segregation based on her gang affiliation."),
    (
        "gang",
        "justification_security",
        False,
        "He was assigned to the unit because of his membership in a prison gang.",
    ),
    # checks or counts that wake him, in either order
    ("woken", "sleep_noise", False, "Officers performed counts every hour overnight, waking the prisoners."),
    ("woken", "sleep_noise", False, "Staff woke the youths repeatedly for room checks."),
    # something not had for a while
    ("not had", "family_visits", False, "She has not had a visit from her children in three years."),
    ("not had", "medical_care", False, "He had not received his prescribed medication for a week."),
    ("not had", "hygiene", False, "Prisoners on the tier went weeks without soap."),
    # isolated from everyone, alone all day
    ("isolated", "solitary", False, "Prisoners on the unit are isolated from one another."),
    ("isolated", "solitary", False, "He spends nearly all of the day alone in his cell."),
    # the length of isolation given as "as long as"
    ("as long as", "isolation_duration", False, "Children were held in isolation for as long as 40 days."),
    # a condition held, claimed or challenged as unconstitutional (the court's or a party's words)
    (
        "unconstitutional",
        "medical_care",
        False,
        "The court held that the dental care at the prison violated the Eighth Amendment.",
    ),
    (
        "unconstitutional",
        "temperature",
        False,
        "Plaintiffs allege that the heat on the tiers is cruel and unusual punishment.",
    ),
    (
        "unconstitutional",
        "food_water",
        False,
        "He claims that the meals served in segregation were constitutionally inadequate.",
    ),
    ("unconstitutional", "legal_access", False, "The inmates challenge the adequacy of the jail's law library."),
    (
        "unconstitutional",
        "medical_care",
        False,
        "This suit challenges the constitutionality of psychiatric care in the state's prisons.",
    ),
    (
        "unconstitutional",
        "sanitation",
        False,
        "The jury found that the toilets in the unit were unconstitutionally filthy.",
    ),
    (
        "constitutional",
        "exercise_time",
        True,
        "The court concluded that the recreation schedule at the jail did not violate the Eighth Amendment.",
    ),
    # a contact list cut, a relative banned
    ("contact list", "family_calls", False, "His approved phone list was deleted after the transfer."),
    ("contact list", "family_visits", False, "Her brother was removed from her visiting list."),
    ("contact list", "family_visits", False, "The warden banned his wife from visiting the facility."),
    ("contact list", "family_calls", False, "His parents were struck from his telephone list."),
    # the untried named by arrest, charges, bond and first appearance; the convicted by the conviction
    ("charges", "pretrial_status", False, "She was booked into the city jail after her arrest on Friday."),
    ("charges", "pretrial_status", False, "He was detained in the county jail on felony drug charges."),
    ("charges", "pretrial_status", False, "Because he could not post bond, he stayed in the jail for six months."),
    ("charges", "pretrial_status", False, "The women were awaiting disposition of the charges against them."),
    ("charges", "pretrial_status", False, "Arrestees wait in the holding cells until their first court appearance."),
    ("conviction", "pretrial_status", False, "Following her conviction, she was moved to the women's prison."),
    # State Department wording: deaths at other prisoners' hands, groups not kept apart, bribes, a whole unit punished
    ("deaths", "use_of_force", False, "Two detainees were stabbed to death by rival gang members."),
    ("deaths", "use_of_force", False, "A riot at the central prison left four prisoners dead."),
    ("deaths", "use_of_force", False, "Clashes in the prison resulted in the deaths of several inmates."),
    ("not apart", "separation", False, "Juveniles and adults were not always kept apart."),
    ("not apart", "separation", False, "Pretrial detainees and convicted prisoners were seldom separated."),
    ("bribes", "family_visits", False, "Relatives had to pay bribes to visit prisoners."),
    ("bribes", "family_calls", False, "Inmates had to pay to make phone calls to their families."),
    (
        "whole unit",
        "collective_punishment",
        False,
        "Guards punished the entire wing after an escape attempt by two men.",
    ),
    # an apposition names the plaintiff; it is no legal standard of anyone
    (
        "apposition",
        "medical_care",
        False,
        "A pretrial detainee at the county jail, Smith alleges that he cannot get his insulin.",
    ),
    (
        "apposition",
        "pretrial_status",
        False,
        "Because he was a pretrial detainee, the Fourteenth Amendment applies to his claim.",
    ),
    # DOJ and inspector-general wording
    ("investigators", "monitoring_access", False, "We inspected the jail twice with a medical consultant."),
    ("investigators", "language_interpreter", False, "Officers did not use interpreters during intake interviews."),
    ("investigators", "use_of_force", False, "Officers used force as a first resort against youth."),
    ("investigators", "vulnerable_person", False, "The detention center holds children as young as twelve."),
    ("investigators", "solitary", False, "Staff locked the boys in their rooms for days as punishment."),
    # isolation by the room's name; washing denied in a verb
    ("seclusion", "solitary", False, "The girl was placed in seclusion for fourteen hours."),
    ("seclusion", "solitary", False, "He spent the weekend in a padded cell."),
    ("seclusion", "solitary", False, "Staff put the boy in a time-out room overnight."),
    ("washing", "hygiene", False, "For a week he was not allowed to brush his teeth."),
    ("washing", "hygiene", False, "Detainees were not permitted to wash their clothes."),
    # sleep lacked or taken away
    ("sleep", "sleep_noise", False, "The night counts deprived the men of sleep."),
    ("sleep", "sleep_noise", False, "Children in the unit lacked sleep because of the noise."),
    # "must" of circumstance and "may ... only" are the regime, not a norm or a possibility
    ("must endure", "medical_care", False, "Sick prisoners must wait weeks to see a doctor."),
    ("must endure", "overcrowding", False, "Because of overcrowding, many detainees must sleep on the floor."),
    ("may only", "confinement_hours", False, "He may leave his cell only one hour each day."),
    ("habit", "hygiene", False, "Men in the unit would go weeks without a shower."),
    ("habit", "use_of_force", False, "Guards would routinely beat prisoners who complained."),
    # the same words where a definite subject states the fact
    ("definite subject", "hygiene", False, "The plaintiff was denied showers for two weeks."),
    (
        "definite subject",
        "use_of_force",
        False,
        "An officer shoved the plaintiff against the wall and broke his wrist.",
    ),
    ("definite subject", "family_visits", False, "The warden cancelled his contact visits for a year."),
]

#: (type, sentence) that must stay quiet
QUIET: list[tuple[str, str]] = [
    # a numbered list's study is still a general statement in its own item
    ("mental_health", "Plaintiffs cite (1) the report; and (2) studies showing that isolation causes depression."),
    # a suit against jail staff says nothing of a sentence
    ("pretrial_status", "He sued several jail officials after his arrest."),
    # a gang or a chess club that is no reason for a placement; waking up of one's own accord
    ("justification_security", "He is a member of a prison gang, according to his own testimony."),
    ("sleep_noise", "He woke up at noon on most days."),
    # a claim a party denies is no holding; the difficulty of a task is no challenge in court; a question
    ("temperature", "Defendants deny that the heat in the cells amounts to cruel and unusual punishment."),
    ("medical_care", "The agency described the challenges of providing medical care to families."),
    ("food_water", "The question is whether the meals served in segregation violate the Eighth Amendment."),
    # charges of which he was convicted are no charges pending
    ("pretrial_status", "Charges were brought against the officers who beat him."),
    # a norm's "must be" stays a norm
    ("medical_care", "Every detainee must be seen by a doctor within a day of arrival, the rules say."),
    # a "would" of condition stays hypothetical
    ("solitary", "He would be placed in segregation if he refused the transfer."),
    # poor beds are no broken sleep
    ("sleep_noise", "Sleeping accommodations were inadequate for the number of prisoners."),
    # a room for reading is no isolation room
    ("solitary", "The library has a quiet room where prisoners may read."),
    # force done by the detainee, or a crime he is charged with, is no force used on him
    ("use_of_force", "The inmate shoved an officer and was taken to segregation."),
    ("use_of_force", "He was charged with having shoved a prisoner during a fight."),
    # a legal standard stated of anyone (an indefinite subject), not of this detainee
    ("pretrial_status", "A pretrial detainee may not be punished before an adjudication of guilt."),
    (
        "use_of_force",
        "An inmate who complains of a single shove with no injury fails to state an excessive force claim.",
    ),
    ("hygiene", "A brief denial of showers does not rise to the level of a constitutional violation."),
    ("overcrowding", "Overcrowding alone does not violate the Eighth Amendment."),
    ("exercise_time", "A prisoner must show more than a short denial of recreation to state a claim."),
    ("family_visits", "There is no constitutional right to contact visits."),
    (
        "use_of_force",
        "The Due Process Clause protects a pretrial detainee from excessive force that amounts to punishment.",
    ),
    ("monitoring_access", "The Department of Justice is authorized to investigate conditions in state prisons."),
]


@pytest.mark.parametrize(
    "pattern,type_,negated,sentence", [pytest.param(*row, id=f"{row[0]}:{row[3][:40]}") for row in VARIANTS]
)
def test_court_variant_gives_the_fact(facts, pattern, type_, negated, sentence):
    found = facts(sentence)
    assert [f for f in counted(found, type_) if f.negated == negated], (
        f"{pattern}: expected {type_} (negated={negated}) in {sentence!r}; got {describe(found)}"
    )


@pytest.mark.parametrize("type_,sentence", [pytest.param(t, s, id=f"{t}:{s[:40]}") for t, s in QUIET])
def test_court_trap_stays_quiet(facts, type_, sentence):
    found = facts(sentence)
    assert not counted(found, type_), describe(found)


@pytest.mark.parametrize(
    "sentence,hours",
    [
        ("Prisoners in the unit are locked in their cells for 22 and one-half hours a day.", 22.5),
        ("He stays in his cell twenty-three and one-half hours each day.", 23.5),
    ],
)
def test_a_half_written_one_half_is_read(facts, sentence, hours):
    found = counted(facts(sentence), "confinement_hours")
    assert found and abs(found[0].value - hours) <= 0.05, describe(found)


def test_as_long_as_gives_the_length(facts):
    found = counted(facts("Youth were kept in isolation for as long as 35 days."), "isolation_duration")
    assert found and abs(found[0].value - 35) <= 1, describe(found)


@pytest.mark.parametrize(
    "sentence,hours",
    [
        ("He gets five one-hour periods of exercise a week.", 0.71),
        ("Recreation is offered in three one-hour sessions per week.", 0.43),
        ("The boys had two 30-minute walks a day in the yard.", 1.0),
    ],
)
def test_sessions_of_a_length_are_counted(facts, sentence, hours):
    found = counted(facts(sentence), "exercise_time")
    assert found and abs(found[0].value - hours) <= 0.05, describe(found)
