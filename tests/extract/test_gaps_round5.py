"""Issue 10, fifth round of extraction gaps and traps (all sentences written for this suite).

The four sources' styles (US court opinions, State Department prison sections, DOJ / inspector-general
reports, UN / CPT / national monitoring bodies), every fact type of conditions.md, in constructions the
earlier rounds leave out: predicative ("the cells are windowless"), passive ("letters were withheld"),
nominalised ("the absence of any meaningful social interaction", "deprivation of natural light"),
coordination lists ("denied blankets, mattresses and warm clothing"), relative clauses ("a basement cell
that had no window"), numbers as words ("twenty-two hours a day"), hedged reports ("reportedly",
"allegedly", "is said to"), group statements ("detainees in the north wing"), cell space from an area and
its occupants, frequencies against durations, and requests or recommendations (hypothetical).

FACTS rows are (type, sentence, expected):
- ``"fact"``: a counted fact of the type (about a person or a group, not hypothetical), asserted, not negated;
- ``"group"``: the same, about a group (``subject_kind`` group);
- ``"relayed"``: a counted fact of the type, not negated, every one ``alleged`` (a report no one is named for);
- ``"alleged"``: a counted fact of the type, not negated, attributed to someone other than the author;
- ``"negated"``: counted facts of the type, all negated;
- ``"quiet"``: no counted, asserted, non-negated fact of the type (a recommendation, a request, a condition).

TRAPS rows are (type, sentence): no counted, non-negated fact of the type at all, whatever its certainty.
The classes: the estate's inventory, a policy quoted as a norm, a recommendation, history, the staff's own
conditions, another place (a hospital ward, a school), the country's general population, a monitor's own
method, conditions written as praise, a court's procedure, plans and training, persons who are not held.
VALUES rows are (type, sentence, value, relative tolerance).
"""

from __future__ import annotations

from typing import Callable

import pytest

from dignity.model import Fact

from extract_helpers import counted, describe, reader

