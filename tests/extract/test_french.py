"""The French language pack (``dignity/extract/resources/fr/``): each fact type stated in
French, negation ("ne ... pas", "aucun", "sans être"), hypothetical statements (the
conditional, requests to a judge, recommendations), statements of law and principle,
attribution ("selon", "a déclaré", "ont indiqué"), and values ("trois détenus dans 9 m²",
"pendant quarante-cinq jours").  Every sentence is written for this suite.
"""

from __future__ import annotations

from typing import Callable

import pytest

from dignity import ingest
from dignity.extract.engine import Extractor
from dignity.model import Fact

from extract_helpers import counted, describe


@pytest.fixture(scope="module")
def fr() -> Callable[[str], list[Fact]]:
    """``fr(text)``: the facts the French pack extracts from ``text``."""
    ex = Extractor("fr")

    def run(text: str, date: str | None = "2024-03-01") -> list[Fact]:
        return ex.extract_document(ingest.from_text(text, date=date)).facts

    return run


# --------------------------------------------------------------------------- every type
TYPES = [
    ("Les détenus du quartier B restent enfermés 22 heures sur 24 dans leur cellule.", "confinement_hours"),
    ("Madame Lefort a été placée au quartier disciplinaire après l'incident du réfectoire.", "solitary"),
    ("Le jeune homme est maintenu à l'isolement depuis son arrivée.", "solitary"),
    ("Il a passé 30 jours en cellule disciplinaire.", "isolation_duration"),
    ("Son placement à l'isolement est reconduit systématiquement, sans date de fin.", "indefinite_isolation"),
    ("Il est inscrit au répertoire des détenus particulièrement signalés.", "special_regime"),
    ("Il ne voit personne et les agents lui parlent par le passe-plat.", "no_meaningful_contact"),
    ("La veilleuse de la cellule reste allumée toute la nuit.", "constant_light"),
    ("La cellule d'attente est plongée dans l'obscurité.", "darkness"),
    ("La fenêtre de la cellule est occultée par des caillebotis.", "no_natural_light"),
    ("Ils vivent à deux dans une cellule de 8 m².", "cell_space"),
    ("La surpopulation de l'établissement oblige à installer un troisième matelas au sol.", "overcrowding"),
    ("L'aération de la geôle est insuffisante et l'air y est vicié.", "ventilation"),
    ("L'hiver, le chauffage tombe en panne et il fait très froid dans les cellules.", "temperature"),
    ("Dans la cellule, les WC sans cloison sont à la vue du codétenu.", "sanitation"),
    ("Des cafards et des rats circulent dans les coursives du bâtiment.", "sanitation"),
    ("Les arrivants ne reçoivent aucun produit d'hygiène pendant une semaine.", "hygiene"),
    ("Les douches du quartier sont vétustes et l'eau chaude manque souvent.", "hygiene"),
    ("Faute de lit, un homme sur quatre dort sur un matelas posé au sol.", "bedding_clothing"),
    ("Les repas arrivent froids et les portions sont insuffisantes.", "food_water"),
    ("Les rondes de nuit le réveillent toutes les deux heures.", "sleep_noise"),
    ("La promenade se déroule dans une courette entièrement grillagée.", "exercise_outdoor"),
    ("Les détenus bénéficient d'une heure de promenade par jour.", "exercise_time"),
    ("Au quartier disciplinaire, il est privé de télévision et de radio.", "reading_news"),
    ("Aucune activité ni formation n'est proposée aux femmes.", "work_programmes"),
    ("L'aumônier n'a pas été autorisé à le rencontrer ; la pratique religieuse est interdite.", "religion"),
    ("Les parloirs avec sa compagne ont été suspendus pendant deux mois.", "family_visits"),
    ("Le point phone de l'aile est hors service depuis trois semaines.", "family_calls"),
    ("Ses lettres lui ont été remises ouvertes.", "correspondence"),
    ("Il n'a pas pu s'entretenir avec son avocat avant la commission de discipline.", "legal_access"),
    ("Les entretiens avec leur avocat ont lieu en présence d'un surveillant.", "legal_confidentiality"),
    ("Le consulat n'a jamais été avisé de son incarcération.", "consular_access"),
    ("Il ne comprend pas le français et aucun interprète n'a été sollicité.", "language_interpreter"),
    ("La délégation n'a pas pu accéder aux cellules de garde à vue.", "monitoring_access"),
    ("Ses requêtes adressées à la direction sont restées sans réponse.", "complaints"),
    ("À son arrivée, il présentait des ecchymoses au visage et une fracture du poignet.", "physical_health"),
    ("Elle a fait une tentative de suicide pendant sa sanction.", "mental_health"),
    ("Ses extractions médicales ont été annulées à trois reprises.", "medical_care"),
    ("Une détenue enceinte de sept mois a été placée en cellule disciplinaire.", "vulnerable_person"),
    ("Il est resté menotté pendant toute la consultation.", "restraints"),
    ("Chaque retour de parloir donne lieu à une fouille intégrale.", "strip_search"),
    ("Il dit avoir reçu des coups de pied de deux surveillants.", "use_of_force"),
    ("Après l'incident, une sanction collective a privé toute l'aile de promenade.", "collective_punishment"),
    ("La maison d'arrêt accueille des hommes prévenus et condamnés.", "pretrial_status"),
    ("Faute de place, prévenus et condamnés cohabitent dans les mêmes cellules.", "separation"),
    ("L'administration invoque sa dangerosité et un risque d'évasion pour justifier ce régime.",
     "justification_security"),
]


