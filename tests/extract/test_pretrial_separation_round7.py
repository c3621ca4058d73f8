"""Legal status and separation, said the ways reports say them (2026-12-07, round 7; sentences of our own).

`pretrial_status` (pretrial, convicted, immigration, administrative) and `separation` (not separated from
convicted prisoners, adults or the other sex), in court opinions, State Department country reports, UN and
ombudsman visit reports and NGO letters, in English, Spanish and French:

- A share of a country's or a prison's population held before trial is a fact about those held ("pretrial
  detainees made up 70 percent of the prison population"); a norm, a law, a recommendation, a question, a
  study of causes or trends is not ("pretrial detention should be a measure of last resort").
- "held without charge", a security or emergency law, administrative detention: administrative; "without
  trial" after a length of time ("remained in jail for years without trial"): pretrial; border agencies and
  removal centres: immigration.
- Separation not kept is the fact ("juveniles were not separated from adults", "women and men shared the
  same yard", "no separate section for remand prisoners", "commingled", "in the same buildings as male
  prisoners", a rule "not enforced in practice"); separation kept is the fact negated ("men and women were
  held in separate facilities"); a norm ("should be separated", "the law requires ...") says nothing; nor
  does "separate" in another sense (a separate room for visits, separated from his family), nor a cell
  shared "with four other detainees" (no group kept apart).
"""

from __future__ import annotations

import pytest

from extract_helpers import check_row, counted, describe, reader

_READERS: dict = {}


def _facts(text: str, lang: str):
    if lang not in _READERS:
        _READERS[lang] = reader(lang)
    return _READERS[lang](text)