FACTS = [
    # confinement_hours: predicative, words as numbers, "all but one hour"
    ("confinement_hours", "Prisoners in the east wing spend twenty-two hours a day behind their doors.", "fact"),
    ("confinement_hours", "The men were confined to their cells for all but one hour of each day.", "fact"),
    ("confinement_hours", "Lock-up on the unit lasted twenty-three hours out of every twenty-four.", "fact"),
    ("confinement_hours", "Inmates reportedly remained locked in their cells around the clock for weeks.", "relayed"),
    ("confinement_hours", "Detainees on the remand landing were unlocked for only two hours daily.", "fact"),
    ("confinement_hours", "Confinement to the cell for up to 23 hours a day was the norm in the annex.", "fact"),
    # solitary
    ("solitary", "Mr. Ortega has been kept apart from all other prisoners since his transfer.", "fact"),
    ("solitary", "The plaintiff's placement in administrative segregation began in March 2016.", "fact"),
    ("solitary", "She was allegedly placed in an isolation cell after the hunger strike.", "relayed"),
    ("solitary", "Detainees who refused to eat were moved to the punishment block and held alone.", "fact"),
    ("solitary", "Several children were kept in single-cell confinement for days at a time.", "fact"),
    ("solitary", "The inmates housed in the Special Management Unit were held in solitary confinement.", "group"),
    ("solitary", "Mr. Dale was never placed in segregation during his time at the jail.", "negated"),
    ("solitary", "Solitary confinement of the youths, which the facility called room confinement, lasted for days.",
     "fact"),
    # isolation_duration
    ("isolation_duration", "He has spent the past eleven years in solitary confinement.", "fact"),
    ("isolation_duration", "The petitioner remained in segregation for nineteen months.", "fact"),
    ("isolation_duration", "The woman had been in isolation for more than six weeks when the team met her.", "fact"),
    ("isolation_duration", "Placement in the disciplinary cell lasted forty-five days.", "fact"),
    ("isolation_duration", "Two boys had been segregated for a period of three months.", "fact"),
    # indefinite_isolation
    ("indefinite_isolation", "His segregation has no fixed end date.", "fact"),
    ("indefinite_isolation", "The order placing her in isolation was open-ended.", "fact"),
    ("indefinite_isolation", "He was told that he would remain in the unit indefinitely.", "relayed"),
    ("indefinite_isolation", "Prisoners in the unit had no idea when, if ever, they would be released from isolation.",
     "fact"),
    ("indefinite_isolation", "The inmates were held in isolation with no release date.", "fact"),
    # special_regime
    ("special_regime", "Since 2019 he has been held under Special Administrative Measures.", "fact"),
    ("special_regime", "The warden assigned her to the high-security wing on arrival.", "fact"),
    ("special_regime", "Prisoners in the supermax facility are subject to the strictest regime.", "fact"),
    ("special_regime", "He was transferred to the maximum-security unit after the riot.", "fact"),
    ("special_regime", "The Bureau imposed SAMs on the defendant in the spring.", "fact"),
    # no_meaningful_contact
    ("no_meaningful_contact", "He speaks to guards only through the slot in his steel door.", "fact"),
    ("no_meaningful_contact", "For months she had virtually no human contact.", "fact"),
    ("no_meaningful_contact", "Officers were forbidden to converse with the prisoner.", "fact"),
    ("no_meaningful_contact", "The absence of any meaningful social interaction lasted for years.", "fact"),
    ("no_meaningful_contact", "Apart from the food slot, the men had no contact with another human being.", "fact"),
    # constant_light
    ("constant_light", "The light in his cell is never turned off.", "fact"),
    ("constant_light", "The overhead lamps were left burning through the night in every cell on the tier.",
     "fact"),
    ("constant_light", "Bright fluorescent lights remained on around the clock.", "fact"),
    ("constant_light", "Detainees reportedly slept under lights that were kept on day and night.", "relayed"),
    # darkness
    ("darkness", "He was kept in total darkness for several days.", "fact"),
    ("darkness", "The punishment cell had no light at all, and the men sat in the dark.", "fact"),
    ("darkness", "The women were confined in pitch-black cells in the basement.", "fact"),
    ("darkness", "The electricity was cut and the detainees spent the nights in darkness.", "fact"),
    # no_natural_light
    ("no_natural_light", "His cell has no window.", "fact"),
    ("no_natural_light", "The cells in the basement are windowless.", "fact"),
    ("no_natural_light", "The men had not seen daylight in months.", "fact"),
    ("no_natural_light", "Deprivation of natural light was a feature of the unit.", "fact"),
    ("no_natural_light", "The only window was painted over, so no sunlight entered the cell.", "fact"),
    # cell_space, overcrowding
    ("cell_space", "Each cell, measuring six by nine feet, held two men.", "fact"),
    ("cell_space", "The dormitory of 40 square metres housed twenty women.", "fact"),
    ("cell_space", "Detainees had less than one square meter of space each.", "fact"),
    ("cell_space", "Three prisoners shared a cell of eight square metres.", "fact"),
    ("overcrowding", "The prison held three times as many inmates as it was designed for.", "fact"),
    ("overcrowding", "Some detainees had to sleep on the floor for lack of beds.", "fact"),
    ("overcrowding", "The jail operated at 180 percent of its rated capacity.", "fact"),
    ("overcrowding", "Cells designed for four people held as many as twelve.", "fact"),
    ("overcrowding", "Inmates in the east block slept in shifts because there was not enough room.", "fact"),
    ("overcrowding", "Conditions were reportedly overcrowded at the regional detention centre.", "relayed"),
    ("overcrowding", "The remand prison was filled well beyond its official capacity.", "fact"),
    # ventilation
    ("ventilation", "The air in the cells was stale and smelled of sewage.", "fact"),
    ("ventilation", "There was no ventilation in the holding room.", "fact"),
    ("ventilation", "The lack of fresh air made breathing difficult for the detainees.", "fact"),
    ("ventilation", "The vents in the cells on the upper tier had been blocked for months.", "fact"),
    ("ventilation", "The cells were airless and humid.", "fact"),
    # temperature
    ("temperature", "In summer the metal containers became unbearably hot.", "fact"),
    ("temperature", "The cells had no heating during the winter months.", "fact"),
    ("temperature", "Detainees shivered in the freezing holding cells.", "fact"),
    ("temperature", "Extreme heat in the dormitories was a constant complaint.", "fact"),
    ("temperature", "The heating in the wing had reportedly been broken since November.", "relayed"),
    # sanitation
    ("sanitation", "The cells lack toilets, and detainees relieve themselves in plastic bottles.", "fact"),
    ("sanitation", "There was no running water in the women's block.", "fact"),
    ("sanitation", "The toilet in the corner of the cell was not screened from view.", "fact"),
    ("sanitation", "Raw sewage overflowed into the corridor of the east wing.", "fact"),
    ("sanitation", "Eighty men shared a single latrine.", "fact"),
    ("sanitation", "Access to the toilet was limited to twice a day.", "fact"),
    # hygiene
    ("hygiene", "Inmates were permitted to shower only once a week.", "fact"),
    ("hygiene", "Detainees were not supplied with soap or toothpaste.", "fact"),
    ("hygiene", "Women received no sanitary pads and had to use rags.", "fact"),
    ("hygiene", "The denial of showers for weeks at a time left the men filthy.", "fact"),
    ("hygiene", "Cells were infested with lice and cockroaches.", "fact"),
    # bedding_clothing
    ("bedding_clothing", "He slept on a concrete slab without a mattress.", "fact"),
    ("bedding_clothing", "Detainees were given only paper gowns to wear.", "fact"),
    ("bedding_clothing", "Blankets were not provided despite the cold.", "fact"),
    ("bedding_clothing", "The women had no change of clothes for a month.", "fact"),
    ("bedding_clothing", "Mattresses were removed from the cells every morning.", "fact"),
    # food_water
    ("food_water", "Prisoners received one meal a day, usually a bowl of thin soup.", "fact"),
    ("food_water", "The food was spoiled and often contained insects.", "fact"),
    ("food_water", "Drinking water was available only from the sink above the toilet.", "fact"),
    ("food_water", "Detainees relied on their families to bring them food.", "fact"),
    ("food_water", "Meals were withheld as a punishment for talking.", "fact"),
    ("food_water", "Many inmates were visibly malnourished.", "fact"),
    # sleep_noise
    ("sleep_noise", "Guards banged on the doors every hour through the night.", "fact"),
    ("sleep_noise", "Constant shouting on the unit made sleep impossible.", "fact"),
    ("sleep_noise", "He was woken every thirty minutes for a welfare check.", "fact"),
    ("sleep_noise", "The deprivation of sleep continued for several nights.", "fact"),
    # exercise_time
    ("exercise_time", "Recreation was limited to one hour a day.", "fact"),
    ("exercise_time", "Inmates were allowed forty-five minutes of exercise daily.", "fact"),
    ("exercise_time", "The children had thirty minutes in the yard each day.", "fact"),
    ("exercise_time", "Outdoor exercise was limited to two hours per day.", "fact"),
    # exercise_outdoor
    ("exercise_outdoor", "Exercise took place in a small caged enclosure.", "fact"),
    ("exercise_outdoor", "The detainees never went outside during their stay.", "fact"),
    ("exercise_outdoor", "There was no outdoor exercise area at the station.", "fact"),
    ("exercise_outdoor", "Prisoners spent an hour in the open air each morning.", "fact"),
    # reading_news
    ("reading_news", "He was not allowed books or newspapers.", "fact"),
    ("reading_news", "Detainees had no access to radio or television.", "fact"),
    ("reading_news", "Magazines and newspapers were confiscated from the cells.", "fact"),
    ("reading_news", "The prison library had been closed for two years.", "fact"),
    # work_programmes
    ("work_programmes", "There were no educational or vocational programmes for the women.", "fact"),
    ("work_programmes", "Inmates in the unit were idle for most of the day.", "fact"),
    ("work_programmes", "Juveniles received no schooling while held.", "fact"),
    ("work_programmes", "Segregated prisoners were excluded from all work and education.", "fact"),
    # religion
    ("religion", "He was not permitted to attend Friday prayers.", "fact"),
    ("religion", "Guards confiscated his prayer rug and Quran.", "fact"),
    ("religion", "The chaplain was denied entry to the unit.", "fact"),
    ("religion", "Muslim inmates were prevented from observing the Ramadan fast.", "fact"),
    # family_visits
    ("family_visits", "Her children have not been allowed to visit her since her arrest.", "fact"),
    ("family_visits", "Visits were conducted through glass, with no physical contact.", "fact"),
    ("family_visits", "Relatives had to travel eight hours for a fifteen-minute visit.", "fact"),
    ("family_visits", "Family members were reportedly turned away at the gate.", "relayed"),
    ("family_visits", "Detainees in the east wing received no visits at all.", "fact"),
    ("family_visits", "Visits with his wife were suspended for six months.", "fact"),
    # family_calls
    ("family_calls", "He may call his family only once a month, for ten minutes.", "fact"),
    ("family_calls", "Telephone contact with relatives was forbidden.", "fact"),
    ("family_calls", "Detainees were not permitted to telephone their families.", "fact"),
    ("family_calls", "Phone privileges were revoked for the entire unit.", "fact"),
    # correspondence
    ("correspondence", "Letters from his mother were withheld by the mailroom.", "fact"),
    ("correspondence", "Her outgoing mail was opened and read by the guards.", "fact"),
    ("correspondence", "Inmates could send no more than two letters a month.", "fact"),
    ("correspondence", "Correspondence with the outside world was prohibited.", "fact"),
    # legal_access
    ("legal_access", "He did not see a lawyer for the first nine days of his detention.", "fact"),
    ("legal_access", "Detainees were questioned without counsel present.", "fact"),
    ("legal_access", "His assets were frozen, so he could not pay for a lawyer.", "fact"),
    ("legal_access", "Defense counsel were refused entry to the detention centre.", "fact"),
    ("legal_access", "The attorneys allegedly had to wait weeks to meet their clients.", "relayed"),
    # legal_confidentiality
    ("legal_confidentiality", "Meetings with his lawyers were recorded by the prison.", "fact"),
    ("legal_confidentiality", "A guard remained in the room during attorney visits.", "fact"),
    ("legal_confidentiality", "Legal mail was opened outside the inmate's presence.", "fact"),
    ("legal_confidentiality", "Consultations with counsel took place within earshot of officers.", "fact"),
    # consular_access
    ("consular_access", "The consulate was not notified of his arrest.", "fact"),
    ("consular_access", "Consular officials were denied access to the detained nationals.", "fact"),
    ("consular_access", "He was never informed of his right to contact his consulate.", "fact"),
    # language_interpreter
    ("language_interpreter", "No interpreter was present during the disciplinary hearing.", "fact"),
    ("language_interpreter", "Staff could not communicate with detainees who spoke only Arabic.", "fact"),
    ("language_interpreter", "The rules were posted only in English, which most detainees could not read.", "fact"),
    ("language_interpreter", "Medical consultations took place without interpretation.", "fact"),
    # monitoring_access
    ("monitoring_access", "The Red Cross has not been permitted to visit the facility.", "fact"),
    ("monitoring_access", "The authorities refused the ombudsman entry to the military prison.", "fact"),
    ("monitoring_access", "The Special Rapporteur has requested access to the detainee.", "fact"),
    ("monitoring_access", "Independent monitors were barred from the detention camps.", "fact"),
    # complaints
    ("complaints", "Inmates who filed grievances were transferred to worse cells.", "fact"),
    ("complaints", "There was no mechanism for detainees to lodge complaints.", "fact"),
    ("complaints", "Grievance forms were not available on the unit.", "fact"),
    ("complaints", "Prisoners feared retaliation if they complained.", "alleged"),
    ("complaints", "Complaints went unanswered for months.", "fact"),
    # physical_health
    ("physical_health", "He has lost thirty pounds and suffers from chronic headaches.", "fact"),
    ("physical_health", "Several detainees had contracted tuberculosis.", "fact"),
    ("physical_health", "She developed skin infections and joint pain in the cell.", "fact"),
    ("physical_health", "The men suffered from scabies and diarrhoea.", "fact"),
    # mental_health
    ("mental_health", "He began to hear voices after months alone.", "fact"),
    ("mental_health", "She attempted suicide twice in the segregation unit.", "fact"),
    ("mental_health", "The boy cut himself repeatedly while in isolation.", "fact"),
    ("mental_health", "Mr. Reyes now suffers from severe anxiety and paranoia.", "fact"),
    ("mental_health", "Detainees described feelings of hopelessness and despair.", "alleged"),
    # medical_care
    ("medical_care", "Requests to see a doctor were ignored.", "fact"),
    ("medical_care", "His cancer went undiagnosed for a year.", "fact"),
    ("medical_care", "The jail did not employ a single nurse.", "fact"),
    ("medical_care", "Prisoners waited months for dental treatment.", "fact"),
    ("medical_care", "The failure to treat her diabetes led to the loss of a toe.", "fact"),
    ("medical_care", "Sick detainees were reportedly denied medication.", "relayed"),
    # vulnerable_person
    ("vulnerable_person", "The detainee is a seventy-eight-year-old man who uses a wheelchair.", "fact"),
    ("vulnerable_person", "She was seven months pregnant at the time of her arrest.", "fact"),
    ("vulnerable_person", "Among those held were several boys aged fifteen.", "fact"),
    ("vulnerable_person", "Mr. Hill, who has schizophrenia, was held in the unit for a year.", "fact"),
    ("vulnerable_person", "The plaintiff is deaf and communicates only in sign language.", "fact"),
    # restraints
    ("restraints", "He was chained to his bed for three days.", "fact"),
    ("restraints", "Detainees were handcuffed behind their backs for hours.", "fact"),
    ("restraints", "Officers strapped the boy into a restraint chair.", "fact"),
    ("restraints", "The prisoners were kept in leg irons during transport and in their cells.", "fact"),
    ("restraints", "Women in labour were reportedly shackled to hospital beds.", "relayed"),
    # strip_search
    ("strip_search", "Detainees were made to undress and squat in front of officers.", "fact"),
    ("strip_search", "Every new arrival underwent a visual body-cavity inspection.", "fact"),
    ("strip_search", "She was strip-searched every time she left her cell.", "fact"),
    ("strip_search", "Routine cavity searches were carried out on all new arrivals.", "fact"),
    # use_of_force
    ("use_of_force", "Guards beat him with batons after the dispute.", "fact"),
    ("use_of_force", "Officers sprayed pepper spray into the cell.", "fact"),
    ("use_of_force", "The detainees were allegedly kicked and punched during questioning.", "relayed"),
    ("use_of_force", "A guard slammed her head against the wall.", "fact"),
    ("use_of_force", "Officers used tasers on inmates who refused to return to their cells.", "fact"),
    ("use_of_force", "Several prisoners bore bruises consistent with blows from a baton.", "fact"),
    # collective_punishment
    ("collective_punishment", "After one inmate threw food, the whole tier lost its recreation.", "fact"),
    ("collective_punishment", "The entire dormitory was punished for the actions of a single detainee.", "fact"),
    ("collective_punishment", "All prisoners in the block were locked down because one man had a phone.", "fact"),
    ("collective_punishment", "Collective sanctions were imposed on the wing after the escape attempt.", "fact"),
    # pretrial_status
    ("pretrial_status", "Mr. Silva has been awaiting trial for four years.", "fact"),
    ("pretrial_status", "Most of the women held there had not yet been tried.", "fact"),
    ("pretrial_status", "He is a pretrial detainee at the county jail.", "fact"),
    ("pretrial_status", "The men had been held without charge since their arrest.", "fact"),
    ("pretrial_status", "The plaintiffs are immigration detainees held by ICE.", "fact"),
    ("pretrial_status", "Two-thirds of the prison population was in remand.", "fact"),
    # separation
    ("separation", "Juveniles shared cells with adult inmates.", "fact"),
    ("separation", "Pretrial detainees were held together with convicted prisoners.", "fact"),
    ("separation", "Men and women were detained in the same holding area.", "fact"),
    ("separation", "Children were not separated from adults in police custody.", "fact"),
    ("separation", "Minors were kept in the same wing as adult convicts.", "fact"),
    # justification_security
    ("justification_security", "The government contends that he poses a serious escape risk.", "alleged"),
    ("justification_security", "According to the prosecutors, he directed violence from prison through his relatives.",
     "alleged"),
    ("justification_security", "Prison officials maintain that the restrictions are needed to prevent further attacks.",
     "alleged"),
    ("justification_security", "The Bureau justified the measures by citing his ties to a terrorist organisation.",
     "alleged"),
]

