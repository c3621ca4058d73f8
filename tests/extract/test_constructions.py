"""The generated construction suite: every fact type, stated in every construction,
gives its fact; and the traps (statements about people in general, requests and
hypotheticals, the same words about something else) stay quiet.

A fact is the same fact however a sentence is built.  For each type of conditions.md
the tables below hold one template per construction:

* ``attributive``  the predicate inside the noun phrase ("filthy toilets");
* ``predicative``  after a verb ("the toilets were filthy");
* ``passive``      a passive verb ("family visits were cancelled");
* ``nominal``      a noun of lack or state ("a lack of soap", "the state of the latrines");
* ``list``         the topic inside a coordination or list, not in the first place;
* ``relative``     inside a relative clause ("cells that had no window").

``{S}`` in a template is filled with several subjects (a group, a unit, a named man
and woman), so each line generates several sentences.  The sentences are written for
this suite; none is taken from a real document.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from dignity.model import FACT_TYPES

from extract_helpers import counted, describe

CONSTRUCTIONS = ("attributive", "predicative", "passive", "nominal", "list", "relative")

#: who the sentences are about: plural groups and named people (agreement is kept plural
#: by writing "{S}" where a plural or a singular verb reads either way)
SUBJECTS = ("the detainees", "the women on the remand wing", "the men held in Block D")


class C(NamedTuple):
    template: str
    negated: bool = False


T: dict[str, dict[str, C]] = {
    # ------------------------------------------------------------ regime and isolation
    "confinement_hours": {
        "attributive": C("{S} were kept on a 23-hour lockdown throughout the summer."),
        "predicative": C("For {S}, time locked in the cell was 22 hours a day."),
        "passive": C("{S} were confined to their cells for 23 hours a day."),
        "nominal": C("Monitors recorded the confinement of {S} for 22 hours a day in their cells."),
        "list": C("{S} were searched, counted twice and locked in their cells 23 hours a day."),
        "relative": C("{S}, who spend twenty-three hours a day in their cells, asked for more time out."),
    },
    "solitary": {
        "attributive": C("{S} were moved to a solitary confinement unit in March."),
        "predicative": C("Since the riot, the regime for {S} has been solitary confinement."),
        "passive": C("{S} were held in isolation after the search."),
        "nominal": C("The report describes the isolation of {S} from every other prisoner."),
        "list": C("{S} were handcuffed, stripped and placed in segregation."),
        "relative": C("{S}, who remained in solitary confinement, wrote to the inspectors."),
    },
    "isolation_duration": {
        "attributive": C("{S} endured a 45-day period of solitary confinement."),
        "predicative": C("The time {S} spent in segregation was four months."),
        "passive": C("{S} were held in solitary confinement for three months."),
        "nominal": C("Their placement in isolation for 60 days was recorded by the monitors."),
        "list": C("{S} were strip-searched, shackled and kept in isolation for six weeks."),
        "relative": C("{S}, who had been in solitary confinement for two years, lost weight."),
    },
    "indefinite_isolation": {
        "attributive": C("{S} face indefinite solitary confinement."),
        "predicative": C("The segregation of {S} is indefinite."),
        "passive": C("{S} were held in isolation until further notice."),
        "nominal": C("Lawyers described the indefinite isolation imposed on {S}."),
        "list": C("{S} were moved, searched and kept in segregation indefinitely."),
        "relative": C("{S}, whose segregation has no end date, filed grievances."),
    },
    "special_regime": {
        "attributive": C("{S} live under a maximum-security regime."),
        "predicative": C("The unit holding {S} is a supermax unit."),
        "passive": C("{S} were placed under Special Administrative Measures."),
        "nominal": C("Counsel challenged the imposition of special administrative measures on {S}."),
        "list": C("{S} were transferred, reclassified and placed in a high-security unit."),
        "relative": C("{S} were moved to a wing that operates as a maximum-security unit."),
    },
    "no_meaningful_contact": {
        "attributive": C("{S} have no meaningful human contact for weeks."),
        "predicative": C("Contact between staff and {S} was limited to talk through the cell door."),
        "passive": C("{S} were denied any meaningful contact with other people."),
        "nominal": C("The absence of meaningful human contact for {S} worried the doctors."),
        "list": C("{S} had no books, no radio and no meaningful human contact."),
        "relative": C("{S}, who had no meaningful contact with anyone, stopped speaking."),
    },
    # ------------------------------------------------------------ physical environment
    "constant_light": {
        "attributive": C("{S} complained of constant lighting in the cells."),
        "predicative": C("In the cells of {S}, the lights were on 24 hours a day."),
        "passive": C("The lights in the cells of {S} were kept on day and night."),
        "nominal": C("Inspectors noted the constant illumination of the cells used for {S}."),
        "list": C("{S} described cold meals, loud radios and lights left on around the clock."),
        "relative": C("{S} were held in cells where the lights stayed on all night."),
    },
    "darkness": {
        "attributive": C("{S} were kept in dark cells for days."),
        "predicative": C("The cells of {S} were dark, and the lighting was broken."),
        "passive": C("{S} were kept in the dark for most of the day."),
        "nominal": C("The lack of lighting in the cells of {S} made reading impossible."),
        "list": C("The wing where {S} slept had inadequate ventilation, heating and lighting."),
        "relative": C("{S} were held in cells that had no lighting."),
    },
    "no_natural_light": {
        "attributive": C("{S} were held in windowless cells."),
        "predicative": C("In the basement unit for {S}, natural light was lacking."),
        "passive": C("The windows of the unit for {S} were covered with metal sheets."),
        "nominal": C("The absence of natural light in the unit for {S} was criticised."),
        "list": C("The unit for {S} lacked ventilation, heating and natural light."),
        "relative": C("{S} were kept in cells that had no windows."),
    },
    "cell_space": {
        "attributive": C("{S} shared a 6 square metre cell."),
        "predicative": C("The cell of {S} measured 7 by 10 feet."),
        "passive": C("{S} were confined in cells measuring 2 by 3 metres."),
        "nominal": C("The size of the cell for {S} was 8 square metres."),
        "list": C("{S} had a bunk, a sink and a cell of 6 square metres."),
        "relative": C("{S} were held in a cell that measured 9 square metres."),
    },
    "overcrowding": {
        "attributive": C("{S} were held in overcrowded cells."),
        "predicative": C("The dormitories of {S} were severely overcrowded."),
        "passive": C("{S} were crammed into cells built for half their number."),
        "nominal": C("Overcrowding in the wing of {S} reached 180 percent of capacity."),
        "list": C("{S} described heat, hunger and overcrowding."),
        "relative": C("{S} slept in a dormitory that was overcrowded."),
    },
    "ventilation": {
        "attributive": C("{S} were held in cells with poor ventilation."),
        "predicative": C("The ventilation in the cells of {S} was inadequate."),
        "passive": C("The vents in the unit for {S} were blocked for months."),
        "nominal": C("Inspectors criticised the lack of ventilation in the unit for {S}."),
        "list": C("The unit for {S} lacked heating, natural light and ventilation."),
        "relative": C("{S} were kept in a block where the air was stale."),
    },
    "temperature": {
        "attributive": C("{S} suffered extreme heat in the cells."),
        "predicative": C("In summer the temperatures in the cells of {S} were extreme."),
        "passive": C("The heating in the unit for {S} was switched off in January."),
        "nominal": C("The lack of heating in the unit for {S} was noted in the report."),
        "list": C("The unit for {S} lacked ventilation, natural light and heating."),
        "relative": C("{S} were kept in cells that had no heating."),
    },
    "sanitation": {
        "attributive": C("{S} had to use filthy toilets."),
        "predicative": C("The toilets used by {S} were filthy."),
        "passive": C("The toilets on the wing of {S} were blocked for days."),
        "nominal": C("The state of the latrines used by {S} was deplorable."),
        "list": C("The wing of {S} lacked ventilation, drinking water and toilets."),
        "relative": C("{S} were held in cells that had no toilets."),
    },
    "hygiene": {
        "attributive": C("{S} lived in filthy, cockroach-infested cells."),
        "predicative": C("The cells of {S} were filthy."),
        "passive": C("Soap was not provided to {S} for weeks."),
        "nominal": C("Monitors noted a lack of soap for {S}."),
        "list": C("{S} were held without blankets, toothbrushes or soap."),
        "relative": C("{S} lived in cells that were infested with lice."),
    },
    "bedding_clothing": {
        "attributive": C("{S} slept on filthy mattresses."),
        "predicative": C("The blankets given to {S} were insufficient."),
        "passive": C("Mattresses were not provided to {S}."),
        "nominal": C("Monitors recorded a lack of mattresses for {S}."),
        "list": C("{S} lacked drinking water, soap and blankets."),
        "relative": C("{S} were held in cells that had no beds."),
    },
    "food_water": {
        "attributive": C("{S} were given inadequate food."),
        "predicative": C("The food served to {S} was rotten."),
        "passive": C("Food was withheld from {S} as a punishment."),
        "nominal": C("The report criticised a lack of drinking water for {S}."),
        "list": C("The wing of {S} lacked ventilation, heating and drinking water."),
        "relative": C("{S} received meals that were spoiled."),
    },
    "sleep_noise": {
        "attributive": C("{S} suffered constant noise and disrupted sleep at night."),
        "predicative": C("The sleep of {S} was disturbed by hourly checks."),
        "passive": C("{S} were woken every hour by the guards."),
        "nominal": C("Sleep deprivation affected {S} throughout the month."),
        "list": C("{S} complained of hunger, cold and disrupted sleep."),
        "relative": C("{S} were kept in a unit where sleep was impossible."),
    },
    # ------------------------------------------------------------ activity and information
    "exercise_time": {
        "attributive": C("{S} were allowed a one-hour daily exercise period."),
        "predicative": C("The exercise time of {S} was one hour a day."),
        "passive": C("{S} were allowed out for exercise one hour a day."),
        "nominal": C("The limitation of exercise to 30 minutes a day for {S} was noted."),
        "list": C("{S} had no work, no classes and exercise for one hour a day."),
        "relative": C("{S}, who had exercise for only one hour per day, asked for more."),
    },
    "exercise_outdoor": {
        "attributive": C("{S} had no outdoor exercise for months."),
        "predicative": C("For {S}, outdoor exercise was denied."),
        "passive": C("Outdoor recreation was cancelled for {S}."),
        "nominal": C("Monitors noted the lack of outdoor exercise for {S}."),
        "list": C("{S} lacked books, visits and outdoor exercise."),
        "relative": C("{S} were held in a unit that had no exercise yard."),
    },
    "reading_news": {
        "attributive": C("{S} had no books in the unit."),
        "predicative": C("For {S}, newspapers were banned."),
        "passive": C("Books were confiscated from {S}."),
        "nominal": C("The report noted the lack of reading material for {S}."),
        "list": C("{S} had no radios, no newspapers and no books."),
        "relative": C("{S} were held in a unit that had no television."),
    },
    "work_programmes": {
        "attributive": C("{S} had no educational programmes."),
        "predicative": C("For {S}, work was unavailable."),
        "passive": C("Education classes were cancelled for {S}."),
        "nominal": C("The report noted a lack of vocational training for {S}."),
        "list": C("{S} lacked books, exercise and work."),
        "relative": C("{S} were held in a centre that offered no education."),
    },
    "religion": {
        "attributive": C("{S} had no religious services for a year."),
        "predicative": C("For {S}, congregational prayer was banned."),
        "passive": C("Religious services were cancelled for {S}."),
        "nominal": C("Monitors noted the lack of a chaplain for {S}."),
        "list": C("{S} were denied visits, books and religious services."),
        "relative": C("{S} were held in a unit that had no chaplain."),
    },
    # ------------------------------------------------------------ contact with the outside world
    "family_visits": {
        "attributive": C("{S} had infrequent family visits."),
        "predicative": C("For {S}, family visits were rare."),
        "passive": C("Family visits were cancelled for {S}."),
        "nominal": C("The suspension of family visits for {S} lasted a year."),
        "list": C("{S} were denied books, exercise and family visits."),
        "relative": C("{S} were held in a prison that allowed no family visits."),
    },
    "family_calls": {
        "attributive": C("{S} had no phone calls with their families."),
        "predicative": C("For {S}, phone calls were prohibited."),
        "passive": C("Telephone calls were suspended for {S}."),
        "nominal": C("The ban on phone calls for {S} lasted six months."),
        "list": C("{S} were denied books, exercise and phone calls."),
        "relative": C("{S} were held in a unit that had no telephone."),
    },
    "correspondence": {
        "attributive": C("{S} received no letters for months."),
        "predicative": C("For {S}, letters were withheld."),
        "passive": C("Letters to {S} were censored."),
        "nominal": C("The censorship of correspondence for {S} was systematic."),
        "list": C("{S} were denied visits, phone calls and letters."),
        "relative": C("{S} wrote letters that were never delivered."),
    },
    "legal_access": {
        "attributive": C("{S} had no lawyer during the first month."),
        "predicative": C("For {S}, access to a lawyer was denied."),
        "passive": C("{S} were denied access to their lawyers."),
        "nominal": C("The lack of legal assistance for {S} was criticised."),
        "list": C("{S} were denied visits, phone calls and access to lawyers."),
        "relative": C("{S} were held in a facility that had no law library."),
    },
    "legal_confidentiality": {
        "attributive": C("{S} had monitored legal calls."),
        "predicative": C("For {S}, meetings with lawyers were not confidential."),
        "passive": C("Legal visits with {S} were monitored by guards."),
        "nominal": C("The monitoring of attorney-client calls of {S} was routine."),
        "list": C("For {S}, family calls, letters and legal calls were monitored."),
        "relative": C("{S} had legal visits that were recorded."),
    },
    "consular_access": {
        "attributive": C("{S} had no consular visits."),
        "predicative": C("For {S}, consular access was denied."),
        "passive": C("Consular visits were refused for {S}."),
        "nominal": C("The denial of consular access for {S} was protested by the embassy."),
        "list": C("{S} were denied visits, phone calls and consular access."),
        "relative": C("{S} were held at a site that allowed no consular visits."),
    },
    "language_interpreter": {
        "attributive": C("{S} had no interpreter at the medical examination."),
        "predicative": C("For {S}, interpreters were unavailable."),
        "passive": C("Interpretation services were not provided to {S}."),
        "nominal": C("The lack of interpreters for {S} was noted."),
        "list": C("{S} lacked lawyers, information and interpreters."),
        "relative": C("{S} were questioned by guards who did not speak Spanish."),
    },
    "monitoring_access": {
        "attributive": C("Inspectors carried out an unannounced inspection of the unit holding {S}."),
        "predicative": C("The Red Cross request to visit {S} was refused."),
        "passive": C("The monitors were denied access to {S}."),
        "nominal": C("The refusal of entry to the inspectors who came to see {S} was criticised."),
        "list": C("The delegation visited the cells, the kitchen and the yard used by {S}."),
        "relative": C("{S} spoke to monitors who were able to move freely through the prison."),
    },
    "complaints": {
        "attributive": C("{S} faced an ineffective complaints system."),
        "predicative": C("The complaints filed by {S} were ignored."),
        "passive": C("The grievances of {S} were not investigated."),
        "nominal": C("The absence of a complaints mechanism for {S} was criticised."),
        "list": C("{S} feared beatings, transfers and reprisals for complaints."),
        "relative": C("{S} filed grievances that went unanswered."),
    },
    # ------------------------------------------------------------ health
    "physical_health": {
        "attributive": C("{S} had untreated infections."),
        "predicative": C("Among {S}, tuberculosis was widespread."),
        "passive": C("{S} were diagnosed with scabies."),
        "nominal": C("The spread of disease among {S} alarmed the doctors."),
        "list": C("{S} suffered from rashes, diarrhoea and infections."),
        "relative": C("{S}, who suffered from diabetes, lost weight."),
    },
    "mental_health": {
        "attributive": C("{S} showed severe depression."),
        "predicative": C("Several of {S} were suicidal."),
        "passive": C("{S} were diagnosed with post-traumatic stress."),
        "nominal": C("The deterioration of the mental health of {S} was documented."),
        "list": C("{S} reported insomnia, anxiety and hallucinations."),
        "relative": C("{S}, who suffered from depression, received no treatment."),
    },
    "medical_care": {
        "attributive": C("{S} received inadequate medical care."),
        "predicative": C("Medical care for {S} was inadequate."),
        "passive": C("Medical treatment was denied to {S}."),
        "nominal": C("The lack of medical care for {S} was criticised."),
        "list": C("{S} lacked food, blankets and medical care."),
        "relative": C("{S} were held in a prison that had no doctor."),
    },
    "vulnerable_person": {
        "attributive": C("Juvenile detainees were held alongside {S}."),
        "predicative": C("Among {S}, several were pregnant."),
        "passive": C("Children were detained in the same facility as {S}."),
        "nominal": C("The detention of minors alongside {S} was noted."),
        "list": C("The facility held {S}, juveniles and elderly prisoners."),
        "relative": C("{S} included prisoners who had serious mental illness."),
    },
    # ------------------------------------------------------------ treatment
    "restraints": {
        "attributive": C("{S} were kept in shackled positions for hours."),
        "predicative": C("During transport {S} were shackled."),
        "passive": C("{S} were placed in restraints for six hours."),
        "nominal": C("The use of restraint chairs on {S} was routine."),
        "list": C("{S} were searched, handcuffed and put in leg irons."),
        "relative": C("{S} were held in a room where they were chained to the bed."),
    },
    "strip_search": {
        "attributive": C("{S} were subjected to repeated strip searches."),
        "predicative": C("Searches of {S} were strip searches in front of other prisoners."),
        "passive": C("{S} were strip-searched after every visit."),
        "nominal": C("The practice of strip searching {S} was criticised."),
        "list": C("{S} were counted, strip-searched and locked up."),
        "relative": C("{S} described body-cavity searches that were carried out daily."),
    },
    "use_of_force": {
        "attributive": C("{S} described excessive force by the guards."),
        "predicative": C("The force used against {S} was excessive."),
        "passive": C("{S} were beaten by guards."),
        "nominal": C("The beatings of {S} by officers were documented."),
        "list": C("{S} were kicked, punched and pepper-sprayed."),
        "relative": C("{S} identified the officers who beat them."),
    },
    "collective_punishment": {
        "attributive": C("{S} faced collective punishment after the escape."),
        "predicative": C("The lockdown imposed on {S} was a collective punishment."),
        "passive": C("{S} were all punished for the act of one prisoner."),
        "nominal": C("The punishment of the entire unit, including {S}, followed one fight."),
        "list": C("{S} lost visits, calls and privileges in a collective punishment."),
        "relative": C("{S} described a general lockdown that followed one escape."),
    },
    # ------------------------------------------------------------ status and justification
    "pretrial_status": {
        "attributive": C("{S} are pretrial detainees."),
        "predicative": C("{S} remain unconvicted."),
        "passive": C("{S} were remanded in custody."),
        "nominal": C("The pretrial detention of {S} has lasted two years."),
        "list": C("The jail holds {S}, remand prisoners and immigration detainees."),
        "relative": C("{S}, who are awaiting trial, share cells."),
    },
    "separation": {
        "attributive": C("{S} were held together with adult prisoners."),
        "predicative": C("Juveniles among {S} were not separated from adults."),
        "passive": C("Juveniles were held with adults in the block of {S}."),
        "nominal": C("The lack of separation of juveniles from adults affected {S}."),
        "list": C("Men, women and juveniles were held with adults in the block of {S}."),
        "relative": C("{S} were in a jail where minors shared cells with adults."),
    },
    "justification_security": {
        "attributive": C("The warden cited security reasons for the isolation of {S}."),
        "predicative": C("The officials said the restrictions on {S} were necessary because of escape attempts."),
        "passive": C("{S} were classified as a high escape risk."),
        "nominal": C("The authorities justified the regime for {S} by the threat to security."),
        "list": C("{S} were isolated, searched and shackled for reasons of security."),
        "relative": C("{S} were moved to a unit, which the warden said was needed to prevent escapes."),
    },
}

#: the same fact stated as NOT holding (negation or an adequate provision)
NEGATED: dict[str, list[str]] = {
    "sanitation": ["The toilets used by {S} were clean.",
                   "There is no evidence that the toilets used by {S} were filthy."],
    "food_water": ["The food served to {S} was adequate.", "{S} received sufficient food."],
    "solitary": ["{S} are not held in solitary confinement."],
    "medical_care": ["{S} received adequate medical care."],
    "separation": ["Juveniles were held separately from {S}."],
    "ventilation": ["The ventilation in the unit for {S} was adequate."],
    "language_interpreter": ["Interpreters were provided to {S}."],
    "overcrowding": ["The cells of {S} were not overcrowded."],
    # (enrecall) letters allowed; a placement for which no reason was given
    "correspondence": ["{S} were permitted to send and receive letters."],
    "justification_security": ["No reason was given for the transfer of {S} to the segregation unit."],
}

#: sentences that must not yield a counted fact of the type: general statements,
#: requests and hypotheticals, and the type's words about something else
TRAPS: dict[str, list[str]] = {
    "sanitation": [
        "Filthy toilets can cause disease in any prison.",
        "The detainees asked the warden to ensure that the toilets would be cleaned daily.",
        "The company that built the toilets went bankrupt.",
    ],
    "hygiene": [
        "Studies show that lack of soap can cause skin disease in prisons worldwide.",
        "If the showers broke down, the detainees would have no hot water.",
        "The staff washed their hands with soap before lunch.",
    ],
    "food_water": [
        "Inadequate food can lead to malnutrition in any population.",
        "The lawyers asked the court to order that adequate food be provided.",
        "Water damage was limited to the east wing.",
    ],
    "family_visits": [
        "The court denied his motion for family visits.",
        "Family visits should never be restricted as a punishment.",
        "The minister visited the new hospital.",
    ],
    "family_calls": [
        "The judge denied the request for a phone call with the press.",
        "Prisoners should be allowed to call their families once a week.",
        "The activists called for reform.",
    ],
    "legal_access": [
        "He is proceeding without counsel.",
        "The court denied his motion for counsel.",
        "Every detainee should have access to a lawyer within 24 hours.",
    ],
    "medical_care": [
        "He refused medical treatment.",
        "The plaintiff's appeal concerning his medication was denied.",
        "Prisons must provide adequate medical care.",
    ],
    "monitoring_access": [
        "The minister visited his family in the capital.",
        "The Subcommittee should be granted access to all places of detention.",
        "We find that the defendants' conduct was reasonable.",
    ],
    "complaints": [
        "The court dismissed their complaint for lack of jurisdiction.",
        "A complaints system should be independent and confidential.",
        "He filed a complaint about the noise of the neighbours.",
    ],
    "use_of_force": [
        "The Committee against Torture met in Geneva.",
        "Torture is prohibited in all circumstances.",
        "The prisoner slapped the table in anger.",
    ],
    "vulnerable_person": [
        "Children visit the museum every Sunday.",
        "Women's rights organisations published a report.",
        "Juveniles should never be detained with adults.",
    ],
    # (enrecall) the words of the court wording added for issue 10, about something else
    "special_regime": [
        "The city made secure housing for veterans a priority.",
        "Teachers used behavior modification techniques in class.",
        "Supermax prisons should be abolished.",
    ],
    "justification_security": [
        "There is no reason to believe the search was unlawful.",
        "Reasons for a placement in segregation must be given in writing.",
        "The investigation of the fire ended in May.",
    ],
    "correspondence": [
        "Legal mail must be opened in the presence of the inmate.",
        "The clerk read the letters aloud in court.",
        "Prisoners must be allowed to send and receive letters.",
    ],
    "exercise_time": [
        "The yard crew works five days a week.",
        "Prisoners should be offered recreation at least five days a week.",
    ],
    "separation": [
        "Convicted inmates were housed with other convicted inmates.",
        "Pretrial detainees must never be housed with convicted prisoners.",
    ],
    "sleep_noise": [
        "He could barely walk after the beating.",
        "Prisoners should be allowed eight hours of uninterrupted sleep.",
    ],
    "pretrial_status": [
        "The court held that due process requires a hearing for the detainees.",
        "Detainees at the jail must be protected from harm.",
        "On remand, the district court entered judgment for the defendants.",
        "The trial court held a hearing on the motion.",
        "Pretrial detention should be used only as a last resort.",
    ],
    "reading_news": [
        "The radio station was banned by the government in 2019.",
        "The books were returned to the library.",
        "The television interview was cancelled.",
    ],
    "ventilation": [
        "Poor ventilation can lead to the spread of tuberculosis.",
        "The detainees asked that the ventilation be repaired if it broke down.",
        "The lawyer aired his concerns on the radio.",
    ],
    "temperature": [
        "Temperatures across the region reached 45 degrees this week.",
        "Extreme heat can cause heat stroke in older people.",
        "The debate in parliament was heated.",
    ],
    "language_interpreter": [
        "No interpretation of the rule supports the defendants' position.",
        "Detainees should always be given an interpreter when they need one.",
        "The report was published in Spanish and English.",
    ],
}


def _positive():
    for type_, table in T.items():
        for construction, case in table.items():
            for subject in SUBJECTS:
                yield pytest.param(type_, construction, case.template.format(S=subject), case.negated,
                                   id=f"{type_}-{construction}-{SUBJECTS.index(subject)}")


def _negated():
    for type_, templates in NEGATED.items():
        for k, template in enumerate(templates):
            for subject in SUBJECTS[:2]:
                yield pytest.param(type_, template.format(S=subject).capitalize() if template.startswith("{S}")
                                   else template.format(S=subject), id=f"{type_}-{k}-{SUBJECTS.index(subject)}")


def _traps():
    for type_, sentences in TRAPS.items():
        for k, sentence in enumerate(sentences):
            yield pytest.param(type_, sentence, id=f"{type_}-{k}")


def test_every_type_in_every_construction() -> None:
    assert set(T) == set(FACT_TYPES)
    for type_, table in T.items():
        assert set(table) == set(CONSTRUCTIONS), type_


@pytest.mark.parametrize("type_,construction,sentence,negated", list(_positive()))
def test_construction_gives_the_fact(facts, type_, construction, sentence, negated) -> None:
    sentence = sentence[0].upper() + sentence[1:]
    found = facts(sentence)
    mine = counted(found, type_)
    assert any(f.negated == negated for f in mine), (
        f"{construction}: expected {type_} (negated={negated}) in {sentence!r}; got {describe(found)}")
    for f in mine:  # the evidence is words of the sentence, at their offsets
        ev = f.evidence[0]
        assert sentence[ev.start:ev.end] == ev.text and ev.text


@pytest.mark.parametrize("type_,sentence", list(_negated()))
def test_the_condition_not_holding_is_negated(facts, type_, sentence) -> None:
    sentence = sentence[0].upper() + sentence[1:]
    found = facts(sentence)
    mine = counted(found, type_)
    assert mine and all(f.negated for f in mine), \
        f"expected only negated {type_} in {sentence!r}; got {describe(found)}"


@pytest.mark.parametrize("type_,sentence", list(_traps()))
def test_traps_stay_quiet(facts, type_, sentence) -> None:
    found = facts(sentence)
    assert not counted(found, type_), f"{type_} wrongly found in {sentence!r}: {describe(found)}"


def test_a_list_gives_one_fact_per_item(facts) -> None:
    sentence = "The annex lacked adequate ventilation, clean water, sufficient food and basic medical supplies."
    types = {f.type for f in facts(sentence) if not f.negated}
    assert {"ventilation", "food_water", "medical_care"} <= types
    assert not any(f.negated for f in facts(sentence) if f.type in ("ventilation", "food_water", "medical_care"))


def test_composed_facts_say_which_topic_and_predicate(facts) -> None:
    f = next(f for f in facts("The toilets were filthy.") if f.type == "sanitation")
    assert f.evidence[0].text in ("toilets were filthy", "filthy")
    assert f.explain is not None and f.explain.pattern
