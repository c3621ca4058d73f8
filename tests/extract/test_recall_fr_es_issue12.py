"""Issue 12, French and Spanish recall: the ways monitoring reports and judgments in these languages
write the conditions the held-out score missed (no daylight, a cell's size, no work or activity, a
monitor's visit or access refused, a vulnerable person; hours locked in, food and water, a security
reason), each written for this suite, not copied.  Each fact sentence gives its type, counted (about a
person or a group, not hypothetical) and not negated; the quiet ones (a norm, a recommendation, a power,
the unit's organisation, a look-alike: a blind person, a family visit, a patient's own refusal of care)
give no counted fact of the type.
"""

from __future__ import annotations


import pytest

from dignity.model import Fact

from extract_helpers import counted, describe


FR_FACTS = [
    ('Les personnes retenues dans ces locaux sont privées de lumière naturelle.', 'no_natural_light'),
    ('Les cellules du quartier disciplinaire sont privées de lumière naturelle.', 'no_natural_light'),
    ("L'absence de lumière du jour dans les geôles du tribunal a été relevée.", 'no_natural_light'),
    ('Les fenêtres des cellules sont occultées par des plaques de métal perforées.', 'no_natural_light'),
    ('Les fenêtres sont obstruées par des caillebotis qui assombrissent les cellules.', 'no_natural_light'),
    ("L'éclairage naturel est insuffisant dans les chambres d'isolement.", 'no_natural_light'),
    ("La cellule n'a pas de fenêtre.", 'no_natural_light'),
    ("Les geôles ne disposent d'aucune ouverture sur l'extérieur.", 'no_natural_light'),
    ('Les cellules de garde à vue sont aveugles.', 'no_natural_light'),
    ('Le local de rétention est une pièce aveugle de six mètres carrés.', 'no_natural_light'),
    ('La seule source de lumière du jour est un pavé de verre dépoli.', 'no_natural_light'),
    ("Les vitres ont été opacifiées et ne laissent rien voir de l'extérieur.", 'no_natural_light'),
    ('Les cellules sont éclairées exclusivement par la lumière artificielle.', 'no_natural_light'),
    ('La lumière naturelle y est quasiment absente.', 'no_natural_light'),
    ("La lumière naturelle ne parvient pas jusqu'aux cellules du sous-sol.", 'no_natural_light'),
    ('Les chambres ne bénéficient pas de la lumière du jour.', 'no_natural_light'),
    ("Les cellules, situées en sous-sol, n'ont pas accès à la lumière naturelle.", 'no_natural_light'),
    ('Des panneaux de bois ont été posés devant les fenêtres des cellules.', 'no_natural_light'),
    ('Les fenêtres ont été murées.', 'no_natural_light'),
    ('Le jour ne pénètre dans la cellule que par une étroite ouverture en hauteur.', 'no_natural_light'),
    ('Le requérant a été détenu dans une cellule sans lumière naturelle pendant trois semaines.', 'no_natural_light'),
    ('Les pièces sont très sombres, faute de lumière naturelle.', 'no_natural_light'),
    ("Les cellules ne reçoivent qu'une faible lumière naturelle à travers un soupirail.", 'no_natural_light'),
    ('La fenêtre, de très petite taille, ne laisse entrer que peu de lumière.', 'no_natural_light'),
    ("Les chambres d'isolement sont dépourvues de toute fenêtre.", 'no_natural_light'),
    ('Le caillebotis installé devant la fenêtre réduit considérablement la luminosité.', 'no_natural_light'),
    ("Les fenêtres sont équipées de grilles très serrées qui limitent l'entrée de la lumière du jour.",
     'no_natural_light'),
    ('La lumière du jour est très faible dans les cellules.', 'no_natural_light'),
    ("Les cellules sont privées d'éclairage naturel.", 'no_natural_light'),
    ("Il n'existe aucune fenêtre dans les cellules de garde à vue.", 'no_natural_light'),
    ('Les personnes placées en cellule disciplinaire vivent à la lumière artificielle jour et nuit.',
     'no_natural_light'),
    ("Les cellules, d'environ 9 m², accueillent trois personnes.", 'cell_space'),
    ("Chaque détenu dispose d'un espace vital de 2,5 m².", 'cell_space'),
    ('La cellule de 11 m² est occupée par quatre personnes, soit moins de 3 m² par personne.', 'cell_space'),
    ("Le requérant disposait d'un espace personnel de moins de 3 m².", 'cell_space'),
    ("L'espace de vie dont disposait le requérant était inférieur à 3 m².", 'cell_space'),
    ('Il partageait une cellule de 12 m² avec trois codétenus.', 'cell_space'),
    ('Chacun ne disposait que de 2 m².', 'cell_space'),
    ("L'espace au sol par détenu était de 2,4 m².", 'cell_space'),
    ('La surface disponible par personne est de 1,5 m².', 'cell_space'),
    ('Les détenus disposent de moins de quatre mètres carrés par personne.', 'cell_space'),
    ('La cellule mesure 2,5 m sur 3,5 m.', 'cell_space'),
    ('Le requérant a été placé dans une geôle de 5 m².', 'cell_space'),
    ("Les cellules individuelles, d'une superficie de 9 m², sont occupées par deux ou trois personnes.", 'cell_space'),
    ("Le requérant a disposé d'un espace personnel compris entre 2,2 et 2,8 m².", 'cell_space'),
    ('Les détenus disposaient de moins de 3 m² de surface au sol.', 'cell_space'),
    ('La superficie de la cellule était de 8,5 m² pour trois détenus.', 'cell_space'),
    ('Les cellules font 9 m² et hébergent trois détenus.', 'cell_space'),
    ("Le requérant a été détenu dans des cellules où l'espace personnel était inférieur à 3 m².", 'cell_space'),
    ("Il était incarcéré dans une cellule d'une superficie de 10,5 m² qu'il partageait avec quatre autres "
     'détenus.',
     'cell_space'),
    ("Les dortoirs de 40 m² accueillent jusqu'à vingt personnes.", 'cell_space'),
    ("L'espace vital de chaque personne détenue n'excède pas 3 m².", 'cell_space'),
    ('Les cellules de 9 m² sont conçues pour une personne mais en accueillent deux.', 'cell_space'),
    ("Le requérant affirme avoir disposé de 2 m² d'espace personnel.", 'cell_space'),
    ("Aucune activité n'est proposée aux personnes retenues.", 'work_programmes'),
    ('Le désœuvrement des personnes détenues est total.', 'work_programmes'),
    ("Les journées se passent dans l'oisiveté la plus complète.", 'work_programmes'),
    ("L'absence de travail et de formation professionnelle est particulièrement marquée.", 'work_programmes'),
    ("L'offre d'activités est indigente.", 'work_programmes'),
    ("L'offre d'activités est très pauvre au quartier des femmes.", 'work_programmes'),
    ("Le taux d'activité rémunérée ne dépasse pas 15 %.", 'work_programmes'),
    ('Les personnes détenues passent leurs journées sans rien faire.', 'work_programmes'),
    ("Il n'existe aucune activité socioculturelle.", 'work_programmes'),
    ("Aucun poste de travail n'est proposé aux prévenus.", 'work_programmes'),
    ("Les mineurs ne bénéficient que de quatre heures d'enseignement par semaine.", 'work_programmes'),
    ("Le requérant n'a pu exercer aucune activité professionnelle.", 'work_programmes'),
    ('Les détenus restent en cellule sans aucune occupation.', 'work_programmes'),
    ("Les listes d'attente pour accéder au travail sont très longues.", 'work_programmes'),
    ('Le travail en atelier se limite à quelques postes de conditionnement.', 'work_programmes'),
    ("La pauvreté de l'offre d'activités a été relevée par les contrôleurs.", 'work_programmes'),
    ("Rien n'est proposé aux personnes détenues pour occuper leurs journées.", 'work_programmes'),
    ('Les activités sont réservées à une minorité de personnes détenues.', 'work_programmes'),
    ('Seules vingt personnes détenues travaillent aux ateliers.', 'work_programmes'),
    ("Les patients n'ont accès à aucune activité thérapeutique.", 'work_programmes'),
    ("Le manque d'activités est criant.", 'work_programmes'),
    ("Il n'y a ni travail ni formation au quartier disciplinaire.", 'work_programmes'),
    ("L'inactivité est la règle pour la grande majorité des personnes détenues.", 'work_programmes'),
    ("Les activités proposées sont rares et ne concernent qu'une dizaine de personnes.", 'work_programmes'),
    ("L'enseignement a été suspendu depuis le début de l'année.", 'work_programmes'),
    ('Les personnes détenues sont livrées à elles-mêmes, sans activité.', 'work_programmes'),
    ("L'offre de travail est insuffisante au regard du nombre de personnes détenues.", 'work_programmes'),
    ("Le requérant n'a bénéficié d'aucune formation pendant sa détention.", 'work_programmes'),
    ('Très peu de personnes détenues ont accès au travail.', 'work_programmes'),
    ("L'accès aux activités est très limité.", 'work_programmes'),
    ('Les activités sont quasi inexistantes.', 'work_programmes'),
    ("Faute d'activités, les personnes détenues restent en cellule toute la journée.", 'work_programmes'),
    ("Les contrôleurs ont pu accéder librement à l'ensemble des locaux.", 'monitoring_access'),
    ("La délégation n'a pas pu accéder au quartier disciplinaire.", 'monitoring_access'),
    ("L'accès a été refusé aux délégués du CICR.", 'monitoring_access'),
    ('Le CGLPL a effectué une visite inopinée du centre de rétention administratif.', 'monitoring_access'),
    ('Une visite inopinée a été effectuée par quatre contrôleurs du 3 au 6 mai 2022.', 'monitoring_access'),
    ('Les documents demandés ont été mis à la disposition des contrôleurs.', 'monitoring_access'),
    ("La délégation a bénéficié d'une excellente coopération de la part des autorités.", 'monitoring_access'),
    ("Les contrôleurs n'ont pas pu consulter les registres de l'établissement.", 'monitoring_access'),
    ('Une mission de contrôle a été conduite du 2 au 5 mai 2023.', 'monitoring_access'),
    ("Il s'agit de la troisième visite de l'établissement par le Contrôle général.", 'monitoring_access'),
    ("Le CICR n'a pas été autorisé à visiter les détenus.", 'monitoring_access'),
    ('Rapport relatif à la visite effectuée en France par le Comité européen pour la prévention de la '
     'torture du 4 au 18 décembre 2019.',
     'monitoring_access'),
    ('Deux contrôleurs ont visité le commissariat de police de Lyon les 4 et 5 avril 2021.', 'monitoring_access'),
    ('La visite, inopinée, a débuté le lundi 4 avril à 14 heures.', 'monitoring_access'),
    ('Les contrôleurs se sont rendus de manière inopinée au centre éducatif fermé.', 'monitoring_access'),
    ('Le contrôle a été réalisé sans que la direction en ait été prévenue.', 'monitoring_access'),
    ("Conformément à la loi du 30 octobre 2007, le Contrôleur général a visité la maison d'arrêt de Nîmes.",
     'monitoring_access'),
    ('Le Contrôleur général des lieux de privation de liberté a visité les locaux de garde à vue du '
     'commissariat.',
     'monitoring_access'),
    ("Les contrôleurs ont été accueillis par la directrice de l'établissement.", 'monitoring_access'),
    ('Les contrôleurs ont rencontré les personnes détenues qui le souhaitaient.', 'monitoring_access'),
    ("La délégation s'est entretenue en privé avec une quarantaine de personnes détenues.", 'monitoring_access'),
    ("La délégation a pu s'entretenir sans témoin avec les personnes détenues.", 'monitoring_access'),
    ('Lors de sa visite en 2021, le Comité a constaté que les cellules étaient surpeuplées.', 'monitoring_access'),
    ("La Commission a visité cinq établissements pénitentiaires au cours de l'année.", 'monitoring_access'),
    ("Le personnel de l'établissement a refusé aux contrôleurs l'accès aux dossiers médicaux.", 'monitoring_access'),
    ("Les contrôleurs se sont vu opposer un refus d'accès au quartier d'isolement.", 'monitoring_access'),
    ("La direction a refusé que les contrôleurs s'entretiennent avec le requérant.", 'monitoring_access'),
    ("L'équipe de contrôle a pu circuler sans entrave dans l'établissement.", 'monitoring_access'),
    ("La visite a été annoncée à la direction la veille de l'arrivée des contrôleurs.", 'monitoring_access'),
    ('Le centre accueille des mineurs âgés de 13 à 18 ans.', 'vulnerable_person'),
    ('Plusieurs personnes âgées sont détenues au centre de détention.', 'vulnerable_person'),
    ('Des personnes en situation de handicap sont hébergées dans des cellules non adaptées.', 'vulnerable_person'),
    ('De nombreuses personnes détenues présentent des troubles psychiatriques.', 'vulnerable_person'),
    ('Deux femmes enceintes étaient retenues au centre.', 'vulnerable_person'),
    ('Une personne à mobilité réduite est hébergée au deuxième étage sans ascenseur.', 'vulnerable_person'),
    ('Des adolescentes sont placées au quartier des mineures.', 'vulnerable_person'),
    ('Le requérant, âgé de 82 ans, souffre de multiples pathologies.', 'vulnerable_person'),
    ('Le requérant est paraplégique et se déplace en fauteuil roulant.', 'vulnerable_person'),
    ('Un détenu souffrant de schizophrénie était placé au quartier disciplinaire.', 'vulnerable_person'),
    ("Les personnes souffrant de troubles mentaux sont nombreuses au quartier d'isolement.", 'vulnerable_person'),
    ("Une personne détenue atteinte de la maladie d'Alzheimer partage la cellule de deux codétenus.",
     'vulnerable_person'),
    ('Le quartier accueille des personnes vulnérables, notamment des personnes âgées et dépendantes.',
     'vulnerable_person'),
    ("Des mineurs non accompagnés ont été retenus en zone d'attente.", 'vulnerable_person'),
    ('Trois enfants étaient retenus avec leurs parents au centre de rétention.', 'vulnerable_person'),
    ("Une personne détenue présentant une déficience intellectuelle a été placée à l'isolement.", 'vulnerable_person'),
    ('Les personnes détenues handicapées ne peuvent accéder à la cour de promenade.', 'vulnerable_person'),
    ("Le requérant, atteint d'une psychose chronique, a été maintenu en détention ordinaire.", 'vulnerable_person'),
    ("Les patients présentant des troubles psychiatriques graves sont placés en chambre d'isolement.",
     'vulnerable_person'),
    ("Le requérant, qui souffre d'un handicap moteur, ne peut utiliser la douche.", 'vulnerable_person'),
    ('Une femme enceinte de sept mois a été placée en garde à vue.', 'vulnerable_person'),
    ('Des personnes détenues âgées de plus de 70 ans partagent des cellules en étage.', 'vulnerable_person'),
    ('Le requérant est atteint de surdité totale.', 'vulnerable_person'),
    ("Les personnes en perte d'autonomie ne reçoivent pas l'aide nécessaire.", 'vulnerable_person'),
    ('Un jeune majeur présentant un retard mental était placé en cellule avec des adultes.', 'vulnerable_person'),
    ("Les délais d'attente pour une consultation dentaire atteignent six mois.", 'medical_care'),
    ("Le requérant n'a pas reçu les soins que nécessitait son état.", 'medical_care'),
    ("L'unité sanitaire souffre d'un manque de médecins.", 'medical_care'),
    ("Aucun psychiatre n'intervient dans l'établissement depuis un an.", 'medical_care'),
    ('Les consultations se déroulent en présence des surveillants.', 'medical_care'),
    ('Le poste de psychiatre est vacant depuis deux ans.', 'medical_care'),
    ("Les extractions médicales sont régulièrement annulées faute d'escorte.", 'medical_care'),
    ("La cellule n'était pas suffisamment éclairée par la lumière naturelle.", 'no_natural_light'),
    ("L'accès à la lumière naturelle était limité en raison des volets métalliques posés sur les fenêtres.",
     'no_natural_light'),
    ("L'accès à la lumière du jour et à l'air frais était restreint.", 'no_natural_light'),
    ('Les fenêtres étaient munies de volets métalliques qui bloquaient la lumière.', 'no_natural_light'),
    ('La fenêtre était obturée par des lames métalliques.', 'no_natural_light'),
    ("Les cellules étaient dépourvues d'éclairage naturel suffisant.", 'no_natural_light'),
    ("Le requérant se plaint de l'insuffisance de la lumière naturelle dans sa cellule.", 'no_natural_light'),
    ("Les détenus sont privés d'accès à la lumière naturelle.", 'no_natural_light'),
    ("Les chambres de mise en sécurité ne disposent d'aucune vue sur l'extérieur.", 'no_natural_light'),
    ("La cellule ne comporte qu'une petite fenêtre placée très haut, qui laisse passer peu de lumière.",
     'no_natural_light'),
    ('Les geôles, situées au sous-sol, sont dépourvues de fenêtre.', 'no_natural_light'),
    ("Le jour n'entre que par une lucarne grillagée.", 'no_natural_light'),
    ('La lumière du jour ne pénètre que faiblement dans les cellules.', 'no_natural_light'),
    ("Le requérant disposait de moins de 3 m² d'espace personnel.", 'cell_space'),
    ("L'espace personnel dont il disposait était de 2,3 m².", 'cell_space'),
    ("Il était détenu dans une cellule de 8 m² qu'il partageait avec trois autres détenus.", 'cell_space'),
    ('La surface de la cellule, déduction faite des sanitaires, était de 7,2 m².', 'cell_space'),
    ("Les détenus disposaient d'un espace au sol de 1,8 m² par personne.", 'cell_space'),
    ("Chaque détenu disposait d'environ 2 m².", 'cell_space'),
    ('Des cellules individuelles de 9 m² dans lesquelles sont placées deux ou trois personnes.', 'cell_space'),
    ("La cellule, d'une superficie de 6,5 mètres carrés, accueillait deux détenus.", 'cell_space'),
    ('Les cellules mesurent environ 9 m², douche et toilettes comprises.', 'cell_space'),
    ("Les dortoirs, d'une surface de 25 m², accueillent huit personnes.", 'cell_space'),
    ('Les chambres doubles font moins de 12 m².', 'cell_space'),
    ("Trois personnes s'entassent dans moins de 10 m².", 'cell_space'),
    ('La geôle mesure 1,5 mètre sur 2 mètres.', 'cell_space'),
    ('La cellule mesurait trois mètres de long sur deux mètres de large.', 'cell_space'),
    ("Les personnes détenues au quartier d'isolement ne bénéficient d'aucune activité.", 'work_programmes'),
    ("L'inactivité à laquelle sont contraintes les personnes détenues est source de tensions.", 'work_programmes'),
    ('Le requérant a été privé de toute activité pendant deux ans.', 'work_programmes'),
    ('Le travail pénitentiaire est quasi inexistant.', 'work_programmes'),
    ("Les cours scolaires ont été interrompus faute d'enseignants.", 'work_programmes'),
    ("Aucune formation professionnelle n'est dispensée.", 'work_programmes'),
    ('Les activités ont été supprimées depuis la crise sanitaire.', 'work_programmes'),
    ('Les personnes détenues ne se voient proposer aucune activité.', 'work_programmes'),
    ("Le temps passé hors cellule se résume à la promenade, faute d'activités.", 'work_programmes'),
    ("Il résulte de l'instruction, notamment du rapport établi par le Contrôleur général à la suite de sa "
     "visite de l'établissement en octobre 2022, que les cellules sont vétustes.",
     'monitoring_access'),
    ('Lors de la visite effectuée en mars 2022 par les services du Contrôleur général, les cellules '
     'étaient sales.',
     'monitoring_access'),
    ('Les agents du Défenseur des droits se sont rendus au centre de rétention le 4 mai.', 'monitoring_access'),
    ("L'établissement a fait l'objet d'une visite du Contrôleur général du 3 au 14 octobre 2022.", 'monitoring_access'),
    ("À l'issue de sa visite, le Contrôleur général a adressé des recommandations en urgence au ministre.",
     'monitoring_access'),
    ("La troisième visite de l'établissement a eu lieu du 12 au 16 septembre.", 'monitoring_access'),
    ('Quatre contrôleurs ont procédé à la visite du centre pénitentiaire.', 'monitoring_access'),
    ('Le CPT a visité la prison de Fresnes en 2019.', 'monitoring_access'),
    ("Le comité a pu s'entretenir en privé avec les personnes détenues de son choix.", 'monitoring_access'),
    ('Les délégués du CICR ont pu rencontrer les détenus sans témoin.', 'monitoring_access'),
    ("Le requérant, atteint d'une cécité complète, est détenu dans une cellule ordinaire.", 'vulnerable_person'),
    ("Le requérant, tétraplégique, dépend d'un codétenu pour ses soins d'hygiène.", 'vulnerable_person'),
    ('Un mineur de seize ans a été placé en garde à vue pendant vingt heures.', 'vulnerable_person'),
    ('La population pénale compte de nombreuses personnes âgées.', 'vulnerable_person'),
    ('Un tiers des personnes détenues souffre de troubles psychiatriques.', 'vulnerable_person'),
    ('La requérante était enceinte de huit mois lors de son placement.', 'vulnerable_person'),
    ('Le requérant est un homme âgé de 85 ans.', 'vulnerable_person'),
    ('Les personnes détenues restent enfermées en cellule vingt-deux heures sur vingt-quatre.', 'confinement_hours'),
    ("Il ne sort de sa cellule qu'une heure par jour pour la promenade.", 'confinement_hours'),
    ('Les détenus du quartier disciplinaire passent 23 heures par jour en cellule.', 'confinement_hours'),
    ("Faute d'activités, les personnes détenues demeurent en cellule 21 heures par jour.", 'confinement_hours'),
    ('Les repas sont servis froids et en quantité insuffisante.', 'food_water'),
    ('La nourriture est souvent avariée.', 'food_water'),
    ("Les personnes gardées à vue ne reçoivent qu'un sandwich par jour.", 'food_water'),
    ("L'eau du robinet n'est pas potable.", 'food_water'),
    ("Les détenus se plaignent d'avoir faim.", 'food_water'),
    ('Les portions sont insuffisantes pour des adultes.', 'food_water'),
    ('Le directeur a justifié ce régime par la dangerosité du détenu.', 'justification_security'),
    ("L'administration invoque des raisons de sécurité pour justifier les fouilles.", 'justification_security'),
    ('La mesure a été prise pour des motifs de sécurité.', 'justification_security'),
    ("Le maintien à l'isolement est motivé par le risque d'évasion.", 'justification_security'),
    ('Le ministre fait valoir que le requérant est inscrit au répertoire des détenus particulièrement signalés.',
     'justification_security'),
]

