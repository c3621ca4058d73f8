"""Recognizers, one table per fact type: sentences that must yield a fact of the type
(with its negation flag and, for numeric and labelled types, its value), and sentences
that must not yield one (the traps a keyword matcher falls into).

The sentences are written for these tests in the styles of the documents Dignity reads:
US court opinions, DOJ findings letters, UN and CPT-style visit reports, NGO reports,
news articles and lawyers' letters.
"""

from __future__ import annotations

from typing import Any, NamedTuple

import pytest

from dignity.model import FACT_TYPES

from extract_helpers import counted, describe

ANY = object()


class P(NamedTuple):
    """A positive case: ``sentence`` yields a fact of the type, with ``negated`` and ``value``."""

    sentence: str
    value: Any = ANY
    negated: bool = False


# tolerance of a numeric value, by unit (FORMAT.md scores values more loosely than this)
_TOL = {"hours_per_day": 0.05, "days": 0.02, "m2": 0.1}


def _value_ok(fact, expected) -> bool:
    if expected is ANY:
        return True
    if isinstance(expected, (int, float)) and not isinstance(expected, bool):
        if not isinstance(fact.value, (int, float)) or isinstance(fact.value, bool):
            return False
        tol = _TOL.get(fact.unit or "", 0.05)
        if fact.unit == "days":
            return abs(fact.value - expected) <= max(1.0, tol * expected)
        return abs(fact.value - expected) <= tol
    if isinstance(expected, str) and isinstance(fact.value, str):
        return expected.lower() in fact.value.lower()
    return fact.value == expected


