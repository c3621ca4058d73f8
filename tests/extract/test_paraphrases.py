"""The paraphrase suite.

Paraphrases written for this suite (none taken from a real document): each fact type
stated in the words of court opinions, State Department reports, inspectorates, UN
bodies and ombudsmen, with other vocabulary than the construction suite, and traps
(people in general, norms, requests, the same words meaning something else)."""

from __future__ import annotations

import pytest

from extract_helpers import counted, describe

POSITIVE: dict[str, list[str]] = {
    "pretrial_status": [
        "Most of the men in the annex were remand prisoners who had not yet been tried.",
        "Roughly 70 percent of the prison population consisted of pretrial detainees.",
        "He has been awaiting trial in the county jail for fourteen months.",
        "Unconvicted prisoners made up half of those held at the facility.",
        "She was held without charge for eleven weeks.",
        "Dozens of activists remained in administrative detention without trial.",
        "The plaintiff was a pretrial detainee at the time of the events.",
        "Persons in pre-trial detention often waited years for a hearing.",
        "The applicant was remanded in custody pending his trial.",
        "Many detainees had been held for longer than the maximum sentence for their alleged offence before any trial.",
        "Three of the women were held in immigration detention awaiting deportation.",
        "The asylum seekers were detained at the processing centre for months.",
    ],
    "medical_care": [
        "He repeatedly asked to see a doctor but was never taken to the clinic.",
        "Staff ignored her requests for medical attention for three days.",
        "The nurse did not examine the injured detainees.",
        "Prisoners waited weeks for treatment of serious injuries.",
        "The infirmary had no doctor on duty at night.",
        "Inmates with diabetes went without insulin for several days.",
        "Access to a physician was routinely delayed.",
        "The clinic ran out of basic medicines in March.",
        "He was refused treatment for his broken arm.",
        "Detainees reported that the medical staff dismissed their complaints of chest pain.",
    ],
    "physical_health": [
        "Several inmates contracted tuberculosis during the outbreak.",
        "He lost twenty kilograms while in custody.",
        "The detainees suffered from skin infections and chronic diarrhoea.",
        "Many prisoners showed signs of malnutrition.",
        "She developed severe back pain and kidney problems in the cell.",
        "Scabies was widespread among the women on the wing.",
        "The boys complained of headaches, dizziness and fainting spells.",
        "He suffered a heart attack in his cell.",
    ],
    "mental_health": [
        "He began to hear voices after months in the isolation unit.",
        "The detainee attempted suicide twice in the segregation wing.",
        "Several women were cutting themselves with razor blades.",
        "The prisoner suffered from severe anxiety and panic attacks.",
        "After the transfer he became severely depressed and stopped eating.",
        "Staff found her in a state of acute psychological distress.",
        "He experienced hallucinations and paranoia in his cell.",
        "The boy showed symptoms of post-traumatic stress.",
    ],
    "use_of_force": [
        "Guards kicked and punched the detainees during the search.",
        "Officers used pepper spray on a man who was already handcuffed.",
        "The prisoners were beaten with batons after the protest.",
        "Guards fired tasers at inmates who refused to return to their cells.",
        "Correctional officers assaulted him in the shower area.",
        "Staff struck the boy repeatedly with a belt.",
        "Detainees were slapped and hit with rubber hoses during interrogation.",
        "Officers deployed tear gas inside the crowded dormitory.",
    ],
    "restraints": [
        "He was shackled to his bed for three days.",
        "The women were handcuffed during labour.",
        "Guards chained the prisoners to the wall of the punishment cell.",
        "Detainees wore leg irons whenever they left the unit.",
        "He was strapped into a restraint chair for eight hours.",
        "The boy was placed in four-point restraints overnight.",
        "Officers put her in handcuffs and a spit hood.",
        "Inmates were kept in belly chains during their medical appointments.",
    ],
    "family_visits": [
        "His wife has not been allowed to visit him since March.",
        "Relatives were turned away at the gate on visiting days.",
        "Contact visits were replaced by visits through a glass screen.",
        "The authorities suspended all visitation after the riot.",
        "Families had to travel two days to see them and were often refused entry.",
        "She has not seen her children since her arrest.",
        "Visiting rights were withdrawn as a disciplinary measure.",
        "Prisoners in the unit received no visits from relatives for six months.",
    ],
    "family_calls": [
        "He was not allowed to telephone his family.",
        "Telephone privileges were revoked for the whole unit.",
        "Detainees could make only one five-minute call a month.",
        "The women had no access to a phone to call their children.",
        "His phone access was taken away after the incident.",
        "Calls to relatives were limited to ten minutes a week.",
        "She was prevented from calling her mother for weeks.",
        "Inmates could not afford the cost of phone calls home.",
    ],
    "legal_access": [
        "He was not allowed to consult a lawyer during the first ten days.",
        "The detainees were interrogated without a lawyer present.",
        "Her defence lawyer was refused entry to the prison.",
        "They had no legal representation at the hearing.",
        "He could not meet his attorney before the trial.",
        "The authorities blocked access to counsel for the protesters.",
        "Lawyers were denied access to their clients for weeks.",
        "The men did not have access to legal aid.",
    ],
    "sanitation": [
        "The cells had no toilet, only a bucket that was emptied once a day.",
        "Detainees relieved themselves in plastic bags.",
        "Sixty women shared a single latrine.",
        "The lavatories had not worked for months.",
        "There was no running water on the wing.",
        "Raw sewage seeped across the floor of the yard.",
        "Prisoners used a hole in the floor as a toilet in full view of the others.",
        "The toilet in the cell was unscreened.",
        "Detainees had to use slop buckets at night.",
    ],
    "hygiene": [
        "Detainees were allowed to shower only once a week.",
        "The women received no sanitary pads.",
        "Prisoners had no soap for weeks.",
        "The men were unable to wash for ten days.",
        "The dormitory was infested with bedbugs.",
        "Rats ran through the cells at night.",
        "Cockroaches crawled over the sleeping prisoners.",
        "Inmates had to buy their own toothpaste and soap.",
    ],
    "food_water": [
        "Prisoners received one meal a day.",
        "The detainees went hungry for days at a time.",
        "Inmates depended on their families to bring them food.",
        "The rations were meagre and often spoiled.",
        "He was given only bread and water for a week.",
        "Detainees had no drinking water for two days.",
        "The water they were given to drink was brown.",
        "Meals were withheld as a punishment.",
    ],
    "temperature": [
        "The cells were sweltering in summer.",
        # air conditioning cools: its failure is the heat's, not stale air (the corpus labellers' standard)
        "Air conditioning units did not work.",
        "Temperatures inside the unit exceeded 40 degrees.",
        "The detainees shivered through the winter without heating.",
        "There was no heating in the block during the winter.",
        "The metal containers became unbearably hot in the afternoon.",
        "The cells were freezing at night.",
        "Prisoners complained of the intense heat in the dormitories.",
        "The holding rooms were kept extremely cold.",
    ],
    "ventilation": [
        "The cells had no ventilation.",
        "The air in the dormitory was stifling.",
        "The cell had no window and no fresh air.",
        "Detainees struggled to breathe in the packed cells.",
        "The ventilation system had broken down months earlier.",
        "The air was thick with cigarette smoke and the smell of sweat.",
        "Ventilation in the punishment cells was poor.",
        "Air barely circulated in the basement cells.",
    ],
    "overcrowding": [
        "The prison was operating at 200 percent of its capacity.",
        "The jail held twice as many inmates as it was designed for.",
        "Detainees slept on the floor for lack of beds.",
        "Forty men were packed into a cell built for ten.",
        "The facility was severely overcrowded.",
        "The prison was over capacity by some 3,000 inmates.",
        "Prisoners had to sleep in shifts because there was no room to lie down.",
        "Overpopulation in the prisons remained a serious problem.",
        "The police cells were filled beyond capacity.",
    ],
    "solitary": [
        "He was held in solitary confinement for most of his sentence.",
        "The boy was placed in isolation after the fight.",
        "She spent the night in a punishment cell.",
        "The detainees were kept in disciplinary segregation.",
        "He was sent to the hole for two weeks.",
        "The prisoner was confined alone in a cell with no contact with other inmates.",
        "The youth was kept alone in a bare room for nine days.",
        "He remained in restrictive housing after the hearing.",
    ],
    "special_regime": [
        "He is held in a supermax prison.",
        "The prisoners were transferred to a maximum-security unit.",
        "She was placed under a high-security regime.",
        "The detainees were held in the special security wing.",
        "The men were kept under a strict regime.",
    ],
    "monitoring_access": [
        "The ICRC was refused access to the detention centres.",
        "The inspectors were able to visit every unit without restriction.",
        "The Ombudsman was denied entry to the police station.",
        "The government did not permit independent monitors to visit the prisons.",
        "The Special Rapporteur requested access to the facility.",
        "Independent human rights observers were allowed to visit the prisons.",
        "The delegation was prevented from visiting the isolation cells.",
        "NGOs were granted access to the prisons during the year.",
    ],
    "complaints": [
        "Prisoners who complained were moved to the punishment block.",
        "Detainees said they feared reprisals if they complained.",
        "Grievances were not answered.",
        "The facility had no functioning complaints system.",
        "Complaints about staff were never investigated.",
        "Inmates who filed grievances were threatened by guards.",
    ],
    "vulnerable_person": [
        "Juveniles were held at the adult prison.",
        "The detainees included several pregnant women.",
        "Children as young as twelve were detained at the police station.",
        "Many of the prisoners were mentally ill.",
        "Elderly detainees were held in the same conditions.",
        "A deaf prisoner was held in the unit.",
    ],
    "separation": [
        "Juveniles were held together with adult prisoners.",
        "Pretrial detainees were held alongside convicted prisoners.",
        "Women were held in the same cells as men.",
        "Minors shared cells with adult inmates.",
        "Remand prisoners were not separated from convicted prisoners.",
        "Children were detained with adults in the police cells.",
    ],
    "strip_search": [
        "The women were strip-searched before and after every visit.",
        "Guards made the detainees undress and squat for a search.",
        "He was subjected to a body cavity search.",
        "Prisoners were forced to strip naked in front of other inmates.",
        "The women were subjected to invasive body searches after each visit.",
    ],
    "correspondence": [
        "His letters were withheld by the prison administration.",
        "Mail from his family was not delivered.",
        "Guards opened and read the detainees' letters.",
        "The prisoners were not allowed to write letters.",
        "Letters to her family were censored.",
    ],
    "religion": [
        "Muslim detainees were not allowed to pray together.",
        "Guards confiscated his Quran.",
        "The chaplain was not allowed to visit the unit.",
        "Prisoners were denied religious services.",
        "He was prohibited from attending Mass.",
    ],
    "reading_news": [
        "He was not allowed any books or newspapers.",
        "Detainees had no access to radio or television.",
        "Newspapers were banned in the unit.",
        "The prisoners had no reading material.",
        "Books sent by his family were confiscated.",
    ],
    "work_programmes": [
        "The prisoners had no work or education.",
        "Inmates spent their days idle with nothing to do.",
        "No vocational training was available to the women.",
        "Education classes were cancelled for months.",
        "The boys received no schooling while in detention.",
    ],
    "exercise_outdoor": [
        "He had not been outside in the open air for months.",
        "Exercise took place in a caged area with a roof.",
        "The detainees were never allowed out into the yard.",
        "Prisoners had no outdoor exercise.",
        "Outdoor recreation was cancelled for weeks.",
    ],
    "collective_punishment": [
        "The whole wing was locked down after one inmate assaulted an officer.",
        "All prisoners in the block lost their privileges because of one man's escape attempt.",
        "Guards punished every detainee in the cell for the graffiti.",
        "The entire unit was denied visits after contraband was found.",
        "Following the protest, the authorities punished all the inmates collectively.",
    ],
    "justification_security": [
        "The authorities said he was held in isolation because he posed an escape risk.",
        "Officials justified the regime on grounds of national security.",
        "The prison service claimed the restrictions were necessary to prevent him from directing his gang.",
        "The government stated that the measures were required for security reasons.",
        "The warden cited safety concerns as the reason for the lockdown.",
    ],
    "cell_space": [
        "The cell measured two metres by three metres and held four men.",
        "Each prisoner had less than one square metre of space.",
        "Twelve women lived in a cell of 15 square metres.",
    ],
    "no_natural_light": [
        "The cell was windowless.",
        "The detainees had not seen daylight for weeks.",
        "The basement cells received no natural light.",
        "The only window was covered with metal plates.",
        "He had no window in his cell.",
    ],
}