#: norms, recommendations, powers, organisation, look-alikes: no counted fact of the type
FR_QUIET = [
    ("Chaque cellule doit disposer d'une fenêtre permettant l'entrée de la lumière naturelle.", 'no_natural_light'),
    ('Il convient de garantir un accès suffisant à la lumière naturelle dans les cellules.', 'no_natural_light'),
    ("Les cellules bénéficient d'un bon éclairage naturel.", 'no_natural_light'),
    ('Les cellules sont lumineuses et disposent de larges fenêtres.', 'no_natural_light'),
    ("La lumière naturelle est suffisante dans l'ensemble des cellules.", 'no_natural_light'),
    ('Le CGLPL recommande que les locaux de garde à vue bénéficient de la lumière du jour.', 'no_natural_light'),
    ('Les règles pénitentiaires européennes prévoient que les fenêtres doivent être suffisamment grandes '
     'pour permettre de lire à la lumière naturelle.',
     'no_natural_light'),
    ('Une personne aveugle est détenue sans aménagement.', 'no_natural_light'),
    ('La fenêtre de la cellule a été réparée la semaine suivante.', 'no_natural_light'),
    ("La cour de promenade, d'une surface de 50 m², est entièrement bétonnée.", 'cell_space'),
    ('Les normes du CPT prévoient 4 m² par détenu en cellule collective.', 'cell_space'),
    ("L'espace personnel doit être d'au moins 4 m² en cellule collective.", 'cell_space'),
    ("La Cour rappelle que lorsque l'espace personnel est inférieur à 3 m², le manque d'espace est "
     "considéré comme si grave qu'il donne lieu à une forte présomption de violation.",
     'cell_space'),
    ("La salle d'activité de 30 m² est fermée le week-end.", 'cell_space'),
    ('Le bâtiment couvre une surface de 4 000 m².', 'cell_space'),
    ('Le parloir mesure 12 m² et comporte six tables.', 'cell_space'),
    ("Le CGLPL recommande de développer l'offre de travail et de formation.", 'work_programmes'),
    ('Toute personne détenue doit se voir proposer une activité.', 'work_programmes'),
    ("Il convient de renforcer l'offre d'activités.", 'work_programmes'),
    ("La formation des surveillants est assurée par l'école nationale.", 'work_programmes'),
    ("L'activité de l'unité sanitaire a fortement augmenté.", 'work_programmes'),
    ('Les activités proposées sont nombreuses et variées.', 'work_programmes'),
    ("Le taux d'occupation de l'établissement atteint 140 %.", 'work_programmes'),
    ("Le rapport d'activité 2022 du Contrôleur général a été publié en mai.", 'work_programmes'),
    ('Le manque de formation du personnel soignant a été relevé.', 'work_programmes'),
    ('Les personnes détenues qui le souhaitent peuvent travailler aux ateliers.', 'work_programmes'),
    ('Le CGLPL peut visiter à tout moment tout lieu de privation de liberté.', 'monitoring_access'),
    ('Les autorités doivent garantir aux organes de contrôle un accès sans restriction.', 'monitoring_access'),
    ("Le Défenseur des droits a été saisi par l'avocat du requérant.", 'monitoring_access'),
    ('Les familles peuvent rendre visite aux détenus trois fois par semaine.', 'monitoring_access'),
    ("La visite médicale d'entrée a lieu dans les 24 heures.", 'monitoring_access'),
    ("Le CPT recommande que les autorités autorisent l'accès des ONG aux lieux de détention.", 'monitoring_access'),
    ('Il convient que les contrôleurs puissent accéder à tous les registres.', 'monitoring_access'),
    ("Le Défenseur des droits est chargé de la défense des droits de l'enfant.", 'vulnerable_person'),
    ("Les personnes vulnérables doivent faire l'objet d'une attention particulière.", 'vulnerable_person'),
    ('La Cour rappelle la vulnérabilité particulière des personnes détenues.', 'vulnerable_person'),
    ("Il convient d'adapter les cellules aux personnes à mobilité réduite.", 'vulnerable_person'),
    ("L'établissement dispose de deux cellules adaptées aux personnes à mobilité réduite.", 'vulnerable_person'),
    ('Le juge des enfants a été informé.', 'vulnerable_person'),
    ("La Cour a jugé que l'infraction était mineure.", 'vulnerable_person'),
    ('Une cellule pour personnes à mobilité réduite est prévue dans chaque bâtiment.', 'vulnerable_person'),
    ("L'unité sanitaire est composée de deux médecins généralistes et de quatre infirmiers.", 'medical_care'),
    ('Les consultations dentaires ont lieu deux fois par semaine.', 'medical_care'),
    ('La prise en charge somatique est assurée par le centre hospitalier de la ville.', 'medical_care'),
    ('Un médecin passe tous les jours au centre de rétention.', 'medical_care'),
    ('Les soins psychiatriques sont assurés par le service médico-psychologique régional.', 'medical_care'),
    ('Toute personne détenue doit avoir accès aux soins dans des conditions équivalentes à celles de la '
     'population générale.',
     'medical_care'),
    ("Les extractions médicales sont organisées par l'escorte pénitentiaire.", 'medical_care'),
    ("L'accès aux soins est garanti par la présence quotidienne d'un infirmier.", 'medical_care'),
    ('La permanence des soins est assurée la nuit par le centre 15.', 'medical_care'),
    ("Le médecin ne vient qu'à la demande des personnes retenues.", 'medical_care'),
    ('Les personnes détenues peuvent demander une consultation par un courrier déposé dans une boîte aux '
     'lettres.',
     'medical_care'),
    ("L'unité sanitaire dispose d'un cabinet dentaire et d'une salle de radiologie.", 'medical_care'),
    ('Le secret médical doit être respecté lors des consultations.', 'medical_care'),
    ('La santé et le bien-être du prisonnier doivent être assurés de manière adéquate.', 'medical_care'),
    ('Le médecin a examiné le requérant le jour de son arrivée.', 'medical_care'),
    ("Le requérant a été hospitalisé à l'unité hospitalière sécurisée interrégionale.", 'medical_care'),
    ('Les traitements sont distribués quotidiennement par les infirmiers.', 'medical_care'),
    ("L'équipe soignante comprend 2,5 équivalents temps plein de médecin.", 'medical_care'),
    ('Le nombre de consultations a augmenté de 20 % en 2022.', 'medical_care'),
    ('Les soins dentaires sont dispensés par un dentiste présent trois demi-journées par semaine.', 'medical_care'),
    ("Le CGLPL recommande de renforcer les effectifs de l'unité sanitaire.", 'medical_care'),
    ('Il convient de garantir la confidentialité des consultations médicales.', 'medical_care'),
    ("L'administration pénitentiaire doit permettre l'accès aux soins.", 'medical_care'),
    ('Les médicaments sont délivrés sous forme nominative.', 'medical_care'),
    ("Aucun incident n'a été signalé lors des extractions médicales.", 'medical_care'),
    ('Les personnes arrivantes sont systématiquement reçues par un médecin.', 'medical_care'),
    ('Le psychiatre intervient deux demi-journées par semaine.', 'medical_care'),
    ('Les infirmiers sont présents de 7 heures à 19 heures.', 'medical_care'),
    ('Les consultations de médecine générale ont lieu dans des locaux adaptés.', 'medical_care'),
    ("Un protocole organise la prise en charge des personnes détenues à l'hôpital.", 'medical_care'),
    ('Les délais de rendez-vous sont comparables à ceux de la population générale.', 'medical_care'),
    ("L'accès aux soins ne pose pas de difficulté particulière.", 'medical_care'),
    ('Les consultations se font sans rendez-vous.', 'medical_care'),
    ('Les soins sont dispensés sans délai.', 'medical_care'),
    ('La prise en charge médicale est assurée sans difficulté.', 'medical_care'),
    ('Les personnes détenues peuvent consulter un médecin sans délai.', 'medical_care'),
    ('Les refus de soins par les patients sont consignés dans le dossier médical.', 'medical_care'),
    ('Le requérant a refusé les soins qui lui étaient proposés.', 'medical_care'),
    ('En cas de refus de soins, le médecin informe la personne des risques encourus.', 'medical_care'),
    ("Il ressort des pièces du dossier que le requérant a bénéficié d'un suivi médical régulier.", 'medical_care'),
    ('Le Gouvernement indique que le requérant a été examiné à quarante reprises par des médecins.', 'medical_care'),
    ("En l'absence du médecin, les infirmiers font appel au centre 15.", 'medical_care'),
    ('Les personnes sans couverture sociale sont affiliées dès leur arrivée.', 'medical_care'),
    ('Le médecin reçoit les patients sans la présence des surveillants.', 'medical_care'),
    ('Les consultations ont lieu hors la présence du personnel pénitentiaire.', 'medical_care'),
    ("L'unité sanitaire est ouverte du lundi au vendredi.", 'medical_care'),
    ('Les soins sont gratuits pour les personnes détenues.', 'medical_care'),
    ('Le médecin a prescrit un traitement antalgique.', 'medical_care'),
    ('Un infirmier est présent la nuit au quartier des mineurs.', 'medical_care'),
    ('Le personnel soignant ne porte pas de tenue distinctive.', 'medical_care'),
    ("Le médecin n'a pas souhaité répondre aux questions des contrôleurs.", 'medical_care'),
    ("Les médecins ne disposent pas d'un accès au logiciel de la détention.", 'medical_care'),
    ("Le dossier médical n'est pas accessible aux surveillants.", 'medical_care'),
    ("Le personnel médical n'a pas accès aux informations pénales.", 'medical_care'),
    ('Les soignants ne participent pas à la commission pluridisciplinaire unique.', 'medical_care'),
    ("Le médecin n'est pas informé des placements au quartier disciplinaire.", 'medical_care'),
    ('Le traitement des requêtes est assuré par le greffe.', 'medical_care'),
    ("L'hôpital est situé à dix kilomètres de l'établissement.", 'medical_care'),
    ('Les médecins ne sont pas tenus de signaler les traces de violence.', 'medical_care'),
    ("La Cour rappelle que l'article 3 impose à l'État de s'assurer que la santé du prisonnier est "
     'assurée de manière adéquate.',
     'medical_care'),
    ('Un médecin généraliste assure trois vacations par semaine et un psychiatre une vacation.', 'medical_care'),
    ("Les consultations psychiatriques ne sont pas soumises à l'accord de l'administration.", 'medical_care'),
    ('Le temps de présence médicale est de 1,5 équivalent temps plein pour 600 personnes détenues.', 'medical_care'),
    ('Le CGLPL recommande que les visites inopinées soient plus fréquentes.', 'monitoring_access'),
    ('Le Contrôleur général peut effectuer des visites inopinées dans tout lieu de privation de liberté.',
     'monitoring_access'),
    ("En cas de refus d'accès, le Contrôleur général peut saisir le ministre.", 'monitoring_access'),
    ('Les visites inopinées doivent permettre de constater la réalité des conditions de détention.',
     'monitoring_access'),
    ('Le mécanisme national doit pouvoir accéder à tous les registres.', 'monitoring_access'),
    ('Des fouilles inopinées des cellules sont organisées chaque semaine.', 'monitoring_access'),
    ("Le contrôle d'identité a été effectué par deux policiers le 3 mai.", 'monitoring_access'),
    ('Une visite de sa famille a été organisée le 12 mars.', 'monitoring_access'),
    ('Il convient de prendre en charge les personnes présentant des troubles psychiatriques dans des '
     'structures adaptées.',
     'vulnerable_person'),
    ('Les cellules doivent être aménagées pour les personnes âgées.', 'vulnerable_person'),
    ("L'isolement peut aggraver les troubles psychiques des personnes détenues.", 'vulnerable_person'),
    ('Le risque de décompensation des personnes atteintes de troubles psychiatriques est connu.', 'vulnerable_person'),
    ("La maison d'arrêt comporte trois cellules pour personnes à mobilité réduite.", 'vulnerable_person'),
    ('Les personnes détenues doivent pouvoir travailler et se former.', 'work_programmes'),
    ("Le CGLPL recommande d'augmenter le taux d'activité des personnes détenues.", 'work_programmes'),
    ("Il est recommandé de réduire les listes d'attente pour le travail.", 'work_programmes'),
    ("Le taux d'occupation de la maison d'arrêt est de 150 %.", 'work_programmes'),
    ("Rien n'est proposé au personnel pour se former à la prévention du suicide.", 'work_programmes'),
    ("Le taux d'activité de l'unité sanitaire est de 80 %.", 'work_programmes'),
    ("Il est recommandé d'installer des fenêtres dans les geôles.", 'no_natural_light'),
    ('Les cellules doivent être éclairées par la lumière naturelle.', 'no_natural_light'),
    ('Le requérant, aveugle de naissance, est détenu au centre de détention.', 'no_natural_light'),
    ('Les détenus aveugles sont accompagnés par un codétenu.', 'no_natural_light'),
    ('Les cellules sont éclairées par une grande fenêtre.', 'no_natural_light'),
    ("Le CPT a fixé à 4 m² l'espace vital minimum par détenu en cellule collective.", 'cell_space'),
    ("Le site de l'établissement s'étend sur 12 hectares.", 'cell_space'),
    ('Le CGLPL recommande que les refus de soins soient tracés.', 'medical_care'),
    ('La lumière reste allumée 24 heures sur 24 dans les cellules.', 'confinement_hours'),
    ('Les caméras filment la cellule 24h/24.', 'confinement_hours'),
    ('Les repas sont préparés par une société privée et livrés en liaison froide.', 'food_water'),
    ('Toute personne détenue doit recevoir une alimentation variée et suffisante.', 'food_water'),
    ('Le CGLPL recommande que les repas soient servis à des heures normales.', 'food_water'),
    ('Les fouilles ne peuvent être justifiées que par des raisons de sécurité.', 'justification_security'),
    ('Le quartier de haute sécurité a été fermé en 1982.', 'justification_security'),
    ('Les personnes détenues ont accès à la douche tous les jours.', 'hygiene'),
    ("Un kit d'hygiène est remis à chaque arrivant.", 'hygiene'),
    ('Toute personne détenue doit pouvoir se doucher au moins trois fois par semaine.', 'hygiene'),
]

