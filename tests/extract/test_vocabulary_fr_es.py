"""Issue 12, French and Spanish recall from the trade vocabulary of the bodies (CGLPL, CPT, CNPT,
Conseil d'État, CEDH; CNDH, MNP, PPN, Inter-American and Colombian courts): words the read passages
do not hold (a patient contained on four limbs, a detainee made to undress entirely, slaps, over-occupied
cells, a bucket for a toilet, shivering detainees, hunger, a prohibitive phone cost, medical secrecy
breached; sleeping in turns or on cardboard, needs done in bags, food and medicine bought by families,
fees for visits and calls, idleness, withheld mail).  Every sentence was written for this suite.  Each fact
sentence gives its type, counted (about a person or a group, not hypothetical) and not negated; the
traps (a recommendation, a norm described, "devrait", a general statement, a negation) give no counted,
affirmed fact of the type.
"""

from __future__ import annotations

from typing import Callable

import pytest

from dignity.model import Fact

from extract_helpers import counted, describe, reader


@pytest.fixture(scope="module")
def fr() -> Callable[[str], list[Fact]]:
    return reader("fr")


@pytest.fixture(scope="module")
def es() -> Callable[[str], list[Fact]]:
    return reader("es")


FR_FACTS = [
    ("Une patiente était isolée en chambre fermée à clé depuis trois semaines.", "solitary"),
    ("Plusieurs patients étaient enfermés dans leur chambre fermée à clé.", "solitary"),
    ("Le patient a été contenu aux quatre membres pendant deux jours.", "restraints"),
    ("Une mesure de contention a été mise en œuvre pendant trois jours.", "restraints"),
    ("La patiente était contentionnée sur son lit.", "restraints"),
    ("Il a dû se dévêtir entièrement devant les agents.", "strip_search"),
    ("Les personnes retenues sont intégralement déshabillées à leur arrivée.", "strip_search"),
    ("Il a reçu des gifles de la part d'un surveillant.", "use_of_force"),
    ("Il aurait été violenté par les fonctionnaires de police.", "use_of_force"),
    ("L'usage de la force par les agents était disproportionné.", "use_of_force"),
    ("Les cellules sont suroccupées.", "overcrowding"),
    ("Le nombre de détenus excède largement la capacité théorique.", "overcrowding"),
    ("Un simple seau sert de toilettes dans la geôle.", "sanitation"),
    ("Les toilettes ne disposent d'aucune porte.", "sanitation"),
    ("L'atmosphère est étouffante dans les geôles.", "ventilation"),
    ("Les détenus grelottent la nuit.", "temperature"),
    ("Les retenus se plaignent de la faim.", "food_water"),
    ("Les portions sont trop petites.", "food_water"),
    ("Le coût des communications téléphoniques est prohibitif pour les détenus indigents.", "family_calls"),
    ("Les unités de vie familiale ne sont pas en service.", "family_visits"),
    ("Le secret médical n'est pas respecté lors des consultations.", "medical_care"),
    ("Les demandes de consultation restent sans réponse.", "medical_care"),
    ("L'hospitalisation a été retardée de plusieurs jours.", "medical_care"),
    ("Aucune permanence juridique n'est organisée au centre de rétention.", "legal_access"),
    ("Il fait l'objet d'un régime de sécurité renforcé.", "special_regime"),
    ("Il ne parle à personne de la journée.", "no_meaningful_contact"),
    ("L'intéressé était maintenu au centre en vue de son éloignement.", "pretrial_status"),
    ("Le requérant se plaint du manque d'espace dans sa cellule.", "overcrowding"),
    ("Le requérant a partagé sa cellule avec cinq autres détenus.", "overcrowding"),
    ("Le requérant a été exposé au tabagisme passif.", "ventilation"),
    ("Il n'a pas été hospitalisé malgré la gravité de son état.", "medical_care"),
    ("Il était soumis au régime de détention spécial.", "special_regime"),
    ("Les matelas ne sont pas nettoyés entre deux utilisations.", "bedding_clothing"),
    ("Aucune boisson n'est proposée aux personnes gardées à vue.", "food_water"),
    ("Les gardés à vue n'ont pas de linge de rechange.", "hygiene"),
    ("Les cellules de garde à vue sentent l'urine.", "ventilation"),
    ("Les geôles sont très froides en hiver.", "temperature"),
    ("L'éclairage des cellules de garde à vue ne peut pas être éteint la nuit.", "constant_light"),
    ("Les médicaments du gardé à vue ne lui ont pas été remis.", "medical_care"),
    ("Les familles n'ont pas été prévenues du placement en garde à vue.", "family_calls"),
    ("Les gardés à vue font systématiquement l'objet d'une fouille avec retrait des sous-vêtements.",
     "strip_search"),
    ("Six personnes étaient placées dans une cellule de garde à vue prévue pour deux.", "overcrowding"),
]

