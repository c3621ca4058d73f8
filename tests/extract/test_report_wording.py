"""How government and monitoring-body reports write about detention (issue 10), in sentences
written for this suite (none copied from a document or a labelled passage): the State
Department's prison-conditions template ("harsh and potentially life threatening", "Physical
Conditions", "Administration", "Independent Monitoring"), inspectors-general, UN bodies, the
SPT and CPT, regional commissions, ombudsmen and inspectorates.

Each class of wording the report-wording sections of compose.yaml and context.yaml learned has
sentences that state the fact, and traps beside them that must stay quiet: norms, duties of
States, rights of everyone, a body's standing view, requests for information, statements about
many countries or the whole world, recommendations.
"""

from __future__ import annotations

import pytest

from extract_helpers import counted, describe

#: (class of wording, type, sentence): each states the fact (not negated)
VARIANTS: list[tuple[str, str, str]] = [
    ("template: potentially life threatening", "food_water",
     "Conditions in the jails were harsh and potentially life threatening due to food shortages and overcrowding."),
    ("template: potentially life threatening", "medical_care",
     "Detention centres were at times life threatening because of inadequate medical care."),
    ("shortages", "food_water", "The prison system suffered from underfunding, food shortages and poor facilities."),
    ("shortages", "food_water", "Inmates described frequent water shortages in the summer."),
    ("shortages", "medical_care", "Medicine shortages were reported in most district prisons."),
    ("brought by families", "food_water", "Prisoners depended on food from their families."),
    ("brought by families", "food_water", "Most of the food the inmates ate was brought by relatives."),
    ("ill-treatment reported", "use_of_force",
     "Of the 300 detainees interviewed, a quarter reported torture or other abuse."),
    ("ill-treatment reported", "use_of_force", "Security forces reportedly used torture to obtain confessions."),
    ("ill-treatment reported", "use_of_force",
     "Independent monitors continued to report credible cases of torture in police stations."),
    ("crude toilets", "sanitation", "Toilets often consisted of a hole in the ground."),
    ("crude toilets", "sanitation", "In the older blocks the latrines were buckets."),
    ("toilets in the open", "sanitation", "The SPT observed that in-cell toilets lacked any partition."),
    ("toilets in the open", "sanitation", "The toilet areas had no doors."),
    ("cold and heat endured", "temperature", "Prisoners suffered from the cold in winter."),
    ("cold and heat endured", "temperature", "Detainees in the metal huts endured extreme heat."),
    ("clinics poorly equipped", "medical_care", "Prison clinics were poorly equipped."),
    ("clinics poorly equipped", "medical_care", "The infirmary was understaffed and lacked medicines."),
    ("occupancy high", "overcrowding",
     "The Committee is concerned at the high occupancy rates in places of detention."),
    ("occupancy high", "overcrowding", "The prison population exceeded official capacity by a third."),
    ("monitor's access missing", "monitoring_access",
     "The ICRC did not have access to detainees held by the intelligence service."),
    ("monitor's access missing", "monitoring_access",
     "Access for human rights monitors was limited to some facilities."),
    ("monitor's access missing", "monitoring_access", "Diplomats were denied access to the prisons."),
    ("monitor's access missing", "monitoring_access",
     "Authorities denied requests by human rights groups to visit the prisons."),
    ("monitor's access missing", "monitoring_access",
     "The government did not permit independent monitoring of prison conditions by local groups."),
    ("monitor's access given", "monitoring_access",
     "Authorities granted the ICRC access to some, but not all, detention facilities."),
    ("monitor's access given", "monitoring_access",
     "The national human rights commission monitored prison conditions."),
    ("monitor's access given", "monitoring_access",
     "The Public Defender's Office monitored conditions in the prisons."),
    ("monitor's access given", "monitoring_access", "The Red Cross had regular access to all detainees."),
    ("separation missing", "separation",
     "Authorities did not always separate juveniles from adults or pretrial detainees from convicted prisoners."),
    ("room confinement", "solitary", "Girls were confined to their rooms for days as punishment."),
    ("room confinement", "solitary", "Two residents were locked in their rooms for most of the day."),
    ("isolation regimes named", "solitary", "He was held in a Structured Intervention Unit for five weeks."),
    ("isolation regimes named", "solitary", "Two boys were held in single separation."),
    ("isolation regimes named", "solitary", "Young people were kept apart from their peers for long periods."),
    ("isolation regimes named", "solitary", "Prisoners in the CSU had almost nothing to do."),
    ("shortfall, not a negation", "language_interpreter",
     "Staff did not provide interpretation for detainees with limited English proficiency."),
    ("no monitor at all", "monitoring_access", "No independent body monitored conditions in the jails."),
    ("no monitor at all", "monitoring_access",
     "The government restricted independent monitoring, admitting only the ICRC."),
    ("no complaints body", "complaints", "There was no prison ombudsman to receive complaints from inmates."),
    ("allegations not looked into", "complaints",
     "Officials did not conduct proper investigations into credible allegations of abuse."),
    ("allegations not looked into", "complaints", "Authorities rarely investigated allegations of torture."),
    ("a route on paper only", "complaints", "Inmates could file complaints, but officials rarely investigated them."),
    ("a route on paper only", "complaints", "Detainees may lodge grievances, but staff did not respond to them."),
    ("heating", "temperature", "Heating was inadequate in the winter months."),
    ("heating", "temperature", "The cell blocks had no heating."),
    ("a disease in the prisons", "physical_health", "Cholera broke out in the central prison."),
    ("a disease in the prisons", "physical_health", "Tuberculosis was widespread among inmates."),
    ("restraint devices", "restraints", "The Ombudsman found that the prisoner had been held on a tie-down bed."),
    ("restraint devices", "restraints", "A woman was kept in a restraint belt for four hours."),
    ("what did happen", "monitoring_access",
     "If not for an unannounced visit by the ombudsman, the boy would still be in the segregation unit."),
]