ES_FACTS = [
    ('Los internos permanecen encerrados 23 horas al día.', 'confinement_hours'),
    ('Solo salen una hora al patio y el resto del día permanecen en sus celdas.', 'confinement_hours'),
    ('Las personas en aislamiento pasan veintidós horas diarias en su celda.', 'confinement_hours'),
    ('Permanecen en sus celdas durante 22 horas al día.', 'confinement_hours'),
    ('Están encerrados las 24 horas del día en sus celdas.', 'confinement_hours'),
    ('Los internos están encerrados en sus celdas veinte horas diarias.', 'confinement_hours'),
    ('El régimen implica un encierro en celda de 21 horas diarias.', 'confinement_hours'),
    ('Se encontraban confinados en sus celdas más de 20 horas al día.', 'confinement_hours'),
    ('Las internas solo pueden salir de su celda una hora diaria.', 'confinement_hours'),
    ('Permanecen encerrados en su celda prácticamente todo el día.', 'confinement_hours'),
    ('Los detenidos pasan 23 horas al día dentro de la celda.', 'confinement_hours'),
    ('Los internos del módulo de aislamiento tienen apenas una hora de patio al día y pasan el resto encerrados.',
     'confinement_hours'),
    ('Los internos permanecen encerrados veintitrés horas.', 'confinement_hours'),
    ('Se les mantiene encerrados en sus celdas durante 23 horas diarias.', 'confinement_hours'),
    ('El encierro en celda se prolonga durante 22 horas al día.', 'confinement_hours'),
    ('Únicamente salen de sus celdas durante dos horas al día.', 'confinement_hours'),
    ('La alimentación es insuficiente y de mala calidad.', 'food_water'),
    ('El agua no es potable.', 'food_water'),
    ('Las raciones son escasas.', 'food_water'),
    ('Los alimentos se encontraban en estado de descomposición.', 'food_water'),
    ('Los internos denunciaron que la comida llega en mal estado.', 'food_water'),
    ('No se les proporciona agua potable.', 'food_water'),
    ('Los detenidos no recibieron alimentos durante su permanencia en los separos.', 'food_water'),
    ('La comida es de mala calidad y poco variada.', 'food_water'),
    ('Se constató que no se les daba de comer durante las primeras 24 horas.', 'food_water'),
    ('Los internos manifestaron que las porciones son muy pequeñas.', 'food_water'),
    ('La comida se sirve cruda o mal cocida.', 'food_water'),
    ('Los internos señalaron que la comida tenía gusanos.', 'food_water'),
    ('Las personas privadas de libertad no tienen acceso a agua potable.', 'food_water'),
    ('Los internos deben comprar agua embotellada.', 'food_water'),
    ('La dieta no es adecuada para las personas con diabetes.', 'food_water'),
    ('Los detenidos pasan hambre.', 'food_water'),
    ('El agua que consumen los internos está contaminada.', 'food_water'),
    ('Las cocinas se encontraron en malas condiciones de higiene.', 'food_water'),
    ('La comida se sirve una vez al día.', 'food_water'),
    ('Los alimentos son insuficientes en cantidad y calidad.', 'food_water'),
    ('Los internos no realizan actividades laborales ni educativas.', 'work_programmes'),
    ('No existen actividades laborales ni educativas en el centro.', 'work_programmes'),
    ('Las personas privadas de libertad se encuentran en ocio forzado.', 'work_programmes'),
    ('No se ofrecen talleres de capacitación para el trabajo.', 'work_programmes'),
    ('Las actividades educativas son escasas.', 'work_programmes'),
    ('La mayoría de los internos no tiene acceso a actividades productivas.', 'work_programmes'),
    ('El centro carece de programas de reinserción social.', 'work_programmes'),
    ('Los adolescentes pasan el día sin ninguna actividad.', 'work_programmes'),
    ('Solo el 10 % de la población penitenciaria tiene acceso a un trabajo.', 'work_programmes'),
    ('La oferta educativa y laboral es muy limitada.', 'work_programmes'),
    ('Los internos pasan la mayor parte del día sin ocupación.', 'work_programmes'),
    ('No se imparten clases desde hace un año.', 'work_programmes'),
    ('El taller de carpintería se encuentra cerrado desde 2019.', 'work_programmes'),
    ('Las personas en aislamiento no participan en ningún programa de tratamiento.', 'work_programmes'),
    ('Las internas no cuentan con actividades deportivas ni culturales.', 'work_programmes'),
    ('Únicamente 30 internos trabajan en los talleres.', 'work_programmes'),
    ('No existe oferta de trabajo remunerado.', 'work_programmes'),
    ('Los internos permanecen inactivos la mayor parte del día.', 'work_programmes'),
    ('La falta de actividades genera tensiones entre la población.', 'work_programmes'),
    ('Hay una ausencia total de actividades formativas.', 'work_programmes'),
    ('La medida se adoptó por razones de seguridad.', 'justification_security'),
    ('Las autoridades justificaron el aislamiento por la peligrosidad del interno.', 'justification_security'),
    ('El traslado obedeció a motivos de seguridad.', 'justification_security'),
    ('Según la dirección, el régimen cerrado responde al riesgo de fuga.', 'justification_security'),
    ('La restricción se fundamentó en la alta peligrosidad de los internos.', 'justification_security'),
    ('Por razones de seguridad institucional, las visitas se realizan a través de un vidrio.',
     'justification_security'),
    ('Fue clasificado como interno de alta peligrosidad.', 'justification_security'),
    ('La autoridad alegó que el interno pertenecía a una organización criminal.', 'justification_security'),
    ('El director argumentó que la medida era necesaria para preservar el orden interno.', 'justification_security'),
    ('La sanción se impuso por motivos de seguridad y orden.', 'justification_security'),
    ('El aislamiento se justificó en la necesidad de resguardar la integridad del interno.', 'justification_security'),
    ('Se le mantuvo en aislamiento por considerarlo un riesgo para la seguridad del centro.', 'justification_security'),
    ('Las celdas no tienen luz natural.', 'no_natural_light'),
    ('Las ventanas fueron tapiadas.', 'no_natural_light'),
    ('Las celdas son oscuras y carecen de ventanas.', 'no_natural_light'),
    ('Los internos permanecen en celdas oscuras, sin acceso a la luz del día.', 'no_natural_light'),
    ('La celda de aislamiento no cuenta con ventanas.', 'no_natural_light'),
    ('La iluminación natural es insuficiente.', 'no_natural_light'),
    ('Las ventanas están cubiertas con placas metálicas que impiden el paso de la luz.', 'no_natural_light'),
    ('Los calabozos se encuentran en el sótano y no reciben luz natural.', 'no_natural_light'),
    ('Las celdas no cuentan con iluminación natural.', 'no_natural_light'),
    ('Las ventanas están selladas con láminas.', 'no_natural_light'),
    ('La luz del día no llega a las celdas.', 'no_natural_light'),
    ('Las estancias están en penumbra por la falta de ventanas.', 'no_natural_light'),
    ('La única entrada de luz es una pequeña rendija.', 'no_natural_light'),
    ('Los dormitorios están privados de luz natural.', 'no_natural_light'),
    ("Las celdas de castigo, conocidas como 'el hoyo', carecen de luz natural.", 'no_natural_light'),
    ('Las celdas miden 2 por 3 metros.', 'cell_space'),
    ('En celdas de 2 por 3 metros conviven hasta seis personas.', 'cell_space'),
    ('Cada interno dispone de menos de dos metros cuadrados.', 'cell_space'),
    ('El espacio por persona es de 1,5 metros cuadrados.', 'cell_space'),
    ('La celda tiene una superficie de 9 m2 y la ocupan cuatro internos.', 'cell_space'),
    ('El espacio disponible por persona es inferior a 3 metros cuadrados.', 'cell_space'),
    ('Los calabozos tienen una superficie de seis metros cuadrados.', 'cell_space'),
    ('Las estancias, de unos 12 m², albergan a ocho personas.', 'cell_space'),
    ('Cada persona cuenta con apenas 0,8 metros cuadrados.', 'cell_space'),
    ('Las celdas tienen unas dimensiones de tres metros de largo por dos de ancho.', 'cell_space'),
    ('El MNP no pudo ingresar al área de aislamiento.', 'monitoring_access'),
    ('Se negó el acceso al personal de la Comisión Nacional.', 'monitoring_access'),
    ('Personal de esta Comisión Nacional realizó una visita de supervisión al centro.', 'monitoring_access'),
    ('La visita se realizó sin previo aviso.', 'monitoring_access'),
    ('El Mecanismo Nacional de Prevención visitó el centro penitenciario el 12 de marzo de 2019.', 'monitoring_access'),
    ('Visitadores adjuntos de esta Comisión Nacional se constituyeron en el centro.', 'monitoring_access'),
    ('El Defensor del Pueblo ha efectuado una visita al Centro Penitenciario.', 'monitoring_access'),
    ('La Procuración Penitenciaria realizó un monitoreo de la Unidad 6.', 'monitoring_access'),
    ('Las autoridades impidieron el ingreso de los visitadores al dormitorio.', 'monitoring_access'),
    ('Durante la visita, el equipo pudo entrevistarse en privado con los internos.', 'monitoring_access'),
    ('El Subcomité tuvo acceso sin restricciones a todos los lugares de detención.', 'monitoring_access'),
    ('No se permitió al equipo del MNP entrevistar a los detenidos.', 'monitoring_access'),
    ('La delegación del SPT no pudo acceder a los registros.', 'monitoring_access'),
    ('Se realizó una visita no anunciada a la comisaría.', 'monitoring_access'),
    ('Un equipo de la PPN recorrió el pabellón de aislamiento.', 'monitoring_access'),
    ('La Defensoría realizó una inspección a las estaciones de policía.', 'monitoring_access'),
    ('El personal de la Defensoría fue impedido de ingresar al pabellón.', 'monitoring_access'),
    ('Los asesores de la PPN entrevistaron a los detenidos alojados en el sector.', 'monitoring_access'),
    ('Durante la visita de seguimiento realizada en 2018, se constató que las celdas seguían sin ventanas.',
     'monitoring_access'),
    ('Se recibió la negativa del director para el ingreso del MNP al módulo.', 'monitoring_access'),
    ('En el centro se encontraban adolescentes de 14 a 17 años.', 'vulnerable_person'),
    ('Se encontraban alojadas mujeres embarazadas en la misma celda.', 'vulnerable_person'),
    ('Hay personas con discapacidad psicosocial en el área de aislamiento.', 'vulnerable_person'),
    ('Los adultos mayores duermen en el suelo.', 'vulnerable_person'),
    ('Varios internos con enfermedades mentales se encuentran en el dormitorio general.', 'vulnerable_person'),
    ('Se identificaron personas con discapacidad motriz sin rampas de acceso.', 'vulnerable_person'),
    ('El interno, de 78 años de edad, padece diabetes.', 'vulnerable_person'),
    ('Se observó a niñas y niños viviendo con sus madres en el centro.', 'vulnerable_person'),
    ('Una interna en estado de gravidez fue sancionada con aislamiento.', 'vulnerable_person'),
    ('Los menores de edad se encontraban en celdas con adultos.', 'vulnerable_person'),
    ('Las personas con discapacidad no cuentan con ajustes razonables.', 'vulnerable_person'),
    ('Las personas mayores de 60 años no reciben atención geriátrica.', 'vulnerable_person'),
    ('Un interno en silla de ruedas no puede acceder a los sanitarios.', 'vulnerable_person'),
    ('Se entrevistó a internos con trastornos mentales graves.', 'vulnerable_person'),
    ('Las mujeres lactantes no reciben alimentación especial.', 'vulnerable_person'),
    ('En el módulo de aislamiento los internos permanecen 23 horas encerrados y sólo salen una hora al patio.',
     'confinement_hours'),
    ('Los internos están confinados en sus celdas prácticamente las 24 horas del día.', 'confinement_hours'),
    ('El régimen de aislamiento implica el encierro durante 22 horas diarias.', 'confinement_hours'),
    ('Las personas sancionadas permanecen en la celda de castigo todo el día.', 'confinement_hours'),
    ('Pasan hasta veinte horas al día encerrados en sus estancias.', 'confinement_hours'),
    ('Solo se les permite salir de la celda una hora diaria.', 'confinement_hours'),
    ('El tiempo fuera de la celda se limita a una hora al día.', 'confinement_hours'),
    ('La comida que se sirve es escasa y de mala calidad.', 'food_water'),
    ('Los internos refirieron que la comida les llega fría y en cantidades insuficientes.', 'food_water'),
    ('No se les proporcionó alimento durante las 36 horas que permanecieron detenidos.', 'food_water'),
    ('El suministro de agua potable es irregular.', 'food_water'),
    ('Las internas deben comprar sus alimentos porque la comida del penal es insuficiente.', 'food_water'),
    ('Se les negó el agua como castigo.', 'food_water'),
    ('Sólo reciben dos comidas al día.', 'food_water'),
    ('Los detenidos no recibieron agua ni alimentos.', 'food_water'),
    ('Las personas detenidas no tenían acceso a agua para beber.', 'food_water'),
    ('La alimentación no cubre los requerimientos nutricionales.', 'food_water'),
    ('La comida es preparada en condiciones insalubres.', 'food_water'),
    ('Se observó desabasto de agua en los dormitorios.', 'food_water'),
    ('La población permanece sin actividades durante la mayor parte del día.', 'work_programmes'),
    ('No hay oferta educativa ni laboral para las personas en prisión preventiva.', 'work_programmes'),
    ('Las actividades de reinserción son prácticamente inexistentes.', 'work_programmes'),
    ('La escuela del centro no funciona desde hace dos años.', 'work_programmes'),
    ('Los internos no tienen acceso al trabajo remunerado.', 'work_programmes'),
    ('El centro no cuenta con talleres ni actividades deportivas.', 'work_programmes'),
    ('Los jóvenes no asisten a la escuela.', 'work_programmes'),
    ('Se le trasladó por cuestiones de seguridad.', 'justification_security'),
    ('La dirección justificó la medida en la supuesta peligrosidad del interno.', 'justification_security'),
    ('El aislamiento se impuso como medida de seguridad.', 'justification_security'),
    ('Las autoridades adujeron razones de seguridad para negar la visita.', 'justification_security'),
    ('Según el Gobierno, el interno representaba un riesgo para la seguridad del establecimiento.',
     'justification_security'),
    ('La medida se fundamentó en el supuesto riesgo de fuga.', 'justification_security'),
    ('Se alegó que el interno había participado en un motín.', 'justification_security'),
    ('El Estado argumentó que el interno seguía dirigiendo una banda desde la prisión.', 'justification_security'),
]

