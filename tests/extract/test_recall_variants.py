"""Paraphrase variants for the recall patterns of issue 10 (constructions, systemic group
statements, monitoring access, frequency against duration, qualitative durations,
requests), written for this suite: for every rule added, several wordings of the same
fact, most of them NOT the wording the rule was written on, so that a pattern that
learned one sentence fails here.  Traps beside them stay quiet.

None of these sentences is copied from a document or a labelled passage.
"""

from __future__ import annotations

import re

import pytest

from extract_helpers import counted, describe

from dignity.extract.languages import language_pack, reading
from dignity.extract.values import HOOKS


# ------------------------------------------------------------------ capacity (language data)
@pytest.mark.parametrize("sentence", [
    "The facility has a capacity of 500 and held 420 at the time of the visit.",
    "A prison built for 1,200 held only 700 prisoners.",
    "Designed to hold 300 people, the unit housed 250 on the day we called.",
    "With beds for 80, the annex held 64 men in March.",
])
def test_a_headcount_within_the_design_capacity_is_no_overcrowding(facts, sentence):
    found = facts(sentence)
    assert not counted(found, "overcrowding"), describe(found)


@pytest.mark.parametrize("sentence", [
    "The prison holds 2,300 inmates in space designed for 900.",
    "A jail with a capacity of 400 held more than 1,000 detainees.",
    "Built to house 150 people, the centre held 410 when the inspectors came.",
])
def test_a_headcount_above_the_design_capacity_is_overcrowding(facts, sentence):
    found = facts(sentence)
    assert [f for f in counted(found, "overcrowding") if not f.negated], describe(found)


def test_the_capacity_check_reads_the_words_of_the_pack():
    """The hook holds no words of its own: English ones are the pack's patterns, and a
    language whose pack names none keeps the match (no rejection)."""
    en = language_pack("en")
    assert en.rx("design_capacity").search("built for 900")
    head = en.rx("headcount").search("it held more than 900")
    assert head and head.group("more")
    sentence = "A unit built for 100 held 80."
    match = re.search("built for 100", sentence)
    with reading("en"):
        assert HOOKS["capacity_check"](match, sentence).reject
    with reading("fr"):  # no such patterns in the French pack: nothing rejected
        assert HOOKS["capacity_check"](match, sentence) is None