FR_TRAPS = [
    ("Il convient de limiter le recours à la contention aux quatre membres.", "restraints"),
    ("La loi prévoit que toute mesure de contention doit être décidée par un psychiatre.", "restraints"),
    ("Les personnes détenues ne devraient jamais être contraintes de se dévêtir entièrement.", "strip_search"),
    ("Le code pénitentiaire prévoit qu'une personne ne peut être entièrement dévêtue que sur décision motivée.",
     "strip_search"),
    ("Il convient de rappeler que l'usage de la force doit rester proportionné.", "use_of_force"),
    ("Le recours à la force ne peut être que strictement nécessaire et proportionné.", "use_of_force"),
    ("Les cellules ne devraient pas être suroccupées.", "overcrowding"),
    ("La capacité de l'établissement ne devrait jamais être dépassée.", "overcrowding"),
    ("Les toilettes devraient disposer d'une porte.", "sanitation"),
    ("Il convient de veiller à ce que l'atmosphère des cellules ne soit pas étouffante.", "ventilation"),
    ("Les détenus ne grelottent plus depuis l'installation du chauffage.", "temperature"),
    ("La loi prévoit que les repas chauds sont servis deux fois par jour.", "food_water"),
    ("Les détenus ne se plaignent pas de la faim.", "food_water"),
    ("Le secret médical doit être respecté en toutes circonstances.", "medical_care"),
    ("La loi prévoit que le secret médical est garanti aux personnes détenues.", "medical_care"),
    ("Le coût des communications téléphoniques devrait être réduit.", "family_calls"),
    ("La mise en chambre fermée à clé devrait être décidée par un médecin.", "solitary"),
    ("Un régime de sécurité renforcé peut être décidé par le chef d'établissement.", "special_regime"),
    ("La loi prévoit qu'un étranger peut être placé en rétention en vue de son éloignement.", "pretrial_status"),
    ("Il convient de garantir à chaque détenu un espace suffisant dans sa cellule.", "overcrowding"),
    ("Le requérant partageait sa cellule avec un codétenu.", "overcrowding"),
    ("La loi prévoit l'interdiction de fumer dans les espaces communs.", "ventilation"),
    ("Il a été hospitalisé dès son arrivée.", "medical_care"),
    ("La loi prévoit qu'un régime de détention spécial ne peut être imposé sans motif.", "special_regime"),
    ("Les matelas devraient être nettoyés entre deux utilisations.", "bedding_clothing"),
    ("Une boisson chaude est proposée à chaque repas.", "food_water"),
    ("Du linge de rechange est fourni chaque semaine.", "hygiene"),
    ("Il convient de veiller à ce que les cellules ne sentent pas l'urine.", "ventilation"),
    ("La lumière peut être éteinte par la personne elle-même la nuit.", "constant_light"),
    ("L'éclairage ne peut être éteint que depuis le poste de garde pendant la journée.", "constant_light"),
    ("La loi prévoit que le retrait des sous-vêtements ne peut être systématique.", "strip_search"),
    ("Deux personnes étaient placées dans une cellule prévue pour quatre.", "overcrowding"),
    ("Il convient de veiller à ce que les cellules ne soient pas très froides en hiver.", "temperature"),
    ("Ses médicaments lui ont été remis dès son arrivée.", "medical_care"),
    ("Les familles ont été prévenues dès le début de la mesure.", "family_calls"),
]

ES_FACTS = [
    ("Los internos se turnan para dormir por falta de espacio.", "overcrowding"),
    ("Varios reclusos duermen sentados en el pasillo.", "overcrowding"),
    ("Los internos duermen sobre cartones.", "bedding_clothing"),
    ("Los internos defecan en bolsas de plástico.", "sanitation"),
    ("Los internos almacenan agua en tambos.", "sanitation"),
    ("El drenaje está colapsado y las aguas negras corren por el patio.", "sanitation"),
    ("Los internos deben comprar sus alimentos dentro del centro.", "food_water"),
    ("Los familiares deben comprar los medicamentos.", "medical_care"),
    ("Se utilizan medios de sujeción como castigo.", "restraints"),
    ("Las internas son sometidas a revisiones corporales invasivas.", "strip_search"),
    ("Los familiares deben pagar para ingresar a la visita.", "family_visits"),
    ("Los custodios cobran por el uso del teléfono.", "family_calls"),
    ("Los internos permanecen ociosos todo el día.", "work_programmes"),
    ("Se les retiene la correspondencia.", "correspondence"),
    ("Los internos pernoctan en los patios por falta de cupos.", "overcrowding"),
    ("Fue víctima de apremios ilegales por parte de los agentes.", "use_of_force"),
    ("Los internos denunciaron requisas violentas.", "use_of_force"),
    ("Los agentes dispararon postas de goma contra los internos.", "use_of_force"),
    ("Le aplicaron el submarino seco.", "use_of_force"),
    ("Las letrinas están colapsadas.", "sanitation"),
    ("El 40 % de los internos no tiene condena.", "pretrial_status"),
    ("Los internos que denuncian sufren represalias.", "complaints"),
    ("Se utilizaron defensas de goma contra el interno.", "use_of_force"),
    ("Los funcionarios le dieron una paliza.", "use_of_force"),
    ("La consulta psiquiátrica tiene una lista de espera de seis meses.", "medical_care"),
    ("Las comunicaciones vis a vis fueron suspendidas.", "family_visits"),
    ("Los internos preventivos comparten módulo con los penados.", "separation"),
]

