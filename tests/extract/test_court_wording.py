"""Issue 10: the wording of US court opinions on conditions of confinement that the read passages
did not show - findings of fact, testimony, indifference to a serious need, the plumbing or the
heating found in disrepair, the yard denied, degrees reached by the cells, visits held on a screen,
a policy "of not allowing" something - each class in several wordings, and traps (legal standards
stated in general, a professional body's recommended figure, a door chained shut) that stay quiet.

Every sentence here was written for this file; none is copied from an opinion or a labelled passage.
"""

from __future__ import annotations

import pytest

from extract_helpers import counted, describe

#: (class, type, sentence)
VARIANTS: list[tuple[str, str, str]] = [
    # indifference to a serious need, or to the illness itself
    ("indifference", "medical_care", "The nurses showed deliberate indifference to her serious medical need."),
    ("indifference", "medical_care", "He claims prison officials were deliberately indifferent to his diabetes."),
    ("indifference", "medical_care", "The doctor on duty ignored his complaints of chest pain."),
    ("indifference", "medical_care", "Staff disregarded her injuries for three days after the fall."),
    # requests for care nobody answered
    ("unanswered", "medical_care", "The evidence showed that sick call requests went unanswered for weeks."),
    ("unanswered", "medical_care", "His written requests for medical attention were ignored."),
    ("unanswered", "medical_care", "Inmates testified that health care requests were routinely discarded."),
    # staffing of the infirmary
    ("staffing", "medical_care", "The prison's mental health staffing was grossly insufficient."),
    ("staffing", "medical_care", "Medical staffing at the jail was inadequate for its population."),
    # heating or plumbing in disrepair, in a finding of fact
    ("disrepair", "temperature", "The heating system in the cellhouse was inadequate."),
    ("disrepair", "temperature", "The court finds that the boiler serving the east wing is antiquated and deficient."),
    ("disrepair", "sanitation", "The magistrate found that the plumbing in the cellblock was in constant disrepair."),
    ("disrepair", "sanitation", "Testimony established that the sewage system was badly deteriorated."),
    # degrees reached by the cells, or temperatures "of well over" a figure
    ("degrees", "temperature", "According to the plaintiffs' expert, the cells reached 95 degrees in July."),
    ("degrees", "temperature", "Witnesses described temperatures in the cells of well over 100 degrees."),
    ("degrees", "temperature", "On the upper tier the housing units exceeded 104 degrees for days on end."),
    # the yard denied
    ("yard", "exercise_outdoor", "He was denied yard for ninety days."),
    ("yard", "exercise_outdoor", "Yard privileges were suspended for the whole unit."),
    # a policy of not allowing, not affording
    ("not allowing", "exercise_outdoor", "The prison has a policy of not allowing outdoor recreation for inmates."),
    ("not allowing", "family_visits", "They object to the limitation of personal visits with their families."),
    # visits held on a screen only
    ("screen", "family_visits", "Visits were conducted through a video screen only."),
    ("screen", "family_visits", "Since the new policy, visits take place by video only."),
    # housed alone
    ("alone", "solitary", "Inmates in the unit are housed alone in windowless cells."),
    ("alone", "solitary", "For two years he was celled alone in a solid-door cell."),
    # double-bunking in any form of the verb
    ("double", "overcrowding", "The prison double-bunks prisoners in 60-square-foot cells."),
    # the claims or the relief a judgment names by their subject, and each item of its list
    ("claims", "food_water", "The decree gave the class relief in the areas of food, laundry and exercise."),
    ("claims", "exercise_time", "The decree gave the class relief in the areas of food, laundry and exercise."),
    ("claims", "medical_care", "The magistrate rejected their claims regarding medical care and access to the courts."),
    ("claims", "legal_access", "The magistrate rejected their claims regarding medical care and access to the courts."),
    ("claims", "temperature", "His claims concerning the heat in the dormitory survive summary judgment."),
    # the means of reaching the courts not provided
    ("courts", "legal_access", "They say officials failed to give prisoners adequate means of access to the courts."),
    ("failed to afford", "exercise_time", "The county failed to afford pretrial detainees any exercise."),
    ("courts", "legal_access", "The prison did not provide segregated inmates with meaningful access to the courts."),
    # what the action concerns or challenges, in an opinion's opening
    ("action", "family_calls", "This action concerns the inmate telephone policies at the state penitentiary."),
    ("action", "strip_search", "The plaintiff class challenges the jail's blanket strip search policy."),
    ("action", "exercise_time", "Plaintiffs allege that they are denied adequate exercise."),
    ("action", "medical_care", "Plaintiff alleges the defendants failed to treat his hepatitis C."),
    # violence said to be frequent or counted, among prisoners or by staff
    ("violence", "use_of_force", "They claim that men in the unit live with intolerable levels of violence."),
    ("violence", "use_of_force", "Stabbings and rapes occurred regularly in the dormitories."),
    ("violence", "use_of_force", "There were 43 assaults on inmates in the first six months of the year."),
    # crowding judged severe; recreation facilities judged inadequate
    ("crowding", "overcrowding", "Officials had themselves acknowledged how severe the crowding had become."),
    ("recreation", "exercise_time", "The recreational facilities were woefully inadequate for the population."),
    # double celling held unconstitutional
    ("double celling", "overcrowding", "The district court held that the double celling was cruel and unusual."),
]

