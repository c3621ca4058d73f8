"""The legal test table: findings a detention-monitoring lawyer would sign.

Each row is a small situation (facts built by hand, in our own words), the finding
it must give (rule, status; None: no finding for that rule) and a one-line reason,
the rule of the trade it checks.  The points are those of issue 11:

1. status = what the rule forbids x how well the facts are established;
2. rule 44 is a definition; a label is not proof of no meaningful contact;
3. prolonged and indefinite; frequencies, totals, --as-of, undated documents;
4. children and people with disabilities; pregnancy is not a disability;
5. rule 1 from combinations, not from "use of force" alone or force against a refusal;
6. the right rule, the whole rule;
7. one finding per person and rule;
8. the questions a monitor asks, never one already answered;
9. a document Dignity cannot read is "not assessed", never an all-clear.
"""

from __future__ import annotations

from collections import Counter

import pytest

from assess_helpers import by_id, check_finding, days, fact, hours
from dignity.assess import assess_extraction, assess_facts
from dignity.model import Document, Evidence, Extraction, Fact

V, C, I, OK = "violation_likely", "concern", "insufficient_information", "compliant"

# whose word: a court's finding, an official monitor's, the author's own observation on a
# visit, an admission by the authorities; one allegation; one relayed at second hand
COURT = {"who": "the court", "source_kind": "court"}
MONITOR = {"who": "the Inspectorate of Prisons", "source_kind": "monitor"}
SEEN = {"who": "the author", "source_kind": "author_observation"}
ADMITTED = {"certainty": "alleged", "who": "the prison administration", "source_kind": "authorities"}
NGO = {"certainty": "alleged", "who": "Amnesty International", "source_kind": "ngo"}
DETAINEE = {"certainty": "alleged", "who": "John Doe (plaintiff)", "source_kind": "detainee"}
LAWYER = {"certainty": "alleged", "who": "his lawyer", "source_kind": "party"}
RELAYED = {"certainty": "alleged", "who": "an unnamed source", "source_kind": "relayed"}
CROWD_A = {"certainty": "alleged", "who": "human rights activists", "source_kind": "other"}
CROWD_B = {"certainty": "alleged", "who": "prisoners", "source_kind": "detainee"}
DENIED = {"certainty": "contested", "who": "the plaintiffs", "source_kind": "detainee"}
REJECTED = {"certainty": "contested", "who": "John Doe (plaintiff)", "source_kind": "detainee",
            "rejected_by": "the court"}


#: five basic needs denied at once (rule 1 from the cumulative effect of conditions)
DEPRIVATIONS = [("food_water", "no drinking water"), ("bedding_clothing", "sleeps on the floor without a blanket"),
                ("sanitation", "urinates in a bottle"), ("no_natural_light", "no daylight"),
                ("ventilation", "no ventilation")]


def seg(**kw):
    """A placement named only by its regime's label."""
    return fact("solitary", "administrative segregation", quote="placed in administrative segregation", **kw)


def iso(**kw):
    """A placement described as isolation."""
    return fact("solitary", "solitary confinement", quote="held in solitary confinement, alone in his cell", **kw)


def sentence(type_, value=None, *, text, unit=None, **kw):
    """A fact whose sentence (not only its own words) says more."""
    f = fact(type_, value, unit, **kw)
    f.evidence = [Evidence(document="doc1", start=0, end=len(f.evidence[0].text), text=f.evidence[0].text,
                           sentence=text)]
    return f