STATUS = [
    ("Pretrial detainees made up 70 percent of the prison population in Karvania.", "en", "pretrial"),
    ("According to the ministry, 61 percent of inmates were pretrial detainees.", "en", "pretrial"),
    ("Approximately 8,400 of the 12,000 prisoners in the country were awaiting trial.", "en", "pretrial"),
    ("Persons awaiting trial accounted for nearly half of all detainees held in Marsden prison.", "en", "pretrial"),
    ("The government reported that 4,300 persons were in pretrial detention at year's end.", "en", "pretrial"),
    ("Lengthy pretrial detention remained a serious problem; some detainees waited up "
     "to five years for trial.", "en", "pretrial"),
    ("Some accused persons spent longer in pretrial detention than the maximum "
     "sentence for their alleged crime.", "en", "pretrial"),
    ("In several cases pretrial detention exceeded the maximum sentence for the charged offense.", "en", "pretrial"),
    ("Untried prisoners constituted roughly two thirds of the inmates at the central "
     "prison of Oruba.", "en", "pretrial"),
    ("Unconvicted detainees made up 40 percent of the population of the Solen remand centre.", "en", "pretrial"),
    ("Of the 950 men held at the facility, 600 had not yet been tried.", "en", "pretrial"),
    ("Many of those held at the district jail had not yet been brought to trial.", "en", "pretrial"),
    ("The majority of the inmates in the Lamu prison were awaiting trial, some for "
     "more than four years.", "en", "pretrial"),
    ("Detainees often remained in custody awaiting trial for periods longer than the "
     "sentences they would have received.", "en", "pretrial"),
    ("The backlog of cases meant that thousands of accused persons remained in jail "
     "for years without trial.", "en", "pretrial"),
    ("At the time of the events, Mr. Delacroix was a pretrial detainee at the Orleans "
     "Parish Prison.", "en", "pretrial"),
    ("Plaintiff Raymond Okafor was held on remand at the county jail for three years "
     "before his acquittal.", "en", "pretrial"),
    ("The plaintiffs are persons confined in the Fulton County Jail awaiting trial on "
     "criminal charges.", "en", "pretrial"),
    ("Because Ms. Harlan had not been convicted, her claims arise under the Fourteenth Amendment.", "en", "pretrial"),
    ("The petitioner has been held in pretrial custody since his arrest in March 2019.", "en", "pretrial"),
    ("She remained in the county jail for eleven months before her case went to trial.", "en", "pretrial"),
    ("Mendez was detained at the jail pending trial on a charge of aggravated assault.", "en", "pretrial"),
    ("He spent two years in the Dade County jail awaiting his trial on drug charges.", "en", "pretrial"),
    ("The class consists of all unsentenced inmates now or in the future held at the "
     "detention center.", "en", "pretrial"),
    ("The delegation met remand prisoners who had been held for over two years without "
     "seeing a judge.", "en", "pretrial"),
    ("In the remand prison of Kivu, the Subcommittee met detainees who had been held "
     "on remand for three years.", "en", "pretrial"),
    ("Several young men told the Special Rapporteur they had been in detention for 18 "
     "months without trial.", "en", "pretrial"),
    ("The Ombudsman found that 35 of the 60 women at the centre were on remand.", "en", "pretrial"),
    ("Remand prisoners at Westbrook spent up to 22 hours a day in their cells.", "en", "pretrial"),
    ("Many detainees in the police lock-ups had been held for weeks without being "
     "brought before a magistrate.", "en", "pretrial"),
    ("The Committee notes with concern that persons held in pretrial detention account "
     "for 58 per cent of the prison population.", "en", "pretrial"),
    ("Most of those we interviewed were awaiting trial and had not seen a lawyer.", "en", "pretrial"),
    ("Our client, Mr. Teodor Vasile, has been held in pre-trial detention for 26 months.", "en", "pretrial"),
    ("Ms. Farah has now been in custody for two years and has yet to be tried.", "en", "pretrial"),
    ("The three activists have been detained since June awaiting trial before the "
     "State Security Court.", "en", "pretrial"),
    ("Mr. Haddad has been held without charge since his arrest in 2021.", "en", "administrative"),
    ("The activists were held without charge or trial for more than a year.", "en", "administrative"),
    ("At least 900 Palestinians were in administrative detention at the end of the year.", "en", "administrative"),
    ("He was placed in administrative detention under a six-month order that was "
     "renewed twice.", "en", "administrative"),
    ("The journalists were detained for 40 days without being charged.", "en", "administrative"),
    ("The men were detained pending deportation at the Hallmoor removal centre.", "en", "immigration"),
    ("Ms. Osei was held in immigration detention for nine months while her asylum "
     "claim was decided.", "en", "immigration"),
    ("Asylum seekers were held at the airport transit zone for weeks.", "en", "immigration"),
    ("The facility holds migrants awaiting removal to their countries of origin.", "en", "immigration"),
    ("Detained migrants at the Tarsa holding centre slept on mattresses on the floor.", "en", "immigration"),
    ("Foreign nationals detained under immigration powers were held in police cells "
     "for up to five days.", "en", "immigration"),
    ("He had been detained by the immigration authorities for eight months pending his "
     "deportation.", "en", "immigration"),
    ("Mr. Calder was convicted of robbery and sentenced to twelve years' imprisonment.", "en", "convicted"),
    ("She is serving a life sentence at the women's prison in Dunmore.", "en", "convicted"),
    ("The petitioner, a convicted prisoner serving a 20-year term, was transferred to "
     "the supermax.", "en", "convicted"),
    ("Sentenced prisoners at the penitentiary were allowed one visit a month.", "en", "convicted"),
    ("He has been serving his sentence at the Kalinin penal colony since 2019.", "en", "convicted"),
    ("Mr. Rahimi was sentenced to 15 years in prison after a closed trial.", "en", "convicted"),
    ("The plaintiffs are inmates serving sentences at the Lakeview Correctional Facility.", "en", "convicted"),
    ("Convicted prisoners were held in the east wing of the prison.", "en", "convicted"),
    ("Of the 2,150 inmates, 1,420 were pretrial detainees, according to the prison director.", "en", "pretrial"),
    ("The remand population at the jail has doubled since 2018.", "en", "pretrial"),
    ("Nearly 80 percent of those held in Kenton prison had not been convicted of any crime.", "en", "pretrial"),
    ("Some 3,000 prisoners, most of them still awaiting trial, were held in facilities "
     "built for 800.", "en", "pretrial"),
    ("Pretrial detainees constituted an estimated 55 percent of the prison population, "
     "according to NGOs.", "en", "pretrial"),
    ("More than half of the prisoners in the country had not been sentenced.", "en", "pretrial"),
    ("Many suspects remained in police custody for months before being charged and "
     "brought before a court.", "en", "pretrial"),
    ("Ms. Adeyemi had been in pre-trial detention since 2022 on charges of sedition.", "en", "pretrial"),
    ("He remains in custody awaiting a retrial.", "en", "pretrial"),
    ("Persons awaiting trial were sometimes held for longer than the maximum sentence "
     "for their alleged offence.", "en", "pretrial"),
    ("The detainees, none of whom had been tried, were held in a former warehouse.", "en", "pretrial"),
    ("Some remand prisoners had been waiting for trial for more than seven years.", "en", "pretrial"),
    ("The jail houses mostly unsentenced men awaiting their court dates.", "en", "pretrial"),
    ("Untried detainees spent years behind bars because court hearings were repeatedly postponed.", "en", "pretrial"),
    ("The accused had spent four years in detention before his trial began.", "en", "pretrial"),
    ("Approximately 65 percent of the prison population consisted of persons in "
     "preventive detention.", "en", "pretrial"),
    ("Prolonged pretrial detention was common; the average detainee waited 30 months for trial.", "en", "pretrial"),
    ("Mr. Kamau was remanded in custody pending trial and held at Industrial Area Remand Prison.", "en", "pretrial"),
    ("Dozens of opposition members were held incommunicado without charge.", "en", "administrative"),
    ("The security detainees had been held under emergency regulations without charge "
     "for over a year.", "en", "administrative"),
    ("Four students were detained under the Internal Security Act and held without trial.", "en", "administrative"),
    ("Unaccompanied children were held in Border Patrol stations for days.", "en", "immigration"),
    ("Rejected asylum seekers were detained at the Kestrel removal centre pending "
     "their deportation.", "en", "immigration"),
    ("Migrants intercepted at sea were taken to detention centres where they were held "
     "for months.", "en", "immigration"),
    ("Immigration detainees at the county jail were held with criminal inmates.", "en", "immigration"),
    ("Mr. Ortega, who is serving a 30-year sentence for murder, has been held in "
     "isolation since 2015.", "en", "convicted"),
    ("The women were convicted of drug trafficking and sentenced to eight years.", "en", "convicted"),
    ("Prisoners on death row at Kaliti spent 23 hours a day in their cells.", "en", "convicted"),
    ("He is currently serving a sentence of life imprisonment at the state penitentiary.", "en", "convicted"),
    ("The plaintiff, a convicted inmate at the county jail, alleges he was denied medical care.", "en", "convicted"),
    ("Sentenced inmates at Redstone were allowed out of their cells for one hour.", "en", "convicted"),
    ("One in three prisoners in Lorvia is on remand.", "en", "pretrial"),
    ("Roughly 70 percent of the incarcerated population had not been convicted.", "en", "pretrial"),
    ("The proportion of remand prisoners rose to 41 percent in 2023.", "en", "pretrial"),
    ("More than 60 percent of those deprived of liberty were held without a final judgment.", "en", "pretrial"),
    ("Persons in custody without a conviction accounted for 52 percent of the total.", "en", "pretrial"),
    ("Some detainees awaited trial for longer than the maximum sentence for the crimes "
     "they were accused of.", "en", "pretrial"),
    ("Many of the young men in the facility were pre-trial detainees charged with minor offences.", "en", "pretrial"),
    ("Prisoners held on remand at Ravensgate were locked up for 23 hours a day.", "en", "pretrial"),
    ("The boy had been held in police custody for three weeks before appearing before a judge.", "en", "pretrial"),
    ("At the time of the visit, 212 of the 340 inmates were untried.", "en", "pretrial"),
    ("The remand wing held 180 men, some of whom had been there for over two years.", "en", "pretrial"),
    ("Ms. Novak, who is presumed innocent and has not been tried, has been detained since 2021.", "en", "pretrial"),
    ("He was arrested in May and has been in jail ever since, waiting for his case to be heard.", "en", "pretrial"),
    ("The source reports that Mr. Azimov has been held in a pretrial detention centre "
     "in Tashkent since 2020.", "en", "pretrial"),
    ("The women's remand centre held 96 unsentenced women.", "en", "pretrial"),
    ("He was detained in an investigative detention facility (SIZO) pending the investigation.", "en", "pretrial"),
    ("The applicant was detained at the airport transit zone pending his removal to Turkey.", "en", "immigration"),
    ("Detainees in the immigration removal centre had no access to the internet.", "en", "immigration"),
    ("Irregular migrants were detained for up to 18 months in the Zarvo centre.", "en", "immigration"),
    ("The Interior Ministry ordered his detention for three months without trial under "
     "the emergency law.", "en", "administrative"),
    ("Inmates serving long sentences were held in the high-security wing.", "en", "convicted"),
    ("Following his conviction for fraud, he was transferred to the open prison.", "en", "convicted"),
    ("The appellant, a sentenced prisoner at Brixholm, was placed in segregation.", "en", "convicted"),
    ("Pretrial detainees were held with convicted prisoners, juveniles with adults, "
     "and in some cases men with women.", "en", "pretrial"),
    ("According to the NGO, 1,200 of the 4,000 inmates at La Joya were pretrial "
     "detainees, some of whom had waited up to six years for trial.", "en", "pretrial"),
    ("The plaintiff alleges that, although he had not been convicted, he was housed "
     "with sentenced inmates.", "en", "pretrial"),
    ("The detainee, who had been arrested on suspicion of theft, remained in the "
     "police station for twelve days.", "en", "pretrial"),
    ("Mr. Salazar, a pretrial detainee, alleges that guards beat him in his cell.", "en", "pretrial"),
    ("Nearly all detainees at the jail are held before trial.", "en", "pretrial"),
    ("The remand centre holds men who have been charged but not yet tried.", "en", "pretrial"),
    ("Most of the juveniles were awaiting the outcome of their cases.", "en", "pretrial"),
    ("Because he could not afford bail, Mr. Lindqvist spent nine months in the county jail.", "en", "pretrial"),
    ("Sentenced to death in 2009, he has spent fourteen years on death row.", "en", "convicted"),
    ("The inmate, who is serving a 15-year sentence for manslaughter, filed a grievance.", "en", "convicted"),
    ("Border Force officers held the family at the port for 30 hours.", "en", "immigration"),
    ("Unaccompanied minors were held in CBP facilities beyond the 72-hour limit.", "en", "immigration"),
    ("Plaintiff, a state inmate incarcerated at the Greene State Correctional "
     "Institution, brings this action pro se.", "en", "convicted"),
    ("The plaintiffs are inmates in the custody of the Arizona Department of Corrections.", "en", "convicted"),
    ("Petitioner is a Texas prisoner under sentence of death.", "en", "convicted"),
    ("Plaintiff is an inmate at the Wabash Valley Correctional Facility serving a "
     "sentence for burglary.", "en", "convicted"),
    ("The condemned men at San Quentin are confined in the East Block.", "en", "convicted"),
    ("He was convicted in 2011 and has been incarcerated since then.", "en", "convicted"),
    ("At the time of the events, Plaintiff was a convicted prisoner housed at the county jail.", "en", "convicted"),
    ("The class consists of all persons sentenced to the custody of the Department of "
     "Corrections.", "en", "convicted"),
    ("Plaintiff was a pretrial detainee confined at the Cook County Jail at all relevant times.", "en", "pretrial"),
    ("The jail's population consists largely of pretrial detainees who cannot afford bail.", "en", "pretrial"),
    ("While awaiting trial, Mr. Boyd was confined at the Dallas County Jail for fourteen months.", "en", "pretrial"),
    ("The Court treats Hernandez as a pretrial detainee because he had not yet been sentenced.", "en", "pretrial"),
    ("Because plaintiff was a pretrial detainee, his claim arises under the Due "
     "Process Clause of the Fourteenth Amendment.", "en", "pretrial"),
    ("Plaintiffs are individuals detained in the Orleans Parish jail pending trial.", "en", "pretrial"),
    ("Plaintiff, a civil immigration detainee at the Adelanto facility, alleges that "
     "he was denied medical care.", "en", "immigration"),
    ("Petitioners are noncitizens detained by ICE at the Otay Mesa Detention Center.", "en", "immigration"),
    ("Pretrial Detention: Lengthy pretrial detention was a serious problem in Soravia.", "en", "pretrial"),
    ("Many detainees were held for longer than the legal limit for pretrial detention.", "en", "pretrial"),
    ("Detainees whose cases were still under investigation were held at the police station.", "en", "pretrial"),
    ("Prisoners awaiting the conclusion of their trials made up most of the population.", "en", "pretrial"),
    ("Those in preventive custody shared cells with convicted prisoners.", "en", "pretrial"),
    ("The prison held 300 detainees, 250 of whom were in pretrial detention.", "en", "pretrial"),
    ("The NGO estimated that 45 percent of the prison population was awaiting trial or "
     "sentencing.", "en", "pretrial"),
    ("The average length of pretrial detention was 18 months.", "en", "pretrial"),
    ("Nearly 2,000 prisoners were serving sentences for minor drug offences.", "en", "convicted"),
    ("The majority of inmates at the prison had been convicted of violent crimes.", "en", "convicted"),
    ("El 45 % de las personas privadas de libertad en el penal de San Miguel se "
     "encuentra en prisión preventiva.", "es", "pretrial"),
    ("Los procesados representan más de la mitad de la población del centro.", "es", "pretrial"),
    ("La señora Quintero lleva cuatro años en prisión preventiva sin que se haya "
     "celebrado el juicio.", "es", "pretrial"),
    ("De los 1.200 internos, 700 no cuentan con sentencia.", "es", "pretrial"),
    ("Muchos detenidos permanecen años sin sentencia en el reclusorio de Tepic.", "es", "pretrial"),
    ("El quejoso estuvo privado de la libertad durante tres años en espera de juicio.", "es", "pretrial"),
    ("Los internos sin condena superan el 60 % de la población penitenciaria del país.", "es", "pretrial"),
    ("El peticionario permaneció detenido preventivamente durante más de cinco años.", "es", "pretrial"),
    ("Las personas procesadas esperan hasta seis años para que se dicte sentencia.", "es", "pretrial"),
    ("Se trata de presos preventivos que aún no han sido juzgados.", "es", "pretrial"),
    ("La prisión preventiva superó el máximo de la pena prevista para el delito imputado.", "es", "pretrial"),
    ("El interno fue condenado a quince años de prisión por el delito de robo.", "es", "convicted"),
    ("La señora Ríos cumple una pena de ocho años en el centro femenil.", "es", "convicted"),
    ("Las personas migrantes permanecieron detenidas en la estación migratoria durante "
     "semanas.", "es", "immigration"),
    ("Los extranjeros fueron alojados en el centro de internamiento de extranjeros en "
     "espera de su expulsión.", "es", "immigration"),
    ("Les prévenus représentent 40 % de la population pénale de l'établissement.", "fr", "pretrial"),
    ("M. Durand est placé en détention provisoire depuis dix-huit mois.", "fr", "pretrial"),
    ("Plusieurs personnes détenues attendent leur jugement depuis plus de deux ans.", "fr", "pretrial"),
    ("La maison d'arrêt accueille principalement des personnes en attente de jugement.", "fr", "pretrial"),
    ("Le requérant a été maintenu en détention provisoire pendant quatre ans.", "fr", "pretrial"),
    ("La détention provisoire a dépassé la durée de la peine encourue.", "fr", "pretrial"),
    ("Sur les 310 personnes détenues, 190 n'avaient pas encore été jugées.", "fr", "pretrial"),
    ("Il a été condamné à douze ans de réclusion criminelle et purge sa peine au "
     "centre de détention.", "fr", "convicted"),
    ("Les condamnés à de longues peines sont affectés en maison centrale.", "fr", "convicted"),
    ("Les retenus du centre de rétention administrative dorment sur des matelas au sol.", "fr", "immigration"),
    ("Il a été placé en rétention en vue de son éloignement.", "fr", "immigration"),
    ("El accionante se encuentra recluido en calidad de sindicado en la cárcel de Bellavista.", "es", "pretrial"),
    ("Según datos del INPEC, el 32 % de la población reclusa es sindicada.", "es", "pretrial"),
    ("La mayoría de las personas privadas de libertad en el país no tienen sentencia firme.", "es", "pretrial"),
    ("Los adolescentes internados en el centro esperaban la resolución de su situación jurídica.", "es", "pretrial"),
    ("En el penal hay 850 personas procesadas y 430 sentenciadas.", "es", "pretrial"),
    ("El detenido permaneció 72 horas en los separos sin ser puesto a disposición del juez.", "es", "pretrial"),
    ("La víctima estuvo detenida durante tres años sin haber sido juzgada.", "es", "pretrial"),
    ("Las personas bajo medida de aseguramiento intramural superan las 20.000.", "es", "pretrial"),
    ("El accionante purga una condena de veinte años en la cárcel de Cómbita.", "es", "convicted"),
    ("La población condenada del establecimiento asciende a 1.500 internos.", "es", "convicted"),
    ("Las personas extranjeras alojadas en la estancia provisional no contaban con colchones.", "es", "immigration"),
    ("Los migrantes detenidos en la estación migratoria de Tapachula dormían en el suelo.", "es", "immigration"),
    ("Le requérant fut placé en détention provisoire le 3 mars 2015.", "fr", "pretrial"),
    ("Le quartier des prévenus compte 220 places pour 390 personnes.", "fr", "pretrial"),
    ("Près de la moitié des personnes incarcérées n'ont pas encore été jugées.", "fr", "pretrial"),
    ("Mis en examen pour vol, il a été écroué à la maison d'arrêt.", "fr", "pretrial"),
    ("Les personnes détenues en attente de leur procès dorment sur des matelas au sol.", "fr", "pretrial"),
    ("La durée de sa détention provisoire a atteint cinq ans.", "fr", "pretrial"),
    ("Les personnes condamnées à de longues peines sont affectées au centre de détention.", "fr", "convicted"),
    ("Il purge une peine de quinze ans de réclusion.", "fr", "convicted"),
    ("Les personnes retenues au centre de rétention de Vincennes n'ont pas accès à un médecin.", "fr", "immigration"),
    ("Les étrangers placés en zone d'attente à l'aéroport dorment sur des bancs.", "fr", "immigration"),
    ("Se entrevistó a internos en situación jurídica de procesados.", "es", "pretrial"),
    ("La población en prisión preventiva representa el 40 % del total.", "es", "pretrial"),
    ("El imputado permanece detenido desde 2019 sin que se haya iniciado el juicio.", "es", "pretrial"),
    ("En el reclusorio hay cientos de presos sin condena.", "es", "pretrial"),
    ("Muchos reclusos llevan años sin juicio.", "es", "pretrial"),
    ("Le taux de prévenus dépasse 35 % dans cet établissement.", "fr", "pretrial"),
    ("Les personnes en instance de jugement sont hébergées au bâtiment B.", "fr", "pretrial"),
    ("Dans l'attente de leur procès, ces personnes passent 22 heures par jour en cellule.", "fr", "pretrial"),
    ("Les personnes prévenues représentent un tiers de l'effectif.", "fr", "pretrial"),
]