TRAPS: dict[str, list[str]] = {
    "pretrial_status": [
        "Pretrial detention should be a measure of last resort.",
        "The trial of the former minister began in May.",
        "Every accused person is presumed innocent until proven guilty.",
        "The committee recommends reducing the use of pre-trial detention.",
        "The court will hold a hearing on the motion next week.",
    ],
    "medical_care": [
        "Every prisoner should have access to a doctor.",
        "The doctor testified that the wound was superficial.",
        "The committee recommends that health care in prisons be provided by the health ministry.",
        "Medical care in prisons must be equivalent to that available in the community.",
        "The nurse was hired in January.",
    ],
    "physical_health": [
        "Tuberculosis is a leading cause of death in prisons worldwide.",
        "Overcrowding can increase the spread of infectious diseases.",
        "The programme aims to prevent the spread of HIV.",
        "Prisoners should be screened for tuberculosis on admission.",
        "The ministry launched a vaccination campaign against measles.",
    ],
    "mental_health": [
        "Prolonged isolation can cause depression and psychosis.",
        "Research shows that solitary confinement may lead to hallucinations.",
        "The unit employs two psychologists.",
        "Staff should be trained to recognise signs of suicide risk.",
        "The mental health team meets every Monday.",
    ],
    "use_of_force": [
        "Force may only be used as a last resort.",
        "Staff must be trained in de-escalation techniques.",
        "The new policy on the use of force entered into force in June.",
        "Officers should never use pepper spray on restrained prisoners.",
        "The task force will report to the minister next year.",
    ],
    "restraints": [
        "Restraints should never be applied as a punishment.",
        "Instruments of restraint must not be used on women during labour.",
        "The rules prohibit the use of chains or irons.",
        "The ministry should adopt a policy restricting the use of restraint chairs.",
        "He showed considerable restraint in his testimony.",
    ],
    "family_visits": [
        "Prisoners have the right to receive visits from their families.",
        "The Special Rapporteur visited the prison in April.",
        "The family requested that visits be allowed every week.",
        "Visits should take place in conditions that respect privacy.",
        "The inspectors made an unannounced visit to the centre.",
    ],
    "family_calls": [
        "The committee calls on the State party to end solitary confinement.",
        "Detainees should be able to telephone their families regularly.",
        "He called the conditions inhumane.",
        "The petition asks that he be allowed to phone his children once a week.",
        "The report calls for independent oversight.",
    ],
    "legal_access": [
        "Every detainee has the right to consult a lawyer.",
        "Counsel for the defendant argued that the evidence was inadmissible.",
        "The attorney general announced a review of prison policy.",
        "He proceeded without a lawyer and filed his complaint pro se.",
        "Access to a lawyer should be guaranteed from the outset of detention.",
    ],
    "sanitation": [
        "Every cell should have a toilet with adequate privacy.",
        "The ministry plans to build new latrines next year.",
        "Access to sanitation is a human right.",
        "The toilets were cleaned twice a day.",
        "Prisons must provide running water.",
    ],
    "hygiene": [
        "Prisoners should be allowed to shower at least twice a week.",
        "Soap and toothpaste must be provided free of charge.",
        "Hygiene items were distributed to every detainee on arrival.",
        "The State should ensure that women have sanitary products.",
        "He washed his hands before the meeting.",
    ],
    "food_water": [
        "Every prisoner must be given food of adequate nutritional value.",
        "Drinking water should be available whenever a prisoner needs it.",
        "The detainees received three meals a day and drinking water.",
        "The prison kitchen was inspected by the health authority.",
        "The committee recommends improving the quality of food.",
    ],
    "temperature": [
        "Cells must be kept at a reasonable temperature.",
        "Extreme heat can be deadly for people with heart conditions.",
        "The authorities should install heating in all cells.",
        "The debate became heated.",
        "The cells were heated in winter.",
    ],
    "ventilation": [
        "Cells should have adequate ventilation.",
        "The new wing has a modern ventilation system.",
        "Windows must be large enough to let in fresh air.",
        "The minister aired his concerns at the meeting.",
        "The ventilation in the cells was adequate.",
    ],
    "overcrowding": [
        "Overcrowding is a problem in prisons around the world.",
        "The State should take steps to reduce prison overcrowding.",
        "The new prison will add capacity for 2,000 inmates.",
        "The courtroom was crowded with journalists.",
        "The prison held 400 inmates and had 500 places.",
    ],
    "solitary": [
        "Solitary confinement should be used only in exceptional cases.",
        "Prolonged isolation can cause severe psychological harm.",
        "The Mandela Rules prohibit solitary confinement of more than 15 days.",
        "The village is isolated from the capital.",
        "He was returned to the general population after the hearing.",
    ],
    "monitoring_access": [
        "States should allow independent monitors to visit all places of detention.",
        "The national preventive mechanism was established by law in 2012.",
        "The committee recommends that the Ombudsman be given unrestricted access.",
        "His family visited him every Sunday.",
        "The inspector general was appointed in June.",
    ],
    "complaints": [
        "Every prisoner should be able to make a complaint in confidence.",
        "The plaintiff filed a complaint in district court.",
        "The committee received three complaints during the year.",
        "The complaint alleges that the guards used excessive force.",
        "Complaints procedures should be simple and accessible.",
    ],
    "vulnerable_person": [
        "Children should never be detained with adults.",
        "The convention protects the rights of persons with disabilities.",
        "Pregnant women should not be placed in solitary confinement.",
        "His children live with their grandmother.",
        "The minister visited a school for disabled children.",
    ],
    "separation": [
        "Juveniles must be held separately from adults.",
        "Pretrial detainees should be separated from convicted prisoners.",
        "Women and men were held in separate wings.",
        "Children were held in a separate facility.",
        "The rules require separation of the sexes.",
    ],
    "collective_punishment": [
        "Collective punishment is prohibited under the rules.",
        "The whole unit attended the football match.",
        "The warden warned that collective sanctions are unlawful.",
        "All the prisoners in the block took part in the education programme.",
        "The committee recommends prohibiting group punishments.",
    ],
    "reading_news": [
        "Prisoners should have access to a library.",
        "The newspaper reported on the trial.",
        "The prison library was opened in 2015.",
        "He told reporters that he reads the news every morning.",
        "The rules require that prisoners be kept informed of important news.",
    ],
    "work_programmes": [
        "Prisoners should be offered work and education.",
        "The guards work twelve-hour shifts.",
        "The programme was funded by the European Union.",
        "The reform will not work without more staff.",
        "Work on the new wing began in 2019.",
    ],
}