# (id, facts, finding id, expected status, reason)
TABLE = [
    # --- 1. what the rule forbids x how well established -------------------------------------
    ("1-court-finding", [fact("darkness", **COURT), seg(**COURT)], "mandela-43-1-c", V,
     "a court's finding of a dark cell in segregation: reasonable grounds to believe"),
    ("1-monitor-finding", [fact("constant_light", **MONITOR), seg(**MONITOR)], "mandela-43-1-c", V,
     "an official inspectorate's finding establishes it"),
    ("1-visit-observation", [fact("constant_light", **SEEN), seg(**SEEN)], "mandela-43-1-c", V,
     "the author's own observation on a visit establishes it"),
    ("1-ngo-alone", [fact("constant_light", **NGO), seg(**NGO)], "mandela-43-1-c", C,
     "trap: an absolute prohibition, but one NGO's allegation is a concern"),
    ("1-relayed", [fact("collective_punishment", **RELAYED)], "mandela-43-1-e", C,
     "trap: relayed at second hand ('reportedly') is a concern whatever the rule"),
    ("1-lawyer-alone", [fact("indefinite_isolation", **LAWYER)], "mandela-43-1-a", C,
     "trap: a lawyer's word alone does not make a violation likely"),
    ("1-two-named-sources", [fact("indefinite_isolation", **DETAINEE), fact("indefinite_isolation", **NGO)],
     "mandela-43-1-a", V, "two independent, named sources agree"),
    ("1-paper-citing-the-ngo", [
        sentence("collective_punishment", text="Amnesty International said the whole wing lost its visits after "
                 "one fight.", **NGO),
        sentence("collective_punishment", text="The Daily Courier, citing Amnesty International, said the whole "
                 "wing lost its visits after one fight.", certainty="alleged", who="The Daily Courier",
                 source_kind="press")], "mandela-43-1-e", C,
     "trap: a newspaper passing on the NGO's word is the same source twice, not corroboration"),
    ("1-two-bodies-one-sentence", [
        sentence("collective_punishment", text="Amnesty International and the Bar Council both reported that the "
                 "whole wing lost its visits after one fight.", **NGO),
        sentence("collective_punishment", text="Amnesty International and the Bar Council both reported that the "
                 "whole wing lost its visits after one fight.", certainty="alleged", who="the Bar Council",
                 source_kind="ngo")], "mandela-43-1-e", V,
     "two bodies that report it together are two named sources that agree"),
    ("1-paper-own-reporting", [
        sentence("collective_punishment", text="Amnesty International said the whole wing lost its visits after "
                 "one fight.", **NGO),
        sentence("collective_punishment", text="The Daily Courier's reporter, who spoke to released prisoners, "
                 "wrote that the whole wing lost its visits after one fight.", certainty="alleged",
                 who="The Daily Courier", source_kind="press")], "mandela-43-1-e", V,
     "a newspaper's own reporting, not naming the NGO, is a second source"),
    ("1-two-crowds", [fact("collective_punishment", **CROWD_A), fact("collective_punishment", **CROWD_B)],
     "mandela-43-1-e", C, "trap: 'activists' and 'prisoners' cannot be told apart: not corroboration"),
    ("1-admission", [fact("collective_punishment", **ADMITTED)], "mandela-43-1-e", V,
     "the authorities' own account of the practice is an admission"),
    ("1-rejected", [fact("collective_punishment", **REJECTED)], "mandela-43-1-e", I,
     "trap: a claim the court rejected gives no breach finding"),
    ("1-established-both-ways", [fact("overcrowding", "cells designed for one hold two", **COURT),
                                 fact("overcrowding", "no serious overcrowding", negated=True, **COURT)],
     "mandela-13", C, "established facts cut the other way: a concern, not reasonable grounds"),
    ("1-denied-by-authorities", [fact("temperature", "cells too hot in summer", **DENIED)], "mandela-13", C,
     "an allegation the authorities deny is still an allegation: a concern to verify, not an all-clear"),
    ("1-received-grievances", [sentence("bedding_clothing", "lack of beds", text="During its visit the commission "
                                        "received grievances from detainees that included a lack of beds.",
                                        quote="lack of beds", **SEEN)], "mandela-21", C,
     "trap: what a visiting body only received from detainees is their word relayed, not its finding"),
    ("1-detainees-felt", [sentence("collective_punishment", "punished for what others did", text="Most of the "
                                   "boys felt punished for disturbances they took no part in.",
                                   quote="punished for disturbances", **SEEN)], "mandela-43-1-e", C,
     "trap: what the boys felt, reported by the inspector, is their word, not the inspector's finding"),
    ("1-detainees-told-us", [sentence("food_water", "no water at night", text="Several women told us there was no "
                                      "water in the cells at night.", quote="no water in the cells at night",
                                      **MONITOR)], "mandela-22", C,
     "trap: 'told us' is the detainees' account, relayed by the monitor: a concern to check"),
    ("1-found-then-felt", [sentence("food_water", "no water at night", text="We found no water in the cells at "
                                    "night, and the women said they felt forgotten.",
                                    quote="no water in the cells at night", **MONITOR)], "mandela-22", V,
     "the monitor's own finding comes first; what the women felt afterwards does not make it theirs"),
    ("1-court-recites-claim", [sentence("collective_punishment", "wing punished", text="The inmates contend that "
                                        "the whole wing was punished for one man's escape.",
                                        quote="the whole wing was punished for one man's escape", **COURT)],
     "mandela-43-1-e", C, "trap: a court reciting what the inmates contend gives their word, not its finding"),
    ("1-claim-verb-opens-fact", [sentence("collective_punishment", "wing punished", text="The plaintiffs challenge "
                                          "the punishment of the whole wing for one man's escape.",
                                          quote="challenge the punishment of the whole wing", **COURT)],
     "mandela-43-1-e", C, "trap: the claim's verb may open the fact's own words: still the plaintiffs' claim"),
    ("1-lawsuit-alleging", [sentence("use_of_force", "beaten", text="The suit was brought for a class of boys, "
                                     "alleging that they were beaten by guards with batons.",
                                     quote="beaten by guards with batons", **COURT)], "mandela-1", C,
     "trap: 'a suit alleging that' is the claim, whoever writes the sentence"),
    ("1-claim-then-finding", [sentence("collective_punishment", "wing punished", text="The inmates contend it was "
                                       "unfair, and the court finds that the whole wing was punished for one man's "
                                       "escape.", quote="the whole wing was punished for one man's escape",
                                       **COURT)], "mandela-43-1-e", V,
     "the court's own finding, after the recited claim, is its finding"),
    ("1-numbers-disagree", [days(14, **MONITOR), days(30, **NGO), iso(**MONITOR)], "mandela-43-1-b", C,
     "trap: 14 days found and 30 alleged do not corroborate the 30"),
    ("1-monitor-named-alone", [sentence("overcrowding", "overcrowded", text="Anna Berg, Special Rapporteur on "
                                        "torture, visited the lock-ups and found them overcrowded.", **MONITOR),
                               fact("bedding_clothing", "detainees sleep on the floor", certainty="alleged",
                                    who="Ms. Berg", source_kind="other")], "mandela-21", V,
     "'Ms. Berg said' is the Special Rapporteur named earlier: her finding, not a stranger's allegation"),
    ("1-monitor-title-first", [sentence("overcrowding", "overcrowded", text="The Chair of the Working Group on "
                                        "detention, Anna Berg, said the lock-ups were overcrowded.", **MONITOR),
                               fact("bedding_clothing", "detainees sleep on the floor", certainty="alleged",
                                    who="Ms. Berg", source_kind="other")], "mandela-21", V,
     "the title may come before the name: 'Ms. Berg said' is still the Working Group's chair"),
    ("1-stranger-named-alone", [sentence("overcrowding", "overcrowded", text="Anna Berg, Special Rapporteur on "
                                         "torture, visited the lock-ups and found them overcrowded.", **MONITOR),
                                fact("bedding_clothing", "detainees sleep on the floor", certainty="alleged",
                                     who="Mr. Holm", source_kind="other")], "mandela-21", C,
     "trap: a name the documents give no monitor's title stays one allegation"),
    ("1-monitor-by-title", [fact("medical_care", "denied his prescribed medication", certainty="alleged",
                                 who="the UN torture expert", source_kind="other")], "mandela-24", V,
     "a source named by a monitor's title ('the UN torture expert') is that monitor speaking"),
    ("1-monitor-relays-allegation", [sentence("medical_care", "denied his medication", text="The UN torture expert "
                                              "said the alleged denial of his medication was alarming.",
                                              quote="denial of his medication", certainty="alleged",
                                              who="the UN torture expert", source_kind="other")], "mandela-24", C,
     "trap: a monitor speaking of an 'alleged' denial relays an allegation, it finds nothing"),
    ("1-experts-asked", [sentence("use_of_force", "beaten", text="Committee experts asked about reports that "
                                  "detainees were beaten with batons in police custody.",
                                  quote="beaten with batons", certainty="alleged", who="Committee experts",
                                  source_kind="other")], "mandela-1", C,
     "trap: a question the experts put is not their finding"),
    ("8-limited-time-out", [fact("confinement_hours", "limited time outside their cells", **MONITOR)], "mandela-23",
     I, "'limited time out of cell' without a number: not settled, and the monitor asks how long and where"),
    ("8-24-hours", [hours(24, **COURT)], "mandela-23", C, "24 hours a day in the cell leaves no hour: a concern"),
    ("8-16-hours", [hours(16, **COURT)], "mandela-23", None,
     "trap: 16 hours in the cell leave time out; nothing to say of exercise"),
    ("1-minimum-vague", [fact("medical_care", "inadequate medical care", **MONITOR)], "mandela-24", C,
     "established, but 'inadequate' does not fix how far it falls short"),
    ("1-minimum-specific", [fact("medical_care", "denied his prescribed medication", **MONITOR)], "mandela-24", V,
     "established and specific: a likely violation of a minimum requirement"),
    ("1-court-finds-violation", [sentence("medical_care", "inadequate psychiatric reviews", text="The court now finds "
                                          "that the prison has not carried out adequate psychiatric reviews of men in "
                                          "segregation, in violation of the Eighth Amendment.", **COURT)],
     "mandela-24", V, "a court's own finding that the shortfall breaks the law fixes how far it falls short"),
    ("1-lower-court-recited", [sentence("medical_care", "inadequate psychiatric reviews", text="The trial court "
                                        "concluded that the inadequate psychiatric reviews were cruel and unusual.",
                                        **COURT)], "mandela-24", C,
     "trap: what a lower court once concluded, recited by the court that writes, may since be reversed"),
    ("1-court-finds-no-violation", [sentence("medical_care", "inadequate psychiatric reviews", text="The court finds "
                                             "that the psychiatric reviews, though inadequate at times, did not "
                                             "violate the Eighth Amendment.", **COURT)], "mandela-24", C,
     "trap: a court that finds no violation fixes nothing; 'inadequate' alone stays a concern"),
    ("1-occupancy-moderate", [sentence("overcrowding", "over capacity", text="The prison held 1,300 prisoners in "
                                       "a facility designed for 1,000.", **MONITOR)], "mandela-13", C,
     "established, but 130 % of its places is overcrowding short of critical: a concern"),
    ("1-occupancy-critical", [sentence("overcrowding", "over capacity", text="The prison held 2,600 prisoners in "
                                       "a facility designed for 1,000.", **MONITOR)], "mandela-13", V,
     "established, and 260 % of its places: the figures fix the shortfall by themselves"),
    ("1-occupancy-rate", [sentence("overcrowding", "overcrowded", text="The remand prisons were overcrowded, "
                                   "operating at 135 percent of capacity.", **MONITOR)], "mandela-13", C,
     "trap: a figure is not by itself 'specific': 135 % is a concern"),
    ("1-occupancy-times", [sentence("overcrowding", "overcrowded", text="The cells were overcrowded, holding "
                                    "three times their intended capacity.", **MONITOR)], "mandela-13", V,
     "three times the places: critical"),
    ("1-occupancy-moderate-severe", [sentence("overcrowding", "overcrowded", text="The wing, built for 100, held "
                                              "130 men in severely overcrowded dormitories.", quote="overcrowded",
                                              **MONITOR)],
     "mandela-13", V, "a moderate rate, but the monitor's own words say it is severe"),
    ("1-claimed-violation", [sentence("medical_care", "inadequate psychiatric reviews", text="We find that the "
                                      "plaintiffs' claim of inadequate psychiatric reviews in violation of the Eighth "
                                      "Amendment is plausible.", **DETAINEE)], "mandela-24", C,
     "trap: the plaintiffs' word stays an allegation, whatever the sentence says of a violation"),

    ("1-regional-survey", [sentence("use_of_force", "torture", quote="torture",
                                    text="The report names torture among the most serious problems of the prisons "
                                         "in the region.", **MONITOR)], "mandela-1", C,
     "a regional survey shows a pattern to examine in each State, not a breach established in a given place"),
    ("1-one-state-finding", [sentence("use_of_force", "torture", quote="torture",
                                      text="The inspectorate found that guards used torture in the city prison.",
                                      **MONITOR)], "mandela-1", V,
     "the same words about one prison, found by the inspectorate: reasonable grounds to believe"),
    ("1-regional-prison-is-one-place", [sentence("use_of_force", "beaten", quote="beat",
                                                 text="Guards at the regional prison beat him in his cell.",
                                                 **MONITOR)], "mandela-1", V,
     "trap: a 'regional prison' is one place, not a survey of a region"),
    ("1-named-region-is-one-place", [sentence("use_of_force", "beaten", quote="beat",
                                              text="The inspectorate found that guards beat prisoners in the "
                                                   "prison in the region of Murcia.", **MONITOR)], "mandela-1", V,
     "trap: a named region ('the region of Murcia') is one place"),
    # --- 2. rule 44 is a definition -------------------------------------------------------------
    ("2-definition-met", [hours(23, **COURT), fact("no_meaningful_contact", **COURT)], "mandela-44", I,
     "the definition is met, which is never itself a breach: no breach status; 43 and 45 judge it"),
    ("2-definition-feeds-43", [hours(23, **COURT), fact("no_meaningful_contact", **COURT), days(20, **COURT)],
     "mandela-43-1-b", V, "rule 44 feeds 43(1)(b): 20 days of solitary, found by a court"),
    ("2-label-only", [seg(**COURT)], "mandela-44", I,
     "trap: 'segregation' is a regime's name, not proof of no meaningful contact"),
    ("2-label-prolonged", [seg(**COURT), days(40, **COURT)], "mandela-43-1-b", C,
     "trap: 40 days in 'segregation' is a concern until hours and contact are known"),
    ("2-contact-counts", [hours(23, **COURT), fact("no_meaningful_contact", negated=True, **COURT)],
     "mandela-44", I, "trap: association with others cuts the other way"),
    ("2-not-in-solitary", [seg(**COURT), fact("solitary", negated=True, quote="he is not in solitary", **COURT),
                           days(40, **COURT)], "mandela-43-1-b", I,
     "trap: 'not in solitary' counts against a prolonged-solitary finding"),
    ("2-hours-below", [iso(**COURT), hours(20, **COURT)], "mandela-44", OK,
     "20 hours a day is not solitary confinement in the rule's sense, whatever the word"),

    # --- 3. prolonged and indefinite -------------------------------------------------------------
    ("3-16-days", [iso(**COURT), days(16, **COURT)], "mandela-43-1-b", V, "more than 15 consecutive days"),
    ("3-15-days", [iso(**COURT), days(15, **COURT)], "mandela-43-1-b", OK, "15 days is not yet prolonged (edge)"),
    ("3-months-in-words", [sentence("solitary", "isolation", text="He has been kept in isolation for several "
                                    "months.", **COURT)], "mandela-43-1-b", V,
     "'for several months' is prolonged, though no number is given"),
    ("3-at-least", [iso(**COURT), fact("isolation_duration", "long periods", qualitative="long periods",
                                       at_least_days=30, **COURT)], "mandela-43-1-b", V,
     "an extractor's lower bound (at least 30 days) is read"),
    ("3-frequency", [iso(**COURT), fact("isolation_duration", 2, "days", per="week", **COURT)], "mandela-43-1-b", I,
     "trap: twice a week is a frequency, never a duration"),
    ("3-cumulative", [iso(**COURT), sentence("isolation_duration", 114, unit="days", text="He was placed in "
                                             "isolation on 11 separate occasions, 114 days in total.", **COURT)],
     "mandela-43-1-b", I, "trap: a total over several placements is not consecutive days"),
    ("3-longer-allegation", [iso(**MONITOR), days(14, **MONITOR), days(17, **DETAINEE)], "mandela-43-1-b", C,
     "14 days found, 17 alleged: the longer stay is a concern, never set aside for the shorter"),
    ("3-limit-is-no-stay", [iso(**COURT),
                            sentence("isolation_duration", 30, unit="days", text="The rules allow a sanction of up to "
                                     "30 days.", **COURT), days(10, **COURT)], "mandela-43-1-b", OK,
     "trap: a limit the rules set (up to 30 days) is no one's stay; he was held 10 days"),
    ("3-established-over-longer-alleged", [iso(**COURT), days(40, **COURT), days(60, **NGO)], "mandela-43-1-b", V,
     "40 days found by a court already prolong it; a longer allegation does not weaken that"),
    ("3-since-a-day", [sentence("solitary", "isolation", text="He has been held in isolation since 2 May 2020.",
                                **COURT)], "mandela-43-1-b", V, "from 2 May to the date asked for (1 June): 30 days"),
    ("3-since-a-day-recent", [sentence("solitary", "isolation", text="He has been held in isolation since May 25, "
                                       "2020.", **COURT)], "mandela-43-1-b", OK,
     "from 25 May to 1 June is 7 days: not yet prolonged, counted from the day, not the month's end"),
    ("3-unknown", [iso(**COURT)], "mandela-43-1-b", I, "no length given: insufficient information, and asked"),
    ("3-rate-not-duration", [sentence("solitary", "isolation", text="He is held in isolation 23 hours a day "
                                      "and showers twice a week.", **COURT)], "mandela-43-1-b", I,
     "trap: '23 hours a day' and 'twice a week' are rates, not how long it has lasted"),
    ("3-indefinite", [fact("indefinite_isolation", "until further notice", **ADMITTED)], "mandela-43-1-a", V,
     "an officer's 'until further notice' admits isolation without an end"),

    # --- 4. people for whom solitary is prohibited ---------------------------------------------------
    ("4-child", [seg(**COURT), fact("vulnerable_person", "juvenile, aged 16", **COURT)], "mandela-45-2", V,
     "a child in solitary of any length (with Havana Rule 67)"),
    ("4-child-alleged", [seg(**LAWYER), fact("vulnerable_person", "juvenile", **LAWYER)], "mandela-45-2", C,
     "a child, but on a lawyer's word only"),
    ("4-disability", [seg(**COURT), fact("vulnerable_person", "serious mental illness", **COURT)], "mandela-45-2", C,
     "a disability: whether isolation worsens it is for a doctor, so a concern"),
    ("4-pregnant", [seg(**COURT), fact("vulnerable_person", "pregnant", **COURT)], "mandela-45-2", None,
     "trap: pregnancy is not a disability (Bangkok Rule 22 governs it)"),
    ("4-group-not-the-same-people", [sentence("vulnerable_person", "children", text="Children are held in police "
                                              "cells with adults.", kind="group", subject="prisoners", **MONITOR),
                                     sentence("solitary", "solitary confinement", text="Difficult male prisoners "
                                              "are punished with solitary confinement.", kind="group",
                                              subject="prisoners", **MONITOR)], "mandela-45-2", C,
     "trap: a group where children are held and others are isolated: not shown the children are isolated"),
    ("4-group-children-isolated", [sentence("solitary", "isolation", text="Children are routinely placed in "
                                            "isolation.", kind="group", subject="children", **MONITOR)],
     "mandela-45-2", V, "the children themselves are isolated, found by an inspectorate"),
    ("4-child-not-isolated", [fact("vulnerable_person", "juvenile", **COURT)], "mandela-45-2", None,
     "a child not in solitary: the rule has nothing to say"),
    ("1-child-found-isolation-alleged", [fact("vulnerable_person", "a boy of fifteen", **COURT), seg(**LAWYER)],
     "mandela-45-2", C,
     "trap: the court shows the boy is fifteen, only his lawyer says he is segregated: no stronger than that"),
    ("1-child-isolation-rejected", [fact("vulnerable_person", "a girl aged sixteen", **COURT), seg(**REJECTED)],
     "mandela-45-2", I, "trap: the court rejected the claim that she was isolated: no breach rests on it"),
    ("1-child-isolation-two-sources", [fact("vulnerable_person", "a boy of fifteen", **COURT), seg(**DETAINEE),
                                       seg(**NGO)], "mandela-45-2", V,
     "the isolation, alleged by him and by a named NGO, is established by two sources; the age by the court"),

    # --- 5. rule 1 and the chapeau of 43(1) -----------------------------------------------------------
    ("5-words-use-of-force", [fact("use_of_force", "use of force", **COURT)], "mandela-1", None,
     "trap: 'use of force' alone is not ill-treatment"),
    ("5-force-is-82", [fact("use_of_force", "use of force", **COURT)], "mandela-82", C,
     "force raises rule 82's question: was it strictly necessary?"),
    ("5-refusal", [fact("use_of_force", "force used after he refused to leave his cell", **COURT)], "mandela-1",
     None, "trap: force against a refusal is rule 82's proportionality question"),
    ("5-beating", [fact("use_of_force", "guards beat him with batons", **COURT)], "mandela-1", V,
     "a beating found by a court"),
    ("5-combination", [fact("bedding_clothing", "left without clothes", **SEEN),
                       fact("sanitation", "overflowing toilet", **SEEN),
                       fact("temperature", "a cold cell for several days", **SEEN)], "mandela-1", C,
     "conditions in combination can amount to cruel, inhuman or degrading treatment"),
    ("5-five-deprivations-seen", [fact(t, v, **SEEN) for t, v in DEPRIVATIONS], "mandela-1", V,
     "five basic needs denied at once, each seen on the visit: degrading by their cumulative effect"),
    ("5-five-deprivations-alleged", [fact(t, v, **NGO) for t, v in DEPRIVATIONS], "mandela-1", C,
     "trap: the same five on one NGO's word are a concern"),
    ("5-beating-found-beside-alleged-conditions", [fact("use_of_force", "guards beat him", **COURT)]
     + [fact(t, v, **NGO) for t, v in DEPRIVATIONS], "mandela-1", V,
     "a beating found by a court decides, whatever the weight of the conditions alleged beside it"),
    ("5-four-deprivations-seen", [fact(t, v, **SEEN) for t, v in DEPRIVATIONS[:4]], "mandela-1", C,
     "four conditions together can amount to ill-treatment: a concern to examine, how long and with what effect"),
    ("5-strapped-as-sanction", [sentence("restraints", "strapped to a bed", text="He was kept strapped to a bed "
                                         "for a day as a sanction.", **COURT)], "mandela-1", C,
     "a day strapped down as a sanction can amount to cruel or degrading treatment"),
    ("5-strapped-briefly", [sentence("restraints", "strapped to a bed", text="He was strapped to a bed after "
                                     "trying to harm himself.", **COURT)], "mandela-1", None,
     "trap: a restraint against self-harm, not as a sanction, is rules 47-48's question"),
    ("5-two-conditions", [fact("sanitation", "overflowing toilet", **SEEN),
                          fact("temperature", "a cold cell", **SEEN)], "mandela-1", None,
     "two conditions alone are for rules 13 and 15, not rule 1"),
    ("5-issue-example-several-days", [
        sentence("bedding_clothing", "left without clothes", text="He was left without clothes in a cell with an "
                 "overflowing toilet for several days.", **COURT),
        sentence("sanitation", "overflowing toilet", text="He was left without clothes in a cell with an "
                 "overflowing toilet for several days.", **COURT)], "mandela-1", C,
     "two deprivations kept up for several days (issue 11's example) can amount to degrading treatment"),
    ("5-two-in-a-strip-cell", [fact("bedding_clothing", "naked", **COURT), fact("sanitation", "overflowing toilet",
                                                                                 **COURT),
                               seg(**COURT)], "mandela-1", C,
     "two deprivations suffered in an isolation cell: a concern under rule 1"),
    ("5-two-alleged-for-days", [
        sentence("bedding_clothing", "without clothes", text="Without clothes and with a broken toilet for days, "
                 "he says.", **NGO),
        sentence("sanitation", "broken toilet", text="Without clothes and with a broken toilet for days, he says.",
                 **NGO)], "mandela-1", C, "the same on one NGO's word: still a concern, never more"),

    ("5-sleep-broken-for-years", [sentence("sleep_noise", "woken every two hours", quote="woken every two hours",
                                           text="He has been woken every two hours at night since 2013.",
                                           **MONITOR)], "mandela-1", C,
     "sleep broken systematically for years can be degrading by its length: a concern under rule 1"),
    ("5-one-noisy-night", [fact("sleep_noise", "a noisy night in reception", **MONITOR)], "mandela-1", None,
     "trap: one noisy night is not ill-treatment"),
    # --- 6. right rule, whole rule -----------------------------------------------------------------------
    ("6-overcrowding-is-13", [fact("overcrowding", "overcrowded wing", **MONITOR)], "mandela-12", None,
     "trap: rule 12 is who shares a cell at night; overcrowding is rule 13"),
    ("6-space-per-person", [fact("cell_space", 7.0, "m2", occupants=2, **MONITOR)], "mandela-13", C,
     "7 m2 for two is 3.5 m2 a person, under the CPT's 4 m2 guide"),
    ("6-shared-cell-12", [fact("cell_space", 7.0, "m2", occupants=2, **MONITOR)], "mandela-12", C,
     "two in one cell at night is rule 12's question"),
    ("6-untried-with-convicted", [fact("separation", "held with convicted prisoners", **MONITOR),
                                  fact("pretrial_status", "pretrial", **MONITOR)], "mandela-112", V,
     "untried held with convicted prisoners: rule 112"),
    ("6-mixed-population-asks-112", [fact("pretrial_status", "pretrial", **COURT),
                                     fact("pretrial_status", "convicted", **COURT)], "mandela-112", I,
     "a place holding untried and convicted prisoners raises rule 112's question, though nothing says they mix"),
    ("6-untried-only-no-112", [fact("pretrial_status", "pretrial", **COURT)], "mandela-112", None,
     "awaiting trial, and nothing of who else is held: rule 112 has nothing to ask"),
    ("6-24h-leaves-no-exercise", [hours(24, **MONITOR)], "mandela-23", C,
     "24 hours a day in the cell leaves no hour of exercise: a concern by inference"),
    ("6-limited-outdoor-time", [fact("exercise_time", 1.5, "hours_per_day", **MONITOR),
                                fact("exercise_outdoor", False, quote="limited time for outdoor exercise",
                                     **MONITOR)], "mandela-23", OK,
     "'limited time for outdoor exercise' says it is outdoors; an hour and a half meets the hour"),
    ("6-no-outdoor-exercise", [fact("exercise_time", 1.5, "hours_per_day", **MONITOR),
                               fact("exercise_outdoor", False, quote="no outdoor exercise", **MONITOR)],
     "mandela-23", V, "trap: 'no outdoor exercise' says it is never taken outside, whatever the hour"),
    ("6-limited-outdoor-short", [fact("exercise_time", 0.5, "hours_per_day", **MONITOR),
                                 fact("exercise_outdoor", False, quote="limited time for outdoor exercise",
                                      **MONITOR)], "mandela-23", V,
     "trap: half an hour outdoors misses the hour: the complaint of the time stands"),
    ("6-23h-leaves-the-hour", [hours(23, **MONITOR)], "mandela-23", None,
     "trap: 23 hours a day leaves the hour rule 23 asks for; nothing to infer"),
    ("6-bright-is-not-constant", [fact("constant_light", "an overly illuminated cell",
                                       quote="an overly illuminated cell", **COURT), seg(**COURT)],
     "mandela-43-1-c", I, "trap: a bright cell is not a cell lit day and night; the night is the question"),
    ("6-bright-day-and-night", [fact("constant_light", "bright lights day and night", **COURT), seg(**COURT)],
     "mandela-43-1-c", V, "lit without a break, in segregation, found by a court"),
    ("6-interpreter-disciplinary", [sentence("language_interpreter", text="No interpreter was provided at his "
                                             "disciplinary hearing.", **SEEN)], "mandela-41", V,
     "rule 41: a disciplinary charge in a language he does not understand"),
    ("6-interpreter-not-41", [fact("language_interpreter", "guards do not speak Spanish", **SEEN)], "mandela-41",
     None, "trap: rule 41 covers disciplinary charges only"),
    ("6-ngo-is-not-83", [fact("monitoring_access", "requested", by="Amnesty International", **SEEN)], "mandela-83",
     None, "trap: rules 83-85 are official inspections, not an NGO's visit"),
    ("6-partial-ban", [fact("family_visits", "visits denied", **COURT), seg(**COURT),
                       fact("family_calls", "calls", negated=True, **COURT)], "mandela-43-3", I,
     "visits cut, calls kept: a restriction (limited time, strictly required), not a ban"),
    ("6-not-once-refused", [fact("family_calls", "his calls have not once been refused", negated=True, **COURT)],
     "mandela-43-3", OK, "negation read: his calls are allowed"),
    ("6-sanction-nearby", [sentence("restraints", "shackled", text="As a punishment for the fight he was shackled "
                                    "to his bed.", **COURT)], "mandela-43-2", V,
     "the sanction named in the neighbouring words"),
    ("6-restraint-chair", [fact("restraints", "restraint chair", **COURT)], "mandela-47", C,
     "a restraint chair is not banned by nature: 47(2)/48's question"),
    ("6-funeral", [sentence("family_calls", "refused", text="He was not allowed to attend his mother's funeral.",
                            **COURT)], "mandela-70", V, "a funeral refused, found by a court: rule 70 (not 68)"),
    ("6-funeral-not-68", [sentence("family_calls", "refused", text="He was not allowed to attend his mother's "
                                   "funeral.", **COURT)], "mandela-68", None, "trap: rule 68 is about notification"),
    ("6-complaint-filed", [fact("use_of_force", "use of force", **COURT), fact("complaints", "he filed a complaint",
                                                                             **COURT)], "mandela-71", I,
     "trap: a complaint filed is not by itself a breach of rule 71"),
    ("6-complaint-ignored", [fact("use_of_force", "guards beat him", **COURT),
                             fact("complaints", "his complaint was never investigated", **COURT)], "mandela-71", V,
     "no independent investigation of alleged ill-treatment"),

    ("6-other-category-held-apart", [fact("separation", "minors held together with adults", **MONITOR),
                                     fact("separation", "women held in a separate facility", negated=True,
                                          **MONITOR)], "mandela-11", V,
     "women held apart does not answer minors held with adults: another part of rule 11"),
    ("6-partly-separated", [fact("separation", "untried detainees share cells with convicted prisoners", **MONITOR),
                            sentence("separation", "untried detainees separated", negated=True,
                                     text="By June, 40 percent of untried detainees were separated.", **MONITOR)],
     "mandela-11", V, "40 percent separated says the rest are not: it cuts nothing"),
    ("6-separated-but-one", [fact("separation", "untried detainees share cells with convicted prisoners", **MONITOR),
                             sentence("separation", "the prisons segregated", negated=True,
                                      text="The older prisons were all segregated by category, except for the "
                                           "Northgate jail.", **MONITOR)],
     "mandela-11", V, "separated 'except for' one place admits the breach there: it cuts nothing"),
    ("6-separated-save-one", [fact("separation", "girls held with adult women", **MONITOR),
                              sentence("separation", "units apart", negated=True,
                                       text="With the exception of the women's annex, every unit keeps "
                                            "children apart from adults.", **MONITOR)],
     "mandela-11", V, "'with the exception of' a unit: the separation stated is partial, no answer"),
    ("6-same-category-both-ways", [fact("separation", "untried detainees share cells with convicted prisoners",
                                        **MONITOR),
                                   fact("separation", "untried detainees held apart from convicted prisoners",
                                        negated=True, **COURT)], "mandela-11", C,
     "established accounts of the same category disagree: a concern, not reasonable grounds"),
    ("6-beating-beside-flogging", [sentence("use_of_force", "beatings", text="Guards inflicted beatings, and "
                                            "prisoners were reportedly flogged.", quote="beatings", **SEEN)],
     "mandela-43-1-d", None, "trap: a beating is not corporal punishment because a flogging is reported nearby"),
    ("6-flogged", [fact("use_of_force", "flogged in his cell", **MONITOR)], "mandela-43-1-d", V,
     "flogging found by an inspectorate: corporal punishment, 43(1)(d)"),
    ("6-complaint-unanswered", [fact("complaints", "his written complaints were never answered", **MONITOR)],
     "mandela-57", V, "complaints never answered, found by a monitor: rule 57, not 54"),
    ("6-complaint-not-54", [fact("complaints", "his written complaints were never answered", **MONITOR)],
     "mandela-54", None, "trap: rule 54 is information on admission, not what happens to a complaint"),
    ("6-info-language", [fact("language_interpreter", "information for foreign prisoners was not available",
                              **MONITOR)], "mandela-54", C,
     "no information for foreign prisoners in a language they understand: rule 54"),
    ("6-leaking-roof", [fact("sanitation", "water leaks from the roof onto the beds", **MONITOR)], "mandela-13", C,
     "a leaking roof is the accommodation (rule 13)"),
    ("6-leaking-roof-not-15", [fact("sanitation", "water leaks from the roof onto the beds", **MONITOR)],
     "mandela-15", None, "trap: rule 15 is toilets and cleanliness, not the roof"),
    ("6-inspection-rare", [sentence("monitoring_access", "granted", text="The inspections are too infrequent to "
                                    "ensure deficiencies are corrected.", quote="inspections", **MONITOR)],
     "mandela-83", C, "inspections that take place but fall short are a concern under rule 83"),
    ("6-impunity", [fact("use_of_force", "beaten in custody", **NGO),
                    sentence("complaints", "no prosecutions", text="No one has been prosecuted for the beatings.",
                             **NGO)], "mandela-71", C,
     "impunity for alleged ill-treatment: rule 71, on one NGO's word"),

    # rule 2: discrimination is read from the words of the treatment's sentence, never from violence alone
    ("6-discrimination-2", [sentence("use_of_force", "violence from other inmates", quote="violence from other inmates",
                                     text="Prisoners held for same-sex relations suffered discrimination and "
                                          "violence from other inmates.", **MONITOR)], "mandela-2", C,
     "discrimination stated by a monitor in general terms: a concern under rule 2 (what did the administration do?)"),
    ("6-discrimination-alleged-2", [sentence("family_visits", "visits refused", quote="refused visits",
                                             text="Foreign prisoners are refused visits because of their "
                                                  "nationality, the association says.", **NGO)], "mandela-2", C,
     "one NGO's allegation of treatment on a prohibited ground: a concern"),
    ("6-without-discrimination-2", [sentence("work_programmes", "few workshop places", quote="few places",
                                             text="There are few places in the workshops, allotted without "
                                                  "discrimination from a waiting list.", **MONITOR)], "mandela-2", None,
     "trap: 'without discrimination' says rule 2 is kept"),
    ("6-violence-is-not-2", [fact("use_of_force", "beaten by other inmates", **MONITOR)], "mandela-2", None,
     "trap: violence with no discriminatory ground is rule 1's question, not rule 2's"),
    # rule 4: the time in prison used for reintegration (education, training, work)
    ("6-no-programmes-4", [fact("work_programmes", "no education or training on offer", **MONITOR)], "mandela-4", C,
     "an inspectorate finds no programmes, in general terms: a concern under rule 4"),
    ("6-denied-for-years-4", [fact("work_programmes", "denied any education or work for three years", **COURT)],
     "mandela-4", V, "a court's specific finding (denied, for years): reasonable grounds the minimum is not met"),
    ("6-programmes-offered-4", [fact("work_programmes", "education and vocational training offered to all",
                                     negated=True, **MONITOR)], "mandela-4", OK,
     "positive evidence: programmes offered meet rule 4"),
    ("6-reintegration-alleged-4", [fact("work_programmes", "could not continue his reintegration activities",
                                        **LAWYER)], "mandela-4", C,
     "trap: one party's word is a concern, never more, however plain the loss"),
    # rule 17: premises kept clean (dirt, vermin); a toilet's privacy is rule 15, a leaking roof rule 13
    ("6-vermin-17", [fact("sanitation", "cells infested with rats and cockroaches", **MONITOR)], "mandela-17", V,
     "an inspectorate finds the cells infested: severe and established"),
    ("6-dirty-alleged-17", [fact("sanitation", "dirty common areas", **NGO)], "mandela-17", C,
     "one NGO's word of dirty premises: a concern"),
    ("6-clean-17", [fact("sanitation", "the cells and showers were clean", negated=True, **MONITOR)], "mandela-17", OK,
     "positive evidence: an inspectorate found the premises clean"),
    ("6-open-toilet-not-17", [fact("sanitation", "toilet in the cell without a screen", **MONITOR)], "mandela-17", None,
     "trap: a toilet without privacy is rule 15, not the cleanliness of the premises"),
    # rule 40: no prisoner in a disciplinary role (its text not yet verified: listed, never graded)
    ("6-prisoners-discipline-40", [sentence("use_of_force", "beatings", quote="beat",
                                            text="Designated prisoners were authorized to discipline and beat "
                                                 "other prisoners.", **MONITOR)], "mandela-40", I,
     "prisoners given a disciplinary role: rule 40, listed with its questions until its text is checked (U)"),
    ("6-staff-force-not-40", [fact("use_of_force", "beaten by guards", **MONITOR)], "mandela-40", None,
     "trap: force by staff is not a prisoner in a disciplinary role"),
    ("6-fights-not-40", [sentence("use_of_force", "fights", quote="fought",
                                  text="Inmates fought each other in the yard.", **MONITOR)], "mandela-40", None,
     "trap: violence among prisoners is not a disciplinary role given by the prison"),
    # rules 50-51: searches lawful, necessary, proportionate, recorded
    ("6-routine-search-50", [sentence("strip_search", "strip-searched", quote="strip-searched",
                                      text="Detainees were strip-searched routinely after every visit, without an "
                                           "individual risk assessment.", **MONITOR)], "mandela-50", C,
     "routine searches with no individual risk assessment: a concern under rules 50-51"),
    ("6-search-question-50", [fact("strip_search", "strip search on arrival", **MONITOR)], "mandela-50", I,
     "a search alone raises the question of its necessity and its record"),
    ("6-no-search-50", [fact("strip_search", "strip-searched", negated=True, **MONITOR)], "mandela-50", None,
     "trap: no search, nothing to assess"),
    # rule 23: the place of the hour read from its own sentence
    ("6-hour-on-the-tier", [sentence("exercise_time", 1, unit="hours_per_day", quote="one hour a day",
                                     text="They may walk the tier for one hour a day.", **COURT)], "mandela-23", V,
     "a court: the only hour is spent walking a tier, indoors: no exercise in the open air"),
    ("6-hour-in-the-yard", [sentence("exercise_time", 1, unit="hours_per_day", quote="one hour a day",
                                     text="They spend one hour a day in the yard.", **COURT)], "mandela-23", OK,
     "an hour a day in the yard: the hour and the open air"),
    ("6-hour-outdoor-cage", [sentence("exercise_time", 1, unit="hours_per_day", quote="one hour a day",
                                      text="They spend one hour a day in an outdoor cage.", **COURT)], "mandela-23", I,
     "trap: an 'outdoor cage' names both; where the hour is taken stays a question"),

    # rule 42 carries the minimum of rules 13-24 into a restrictive regime: the shortfall as specific as
    # there, and the restriction itself established
    ("6-42-specific-under-restraint", [fact("restraints", "strapped to a chair", **COURT),
                                       fact("sanitation", "no toilet for seven hours", **COURT)], "mandela-42", V,
     "a court: no toilet for seven hours while strapped down, no exception allowed"),
    ("6-42-vague-in-segregation", [seg(**MONITOR), fact("medical_care", "poor medical care", **MONITOR)],
     "mandela-42", C, "trap: 'poor medical care' fixes no shortfall, in segregation or out of it"),
    ("6-42-isolation-only-alleged", [seg(**NGO), fact("food_water", "no food for two days", **MONITOR)],
     "mandela-42", C, "trap: the shortfall found, but the isolation it is said to go with only alleged"),

    # --- 7. one finding per person and rule ----------------------------------------------------------------
    ("7-exercise-parts", [fact("exercise_time", 1, "hours_per_day", **COURT)], "mandela-23", I,
     "the hour met, the open air unknown: one finding with its parts"),
    ("7-no-aspect-findings", [fact("exercise_time", 1, "hours_per_day", **COURT)], "mandela-23-time", None,
     "no separate 'compliant' finding beside the concern or open one"),
    ("7-two-people", [hours(23, subject="Ann Roe", **COURT), fact("no_meaningful_contact", subject="Ann Roe", **COURT),
                      iso(subject="Ann Roe", **COURT),
                      hours(8, subject="Bo Poe", **COURT), fact("food_water", negated=True, subject="Bo Poe", **COURT),
                      fact("temperature", subject="Bo Poe", **COURT)], "mandela-44@bo-poe", OK,
     "each person has their own finding for the rule"),
]