STATUS_QUIET = [
    ("Pretrial detention should be used only as a measure of last resort.", "en"),
    ("The law limits pretrial detention to a maximum of two years.", "en"),
    ("The Committee recommends that the State party reduce the use of pretrial detention.", "en"),
    ("Under the constitution, a detainee must be brought before a judge within 48 hours.", "en"),
    ("The right to be tried within a reasonable time is guaranteed by article 14.", "en"),
    ("The Special Rapporteur asked the authorities how many persons were in pretrial detention.", "en"),
    ("Pretrial detainees are presumed innocent and must be treated accordingly.", "en"),
    ("The report reviews trends in pretrial detention across the region over two decades.", "en"),
    ("The judge adjourned the trial until next month.", "en"),
    ("The trial court granted summary judgment to the defendants.", "en"),
    ("Prison officials testified at trial that the cells were cleaned daily.", "en"),
    ("The new code of criminal procedure entered into force in January.", "en"),
    ("The ministry plans to build a new remand centre next year.", "en"),
    ("The case was remanded to the district court for further proceedings.", "en"),
    ("Article 9 guarantees the right of anyone arrested to be brought promptly before a judge.", "en"),
    ("Judges rarely use alternatives to pretrial detention such as bail.", "en"),
    ("The Government should ensure that pretrial detention does not exceed the legal limit.", "en"),
    ("The working group discussed the causes of prolonged pretrial detention.", "en"),
    ("The trial judge instructed the jury on the elements of the offense.", "en"),
    ("The prosecutor said the trial would begin in May.", "en"),
    ("The bill on pretrial detention was debated in parliament.", "en"),
    ("Please indicate the measures taken to reduce pretrial detention.", "en"),
    ("The government opened two new courts to reduce the backlog of cases.", "en"),
    ("The number of pretrial detainees worldwide exceeds three million.", "en"),
    ("The Rapporteur has long argued that pretrial detention should be an exceptional measure.", "en"),
    ("The court held that the remand hearing had been conducted lawfully.", "en"),
    ("The jury returned a verdict of not guilty after a two-week trial.", "en"),
    ("The detainee's lawyer said the trial had been postponed several times.", "en"),
    ("Pretrial detention is one of the main drivers of prison overcrowding in the region.", "en"),
    ("The Special Rapporteur will present his report on pretrial detention to the Council.", "en"),
    ("The commission was mandated to examine pretrial detention in all 26 cantons.", "en"),
    ("A pretrial detainee may not be punished prior to an adjudication of guilt.", "en"),
    ("The Eighth Amendment applies to convicted prisoners, not to pretrial detainees.", "en"),
    ("Under Bell v. Wolfish, pretrial detainees are protected by the Due Process Clause.", "en"),
    ("The standard for pretrial detainees' excessive force claims is objective unreasonableness.", "en"),
    ("The guards were not trained in how to deal with detainees awaiting deportation.", "en"),
    ("The investigation into his death is still pending.", "en"),
    ("The officers were suspended pending the investigation.", "en"),
    ("He was placed in segregation pending an investigation into the fight.", "en"),
    ("Border Force published new guidance on searches in 2019.", "en"),
    ("The national security adviser visited the prison.", "en"),
    ("Under the emergency plan, visits were suspended during the outbreak.", "en"),
    ("Staff told us the wing was used for new arrivals.", "en"),
    ("La prisión preventiva debe ser excepcional y de corta duración.", "es"),
    ("El Subcomité recomienda al Estado reducir el uso de la prisión preventiva.", "es"),
    ("La ley establece que la prisión preventiva no podrá exceder de dos años.", "es"),
    ("La détention provisoire doit demeurer l'exception.", "fr"),
    ("Le Contrôleur recommande de limiter le recours à la détention provisoire.", "fr"),
    ("La loi fixe la durée maximale de la détention provisoire à quatre ans.", "fr"),
    ("La Corte ha señalado que la prisión preventiva es una medida cautelar, no punitiva.", "es"),
    ("El artículo 19 constitucional regula la prisión preventiva oficiosa.", "es"),
    ("El juicio oral se celebrará el próximo mes.", "es"),
    ("La Cour rappelle que la détention provisoire doit revêtir un caractère exceptionnel.", "fr"),
    ("Le projet de loi vise à réduire le recours à la détention provisoire.", "fr"),
    ("Le procès s'est ouvert devant la cour d'assises.", "fr"),
]