ES_QUIET = [
    ('Las Reglas Mandela definen el aislamiento como el confinamiento durante 22 horas o más al día.',
     'confinement_hours'),
    ('El centro cuenta con servicio médico las 24 horas del día.', 'confinement_hours'),
    ('La iluminación permanece encendida las 24 horas del día en las celdas.', 'confinement_hours'),
    ('Se recomienda que los internos no permanezcan encerrados más de 22 horas al día.', 'confinement_hours'),
    ('La vigilancia se realiza las 24 horas.', 'confinement_hours'),
    ('Se recomienda garantizar una alimentación suficiente y de calidad.', 'food_water'),
    ('Toda persona privada de libertad debe recibir alimentación adecuada.', 'food_water'),
    ('El centro cuenta con cocina industrial y comedor.', 'food_water'),
    ('Los alimentos se distribuyen tres veces al día.', 'food_water'),
    ('El agua caliente es insuficiente para las duchas.', 'food_water'),
    ('Las Reglas Mandela establecen que todo recluso recibirá una alimentación de buena calidad.', 'food_water'),
    ('Se recomienda implementar actividades laborales y educativas.', 'work_programmes'),
    ('El Estado debe garantizar el acceso a la educación y al trabajo.', 'work_programmes'),
    ('El sistema penitenciario se organiza sobre la base del trabajo, la capacitación y la educación.',
     'work_programmes'),
    ('El centro ofrece talleres de panadería y carpintería.', 'work_programmes'),
    ('El aislamiento solo puede aplicarse por razones de seguridad debidamente fundadas.', 'justification_security'),
    ('Se recomienda no invocar genéricamente razones de seguridad.', 'justification_security'),
    ('El centro de máxima seguridad cuenta con 500 plazas.', 'justification_security'),
    ('La seguridad del centro está a cargo de la policía.', 'justification_security'),
    ('Las celdas deben contar con ventanas que permitan la entrada de luz natural.', 'no_natural_light'),
    ('Se recomienda garantizar la iluminación natural en los dormitorios.', 'no_natural_light'),
    ('Las celdas cuentan con amplias ventanas y buena iluminación natural.', 'no_natural_light'),
    ('El predio tiene una superficie de ocho hectáreas.', 'cell_space'),
    ('El patio mide 20 por 30 metros.', 'cell_space'),
    ('Las normas internacionales recomiendan un mínimo de 4 metros cuadrados por persona.', 'cell_space'),
    ('El centro cuenta con una superficie construida de 12.000 metros cuadrados.', 'cell_space'),
    ('El MNP tiene facultades para visitar cualquier lugar de privación de libertad.', 'monitoring_access'),
    ('Las autoridades deben permitir el acceso irrestricto del Mecanismo.', 'monitoring_access'),
    ('Los familiares realizan visitas los días sábado y domingo.', 'monitoring_access'),
    ('El Estado debe proteger a las personas en situación de vulnerabilidad.', 'vulnerable_person'),
    ('Los títulos de las recomendaciones se refieren a los derechos de las niñas y los niños.', 'vulnerable_person'),
    ('Se recomienda adaptar las instalaciones para personas con discapacidad.', 'vulnerable_person'),
    ('Se recomienda realizar visitas sin previo aviso.', 'monitoring_access'),
    ('El Mecanismo puede realizar visitas sin previo aviso a cualquier lugar de detención.', 'monitoring_access'),
    ('Las visitas familiares se realizan sin previo aviso.', 'monitoring_access'),
    ('Las autoridades deberán garantizar que las personas con discapacidad reciban atención.', 'vulnerable_person'),
    ('Se recomienda adecuar las instalaciones para personas con discapacidad.', 'vulnerable_person'),
    ('La Ley establece que el aislamiento solo podrá imponerse por motivos de seguridad.', 'justification_security'),
    ('Se recomienda implementar talleres para evitar el ocio.', 'work_programmes'),
    ('Se recomienda que la dieta sea adecuada para las personas con diabetes.', 'food_water'),
    ('La comida se prepara en la cocina del centro.', 'food_water'),
    ('Las personas salen una hora al patio y el resto del día participan en talleres.', 'confinement_hours'),
    ('El centro cuenta con regaderas en cada dormitorio.', 'hygiene'),
    ('Al ingreso se les proporciona un kit de higiene personal.', 'hygiene'),
    ('Las duchas funcionan correctamente y cuentan con agua caliente.', 'hygiene'),
    ('Se recomienda dotar de artículos de higiene a las personas internas.', 'hygiene'),
    ('Toda persona privada de libertad debe tener acceso a agua y artículos de aseo.', 'hygiene'),
    ('La limpieza de las áreas comunes está a cargo de los internos.', 'hygiene'),
    ('Las internas reciben toallas sanitarias cada mes.', 'hygiene'),
    ('El personal de limpieza acude dos veces por semana.', 'hygiene'),
    ('Los internos pueden ducharse diariamente.', 'hygiene'),
    ('El Mecanismo verificó las condiciones de higiene del centro.', 'hygiene'),
    ('La sentencia ordena mejorar las condiciones de higiene del establecimiento.', 'hygiene'),
    ('Las Reglas Mandela exigen que se faciliten a los reclusos agua y artículos de aseo.', 'hygiene'),
    ('Se solicitó información sobre la entrega de artículos de higiene.', 'hygiene'),
    ('Los internos compran jabón en la tienda del centro.', 'hygiene'),
    ('Se realizan jornadas de limpieza semanales.', 'hygiene'),
    ('La higiene de las instalaciones es adecuada.', 'hygiene'),
    ('El área de aislamiento se encontró limpia y ordenada.', 'hygiene'),
]