@pytest.mark.parametrize("facts, finding_id, expected, reason",
                         [pytest.param(f, i, s, r, id=n) for n, f, i, s, r in TABLE])
def test_legal_table(facts, finding_id, expected, reason):
    findings = assess_facts(facts, as_of="2020-06-01")
    check_finding(findings, finding_id, expected, reason, "reasoning")
    # 7: never two findings of one rule for one subject
    per = Counter((f.rule, f.subject) for f in findings)
    assert max(per.values(), default=1) == 1, per
    # 1: a likely violation always names the standard of proof it applied
    for f in findings:
        if f.status == V:
            assert "reasonable grounds to believe" in f.reasoning, f.reasoning


# --- 8. the questions a monitor asks on a visit, never one the documents answer -------------------------
# (id, facts, finding id, words a question must hold (or None), words no question may hold (or None), reason)
QUESTIONS = [
    ("8-placement-order", [seg(**MONITOR), hours(23, **MONITOR), fact("no_meaningful_contact", **MONITOR)],
     "mandela-45-1", "placement order", None, "the written order, who made it, and each review of it"),
    ("8-segregation-register", [seg(**MONITOR), hours(23, **MONITOR), fact("no_meaningful_contact", **MONITOR)],
     "mandela-45-1", "segregation register", None, "the register of placements: start, reviews, end"),
    ("8-force-register", [fact("use_of_force", "use of force", **COURT)], "mandela-82", "use-of-force register",
     None, "the use-of-force register"),
    ("8-health-visits", [iso(**COURT), fact("vulnerable_person", "serious mental illness", **COURT)],
     "mandela-45-2", "health-visit log", None, "the daily health-visit log of a separated prisoner"),
    ("8-visits-register", [seg(**COURT), fact("family_visits", "visits denied", **COURT)], "mandela-43-3",
     "visits register", None, "the family-visits register"),
    ("8-consulate", [sentence("vulnerable_person", "foreign national", text="He is a Nigerian national held on "
                              "remand.", **SEEN)], "mandela-62", "consulate", None,
     "a foreign national: was the consulate notified?"),
    ("8-days-answered", [iso(**COURT), days(20, **COURT)], "mandela-43-1-b", None, "how many consecutive days",
     "trap: the days are given, so never asked"),
    ("8-hours-answered", [iso(**COURT), hours(23, **COURT)], "mandela-44", None, "how many hours a day",
     "trap: the hours are given, so never asked"),
    ("8-contact-answered", [iso(**COURT), hours(23, **COURT), fact("no_meaningful_contact", **COURT)],
     "mandela-44", None, "is there meaningful human contact", "trap: the lack of contact is given"),
]


@pytest.mark.parametrize("facts, finding_id, asked, not_asked, reason",
                         [pytest.param(f, i, a, n, r, id=k) for k, f, i, a, n, r in QUESTIONS])
def test_questions_table(facts, finding_id, asked, not_asked, reason):
    got = by_id(assess_facts(facts, as_of="2020-06-01"))
    assert finding_id in got, (reason, sorted(got))
    mine = " ".join(got[finding_id].questions).lower()
    if asked:
        assert asked in mine, (reason, got[finding_id].questions)
    if not_asked:
        everything = " ".join(q.lower() for f in got.values() for q in f.questions)
        assert not_asked not in everything, (reason, everything)


# --- 9. a document Dignity cannot read: "not assessed: why", never an all-clear ------------------------------
# (id, document, facts, words the reason must hold, reason)
NOT_READ = [
    ("9-language", Document(id="d1", path="bericht.txt", language="de", text="Der Gefangene ist isoliert."), [],
     "language", "a language without rules: its facts were not extracted"),
    ("9-no-text", Document(id="d2", path="scan.pdf", language=None, text=""), [], "no text",
     "a scan without a text layer says nothing, which is no all-clear"),
    ("9-read-but-silent", Document(id="d3", path="note.txt", language="en", text="The weather was fine."), [],
     None, "an English document that touches no rule was read: it is not listed"),
    ("9-language-region", Document(id="d4", path="rapport.txt", language="pt-BR", text="O preso está isolado."),
     [], "pt: no rules", "the region code is ignored, the language is not"),
]