NOT_SEPARATED = [
    ("Pretrial detainees were held with convicted prisoners in most facilities.", "en"),
    ("In many prisons, juveniles were not separated from adults.", "en"),
    ("Women and men shared the same exercise yard at the district jail.", "en"),
    ("The prison had no separate section for remand prisoners.", "en"),
    ("Remand and sentenced prisoners were mixed together in overcrowded dormitories.", "en"),
    ("Immigration detainees were commingled with criminal inmates at the county jail.", "en"),
    ("Children as young as 13 were housed alongside adult prisoners.", "en"),
    ("Authorities did not separate pretrial detainees from convicted criminals.", "en"),
    ("Boys were detained in the same cells as adult men at the Kasai police station.", "en"),
    ("Untried prisoners shared cells with convicted prisoners because of overcrowding.", "en"),
    ("The applicant was held in the same cell as convicted prisoners for four months.", "en"),
    ("At the Mpanda prison, female detainees were held together with male detainees.", "en"),
    ("There was no separation between accused persons and convicted inmates.", "en"),
    ("The delegation observed that minors were held with adults in the police lock-up.", "en"),
    ("Juvenile detainees were housed with adult offenders at the regional prison.", "en"),
    ("Pretrial detainees and convicted prisoners were often held together.", "en"),
    ("Remand prisoners were not kept apart from sentenced prisoners.", "en"),
    ("The facility does not separate unconvicted detainees from those serving sentences.", "en"),
    ("Girls were detained in the women's section together with adult women.", "en"),
    ("Officials acknowledged that detainees awaiting trial were mixed with convicted inmates.", "en"),
    ("Due to lack of space, minors and adults shared cells.", "en"),
    ("The plaintiff, a pretrial detainee, was housed with convicted felons in the maximum-security unit.", "en"),
    ("Asylum seekers were held in the same wing as sentenced prisoners.", "en"),
    ("Because of overcrowding, pretrial and convicted inmates were commingled.", "en"),
    ("Men and women were confined in a single holding cell overnight.", "en"),
    ("The prison lacked the capacity to separate juveniles from adults.", "en"),
    ("Young offenders were not segregated from adult prisoners at the central prison.", "en"),
    ("No separate facilities existed for female prisoners in three of the provinces.", "en"),
    ("Mr. Petrov, who had not been convicted, was placed in a cell with sentenced prisoners.", "en"),
    ("Juveniles in the prison were housed among adult inmates.", "en"),
    ("In Kasongo prison, boys aged 15 were locked up with adult men in one overcrowded room.", "en"),
    ("Pretrial detainees were housed alongside convicted prisoners in all of the prisons visited.", "en"),
    ("Women and men were detained in the same police cells, according to the ombudsman.", "en"),
    ("Juveniles were commingled with adults at the Central Prison.", "en"),
    ("There was no separation of men and women in the holding area.", "en"),
    ("The jail did not separate juveniles from adult detainees.", "en"),
    ("Female detainees were guarded by male officers.", "en"),
    ("Children were not held separately from adults in police stations.", "en"),
    ("The authorities failed to segregate remand prisoners from convicted prisoners.", "en"),
    ("Unconvicted prisoners were housed in the same units as sentenced prisoners.", "en"),
    ("Minors detained with adult criminals were exposed to abuse.", "en"),
    ("There was no separate wing for juveniles, who were held among adult prisoners.", "en"),
    ("Accused persons and convicted prisoners were mixed in the same cells.", "en"),
    ("Pretrial detainees were not separated from convicts in the Northern Regional Prison.", "en"),
    ("Persons awaiting trial were held with those serving sentences.", "en"),
    ("Immigration detainees were mixed with the general prison population.", "en"),
    ("Juveniles were sometimes held with adults in police stations.", "en"),
    ("There were no separate facilities for pretrial detainees.", "en"),
    ("Authorities held pretrial detainees in the same facilities as convicted prisoners.", "en"),
    ("Women and children were held with men in the police lock-up.", "en"),
    ("Officials did not always separate juveniles from adults.", "en"),
    ("Male guards supervised female prisoners in the women's wing.", "en"),
    ("There was a lack of separation between remand and convicted prisoners.", "en"),
    ("Remand and convicted prisoners occupy the same wings.", "en"),
    ("The detention centre held boys and adult men in the same block.", "en"),
    ("Pretrial detainees were frequently held in cells together with convicted prisoners.", "en"),
    ("Juvenile offenders are confined with adult offenders in all regional prisons.", "en"),
    ("Young people under 18 were accommodated on an adult wing.", "en"),
    ("The prison houses both convicted and unconvicted prisoners without separation.", "en"),
    ("The three teenagers were detained together with adult suspects for five days.", "en"),
    ("Prisoners were not separated according to their legal status.", "en"),
    ("There is no classification of prisoners by legal status, age or offence.", "en"),
    ("Pretrial detainees were held with convicted prisoners, juveniles with adults, "
     "and in some cases men with women.", "en"),
    ("There were reports that authorities held juveniles in the same facilities as adults.", "en"),
    ("The law requires separation of pretrial detainees from convicted prisoners, but "
     "authorities did not always enforce this requirement.", "en"),
    ("Although the law requires that juveniles be held separately, in practice they "
     "were often held with adults.", "en"),
    ("Authorities generally held juveniles separately from adults, except in police "
     "stations where they were held together.", "en"),
    ("Overcrowding forced the administration to place remand prisoners in cells with convicts.", "en"),
    ("Juveniles and adults were not always separated at the Bamako central prison.", "en"),
    ("The separation of pretrial detainees from convicted prisoners was not observed in practice.", "en"),
    ("Minors were occasionally housed together with adults due to a lack of space.", "en"),
    ("In the provinces, female prisoners were sometimes held in the same buildings as male prisoners.", "en"),
    ("The jail had a single dormitory in which pretrial and convicted detainees slept side by side.", "en"),
    ("Minors awaiting trial were detained in the adult section of the prison.", "en"),
    ("Contrary to the law, authorities held juveniles with adults in the Kandi prison.", "en"),
    ("The plaintiff alleges that, although he had not been convicted, he was housed with sentenced inmates.", "en"),
    ("Plaintiff alleges that, as a pretrial detainee, he was housed with convicted "
     "inmates in violation of jail policy.", "en"),
    ("The complaint alleges that juvenile detainees were housed in the adult jail "
     "within sight and sound of adult inmates.", "en"),
    ("Juveniles had sight and sound contact with adult prisoners.", "en"),
    ("Mentally ill detainees and pretrial detainees were mixed with the general "
     "population of sentenced inmates.", "en"),
    ("Pretrial detainees were not held separately from convicted prisoners.", "en"),
    ("In some facilities there was no separation between men and women.", "en"),
    ("Youths were co-located with adult inmates in the county jail.", "en"),
    ("Minors in conflict with the law were held with adults in several provinces.", "en"),
    ("Juveniles were confined in the same compound as adult offenders.", "en"),
    ("Persons in pretrial detention were housed with convicted prisoners due to overcrowding.", "en"),
    ("There was no separation of detainees according to the seriousness of the offence or their legal status.", "en"),
    ("Men and women were held in separate facilities, but juveniles were held with adults.", "en"),
    ("Los procesados no están separados de los condenados en el penal de Apodaca.", "es"),
    ("En la cárcel municipal, las mujeres conviven con los hombres en el mismo patio.", "es"),
    ("Los adolescentes comparten celda con adultos en la comisaría.", "es"),
    ("No existe separación entre procesados y sentenciados.", "es"),
    ("Los presos preventivos están mezclados con los condenados.", "es"),
    ("Los menores de edad se encontraban recluidos junto con personas adultas.", "es"),
    ("El centro no cuenta con un área separada para mujeres.", "es"),
    ("Personas procesadas y sentenciadas se alojan en los mismos dormitorios.", "es"),
    ("Las internas comparten el comedor y el patio con la población masculina.", "es"),
    ("Les prévenus ne sont pas séparés des condamnés.", "fr"),
    ("Prévenus et condamnés sont mélangés dans les cellules du bâtiment A.", "fr"),
    ("Les mineurs partagent la cour de promenade avec les détenus majeurs.", "fr"),
    ("Aucune séparation n'est assurée entre les prévenus et les condamnés.", "fr"),
    ("Les femmes et les hommes partagent la même salle d'attente au greffe.", "fr"),
    ("Des mineurs étaient incarcérés avec des adultes au commissariat.", "fr"),
    ("Il n'existe pas de quartier distinct pour les mineurs.", "fr"),
    ("Les prévenus cohabitent avec les condamnés faute de place.", "fr"),
    ("Los sindicados comparten patio con los condenados.", "es"),
    ("En la estación de policía, los menores de edad permanecían junto con los adultos detenidos.", "es"),
    ("No existe separación por sexo en las celdas de la comisaría.", "es"),
    ("Hombres y mujeres permanecían en la misma celda.", "es"),
    ("Las mujeres están recluidas en un pabellón que comparten con internos varones.", "es"),
    ("Se observó que personas procesadas convivían con personas sentenciadas en los dormitorios.", "es"),
    ("Los adolescentes no estaban separados de los adultos.", "es"),
    ("El centro carece de un área exclusiva para personas procesadas.", "es"),
    ("La separación entre procesados y sentenciados no se respeta en la práctica.", "es"),
    ("Les prévenus et les condamnés sont hébergés dans les mêmes cellules.", "fr"),
    ("Des mineurs sont placés avec des majeurs dans les cellules de garde à vue.", "fr"),
    ("La séparation des prévenus et des condamnés n'est pas respectée.", "fr"),
    ("Faute de place, les prévenus partagent leur cellule avec des condamnés.", "fr"),
    ("Les femmes sont détenues dans le même bâtiment que les hommes.", "fr"),
    ("Il n'y a aucune séparation entre les mineurs et les majeurs.", "fr"),
    ("Hommes et femmes sont enfermés ensemble dans la même cellule.", "fr"),
    ("Se constató la mezcla de procesados y sentenciados en los dormitorios.", "es"),
    ("Las mujeres estaban ubicadas en el área varonil del centro.", "es"),
    ("Los adolescentes estaban recluidos en centros para adultos.", "es"),
    ("Niños de 14 años eran alojados con adultos en la comisaría.", "es"),
    ("No hay separación entre hombres y mujeres en los separos municipales.", "es"),
    ("Des mineurs étaient incarcérés dans un quartier pour majeurs.", "fr"),
    ("La promiscuité entre prévenus et condamnés est source de tensions.", "fr"),
    ("Il n'y a pas de séparation entre mineurs et majeurs.", "fr"),
    ("La cohabitation des prévenus et des condamnés est la règle dans cet établissement.", "fr"),
    ("Les femmes sont gardées par des surveillants masculins.", "fr"),
]

