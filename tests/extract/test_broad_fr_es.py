"""Broad French and Spanish wording (issue 12): sentences written for this suite in the manner
of French and Spanish monitoring reports and judgments (CGLPL visit reports and opinions,
Défenseur des droits, CNPT, CPT, Conseil d'État orders, European Court judgments; CNDH
recommendations, Spain's and Mexico's preventive mechanisms, Argentina's Procuración
Penitenciaria, Inter-American and Colombian courts) that the packs once missed: the passive,
"s'est vu refuser" (a deprivation), "faute de", "à même le sol", toilets behind a curtain,
"depuis huit mois" said first, numbers spelt out; "carecen de privacidad", "no contaban con",
"se les impedía", "una llamada por semana", "olor a orina", "en el mismo pabellón".  Each
sentence gives its type, counted (about a person or a group, not hypothetical) and not
negated; the negated ones deny it; norms, recommendations and general statements give none.
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
    ("M. Diallo s'est vu refuser l'accès à un avocat durant les premières heures de sa garde à vue.", 'legal_access'),
    ("La requérante s'est vu refuser toute visite de ses enfants pendant six mois.", 'family_visits'),
    ('Le détenu se voit privé de promenade depuis son placement au quartier disciplinaire.', 'exercise_outdoor'),
    ('Plusieurs personnes se sont vu refuser une consultation médicale malgré des douleurs persistantes.',
     'medical_care'),
    ('Il se voit interdire tout appel téléphonique vers sa famille.', 'family_calls'),
    ("Elle s'est vu retirer sa radio et ses livres.", 'reading_news'),
    ('Faute de personnel, les promenades sont régulièrement annulées.', 'exercise_outdoor'),
    ('Faute de matelas en nombre suffisant, des personnes dorment à même le sol.', 'bedding_clothing'),
    ('Dans les dortoirs, deux hommes dorment à même le sol sur des couvertures.', 'bedding_clothing'),
    ('Trois matelas au sol ont été comptés dans une cellule de deux places.', 'overcrowding'),
    ('Les contrôleurs ont relevé une promiscuité importante dans les cellules du rez-de-chaussée.', 'overcrowding'),
    ("L'absence de cloisonnement des toilettes porte atteinte à l'intimité des occupants.", 'sanitation'),
    ('Les toilettes ne sont pas cloisonnées et se trouvent à proximité immédiate de la table.', 'sanitation'),
    ('Le WC est simplement séparé par un rideau de douche.', 'sanitation'),
    ("Les fouilles intégrales sont pratiquées de manière systématique à l'issue des parloirs.", 'strip_search'),
    ('Les femmes sont soumises à des fouilles à nu lors de chaque extraction.', 'strip_search'),
    ('Des moyens de contention ont été utilisés pendant plus de quarante-huit heures.', 'restraints'),
    ('Le patient a été attaché à son lit durant trois jours.', 'restraints'),
    ("La mise à l'isolement du patient a duré dix jours.", 'solitary'),
    ("La mise à l'isolement du patient a duré dix jours.", 'isolation_duration'),
    ("L'encellulement individuel n'est pas respecté : les prévenus partagent des cellules de 9 m² à trois.",
     'overcrowding'),
    ("Les personnes placées au quartier disciplinaire n'ont pas accès à la douche.", 'hygiene'),
    ("Il n'a pas eu accès à la douche pendant cinq jours.", 'hygiene'),
    ("Il est détenu au quartier d'isolement depuis dix-huit mois.", 'isolation_duration'),
    ("Il est détenu au quartier d'isolement depuis dix-huit mois.", 'solitary'),
    ("Elle est à l'isolement depuis deux ans.", 'isolation_duration'),
    ('Ils sont entassés à quatre dans des cellules conçues pour deux.', 'overcrowding'),
    ("Le taux d'occupation de la maison d'arrêt atteint 180 %.", 'overcrowding'),
    ("La maison d'arrêt compte 612 détenus pour 340 places.", 'overcrowding'),
    ('La densité carcérale dépasse 200 % dans le quartier des hommes.', 'overcrowding'),
    ("La cellule, d'une surface de neuf mètres carrés, est occupée par trois personnes.", 'cell_space'),
    ('Le requérant a été détenu avec deux codétenus dans une cellule de 7,5 m².', 'cell_space'),
    ('Les repas sont servis en quantité insuffisante et souvent avariés.', 'food_water'),
    ("L'eau du robinet n'est pas potable et les détenus doivent acheter de l'eau en bouteille.", 'food_water'),
    ("Aucune eau potable n'est distribuée dans les geôles du tribunal.", 'food_water'),
    ('Les cellules sont infestées de punaises de lit.', 'sanitation'),
    ("Les murs sont couverts de moisissures et les sanitaires sont hors d'usage.", 'sanitation'),
    ("Les draps ne sont changés qu'une fois par mois.", 'bedding_clothing'),
    ("Aucune couverture n'est remise aux personnes gardées à vue.", 'bedding_clothing'),
    ('Les vêtements ne sont pas fournis aux personnes indigentes.', 'bedding_clothing'),
    ('La cour de promenade, dépourvue de tout abri, ne permet pas de se protéger de la pluie.', 'exercise_outdoor'),
    ('La promenade est limitée à une heure par jour.', 'exercise_time'),
    ("Aucune activité n'est proposée aux personnes détenues au quartier des mineurs.", 'work_programmes'),
    ('Moins de 10 % des détenus ont accès à un emploi rémunéré.', 'work_programmes'),
    ("Il n'a reçu aucune visite de sa famille depuis son transfert.", 'family_visits'),
    ('Le parloir familial a été supprimé pendant la durée de la sanction.', 'family_visits'),
    ("Son courrier a été ouvert et lu par l'administration.", 'correspondence'),
    ("Il n'a pas pu contacter son consulat.", 'consular_access'),
    ("Aucun interprète n'était présent lors de la notification de ses droits.", 'language_interpreter'),
    ("La notification des droits s'est faite sans interprète alors qu'il ne parlait que l'arabe.",
     'language_interpreter'),
    ("La délégation s'est vu refuser l'accès au quartier disciplinaire.", 'monitoring_access'),
    ('Ses plaintes sont restées lettre morte.', 'complaints'),
    ("Il a déposé une requête auprès du directeur, qui n'y a jamais répondu.", 'complaints'),
    ('Le médecin a constaté des hématomes sur les bras et le dos.', 'physical_health'),
    ('Elle souffre de troubles psychiatriques graves non pris en charge.', 'mental_health'),
    ('Il a tenté de mettre fin à ses jours au quartier disciplinaire.', 'mental_health'),
    ("Les consultations psychiatriques ne sont assurées qu'une demi-journée par mois.", 'medical_care'),
    ("Le délai d'attente pour une consultation dentaire dépasse six mois.", 'medical_care'),
    ("Plusieurs mineurs de seize ans étaient détenus dans l'établissement.", 'vulnerable_person'),
    ("Un homme âgé de 82 ans, atteint de la maladie d'Alzheimer, est incarcéré.", 'vulnerable_person'),
    ('Il a été frappé à coups de poing par un fonctionnaire de police.', 'use_of_force'),
    ('Les surveillants ont fait usage de gaz lacrymogène dans la cellule.', 'use_of_force'),
    ('Il a été maintenu au sol par trois agents, un genou sur la nuque.', 'use_of_force'),
    ('Les personnes détenues restent enfermées vingt-deux heures par jour dans leur cellule.', 'confinement_hours'),
    ('La lumière est allumée toute la nuit dans les cellules de garde à vue.', 'constant_light'),
    ("Les cellules ne disposent d'aucune fenêtre donnant sur l'extérieur.", 'no_natural_light'),
    ('Les cellules sont privées de lumière naturelle.', 'no_natural_light'),
    ("Il n'existe aucun système de ventilation dans les cellules.", 'ventilation'),
    ("L'air est irrespirable en été faute d'aération.", 'ventilation'),
    ('En hiver, la température descend sous les 10 °C dans les cellules.', 'temperature'),
    ('Les cellules ne sont pas chauffées.', 'temperature'),
    ('Le bruit est incessant la nuit et empêche les détenus de dormir.', 'sleep_noise'),
    ('Les personnes détenues ne peuvent se doucher que deux fois par semaine.', 'hygiene'),
    ('Les prévenus et les condamnés ne sont pas séparés.', 'separation'),
    ('Les mineurs côtoient les majeurs pendant la promenade.', 'separation'),
    ('Le requérant est en détention provisoire depuis plus de trois ans.', 'pretrial_status'),
    ("Il n'a pas été autorisé à assister à l'office religieux.", 'religion'),
    ('Il est isolé de tout contact humain vingt-trois heures sur vingt-quatre.', 'confinement_hours'),
    ("Elle n'a jamais été examinée par un médecin pendant sa garde à vue.", 'medical_care'),
    ("L'administration pénitentiaire justifie ce régime par des impératifs de sécurité.", 'justification_security'),
    ("Des produits d'hygiène ne sont plus distribués depuis plusieurs mois.", 'hygiene'),
    ("L'accès aux douches est limité à trois fois par semaine.", 'hygiene'),
    ('Le téléphone lui a été interdit pendant un mois.', 'family_calls'),
    ('Les matelas sont déchirés et souillés.', 'bedding_clothing'),
    ('Les détenus dorment sur des matelas posés par terre.', 'bedding_clothing'),
    ('Les personnes retenues dorment à six dans des chambres de douze mètres carrés.', 'cell_space'),
    ('Il a passé quarante-deux jours consécutifs au quartier disciplinaire.', 'isolation_duration'),
    ("Depuis huit mois, elle est placée à l'isolement administratif.", 'isolation_duration'),
    ("L'isolement de M. Karim dure depuis plus de quatre ans.", 'isolation_duration'),
    ('Il est enfermé seul en cellule vingt-trois heures sur vingt-quatre depuis trois mois.', 'confinement_hours'),
    ("Les détenus ne quittent leur cellule qu'une heure par jour.", 'confinement_hours'),
    ("Trois personnes se partagent une cellule de 9 m², l'une dormant sur un matelas au sol.", 'overcrowding'),
    ("L'établissement, d'une capacité de 400 places, héberge 720 personnes.", 'overcrowding'),
    ("La surpopulation chronique conduit à placer jusqu'à quatre personnes par cellule.", 'overcrowding'),
    ('Les cellules individuelles sont occupées par deux, voire trois détenus.', 'overcrowding'),
    ('Le dortoir accueille vingt-cinq personnes pour quinze lits.', 'overcrowding'),
    ("Il n'y a pas de douche dans les cellules et l'accès aux douches collectives est limité.", 'hygiene'),
    ("Les détenus n'ont accès à la douche que deux fois par semaine.", 'hygiene'),
    ("Aucune possibilité de se laver n'est offerte aux personnes gardées à vue.", 'hygiene'),
    ('Les sanitaires communs sont dans un état de saleté repoussant.', 'sanitation'),
    ('La cellule est envahie par les rats la nuit.', 'sanitation'),
    ("Les fenêtres des cellules ne s'ouvrent pas et l'air est confiné.", 'ventilation'),
    ("L'odeur est pestilentielle dans les geôles.", 'ventilation'),
    ('La chaleur dans les cellules dépasse 40 degrés en été.', 'temperature'),
    ('Les détenus se plaignent du froid, les radiateurs ne fonctionnant pas.', 'temperature'),
    ('Les repas sont distribués en quantité insuffisante, les détenus disent avoir faim.', 'food_water'),
    ("Les personnes gardées à vue ne reçoivent qu'une bouteille d'eau par jour.", 'food_water'),
    ('Il a été menotté à un radiateur pendant plusieurs heures.', 'restraints'),
    ("Les patients sont placés sous contention au lit en chambre d'isolement.", 'restraints'),
    ('Elle a été entravée aux chevilles durant son accouchement.', 'restraints'),
    ("Il a été soumis à une fouille intégrale à son retour de l'hôpital.", 'strip_search'),
    ('Les arrivants sont systématiquement fouillés à nu.', 'strip_search'),
    ('Il a été contraint de se déshabiller entièrement devant deux agents.', 'strip_search'),
    ('Le requérant affirme avoir été giflé et insulté par un surveillant.', 'use_of_force'),
    ('Les agents ont utilisé un pistolet à impulsion électrique contre lui.', 'use_of_force'),
    ('Il présentait de multiples contusions après son interpellation.', 'physical_health'),
    ("Son état de santé s'est gravement détérioré en détention.", 'physical_health'),
    ("Il souffre d'un diabète insulinodépendant mal équilibré.", 'physical_health'),
    ('Plusieurs détenus présentent des symptômes dépressifs et des idées suicidaires.', 'mental_health'),
    ("Elle s'est automutilée à plusieurs reprises.", 'mental_health'),
    ("Il n'a pas vu de médecin pendant les trois semaines qui ont suivi son arrivée.", 'medical_care'),
    ('Son traitement lui a été interrompu pendant son transfert.', 'medical_care'),
    ("Le médecin n'a pas été appelé malgré ses demandes répétées.", 'medical_care'),
    ("L'unité sanitaire manque cruellement de personnel.", 'medical_care'),
    ("Il n'a pas pu téléphoner à sa famille durant toute sa garde à vue.", 'family_calls'),
    ("Sa famille n'a pas été prévenue de son placement en garde à vue.", 'family_calls'),
    ("Les visites de ses proches ont été supprimées depuis son placement à l'isolement.", 'family_visits'),
    ('Les parloirs se déroulent dans des boxes exigus sans aucune intimité.', 'family_visits'),
    ('Ses lettres à son avocat ont été ouvertes par le greffe.', 'correspondence'),
    ("Il n'a pu s'entretenir avec son avocat qu'après vingt heures de garde à vue.", 'legal_access'),
    ("Elle n'a bénéficié d'aucune assistance juridique lors de la procédure disciplinaire.", 'legal_access'),
    ("L'entretien avec l'avocat s'est tenu dans un local non insonorisé.", 'legal_confidentiality'),
    ("Les autorités consulaires n'ont pas été informées de sa détention.", 'consular_access'),
    ("Il ne parle pas le français et n'a bénéficié d'aucun interprète.", 'language_interpreter'),
    ("Le CGLPL a visité l'établissement du 12 au 16 mars 2022.", 'monitoring_access'),
    ("Les contrôleurs ont pu s'entretenir librement avec les personnes détenues.", 'monitoring_access'),
    ('Les requêtes des détenus ne sont ni enregistrées ni tracées.', 'complaints'),
    ('Il a été placé au quartier disciplinaire après avoir déposé plainte contre un surveillant.', 'complaints'),
    ("Aucune activité n'est proposée au quartier d'isolement.", 'work_programmes'),
    ("Il n'a accès ni à l'enseignement ni à la formation professionnelle.", 'work_programmes'),
    ("Il ne peut pas pratiquer sa religion et l'imam n'est pas autorisé à le visiter.", 'religion'),
    ('Sa télévision lui a été retirée pendant un mois.', 'reading_news'),
    ("Il n'a pas accès à la bibliothèque.", 'reading_news'),
    ('Elle est détenue avec son bébé de six mois.', 'vulnerable_person'),
    ('Un mineur de quinze ans était placé en garde à vue avec des adultes.', 'vulnerable_person'),
    ('Un mineur de quinze ans était placé en garde à vue avec des adultes.', 'separation'),
    ('Il est classé DPS depuis son arrivée.', 'special_regime'),
    ("Les personnes détenues au quartier d'isolement n'ont de contact qu'avec les surveillants.",
     'no_meaningful_contact'),
    ('La lumière reste allumée en permanence dans la cellule de surveillance.', 'constant_light'),
    ('Les cellules du sous-sol ne reçoivent aucune lumière du jour.', 'no_natural_light'),
    ("La cellule était plongée dans le noir faute d'ampoule.", 'darkness'),
    ('Il est prévenu et attend son jugement depuis deux ans.', 'pretrial_status'),
    ('Les étrangers placés en centre de rétention administrative attendent leur éloignement.', 'pretrial_status'),
    ("L'ensemble des détenus de la coursive a été privé de douche après la bagarre.", 'collective_punishment'),
    ('Le bruit des portes et les cris empêchent tout sommeil.', 'sleep_noise'),
    ('Les rondes de nuit avec allumage de la lumière le réveillent plusieurs fois par nuit.', 'sleep_noise'),
    ("Son placement à l'isolement a été renouvelé à quinze reprises.", 'indefinite_isolation'),
    ("Il a été privé de tout contact avec l'extérieur pendant plusieurs semaines.", 'no_meaningful_contact'),
    ("L'association requérante demande au juge des référés d'enjoindre à l'administration de procéder "
     'à la désinsectisation des cellules infestées de punaises de lit.',
     'sanitation'),
    ("Elle demande qu'il soit ordonné de remplacer les matelas usagés et de distribuer des draps propres.",
     'bedding_clothing'),
    ("Les requérants sollicitent qu'il soit enjoint de rétablir l'eau chaude dans les douches du quartier.", 'hygiene'),
    ("L'Observatoire demande d'ordonner la remise en état des toilettes hors d'usage.", 'sanitation'),
    ("Il résulte de l'instruction que plusieurs cellules ne disposent pas de chauffage en état de fonctionnement.",
     'temperature'),
    ("Il résulte de l'instruction que les détenus sont contraints de dormir sur des matelas posés à même le sol.",
     'bedding_clothing'),
    ('Il ressort des pièces du dossier que les cellules de 9 m² accueillent trois détenus.', 'overcrowding'),
    ('Il ressort de la visite que les douches collectives sont dégradées et insalubres.', 'hygiene'),
    ('Le juge des référés a relevé que les personnes détenues ne pouvaient accéder à la bibliothèque.', 'reading_news'),
    ("Le requérant allègue avoir été détenu dans une cellule de 7 m² qu'il partageait avec deux autres détenus.",
     'cell_space'),
    ("Il expose qu'il ne disposait que de 2,3 m² d'espace personnel.", 'cell_space'),
    ("Il soutient qu'il était contraint d'utiliser les toilettes en présence de ses codétenus.", 'sanitation'),
    ('Il se plaint de ne pas avoir reçu de soins adaptés à sa pathologie cardiaque.', 'medical_care'),
    ("Le requérant se plaint des conditions de sa détention, notamment de la surpopulation et de l'absence d'intimité.",
     'overcrowding'),
    ('Il indique que les fenêtres de sa cellule étaient obstruées par des plaques métalliques.', 'no_natural_light'),
    ('Selon le requérant, les promenades duraient une heure par jour dans une cour exiguë.', 'exercise_time'),
    ("La Cour constate que le requérant a été maintenu à l'isolement pendant plus de huit ans.", 'isolation_duration'),
    ('Le requérant, qui souffre de paraplégie, se déplace en fauteuil roulant.', 'vulnerable_person'),
    ("Il a été menotté à chaque extraction vers l'hôpital, y compris pendant les examens.", 'restraints'),
    ('Le requérant a été soumis à des fouilles corporelles intégrales après chaque visite, pendant deux ans.',
     'strip_search'),
    ("Il dénonce le fait d'avoir été réveillé toutes les heures par les agents pendant la nuit.", 'sleep_noise'),
    ("Le requérant affirme qu'il n'avait accès à la douche qu'une fois par semaine.", 'hygiene'),
    ("Il était détenu avec des fumeurs alors qu'il souffrait d'asthme.", 'physical_health'),
    ('Lors de la visite, 17 personnes dormaient sur un matelas au sol.', 'overcrowding'),
    ('Les contrôleurs ont constaté que les cellules du quartier disciplinaire étaient sales et dépourvues de literie.',
     'bedding_clothing'),
    ('Les personnes détenues ont fait état de violences de la part de certains surveillants.', 'use_of_force'),
    ('Plusieurs patients ont indiqué ne jamais avoir été informés de leurs droits.', 'legal_access'),
    ('Le Défenseur des droits a été saisi par une personne détenue qui se plaignait de fouilles à nu répétées.',
     'strip_search'),
    ('La Commission a constaté que les détenus en détention administrative partageaient la cour avec '
     'les détenus condamnés.',
     'separation'),
    ("La délégation a reçu plusieurs allégations de coups portés par des policiers lors de l'interpellation.",
     'use_of_force'),
    ("Les cellules de garde à vue, dépourvues de bat-flanc, obligent les personnes à s'allonger par terre.",
     'bedding_clothing'),
    ("Les patients en chambre d'isolement sont vêtus d'un pyjama en papier.", 'bedding_clothing'),
    ("La cour de promenade du quartier disciplinaire est une cage recouverte d'un grillage.", 'exercise_outdoor'),
    ('Une jeune femme de dix-sept ans était détenue au quartier des majeures.', 'vulnerable_person'),
    ('Une jeune femme de dix-sept ans était détenue au quartier des majeures.', 'separation'),
    ("En l'absence d'interprète, la notification des droits a été faite en français.", 'language_interpreter'),
    ("Le téléphone n'est accessible qu'aux heures de promenade, ce qui empêche les appels vers l'étranger.",
     'family_calls'),
    ('Les parloirs sont limités à trente minutes par semaine.', 'family_visits'),
    ("Certaines lettres n'ont jamais été remises à leurs destinataires.", 'correspondence'),
    ('Les détenus décrivent un climat de peur et des menaces de représailles en cas de plainte.', 'complaints'),
    ("Le médecin de l'unité sanitaire n'intervient qu'une demi-journée par semaine.", 'medical_care'),
    ("Il a attendu quatre mois avant d'obtenir un rendez-vous chez le dentiste.", 'medical_care'),
    ('Près de la moitié des personnes détenues présentent des troubles psychiatriques.', 'mental_health'),
    ("Le taux d'occupation du quartier maison d'arrêt hommes s'élève à 215 %.", 'overcrowding'),
    ('Dans plusieurs cellules, il fait plus de 35 degrés en été.', 'temperature'),
    ("Les cellules sont humides et l'eau s'infiltre par le plafond.", 'sanitation'),
    ('Les repas sont pris en cellule, à proximité immédiate des toilettes.', 'sanitation'),
    ('La délégation a recueilli des allégations de mauvais traitements physiques (gifles, coups de '
     "poing et de pied) infligés au moment de l'interpellation.",
     'use_of_force'),
    ('Plusieurs personnes ont déclaré avoir été menottées de manière serrée, parfois pendant plusieurs heures.',
     'restraints'),
    ('Les cellules de police visitées étaient dépourvues de matelas et de couvertures.', 'bedding_clothing'),
    ('Les personnes gardées à vue ne se voient pas systématiquement proposer de repas.', 'food_water'),
    ("Dans les cellules collectives, jusqu'à huit personnes pouvaient être retenues dans moins de 10 m².",
     'overcrowding'),
    ("Les détenus passent 23 heures par jour en cellule, faute d'activités organisées.", 'confinement_hours'),
    ("Les détenus passent 23 heures par jour en cellule, faute d'activités organisées.", 'work_programmes'),
    ("La Commission relève que les personnes en détention administrative ne bénéficient que d'une "
     'heure de promenade par jour.',
     'exercise_time'),
    ("Les mineurs sont hébergés dans une unité où l'offre d'activités est très réduite.", 'work_programmes'),
    ("La Commission a constaté que le coin sanitaire n'était séparé du reste de la cellule que par un muret.",
     'sanitation'),
    ("Les cellules présentent des traces d'humidité et des champignons au plafond.", 'sanitation'),
    ("La vétusté des locaux est telle que l'eau ruisselle le long des murs.", 'sanitation'),
    ("Les détenus sont exposés à une chaleur excessive pendant l'été, les cellules n'étant pas ventilées.",
     'temperature'),
    ("Les détenus sont exposés à une chaleur excessive pendant l'été, les cellules n'étant pas ventilées.",
     'ventilation'),
    ('Le requérant a été transféré à quatorze reprises en deux ans dans le cadre des rotations de sécurité.',
     'special_regime'),
    ('Les fouilles à nu sont pratiquées à chaque mouvement, sans évaluation individuelle.', 'strip_search'),
    ("Lors de l'intervention des ERIS, les détenus ont été aspergés de gaz lacrymogène.", 'use_of_force'),
    ("Le requérant soutient qu'il n'a disposé d'aucune voie de recours effective pour se plaindre de "
     'ses conditions de détention.',
     'complaints'),
    ("Il a été détenu dans une cellule de 9 m² avec deux autres détenus, les toilettes n'étant "
     'séparées que par un rideau.',
     'sanitation'),
    ("Il a été détenu dans une cellule de 9 m² avec deux autres détenus, les toilettes n'étant "
     'séparées que par un rideau.',
     'cell_space'),
    ('La cellule comporte un lit superposé et un matelas posé au sol pour le troisième occupant.', 'overcrowding'),
    ('Il devait dormir sur un matelas posé au sol, à proximité des toilettes.', 'bedding_clothing'),
    ("Les contrôleurs ont rencontré une personne détenue qui n'avait pas pris de douche depuis dix jours.", 'hygiene'),
    ("La personne n'avait pas été vue par un médecin depuis son arrivée, trois semaines plus tôt.", 'medical_care'),
    ("Aucun suivi psychiatrique n'est proposé aux personnes placées au quartier d'isolement.", 'medical_care'),
    ("Plusieurs patients sont maintenus en chambre d'isolement depuis plusieurs mois.", 'solitary'),
    ('Un patient était attaché sur son lit par des sangles aux poignets et aux chevilles.', 'restraints'),
    ('Les patients hospitalisés sans leur consentement ne peuvent pas sortir dans le parc.', 'exercise_outdoor'),
    ('Les téléphones portables des patients leur sont retirés dès leur admission.', 'family_calls'),
    ("Les retenus ne disposent pas d'un accès libre à un téléphone.", 'family_calls'),
    ("Les retenus ont indiqué qu'ils n'avaient pas été informés de leur droit de demander l'asile.", 'legal_access'),
    ('Les enfants retenus avec leurs parents dans le centre de rétention dormaient dans une chambre sans fenêtre.',
     'vulnerable_person'),
    ('Les enfants retenus avec leurs parents dans le centre de rétention dormaient dans une chambre sans fenêtre.',
     'no_natural_light'),
    ("Dans la maison d'arrêt, 920 personnes sont détenues pour 570 places.", 'overcrowding'),
    ('La densité carcérale du quartier hommes atteint 187 %.', 'overcrowding'),
    ('Deux personnes ont été retrouvées pendues dans leur cellule en 2022.', 'mental_health'),
    ('Des détenus ont été contraints de rester nus dans la cellule pendant plusieurs heures.', 'bedding_clothing'),
    ("La cellule disciplinaire n'était équipée que d'un lit scellé, sans matelas pendant la journée.",
     'bedding_clothing'),
    ("Les personnes placées au QD n'ont droit qu'à une heure de promenade, dans une cour grillagée.",
     'exercise_outdoor'),
    ("Les personnes placées au QD n'ont droit qu'à une heure de promenade, dans une cour grillagée.", 'solitary'),
    ('Le parloir a été supprimé pendant les quinze jours de sanction.', 'family_visits'),
    ("Son épouse n'a pas été autorisée à lui rendre visite pendant quatre mois.", 'family_visits'),
    ("Les courriers adressés au Contrôleur général ont été ouverts par l'administration.", 'correspondence'),
    ('Ses conversations téléphoniques avec son avocat étaient écoutées.', 'legal_confidentiality'),
    ("Il n'a été présenté à un juge qu'après six jours de détention.", 'legal_access'),
    ("Elle a accouché menottée, en présence de deux agents d'escorte.", 'restraints'),
    ('La nourriture distribuée est souvent insuffisante et les personnes détenues doivent cantiner pour se nourrir.',
     'food_water'),
    ('La température dans les cellules peut descendre à 12 °C en hiver.', 'temperature'),
    ('Les fenêtres de nombreuses cellules sont dépourvues de vitres, laissant entrer le froid et la pluie.',
     'temperature'),
    ("L'eau chaude n'est pas disponible dans les cellules du bâtiment A.", 'hygiene'),
    ('Des personnes dorment la tête à quelques centimètres des toilettes.', 'sanitation'),
    ("Les activités sont quasi inexistantes et l'oisiveté domine.", 'work_programmes'),
    ('Le désœuvrement des personnes détenues est total : aucun travail, aucune formation.', 'work_programmes'),
    ('La bibliothèque est fermée depuis plusieurs mois faute de personnel.', 'reading_news'),
    ('Le service médical est saturé et les délais de consultation atteignent plusieurs mois.', 'medical_care'),
    ("Aucune prise en charge des addictions n'est proposée.", 'medical_care'),
    ("Les personnes sans ressources ne reçoivent ni vêtements ni produits d'hygiène.", 'hygiene'),
    ("Les personnes sans ressources ne reçoivent ni vêtements ni produits d'hygiène.", 'bedding_clothing'),
    ('Les cellules sont surchargées, avec trois à quatre personnes dans 9 m².', 'overcrowding'),
    ('La cour de promenade est exiguë et dépourvue de tout équipement.', 'exercise_outdoor'),
    ('Les cellules disciplinaires sont sales, sombres et malodorantes.', 'ventilation'),
    ('Les cellules disciplinaires sont sales, sombres et malodorantes.', 'darkness'),
    ('Les toilettes à la turque des cellules de garde à vue dégagent une odeur nauséabonde.', 'ventilation'),
    ("Les personnes placées à l'isolement ne rencontrent aucun autre détenu.", 'no_meaningful_contact'),
    ('Il a été placé en cellule disciplinaire à titre préventif pendant deux jours.', 'isolation_duration'),
    ('Sa sanction de vingt jours de quartier disciplinaire a été exécutée en totalité.', 'isolation_duration'),
    ("Il a été maintenu au quartier d'isolement pendant un an et demi.", 'isolation_duration'),
    ("Le requérant a passé près de deux ans à l'isolement.", 'isolation_duration'),
    ('Les surveillants lui ont passé les menottes derrière le dos avant de le conduire au quartier disciplinaire.',
     'restraints'),
    ("L'usage des entraves lors des extractions médicales est systématique.", 'restraints'),
    ('Le patient a été placé sous contention pendant 72 heures consécutives.', 'restraints'),
    ("Un détenu a été frappé au visage par un surveillant lors d'une fouille de cellule.", 'use_of_force'),
    ("Il a été victime d'un coup de poing porté par un agent.", 'use_of_force'),
    ('Il a été blessé lors de son interpellation et présentait une plaie au cuir chevelu.', 'physical_health'),
    ("Elle souffrait d'un cancer et n'a pu bénéficier d'une chimiothérapie qu'avec retard.", 'physical_health'),
    ("Elle souffrait d'un cancer et n'a pu bénéficier d'une chimiothérapie qu'avec retard.", 'medical_care'),
    ('Il est atteint de schizophrénie et son état est incompatible avec la détention.', 'mental_health'),
    ("Le détenu, qui présente des troubles du comportement, a été placé à l'isolement.", 'mental_health'),
    ("Il n'a pas pu contacter sa famille pendant les 48 heures de sa garde à vue.", 'family_calls'),
    ("Sa mère n'a été informée de son incarcération qu'une semaine plus tard.", 'family_calls'),
    ('Ses proches ont dû parcourir 800 kilomètres pour lui rendre visite.', 'family_visits'),
    ('Les visites familiales sont limitées à une demi-heure tous les quinze jours.', 'family_visits'),
    ('Le courrier des détenus est systématiquement lu par le vaguemestre.', 'correspondence'),
    ("Les personnes retenues n'ont pas accès à une assistance juridique pendant le week-end.", 'legal_access'),
    ("Il n'a jamais rencontré son avocat commis d'office.", 'legal_access'),
    ("Il ne parle que le pachto et aucun interprète n'est intervenu.", 'language_interpreter'),
    ('Les notifications sont faites en français à des personnes qui ne le comprennent pas.', 'language_interpreter'),
    ("Ses demandes d'entretien avec le directeur sont restées sans suite.", 'complaints'),
    ('Il a été sanctionné pour avoir écrit au Contrôleur général.', 'complaints'),
    ("Les détenus de confession musulmane ne disposent d'aucune salle de prière.", 'religion'),
    ("L'aumônier n'a pas accès au quartier disciplinaire.", 'religion'),
    ('La télévision est payante et coûte 20 euros par mois.', 'reading_news'),
    ('Les personnes détenues du quartier de semi-liberté partagent les mêmes locaux que les prévenus.', 'separation'),
    ("Plusieurs personnes âgées de plus de 75 ans sont détenues dans l'établissement.", 'vulnerable_person'),
    ('Une personne aveugle est détenue sans aucun aménagement.', 'vulnerable_person'),
    ('Les femmes enceintes sont transportées menottées.', 'vulnerable_person'),
    ('Les femmes enceintes sont transportées menottées.', 'restraints'),
    ('Les veilleuses restent allumées pendant toute la nuit pour permettre la surveillance.', 'constant_light'),
    ("Il est réveillé chaque nuit par l'allumage de la lumière lors des rondes.", 'sleep_noise'),
    ('Le quartier disciplinaire ne reçoit aucune lumière naturelle.', 'no_natural_light'),
    ('Les surveillants ont confisqué le matelas de la cellule pendant la journée.', 'bedding_clothing'),
    ("L'eau n'est pas potable dans une partie de l'établissement.", 'food_water'),
    ('Le requérant, prévenu, est détenu depuis quatre ans sans avoir été jugé.', 'pretrial_status'),
    ('Les détenus classés DPS sont soumis à des fouilles renforcées.', 'special_regime'),
    ("Une sanction collective de privation de télévision a été infligée à l'étage.", 'collective_punishment'),
    ("Les geôles du commissariat ne disposent ni de point d'eau ni de toilettes.", 'sanitation'),
    ('Les personnes gardées à vue doivent demander aux policiers pour se rendre aux toilettes, ce qui '
     'entraîne des attentes de plusieurs heures.',
     'sanitation'),
    ('Les cellules de garde à vue sont équipées de bancs en béton et de couvertures sales.', 'bedding_clothing'),
    ('Les personnes gardées à vue ne reçoivent pas de repas chaud.', 'food_water'),
    ('Il a passé 36 heures en garde à vue sans pouvoir se laver.', 'hygiene'),
    ("La personne est restée menottée au banc de la salle d'attente pendant trois heures.", 'restraints'),
    ('Les lunettes et soutiens-gorge sont retirés aux femmes pendant la garde à vue.', 'bedding_clothing'),
    ("Le médecin n'a été appelé que douze heures après son arrivée.", 'medical_care'),
    ("Au centre de rétention, les retenus n'ont pas accès à internet ni à leur téléphone portable.", 'family_calls'),
    ('Les retenus se plaignent de la mauvaise qualité des repas, souvent froids.', 'food_water'),
    ("Le patient est resté 21 jours en chambre d'isolement, dont dix sous contention.", 'isolation_duration'),
    ("Le patient est resté 21 jours en chambre d'isolement, dont dix sous contention.", 'restraints'),
    ('Les patients placés en isolement doivent uriner dans un seau.', 'sanitation'),
    ('Les patients sont privés de leurs vêtements personnels et portent un pyjama.', 'bedding_clothing'),
    ("Le requérant a été placé en détention provisoire à la maison d'arrêt de Rouen.", 'pretrial_status'),
    ("Il partageait une cellule de 9 m² avec deux codétenus ; les toilettes n'étaient pas séparées et "
     "il ne disposait que d'une heure de promenade.",
     'overcrowding'),
    ("Il partageait une cellule de 9 m² avec deux codétenus ; les toilettes n'étaient pas séparées et "
     "il ne disposait que d'une heure de promenade.",
     'sanitation'),
    ("Il partageait une cellule de 9 m² avec deux codétenus ; les toilettes n'étaient pas séparées et "
     "il ne disposait que d'une heure de promenade.",
     'exercise_time'),
    ("Le Gouvernement reconnaît que l'établissement connaissait une surpopulation importante à l'époque des faits.",
     'overcrowding'),
    ('Le Gouvernement ne conteste pas que le requérant ait été détenu dans des conditions de promiscuité.',
     'overcrowding'),
    ('La Cour note que le requérant a été enfermé en cellule plus de vingt heures par jour.', 'confinement_hours'),
    ("La Cour relève que les détenus étaient exposés à la vue des autres lorsqu'ils utilisaient les toilettes.",
     'sanitation'),
    ("La Cour relève en outre l'absence de chauffage pendant l'hiver 2015.", 'temperature'),
    ('Il indique avoir souffert de la gale faute de traitement.', 'physical_health'),
    ('Il a perdu vingt kilos pendant sa détention.', 'physical_health'),
    ("Le requérant, toxicomane, n'a pas reçu de traitement de substitution.", 'medical_care'),
    ("La décision de placement à l'isolement est motivée par le risque d'évasion.", 'justification_security'),
    ("Il a été placé au quartier d'évaluation de la radicalisation pendant quatre mois.", 'special_regime'),
    ('Ses communications téléphoniques sont enregistrées et écoutées.', 'family_calls'),
    ('Ses parloirs se déroulent avec un hygiaphone, sans contact physique avec ses enfants.', 'family_visits'),
    ('Le jour de la visite, 612 personnes étaient écrouées pour 390 places.', 'overcrowding'),
    ("L'établissement compte 420 places et héberge 610 personnes détenues au jour de la visite.", 'overcrowding'),
    ('La population pénale est composée à 40 % de prévenus.', 'pretrial_status'),
    ('Le requérant purge une peine de réclusion criminelle à perpétuité à la maison centrale.', 'pretrial_status'),
    ("M. X. se plaint d'avoir été soumis à des fouilles corporelles intégrales systématiques.", 'strip_search'),
    ('La requérante se plaint de ne pas avoir été autorisée à téléphoner à ses enfants.', 'family_calls'),
    ("Le Défenseur des droits a été saisi de la situation de M. K., détenu au quartier d'isolement depuis 2015.",
     'solitary'),
    ('Le réclamant dénonce des violences commises par des agents lors de sa conduite au quartier disciplinaire.',
     'use_of_force'),
    ('La délégation a entendu plusieurs allégations de mauvais traitements physiques infligés par des '
     'membres du personnel pénitentiaire, consistant en des gifles et des coups de poing.',
     'use_of_force'),
    ("La délégation s'est entretenue en privé avec 25 personnes détenues.", 'monitoring_access'),
    ("Le principe de l'encellulement individuel n'est plus appliqué : la quasi-totalité des cellules "
     'individuelles accueillent deux personnes.',
     'overcrowding'),
    ("Près d'un détenu sur quatre dort sur un matelas posé à même le sol.", 'bedding_clothing'),
    ("Un tiers des personnes détenues n'a pas de lit.", 'bedding_clothing'),
    ('Les détenus indigents ne reçoivent pas de trousse de toilette à leur arrivée.', 'hygiene'),
    ("Les personnes détenues se plaignent de l'insuffisance des rations alimentaires.", 'food_water'),
    ('Les personnes détenues se plaignent de la présence de rats dans les cours.', 'sanitation'),
    ("Les personnes détenues se plaignent de l'absence d'activités.", 'work_programmes'),
    ("Il se plaint d'avoir été maintenu à l'isolement pendant plus de quatre ans.", 'isolation_duration'),
    ("Le requérant, atteint d'une sclérose en plaques, se déplace difficilement.", 'physical_health'),
    ('Il expose avoir été incarcéré à la prison de la Santé du 2 mai 2016 au 10 juin 2018, en détention provisoire.',
     'pretrial_status'),
    ('Le requérant a été transféré au quartier disciplinaire, où il a été placé en cellule sans matelas.',
     'bedding_clothing'),
    ("Les grilles des fenêtres ne laissent passer qu'une faible lumière.", 'no_natural_light'),
    ('La cellule, humide et mal chauffée, est infestée de cafards.', 'sanitation'),
    ('La cellule, humide et mal chauffée, est infestée de cafards.', 'temperature'),
    ('La Cour constate que le requérant a dû partager pendant deux ans une cellule de 8 m² avec deux autres personnes.',
     'overcrowding'),
    ("Les personnes détenues disposent de moins de 3 m² d'espace personnel.", 'cell_space'),
    ('Les toilettes, séparées par une simple cloison à mi-hauteur, sont situées à côté de la table.', 'sanitation'),
    ("Il est resté sans traitement pendant trois semaines après l'arrêt de son insuline.", 'medical_care'),
    ("Les personnes détenues atteintes de troubles mentaux ne bénéficient d'aucun suivi.", 'medical_care'),
    ("Les personnes détenues atteintes de troubles mentaux ne bénéficient d'aucun suivi.", 'mental_health'),
    ("Le Défenseur des droits a été saisi par Mme R. d'une réclamation relative aux conditions de la "
     "fouille intégrale dont elle a fait l'objet à l'issue d'un parloir.",
     'strip_search'),
    ('La Commission a constaté que les personnes en détention administrative étaient soumises au même '
     'régime que les personnes en détention pénale.',
     'separation'),
    ('Il a été placé en cellule de dégrisement pendant toute la nuit, sans couverture.', 'bedding_clothing'),
    ('Les agents ont fait un usage disproportionné de la force lors de son interpellation.', 'use_of_force'),
    ('Les personnes détenues en régime de détention avant jugement passent 23 heures sur 24 en cellule.',
     'confinement_hours'),
    ('Les personnes détenues en régime de détention avant jugement passent 23 heures sur 24 en cellule.',
     'pretrial_status'),
    ("Il n'existe aucune activité occupationnelle pour les personnes en détention provisoire.", 'work_programmes'),
    ('Le menottage dans le dos est pratiqué de manière systématique lors des transferts.', 'restraints'),
    ('La cellule était éclairée en permanence par un néon.', 'constant_light'),
    ('La température dans les cellules atteint régulièrement 38 degrés en été.', 'temperature'),
    ('Les cellules sont infestées de rats et de cafards, selon les détenus rencontrés.', 'sanitation'),
    ('Plusieurs détenus ont fait part de leur difficulté à obtenir un rendez-vous avec le médecin.', 'medical_care'),
    ('Les personnes détenues sont contraintes de laver leur linge dans le lavabo de la cellule.', 'hygiene'),
    ("Aucun registre des plaintes n'est tenu par la direction.", 'complaints'),
    ("Il a été réveillé à plusieurs reprises chaque nuit par les contrôles à l'œilleton.", 'sleep_noise'),
]

#: the fact is there, denied
FR_DENIED = [
    ("Il n'a jamais été placé au quartier disciplinaire.", 'solitary'),
    ("Le requérant n'a pas été menotté.", 'restraints'),
    ('Les cellules ne sont pas surpeuplées.', 'overcrowding'),
]

#: a norm, a recommendation, a general statement: no counted fact of the type
FR_GENERAL = [
    ('Toute personne détenue doit pouvoir accéder à une douche au moins trois fois par semaine.', 'hygiene'),
    ("Le principe de l'encellulement individuel doit être respecté.", 'overcrowding'),
    ("Les moyens de contention ne doivent être utilisés qu'en dernier recours.", 'restraints'),
    ('Il est recommandé que chaque cellule dispose de toilettes cloisonnées.', 'sanitation'),
    ("L'administration devrait garantir l'accès au téléphone.", 'family_calls'),
    ('La loi prévoit que les prévenus sont séparés des condamnés.', 'separation'),
    ('Le CGLPL recommande de fournir un matelas à chaque personne.', 'bedding_clothing'),
    ('Les fouilles intégrales doivent être strictement nécessaires et proportionnées.', 'strip_search'),
    ("Chaque personne détenue doit disposer d'un lit et d'un matelas.", 'bedding_clothing'),
    ("L'isolement prolongé peut entraîner des troubles psychiatriques graves.", 'mental_health'),
    ('Le CGLPL recommande de supprimer les moyens de contention systématiques lors des extractions.', 'restraints'),
    ('La loi pénitentiaire prévoit que toute personne détenue a droit à une heure de promenade par jour.',
     'exercise_time'),
    ("Il y a lieu d'enjoindre à l'administration de remettre en état les interphones des cellules.", 'use_of_force'),
    ("Les cellules ne sont pas équipées de bouton d'appel.", 'monitoring_access'),
    ("La visite s'est déroulée du 3 au 7 octobre ; la délégation a rencontré la direction.", 'use_of_force'),
    ('Le présent rapport a été transmis au ministre de la justice qui a fait part de ses observations.', 'complaints'),
    ("L'article 3 de la Convention consacre l'une des valeurs fondamentales des sociétés démocratiques.",
     'use_of_force'),
    ('Les mesures de contention doivent être décidées par un psychiatre et être limitées dans le temps.', 'restraints'),
    ("Le placement à l'isolement ne peut excéder quatre semaines.", 'isolation_duration'),
    ("Selon les règles pénitentiaires européennes, chaque détenu doit disposer d'un lit individuel.",
     'bedding_clothing'),
    ('La Cour rappelle que les mesures privatives de liberté impliquent inévitablement des souffrances.',
     'mental_health'),
    ("Les entretiens avec le service d'insertion ont lieu derrière un hygiaphone.", 'legal_access'),
    ("L'avocat n'a pas été autorisé à consulter le dossier.", 'use_of_force'),
    ("Les retenus n'ont pas accès à la cour la nuit et les chambres sont fermées à clé.", 'solitary'),
    ("Les patients en soins sans consentement sont enfermés dans l'unité, portes closes.", 'solitary'),
    ("Les chambres d'isolement ne disposent pas de bouton d'appel ni d'horloge.", 'use_of_force'),
    ("Le registre d'isolement et de contention n'est pas tenu.", 'use_of_force'),
    ('Sa demande de suspension de peine pour raison médicale a été rejetée.', 'use_of_force'),
    ("La requérante n'a pas pu assister aux obsèques de son père.", 'use_of_force'),
]

ES_FACTS = [
    ('Los internos no contaban con colchón y dormían sobre el piso de concreto.', 'bedding_clothing'),
    ('Se observó carencia de colchones y cobijas en los dormitorios.', 'bedding_clothing'),
    ('Las personas privadas de la libertad duermen en el suelo por falta de camas.', 'bedding_clothing'),
    ('Se constató falta de higiene en las celdas y presencia de fauna nociva.', 'sanitation'),
    ('Se les impedía salir al patio durante semanas.', 'exercise_outdoor'),
    ('A los internos se les impedía comunicarse con sus familiares.', 'family_calls'),
    ('Existe hacinamiento en el dormitorio 3, donde conviven 40 personas en un espacio para 12.', 'overcrowding'),
    ('El centro presenta una sobrepoblación del 150 %.', 'overcrowding'),
    ('La sobrepoblación en el penal alcanza el 200 por ciento.', 'overcrowding'),
    ('El establecimiento, con capacidad para 800 internos, alberga a 1.950.', 'overcrowding'),
    ('Fue encerrado en una celda de castigo durante quince días.', 'solitary'),
    ('Fue encerrado en una celda de castigo durante quince días.', 'isolation_duration'),
    ('Permaneció en aislamiento durante cuarenta y cinco días.', 'isolation_duration'),
    ('Lleva tres meses en régimen de aislamiento.', 'isolation_duration'),
    ('Las celdas de castigo carecen de luz natural y de ventilación.', 'no_natural_light'),
    ('Las celdas de castigo carecen de luz natural y de ventilación.', 'ventilation'),
    ('Estaban recluidos en celdas sin luz natural.', 'no_natural_light'),
    ('El interno permaneció tres días sin colchón en la estancia de segregación.', 'bedding_clothing'),
    ('Los sanitarios no funcionaban y los internos debían hacer sus necesidades en bolsas.', 'sanitation'),
    ('Las letrinas carecen de privacidad y se encuentran a la vista de todos.', 'sanitation'),
    ('No contaban con agua potable suficiente.', 'food_water'),
    ('Los alimentos se sirven en mal estado y en cantidad insuficiente.', 'food_water'),
    ('Los internos reciben una sola comida al día.', 'food_water'),
    ('No se les proporcionan artículos de aseo personal.', 'hygiene'),
    ('Las regaderas no funcionan y no hay agua caliente.', 'hygiene'),
    ('Permanecen encerrados en sus celdas veintitrés horas al día.', 'confinement_hours'),
    ('Solo salen al patio una hora al día.', 'exercise_time'),
    ('No se les permite salir al patio.', 'exercise_outdoor'),
    ('No se permiten las visitas familiares en el área de máxima seguridad.', 'family_visits'),
    ('La visita íntima fue suspendida durante seis meses.', 'family_visits'),
    ('Solo tienen derecho a una llamada telefónica de cinco minutos por semana.', 'family_calls'),
    ('Su correspondencia es abierta y revisada por el personal de custodia.', 'correspondence'),
    ('No tuvo acceso a un abogado durante su detención.', 'legal_access'),
    ('No se le permitió entrevistarse con su defensor antes de la audiencia.', 'legal_access'),
    ('Las entrevistas con los defensores se realizan en presencia de custodios.', 'legal_confidentiality'),
    ('No se notificó al consulado de su detención.', 'consular_access'),
    ('No se le proporcionó un intérprete pese a que solo hablaba tseltal.', 'language_interpreter'),
    ('El personal de la CNDH visitó el centro el 14 de marzo de 2019.', 'monitoring_access'),
    ('Se negó el acceso del Mecanismo Nacional de Prevención a las áreas de segregación.', 'monitoring_access'),
    ('Las quejas de los internos no reciben respuesta.', 'complaints'),
    ('Fue trasladado como represalia por haber presentado una queja.', 'complaints'),
    ('Presentaba hematomas en el rostro y una fractura en el brazo.', 'physical_health'),
    ('El interno padece esquizofrenia y no recibe tratamiento.', 'mental_health'),
    ('Se registraron tres suicidios en el último año.', 'mental_health'),
    ('No recibió atención médica pese a sus reiteradas solicitudes.', 'medical_care'),
    ('El centro no cuenta con médico durante el turno nocturno.', 'medical_care'),
    ('Faltan medicamentos en el área médica.', 'medical_care'),
    ('Se encontraron niños viviendo con sus madres en el centro femenil.', 'vulnerable_person'),
    ('Una adolescente de dieciséis años estaba recluida con adultas.', 'vulnerable_person'),
    ('Fue sujetado con esposas a la cama durante dos días.', 'restraints'),
    ('Se utilizan medios de contención de manera prolongada.', 'restraints'),
    ('Los internos son sometidos a revisiones corporales con desnudo integral.', 'strip_search'),
    ('Lo obligaron a desnudarse y hacer sentadillas.', 'strip_search'),
    ('Los custodios lo golpearon con toletes.', 'use_of_force'),
    ('Fue golpeado por elementos de seguridad.', 'use_of_force'),
    ('Se utilizó gas lacrimógeno contra los internos.', 'use_of_force'),
    ('Como castigo colectivo, se suspendieron las visitas de todo el módulo.', 'collective_punishment'),
    ('El 60 % de la población está en prisión preventiva.', 'pretrial_status'),
    ('Lleva cuatro años en prisión preventiva sin sentencia.', 'pretrial_status'),
    ('Procesados y sentenciados comparten las mismas celdas.', 'separation'),
    ('No existe separación entre procesados y sentenciados.', 'separation'),
    ('Las luces permanecen encendidas las 24 horas.', 'constant_light'),
    ('La celda carece de iluminación artificial y permanece a oscuras.', 'darkness'),
    ('En verano la temperatura en las celdas supera los 40 grados.', 'temperature'),
    ('Las estancias son muy frías y no cuentan con calefacción.', 'temperature'),
    ('No hay actividades laborales ni educativas en el centro.', 'work_programmes'),
    ('No se les permite practicar su religión.', 'religion'),
    ('Tienen prohibido el acceso a periódicos y televisión.', 'reading_news'),
    ('Las celdas miden 2 por 3 metros y alojan a cinco personas.', 'cell_space'),
    ('Cada interno dispone de menos de dos metros cuadrados.', 'cell_space'),
    ('Fue ubicado en el área de máxima seguridad por su supuesta peligrosidad.', 'special_regime'),
    ('Fue ubicado en el área de máxima seguridad por su supuesta peligrosidad.', 'justification_security'),
    ('No tiene contacto con ninguna otra persona salvo los custodios.', 'no_meaningful_contact'),
    ('Su aislamiento se prorrogó indefinidamente.', 'indefinite_isolation'),
    ('El ruido constante impide dormir a los internos.', 'sleep_noise'),
    ('Se encontraban ocho personas en una celda diseñada para dos.', 'overcrowding'),
    ('Durante dos semanas no se le permitió bañarse.', 'hygiene'),
    ('Se le negó la atención médica.', 'medical_care'),
    ('Se le negó el derecho a la visita familiar.', 'family_visits'),
    ('Los internos refirieron que se les negaba el acceso a los teléfonos.', 'family_calls'),
    ('En el pabellón 5 se alojaban 60 personas en un espacio previsto para 30.', 'overcrowding'),
    ('El nivel de hacinamiento en el establecimiento supera el 50 %.', 'overcrowding'),
    ('Los detenidos dormían de pie por falta de espacio en las bartolinas.', 'overcrowding'),
    ('Había personas durmiendo en los pasillos y en los baños.', 'overcrowding'),
    ('Fue alojado en una celda de resguardo durante más de veinte días.', 'solitary'),
    ('Permaneció en el módulo de aislamiento durante dos meses.', 'isolation_duration'),
    ('Desde hace seis meses se encuentra en régimen de aislamiento.', 'isolation_duration'),
    ('Estuvo aislado en los buzones durante diez días.', 'isolation_duration'),
    ('Fue sometido a sujeción mecánica durante más de diez horas.', 'restraints'),
    ('Lo mantuvieron inmovilizado con correas a la cama.', 'restraints'),
    ('Se le practicó un cacheo con desnudo integral.', 'strip_search'),
    ('Los funcionarios le propinaron golpes y patadas.', 'use_of_force'),
    ('El personal penitenciario utilizó balas de goma durante la requisa.', 'use_of_force'),
    ('Recibió una golpiza por parte de los agentes de custodia.', 'use_of_force'),
    ('Presentaba lesiones visibles en la espalda y las piernas.', 'physical_health'),
    ('Padece tuberculosis y no ha sido aislado de los demás internos.', 'physical_health'),
    ('Sufre depresión severa y ha intentado quitarse la vida.', 'mental_health'),
    ('Se autolesionó con una hoja de afeitar.', 'mental_health'),
    ('No ha sido valorado por un médico desde su ingreso.', 'medical_care'),
    ('La atención médica es deficiente y los medicamentos escasean.', 'medical_care'),
    ('El área médica no cuenta con personal suficiente.', 'medical_care'),
    ('Permanecen encerrados en sus celdas durante 22 horas diarias.', 'confinement_hours'),
    ('Solo se les permite salir de la celda una hora al día.', 'confinement_hours'),
    ('No salen al patio desde hace tres semanas.', 'exercise_outdoor'),
    ('La celda mide seis metros cuadrados y la ocupan cuatro personas.', 'cell_space'),
    ('Ocho internos compartían una celda de doce metros cuadrados.', 'cell_space'),
    ('Las celdas no tienen ventanas.', 'no_natural_light'),
    ('Las celdas estaban completamente a oscuras.', 'darkness'),
    ('La luz permanece encendida día y noche.', 'constant_light'),
    ('Las celdas son calurosas y carecen de ventilación.', 'ventilation'),
    ('El olor a orina era insoportable.', 'ventilation'),
    ('Se observó la presencia de cucarachas y ratas en las celdas.', 'sanitation'),
    ('Los baños estaban sucios y sin agua.', 'sanitation'),
    ('Las personas privadas de libertad no tenían acceso a agua para asearse.', 'hygiene'),
    ('Debían comprar su propio jabón y papel higiénico.', 'hygiene'),
    ('Los colchones estaban rotos y sucios.', 'bedding_clothing'),
    ('No se les entregaban cobijas a pesar del frío.', 'bedding_clothing'),
    ('La comida era escasa y de mala calidad.', 'food_water'),
    ('Pasaban hasta dos días sin recibir alimentos.', 'food_water'),
    ('El agua que se les proporciona no es apta para el consumo humano.', 'food_water'),
    ('Las visitas familiares fueron suspendidas durante el régimen de excepción.', 'family_visits'),
    ('Sus familiares no han podido visitarlo desde su traslado.', 'family_visits'),
    ('No se le permitió comunicarse con su familia durante su detención.', 'family_calls'),
    ('No se informó a su familia sobre su paradero.', 'family_calls'),
    ('Su correspondencia fue retenida por la dirección.', 'correspondence'),
    ('No pudo entrevistarse con su abogado en privado.', 'legal_confidentiality'),
    ('No contó con un defensor durante su declaración.', 'legal_access'),
    ('No se le brindó asistencia consular.', 'consular_access'),
    ('No habla español y no se le asignó un traductor.', 'language_interpreter'),
    ('Al Mecanismo no se le permitió ingresar al área de aislamiento.', 'monitoring_access'),
    ('La Procuración Penitenciaria visitó la unidad en abril de 2021.', 'monitoring_access'),
    ('Los internos no cuentan con un buzón para presentar quejas.', 'complaints'),
    ('Fueron amenazados tras denunciar los malos tratos.', 'complaints'),
    ('No se les ofrece ninguna actividad educativa ni laboral.', 'work_programmes'),
    ('Se les prohibió celebrar sus ceremonias religiosas.', 'religion'),
    ('No tienen acceso a libros ni a la prensa.', 'reading_news'),
    ('Había mujeres embarazadas en las celdas de castigo.', 'vulnerable_person'),
    ('Se encontró a un adulto mayor de 78 años en la celda.', 'vulnerable_person'),
    ('Los menores de edad compartían celdas con adultos.', 'separation'),
    ('Mujeres y hombres estaban recluidos en el mismo pabellón.', 'separation'),
    ('Permanece en prisión preventiva desde hace cinco años.', 'pretrial_status'),
    ('Se trata de personas migrantes detenidas en la estación migratoria.', 'pretrial_status'),
    ('Tras el motín se suspendieron las visitas a toda la población del penal.', 'collective_punishment'),
    ('Fue clasificado en primer grado de tratamiento.', 'special_regime'),
    ('Las luces y el ruido no les permiten dormir.', 'sleep_noise'),
    ('No tiene contacto con otros internos desde hace meses.', 'no_meaningful_contact'),
    ('El aislamiento se ha prolongado por tiempo indefinido.', 'indefinite_isolation'),
    ('Las celdas estaban heladas durante la noche.', 'temperature'),
    ('Durante la visita de supervisión se constató que en el dormitorio C había 48 internos para 20 camas.',
     'overcrowding'),
    ('Personal de este Organismo Nacional observó que los internos dormían en el piso, sobre cartones.',
     'bedding_clothing'),
    ('Las estancias carecían de iluminación y ventilación natural.', 'no_natural_light'),
    ('Se advirtió la presencia de fauna nociva, como cucarachas y roedores, en el área de cocina.', 'sanitation'),
    ('Los internos manifestaron que el agua se suministra únicamente dos horas al día.', 'food_water'),
    ('Los internos manifestaron que no se les proporciona ropa de cama.', 'bedding_clothing'),
    ('El interno V1 refirió que fue golpeado por custodios con un tolete en la espalda.', 'use_of_force'),
    ('La víctima permaneció incomunicada durante 72 horas.', 'solitary'),
    ('V2 fue trasladado a otro centro sin que se informara a sus familiares.', 'family_calls'),
    ('Se constató que el centro no cuenta con un área de visita íntima.', 'family_visits'),
    ('Las mujeres privadas de la libertad no reciben toallas sanitarias.', 'hygiene'),
    ('En el área femenil no hay atención ginecológica.', 'medical_care'),
    ('El centro carece de personal de psicología y psiquiatría.', 'medical_care'),
    ('La Corte observa que la señora R. estuvo detenida en una celda de 2 por 1,5 metros sin ventana.', 'cell_space'),
    ('La Corte observa que la señora R. estuvo detenida en una celda de 2 por 1,5 metros sin ventana.',
     'no_natural_light'),
    ('Los detenidos eran sacados al patio solo treinta minutos a la semana.', 'exercise_time'),
    ('Según la PPN, el detenido fue alojado en el pabellón de sancionados durante quince días.', 'solitary'),
    ('La población excede en un 40 % la capacidad de alojamiento del complejo.', 'overcrowding'),
    ('Se registraron golpes, patadas y el uso de escopetas con postas de goma durante la requisa.', 'use_of_force'),
    ('Las requisas incluyen desnudos totales y flexiones.', 'strip_search'),
    ('Las personas detenidas refirieron que no podían ducharse durante la semana de aislamiento.', 'hygiene'),
    ('La sanción consistió en permanecer 10 días en celda propia, sin acceso a recreo.', 'exercise_outdoor'),
    ('El Mecanismo Nacional de Prevención visitó el centro penitenciario en mayo de 2022.', 'monitoring_access'),
    ('Se aplicó la contención mecánica a un interno durante más de 20 horas.', 'restraints'),
    ('El interno permanecía en primer grado en régimen cerrado desde hacía tres años.', 'special_regime'),
    ('Las celdas del módulo de aislamiento no disponen de agua caliente.', 'hygiene'),
    ('La calefacción no funcionaba y los internos pasaban frío por la noche.', 'temperature'),
    ('No se realizó el examen médico de ingreso a las personas detenidas.', 'medical_care'),
    ('Se observaron varias personas con lesiones compatibles con golpes recientes.', 'physical_health'),
    ('Los menores extranjeros no acompañados permanecieron detenidos en los calabozos de la comisaría.',
     'vulnerable_person'),
    ('El 70 % de las personas privadas de libertad carece de sentencia firme.', 'pretrial_status'),
    ('En el centro se encuentran internos con discapacidad psicosocial sin tratamiento.', 'vulnerable_person'),
    ('Se detectaron dos intentos de suicidio en la celda de castigo.', 'mental_health'),
    ('Las llamadas de los internos con sus abogados se realizan desde el pasillo, a la vista de los guardias.',
     'legal_confidentiality'),
    ('Los detenidos no fueron informados de su derecho a comunicarse con su consulado.', 'consular_access'),
    ('La defensa pública no visitó a los detenidos durante el tiempo de su reclusión.', 'legal_access'),
    ('Los migrantes no contaban con intérprete durante las entrevistas.', 'language_interpreter'),
    ('Las quejas presentadas ante la dirección del centro no se registran.', 'complaints'),
    ('No cuentan con acceso a la biblioteca ni a material de lectura.', 'reading_news'),
    ('A los internos indígenas se les impide practicar sus ceremonias.', 'religion'),
    ('Los internos del módulo permanecen con la luz encendida toda la noche.', 'constant_light'),
    ('El ruido de la música a alto volumen por parte de los custodios impide el descanso nocturno.', 'sleep_noise'),
    ('V1 refirió que fue trasladado al área de segregación, donde permaneció 45 días sin salir de su celda.',
     'isolation_duration'),
    ('V1 refirió que fue trasladado al área de segregación, donde permaneció 45 días sin salir de su celda.',
     'solitary'),
    ('En el centro había 2 340 personas internas, cuando su capacidad instalada es de 1 500.', 'overcrowding'),
    ('Se constató que el 35 % de la población se encontraba en proceso, sin sentencia.', 'pretrial_status'),
    ('La Comisión Interamericana tuvo conocimiento de que los reclusos eran sometidos a golpizas por '
     'parte de los guardias.',
     'use_of_force'),
    ('El Estado no controvirtió que la víctima estuvo recluida en una celda de aislamiento de 1 por 2 metros.',
     'solitary'),
    ('La presunta víctima permaneció incomunicada y sin acceso a un abogado durante los primeros días.',
     'legal_access'),
    ('Según la PPN, los detenidos del pabellón 8 pasan más de 20 horas diarias encerrados en sus celdas.',
     'confinement_hours'),
    ('Durante la inspección se verificó que los colchones eran de goma espuma, muy delgados y en pésimo estado.',
     'bedding_clothing'),
    ('Los sanitarios carecen de descarga de agua y los internos deben usar baldes.', 'sanitation'),
    ('En el módulo de mujeres no hay agua caliente para bañarse.', 'hygiene'),
    ('Las personas detenidas en los calabozos policiales duermen sobre bancos de cemento.', 'bedding_clothing'),
    ('La Subcomisión recibió múltiples denuncias de malos tratos en el momento de la detención.', 'use_of_force'),
    ('En la estación migratoria se encontraban 400 personas en un espacio destinado para 150.', 'overcrowding'),
    ('Las mujeres embarazadas no reciben atención prenatal.', 'medical_care'),
    ('Las mujeres embarazadas no reciben atención prenatal.', 'vulnerable_person'),
    ('Se les negó la posibilidad de comunicarse con sus familiares durante los primeros quince días.', 'family_calls'),
    ('Los internos refirieron que los custodios les cobran por el acceso a las visitas.', 'family_visits'),
    ('El aislamiento se aplicó como sanción disciplinaria por un periodo de 30 días.', 'isolation_duration'),
    ('La víctima fue mantenida con grilletes en los pies durante su traslado.', 'restraints'),
    ('Hay internos que duermen en el suelo de los pasillos por falta de espacio.', 'overcrowding'),
    ('Se les mantiene encerrados sin acceso a actividades recreativas, educativas ni laborales.', 'work_programmes'),
    ('Las celdas de segregación no tienen ventanas y tienen escasa ventilación.', 'ventilation'),
    ('La alimentación es insuficiente y las familias deben llevar comida a los internos.', 'food_water'),
    ('El servicio médico no cuenta con medicamentos básicos.', 'medical_care'),
    ('Se documentaron casos de tortura con bolsas de plástico y descargas eléctricas.', 'use_of_force'),
]

ES_DENIED = [
    ('No fue golpeado por los custodios.', 'use_of_force'),
    ('El centro no presenta sobrepoblación.', 'overcrowding'),
]

ES_GENERAL = [
    ('Toda persona privada de la libertad debe contar con una cama y ropa de cama.', 'bedding_clothing'),
    ('El Estado debe garantizar la separación entre procesados y sentenciados.', 'separation'),
    ('Se recomienda evitar el uso prolongado del aislamiento.', 'solitary'),
    ('Las autoridades deberán garantizar el acceso a la atención médica.', 'medical_care'),
    ('Es necesario que los internos reciban alimentos suficientes.', 'food_water'),
    ('El aislamiento no debe exceder de quince días.', 'isolation_duration'),
    ('Toda persona detenida tiene derecho a comunicarse con su familia.', 'family_calls'),
    ('Se recomienda dotar de colchones a todas las personas internas.', 'bedding_clothing'),
    ('Es indispensable garantizar la separación de procesados y sentenciados.', 'separation'),
    ('El uso de la fuerza debe ser excepcional y proporcional.', 'use_of_force'),
    ('Las Reglas Mandela prohíben el aislamiento indefinido.', 'indefinite_isolation'),
    ('El autogobierno permite que algunos internos cobren cuotas por el uso de las celdas.', 'use_of_force'),
    ('El artículo 18 constitucional establece que la prisión preventiva será excepcional.', 'pretrial_status'),
    ('La Corte reitera que el Estado se encuentra en posición especial de garante.', 'use_of_force'),
    ('Las autoridades penitenciarias deben asegurar que las celdas cuenten con ventilación adecuada.', 'ventilation'),
    ('Se recomienda realizar las gestiones necesarias para que las personas internas reciban alimentación suficiente.',
     'food_water'),
    ('Las Reglas Mandela establecen que el aislamiento no debe superar quince días.', 'solitary'),
    ('Es obligación del Estado evitar el hacinamiento.', 'overcrowding'),
    ('Sobre el caso de violaciones a los derechos humanos a la integridad personal y al trato digno de '
     'las personas privadas de la libertad en el Centro de Reinserción Social de Ciudad Victoria.',
     'use_of_force'),
    ('El Mecanismo observó que el centro no dispone de protocolo de prevención del suicidio.', 'use_of_force'),
]


@pytest.mark.parametrize("text,type_", FR_FACTS)
def test_french_fact(fr, text, type_):
    facts = fr(text)
    assert [f for f in counted(facts, type_) if not f.negated], describe(facts)


@pytest.mark.parametrize("text,type_", FR_DENIED)
def test_french_denied(fr, text, type_):
    facts = fr(text)
    got = counted(facts, type_)
    assert got and all(f.negated for f in got), describe(facts)


@pytest.mark.parametrize("text,type_", FR_GENERAL)
def test_french_norm_is_no_fact(fr, text, type_):
    facts = fr(text)
    assert not counted(facts, type_), describe(facts)


@pytest.mark.parametrize("text,type_", ES_FACTS)
def test_spanish_fact(es, text, type_):
    facts = es(text)
    assert [f for f in counted(facts, type_) if not f.negated], describe(facts)


@pytest.mark.parametrize("text,type_", ES_DENIED)
def test_spanish_denied(es, text, type_):
    facts = es(text)
    got = counted(facts, type_)
    assert got and all(f.negated for f in got), describe(facts)


@pytest.mark.parametrize("text,type_", ES_GENERAL)
def test_spanish_norm_is_no_fact(es, text, type_):
    facts = es(text)
    assert not counted(facts, type_), describe(facts)


def test_french_values(fr):
    """Durations and areas in these constructions keep their values."""
    def value(text, type_):
        got = [f.value for f in counted(fr(text), type_) if f.value is not None]
        return got[0] if got else None

    assert value("Depuis huit mois, elle est placée à l'isolement administratif.", "isolation_duration") \
        == pytest.approx(240, rel=0.15)
    assert value("La mise à l'isolement du patient a duré dix jours.", "isolation_duration") == pytest.approx(10)
    assert value("Il a passé quarante-deux jours consécutifs au quartier disciplinaire.",
                 "isolation_duration") == pytest.approx(42)
    assert value("La cellule, d'une surface de neuf mètres carrés, est occupée par trois personnes.",
                 "cell_space") == pytest.approx(9, rel=0.1)


def test_spanish_values(es):
    def value(text, type_):
        got = [f.value for f in counted(es(text), type_) if f.value is not None]
        return got[0] if got else None

    assert value("Permaneció en aislamiento durante cuarenta y cinco días.", "isolation_duration") \
        == pytest.approx(45)
    assert value("Permanecen encerrados en sus celdas veintitrés horas al día.", "confinement_hours") \
        == pytest.approx(23)


@pytest.mark.parametrize("lang,text,type_", [
    ("fr", "Elle n'a reçu aucune visite durant son séjour à l'isolement.", "solitary"),
    ("es", "No recibió visitas mientras permaneció en aislamiento.", "solitary"),
    ("es", "Refirieron que no podían ducharse durante la semana de aislamiento.", "solitary"),
])
def test_the_time_of_a_deprivation_is_not_denied(fr, es, lang, text, type_):
    """A denial does not reach the time frame after it: the isolation is there."""
    facts = (fr if lang == "fr" else es)(text)
    got = counted(facts, type_)
    assert got and not any(f.negated for f in got), describe(facts)


@pytest.mark.parametrize("lang,text,type_", [
    ("fr", "Il n'a jamais été placé au quartier disciplinaire pendant sa détention.", "solitary"),
    ("es", "Nunca fue aislado durante su reclusión.", "solitary"),
])
def test_a_denial_before_the_time_frame_still_denies(fr, es, lang, text, type_):
    facts = (fr if lang == "fr" else es)(text)
    got = counted(facts, type_)
    assert got and all(f.negated for f in got), describe(facts)


@pytest.mark.parametrize("lang,text,days", [
    ("fr", "Il a été maintenu à l'isolement pendant un an et quatre mois.", 485),
    ("fr", "Il a passé deux ans et six mois à l'isolement.", 912),
    ("fr", "Il a été maintenu au quartier disciplinaire pendant trois mois et quinze jours.", 105),
    ("es", "Permaneció en aislamiento durante un año y cuatro meses.", 485),
])
def test_a_length_in_two_parts(fr, es, lang, text, days):
    """'un an et quatre mois', 'un año y cuatro meses': both parts, not the first or the last."""
    facts = counted((fr if lang == "fr" else es)(text), "isolation_duration")
    assert any(f.value is not None and abs(f.value - days) <= 0.15 * days for f in facts), describe(facts)


@pytest.mark.parametrize("request_,type_", [
    ("de réduire la surpopulation de la maison d'arrêt", "overcrowding"),
    ("de faire procéder à la réparation des fenêtres et du système de chauffage", "temperature"),
    ("d'équiper les cellules de bouches d'aération", "ventilation"),
    ("de procéder à la dératisation de l'établissement", "sanitation"),
])
def test_a_remedy_asked_of_the_judge_presupposes_the_wrong(fr, request_, type_):
    """In an order's list of requests the remedy asked for says what is (as the labelled
    Conseil d'État orders have it: 'lutter contre la sur-occupation')."""
    text = ("L'association demande au juge des référés, sur le fondement de l'article L. 521-2 du code de "
            "justice administrative : - " + request_ + ".")
    facts = fr(text)
    assert counted(facts, type_), describe(facts)


