"""Court opinions: a detainee's status, sleep, family contact, stated law and whose word a fact is.

Sentences written for this file in the manner of US conditions-of-confinement opinions (none is copied
from a document or a labelled passage):

1. ``pretrial_status`` in its varied forms (awaiting trial, held until or before trial, not yet convicted,
   unable to make bond), ``sleep_noise`` (lights or noise that keep people awake, checks that wake
   them, a noise level measured at night), ``family_visits`` / ``correspondence`` (no contact visits,
   visits behind glass, a ration of letters), and ``justification_security`` (the reason given for a
   placement);
2. stated law is general: what "prison officials may" do, a measure "permissible when", what pretrial
   detainees "retain" are standards the court recites, not facts about these prisoners;
3. a stay longer than a day in a holding cell is no hours-a-day confinement figure;
4. whose word: a dissent is not the court's finding, testimony the court accepts is its finding, a
   declarant's "X declares that" is X's claim, "without contradiction" deprives nobody of anything.

Each row: (kind of wording, type, negated, sentence); QUIET rows name a type the sentence must not give
(about a person or group, not hypothetical).
"""

from __future__ import annotations

import pytest

from extract_helpers import counted, describe

#: (kind of wording, type, negated, sentence)
FACTS: list[tuple[str, str, bool, str]] = [
    # --- 1. pretrial status -------------------------------------------------------------------------------
    ("pretrial", "pretrial_status", False, "At the time, Jones was awaiting trial on a burglary charge."),
    ("pretrial", "pretrial_status", False, "Plaintiff had been arrested and was being detained until his trial."),
    ("pretrial", "pretrial_status", False,
     "Lee remained in the county jail for nine months before his case went to trial."),
    ("pretrial", "pretrial_status", False,
     "Because Smith had not yet been convicted of any offense, his claims arise under the Fourteenth Amendment."),
    ("pretrial", "pretrial_status", False, "The detainees, who have been convicted of no crime, sleep in the annex."),
    ("pretrial", "pretrial_status", False,
     "Gomez, who had been charged but not tried, remained in custody because he could not make bond."),
    ("pretrial", "pretrial_status", False, "Plaintiff was held without bail prior to trial."),
    ("pretrial", "pretrial_status", False,
     "At all relevant times Martinez was held at the jail while his criminal case was pending."),
    ("pretrial", "pretrial_status", False,
     "Ortiz was kept at the detention center pending the outcome of his federal trial."),
    ("pretrial", "pretrial_status", False, "Plaintiff was an unconvicted prisoner at the time."),
    ("pretrial", "pretrial_status", False, "The juveniles were held in pre-adjudication detention."),
    ("pretrial", "pretrial_status", False, "The detainees are held pending their criminal proceedings."),
    ("pretrial", "pretrial_status", False, "The plaintiffs were held at the jail while they awaited arraignment."),
    ("pretrial", "pretrial_status", False, "Detainees at the jail are held before their cases are resolved."),
    ("pretrial", "pretrial_status", False,
     "Plaintiff was arrested and detained at the jail for six days before he was released on bond."),
    ("pretrial", "pretrial_status", False,
     "The detainee remained in custody after his arrest because he could not afford the $750 bond."),
    ("convicted", "pretrial_status", False, "He is currently serving a 12-year term at the state penitentiary."),
    ("convicted", "pretrial_status", False, "The plaintiffs are men condemned to death in Louisiana."),
    ("convicted", "pretrial_status", False,
     "Plaintiff, a parolee, was returned to prison for violating the conditions of his release."),
    ("pretrial", "pretrial_status", False,
     "Because Ortiz was a pretrial detainee rather than a convicted prisoner, the Fourteenth Amendment governs."),
    # --- 1. sleep ------------------------------------------------------------------------------------------
    ("sleep", "sleep_noise", False,
     "The cells are lit around the clock, and inmates complained that they could not sleep."),
    ("sleep", "sleep_noise", False,
     "Guards banged on cell doors every thirty minutes throughout the night, depriving him of sleep."),
    ("sleep", "sleep_noise", False,
     "Officers conducted cell checks every fifteen minutes throughout the night, waking him each time."),
    ("sleep", "sleep_noise", False,
     "The constant screaming of mentally ill inmates on the tier made it impossible to sleep."),
    ("sleep", "sleep_noise", False,
     "The noise level in the housing unit regularly exceeded 85 decibels at night."),
    ("sleep", "constant_light", False, "A fluorescent light in each cell is never turned off."),
    ("sleep", "constant_light", False, "A 100-watt bulb burned in his cell twenty-four hours a day."),
    ("sleep", "sleep_noise", False, "Inmates are awakened for breakfast at 3:30 a.m."),
    ("sleep", "sleep_noise", False, "Noise from the industrial fans kept inmates awake."),
    ("family contact", "family_visits", False, "Inmates in segregation may receive one non-contact visit per month."),
    ("family contact", "family_calls", False, "Collect calls from the prison are charged at $1.50 per minute."),
    # --- 1. family contact ---------------------------------------------------------------------------------
    ("family contact", "family_visits", False, "Prisoners in the unit were denied contact visits with their families."),
    ("family contact", "family_visits", False,
     "Detainees are permitted only non-contact visits, conducted through a glass partition."),
    ("family contact", "family_visits", False, "His wife was not permitted to visit him for the first ninety days."),
    ("family contact", "correspondence", False, "The jail limits inmates to three pages of correspondence a week."),
    ("family contact", "correspondence", False,
     "Plaintiff was barred from writing letters to anyone other than his attorney."),
    ("family contact", "correspondence", False, "Prison officials withheld his incoming mail from his mother."),
    # --- 1. the reason given ----------------------------------------------------------------------------------
    ("reason", "justification_security", False,
     "Defendants placed Vance in the restraint chair because he had threatened to escape."),
    ("reason", "justification_security", False,
     "Officials cited his history of violence as the reason for his placement in the SHU."),
    ("reason", "justification_security", False,
     "He was placed in administrative segregation after officials identified him as a gang leader."),
    ("reason", "justification_security", False, "He was held in isolation as a suspected member of a prison gang."),
    # --- more court wording: the toilet withheld, late care, the dark hole, no human contact ---------------
    ("toilet withheld", "sanitation", False, "He was not allowed to use the toilet for eight hours."),
    ("toilet withheld", "sanitation", False, "Guards refused to let him use the bathroom, and he soiled himself."),
    ("toilet withheld", "sanitation", False,
     "He was unstrapped only four times over the two days, for ten minutes each, to use the toilet."),
    ("toilet withheld", "sanitation", False, "The cell had only a hole in the floor for a toilet."),
    ("late care", "medical_care", False, "He was seen by a nurse only after two weeks of sick-call requests."),
    ("late care", "medical_care", False, "Staff ignored his repeated requests to see a doctor about his chest pains."),
    ("dark hole", "darkness", False, "The hole is a small cell without light."),
    ("no contact", "no_meaningful_contact", False,
     "He was deprived of nearly all sensory stimuli and of almost all human contact."),
    ("no contact", "no_meaningful_contact", False,
     "The cells have solid steel doors that prevent conversation with other prisoners."),
    ("clothing", "bedding_clothing", False, "He was kept in a cell for days wearing only his underwear."),
    ("force", "use_of_force", False, "The inmates were sprayed with a fire hose."),
    ("clothing", "bedding_clothing", False, "Inmates were given only one set of clothing."),
    ("late care", "medical_care", False,
     "He had severe chest pain for two days before he was taken to the hospital."),
    ("suicide risk", "mental_health", False, "Staff did not place him on suicide watch despite his threats."),
    ("interpreter", "language_interpreter", False,
     "The jail did not provide a sign language interpreter at his disciplinary hearing."),
    ("this case", "sanitation", False, "In this case, the prisoners were held in cells without toilets for weeks."),
    ("the place named", "exercise_outdoor", False, "In general, inmates in the unit receive no outdoor exercise."),
    ("found adequate", "temperature", True, "The court finds that the cells are adequately heated and ventilated."),
    ("found adequate", "ventilation", True, "The court finds that the cells are adequately heated and ventilated."),
    ("found inadequate", "temperature", False, "The cells were inadequately heated during the winter."),
    ("the place named", "bedding_clothing", False,
     "Any inmate who refuses to work is placed in the hole without a mattress."),
    # --- 4. whose word: the fact is still read ----------------------------------------------------------
    ("declaration", "sanitation", False,
     "OPINION. Doe v. Roe, 42 U.S.C. § 1983. Harris declares that he was held in a cell without a toilet for "
     "four days."),
    ("dissent", "hygiene", False,
     "OPINION. Doe v. Roe, 42 U.S.C. § 1983. Judge Moore, dissenting, concluded that the cells were infested "
     "with vermin."),
]