@pytest.mark.parametrize("text,type_", FR_FACTS)
def test_french_fact(fr, text, type_):
    facts = fr(text)
    assert [f for f in counted(facts, type_) if not f.negated], describe(facts)


@pytest.mark.parametrize("text,type_", FR_QUIET)
def test_french_quiet(fr, text, type_):
    facts = fr(text)
    assert not counted(facts, type_), describe(facts)


@pytest.mark.parametrize("text,type_", ES_FACTS)
def test_spanish_fact(es, text, type_):
    facts = es(text)
    assert [f for f in counted(facts, type_) if not f.negated], describe(facts)


@pytest.mark.parametrize("text,type_", ES_QUIET)
def test_spanish_quiet(es, text, type_):
    facts = es(text)
    assert not counted(facts, type_), describe(facts)


def _values(facts: list[Fact], type_: str) -> list:
    return [f.value for f in counted(facts, type_) if f.value is not None]


@pytest.mark.parametrize("text,area,occupants", [
    ("Les cellules, d'environ 9 m², accueillent trois personnes.", 9, 3),
    ("La cellule, d'une surface de neuf mètres carrés, est occupée par trois personnes.", 9, 3),
    ("Les dortoirs de 40 m² accueillent jusqu'à vingt personnes.", 40, 20),
    ("Il était incarcéré dans une cellule d'une superficie de 10,5 m² qu'il partageait avec quatre autres détenus.",
     10.5, 5),
    ("La cellule mesurait trois mètres de long sur deux mètres de large.", 6, None),
])
def test_french_cell_size_and_who_shares_it(fr, text, area, occupants):
    """The value is the cell's size; the people in it, and the space of each, are its qualifiers."""
    got = [f for f in counted(fr(text), "cell_space") if f.value is not None]
    assert got and got[0].value == pytest.approx(area, rel=0.1), describe(got)
    if occupants is not None:
        assert got[0].qualifiers.get("occupants") == occupants, describe(got)
        assert got[0].qualifiers.get("m2_per_person") == pytest.approx(area / occupants, rel=0.05)