#: a second batch, written after the first passed, to measure how far the lexicons reach
POSITIVE_2: dict[str, list[str]] = {
    "pretrial_status": [
        "Lengthy pretrial detention remained a serious problem.",
        "Approximately 60 percent of inmates were in pretrial detention.",
        "Prolonged pretrial detention was common, and some detainees waited more than five years for trial.",
        "Individuals awaiting trial were held together with convicted prisoners.",
        "Authorities held several journalists without charge for months.",
        "He has been in custody since his arrest in 2019 and has yet to be tried.",
        "She was detained under a security law that allows detention without trial.",
        "Most of the youths in the centre had not been sentenced.",
        "The boy was held on remand at the young offender institution.",
        "The migrants were held in immigration detention centres.",
    ],
    "medical_care": [
        "Medical care in the prisons was rudimentary.",
        "Prison clinics lacked basic medicines and equipment.",
        "Authorities denied him adequate medical treatment for his heart condition.",
        "Inmates complained that medical attention was available only to those who could pay.",
        "There was one doctor for 3,000 prisoners.",
        "He died after officials failed to provide timely medical care.",
        "The prisoner's requests for a hospital transfer were refused.",
        "Sick detainees were not taken to hospital.",
        "Detainees' families had to supply medicines.",
        "Health care was provided by a single nurse who visited once a week.",
    ],
    "physical_health": [
        "Several detainees had visible injuries on their arms and backs.",
        "Prisoners suffered from respiratory illnesses.",
        "Dozens of inmates died of tuberculosis during the year.",
        "He was emaciated and could barely walk.",
        "The men had open sores on their legs.",
        "An outbreak of cholera killed three prisoners.",
    ],
    "mental_health": [
        "He became withdrawn and stopped speaking to staff.",
        "The detainee showed signs of severe depression.",
        "Several detainees had attempted suicide.",
        "She repeatedly banged her head against the cell door.",
        "He told the delegation he had thoughts of ending his life.",
        "Self-harm was frequent among the young women on the unit.",
    ],
    "use_of_force": [
        "Prison guards reportedly beat inmates with electric cables.",
        "Police routinely abused detainees during interrogation.",
        "Detainees alleged that officers had tortured them with electric shocks.",
        "Security forces used excessive force to quell the riot, killing five inmates.",
        "Guards reportedly sprayed the protesters with chemical agents.",
        "He was punched in the face by an officer.",
        "The riot squad attacked the prisoners with truncheons.",
        "Detainees were suspended by their wrists for hours.",
    ],
    "restraints": [
        "He remained in shackles throughout his hospital stay.",
        "Prisoners on death row were kept in handcuffs at all times.",
        "The detainee was tied to a bed with ropes.",
        "Guards used zip ties to bind the boys' hands.",
        "She was restrained on a bed for 14 hours.",
    ],
    "family_visits": [
        "Family visits were limited to 15 minutes once a month.",
        "He was allowed no visits from his family.",
        "Authorities prohibited his relatives from seeing him.",
        "The prison stopped all family visits during the pandemic.",
        "Detainees had no contact with their families for months.",
        "Visits took place through a glass partition, with no physical contact.",
    ],
    "family_calls": [
        "Detainees were allowed one telephone call a month.",
        "He has not been permitted to speak to his wife by phone.",
        "Phone calls with relatives were restricted to five minutes.",
        "Inmates had no access to telephones.",
        "The cost of calls was prohibitive for most families.",
    ],
    "legal_access": [
        "Detainees were often denied access to their lawyers.",
        "Authorities refused to let his attorney see him.",
        "Many defendants had no legal counsel.",
        "He met his lawyer for the first time at his trial.",
        "The public defender visited the jail only once a month.",
        "She was questioned for two days without legal representation.",
    ],
    "sanitation": [
        "Toilets overflowed and sewage leaked into the cells.",
        "Inmates lacked access to toilets at night.",
        "The cells had no running water or toilets.",
        "Sanitary conditions were poor.",
        "The latrines were clogged and stank.",
        "A hole in the floor served as the toilet.",
        "Water was available for only one hour a day.",
    ],
    "hygiene": [
        "Prisoners had not bathed for weeks.",
        "Inmates were not provided with soap or detergent.",
        "The women lacked access to menstrual products.",
        "Showers were available only once every ten days.",
        "The cells were infested with lice.",
    ],
    "food_water": [
        "Food was insufficient and of poor quality.",
        "Prisoners relied on relatives to supplement their diet.",
        "The daily food budget was less than one dollar per inmate.",
        "Inmates received a small portion of rice twice a day.",
        "The detainees suffered from hunger.",
        "Drinking water was contaminated.",
        "They were given no water for a full day.",
    ],
    "temperature": [
        "Temperatures in the cells reached 45 degrees in summer.",
        "The cells had no heating and temperatures fell below zero.",
        "Detainees suffered from extreme heat.",
        "The cell was bitterly cold in winter.",
        "Inmates endured stifling heat in the metal containers.",
    ],
    "ventilation": [
        "The cells were poorly ventilated.",
        "There was inadequate ventilation in the holding area.",
        "The cell lacked ventilation and natural light.",
        "The exhaust fans did not work.",
        "Lack of ventilation made the heat unbearable.",
    ],
    "overcrowding": [
        "Prisons were severely overcrowded.",
        "The prison population exceeded capacity by 150 percent.",
        "Cells designed for four held up to 20 prisoners.",
        "Detainees slept in shifts.",
        "The facility held 2,500 inmates but had room for 800.",
        "Inmates had to sleep sitting up because of the lack of space.",
    ],
    "solitary": [
        "He has been kept in isolation since his transfer.",
        "The women were placed in solitary confinement as punishment.",
        "Detainees were held in segregation cells for weeks.",
        "He was confined to a disciplinary cell.",
        "The teenager spent 23 hours a day alone in his cell.",
    ],
    "monitoring_access": [
        "The government permitted the ICRC to visit prisons.",
        "Authorities did not allow the Special Rapporteur to visit the facility.",
        "Independent monitors were granted access to prisons.",
        "The SPT was denied access to military detention facilities.",
        "The delegation had unrestricted access to all places of detention.",
        "Human rights organizations were not permitted to visit prisons.",
    ],
    "complaints": [
        "Prisoners could not submit complaints without censorship.",
        "Inmates said complaints to the administration went unanswered.",
        "There was no independent complaints mechanism.",
        "Detainees feared retaliation from guards if they reported abuse.",
        "Grievances were routinely ignored.",
    ],
    "vulnerable_person": [
        "Juveniles were held in the adult facility.",
        "Authorities detained pregnant women in the same cells.",
        "The prison held several elderly inmates with chronic illnesses.",
        "Mentally ill prisoners were held in the general population.",
        "Minors were detained at police stations for days.",
    ],
    "separation": [
        "Authorities did not separate pretrial detainees from convicted prisoners.",
        "Juveniles were not separated from adults.",
        "Men and women were held together in the same cell.",
        "Children were held with adult detainees.",
        "Pretrial detainees were held with convicted criminals.",
    ],
    "justification_security": [
        "The authorities said the restrictions were necessary to prevent escape.",
        "Officials claimed he was a security threat.",
        "The prison justified the isolation by citing a risk to staff.",
        "Authorities said the measures were necessary to protect national security.",
    ],
    "strip_search": [
        "Female visitors and detainees were strip searched.",
        "Guards subjected him to a strip search after the visit.",
        "Inmates were stripped naked and searched.",
    ],
    "correspondence": [
        "Letters from his family were confiscated.",
        "Authorities censored detainees' mail.",
        "Prisoners' correspondence was monitored.",
    ],
    "reading_news": [
        "Detainees were not allowed to read newspapers.",
        "He was denied access to books.",
        "The prisoners had no access to news.",
    ],
    "work_programmes": [
        "There were no educational programmes for juveniles.",
        "Prisoners had no opportunity to work.",
        "The facility offered no rehabilitation programmes.",
    ],
    "religion": [
        "Authorities restricted religious practice in prisons.",
        "Detainees were not permitted to pray.",
        "Prisoners were forbidden to fast during Ramadan.",
    ],
    "exercise_outdoor": [
        "Detainees were not allowed outdoor exercise.",
        "The prisoners had no access to the outdoors.",
        "Exercise was limited to a small indoor room.",
    ],
    "no_natural_light": [
        "The cell had no windows.",
        "The prisoners never saw sunlight.",
        "There was little natural light in the cells.",
    ],
    "bedding_clothing": [
        "Detainees slept on the concrete floor without mattresses.",
        "Inmates lacked blankets in winter.",
        "Prisoners wore the same clothes for weeks.",
    ],
}