#: (kind of wording, type, sentence): no counted fact of the type
QUIET: list[tuple[str, str, str]] = [
    # 1. traps of the status, sleep and contact patterns
    ("stated law", "pretrial_status",
     "Unlike convicted prisoners, pretrial detainees retain the presumption of innocence."),
    ("stated law", "pretrial_status",
     "A pretrial detainee may be held in segregation if he poses a threat to jail security."),
    ("lights dimmed for sleep", "sleep_noise",
     "The lights in the cells are dimmed at night so that inmates can sleep."),
    ("visits allowed", "family_visits", "He was allowed visits from his family every weekend."),
    ("a possible visit", "family_visits", "His mother may visit him if she obtains clearance."),
    ("force by prisoners", "use_of_force", "During the riot, prisoners took three guards hostage and beat them."),
    ("own clothes as property", "bedding_clothing",
     "The guards violated due process by depriving him of his personal clothing without a hearing."),
    ("a bulb replaced", "constant_light", "The bulb in his cell burned out and was replaced the next day."),
    ("a visit made", "family_visits", "Plaintiff's mother visited him twice at the jail."),
    # 2. stated law is general
    ("stated law", "justification_security",
     "Prison officials may place inmates in administrative segregation for legitimate security reasons."),
    ("stated law", "solitary",
     "Prison officials may place inmates in administrative segregation for legitimate security reasons."),
    ("stated law", "justification_security",
     "Wardens may order a lockdown when there is a threat to the safety of the institution."),
    ("stated law", "justification_security",
     "Jail officials have a legitimate interest in preventing escapes and preserving order."),
    ("stated law", "family_visits",
     "Restrictions on visitation are permissible where they serve legitimate security interests."),
    ("stated law", "family_visits", "The legitimate interest in jail security justifies limits on contact visits."),
    ("stated law", "family_visits",
     "Prison officials may restrict an inmate's visitation privileges for legitimate security reasons."),
    ("stated law", "restraints", "The use of four-point restraints is permissible when an inmate is violent."),
    ("stated law", "overcrowding", "Double-celling of inmates does not violate the Constitution."),
    ("in general", "mental_health", "In general, long isolation causes anxiety and depression."),
    ("stated law", "justification_security",
     "Courts must defer to the judgment of prison administrators on matters of institutional security."),
    # 2. another case's facts, and a fact assumed for argument's sake
    ("another case", "sanitation", "In that case, the prisoners were held in cells without toilets for weeks."),
    ("another case", "medical_care", "The plaintiff in Whitfield was denied medical care for his broken arm."),
    ("another case", "bedding_clothing",
     "Conditions such as those described in Hutto, where inmates slept on the floor, violate the Eighth Amendment."),
    ("another case", "bedding_clothing",
     "Compare Lane v. Ortiz (holding that a week without a mattress was not cruel and unusual) with Poe v. Carr."),
    ("assumed", "bedding_clothing",
     "Even assuming that he was denied a blanket for one night, that deprivation is not sufficiently serious."),
    ("assumed", "temperature", "Assuming, without deciding, that his cell was very cold, the claim still fails."),
    # 3. a stay longer than a day is no hours-a-day figure
    ("stay in hours", "confinement_hours", "Plaintiff was held for 36 hours in the holding cell without a mattress."),
    ("stay in hours", "confinement_hours",
     "He remained in the intake cell for 48 hours before being moved to a housing unit."),
    ("stay in hours", "confinement_hours", "Detainees were confined to the booking cell for up to 40 hours."),
    ("stay in hours", "confinement_hours", "He was kept in the cell for 30 hours straight without food."),
    ("a nurse seen in time", "medical_care", "He was seen by a nurse within an hour of his request."),
    ("a cell with a light switch", "darkness", "Each cell has a light switch the inmate controls."),
    ("natural light", "darkness", "The cells were without natural light."),
    # 4. a reporting phrase that deprives nobody
    ("without contradiction", "medical_care",
     "Dr. Kim testified without contradiction that he was seen by a nurse every week."),
]