@pytest.mark.parametrize("doc, facts, words, reason", [pytest.param(d, f, w, r, id=k) for k, d, f, w, r in NOT_READ])
def test_not_assessed_table(doc, facts, words, reason):
    a = assess_extraction(Extraction(documents=[doc], facts=facts))
    if words is None:
        assert a.not_assessed == [], reason
    else:
        assert len(a.not_assessed) == 1 and words in a.not_assessed[0]["reason"].lower(), (reason, a.not_assessed)
        assert a.not_assessed[0]["document"] == doc.path


def test_the_table_covers_every_point_with_three_rows():
    points = Counter(n.split("-")[0] for n, *_ in TABLE + QUESTIONS + NOT_READ)
    assert all(points[str(p)] >= 3 for p in range(1, 10)), points
    assert all(r.strip() for *_, r in TABLE + QUESTIONS + NOT_READ)


def test_a_rejected_claim_says_it_was_rejected():
    f = by_id(assess_facts([fact("collective_punishment", **REJECTED)]))["mandela-43-1-e"]
    assert "rejected" in f.reasoning and "the court" in f.reasoning


def test_as_of_changes_the_count():
    facts = [iso(**COURT), fact("isolation_duration", 9, "days", since="2020-01-01", counted_to="2020-01-10",
                                **COURT)]
    assert by_id(assess_facts(facts))["mandela-43-1-b"].status == OK  # 9 days, as the document counted
    assert by_id(assess_facts(facts, as_of="2020-03-01"))["mandela-43-1-b"].status == V  # 60 days


def test_an_undated_document_does_not_take_a_date():
    # the document has no date, and the only date in sight is the event's: the count is unknown
    f = sentence("solitary", "isolation", text="He has been held in isolation since 2013.", doc="undated", **COURT)
    got = by_id(assess_extraction(Extraction(documents=[Document(id="undated")], facts=[f])).findings)
    assert got["mandela-43-1-b"].status == I
    assert "undated" in got["mandela-43-1-b"].reasoning
    dated = by_id(assess_facts([f], as_of="2020-01-01"))["mandela-43-1-b"]
    assert dated.status == V  # from the end of 2013 to the date asked for


# --- 8. the questions a monitor asks ----------------------------------------------------------------------

def test_questions_a_monitor_asks_on_a_visit():
    got = by_id(assess_facts([seg(**MONITOR), hours(23, **MONITOR), fact("no_meaningful_contact", **MONITOR)]))
    asked = " ".join(got["mandela-45-1"].questions + got["mandela-44"].questions).lower()
    assert "placement order" in asked and "review" in asked  # the order and each review of it
    assert "register" in asked  # the register of placements
    assert "who made it and on what grounds" in asked
    force = by_id(assess_facts([fact("use_of_force", "use of force", **COURT)]))["mandela-82"]
    assert any("register" in q for q in force.questions)  # the use-of-force register


def test_consulate_asked_for_a_foreign_national():
    f = sentence("vulnerable_person", "foreign national", text="He is a Nigerian national held on remand.", **SEEN)
    got = by_id(assess_facts([f]))["mandela-62"]
    assert got.status == I and any("consulate" in q for q in got.questions)


def test_no_consular_question_for_a_national_body():
    f = sentence("monitoring_access", "granted", text="An Independent National Preventive Mechanism visited.",
                 **SEEN)
    assert "mandela-62" not in by_id(assess_facts([f, seg(**SEEN)]))


def test_never_a_question_the_documents_answer():
    got = by_id(assess_facts([iso(**COURT), days(20, **COURT), hours(23, **COURT),
                              fact("no_meaningful_contact", **COURT),
                              fact("exercise_time", 1, "hours_per_day", **COURT),
                              fact("exercise_outdoor", True, **COURT)]))
    everything = " ".join(q.lower() for f in got.values() for q in f.questions)
    assert "how many consecutive days" not in everything  # the days are given
    assert "how many hours a day is the detainee locked" not in everything  # the hours are given
    assert "how many hours a day of exercise" not in everything
    assert "is there meaningful human contact" not in everything  # the lack of contact is given


# --- 9. a document Dignity cannot read -------------------------------------------------------------------

def _doc(id_: str, text: str, language: str | None) -> Document:
    return Document(id=id_, path=f"{id_}.txt", language=language, text=text)


def test_a_language_without_rules_is_not_assessed():
    a = assess_extraction(Extraction(documents=[_doc("de", "Der Gefangene ist seit drei Monaten isoliert.", "de")]))
    assert a.findings == []
    assert a.not_assessed and a.not_assessed[0]["document"] == "de.txt"
    assert "language" in a.not_assessed[0]["reason"]


def test_a_document_without_text_is_not_assessed():
    a = assess_extraction(Extraction(documents=[_doc("scan", "", None)]))
    assert a.not_assessed and "no text" in a.not_assessed[0]["reason"]


def test_a_readable_document_is_not_listed():
    f = fact("constant_light", **SEEN)
    a = assess_extraction(Extraction(documents=[_doc("doc1", "The light is on day and night.", "en")], facts=[f]))
    assert a.not_assessed == [] and a.findings


def test_not_assessed_shows_in_every_view():
    from dignity.assess.render import to_markdown, to_rich

    a = assess_extraction(Extraction(documents=[_doc("de", "Der Gefangene ist isoliert.", "de")]))
    md = to_markdown(a)
    assert "Not assessed" in md and "de.txt" in md and "No fact touches a rule" not in md
    text = " ".join(getattr(r, "plain", "") for r in to_rich(a))
    assert "NOT ASSESSED" in text and "no all-clear" in text
    assert a.model_dump(mode="json")["not_assessed"][0]["document"] == "de.txt"


def test_rows_use_only_facts_the_schema_knows():
    for _n, facts, *_ in TABLE:
        assert all(isinstance(f, Fact) for f in facts)


# --- the same rules of the trade, read from text (our own sentences) through the extractor -------

TEXTS = [
    ("text-visit-observed", ("Monitoring visit note, 2 June 2026. Mr. Karl Brant is held in solitary confinement in "
     "the segregation unit. We observed that the light in his cell is kept on day and night."),
     "mandela-43-1-c", V, "the author's own observation on a visit establishes it"),
    ("text-lawyer-letter", ("Dear Warden, I write on behalf of my client, Mr. Karl Brant, who is held in the "
     "segregation unit. My client reports that the light in his cell is kept on day and night."),
     "mandela-43-1-c", C, "a lawyer relaying the client's word: one allegation, a concern"),
    ("text-press", ("Lawyers for Karl Brant said in a letter to the court that he is held in solitary confinement "
     "and that the lights in his cell are on 24 hours a day, according to Amnesty International."),
     "mandela-43-1-c", C, "a newspaper relaying lawyers relaying an NGO: a concern at most"),
    ("text-staff-admit", ("Monitoring visit note, 2 June 2026. Mr. Karl Brant is held in the segregation unit. "
                          "Staff confirmed that he has had no outdoor exercise since his placement."),
     "mandela-23", V, "what the staff confirm is the authorities' admission"),
    ("text-court-rejected", ("MEMORANDUM OPINION. Plaintiff John Roe v. Warden Smith. Plaintiff alleges that guards "
     "beat him in his cell on 3 March. The court finds this allegation not credible: the video shows no contact."),
     "mandela-1", I, "a claim the court found not credible gives no breach finding"),
]