SEPARATION_RESPECTED = [
    ("Juveniles were held separately from adults.", "en"),
    ("Pretrial detainees were kept apart from convicted prisoners.", "en"),
    ("Women were held in a separate wing of the prison.", "en"),
    ("Men and women were held in separate facilities.", "en"),
    ("Authorities generally separated remand prisoners from convicted prisoners.", "en"),
    ("Female prisoners were held in separate units staffed by female officers.", "en"),
    ("Pretrial detainees and convicted prisoners were held in separate blocks.", "en"),
    ("Women were detained separately from men in all facilities visited.", "en"),
    ("Juveniles were housed in a separate section, away from adult prisoners.", "en"),
    ("Juveniles were held separately from adults in all facilities visited.", "en"),
    ("Authorities separated pretrial detainees from convicted prisoners.", "en"),
    ("Remand prisoners are accommodated in a separate unit.", "en"),
    ("Las mujeres se encuentran alojadas en un módulo separado del de los hombres.", "es"),
    ("Los procesados están separados de los sentenciados.", "es"),
    ("Les prévenus sont séparés des condamnés.", "fr"),
    ("Les femmes sont hébergées dans un quartier distinct de celui des hommes.", "fr"),
    ("Los hombres y las mujeres se alojan en pabellones distintos.", "es"),
    ("Las personas procesadas se encuentran separadas de las sentenciadas.", "es"),
    ("Les mineurs sont hébergés séparément des majeurs.", "fr"),
    ("Prévenus et condamnés sont séparés.", "fr"),
]

