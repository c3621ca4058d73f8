"""French and Spanish, round four (esfr4): recall for seven fact types (cell_space, monitoring_access,
vulnerable_person, work_programmes, confinement_hours, food_water, justification_security), with the
traps that must stay quiet (a norm, a recommendation, the body's mandate, a suicide risk, leisure
activities, a family visit). What the round fixed:

- es monitoring_access: the body named "este Organismo", "la visitaduría", "el personal de esta
  Comisión"; "se permitió el acceso"; "no tuvo acceso" is denied (not a negated grant); "los
  visitadores realizaron entrevistas en privado";
- fr monitoring_access: the body's interviews held "en toute confidentialité"; the management "informée
  de la visite la veille"; "la communication de certains documents a été refusée aux contrôleurs";
- justification_security: fr "au regard de son profil", "motivé par sa dangerosité", "fondée sur le
  risque d'évasion", "invoque des motifs de sécurité", "considéré comme dangereux"; es "calificado como
  de alto riesgo", "al ser considerado de alta peligrosidad" (a risk of suicide is none);
- work_programmes: fr "quasi-absence / inexistence d'enseignement", "aucun atelier", "seuls 10 % des
  détenus ont un emploi", "les détenus restent inactifs"; es "permanecen en el ocio" (leisure
  activities, "actividades de ocio y recreación", are none);
- es vulnerable_person: indigenous and LGBTI people where the sentence says they lack an interpreter
  or suffer discrimination, "personas de la comunidad LGBTI";
- es confinement_hours: "solo salen de sus celdas una hora" (daily, said without "al día"),
  "permanecen en sus estancias 22 horas";
- fr cell_space: "ils vivent à trois dans 9 m²"; es food_water: food served "en condiciones
  antihigiénicas".

Every sentence is written for this suite, not taken from a document. Rows: (language, type, sentence,
expected, certainty): expected is True for a counted, not negated fact of that type, False for none, a
number for the value one such fact must carry, a string for its label value; certainty, where given, is
what one of them must have.
"""

from __future__ import annotations


import pytest


from extract_helpers import check_row