#: (type, sentence) that must give no counted fact of that type
QUIET: list[tuple[str, str]] = [
    # the legal standard of indifference, stated of anyone
    ("medical_care", "To state a claim, a prisoner must show deliberate indifference to a serious medical need."),
    ("medical_care", "Deliberate indifference to serious medical needs constitutes the unnecessary and wanton "
                     "infliction of pain."),
    ("medical_care", "The subjective prong asks whether officials were deliberately indifferent to his needs."),
    # a professional body's recommended figure is no cell
    ("cell_space", "The American Correctional Association recommends 60 square feet per inmate."),
    # a fire door chained shut is no restraint
    ("restraints", "Fire exits were chained shut and there was no fire alarm system."),
    ("restraints", "Two of the emergency doors were padlocked and chained."),
    # a yard officer is no yard denied; a heating bill is no cold cell
    ("exercise_outdoor", "The yard officer denied that he saw the fight."),
    ("temperature", "The county complained that the heating bills were excessive."),
    # a monitor's video call is no family visit, and a family visit by video is no monitor's visit
    ("monitoring_access", "Visits were conducted through a video screen only."),
    # the standard of liability stated of any official and any inmate
    ("medical_care", "A prison official violates the Eighth Amendment when he is deliberately indifferent to an "
                     "inmate's serious medical needs."),
    ("medical_care", "An official is liable only if he is deliberately indifferent to a serious medical need."),
    # a blanket in a policy's name is no bedding; a strip-search policy merely named is no search
    ("bedding_clothing", "The plaintiff class challenges the jail's blanket strip search policy."),
    ("strip_search", "The jail revised its strip search policy in 2012."),
    # violence named in a conviction, a plan, or against staff; crowding to avoid; good facilities
    ("use_of_force", "Many of the men were convicted of crimes of violence."),
    ("use_of_force", "The state has taken steps to reduce violence in its prisons."),
    ("use_of_force", "The jail reported several assaults on staff by one prisoner, who was then segregated."),
    ("overcrowding", "The state took steps to avoid severe crowding in the new prison."),
    ("exercise_time", "The new prison has excellent recreational facilities."),
    # what a decree or an order requires is a remedy, not the regime
    ("exercise_outdoor", "The decree requires defendants to provide one hour of outdoor exercise daily."),
    ("cell_space", "The consent decree requires at least 60 square feet per inmate."),
    ("legal_access", "Defendants are ordered to establish an adequate law library within ninety days."),
    # a request for relief in the future tense stays hypothetical
    ("exercise_outdoor", "Plaintiffs ask the court to order that they be allowed outdoor recreation."),
]


@pytest.mark.parametrize("pattern,type_,sentence", VARIANTS,
                         ids=[f"{p}:{t}:{i}" for i, (p, t, _) in enumerate(VARIANTS)])
def test_court_wording_gives_the_fact(facts, pattern, type_, sentence):
    got = facts(sentence)
    assert counted(got, type_), f"{pattern}: no {type_} in {sentence!r}: {describe(got)}"


@pytest.mark.parametrize("type_,sentence", QUIET, ids=[f"{t}:{i}" for i, (t, _) in enumerate(QUIET)])
def test_court_trap_stays_quiet(facts, type_, sentence):
    got = facts(sentence)
    assert not counted(got, type_), f"{type_} from {sentence!r}: {describe(got)}"


def test_not_allowing_is_no_negation_of_the_other_facts(facts):
    got = facts("The prison has a policy of not allowing outdoor recreation for inmates.")
    assert all(not f.negated for f in got if f.type in {"exercise_outdoor", "solitary"}), describe(got)


#: (type, sentence): a concession, a witness's habitual "would", and a holding applied "here" keep
#: the fact counted and not negated
CONTEXT: list[tuple[str, str]] = [
    ("exercise_time", "It is not disputed that inmates in the jail receive no exercise."),
    ("exercise_time", "The county does not dispute that inmates in the jail receive no exercise."),
    ("medical_care", "Defendants do not deny that plaintiff waited six weeks for treatment."),
    ("use_of_force", "He testified that guards would spray inmates with mace for talking back."),
    ("use_of_force", "Several inmates recounted how officers would beat prisoners in the stairwell."),
    ("use_of_force", "Courts have long held that gratuitous beatings are cruel; here, officers beat the plaintiff "
                     "after he was restrained."),
]


@pytest.mark.parametrize("type_,sentence", CONTEXT, ids=[f"{t}:{i}" for i, (t, _) in enumerate(CONTEXT)])
def test_court_context_keeps_the_fact(facts, type_, sentence):
    got = [f for f in counted(facts(sentence), type_) if not f.negated]
    assert got, f"no plain {type_} in {sentence!r}: {describe(facts(sentence))}"


@pytest.mark.parametrize("sentence", [
    "Courts have long held that gratuitous beatings violate the Eighth Amendment.",
    "The warden testified that he would place any inmate who assaulted staff in segregation if necessary.",
])
def test_court_context_keeps_the_law_general(facts, sentence):
    got = facts(sentence)
    assert not counted(got, "use_of_force") and not counted(got, "solitary"), describe(got)