TRAPS_2: dict[str, list[str]] = {
    "pretrial_status": [
        "The law limits pretrial detention to two years.",
        "The trial is scheduled for June.",
    ],
    "medical_care": [
        "The State party should improve health care in prisons.",
        "A doctor who testified for the defence said the injuries were old.",
    ],
    "use_of_force": [
        "Officers are trained in the use of force.",
        "The guards beat the deadline for the report.",
    ],
    "family_visits": [
        "The monitors visited the prison twice.",
        "Family visits are a right of every prisoner.",
    ],
    "sanitation": [
        "The government built new toilets in the prison.",
        "The report recommends renovating the latrines.",
    ],
    "overcrowding": [
        "The government should reduce overcrowding by using alternatives to detention.",
        "The market was crowded.",
    ],
    "separation": [
        "Juveniles should be held separately from adults.",
        "The law requires that pretrial detainees be separated from convicted prisoners.",
    ],
    "monitoring_access": [
        "The ICRC was established in 1863.",
        "The committee urges the State party to allow independent monitors to visit all places of detention.",
    ],
}

#: a third batch, in the voice of inspectorates, the CPT and pleadings
POSITIVE_3: dict[str, list[str]] = {
    "pretrial_status": [
        "Plaintiff was a pretrial detainee at the county jail.",
        "The majority of prisoners are awaiting trial, some for more than three years.",
        "Women on remand told us they had not been to court for months.",
        "Detainees held in police custody beyond the legal limit had not seen a judge.",
        "He is held under administrative detention orders renewed every six months.",
    ],
    "medical_care": [
        "We found that prisoners had to wait up to six weeks for a GP appointment.",
        "Plaintiff alleges that defendants were deliberately indifferent to his serious medical needs.",
        "Nurses failed to respond to his repeated requests for help.",
        "The facility had no on-site psychiatrist.",
        "Staff did not refer the injured man for an X-ray.",
        "Prescribed medication was frequently interrupted on transfer.",
    ],
    "physical_health": [
        "The delegation observed that many detainees had skin diseases.",
        "She was bleeding heavily and in severe pain.",
        "Several prisoners had lost considerable weight.",
        "Detainees showed fresh bruising consistent with blows.",
    ],
    "mental_health": [
        "Prisoners told us they felt hopeless and depressed.",
        "He has a long history of psychiatric illness and has deteriorated in segregation.",
        "The young man was found hanging in his cell.",
        "Incidents of self-harm had risen sharply on the wing.",
    ],
    "use_of_force": [
        "Plaintiff alleges that the officers slammed him to the floor and kicked him.",
        "The CPT received numerous allegations of physical ill-treatment by custodial staff.",
        "Several detainees alleged they had been hit with truncheons on the soles of their feet.",
        "Staff used a restraint hold that caused him to lose consciousness.",
        "Guards set dogs on the prisoners.",
    ],
    "restraints": [
        "The prisoner was escorted to hospital in handcuffs and leg restraints.",
        "He was placed in a restraint chair for six hours.",
        "Pregnant women were shackled during transport.",
    ],
    "family_visits": [
        "Plaintiff alleges that he was denied visits with his children for a year.",
        "Visits were cut to one hour a month.",
        "Family members had to wait for hours outside the gate and were sometimes sent away.",
        "He was not permitted any contact with his family.",
    ],
    "family_calls": [
        "Telephone calls were restricted to one per week.",
        "Prisoners told us they could rarely use the telephone.",
        "He was denied the opportunity to call his family after his arrest.",
    ],
    "legal_access": [
        "The detainees did not have access to a lawyer during police questioning.",
        "Defence lawyers complained that they could not see their clients in private.",
        "Plaintiff was denied access to the law library.",
        "Foreign nationals were not informed of their right to a lawyer.",
    ],
    "sanitation": [
        "In-cell toilets were not screened.",
        "The toilets in the segregation unit were filthy and some were blocked.",
        "Prisoners had to use a bucket in their cell at night.",
        "The shower and toilet block was flooded with dirty water.",
    ],
    "hygiene": [
        "Prisoners were not given enough toilet paper.",
        "Cells were dirty and covered in graffiti.",
        "Women could not obtain sanitary products.",
    ],
    "food_water": [
        "Prisoners told us the portions were too small.",
        "Meals were served cold and were often inedible.",
        "He lost weight because he was given so little to eat.",
        "The detainees had to drink water from the toilet tap.",
    ],
    "temperature": [
        "Several cells were very cold because windows were broken.",
        "The heat in the cells was intolerable during the summer months.",
        "Plaintiff alleges that he was exposed to extreme cold for several days.",
    ],
    "ventilation": [
        "The cells were hot and airless.",
        "Windows could not be opened and there was no mechanical ventilation.",
        "The cell was filled with smoke.",
    ],
    "overcrowding": [
        "Three men were sharing cells designed for one.",
        "The police cells held many more detainees than they were built for.",
        "Some prisoners slept on mattresses on the floor.",
    ],
    "solitary": [
        "He was placed in segregation for 28 days.",
        "She was kept in a separation cell away from all other prisoners.",
        "The applicant was held in strict isolation.",
    ],
    "monitoring_access": [
        "The delegation enjoyed excellent cooperation and had rapid access to all places it wished to visit.",
        "The CPT was refused access to the interrogation rooms.",
        "Inspectors were given access to all records.",
    ],
    "complaints": [
        "Prisoners had little confidence in the complaints system.",
        "Several detainees said they had been beaten after complaining to the prosecutor.",
        "Complaint forms were not freely available on the wings.",
    ],
    "vulnerable_person": [
        "The centre held several unaccompanied children.",
        "A 15-year-old boy was held in the adult prison.",
        "A prisoner with a learning disability was held on the wing.",
    ],
    "separation": [
        "Young adults were mixed with older prisoners.",
        "Juveniles were held in the same cells as adults.",
        "Remand prisoners were held alongside sentenced prisoners.",
    ],
    "constant_light": [
        "The lights in the cells were never switched off.",
        "Lighting remained on throughout the night.",
        "The cell was lit 24 hours a day.",
    ],
    "no_meaningful_contact": [
        "Staff spoke to him only through the hatch in the door.",
        "He had no contact with anyone except the guards who brought his food.",
    ],
    "language_interpreter": [
        "No interpreter was present during the interview.",
        "Staff did not speak any language the detainees understood.",
    ],
    "sleep_noise": [
        "Prisoners were woken every hour by checks.",
        "The constant noise made it impossible to sleep.",
    ],
    "darkness": [
        "The cell was in total darkness.",
        "There was no electric light in the cells.",
    ],
    "indefinite_isolation": [
        "He has been held in isolation indefinitely.",
        "His segregation has no set end date.",
    ],
    "consular_access": [
        "He was not allowed to contact his embassy.",
        "Consular officials were denied access to the detainee.",
    ],
    "legal_confidentiality": [
        "Meetings with lawyers took place in the presence of guards.",
        "Calls with his attorney were recorded.",
    ],
}