VALUES = [
    ("confinement_hours", "Prisoners in the east wing spend twenty-two hours a day behind their doors.", 22, 0.5),
    ("confinement_hours", "The men were confined to their cells for all but one hour of each day.", 23, 0.5),
    ("confinement_hours", "Detainees on the remand landing were unlocked for only two hours daily.", 22, 0.5),
    ("exercise_time", "Inmates were allowed forty-five minutes of exercise daily.", 0.75, 0.1),
    ("exercise_time", "The children had thirty minutes in the yard each day.", 0.5, 0.1),
    ("exercise_time", "Recreation was limited to one hour a day.", 1, 0.1),
    ("isolation_duration", "He has spent the past eleven years in solitary confinement.", 4018, 0.15),
    ("isolation_duration", "The petitioner remained in segregation for nineteen months.", 578, 0.15),
    ("isolation_duration", "Placement in the disciplinary cell lasted forty-five days.", 45, 0.15),
    ("isolation_duration", "Two boys had been segregated for a period of three months.", 91, 0.15),
    ("cell_space", "Each cell, measuring six by nine feet, held two men.", 5.0, 0.1),
    ("cell_space", "Three prisoners shared a cell of eight square metres.", 8, 0.1),
    ("cell_space", "The dormitory of 40 square metres housed twenty women.", 40, 0.1),
    ("isolation_duration", "She has been in segregation since her transfer eight months ago.", 244, 0.15),
    ("confinement_hours", "He spends all but sixty minutes of every day alone in his cell.", 23, 0.5),
    ("cell_space", "The cell measured eight feet by ten feet and housed three inmates.", 7.4, 0.1),
    ("exercise_time", "Prisoners in the east wing get one hour of yard time five days a week.", 0.71, 0.1),
]

