"""ConText rules: negation, pseudo-negation, hypothetical, general statements and the
terminators that end a scope (resources/en/context.yaml)."""

from __future__ import annotations

import pytest

from dignity.extract.context import load_context

from extract_helpers import counted, describe


def _only(found, type_):
    mine = [f for f in found if f.type == type_]
    assert mine, f"no {type_}: {describe(found)}"
    return mine


# ------------------------------------------------------------------ negation

NEGATED = [
    ("He is not held in isolation.", "solitary", "not"),
    ("There is no evidence that he was beaten.", "use_of_force", "no evidence that"),
    ("He was never placed in segregation.", "solitary", "was never"),
    ("The officers did not use pepper spray on him.", "use_of_force", "not"),
    ("None of the detainees were shackled.", "restraints", "None of"),
    ("He was not strip-searched on arrival.", "strip_search", "not"),
    ("Plaintiff has failed to show that the cell was unsanitary.", "sanitation", "failed to show"),
    ("No reasonable jury could conclude that the cell was extremely cold.", "temperature",
     "No reasonable jury could conclude"),
    ("She has not been segregated at any point during her detention.", "solitary", "not"),
    ("Neither pepper spray nor batons were used.", "use_of_force", "Neither"),
    ("He is no longer held in solitary confinement.", "solitary", "no longer"),
    ("No one was beaten during the transfer.", "use_of_force", "No one"),
    ("The warden testified that no inmate was kept in the dark.", "darkness", "no inmate"),
    ("Inspectors found no indication of overcrowding in the women's wing.", "overcrowding",
     "no indication of"),
    ("He was not kept in a cell without a window.", "no_natural_light", "not"),
    # (dir17) "The court rejects the claim that ..." is a claim rejected, not a negation: test_context_scopes
]


@pytest.mark.parametrize("sentence,type_,trigger", NEGATED)
def test_negation(facts, sentence, type_, trigger):
    mine = _only(facts(sentence), type_)
    assert all(f.negated for f in mine), describe(mine)
    flags = [c for f in mine for c in f.explain.context if c.category == "NEGATED"]
    assert any(c.trigger == trigger for c in flags), flags
    for c in flags:  # the flag carries its own evidence: offsets into the text
        assert sentence[c.start:c.end] == c.trigger


# a trigger that is part of a deprivation's own words ("not allowed visits") does not
# negate it: the deprivation holds
PSEUDO = [
    ("He is not allowed visits from his family.", "family_visits"),
    ("She has not been given a mattress.", "bedding_clothing"),
    ("He could not see a doctor for weeks.", "medical_care"),
    ("Detainees do not have access to showers.", "hygiene"),
    ("He has not been permitted to call his wife.", "family_calls"),
    # "could ... only" is what was possible, not a possibility
    ("Detainees could shower only once a week.", "hygiene"),
    ("He could only see his family once a month, through glass.", "family_visits"),
    ("He was never allowed outside.", "exercise_outdoor"),
    ("Not only was he beaten, he was also denied medical care.", "use_of_force"),
    ("Not only was he beaten, he was also denied medical care.", "medical_care"),
    ("He has no access to a lawyer.", "legal_access"),
    ("Guards are not permitted to talk to him.", "no_meaningful_contact"),
    ("She has not seen daylight in months.", "no_natural_light"),
    ("Detainees did not receive clean drinking water.", "food_water"),
    ("He was not given any exercise.", "exercise_time"),
    ("Work opportunities were not offered to remand prisoners.", "pretrial_status"),
    ("Soap was not available to prisoners held in isolation.", "solitary"),
]


@pytest.mark.parametrize("sentence,type_", PSEUDO)
def test_pseudo_negation_keeps_the_deprivation(facts, sentence, type_):
    mine = counted(facts(sentence), type_)
    assert mine and not any(f.negated for f in mine), describe(facts(sentence))