TRAPS_3: dict[str, list[str]] = {
    "mental_health": [
        "The prison employs a mental health nurse.",
        "Staff received training in suicide prevention.",
    ],
    "physical_health": [
        "The clinic offers screening for hepatitis.",
        "He was injured in a car accident years before his arrest.",
    ],
    "use_of_force": [
        "Guards are authorised to use force only when necessary.",
        "The inspectors reviewed records of the use of force.",
    ],
    "family_visits": [
        "The visits hall was refurbished in 2018.",
        "Visiting hours are from 2 to 4 pm.",
    ],
    "complaints": [
        "The complaints procedure is explained to every new arrival.",
        "The ombudsman received 300 complaints.",
    ],
    "legal_access": [
        "The lawyer argued that his client was innocent.",
        "Prisoners may meet their lawyers in private rooms.",
    ],
    "overcrowding": [
        "The new wing has 200 places.",
        "The prison population fell by ten percent.",
    ],
}

#: a fourth batch: only traps, in the plain voice of reports (provision, policy, other senses)
TRAPS_4: dict[str, list[str]] = {
    "pretrial_status": [
        "The law provides for the right to a prompt trial.",
        "The trial court denied the motion for summary judgment.",
    ],
    "medical_care": [
        "The government provided medical care to detainees during the year.",
        "A doctor examined him on arrival and found no injuries.",
        "The prison hospital has 40 beds.",
    ],
    "physical_health": [
        "The authorities launched a campaign to prevent tuberculosis in prisons.",
        "There were no reports of outbreaks of disease during the year.",
        "The court considered whether the injuries were serious.",
    ],
    "mental_health": [
        "The unit provides mental health services to prisoners.",
        "The expert testified about the effects of isolation on mental health.",
        "Suicide prevention training is provided to all staff.",
    ],
    "use_of_force": [
        "The law prohibits torture and other cruel punishment.",
        "The government took steps to prosecute officials who committed abuses.",
        "The armed forces are responsible for external security.",
    ],
    "restraints": [
        "The policy limits the use of restraints to emergencies.",
    ],
    "family_visits": [
        "Prisoners received visits from family members every week.",
        "The Special Rapporteur conducted visits to three prisons.",
        "Authorities permitted visits by human rights observers.",
    ],
    "family_calls": [
        "He called the warden to complain.",
        "The government called for calm after the riot.",
        "Prisoners may make phone calls every day.",
    ],
    "legal_access": [
        "Detainees had access to a lawyer from the first hour of custody.",
        "His lawyer filed an appeal.",
        "The attorney general's office opened an investigation.",
    ],
    "sanitation": [
        "Each cell has a toilet and a sink.",
        "The toilets were clean and in working order.",
        "The prison installed new plumbing in 2019.",
    ],
    "hygiene": [
        "Detainees could shower daily.",
        "Soap and towels were distributed every week.",
    ],
    "food_water": [
        "Detainees received three meals a day.",
        "The food was adequate.",
        "Families were allowed to bring food.",
    ],
    "temperature": [
        "The cells were heated in winter.",
        "The heating system was repaired in October.",
    ],
    "ventilation": [
        "All cells had windows that could be opened.",
        "The new building is well ventilated.",
    ],
    "overcrowding": [
        "The prison was operating below its capacity.",
    ],
    "solitary": [
        "The commission called for an end to solitary confinement.",
        "The village is isolated in the mountains.",
    ],
    "monitoring_access": [
        "The delegation met the Minister of Justice.",
        "The government established a national preventive mechanism.",
    ],
    "complaints": [
        "The ombudsman received 120 complaints from prisoners during the year.",
        "His complaint was investigated and upheld.",
    ],
    "vulnerable_person": [
        "The organisation runs schools for disabled children.",
        "Children of prisoners may visit on weekends.",
    ],
    "separation": [
        "Juveniles were held separately from adults.",
        "Women were held in a separate wing.",
    ],
    "strip_search": [
        "The policy on strip searches was revised.",
        "Visitors passed through a metal detector.",
    ],
    "reading_news": [
        "The newspaper reported on the riot.",
        "A journalist visited the prison.",
    ],
    "work_programmes": [
        "Prisoners worked in the kitchen and the laundry.",
        "The guards work in shifts.",
    ],
    "religion": [
        "A chaplain visits the prison every Sunday.",
        "Prisoners may attend religious services.",
    ],
    "collective_punishment": [
        "The entire unit attended the ceremony.",
        "All prisoners were counted at noon.",
    ],
    "justification_security": [
        "The security forces were deployed to the border.",
        "Security cameras were installed in the corridors.",
    ],
}