@pytest.mark.parametrize("text,type_", [
    ("Il aurait été frappé par deux surveillants lors de son placement.", "use_of_force"),
    ("Selon ses dires, il aurait été placé au quartier disciplinaire pendant dix jours.", "solitary"),
    ("La requérante aurait dormi plusieurs semaines sur un matelas posé au sol.", "bedding_clothing"),
    ("Les personnes détenues seraient enfermées 22 heures sur 24.", "confinement_hours"),
])
def test_the_conditional_of_a_reported_fact_is_an_allegation(fr, text, type_):
    """'il aurait été frappé': the French conditional of reported speech tells what someone
    says happened (counted), not a hypothesis."""
    facts = fr(text)
    got = counted(facts, type_)
    assert got and all(f.certainty in ("alleged", "asserted") for f in got), describe(facts)


@pytest.mark.parametrize("text,type_", [
    ("Il aurait été préférable de le placer à l'isolement.", "solitary"),
    ("Il aurait pu être placé au quartier disciplinaire.", "solitary"),
])
def test_a_real_hypothesis_in_the_conditional_stays_one(fr, text, type_):
    facts = fr(text)
    assert not counted(facts, type_), describe(facts)


@pytest.mark.parametrize("text,type_", [
    ("Les détenus doivent rester enfermés 22 heures sur 24 dans leur cellule.", "confinement_hours"),
    ("Faute de lits, les arrivants doivent dormir sur un matelas posé au sol.", "bedding_clothing"),
    ("Les personnes détenues doivent cantiner leur savon et leur papier toilette.", "hygiene"),
])
def test_doivent_of_circumstance_is_what_they_endure(fr, text, type_):
    """'les détenus doivent rester enfermés': the 'doivent' of what people have to endure,
    not of a norm."""
    facts = fr(text)
    got = counted(facts, type_)
    assert got and all(f.certainty != "hypothetical" for f in got), describe(facts)


@pytest.mark.parametrize("text,type_", [
    ("Les détenus doivent être séparés des prévenus.", "separation"),
    ("Chaque personne détenue doit disposer d'un lit et d'un matelas.", "bedding_clothing"),
])
def test_doit_of_a_norm_is_no_fact(fr, text, type_):
    facts = fr(text)
    assert not counted(facts, type_), describe(facts)