# "X was not Y": a negation between a fact's words must never be swallowed into them
# (which would hide it from ConText and assert the opposite)
NEGATION_INSIDE = [
    ("Officials say the cells are not cold.", "temperature"),
    ("His family visits were not restricted.", "family_visits"),
    ("The lights in his cell are not on 24 hours a day.", "constant_light"),
    ("His cell was not dark.", "darkness"),
    ("The food was not cold or spoiled.", "food_water"),
    ("His mail was not opened or read.", "correspondence"),
    ("Medical care at the jail was not inadequate.", "medical_care"),
    ("The law library was not inadequate.", "legal_access"),
    ("The toilets in the unit were not clogged.", "sanitation"),
    ("The air in the cells was not stale.", "ventilation"),
    ("The heat in the unit was not unbearable.", "temperature"),
    ("The ventilation system was never broken.", "ventilation"),
    ("His clothing was not inadequate.", "bedding_clothing"),
    ("The showers were not filthy.", "hygiene"),
    ("Newspapers are not prohibited at the jail.", "reading_news"),
    ("The window was not covered.", "no_natural_light"),
    ("His telephone privileges were never suspended.", "family_calls"),
    ("His grievances were not ignored.", "complaints"),
    ("The cells weren't cold.", "temperature"),
    ("Soap was not withheld at any point.", "hygiene"),
    ("His medication was not stopped.", "medical_care"),
    ("Blankets were not confiscated.", "bedding_clothing"),
    ("Soap has not been withheld.", "hygiene"),
    ("His insulin has not been stopped.", "medical_care"),
]


@pytest.mark.parametrize("sentence,type_", NEGATION_INSIDE)
def test_a_negation_inside_the_words_is_never_an_assertion(facts, sentence, type_):
    found = facts(sentence)
    assert not [f for f in counted(found, type_) if not f.negated], describe(found)


def test_adequate_provision_is_a_negated_fact(facts):
    mine = _only(facts("In-cell sinks give detainees unlimited access to potable water."), "food_water")
    assert all(f.negated for f in mine) and mine[0].explain.pattern == "adequate_water"


# ------------------------------------------------------------------ hypothetical

HYPOTHETICAL = [
    ("If he were placed in solitary confinement, his condition would deteriorate.", "solitary"),
    ("The court could order that he be removed from segregation.", "solitary"),
    ("His lawyers asked the judge to order the jail to end his solitary confinement.", "solitary"),
    ("Counsel asked the court to order the warden to lift the restrictions on family visits.",
     "family_visits"),
    ("Solitary confinement may be imposed only as a last resort.", "solitary"),
    ("He is at risk of being placed in segregation.", "solitary"),
    ("Prisoners who refuse to work could be placed in isolation.", "solitary"),
    ("Juveniles shall not be placed in solitary confinement.", "solitary"),
    ("Every prisoner shall have at least one hour of exercise in the open air daily.", "exercise_time"),
    ("The jail plans to install cameras to prevent the use of excessive force.", "use_of_force"),
    ("Unless the heating is repaired, the cells will be freezing this winter.", "temperature"),
    ("Whether he was denied medical care is a question for the jury.", "medical_care"),
    # recommendations: the whole sentence after the cue is what should be, not what is
    ("The Committee recommends that the State party end the use of solitary confinement for juveniles.",
     "solitary"),
    ("The State party should take urgent measures, including the construction of new facilities and "
     "the wider use of alternatives to detention, to end overcrowding.", "overcrowding"),
    ("The Committee urges the authorities to guarantee that every detainee is examined by an "
     "independent doctor and that no one is held in solitary confinement for more than fifteen days.",
     "solitary"),
    ("The authorities must ensure that no detainee is held in a windowless cell.", "no_natural_light"),
    ("The State party is encouraged to reduce the use of restraints in psychiatric wards and prisons.",
     "restraints"),
    ("The Working Group recommended that the authorities immediately release all children held in the "
     "adult prison.", "vulnerable_person"),
    ("I urge you to return Ms. Yusuf to general population immediately.", "solitary"),
]


def test_an_argument_in_a_motion_is_no_request(facts):
    found = facts("Defendants moved for summary judgment, arguing that the use of the restraint "
                  "chair was justified by his violent behavior.")
    assert counted(found, "restraints") and counted(found, "justification_security"), describe(found)


@pytest.mark.parametrize("sentence,type_", HYPOTHETICAL)
def test_hypothetical(facts, sentence, type_):
    found = facts(sentence)
    mine = _only(found, type_)
    assert all(f.certainty == "hypothetical" for f in mine), describe(mine)
    assert not counted(found, type_)
    assert any(c.category == "HYPOTHETICAL" for f in mine for c in f.explain.context)


def test_a_requested_transfer_to_general_population_is_hypothetical(facts):
    found = facts("They asked the judge to order prison officials to transfer him into general population.")
    assert not counted(found, "solitary"), describe(found)


