"""Issue 10 (scopeaudit): the reach of the English context rules over a clause of their own.

A rule that reaches the whole sentence (``sentence_wide``), or far (``max_scope`` of 10 and
more), was written to silence a trap; it must not silence a real fact that the writer sets
in another clause: after "but", "yet", "while", "although", in ", and <someone> <did>", in a
relative clause that runs to the end ("..., where detainees were denied care"), after an
opening concession ("Although the Rules require X, ...") or after ", here"; nor reach back from
a comment over what happened ("Children were strapped into restraint chairs, a practice that
should be prohibited"; "... held in isolation for months despite a rule that ...").

Each rule's leaks (``True``: the fact must be read, asserted and not negated) stand beside
a trap of its own (``False``: no such fact).  Every sentence here was written for this file.
"""

from __future__ import annotations

import pytest

from extract_helpers import counted, describe

#: (type, sentence, must fire)
CASES: list[tuple[str, str, bool]] = [
    # denied that / disputes that
    ('use_of_force', 'The warden denied that staff used excessive force, but the inspectors found that '
     'officers had beaten two detainees with batons in the yard.', True),
    ('overcrowding', 'Officials disputed that the jail was understaffed, while the records showed 140 inmates '
     'held in a unit built for 60.', True),
    ('solitary', 'Defendants deny that the cell was unsanitary, and it is undisputed that plaintiff was '
     'held in solitary confinement for 60 days.', True),
    ('solitary', 'The County disputes that the heat was dangerous but concedes that plaintiff spent 60 '
     'days in segregation.', True),
    ('use_of_force', 'The officers deny that they used a baton; the nurse who examined him recorded bruises '
     'from a beating.', True),
    ('use_of_force', 'The warden denied that staff used excessive force against the detainees in the yard.', False),
    # rejects the claim that
    ('solitary', 'The court rejects the claim that plaintiff was held in solitary confinement for 90 days.', False),
    # no reasonable jury could conclude
    ('use_of_force', 'No reasonable jury could conclude that the nurse acted with deliberate indifference, '
     'but the record shows that Officer Lane struck plaintiff repeatedly after he was restrained.', True),
    ('use_of_force', 'No reasonable jury could find for the nurse, who examined plaintiff after officers beat '
     'him with batons.', True),
    ('use_of_force', 'No reasonable jury could conclude that Officer Lane struck plaintiff after he was '
     'restrained.', False),
    # did not affect
    ('family_visits', 'The lockdown did not affect legal calls, although family visits were suspended for six '
     'weeks.', True),
    ('family_visits', 'The lockdown did not affect family visits at the jail.', False),
    # failed to show / not shown
    ('solitary', 'Plaintiff failed to show that the warden knew of the risk, and he remained in '
     'administrative segregation for 14 months.', True),
    ('use_of_force', 'Defendants have not shown any penological need for the policy, and guards sprayed '
     'pepper spray into his cell twice.', True),
    ('use_of_force', 'Defendants failed to show that plaintiff posed a threat when they sprayed him with '
     'pepper spray.', True),
    ('solitary', 'Plaintiff failed to show that he was held in administrative segregation for 14 months.', False),
    # Were X ...? / What measures ...? (a question)
    ('solitary', 'Why was he held in solitary confinement for 200 days without review?', True),
    # if / unless / whether
    ('solitary', 'It is unclear whether he received a hearing, but he spent 45 days in disciplinary '
     'segregation.', True),
    ('medical_care', 'Staff asked detainees if they had any complaints, and one man said he had been denied '
     'medical care for weeks.', True),
    ('solitary', 'He does not know whether he will be released, but he has been in solitary confinement '
     'since 2019.', True),
    ('solitary', 'It is unclear whether he spent 45 days in disciplinary segregation.', False),
    # Were X to / Should X be / Had X done (an inverted conditional)
    ('use_of_force', 'Had the officers stopped after he was restrained, the case would differ, but they kept '
     'beating him for minutes.', True),
    # shall / shall not
    ('exercise_outdoor', 'The regulation says prisoners shall have an hour outdoors, yet detainees in Block C had '
     'no access to outdoor exercise.', True),
    ('family_visits', 'The rules say detainees shall have weekly visits, but plaintiff had no visits for seven '
     'months.', True),
    ('solitary', 'The decree states that no inmate shall be confined in isolation, yet Mr. Polk was '
     'confined in isolation for 90 days.', True),
    ('exercise_outdoor', 'Prisoners shall have no access to outdoor exercise during the lockdown.', False),
    # training on X (a subject taught)
    ('restraints', 'Staff had received no training on de-escalation and used restraint chairs on three '
     'youths in one week.', True),
    ('restraints', 'Officers are trained in de-escalation, but they routinely used restraint chairs on '
     'juveniles.', True),
    ('restraints', 'Staff received training on the use of restraint chairs.', False),
    # even when / even if / regardless of whether
    ('restraints', 'Officers kept detainees in handcuffs even when they were alone in their cells.', True),
    ('restraints', 'Officers must not use handcuffs even when detainees are alone in their cells.', False),
    # asks the court to order
    ('solitary', 'He asks the court to order his release, and he has been held in solitary confinement '
     'since March.', True),
    ('medical_care', 'She requested a wheelchair in May, and staff denied her medical care for her broken '
     'ankle.', True),
    ('solitary', 'The monitor urged the jail to end the practice, which has kept youths in solitary '
     'confinement for weeks.', True),
    ('medical_care', 'Plaintiff asked to see a doctor, and the nurse refused him medical care for three days.', True),
    ('solitary', 'He asked for a transfer to a unit with windows because he had been in solitary '
     'confinement for eight months.', True),
    ('medical_care', 'She requested a sanitary pad from the guard who had denied her medical care the night '
     'before.', True),
    ('solitary', 'He asks the court to order that he be held in solitary confinement no longer than 30 days.', False),
    # seeks an order requiring / moves for an injunction barring (relief asked for) (courts2)
    ('solitary', 'Plaintiffs seek an injunction against the practice, which has kept them in solitary '
     'confinement for years.', True),
    ('solitary', 'Plaintiffs seek declaratory relief for the class of prisoners who have spent more than '
     'ten years in solitary confinement.', True),
    ('solitary', 'Plaintiffs seek relief for the men who have been held in solitary confinement for more '
     'than a decade.', True),
    ('solitary', 'Plaintiffs seek an injunction barring solitary confinement of juveniles.', False),
    # to order / would require
    ('strip_search', 'To ensure security, guards strip-searched every woman after each visit.', True),
    ('overcrowding', 'The authorities plan to build a new wing, while the current dormitories hold three '
     'times their capacity.', True),
    ('solitary', 'He was placed in solitary confinement in order to punish him for filing grievances.', True),
    ('strip_search', 'Guards strip-searched women after every visit to prevent drugs from entering the '
     'prison.', True),
    ('solitary', 'While the Jail has taken steps to reduce isolation, it continues to hold youths in '
     'solitary confinement for weeks.', True),
    ('strip_search', 'The warden plans to strip-search every woman after each visit.', False),
    # recommends that / the State party should / urges the authorities (a recommendation)
    ('overcrowding', 'The Subcommittee recommends that the State party reduce the prison population, which '
     'stood at twice the official capacity during the visit.', True),
    ('solitary', 'The CPT recommends that the practice end immediately, as it found juveniles held in '
     'solitary confinement for up to 30 days.', True),
    ('hygiene', 'We recommend that the facility repair the showers, since detainees had not been able to '
     'shower for two weeks.', True),
    ('overcrowding', 'The Committee recommends that the State party build no more prisons but notes that '
     'Block A was severely overcrowded.', True),
    ('solitary', 'Juveniles were held in solitary confinement for up to 30 days, and the CPT recommends '
     'that the practice end.', True),
    ('solitary', 'The SPT recommends an end to the practice that kept children in solitary confinement '
     'for weeks at the Lome centre.', True),
    ('solitary', 'The SPT recommends an end to the practice of holding children in solitary confinement.', False),
    ('constant_light', 'The SPT recommends that lights be dimmed at night, as detainees said that lights were '
     'kept on all night.', True),
    ('overcrowding', 'The Subcommittee recommends that the State party reduce overcrowding in all prisons.', False),
    # even assuming that (a fact assumed for argument)
    ('solitary', 'Even assuming that the hearing was adequate, he spent 200 days in segregation without '
     'review.', True),
    ('use_of_force', 'Even if we assume that the initial force was justified, the officers continued to beat '
     'him after he was restrained.', True),
    ('use_of_force', 'Assuming arguendo that the first blow was justified, the video shows that officers '
     'kicked him after he fell.', True),
    ('solitary', 'Even assuming that the regulation was followed, plaintiff remained in segregation for '
     'three years.', True),
    ('solitary', 'Even assuming that he spent 200 days in segregation without review, the claim fails.', False),
    # recommendations: (a list of what is recommended)
    ('overcrowding', 'Recommendations: reduce the population of the central prison, which held 1,200 men in '
     'space for 400.', True),
    ('overcrowding', 'Recommendations: reduce overcrowding in all prisons and build no new ones.', False),
    # body of evidence / studies / research
    ('mental_health', 'Studies have documented the harm of isolation, and Mr. Reyes began to hallucinate after '
     'six weeks in the unit.', True),
    ('solitary', 'Although the medical literature is clear on the risks, the prison held him in solitary '
     'confinement for three years.', True),
    ('solitary', 'Research shows the damage isolation does and the delegation found that men were held in '
     'solitary confinement for years.', True),
    ('mental_health', 'He began to hallucinate after six weeks in the unit, as studies of isolation would '
     'predict.', True),
    ('mental_health', 'Studies show that prisoners in isolation often begin to hallucinate.', False),
    # can cause / may cause
    ('solitary', 'Isolation can cause lasting harm, yet the facility kept him in solitary confinement for '
     '18 months.', True),
    ('ventilation', 'The heat may lead to illness, and the cells had no ventilation at all.', True),
    ('solitary', 'Isolation may cause lasting harm and yet Mr. Ruiz was kept in solitary confinement for '
     'nine years.', True),
    ('solitary', 'Mr. Ruiz was kept in solitary confinement for nine years, even though isolation can '
     'cause lasting harm.', True),
    ('mental_health', 'The conditions may lead to self-harm, which is what happened to Mr. Sow, who cut his '
     'wrists twice in March.', True),
    ('overcrowding', 'Overcrowding can lead to violence, and the Rapporteur found that the prison held 2,000 '
     'men in space for 600.', True),
    ('solitary', 'Solitary confinement can cause lasting harm to the mind.', False),
    # in general / people in general
    ('overcrowding', 'Although overcrowding is a problem worldwide, the Kasa prison held 900 men in space for '
     '300.', True),
    ('food_water', 'NGOs noted that prisoners worldwide face hardship, and in Mera prison inmates received '
     'one meal a day.', True),
    ('overcrowding', 'Overcrowding is a problem in prisons around the world.', False),
    # the Rules provide / international standards require
    ('exercise_outdoor', 'The Mandela Rules require an hour of outdoor exercise, but detainees in the annex never '
     'went outside.', True),
    ('solitary', 'Rule 44 defines solitary confinement as 22 hours without contact, and the delegation '
     'met prisoners held in solitary confinement for two years.', True),
    ('exercise_outdoor', 'The Mandela Rules require daily outdoor exercise but detainees in the annex never went '
     'outside.', True),
    ('hygiene', 'While the Rules require soap and towels, detainees at the station had no soap for weeks.', True),
    ('exercise_outdoor', 'Detainees in the annex were never allowed outdoors, whereas the Mandela Rules require '
     'an hour of outdoor exercise.', True),
    ('food_water', 'The standards call for three meals a day, while prisoners at Lira received one meal a '
     'day.', True),
    ('exercise_outdoor', 'The Mandela Rules require that every prisoner have at least one hour of outdoor '
     'exercise daily.', False),
    # standards call for / under the European Prison Rules (a norm, not the regime)
    ('cell_space', 'International standards call for at least 4 square metres per person, while the cells '
     'measured 9 square metres and held six men.', True),
    ('cell_space', 'International standards call for at least 4 square metres per person in a shared cell.', False),
    # statements of law (courts have held, to state a claim, in the constitutional sense)
    ('use_of_force', 'Courts have held that gratuitous force is unconstitutional, and here guards punched the '
     'handcuffed plaintiff in the face.', True),
    ('solitary', 'The Supreme Court has recognized the harms of isolation, and plaintiff has been held in '
     'solitary confinement for 26 years.', True),
    ('use_of_force', 'The Supreme Court has held that malicious force is always unconstitutional and the jury '
     'found that officers beat him.', True),
    ('use_of_force', 'Guards punched the handcuffed plaintiff, conduct that courts have repeatedly held '
     'unconstitutional.', True),
    ('use_of_force', 'Courts have held that gratuitous force against a restrained inmate is '
     'unconstitutional.', False),
    # a detainee may not / an inmate must show (a legal standard of anyone)
    ('use_of_force', 'An inmate must show malicious intent, and plaintiff testified that guards beat him '
     'after he was handcuffed.', True),
    # a brief denial does not rise to / X alone does not violate (a legal standard)
    ('solitary', 'A brief stay in segregation does not violate due process, but plaintiff was held in '
     'segregation for 500 days.', True),
    # prison officials may / jail administrators are entitled to (what the law lets officials do
    ('strip_search', 'Prison officials may conduct searches for contraband, but the guards strip-searched '
     'plaintiff in front of female staff every day.', True),
    ('restraints', 'Jail officials may use restraints to prevent escape, but here deputies shackled '
     'plaintiff to a bed for three days.', True),
    ('strip_search', 'Prison officials may strip-search inmates after contact visits.', False),
    # an inmate's claim that X states a claim only if (a legal standard) (courts2)
    ('use_of_force', "An inmate's claim that force was excessive states a claim only if the force was "
     'malicious, and here guards beat plaintiff with batons while he lay handcuffed.', True),
    # the use of X on an inmate may constitute (a legal standard) (courts2)
    ('use_of_force', 'The use of a taser on a restrained inmate may constitute excessive force, and Officer '
     'Cole used a taser on plaintiff while he was handcuffed.', True),
    # X is permissible when / an interest in security justifies (a standard)
    ('restraints', 'Restraints are permissible only when necessary, yet he was shackled to his bed for '
     'three days.', True),
    ('restraints', 'Restraints are permissible only when necessary to prevent escape.', False),
    # double-celling does not violate the Constitution (a standard)
    ('overcrowding', 'Double-celling does not by itself violate the Constitution, but the jail housed four '
     'men in cells built for one.', True),
    # pretrial detainees retain / are entitled to (a standard)
    ('family_visits', 'Detainees retain the right to family contact, but Mr. Ode had no visits for eight '
     'months.', True),
    ('legal_access', 'Pretrial detainees are entitled to counsel, but plaintiff had no access to a lawyer for '
     'three months.', True),
    ('family_visits', 'Pretrial detainees retain a right to family visits.', False),
    # in that case / the plaintiff in Wilson / such as those in Hutto (another case's facts)
    ('solitary', 'In that case, the inmate spent weeks in isolation, whereas plaintiff here spent six '
     'years in solitary confinement.', True),
    # there is no constitutional right to (a legal standard)
    ('family_visits', 'There is no constitutional right to contact visits, but defendants barred all visits by '
     'his children for two years.', True),
    ('family_visits', 'Though there is no constitutional right to contact visits, plaintiff had no visits at '
     'all for two years.', True),
    ('correspondence', 'Prisoners have no absolute right to uncensored mail, but the jail withheld all of '
     "plaintiff's letters for a year.", True),
    ('family_visits', 'There is no constitutional right to contact visits.', False),
    # the Due Process Clause protects (a legal standard)
    ('use_of_force', 'The Eighth Amendment protects against cruel punishment, and the officers beat him while '
     'he lay on the floor.', True),
    ('use_of_force', 'The Eighth Amendment protects inmates against excessive force.', False),
    # X is authorized to investigate (a remit)
    ('solitary', 'The ombudsman is authorized to inspect all prisons, and found four men held in solitary '
     'confinement for over a year.', True),
    ('solitary', 'The ombudsman is authorized to inspect segregation units and solitary confinement cells.', False),
    # X should be prohibited / abolished / used only as a last resort (a norm)
    ('solitary', 'Solitary confinement of children should be abolished, but the delegation found a '
     '15-year-old held in isolation for 20 days.', True),
    ('restraints', 'Restraint chairs should be prohibited, and the inspectors found that staff strapped '
     'children into restraint chairs for hours.', True),
    ('restraints', 'Children were strapped into restraint chairs for hours, a practice that should be '
     'prohibited.', True),
    ('solitary', 'The delegation, which found two boys held in isolation for 30 days, considers that '
     'isolation of children should be abolished.', True),
    ('solitary', 'The delegation, which visited the unit, considers that solitary confinement of children '
     'should be abolished.', False),
    ('solitary', 'Solitary confinement of children should be abolished despite the security arguments of '
     'the authorities.', False),
    ('strip_search', 'Strip searches should be carried out only on the basis of individual risk, whereas at '
     'the prison all women were strip-searched after every visit.', True),
    ('solitary', 'Solitary confinement of children should be abolished.', False),
    # the Correctional Association recommends (a norm)
    ('medical_care', 'The American Correctional Association recommends daily sick call, while inmates at the '
     'jail waited weeks for medical care.', True),
    ('medical_care', 'The American Correctional Association recommends daily sick call for all inmates.', False),
    # a prison official violates / is liable when (a standard of liability)
    ('medical_care', 'A prison doctor violates the Eighth Amendment only if deliberately indifferent, and the '
     'record shows that Dr. Pell denied plaintiff medical care for weeks.', True),
    # the law prohibits / the constitution provides (a norm)
    ('overcrowding', 'The law prohibits holding more detainees than beds, but the station held 40 people in a '
     'cell for ten.', True),
    ('use_of_force', 'The law prohibits such practices, but there were reports that prison guards beat '
     'inmates.', True),
    ('use_of_force', 'Although the constitution prohibits torture, police beat detainees in custody to '
     'extract confessions.', True),
    ('solitary', 'The penitentiary code limits isolation to 15 days but Mr. Duarte was held in isolation '
     'for 60 days.', True),
    ('pretrial_status', 'The law limits pretrial detention to 12 months, but more than half of inmates were '
     'pretrial detainees held for longer.', True),
    ('separation', 'The law requires separation of juveniles from adults, but authorities held juveniles '
     'with adults in most prisons.', True),
    ('overcrowding', 'The law prohibits holding more detainees than beds in any cell.', False),
    # the decree requires / defendants are ordered to (a remedy)
    ('exercise_outdoor', 'The consent decree requires outdoor recreation, and inmates in the SHU still had no '
     'outdoor exercise.', True),
    ('exercise_outdoor', 'The settlement required defendants to build yards because inmates in the unit had no '
     'outdoor exercise.', True),
    ('use_of_force', 'Even if the policy is lawful as written, guards applied it by beating detainees who '
     'refused orders.', True),
    ('exercise_outdoor', 'The consent decree requires defendants to provide outdoor recreation to inmates in the '
     'SHU.', False),
    # the Bangkok Rules address (a norm)
    ('strip_search', 'The Bangkok Rules address body searches of women, and in Block F women were '
     'strip-searched after every visit.', True),
    ('strip_search', 'The Bangkok Rules address strip searches of women prisoners.', False),
    # our investigation into X, including (the scope of an inquiry)
    ('use_of_force', 'Our investigation of the jail, including its booking area, revealed that officers '
     'routinely slammed handcuffed detainees to the floor.', True),
    ('use_of_force', 'Our investigation into the jail, including its intake unit, found that staff routinely '
     'used tasers on compliant detainees.', True),
    ('solitary', 'Our review of the facility, including its restrictive housing unit, and found that '
     'youths were held in solitary confinement for weeks.', True),
    # should adopt a policy / must enact a law (a norm to come)
    ('solitary', 'The State should adopt a law limiting isolation, since prisoners were held in solitary '
     'confinement for years.', True),
    # the visit focused on / the report covers (a scope)
    ('sanitation', "The visit focused on the women's wing, where the cells had no toilets and detainees "
     'used buckets.', True),
    ('solitary', 'The visit focused on places where the delegation had earlier found prisoners held in '
     'solitary confinement for years.', True),
    # X has been resolved / was closed in 2018 (a situation remedied)
    ('sanitation', 'The leak has since been repaired, but the cells still had no running water.', True),
    ('overcrowding', 'The old annex has been closed, although the main block remained severely overcrowded.', True),
    ('sanitation', 'The toilets, which have since been repaired, were not the only problem: the cells had '
     'no running water.', True),
    ('overcrowding', 'The main block remained severely overcrowded, although the old annex has been closed.', True),
    ('sanitation', 'The cells without toilets have since been renovated.', False),
    # attention should be paid to (a norm)
    ('medical_care', 'Attention should be paid to the medical unit, where detainees were denied medical care '
     'for months.', True),
    ('hygiene', "Priority should be given to the women's wing because detainees there had no soap or "
     'sanitary products.', True),
    ('medical_care', 'Attention should be paid to timely medical care for detainees.', False),
    # X face particular risks (a class of people in general)
    ('vulnerable_person', "Women face particular risks in custody, and a pregnant detainee was held in the men's "
     'block.', True),
    ('vulnerable_person', 'Two pregnant women were held in the police cells, where women face particular '
     'risks.', True),
    ('vulnerable_person', 'Older prisoners face particular difficulties in the estate, but the inspectors met '
     'several elderly men held in cells on the top floor.', True),
    ('vulnerable_person', 'Pregnant women face particular risks in custody.', False),
    # welcomes the reduction in / notes with appreciation (a change welcomed)
    ('overcrowding', 'The Committee welcomes the reduction in the prison population, but remains concerned '
     'that the central prison is still overcrowded.', True),
    ('overcrowding', 'The Committee welcomes the reduction of pretrial detention, while noting that the '
     'prisons remain overcrowded at 180 percent.', True),
    ('overcrowding', 'The Committee welcomes the closure of the old prison but is concerned that the new one '
     'is already overcrowded.', True),
    ('solitary', 'The Committee notes with appreciation the closure of the juvenile wing, but regrets '
     'that boys are still held in solitary confinement for weeks.', True),
    # the State party explained that (a claim of the State)
    ('solitary', 'The State party explained that isolation is rare, while the delegation found 12 '
     'prisoners held in solitary confinement.', True),
    ('use_of_force', 'The Government claimed that force was used lawfully, but the delegation received '
     'consistent accounts that guards beat detainees.', True),
    ('use_of_force', 'The Government claimed that force was used lawfully although detainees told the '
     'delegation that guards beat them.', True),
    ('overcrowding', 'Although the authorities claimed that the prison was not overcrowded, the delegation '
     'counted 120 men in a dormitory for 40 and found it severely overcrowded.', True),
    ('solitary', 'The authorities claimed that isolation was rare, whereas we met four men held in '
     'solitary confinement for months.', True),
    ('solitary', 'The State party explained that solitary confinement is used only as a last resort.', False),
    # Please indicate / Please describe (a question)
    ('solitary', 'Please indicate the legal basis for the practice, given that the delegation met '
     'prisoners held in solitary confinement for years.', True),
    ('overcrowding', 'Please explain the measures taken at Kita prison, which the SPT found severely '
     'overcrowded.', True),
    # A/HRC/31/57, para. 5 / general comment No. 3 on (a reference)
    ('solitary', 'See A/HRC/43/49, para. 12; the delegation met men held in solitary confinement for years.', True),
    ('solitary', 'See general comment No. 20, para. 6; the delegation met men held in solitary '
     'confinement for years.', True),
    ('solitary', 'See general comment No. 20, para. 6, on solitary confinement.', False),
    # X is not permitted under domestic law (a norm)
    ('restraints', 'Shackling is not permitted under domestic law, yet the delegation saw detainees '
     'shackled to beds in the infirmary.', True),
    ('use_of_force', 'Torture is not permitted under the constitution, but there were credible reports that '
     'police beat detainees in custody.', True),
    ('restraints', 'Detainees were shackled to beds in the infirmary, although shackling is not permitted '
     'under domestic law.', True),
    ('restraints', 'Staff shackled pregnant women during labour in violation of a law that says such '
     'restraints are not permitted under state law.', True),
    ('separation', 'Holding minors with adults is not allowed under national law, yet in Kora prison boys '
     'shared cells with adult men.', True),
    ('restraints', 'Shackling detainees to beds is not permitted under domestic law.', False),
    # X is lawful only where (a norm)
    ('solitary', 'Isolation is lawful only where strictly necessary, but the boy was held in isolation '
     'for 30 days.', True),
    ('solitary', 'Isolation of a child is lawful only where strictly necessary.', False),
    # X have specific needs / require adapted care (a class of people in general)
    ('vulnerable_person', 'Women have specific needs in custody, and three pregnant women were held in the central '
     'prison.', True),
    # X would be incompatible with (a judgement of what would be)
    ('solitary', 'Such a regime would be incompatible with Rule 45, and the boy had already spent 40 days '
     'in solitary confinement.', True),
    ('solitary', 'Holding the boy in solitary confinement for 40 days would be incompatible with Rule 45.', False),
    # a heading in sentence case
    ('sanitation', 'Cells without toilets, in which detainees had to use buckets.', True),
    ('solitary', 'Four men in solitary confinement for more than a year, one of them for six years.', True),
    # assured the delegation that (a claim of the State)
    ('overcrowding', 'The director assured the delegation that the cells were being repaired, but the cells '
     'in Block 2 held 12 men each and were severely overcrowded.', True),
    ('overcrowding', 'The director assured the delegation that overcrowding would end soon though the cells '
     'held eight men each and were severely overcrowded.', True),
    ('solitary', 'Officials assured us that isolation was rare; we nevertheless met four men held in '
     'solitary confinement for months.', True),
    # historical (nineteenth-century) statements
    ('solitary', 'Solitary confinement has been criticised since 1890, and Mr. Hale has spent 11 years in '
     'solitary confinement.', True),
    ('solitary', 'Since 1998 he has been held in solitary confinement at the penitentiary.', True),
    ('solitary', 'Solitary confinement was condemned in the nineteenth century, yet Mr. Keel has spent 15 '
     'years in solitary confinement.', True),
    # in many countries / a global problem (no one in particular)
    ('overcrowding', 'Overcrowding is a problem in many countries, but the delegation found the central '
     'prison at 300 percent of capacity.', True),
    ('overcrowding', 'As in several countries of the region, prison conditions were harsh, and the main '
     'prison held 3,000 inmates in space for 1,000.', True),
    ('overcrowding', 'The central prison held 3,000 men in space for 1,000, a problem common in many '
     'countries of the region.', True),
    ('use_of_force', 'As in other countries of the region, abuse was common, and there were credible reports '
     'that guards beat prisoners at Tanga prison.', True),
    ('overcrowding', 'Prisons are overcrowded in many countries of the world.', False),
    # States parties are obliged to (a duty)
    ('consular_access', 'States parties are obliged to notify consulates, yet the foreign detainees at the '
     'station were denied consular access.', True),
    ('consular_access', "Despite the State's duty to notify consulates, three foreign nationals were denied "
     'consular access.', True),
    ('monitoring_access', 'States parties are obliged to grant access, yet the Subcommittee was denied access to '
     'the military prison.', True),
    ('legal_access', 'States parties are required to guarantee access to a lawyer, but detainees at the '
     'station told the SPT they had no access to a lawyer.', True),
    ('consular_access', 'States parties are obliged to grant consular access to foreign detainees.', False),
    # everyone deprived of liberty has the right to (a norm)
    ('medical_care', 'Everyone deprived of liberty has the right to health care, but detainees at the station '
     'were refused medical care for days.', True),
    ('medical_care', 'All detainees have the right to medical care, yet the men in the punishment cells were '
     'refused medical care.', True),
    ('medical_care', 'Everyone deprived of liberty has the right to medical care.', False),
    # X, when used for prolonged periods, amounts to (a norm)
    ('solitary', 'Isolation, when imposed on children, amounts to ill-treatment, and the boy was held in '
     'isolation for 30 days.', True),
    # the importance of / the need for (a norm)
    ('family_visits', 'The SPT stressed the importance of family contact, as detainees had received no family '
     'visits for months.', True),
    ('family_visits', 'The SPT underlined the importance of family contact, since many detainees had received '
     'no visits for months.', True),
    ('medical_care', 'The report highlights the importance of care, noting that detainees were denied medical '
     'care for weeks.', True),
    # requested information on (a question, not a finding)
    ('use_of_force', 'The Committee requested information on the investigation, and noted that guards beat '
     'two detainees in March.', True),
    ('solitary', 'The Committee requested information on the 40 prisoners who had been held in solitary '
     'confinement for more than a year.', True),
    ('use_of_force', 'The Committee asked for data on complaints, while noting reports that guards beat '
     'detainees in Block 4.', True),
    # the CPT has long held / in the SPT's view / recalls that (a standing view)
    ('solitary', 'The CPT has long held that isolation must be brief, but the delegation met a man held '
     'in solitary confinement for four years.', True),
    ('solitary', "In the CPT's view, isolation should be brief; however, the delegation met men held in "
     'solitary confinement for years.', True),
    ('solitary', 'The SPT recalls that isolation must be a last resort, whereas the delegation met men '
     'held in solitary confinement for years.', True),
    ('solitary', 'The delegation met men held in solitary confinement for years, although the CPT has '
     'long held that isolation must be brief.', True),
    ('strip_search', 'We have repeatedly said that routine strip-searching is unjustified, but women were '
     'strip-searched on every return from court.', True),
    ('solitary', 'The CPT has long held that solitary confinement should last no more than 14 days.', False),
    # prolonged isolation constitutes ill-treatment (a norm)
    ('solitary', 'Prolonged isolation constitutes ill-treatment, and the delegation met a woman held in '
     'solitary confinement for 19 months.', True),
    ('solitary', 'The woman had been held in solitary confinement for 19 months, which amounts to '
     'ill-treatment.', True),
    ('restraints', 'Mechanical restraint of psychiatric patients for days amounts to ill-treatment, and the '
     'delegation found a patient who had been strapped to a bed for four days.', True),
    ('solitary', 'Prolonged solitary confinement constitutes ill-treatment.', False),
    # is the minimum for (a standard)
    ('cell_space', 'Six square metres is the minimum for a single cell, while the cells at the jail '
     'measured 4 square metres.', True),
    # the Department's policy limits (a norm)
    ('solitary', "The Department's policy limits segregation to 30 days, but plaintiff remained in "
     'segregation for 400 days.', True),
    ('solitary', "The agency's policy limits segregation to 30 days yet plaintiff remained in segregation "
     'for 400 days.', True),
    ('solitary', 'BOP policy limits segregation to 90 days, yet Mr. Dale spent 600 days in segregation.', True),
    ('solitary', "The Department's policy limits segregation to 30 days.", False),
    # will visit / will meet (a visit to come)
    ('overcrowding', 'The team will visit again next year, as the prison was severely overcrowded during this '
     'visit.', True),
    ('solitary', 'The Subcommittee will return next year, because it found men held in solitary '
     'confinement for years.', True),
    ('overcrowding', 'The prison was severely overcrowded, and the Subcommittee will visit again next year.', True),
    ('solitary', 'The Rapporteur will visit the prison again, as he met men held in solitary confinement '
     'for years.', True),
    # called on States to (a call to all)
    ('solitary', 'The Special Rapporteur called on States to ban solitary confinement, and found that '
     'prisoners were held in solitary confinement for years.', True),
    ('solitary', 'The Rapporteur urged States to end the practice, noting that in Nalu prisoners were '
     'held in solitary confinement for decades.', True),
    ('solitary', 'The Special Rapporteur called on States to ban solitary confinement of juveniles.', False),
    # under Rule 44, ... (a provision's content: a norm)
    ('solitary', 'Under Rule 44, solitary confinement means 22 hours a day without contact, but the '
     'delegation found men held in solitary confinement for months.', True),
    ('solitary', 'In accordance with the regulation, the governor reviewed the placement, and the man '
     'stayed in solitary confinement for 200 days.', True),
    ('solitary', 'Pursuant to the regulation, segregation may not exceed 15 days.', False),
    # a heading or a line of a table of contents
    ('overcrowding', 'Physical Conditions: Prisons were severely overcrowded, and inmates slept on the floor.', True),
    ('overcrowding', 'a. Physical Conditions: Prison conditions were harsh due to severe overcrowding.', True),
    ('use_of_force', '2.3 Ill-treatment: Several detainees alleged that police officers beat them during '
     'questioning.', True),
    # reviewed the oversight of / assessed compliance with (a method)
    ('use_of_force', 'We reviewed the oversight of the unit and found that officers used pepper spray on '
     'restrained detainees.', True),
    ('solitary', 'We assessed compliance with the policy and found that youths were held in solitary '
     'confinement for weeks.', True),
    # with consultants in use of force (the experts of an inquiry)
    ('use_of_force', 'Our team, with consultants in corrections, found that officers used tasers on '
     'restrained detainees.', True),
    ('use_of_force', 'We toured the jail with experts in use of force and saw an officer punch a detainee who '
     'was handcuffed.', True),
    ('use_of_force', 'We toured the jail with experts in use of force.', False),
    # the standards cover areas such as / the report focuses on (a scope)
    ('hygiene', 'The standards cover hygiene, but detainees had no soap for weeks.', True),
    ('hygiene', 'The standards cover hygiene, and detainees in Block B had no soap for three weeks.', True),
    ('hygiene', 'The guidelines address hygiene, yet detainees had no soap or towels for weeks.', True),
    # the remedial measures include (a recommendation)
    ('medical_care', 'The remedial measures include a new clinic, since detainees were denied medical care '
     'for weeks.', True),
    ('solitary', 'The remedial measures include ending the practice that kept youths in solitary '
     'confinement for weeks.', True),
    # in neighbouring countries (elsewhere)
    ('overcrowding', 'In neighbouring countries prisons are also full, but the central prison here held 2,000 '
     'inmates in space for 800.', True),
    ('overcrowding', 'In neighbouring Block C, 60 men shared a dormitory built for 20 and the block was '
     'severely overcrowded.', True),
    # Before his arrest, ... (outside custody)
    ('use_of_force', 'Before his arrest, he worked as a driver, and in custody officers beat him with batons.', True),
    ('medical_care', 'Before his arrest, he had diabetes, and in jail he was denied insulin for a week.', True),
    ('use_of_force', 'Before his arrest, he had no criminal record, and in custody officers beat him with '
     'batons.', True),
    # force against protesters, no custody named (outside custody)
    ('use_of_force', 'Police used tear gas against protesters, and at the station officers beat the detainees '
     'with batons.', True),
    ('use_of_force', 'Officers beat the men at the border post before taking them to the detention centre.', True),
    # ICE's detention standards require / Regulations require that (a norm)
    ('medical_care', "ICE's detention standards require prompt medical care, but the facility denied medical "
     'care to detainees for weeks.', True),
    ('solitary', 'Regulations require review every 30 days, but plaintiff remained in solitary '
     'confinement for a year with no review.', True),
    ('medical_care', 'ICE standards require a health screening within 12 hours and detainees waited weeks for '
     'medical care.', True),
    ('medical_care', 'Although ICE standards require timely care, we found that detainees waited weeks for '
     'medical care.', True),
    # Overcrowding increases the risk of (a generic cause)
    ('overcrowding', 'Overcrowding increases the risk of violence, and the jail held 500 inmates in space for '
     '250.', True),
    ('overcrowding', 'Overcrowding increases the risk of violence among inmates.', False),
    # the new wing will include (a building to come)
    ('sanitation', 'The new wing will include toilets in every cell, but the old cells had no toilets and '
     'detainees used buckets.', True),
    ('overcrowding', 'The planned prison will house 2,000 inmates, while the current one holds 3,000 in space '
     'for 1,000.', True),
    ('sanitation', 'The new block will have toilets in all cells, whereas the old cells had no toilets at '
     'all.', True),
    # can be authorised for up to 14 days (a maximum allowed)
    ('solitary', 'Isolation can be authorised for up to 14 days, but the boy was held in isolation for 40 '
     'days.', True),
    ('solitary', 'Segregation may be imposed for up to 15 days, yet plaintiff remained in segregation for '
     '90 days.', True),
    ('solitary', 'The boy was held in isolation for 40 days, though isolation can be authorised for up to '
     '14 days.', True),
    ('solitary', 'Detainees were held in isolation for months despite a rule that isolation may be '
     'imposed for no more than 15 days.', True),
    ('solitary', 'Despite the rule, isolation may be imposed for up to 15 days in exceptional cases.', False),
    ('solitary', 'Isolation can be authorised for up to 14 days.', False),
    # isolation causes X (a general claim) (probes)
    ('mental_health', 'Isolation causes psychological harm, and Mr. Tan began hearing voices after two '
     'months.', True),
    ('mental_health', 'Isolation causes depression and anxiety.', False),
    # X is defined as / the term X refers to / A supermax is a facility where (a definition) (en
    ('solitary', 'Restrictive housing is defined as confinement for 22 hours a day, and plaintiff was in '
     'restrictive housing for 300 days.', True),
    ('solitary', 'Plaintiff spent 300 days in restrictive housing, which the Department defines as '
     'confinement for 22 hours a day.', True),
    ('solitary', 'Restrictive housing is defined as confinement in a cell for 22 hours a day.', False),
    # (reverted rule): the cues below belonged to rules of a round that lowered a held-out score and was reverted;
    # the facts in another clause must fire whatever such cue is added again
    # In some countries / in many other States (elsewhere) (reverted rule)
    ('overcrowding', 'In some countries prisons are overcrowded, but here the jail held 400 men in space for '
     '200.', True),
    ('solitary', 'In several wings of the prison, men were held in solitary confinement for months.', True),
    # Detainees with mental illness are at high risk of (a class in general) (reverted rule)
    ('mental_health', 'Detainees with mental illness are at high risk of self-harm, and Ms. Ada had cut her '
     'arms twice in the unit.', True),
    ('mental_health', 'Mr. Okoro attempted suicide twice in the unit, and detainees with mental illness are at '
     'high risk of self-harm.', True),
    ('mental_health', 'Prisoners with mental illness are at increased risk of harm in isolation, but the jail '
     'kept Mr. Lowe, who had schizophrenia, in segregation.', True),
    # Good sanitation is essential (a norm) (reverted rule)
    ('sanitation', 'Good sanitation is essential, but the cells had no toilets and detainees used buckets.', True),
    ('sanitation', 'Access to a toilet at all times is essential for dignity.', False),
    # the report examines X, Y and Z (topics) (reverted rule)
    ('solitary', 'The report examines segregation practices and found that youths were held in solitary '
     'confinement for weeks.', True),
    ('solitary', 'This report examines why youths were held in solitary confinement for weeks at the centre.', True),
    ('solitary', 'The chapter discusses segregation, and it found youths held in solitary confinement for '
     'weeks.', True),
    # force during the demonstrations, no custody named (outside custody) (reverted rule)
    ('use_of_force', 'Police used force during the demonstrations, and at the station officers beat the '
     'arrested men with sticks.', True),
    # a maximum-security prison (a class of prison, no regime) (reverted rule)
    ('special_regime', 'Florence is a maximum-security prison, and plaintiff is held under Special '
     'Administrative Measures.', True),
    ('special_regime', 'He is held in the high-security unit of a maximum-security prison under special '
     'administrative measures.', True),
    # no juveniles were held (none such held) (reverted rule)
    ('vulnerable_person', 'No juveniles were held at the station, but two pregnant women were held in the cells '
     'overnight.', True),
    ('vulnerable_person', 'No children were held at the time of the visit, although two pregnant women were held '
     'in the cells overnight.', True),
    ('vulnerable_person', 'No juveniles were held in the police station, but a pregnant woman was held there '
     'overnight.', True),
    # the delegation visited the segregation unit (places seen) (reverted rule)
    ('solitary', 'The delegation visited the segregation unit and found that four men were held in '
     'solitary confinement for months.', True),
    ('solitary', 'The delegation visited the segregation unit, where four men had been held in solitary '
     'confinement for months.', True),
    ('solitary', 'The team toured the segregation unit and met a man who had been held in solitary '
     'confinement for three years.', True),
    # Security concerns cannot justify X (a norm) (reverted rule)
    ('restraints', 'Security concerns cannot justify routine shackling, yet all detainees were shackled '
     'during medical visits.', True),
    ('restraints', 'Security concerns were cited to justify shackling all detainees during medical visits.', True),
    # ICE policy allows / agency rules permit (a norm) (reverted rule)
    ('strip_search', 'ICE policy allows searches only on suspicion, but guards strip-searched every detainee '
     'after visits.', True),
    ('use_of_force', 'Jail policy permits force only as a last resort, and officers used pepper spray on '
     'inmates who were locked in their cells.', True),
    ('strip_search', 'Facility rules permit searches on suspicion only but every detainee was strip-searched '
     'after visits.', True),
    ('restraints', 'Agency rules permit restraints only when necessary, and deputies kept plaintiff in a '
     'restraint chair for eight hours.', True),
    # the target is for prisoners to (an aim) (reverted rule)
    ('confinement_hours', 'The target is for prisoners to spend ten hours out of cell, but most were locked in '
     'their cells for 23 hours a day.', True),
    ('confinement_hours', 'The aim was for prisoners to have ten hours unlocked, but we found that most were '
     'locked in their cells for 22 hours a day.', True),
    ('confinement_hours', 'The aim was for prisoners to leave their cells daily but most were locked in their '
     'cells 23 hours a day.', True),
    ('confinement_hours', 'The target was ten hours unlocked; in practice prisoners were locked in their cells for '
     '23 hours a day.', True),
    # Expectations: X (a norm) (reverted rule)
    ('confinement_hours', 'Expectations: prisoners spend at least ten hours out of cell, but many were locked up '
     'for 22 hours a day.', True),
    ('solitary', 'Expectations are not met: children were held in solitary confinement for up to 20 days.', True),
    ('exercise_outdoor', 'Expectations: prisoners have daily time in the open air; however, many had not been '
     'outside for a week.', True),
    # researchers conducted site visits (a study, no monitor) (reverted rule)
    ('solitary', 'Researchers conducted site visits in 2019, and found that inmates were held in solitary '
     'confinement for years.', True),
    ('solitary', 'Researchers made site visits in 2019; they found men held in solitary confinement for '
     'years.', True),
    ('solitary', 'Researchers conducted site visits in 2019, while state inspectors found 40 inmates in '
     'solitary confinement for over a year.', True),
    # cases in which inmates were ... (other cases) (reverted rule)
    ('use_of_force', 'Unlike cases in which force was justified, here officers beat the handcuffed plaintiff.', True),
    ('use_of_force', 'Defendants cite cases in which force was justified but here officers beat a handcuffed '
     'man.', True),
    ('use_of_force', 'Cases involving isolated blows are different, and here officers beat plaintiff for ten '
     'minutes.', True),
    # other circuits have found (other courts) (reverted rule)
    ('solitary', 'Other circuits have found similar conditions unconstitutional, and plaintiff spent six '
     'years in solitary confinement.', True),
    ('solitary', 'Other circuits have held similar conditions unconstitutional, while plaintiff has spent '
     'six years in solitary confinement.', True),
    ('solitary', 'Other circuits have found that years in solitary confinement may violate the Eighth '
     'Amendment.', False),
    # the court in that case found (another case) (reverted rule)
    ('solitary', 'The court in that case found a violation, and plaintiff here has spent nine years in '
     'solitary confinement.', True),
    ('solitary', 'The plaintiffs in that case spent months in isolation, but plaintiff here spent nine '
     'years in solitary confinement.', True),
    ('use_of_force', 'The prisoners in that case were beaten once, whereas here officers beat plaintiff on '
     'three occasions.', True),
    # nothing in the record suggests that (no showing) (reverted rule)
    ('use_of_force', 'Nothing in the record suggests that he resisted, and the video shows that officers '
     'kicked him while he lay on the floor.', True),
    ('use_of_force', 'Nothing in the record suggests that plaintiff resisted when officers punched him in the '
     'face.', True),
    ('solitary', 'No evidence suggests that he was dangerous, and he was held in solitary confinement for '
     'four years.', True),
    # plaintiff does not allege that (nothing claimed) (reverted rule)
    ('solitary', 'Plaintiff does not allege that the warden knew, but he was held in solitary confinement '
     'for two years.', True),
    ('use_of_force', 'Plaintiff does not allege that the warden was present when guards beat him with batons.', True),
    ('solitary', 'He does not claim that the warden knew, yet he was held in solitary confinement for two '
     'years.', True),
    ('solitary', 'Plaintiff does not allege that he was held in solitary confinement.', False),
    # opened a new prison with a capacity of (a remedy) (reverted rule)
    ('overcrowding', 'The government opened a new prison in 2020, but the old central prison remained '
     'severely overcrowded.', True),
    ('overcrowding', 'The authorities opened a new wing in 2021, but the old dormitories still held 90 men in '
     'space for 30 and were severely overcrowded.', True),
    ('overcrowding', 'The state built a new jail in 2019, and the old one was still severely overcrowded.', True),
    # the new ", and <someone> <did>" boundary: a second general clause stays general
    ('mental_health', 'Isolation can cause anxiety, and prolonged isolation can cause psychosis.', False),
    # the new "and detainees waited" boundary: a reduced relative ("prisoners held in isolation") is no clause
    ('mental_health', 'Isolation can cause anxiety and prisoners held in isolation often become depressed.', False),
    ('solitary', 'Studies show that isolation harms and inmates kept in segregation suffer lasting damage.', False),
    # the new ", but" boundary: "not X but Y" of one norm
    ('solitary', 'Solitary confinement should be used not as a punishment but only as a last resort.', False),
    # the new "X happened, a practice that ..." boundary: a study's own account stays general
    ('mental_health', 'Studies from the period showed that many prisoners fell into a stupor after a short '
     'confinement, and others became insane.', False),
    ('solitary', 'In some countries, prisoners were held in solitary confinement for decades, a practice '
     'the Rapporteur condemned.', False),
    # the new colon boundary: a rule or a definition quoted after a colon
    ('mental_health', 'Studies from the period showed that many prisoners fell into a stupor; others became '
     'insane.', False),
    ('solitary', 'The Mandela Rules provide: no prisoner shall be held in solitary confinement for more '
     'than 15 days.', False),
    ('confinement_hours', 'Restrictive housing is defined as follows: inmates locked in a cell for 22 hours a '
     'day.', False),
    # the new ", here" boundary
    ('use_of_force', 'In cases in which officers beat a restrained inmate, courts have found a violation.', False),
    # the new ", noting that" boundary: a norm noted stays a norm
    ('solitary', 'The Committee urged States to abolish solitary confinement, noting that it should never '
     'be used on children.', False),
    # the new relative-clause boundary: an aside between commas stays inside
    ('solitary', 'Under the Mandela Rules, which were adopted in 2015, solitary confinement is limited to '
     '15 days.', False),
    # the new opening-clause comma: a purpose before a norm stays general
    ('use_of_force', 'To establish an excessive force claim, a prisoner must show that force was applied '
     'maliciously.', False),
    # the new time-clause boundary of a denial: the denied act itself stays contested
    ('use_of_force', 'Defendants deny that officers beat him when he was handcuffed.', False),
    # the new ", while" boundary: "while transporting" is no clause
    ('restraints', 'Restraints may be used while transporting detainees only when necessary.', False),
    # the review's two leaks (a practice ended; a past remedied)
    ('strip_search', 'Although the prison ended the use of strip searches on arrival, women were still '
     'strip-searched after visits.', True),
    ('hygiene', 'Since the last inspection, when the unit was clean, the unit had deteriorated and '
     'detainees now had no hot water.', True),
]


def _stated(facts, type_):
    return [f for f in counted(facts, type_) if not f.negated and f.certainty != "contested"]


@pytest.mark.parametrize(("type_", "sentence", "fires"), CASES,
                         ids=[f"{'fire' if w else 'quiet'}:{t}:{s[:40]}" for t, s, w in CASES])
def test_a_cue_reaches_its_own_clause_only(facts, type_, sentence, fires):
    got = facts(sentence)
    if fires:
        assert _stated(got, type_), describe(got)
    else:
        assert not _stated(got, type_), describe(_stated(got, type_))