SEPARATION_NORM = [
    ("Pretrial detainees should be separated from convicted prisoners.", "en"),
    ("The law requires that juveniles be held separately from adults.", "en"),
    ("The Committee urges the State party to ensure that minors are detained separately from adults.", "en"),
    ("Rule 11 provides that untried prisoners shall be kept separate from convicted prisoners.", "en"),
    ("The Subcommittee asked whether women were held separately from men.", "en"),
    ("Separation of juveniles from adults is a basic principle of juvenile justice.", "en"),
    ("Rule 112 requires untried prisoners to be kept separate from convicted prisoners.", "en"),
    ("The Government should ensure that juveniles are separated from adults in all places of detention.", "en"),
    ("The Subcommittee recommends the separation of pretrial detainees from convicted prisoners.", "en"),
    ("The new prison will have separate units for women and juveniles.", "en"),
    ("Please explain whether children are detained separately from adults.", "en"),
    ("International standards require that women be held separately from men.", "en"),
    ("The authorities should ensure that pretrial detainees are kept apart from convicted prisoners.", "en"),
    ("The Committee was informed that a new wing for juveniles would be built to separate them from adults.", "en"),
    ("Whether women are held separately from men varies from prison to prison.", "en"),
    ("Los procesados deben estar separados de los condenados.", "es"),
    ("La ley dispone que los menores sean alojados separadamente de los adultos.", "es"),
    ("El Mecanismo recomienda garantizar la separación entre procesados y sentenciados.", "es"),
    ("Les prévenus doivent être séparés des condamnés.", "fr"),
    ("La loi prévoit que les mineurs sont détenus séparément des majeurs.", "fr"),
    ("Le Contrôleur recommande de séparer les prévenus des condamnés.", "fr"),
    ("Se recomienda separar a los procesados de los sentenciados.", "es"),
    ("Las Reglas Mandela exigen que los jóvenes estén separados de los adultos.", "es"),
    ("Le CPT recommande que les prévenus soient séparés des condamnés.", "fr"),
    ("La loi impose la séparation des prévenus et des condamnés.", "fr"),
]