def test_a_request_to_lift_a_regime_presupposes_it(facts):
    """A pattern may ignore a context: asking to lift special measures says they exist."""
    mine = _only(facts("His lawyers asked the court to order the government to lift the "
                       "Special Administrative Measures."), "special_regime")
    assert all(f.certainty != "hypothetical" for f in mine)


# -------------------------------------------------------------- general statements

GENERAL = [
    ("Prolonged isolation can cause serious psychological harm.", "mental_health"),
    ("Prolonged isolation can cause serious psychological harm.", "solitary"),
    ("Studies show that solitary confinement leads to depression and anxiety.", "mental_health"),
    ("It is well established that prolonged solitary confinement causes hallucinations.", "mental_health"),
    ("Around the world, prisoners are held in overcrowded cells.", "overcrowding"),
    ("Research has shown that sleep deprivation causes anxiety.", "sleep_noise"),
    ("There is a considerable body of evidence that isolation may cause paranoia.", "mental_health"),
    ("Rule 44 defines solitary confinement as confinement for 22 hours or more a day.", "solitary"),
    ("Experts warn that restraint chairs are dangerous.", "restraints"),
    ("In 1890 the Supreme Court described prisoners in solitary confinement as semi-fatuous.",
     "mental_health"),
    # norms: what should be prohibited or kept as a last resort is said of everyone
    ("Solitary confinement should be prohibited for juveniles.", "solitary"),
    ("Restraints should be used only as a last resort.", "restraints"),
    ("Isolation of children must be abolished.", "solitary"),
    ("Strip searches should be limited to cases of strict necessity.", "strip_search"),
]


# what an inspecting body found stays a fact, beside its recommendations
FINDINGS = [
    ("The delegation found that detainees were held in overcrowded cells without access to "
     "natural light.", "no_natural_light"),
    ("The delegation observed that several detainees had been held in solitary confinement for "
     "more than six months.", "isolation_duration"),
    ("The Committee is concerned that detainees are held incommunicado and recommends that the "
     "State party end the practice.", "family_calls"),
    ("He was placed in isolation as a last resort after he attacked two officers.", "solitary"),
    ("Amnesty International urged the authorities to release him, saying he had been held in "
     "solitary confinement for three years.", "isolation_duration"),
    ("The Committee urges the State party to build new facilities because overcrowding persists in "
     "all prisons.", "overcrowding"),
]


@pytest.mark.parametrize("sentence,type_", FINDINGS)
def test_findings_beside_recommendations_stay_facts(facts, sentence, type_):
    mine = counted(facts(sentence), type_)
    assert mine and not any(f.negated for f in mine), describe(facts(sentence))


# statements of law in court opinions: about prisoners in general, not this detainee
LAW = [
    ("Deliberate indifference to serious medical needs of prisoners constitutes the unnecessary "
     "and wanton infliction of pain.", ["medical_care", "physical_health"]),
    ("To state a claim, a prisoner must allege acts sufficiently harmful to evidence deliberate "
     "indifference to serious medical needs.", ["medical_care"]),
    ("The Eighth Amendment requires prison officials to provide humane conditions of confinement, "
     "including adequate food, clothing and medical care.", ["food_water", "medical_care"]),
    ("Administrative segregation is not punishment in the constitutional sense.", ["solitary"]),
    ("Courts have repeatedly held that the denial of a single meal is not a constitutional "
     "violation.", ["food_water"]),
    ("Placement in segregation for 30 days does not implicate a protected liberty interest.",
     ["solitary", "isolation_duration"]),
    ("In Hudson v. McMillian, the prisoner was beaten by two officers while shackled.",
     ["use_of_force", "restraints"]),
    ("The Prison Rape Elimination Act requires facilities to limit cross-gender strip searches.",
     ["strip_search"]),
    ("Excessive force against a prisoner may violate the Constitution even when the inmate does "
     "not suffer serious injury.", ["use_of_force", "physical_health"]),
]


@pytest.mark.parametrize("sentence,types", LAW)
def test_statements_of_law_are_no_facts(facts, sentence, types):
    found = facts(sentence)
    for type_ in types:
        assert not counted(found, type_), describe(found)


def test_damages_for_emotional_distress_is_no_symptom(facts):
    found = facts("Plaintiff seeks compensatory damages for emotional distress.")
    assert not counted(found, "mental_health"), describe(found)


@pytest.mark.parametrize("sentence,type_", GENERAL)
def test_general_statements(facts, sentence, type_):
    found = facts(sentence)
    mine = _only(found, type_)
    assert all(f.subject_kind == "general" and f.subject == "general" for f in mine), describe(mine)
    assert not counted(found, type_)
    assert all(f.explain.subject_rule == "general-statement context" for f in mine)