FACTS += [
    # group statements
    ("confinement_hours", "Detainees in the north wing were locked up for twenty hours a day.", "group"),
    ("overcrowding", "Women in the remand section slept three to a bunk.", "group"),
    ("hygiene", "Prisoners on the upper landing had not showered for ten days.", "group"),
    ("family_visits", "Inmates of the security block were denied all visits.", "group"),
    ("exercise_outdoor", "Detainees in Block C never had access to the yard.", "group"),
    ("food_water", "Those held at the police station went without food for two days.", "group"),
    ("use_of_force", "Youths at the training centre were routinely slapped by staff.", "group"),
    ("medical_care", "Inmates on death row waited weeks for a doctor.", "group"),
    # hedged reports
    ("solitary", "The journalist was reportedly held in solitary confinement for a month.", "relayed"),
    ("food_water", "Detainees were said to receive only bread and water.", "relayed"),
    ("strip_search", "Women were allegedly strip-searched by male officers.", "relayed"),
    ("legal_access", "The activists were reportedly held without access to lawyers.", "relayed"),
    ("sanitation", "The cells reportedly lacked toilets.", "relayed"),
    ("ventilation", "Cells were reportedly poorly ventilated and damp.", "relayed"),
    ("mental_health", "He is said to be suffering from depression.", "relayed"),
    # relative clauses
    ("solitary", "The prisoners, who had been in isolation since the riot, were moved in June.", "fact"),
    ("bedding_clothing", "The cells, which had no beds, held up to fifteen men.", "fact"),
    ("no_natural_light", "He was held in a basement cell that had no window.", "fact"),
    ("restraints", "The teenager, who was kept in handcuffs for the whole journey, arrived injured.", "fact"),
    ("temperature", "The detainees were held in a tent that was freezing at night.", "fact"),
    # coordination lists
    ("hygiene", "The men lacked soap, towels and clean water for washing.", "fact"),
    ("bedding_clothing", "Detainees were denied blankets, mattresses and warm clothing.", "fact"),
    ("reading_news", "He was deprived of books, newspapers, radio and television.", "fact"),
    ("family_calls", "She was barred from visits, calls and letters.", "fact"),
    ("family_visits", "She was barred from visits, calls and letters.", "fact"),
    ("correspondence", "She was barred from visits, calls and letters.", "fact"),
    # hypothetical: recommendations and requests
    ("solitary", "The Committee recommends that solitary confinement of juveniles be abolished.", "quiet"),
    ("overcrowding", "The inspectorate urged the authorities to reduce overcrowding at the remand centre.",
     "quiet"),
    ("family_visits", "The inspectorate asked the governor to consider longer visiting hours.", "quiet"),
    ("medical_care", "The State should ensure that all detainees receive timely medical care.", "quiet"),
    ("exercise_outdoor", "Prisoners should be given at least one hour of outdoor exercise each day.", "quiet"),
    ("legal_access", "The Rapporteur called on the government to guarantee access to counsel.", "quiet"),
    ("restraints", "If restraints were used, they would have to be recorded.", "quiet"),
    ("confinement_hours", "Were he convicted, he could spend twenty-three hours a day in a cell.", "quiet"),
    # further constructions met while probing the four styles
    ("vulnerable_person", "A girl of fifteen was locked up with adult women in the district jail.", "fact"),
    ("separation", "A boy of 16 spent the night in a cell with adult men.", "fact"),
    ("reading_news", "The governor refused to allow her to receive magazines from her sister.", "fact"),
    ("sanitation", "The holding rooms were grimy and smelled of urine.", "fact"),
    ("sanitation", "On the lower tier the water supply was regularly shut off at night.", "fact"),
    ("language_interpreter", "The refusal to provide a translator meant he signed papers he could not read.", "fact"),
    ("religion", "The confiscation of their prayer books was ordered by the unit manager.", "fact"),
    ("medical_care", "Neither a doctor nor a nurse was on duty at weekends.", "fact"),
    ("medical_care", "Plaintiff seeks damages for the alleged denial of dental care.", "quiet"),
    ("medical_care", "Family members said he had been denied his insulin for a week.", "alleged"),
    ("justification_security", "The governor justified the lockdown by pointing to a spate of stabbings.", "alleged"),
    ("consular_access",
     "The defendant, a national of Peru, was not advised of his right to have his consulate notified.", "fact"),
    ("reading_news", "She was refused access to the jail library for the whole of her remand.", "fact"),
    ("temperature", "He spent January in a cell whose broken window let in the freezing air.", "fact"),
    ("temperature", "Sleet blew in through the gaps around the cell window.", "fact"),
    ("medical_care", "It took the clinic three weeks to renew her insulin.", "fact"),
    ("monitoring_access", "Inspectors were denied access to the prison for a month.", "fact"),
    ("legal_access", "Most of the men we met had not had access to counsel while in police custody.", "fact"),
    ("medical_care", "The women had not had access to a gynaecologist in over a year.", "fact"),
    ("family_calls", "Arrested students were not permitted to notify their parents for two days.", "fact"),
    ("physical_health", "By the spring he had lost a great deal of weight.", "fact"),
    ("mental_health", "Two of the boys had thought about killing themselves during their isolation.", "fact"),
    ("hygiene", "The women had to bathe in cold water from a bucket.", "fact"),
    ("medical_care", "The jail fails to provide adequate suicide prevention to the people it holds.", "fact"),
    ("medical_care", "Nurses did not screen new arrivals for tuberculosis.", "fact"),
    ("physical_health", "Three women in the annex tested positive for tuberculosis.", "fact"),
    ("work_programmes", "The classrooms of the youth centre had been shut since the riot.", "fact"),
    ("overcrowding", "Historically the jail has been crowded, and today it holds 900 men in space for 500.", "fact"),
    ("overcrowding", "The infirmary ward where the prisoners were treated was overcrowded.", "fact"),
    ("correspondence", "Letters from home were scanned and the originals shredded.", "fact"),
    ("religion", "Muslim women were made to take off their headscarves in the reception area.", "fact"),
    ("legal_confidentiality", "Meetings with counsel were held in a booth equipped with a camera.", "fact"),
    ("legal_confidentiality", "Guards stood by during meetings between the men and their attorneys.", "fact"),
    ("sleep_noise", "A radio on the landing blared day and night.", "fact"),
    ("bedding_clothing", "Detainees in the annex, a former warehouse, slept on flattened cardboard.", "fact"),
    ("vulnerable_person", "The girls, most of whom were under fifteen, shared two rooms.", "fact"),
    ("vulnerable_person", "The boy, who was only thirteen, had been arrested at a protest.", "fact"),
    ("vulnerable_person", "A man in his eighties was held in the crowded police cell.", "fact"),
    # negated conditions
    ("sanitation", "Each cell had a working toilet and a sink with running water.", "negated"),
    ("overcrowding", "The prison was not overcrowded at the time of the visit.", "negated"),
    ("medical_care", "He received prompt and adequate medical care.", "negated"),
    ("use_of_force", "No detainee alleged any ill-treatment by staff.", "negated"),
]

