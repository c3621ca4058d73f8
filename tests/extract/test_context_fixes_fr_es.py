"""French and Spanish negation, certainty and subject fixes (frneg): general rules, each
with its counter-example beside it.

- no complaint about the food is no lack of it ("il ne se plaint pas de la nourriture");
- a denial ends before the time frame that follows it ("aucune lettre pendant son
  isolement": the isolation stays asserted);
- a norm in the conditional ("les requêtes ne devraient jamais rester sans réponse") and a rule
  on whoever is in a case ("le patient qui n'a pas été hospitalisé peut demander") are no facts;
- what no one contests in a judgment ("il n'est pas sérieusement contesté que", "no se
  controvierte que") is established, not alleged.

Every sentence is written for this suite (no document's text).
"""

from __future__ import annotations


import pytest


from extract_helpers import counted, describe


# (lang, type, negated, text): a fact the evaluation counts, with that negation
COUNTED = [
    ("fr", "food_water", False, "Il se plaint de la nourriture insuffisante."),
    ("fr", "food_water", False, "Les détenues se plaignent de repas froids et peu variés."),
    ("es", "food_water", False, "Se queja de la comida insuficiente que recibe en el penal."),
    ("fr", "solitary", False, "Il n'a pu envoyer aucune lettre pendant son isolement."),
    ("fr", "solitary", False, "Mme Faure n'a reçu aucune visite durant son placement à l'isolement."),
    ("fr", "solitary", True, "Aucun détenu n'a été placé à l'isolement pendant la période."),
    ("fr", "solitary", False, "Le détenu qui a été placé à l'isolement n'a reçu aucune visite pendant trois semaines."),
    ("fr", "medical_care", False, "Le patient qui n'a pas été hospitalisé a attendu trois jours une consultation."),
    ("fr", "medical_care", False, "M. Garnier, qui n'a pas été hospitalisé, souffre d'une fracture non soignée."),
    ("fr", "complaints", False, "Ses requêtes au directeur sont restées sans réponse."),
]

# (lang, type, text): no fact of that type the evaluation counts as asserted and not negated
NOT_COUNTED = [
    ("fr", "food_water", "Il ne se plaint pas de la nourriture."),
    ("fr", "food_water", "Aucun détenu ne s'est plaint des repas."),
    ("fr", "food_water", "Les personnes rencontrées ne se plaignent jamais des repas servis."),
    ("fr", "food_water", "La requérante ne s'est pas plainte de l'alimentation."),
    ("es", "food_water", "No se quejó de la comida."),
    ("es", "food_water", "Ningún interno se quejó de los alimentos."),
    ("fr", "complaints", "Les requêtes ne devraient jamais rester sans réponse."),
    ("fr", "complaints", "Les réclamations des détenus ne doivent pas rester sans suite."),
    ("es", "complaints", "Las quejas no deberían quedar sin respuesta."),
    ("fr", "medical_care", "Le patient qui n'a pas été hospitalisé peut demander une consultation."),
    ("fr", "solitary", "Toute personne qui a été placée à l'isolement peut saisir le juge des libertés."),
    ("es", "medical_care", "La persona que no haya sido atendida podrá solicitar una consulta médica."),
]


@pytest.mark.parametrize("lang,type_,negated,text", COUNTED)
def test_counted(read, lang, type_, negated, text):
    facts = read[lang](text)
    got = counted(facts, type_)
    assert any(f.negated == negated for f in got), describe(facts)
    if not negated:
        assert not any(f.negated for f in got), describe(facts)


@pytest.mark.parametrize("lang,type_,text", NOT_COUNTED)
def test_not_counted(read, lang, type_, text):
    facts = read[lang](text)
    assert not [f for f in counted(facts, type_) if not f.negated], describe(facts)