# --- a court opinion's posture: whose word the facts are (issue 11, court opinions) ------------------
# A bench trial's or a jury's findings, an affirmed finding, a fact the other side concedes or does not
# dispute are found; what a court recites on the pleadings, reads for one side, or leaves disputed is a
# claim.  A length given only as its least ("for weeks", "more than ten days") shows no compliance.
# (id, text in our own words, finding id, expected status, reason)
BENCH = "OPINION. Doe v. Roe, 42 U.S.C. § 1983. After a bench trial, the court makes these findings of fact. "
COURT_POSTURES = [
    ("court-bench-findings", ("MEMORANDUM OPINION. Plaintiffs, detainees at the Harlan County Jail, sue under "
     "42 U.S.C. § 1983. After a bench trial, the court makes these findings of fact. Detainees in the west "
     "wing go months without any outdoor exercise, and the toilets there overflow so that sewage stands on "
     "the cell floors."),
     "mandela-15", V, "a bench trial's findings of fact, in the court's own voice: established"),
    ("court-affirmed-finding", ("OPINION. The County appeals from the judgment entered after a bench trial. The "
     "district court found that inmates in the disciplinary unit were chained to a bed for up to 48 hours as "
     "punishment for minor infractions. The record supports that finding, and we affirm."),
     "mandela-43-2", V, "an appellate court affirming the trial court's finding: the finding stands"),
    ("court-jury-verdict", ("OPINION. After a four-day trial, the jury found that the officers sprayed Tomas Reyes "
     "with pepper spray while he was strapped into a restraint chair and posed no threat, and returned a verdict "
     "for the plaintiff. Reyes was left in the restraint chair for eleven hours."),
     "mandela-48", V, "a jury's verdict for the plaintiff finds the facts"),
    ("court-conceded", ("OPINION. Ortiz v. Daley, 42 U.S.C. § 1983. Plaintiff says that the jail fed him spoiled "
     "food for six weeks. Defendants do not dispute that the food served to him was spoiled."),
     "mandela-22", V, "what the other side does not dispute is found for the case: no denial"),
    ("court-conceded-anaphoric", ("OPINION. Ortiz v. Daley, 42 U.S.C. § 1983. Plaintiff alleges that for five "
     "days he was held in a cell with no toilet and no running water. Defendants do not dispute this."),
     "mandela-15", V, "a concession of the claim just before it establishes that claim"),
    ("court-credited-unrebutted", ("OPINION. Dr. Ellen Marsh, plaintiffs' expert, testified that prisoners in "
     "the segregation unit are held in cells whose lights stay on twenty-four hours a day. The Court credits "
     "her testimony, which defendants did not rebut."),
     "mandela-43-1-c", V, "credited testimony is the court's finding, and 'did not rebut' is no denial"),
    ("court-denied", ("OPINION. Ortiz v. Daley, 42 U.S.C. § 1983. Plaintiff alleges that the jail fed him spoiled "
     "food for six weeks. Defendants deny that the food was spoiled."),
     "mandela-22", C, "trap: a claim the other side denies is a disputed allegation, a concern at most"),
    ("court-motion-to-dismiss", ("MEMORANDUM OPINION. Defendants move to dismiss for failure to state a claim. "
     "For purposes of this motion the Court accepts the well-pleaded allegations of the complaint as true. "
     "Marcus Hale, a state prisoner, was shackled to the floor of a strip cell for two days."),
     "mandela-47", C, "trap: on a motion to dismiss the facts recited are the complaint's, taken as true"),
    ("court-qualified-immunity", ("OPINION. Officer Grant appeals the denial of qualified immunity. Taking the "
     "facts in the light most favorable to plaintiff, Grant beat Rollins with a baton while Rollins lay "
     "handcuffed on the floor of his cell. We affirm and remand for trial."),
     "mandela-1", C, "trap: a qualified-immunity appeal reads the record for the plaintiff; it finds nothing"),
    ("court-class-certification", ("MEMORANDUM OPINION ON CLASS CERTIFICATION. Plaintiffs allege that inmates at "
     "the Delmont Correctional Center are fed spoiled food and denied medical care for weeks. The Court does not "
     "decide at this stage whether these allegations are true. The motion for class certification is granted."),
     "mandela-22", C, "trap: certifying a class decides nothing of the merits"),
    ("court-summary-judgment-disputed", ("OPINION AND ORDER. Plaintiff contends that he was held in solitary "
     "confinement for 22 months. Defendants dispute his account. Because genuine disputes of material fact "
     "remain, the motion for summary judgment is denied."),
     "mandela-43-1-b", C, "trap: a disputed claim at summary judgment is a concern, not a finding"),
    ("court-sj-undisputed-facts", ("MEMORANDUM OPINION. Defendants move for summary judgment. The Court views "
     "the evidence in the light most favorable to the nonmoving party.\nI. UNDISPUTED FACTS\nThe following facts "
     "are undisputed. Leon Marks was held for five days in a cell with no toilet and no running water."),
     "mandela-15", V, "on summary judgment, the court's statement of the undisputed facts is the record, found"),
    ("court-sj-for-one-side", ("MEMORANDUM OPINION. Defendants move for summary judgment. The Court views "
     "the evidence in the light most favorable to the nonmoving party.\nI. BACKGROUND\nLeon Marks was held "
     "for five days in a cell with no toilet and no running water."),
     "mandela-15", C, "trap: the same facts read for one side on summary judgment are the claimant's version"),
    ("court-party-version", ("OPINION. Smith v. Jones, 42 U.S.C. § 1983. Plaintiff's version of the events is as "
     "follows. Two officers took him to a shower stall, chained him to the wall and beat him with batons. He "
     "was left chained there overnight."),
     "mandela-47", C, "trap: a party's version the court sets out, in its own voice, is the party's word"),
    ("court-deposition-facts", ("OPINION. Smith v. Jones, 42 U.S.C. § 1983. The facts below are taken from "
     "Plaintiff's deposition. Two officers chained him to the wall of a shower stall and left him there "
     "overnight."),
     "mandela-47", C, "trap: facts drawn from the plaintiff's deposition are his testimony, not a finding"),
    ("court-version-then-finding", ("OPINION. Smith v. Jones, 42 U.S.C. § 1983. Plaintiff's version of the "
     "events is as follows. After hearing the witnesses, the court finds that two officers chained Smith to the "
     "wall of a shower stall and left him there overnight."),
     "mandela-47", V, "the court's own finding after the party's version is its finding"),
    ("court-calories", ("OPINION. Smith v. Jones, 42 U.S.C. § 1983. After a bench trial, the court finds that "
     "prisoners in punitive isolation received fewer than 1,000 calories a day."),
     "mandela-22", V, "a diet counted under 1,500 calories a day, found, is too little food on its face"),
    ("court-calories-enough", ("OPINION. Smith v. Jones, 42 U.S.C. § 1983. After a bench trial, the court finds "
     "that the menu provides 2,800 calories a day."),
     "mandela-22", None, "trap: a calorie count that is enough is no breach"),
    ("court-indefinite-release", ("OPINION. After a bench trial, the court finds as follows. Inmates in the "
     "Security Housing Unit spend 22 and a half hours a day alone in windowless cells, and their release date "
     "is indefinite."),
     "mandela-43-1-a", V, "isolation whose end date the court finds indefinite: no fixed end, found"),
    ("court-indefinite-removal", ("OPINION. After a bench trial, the court finds as follows. The immigration "
     "detainees are held indefinitely pending removal."),
     "mandela-43-1-a", None, "trap: detention without an end date is not isolation without one"),
    ("court-agree-with-below", ("OPINION. Ruiz v. Cole, 42 U.S.C. § 1983. Plaintiffs argue that the cells were "
     "unsanitary. We agree with the district court that the toilets in the cells had not worked for months and "
     "that sewage covered the floors."),
     "mandela-15", V, "an appellate court adopting the finding below ('we agree with the district court that')"),
    ("court-jury-credited", ("OPINION. Ruiz v. Cole, 42 U.S.C. § 1983. Ruiz testified that guards chained him to "
     "his bunk for two days. The jury credited his testimony and returned a verdict in his favor."),
     "mandela-47", V, "testimony the jury credited is found"),
    ("court-jury-disbelieved", ("OPINION. Ruiz v. Cole, 42 U.S.C. § 1983. Ruiz testified that guards chained him "
     "to his bunk for two days. The jury did not believe him."),
     "mandela-47", I, "trap: testimony the jury disbelieved is a rejected claim: no breach rests on it"),
    ("court-special-master", ("OPINION. Coleman v. Ames, 42 U.S.C. § 1983. The Special Master reported that "
     "the lights in the segregation cells are kept on twenty-four hours a day."),
     "mandela-43-1-c", V, "the court's own officer (a special master) reports to it: his findings are the court's"),
    ("court-video-confirms", ("OPINION. Voss v. Ames, 42 U.S.C. § 1983. Voss alleges that he was kept for five "
     "days in a cell with no toilet and no running water. The video recording confirms that the cell had no "
     "toilet and no running water."),
     "mandela-15", V, "what the record itself shows (a video, the jail's own logs) establishes the fact"),
    ("court-logs-other-fact", ("OPINION. Voss v. Ames, 42 U.S.C. § 1983. Voss alleges that he was kept for five "
     "days in a cell with no toilet and no running water. The jail's own logs show that he was moved after "
     "one day."),
     "mandela-15", C, "trap: a record that shows something else credits nothing of the claim"),
    ("court-expert-found", ("OPINION. Coleman v. Ames, 42 U.S.C. § 1983. Dr. Lena Voss, plaintiffs' expert, "
     "found that the lights in the segregation cells were never turned off."),
     "mandela-43-1-c", C, "trap: a party's expert 'finding' is one witness's evidence until the court credits it"),
    ("court-expert-credited", ("OPINION. Coleman v. Ames, 42 U.S.C. § 1983. Dr. Lena Voss, plaintiffs' expert, "
     "found that the lights in the segregation cells were never turned off. The Court credits her testimony."),
     "mandela-43-1-c", V, "the expert's account, credited by the court, is its finding"),
    ("court-held-there-years", ("OPINION. After a bench trial, the court finds as follows. Prisoners in the "
     "segregation unit spend 23 hours a day alone in their cells, and staff speak to them only through the "
     "door. Many have been held there for more than five years."),
     "mandela-43-1-b", V, "a stay told in the paragraph by a word pointing back to the isolation ('held there')"),
    ("court-kept-there-elsewhere", ("OPINION. After a bench trial, the court finds as follows. Ruiz spent 23 "
     "hours a day alone in a segregation cell, and staff spoke to him only through the door. He was then "
     "moved to the infirmary and kept there for two months."),
     "mandela-43-1-b", I, "trap: 'kept there' after a move elsewhere is not the isolation's length"),
    ("court-no-yard", ("OPINION. Doe v. Roe, 42 U.S.C. § 1983. After a bench trial, the court makes these "
     "findings of fact. Inmates had no access to a yard or any outdoor recreation."),
     "mandela-23", V, "no yard and no outdoor recreation, found: the open-air hour is not given"),
    ("court-yard-hour", ("OPINION. Doe v. Roe, 42 U.S.C. § 1983. After a bench trial, the court makes these "
     "findings of fact. Inmates exercise in the yard for an hour each day."),
     "mandela-23", OK, "trap: an hour a day in the yard meets the rule"),
    ("court-no-care-at-all", (BENCH +
     "Inmates did not receive any medical attention for their injuries."),
     "mandela-24", V, "no care at all, found, says how far it falls short: specific"),
    ("court-care-inadequate", (BENCH +
     "The medical care at the jail was inadequate."),
     "mandela-24", C, "trap: 'inadequate' care, found, is too general to fix the shortfall: a concern"),
    ("court-toilet-water", (BENCH +
     "Detainees had to drink water from the toilets in their cells."),
     "mandela-22", V, "drinking from the toilet, found, is no drinking water: specific"),
    ("court-no-heat-freezing", (BENCH +
     "The cells had no heat during the winter, and temperatures fell below freezing."),
     "mandela-13", V, "no heat below freezing, found: specific"),
    ("court-weeks-lower-bound", ("OPINION. We review the district court's findings of fact for clear error. "
     "The district court found that juveniles at the facility were held in isolation for weeks at a time."),
     "mandela-43-1-b", I, "'for weeks' is the least it lasted, not its length: no compliance shown"),
    ("court-more-than-ten-days", ("OPINION. Smith v. Jones, 42 U.S.C. § 1983. The record shows that Smith was "
     "held in solitary confinement for more than ten days."),
     "mandela-43-1-b", I, "'more than ten days' may have passed fifteen: open, not compliant"),
    ("court-ten-days", ("OPINION. Smith v. Jones, 42 U.S.C. § 1983. The record shows that Smith was held in "
     "solitary confinement for ten days."),
     "mandela-43-1-b", OK, "ten days, as the court gives them, are not prolonged"),
    ("court-days-of-deprivation", ("OPINION. Smith v. Jones, 42 U.S.C. § 1983. The record shows that Smith was "
     "denied food for four days while in disciplinary segregation."),
     "mandela-43-1-b", I, "trap: four days of hunger during the stay are not the stay's length"),
    ("court-worsened-in-isolation", ("OPINION. After a bench trial, the court finds as follows. Gerald Pike "
     "suffers from schizophrenia. He was held in administrative segregation for seven months. While in "
     "segregation his condition deteriorated: he stopped eating and heard voices day and night."),
     "mandela-45-2", V, "a disability shown worsening in isolation is the harm rule 45(2) forbids, found"),
    ("court-ill-in-isolation", ("OPINION. After a bench trial, the court finds as follows. Gerald Pike "
     "suffers from schizophrenia. He was held in administrative segregation for seven months."),
     "mandela-45-2", C, "trap: isolation of a mentally ill man, no worsening shown: a concern to examine"),
    # whose word in an opinion: a dissent, testimony the court accepts, a declaration, a reversed finding,
    # and law the court recites
    ("court-dissent", ("OPINION. Doe v. Roe, 42 U.S.C. § 1983. Judge Moore, dissenting, concluded that inmates "
     "in the west wing were kept for weeks in cells with no toilet and no running water."),
     "mandela-15", C, "trap: a dissenting judge's view is not the court's finding"),
    ("court-testimony-accepted", ("OPINION. Doe v. Roe, 42 U.S.C. § 1983. Plaintiff testified that for five "
     "days he was kept in a cell with no toilet and no running water, and we accept his testimony."),
     "mandela-15", V, "testimony the court accepts is its finding"),
    ("court-uncontradicted-credited", ("OPINION. Doe v. Roe, 42 U.S.C. § 1983. Plaintiff testified that for five "
     "days he was kept in a cell with no toilet and no running water. That testimony was uncontradicted, and "
     "the Court credits it."),
     "mandela-15", V, "uncontradicted testimony the court credits is its finding"),
    ("court-declaration", ("OPINION. Doe v. Roe, 42 U.S.C. § 1983. Roe declares that for five days he was kept "
     "in a cell with no toilet and no running water."),
     "mandela-15", C, "trap: a declaration the court recites is the declarant's claim"),
    ("court-finding-reversed", ("OPINION. Doe v. Roe, 42 U.S.C. § 1983. The district court found that detainees "
     "in the west wing received no outdoor exercise for months. That finding is clearly erroneous, and we "
     "reverse."),
     "mandela-23", C, "trap: a finding the court of appeal reverses is not established"),
    ("court-finding-reversed-named", ("OPINION. Doe v. Roe, 42 U.S.C. § 1983. We reverse the district court's "
     "finding that inmates in the west wing were held for weeks in cells with no toilets."),
     "mandela-15", C, "trap: the finding the court of appeal reverses, named in its own sentence, is not established"),
    ("court-finding-clearly-erroneous", ("OPINION. Doe v. Roe, 42 U.S.C. § 1983. The district court's finding that "
     "inmates in the west wing were held for weeks in cells with no toilets is clearly erroneous."),
     "mandela-15", C, "trap: a finding held clearly erroneous is not established"),
    ("court-finding-not-clearly-erroneous", ("OPINION. Doe v. Roe, 42 U.S.C. § 1983. The district court's finding "
     "that inmates in the west wing were held for weeks in cells with no toilets is not clearly erroneous, and "
     "we affirm."),
     "mandela-15", V, "a finding upheld on appeal stands"),
    ("court-stated-law-visits", ("OPINION. Doe v. Roe, 42 U.S.C. § 1983. Restrictions on family visits are "
     "permissible where they serve legitimate security interests."),
     "mandela-58", None, "trap: the law the court recites is no fact about these prisoners"),
    ("court-no-contact-visits", (BENCH + "Detainees are allowed no contact visits with their families; they may "
     "see them only through a video screen for twenty minutes a month."),
     "mandela-58", C, "visits only through a screen, found: contact restricted, a concern to weigh"),
    # a ruling against the claim that the opinion gives to a lower court is the procedural history,
    # under appeal: the writing court's ruling only where it affirms it
    ("court-lower-ruling-vacated", ("OPINION. Dawson, a state prisoner, alleged in his complaint that his cell "
     "block was infested with rats and that the toilets had overflowed for weeks. The District Court granted "
     "summary judgment for respondents, and the Court of Appeals affirmed. Held: the courts below applied the "
     "wrong standard. The judgment is vacated and the case remanded."),
     "mandela-15", C, "a lower court's judgment for the defendants, vacated: the claim stands, a concern"),
    ("court-lower-ruling-affirmed", ("OPINION. Dawson, a state prisoner, alleged in his complaint that his cell "
     "block was infested with rats and that the toilets had overflowed for weeks. The District Court granted "
     "summary judgment for the defendants. We affirm."),
     "mandela-15", I, "trap: the same judgment affirmed by the writing court: a rejected claim, no breach"),
    ("court-lower-ruling-on-appeal", ("OPINION. Dawson, a state prisoner, alleged in his complaint that his cell "
     "block was infested with rats and that the toilets had overflowed for weeks. The District Court granted "
     "summary judgment for the defendants, and Dawson appeals."),
     "mandela-15", C, "a lower court's judgment under appeal decides nothing yet: the allegation, a concern"),
    ("court-claim-fails", ("OPINION. Perez claims that for a month he was given no outdoor exercise at all. The "
     "logs he attaches do not bear this out, and his exercise claim fails."),
     "mandela-23", I, "trap: a claim the writing court says fails is rejected: no breach rests on it"),
    # 'punitive segregation' names the disciplinary sanction; a placement found to punish without ground is baseless
    ("court-punitive-regime-name", ("OPINION. After a bench trial, the court finds as follows. Inmates who break "
     "the rules are sent to punitive segregation for up to ten days."),
     "mandela-45-1", C, "trap: 'punitive segregation' is the sanction's name, not a finding that it had no ground"),
    ("court-punitive-isolation-hutto", ("OPINION. After a trial, the District Court found that inmates in "
     "punitive isolation were kept in windowless cells. The Court of Appeals affirmed."),
     "mandela-45-1", C, "trap: 'punitive isolation', found, is a regime: its limits are not shown broken"),
    ("court-placement-to-punish", ("OPINION. After a bench trial, the court finds as follows. Inmates were sent "
     "to segregation for ten days without any legitimate reason, simply to punish them for filing grievances."),
     "mandela-45-1", V, "a placement found to have no legitimate reason: baseless, found"),
    # a regime named beside the words that describe it ("alone", "by himself") is isolation described
    ("court-segregation-alone", ("OPINION. We take the facts from the district court's findings, which are not "
     "challenged on appeal. Okafor spent 19 months in a segregation cell, alone for 23 hours a day."),
     "mandela-43-1-b", V, "'alone for 23 hours a day' beside the regime: solitary, 19 months, found"),
    ("court-hours-by-himself", ("OPINION. After a bench trial, the court finds as follows. For 19 months Okafor "
     "was kept in the restrictive housing unit 23 hours a day by himself."),
     "mandela-43-1-b", V, "'23 hours a day by himself': the hours tell the isolation"),
    # the writing court's ruling against the claim, in other words; a dismissal with leave to amend is none
    ("court-sj-for-defendants-granted", ("MEMORANDUM OPINION. Plaintiff alleges that he was kept in a cell without "
     "running water for nine days. Summary judgment for defendants is granted."),
     "mandela-15", I, "summary judgment for the defendants: the claim is rejected, no breach rests on it"),
    ("court-claims-without-merit", ("OPINION. Plaintiff alleges that he was kept in a cell without running water "
     "for nine days. His claims are without merit."),
     "mandela-15", I, "claims the court holds without merit are rejected"),
    ("court-dismissed-leave-to-amend", ("SCREENING ORDER. Plaintiff alleges that he was kept in a cell without "
     "running water for nine days. The complaint is dismissed without prejudice, with leave to amend within "
     "thirty days."),
     "mandela-15", C, "trap: a dismissal with leave to amend decides nothing of the facts: still a concern"),
    # a bench opinion's heading "FINDINGS OF FACT" says the case was tried, whatever motion its history names
    ("court-findings-heading", ("MEMORANDUM OPINION. The Court earlier denied defendants' motion to dismiss.\n"
     "II. FINDINGS OF FACT\n1. Detainees in Pod C were held for up to nine days in cells without working toilets."),
     "mandela-15", V, "findings of fact under their heading are found, not the complaint recited"),
    ("court-background-heading", ("MEMORANDUM OPINION. The Court earlier denied defendants' motion to dismiss.\n"
     "II. BACKGROUND\n1. Detainees in Pod C were held for up to nine days in cells without working toilets."),
     "mandela-15", C, "trap: a background after a motion to dismiss, with no trial: the pleaded facts"),
    ("court-proposed-findings", ("MEMORANDUM OPINION. Defendants move to dismiss the complaint.\nPLAINTIFFS' "
     "PROPOSED FINDINGS OF FACT\n1. Detainees in Pod C were held for up to nine days in cells without working "
     "toilets."),
     "mandela-15", C, "trap: a party's proposed findings are its word, not the court's"),
    ("court-hearing-observed-witnesses", ("MEMORANDUM OPINION. The Court held an evidentiary hearing on March 2. "
     "Having observed the witnesses, the Court finds that detainees in Pod C were held for nine days in cells "
     "without working toilets."),
     "mandela-15", V, "'without working toilets', found after a hearing: specific, a likely violation"),
    # an appeal from the dismissal of a complaint: the facts are the complaint's, taken as true
    ("court-dismissal-appeal", ("OPINION. Taylor was held for six days in a cell whose floor was covered in feces "
     "and whose toilet did not flush. The district court dismissed his complaint, holding that the conditions "
     "were not sufficiently serious. We disagree and reverse."),
     "mandela-15", C, "an appeal from a complaint's dismissal recites the pleaded facts: a concern"),
    ("court-dismissal-then-trial", ("OPINION. The district court first dismissed the complaint; we reversed, and on "
     "remand the case was tried to the court. After a bench trial, the court found that Taylor was held for six "
     "days in a cell whose floor was covered in feces."),
     "mandela-15", V, "trap: a dismissal told in the history of a case since tried: the trial's findings stand"),
    ("court-dismissed-pro-se-petition", ("OPINION. Moreno appeals the sua sponte dismissal of his pro se complaint. "
     "For two weeks he was given no mattress and slept on the bare concrete floor of a cold cell."),
     "mandela-21", C, "the facts of a dismissed complaint on appeal are allegations, however stated"),
    # a court holding the conditions lawful under the Constitution does not answer the Mandela Rules
    ("court-held-not-serious", ("MEMORANDUM OPINION. It is undisputed that Leroy Banks was kept for nine days in a "
     "cell whose toilet did not flush and whose floor was covered in feces. The Court concludes that these "
     "conditions, although unpleasant, were not sufficiently serious to violate the Eighth Amendment."),
     "mandela-15", V, "undisputed, specific facts miss rule 15 whatever the Eighth Amendment holds"),
    ("court-held-lawful-exercise", ("OPINION. After a bench trial, the court finds that inmates in the north wing "
     "received one hour of outdoor exercise per week. The court concludes that this limitation, though "
     "regrettable, does not violate the Eighth Amendment."),
     "mandela-23", V, "an hour a week, found, misses rule 23's hour a day: the Constitution's test is another"),
    ("court-held-lawful-vague", ("OPINION. After a bench trial, the court finds that the jail is crowded and "
     "noisy. Such conditions, while restrictive and even harsh, are not cruel and unusual punishment."),
     "mandela-13", C, "trap: crowding found in general words, held lawful: a concern, never more"),
    ("court-segregation-shared", ("OPINION. We take the facts from the district court's findings, which are not "
     "challenged on appeal. Okafor spent 19 months in a segregation cell that he shared with another inmate, "
     "locked in for 23 hours a day."),
     "mandela-43-1-b", C, "trap: a shared cell locked 23 hours is a regime, not shown to be solitary: a concern"),
    # (claimthat) a party's claim told as a noun ("plaintiff's claim that ..."): the court's verb decides
    ("court-claim-noun-dismissed", ("MEMORANDUM OPINION. Okafor v. Dunn, 42 U.S.C. § 1983. The Court dismisses "
     "plaintiff's claim that he was held for six days in a cell whose toilet overflowed with sewage."),
     "mandela-15", I, "trap: a claim the court dismisses is the plaintiff's word, rejected: no breach"),
    ("court-claim-noun-lacks-merit", ("MEMORANDUM OPINION. Okafor v. Dunn, 42 U.S.C. § 1983. Okafor's contention "
     "that he was shackled to the floor of a strip cell for two days lacks merit."),
     "mandela-47", I, "trap: a contention the court finds without merit establishes nothing"),
    ("court-claim-noun-summary-judgment", ("MEMORANDUM OPINION. Okafor v. Dunn, 42 U.S.C. § 1983. The Court grants "
     "summary judgment to defendants on Okafor's claim that the jail fed him spoiled food for six weeks."),
     "mandela-22", I, "trap: summary judgment against the claim rejects it: no breach"),
    ("court-claim-noun-agreed", ("MEMORANDUM OPINION. Okafor v. Dunn, 42 U.S.C. § 1983. After a bench trial, we "
     "agree with plaintiff's claim that he was held for six days in a cell whose toilet overflowed with sewage."),
     "mandela-15", V, "a claim the court agrees with after trial is its finding: established"),
    ("court-claim-noun-credited", ("MEMORANDUM OPINION. Okafor v. Dunn, 42 U.S.C. § 1983. After a bench trial, the "
     "Court credits Okafor's testimony that he was shackled to the floor of a strip cell for two days."),
     "mandela-47", V, "testimony the court credits is its finding"),
]