def test_a_general_sentence_does_not_make_the_next_one_general(facts):
    found = facts("Solitary confinement can cause severe depression. "
                  "Mr. Haddad has been held in solitary confinement since May.")
    kinds = [f.subject_kind for f in found if f.type == "solitary"]
    assert kinds == ["general", "group"] or kinds == ["general", "person"], describe(found)


# ------------------------------------------------------------------ terminators

TERMINATED = [
    # sentence, the type the negation reaches, the type past the terminator
    ("He was not beaten, but he was kept in isolation.", "use_of_force", "solitary"),
    ("She was not shackled; however, she was strip-searched.", "restraints", "strip_search"),
    ("He was not handcuffed, although he was kept in a windowless cell.", "restraints",
     "no_natural_light"),
    ("He was never beaten: he was held in solitary confinement.", "use_of_force", "solitary"),
    ("He was not tasered, and he was denied medical care.", "use_of_force", "medical_care"),
]


@pytest.mark.parametrize("sentence,negated_type,plain_type", TERMINATED)
def test_terminators_end_a_negation(facts, sentence, negated_type, plain_type):
    found = facts(sentence)
    assert all(f.negated for f in _only(found, negated_type)), describe(found)
    assert not any(f.negated for f in _only(found, plain_type)), describe(found)


@pytest.mark.parametrize("sentence,type_", [
    ("He was not charged, although he was held in isolation for months.", "solitary"),
    ("The suicide prevention policy was not followed and he attempted suicide.", "mental_health"),
    ("The guards did not intervene, and the inmates beat him.", "use_of_force"),
])
def test_a_new_clause_is_out_of_reach_of_the_negation(facts, sentence, type_):
    mine = counted(facts(sentence), type_)
    assert mine and not any(f.negated for f in mine), describe(facts(sentence))


def test_negation_scope_is_limited_in_words(facts):
    # "not" reaches 7 words: a fact far past it stands
    found = facts("He did not want to go back to the yard after the fight with the other men "
                  "on the tier who had beaten him.")
    assert any(not f.negated for f in counted(found, "use_of_force")), describe(found)


# ------------------------------------------------------------------ the engine itself

def test_a_trigger_inside_a_longer_trigger_is_dropped():
    engine = load_context("en")
    triggers = engine.triggers("There is no evidence that he was beaten.")
    assert [t.rule.literal for t in triggers if t.rule.category == "NEGATED"] == ["no / none / nothing"]


def test_except_types_keeps_a_rule_off_a_type():
    engine = load_context("en")
    s = "He has no one to talk to."
    start = s.index("no one")
    assert not engine.modifiers(s, start, len(s) - 1, "no_meaningful_contact")


def test_every_rule_has_a_readable_literal():
    engine = load_context("en")
    assert all(rule.literal.strip() for rule in engine.spec.rules)
    assert {r.category for r in engine.spec.rules} == {"NEGATED", "CONTESTED", "UNPROVEN", "HYPOTHETICAL", "GENERAL",
                                                       "PSEUDO", "TERMINATE"}