# a judgment's concession: what no one contests is established (asserted, not alleged); a denial
# stays contested
COURT_FR = "La Cour relève ce qui suit. "
COURT_ES = "La Corte observa lo siguiente. "
CONCEDED = [
    ("fr", "solitary", COURT_FR + "Il n'est pas sérieusement contesté que le requérant a été placé "
                                  "à l'isolement pendant trois mois."),
    ("fr", "cell_space", COURT_FR + "Le Gouvernement ne conteste pas que la cellule mesurait 6 m² "
                                    "pour trois détenus."),
    ("fr", "bedding_clothing", COURT_FR + "Il est constant que M. Roche a dormi sur un matelas posé au sol."),
    ("es", "solitary", COURT_ES + "No se controvierte que el interno fue aislado durante tres meses."),
    ("es", "solitary", COURT_ES + "El Estado no controvierte que el señor Mora fue aislado durante dos meses."),
]
DENIED = [
    ("fr", "use_of_force", COURT_FR + "Le Gouvernement conteste que le requérant ait été frappé."),
    ("es", "use_of_force", COURT_ES + "El Estado niega que el interno haya sido golpeado."),
]


@pytest.mark.parametrize("lang,type_,text", CONCEDED)
def test_conceded_is_established(read, lang, type_, text):
    facts = read[lang](text)
    got = [f for f in counted(facts, type_) if not f.negated]
    assert got and all(f.certainty == "asserted" for f in got), describe(facts)


@pytest.mark.parametrize("lang,type_,text", DENIED)
def test_denied_stays_contested(read, lang, type_, text):
    facts = read[lang](text)
    got = counted(facts, type_)
    assert got and all(f.certainty == "contested" for f in got), describe(facts)


# probes: an admission of a thing, and a time frame after "lors de"
MORE_COUNTED = [
    ("fr", "sanitation", False,
     "Le juge des référés relève que l'administration ne conteste pas la présence de rats dans la cour."),
    ("fr", "solitary", False,
     "Les patients ne sont jamais informés de leurs droits lors de leur placement en chambre d'isolement."),
    ("fr", "family_calls", False, "M. Petit n'a pas la possibilité de téléphoner à sa famille."),
    ("fr", "sanitation", True, "Les contrôleurs n'ont constaté aucune présence de rats dans la cour."),
]


@pytest.mark.parametrize("lang,type_,negated,text", MORE_COUNTED)
def test_more_counted(read, lang, type_, negated, text):
    facts = read[lang](text)
    assert any(f.negated == negated for f in counted(facts, type_)), describe(facts)


# Spanish: a time frame after a denial stays asserted; "no se observaron" denies what was not seen;
# "no está acreditado que" is a claim not proven (test_not_established_is_a_rejected_claim below)
ES_COUNTED = [
    ("es", "solitary", False, "Permaneció sin recibir visitas durante su aislamiento."),
    ("es", "family_visits", False, "Permaneció sin recibir visitas durante su aislamiento."),
    ("es", "solitary", False, "No recibió visitas durante su aislamiento en la celda de castigo."),
    ("es", "solitary", True, "Ningún interno fue aislado durante su estancia."),
    ("es", "physical_health", False, "Se observaron huellas de violencia en el cuerpo del interno."),
    ("es", "medical_care", False, "Está acreditado que el interno fue privado de atención médica."),
]
ES_NOT_COUNTED = [
    ("es", "physical_health", "No se observaron huellas de violencia en las personas entrevistadas."),
    ("es", "solitary", "Durante su aislamiento sanitario por covid recibió atención."),
    ("es", "medical_care",
     "Las personas privadas de libertad que no hayan recibido atención podrán presentar una queja."),
]


@pytest.mark.parametrize("lang,type_,negated,text", ES_COUNTED)
def test_es_counted(read, lang, type_, negated, text):
    facts = read[lang](text)
    assert any(f.negated == negated for f in counted(facts, type_)), describe(facts)


@pytest.mark.parametrize("lang,type_,text", ES_NOT_COUNTED)
def test_es_not_counted(read, lang, type_, text):
    facts = read[lang](text)
    assert not [f for f in counted(facts, type_) if not f.negated], describe(facts)


