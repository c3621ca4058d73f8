"""Grading probes: short passages in the manner of the five genres the corpus holds (a State
Department country report, a DOJ/OIG report, a UN special procedure or treaty body or the SPT, an
inspectorate or ombudsman, a US court opinion at each stage), our own words and places, each with the
findings a detention-monitoring lawyer would sign (issue 11): ``violation_likely`` only where the fact
is established (a court's finding, an inspection's own observation on its visit, an admission by the
authorities, two independent sources that agree) and specific enough; a single allegation, one relayed
("NGOs reported", "according to the ombudsman", "the Special Rapporteur received information"), a
hedge ("reportedly"), a recommendation, a pleading, a dissent, an assumption "for purposes of this
appeal" or a claim the court ruled against is not.

Each row: (id, text, finding id, expected status or None for no finding, one-line reason).  A passage
with no expected finding must give no ``violation_likely`` at all (a recommendation, a survey).
"""

from __future__ import annotations

import pytest

from assess_helpers import assess_text, by_id, check_finding

V, C, I, OK = "violation_likely", "concern", "insufficient_information", "compliant"

#: a court opinion's head: a caption and a statute, as the opinions the corpus holds open
CAPTION = "Harlow v. Dunn, No. 19-cv-2210 (42 U.S.C. 1983). "