@pytest.mark.parametrize("text,each", [
    ("La cellule de 11 m² est occupée par quatre personnes, soit moins de 3 m² par personne.", 3),
    ("Chacun ne disposait que de 2 m².", 2),
    ("L'espace au sol par détenu était de 2,4 m².", 2.4),
    ("L'espace personnel dont il disposait était de 2,3 m².", 2.3),
])
def test_french_space_of_each(fr, text, each):
    """'3 m² par personne' is the space of each, whatever cell size the sentence gives too."""
    got = [f for f in counted(fr(text), "cell_space") if f.qualifiers.get("area_is_per_person")
           or f.value == pytest.approx(each)]
    assert any(f.value == pytest.approx(each) for f in got), describe(got)
    assert all(f.qualifiers.get("m2_per_person") in (None, pytest.approx(each)) for f in got
               if f.value == pytest.approx(each)), describe(got)


@pytest.mark.parametrize("text,hours", [
    ("Solo salen una hora al patio y el resto del día permanecen en sus celdas.", 23),
    ("Los internos del módulo de aislamiento tienen apenas una hora de patio al día y pasan el resto encerrados.",
     23),
    ("Los internos permanecen encerrados veintitrés horas.", 23),
    ("Permanecen en sus celdas durante 22 horas al día.", 22),
])
def test_spanish_hours_locked_in(es, text, hours):
    assert hours in _values(es(text), "confinement_hours"), describe(es(text))