@pytest.fixture(scope="module")
def extractor():
    import dignity

    return dignity


@pytest.mark.parametrize("text, finding_id, expected, reason",
                         [pytest.param(t, i, s, r, id=n) for n, t, i, s, r in TEXTS])
def test_legal_table_from_text(extractor, text, finding_id, expected, reason):
    from dignity import ingest

    a = assess_extraction(extractor.extract(ingest.from_text(text, date="2026-06-02")))
    got = check_finding(a.findings, finding_id, expected, reason, "basis")
    if expected == I and "rejected" in reason:
        assert "rejected" in got.reasoning


# --- the rules' own phrases read in the document's language (6: the whole rule, in Spanish too) -----
# (id, facts, finding id, expected status, reason): each fact's document is Spanish
SPANISH = [
    ("6-es-child-isolated", [sentence("solitary", "aislamiento", text="Los adolescentes permanecen en aislamiento "
                                      "durante varios días.", quote="aislamiento", kind="group",
                                      subject="adolescentes", **MONITOR)], "mandela-45-2", V,
     "children in isolation, in Spanish words: prohibited whatever the length"),
    ("6-es-adults-isolated", [sentence("solitary", "aislamiento", text="Los internos permanecen en aislamiento "
                                       "durante varios días.", quote="aislamiento", kind="group",
                                       subject="internos", **MONITOR)], "mandela-45-2", None,
     "trap: adults in isolation: rule 45(2) has nothing to say"),
    ("6-es-strapped", [sentence("restraints", "sujeción", text="A los internos que se autolesionan se les aplica "
                                "la sujeción mecánica con correas.",
                                quote="sujeción mecánica con correas", **MONITOR)], "mandela-48", C,
     "strapping down, in Spanish: whether it was the last resort, as short as needed, is a concern to check"),
    ("6-es-strapped-routine", [sentence("restraints", "sujeción", text="A los internos que se autolesionan se les "
                                        "aplica la sujeción mecánica con correas de forma rutinaria.",
                                        quote="sujeción mecánica con correas", **MONITOR)], "mandela-48", V,
     "strapped down as a routine, found by a monitor: a blanket measure is no individual last resort (48(1))"),
    ("5-es-beating", [sentence("use_of_force", "golpes", text="Los custodios golpearon a los internos con toletes "
                               "durante la requisa.", quote="golpearon a los internos", **MONITOR)], "mandela-1", V,
     "a beating found by a monitor, in Spanish: ill-treatment in its own words"),
    ("5-es-force-alone", [sentence("use_of_force", "uso de la fuerza", text="El personal recurrió al uso de la "
                                   "fuerza para trasladar al interno.", quote="uso de la fuerza", **MONITOR)],
     "mandela-1", None, "trap: 'uso de la fuerza' alone is not ill-treatment (rule 82's question)"),
]

FRENCH = [
    ("5-fr-beating", [sentence("use_of_force", "coups", text="Les surveillants ont porté des coups de pied au "
                               "détenu maintenu au sol.", quote="coups de pied au détenu", **MONITOR)], "mandela-1", V,
     "kicks found by a monitor, in French: ill-treatment in its own words"),
    ("1-fr-court-finds-violation", [sentence("medical_care", "soins insuffisants", text="La Cour constate que les "
                                             "soins psychiatriques insuffisants dispensés au requérant emportent "
                                             "violation de l'article 3.", quote="soins psychiatriques insuffisants",
                                             **COURT)], "mandela-24", V,
     "the court's own finding of a violation, in French, fixes the shortfall"),
    ("1-fr-court-finds-none", [sentence("medical_care", "soins insuffisants", text="La Cour constate que les soins "
                                        "psychiatriques insuffisants n'emportent pas violation de l'article 3.",
                                        quote="soins psychiatriques insuffisants", **COURT)], "mandela-24", C,
     "trap: a finding of no violation fixes nothing; 'insuffisants' alone stays a concern"),
    ("5-fr-refusal", [sentence("use_of_force", "force", text="La force a été employée après son refus de regagner "
                               "sa cellule.", quote="La force a été employée après son refus", **MONITOR)],
     "mandela-1", None, "trap: force after a refusal is rule 82's proportionality question, not rule 1"),
]


@pytest.mark.parametrize("facts, finding_id, expected, reason",
                         [pytest.param(f, i, s, r, id=n) for n, f, i, s, r in FRENCH])
def test_rules_read_french(facts, finding_id, expected, reason):
    findings = assess_facts(facts, as_of="2020-06-01", doc_langs={"doc1": "fr"})
    check_finding(findings, finding_id, expected, reason)


@pytest.mark.parametrize("facts, finding_id, expected, reason",
                         [pytest.param(f, i, s, r, id=n) for n, f, i, s, r in SPANISH])
def test_rules_read_spanish(facts, finding_id, expected, reason):
    findings = assess_facts(facts, as_of="2020-06-01", doc_langs={"doc1": "es"})
    check_finding(findings, finding_id, expected, reason)


# --- 1. a ruling on the pleadings recites allegations, it finds nothing ------------------------------
# (id, the opinion's text, finding id, expected status, reason): one fact the court states in its own
# voice ("guards beat him with batons"), in an opinion of that kind
PLEADINGS = [
    ("1-screening", "Pro se plaintiff John Roe sues two officers. I screen his complaint under 28 U.S.C. 1915A. "
     "Guards beat him with batons in his cell.", "mandela-1", C,
     "trap: screening a complaint, the court recites what it alleges: one allegation, a concern"),
    ("1-motion-to-dismiss", "Before the court is the defendants' motion to dismiss. Guards beat him with batons in "
     "his cell.", "mandela-1", C, "trap: on a motion to dismiss the facts are taken as alleged, not found"),
    ("1-after-trial", "Having heard the testimony at trial, the court enters its findings of fact. Guards beat him "
     "with batons in his cell.", "mandela-1", V, "findings of fact after a trial are the court's own"),
]


@pytest.mark.parametrize("text, finding_id, expected, reason",
                         [pytest.param(t, i, s, r, id=n) for n, t, i, s, r in PLEADINGS])
def test_pleadings_are_allegations(text, finding_id, expected, reason):
    f = fact("use_of_force", "guards beat him with batons", quote="Guards beat him with batons", doc="op1",
             source_kind="court")
    a = assess_extraction(Extraction(documents=[_doc("op1", text, "en")], facts=[f]), as_of="2020-06-01")
    check_finding(a.findings, finding_id, expected, reason)


def _ruling(text: str) -> Extraction:
    """A court's opinion that recites a prisoner's claim about his calls, and rules on it."""
    doc = Document(id="op1", path="opinion.txt", language="en", text=text)
    claim = fact("family_calls", "calls to his family cut to one a month", doc="op1", certainty="alleged",
                 who="John Doe (plaintiff)", source_kind="detainee", quote="calls to his family cut to one a month")
    return Extraction(documents=[doc], facts=[claim])


@pytest.mark.parametrize("ruling", ["Summary judgment will be granted in favor of all Defendants.",
                                    "Defendants' motion for summary judgment is GRANTED.",
                                    "The Court grants the defendants' motion to dismiss."])
def test_a_claim_the_court_ruled_against_gives_no_breach(ruling):
    """The court that writes rules for the defendants: what the plaintiff alleged is a rejected
    claim, and the finding says so instead of a concern."""
    a = assess_extraction(_ruling("The plaintiff says his calls to his family were cut to one a month. " + ruling))
    f = by_id(a.findings)["mandela-58"]
    assert f.status == I and "rejected" in f.reasoning, (f.status, f.reasoning)


def test_a_claim_the_court_upholds_or_has_not_ruled_on_stays_a_concern():
    """Trap: summary judgment for the plaintiffs, a lower court's ruling under appeal, or no ruling at
    all leaves the allegation a concern."""
    for text in ("The plaintiff says his calls to his family were cut to one a month. The Court will grant "
                 "summary judgment for plaintiffs and issue an injunction.",
                 "He appeals from the judgment granting the defendants' motion for summary judgment. The plaintiff "
                 "says his calls to his family were cut to one a month.",
                 "The plaintiff says his calls to his family were cut to one a month."):
        f = by_id(assess_extraction(_ruling(text)).findings)["mandela-58"]
        assert f.status == C, (text, f.status, f.reasoning)


def test_a_request_the_judge_rejected_gives_no_breach_in_french():
    """'a rejeté la demande': the claimant's word is a rejected claim in French too."""
    doc = Document(id="op2", path="ordonnance.txt", language="fr",
                   text="L'association demande au juge de faire cesser la sur-occupation. "
                        "Le juge des référés a rejeté la demande présentée par l'association.")
    claim = fact("overcrowding", "sur-occupation", doc="op2", certainty="alleged", who="l'association",
                 source_kind="ngo", quote="sur-occupation")
    f = by_id(assess_extraction(Extraction(documents=[doc], facts=[claim])).findings)["mandela-13"]
    assert f.status == I and "rejected" in f.reasoning, (f.status, f.reasoning)


def _restraint(text: str, quote: str) -> Extraction:
    """A court's finding of a restraint, told in ``text`` (its sentences either side too)."""
    doc = Document(id="op3", path="opinion.txt", language="en", text=text)
    at = text.index(quote)
    said = next(s for s in text.split(". ") if quote in s)
    f = Fact(id="r1", type="restraints", value="restraint chair", certainty="asserted", subject="John Doe",
             subject_kind="person", attributed_to="the court", qualifiers={"source_kind": "court"},
             evidence=[Evidence(document="op3", start=at, end=at + len(quote), text=quote, sentence=said)])
    return Extraction(documents=[doc], facts=[f])


@pytest.mark.parametrize("text, expected, reason", [
    ("The court finds that he was strapped into the restraint chair for six hours. It was his punishment for "
     "refusing to return his tray.", V, "the sanction told in the next sentence: rule 43(2), whole"),
    ("As a punishment, the court finds, he was strapped into the restraint chair for six hours.", V,
     "the sanction in the restraint's own sentence"),
    ("The court finds that he was strapped into the restraint chair during his transfer to hospital. He had been "
     "punished the week before.", None, "trap: the restraint's own sentence gives it another purpose (a transfer)"),
    ("He was held in the restraint chair. The next day he ate. Much later the warden punished another inmate.",
     None, "trap: a punishment two sentences away is not this restraint's"),
])
def test_rule_43_2_reads_the_sanction_in_the_neighbouring_sentences(text, expected, reason):
    quote = "strapped into the restraint chair" if "strapped" in text else "held in the restraint chair"
    got = by_id(assess_extraction(_restraint(text, quote)).findings).get("mandela-43-2")
    assert (None if got is None else got.status) == expected, (reason, got and got.reasoning)