ES_TRAPS = [
    ("Ninguna persona debería turnarse para dormir.", "overcrowding"),
    ("La ley establece que nadie debe dormir sobre cartones.", "bedding_clothing"),
    ("Se recomienda que las aguas residuales no corran por el patio.", "sanitation"),
    ("Los internos pueden comprar alimentos adicionales en la tienda.", "food_water"),
    ("La ley prevé que las familias no deben comprar los medicamentos.", "medical_care"),
    ("Se recomienda no utilizar medios de sujeción como castigo.", "restraints"),
    ("Los medios de sujeción nunca deben aplicarse como sanción.", "restraints"),
    ("Las revisiones corporales invasivas deberían estar prohibidas.", "strip_search"),
    ("La ley prohíbe cobrar por el ingreso de la visita.", "family_visits"),
    ("Se recomienda no cobrar por el uso del teléfono.", "family_calls"),
    ("El ocio forma parte de las actividades recreativas.", "work_programmes"),
    ("Las autoridades no deben retener la correspondencia de los internos.", "correspondence"),
    ("Ninguna persona debería pernoctar en los pasillos.", "overcrowding"),
    ("La ley prohíbe los apremios ilegales.", "use_of_force"),
    ("Se recomienda no utilizar balas de goma.", "use_of_force"),
    ("Se recomienda reparar los baños antes de que estén colapsados.", "sanitation"),
    ("La ley establece que quien no tiene condena debe ser separado.", "pretrial_status"),
    ("Se recomienda que nadie sufra represalias por presentar quejas.", "complaints"),
    ("Las comunicaciones vis a vis se celebran una vez al mes.", "family_visits"),
    ("Los funcionarios portan defensas de goma reglamentarias.", "use_of_force"),
    ("La ley prohíbe el uso de defensas de goma contra internos.", "use_of_force"),
    ("No hay lista de espera para la consulta médica.", "medical_care"),
    ("Los preventivos no comparten módulo con los penados.", "separation"),
    ("Se recomienda no suspender las comunicaciones vis a vis.", "family_visits"),
]


def _affirmed(facts: list[Fact], type_: str) -> list[Fact]:
    return [f for f in counted(facts, type_) if not f.negated]


@pytest.mark.parametrize("sentence,type_", FR_FACTS)
def test_french_vocabulary_is_read(fr: Callable[[str], list[Fact]], sentence: str, type_: str) -> None:
    facts = fr(sentence)
    assert _affirmed(facts, type_), f"{sentence!r}: expected {type_}; got {describe(facts)}"


@pytest.mark.parametrize("sentence,type_", FR_TRAPS)
def test_french_vocabulary_traps_stay_quiet(fr: Callable[[str], list[Fact]], sentence: str, type_: str) -> None:
    facts = fr(sentence)
    assert not _affirmed(facts, type_), f"{sentence!r}: no counted {type_}; got {describe(facts)}"


@pytest.mark.parametrize("sentence,type_", ES_FACTS)
def test_spanish_vocabulary_is_read(es: Callable[[str], list[Fact]], sentence: str, type_: str) -> None:
    facts = es(sentence)
    assert _affirmed(facts, type_), f"{sentence!r}: expected {type_}; got {describe(facts)}"


@pytest.mark.parametrize("sentence,type_", ES_TRAPS)
def test_spanish_vocabulary_traps_stay_quiet(es: Callable[[str], list[Fact]], sentence: str, type_: str) -> None:
    facts = es(sentence)
    assert not _affirmed(facts, type_), f"{sentence!r}: no counted {type_}; got {describe(facts)}"