OTHER_SENSES = [
    ("Visits took place in a separate room with a glass partition.", "en"),
    ("He has been separated from his family for three years.", "en"),
    ("Each cell had a separate toilet area.", "en"),
    ("The prisoners filed a separate complaint about the food.", "en"),
    ("The court addressed each claim separately.", "en"),
    ("The children were separated from their mothers at the border.", "en"),
    ("The women's wing has its own separate kitchen.", "en"),
    ("Convicted prisoners and pretrial detainees both receive three meals a day.", "en"),
    ("The jail holds pretrial detainees and sentenced inmates.", "en"),
    ("Men and women have access to the same medical services.", "en"),
    ("The detainees shared a cell with four other detainees.", "en"),
    ("He shared a cell with two other pretrial detainees.", "en"),
    ("The inmates were housed in dormitories of 40 beds.", "en"),
    ("In a separate incident, guards beat a detainee.", "en"),
    ("A separate section of the report deals with health care.", "en"),
    ("He was separated from his co-defendants and transferred to another prison.", "en"),
    ("The inmates asked for a separate hearing on their claims.", "en"),
    ("Visitors and detainees were separated by a glass screen.", "en"),
    ("Men and women waited in the same visitors' queue outside the prison.", "en"),
    ("The doctor examined the women and men separately.", "en"),
    ("The women's unit is separated from the main building by a wall.", "en"),
    ("The detainee was separated from the other prisoners for his own protection.", "en"),
    ("Men and women have separate visiting days.", "en"),
    ("The detainees were held together in a large dormitory.", "en"),
    ("The prisoners ate their meals together in the dining hall.", "en"),
    ("Juveniles and adults are entitled to the same visiting rights.", "en"),
    ("Jail policy requires that pretrial detainees be housed separately from sentenced inmates.", "en"),
    ("The jail houses pretrial detainees and sentenced inmates in separate pods.", "en"),
    ("Women were held in the same prison as men, but in a separate wing.", "en"),
    ("He was held in the same cell as his co-accused for two weeks.", "en"),
    ("He was housed in the same unit as other mentally ill inmates.", "en"),
    ("The women shared a cell with two other women.", "en"),
    ("Women were detained together with their young children.", "en"),
    ("Juveniles were held in the same facility as other juveniles from the region.", "en"),
    ("Pretrial detainees are subject to the same rules on visits as convicted prisoners.", "en"),
    ("Female staff and male staff shared the same office.", "en"),
    ("The men and women who work at the prison share the same canteen.", "en"),
    ("Convicted and pretrial inmates receive the same food.", "en"),
    ("El interno fue separado de su familia durante tres años.", "es"),
    ("Las visitas se realizan en una sala separada.", "es"),
    ("Il est séparé de sa famille depuis son incarcération.", "fr"),
    ("Les parloirs se déroulent dans une salle séparée.", "fr"),
    ("El quejoso fue separado de su cargo en el centro penitenciario.", "es"),
    ("La celda de aislamiento está separada del resto del módulo por una reja.", "es"),
    ("Il est séparé de ses enfants depuis deux ans.", "fr"),
    ("Le quartier disciplinaire est séparé du bâtiment principal.", "fr"),
]