POSITIVE: dict[str, list[P]] = {
    # ------------------------------------------------------------ regime and isolation
    "confinement_hours": [
        P("Mr. Haddad is confined to his cell for 23 hours a day.", 23),
        P("Inmates in the restrictive housing unit are locked down for 22 hours a day.", 22),
        P("Prisoners on the segregation wing spend twenty-two hours per day in their cells.", 22),
        P("He remains locked in his cell all but one hour a day.", 23),
        P("The detainees described a 23-hour lockdown that has lasted since the riot.", 23),
        P("He is let out of his cell for only one hour a day.", 23),
        P("Residents are locked in their rooms from 9 p.m. to 7 a.m.", 10),
        P("Youths were locked into their rooms from 8:30 p.m. until 7 a.m. on weekdays.", 10.5),
        P("Detainees said they were kept in their cells for up to 20 hours daily.", 20),
        P("Remand prisoners are locked in their cells for twenty-three and a half hours a day.", 23.5),
        P("Since the lockdown began he has been held in his cell around the clock.", 24),
        P("She is permitted to leave her cell for just two hours a day.", 22),
        P("The class members are confined in their cells 24 hours a day on weekends.", 24),
        P("Prisoners at the unit spend 21 to 22 hours a day inside their cells.", 21),
    ],
    "solitary": [
        P("He has been held in solitary confinement since his arrest."),
        P("Mr. Ortiz was placed in administrative segregation after the fight."),
        P("She was kept in isolation for the first weeks of her detention."),
        P("He spent three months in the hole."),
        P("The plaintiff was housed in the SHU at the time of the incident."),
        P("He was transferred to the Special Housing Unit in March."),
        P("Prisoners in restrictive housing are fed through a slot in the door."),
        P("The delegation met detainees held in disciplinary isolation cells."),
        P("He was kept alone in a cell for weeks."),
        P("Guards isolated him from other prisoners after he complained."),
        P("Officers threw him in the hole for refusing to return his tray."),
        P("He had been on the segregation unit under Rule 45 for over a month."),
        P("She has been in solitary for 40 days."),
        P("Youth are routinely placed in room confinement for days at a time."),
        P("He was sent to a punishment cell for failing to button his uniform."),
        P("He has been placed in the SHIZO eleven times since his transfer."),
        P("He was held in the Restricted Housing Unit for three years."),
        P("He was placed on keeplock pending a disciplinary hearing."),
        P("He was moved to the Care and Separation Unit after the incident."),
        P("He was placed in ad seg pending an investigation."),
        P("Prisoners on cellular confinement may not attend work or education."),
        P('He was put in "the box" for a month.'),
        P("He is held in the Secure Housing Unit at Corcoran."),
        P("After 30 days he was returned to the general population.", negated=True),
        P("He was placed on strip-cell status for five days."),
    ],
    "isolation_duration": [
        P("He has been held in solitary confinement for more than 18 months.", 548),
        P("She spent 45 days in segregation.", 45),
        P("He was released after three years in isolation.", 1096),
        P("He has been kept in isolation for a fortnight.", 14),
        P("He endured two years of solitary confinement.", 730),
        P("He spent 200 consecutive days in the SHU.", 200),
        P("He was placed on keeplock for 30 days.", 30),
        P("The boy was held in room confinement for 12 days.", 12),
        P("Records show eleven weeks in the segregation unit.", 77),
        P("The applicant had been held in isolation for six months when the delegation visited.", 183),
        P("He spent three months in the hole.", 91),
        P("He was taken to the disciplinary block and held in the block for more than three months.", 91),
        P("The delegation visited the isolation unit, where one man had been kept there for 40 days.", 40),
        P("He spent 15 days in a punishment cell for refusing to work.", 15),
        P("She was placed in the segregation unit and kept in the cell for six weeks.", 42),
        P("Prisoners sent to the SHIZO are held in the cell for up to 15 days.", 15),
        P("He served 20 days in a disciplinary isolation cell.", 20),
        P("Petitioner was confined to administrative segregation for 90 days.", 90),
        P("He was placed on strip-cell status for five days.", 5),
    ],
    "indefinite_isolation": [
        P("He is held in solitary confinement indefinitely."),
        P("She will remain in isolation until further notice, the warden wrote."),
        P("His segregation has no end date."),
        P("He faces indefinite segregation."),
        P("The special administrative measures are renewed every year, with no end in sight."),
        P("Lawyers described his open-ended isolation as a form of torture."),
        P("He has been in permanent solitary confinement on death row for a decade."),
        P("His placement in the separation unit will continue until further notice."),
        P("The measure has no end date and no date for review."),
        P("He was placed in the high-security wing without a review date."),
        P("There is no date for review of her placement in the isolation block."),
    ],
    "special_regime": [
        P("He is subject to Special Administrative Measures.", "special administrative measures"),
        P("He was transferred to the supermax prison at Florence."),
        P("She is held on a high-security wing."),
        P("He was moved to the Intensive Management Unit after the assault."),
        P("The prisoners are held in a Communications Management Unit."),
        P("He has been held under a maximum-security regime since 2016."),
        P("He was sent to the Security Housing Unit at Pelican Bay."),
        P("He has spent six years in the Close Supervision Centre."),
        P("He is serving his sentence in a strict-regime penal colony."),
    ],
    "no_meaningful_contact": [
        P("Guards are not permitted to talk to him."),
        P("He has no meaningful human contact."),
        P("All communication with staff takes place through a slot in the steel door."),
        P("He speaks to no one for days at a time."),
        P("She is unable to speak with other detainees."),
        P("Meals are passed through a hatch in the door."),
        P("They were held in individual cells and allowed no contact with one another."),
        P("The prisoners are deprived of any meaningful social interaction."),
        P("The guards do not talk to him."),
        P("Staff never speak to her, even when they bring her meals."),
        P("Nobody speaks to him for days at a time."),
        P("His meals are pushed through a slot and no one speaks to him."),
        P("He has not spoken to another human being in weeks."),
        P("Officers refuse to speak to the detainees held on the isolation wing."),
        P('"Nobody speaks to you for days," one former detainee said.'),
    ],
    # ------------------------------------------------------------ physical environment
    "constant_light": [
        P("The lights in his cell are kept on 24 hours a day."),
        P("Detainees complained of constant illumination, which made it impossible to sleep."),
        P("A bright light burns in the cell day and night."),
        P("The cells are illuminated 24 hours a day."),
        P("The lights are never switched off."),
        P("He is subjected to 24-hour lighting."),
        P("The lighting remains on throughout the night."),
        P("The cell light is never turned off, even at night."),
        P("The lights are dimmed at night but never switched off."),
        P("He is kept under constant artificial light."),
    ],
    "darkness": [
        P("His cell was completely dark for three days."),
        P("The light bulb in her cell had burned out and was never replaced."),
        P("He was kept in the dark for days at a time."),
        P("Detainees were held in total darkness."),
        P("The unit lost power and the cells were pitch black."),
        P("The lights in the unit did not work for two weeks."),
        P("His cell had no working lights for a week."),
    ],
    "no_natural_light": [
        P("He is held in a windowless cell."),
        P("The cell has no window."),
        P("She has not seen daylight in months."),
        P("The only window was covered with metal plates."),
        P("Detainees have no access to natural light."),
        P("The basement cells lack natural light and ventilation."),
        P("He was deprived of sunlight for the entire period."),
        P("He has been held for months without access to natural light."),
        P("The authorities denied him access to daylight for weeks."),
        P("Prisoners in the basement wing have limited access to natural light."),
        P("The women were kept in cells without access to fresh air or natural light."),
    ],
    "cell_space": [
        P("He is held in a cell measuring 7 by 14 feet.", 9.1),
        P("The cells measure 2 x 3 metres.", 6.0),
        P("Four detainees share a cell of 9 square metres.", 9.0),
        P("He lives in a 60-square-foot cell.", 5.6),
        P("Each prisoner has less than 2 m² of living space.", 2.0),
        P("She was confined to a cell six feet by eight feet.", 4.5),
        P("The isolation cells are 8ft x 10ft.", 7.4),
        P("The cells, of about 80 square feet, hold two men each.", 7.4),
    ],
    "overcrowding": [
        P("The jail is severely overcrowded."),
        P("The prison holds 2,300 inmates in space designed for 900."),
        P("The facility, designed for 500 inmates, now holds 900."),
        P("Cells designed for two persons held up to six detainees."),
        P("Prisoners sleep in shifts because there are not enough beds."),
        P("Forty men share a dormitory built for twelve."),
        P("The facility held 3,000 detainees in space for 1,200."),
        P("Detainees had to sleep on the floor because there were not enough beds."),
        P("Six men were housed in a cell designed for two."),
        P("The facility operated at 180 per cent of its official capacity."),
        P("Triple-bunking was common in the dormitories."),
        P("The cells were overcrowded, with three prisoners sharing cells designed for one."),
        P("Women slept on mattresses on the floor of the gymnasium."),
        P("The Working Group was informed that prisoners slept in shifts."),
    ],
    "ventilation": [
        P("The cells were poorly ventilated."),
        P("There is no ventilation in the isolation cells."),
        P("The air in the unit was stale and smelled of sewage."),
        P("The ventilation system had been broken for months."),
        P("Detainees complained that the air in the container was suffocating."),
        P("Inspectors noted inadequate air circulation in the dormitories."),
        P("There was no fresh air in the basement cells."),
        P("She was held in a container without access to fresh air."),
        P("The delegation observed that the cells lacked ventilation."),
    ],
    "temperature": [
        P("The cells were extremely hot in the summer."),
        P("Temperatures in the housing units exceeded 100 degrees."),
        P("In summer the temperature inside the cells exceeds 40°C."),
        P("Detainees were held in freezing cells known as iceboxes."),
        P("There was no heating in the cells during the winter."),
        P("The heat in the dormitories was unbearable."),
        P("The cells were bitterly cold and the heating did not work."),
        P("He was kept in a cold room for hours without a blanket."),
        P("Inmates described sweltering conditions on the upper tier."),
        P("In winter the cells have been freezing for weeks at a time."),
        P("He reports that the heat in his cell has been off for eleven days."),
    ],
    "sanitation": [
        P("The cell had no toilet, only a bucket."),
        P("Toilets in the unit were clogged and overflowing with sewage."),
        P("Detainees had no access to running water."),
        P("The toilet sits in full view of the cell door."),
        P("The cells were filthy and infested with cockroaches."),
        P("Prisoners had to use plastic bottles as toilets."),
        P("The holding cell was smeared with excrement."),
        P("Conditions in the police cells were squalid."),
        P("The cell floor was covered in urine and feces."),
        P("Detainees have to relieve themselves in plastic bags."),
        P("The cell has a hole in the floor that serves as a toilet."),
        P("There is one toilet for 80 prisoners."),
        P("The toilet is not separated from the rest of the cell."),
        P("Prisoners are allowed to use the toilet only twice a day."),
        P("He was held for two days without access to a toilet."),
        P("Detainees reported a lack of access to running water."),
        P("The delegation observed that cells were infested with bedbugs."),
        P("The complaint asserts that the cell was infested with rats."),
        P("The magistrate judge found that the holding cells were unsanitary."),
        P("Guards turned off the water to his cell as punishment."),
    ],
    "hygiene": [
        P("He was denied showers for two weeks."),
        P("Women were not provided with sanitary pads."),
        P("Prisoners are allowed only two showers a week."),
        P("No soap or toothpaste was distributed to the detainees."),
        P("She had no access to hot water for washing."),
        P("Inspectors found a lack of hygiene products in the women's wing."),
        P("He was unable to wash for eleven days."),
        P("The showers were filthy and infested with mould."),
        P("They are let out one at a time for a ten-minute shower three times a week."),
        P("Detainees could shower only once a week with cold water."),
        P("Soap is distributed once a month."),
        P("Sanitary pads were not provided to the women held in the annex."),
        P("Soap was not available for the first three weeks of her detention."),
        P("Toothbrushes and toothpaste were never distributed in the reception block."),
        P("Hot water has been unavailable on the wing since the boiler broke."),
        P("Plaintiff avers that he was denied showers for two weeks."),
        P("Soap and toothpaste had not been distributed for weeks."),
    ],
    "bedding_clothing": [
        P("He was forced to sleep on the concrete floor without a mattress."),
        P("Detainees were given no blankets despite the cold."),
        P("The uniforms issued were torn and filthy."),
        P("She was left naked in the cell for two days."),
        P("Prisoners lacked adequate clothing for the winter."),
        P("He was not provided with a mattress for ten days."),
        P("Detainees were deprived of their shoes and jackets on arrival."),
        P("He has been given only one blanket."),
        P("Detainees were forced to stand naked for hours."),
        P("Blankets were withheld from the detainees in the punishment block."),
        P("Mattresses were confiscated every morning and returned only at night."),
        P("Detainees interviewed by the delegation said no mattresses were provided."),
        P("He was placed on management status, which included loss of bedding and clothing."),
        P("Blankets have never been issued to the detainees in the basement."),
    ],
    "food_water": [
        P("Detainees received only one meal a day."),
        P("The food was often spoiled and infested with insects."),
        P("He was denied water for two days."),
        P("Drinking water was rationed to one litre per person per day."),
        P("A guard withheld his meals as punishment."),
        P("The food provided was of poor quality and insufficient quantity."),
        P("There was no clean drinking water in the camp."),
        P("Prisoners were served small portions of rice twice a day."),
        P("The detainees complained of hunger and thirst."),
        P("Guards refused him food for two days."),
        P("Detainees receive a single bowl of rice a day."),
        P("The cells have sinks that provide unlimited access to potable water.", negated=True),
        P("The jail provides three meals a day that meet daily nutritional requirements.", negated=True),
        P("Drinking water was not available in the holding cells for two days."),
        P("Meals were cut to one a day after the protest."),
        P("Persons deprived of their liberty complained of insufficient and poor-quality food."),
        P("Interlocutors reported a lack of access to potable water in several police stations."),
        P("He was served nutraloaf for seven days."),
        P("Drinking water was available for only two hours a day."),
        P("Water is turned on only twice a day in the cells."),
    ],
    "sleep_noise": [
        P("He is woken every hour during the night for security checks."),
        P("The constant noise from the tier made it impossible to sleep."),
        P("Inmates could not sleep because of the screaming on the unit."),
        P("Loud music was played at night to keep detainees awake."),
        P("Former detainees described sleep deprivation during interrogations."),
        P("Guards banged on the doors all night, and the prisoners were unable to sleep."),
        P("He was denied sleep for days during the interrogation."),
    ],
    # ------------------------------------------------------------ activity and information
    "exercise_time": [
        P("He is allowed one hour of exercise a day.", 1),
        P("He is permitted one hour of recreation per week.", 0.14),
        P("Outdoor exercise was limited to 30 minutes a day.", 0.5),
        P("Prisoners get two hours of yard time each day.", 2),
        P("He receives five hours of recreation per week.", 0.71),
        P("Prisoners are offered half an hour of exercise in the open air each day.", 0.5),
        P("Recreation is limited to three hours a week.", 0.43),
        P("He is allowed 45 minutes of exercise each day.", 0.75),
        P("He was denied out-of-cell exercise for months.", 0),
        P("He was not given any exercise for three weeks.", 0),
        P("Detainees in the disciplinary unit were denied access to exercise for a month.", 0),
        P("He is allowed out for only 30 minutes every two days.", 0.25),
        P("Detainees in the punishment block get one hour of exercise every other day.", 0.5),
        P("Recreation is limited to two hours a day, five days per week.", 1.43),
        P("Prisoners on the wing receive 30 minutes of exercise every other day.", 0.25),
        P("He is taken to the yard for an hour every other day.", 0.5),
        P("Exercise is limited to 45 minutes on alternate days.", 0.38),
        P("Plaintiff alleges that he was deprived of yard for 14 months.", 0),
    ],
    "exercise_outdoor": [
        P("He has not been outdoors in two years.", False),
        P("Exercise takes place in a small cage.", False),
        P("There is no outdoor recreation area at the jail.", False),
        P("Detainees are taken to the yard for an hour of exercise in the fresh air.", True),
        P("Recreation is held indoors in a converted cell.", False),
        P("He was never allowed outside.", False),
        P("Open-air exercise is available every morning.", True),
        P("Prisoners exercise alone in concrete pens the size of a parking space.", False),
        P("The detainees had no access to the open air for weeks.", False),
        P("Women in the annex were denied access to the yard.", False),
        P("He was deprived of outdoor recreation for six months.", False),
    ],
    "reading_news": [
        P("He has been denied access to newspapers and television."),
        P("Books sent by his family were confiscated."),
        P("Detainees had no access to radio, television or newspapers."),
        P("He is not allowed to read the news."),
        P("Prisoners were prohibited from receiving magazines."),
        P("The jail bans all hardcover books."),
        P("Books are not allowed in the segregation unit."),
        P("Newspapers and radios were prohibited in the camp."),
        P("The television in the dayroom was removed as a punishment."),
        P("Books have not been allowed since the lockdown."),
    ],
    "work_programmes": [
        P("Inmates in segregation are excluded from educational programs."),
        P("There are no work opportunities or vocational training for detainees."),
        P("He has no access to education."),
        P("The prisoners spend their days in enforced idleness."),
        P("She was barred from participating in rehabilitation programmes."),
        P("Juveniles did not receive any schooling while in isolation."),
        P("The facility fails to provide special education services to youth with disabilities."),
        P("Education programmes in the women's prison were suspended for the entire year."),
        P("Work opportunities were not offered to remand prisoners."),
        P("Classes for the juveniles have been cancelled since March."),
    ],
    "religion": [
        P("He was prevented from attending Friday prayers."),
        P("Muslim detainees were denied halal meals."),
        P("Guards confiscated his Bible."),
        P("The prison refused to allow a rabbi to visit him."),
        P("Detainees were not allowed to pray during Ramadan."),
        P("The complaint describes restrictions on religious practice."),
    ],
    # ------------------------------------------------------------ contact with the outside world
    "family_visits": [
        P("He has not been allowed visits from his family since March."),
        P("Family visits have been suspended indefinitely."),
        P("Visits take place through a glass partition."),
        P("She has not been able to see her children for two years."),
        P("The detainees are only permitted non-contact visits."),
        P("Visits from relatives are restricted to one hour per month."),
        P("His wife has been denied visits since he was transferred."),
        P("The prison cancelled all family visits after the riot."),
        P("The visiting restrictions have now lasted four months."),
        P("His family has not seen him since his arrest in 2019."),
        P("He has been allowed only two visits in eighteen months."),
        P("His mother travelled 500 miles to see him but was turned away at the gate."),
        P("Family visits to the prison have been suspended since the riot."),
        P("Under the new policy, visits must be limited to 30 minutes."),
    ],
    "family_calls": [
        P("He is allowed only one 15-minute phone call a month."),
        P("Detainees were not permitted to telephone their families."),
        P("He has been denied phone calls with his wife since January."),
        P("Telephone privileges were suspended for 30 days."),
        P("She has had no contact with her family since her arrest."),
        P("He cannot call his family."),
        P("Phone calls to relatives are limited to ten minutes a week."),
        P("He has not been allowed to call his wife, and his legal calls have been cancelled."),
        P("He is permitted one 15-minute call per month to a pre-approved number."),
        P("He has had no contact with the outside world for six months."),
        P("He is held incommunicado."),
        P("The detainees were held incommunicado for up to three weeks."),
        P("The authorities have been holding detainees incommunicado in unofficial places of detention."),
    ],
    "correspondence": [
        P("His letters to his family were withheld by prison staff."),
        P("Incoming mail was opened and read by guards."),
        P("He was not allowed to send or receive letters."),
        P("The authorities confiscated her correspondence."),
        P("He was given no writing paper or envelopes."),
        P("Letters from his children were returned to the sender."),
    ],
    "legal_access": [
        P("He has been denied access to his lawyer."),
        P("Detainees were held for weeks without access to a lawyer."),
        P("His assets were frozen, leaving him unable to retain counsel of his choice."),
        P("Lawyers were refused entry to the detention centre."),
        P("The law library was closed for months."),
        P("He was interrogated without a lawyer present."),
        P("She was not allowed to consult a lawyer of her choosing."),
        P("Because his accounts were frozen, he cannot pay a private attorney."),
        P("His legal calls have been repeatedly cancelled."),
        P("The authorities have blocked his lawyers from visiting him since March."),
        P("He met his lawyer for the first time on the day of his trial."),
        P("The men were held for weeks without access to their lawyers."),
        P("He was denied access to a lawyer during interrogation."),
        P("Detainees were not informed of the reasons for their detention."),
        P("He was not told of the charges against him for two weeks."),
    ],
    "legal_confidentiality": [
        P("Guards listened in on his conversations with his lawyers."),
        P("Legal visits take place in the presence of a guard."),
        P("Calls between inmates and their attorneys were recorded."),
        P("Prison staff routinely read his legal mail."),
        P("He had no confidential space to meet his lawyer."),
        P("Attorney-client meetings were videotaped by the jail."),
        P("His lawyer has been allowed to see him only twice, for 20 minutes, in the presence of guards."),
        P("Meetings with counsel take place through a glass partition and are recorded."),
        P("Legal calls are made from a phone in the corridor, within earshot of officers."),
        P("Her calls with her lawyer are made from the open dayroom, in front of the guards."),
        P("She cannot speak with me (her lawyer) in confidence."),
        P("He is unable to speak to his lawyers in private because a guard remains in the room."),
        P("Detainees could not consult their lawyers confidentially."),
        P("There is no confidential room for legal visits."),
        P("The remand centre has no private space for meetings with lawyers."),
    ],
    "consular_access": [
        P("He was never informed of his right to contact his consulate."),
        P("Consular officials were denied access to the detainee."),
        P("The authorities refused to let the embassy visit him."),
        P("Mexican consular officers were not notified of his detention."),
        P("The police failed to inform him of his right to consular assistance."),
    ],
    "language_interpreter": [
        P("None of the guards speak Spanish."),
        P("He was interviewed without an interpreter."),
        P("The disciplinary hearing was conducted in English, a language he does not understand."),
        P("No interpreter was provided during his medical appointments."),
        P("Detainees could not communicate with staff because of the language barrier."),
        P("The officers do not speak Arabic."),
    ],
    "monitoring_access": [
        P("The Special Rapporteur requested access to the detention facility.", "requested"),
        P("The ICRC was denied access to the prisoners.", "denied"),
        P("Human Rights Watch asked to visit the prison but received no reply.", "requested"),
        P("The authorities refused to allow the delegation to visit the detention centre.", "denied"),
        P("The delegation was granted unrestricted access to all places of detention.", "granted"),
        P("Monitors from the ombudsman's office were barred from entering the camp.", "denied"),
        P("The Working Group asked to visit the detention centre at Camp 7.", "requested"),
        P("The Working Group was unable to visit the facility because the authorities refused access.", "denied"),
    ],
    "complaints": [
        P("He was placed in segregation in retaliation for filing grievances."),
        P("His grievances went unanswered."),
        P("There is no functioning grievance system at the jail."),
        P("Detainees said they were beaten after complaining about the food."),
        P("Prisoners feared reprisals if they complained."),
        P("Grievance forms were not available on the unit."),
        P("The court finds that administrative remedies were effectively unavailable to him."),
        P("Plaintiff states that officers destroyed his grievances."),
        P("He contends that the grievance process was a dead end."),
    ],
    # ------------------------------------------------------------ health
    "physical_health": [
        P("He suffers from hypertension and diabetes."),
        P("He lost 20 kilograms during his detention."),
        P("She developed a skin rash from the filthy bedding."),
        P("He has suffered chest pains since the assault."),
        P("Detainees showed signs of malnutrition."),
        P("The doctor noted burns on his forearms from the radiator."),
        P("She miscarried in her cell after staff ignored her pleas for help."),
        P("He has developed a persistent cough and has been coughing up blood."),
        P("He contracted tuberculosis in prison."),
    ],
    "mental_health": [
        P("He has attempted suicide twice since being placed in isolation."),
        P("She reported hearing voices and suffering from panic attacks."),
        P("He was diagnosed with post-traumatic stress disorder."),
        P("He has begun to hallucinate."),
        P("Prison doctors noted that he was severely depressed."),
        P("He repeatedly cut himself with a razor."),
        P("His lawyers say his mental health has deteriorated sharply."),
        P("He tried to hang himself with a bedsheet."),
        P("He is 81 years old and suffers from dementia."),
        P("He states that he suffers from depression and has not received mental health treatment."),
    ],
    "medical_care": [
        P("He was denied his prescribed medication for three weeks."),
        P("Staff ignored his repeated requests to see a doctor."),
        P("The jail failed to provide adequate mental health treatment."),
        P("He waited four months to see a dentist."),
        P("Medical care at the facility is grossly inadequate."),
        P("The nurses showed deliberate indifference to his serious medical needs."),
        P("The prisoner was refused access to a doctor."),
        P("Requests for medical attention went unanswered for days."),
        P("According to the prison, he receives adequate medical care.", negated=True),
        P("The medical care he received was adequate.", negated=True),
        P("He did not receive adequate medical care."),
        P("Detainees reported waiting weeks for sick-call requests to be answered."),
        P("His insulin was withheld for three days."),
        P("He was refused treatment for a broken hand."),
        P("Medical staff dismissed his complaints of chest pain as anxiety."),
        P("Nurses dispensed medication through the food slot without examining him."),
        P("She miscarried in her cell after staff ignored her pleas for help."),
        P("Her prenatal vitamins were stopped after the transfer."),
        P("His glasses were confiscated on arrival and never returned."),
        P("Her antiretrovirals have been withheld since she was moved to the isolation unit."),
        P("His dentures were taken away during the cell search."),
        P("The guards denied her prenatal vitamins for six weeks."),
        P("Staff denied him his antiretrovirals while he was held in the isolation wing."),
        P("She was refused dialysis for four days."),
        P("He was denied his wheelchair and had to crawl to the toilet."),
        P("Officers confiscated his glasses and refused to return them."),
        P("He was not provided with crutches despite his fractured ankle."),
        P("Her requests to see the facility physician have gone unanswered."),
        P("He asked to see a doctor on three occasions but had not been seen by the time of the visit."),
        P("She asked repeatedly for a nurse during the night, but no one came."),
        P("Plaintiff alleges that he was denied his CPAP machine for two months."),
        P("Defendants denied him his prescribed insulin for four days."),
        P("There was no independent medical examination upon admission."),
        P("Many detainees complained of the lack of a medical examination on arrival."),
        P("Women prisoners had no access to gynaecological care."),
    ],
    "vulnerable_person": [
        P("The detainee is a 16-year-old boy.", "juvenile"),
        P("She was seven months pregnant when she was detained.", "pregnant"),
        P("Juvenile detainees were held in adult jails.", "juvenile"),
        P("He uses a wheelchair and cannot reach the shower.", "disabled"),
        P("The prison houses many elderly prisoners.", "elderly"),
        P("He is a seriously mentally ill prisoner.", "ill"),
        P("A 72-year-old detainee died in custody last week.", "elderly"),
        P("The investigation concerns the youth confined at the training school.", "juvenile"),
        P("The boy, aged 15, was held with adult prisoners.", "juvenile"),
    ],
    # ------------------------------------------------------------ treatment
    "restraints": [
        P("He was shackled to his bed in the hospital."),
        P("Guards placed him in a restraint chair for eight hours."),
        P("She was handcuffed and leg-ironed during transport."),
        P("Detainees were chained to the wall."),
        P("He was kept in mechanical restraints for two days."),
        P("Staff used four-point restraints on the boy."),
        P("Several patients in the psychiatric wing were chained to their beds."),
        P("He was held in four-point restraints for 12 hours."),
    ],
    "strip_search": [
        P("He was strip-searched every time he left his cell."),
        P("Women were subjected to body cavity searches."),
        P("Guards forced him to strip naked and squat."),
        P("She was made to undress in front of male officers."),
        P("The report describes routine strip searches of visitors and prisoners."),
    ],
    "use_of_force": [
        P("Officers beat him with batons."),
        P("Guards used pepper spray on the detainees in their cells."),
        P("He was tasered while handcuffed."),
        P("Prisoners reported being punched and kicked by guards."),
        P("The riot team used excessive force."),
        P("Staff used OC spray on youth who posed no threat."),
        P("He was tortured during interrogation."),
        P("He was assaulted by prison officers."),
        P("Detainees said they were kicked by custodial staff on admission."),
        P("Prisoners were held in stress positions for hours."),
        P("Guards used dogs to intimidate detainees during searches."),
        P("Officers sprayed him with a fire extinguisher."),
        P("He was forced to wear a hood and ear muffs during transport."),
    ],
    "collective_punishment": [
        P("After the fight, the entire unit was punished with the loss of visits."),
        P("All prisoners on the wing lost their privileges for the actions of one inmate."),
        P("Detainees described collective punishments, including the withdrawal of visits."),
        P("Officers punished the whole dormitory for the escape attempt."),
        P("The administration imposed a facility-wide lockdown."),
        P("All detainees in the block were deprived of visits after one man was found with a phone."),
    ],
    # ------------------------------------------------------------ status and justification
    "pretrial_status": [
        P("He has been held in pretrial detention for two years.", "pretrial"),
        P("She remains in custody awaiting trial.", "pretrial"),
        P("He was remanded in custody by the magistrate.", "pretrial"),
        P("He has not been convicted of any crime.", "pretrial"),
        P("He is serving a life sentence.", "convicted"),
        P("Asylum seekers are held in immigration detention.", "immigration"),
        P("He is held in administrative detention without charge.", "administrative"),
        P("Remand prisoners make up most of the population.", "pretrial"),
        P("He is held under a deportation order at the immigration removal centre.", "immigration"),
        P("He remains in pre-charge detention under the Terrorism Act.", "administrative"),
    ],
    "separation": [
        P("Juveniles were held together with adult prisoners."),
        P("Pretrial detainees are not separated from convicted prisoners."),
        P("There is no separation between men and women in the police cells."),
        P("Women detainees shared a cell with male prisoners."),
        P("Children were detained alongside adults."),
        P("Remand prisoners are mixed with convicted prisoners."),
        P("Women in pretrial detention are held together with convicted prisoners."),
        P("The boy, aged 15, was held with adult prisoners."),
        P("Pretrial detainees were held together with convicted prisoners."),
        P("The Working Group was informed that minors were detained with adults."),
        P("The delegation observed the practice of holding juveniles together with adult prisoners in police cells."),
        P("The Committee is concerned about the State party's failure to ensure that juveniles are separated "
          "from adults."),
    ],
    "justification_security": [
        P("Prison officials said the restrictions were necessary because he had escaped twice."),
        P("The government argues the measures are needed to prevent him from running the cartel."),
        P("He is classified as a high escape risk."),
        P("Authorities justified his isolation on national security grounds."),
        P("Defendants argue that the restraint chair was justified by his violent behavior."),
        P("He was considered a threat to the safety of staff."),
        P("Prison authorities said the visiting restrictions were necessary to restore order."),
        P("Authorities said he was placed in isolation because he posed a risk to other inmates."),
        P("The authorities said she was held in isolation because it was needed for her own protection."),
        P("He was placed in segregation for his own safety, according to the warden."),
        P("He was placed in protective custody because of threats from other inmates."),
        P("The restrictions were imposed for reasons of good order and discipline."),
        P("Officials said the boy was isolated for his own protection."),
        P("She was moved to a single cell after threats against her life."),
    ],
}


