"""How monitoring bodies (UN treaty bodies and special procedures, the SPT and CPT, national
preventive mechanisms, inspectorates, ombudsmen, NGOs) write about a condition of detention,
in sentences written for this suite (none copied from a document or a labelled passage): for
each class of wording the lexicons of compose.yaml (or a recognizer's pattern) learned, several
sentences in other words, with traps beside them that must stay quiet.

The classes: a shortfall named by its noun ("the insufficiency of food"), a provision judged
a problem or a recurrent complaint, detainees complaining of a thing, a chance not given ("had
no opportunity to"), "not all had", a provision only at some hours or days, examinations in
front of staff, an illness or injury left untreated, ill-treatment reported or said to be
widespread, a monitor kept waiting or left without an answer, occupancy rates and capacities,
several to a bed, the rooms themselves hot or cold, women guarded by men, complaint boxes staff
can open, silence for fear of reprisals.
"""

from __future__ import annotations

import pytest

from extract_helpers import counted, describe

#: (class of wording, type, sentence): each states the fact (not negated)
VARIANTS: list[tuple[str, str, str]] = [
    ("count for capacity", "overcrowding", "The remand prison held 980 men against a design capacity of 400."),
    ("occupancy rate", "overcrowding", "Occupancy in the women's wing stood at 215 per cent."),
    ("occupancy rate", "overcrowding", "Occupancy was well over 150 percent in every police lock-up visited."),
    ("several to a bed", "overcrowding", "Girls slept two to a mattress in the dormitory."),
    ("several to a bed", "overcrowding", "Several detainees were sharing a single mattress."),
    ("sleeping in passageways", "overcrowding", "Men were sleeping on thin mattresses along the walkways."),
    ("sleeping in passageways", "overcrowding", "New arrivals slept in the stairwells owing to a shortage of beds."),
    ("no privacy", "sanitation", "The toilet cubicles were unpartitioned."),
    ("complained of", "sanitation", "Detainees complained about the latrines."),
    ("shortfall named", "sanitation", "The poor state of the sanitary facilities was striking."),
    ("only at some times", "sanitation", "The water taps were available only in the morning."),
    ("a wait", "sanitation", "Women had to wait for hours to be taken to the latrine."),
    ("not all", "sanitation", "Not every cell had a toilet."),
    ("no chance", "hygiene", "The women were unable to wash for almost a week."),
    ("no chance", "hygiene", "Detainees had no opportunity to bathe."),
    ("only at some times", "hygiene", "Showers were available only every other day."),
    ("shortfall named", "hygiene", "The inadequacy of hygiene products was a recurrent concern."),
    ("shortfall named", "food_water", "The insufficiency of the rations was evident."),
    ("complained of", "food_water", "Several detainees complained of hunger."),
    ("hungry", "food_water", "Many of the prisoners were visibly malnourished."),
    ("only at some times", "food_water", "Meals were distributed only once a day."),
    ("a problem", "food_water", "The food remained a persistent problem."),
    ("only at some times", "food_water", "Drinking water was provided only at set times."),
    ("rooms hot or cold", "temperature", "The police cells were freezing in winter."),
    ("rooms hot or cold", "temperature", "The containers were like ovens during the summer months."),
    ("rooms hot or cold", "temperature", "Punishment cells were unheated."),
    ("complained of", "ventilation", "Detainees complained about the ventilation."),
    ("not all", "bedding_clothing", "Not all prisoners had a blanket."),
    ("in front of staff", "medical_care", "Medical examinations took place in the presence of escorting officers."),
    ("in front of staff", "medical_care", "Consultations with the nurse were conducted within earshot of guards."),
    ("untreated", "medical_care", "Injuries were not recorded."),
    ("untreated", "medical_care", "His broken arm went untreated for days."),
    ("untreated", "medical_care", "Sick prisoners were left without treatment."),
    ("staff absent", "medical_care", "The doctor was present only two mornings a week."),
    ("not undergone", "medical_care", "New arrivals did not undergo a medical examination."),
    ("a problem", "medical_care", "The availability of medicines remained problematic."),
    ("complained of", "medical_care", "Detainees were dissatisfied with the health care."),
    ("reported", "use_of_force", "The delegation heard numerous allegations of ill-treatment by prison officers."),
    ("reported", "use_of_force", "The team collected accounts of beatings during interrogation."),
    ("reported", "use_of_force", "Physical ill-treatment by staff was widespread."),
    ("reported", "use_of_force", "Guards frequently resorted to physical violence."),
    ("reported", "use_of_force", "Several detainees had marks consistent with their accounts of ill-treatment."),
    ("monitor hindered", "monitoring_access", "The visiting delegation was kept waiting for an hour at the gate."),
    ("monitor hindered", "monitoring_access", "The inspection team was unable to interview detainees in private."),
    ("monitor hindered", "monitoring_access", "The monitoring team was not allowed to enter the isolation block."),
    ("monitor pending", "monitoring_access", "The Working Group's request to visit remains unanswered."),
    (
        "monitor pending",
        "monitoring_access",
        "The Government has not responded to the Special Rapporteur's repeated requests.",
    ),
    ("monitor named", "monitoring_access", "The NGO was not permitted to visit the prison."),
    ("no chance", "exercise_outdoor", "Detainees had no chance to go outside."),
    ("no chance", "exercise_outdoor", "The boys were rarely allowed to go out into the yard."),
    ("only at some times", "exercise_outdoor", "Outdoor exercise was available only on certain days."),
    ("no chance", "family_visits", "Relatives had no opportunity to visit."),
    ("must pay", "family_calls", "Prisoners had to pay for telephone calls to their families."),
    ("no chance", "consular_access", "He was not given the opportunity to contact the embassy."),
    ("no chance", "legal_access", "Detainees had no opportunity to consult a lawyer."),
    ("male staff", "separation", "Female detainees were guarded by male officers only."),
    ("male staff", "separation", "The women were searched by male staff."),
    ("complaints read", "complaints", "Complaint boxes were emptied by guards."),
    ("silence for fear", "complaints", "Prisoners did not report the abuse for fear of retaliation."),
    ("sold by guards", "family_visits", "Relatives said they paid bribes to see the prisoners."),
    ("sold by guards", "medical_care", "Seeing a doctor was possible only after paying a bribe."),
    ("sold by guards", "bedding_clothing", "Mattresses were rented out by guards for a fee."),
    ("sold by guards", "family_calls", "Inmates had to bribe staff to use the telephone."),
    ("signs shown", "mental_health", "Several of the women showed signs of severe emotional distress."),
    ("signs shown", "mental_health", "The children displayed symptoms of trauma."),
    ("no outdoor area", "exercise_outdoor", "The police station had no outdoor exercise area."),
    ("no outdoor area", "exercise_outdoor", "Detainees were never taken to the walking yard."),
    ("unaware of a route", "complaints", "Most prisoners were unaware of any complaints mechanism."),
    ("too slow", "medical_care", "Referrals to the psychiatric hospital took months."),
    ("too slow", "medical_care", "Transfers to hospital were subject to long delays."),
    ("too slow", "complaints", "Replies to complaints were frequently late."),
    ("too slow", "complaints", "Grievances were not dealt with promptly."),
    ("windows shut", "ventilation", "The cell windows were sealed shut."),
    ("windows shut", "ventilation", "Windows in the segregation unit could not be opened."),
    ("self-harm counted", "mental_health", "There had been three self-inflicted deaths in the past year."),
    ("self-harm counted", "mental_health", "Incidents of self-harm were frequent on the women's unit."),
    ("health declining", "physical_health", "Her health has worsened since her transfer."),
    ("interpretation", "language_interpreter", "Professional interpreters were rarely used in reception."),
    ("activity places", "work_programmes", "There were too few education places for the number of young people."),
    ("negation ends at a new verb", "legal_access", "He was not told why he was arrested and had no lawyer."),
]

