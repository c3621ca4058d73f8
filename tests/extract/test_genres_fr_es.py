"""French and Spanish in the wording of whole genres: CGLPL visit reports and
recommendations, European Court judgments on conditions, the Défenseur des droits and the
CPT in French; CNDH diagnostics, national preventive mechanisms and constitutional courts
in Spanish.  Each sentence is written for this suite (paraphrases in our own words, no
document's text), and each stands for a construction, not a case: compound tenses of a
deprivation ("n'a pas eu la possibilité de"), waiting lists, escorts in the consultation
room, a population "recluida" over a capacity, activities not taken part in; and the
traps beside them (a norm "il convient que", a legal characterisation "constituye en sí
mismo", police custody that is not immigration detention).
"""

from __future__ import annotations


import pytest


from extract_helpers import counted, describe


FACTS = [
    # French: a deprivation in a compound tense or an infinitive
    ("fr", "work_programmes", "La Cour relève que l'intéressé n'a pas eu la possibilité de travailler."),
    ("fr", "work_programmes", "Les femmes détenues n'ont pas la possibilité de suivre une formation."),
    ("fr", "medical_care", "Il se plaint de ne pas avoir bénéficié d'un suivi psychiatrique régulier."),
    ("fr", "medical_care", "La requérante n'a pas reçu les soins que son état exigeait."),
    ("fr", "medical_care", "Les délais d'attente pour un rendez-vous chez le dentiste atteignent huit mois."),
    ("fr", "medical_care", "Lors des examens, les gendarmes de l'escorte restent présents pendant la consultation."),
    ("fr", "food_water", "Les personnes gardées à vue ne se voient proposer aucun repas avant le soir."),
    ("fr", "restraints", "Les moyens de contrainte sont employés de manière systématique lors des extractions."),
    ("fr", "restraints", "Le CPT a relevé une contention quasi systématique des patients agités."),
    ("fr", "vulnerable_person", "L'établissement héberge des garçons âgés de 15 à 17 ans."),
    ("fr", "legal_access", "Le droit de voir un avocat dès les premières heures de la garde à vue n'est pas respecté."),
    ("fr", "special_regime", "Trois détenus sont placés dans la section de haute sécurité de la prison."),
    ("fr", "pretrial_status", "La prison accueille aussi des migrants en détention administrative."),
    ("fr", "vulnerable_person", "Un homme souffrant de psychose est détenu dans une cellule ordinaire."),
    # a monitor's access in the words of a method paragraph
    ("fr", "monitoring_access", "Les délégués ont eu accès sans restriction à tous les quartiers."),
    ("fr", "monitoring_access", "La délégation s'est entretenue en privé avec de nombreuses personnes détenues."),
]

VALUES = [
    # space per head, as a range (its lower bound) or "chacun"
    ("fr", "cell_space", "Chaque détenu avait un espace personnel compris entre 2,4 et 3,1 m².", 2.4),
    ("fr", "cell_space", "Les prévenus ne bénéficiaient que de 2,2 m² chacun.", 2.2),
    ("fr", "exercise_time", "Les détenus de ce secteur ne passent qu'une heure par jour à l'extérieur.", 1.0),
]

TRAPS = [
    # a norm: what is advised is not what is
    ("fr", "cell_space", "Il convient que chaque occupant d'une cellule collective dispose de 4 m² au moins."),
    ("fr", "no_natural_light", "Il est recommandé que chaque cellule dispose d'une fenêtre laissant entrer le jour."),
    # a limit the law sets, a target for later
    ("fr", "solitary", "La mise à l'isolement ne peut dépasser trois mois sans nouvelle décision."),
    ("fr", "overcrowding", "Le directeur a annoncé que le taux d'occupation serait ramené à 115 % l'an prochain."),
    # the European Court's principles, said of prisoners in general
    ("fr", "cell_space", "Selon la Cour, moins de 3 m² par détenu fait naître une forte présomption de violation."),
    ("fr", "cell_space", "Dans les affaires où le détenu disposait de 3 à 4 m², d'autres éléments comptent."),
    ("fr", "vulnerable_person", "Elle rappelle la vulnérabilité particulière des personnes détenues handicapées."),
    ("fr", "solitary", "La mise à l'isolement d'une personne détenue doit être dûment motivée."),
    ("fr", "strip_search", "Une fouille intégrale n'est admissible qu'en cas de soupçon sérieux."),
    # an adjective, not a minor
    ("fr", "vulnerable_person", "Les réductions d'espace étaient brèves, rares et mineures."),
    # police custody is not immigration detention
    ("fr", "pretrial_status", "Les personnes retenues en garde à vue attendent sur un banc."),
]

ES_FACTS = [
    ("es", "overcrowding", "En el penal, con capacidad para 1.500 internos, se encontraban recluidas 4.000 personas."),
    ("es", "overcrowding", "El centro, construido para albergar a 300 personas, aloja actualmente a 800 internos."),
    ("es", "work_programmes", "Las internas no realizan actividades productivas ni educativas."),
    ("es", "work_programmes", "Los jóvenes no participan en ningún programa de reinserción."),
    ("es", "reading_news", "En el módulo no se autoriza la entrada de libros ni de revistas."),
    ("es", "restraints", "El paciente estuvo sujeto mecánicamente a la camilla durante toda la noche."),
    ("es", "medical_care", "Las reclusas gestantes no tienen acceso a consultas ginecológicas."),
    ("es", "separation", "En la comisaría conviven jóvenes de quince años con adultos detenidos."),
    ("es", "pretrial_status", "En la estancia migratoria, varias familias dormían en el patio."),
]

ES_TRAPS = [
    # a court's characterisation in general, not a finding of fact
    ("es", "overcrowding", "El tribunal sostiene que el hacinamiento constituye en sí mismo un trato degradante."),
    ("es", "solitary", "El aislamiento prolongado, por sí solo, vulnera la integridad personal."),
    ("es", "medical_care", "La ausencia de atención médica podría estimarse en sí misma contraria a la Convención."),
    ("es", "physical_health", "En caso de que el interno presente heridas, se avisará al juez."),
]


@pytest.mark.parametrize(("lang", "type_", "sentence"), FACTS + ES_FACTS)
def test_genre_fact(read, lang: str, type_: str, sentence: str) -> None:
    got = read[lang](sentence)
    assert [f for f in counted(got, type_) if not f.negated], describe(got)


@pytest.mark.parametrize(("lang", "type_", "sentence"), TRAPS + ES_TRAPS)
def test_genre_trap(read, lang: str, type_: str, sentence: str) -> None:
    got = read[lang](sentence)
    assert not [f for f in counted(got, type_) if not f.negated], describe(got)



@pytest.mark.parametrize(("lang", "type_", "sentence", "value"), VALUES)
def test_genre_value(read, lang: str, type_: str, sentence: str, value: float) -> None:
    got = read[lang](sentence)
    assert any(f.value == pytest.approx(value) for f in counted(got, type_)), describe(got)


def test_not_contested_is_no_negation(read) -> None:
    """"Il n'est pas contesté que ..." asserts what follows: a double negative."""
    got = read["fr"]("Il n'est pas contesté que les cellules du bâtiment B sont dépourvues de fenêtres.")
    found = counted(got, "no_natural_light")
    assert found and not any(f.negated for f in found), describe(got)