#: a fifth batch: the types with few sentences so far, in other words again
POSITIVE_5: dict[str, list[str]] = {
    "pretrial_status": [
        "Some 40 percent of the prison population were unconvicted.",
        "The detainees, none of whom had been charged, were held at a military base.",
        "Defendants often spent longer in pretrial custody than the sentence they eventually received.",
        "The accused remained in jail because they could not pay bail.",
    ],
    "medical_care": [
        "The detainee's diabetes went untreated for weeks.",
        "Officials withheld his heart medication.",
        "Prisoners with HIV did not receive antiretroviral treatment.",
        "A detainee with a broken leg was left without treatment for two days.",
        "Access to specialist care was severely limited.",
    ],
    "monitoring_access": [
        "The authorities barred the UN team from entering the prison.",
        "The government allowed the Red Cross to visit detainees in private.",
        "Monitors were not permitted to interview detainees without guards present.",
        "The commission's request to visit the facility remains pending.",
        "Independent observers have had no access to the camps since 2017.",
    ],
    "special_regime": [
        "He was transferred to a high-security prison in the north.",
        "The prisoners were held under a special regime of strict isolation.",
        "She is held in a maximum security facility.",
    ],
    "separation": [
        "Girls were held in the same facility as adult women.",
        "Untried prisoners were mixed with convicted ones.",
        "Adolescents shared dormitories with adult inmates.",
    ],
    "justification_security": [
        "Authorities claimed the isolation was necessary because he had tried to escape.",
        "The government said he was held in isolation for his own protection.",
        "The restrictions were imposed on security grounds.",
    ],
    "correspondence": [
        "Prison officials read all incoming letters.",
        "He was not allowed to send or receive mail.",
        "Letters took months to arrive and many never reached their recipients.",
    ],
    "religion": [
        "Guards prevented Muslim prisoners from praying.",
        "Religious literature was confiscated from the cells.",
        "Detainees were denied access to a priest.",
    ],
    "reading_news": [
        "Books were not allowed in the segregation unit.",
        "Newspapers and magazines were withheld.",
        "He had no radio or television.",
    ],
    "work_programmes": [
        "There was no education for the children held at the centre.",
        "Prisoners spent the day in their cells with no purposeful activity.",
        "Vocational courses were suspended.",
    ],
    "exercise_outdoor": [
        "Prisoners were not let out into the open air for weeks.",
        "The facility had no outdoor exercise area.",
        "Exercise took place in a small concrete pen.",
    ],
    "collective_punishment": [
        "After the escape, guards punished the whole block by cancelling visits.",
        "All detainees in the dormitory were beaten in retaliation for the protest of a few.",
        "The whole prison was placed on lockdown because of one fight.",
    ],
    "strip_search": [
        "Women were forced to undress in front of male guards.",
        "Detainees were subjected to routine strip searches.",
    ],
    "use_of_force": [
        "Officers shot rubber bullets at the protesting inmates.",
        "The detainees bore marks of beatings.",
        "Several men said guards had burned them with cigarettes.",
    ],
    "restraints": [
        "The boy was handcuffed to a radiator.",
        "Prisoners were chained together during transport.",
    ],
    "family_calls": [
        "He has been unable to speak to his family by telephone.",
        "Calls home were suspended for the whole month.",
    ],
    "legal_access": [
        "The authorities refused to allow lawyers to meet the detainees.",
        "He was held for five days before being allowed to see a lawyer.",
    ],
    "food_water": [
        "Inmates were fed only once a day.",
        "The food was full of insects.",
        "Detainees had to buy food from the prison shop.",
    ],
    "overcrowding": [
        "The cells were so crowded that the men could not lie down.",
        "Detainees had to take turns sleeping.",
    ],
    "temperature": [
        "The cells were like ovens in summer.",
        "Inmates had to wear their coats inside the cells because of the cold.",
    ],
    "hygiene": [
        "There were no washing facilities in the cells.",
        "The women were given one bar of soap a month.",
    ],
}