PASSAGES = [
    ('sd-own-capacity',
     'Prison conditions were harsh and life threatening due to overcrowding and poor sanitation. At '
     "the end of August, the country's 31 prisons held 19,800 inmates in facilities built for 9,100. "
     'In the Rivaldo central prison, inmates slept on the floor in shifts.',
     'mandela-13', V,
     "the Department's own figures (19,800 in places for 9,100): its own assessment, specific: established"),
    ('sd-ngo-beatings',
     'Prison conditions remained poor. Human rights groups reported that guards at the Karsten '
     'facility beat detainees with batons during searches. The government did not comment on the '
     'reports.',
     'mandela-1', C, "'human rights groups reported': one relayed allegation, a concern"),
    ('sd-reportedly-food',
     'Physical Conditions: Prisoners reportedly received one meal a day and relied on relatives for '
     'food. Authorities did not provide figures on the food budget.',
     'mandela-22', C, "'reportedly': a hedge, a concern"),
    ('sd-ombudsman-relay',
     'According to the ombudsman, detainees in the Morava police lockups were held for up to nine '
     'days without access to a toilet and relieved themselves in plastic bags.',
     'mandela-15', C, "'according to the ombudsman': relayed by the report, a concern"),
    ('sd-own-separation',
     'Authorities held pretrial detainees together with convicted prisoners in all regional prisons. '
     'Juveniles were held with adults in the Tarrin prison.',
     'mandela-11', V, "the Department's own statement that untried and convicted are held together: established"),
    ('sd-govt-denial',
     'Local NGOs alleged that guards in the Ostrava prison kept inmates without food for three days '
     'as punishment. Prison officials denied the allegation.',
     'mandela-43-1-d', C, "an NGO's allegation the officials deny: disputed, a concern"),
    ('sd-govt-denial',
     'Local NGOs alleged that guards in the Ostrava prison kept inmates without food for three days '
     'as punishment. Prison officials denied the allegation.',
     'mandela-22', C, "an NGO's allegation the officials deny: disputed, a concern"),
    ('sd-two-sources',
     'The National Human Rights Commission reported that inmates in the Bellport prison were denied '
     'drinking water for two days in July. Amnesty International separately documented the same '
     'denial of drinking water at Bellport.',
     'mandela-22', V, 'a national commission and an NGO agree on the same denial of water: two independent sources'),
    ('sd-general-poor-food',
     'Food was often inadequate and of poor quality, and medical care was limited.',
     'mandela-22', C, "'often inadequate and of poor quality': too general to fix the shortfall, a concern"),
    ('sd-admission',
     'The Ministry of Justice acknowledged that the Valera prison held 2,400 inmates in a facility '
     'designed for 800 and that several cells had no running water.',
     'mandela-13', V, 'the ministry acknowledges 2,400 held in places for 800: an admission by the authorities'),
    ('sd-deaths-relayed',
     'NGOs reported that at least 14 prisoners died in custody during the year, some after beatings '
     'by guards. The government investigated two of the deaths.',
     'mandela-1', C, "'NGOs reported' deaths after beatings: one relayed allegation, a concern"),
    ('oig-observed-restraints',
     'During our unannounced inspection of the Harlan County Detention Center, we observed a detainee'
     ' who had been held in a restraint chair for 11 hours without a documented medical check. Staff '
     'told us the chair was used as a consequence for disruptive behavior.',
     'mandela-47', V,
     'the inspectors saw the restraint chair used as a consequence for 11 hours: their own observation'),
    ('oig-records-solitary',
     'Our review of facility records showed that 17 detainees were held in disciplinary segregation '
     'for more than 30 consecutive days, one of them for 240 days, alone in a cell for 23 hours a '
     'day.',
     'mandela-43-1-b', V, "the OIG's own review of records: 240 days alone 23 hours a day, prolonged solitary"),
    ('oig-detainee-says',
     'One detainee told us that officers had denied him his medication for a week. We were unable to '
     'confirm this account in the medical records.',
     'mandela-24', C, "one detainee's account the OIG could not confirm: a concern"),
    ('oig-recommend',
     'We recommend that the facility ensure that detainees in segregation receive a daily visit from '
     'medical staff.',
     None, None, 'a recommendation presupposes but does not establish: no breach finding'),
    ('doj-finding-force',
     'The Civil Rights Division concludes that there is reasonable cause to believe that the jail '
     'engages in a pattern of excessive force: officers used chemical spray on restrained prisoners '
     'on at least nine occasions we reviewed.',
     'mandela-82', C,
     "force the Division found excessive is rule 82's question; the rule is unverified (U), graded a concern"),
    ('oig-mold',
     'Inspectors observed mold on the ceilings of the showers in housing units B and C, and standing '
     'water around the drains of three toilets.',
     'mandela-17', V, 'mould and standing water the inspectors observed: rule 17 (cleanliness), established'),
    ('un-committee-concerned-reports',
     'The Committee is concerned at reports of overcrowding and poor sanitation in places of '
     'detention, in particular in the Zarek prison.',
     'mandela-13', C, "'concerned at reports of': the Committee relays, a concern"),
    ('un-sr-received',
     'The Special Rapporteur received information that detainees at the Nuru facility were kept in '
     'dark cells without windows for several weeks.',
     'mandela-14', C, "'received information that': relayed, a concern"),
    ('spt-own-visit',
     'During its visit to the Ellora remand centre, the delegation observed that 46 detainees were '
     'held in a cell of 30 square metres, with a single toilet and no ventilation.',
     'mandela-13', V, '46 detainees in 30 m2 the delegation observed on its visit: established'),
    ('spt-recommend',
     'The Subcommittee recommends that the State party ensure that all detainees have access to '
     'drinking water at all times.',
     None, None, 'a recommendation to ensure water: no finding that water is lacking'),
    ('sr-own-observation',
     'The Special Rapporteur visited the Kanto prison and saw detainees shackled to their beds in the'
     ' infirmary. The prison director told him that the shackles were applied to all detainees in the'
     ' infirmary.',
     'mandela-47', C,
     'shackles the rapporteur saw: rule 47 allows restraints within limits not shown broken, a concern'),
    ('wg-allegation',
     'The Working Group heard testimony from former detainees who alleged that they had been held '
     'incommunicado for more than a month.',
     'mandela-58', C, "former detainees' testimony the Working Group heard: alleged, a concern"),
    ('committee-notes-info',
     'The Committee notes with concern information indicating that children are held in solitary '
     'confinement in juvenile facilities for periods of up to 20 days.',
     'mandela-45-2', C, "'notes with concern information indicating': relayed, a concern"),
    ('hmip-own',
     'At the time of the inspection, 28 men in the segregation unit were locked in their cells for '
     'more than 22 hours a day, and several had been held there for over three months. We found that '
     'the unit lacked a regime of any purposeful activity.',
     'mandela-43-1-b', C,
     'a segregation unit, 22 hours in cell: a label, no word on contact, a concern, not solitary proved'),
    ('hmip-survey',
     'In our survey, 41% of prisoners said they felt unsafe, and many told us that staff used force '
     'unnecessarily.',
     None, None, 'a survey of what prisoners felt: no breach finding from it'),
    ('hmip-cell-observed',
     'We saw cells designed for one prisoner that held two, with an unscreened toilet less than a '
     'metre from the bed.',
     'mandela-13', V, 'two in a cell for one with an unscreened toilet, seen by the inspectors: established'),
    ('ombud-complaint-upheld',
     'The Ombudsman investigated the complaint and found that the prisoner had been strip-searched in'
     ' front of other prisoners without any recorded reason.',
     'mandela-52', C,
     'a strip search found done without a recorded reason: rule 52 allows searches within limits, a concern'),
    ('ombud-relay-family',
     'Families of prisoners complained to the Ombudsman that visits at the Dunmore prison had been '
     'suspended for six months.',
     'mandela-58', C, "families' complaint to the Ombudsman: alleged, a concern"),
    ('hmip-positive',
     'All prisoners had access to at least one hour in the open air each day, and exercise yards were'
     ' clean and well equipped.',
     'mandela-23', OK, 'an hour in the open air each day: compliant'),
    ('court-bench',
     'FINDINGS OF FACT AND CONCLUSIONS OF LAW. ' + CAPTION + 'After a four-day bench trial, the Court finds that '
     'plaintiff Hollis was confined in a cell without a working toilet for eleven days and that the '
     'floor of the cell was covered in urine and feces.',
     'mandela-15', V, "the court's finding after a bench trial: established"),
    ('court-mtd',
     "MEMORANDUM AND ORDER. ' + CAPTION + 'Before the Court is defendants' motion to dismiss. Plaintiff alleges "
     'that he was held in a cell without a mattress for 40 days and that guards denied him meals on '
     'six occasions. Accepting these allegations as true, the Court finds that plaintiff has stated a'
     ' claim.',
     'mandela-21', C, 'allegations accepted as true on a motion to dismiss: a concern'),
    ('court-sj-light',
     "OPINION. ' + CAPTION + 'This matter is before the Court on defendants' motion for summary judgment. Viewing "
     'the evidence in the light most favorable to the plaintiff, Ruiz was kept in a cell lit 24 hours'
     ' a day for four months. The motion is denied.',
     'mandela-43-1-c', C, 'facts read in the light most favourable to the plaintiff: not found, a concern'),
    ('court-sj-undisputed',
     "OPINION. ' + CAPTION + 'This matter is before the Court on defendants' motion for summary judgment. It is "
     'undisputed that Ruiz was kept in a cell lit 24 hours a day for four months while in '
     'disciplinary segregation.',
     'mandela-43-1-c', V, "'it is undisputed': found even on summary judgment"),
    ('court-assume',
     'OPINION. ' + CAPTION + 'For purposes of this appeal, we assume that Dorsey was held in a cell without heat '
     'for two weeks in January.',
     'mandela-13', C, "'for purposes of this appeal, we assume': not found, a concern"),
    ('court-expert-not-credited',
     "MEMORANDUM OPINION. ' + CAPTION + 'Plaintiffs' expert, Dr. Hale, opined that the cells were below 50 degrees "
     'for much of the winter. The Court will address the weight of that testimony at trial.',
     'mandela-13', None, "an expert's opinion not yet weighed: no finding from it"),
    ('court-appeal-affirm-finding',
     'OPINION. ' + CAPTION + 'The district court found, after a bench trial, that inmates in the Delta Unit were '
     'confined to their cells 23 hours a day, alone, for an average of 14 months. Those findings are '
     'not clearly erroneous. We affirm.',
     'mandela-43-1-b', V, "a trial court's finding the appeal affirms: established"),
    ('court-rejected',
     'MEMORANDUM OPINION. ' + CAPTION + 'Plaintiff claims that he was denied outdoor exercise for six months. The '
     'record shows that he was offered recreation five days a week and refused it. Summary judgment '
     'is granted in favor of defendants.',
     'mandela-23', I, 'a claim the court ruled against: no breach finding, the finding says it was rejected'),
    ('court-recite-complaint',
     'OPINION. ' + CAPTION + 'In his complaint, Tate alleges that officers placed him in a cell with no clothes and'
     ' no blanket for three days. The district court dismissed the complaint for failure to exhaust. '
     'We reverse and remand.',
     'mandela-21', C, "the complaint's allegation, recited by an appeal that reverses a dismissal: a concern"),
    ('court-jury',
     'OPINION. ' + CAPTION + 'The jury found that officers had beaten Ellis while he was handcuffed and awarded him'
     ' damages. We affirm.',
     'mandela-1', V, "a jury's verdict the appeal affirms: established"),
    ('court-declaration',
     "MEMORANDUM OPINION. ' + CAPTION + 'In his declaration, inmate Porter states that the unit's ventilation was "
     'broken for most of the summer and that temperatures exceeded 100 degrees. Defendants dispute '
     'this account.',
     'mandela-13', C, "an inmate's declaration the defendants dispute: a concern"),
    ('court-admission',
     'OPINION. ' + CAPTION + 'Defendants concede that the plaintiff class was housed in the Gym Annex at three '
     'times its rated capacity for over a year.',
     'mandela-13', V, 'the defendants concede three times the rated capacity: established'),
    ('sd-harsh-only',
     'Prison conditions were harsh due to overcrowding and inadequate medical care.',
     'mandela-13', C, "'harsh due to overcrowding' with no figure: a concern"),
    ('sd-ngo-two-crowds',
     'Human rights activists and former prisoners said that detainees in the Kessel prison were '
     'beaten during interrogations.',
     'mandela-1', C, "two crowds ('activists and former prisoners'), no named source: one allegation, a concern"),
    ('mon-allegedly-solitary',
     'Detainees were allegedly held in solitary confinement for up to 60 days in the Orin prison.',
     'mandela-43-1-b', C, "'allegedly': a hedge, a concern"),
    ('un-general-country',
     'The Committee is concerned that prison conditions in the State party remain poor, with high '
     'levels of overcrowding in most facilities.',
     'mandela-13', C, "a general concern about a country's prisons: a concern"),
    ('sd-pdo-relay',
     "The Public Defender's Office reported that in the Rustavi prison, inmates with tuberculosis "
     'were held together with healthy prisoners and that the prison had no doctor for three months.',
     'mandela-24', C, "the Public Defender's report relayed: a concern"),
    ('sd-media',
     'Local media reported that two inmates at the Soroti prison died of cholera after drinking '
     'contaminated water in March.',
     'mandela-22', C, "'local media reported': a concern"),
    ('sd-there-were-reports',
     'There were reports that prison guards in the northern region forced detainees to stand in '
     'stress positions for hours.',
     'mandela-82', C, "'there were reports': no one named, a concern"),
    ('sd-observers',
     'Observers noted that some detainees in the Lago police station were held in cells without '
     'windows, and that the cells were infested with cockroaches.',
     'mandela-14', C, "'observers noted': unnamed, a concern"),
    ('sd-families',
     'Families of detainees stated that they were not allowed to visit relatives held at the Benton '
     'military facility for more than a year.',
     'mandela-58', C, "families' statement: alleged, a concern"),
    ('sd-ngo-visit-found',
     'The NGO Prison Watch, which visited 12 prisons during the year, found that inmates in the Marlo'
     ' prison slept on concrete floors without mattresses.',
     'mandela-21', C, "an NGO's 'found that' is one NGO's word, not the Department's own: a concern"),
    ('sd-unnamed-sources-solitary',
     'Sources stated that political prisoners were held in isolation cells for months at a time.',
     'mandela-43-1-b', C, "'sources stated': unnamed, a concern"),
    ('mon-detainees-consistent',
     'Many detainees interviewed by the delegation said that they had been kicked and punched by '
     'police officers during their arrest.',
     'mandela-1', C, 'detainees interviewed said: their word, relayed, a concern'),
    ('mon-committee-regrets-alleg',
     'The Committee regrets the lack of information on the allegations that prisoners on death row '
     'are handcuffed whenever they leave their cells.',
     'mandela-47', C, "'the allegations that': relayed, a concern"),
    ('mon-ombud-according',
     "According to the Ombudsman's office, several women detainees were held in a basement cell "
     'without natural light for two weeks.',
     'mandela-14', C, "'according to the Ombudsman's office': relayed, a concern"),
    ('mon-ngo-submission',
     'In its submission to the Committee, a coalition of NGOs stated that the Bravo prison operated '
     'at 300 per cent of its capacity.',
     'mandela-13', C, "a coalition of NGOs' submission: alleged, a concern"),
    ('mon-prisoners-complained',
     'Prisoners complained to inspectors that the food was cold and portions too small.',
     'mandela-22', C, 'prisoners complained to inspectors: their word, a concern'),
    ('court-plaintiff-testified',
     'MEMORANDUM OPINION. ' + CAPTION + 'At the hearing, plaintiff Greer testified that he was denied toilet paper '
     'and soap for three weeks. Defendants offered no evidence on this point. The motion for a '
     'preliminary injunction is taken under advisement.',
     'mandela-15', C, "a plaintiff's testimony the court has not credited: a concern"),
    ('court-sj-favorable-force',
     'OPINION. ' + CAPTION + 'Defendants move for summary judgment. Taking the facts in the light most favorable to'
     ' Brooks, an officer struck him in the face while he was handcuffed and lying on the floor. A '
     'reasonable jury could find the force excessive, so the motion is denied.',
     'mandela-82', C, 'summary judgment, facts in the light most favourable: a concern'),
    ('court-screening',
     "ORDER. ' + CAPTION + 'The Court has screened plaintiff's complaint under 28 U.S.C. 1915A. Plaintiff states "
     'that he has been kept in a cell with no light for two months. This claim may proceed.',
     'mandela-14', C, 'a complaint screened under 1915A: allegations, a concern'),
    ('court-expert-report-hearsay',
     "OPINION. ' + CAPTION + 'The report of plaintiffs' expert describes the cells of the Hill Unit as unbearably "
     'hot, with temperatures reaching 110 degrees. Defendants have moved to exclude the report.',
     'mandela-13', C, 'an expert report the defendants move to exclude: a concern'),
    ('court-class-allegation',
     'MEMORANDUM OPINION. ' + CAPTION + 'This class action challenges conditions in the county jail. Plaintiffs '
     'contend that the jail is overcrowded, with three men to cells built for one.',
     'mandela-13', C, 'plaintiffs contend: a claim, a concern'),
    ('court-bench-credited',
     'FINDINGS OF FACT. ' + CAPTION + 'The Court credits the testimony of the inmates that the cells in the East '
     'Wing had no heat for most of January and that inmates slept in their coats.',
     'mandela-13', V, "'the Court credits the testimony of the inmates that': the court's finding"),
    ('spt-rec-children',
     'The Subcommittee recommends that the State party put an end to the practice of holding children'
     ' together with adults in police stations, and that it separate pretrial detainees from '
     'convicted prisoners.',
     'mandela-11', None, 'a recommendation to separate children: presupposes, does not establish'),
    ('cat-rec-solitary',
     'The State party should limit the use of solitary confinement to no more than 15 consecutive '
     'days and prohibit its use for juveniles.',
     'mandela-43-1-b', None, "'should limit solitary confinement': a recommendation, no finding"),
    ('cat-rec-solitary',
     'The State party should limit the use of solitary confinement to no more than 15 consecutive '
     'days and prohibit its use for juveniles.',
     'mandela-45-2', None, "'should limit solitary confinement': a recommendation, no finding"),
    ('mon-continuation',
     'The delegation received numerous allegations of ill-treatment at the Tamsin police station. In '
     'one case, a man was beaten with a rubber hose on the soles of his feet. Another detainee was '
     'kept handcuffed to a radiator overnight.',
     'mandela-1', C, 'allegations received, and the cases the next sentences tell: still relayed, a concern'),
    ('mon-continuation',
     'The delegation received numerous allegations of ill-treatment at the Tamsin police station. In '
     'one case, a man was beaten with a rubber hose on the soles of his feet. Another detainee was '
     'kept handcuffed to a radiator overnight.',
     'mandela-47', C, 'allegations received, and the cases the next sentences tell: still relayed, a concern'),
    ('sd-continuation',
     'Human rights NGOs reported that guards at the Ferro prison routinely beat inmates. Guards also '
     'denied inmates food for up to three days as punishment.',
     'mandela-43-1-d', C,
     'NGOs reported, and the next sentence carries their claim: food cut as punishment, a concern'),
    ('court-history-lower-finding-reversed',
     'OPINION. ' + CAPTION + 'The district court found that Marsh had been kept in a strip cell without clothing '
     'for five days. Because that finding rested on inadmissible evidence, we vacate the judgment and'
     ' remand.',
     'mandela-19', C, "a lower court's finding the appeal vacates: not established, a concern"),
    ('court-sj-plaintiff-version',
     "MEMORANDUM OPINION. ' + CAPTION + 'The following account is taken from plaintiff's deposition. Plaintiff was "
     'placed in a cell with no running water for six days. He was given a single cup of water each '
     'day.',
     'mandela-15', C, "facts taken from the plaintiff's deposition: his account, a concern"),
    ('mon-staff-told',
     'Staff told the inspectors that prisoners in the care and separation unit were routinely held '
     'for more than 42 days, and the records we examined confirmed this.',
     'mandela-43-1-b', C, 'more than 42 days in a separation unit (a label): a concern until the contact is known'),
    ('sd-govt-reported-deaths',
     'The government reported that 37 prisoners died in custody during the year, 22 of them from '
     'tuberculosis, and acknowledged that the prison hospital had no functioning X-ray machine.',
     'mandela-24', I, 'tuberculosis the government reports, no word on care: insufficient information'),
    ('oig-complaints-received',
     'The OIG received 214 complaints from detainees alleging that they were denied medical care for '
     'serious conditions. We have referred these complaints for investigation.',
     'mandela-24', C, 'complaints the OIG received and referred: relayed, a concern'),
    ('court-dissent',
     'OPINION. ' + CAPTION + 'The majority affirms the dismissal of the claim. Judge Ortiz, dissenting, would have '
     'held that confining Harlow in a cell without a working toilet for nine days violated the Eighth'
     ' Amendment.',
     'mandela-15', C, "a dissenting judge's view is not the court's finding: a concern"),
    ('hmip-prisoners-said-showers',
     'Prisoners said they could only shower twice a week, and the showers were frequently broken.',
     'mandela-16', C, "'prisoners said': their word, a concern"),
    ('sd-pretrial-own',
     'Pretrial detainees made up 68 percent of the prison population, and many remained in detention '
     'longer than the maximum sentence for the crime of which they were accused.',
     None, None, 'a pretrial share: no breach finding of a conditions rule expected here'),
    ('un-sr-press-release-own',
     'GENEVA - UN human rights experts today said that the detained journalist Omar Sayed had been '
     'held in solitary confinement for over 300 days and denied access to his lawyer.',
     'mandela-43-1-b', V, "UN experts' own statement of 300 days in solitary: established"),
    ('court-mtd-granted',
     "MEMORANDUM AND ORDER. ' + CAPTION + 'Plaintiff alleges that he was denied a mattress for 30 days. Defendants'"
     ' motion to dismiss is granted because plaintiff failed to exhaust his administrative remedies.',
     'mandela-21', I, 'a claim dismissed: no breach finding rests on it'),
]