TRAPS = [
    # the estate's inventory
    ("solitary", "The facility contains twelve segregation cells on the ground floor."),
    ("solitary", "Each block has a separate isolation room for disciplinary purposes."),
    ("special_regime", "The maximum-security wing was built in 1998 with 60 cells."),
    ("overcrowding", "The new prison has an operational capacity of 1,200 places."),
    ("exercise_outdoor", "Each unit has its own exercise yard and a sports field."),
    ("restraints", "The control room stores handcuffs, leg restraints and a restraint chair."),
    ("medical_care", "The health centre has four consultation rooms and a pharmacy."),
    ("sanitation", "The renovated wing has showers and toilets on each floor."),
    ("reading_news", "The prison library holds 3,000 books in eight languages."),
    ("work_programmes", "The workshops include a bakery, a laundry and a carpentry shop."),
    ("family_visits", "The visiting room has twenty tables and a children's play area."),
    ("religion", "A multi-faith room is available on the ground floor."),
    ("constant_light", "All cells are fitted with a night light and a call button."),
    ("no_natural_light", "The administration building has no windows on its north side."),
    # policies quoted as norms
    ("solitary", "Policy 4.2 provides that segregation may not exceed fifteen days."),
    ("exercise_time", "The directive requires one hour of outdoor exercise per day."),
    ("family_visits", "The regulations entitle every prisoner to two visits a month."),
    ("strip_search", "Under the policy, strip searches must be conducted by officers of the same sex."),
    ("restraints", "The manual states that restraints may never be used as punishment."),
    ("use_of_force", "Staff may use force only as a last resort and in proportion to the threat."),
    ("legal_access", "The Constitution guarantees every detainee the right to a lawyer."),
    ("food_water", "The menu standards provide three meals a day with 2,500 calories."),
    ("confinement_hours", "The regulation limits cell confinement to twenty hours a day."),
    ("correspondence", "Prisoners are entitled by law to send and receive letters."),
    ("separation", "The law requires that women be held separately from men."),
    ("medical_care", "Rule 24 provides that health care is the State's responsibility."),
    ("pretrial_status", "The Code limits pretrial detention to eighteen months."),
    ("hygiene", "The standards require that detainees be able to shower daily."),
    ("complaints", "The handbook explains how to submit a grievance."),
    # recommendations
    ("solitary", "The Subcommittee recommends an end to the use of isolation as a sanction."),
    ("overcrowding", "We recommend that the service address overcrowding as a matter of priority."),
    ("medical_care", "The Committee urges the State party to improve access to health care in prisons."),
    ("family_visits", "Authorities should facilitate visits by relatives living far away."),
    ("restraints", "The CPT recommends that mechanical restraint of children cease immediately."),
    ("ventilation", "Steps should be taken to improve ventilation in all cells."),
    ("temperature", "The authorities should install heating in the remand wing."),
    ("language_interpreter", "Interpreters should be made available during all medical consultations."),
    ("legal_confidentiality", "Lawyer visits should take place out of the hearing of staff."),
    ("work_programmes", "The prison should offer more education and work to remand prisoners."),
    # history
    ("solitary", "In the 1990s the prison used a row of dark cells known as the hole."),
    ("overcrowding", "The prison was badly overcrowded until the reforms of 2008."),
    ("use_of_force", "The riot of 1971 ended when state troopers stormed the yard."),
    ("sanitation", "Slopping out was common practice in the prison's early years."),
    ("darkness", "Historically, the dungeon below the keep held prisoners in darkness."),
    ("restraints", "Chains and leg irons were used in the colonial period."),
    # staff conditions
    ("temperature", "Officers complained that the guard booths were too hot in summer."),
    ("food_water", "Staff on night shifts had no access to hot meals."),
    ("use_of_force", "Three officers were assaulted by prisoners last year."),
    ("mental_health", "Many officers reported stress and burnout."),
    ("overcrowding", "Staff offices were crowded and lacked desks."),
    ("medical_care", "Nurses said they had not received training for two years."),
    ("sanitation", "The staff toilets on the second floor were out of order."),
    ("hygiene", "Officers lacked protective equipment such as gloves and masks."),
    ("work_programmes", "The prison employs forty teachers and instructors."),
    ("sleep_noise", "Officers working double shifts often went without sleep."),
    # a different place
    ("overcrowding", "The regional hospital's emergency ward was severely overcrowded."),
    ("sanitation", "Schools in the province often lacked toilets."),
    ("food_water", "Many villages in the north lack access to clean drinking water."),
    ("ventilation", "The courthouse waiting room was poorly ventilated."),
    ("temperature", "The orphanage was unheated during the winter."),
    ("medical_care", "Rural clinics suffer from chronic shortages of medicine."),
    ("bedding_clothing", "Homeless shelters in the capital lacked beds for all who came."),
    ("work_programmes", "Public schools in the district lacked teachers and textbooks."),
    # general population statistics
    ("food_water", "Forty percent of the country's population lives in food insecurity."),
    ("physical_health", "Tuberculosis rates in the general population are among the highest in the region.",
     ),
    ("mental_health", "Depression affects one in five adults nationwide."),
    ("vulnerable_person", "Children under fifteen make up 42 percent of the population."),
    ("sanitation", "Only half of households nationwide have access to improved sanitation."),
    ("medical_care", "The country has one doctor for every 10,000 inhabitants."),
    ("use_of_force", "Domestic violence remained widespread throughout the country."),
    # the monitor's own methodology
    ("solitary", "Inspectors spoke with prisoners held in the segregation unit in private."),
    ("family_visits", "We observed a visits session on the second afternoon of the inspection."),
    ("medical_care", "Our health inspector reviewed a sample of 30 clinical records."),
    ("use_of_force", "We examined video footage of every use of force in the six months before the visit."),
    ("restraints", "The team analysed records of restraint use for the period under review."),
    ("confinement_hours", "We carried out a roll check at 10am to see how many prisoners were locked up."),
    ("complaints", "The team sampled 50 complaints and the responses to them."),
    ("strip_search", "We reviewed the strip search log and interviewed the security manager."),
    ("overcrowding", "Our survey was completed by 240 prisoners, a response rate of 62 percent."),
    # negated conditions written as praise
    ("use_of_force", "The delegation received no allegations of ill-treatment by staff."),
    ("overcrowding", "The prison was operating well below its capacity."),
    ("hygiene", "Cells were clean, and prisoners had ready access to showers."),
    ("food_water", "Prisoners spoke positively about the quality and quantity of food."),
    ("medical_care", "Health care was good and prisoners could see a GP within two days."),
    ("temperature", "The cells were warm and well lit."),
    ("ventilation", "All cells were well ventilated and had good natural light."),
    ("family_visits", "Visits were generous, with family days held every month."),
    ("exercise_outdoor", "Prisoners enjoyed daily access to a large outdoor yard."),
    ("restraints", "Restraints were rarely used, and never on children."),
    ("solitary", "No one had been held in segregation for more than a few hours."),
    ("complaints", "Complaints were answered promptly and fairly."),
    ("sanitation", "Every cell had a screened toilet and a washbasin."),
    ("bedding_clothing", "All detainees had a bed, clean sheets and two blankets."),
    ("language_interpreter", "Telephone interpreting was used routinely and well."),
    # quoted law, other countries, officials' word
    ("solitary", "In Norway, isolation is rarely used and strictly limited."),
    ("overcrowding", "Overcrowding is a problem across much of the continent."),
    ("use_of_force", "The court noted that excessive force violates the Eighth Amendment."),
    ("solitary", "Prolonged solitary confinement may amount to torture."),
    ("mental_health", "Isolation is known to cause anxiety, insomnia and paranoia."),
    ("food_water", "Adequate nutrition is essential to the health of detainees."),
    ("restraints", "Restraint chairs have been linked to deaths in custody in several states."),
    # a court's procedure and claims
    ("medical_care", "Plaintiff moves for summary judgment on his medical care claim."),
    ("family_visits", "The parties filed cross-motions on the visitation issue."),
    ("exercise_time", "The magistrate judge recommended granting the motion on the exercise claim."),
    # training, budgets, plans
    ("use_of_force", "All officers complete a week of training on control and restraint."),
    ("medical_care", "The ministry plans to hire additional doctors next year."),
    ("overcrowding", "A new 800-bed facility is scheduled to open in 2026."),
    ("sanitation", "Funds were allocated to renovate the plumbing in the old wing."),
    ("work_programmes", "A vocational training programme will begin in the autumn."),
    ("mental_health", "The prison is recruiting a full-time psychologist."),
    # other kinds of persons
    ("use_of_force", "Police used tear gas to disperse protesters in the capital."),
    ("legal_access", "Lawyers reported harassment by security forces during the trial."),
    ("family_visits", "Officers' families live in housing next to the prison."),
    ("vulnerable_person", "The Ministry of Education runs schools for disabled children."),
    ("religion", "The constitution provides for freedom of religion."),
    ("correspondence", "The inspectorate wrote to the governor after the visit."),
    ("consular_access", "The embassy issued a statement about the election."),
    ("monitoring_access", "The Subcommittee will visit the country again next year."),
    ("complaints", "The ombudsman received 1,200 complaints about public services."),
    ("pretrial_status", "The bill on pretrial detention was debated in parliament."),
    ("separation", "The school has separate classes for boys and girls."),
    ("strip_search", "Airport security staff may carry out body searches of travellers."),
    ("darkness", "Power cuts left much of the city in darkness for days."),
    ("constant_light", "The streets around the prison are lit all night."),
    ("sleep_noise", "Residents near the airport complained of noise at night."),
    ("physical_health", "The governor was hospitalised with pneumonia."),
    ("isolation_duration", "The isolation ward at the hospital has been open for ten years."),
    ("indefinite_isolation", "The strike continued indefinitely."),
    ("special_regime", "The high-security zone around the airport was expanded."),
    ("collective_punishment", "The town was punished collectively by the loss of its market licence."),
    ("justification_security", "The embassy was closed for security reasons."),
    ("cell_space", "The phone cell tower covers an area of 12 square kilometres."),
    ("exercise_time", "Staff are given one hour of exercise time during their shift."),
    ("reading_news", "Newspapers in the country were censored during the election."),
    ("language_interpreter", "The conference offered interpretation in six languages."),
    # found while probing: relatives as speakers, an inquiry's subject, a statistic
    ("family_visits", "Relatives claimed that he had been denied his heart medication."),
    ("use_of_force", "This letter sets out the findings of our investigation into the use of force at the jail."),
    ("mental_health", "Suicide is the leading cause of death in local jails."),
    # the report's own words, the estate, contracts, staff and others
    ("solitary", "The Rapporteur will present her findings on isolation to the Council in the autumn."),
    ("restraints", "The induction course for new officers includes modules on restraint holds."),
    ("food_water", "Under the contract, the operator must serve three meals a day meeting dietary standards."),
    ("temperature", "The commission's own offices lacked heating and computers."),
    ("solitary", "Segregation in this report refers to removal from association for 22 hours or more a day."),
    ("restraints", "A glossary of terms used in this report, including restraint and separation, is at Annex B."),
    ("medical_care", "We did not assess the adequacy of the medical care given to detainees."),
    ("medical_care", "Hospitals in the capital reported shortages of oxygen during the epidemic."),
    ("work_programmes", "Teachers at the prison school went on strike over unpaid wages."),
    ("sleep_noise", "Staff shortages meant that officers frequently worked sixteen-hour shifts."),
    ("overcrowding", "Courts in the region are overloaded, with some judges handling 600 cases each."),
    ("family_visits", "Visitors must show identification and pass through a metal detector."),
    ("special_regime", "The facility houses adult men classified as low or medium custody."),
    ("physical_health", "The policy requires nurses to screen every new arrival for tuberculosis."),
    ("work_programmes", "Schools in the district were shut during the floods."),
    ("correspondence", "The old case files were shredded after ten years."),
    ("religion", "The barber shop offers haircuts and beard trims to staff."),
    ("solitary", "The county operates two special housing units for men."),
    ("exercise_time", "ICE policy requires that segregated detainees be offered one hour of recreation a day."),
    ("physical_health", "The national rate of tuberculosis is 120 per 100,000 people."),
    ("solitary", "The prison has 12 wings, a segregation unit with 18 cells and an inpatient ward."),
    ("restraints", "The Department's regulations permit four-point restraints only on a physician's order."),
    ("monitoring_access", "The boy was denied access to the prison gym for a week."),
]