ROWS: list[tuple[str, str, str, bool | float | str, str | None]] = [
    # ---------------------------------------------------------------- cell_space (fr)
    ('fr', 'cell_space', 'Les personnes détenues sont hébergées dans une cellule de 9 m² à trois.', 9.0, 'asserted'),
    ('fr', 'cell_space', 'Ils disposent de 9 m² pour trois.', 9.0, None),
    ('fr', 'cell_space', 'Chaque détenu dispose de moins de 4 m² par personne.', 4.0, None),
    ('fr', 'cell_space', 'Des cellules de 7,5 mètres carrés accueillent deux personnes.', 7.5, None),
    ('fr', 'cell_space', "Les cellules, d'une superficie de 8 m², sont occupées par deux détenus.", 8.0, None),
    ('fr', 'cell_space',
     'Les contrôleurs ont constaté que trois détenus partageaient une cellule de 11 m².', 11.0, None),
    ('fr', 'cell_space', "L'espace disponible par personne est inférieur à 3 m².", 3.0, None),
    ('fr', 'cell_space', 'Les cellules mesurent à peine 6 m².', 6.0, None),
    ('fr', 'cell_space', "Trois personnes partagent une cellule d'environ 9 m².", 9.0, None),
    ('fr', 'cell_space', 'La surface de la cellule est de 9 m² pour trois occupants.', 9.0, None),
    ('fr', 'cell_space', 'Chaque personne dispose de moins de 3 mètres carrés.', 3.0, None),
    ('fr', 'cell_space', 'Les détenus vivent à trois dans 9 m².', 9.0, 'asserted'),
    ('fr', 'cell_space', 'Ils sont à deux sur 8 m2.', 8.0, None),
    ('fr', 'cell_space', "L'espace vital par détenu est de 2,5 m².", 2.5, None),
    ('fr', 'cell_space', 'Les cellules mesurent 9 mètres carrés et sont occupées par trois personnes.', 9.0, None),
    ('fr', 'cell_space', 'La cellule faisait environ 8 m².', 8.0, None),
    # ---------------------------------------------------------------- monitoring_access
    ('fr', 'monitoring_access',
     'Les contrôleurs ont pu s\'entretenir librement avec les personnes détenues.', 'granted', None),
    ('fr', 'monitoring_access', "Les contrôleurs ont eu accès à l'ensemble des locaux.", 'granted', None),
    ('fr', 'monitoring_access', 'La visite a été annoncée à la direction une semaine avant.', 'granted', None),
    ('fr', 'monitoring_access', "L'accès aux registres a été refusé aux contrôleurs.", 'denied', None),
    ('fr', 'monitoring_access', "Les contrôleurs n'ont pas pu accéder au quartier disciplinaire.", 'denied', None),
    ('fr', 'monitoring_access', 'La visite était inopinée.', 'granted', None),
    ('fr', 'monitoring_access', "Les contrôleurs ont pu circuler librement dans l'établissement.", 'granted', None),
    ('fr', 'monitoring_access', "Les contrôleurs se sont vu refuser l'accès aux dossiers médicaux.", 'denied', None),
    ('fr', 'monitoring_access',
     'La communication de certains documents a été refusée aux contrôleurs.', 'denied', None),
    ('fr', 'monitoring_access',
     'Les entretiens avec les personnes détenues se sont déroulés en toute confidentialité.', 'granted', None),
    ('fr', 'monitoring_access', 'La direction avait été informée de la visite la veille.', 'granted', None),
    ('fr', 'monitoring_access',
     "Le chef d'établissement a été prévenu de l'arrivée des contrôleurs deux heures avant.", 'granted', None),
    ('fr', 'monitoring_access', 'Le Contrôleur général peut visiter à tout moment tout lieu de privation de liberté.',
     False, None),
    ('fr', 'monitoring_access', "Les entretiens avec l'avocat se déroulent en toute confidentialité.", False, None),
    ('fr', 'monitoring_access', 'Les entretiens doivent se dérouler en toute confidentialité.', False, None),
    ('fr', 'monitoring_access', 'La direction a été informée de la visite de sa famille.', False, None),
    ('es', 'monitoring_access',
     'El personal de este Organismo tuvo acceso a todas las áreas del centro.', 'granted', None),
    ('es', 'monitoring_access', 'Se negó el acceso a la visitaduría al área de segregación.', 'denied', None),
    ('es', 'monitoring_access', 'La autoridad negó el acceso a la visitaduría.', 'denied', None),
    ('es', 'monitoring_access', 'Se permitió el acceso al personal del Mecanismo.', 'granted', None),
    ('es', 'monitoring_access',
     'Los visitadores realizaron entrevistas en privado con las personas privadas de la libertad.', 'granted', None),
    ('es', 'monitoring_access', 'El personal de este Organismo no tuvo acceso al área de segregación.', 'denied', None),
    ('es', 'monitoring_access', 'Las autoridades penitenciarias impidieron el ingreso del personal de la Comisión.',
     'denied', None),
    ('es', 'monitoring_access', 'Los visitadores pudieron entrevistarse en privado con los internos.', 'granted', None),
    ('es', 'monitoring_access', 'Personal de esta Comisión Nacional tuvo acceso a las instalaciones.', 'granted', None),
    ('es', 'monitoring_access', 'El personal de la Defensoría no pudo ingresar al pabellón.', 'denied', None),
    ('es', 'monitoring_access', 'El Mecanismo Nacional tiene la facultad de visitar cualquier lugar de detención.',
     False, None),
    ('es', 'monitoring_access', 'El Organismo tiene la facultad de acceder a todas las áreas.', False, None),
    ('es', 'monitoring_access', 'Se recomienda permitir el acceso a la visitaduría.', False, None),
    ('es', 'monitoring_access', 'Se negó el acceso a los familiares del interno.', False, None),
    # ---------------------------------------------------------------- vulnerable_person
    ('fr', 'vulnerable_person', "Plusieurs mineurs sont détenus dans l'établissement.", True, 'asserted'),
    ('fr', 'vulnerable_person', 'Des personnes âgées sont incarcérées dans des conditions inadaptées.', True, None),
    ('fr', 'vulnerable_person', 'Une personne handicapée est hébergée dans une cellule non adaptée.', True, None),
    ('fr', 'vulnerable_person', 'Une femme enceinte était placée au quartier disciplinaire.', True, None),
    ('fr', 'vulnerable_person',
     'De nombreuses personnes atteintes de troubles psychiatriques sont détenues.', True, None),
    ('fr', 'vulnerable_person', 'Les personnes à mobilité réduite ne peuvent pas accéder aux douches.', True, None),
    ('fr', 'vulnerable_person',
     'Les personnes en situation de handicap ne disposent pas de cellules adaptées.', True, None),
    ('fr', 'vulnerable_person', 'Une détenue enceinte de six mois a été menottée.', True, None),
    ('fr', 'vulnerable_person', "L'établissement accueille des personnes détenues en fauteuil roulant.", True, None),
    ('es', 'vulnerable_person', 'Las personas con discapacidad psicosocial permanecen en el área general.', True, None),
    ('es', 'vulnerable_person', 'Hay adultos mayores internos sin atención especializada.', True, None),
    ('es', 'vulnerable_person', 'Se encontraron mujeres embarazadas en el centro.', True, None),
    ('es', 'vulnerable_person', 'Las personas indígenas no cuentan con intérprete.', True, 'asserted'),
    ('es', 'vulnerable_person', 'Los internos indígenas carecen de traductor.', True, None),
    ('es', 'vulnerable_person', 'Las personas LGBTI son ubicadas en el área de castigo.', True, None),
    ('es', 'vulnerable_person', 'Las personas de la comunidad LGBTI sufren discriminación.', True, None),
    ('es', 'vulnerable_person', 'Hay adolescentes internados junto con adultos.', True, None),
    ('es', 'vulnerable_person', 'Un interno con discapacidad psicosocial fue aislado.', True, None),
    ('es', 'vulnerable_person', 'Se debe garantizar intérprete a las personas indígenas.', False, None),
    ('es', 'vulnerable_person', 'El Estado debe proteger los derechos de las personas LGBTI.', False, None),
    # ---------------------------------------------------------------- work_programmes
    ('fr', 'work_programmes', "Les détenus souffrent de l'absence d'activités.", True, 'asserted'),
    ('fr', 'work_programmes', "L'inactivité est la règle dans l'établissement.", True, None),
    ('fr', 'work_programmes', 'L\'oisiveté domine la journée des personnes détenues.', True, None),
    ('fr', 'work_programmes', "Aucune activité de travail ou de formation n'est proposée.", True, None),
    ('fr', 'work_programmes', "Le taux d'activité est faible.", True, None),
    ('fr', 'work_programmes', "On relève une quasi-absence d'enseignement.", True, 'asserted'),
    ('fr', 'work_programmes', "L'inexistence d'activités est préoccupante.", True, None),
    ('fr', 'work_programmes', 'Seuls 10 % des détenus ont un emploi.', True, None),
    ('fr', 'work_programmes', 'Les détenus restent inactifs toute la journée.', True, None),
    ('fr', 'work_programmes', "Il n'existe aucun atelier.", True, None),
    ('fr', 'work_programmes', "L'offre de travail est très insuffisante.", True, None),
    ('fr', 'work_programmes', 'Les personnes détenues ne bénéficient d\'aucune activité.', True, None),
    ('fr', 'work_programmes', 'Toute personne détenue doit pouvoir exercer une activité.', False, None),
    ('fr', 'work_programmes', 'Il convient de développer les activités proposées aux personnes détenues.', False, None),
    ('fr', 'work_programmes', 'Les comptes sont inactifs depuis un an.', False, None),
    ('es', 'work_programmes', 'No existen actividades laborales, educativas ni deportivas.', True, 'asserted'),
    ('es', 'work_programmes', 'Los internos pasan el día en el ocio.', True, None),
    ('es', 'work_programmes', 'Hay falta de programas de reinserción.', True, None),
    ('es', 'work_programmes', 'Las personas privadas de la libertad permanecen en el ocio.', True, 'asserted'),
    ('es', 'work_programmes', 'Los internos se encuentran en completo ocio.', True, None),
    ('es', 'work_programmes', 'No se imparten talleres de capacitación.', True, None),
    ('es', 'work_programmes', 'Los internos disfrutan de actividades de ocio y recreación.', False, None),
    ('es', 'work_programmes', 'Se recomienda implementar actividades educativas.', False, None),
    # ---------------------------------------------------------------- confinement_hours (es)
    ('es', 'confinement_hours', 'Los internos permanecen encerrados 22 horas al día.', 22.0, 'asserted'),
    ('es', 'confinement_hours', 'Solo salen de sus celdas una hora.', 23.0, 'asserted'),
    ('es', 'confinement_hours', 'Los internos salen de sus celdas una hora.', 23.0, None),
    ('es', 'confinement_hours', 'Están sometidos a un encierro de 23 horas.', 23.0, None),
    ('es', 'confinement_hours', 'Los internos del módulo permanecen en sus estancias 22 horas.', 22.0, None),
    ('es', 'confinement_hours', 'Únicamente se les permite salir de la celda una hora al día.', 23.0, None),
    ('es', 'confinement_hours', 'Solo pueden salir de su celda una hora.', 23.0, None),
    ('es', 'confinement_hours', 'Pasan 23 horas al día encerrados.', 23.0, None),
    ('es', 'confinement_hours', 'Salen de la celda dos horas los domingos.', False, None),
    ('es', 'confinement_hours', 'Los internos deben salir de sus celdas una hora.', False, None),
    ('es', 'confinement_hours',
     'Se recomienda que los internos no permanezcan encerrados más de 22 horas.', False, None),
    ('es', 'confinement_hours', 'Permanecieron en sus celdas 22 horas seguidas.', False, None),
    # ---------------------------------------------------------------- food_water (es)
    ('es', 'food_water', 'Los alimentos se encuentran en mal estado.', True, 'asserted'),
    ('es', 'food_water', 'Las raciones son insuficientes.', True, None),
    ('es', 'food_water', 'No se les proporciona agua potable.', True, None),
    ('es', 'food_water', 'La comida es de mala calidad.', True, None),
    ('es', 'food_water', 'Los alimentos se sirven en condiciones antihigiénicas.', True, 'asserted'),
    ('es', 'food_water', 'La comida se prepara sin higiene.', True, None),
    ('es', 'food_water', 'El agua que beben no es apta para consumo humano.', True, None),
    ('es', 'food_water', 'Los alimentos deben prepararse en condiciones higiénicas.', False, None),
    ('es', 'food_water', 'La comida se sirve en condiciones adecuadas.', False, None),
    ('es', 'food_water', 'Se recomienda proporcionar alimentación suficiente.', False, None),
    ('es', 'food_water', 'Toda persona privada de la libertad tiene derecho a una alimentación adecuada.', False, None),
    # ---------------------------------------------------------------- justification_security
    ('es', 'justification_security', 'Fue trasladado por razones de seguridad.', True, None),
    ('es', 'justification_security', 'La medida se adoptó por motivos de seguridad institucional.', True, None),
    ('es', 'justification_security',
     'Fue ubicado en el área de máxima seguridad al ser considerado de alta peligrosidad.', True, None),
    ('es', 'justification_security', 'Fue calificado como de alto riesgo.', True, None),
    ('es', 'justification_security', 'El interno fue clasificado como de alto perfil.', True, None),
    ('es', 'justification_security', 'Fue calificado como de alto riesgo suicida.', False, None),
    ('es', 'justification_security', 'Fue considerado como un interno de buena conducta.', False, None),
    ('es', 'justification_security',
     'Se recomienda no clasificar a los internos como peligrosos sin motivo.', False, None),
    ('fr', 'justification_security', "Il a été placé à l'isolement pour des raisons de sécurité.", True, None),
    ('fr', 'justification_security', "Il est maintenu à l'isolement en raison de sa dangerosité.", True, None),
    ('fr', 'justification_security', "L'administration justifie la mesure au regard de son profil.", True, None),
    ('fr', 'justification_security', "Il est maintenu à l'isolement au regard de son profil.", True, None),
    ('fr', 'justification_security', "Le placement à l'isolement est motivé par sa dangerosité.", True, None),
    ('fr', 'justification_security', "L'administration invoque des motifs de sécurité.", True, 'alleged'),
    ('fr', 'justification_security', "Il est considéré comme dangereux par l'administration.", True, None),
    ('fr', 'justification_security', "La décision est fondée sur le risque d'évasion.", True, None),
    ('fr', 'justification_security',
     'Les fouilles ne peuvent être motivées que par des raisons de sécurité.', False, None),
    ('fr', 'justification_security', 'Au regard de la jurisprudence, la requête est rejetée.', False, None),
    ('fr', 'justification_security', 'Il est considéré comme à risque suicidaire.', False, None),
    ('fr', 'justification_security', 'Il est considéré comme un détenu modèle.', False, None),
    # ---------------------------------------------------------------- second pass
    ('fr', 'cell_space', 'Dans 9 m², trois détenus cohabitent.', 9.0, None),
    ('fr', 'monitoring_access', "La visite s'est déroulée dans de bonnes conditions.", 'granted', None),
    ('fr', 'monitoring_access', "Aucune difficulté n'a été rencontrée par les contrôleurs.", 'granted', None),
    ('fr', 'monitoring_access', "La visite de sa famille s'est déroulée dans de bonnes conditions.", False, None),
    ('es', 'monitoring_access', 'Se brindaron las facilidades para realizar la visita.', 'granted', None),
    ('es', 'monitoring_access', 'No se brindaron las facilidades para realizar la visita.', False, None),
    ('es', 'justification_security', 'Bajo el argumento de que representa un riesgo, fue aislado.', True, None),
    ('es', 'confinement_hours',
     'Los internos solo salen al patio una hora y el resto del día permanecen en sus celdas.', 23.0, None),
]


@pytest.mark.parametrize("lang, type_, sentence, expected, certainty", ROWS)
def test_round4_sentence(read, lang: str, type_: str, sentence: str, expected: bool | float | str,
                         certainty: str | None) -> None:
    check_row(read[lang](sentence), type_, expected, certainty)


def test_round4_covers_both_languages_and_the_seven_types() -> None:
    assert len(ROWS) >= 120
    assert {lang for lang, *_ in ROWS} == {"es", "fr"}
    assert {t for _, t, *_ in ROWS} == {"cell_space", "monitoring_access", "vulnerable_person", "work_programmes",
                                         "confinement_hours", "food_water", "justification_security"}