# ---- issue 12, a later round: more of the ways these reports write the missed types, each beside a
# sentence that must stay quiet (a norm, a recommendation, a denial, a permission, a look-alike); and a
# complaint about the food, which English reads as a food fact ("complained about the food")
FR_MORE = [
    ('Le requérant était confiné en cellule 22 heures par jour.', 'confinement_hours'),
    ('Les personnes isolées passent 23 heures sur 24 en cellule.', 'confinement_hours'),
    ("Les activités sont quasi inexistantes au quartier d'isolement.", 'work_programmes'),
    ("Faute d'activités, les détenus tournent en rond.", 'work_programmes'),
    ('Les personnes détenues ne se voient proposer aucun travail.', 'work_programmes'),
    ('Aucune activité ne leur est proposée.', 'work_programmes'),
    ('Les arrivants restent en cellule sans activité pendant deux semaines.', 'work_programmes'),
    ("Les personnes retenues ne disposent pas d'eau potable.", 'food_water'),
    ('Le repas du soir se limite à un sandwich.', 'food_water'),
    ('La nourriture est de mauvaise qualité.', 'food_water'),
    ('Les détenus ont faim.', 'food_water'),
    ('Les repas distribués sont insuffisants.', 'food_water'),
    ('Les personnes gardées à vue ne reçoivent aucun repas.', 'food_water'),
    ('Une détenue enceinte de sept mois dort sur un matelas au sol.', 'vulnerable_person'),
    ('Des mineurs sont incarcérés avec des majeurs.', 'vulnerable_person'),
    ('Une jeune fille de 15 ans a été placée en garde à vue.', 'vulnerable_person'),
    ("Le requérant est atteint d'une maladie psychiatrique.", 'vulnerable_person'),
    ("Une personne détenue en situation de handicap moteur n'a pas accès aux douches.", 'vulnerable_person'),
    ('Un détenu aveugle vit seul en cellule.', 'vulnerable_person'),
    ('Le requérant, âgé de 81 ans, est incarcéré.', 'vulnerable_person'),
    ('Plusieurs personnes âgées sont détenues dans des cellules non adaptées.', 'vulnerable_person'),
    ("Le requérant n'a pu bénéficier d'aucune formation.", 'work_programmes'),
    ("L'offre d'activités est pauvre.", 'work_programmes'),
    ("Les personnes détenues n'ont accès à aucune activité.", 'work_programmes'),
    ("Aucune activité n'est organisée au quartier des mineurs.", 'work_programmes'),
    ('Les personnes détenues ne peuvent pas travailler.', 'work_programmes'),
    ("Il n'y a pas de travail en détention.", 'work_programmes'),
    ('Le travail en atelier est inexistant.', 'work_programmes'),
    ("La plupart des personnes détenues n'ont aucune activité.", 'work_programmes'),
    ('Les personnes détenues sont désœuvrées.', 'work_programmes'),
    ("Les détenus disposent d'un espace de vie inférieur à 3 m² chacun.", 'cell_space'),
    ("Le requérant ne disposait que de 2,7 m² d'espace personnel.", 'cell_space'),
    ("L'espace vital ne dépasse pas 2 m² par personne.", 'cell_space'),
    ("Chaque personne détenue dispose d'environ 3 m².", 'cell_space'),
    ('Le requérant a été détenu dans une cellule de 7 m² avec deux codétenus.', 'cell_space'),
    ('Des cellules de 9 m² sont occupées par trois personnes détenues.', 'cell_space'),
    ('Trois personnes cohabitent dans une cellule de 9 m².', 'cell_space'),
    ('Les vitres sont opaques.', 'no_natural_light'),
    ('Le requérant était enfermé dans une cellule sans fenêtre.', 'no_natural_light'),
    ('Les geôles sont dépourvues de lumière naturelle.', 'no_natural_light'),
    ('Les cellules sont en sous-sol et sans fenêtre.', 'no_natural_light'),
    ('La lumière du jour ne pénètre pas dans les cellules.', 'no_natural_light'),
    ("La pièce est dépourvue d'ouverture vers l'extérieur.", 'no_natural_light'),
    ('Les fenêtres, équipées de caillebotis, laissent passer très peu de lumière.', 'no_natural_light'),
    ("Le CGLPL a pu s'entretenir confidentiellement avec les personnes retenues.", 'monitoring_access'),
    ('Les contrôleurs se sont entretenus en privé avec quarante personnes détenues.', 'monitoring_access'),
    ("Les contrôleurs n'ont pas pu consulter les registres de la garde à vue.", 'monitoring_access'),
    ("La délégation du CPT s'est vu refuser l'accès au quartier disciplinaire.", 'monitoring_access'),
    ('Quatre contrôleurs ont visité le centre pénitentiaire du 4 au 8 mars.', 'monitoring_access'),
    ("Le Contrôleur général a effectué une visite inopinée de l'établissement.", 'monitoring_access'),
    ("Les contrôleurs ont eu accès à tous les documents qu'ils ont demandés.", 'monitoring_access'),
    ("Les contrôleurs ont pu accéder à l'ensemble des locaux sans restriction.", 'monitoring_access'),
    ('Le CPT a visité la prison en 2019.', 'monitoring_access'),
    ("Le ministre fait valoir que le requérant présentait un risque d'évasion élevé.", 'justification_security'),
    ('Selon le Gouvernement, les fouilles étaient nécessaires au maintien de la sécurité.', 'justification_security'),
    ("Le Gouvernement soutient que le placement à l'isolement était justifié par la dangerosité du requérant.",
     'justification_security'),
    ('Le requérant est paraplégique et se déplace en fauteuil roulant.', 'vulnerable_person'),
    ('Le requérant, âgé de 72 ans, est atteint de multiples pathologies.', 'vulnerable_person'),
    ('Il soutient que la nourriture était insuffisante.', 'food_water'),
    ('Le requérant se plaint de la mauvaise qualité de la nourriture.', 'food_water'),
    ('Selon lui, la lumière du jour ne pénétrait pas dans la cellule.', 'no_natural_light'),
    ("Il se plaint du manque d'accès à la lumière du jour.", 'no_natural_light'),
    ('Le requérant allègue que la fenêtre de la cellule était obstruée par des volets métalliques.',
     'no_natural_light'),
    ("Il se plaint de l'absence de toute activité.", 'work_programmes'),
    ("Le requérant affirme qu'il n'avait accès à aucune activité.", 'work_programmes'),
    ("Le requérant allègue qu'il était enfermé dans sa cellule 23 heures par jour.", 'confinement_hours'),
    ('Selon le requérant, chaque détenu disposait de moins de 2 m².', 'cell_space'),
    ("Le requérant soutient qu'il partageait une cellule de 10 m² avec cinq autres détenus.", 'cell_space'),
    ("La visite s'est déroulée dans de bonnes conditions, les contrôleurs ayant eu accès à l'ensemble des lieux.",
     'monitoring_access'),
    ("Un patient autiste est placé à l'isolement depuis trois mois.", 'vulnerable_person'),
    ('Les activités proposées sont très peu nombreuses.', 'work_programmes'),
    ('Un film opaque recouvre les vitres des chambres.', 'no_natural_light'),
    ("Chaque personne détenue dispose d'un espace inférieur à 3 m².", 'cell_space'),
    ("Chaque détenu dispose d'un espace vital de 2 m².", 'cell_space'),
    ("L'éclairage naturel des cellules est très faible.", 'no_natural_light'),
    ('La luminosité est très faible dans les cellules du rez-de-chaussée.', 'no_natural_light'),
    ("L'enseignement n'est pas accessible aux personnes détenues du quartier d'isolement.", 'work_programmes'),
    ('Les ateliers ne sont pas ouverts aux femmes.', 'work_programmes'),
    ("L'inactivité des personnes détenues est préoccupante.", 'work_programmes'),
    ('La direction a refusé de communiquer les documents demandés par les contrôleurs.', 'monitoring_access'),
    ('Le ministre soutient que la mesure était nécessaire au maintien du bon ordre.', 'justification_security'),
    ("Le transfert a été motivé par des considérations d'ordre et de sécurité.", 'justification_security'),
    ("Le requérant, atteint d'une paraplégie, est détenu dans une cellule ordinaire.", 'vulnerable_person'),
    ('Les détenus restent enfermés en cellule toute la journée.', 'confinement_hours'),
    ('Les détenus restent enfermés toute la journée sans sortie de cellule.', 'confinement_hours'),
    ("L'entrée de l'établissement a été refusée au Défenseur des droits.", 'monitoring_access'),
    ('Les détenus se plaignent de la nourriture.', 'food_water'),
    ('Plusieurs détenus se sont plaints de la quantité insuffisante des repas.', 'food_water'),
    ('Le requérant souffre de troubles bipolaires.', 'vulnerable_person'),
    ('Les personnes détenues se plaignent de la qualité des repas.', 'food_water'),
]