NEGATIVE: dict[str, list[str]] = {
    "confinement_hours": [
        "The hearing lasted three hours a day over two weeks.",
        "Staff work 12-hour shifts in the housing unit.",
        "The library is open four hours a day.",
        "He spent 23 hours on a bus before reaching the facility.",
    ],
    "solitary": [
        "Juveniles were not segregated from adult inmates.",
        "The prison was racially segregated until 1975.",
        "The court cannot read the regulation in isolation from the statute.",
        "Guards dug a hole in the yard to repair a pipe.",
        "The report examined each incident in isolation.",
        "He attended a disciplinary hearing and the punishment was a fine.",
        "The warden imposed a loss of commissary as punishment.",
        "The court denied his motion for a transfer to general population.",
        "I urge you to return her to general population immediately.",
    ],
    "isolation_duration": [
        "He was sentenced to 20 years in prison and is now held in solitary confinement.",
        "The isolation unit was built three years ago.",
        "He is held in solitary confinement; his trial is set for two months from now.",
        "He was held in the jail for three years before being placed in solitary confinement.",
        "He was placed in segregation after being held in the county jail for three years.",
        "He was returned to the general population after being held in the unit for two weeks.",
        "He spent two weeks in the hospital wing before being sent to the isolation unit.",
    ],
    "indefinite_isolation": [
        "He is a lawful permanent resident held in immigration detention.",
        "The court granted a permanent injunction.",
        "He suffered a permanent injury to his hand.",
        "Family visits are suspended until further notice.",
        "The court adjourned the hearing until further notice.",
        "The prison library is closed until further notice.",
        "The contract has no end date.",
    ],
    "special_regime": [
        "He faces a maximum sentence of 20 years.",
        "The Special Rapporteur visited the country in May.",
        "His social security benefits were suspended.",
        "The state plans to build a new maximum-security prison by 2027.",
    ],
    "no_meaningful_contact": [

        "He communicated with his lawyer by phone.",
        "The lawyer could not speak with the prosecutor before the hearing.",
        "Guards talked with the inmates about the new rules.",
        "The guards do not speak Spanish.",
        "Officers did not speak to the press after the incident.",
        "Staff never speak to her about her medical condition.",
        "He did not speak to his lawyer before the hearing.",
        "He has spoken to other detainees about the strike.",
        "The officers did not speak to him before they entered the cell.",
    ],
    "constant_light": [
        "In light of the foregoing, the motion is denied.",
        "The lights are turned off at 10 p.m. every night.",
        "He received a light sentence.",
    ],
    "darkness": [
        "The detainee was kept in the dark about the charges against him.",
        "He was arrested after dark near the border.",
        "His family was kept in the dark about his whereabouts for weeks.",
        "The city was plunged into darkness after the storm knocked out power.",
    ],
    "no_natural_light": [
        "The cell has a large window that lets in daylight.",
        "He broke the window of the patrol car.",
        "The window for filing an appeal has closed.",
        "Every cell gives access to natural light through a large window.",
    ],
    "cell_space": [
        "He is six feet tall and weighs 200 pounds.",
        "The yard fence is 12 feet high.",
        "The jail added 10,000 square feet of dormitory space in 2015.",
    ],
    "overcrowding": [
        "The courtroom was crowded with reporters.",
        "The man lacked the mental capacity to stand trial.",
        "A crowd gathered outside the courthouse.",
        "The new wing was designed for 200 prisoners and opened in 1998.",
        "The jail was designed to hold 300 people but held only 250 on the day of the visit.",
    ],
    "ventilation": [
        "He was taken outside for an hour of fresh air exercise.",
        "The court aired its concerns at the hearing.",
        "Fresh evidence was presented on appeal.",
    ],
    "temperature": [
        "He was served a hot meal at noon.",
        "It would be cold comfort to the plaintiffs that the statute was later amended.",
        "There is no hot water in the showers.",
        "The dispute became heated in the heat of the moment.",
        "Temperatures across the region reached 45 degrees this week.",
    ],
    "sanitation": [
        "He was required to provide a urine sample for a drug test.",
        "The urinalysis came back negative for opiates.",
        "The judge called the argument a waste of time.",
        "Water sprinklers were installed in every cell.",
        "The city turned off the water for repairs.",
    ],
    "hygiene": [
        "He took a shower before the hearing.",
        "Showers are available daily.",
        "He used a razor blade to pick the lock.",
        "Soap and towels were provided weekly.",
        "His hair was cut on arrival.",
    ],
    "bedding_clothing": [
        "He was wearing a blue uniform when he was arrested.",
        "The officers' uniforms identified them as police.",
        "He made a noose out of a bed sheet.",
        "The motion for new blankets was denied.",
        "His personal clothing was confiscated on admission and replaced with a uniform.",
    ],
    "food_water": [
        "The prisoners went on a hunger strike to protest their treatment.",
        "The water sprinklers in the cells were inspected monthly.",
        "He refused food for ten days in protest.",
        "He declined his meals for twelve days to protest the transfer.",
        "He was arrested while working at a restaurant.",
        "He was given an extra bowl of soup on Sundays.",
        "Detainees reported a lack of access to running water in the showers.",
        "Hot water has been unavailable in the showers since the boiler broke.",
        "Water damage was limited to the east wing.",
        "Water was cut off to the neighbourhood after the earthquake.",
        "The budget for food was reduced by 10 percent in 2021.",
        "Hot water is available for only two hours a day.",
    ],
    "sleep_noise": [
        "He was asleep when officers entered the cell.",
        "The defense made a lot of noise in the press about the case.",
        "He slept through the night after the transfer.",
    ],
    "exercise_time": [
        "The hearing lasted one hour.",
        "He exercised his right to remain silent.",
        "Guards took one hour to respond to the fight in the recreation yard.",
        "Prisoners are confined to their cells for 23 hours per day and are permitted out only to shower.",
        "He went out for dinner with friends for two hours every other day before his arrest.",
    ],
    "exercise_outdoor": [
        "He was arrested outside the courthouse.",
        "His lawyer waited outside while he was questioned.",
        "The meeting took place outside the prison.",
        "Detainees have access to the yard every afternoon.",
    ],
    "reading_news": [
        "The news of his arrest spread quickly.",
        "He read a book in his cell every day.",
        "He was interviewed on television after his release.",
        "The books were returned to the library.",
        "The radio station was banned by the government in 2019.",
        "Books about the case were banned in several countries.",
        "The television interview was cancelled.",
    ],
    "work_programmes": [
        "He worked as a mechanic before his arrest.",
        "The warden's new program reduced violence.",
        "He was unable to work because of his injuries.",
        "Work on the new wing was stopped because of funding problems.",
        "The new school was cancelled by the city council.",
        "The loss of his job after the arrest was a blow to the family.",
    ],
    "religion": [
        "He converted to Islam while in prison.",
        "The chaplain visited him weekly.",
        "The attack occurred during Ramadan.",
    ],
    "family_visits": [
        "The Special Rapporteur visited the prison in May.",
        "Legal visits were denied for a week.",
        "The ICRC was denied visits to the detainees.",
        "Medical visits were cancelled during the outbreak.",
        "The authorities have blocked his lawyers from visiting him since March.",
        "The Working Group was allowed only two visits to the facility.",
        "The Working Group was unable to visit the facility because the authorities refused access.",
    ],
    "family_calls": [
        "The court called the case for hearing.",
        "He called his lawyer from the jail.",
        "His phone was seized at the time of his arrest.",
        "Legal calls were restricted during the lockdown.",
        "The judge denied the request for a phone call with the press.",
        "He denied that he had a phone in his cell.",
        "The court denied his request for a telephone hearing.",
    ],
    "correspondence": [
        "In a letter to the court, he requested a hearing.",
        "He received a letter from the parole board.",
        "Legal mail was routinely opened outside his presence.",
    ],
    "legal_access": [
        "Smith, a prisoner without a lawyer, filed this complaint.",
        "He is proceeding without counsel.",
        "The court denied his motion for counsel.",
        "Plaintiff's lawyer argued that the search was unlawful.",
        "He may not possess personal property other than legal materials and a Bible.",
        "Defense lawyers denied that their client had been abused.",
        "There is no confidential room for legal visits.",
        "Detainees could not consult their lawyers confidentially.",
        "He was informed of the reasons for his arrest in a language he understood.",
        "The court was not told of the reasons for the delay.",
    ],
    "legal_confidentiality": [
        "His attorney recorded the interview with the witness.",
        "He opened a legal clinic after his release.",
        "The detainee met privately with his lawyer.",
        "Legal mail was opened in his presence, as the regulations require.",
        "He spoke with his lawyer in confidence the day before the hearing.",
        "She cannot speak with her mother in private during visits.",
        "The lawyer could not speak with the prosecutor in private before the hearing.",
    ],
    "consular_access": [
        "He later worked at the Mexican consulate.",
        "The embassy issued a statement on the case.",
        "The consulate was notified of his arrest the next day.",
    ],
    "language_interpreter": [
        "He speaks fluent Spanish and English.",
        "The interpreter translated his testimony.",
        "No interpretation of the rule supports the defendants' position.",
    ],
    "monitoring_access": [
        "His wife applied to visit him in March.",
        "He asked to see a doctor.",
        "The prosecutor sought access to his medical records.",
    ],
    "complaints": [
        "He filed a complaint in federal court.",
        "The court dismissed the complaint.",
        "He appealed the conviction.",
        "The claims are dismissed for failure to exhaust administrative remedies.",
        "Plaintiff failed to exhaust administrative remedies before filing suit.",
        "Defendants are entitled to qualified immunity.",
        "The court granted leave to amend the complaint.",
    ],
    "physical_health": [
        "The court took pains to explain its ruling.",
        "Plaintiffs must show a likelihood of irreparable injury.",
        "He submitted three sick-call requests in May.",
        "The plaintiffs have demonstrated irreparable injury absent an injunction.",
        "A bright light burns in the corridor outside the cells.",
        "The Eighth Amendment governs conditions of confinement.",
        "The jail houses many prisoners with serious mental illness.",
    ],
    "mental_health": [
        "The decision caused confusion among the parties.",
        "Studies show that solitary confinement can cause depression.",
        "The jail revised its suicide prevention policy in 2019.",
        "He was placed in a suicide-proof observation cell on arrival.",
    ],
    "medical_care": [
        "The doctor examined him and prescribed antibiotics.",
        "He was taken to the hospital, where he was treated for his injuries.",
        "He refused medical treatment.",
        "Every prisoner has a right to adequate medical care.",
        "The plaintiff's appeal concerning his medication was denied.",
        "He cannot read the small print without his glasses.",
        "He asked to see a doctor and was examined the same day.",
        "The nurse gave him pain medication the same evening.",
        "Plaintiff's motion for injunctive relief regarding his medical care is denied.",
        "The court denied his motion for summary judgment on the medical claim.",
        "The urologist removed his catheter before the transfer.",
    ],
    "vulnerable_person": [
        "The officer's children attended the hearing.",
        "Officers disabled the camera before the assault.",
        "Thousands of people were held in labour camps.",
    ],
    "restraints": [
        "The court issued a restraining order against him.",
        "The court exercised restraint in reviewing the decision.",
        "The chain of custody of the evidence was disputed.",
    ],
    "strip_search": [
        "Officers searched his cell and found a phone.",
        "He was stripped of his rank.",
        "He lived in the Gaza Strip before his arrest.",
    ],
    "use_of_force": [
        "The Eighth Amendment prohibits cruel and unusual punishment.",
        "The law came into force in 2015.",
        "He pleaded guilty to aggravated assault.",
        "The jail revised its use of force policy in 2019.",
        "During the riot, inmates tied up two guards and blindfolded them.",
    ],
    "collective_punishment": [
        "He was punished for possessing contraband.",
        "A group of inmates attacked an officer.",
        "He was released into the general population.",
    ],
    "pretrial_status": [
        "The case was remanded to the district court for further proceedings.",
        "On remand, the district court held an evidentiary hearing.",
        "The trial court denied the motion to suppress.",
        "He was sentenced to 30 days in the hole for fighting.",
    ],
    "separation": [
        "He was separated from his wife during the arrest.",
        "The court addressed each claim separately.",
        "He was separated from the general population for his own protection.",
    ],
    "justification_security": [
        "The security guard at the courthouse testified.",
        "The facility's security cameras recorded the assault.",
        "His social security benefits were suspended.",
        "He wore a helmet for his own protection.",
        "He was moved to another cell after the flood.",
        "He was arrested and held after attacks on a police station.",
    ],
}