#: (type, sentence) the same wordings leave quiet: recommendations, a mandate, impunity, hunger
#: strikes, a capacity not reached, visitors who are no monitors, a relative kept waiting, what
#: is in a cell rather than the cell
QUIET: list[tuple[str, str]] = [
    ("use_of_force", "The State party should ensure that all allegations of ill-treatment are promptly investigated."),
    ("use_of_force", "The mechanism is mandated to receive allegations of torture."),
    ("use_of_force", "The Committee regrets the impunity in cases of torture."),
    ("temperature", "Hot meals were served in the cells."),
    ("temperature", "The cells had cold water only."),
    ("food_water", "Two detainees were on hunger strike."),
    ("overcrowding", "The facility held 300 prisoners for a capacity of 450."),
    ("family_visits", "Journalists were barred from visiting the prison."),
    ("monitoring_access", "His wife had to wait two hours before the visit."),
    ("medical_care", "The doctor examined him in the presence of his lawyer and found no injuries."),
    ("hygiene", "Detainees should be able to wash every day."),
    (
        "exercise_outdoor",
        "The Subcommittee recommends that detainees be given the opportunity to go outside every day.",
    ),
    ("complaints", "Prisoners are free to complain to the ombudsman."),
    ("work_programmes", "He was unable to work because of his injuries."),
    ("language_interpreter", "No interpretation of the treaty supports that view."),
    ("mental_health", "The prison has a policy to prevent self-harm."),
    ("ventilation", "The windows were opened every morning."),
    ("physical_health", "His health could deteriorate if he is not treated."),
    ("use_of_force", "The law prohibits the use of torture in all circumstances."),
    ("mental_health", "Isolation can cause anxiety and depression."),
    ("medical_care", "The authorities prosecuted two doctors for taking bribes."),
    ("use_of_force", "The inquiry found the allegations of ill-treatment unsubstantiated."),
    ("complaints", "Complaints should be dealt with promptly."),
    ("medical_care", "Every detainee should be given the opportunity to see a doctor."),
]


@pytest.mark.parametrize(
    "wording,type_,sentence", [pytest.param(*row, id=f"{row[0]}:{row[2][:40]}") for row in VARIANTS]
)
def test_monitor_wording_gives_the_fact(facts, wording, type_, sentence):
    found = facts(sentence)
    assert [f for f in counted(found, type_) if not f.negated], (
        f"{wording}: expected {type_} in {sentence!r}; got {describe(found)}"
    )


@pytest.mark.parametrize("type_,sentence", [pytest.param(t, s, id=f"{t}:{s[:40]}") for t, s in QUIET])
def test_monitor_wording_trap_stays_quiet(facts, type_, sentence):
    found = facts(sentence)
    assert not counted(found, type_), describe(found)


def test_silence_for_fear_is_no_negated_complaint(facts):
    """ "They did not complain for fear of reprisals": the fear holds; the "not" is the silence's."""
    found = counted(facts("Detainees said they did not complain out of fear of reprisals."), "complaints")
    assert found and not any(f.negated for f in found), describe(found)


def test_an_unanswered_request_is_a_request(facts):
    found = counted(
        facts("The authorities did not reply to the Special Rapporteur's request to visit."), "monitoring_access"
    )
    assert found and all(f.value == "requested" and not f.negated for f in found), describe(found)