# ------------------------------------------------------------------ facts: pattern -> variants
#: (pattern, type, negated, sentence): for each pattern added for recall, the sentence it was
#: written on and variants in other words (other topic, other verb, other order)
VARIANTS: list[tuple[str, str, bool, str]] = [
    # a predicate hedged with "not always", "rarely", "seldom" (monitoring reports)
    ("hedged", "legal_access", False, "Legal advice was not always provided promptly."),
    ("hedged", "food_water", False, "Potable water was not always available."),
    ("hedged", "food_water", False, "Drinking water was not always available in the cells."),
    ("hedged", "medical_care", False, "Medication was not always provided on time."),
    ("hedged", "hygiene", False, "Soap and toilet paper were rarely distributed."),
    ("hedged", "hygiene", False, "Soap was seldom distributed to the women."),
    ("hedged", "legal_access", False, "Legal visits were not always permitted."),
    ("hedged", "hygiene", False, "Detainees were not offered a shower."),
    ("hedged", "hygiene", False, "Women were not always offered sanitary products on arrival."),
    # a provision judged good (the fact does not hold)
    ("good", "medical_care", True, "Health care was good and detainees could see a nurse promptly."),
    ("good", "medical_care", True, "Healthcare services were excellent."),
    ("good", "food_water", True, "The food was good and portions were generous."),
    ("good", "sanitation", True, "The toilets were in very good condition."),
    # "provision" as the name of a service
    ("provision", "medical_care", False, "Mental health provision was inadequate."),
    ("provision", "medical_care", False, "Healthcare provision for women was poor."),
    ("provision", "medical_care", False, "Psychiatric provision in the prison was insufficient."),
    # separation: on the same wing / unit / section as
    ("same unit", "separation", False, "Young adults were held on the same wing as older men."),
    ("same unit", "separation", False, "Children were held on the same unit as adult detainees."),
    ("same unit", "separation", False,
     "Remand prisoners were accommodated in the same section as sentenced men."),
    # supplies the families had to provide
    ("families provide", "food_water", False, "Prisoners relied on family members to provide food."),
    ("families provide", "food_water", False, "Detainees depended on relatives to provide meals."),
    ("families provide", "hygiene", False, "Prisoners relied on their families to provide soap."),
    # fixtures that cannot be used
    ("unusable", "sanitation", False, "The latrines in block C were found to be unusable."),
    ("unusable", "sanitation", False, "Half of the toilets were unusable."),
    # complaints not looked into
    ("not investigated", "complaints", False,
     "Authorities rarely investigated credible allegations of inhumane conditions."),
    ("not investigated", "complaints", False, "Authorities did not investigate most allegations of abuse."),
    ("not investigated", "complaints", False, "Complaints were rarely investigated."),
    ("not investigated", "complaints", False, "Credible allegations of mistreatment were seldom investigated."),
    ("not investigated", "complaints", False, "Claims of ill-treatment were rarely investigated by the authorities."),
    ("not investigated", "complaints", False, "Officials failed to investigate allegations of mistreatment by guards."),
    # a complaint route that works (and its negation)
    ("route works", "complaints", True,
     "Authorities permitted prisoners and detainees to submit complaints to judicial authorities without censorship."),
    ("route works", "complaints", True, "Prisoners could submit complaints without censorship."),
    ("route works", "complaints", True, "Detainees were able to lodge complaints with the prison director."),
    ("route works", "complaints", True, "The investigation concluded that his complaint was justified."),
    ("route works", "complaints", True, "All complaints were investigated and answered within a week."),
    ("route works", "complaints", True, "Prisoners were free to submit complaints to the ombudsman."),
    ("route works", "complaints", True, "The review found that her complaint was upheld."),
    ("route works", "complaints", True, "Grievances were addressed within ten days."),
    ("route works", "complaints", False, "Authorities did not permit prisoners to submit complaints."),
    ("route works", "complaints", False, "Prisoners were unable to submit complaints."),
    # complainants who faced reprisals
    ("reprisals", "complaints", False, "Prisoners who complained faced retaliation."),
    ("reprisals", "complaints", False, "Detainees who reported abuse by guards risked reprisals."),
    ("reprisals", "complaints", False, "Inmates who filed grievances were subjected to threats."),
    ("reprisals", "complaints", False, "Children who complained met with punishment."),
    # a monitor's visit named as "a visit by / from"; a possessive monitor
    ("monitor visit", "monitoring_access", False,
     "Following a visit by the Ombudsman to the jail, the report was issued."),
    ("monitor visit", "monitoring_access", False, "The report followed an unannounced visit from the inspectorate."),
    ("monitor visit", "monitoring_access", False,
     "The report followed a visit from the national preventive mechanism in June."),
    ("monitor visit", "monitoring_access", False,
     "The Ombudsman's staff inspected the unit and spoke privately with prisoners."),
    ("monitor visit", "monitoring_access", False, "The Ombudsperson's team inspected three police stations."),
    ("monitor delayed", "monitoring_access", False, "Access for monitors was often delayed."),
    ("monitor delayed", "monitoring_access", False, "Access for independent observers was frequently delayed."),
    ("monitor delayed", "monitoring_access", False, "Monitors' access was not always granted."),
    # a relative not cleared to visit
    ("not cleared", "family_visits", False, "His wife has not been cleared to visit him."),
    ("not cleared", "family_visits", False, "Her husband has not been approved to visit her."),
    ("not cleared", "family_visits", False, "His children have not been permitted to see him since May."),
    ("not cleared", "family_visits", False, "His parents have not been permitted to visit since the transfer."),
    # deaths from disease
    ("deaths", "physical_health", False, "Twenty prisoners died in custody, mostly from disease."),
    ("deaths", "physical_health", False, "Eleven detainees died during the year, mainly from tuberculosis."),
    # violence named by its kind
    ("violence kind", "use_of_force", False, "Gang violence in the prisons resulted in several deaths."),
    ("violence kind", "use_of_force", False, "Corporal punishment was common in juvenile facilities."),
    ("violence kind", "use_of_force", False, "Clashes between rival gangs left three inmates dead."),
    ("violence kind", "use_of_force", False, "Inter-gang violence was widespread in the penitentiary."),
    # the wait for a trial
    ("wait for trial", "pretrial_status", False,
     "Detainees often waited months or years for their cases to be heard."),
    ("wait for trial", "pretrial_status", False, "Many spent years in jail before their trials."),
    ("wait for trial", "pretrial_status", False, "Some detainees had waited more than two years for a trial."),
    ("wait for trial", "pretrial_status", False, "Some detainees had been jailed for years before their trials."),
    # a whole group sanctioned after an event, or for what others did
    ("group after event", "collective_punishment", False,
     "After the riot, all prisoners were denied visits for a month."),
    ("group after event", "collective_punishment", False,
     "Following the escape, the entire wing was locked down for two weeks."),
    ("group after event", "collective_punishment", False,
     "The whole unit was confined to their cells after the incident."),
    ("group after event", "collective_punishment", False,
     "Young people felt unfairly punished by restrictions imposed after the incidents."),
    ("group after event", "collective_punishment", False,
     "Detainees said they were punished for the actions of others."),
    # no room to lie down; a headcount in a space meant for fewer
    ("no room", "overcrowding", False, "Detainees were so tightly packed that they could not lie down."),
    ("no room", "overcrowding", False, "There was not enough room for all detainees to lie down at the same time."),
    ("no room", "overcrowding", False, "Men were crammed so closely together that they slept sitting up."),
    ("no room", "overcrowding", False, "There was insufficient space for the women to sleep."),
    ("no room", "overcrowding", False, "The dormitory held 120 boys in a space meant for 40."),
    # neither ... nor
    ("neither", "bedding_clothing", False, "Detainees were provided with neither blankets nor mattresses."),
    ("neither", "bedding_clothing", False, "The children had neither beds nor blankets."),
    # sleep prevented
    ("sleep prevented", "sleep_noise", False, "Guards banged on the doors throughout the night, preventing sleep."),
    # a lawyer never met
    ("not met", "legal_access", False, "He did not meet his lawyer until the day of trial."),
    ("not met", "legal_access", False, "She has never met her court-appointed lawyer."),
    # attempts at suicide in other words
    ("attempts", "mental_health", False, "Several detainees had tried to kill themselves."),
    ("attempts", "mental_health", False, "A boy attempted to hang himself in his cell."),
    ("attempts", "mental_health", False, "He tried to take his own life twice in segregation."),
    # no investigation into allegations
    ("no investigation", "complaints", False,
     "Authorities did not conduct credible investigations into allegations of mistreatment."),
    ("no investigation", "complaints", False, "There was no investigation into the allegations of torture."),
    ("no investigation", "complaints", False, "Officials rarely conducted investigations into reports of abuse."),
    # "pretrial detainees" names a status whatever the clause denies
    ("status noun", "pretrial_status", False,
     "Authorities did not separate pretrial detainees from convicted prisoners."),
    ("status noun", "pretrial_status", False, "The jail did not provide pretrial detainees with a law library."),
    # the act a measure answers (the authority's stated reason)
    ("act answered", "justification_security", False, "He was placed in segregation because he assaulted an officer."),
    ("act answered", "justification_security", False,
     "In response to this incident, officers immediately confined him in five-point restraints."),
    ("act answered", "justification_security", False, "She was moved to isolation after she threatened a nurse."),
    ("act answered", "justification_security", False,
     "Following the assault, staff placed the boy in a restraint chair."),
    ("act answered", "justification_security", False, "He was put in the hole for possessing a weapon."),
    # a prisoner of a state's correction department is serving a sentence
    ("state custody", "pretrial_status", False,
     "An inmate in the custody of the Ohio Department of Rehabilitation and Correction brings this action."),
    ("state custody", "pretrial_status", False,
     "The plaintiff is a prisoner in the custody of the Department of Correction."),
    # hygiene itself judged poor (the cells judged poor are not)
    ("poor hygiene", "hygiene", False, "The Committee is concerned about the poor hygiene in places of detention."),
    ("poor hygiene", "hygiene", False, "Washing facilities were inadequate and often broken."),
    ("poor hygiene", "hygiene", False, "Personal hygiene was very poor on the wing."),
    ("violence kind", "use_of_force", False, "It is also concerned at reports of inter-prisoner violence."),
    # children placed in isolation are children in custody
    ("placed", "vulnerable_person", False, "Juveniles are placed in isolation as a disciplinary measure."),
    ("placed", "vulnerable_person", False, "Children were kept in isolation for days."),
    # access not granted is access refused, not a negated grant
    ("not granted", "monitoring_access", False,
     "The national preventive mechanism has not been granted unimpeded access to all places of detention."),
    ("not granted", "monitoring_access", False, "The NGO has never been granted full access to the prisons."),
    ("not granted", "monitoring_access", False, "The ICRC was denied unhindered access to detainees."),
    # an assessment of mental health not made
    ("assessment", "medical_care", False,
     "Staff place prisoners in crisis in a padded cell for days without any mental health assessment."),
    ("assessment", "medical_care", False, "Detainees placed in segregation did not receive a psychiatric evaluation."),
    ("assessment", "medical_care", False, "Psychiatric assessments were delayed by weeks."),
    # a diagnosis named in other words
    ("diagnosis", "vulnerable_person", False, "Petitioner has been diagnosed with major depressive disorder."),
    ("diagnosis", "vulnerable_person", False, "She suffers from a serious psychiatric illness."),
    # the same words where they do state the fact
    ("fact kept", "family_visits", False, "His wife and children have not been allowed to visit him."),
    ("fact kept", "use_of_force", False, "He was subjected to torture during interrogation."),
    ("fact kept", "physical_health", False, "Several detainees contracted infections in the overcrowded cells."),
    # a possessive noun is its noun
    ("possessive", "legal_access", False, "The detainees' lawyers were not permitted to attend the interrogations."),
]

