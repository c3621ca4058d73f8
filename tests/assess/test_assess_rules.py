"""Rule by rule: facts in, status out, at every threshold's edge.

Each row builds facts by hand, assesses them, and checks the status of one
finding (None: the rule must give no finding at all).
"""

from __future__ import annotations

import pytest

from dignity.assess import assess_facts
from assess_helpers import days, fact, hours, status

V, C, I, OK = "violation_likely", "concern", "insufficient_information", "compliant"  # noqa: E741

AI = {"certainty": "alleged", "who": "Amnesty International"}
PLAINTIFF = {"certainty": "alleged", "who": "the plaintiff"}
DISPUTED = {"certainty": "contested", "who": "the plaintiff"}
GENERAL = {"subject": "general", "kind": "general"}
MAYBE = {"certainty": "hypothetical"}
NMC = ("no_meaningful_contact",)
GOV = {"certainty": "alleged", "who": "the government"}


def sec(**kw):
    return fact("justification_security", "escape risk", **{**GOV, **kw})


CASES = [
    # --- rule 44: 22 hours or more a day without meaningful human contact ----------------
    pytest.param([hours(21), fact(*NMC)], "mandela-44", OK, id="44-21h-not-solitary"),
    pytest.param([hours(22), fact(*NMC)], "mandela-44", C, id="44-22h-edge-solitary"),
    pytest.param([hours(23, **AI), fact(*NMC, **AI)], "mandela-44", C, id="44-23h-alleged-specific"),
    pytest.param([hours(22)], "mandela-44", I, id="44-22h-contact-unknown"),
    pytest.param([hours(23)], "mandela-44", I, id="44-23h-contact-unknown"),
    pytest.param([hours(23), fact("family_visits", "denied"), fact("language_interpreter")],
                 "mandela-44", C, id="44-no-contact-by-family-ban-and-language"),
    pytest.param([hours(23), fact("family_visits", "limited to one a month"), fact("language_interpreter")],
                 "mandela-44", I, id="44-family-limited-is-not-no-contact"),
    pytest.param([fact("solitary")], "mandela-44", I, id="44-word-alone"),
    pytest.param([fact("solitary"), hours(23)], "mandela-44", C, id="44-word-and-hours"),
    pytest.param([fact("solitary"), fact(*NMC)], "mandela-44", C, id="44-word-and-contact-no-hours"),
    pytest.param([fact("solitary"), hours(21)], "mandela-44", OK, id="44-word-but-21h"),
    pytest.param([hours(23, **DISPUTED), fact(*NMC)], "mandela-44", I, id="44-contested-hours"),
    pytest.param([hours(23), fact(*NMC, **GENERAL)], "mandela-44", I, id="44-general-contact-ignored"),
    pytest.param([hours(23, **MAYBE), fact(*NMC, **MAYBE)], "mandela-44", None, id="44-hypothetical-nothing"),
    pytest.param([hours(23), fact(*NMC), fact(*NMC, negated=True)], "mandela-44", I, id="44-contact-disputed"),
    pytest.param([fact("family_visits", "denied")], "mandela-44", None, id="44-not-touched-by-family"),

    # --- rule 43(1)(b): more than 15 consecutive days ------------------------------------
    pytest.param([fact("solitary"), days(15)], "mandela-43-1-b", OK, id="43-1-b-15-days-not-prolonged"),
    pytest.param([fact("solitary"), days(16)], "mandela-43-1-b", V, id="43-1-b-16-days-prolonged"),
    pytest.param([fact("solitary", **AI), days(16, **AI)], "mandela-43-1-b", C, id="43-1-b-alleged"),
    pytest.param([fact("solitary"), days(40, **DISPUTED)], "mandela-43-1-b", C, id="43-1-b-contested"),
    pytest.param([fact("solitary")], "mandela-43-1-b", I, id="43-1-b-duration-unknown"),
    pytest.param([hours(24), days(187)], "mandela-43-1-b", I, id="43-1-b-long-but-contact-unknown"),
    pytest.param([hours(23), fact(*NMC), days(16)], "mandela-43-1-b", V, id="43-1-b-solitary-without-word"),
    pytest.param([fact("solitary"), days(3, "months")], "mandela-43-1-b", V, id="43-1-b-months"),
    pytest.param([fact("solitary"), fact("isolation_duration", "most of 22 years", "days")],
                 "mandela-43-1-b", V, id="43-1-b-duration-in-words"),
    pytest.param([fact("solitary"), days(30, **GENERAL)], "mandela-43-1-b", I, id="43-1-b-general-duration"),
    pytest.param([fact("solitary", negated=True)], "mandela-43-1-b", None, id="43-1-b-not-isolated"),
    pytest.param([fact("solitary"), days(60), sec()], "mandela-43-1-b", V, id="43-1-b-security-no-excuse"),

    # --- rule 43(1)(a): no fixed end -------------------------------------------------------
    pytest.param([fact("indefinite_isolation")], "mandela-43-1-a", V, id="43-1-a-asserted"),
    pytest.param([fact("indefinite_isolation", **PLAINTIFF)], "mandela-43-1-a", C, id="43-1-a-alleged"),
    pytest.param([fact("indefinite_isolation", **DISPUTED)], "mandela-43-1-a", C, id="43-1-a-contested"),
    pytest.param([fact("indefinite_isolation", negated=True)], "mandela-43-1-a", OK, id="43-1-a-end-date"),
    pytest.param([fact("indefinite_isolation", **GENERAL)], "mandela-43-1-a", None, id="43-1-a-general"),
    pytest.param([fact("indefinite_isolation"), sec()], "mandela-43-1-a", V, id="43-1-a-security-no-excuse"),

    # --- rule 43(1)(c): dark or constantly lit cell ----------------------------------------
    pytest.param([fact("constant_light", **AI), fact("special_regime", "SAMs")], "mandela-43-1-c", C,
                 id="43-1-c-alleged-in-regime"),
    pytest.param([fact("constant_light", **AI)], "mandela-43-1-c", C, id="43-1-c-no-restriction-context"),
    pytest.param([fact("constant_light", quote="lit 24 hours a day in segregation", **AI)],
                 "mandela-43-1-c", C, id="43-1-c-context-in-the-words"),
    pytest.param([fact("darkness"), fact("solitary")], "mandela-43-1-c", V, id="43-1-c-dark-cell"),
    pytest.param([fact("constant_light", **DISPUTED), fact("solitary")], "mandela-43-1-c", C,
                 id="43-1-c-contested"),
    pytest.param([fact("constant_light", **GENERAL), fact("solitary")], "mandela-43-1-c", None,
                 id="43-1-c-general"),
    pytest.param([fact("constant_light", **MAYBE), fact("solitary")], "mandela-43-1-c", None,
                 id="43-1-c-hypothetical"),
    pytest.param([fact("constant_light", **AI), fact("solitary"), sec()], "mandela-43-1-c", C,
                 id="43-1-c-security-no-excuse"),

    # --- 43(1)(d), (e), 43(2) ----------------------------------------------------------------
    pytest.param([fact("food_water", "food withheld as punishment")], "mandela-43-1-d", V, id="43-1-d-food"),
    pytest.param([fact("food_water", "cold food")], "mandela-43-1-d", None, id="43-1-d-not-punitive"),
    pytest.param([fact("use_of_force", "whipped as a disciplinary sanction")], "mandela-43-1-d", V,
                 id="43-1-d-corporal"),
    pytest.param([fact("collective_punishment", **PLAINTIFF)], "mandela-43-1-e", C, id="43-1-e"),
    pytest.param([fact("restraints", "restraint chair as punishment")], "mandela-43-2", V, id="43-2"),
    pytest.param([fact("restraints", "handcuffs during transfer")], "mandela-43-2", None, id="43-2-not-sanction"),

    # --- 43(3): family contact ------------------------------------------------------------------
    pytest.param([fact("family_visits", "denied", **AI), fact("family_calls", "denied", **AI),
                  fact("special_regime", "SAMs")], "mandela-43-3", C, id="43-3-ban"),
    pytest.param([fact("family_visits", "denied", **AI), fact("family_calls", "denied", **AI), sec()],
                 "mandela-43-3", C, id="43-3-ban-security-no-excuse"),
    pytest.param([fact("family_visits", "denied", **AI), fact("family_calls", "denied", **AI)],
                 "mandela-43-3", C, id="43-3-ban-not-shown-a-sanction"),
    pytest.param([fact("family_visits", "limited to one an hour a month"), sec()], "mandela-43-3", I,
                 id="43-3-restriction-weighed"),
    pytest.param([fact("family_visits", "denied", **DISPUTED), fact("solitary")], "mandela-43-3", C,
                 id="43-3-contested"),
    pytest.param([fact("family_visits", "denied", negated=True)], "mandela-43-3", OK, id="43-3-allowed"),

    # --- 58: regular contact (qualified) -------------------------------------------------------
    pytest.param([fact("family_visits", "denied", **AI)], "mandela-58", C, id="58-denied"),
    pytest.param([fact("family_visits", "denied"), sec()], "mandela-58", C, id="58-security-weighed"),
    pytest.param([fact("correspondence", "some mail rejected as contraband")], "mandela-58", I,
                 id="58-supervision-only"),
    pytest.param([fact("correspondence", "letters withheld for months")], "mandela-58", C, id="58-letters-withheld"),
    pytest.param([fact("family_visits", **DISPUTED)], "mandela-58", C, id="58-contested"),
    pytest.param([fact("family_visits", negated=True)], "mandela-58", OK, id="58-visits-allowed"),

    # --- 45, 46, 42 -------------------------------------------------------------------------------
    pytest.param([fact("solitary"), sec()], "mandela-45-1", I, id="45-1-questions"),
    pytest.param([fact("solitary"), fact("vulnerable_person", "juvenile")], "mandela-45-2", V, id="45-2-juvenile"),
    pytest.param([fact("vulnerable_person", "juvenile")], "mandela-45-2", None, id="45-2-not-isolated"),
    pytest.param([fact("solitary"), fact("medical_care", "denied")], "mandela-46", V, id="46"),
    pytest.param([fact("restraints", "hitching post"), fact("sanitation", "no toilet for seven hours")],
                 "mandela-42", V, id="42-deprivation-under-sanction"),
    pytest.param([fact("sanitation", "no toilet")], "mandela-42", None, id="42-no-sanction"),

    # --- treatment -------------------------------------------------------------------------------------
    pytest.param([fact("use_of_force", "guards beating inmates")], "mandela-1", V, id="1-beating"),
    pytest.param([fact("use_of_force", "force", **PLAINTIFF)], "mandela-1", None, id="1-vague-allegation"),
    pytest.param([fact("use_of_force", "force")], "mandela-82", C, id="82"),
    pytest.param([fact("restraints", "handcuffed to a hitching post")], "mandela-47", V, id="47-hitching-post"),
    pytest.param([fact("restraints", "shackled", **PLAINTIFF)], "mandela-47", C, id="47-other-restraints"),
    pytest.param([fact("restraints", "shackled during labour", **PLAINTIFF),
                  fact("vulnerable_person", "pregnant")], "mandela-48", C, id="48-labour"),
    pytest.param([fact("restraints", "shackling", **PLAINTIFF),
                  fact("vulnerable_person", "pregnant", quote="during the final stages of her labor")],
                 "mandela-48", C, id="48-labour-from-another-fact"),
    pytest.param([fact("restraints", "shackling", **PLAINTIFF), fact("vulnerable_person", "pregnant")],
                 "mandela-48", I, id="48-pregnant-not-in-labour"),
    pytest.param([fact("restraints", "hitching post")], "mandela-48", V, id="48-painful-never-least-intrusive"),
    pytest.param([fact("restraints", "handcuffs")], "mandela-48", I, id="48-questions"),
    pytest.param([fact("strip_search", "visual body cavity searches")], "mandela-52", C, id="52"),

    # --- accommodation ----------------------------------------------------------------------------------
    pytest.param([fact("cell_space", 7.0, "m2", occupants=2, **PLAINTIFF)], "mandela-12", C, id="12"),
    pytest.param([fact("overcrowding", **PLAINTIFF)], "mandela-12", None, id="12-overcrowding-is-13"),
    pytest.param([fact("ventilation", **PLAINTIFF)], "mandela-13", C, id="13-ventilation"),
    pytest.param([fact("temperature", **DISPUTED)], "mandela-13", C, id="13-contested"),
    pytest.param([fact("temperature", **DISPUTED), fact("temperature", negated=True)], "mandela-13", I,
                 id="13-court-finds-otherwise-partial"),
    pytest.param([fact("cell_space", 7.4, "m2")], "mandela-13", I, id="13-space-ok-rest-unknown"),
    pytest.param([fact("cell_space", 7.0, "m2", occupants=2)], "mandela-13", C, id="13-shared-3.5m2"),
    pytest.param([fact("cell_space", 8.0, "m2", occupants=2)], "mandela-13", I, id="13-shared-4m2-edge"),
    pytest.param([fact("cell_space", 5.9, "m2")], "mandela-13", C, id="13-single-under-6"),
    pytest.param([fact("darkness", **PLAINTIFF)], "mandela-14", C, id="14-dark"),
    pytest.param([fact("sanitation")], "mandela-15", C, id="15-asserted"),
    pytest.param([fact("sanitation"), fact("restraints", "hitching post")], "mandela-15", V,
                 id="15-aggravated-by-restraint"),
    pytest.param([fact("hygiene", "denied showers for ten days", **PLAINTIFF)], "mandela-16", C, id="16"),
    pytest.param([fact("hygiene", "dull razors", **PLAINTIFF)], "mandela-18", C, id="18"),
    pytest.param([fact("bedding_clothing", "no mattress", **PLAINTIFF)], "mandela-21", C, id="21"),
    pytest.param([fact("bedding_clothing", "no warm clothing", **PLAINTIFF)], "mandela-19", C, id="19"),
    pytest.param([fact("bedding_clothing", "no warm clothing", **PLAINTIFF)], "mandela-21", None,
                 id="21-not-for-clothing"),
    pytest.param([fact("food_water", **PLAINTIFF)], "mandela-22", C, id="22-alleged"),
    pytest.param([fact("food_water", negated=True)], "mandela-22", OK, id="22-adequate"),
    pytest.param([fact("food_water", **DISPUTED)], "mandela-22", C, id="22-contested"),
    pytest.param([fact("food_water", **DISPUTED), fact("food_water", negated=True)], "mandela-22", OK,
                 id="22-court-finds-adequate"),
    pytest.param([fact("food_water", "water once in seven hours"), fact("restraints", "hitching post")],
                 "mandela-22", V, id="22-aggravated"),
    pytest.param([fact("food_water", **GENERAL)], "mandela-22", None, id="22-general"),

    # --- rule 23: an hour a day in the open air ----------------------------------------------------------
    pytest.param([fact("exercise_time", 1.5, "hours_per_day", **PLAINTIFF), fact("exercise_outdoor", True)],
                 "mandela-23", OK, id="23-1.5h-outdoor"),
    pytest.param([fact("exercise_time", 1, "hours_per_day"), fact("exercise_outdoor", True)],
                 "mandela-23", OK, id="23-1h-edge-outdoor"),
    pytest.param([fact("exercise_time", 1, "hours_per_day")], "mandela-23", I, id="23-1h-place-unknown"),
    pytest.param([fact("exercise_time", 1, "hours_per_day")], "mandela-23-time", None, id="23-no-aspect-findings"),
    pytest.param([fact("exercise_time", 0.99, "hours_per_day"), fact("exercise_outdoor", True)],
                 "mandela-23", V, id="23-under-1h-asserted"),
    pytest.param([fact("exercise_time", 1, "hours_per_week", **PLAINTIFF)], "mandela-23", C,
                 id="23-1h-a-week-alleged"),
    pytest.param([fact("exercise_time", 7, "hours_per_week"), fact("exercise_outdoor", True)], "mandela-23", OK,
                 id="23-7h-a-week"),
    pytest.param([fact("exercise_outdoor", False, **PLAINTIFF)], "mandela-23", C, id="23-no-outdoor"),
    pytest.param([fact("exercise_time", 0, "hours_per_day", **PLAINTIFF)], "mandela-23", C, id="23-none"),
    pytest.param([fact("exercise_time", None, "hours_per_day", **PLAINTIFF)], "mandela-23", I,
                 id="23-insufficient-recreation-no-number"),
    pytest.param([fact("exercise_time", 2, "hours_per_day", **DISPUTED), fact("exercise_outdoor", True)],
                 "mandela-23", OK, id="23-contested-but-meets"),
    pytest.param([fact("exercise_time", 0.5, "hours_per_day", **DISPUTED)], "mandela-23", C,
                 id="23-contested-shortfall"),

    # --- contact, counsel, monitoring, health ----------------------------------------------------------
    pytest.param([fact("legal_access", **PLAINTIFF)], "mandela-61", C, id="61-access"),
    pytest.param([fact("legal_confidentiality", "attorney calls recorded", **PLAINTIFF)], "mandela-61", C,
                 id="61-confidentiality"),
    pytest.param([fact("legal_access", negated=True)], "mandela-61", OK, id="61-lawyer-visits-allowed"),
    pytest.param([fact("legal_access", **PLAINTIFF), fact("pretrial_status", "pretrial")], "mandela-119", C,
                 id="119-pretrial"),
    pytest.param([fact("legal_access", **PLAINTIFF), fact("pretrial_status", "convicted")], "mandela-119", None,
                 id="119-convicted"),
    pytest.param([fact("legal_access", **PLAINTIFF)], "mandela-119", None, id="119-status-unknown"),
    pytest.param([fact("consular_access")], "mandela-62", C, id="62"),
    pytest.param([fact("monitoring_access", "requested")], "mandela-83", I, id="83-requested"),
    pytest.param([fact("monitoring_access", "denied")], "mandela-83", V, id="83-denied"),
    pytest.param([fact("monitoring_access", "granted")], "mandela-83", OK, id="83-granted"),
    pytest.param([fact("medical_care", **PLAINTIFF)], "mandela-24", C, id="24-care"),
    pytest.param([fact("physical_health", ["headaches"])], "mandela-24", I, id="24-symptoms-only"),
    pytest.param([fact("mental_health", ["depression"], **GENERAL)], "mandela-24", None, id="24-general"),
    pytest.param([fact("mental_health", ["hallucinations"]), fact("solitary")], "mandela-33", I, id="33"),
    pytest.param([fact("reading_news", **PLAINTIFF)], "mandela-63", C, id="63"),
    pytest.param([fact("religion", **PLAINTIFF)], "mandela-65", C, id="65"),
    pytest.param([fact("complaints", "never told how to complain", **PLAINTIFF)], "mandela-54", C, id="54"),
    pytest.param([fact("complaints", **PLAINTIFF)], "mandela-54", None, id="54-not-what-happens-to-it"),
    pytest.param([fact("complaints", "his complaints went unanswered", **PLAINTIFF)], "mandela-57", C,
                 id="57-unanswered"),
    pytest.param([fact("complaints", "he filed a grievance", **PLAINTIFF)], "mandela-57", I, id="57-filed-only"),
    pytest.param([fact("separation", **PLAINTIFF)], "mandela-11", C, id="11"),
    pytest.param([fact("separation", **PLAINTIFF), fact("pretrial_status", "pretrial")], "mandela-112", C,
                 id="112"),
    pytest.param([fact("work_programmes"), fact("pretrial_status", "pretrial")], "mandela-114", C, id="114"),
    pytest.param([fact("special_regime", "SAMs"), sec()], "mandela-37", I, id="37"),
]


@pytest.mark.parametrize("facts, finding_id, expected", CASES)
def test_rule_status(facts, finding_id, expected):
    findings = assess_facts(facts, as_of="2020-01-01")
    assert status(findings, finding_id) == expected, [(f.id, f.status, f.reasoning) for f in findings]