@pytest.mark.parametrize("kind, type_, negated, text", FACTS, ids=[f"{k}:{t}:{i}" for i, (k, t, _, _) in
                                                                    enumerate(FACTS)])
def test_court_fact(read_en, kind, type_, negated, text):
    facts = read_en(text)
    got = [f for f in counted(facts, type_) if f.negated == negated]
    assert got, f"{kind}: no {type_} (negated={negated}) in {text!r}: {describe(facts)}"


@pytest.mark.parametrize("kind, type_, text", QUIET, ids=[f"{k}:{t}:{i}" for i, (k, t, _) in enumerate(QUIET)])
def test_court_quiet(read_en, kind, type_, text):
    facts = read_en(text)
    assert not counted(facts, type_), f"{kind}: {type_} read in {text!r}: {describe(facts)}"


@pytest.mark.parametrize("text", [
    "Because Ortiz was a pretrial detainee rather than a convicted prisoner, the Fourteenth Amendment governs.",
    "Plaintiff, a pretrial detainee and not a convicted inmate, was held in the west wing.",
    "Unlike convicted inmates, the detainees at the annex are held on pending charges.",
])
def test_a_status_set_against_conviction_is_no_negated_status(read_en, text):
    """"a detainee rather than a convicted prisoner" tells the status; it denies none."""
    facts = read_en(text)
    assert counted(facts, "pretrial_status"), describe(facts)
    assert not [f for f in counted(facts, "pretrial_status") if f.negated], describe(facts)