#: sentences the rules still read wrongly, with the reason (strict: when one starts to pass, move it out of here)
KNOWN_GAPS: dict[str, str] = {
    "Each cell had a working toilet and a sink with running water.":
        "a compliant place told by its fittings: no negated sanitation is read from praise",
    "The control room stores handcuffs, leg restraints and a restraint chair.":
        "the staff place's scope ends before the last item of the list",
    "Restraints were rarely used, and never on children.":
        "'rarely used' is not read as a negation (it may be a use, rarely)",
    "In Norway, isolation is rarely used and strictly limited.":
        "another country named only by its name (no list of country names)",
    "The court noted that excessive force violates the Eighth Amendment.":
        "a legal standard in the present tense, with no 'a prisoner' or 'an inmate' to make it general",
    "Residents near the airport complained of noise at night.":
        "residents of a neighbourhood are not told apart from residents of a facility",
    "The isolation ward at the hospital has been open for ten years.":
        "'isolation ward' is a solitary phrase (a prison hospital's punishment ward), a ward open for years a length",
}


def _marked(rows: list[tuple]) -> list:
    return [pytest.param(*row, marks=pytest.mark.xfail(reason=KNOWN_GAPS[row[1]], strict=True))
            if row[1] in KNOWN_GAPS else row for row in rows]