#: (type, sentence) that must stay quiet: norms, duties, standing views, requests, the world at large
QUIET: list[tuple[str, str]] = [
    ("monitoring_access",
     "States parties are obliged to grant the Subcommittee unrestricted access to all places of detention."),
    ("monitoring_access",
     "Countries that have ratified the protocol giving experts unannounced access are required to cooperate."),
    ("monitoring_access",
     "Under the Optional Protocol, the Subcommittee has unrestricted access to all places of detention."),
    ("monitoring_access",
     "The Committee emphasizes the importance of regular visits by independent monitors to all prisons."),
    ("monitoring_access", "The Subcommittee's mandate is to visit all places where persons are deprived of liberty."),
    ("monitoring_access", "The delegation requested information on the use of restraints and segregation."),
    ("restraints", "The delegation requested information on the use of restraints and segregation."),
    ("overcrowding", "The Committee would like to receive information on the measures taken to reduce overcrowding."),
    ("food_water", "Everyone deprived of liberty has the right to adequate food, water and medical care."),
    ("overcrowding", "Prison overcrowding is a global problem that affects millions of prisoners."),
    ("pretrial_status", "In many countries, pretrial detainees are held together with convicted prisoners."),
    ("separation", "In many countries, pretrial detainees are held together with convicted prisoners."),
    ("solitary", "Solitary confinement, when used for prolonged periods, amounts to torture."),
    ("isolation_duration", "Prolonged isolation of more than 15 days constitutes ill-treatment."),
    ("exercise_outdoor",
     "The CPT has long held that prisoners should be offered at least one hour of outdoor exercise every day."),
    ("cell_space", "In the CPT's view, a cell of 6 m² is the minimum for single occupancy."),
    ("restraints", "The SPT considers that the use of restraints as punishment is never acceptable."),
    ("work_programmes", "Lack of meaningful activity can have serious consequences for mental health."),
    ("use_of_force", "The delegation received no allegations of ill-treatment of prisoners by staff."),
    ("complaints", "The delegation received no allegations of ill-treatment of prisoners by staff."),
    ("use_of_force", "The law prohibits torture, and officials who use torture face prosecution."),
    ("family_visits", "The Working Group was unable to visit two of the facilities it had requested."),
    ("family_visits", "Families were prohibited from providing clothing and blankets."),
    ("vulnerable_person",
     "Authorities did not always separate juveniles from adults or pretrial detainees from convicted prisoners."),
    ("separation",
     "Authorities held pretrial detainees in the same prisons as convicted prisoners but in separate cells."),
    ("temperature", "Prisoners complained of cold water in the showers."),
    ("overcrowding", "The Committee urges the State party to reduce the prison population."),
    ("use_of_force", "The agency's policy limits the use of force to situations of imminent danger."),
    ("separation", "Young people were kept apart from their peers for long periods."),
    ("physical_health", "Prison staff screened all new arrivals to prevent the spread of tuberculosis."),
    ("complaints", "There was no evidence that the complaints procedure had been misused."),
    ("monitoring_access", "The law does not restrict the ICRC's access."),
    ("monitoring_access", "Visits had been suspended for three months because of staff shortages."),
    ("monitoring_access", "Family visits were cancelled at short notice during the lockdown."),
    ("monitoring_access", "During the visit, the delegation will meet the authorities and visit places of detention."),
    ("monitoring_access", "The Special Rapporteur is scheduled to visit the country next spring."),
    ("solitary", "The Special Rapporteur has repeatedly called on States to ban solitary confinement of children."),
    ("medical_care", "The delegation interviewed persons deprived of liberty, staff and medical personnel."),
]