@pytest.mark.parametrize("text, finding_id, expected, reason",
                         [pytest.param(t, i, s, r, id=f"{n}-{i}") for n, t, i, s, r in PASSAGES])
def test_grading_probe(text, finding_id, expected, reason):
    a = assess_text(text)
    if finding_id is None:  # a recommendation, a survey: nothing established
        assert not [f.id for f in a.findings if f.status == V], reason
        return
    check_finding(a.findings, finding_id, expected, reason, "basis")


def test_every_genre_has_rows():
    kinds = {n.split("-")[0] for n, *_ in PASSAGES}
    assert {"sd", "oig", "un", "spt", "hmip", "ombud", "court"} <= kinds
    assert len({n for n, *_ in PASSAGES}) >= 40


#: each change beside a counter-example that must stay as it was
PAIRS = [
    # an NGO's "found that" is its word; an inspectorate's is its finding
    ("ngo-found", "The NGO Prison Watch found that detainees in the Tarn prison slept on the floor without "
     "mattresses.", "mandela-21", C, "an NGO's finding: one source, a concern"),
    ("inspectorate-found", "The Inspectorate, which visited the Tarn prison in May, found that detainees slept on "
     "the floor without mattresses.", "mandela-21", V, "an official inspectorate's finding on its visit"),
    ("ngo-which-visited", "Prison Watch, which visited 12 prisons during the year, found that detainees in the Tarn "
     "prison slept on the floor without mattresses.", "mandela-21", C,
     "a relative clause between the NGO and its verb does not make the NGO's word the author's"),
    ("author-own", "Detainees in the Tarn prison slept on the floor without mattresses.", "mandela-21", V,
     "the report's own statement, specific: established"),
    # what a newspaper's inquiry revealed is the press's word; what an official review revealed is found
    ("press-revealed", "An investigation by the newspaper La Voz revealed that inmates in the Tarn prison were held "
     "in cells without toilets.", "mandela-15", C, "a newspaper's investigation: one source, a concern"),
    ("oig-revealed", "The OIG's review revealed that inmates in the Tarn prison were held in cells without toilets.",
     "mandela-15", V, "an inspector general's review: an official body's finding"),
    # a court that credits testimony finds; a court that hears it does not yet
    ("court-credits", "OPINION. " + CAPTION + "After a bench trial, the Court credits the testimony of the inmates "
     "that the cells in the East Wing had no heat for most of January.", "mandela-13", V,
     "testimony the court credits is its finding"),
    ("court-heard", "OPINION. " + CAPTION + "After a bench trial, the Court heard testimony of the inmates that the "
     "cells in the East Wing had no heat for most of January.", "mandela-13", C,
     "testimony the court heard, not credited: evidence, a concern"),
    ("court-finds-complaints-true", "OPINION. " + CAPTION + "After a bench trial, the Court finds that the complaints "
     "of the inmates were true: the cells in the East Wing had no heat for most of January.", "mandela-13", V,
     "the court's own finding opens the sentence: found"),
    # a trial a party demands or the court has set is no trial held: the motion to dismiss still rules
    ("mtd-jury-demanded", "MEMORANDUM AND ORDER. " + CAPTION + "Before the Court is defendants' motion to dismiss. "
     "Harlow was kept in a cell without a mattress for 40 days. He seeks damages and demands a jury trial.",
     "mandela-21", C, "a jury trial demanded is not held: the facts are the complaint's"),
    ("mtd-trial-set", "MEMORANDUM AND ORDER. " + CAPTION + "Before the Court is defendants' motion to dismiss. "
     "Harlow was kept in a cell without a mattress for 40 days. The case is set for a bench trial in March.",
     "mandela-21", C, "a bench trial set for later is not held"),
    ("bench-trial-held", "MEMORANDUM OPINION. " + CAPTION + "The Court earlier denied defendants' motion to dismiss. "
     "After a bench trial, the Court finds that Harlow was kept in a cell without a mattress for 40 days.",
     "mandela-21", V, "after the bench trial the court finds: established, whatever motion came before"),
    # the record read for one side, in other words than "the light most favorable"
    ("sj-record-in-his-favor", "OPINION. " + CAPTION + "Defendants moved for summary judgment on qualified immunity. "
     "Viewing the record in Harlow's favor, he was kept in a cell without a mattress for 40 days.", "mandela-21", C,
     "the record read in the plaintiff's favour: not found"),
    ("sj-facts-as-he-presents", "OPINION. " + CAPTION + "Defendants moved for summary judgment. We recount the facts "
     "as Harlow presents them. He was kept in a cell without a mattress for 40 days.", "mandela-21", C,
     "the facts as the plaintiff presents them: his account"),
    ("verdict-government-favor", "OPINION. " + CAPTION + "After the verdict, viewing the evidence in the government's "
     "favor, Harlow was kept in a cell without a mattress for 40 days.", "mandela-21", V,
     "evidence read for the side that won the verdict: found"),
    # a monitor's own sentence that hedges the fact ("reportedly") relays it
    ("sr-concern-reportedly", "The Special Rapporteur expressed concern that detainees were reportedly held in dark "
     "cells without windows.", "mandela-14", C, "'reportedly' in the rapporteur's own sentence: relayed, a concern"),
    ("sr-found", "The Special Rapporteur found that detainees were held in dark cells without windows.",
     "mandela-14", V, "the rapporteur's own finding, unhedged"),
    # detainees who speak to a body are the speakers, not the body
    ("detainees-showed-delegation", "During the visit, several detainees showed the delegation scars they said were "
     "caused by beatings with cables.", "mandela-1", C, "what detainees told the delegation is their word"),
    ("ombudsman-named-prisoner", "The Prisoner Ombudsman found that detainees at the Tarn prison slept on the floor "
     "without mattresses.", "mandela-21", V, "a body whose name holds 'Prisoner' is still the body"),
    # an admission that a prison had no doctor for a year is specific and established
    ("admitted-no-doctor", "Officials acknowledged that the prison had no doctor for the past year.", "mandela-24", V,
     "an admission by the authorities of no doctor for a year"),
    ("ngo-no-doctor", "Human rights groups reported that the prison had no doctor for the past year.", "mandela-24", C,
     "the same fact, relayed by NGOs: a concern"),
    # restraints used on everyone as a routine are no individual last resort (rule 48)
    ("restraint-routine-admitted", "The Special Rapporteur visited the Kanto prison and saw detainees shackled to "
     "their beds in the infirmary. The prison director told him that the shackles were applied to all detainees in "
     "the infirmary.", "mandela-48", V, "a blanket use the rapporteur saw and the director admits"),
    ("restraint-routine-alleged", "The Committee regrets the lack of information on the allegations that prisoners on "
     "death row are handcuffed whenever they leave their cells.", "mandela-48", C,
     "the same routine, only alleged: a concern"),
    ("restraint-seen-once", "The Special Rapporteur visited the Kanto prison and saw a detainee shackled to his bed "
     "in the infirmary.", "mandela-48", I, "one restraint seen, its ground unknown: the question, not a breach"),
    # the authorities' own word that they comply is a claim to verify, not compliance found
    ("authorities-say-compliant", "According to the authorities, all prisoners have access to a doctor and receive "
     "three meals a day.", "mandela-22", I, "the authorities' claim that they comply: not settled"),
    ("officials-say-exercise", "Prison officials stated that all inmates receive one hour of outdoor exercise daily.",
     "mandela-23", I, "officials' claim of the hour outside: to verify"),
    ("report-own-compliant", "Prisoners had access to potable water at all times.", "mandela-22", OK,
     "the report's own statement that water is available: compliant"),
    ("inspectors-compliant", "Inspectors found that all inmates received one hour of outdoor exercise daily.",
     "mandela-23", OK, "an inspectorate's finding that the hour is given: compliant"),
    ("defendants-assert", "OPINION. " + CAPTION + "Defendants assert that Harlow received three meals a day and one "
     "hour of exercise in the yard.", "mandela-23", I, "'defendants assert': their claim, not the court's finding"),
    # the Justice Department's reasonable-cause finding fixes the shortfall; prisoners' complaint does not
    ("doj-reasonable-cause", "We write to report the findings of our investigation of the Tarn County Jail. We find "
     "reasonable cause to believe that the Jail fails to provide adequate medical care.", "mandela-24", V,
     "the Department's reasonable-cause finding: a breach found, however general its words"),
    ("doj-prisoners-complained", "We write to report the findings of our investigation of the Tarn County Jail. "
     "Prisoners complained that the Jail fails to provide adequate medical care.", "mandela-24", C,
     "prisoners' complaint relayed by the letter: a concern"),
    # a cut in food or water its sentence puts in a sanction
    ("food-cut-as-punishment", "Guards at the Tarn prison denied detainees water for two days as punishment for "
     "shouting.", "mandela-43-1-d", V, "a water cut as a sanction, stated by the report"),
    ("punished-for-complaining", "Inmates were punished for complaining about the poor food at the Tarn prison.",
     "mandela-43-1-d", None, "a punishment for complaining about food is no cut in food"),
    # an exercise time named without its number or a word of shortfall
    ("exercise-offered", "OPINION. " + CAPTION + "After a bench trial, the Court finds that Harlow was offered "
     "recreation three days a week in the Delta Unit.", "mandela-23", I,
     "exercise offered three days a week: nothing says how long, nothing says it falls short"),
    ("exercise-inadequate", "OPINION. " + CAPTION + "After a bench trial, the Court finds that Harlow received "
     "inadequate exercise during his eight months in the Delta Unit.", "mandela-23", C,
     "a shortfall found, without its number: a concern"),
]


@pytest.mark.parametrize("text, finding_id, expected, reason",
                         [pytest.param(t, i, s, r, id=n) for n, t, i, s, r in PAIRS])
def test_change_and_counter_example(text, finding_id, expected, reason):
    got = by_id(assess_text(text).findings).get(finding_id)
    assert (None if got is None else got.status) == expected, reason