# --- 1. how well a claim is established, read from the words around it (our own sentences) ----------
# (id, language, text, finding id, expected status or None, reason): a court's "failed to establish",
# its endorsement ("We agree.") or reversal, an admission, hearsay and its reach, the reporting
# conditional, a recited claim, and a complaint an official body found substantiated
OPINION = "MEMORANDUM OPINION. Plaintiff John Roe v. Warden Smith, 42 U.S.C. § 1983. "
EVIDENCE_TEXTS = [
    # a court's "failed to establish" / "has not shown" rejects the claim; not the defence's, not a court below's
    ("1-court-not-established", "en", OPINION + "Plaintiff alleges that guards beat him in his cell on 3 March. "
     "Plaintiff has failed to establish that any guard struck him.", "mandela-1", I,
     "the court says the claim was not proven: a rejected claim gives no breach"),
    ("1-court-has-not-shown", "en", OPINION + "Roe claims that officers kicked him in the shower. He has not "
     "shown that the officers kicked him.", "mandela-1", I,
     "'has not shown', said by the court of the claimant: rejected"),
    ("1-court-did-not-prove", "en", OPINION + "Roe testified that officers kicked him in the shower. He did not "
     "prove these claims at trial.", "mandela-1", I, "'did not prove these claims': rejected"),
    ("1-defence-not-shown", "en", OPINION + "Plaintiff alleges that guards beat him in his cell on 3 March. The "
     "State has not shown that any force was needed.", "mandela-1", C,
     "trap: the defence failing to prove its justification rejects nothing of the claim"),
    ("1-law-not-established", "en", OPINION + "Plaintiff alleges that guards beat him in his cell on 3 March. The "
     "Supreme Court has not established a bright-line rule for such claims.", "mandela-1", C,
     "trap: what the law has not established rejects no claim"),
    ("1-not-proven-outside-court", "en", "Press release. Lawyers for John Roe said guards beat him in his cell. "
     "The lawyers have not shown the video to reporters.", "mandela-1", C,
     "trap: 'have not shown' outside a court's opinion is no court's rejection"),
    ("1-es-no-demostro", "es", "Sentencia de tutela. Corte Constitucional, Sala Octava de Revisión. El accionante "
     "afirma que los guardias lo golpearon en su celda. El accionante no demostró que los guardias lo golpearan.",
     "mandela-1", I, "'no demostró', said by the court of the claimant: rejected"),
    ("1-es-estado-no-demostro", "es", "Sentencia de tutela. Corte Constitucional, Sala Octava de Revisión. El "
     "accionante afirma que los guardias lo golpearon en su celda. El Estado no demostró que el uso de la fuerza "
     "fuera necesario.", "mandela-1", C, "trap: the State failing to prove its justification rejects nothing"),
    ("1-fr-n-etablit-pas", "fr", "Arrêt de la Cour européenne des droits de l'homme. Le requérant allègue que des "
     "surveillants l'ont frappé dans sa cellule. Le requérant n'établit pas que des surveillants l'ont frappé.",
     "mandela-1", I, "'n'établit pas', said of the applicant: rejected, the restated claim too"),
    ("1-fr-gouvernement-n-etablit-pas", "fr", "Arrêt de la Cour européenne des droits de l'homme. Le requérant "
     "allègue que des surveillants l'ont frappé dans sa cellule. Le Gouvernement n'établit pas que le recours à "
     "la force était nécessaire.", "mandela-1", C, "trap: the Government's failure to prove rejects nothing"),
    # the court credits the claim in the next sentence; a reversal on appeal leaves the findings below unproven
    ("1-court-agrees", "en", OPINION + "Plaintiff alleges that guards beat him in his cell on 3 March. We agree.",
     "mandela-1", V, "the court agrees with the claim it recited: its finding"),
    ("1-court-credits", "en", OPINION + "Plaintiff testified that guards beat him in his cell on 3 March. The "
     "court credited his testimony.", "mandela-1", V, "testimony the court credited is found"),
    ("1-court-credits-expert", "en", OPINION + "Dr. Ann Lee testified that the cells reached 110 degrees in the "
     "summer. The court credits Dr. Lee's testimony.", "mandela-13", V, "an expert's testimony the court credits"),
    ("1-court-finds-testimony-credible", "en", OPINION + "Dr. Ann Lee testified that the cells reached 110 degrees "
     "in the summer. The court finds her testimony credible.", "mandela-13", V, "testimony found credible"),
    ("1-expert-alone", "en", OPINION + "Dr. Ann Lee testified that the cells reached 110 degrees in the summer.",
     "mandela-13", C, "trap: testimony the court has not yet weighed is one witness's word"),
    ("1-agrees-with-defendants", "en", OPINION + "Plaintiff alleges that guards beat him in his cell on 3 March. "
     "We agree with the defendants that the claim is time-barred.", "mandela-1", C,
     "trap: agreeing with the defendants credits nothing of the claim"),
    ("1-reversed", "en", OPINION + "The district court found that guards beat him in his cell on 3 March. We "
     "reverse.", "mandela-1", C, "trap: a finding below that the appeal reverses is not established"),
    ("1-dismissal-reversed", "en", OPINION + "The district court found that guards beat him in his cell on 3 March, "
     "but dismissed the claim as untimely. We reverse the dismissal.", "mandela-1", V,
     "trap: reversing a dismissal leaves the findings below for the claimant standing"),
    ("1-fr-allegations-credibles", "fr", "Arrêt de la Cour européenne des droits de l'homme. Le requérant allègue "
     "que des surveillants l'ont frappé dans sa cellule. Ses allégations sont suffisamment étayées et crédibles.",
     "mandela-1", V, "allegations the Court finds substantiated and credible are its finding"),
    ("1-fr-allegations-pas-etayees", "fr", "Arrêt de la Cour européenne des droits de l'homme. Le requérant allègue "
     "que des surveillants l'ont frappé dans sa cellule. Ses allégations ne sont pas étayées.", "mandela-1", I,
     "trap: allegations the Court finds unsubstantiated are rejected"),
    ("1-es-declaraciones-creibles", "es", "Sentencia de tutela. Corte Constitucional, Sala Octava de Revisión. El "
     "accionante afirma que los guardias lo golpearon en su celda. Sus declaraciones resultan creíbles.",
     "mandela-1", V, "statements the court finds credible are its finding"),
    # admissions by the authorities, in three languages
    ("1-state-concedes", "en", "Press release. The State concedes that guards beat the prisoner with batons in "
     "his cell.", "mandela-1", V, "the authorities' admission establishes the fact"),
    ("1-es-no-controvierte", "es", "Comunicado. La autoridad penitenciaria no controvierte que el interno "
     "permaneció en aislamiento durante 40 días.", "mandela-43-1-b", V,
     "'no controvierte que' is an admission, not a denial: 40 days of isolation established"),
    ("1-fr-ne-conteste-pas", "fr", "Communiqué. L'administration ne conteste pas que le détenu est resté à "
     "l'isolement pendant 40 jours.", "mandela-43-1-b", V, "'ne conteste pas que' is an admission"),
    ("1-state-denies", "en", "Press release. Lawyers for John Roe said guards beat him with batons. The State "
     "denies that guards beat him.", "mandela-1", C, "trap: a denial is no admission; the claim stays disputed"),
    # what a monitor "was informed" or "was told" it relays; "by guards" names who beat, not who told
    ("1-was-informed", "en", "Report of the Special Rapporteur on torture. The Special Rapporteur was informed that "
     "detainees are beaten by guards with batons.", "mandela-1", C,
     "what the Rapporteur was informed of is relayed, and the guards are the beaters, not the informants"),
    ("1-was-told", "en", "Report of the Special Rapporteur on torture. The Special Rapporteur was told that "
     "detainees are beaten by guards with batons.", "mandela-1", C, "what the Rapporteur was told is relayed"),
    ("1-rapporteur-saw", "en", "Report of the Special Rapporteur on torture. During the visit, the Special "
     "Rapporteur saw guards beat detainees with batons.", "mandela-1", V,
     "trap: what the Rapporteur saw on the visit is the monitor's own finding"),
    # "reportedly" hedges its own sentence, not the next
    ("1-reportedly-own-sentence", "en", "Detainees were reportedly beaten by guards in the central prison. "
     "Cells held 40 detainees in space built for 10.", "mandela-13", V,
     "the author's own next sentence is not hedged by 'reportedly'"),
    ("1-reportedly-itself", "en", "Detainees were reportedly beaten by guards in the central prison. Cells "
     "held 40 detainees in space built for 10.", "mandela-1", C, "what is 'reportedly' so is relayed: a concern"),
    ("1-according-to-carries", "en", "According to Amnesty International, detainees were beaten by guards in "
     "the central prison. Cells held 40 detainees in space built for 10.", "mandela-13", C,
     "trap: 'according to' an NGO goes on over its paragraph: still its word"),
    ("1-es-supuestamente-own-sentence", "es", "Informe del Mecanismo Nacional de Prevención. Supuestamente, los "
     "custodios golpearon a un interno. Las celdas no tienen ventilación.", "mandela-14", V,
     "'supuestamente' hedges its own sentence: the body's next sentence is its own finding"),
    ("1-es-segun-carries", "es", "Informe del Mecanismo Nacional de Prevención. Según los internos, los custodios "
     "golpearon a un interno. Las celdas no tienen ventilación.", "mandela-14", C,
     "trap: 'según los internos' goes on over the paragraph: still their word"),
    ("1-fr-conditionnel-own-sentence", "fr", "Rapport de visite du contrôleur général. Des surveillants auraient "
     "frappé un détenu. Les cellules n'ont aucune aération.", "mandela-14", V,
     "the reporting conditional hedges its own sentence only: the next is the visit's observation"),
    # the reporting conditional (French) and "habría" (Spanish): a relayed allegation, never a hypothesis
    ("1-fr-auraient-frappe", "fr", "Rapport de visite du contrôleur général. Des surveillants auraient frappé "
     "un détenu dans sa cellule.", "mandela-1", C, "'auraient frappé' relays an allegation: a concern"),
    ("1-fr-aurait-ete-place", "fr", "Rapport de visite du contrôleur général. Le détenu aurait été placé à "
     "l'isolement pendant 30 jours.", "mandela-43-1-b", C, "'aurait été placé' for 30 days: alleged, a concern"),
    ("1-es-habria-sido", "es", "Informe del Mecanismo Nacional de Prevención. El interno habría sido golpeado "
     "por custodios durante la requisa.", "mandela-1", C, "'habría sido golpeado' relays an allegation"),
    ("1-fr-aurait-pu", "fr", "Rapport de visite du contrôleur général. Si le détenu avait été frappé, il aurait "
     "pu porter plainte.", "mandela-1", None, "trap: 'si ... aurait pu' is a hypothesis, no allegation"),
    # a report's title is no reporting verb ("Visit report, 2 June"): what follows is the author's word
    ("1-visit-report-title", "en", "Visit report, 2 June 2026. We observed that Mr. Karl Brant has been held in "
     "solitary confinement, alone in his cell 23 hours a day, since 2013.", "mandela-43-1-b", V,
     "'Visit report,' is a title: the author's own observation, prolonged since 2013"),
    ("1-inspection-report-title", "en", "Inspection report. We observed that prisoners are held in solitary "
     "confinement, alone in their cells 23 hours a day, for several months.", "mandela-43-1-b", V,
     "'Inspection report.' is a title: observed, for months: prolonged"),
    ("1-inmates-report-at-end", "en", "Guards beat prisoners with batons, inmates report.", "mandela-1", C,
     "trap: '..., inmates report.' at the end is their report, not a title"),
    ("1-relatives-report", "en", "Relatives report that Mr. Karl Brant has been held in solitary confinement, "
     "alone in his cell 23 hours a day, since 2013.", "mandela-43-1-b", C,
     "trap: 'relatives report that' is a reporting verb: their allegation, a concern"),
    # a deficit stated after a risk is stated, not risked
    ("1-risk-then-lack", "en", "Country Reports on Human Rights Practices. Problems included the risk of contracting "
     "infectious diseases, and a lack of capacity to segregate pretrial prisoners from convicted prisoners.",
     "mandela-11", V, "'a lack of capacity to segregate', after a risk of disease, is the report's own finding"),
    ("1-risk-and-lack-no-comma", "en", "Country Reports on Human Rights Practices. Problems included the risk of "
     "disease and a lack of capacity to segregate pretrial prisoners from convicted prisoners.", "mandela-11", V,
     "the same without a comma"),
    ("1-risk-only", "en", "Country Reports on Human Rights Practices. Pretrial detainees are at risk of being held "
     "with convicted prisoners.", "mandela-11", None,
     "trap: a risk of being held together is no finding that they are"),
    # what a case concerns is the claim, not the court's finding
    ("1-case-concerns", "en", "This case concerns the conditions at the county jail, where detainees sleep on the "
     "floor without mattresses.", "mandela-21", C, "'this case concerns' recites the claim"),
    ("1-action-arises", "en", OPINION + "This action arises out of his confinement in the county jail, where "
     "detainees sleep on the floor without mattresses.", "mandela-21", C, "'this action arises out of' recites it"),
    ("1-case-then-finds", "en", OPINION + "This case concerns the county jail. The court finds that detainees "
     "sleep on the floor without mattresses.", "mandela-21", V,
     "trap: the court's own finding in the next sentence is established"),
    ("1-case-deals-with-ruled-against", "en", "MEMORANDUM OPINION. Plaintiffs v. Director, 42 U.S.C. § 1983. This "
     "case deals with the telephones of prisoners at the state prison, where calls to family are cut to one a "
     "month. Summary judgment will be granted in favor of all Defendants.", "mandela-58", I,
     "what the case deals with is the claim, and the court ruled against it: rejected"),
    # a complaint an official body found substantiated / fundada / fondée is established; not if it found it not
    ("1-allegation-justified", "en", "Ombudsman investigation report. The complainant alleged that he was held in "
     "segregation, alone in his cell 23 hours a day, for 60 days. After investigation, I found the allegation "
     "justified.", "mandela-43-1-b", V, "the ombudsman found the allegation justified: its finding"),
    ("1-placement-justified", "en", "Ombudsman investigation report. The complainant alleged that he was held in "
     "segregation, alone in his cell 23 hours a day, for 60 days. The warden said that the placement was justified "
     "by security needs.", "mandela-43-1-b", C, "trap: the warden calling the placement justified credits nothing"),
    ("1-complaint-substantiated", "en", "The Inspector General's report. Detainees complained that officers beat "
     "a detainee in the shower. The complaint was substantiated.", "mandela-1", V,
     "the inspector general found the complaint substantiated: established"),
    ("1-es-queja-fundada", "es", "Informe del Mecanismo Nacional de Prevención. Los internos se quejaron de que "
     "los custodios golpearon a un interno. La queja fue declarada fundada.", "mandela-1", V,
     "a complaint the body declared 'fundada' is established"),
    ("1-fr-reclamation-fondee", "fr", "Rapport du Défenseur des droits. Le détenu se plaint d'avoir été placé à "
     "l'isolement pendant 40 jours. Sa réclamation est fondée.", "mandela-43-1-b", V,
     "a complaint found 'fondée' by the Défenseur des droits is established"),
    ("1-injuries-consistent", "en", "Report of the Subcommittee on Prevention of Torture. Several detainees "
     "alleged that police officers beat them with batons. The delegation's forensic doctor found injuries "
     "consistent with these allegations.", "mandela-1", V, "a monitor's medical finding corroborates the claims"),
    ("1-findings-corroborate", "en", "Report of the Subcommittee on Prevention of Torture. Several detainees "
     "alleged that police officers beat them with batons. The delegation's findings corroborate these "
     "allegations.", "mandela-1", V, "the body's own findings corroborate the allegations: established"),
    ("1-could-not-confirm", "en", "Report of the Subcommittee on Prevention of Torture. Several detainees alleged "
     "that police officers beat them with batons. The delegation could not confirm these allegations.",
     "mandela-1", C, "trap: allegations the body could not confirm stay allegations"),
    # among several sources of one fact, the finding rests on the best established
    ("1-admission-after-ngo", "en", "Country report on human rights practices. Guards beat prisoners with batons, "
     "NGOs reported. The government acknowledged that guards beat prisoners with batons.", "mandela-1", V,
     "the government's admission establishes what the NGOs reported: the finding rests on the admission"),
    ("1-complaint-not-substantiated", "en", "The Inspector General's report. Detainees complained that officers "
     "beat a detainee in the shower. The complaint was not substantiated.", "mandela-1", I,
     "trap: a complaint found not substantiated is rejected"),
    ("1-es-queja-infundada", "es", "Informe del Mecanismo Nacional de Prevención. Los internos se quejaron de que "
     "los custodios golpearon a un interno. La queja fue declarada infundada.", "mandela-1", I,
     "trap: 'infundada' rejects the complaint"),
    # a body that speaks of what others told it, not of what it found: the allegations it notes, the
    # information it received, what it was told; unless it then says it confirmed it
    ("1-body-notes-allegations", "en", "Concluding observations. The Committee notes with concern the "
     "allegations of beatings of detainees by police officers at the Eastside station.", "mandela-1", C,
     "a committee noting allegations relays them: a concern, not a finding of ill-treatment"),
    ("1-body-received-information", "en", "Report of the mission. The mission received information indicating "
     "that detainees in Block C had no access to drinking water for two days.", "mandela-22", C,
     "information a mission received is others' word relayed, however specific"),
    ("1-body-told-by-detainees", "en", "Inspection report. The inspectors were told by several detainees that "
     "they had not seen a doctor for three weeks.", "mandela-24", C,
     "what inspectors were told is the detainees' account, not the inspectorate's finding"),
    ("1-body-concerned-about-reports", "en", "Inspection report. The Inspectorate is concerned about reports "
     "that detainees in Block C slept on the floor without mattresses.", "mandela-21", C,
     "concern about reports is not a finding that it happened"),
    ("1-body-received-then-found", "en", "Inspection report. The Inspectorate received complaints about the "
     "cold and found that detainees in Block C had no blankets and slept on the floor in January.",
     "mandela-21", V, "trap: a complaint the body then found true is its own finding"),
    ("1-body-heard-complaints", "en", "Inspection report. The Inspectorate heard complaints that detainees in "
     "Block C were kept without drinking water for two days.", "mandela-22", C,
     "complaints the body heard are the detainees' word"),
    ("1-body-incident-records", "en", "Inspection report. Incident reports of force showed that detainees in Block C "
     "were kept without drinking water for two days.", "mandela-22", V,
     "trap: the facility's own incident records, read by the body, are no relayed allegation"),
    ("1-body-saw-it", "en", "Inspection report. During the visit the inspectors saw that detainees in Block C "
     "slept on the floor without mattresses.", "mandela-21", V,
     "trap: what the inspectors saw on the visit is established"),
    # a special procedure's communication to a Government relays the information it received, in
    # whatever voice it words it; the same body's report of its own visit finds
    ("1-communication-isolation", "en", "Excellency, we have the honour to address you in our capacity as "
     "Special Rapporteur on torture. Mr. Karim Sallah has been held in solitary confinement since 2 February "
     "2024. While we do not wish to prejudge the accuracy of these allegations, we are concerned.",
     "mandela-43-1-b", C, "an allegation letter: what it states of the case is information received"),
    ("1-communication-doctor", "en", "Excellency, we have the honour to address you in our capacities as "
     "Special Rapporteur on torture and Working Group on Arbitrary Detention. Mr. Karim Sallah has been denied "
     "any treatment for his diabetes for three months.", "mandela-24", C,
     "a communication: the denial is alleged, however specific"),
    ("1-communication-es", "es", "Excelencia: Tenemos el honor de dirigirnos a Usted en nuestra calidad de "
     "Relatora Especial sobre la tortura. El Sr. Karim Sallah permanece en régimen de aislamiento desde el 2 de "
     "febrero de 2024, sin salir de su celda.", "mandela-43-1-b", C,
     "the same letter in Spanish: information received"),
    ("1-visit-report-isolation", "en", "The Special Rapporteur visited the central prison in May 2024. Mr. Karim "
     "Sallah has been held in solitary confinement since 2 February 2024.", "mandela-43-1-b", V,
     "trap: the body's report of its own visit states what it found"),
    # "without a mattress" says how far it falls short as "no mattress" does; "poor" does not
    ("1-undisputed-without-mattress", "en", OPINION + "It is undisputed that Roe was kept in a cell without a "
     "mattress for 12 days.", "mandela-21", V, "an undisputed, specific shortfall: reasonable grounds to believe"),
    ("1-claimed-without-mattress", "en", OPINION + "Roe claims that he was kept in a cell without a mattress for "
     "12 days.", "mandela-21", C, "trap: the same words, only claimed"),
    ("1-no-treatment-received", "en", "Report on the inspection of Northgate Prison. Inspectors found that two "
     "prisoners with tuberculosis did not receive treatment.", "mandela-24", V,
     "not receiving treatment is a denial, as specific as 'denied treatment'"),
    ("1-inadequate-treatment", "en", "Report on the inspection of Northgate Prison. Inspectors found that "
     "prisoners with tuberculosis received inadequate treatment.", "mandela-24", C,
     "trap: 'inadequate' does not fix how far it falls short"),
    ("1-one-meal-a-day", "en", "Report on the inspection of Northgate Prison. Inspectors found that prisoners in "
     "the punishment block received only one meal a day.", "mandela-22", V,
     "one meal a day is a measured shortfall"),
    ("1-undisputed-poor-bedding", "en", OPINION + "It is undisputed that the bedding in the unit was poor.",
     "mandela-21", C, "trap: established but too general to fix how far it falls short"),
]