def _positive_cases():
    for type_, cases in POSITIVE.items():
        for i, case in enumerate(cases):
            yield pytest.param(type_, case, id=f"{type_}-{i}")


def _negative_cases():
    for type_, sentences in NEGATIVE.items():
        for i, sentence in enumerate(sentences):
            yield pytest.param(type_, sentence, id=f"{type_}-{i}")


def test_every_type_has_a_table():
    assert set(POSITIVE) == set(FACT_TYPES)
    assert set(NEGATIVE) == set(FACT_TYPES)
    assert all(len(POSITIVE[t]) >= 5 for t in FACT_TYPES)
    assert all(len(NEGATIVE[t]) >= 3 for t in FACT_TYPES)


@pytest.mark.parametrize("type_,case", _positive_cases())
def test_positive(facts, type_, case):
    found = facts(case.sentence)
    mine = counted(found, type_)
    assert any(f.negated == case.negated and _value_ok(f, case.value) for f in mine), (
        f"expected {type_} (negated={case.negated}, value={case.value if case.value is not ANY else 'any'}) "
        f"in {case.sentence!r}; got {describe(found)}")
    for f in mine:  # every fact carries its evidence and its reason
        assert f.evidence and f.evidence[0].text in case.sentence
        assert f.explain is not None and f.explain.recognizer