#: more ways of saying them: other bodies' words (a psychiatric ward, a Swiss prison, a
#: court's "espace personnel"), other constructions
MORE = [
    ("Deux patients étaient placés en chambre d'isolement depuis trois semaines.", "solitary"),
    ("Les détenus récalcitrants sont placés en cellule forte.", "solitary"),
    ("La cellule disciplinaire où elle a été enfermée ne comporte pas de lavabo.", "solitary"),
    ("Le requérant dit avoir dû utiliser un seau hygiénique pendant une semaine.", "sanitation"),
    ("Les toilettes des geôles sont visibles depuis le couloir par la caméra.", "sanitation"),
    ("Les hommes dorment dans des lits superposés à trois niveaux.", "overcrowding"),
    ("Le bâtiment héberge 540 détenus pour une capacité de 320 places.", "overcrowding"),
    ("Il n'a droit qu'à un parloir par mois.", "family_visits"),
    ("Les retenus n'ont accès au téléphone que dix minutes par jour.", "family_calls"),
    ("Les geôles du palais de justice sont sales et mal aérées.", "ventilation"),
    ("En juillet, la température atteignait 36 °C dans les cellules du dernier étage.", "temperature"),
    ("Les personnes détenues ne disposent d'aucun moyen de se plaindre de manière confidentielle.", "complaints"),
    ("L'accès à un médecin n'était pas garanti pendant le week-end.", "medical_care"),
    ("Il a été examiné à l'hôpital en présence des agents d'escorte.", "medical_care"),
    ("Ils passent la nuit sur un banc en béton, sans matelas.", "bedding_clothing"),
    ("Les mineurs sont détenus dans le même quartier que les adultes.", "separation"),
    ("Les arrivants doivent cantiner leur savon et leur papier toilette.", "hygiene"),
    ("La délégation a recueilli des allégations de mauvais traitements physiques par des policiers.", "use_of_force"),
    ("Il a été privé de tout contact avec sa famille pendant son isolement.", "solitary"),
    ("Le requérant se plaint de l'absence de séparation entre le coin sanitaire et le reste de la cellule.",
     "sanitation"),
    ("Certaines personnes gardées à vue ont déclaré ne pas avoir été informées de leurs droits.", "legal_access"),
    ("Son état de santé s'est dégradé : il a perdu 15 kilos en trois mois.", "physical_health"),
    ("Blessé lors d'une bagarre, il n'a reçu aucun soin.", "medical_care"),
    ("La cellule d'arrêt ne dispose ni de fenêtre ni d'aération.", "ventilation"),
    ("Les détenus ne peuvent téléphoner qu'une fois par semaine.", "family_calls"),
    ("Les visites ont lieu derrière une vitre de séparation.", "family_visits"),
    ("Le règlement intérieur ne leur est remis qu'en français.", "language_interpreter"),
    ("Les personnes placées en QI sont enfermées en cellule 22h/24.", "confinement_hours"),
    ("Le Contrôleur général des lieux de privation de liberté a visité le centre du 3 au 7 mai 2021.",
     "monitoring_access"),
    ("L'établissement a été visité par le CGLPL en 2019.", "monitoring_access"),
    ("Ils sont à trois dans une cellule prévue pour une personne.", "overcrowding"),
    ("Son droit de visite a été suspendu pendant trois mois.", "family_visits"),
    ("Il dit avoir été agressé par deux surveillants dans la coursive.", "use_of_force"),
    ("Le requérant, condamné à une peine de dix ans d'emprisonnement, est incarcéré à Lantin.", "pretrial_status"),
    ("Il est soumis à un régime spécial de sécurité.", "special_regime"),
    ("Elles ne peuvent pas téléphoner à leurs proches pendant la sanction.", "family_calls"),
    ("Ils n'ont pas le droit de se doucher pendant la sanction.", "hygiene"),
    ("Il ne peut pas recevoir de visites de sa famille.", "family_visits"),
    ("La lumière restait allumée une partie de la nuit lors des rondes.", "sleep_noise"),
    ("Les cellules sont humides et les murs couverts de moisissures.", "sanitation"),
    ("L'administration a procédé à la retenue de sa correspondance.", "correspondence"),
    ("Le droit d'accès à un avocat n'était pas toujours respecté.", "legal_access"),
    ("Les personnes gardées à vue ne sont pas informées de leurs droits.", "legal_access"),
    ("Les contacts avec l'extérieur sont limités à une visite d'une heure par semaine.", "family_visits"),
    ("La présence des agents d'escorte lors de l'examen médical porte atteinte au secret médical.", "medical_care"),
    ("Certaines ont indiqué avoir été menottées dans le dos pendant plusieurs heures.", "restraints"),
    ("Elle a été bousculée et giflée par une surveillante.", "use_of_force"),
    ("Les cellules de garde à vue ne disposaient pas d'accès à la lumière naturelle.", "no_natural_light"),
    ("L'établissement a fait l'objet d'une deuxième visite du CGLPL en 2019.", "monitoring_access"),
]


