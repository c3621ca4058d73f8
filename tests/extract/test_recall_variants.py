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


def test_a_complaint_filed_in_court_is_no_route_either_way(facts):
    found = facts("The plaintiff filed a complaint under section 1983.")
    assert not counted(found, "complaints"), describe(found)
