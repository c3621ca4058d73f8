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