#: (type, sentence) that the same patterns must leave quiet
QUIET: list[tuple[str, str]] = [
    ("use_of_force", "Corporal punishment is prohibited by law."),
    ("use_of_force", "The law bans corporal punishment in schools and prisons."),
    ("family_visits", "The Committee's visit to the prison took place in May."),
    ("complaints", "Inmates may submit complaints to the warden."),
    ("collective_punishment", "After the riot, the prison was rebuilt."),
    ("collective_punishment", "All prisoners were denied parole after the hearing."),
    ("monitoring_access", "After the riot, all prisoners were denied visits for a month."),
    ("monitoring_access", "Prisoners received no visits during the lockdown."),
    ("justification_security", "He was placed in segregation after his arrival."),
    ("justification_security", "He was placed in segregation because of a clerical error."),
    ("hygiene", "The cell environments were poor."),
    ("physical_health", "She suffers from a serious psychiatric illness."),
    # a right named is a norm, vermin are no infection, prevention is no illness, a doctor's visit no family's
    ("use_of_force", "Everyone has the right not to be subjected to cruel treatment."),
    ("use_of_force", "The facts described may amount to violations of the right not to be tortured."),
    ("physical_health", "The mattresses were infected with lice."),
    ("physical_health", "Staff wore masks to prevent infection."),
    ("physical_health", "The authorities took measures to limit the spread of infection in the prisons."),
    ("family_visits", "Independent doctors were not allowed to visit the detainees."),
    ("family_visits", "Physicians have been refused permission to visit him."),
    # requests and placements to come are not the regime
    ("family_calls", "His petition asks that he be allowed to call his children once a week."),
    ("family_calls", "Plaintiff seeks an order directing the warden to let him telephone his mother."),
    ("family_visits", "The motion requests that his wife be permitted contact visits."),
    ("medical_care", "The complaint prays for an injunction compelling defendants to provide dental care."),
    ("solitary", "He fears that he will be returned to solitary confinement."),
    ("solitary", "The warden says he will be placed in segregation if he refuses."),
    ("pretrial_status", "There were no pretrial detainees in the facility."),
    ("pretrial_status", "He was not a pretrial detainee."),
    # ", and" + a linking verb starts a clause of its own: the call is not what was rarely used
    ("family_calls", "Every detainee was offered a telephone call, and interpreting services were rarely used."),
    ("bedding_clothing", "The detainee was taken to hospital, where there was no hospital bed free."),
]