@pytest.fixture(scope="module")
def read() -> Callable[[str], list[Fact]]:
    return reader("en")


@pytest.mark.parametrize(("type_", "sentence", "expected"), _marked(FACTS))
def test_fact(read: Callable[[str], list[Fact]], type_: str, sentence: str, expected: str) -> None:
    facts = read(sentence)
    got = counted(facts, type_)
    positive = [f for f in got if not f.negated]
    if expected == "relayed":
        assert positive and all(f.certainty == "alleged" for f in positive), describe(facts)
    elif expected == "alleged":
        assert [f for f in positive if f.attributed_to != "the author"], describe(facts)
    elif expected == "negated":
        assert got and all(f.negated for f in got), describe(facts)
    elif expected == "quiet":
        assert not [f for f in positive if f.certainty == "asserted"], describe(facts)
    elif expected == "group":
        assert [f for f in positive if f.certainty == "asserted" and f.subject_kind == "group"], describe(facts)
    elif expected == "fact":
        assert [f for f in positive if f.certainty == "asserted"], describe(facts)
    else:  # pragma: no cover
        raise AssertionError(expected)


@pytest.mark.parametrize(("type_", "sentence"), _marked(TRAPS))
def test_trap(read: Callable[[str], list[Fact]], type_: str, sentence: str) -> None:
    facts = read(sentence)
    assert not [f for f in counted(facts, type_) if not f.negated], describe(facts)


@pytest.mark.parametrize(("type_", "sentence", "value", "tolerance"), VALUES)
def test_value(read: Callable[[str], list[Fact]], type_: str, sentence: str, value: float, tolerance: float) -> None:
    facts = [f for f in counted(read(sentence), type_) if isinstance(f.value, (int, float))]
    assert [f for f in facts if abs(float(f.value) - value) <= tolerance * max(value, 1)], describe(facts)


def test_lacks_adequate_is_no_praise(read: Callable[[str], list[Fact]]) -> None:
    # "lacks adequate X" is a lack, never the place found adequate (a negated sanitation fact)
    facts = read("The facility lacks adequate suicide prevention measures.")
    assert not [f for f in facts if f.type == "sanitation"], describe(facts)