@pytest.mark.parametrize(("sentence", "type_"), MORE, ids=[t for _, t in MORE])
def test_more_constructions(fr, sentence: str, type_: str) -> None:
    got = fr(sentence)
    assert [f for f in counted(got, type_) if not f.negated], f"{type_} not found: {describe(got)}"


def test_every_fact_type_has_a_french_sentence() -> None:
    from dignity.model import FACT_TYPES

    assert {t for _, t in TYPES} == set(FACT_TYPES)


@pytest.mark.parametrize(("sentence", "type_"), TYPES, ids=[t for _, t in TYPES])
def test_each_type_in_french(fr, sentence: str, type_: str) -> None:
    got = fr(sentence)
    found = [f for f in counted(got, type_) if not f.negated]
    assert found, f"{type_} not found in {sentence!r}: {describe(got)}"


def _pattern_examples() -> list[tuple[str, str, str]]:
    import yaml
    from importlib import resources

    text = resources.files("dignity.extract").joinpath("resources", "fr", "recognizers.yaml").read_text("utf-8")
    return [(r["type"], p["name"], p["example"]) for r in yaml.safe_load(text)["recognizers"]
            for p in r["patterns"] if p.get("example")]


@pytest.mark.parametrize(("type_", "name", "example"), _pattern_examples(),
                         ids=[f"{t}-{n}" for t, n, _ in _pattern_examples()])
def test_every_pattern_s_example_gives_its_fact(fr, type_: str, name: str, example: str) -> None:
    got = fr(example)
    assert type_ in {f.type for f in got}, f"{name}: {describe(got)}"


# --------------------------------------------------------------------------- negation
NEGATED = [
    ("Il n'a jamais été placé à l'isolement.", "solitary"),
    ("Les détenus ne sont pas placés au quartier disciplinaire pendant la grève.", "solitary"),
    ("Aucun mineur n'a été placé au quartier disciplinaire cette année.", "solitary"),
    ("Le requérant a été transféré sans être placé à l'isolement.", "solitary"),
    ("Les détenus ne dorment plus sur des matelas au sol depuis l'ouverture du nouveau bâtiment.",
     "bedding_clothing"),
]


@pytest.mark.parametrize(("sentence", "type_"), NEGATED)
def test_negation(fr, sentence: str, type_: str) -> None:
    got = counted(fr(sentence), type_)
    assert got and all(f.negated for f in got), describe(got)


def test_a_negation_stops_at_a_new_subject(fr) -> None:
    got = fr("La geôle n'a pas de point d'eau et les toilettes sont bouchées.")
    sanitation = counted(got, "sanitation")
    assert sanitation and not any(f.negated for f in sanitation), describe(got)


def test_a_negation_stops_at_a_new_verb(fr) -> None:
    got = fr("Les personnes détenues ne bénéficient d'aucune activité et passent vingt heures par jour en cellule.")
    hours = counted(got, "confinement_hours")
    assert hours and not any(f.negated for f in hours) and hours[0].value == 20, describe(got)
    got = counted(fr("Il n'a pas de lit et dort sur un matelas posé au sol."), "bedding_clothing")
    assert got and not any(f.negated for f in got), describe(got)