FR_MORE_QUIET = [
    ("Aucune information n'a été communiquée sur l'accès aux soins.", 'medical_care'),
    ('La loi prévoit des aménagements pour les femmes enceintes.', 'vulnerable_person'),
    ('Le quartier des mineurs a été fermé en 2015.', 'vulnerable_person'),
    ('Les avocats ont un libre accès à leurs clients.', 'monitoring_access'),
    ('Le CGLPL peut se faire communiquer tout document.', 'monitoring_access'),
    ('Selon le Gouvernement, la cellule était chauffée.', 'justification_security'),
    ('La lumière du jour pénétrait largement dans la cellule.', 'no_natural_light'),
    ("Le dossier médical est conservé à l'unité sanitaire.", 'medical_care'),
    ("L'accès aux soins est assuré dans des conditions satisfaisantes.", 'medical_care'),
    ('Le requérant a refusé de se rendre à la consultation.', 'medical_care'),
    ("Les soins sont dispensés par l'équipe de l'unité sanitaire.", 'medical_care'),
    ("Le médecin de l'unité sanitaire a été rencontré par les contrôleurs.", 'medical_care'),
    ('Les avocats ayant eu accès au dossier ont formé un recours.', 'monitoring_access'),
    ('Le centre de ressources autisme a été consulté.', 'vulnerable_person'),
    ('Les incidents sont peu nombreux.', 'work_programmes'),
    ('Le film opaque qui recouvrait les vitres a été retiré en 2021.', 'no_natural_light'),
    ('Le CPT recommande au moins 4 m² par détenu.', 'cell_space'),
    ('Le CPT préconise un minimum de 4 m² par détenu en cellule collective.', 'cell_space'),
    ('La luminosité des cellules est satisfaisante.', 'no_natural_light'),
    ("Le risque d'incendie est faible.", 'no_natural_light'),
    ("La formation des surveillants n'est pas accessible aux agents contractuels.", 'work_programmes'),
    ("L'inactivité physique peut favoriser l'obésité.", 'work_programmes'),
    ('La direction a refusé de communiquer les documents à la famille.', 'monitoring_access'),
    ('Les fouilles ne peuvent être motivées que par des considérations de sécurité.', 'justification_security'),
    ("Le maintien du bon ordre incombe au chef d'établissement.", 'justification_security'),
    ("La paraplégie peut résulter d'un accident.", 'vulnerable_person'),
    ('Les personnes détenues ne doivent pas rester enfermées en cellule toute la journée.', 'confinement_hours'),
    ('Les portes des cellules restent ouvertes toute la journée.', 'confinement_hours'),
    ('Les détenus ne se plaignent pas des repas.', 'food_water'),
    ('Les détenus se plaignent du bruit pendant les repas.', 'food_water'),
    ('Aucun détenu ne se plaint de la nourriture.', 'food_water'),
    ('Le travail pénitentiaire est régi par le code pénitentiaire.', 'work_programmes'),
    ("L'entrée de l'établissement a été refusée à un visiteur de prison ivre.", 'monitoring_access'),
    ('Les troubles bipolaires touchent 1 % de la population.', 'vulnerable_person'),
]