#: a sixth batch, in the voice of court opinions and pleadings
POSITIVE_6: dict[str, list[str]] = {
    "medical_care": [
        ("Plaintiff contends that the jail's medical staff ignored his complaints of severe abdominal pain "
         "for four days."),
        "The jail did not employ a physician, and a nurse saw inmates only twice a week.",
        "He was not seen by a dentist for eight months despite an abscessed tooth.",
        "Defendants refused to provide the prescribed pain medication.",
        "The facility failed to provide adequate mental health treatment to seriously mentally ill inmates.",
    ],
    "use_of_force": [
        "The officers struck Plaintiff several times with their fists.",
        "Defendant deployed his taser against the handcuffed plaintiff.",
        "He alleges that officers assaulted him after he asked for a grievance form.",
        "The guards dragged him down the hallway by his hair.",
        "Officers used chemical spray on inmates locked in their cells.",
    ],
    "restraints": [
        "Plaintiff was placed in ambulatory restraints for 24 hours.",
        "He was kept in full restraints during the entire visit.",
        "The juvenile was handcuffed and shackled during his court appearance.",
    ],
    "solitary": [
        "Plaintiff has been confined in administrative segregation since 2012.",
        "He spent two years in the Special Housing Unit.",
        "The inmate was placed on disciplinary detention for 30 days.",
        "He was held in a cell by himself for 23 hours a day.",
    ],
    "sanitation": [
        "The toilet in his cell did not flush for weeks.",
        "Plaintiff alleges that the cell was covered in human waste.",
        "The water in the cell was shut off for three days.",
    ],
    "temperature": [
        "The heat index in the housing units regularly exceeded 100 degrees.",
        "Plaintiff alleges that he was housed in a cell with a broken window during the winter.",
        "Inmates were exposed to freezing temperatures in the outdoor cages.",
    ],
    "hygiene": [
        "He was denied showers for two weeks.",
        "The jail did not provide toothbrushes or toothpaste.",
    ],
    "food_water": [
        "He was served nutraloaf as a punishment.",
        "Plaintiff alleges that he was denied meals on several occasions.",
        "The food trays were contaminated with rodent droppings.",
    ],
    "family_visits": [
        "The Department banned visits by his minor children.",
        "Plaintiff's visiting privileges were suspended for two years.",
        "Inmates in the unit may receive only non-contact visits.",
    ],
    "legal_access": [
        "The jail refused to let him call his attorney.",
        "Plaintiff was denied access to the law library for months.",
        "His legal papers were confiscated.",
    ],
    "pretrial_status": [
        "As a pretrial detainee, his claims arise under the Fourteenth Amendment.",
        "Plaintiff, who was awaiting trial on state charges, was held at the county jail.",
        "At the time, he was a convicted prisoner serving a ten-year sentence.",
    ],
    "overcrowding": [
        "The jail housed more than twice its rated capacity.",
        "Inmates were forced to sleep on the floor of the dayroom.",
    ],
    "bedding_clothing": [
        "Plaintiff was left without a mattress for a week.",
        "He was forced to sleep on a bare metal bunk.",
        "Inmates were given only paper gowns.",
    ],
    "mental_health": [
        "Plaintiff suffers from schizophrenia.",
        "His mental condition deteriorated markedly in isolation.",
        "He engaged in repeated acts of self-mutilation.",
    ],
    "complaints": [
        "Officers retaliated against him for filing grievances.",
        "His grievances were returned unprocessed.",
    ],
    "exercise_outdoor": [
        "Plaintiff was denied outdoor exercise for over a year.",
        "Recreation took place in a small indoor cage.",
    ],
    "ventilation": [
        "The cell's ventilation was blocked.",
        "The air vents were clogged with dust.",
    ],
}

TRAPS_6: dict[str, list[str]] = {
    "use_of_force": [
        "Plaintiff slapped his food tray onto the floor.",
        "The court must decide whether the force used was excessive.",
    ],
    "medical_care": [
        "The nurse testified that she examined Plaintiff twice.",
        "Medical staff saw him the same day.",
    ],
    "solitary": [
        "The court reviews the evidence in isolation.",
    ],
    "pretrial_status": [
        "The case was remanded for further proceedings.",
        "The Court of Appeals affirmed the conviction.",
    ],
}

#: a seventh batch, in the voice of inspectorates and treaty bodies
POSITIVE_7: dict[str, list[str]] = {
    "overcrowding": [
        "Occupancy in the men's prison stood at 180 per cent.",
        "Cells built for two held six men each.",
        "The remand centre accommodated 1,200 detainees in space intended for 400.",
    ],
    "sanitation": [
        "Prisoners had to defecate in plastic bags.",
        "The sewage system had collapsed.",
        "There was no access to toilets between lock-up and unlock.",
    ],
    "hygiene": [
        "The showers had no hot water for months.",
        "Detainees were not provided with basic hygiene items.",
    ],
    "medical_care": [
        "Healthcare staff did not attend to detainees in segregation.",
        "Medication was not dispensed on time.",
        "Prisoners reported long waits for dental treatment.",
    ],
    "mental_health": [
        "Many of the women we spoke to had a history of self-harm.",
        "He exhibited signs of psychosis.",
    ],
    "use_of_force": [
        "Detainees were subjected to beatings during transfers.",
        "Riot police stormed the prison and beat the inmates.",
    ],
    "solitary": [
        "Some prisoners had spent more than a year in the segregation unit.",
        "He was kept in isolation in a basement cell.",
    ],
    "family_visits": [
        "Visits by family members were only allowed through a telephone and glass screen.",
        "His family has not been allowed to visit him since his arrest.",
    ],
    "family_calls": [
        "Inmates were limited to one ten-minute phone call per week.",
        "He was held incommunicado, without any contact with his family.",
    ],
    "legal_access": [
        "Lawyers were prevented from meeting their clients.",
        "The detainee was not given access to counsel until his first court appearance.",
    ],
    "food_water": [
        "Detainees complained of hunger.",
        "The prison diet consisted mainly of watery soup.",
    ],
    "temperature": [
        "In winter, temperatures in the cells dropped below freezing.",
        "The containers were exposed to the sun and became extremely hot.",
    ],
    "vulnerable_person": [
        "A woman in the late stages of pregnancy was held in the police cells.",
        "Two detainees used wheelchairs.",
    ],
    "separation": [
        "Minors were held with adults in the police lock-up.",
        "Women detainees were guarded by male officers and held in the men's section.",
    ],
    "monitoring_access": [
        "The NPM visited the facility unannounced.",
        "The authorities denied the ICRC access to detainees.",
    ],
    "complaints": [
        "Detainees were unaware of how to make a complaint.",
        "No complaint had ever been investigated.",
    ],
    "pretrial_status": [
        "Many detainees had been awaiting trial for years.",
        "Remand prisoners made up a third of the population.",
    ],
    "restraints": [
        "Prisoners were handcuffed behind their backs for hours.",
        "The man was chained to his hospital bed.",
    ],
    "reading_news": [
        "He was not permitted to receive newspapers.",
        "Access to books was restricted.",
    ],
    "work_programmes": [
        "There was no work for the prisoners.",
        "Education provision had stopped.",
    ],
    "exercise_outdoor": [
        "Prisoners in segregation had no access to fresh air.",
        "Exercise was taken in a bare, enclosed yard covered with a metal grille.",
    ],
}