@pytest.mark.parametrize("pattern,type_,negated,sentence",
                         [pytest.param(*row, id=f"{row[0]}:{row[3][:40]}") for row in VARIANTS])
def test_variant_gives_the_fact(facts, pattern, type_, negated, sentence):
    found = facts(sentence)
    assert [f for f in counted(found, type_) if f.negated == negated], \
        f"{pattern}: expected {type_} (negated={negated}) in {sentence!r}; got {describe(found)}"


@pytest.mark.parametrize("type_,sentence", [pytest.param(t, s, id=f"{t}:{s[:40]}") for t, s in QUIET])
def test_variant_trap_stays_quiet(facts, type_, sentence):
    found = facts(sentence)
    assert not counted(found, type_), describe(found)


@pytest.mark.parametrize("sentence", [
    "There is no date set for his release to general population.",
    "He is awaiting his return to general population.",
])
def test_a_release_to_come_is_no_general_population(facts, sentence):
    found = facts(sentence)
    assert not [f for f in found if f.type == "solitary" and f.negated], describe(found)


def test_access_not_granted_is_no_negated_grant(facts):
    found = facts("The mechanism has not been granted unimpeded access to the prisons.")
    access = counted(found, "monitoring_access")
    assert access and all(f.value == "denied" and not f.negated for f in access), describe(found)