ES_MORE = [
    ('Los internos de ese sector tienen dos horas de recreo y permanecen encerrados el resto del día.',
     'confinement_hours'),
    ('La limitación regimental se fundamentó en razones de seguridad.', 'justification_security'),
    ('Las autoridades argumentaron motivos de seguridad para restringir las visitas.', 'justification_security'),
    ('La aplicación del régimen se justificó en la peligrosidad extrema del interno.', 'justification_security'),
    ('Los internos de primer grado no tienen acceso a talleres.', 'work_programmes'),
    ('La mayoría de los internos no trabaja ni estudia.', 'work_programmes'),
    ('No se cuenta con programas de capacitación para el trabajo.', 'work_programmes'),
    ('El centro no ofrece actividades laborales ni educativas.', 'work_programmes'),
    ('La alimentación proporcionada es deficiente en calidad y cantidad.', 'food_water'),
    ('Hay desabasto de agua potable en el centro.', 'food_water'),
    ('La carne que se sirve está en mal estado.', 'food_water'),
    ('Los internos no reciben alimentos los fines de semana.', 'food_water'),
    ('Se les proporciona una sola comida al día.', 'food_water'),
    ('Los detenidos refirieron haber pasado hambre.', 'food_water'),
    ('La comida no alcanza.', 'food_water'),
    ('La comida es escasa.', 'food_water'),
    ('No se proporcionan los tres alimentos diarios.', 'food_water'),
    ('En el módulo de aislamiento solo se permiten tres horas de patio y el resto del día están en la celda.',
     'confinement_hours'),
    ('Las personas en primer grado pasan 21 horas en su celda.', 'confinement_hours'),
    ('El encierro en celda es de 21 horas diarias.', 'confinement_hours'),
    ('Los internos sólo tienen una hora de desencierro al día.', 'confinement_hours'),
    ('El desencierro dura solo una hora al día.', 'confinement_hours'),
    ('Los detenidos permanecen engomados 22 horas por día.', 'confinement_hours'),
    ('En el pabellón rige un régimen de engome de 23 horas.', 'confinement_hours'),
    ('El Estado no autorizó la visita de la Relatoría.', 'monitoring_access'),
    ('La CIDH solicitó autorización para visitar el centro penitenciario.', 'monitoring_access'),
    ('La presunta víctima, de 78 años de edad, padece diversas enfermedades.', 'vulnerable_person'),
    ('El Estado indicó que la restricción de visitas se debía a motivos de seguridad.', 'justification_security'),
    ('Según el Estado, la medida obedecía a razones de seguridad.', 'justification_security'),
    ('El Estado alegó que el aislamiento respondía a la peligrosidad del interno.', 'justification_security'),
    ('Sostiene que la celda no tenía ventanas.', 'no_natural_light'),
    ('Afirma que la comida era escasa y de mala calidad.', 'food_water'),
    ('Alega que no tenía acceso a actividades educativas ni laborales.', 'work_programmes'),
    ('El peticionario señala que permanecía encerrado 23 horas al día.', 'confinement_hours'),
    ('El peticionario alega que compartía una celda de 8 metros cuadrados con otras seis personas.', 'cell_space'),
    ('El Gobierno afirmó que el traslado obedecía al riesgo de fuga.', 'justification_security'),
    ('El Servicio Penitenciario argumentó razones de seguridad para justificar las requisas.',
     'justification_security'),
    ('Se le impuso el aislamiento por su supuesta pertenencia a una pandilla.', 'justification_security'),
    ('La autoridad penitenciaria adujo motivos de seguridad.', 'justification_security'),
    ('Los alimentos llegan en mal estado.', 'food_water'),
    ('No hay agua potable en el pabellón.', 'food_water'),
    ('El agua potable llega solo unas horas al día.', 'food_water'),
    ('La comida no alcanza para todos los internos.', 'food_water'),
    ('Estaban encerrados en sus celdas 22 horas por día.', 'confinement_hours'),
    ('El régimen de aislamiento supone el encierro en celda durante 23 horas.', 'confinement_hours'),
    ('Los internos pasan más de 20 horas diarias dentro de sus celdas.', 'confinement_hours'),
    ('Las personas privadas de libertad pasan el tiempo en ocio.', 'work_programmes'),
    ('Existe una ausencia total de actividades.', 'work_programmes'),
    ('Los adolescentes no reciben educación.', 'work_programmes'),
    ('Las actividades laborales son prácticamente inexistentes.', 'work_programmes'),
    ('No se imparten clases en el centro.', 'work_programmes'),
    ('Los internos no realizan ninguna actividad.', 'work_programmes'),
    ('Los adultos mayores duermen en el piso.', 'vulnerable_person'),
    ('Una persona con discapacidad psicosocial permanecía aislada.', 'vulnerable_person'),
    ('Un joven de 16 años se encontraba detenido con adultos.', 'vulnerable_person'),
    ('Se entrevistó a una interna de 70 años de edad.', 'vulnerable_person'),
    ('Hay personas con discapacidad en el centro.', 'vulnerable_person'),
    ('En el penal se encuentran recluidas mujeres embarazadas.', 'vulnerable_person'),
    ('El equipo de monitoreo pudo recorrer todas las instalaciones.', 'monitoring_access'),
    ('La PPN constató durante su visita que los pabellones estaban sobrepoblados.', 'monitoring_access'),
    ('La Defensoría del Pueblo realizó una visita al establecimiento el 12 de marzo.', 'monitoring_access'),
    ('Se nos impidió el acceso a los expedientes.', 'monitoring_access'),
    ('El director se negó a permitir el ingreso del Mecanismo.', 'monitoring_access'),
    ('El personal de la Comisión no pudo ingresar al área de segregación.', 'monitoring_access'),
    ('La celda mide aproximadamente 2 por 2 metros y alberga a cuatro personas.', 'cell_space'),
    ('El espacio por interno no supera los dos metros cuadrados.', 'cell_space'),
    ('Cada persona dispone de menos de un metro cuadrado.', 'cell_space'),
    ('En una celda de 4 metros cuadrados se encontraban cinco personas.', 'cell_space'),
    ('Los dormitorios no tienen ventanas al exterior.', 'no_natural_light'),
    ('La luz natural es escasa en los dormitorios.', 'no_natural_light'),
    ('La única ventana de la celda está cubierta con una lámina.', 'no_natural_light'),
    ('Las ventanas de las celdas fueron selladas con concreto.', 'no_natural_light'),
    ('Las ventanas están tapiadas.', 'no_natural_light'),
    ('Los internos permanecen en espacios sin luz solar.', 'no_natural_light'),
    ('Las celdas de aislamiento carecen de ventanas.', 'no_natural_light'),
    ('No ingresa luz natural a las celdas del sótano.', 'no_natural_light'),
    ('A los dormitorios no llega luz natural.', 'no_natural_light'),
    ('No se permitió al equipo de la Defensoría ingresar al área de aislamiento.', 'monitoring_access'),
    ('La dirección del penal obstaculizó la labor del Mecanismo.', 'monitoring_access'),
    ('La visita se realizó sin restricciones y con libre acceso a la documentación.', 'monitoring_access'),
    ('El MNPT pudo entrevistarse en privado con las personas privadas de libertad.', 'monitoring_access'),
    ('Al equipo del MNPT se le negó el ingreso al módulo de máxima seguridad.', 'monitoring_access'),
    ('El encierro se extiende por 23 horas.', 'confinement_hours'),
    ('Los internos permanecen en sus celdas sin salir durante todo el día.', 'confinement_hours'),
    ('La dirección argumentó que el interno era peligroso.', 'justification_security'),
    ('La sanción se fundó en la necesidad de mantener el orden del establecimiento.', 'justification_security'),
    ('Se argumentó que las requisas eran necesarias por seguridad.', 'justification_security'),
    ('El detenido padece esquizofrenia.', 'vulnerable_person'),
    ('Varios internos presentan trastornos mentales graves.', 'vulnerable_person'),
    ('El interno tiene 75 años y padece diabetes.', 'vulnerable_person'),
    ('Las personas LGBTI son alojadas en el área de castigo.', 'vulnerable_person'),
    ('Se identificaron adultos mayores en el penal.', 'vulnerable_person'),
    ('Sólo pueden salir de la celda durante una hora al día.', 'confinement_hours'),
    ('Solo el 10% de los internos trabaja.', 'work_programmes'),
    ('Solo el 10 % de los internos trabaja.', 'work_programmes'),
    ('La dirección fundamentó el traslado en razones de seguridad.', 'justification_security'),
    ('El Estado sostuvo que el aislamiento era necesario para proteger a los demás internos.',
     'justification_security'),
    ('Las internas se quejan de la mala calidad de los alimentos.', 'food_water'),
    ('Los internos se quejaron de la comida.', 'food_water'),
    ('Los internos dependen de los alimentos que les llevan sus familiares.', 'food_water'),
    ('La alimentación carece de valor nutricional.', 'food_water'),
]