@pytest.mark.parametrize(
    "wording,type_,sentence", [pytest.param(*row, id=f"{row[0]}:{row[2][:40]}") for row in VARIANTS]
)
def test_report_wording_gives_the_fact(facts, wording, type_, sentence):
    found = facts(sentence)
    assert [f for f in counted(found, type_) if not f.negated], (
        f"{wording}: expected {type_} in {sentence!r}; got {describe(found)}"
    )


@pytest.mark.parametrize("type_,sentence", [pytest.param(t, s, id=f"{t}:{s[:40]}") for t, s in QUIET])
def test_report_wording_trap_stays_quiet(facts, type_, sentence):
    found = facts(sentence)
    assert not [f for f in counted(found, type_) if not f.negated], describe(found)


def test_no_allegations_received_is_a_negated_fact(facts):
    """ "Received no allegations of ill-treatment": the ill-treatment is stated not to be reported."""
    found = counted(facts("The delegation received no allegations of ill-treatment by prison staff."), "use_of_force")
    assert found and all(f.negated for f in found), describe(found)


def test_a_monitor_visiting_is_granted_access(facts):
    found = counted(facts("The ombudsman conducted unannounced visits to several prisons."), "monitoring_access")
    assert found and all(f.value == "granted" and not f.negated for f in found), describe(found)


def test_a_monitor_kept_out_is_denied_access(facts):
    found = counted(facts("The ICRC did not have access to detainees held by the military."), "monitoring_access")
    assert found and all(f.value == "denied" for f in found), describe(found)


def test_no_assurance_of_care_is_no_care_received(facts):
    """ "Did not ensure that detainees received timely care": no statement that care was received."""
    found = counted(facts("The agency did not ensure that detainees received timely medical care."), "medical_care")
    assert not [f for f in found if f.negated], describe(found)


def test_a_shortfall_does_not_negate_what_follows(facts):
    """ "Did not provide interpretation for detainees with limited English": the "not" is the shortfall's."""
    found = counted(facts("Staff did not provide interpretation for detainees with limited English proficiency."),
                    "language_interpreter")
    assert found and not any(f.negated for f in found), describe(found)


def test_a_route_on_paper_only_is_no_working_route(facts):
    """ "Could file complaints, but authorities rarely investigated them": the route fails, asserted."""
    found = counted(facts("Prisoners could file complaints, but authorities rarely investigated them."), "complaints")
    assert found and not any(f.negated for f in found), describe(found)