def test_a_complaint_filed_in_court_is_no_route_either_way(facts):
    found = facts("The plaintiff filed a complaint under section 1983.")
    assert not counted(found, "complaints"), describe(found)


# ------------------------------------------------------------------ values: frequency, duration
@pytest.mark.parametrize("sentence,value", [
    ("Some were held in segregation for longer than the 30 days allowed.", 30),
    ("He stayed in isolation for more than the 15 days permitted by the rules.", 15),
    ("Detainees remained in the separation unit beyond the 21 days the policy allows.", 21),
])
def test_a_length_beyond_a_named_limit_is_at_least_the_limit(facts, sentence, value):
    found = [f for f in counted(facts(sentence), "isolation_duration") if f.value == value]
    assert found and found[0].qualifiers.get("at_least"), describe(facts(sentence))


@pytest.mark.parametrize("sentence,hours", [
    ("He is out of his cell only three hours a week.", 23.57),
    ("Prisoners on the unit were unlocked for just four hours each week.", 23.43),
    ("She was let out of her cell for one hour, five days a week.", 23.29),
])
def test_a_weekly_time_out_of_cell_is_a_daily_figure(facts, sentence, hours):
    found = counted(facts(sentence), "confinement_hours")
    assert found and abs(found[0].value - hours) <= 0.05, describe(found)


@pytest.mark.parametrize("sentence", [
    "Exercise was offered every day of the week.",
    "Visits took place twice a month.",
    "He could shower three times a week in segregation.",
])
def test_a_frequency_is_no_isolation_length(facts, sentence):
    found = facts(sentence)
    assert not counted(found, "isolation_duration"), describe(found)