ES_MORE_QUIET = [
    ('Los internos tienen dos horas de taller y participan en deportes el resto del día.', 'confinement_hours'),
    ('La carne se compra a un proveedor local.', 'food_water'),
    ('Los internos no trabajan ni estudian los domingos por disposición reglamentaria.', 'work_programmes'),
    ('El desencierro se realiza a las ocho de la mañana.', 'confinement_hours'),
    ('No existe registro de la entrega de alimentos.', 'food_water'),
    ('No hay información sobre la atención médica.', 'medical_care'),
    ('No se proporcionan datos sobre la alimentación de los internos.', 'food_water'),
    ('La víctima fue detenida en 1978.', 'vulnerable_person'),
    ('La respuesta del Estado respondía a la solicitud de la Comisión.', 'justification_security'),
    ('Los internos participan en actividades de carpintería.', 'work_programmes'),
    ('El agua potable llega a todos los pabellones.', 'food_water'),
    ('Las ventanas de las celdas fueron reemplazadas por vidrios templados.', 'no_natural_light'),
    ('Fue trasladado a la Penitenciaría de Máxima Seguridad de Puente Grande.', 'justification_security'),
    ('Un joven de 25 años fue detenido en la vía pública.', 'vulnerable_person'),
    ('Los internos declararon: se nos negó el acceso al patio durante una semana.', 'monitoring_access'),
    ('Las normas exigen que el espacio por interno no sea inferior a 3,4 metros cuadrados.', 'cell_space'),
    ('El número de internos no supera la capacidad del penal.', 'overcrowding'),
    ('La Defensoría revisó las condiciones de higiene.', 'hygiene'),
    ('El personal de limpieza es insuficiente.', 'hygiene'),
    ('Se distribuyen kits de higiene mensualmente.', 'hygiene'),
    ('Los familiares no pudieron ingresar al penal.', 'monitoring_access'),
    ('Las ventanas permiten la entrada de luz natural.', 'no_natural_light'),
    ('La luz natural ingresa por amplias ventanas.', 'no_natural_light'),
    ('La dirección del penal obstaculizó la labor de los abogados defensores.', 'monitoring_access'),
    ('El Mecanismo debe contar con libre acceso a la documentación.', 'monitoring_access'),
    ('Los internos no deben permanecer en sus celdas sin salir durante todo el día.', 'confinement_hours'),
    ('La defensa argumentó que el interno no era peligroso.', 'justification_security'),
    ('Las requisas son necesarias por seguridad según la ley.', 'justification_security'),
    ('La esquizofrenia es un trastorno mental grave.', 'vulnerable_person'),
    ('El interno tiene 35 años.', 'vulnerable_person'),
    ('Se debe garantizar la protección de las personas LGBTI.', 'vulnerable_person'),
    ('El centro cuenta con un área para adultos mayores.', 'vulnerable_person'),
    ('La ley exige fundamentar el traslado en razones de seguridad debidamente acreditadas.', 'justification_security'),
    ('El traslado sólo puede fundarse en razones de seguridad.', 'justification_security'),
    ('Los internos no se quejaron de la comida.', 'food_water'),
    ('Ninguno de los internos se quejó de la comida.', 'food_water'),
    ('Los internos se quejaron del trato de los custodios.', 'food_water'),
    ('Los familiares pueden llevar alimentos a los internos los domingos.', 'food_water'),
    ('El 90% de los internos trabaja en los talleres.', 'work_programmes'),
    ('Solo el 10% de los internos recibe visitas.', 'work_programmes'),
]