@pytest.mark.parametrize("lang, text, finding_id, expected, reason",
                         [pytest.param(lg, t, i, s, r, id=n) for n, lg, t, i, s, r in EVIDENCE_TEXTS])
def test_how_well_established_from_text(extractor, lang, text, finding_id, expected, reason):
    from dignity import ingest

    a = assess_extraction(extractor.extract(ingest.from_text(text, date="2026-06-02", language=lang)))
    got = check_finding(a.findings, finding_id, expected, reason, "basis")
    if expected == I:
        assert "rejected" in got.reasoning, got.reasoning


# --- 1. the conventions of a court opinion: posture, voice, holding, genre, a measure found baseless ----
# (id, text, finding id, expected status, reason): our own sentences in the manner of US opinions,
# read end to end (extract + assess)
COURT_CONVENTIONS = [
    # procedural posture: a motion reads the facts for one side; a trial finds them
    ("posture-light-most-favourable", OPINION + "The defendants move for summary judgment, so we view the facts in "
     "the light most favorable to Roe. Guards kept Roe chained to his bed for three days.", "mandela-47", C,
     "summary judgment: facts read in the plaintiff's favour are assumed, not found"),
    ("posture-taken-as-true", OPINION + "For purposes of the motion to dismiss, the allegations of the complaint "
     "are taken as true. Roe was kept in a cell with no toilet for 10 days.", "mandela-15", C,
     "motion to dismiss: allegations taken as true"),
    ("posture-we-assume", OPINION + "We assume, for purposes of this appeal, that Roe was kept in a cell with no "
     "toilet for 10 days.", "mandela-15", C, "a fact the court assumes for its ruling is not found"),
    ("posture-facts-from-complaint", OPINION + "The following facts are taken from the amended complaint. Roe was "
     "kept in a cell with no toilet for 10 days.", "mandela-15", C, "a background drawn from the complaint"),
    ("posture-genuine-dispute", OPINION + "On this record there is a genuine dispute of material fact: Roe was kept "
     "in a cell with no toilet for 10 days.", "mandela-15", C, "a genuinely disputed fact is a concern at most"),
    ("posture-jury-found", OPINION + "The jury found that officers beat Roe with batons while he lay handcuffed on "
     "the floor.", "mandela-1", V, "a jury's verdict finds the facts"),
    ("posture-trial-after-motion", OPINION + "The district court denied the defendants' motion to dismiss, and the "
     "case was tried to a jury. The jury found that officers beat Roe with batons while he lay handcuffed on the "
     "floor.", "mandela-1", V, "trap: the motion in the history is not the posture once the case was tried"),
    ("posture-bench-trial", OPINION + "After a four-day bench trial, the court makes the following findings of fact. "
     "Roe was kept in a cell with no toilet for 10 days.", "mandela-15", V, "a bench trial's findings of fact"),
    ("posture-light-to-verdict", OPINION + "We view the evidence in the light most favorable to the verdict. "
     "Officers beat Roe with batons while he lay handcuffed on the floor.", "mandela-1", V,
     "trap: the light most favourable to a verdict reviews a trial, it is no motion's reading"),
    ("posture-verdict-for-defence", OPINION + "Roe alleged that officers beat him with batons in his cell. The jury "
     "returned a verdict for the defendants.", "mandela-1", I, "a verdict for the defence rejects the claim"),
    ("posture-verdict-for-plaintiff", OPINION + "The jury returned a verdict for the plaintiff. Officers beat Roe "
     "with batons while he lay handcuffed on the floor.", "mandela-1", V, "trap: a verdict for the plaintiff"),
    # whose voice: the claimant's, the record's, the defence's
    ("voice-plaintiff-testified", OPINION + "Roe testified that officers beat him with batons in his cell.",
     "mandela-1", C, "the plaintiff's testimony alone is his word"),
    ("voice-not-credible", OPINION + "Roe testified that guards beat him in his cell. The court does not find his "
     "testimony credible.", "mandela-1", I, "trap: credibility denied is a rejection, never an endorsement"),
    ("voice-presented-evidence", OPINION + "Roe has presented evidence that guards beat him with batons while he "
     "lay handcuffed on the floor.", "mandela-1", C, "the evidence a party presents is its claim, not a finding"),
    ("voice-undisputed-on-motion", OPINION + "The defendants move for summary judgment, so we view the facts in the "
     "light most favorable to Roe. It is undisputed that Roe was kept in a cell with no toilet for 10 days.",
     "mandela-15", V, "trap: an undisputed fact is found, even on summary judgment"),
    ("voice-undisputed-claim-fails", OPINION + "Viewing the record in the light most favorable to Roe, the court "
     "grants the defendants' motion for summary judgment. It is undisputed that Roe was kept in a cell with no "
     "toilet for 10 days.", "mandela-15", V, "trap: the claim fails in law, the undisputed fact stands"),
    ("voice-record-shows", OPINION + "The record shows that Roe was kept in a cell with no toilet for 10 days.",
     "mandela-15", V, "what the record shows is found"),
    ("voice-parties-agree", OPINION + "The parties agree that Roe was kept in a cell with no toilet for 10 days.",
     "mandela-15", V, "what the parties agree is found"),
    ("voice-defendants-concede", OPINION + "Defendants concede that Roe was kept in a cell with no toilet for 10 "
     "days.", "mandela-15", V, "the defence's concession is an admission"),
    ("voice-defendants-assert", OPINION + "Roe alleges that he was kept in his cell 24 hours a day and never allowed "
     "outside. Defendants assert that Roe received an hour of outdoor exercise every day.", "mandela-23", C,
     "trap: the defence's assertion of compliance is a party's claim, it answers nothing"),
    # the court's holding on the law vs the facts it recites
    ("holding-violation", OPINION + "We hold that keeping Roe in a cell with no toilet for 10 days violated the "
     "Eighth Amendment.", "mandela-15", V, "the holding finds the facts and their breach"),
    ("holding-qualified-immunity", OPINION + "Officers kept Roe in a cell with no toilet for 10 days. The officers "
     "are entitled to qualified immunity because the right was not clearly established.", "mandela-15", V,
     "trap: immunity is a holding on the law, it unsays none of the facts"),
    ("holding-no-constitutional-violation", OPINION + "Roe shared a cell of 60 square feet with two other inmates "
     "for eight months. We hold that this double celling did not violate the Eighth Amendment.", "mandela-13", C,
     "trap: no violation of the Constitution is no finding of compliance with the Rules"),
    ("holding-vacated", OPINION + "The district court found that guards beat Roe with batons while he lay "
     "handcuffed on the floor. We vacate the judgment and remand.", "mandela-1", C,
     "findings below whose judgment is vacated are no longer found"),
    ("holding-circuit-law", OPINION + "Roe alleges that he was denied outdoor exercise for two months. The Seventh "
     "Circuit has held that keeping an inmate in a cell with no toilet for 10 days violates the Eighth Amendment.",
     "mandela-15", None, "the law a higher court stated is about no one in this case"),
    ("holding-another-case", OPINION + "Roe alleges that he was denied outdoor exercise for two months. In that "
     "case, the prisoner was chained to his bed for three days.", "mandela-47", None,
     "another case's facts are not this prisoner's"),
    ("holding-own-earlier-finding", OPINION + "In its liability opinion, this court found that Roe was kept in a "
     "cell with no toilet for 10 days.", "mandela-15", V,
     "trap: the court's own earlier finding in this case is no statement of law"),
    # genre: a press release or a findings letter is not a court opinion
    ("genre-press-release-relays", "WASHINGTON - The Justice Department announced today that it filed a statement "
     "of interest in Roe v. County, pending in the U.S. District Court. Plaintiffs in the lawsuit allege that the "
     "County jail keeps children in solitary confinement for weeks.", "mandela-45-2", C,
     "a release relays the plaintiffs' allegation"),
    ("genre-press-release-finding", "WASHINGTON - The Justice Department announced today that its investigation "
     "found that the County jail held children in solitary confinement for weeks at a time. The County has filed "
     "a motion to dismiss the related suit, Roe v. County, in the U.S. District Court.", "mandela-45-2", V,
     "an official investigation's finding; the motion a release mentions is not its posture"),
    ("genre-findings-letter", "We write to report the findings of the Civil Rights Division's investigation of "
     "the County Jail under CRIPA, 42 U.S.C. § 1997. Our investigation found that staff kept children in solitary "
     "confinement for weeks at a time. See Bell v. Wolfish, 441 U.S. 520 (1979).", "mandela-45-2", V,
     "a findings letter's own finding"),
    ("genre-court-names-doj", "MEMORANDUM OPINION AND ORDER. The United States Department of Justice brought this "
     "action under CRIPA, 42 U.S.C. § 1997, against the County. Plaintiffs allege that the jail holds children in "
     "solitary confinement for weeks.", "mandela-45-2", C, "trap: an opinion naming the Department is still a court's"),
    # a measure the rule allows within limits, found without ground
    ("baseless-ombudsman", "Report of the Ombudsman. The Ombudsman found that the placement of Roe in segregation "
     "was unjustified, and he was held in segregation for 20 days.", "mandela-45-1", V,
     "an official body found the placement unjustified"),
    ("baseless-court-punitive", OPINION + "The court finds that Roe's placement in administrative segregation was "
     "punitive and baseless.", "mandela-45-1", V, "the court found the placement punitive"),
    ("baseless-alleged", OPINION + "Roe alleges that his placement in administrative segregation was punitive and "
     "baseless.", "mandela-45-1", C, "trap: only alleged"),
    ("baseless-not-punitive", OPINION + "The court finds that Roe's placement in administrative segregation was not "
     "punitive.", "mandela-45-1", I, "trap: found not punitive is no sign against the placement"),
    ("baseless-warden-justified", OPINION + "Roe was placed in administrative segregation. The warden stated that "
     "the placement was justified.", "mandela-45-1", I, "trap: the warden's justification"),
    ("baseless-restraint", OPINION + "The court finds that officers strapped Roe into the restraint chair without "
     "justification.", "mandela-48", V, "a restraint found without justification"),
    ("baseless-restraint-alleged", OPINION + "Roe alleges that officers strapped him into the restraint chair "
     "without justification.", "mandela-48", C, "trap: only alleged"),
    ("baseless-search", OPINION + "After a bench trial, the court finds that officers strip searched Roe in front "
     "of other inmates without any legitimate security reason.", "mandela-52", V, "a search found without ground"),
    ("baseless-search-alleged", OPINION + "Roe alleges that officers strip searched him in front of other inmates "
     "without any legitimate security reason.", "mandela-52", C, "trap: only alleged"),
]


@pytest.mark.parametrize("text, finding_id, expected, reason",
                         [pytest.param(t, i, s, r, id=n) for n, t, i, s, r in COURT_CONVENTIONS])
def test_court_conventions_from_text(extractor, text, finding_id, expected, reason):
    from dignity import ingest

    a = assess_extraction(extractor.extract(ingest.from_text(text, date="2026-06-02", language="en")))
    check_finding(a.findings, finding_id, expected, reason, "basis")


def test_court_conventions_cover_each_point_with_three_rows_and_a_trap():
    points = Counter(n.split("-")[0] for n, *_ in COURT_CONVENTIONS)
    traps = Counter(n.split("-")[0] for n, *_, r in COURT_CONVENTIONS if r.startswith("trap"))
    assert all(points[p] >= 3 for p in ("posture", "voice", "holding", "genre", "baseless")), points
    assert all(traps[p] >= 1 for p in ("posture", "voice", "holding", "genre", "baseless")), traps


@pytest.mark.parametrize("text, court", [
    ("WASHINGTON - The Justice Department announced today a settlement in Roe v. County, 42 U.S.C. § 1983, in the "
     "U.S. District Court; the plaintiffs and the defendants agreed.", False),
    ("We write to report the findings of our investigation under CRIPA, 42 U.S.C. § 1997. See Bell v. Wolfish, 441 "
     "U.S. 520 (1979); the plaintiffs there.", False),
    ("MEMORANDUM OPINION. Roe v. County, 42 U.S.C. § 1983. The Department of Justice filed a statement of interest; "
     "the plaintiffs oppose the defendants' motion.", True),
    ("The warden was ordered to show cause why the defendant should not be moved; this Court deems the relief "
     "just. The superseding indictment charges him with robbery.", True),
])
def test_genre_is_read_from_the_documents_own_words(text, court):
    """A press release or a findings letter cites cases and statutes without being a court."""
    from dignity.extract.attribution import load_attributor

    assert load_attributor("en").is_court_document(text) is court


@pytest.mark.parametrize("lang, text, expected", [
    ("es", "Sentencia de tutela. Corte Constitucional. La Sala constata que el aislamiento del accionante en la "
     "celda de castigo fue arbitrario e injustificado.", V),
    ("es", "Sentencia de tutela. Corte Constitucional. La Sala constata que el aislamiento del accionante no fue "
     "arbitrario.", None),
    ("fr", "Arrêt de la Cour européenne des droits de l'homme. La Cour constate que le placement du requérant à "
     "l'isolement était injustifié.", V),
    ("fr", "Arrêt de la Cour européenne des droits de l'homme. La Cour constate que le placement du requérant à "
     "l'isolement n'était pas injustifié.", I),
])
def test_a_placement_found_baseless_in_spanish_and_french(extractor, lang, text, expected):
    """'arbitrario e injustificado', 'injustifié' found by a court: rule 45(1) likely violated; denied
    ('no fue arbitrario', 'n'était pas injustifié'): no such finding."""
    from dignity import ingest

    a = assess_extraction(extractor.extract(ingest.from_text(text, date="2026-06-02", language=lang)))
    got = by_id(a.findings).get("mandela-45-1")
    assert (None if got is None else got.status) == expected, [(f.id, f.status) for f in a.findings]


@pytest.mark.parametrize("text, finding_id, expected, reason",
                         [pytest.param(t, i, s, r, id=n) for n, t, i, s, r in COURT_POSTURES])
def test_court_posture_from_text(extractor, text, finding_id, expected, reason):
    from dignity import ingest

    a = assess_extraction(extractor.extract(ingest.from_text(text, date="2026-06-02")))
    check_finding(a.findings, finding_id, expected, reason, "basis")


@pytest.mark.parametrize("text, noted", [
    ("MEMORANDUM OPINION. It is undisputed that Leroy Banks was kept for nine days in a cell whose toilet did not "
     "flush and whose floor was covered in feces. The Court concludes that these conditions, although unpleasant, "
     "were not sufficiently serious to violate the Eighth Amendment.", True),
    ("OPINION. Taylor was held for six days in a cell whose floor was covered in feces and whose toilet did not "
     "flush. The district court dismissed his complaint, holding that the conditions were not sufficiently "
     "serious. We disagree and reverse.", False),
    ("OPINION. After a bench trial, the court finds that Taylor was held for six days in a cell whose floor was "
     "covered in feces. These conditions violate the Eighth Amendment.", False),
])
def test_a_lawful_holding_is_named_in_the_reasoning(extractor, text, noted):
    """A court that holds the conditions lawful under the Constitution has applied its own law, not the
    Mandela Rules, which can be breached where the Constitution is not: the finding says so.  Not a
    lower court's holding the opinion tells, nor a court that finds a violation."""
    from dignity import ingest

    a = assess_extraction(extractor.extract(ingest.from_text(text, date="2026-06-02")))
    got = by_id(a.findings)["mandela-15"]
    assert ("can be breached where the Constitution is not" in got.reasoning) == noted, got.reasoning