def test_a_deprivation_s_list(fr) -> None:
    got = fr("Il allègue qu'il a été privé de promenade, de douche et de visites durant plusieurs jours.")
    assert {"exercise_outdoor", "hygiene", "family_visits"} <= {f.type for f in got if not f.negated}, describe(got)


def test_restrictive_ne_que_is_no_negation(fr) -> None:
    got = counted(fr("Les toilettes ne sont séparées du lit que par un simple rideau."), "sanitation")
    assert got and not any(f.negated for f in got), describe(got)


# --------------------------------------------------------------------------- hypothetical
HYPOTHETICAL = [
    ("Si le détenu était placé à l'isolement, il devrait bénéficier d'une promenade.", "solitary"),
    ("Le contrôleur recommande que les toilettes soient cloisonnées et que les matelas au sol disparaissent.",
     "bedding_clothing"),
    ("L'association demande au juge d'enjoindre à l'administration de mettre en place des fouilles "
     "intégrales plus respectueuses.", "strip_search"),
    ("- de mettre en place un suivi médical des personnes placées à l'isolement ;", "solitary"),
]


@pytest.mark.parametrize(("sentence", "type_"), HYPOTHETICAL)
def test_hypothetical_is_not_counted(fr, sentence: str, type_: str) -> None:
    got = fr(sentence)
    assert not counted(got, type_), describe(got)


def test_a_remedy_asked_for_presupposes_the_wrong(fr) -> None:
    """"d'ordonner la réparation du téléphone": the telephone is broken, not hypothetically."""
    got = fr("- d'ordonner la réparation du téléphone de la coursive ;")
    assert counted(got, "family_calls"), describe(got)
    got = fr("L'association demande au juge d'enjoindre au ministre de lutter contre la sur-occupation "
             "de la maison d'arrêt.")
    assert counted(got, "overcrowding"), describe(got)
    got = fr("- de fournir du savon en quantité suffisante aux personnes détenues ;")
    assert counted(got, "hygiene"), describe(got)


# --------------------------------------------------------------------------- general
GENERAL = [
    "L'isolement prolongé peut entraîner des troubles psychiatriques graves.",
    "Le placement prolongé à l'isolement peut, dans certaines circonstances, emporter violation de l'article 3.",
    "Selon la jurisprudence de la Cour, la mise à l'isolement d'un détenu ne constitue pas en soi un traitement "
    "inhumain.",
    "La Cour rappelle que tout détenu doit bénéficier de conditions compatibles avec la dignité humaine.",
]


@pytest.mark.parametrize("sentence", GENERAL)
def test_general_statements_are_not_about_the_detainee(fr, sentence: str) -> None:
    got = fr(sentence)
    assert not [f for f in got if f.subject_kind != "general" and f.certainty != "hypothetical"], describe(got)


QUIET = [
    "La maison d'arrêt comporte un quartier disciplinaire et un quartier d'isolement de sept cellules.",
    "II. Violence, usage de la force\n1. Fouilles en prison\n2. Isolement carcéral",
    "La délégation a longé le mur d'enceinte de l'établissement.",
    "Les cellules sont propres et bien entretenues.",
    "Le quartier d'isolement compte dix cellules, dont deux réservées aux personnes à mobilité réduite.",
    "Les personnes détenues ont accès à la promenade de 8h à 11h et de 14h à 17h.",
    "La délégation n'a recueilli aucune allégation de mauvais traitements de la part du personnel.",
    "Chaque cellule est équipée d'une douche, d'un WC cloisonné et d'une fenêtre ouvrante.",
    "La France a été condamnée par la Cour européenne des droits de l'homme en 2020.",
    "La maison d'arrêt ne dispose pas de local de promenade couvert.",
]


def test_a_light_s_hours_are_not_his(fr) -> None:
    got = fr("La lumière de la cellule reste allumée 24 heures sur 24.")
    assert counted(got, "constant_light") and not counted(got, "confinement_hours"), describe(got)


def test_a_table_of_contents_gives_no_fact(fr) -> None:
    toc = ("Sommaire\n1. Les conditions d'hébergement\n1.1 La surpopulation carcérale\n"
           "2.1 Les fouilles intégrales .................... 12\n2.2 Menottes et entraves .................... 14\n"
           "III – L'isolement carcéral\nChapitre 4 : Les troubles psychiatriques en détention\n"
           "B. La surveillance nocturne des DPS")
    got = fr(toc)
    assert not [f for f in got if f.subject_kind != "general" and f.certainty != "hypothetical"], describe(got)