@pytest.mark.parametrize("type_,sentence", _negative_cases())
def test_negative(facts, type_, sentence):
    found = facts(sentence)
    assert not counted(found, type_), f"{type_} wrongly found in {sentence!r}: {describe(found)}"


# ---------------------------------------------------------------- composed recognizers
# compose.yaml: a topic and a predicate in one clause (compose.py)

def _compose_spec(**changes):
    spec = {
        "version": 1, "max_gap": 3, "breaks": ["but"], "gap_stops": ["not"],
        "copulas": ["were", "was"],
        "predicates": {"BAD": {"where": "either", "terms": ["filthy", "broken"]},
                       "LACK": {"where": "before", "terms": ["lack of", "no"]},
                       "OK": {"where": "either", "terms": ["clean"]}},
        "types": {"sanitation": {"topics": ["toilet*", "latrines"],
                                 "says": [{"predicates": ["BAD", "LACK"]},
                                          {"predicates": ["OK"], "negated": True}]}},
    }
    spec.update(changes)
    return spec


def _composed(spec, sentence):
    from dignity.extract.compose import parse_composer
    from dignity.extract.prefilter import lowered

    c = parse_composer(spec, "compose-test.yaml")
    return [(h.recognizer.type, h.pattern.negated, sentence[h.start:h.end])
            for h in c.hits(sentence, lowered(sentence), set(c.recognizers))]