@pytest.mark.parametrize("sentence,type_", FR_MORE)
def test_french_more_vocabulary_is_read(fr: Callable[[str], list[Fact]], sentence: str, type_: str) -> None:
    facts = fr(sentence)
    assert _affirmed(facts, type_), f"{sentence!r}: expected {type_}; got {describe(facts)}"


@pytest.mark.parametrize("sentence,type_", FR_MORE_QUIET)
def test_french_more_vocabulary_stays_quiet(fr: Callable[[str], list[Fact]], sentence: str, type_: str) -> None:
    facts = fr(sentence)
    assert not _affirmed(facts, type_), f"{sentence!r}: no counted {type_}; got {describe(facts)}"


@pytest.mark.parametrize("sentence,type_", ES_MORE)
def test_spanish_more_vocabulary_is_read(es: Callable[[str], list[Fact]], sentence: str, type_: str) -> None:
    facts = es(sentence)
    assert _affirmed(facts, type_), f"{sentence!r}: expected {type_}; got {describe(facts)}"


@pytest.mark.parametrize("sentence,type_", ES_MORE_QUIET)
def test_spanish_more_vocabulary_stays_quiet(es: Callable[[str], list[Fact]], sentence: str, type_: str) -> None:
    facts = es(sentence)
    assert not _affirmed(facts, type_), f"{sentence!r}: no counted {type_}; got {describe(facts)}"