@pytest.mark.parametrize("sentence", QUIET)
def test_descriptions_and_headings_give_no_fact(fr, sentence: str) -> None:
    got = fr(sentence)
    assert not [f for f in got if f.type != "monitoring_access" and f.subject_kind != "general"
                and f.certainty != "hypothetical" and not f.negated], describe(got)


# --------------------------------------------------------------------------- attribution
def test_selon_attributes_the_fact(fr) -> None:
    got = counted(fr("Selon le requérant, la cellule était infestée de punaises de lit."), "sanitation")
    assert got and got[0].certainty == "alleged" and "requérant" in got[0].attributed_to, describe(got)


def test_reporting_verbs_attribute_the_fact(fr) -> None:
    got = counted(fr("Les détenus ont indiqué que la nourriture était froide et insuffisante."), "food_water")
    assert got and got[0].certainty == "alleged" and "détenus" in got[0].attributed_to, describe(got)
    got = counted(fr("L'avocate a déclaré que son client avait été placé au quartier disciplinaire."), "solitary")
    assert got and got[0].certainty == "alleged" and "avocate" in got[0].attributed_to, describe(got)


def test_a_request_and_its_list_are_the_requester_s_claim(fr) -> None:
    text = ("L'Association pour la défense des détenus (ADD) a demandé au juge des référés d'enjoindre à "
            "l'administration :\n- de mettre fin à la prolifération des rats dans les cellules ;\n"
            "- de procéder au remplacement des matelas usagés.")
    got = [f for f in fr(text) if f.type in ("sanitation", "bedding_clothing")]
    assert {f.type for f in got} == {"sanitation", "bedding_clothing"}, describe(got)
    assert all(f.certainty == "alleged" and "Association" in f.attributed_to for f in got), describe(got)


def test_selon_a_titled_name(fr) -> None:
    got = counted(fr("Selon M. Ouali, la fenêtre de la cellule est occultée par un caillebotis."), "no_natural_light")
    assert got and got[0].certainty == "alleged" and "Ouali" in got[0].attributed_to, describe(got)


def test_a_monitor_finding_is_asserted(fr) -> None:
    got = counted(fr("Les contrôleurs ont constaté que les matelas étaient usagés et déchirés."), "bedding_clothing")
    assert got and got[0].certainty == "asserted" and "contrôleurs" in got[0].attributed_to, describe(got)


# --------------------------------------------------------------------------- values
def test_cell_area_and_occupants(fr) -> None:
    got = counted(fr("Trois détenus partagent une cellule de 9 m² au rez-de-chaussée."), "cell_space")
    assert got and got[0].value == pytest.approx(9.0), describe(got)
    got = counted(fr("Ils vivent dans 11 m² pour 4 personnes."), "cell_space")
    assert got and got[0].value == pytest.approx(11.0), describe(got)
    assert got[0].qualifiers.get("occupants") == 4


def test_cell_size_a_by_b(fr) -> None:
    got = counted(fr("La cellule disciplinaire mesure 2 mètres sur 3."), "cell_space")
    assert got and got[0].value == pytest.approx(6.0), describe(got)


def test_overcrowding_rate(fr) -> None:
    got = counted(fr("Le taux d'occupation du quartier hommes atteint 172 %."), "overcrowding")
    assert got, describe(got)


VALUES = [
    ("Elle a été placée au quartier disciplinaire pendant quarante-cinq jours.", "isolation_duration", 45),
    ("Il a subi une sanction de vingt jours de cellule disciplinaire.", "isolation_duration", 20),
    ("Il est maintenu à l'isolement depuis huit ans.", "isolation_duration", 2922),
    ("M. Benali est enfermé vingt-deux heures sur vingt-quatre dans sa cellule.", "confinement_hours", 22),
    ("Les détenus du quartier B ne sortent de leur cellule qu'une heure par jour.", "confinement_hours", 23),
    ("La promenade est limitée à une heure et demie par jour.", "exercise_time", 1.5),
    ("Au quartier disciplinaire, ils n'ont que trente minutes de promenade par jour.", "exercise_time", 0.5),
    ("Ils passent moins de deux heures par jour hors de leur cellule.", "confinement_hours", 22),
    ("Ils sortent en promenade, dans une cour grillagée, une heure par jour.", "exercise_time", 1),
    ("Trois détenus dans 9 m², voilà la règle au deuxième étage.", "cell_space", 9),
    ("L'isolement du requérant a duré plus de huit ans.", "isolation_duration", 2922),
    ("La durée moyenne de séjour au QD est de 12 jours.", "isolation_duration", 12),
]