@pytest.mark.parametrize("text,lang,value", STATUS)
def test_a_legal_status_stated(text: str, lang: str, value: str) -> None:
    check_row(_facts(text, lang), "pretrial_status", value)


@pytest.mark.parametrize("text,lang", STATUS_QUIET)
def test_a_norm_a_study_or_a_trial_is_no_status(text: str, lang: str) -> None:
    check_row(_facts(text, lang), "pretrial_status", False)


@pytest.mark.parametrize("text,lang", NOT_SEPARATED)
def test_groups_not_kept_apart(text: str, lang: str) -> None:
    check_row(_facts(text, lang), "separation", True)


@pytest.mark.parametrize("text,lang", SEPARATION_RESPECTED)
def test_groups_kept_apart_is_separation_negated(text: str, lang: str) -> None:
    facts = counted(_facts(text, lang), "separation")
    assert facts and all(f.negated for f in facts), describe(facts)


@pytest.mark.parametrize("text,lang", SEPARATION_NORM)
def test_a_norm_of_separation_says_nothing(text: str, lang: str) -> None:
    facts = _facts(text, lang)
    assert not counted(facts, "separation"), describe(facts)


@pytest.mark.parametrize("text,lang", OTHER_SENSES)
def test_separate_in_another_sense_is_no_mixing(text: str, lang: str) -> None:
    check_row(_facts(text, lang), "separation", False)