# ------------------------------------------- requests, recommendations and norms (scopes)
# (sentence, target words, the category that must cover them or None): what a party asks
# for, what a body recommends and what a norm requires is not the regime; the regime
# stated beside it (after "but", ";", "because", a new clause) stays a fact
REQUEST_SCOPES = [
    ('The petition asks that he be allowed to call his children once a week.',
     'call his children', 'HYPOTHETICAL'),
    ('Plaintiffs seek an order requiring defendants to provide outdoor exercise.',
     'outdoor exercise', 'HYPOTHETICAL'),
    ('The Committee recommends that the State ensure access to natural light.',
     'natural light', 'HYPOTHETICAL'),
    ('Rule 43 prohibits solitary confinement for more than 15 days.',
     'solitary confinement', 'GENERAL'),
    ('Detainees should have access to natural light.',
     'natural light', 'HYPOTHETICAL'),
    ('In his prayer for relief, he asks for daily outdoor exercise.',
     'outdoor exercise', 'HYPOTHETICAL'),
    ('He asks for daily outdoor exercise.',
     'outdoor exercise', 'HYPOTHETICAL'),
    ('The complaint seeks an injunction requiring the jail to reduce crowding.',
     'crowding', 'HYPOTHETICAL'),
    ('Plaintiffs move for a preliminary injunction ordering the removal of the restraint chair.',
     'restraint chair', 'HYPOTHETICAL'),
    ('The Subcommittee recommends ensuring that all cells have natural light.',
     'natural light', 'HYPOTHETICAL'),
    ('The Special Rapporteur urges the authorities to allow family visits.',
     'family visits', 'HYPOTHETICAL'),
    ('The delegation recommended the installation of windows in the isolation cells.',
     'isolation cells', 'HYPOTHETICAL'),
    ('Among its recommendations: end the use of solitary confinement for children.',
     'solitary confinement', 'HYPOTHETICAL'),
    ('International standards require at least 4 square metres per prisoner.',
     '4 square metres', 'GENERAL'),
    ('The ACA standards call for 60 square feet of floor space per inmate.',
     '60 square feet', 'GENERAL'),
    ('Under the European Prison Rules, prisoners must have at least one hour of exercise a day.',
     'one hour of exercise', 'GENERAL'),
    ('The Mandela Rules require that every prisoner have at least one hour of suitable exercise in the open air daily.',
     'one hour', 'GENERAL'),
    ('Each detainee should have access to a lawyer from the outset.',
     'a lawyer', 'HYPOTHETICAL'),
    ('Detainees must be allowed to contact their families.',
     'contact their families', 'HYPOTHETICAL'),
    ('He requested that the lights be dimmed at night.',
     'lights', 'HYPOTHETICAL'),
    ('She has asked to be moved to a unit with windows.',
     'unit with windows', 'HYPOTHETICAL'),
    # asking to leave a place says where he is now
    ('She has asked to be transferred out of segregation.',
     'segregation', None),
    ('The motion seeks his release from solitary confinement.',
     'solitary confinement', None),
    ('Rights groups called for the release of detainees held in solitary confinement.',
     'solitary confinement', None),
    ('He must have spent twenty years in solitary confinement.',
     'solitary confinement', None),
    ('The court ordered that he be released from segregation.',
     'segregation', None),
    ('The court ordered that the cells be fitted with windows.',
     'windows', 'HYPOTHETICAL'),
    ('The ICRC asked to visit the detainees and was refused.',
     'refused', None),
    ('The Special Rapporteur requested access to the prison but was denied.',
     'denied', None),
    ('He asked to see a doctor after guards beat him.',
     'beat him', None),
    ('The motion asks the court to order that he be given a mattress.',
     'mattress', 'HYPOTHETICAL'),
    ('He asked for a transfer because he has been held in solitary confinement for two years.',
     'solitary confinement', None),
    ('The petition asks for weekly calls, but he is currently allowed no calls at all.',
     'no calls', None),
    ('The Committee recommends that the State ensure access to natural light; '
     'in the unit visited, cells had no windows.',
     'no windows', None),
    ('He asks for daily outdoor exercise; he is now let out one hour a week.',
     'one hour a week', None),
    ('The plaintiffs seek damages for the forty days they spent in isolation cells without windows.',
     'isolation cells', None),
    ('He sought medical care for his broken wrist, and the guards refused it.',
     'refused', None),
    ('He requested a mattress and was told none was available.',
     'none was available', None),
    ('Plaintiffs, who are confined to their cells 23 hours a day, seek an injunction.',
     'confined to their cells', None),
    ('He complained that he is held in solitary confinement.',
     'solitary confinement', None),
    ('The Committee is concerned that detainees are held in solitary confinement for prolonged periods.',
     'solitary confinement', None),
    ('The Committee notes with concern that cells lack natural light.',
     'natural light', None),
    ('The court found that the cells lacked windows, and it ordered the defendants to install them.',
     'lacked windows', None),
    ('Although the petition asks for visits, he has not seen his family for a year.',
     'not seen his family', None),
]


@pytest.mark.parametrize("sentence,target,category", REQUEST_SCOPES)
def test_requests_recommendations_and_norms_scopes(sentence, target, category):
    ctx = load_context("en")
    start = sentence.index(target)
    mods = ctx.modifiers(sentence, start, start + len(target), "solitary")
    cats = {m.rule.category for m in mods}
    if category is None:
        assert not cats & {"HYPOTHETICAL", "GENERAL"}, [(m.rule.literal, sentence[m.start:m.end]) for m in mods]
    else:
        assert category in cats, [(m.rule.literal, sentence[m.start:m.end]) for m in mods]