@pytest.mark.parametrize(("sentence", "type_", "value"), VALUES)
def test_values_in_french_words(fr, sentence: str, type_: str, value: float) -> None:
    got = counted(fr(sentence), type_)
    assert any(f.value == pytest.approx(value, rel=0.02) for f in got), describe(got)


def test_an_isolation_s_length_from_its_dates(fr) -> None:
    got = counted(fr("Il est à l'isolement depuis le 3 mars 2021.", date="2024-03-01"), "isolation_duration")
    assert got and got[0].value == 1094, describe(got)
    got = counted(fr("Il a été maintenu à l'isolement du 15 août 1994 au 17 octobre 2002."), "isolation_duration")
    assert got and got[0].value == 2985, describe(got)


def test_occupants_in_words(fr) -> None:
    got = counted(fr("Une cellule de 11 m² occupée par quatre personnes."), "cell_space")
    assert got and got[0].qualifiers.get("occupants") == 4, describe(got)


def test_dates_read_in_french() -> None:
    from dignity.extract.values import find_dates, reading

    with reading("fr"):
        found = [d[2] for d in find_dates("Le 1er juin 2023, puis le 17 décembre 2012.")]
    assert "2023-06-01" in found and "2012-12-17" in found


def test_a_french_file_is_read_with_the_french_pack(tmp_path) -> None:
    """The public API: a French file is detected as French and read with its pack."""
    import dignity

    path = tmp_path / "note.txt"
    path.write_text("Lors de notre visite, les contrôleurs ont constaté que M. Paul Girard était placé au "
                    "quartier disciplinaire depuis quinze jours. La cellule, dépourvue de fenêtre, "
                    "n'a pas de point d'eau et les toilettes sont bouchées.", encoding="utf-8")
    got = dignity.extract(str(path))
    assert got.documents[0].language == "fr" and not got.not_assessed
    assert {"solitary", "no_natural_light", "sanitation"} <= {f.type for f in got.facts}, describe(got.facts)