@pytest.mark.parametrize("text", [
    "La iluminación permanece encendida las 24 horas del día en las celdas.",
    "Las celdas permanecen vigiladas las 24 horas del día.",
])
def test_a_light_or_a_watch_round_the_clock_is_no_hours_locked_in(es, text):
    assert not counted(es(text), "confinement_hours"), describe(es(text))


def test_an_elided_trigger_opens_its_scope(fr):
    """'il convient d'adapter ...' is a norm as 'il convient de placer ...' is: a trigger that ends on
    an elision runs straight into the next word and still matches."""
    for text in ("Il convient d'adapter les cellules aux personnes à mobilité réduite.",
                 "Il convient d'installer des fenêtres dans les geôles."):
        facts = fr(text)
        assert all(f.certainty == "hypothetical" for f in facts if f.type in ("vulnerable_person",
                                                                            "no_natural_light")), describe(facts)


@pytest.mark.parametrize("text,type_", [
    ("Los adolescentes pasan el día sin ninguna actividad.", "work_programmes"),
    ("Los internos no tienen ninguna actividad.", "work_programmes"),
    ("Un interno con una enfermedad mental permanece en aislamiento.", "vulnerable_person"),
])
def test_spanish_singular_of_a_plural_in_es(es, text, type_):
    """'actividad(?:es)?', not 'actividades?' (which is 'actividade' or 'actividades'): the singular counts."""
    facts = es(text)
    assert [f for f in counted(facts, type_) if not f.negated], describe(facts)