@pytest.mark.parametrize("sentence,expected", [
    ("The toilets were filthy.", ("sanitation", False, "toilets were filthy")),
    ("They used filthy latrines.", ("sanitation", False, "filthy latrines")),
    ("There was a lack of toilets.", ("sanitation", False, "lack of toilets")),
    ("The toilets were clean.", ("sanitation", True, "toilets were clean")),
    ("The toilets on the second floor of the annex were broken.",
     ("sanitation", False, "toilets on the second floor of the annex were broken")),
])
def test_a_composed_recognizer_reads_any_order(sentence, expected):
    assert expected in _composed(_compose_spec(), sentence)


@pytest.mark.parametrize("sentence", [
    "The toilets were not filthy.",        # a negation in the gap: no fact
    "The toilets were new but the paint was filthy.",  # another clause
    "Toilets arrived in trucks from the distant city yesterday, all filthy.",  # too far, over a comma
    "The toilets lack of nothing.",        # 'lack of' stands before its topic only
])
def test_a_composed_recognizer_keeps_to_its_clause(sentence):
    assert not [h for h in _composed(_compose_spec(), sentence) if not h[1]]


@pytest.mark.parametrize("changes,message", [
    ({"types": {"no_such_type": {"topics": ["x"], "says": [{"predicates": ["BAD"]}]}}}, "unknown fact type"),
    ({"types": {"sanitation": {"topics": ["x"], "says": [{"predicates": ["NOPE"]}]}}}, "unknown predicate list"),
    ({"predicates": {"BAD": {"where": "sideways", "terms": ["filthy"]}}}, "where"),
    ({"surprise": 1}, "surprise"),
    # alternatives are words of a predicate phrase, none empty
    ({"predicates": {"BAD": {"where": "either", "terms": ["filthy||dirty"]},
                     "LACK": {"where": "before", "terms": ["lack of"]},
                     "OK": {"where": "either", "terms": ["clean"]}}}, "alternatives"),
    ({"types": {"sanitation": {"topics": ["toilets|latrines"], "says": [{"predicates": ["BAD"]}]}}},
     "alternatives"),
])
def test_a_broken_compose_file_is_named(changes, message):
    from dignity.errors import ConfigError
    from dignity.extract.compose import parse_composer

    with pytest.raises(ConfigError) as err:
        parse_composer(_compose_spec(**changes), "compose-broken.yaml")
    assert "compose-broken.yaml" in str(err.value) and message in str(err.value)