# Paraphrases (issue 12): the constructions of the labelled French passages and the
# kinds of issue 10 (passive, coordination, statements about a group, durations, monitoring
# access, hypotheticals), each in words of our own and in more than one wording.  A list
# holds one fact per item; several types in one sentence are all read.
PARAPHRASES = [
    (['sanitation'], 'Les toilettes étaient sales et malodorantes.'),
    (['sanitation'], "L'état des sanitaires a été jugé déplorable."),
    (['sanitation'], 'Les toilettes ne sont séparées du reste de la cellule par aucune cloison.'),
    (['sanitation', 'ventilation', 'food_water'],
     "La cellule était dépourvue d'aération, d'eau potable et de toilettes."),
    (['food_water'], 'La nourriture servie aux détenus est insuffisante et de mauvaise qualité.'),
    (['food_water'], 'Les repas arrivaient froids.'),
    (['food_water'], "Les détenus ne reçoivent qu'un seul repas par jour."),
    (['hygiene'], 'Les détenues ne reçoivent ni savon ni protections périodiques.'),
    (['hygiene'], 'Les douches sont en nombre insuffisant.'),
    (['bedding_clothing'], 'De nombreux détenus dorment sur un matelas posé au sol.'),
    (['bedding_clothing'], 'Les matelas étaient déchirés et sales.'),
    (['bedding_clothing'], "Aucune couverture n'a été distribuée."),
    (['ventilation'], 'Les cellules sont mal aérées.'),
    (['ventilation'], "L'air y est irrespirable."),
    (['temperature'], 'En été, la chaleur dans les cellules est étouffante.'),
    (['temperature'], 'Les détenus souffrent du froid faute de chauffage.'),
    (['overcrowding'], 'Des cellules prévues pour une personne accueillent trois détenus.'),
    (['overcrowding'], "L'établissement compte 450 détenus pour 250 places."),
    (['overcrowding'], "Le taux d'occupation atteint 180 %."),
    (['overcrowding'], "La maison d'arrêt est surpeuplée."),
    (['cell_space'], 'Trois détenus partagent une cellule de 9 m².'),
    (['physical_health'], 'Les détenus se plaignent de maladies fréquentes.'),
    (['physical_health'], 'Plusieurs détenus présentaient des lésions cutanées.'),
    (['medical_care'], 'Les détenus malades ne sont vus par aucun médecin.'),
    (['medical_care'], "L'accès aux soins est très difficile."),
    (['medical_care'], "Aucun médecin n'est présent la nuit."),
    (['mental_health'], 'Plusieurs détenus présentaient des troubles psychiatriques graves.'),
    (['use_of_force'], 'Les détenus les plus forts frappent et rackettent les plus faibles.'),
    (['use_of_force'], 'Les surveillants ont frappé plusieurs détenus.'),
    (['use_of_force'], 'Le détenu a été frappé par des agents.'),
    (['separation'], 'Des mineurs partagent la cellule de détenus majeurs.'),
    (['separation'], 'Prévenus et condamnés sont mélangés dans les mêmes cellules.'),
    (['monitoring_access'], 'Les contrôleurs ont pu circuler librement dans tous les quartiers.'),
    (['monitoring_access'], "L'accès à l'établissement a été refusé aux délégués du CICR."),
    (['monitoring_access'], 'Le Comité a visité le centre de rétention en mars 2019.'),
    (['monitoring_access'], "Les contrôleurs se sont rendus à la maison d'arrêt sans prévenir."),
    (['family_visits'], 'Les parloirs sont suspendus depuis deux mois.'),
    (['family_visits'], "Sa famille n'a pas pu lui rendre visite."),
    (['family_visits'], 'Il ne peut plus recevoir de visites de sa femme.'),
    (['family_calls'], 'Il ne peut pas téléphoner à sa famille.'),
    (['family_calls'], "L'accès au téléphone lui a été refusé."),
    (['legal_access'], "Il n'a pas pu s'entretenir avec son avocat."),
    (['legal_access'], "Il a été privé de l'assistance d'un avocat pendant sa garde à vue."),
    (['solitary'], 'Il a été placé au quartier disciplinaire.'),
    (['solitary'], "Il est maintenu à l'isolement depuis trois ans."),
    (['solitary'], "Elle a été placée au quartier d'isolement."),
    (['isolation_duration'], 'Il a passé quarante-cinq jours au quartier disciplinaire.'),
    (['isolation_duration'], "Il est à l'isolement depuis plus de quatre ans."),
    (['confinement_hours'], 'Les détenus restent enfermés en cellule 22 heures par jour.'),
    (['confinement_hours'], "Il ne sort de sa cellule qu'une heure par jour."),
    (['confinement_hours'], 'Ils passent vingt-trois heures sur vingt-quatre en cellule.'),
    (['exercise_time'], "Il n'a droit qu'à une heure de promenade par jour."),
    (['exercise_outdoor'], "Il n'a pas accès à la promenade."),
    (['work_programmes'], "Les détenus n'ont accès à aucune activité."),
    (['work_programmes'], "Il n'existe ni travail ni formation dans l'établissement."),
    (['complaints'], 'Les détenus craignent de se plaindre par peur de représailles.'),
    (['vulnerable_person'], "Des mineurs de 15 ans étaient détenus dans l'établissement."),
    (['pretrial_status'], 'La plupart des détenus sont en détention provisoire.'),
    (['restraints'], 'Le détenu a été menotté pendant toute la consultation.'),
    (['cell_space'], 'Chaque détenu dispose de moins de trois mètres carrés.'),
    (['no_natural_light'], "La cellule n'a pas de fenêtre."),
    (['constant_light'], 'La lumière reste allumée toute la nuit.'),
    (['strip_search'], 'Les détenus subissent des fouilles intégrales systématiques.'),
    (['sleep_noise'], 'Les rondes de nuit les réveillent toutes les deux heures.'),
    # the style of court rulings, monitoring reports and injunction requests
    (['cell_space'], 'Le requérant affirme avoir partagé une cellule de 12 m² avec trois autres détenus.'),
    (['sanitation'], "Il soutient que les toilettes n'étaient pas séparées du reste de la cellule."),
    (['sanitation'], 'La cellule était infestée de cafards et de punaises.'),
    (['food_water'], 'Il se plaint de la mauvaise qualité de la nourriture.'),
    (['ventilation'], 'La cellule ne disposait pas de ventilation suffisante.'),
    (['no_natural_light'], "L'accès à la lumière naturelle était limité."),
    (['exercise_time'], "Il ne bénéficiait que d'une heure de promenade par jour."),
    (['solitary'], "Le requérant a été placé à l'isolement pendant huit ans."),
    (['isolation_duration'], "Le requérant a été placé à l'isolement pendant huit ans."),
    (['solitary'], "Il a été maintenu en régime d'isolement de mars 2010 à juin 2014."),
    (['use_of_force'], 'Le requérant allègue avoir reçu des coups de la part des agents pénitentiaires.'),
    (['use_of_force'],
     'La délégation a recueilli des allégations de mauvais traitements physiques infligés par des surveillants.'),
    (['medical_care'], "Il n'a pas reçu les soins que son état nécessitait."),
    (['medical_care'], "Les extractions médicales sont régulièrement annulées faute d'escorte."),
    (['mental_health'], 'Le requérant souffre de troubles psychiatriques.'),
    (['sanitation'], "d'enjoindre à l'administration de procéder à la dératisation des locaux."),
    (['hygiene'], "de fournir aux détenus des produits d'hygiène en quantité suffisante."),
    (['bedding_clothing'], 'Des détenus dorment sur des matelas à même le sol.'),
    (['overcrowding'], 'Des détenus dorment sur des matelas à même le sol.'),
    (['overcrowding'], "Le quartier maison d'arrêt compte 600 détenus pour 400 places."),
    (['overcrowding'], 'La densité carcérale atteint 190 %.'),
    (['overcrowding'], 'Les cellules individuelles sont occupées par deux ou trois détenus.'),
    (['family_visits'], 'Les visites de sa famille ont été supprimées.'),
    (['family_visits'], "Il n'a reçu aucune visite depuis son arrivée."),
    (['family_calls'], "Il n'a pas été autorisé à téléphoner à sa mère."),
    (['legal_access'], "Il n'a pas eu accès à un avocat pendant sa garde à vue."),
    (['language_interpreter'], "Aucun interprète n'était présent lors de son audition."),
    (['monitoring_access'], 'La délégation du CPT a effectué une visite en France du 15 au 26 novembre 2019.'),
    (['monitoring_access'], 'Deux contrôleurs se sont rendus au commissariat de police.'),
    (['monitoring_access'], 'Le CGLPL a contrôlé le centre de rétention administrative en 2021.'),
    (['pretrial_status'], 'Il est placé en détention provisoire depuis deux ans.'),
    (['vulnerable_person'], 'Une femme enceinte était détenue dans la cellule de garde à vue.'),
    (['separation'], 'Les mineurs ne sont pas séparés des majeurs.'),
    (['work_programmes'], 'Le nombre de postes de travail est insuffisant.'),
    (['work_programmes'], 'Les activités proposées aux détenus sont très limitées.'),
    (['complaints'], 'Ses requêtes auprès de la direction sont restées sans réponse.'),
    (['restraints'], "Il a été entravé aux pieds lors de son extraction à l'hôpital."),
    (['strip_search'], "Il a fait l'objet de fouilles intégrales systématiques après chaque parloir."),
    (['temperature'], 'Les températures dans les cellules dépassent 35 degrés en été.'),
    (['confinement_hours'], "Les personnes placées au quartier d'isolement restent en cellule 23 heures sur 24."),
    (['confinement_hours'], 'Il passe vingt-deux heures par jour dans sa cellule.'),
    (['hygiene'], "L'accès aux douches est limité à trois fois par semaine."),
    (['hygiene'], 'Les douches sont insalubres.'),
    (['sanitation'], 'Les sanitaires sont dans un état de saleté repoussant.'),
]