# a judge's "not shown" with a long source between "ne ... pas" and its clause
NOT_SHOWN = [
    ("fr", "hygiene", False, "Il ressort des pièces du dossier que les détenus sont privés de douches."),
    ("fr", "temperature", False,
     "Il résulte de l'instruction que les cellules sont dépourvues de chauffage, et rien n'indique que la "
     "situation se soit améliorée."),
]


@pytest.mark.parametrize("lang,type_,negated,text", NOT_SHOWN)
def test_not_shown(read, lang, type_, negated, text):
    facts = read[lang](text)
    got = counted(facts, type_)
    assert got and all(f.negated == negated for f in got), describe(facts)


# Spanish: "not shown", a denied subject with "de las", and "no deberían" (a norm, not a deprivation)
ES_MORE = [
    ("es", "strip_search", False,
     "La Comisión Nacional pudo constatar que las internas fueron sometidas a revisiones corporales invasivas."),
    ("es", "use_of_force", True, "Ninguna de las personas entrevistadas manifestó haber sido golpeada."),
]


@pytest.mark.parametrize("lang,type_,negated,text", ES_MORE)
def test_es_more(read, lang, type_, negated, text):
    facts = read[lang](text)
    got = counted(facts, type_)
    assert got and all(f.negated == negated for f in got), describe(facts)


# not established is not established-not (UNPROVEN in context.yaml): the fact keeps its own sense (not
# negated) and is a claim the court or body rejects (contested, rejected_by), never a fact found false
NOT_ESTABLISHED = [
    ("es", "medical_care", "No está acreditado que el interno haya sido privado de atención médica."),
    ("fr", "medical_care", "Il n'est pas établi que le requérant ait été privé de soins."),
    ("fr", "hygiene", "Il ne ressort pas des pièces du dossier que les détenus soient privés de douches."),
    ("fr", "strip_search", "Rien n'indique que le requérant ait été soumis à des fouilles intégrales systématiques."),
    ("fr", "no_natural_light",
     "Aucun élément du dossier ne permet d'établir que la cellule était dépourvue de fenêtre."),
    ("es", "food_water", "No se desprende de autos que el interno haya sido privado de alimentos."),
    ("es", "strip_search",
     "La Comisión Nacional no pudo constatar que las internas fueran sometidas a revisiones corporales invasivas."),
    ("es", "bedding_clothing", "No quedó acreditado que los internos del patio 5 duermen en el piso."),
    ("es", "overcrowding", "No quedó acreditado que los internos del patio 5 duerman en el piso."),
    ("es", "ventilation", "No se acreditó que las celdas carezcan de ventilación."),
    ("fr", "bedding_clothing", "Il ne résulte pas de l'instruction que les détenus dorment sur des matelas au sol."),
]


@pytest.mark.parametrize("lang,type_,text", NOT_ESTABLISHED)
def test_not_established_is_a_rejected_claim(read, lang, type_, text):
    got = counted(read[lang](text), type_)
    assert got and all(not f.negated and f.certainty == "contested" and f.qualifiers.get("rejected_by")
                       for f in got), describe(got)


@pytest.mark.parametrize("lang,type_,text", [
    ("es", "bedding_clothing", "Quedó acreditado que los internos del patio 5 duermen en el piso."),
    ("fr", "bedding_clothing", "Il résulte de l'instruction que les détenus dorment sur des matelas au sol."),
    ("es", "bedding_clothing", "Los internos del patio 5 no duermen en el piso."),
])
def test_established_or_denied_is_no_rejected_claim(read, lang, type_, text):
    got = counted(read[lang](text), type_)
    assert got and not any(f.qualifiers.get("rejected_by") for f in got), describe(got)


def test_es_conditional_norm_is_no_fact(read):
    facts = read["es"]("Las personas internas no deberían permanecer encerradas más de veinte horas al día.")
    assert not [f for f in counted(facts, "confinement_hours") if not f.negated], describe(facts)