# --- round five (frgrade): the wordings the findings work found unread, each our own sentence
@pytest.mark.parametrize("lang,text,type_", [
    ("es", "Las internas manifestaron que la guardia las golpea cuando piden agua.", "use_of_force"),
    ("es", "Un interno refirió que el custodio lo golpea todas las noches.", "use_of_force"),
    ("fr", "Plusieurs détenus ont indiqué ne pas avoir accès à la promenade depuis leur arrivée.", "exercise_outdoor"),
    ("fr", "Selon les personnes détenues, les agents refusent de les accompagner aux douches.", "hygiene"),
    ("fr", "Dans ce bâtiment, les toilettes des cellules doubles ne sont pas cloisonnées.", "sanitation"),
    ("es", "Se observó que los sanitarios no funcionaban y que había aguas negras en el pasillo.", "sanitation"),
])
def test_round_five_recall(fr, es, lang, text, type_):
    facts = (fr if lang == "fr" else es)(text)
    assert [f for f in counted(facts, type_) if not f.negated], describe(facts)


def test_a_no_does_not_reach_the_clause_after_y_que(es):
    """'no funcionaban y que había aguas negras': the sewage is there, not denied."""
    facts = es("Se observó que los sanitarios no funcionaban y que había aguas negras en el pasillo.")
    sewage = [f for f in counted(facts, "sanitation") if "aguas negras" in (f.evidence[0].text or "")]
    assert sewage and not any(f.negated for f in sewage), describe(facts)


@pytest.mark.parametrize("lang,text,each", [
    ("es", "La Sala constató que los reclusos disponen de menos de tres metros cuadrados por persona.", 3),
    ("fr", "La Cour relève que le requérant disposait de moins de 3 m² d'espace personnel.", 3),
    ("es", "Cada recluso dispone de un espacio de dos metros cuadrados.", 2),
    ("fr", "Il disposait de 2,5 m² d'espace personnel dans une cellule partagée avec trois codétenus.", 2.5),
])
def test_space_of_each_and_its_upper_bound(fr, es, lang, text, each):
    """'espace personnel' / 'por persona' / 'cada recluso dispone de un espacio de' is the space of each;
    'moins de' / 'menos de' marks the figure an upper bound (at_most), which the grading reads as under it."""
    got = [f for f in counted((fr if lang == "fr" else es)(text), "cell_space") if f.value is not None]
    assert got and got[0].qualifiers.get("area_is_per_person"), describe(got)
    assert got[0].qualifiers.get("m2_per_person") == pytest.approx(each), describe(got)
    assert bool(got[0].qualifiers.get("at_most")) == ("menos de" in text or "moins de" in text), describe(got)


@pytest.mark.parametrize("lang,text", [
    ("es", "Desde el traslado, su esposo no puede trabajar ni recibir visitas de sus hijos."),
    ("fr", "Depuis son transfert, il ne peut plus suivre de formation ni recevoir la visite de ses enfants."),
])
def test_visits_as_the_ni_item_of_a_denial(fr, es, lang, text):
    """'no puede X ni recibir visitas': the visits are denied too, though the 'no' is far before them."""
    facts = (fr if lang == "fr" else es)(text)
    assert [f for f in counted(facts, "family_visits") if not f.negated], describe(facts)


@pytest.mark.parametrize("text", [
    "Informe del Comité Nacional para la Prevención de la Tortura. El Comité Nacional para la Prevención de la "
    "Tortura constató que las celdas del sector 4 no tienen ventanas.",
    "Informe de la Procuraduría para la Defensa de los Derechos Humanos. La Procuraduría constató que las celdas "
    "del sector 4 no tienen ventanas.",
])
def test_more_monitoring_bodies_find_in_their_own_name(es, text):
    """National and local preventive bodies the vocabulary names: what they find is asserted, their word."""
    got = counted(es(text), "no_natural_light")
    assert got and all(f.certainty == "asserted" for f in got), describe(got)


@pytest.mark.parametrize("text,area,occupants", [
    ("En una celda de 12 metros cuadrados conviven 8 internos.", 12, 8),
    ("En la celda de 6 metros cuadrados duermen tres personas.", 6, 3),
])
def test_spanish_who_lives_in_the_cell_after_its_size(es, text, area, occupants):
    """'conviven 8 internos', 'duermen tres personas' after the cell's size: the people who share it."""
    got = [f for f in counted(es(text), "cell_space") if f.value is not None]
    assert got and got[0].value == pytest.approx(area), describe(got)
    assert got[0].qualifiers.get("occupants") == occupants, describe(got)


def test_marks_of_blows_are_force_and_none_is_none(fr):
    """'des traces de coups' seen on a detainee are the marks of a beating; 'aucune trace de coups' is none."""
    seen = fr("Les contrôleurs ont constaté des traces de coups sur le visage d'un détenu.")
    assert [f for f in counted(seen, "use_of_force") if not f.negated], describe(seen)
    none = fr("Le médecin n'a relevé aucune trace de coups.")
    assert not [f for f in counted(none, "use_of_force") if not f.negated], describe(none)