@pytest.mark.parametrize(("types", "sentence"), PARAPHRASES,
                         ids=[f"{'+'.join(t)}-{i}" for i, (t, _s) in enumerate(PARAPHRASES)])
def test_paraphrases_are_read(fr: Callable[[str], list[Fact]], types: list[str], sentence: str) -> None:
    facts = fr(sentence)
    for type_ in types:
        live = [f for f in counted(facts, type_) if not f.negated]
        assert live, f"no {type_} in {sentence!r}: {[(f.type, f.negated, f.certainty) for f in facts]}"


# requests, recommendations, norms and adequate provision: words of a condition, no fact that counts
QUIET = [
    "Son avocat a demandé qu'il puisse téléphoner à ses enfants une fois par semaine.",
    "Le CGLPL recommande de garantir l'accès à l'eau potable.",
    "L'administration doit veiller à ce que les cellules soient aérées.",
    "La Cour rappelle que l'article 3 impose à l'État de s'assurer que tout prisonnier est "
    'détenu dans des conditions compatibles avec la dignité humaine.',
    'Le Comité recommande que toutes les cellules soient équipées de toilettes cloisonnées.',
    "Les autorités devraient veiller à ce que chaque détenu dispose d'au moins 4 m² d'espace personnel.",
]


@pytest.mark.parametrize("sentence", QUIET)
def test_requests_and_norms_state_no_condition(fr: Callable[[str], list[Fact]], sentence: str) -> None:
    facts = [f for f in fr(sentence) if f.subject_kind != "general" and f.certainty != "hypothetical"
             and not f.negated]
    assert not facts, [(f.type, f.certainty, f.subject_kind) for f in facts]