@pytest.mark.parametrize("sentence,found", [
    ("The toilets were stinking.", True),
    ("The toilets were reeking.", True),
    ("The toilets were smelly.", False),
])
def test_a_predicate_word_written_as_alternatives_is_any_of_them(sentence, found):
    spec = _compose_spec(predicates={"BAD": {"where": "either", "terms": ["stinking|reeking"]},
                                     "LACK": {"where": "before", "terms": ["lack of"]},
                                     "OK": {"where": "either", "terms": ["clean"]}})
    assert bool([h for h in _composed(spec, sentence) if not h[1]]) is found


def test_the_shipped_compose_file_loads_and_names_real_types():
    from dignity.extract.compose import load_composer

    c = load_composer("en")
    assert c is not None and c.recognizers
    assert {r.type for r in c.recognizers.values()} <= set(FACT_TYPES)


def test_each_linked_predicate_keeps_to_its_own_subject(facts):
    found = facts("The kitchen was clean and the food was of good quality.")
    food = [f for f in found if f.type == "food_water"]
    assert food and all(f.negated for f in food)
    assert all("kitchen" not in f.evidence[0].text for f in food)


def test_a_window_is_not_lacking_by_the_next_item_of_a_list(facts):
    found = facts("Inmates were kept in cells with broken windows and no heating during winter.")
    assert not counted(found, "no_natural_light"), describe(found)
    assert counted(found, "temperature"), describe(found)