@pytest.mark.parametrize("text, value", [
    ("Inmates in the unit are locked in their cells for 23 hours a day.", 23),
    ("The detainee was confined in the cell for all but 30 minutes a day.", 23.5),
    ("Prisoners were locked down for 22 and a half hours each day.", 22.5),
])
def test_the_daily_hours_stay_read(read_en, text, value):
    """The trap of point 3 has twins that must still give their figure."""
    facts = read_en(text)
    hours = counted(facts, "confinement_hours")
    assert hours and hours[0].value == value, describe(facts)


# --- 4. whose word: certainty and source ------------------------------------------------------------------
OPINION = "OPINION. Doe v. Roe, 42 U.S.C. § 1983. "
#: (id, text, type, certainty, attributed to contains)
WHOSE = [
    ("dissent-named", OPINION + "Judge Moore, dissenting, concluded that the cells were infested with vermin.",
     "hygiene", "alleged", "Moore"),
    ("dissent-noun", OPINION + "The dissent finds that the inmates were denied medical care for weeks.",
     "medical_care", "alleged", "dissent"),
    ("dissent-in", OPINION + "In dissent, Judge Moore would have found that inmates went without blankets all "
     "winter.", "bedding_clothing", "alleged", "Moore"),
    ("majority-finds", OPINION + "The court finds that the inmates were denied medical care for weeks.",
     "medical_care", "asserted", "court"),
    ("declares", OPINION + "Harris declares that he was held in a cell without a toilet for four days.",
     "sanitation", "alleged", "Harris"),
    ("declare-plural", OPINION + "Defendants explain that inmates in the unit are not given mattresses.",
     "bedding_clothing", "alleged", "Defendants"),
    ("accepted", OPINION + "Plaintiff testified that he received no blanket for a week, and we accept his "
     "testimony.", "bedding_clothing", "asserted", ""),
    ("credits-it", OPINION + "Plaintiff testified that he received no blanket for a week. That testimony was "
     "uncontradicted, and the Court credits it.", "bedding_clothing", "asserted", ""),
    ("not-credited", OPINION + "Plaintiff testified that he received no blanket for a week.",
     "bedding_clothing", "alleged", "Plaintiff"),
    # a possessive reporting noun is no claim by itself; "X's testimony was that" is X's claim
    ("possessive-claims", OPINION + "After a bench trial, the court finds as follows. Plaintiff's claims arise "
     "from the 45 days he spent in solitary confinement without a mattress.", "bedding_clothing", "asserted",
     "court"),
    ("possessive-reports", OPINION + "After a bench trial, the court finds as follows. The warden's reports show "
     "that the jail held 600 inmates in space designed for 300.", "overcrowding", "asserted", "court"),
    ("testimony-was-that", OPINION + "Plaintiff's testimony was that he spent 45 days in solitary confinement "
     "without a mattress.", "bedding_clothing", "alleged", "Plaintiff"),
    ("position-is-that", OPINION + "The County's position is that three inmates share each cell built for one "
     "only during the holidays.", "overcrowding", "alleged", "County"),
]


@pytest.mark.parametrize("text, type_, certainty, by", [pytest.param(t, ty, c, b, id=n) for n, t, ty, c, b in WHOSE])
def test_whose_word(read_en, text, type_, certainty, by):
    facts = [f for f in counted(read_en(text), type_)]
    assert facts, describe(read_en(text))
    f = facts[0]
    assert f.certainty == certainty and by.lower() in (f.attributed_to or "").lower(), describe(facts)


@pytest.fixture(scope="module")
def read_en():
    from extract_helpers import reader

    return reader("en")