TRAPS_7: dict[str, list[str]] = {
    "overcrowding": [
        "The prison was built for 500 prisoners.",
        "Crowds gathered outside the court.",
    ],
    "sanitation": [
        "The toilets had been renovated.",
    ],
    "medical_care": [
        "Healthcare is provided by the NHS.",
        "A nurse is on duty around the clock.",
    ],
    "use_of_force": [
        "The officers were acquitted of assault.",
        "Force was used lawfully to prevent an escape, the court found.",
    ],
    "solitary": [
        "Isolation cells were not used during the period.",
        "He feared being placed in solitary confinement.",
    ],
    "family_visits": [
        "Families can book visits online.",
        "The visits hall was spacious and clean.",
    ],
    "legal_access": [
        "All detainees were seen by a lawyer within 24 hours.",
        "The lawyer was appointed by the court.",
    ],
    "food_water": [
        "Food was of good quality and served hot.",
        "Drinking water was available at all times.",
    ],
    "pretrial_status": [
        "The trial lasted three weeks.",
    ],
    "vulnerable_person": [
        "The ministry published guidelines on the treatment of children.",
        "The report covers juvenile justice reform.",
    ],
    "monitoring_access": [
        "The committee thanks the State party for its report.",
        "The delegation held meetings with civil society.",
    ],
    "complaints": [
        "Detainees knew how to complain and were satisfied with responses.",
        "The complaints system worked well.",
    ],
}

#: an eighth batch: regimes, monitors, reasons, letters, faith, searches
POSITIVE_8: dict[str, list[str]] = {
    "special_regime": [
        "He is held in the Communications Management Unit.",
        "The prisoners were subjected to an enhanced security regime.",
        "The convicts are serving their sentences in a strict-regime penal colony.",
    ],
    "monitoring_access": [
        "The inspection team was given free access to all areas of the prison.",
        "Authorities have refused repeated requests by the Special Rapporteur to visit.",
        "International observers were barred from the trial and the prison.",
    ],
    "justification_security": [
        "Officials said the lockdown was imposed to prevent gang violence.",
        "The prison cited the risk of escape to justify the shackling.",
        "The authorities maintained that he remained a danger to staff.",
    ],
    "correspondence": [
        "The censor withheld several of his letters.",
        "Prisoners could send only one letter a month.",
        "His letters to the newspaper were stopped by the prison.",
    ],
    "religion": [
        "Prison authorities refused to provide halal food.",
        "He was not allowed to keep a Bible in his cell.",
        "Sikh prisoners were forced to remove their turbans.",
    ],
    "strip_search": [
        "Children were strip-searched on admission.",
        "Detainees reported routine naked searches in front of other prisoners.",
    ],
    "collective_punishment": [
        "The entire block lost visiting privileges after drugs were found in one cell.",
        "When a guard was assaulted, all prisoners on the landing were confined to their cells for a week.",
    ],
    "exercise_outdoor": [
        "Outdoor exercise was cancelled for weeks at a time.",
        "The exercise yard was a small cage on the roof.",
    ],
    "medical_care": [
        "Women gave birth without medical assistance.",
        "Health care was limited to the distribution of painkillers.",
    ],
    "use_of_force": [
        "He was beaten unconscious by prison officers.",
        "Inmates were forced to run a gauntlet of guards who struck them with batons.",
    ],
    "food_water": [
        "Prisoners survived on one bowl of porridge a day.",
        "Meals lacked fruit, vegetables and protein.",
    ],
    "pretrial_status": [
        "The report found that half of all detainees were held in pretrial detention, many beyond the legal maximum.",
    ],
    "family_visits": [
        "Relatives could see him only once every three months.",
        "Visits were conducted through bars and lasted ten minutes.",
    ],
    "legal_access": [
        "Lawyers had to obtain permission from the prosecutor to visit clients.",
    ],
}

TRAPS_8: dict[str, list[str]] = {
    "special_regime": [
        "The maximum-security prison is located outside the capital.",
        "The government plans to build a new maximum-security prison.",
    ],
    "correspondence": [
        "He sent a letter to the court.",
        "The minister replied by letter.",
    ],
    "religion": [
        "Prisoners attended Friday prayers in the mosque.",
        "The chaplaincy team visits every wing.",
    ],
    "strip_search": [
        "Strip searches must be carried out by officers of the same sex.",
        "The inspectors examined the strip-search records.",
    ],
    "exercise_outdoor": [
        "The exercise yard was large and had benches.",
    ],
    "justification_security": [
        "The security department is located near the gate.",
        "Staff attended a security training course.",
    ],
}

#: sentences of the table the extractor still misses, with the reason (strict: when one
#: starts to pass, move it out of here)
KNOWN_GAPS: dict[str, str] = {
    "The water they were given to drink was brown.":
        "a subject with a relative clause and an infinitive before the copula",
    "He was prohibited from attending Mass.":
        "a capitalised topic word is not matched",
    "The public defender visited the jail only once a month.":
        "scarcity told by a frequency, with no word of lack",
    "Water was available for only one hour a day.":
        "water for washing read as drinking water (food_water)",
    "The daily food budget was less than one dollar per inmate.":
        "inadequacy told by a budget figure",
    "Defence lawyers complained that they could not see their clients in private.":
        "lawyers who cannot see clients in private: the client is the object",
    "The women were given one bar of soap a month.":
        "scarcity told by a quantity and a frequency",
    "Exercise was taken in a bare, enclosed yard covered with a metal grille.":
        "a comma inside the gap between exercise and its enclosure",
    "The prison cited the risk of escape to justify the shackling.":
        "'risk of' makes the reason hypothetical",
    "When a guard was assaulted, all prisoners on the landing were confined to their cells for a week.":
        "the one act is told first, in a 'when' clause",
    "Lawyers had to obtain permission from the prosecutor to visit clients.":
        "a permission requirement, with no word of refusal",
}


ALL_POSITIVE = (POSITIVE, POSITIVE_2, POSITIVE_3, POSITIVE_5, POSITIVE_6, POSITIVE_7, POSITIVE_8)
ALL_TRAPS = (TRAPS, TRAPS_2, TRAPS_3, TRAPS_4, TRAPS_6, TRAPS_7, TRAPS_8)


def _positive():
    for type_, s in [(t, x) for table in ALL_POSITIVE for t, xs in table.items() for x in xs]:
        marks = [pytest.mark.xfail(reason=KNOWN_GAPS[s], strict=True)] if s in KNOWN_GAPS else []
        yield pytest.param(type_, s, marks=marks, id=f"{type_}:{s[:40]}")


def _traps():
    for type_, s in [(t, x) for table in ALL_TRAPS for t, xs in table.items() for x in xs]:
        yield pytest.param(type_, s, id=f"{type_}:{s[:40]}")


def test_every_type_has_a_table() -> None:
    for type_ in POSITIVE:
        assert sum(len(t.get(type_, [])) for t in ALL_POSITIVE) >= 3, type_
    for type_ in TRAPS:
        assert sum(len(t.get(type_, [])) for t in ALL_TRAPS) >= 5, type_


@pytest.mark.parametrize("type_,sentence", list(_positive()))
def test_paraphrase_gives_the_fact(facts, type_, sentence) -> None:
    found = facts(sentence)
    mine = [f for f in counted(found, type_) if not f.negated]
    assert mine, f"expected {type_} in {sentence!r}; got {describe(found)}"
    for f in mine:  # the evidence is words of the sentence, at their offsets
        ev = f.evidence[0]
        assert sentence[ev.start:ev.end] == ev.text and ev.text


@pytest.mark.parametrize("type_,sentence", list(_traps()))
def test_paraphrase_trap_stays_quiet(facts, type_, sentence) -> None:
    found = facts(sentence)
    wrong = [f for f in counted(found, type_) if not f.negated]
    assert not wrong, f"{type_} wrongly found in {sentence!r}: {describe(wrong)}"
