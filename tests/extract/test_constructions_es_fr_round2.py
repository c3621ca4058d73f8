"""French and Spanish, round two (esfrrecall2): the constructions the first rounds left without a
fact, each beside counter-examples that must stay quiet (a norm, a recommendation, a negation,
a permission, another place or time).

- clock-time confinement, a pack ``clock`` pattern each ("de 19 h à 7 h", "desde las 18:00
  hasta las 8:00", "se cierran a las 17:00 y se abren a las 7:00");
- "ne sortent de cellule que pour une heure de promenade" (23 hours in the cell);
- the occupants before the area ("40 détenus se partageaient 60 m²", "cuatro internos en 9 m2");
- toilets separated by a curtain only (es);
- a negative quantifier with "n'a" / "ne peut" / "puede" right before a phone topic.
- care put off ("las consultas médicas se retrasan", es);
- a relative clause between commas ("les repas, qui sont livrés ..., sont insuffisants": fr "qui",
  es "que" as relatives);
- a French negative quantifier with "ne" alone ("aucune cellule n'est chauffée", "aucune lettre ne lui
  a été remise", "aucune suite n'est donnée") and "faire défaut";
- a Spanish negative quantifier with a passive ("ninguna visita ha sido autorizada");
- a predicate after an aside set off by commas (compose.py, any language);
- "la cellule, prévue pour quatre, accueillait huit détenus"; heat in degrees;
- "dans de nombreux pays" / "en muchos países" opening a sentence: GENERAL (as en), not "de la región".

Every sentence is written for this suite, not taken from a document. Rows: (language, type,
sentence, expected), where expected is True for a counted, not negated fact of that type and
False for none; a number is the value the fact must carry.
"""

from __future__ import annotations


import pytest


from extract_helpers import check_row


ROWS: list[tuple[str, str, str, bool | float]] = [
    # ---- clock-time confinement
    ("fr", "confinement_hours", "Les détenus sont enfermés en cellule de 19 h à 7 h.", 12.0),
    ("fr", "confinement_hours", "Les cellules restent fermées de 18h30 à 7h.", 12.5),
    ("fr", "confinement_hours", "Les portes des cellules sont fermées à 18 h et rouvertes à 7 h.", 13.0),
    ("fr", "confinement_hours",
     "Au centre de détention de Valmont, les femmes sont bouclées de 17 heures à 8 heures.", 15.0),
    ("fr", "confinement_hours", "La bibliothèque est ouverte de 9 h à 12 h.", False),
    ("fr", "confinement_hours", "Les parloirs ont lieu de 14 h à 17 h.", False),
    ("fr", "confinement_hours", "Le CGLPL recommande que les détenus ne soient pas enfermés de 17 h à 8 h.", False),
    ("fr", "confinement_hours", "Les lumières restent allumées de 22 h à 6 h.", False),
    ("fr", "confinement_hours", "Les détenus ne sont pas enfermés de 19 h à 7 h : les portes restent ouvertes.", False),
    ("es", "confinement_hours", "Los internos permanecen encerrados desde las 18:00 hasta las 8:00.", 14.0),
    ("es", "confinement_hours", "Los internos permanecen en sus celdas de 18 a 8 horas.", 14.0),
    ("es", "confinement_hours", "Las celdas se cierran a las 17:00 y se abren a las 7:00.", 14.0),
    ("es", "confinement_hours",
     "En el módulo de ingreso las mujeres están encerradas entre las 19 y las 7 horas.", 12.0),
    ("es", "confinement_hours", "El horario de visitas es de 9:00 a 13:00.", False),
    ("es", "confinement_hours", "El patio permanece abierto desde las 8:00 hasta las 17:00.", False),
    ("es", "confinement_hours", "Las celdas deberían permanecer cerradas solo desde las 22:00 hasta las 6:00.", False),
    ("es", "confinement_hours", "La luz permanece encendida desde las 18:00 hasta las 6:00.", False),
    ("es", "confinement_hours", "El comedor se cierra a las 15:00 y se abre a las 18:00.", False),
    # ---- out of the cell only for the promenade
    ("fr", "confinement_hours", "Les prévenus ne sortent de cellule que pour une heure de promenade.", 23.0),
    ("fr", "exercise_time", "Les prévenus ne sortent de cellule que pour une heure de promenade.", 1.0),
    ("fr", "confinement_hours", "Les arrivants ne quittent leur cellule que pour deux heures de cour.", 22.0),
    ("fr", "confinement_hours",
     "Les détenus sortent de cellule pour une heure de promenade et vont ensuite aux ateliers.", False),
    # ---- occupants before the area
    ("fr", "cell_space", "40 détenus se partageaient 60 m² dans ce dortoir.", 60.0),
    ("fr", "cell_space", "Quatre personnes vivaient dans 9 m² au quartier des arrivants.", 9.0),
    ("fr", "cell_space", "Le CPT recommande que quatre détenus disposent de 16 m² au moins.", False),
    ("fr", "cell_space", "40 détenus se partageaient les tâches de nettoyage.", False),
    ("es", "cell_space", "Se observaron cuatro internos en 9 metros cuadrados.", 9.0),
    ("es", "cell_space", "En la comisaría, 12 personas comparten un espacio de 20 m2.", 20.0),
    ("es", "cell_space",
     "La norma establece que cuatro internos deben contar con al menos 16 metros cuadrados.", False),
    ("es", "cell_space", "El penal tiene 300 internos en 2000 metros cuadrados de terreno.", False),
    # ---- toilets behind a curtain only
    ("es", "sanitation", "Los inodoros están separados solo por una cortina.", True),
    ("es", "sanitation", "En cada celda la letrina está separada del resto apenas por una sábana.", True),
    ("es", "sanitation", "El inodoro está dentro de la celda sin ninguna división.", True),
    ("es", "sanitation", "Los baños están separados de los dormitorios por un muro.", False),
    ("es", "sanitation", "Los sanitarios están separados por una pared de ladrillo.", False),
    ("es", "sanitation",
     "El Mecanismo recomienda que los sanitarios deben estar separados no solo por una cortina sino por una pared.",
     False),
    ("fr", "sanitation", "Les toilettes sont séparées par un simple rideau.", True),
    ("fr", "sanitation", "Les toilettes sont installées dans la cellule sans cloison.", True),
    # ---- negative quantifier right before a phone topic
    ("fr", "family_calls", "Aucun détenu n'a accès au téléphone dans cette maison d'arrêt.", True),
    ("fr", "family_calls", "Aucune des personnes retenues n'avait accès au téléphone.", True),
    ("fr", "family_calls", "Aucune personne retenue ne peut téléphoner à sa famille.", True),
    ("fr", "family_calls", "Aucun détenu n'a refusé l'accès au téléphone.", False),
    ("fr", "family_calls", "Aucun détenu n'a contesté l'accès au téléphone.", False),
    ("fr", "family_calls", "Tous les détenus ont accès au téléphone.", False),
    ("fr", "family_calls", "Chaque détenu a accès au téléphone.", False),
    ("fr", "family_calls", "Les détenus ne peuvent pas se plaindre de ne pas pouvoir téléphoner, estime le directeur.",
     False),
    ("es", "family_calls", "Ninguno de los internos puede llamar a su familia.", True),
    ("es", "family_calls", "Ninguna de las detenidas podía comunicarse con sus familiares.", True),
    ("es", "family_calls", "Ningún interno puede tener teléfono celular.", False),
    ("es", "family_calls", "Todos los internos pueden llamar a su familia dos veces por semana.", False),
    ("es", "food_water", "Ninguno de los internos puede quejarse de la comida.", False),
    # ---- care put off, right after its topic (es)
    ("es", "medical_care", "Las consultas médicas se retrasan varias semanas.", True),
    ("es", "medical_care", "Los traslados al hospital se cancelan por falta de custodios.", True),
    ("es", "medical_care", "Las consultas médicas no se retrasan nunca, según el director.", False),
    ("es", "medical_care", "Las consultas médicas no deben retrasarse.", False),
    # ---- a relative clause set off by commas between the subject and its predicate
    ("fr", "family_visits",
     "Les visites familiales, qui se déroulent derrière un hygiaphone, sont limitées à trente minutes.", True),
    ("fr", "food_water", "Les repas, qui sont livrés par un prestataire, sont insuffisants.", True),
    ("es", "food_water", "Los alimentos, que llegan desde la cocina central, son insuficientes.", True),
    ("es", "hygiene", "Las regaderas, que se encuentran en el patio, están en mal estado.", True),
    ("es", "food_water", "La directora informó que los alimentos son suficientes.", False),
    ("fr", "food_water", "Le directeur indique que les repas sont suffisants.", False),
    # ---- a negative quantifier with "ne" alone (fr)
    ("fr", "temperature", "Aucune cellule n'est chauffée.", True),
    ("fr", "temperature", "Aucune cellule n'est chauffée au-delà de 19 °C, conformément au règlement.", False),
    ("fr", "complaints", "Aucune suite n'est donnée aux requêtes des détenus.", True),
    ("fr", "correspondence", "Aucune lettre ne lui a été remise pendant son placement à l'isolement.", True),
    ("fr", "correspondence", "Aucun courrier ne leur parvient depuis leur transfert.", True),
    ("fr", "correspondence", "Aucune lettre ne lui a été retenue, précise l'administration.", False),
    ("fr", "correspondence", "Aucune lettre du Contrôleur général ne lui a été transmise.", False),
    # ---- "faire défaut" (fr)
    ("fr", "hygiene", "Le savon fait défaut depuis des semaines.", True),
    ("fr", "hygiene", "La distribution de kits d'hygiène fait défaut.", True),
    ("fr", "medical_care", "Les médecins font cruellement défaut dans cet établissement.", True),
    ("fr", "hygiene", "Le savon ne fait jamais défaut, selon la direction.", False),
    # ---- a Spanish negative quantifier with a passive or a verb of coming
    ("es", "family_visits", "Ninguna visita ha sido autorizada desde su ingreso.", True),
    ("es", "correspondence", "Ninguna carta le fue entregada durante su aislamiento.", True),
    ("es", "complaints", "Ninguna de las quejas presentadas ha sido atendida.", True),
    ("es", "medical_care", "Ningún médico atiende en el centro los fines de semana.", True),
    ("es", "religion", "Ningún ministro de culto puede ingresar al centro.", True),
    ("es", "family_visits", "Ninguna visita ha sido suspendida este año.", False),
    ("es", "correspondence", "Ninguna carta le fue retenida, según el director.", False),
    ("es", "complaints", "Ninguna de las quejas falsas ha sido atendida.", False),
    ("es", "family_visits", "El reglamento establece que ninguna visita será autorizada sin registro previo.", False),
    ("es", "medical_care", "Ningún médico atiende a los custodios, que tienen su propio servicio.", False),
    # ---- a predicate after an aside ", que/qui ...,": negated predicates too
    ("es", "medical_care", "Las solicitudes de atención médica, que se presentan por escrito, no son atendidas.", True),
    ("es", "hygiene", "Las duchas, que están en el patio, no funcionan.", True),
    ("fr", "hygiene", "Les douches, qui se trouvent au fond du couloir, ne fonctionnent pas.", True),
    ("fr", "hygiene", "Les douches, qui ont été rénovées en 2022, ne sont pas insalubres.", False),
    ("es", "hygiene", "Las duchas, que fueron reparadas el año pasado, no están en mal estado.", False),
    ("fr", "food_water", "Les repas, que la direction juge suffisants, sont contrôlés chaque semaine.", False),
    # ---- a cell's capacity set off by commas (fr)
    ("fr", "overcrowding", "La Cour relève que la cellule, prévue pour quatre, accueillait huit détenus.", True),
    ("fr", "overcrowding", "La cellule, prévue pour quatre, accueillait trois détenus.", False),
    ("fr", "overcrowding", "La cellule, prévue pour quatre, accueillait quatre détenus.", False),
    # ---- heat in degrees
    ("es", "temperature", "Los internos soportan temperaturas superiores a los 40 grados sin ventiladores.", True),
    ("es", "temperature", "Los internos soportan temperaturas de más de 40 °C.", True),
    ("fr", "temperature", "Les détenus subissent des températures supérieures à 40 degrés.", True),
    ("fr", "temperature", "Les températures ne doivent pas être supérieures à 40 degrés dans les cellules.", False),
    ("es", "temperature", "Las temperaturas no son superiores a los 40 grados en las celdas.", False),
    # ---- elsewhere: many or other countries are no one held here (a visited place stays a finding)
    ("fr", "bedding_clothing", "Dans de nombreux pays, les détenus ne reçoivent pas de couverture.", False),
    ("fr", "no_natural_light", "Dans d'autres pays européens, les cellules sont dépourvues de fenêtre.", False),
    ("es", "bedding_clothing", "En muchos países, los internos no reciben colchones.", False),
    ("fr", "bedding_clothing",
     "Dans plusieurs établissements visités, les détenus ne reçoivent pas de couverture.", True),
    ("es", "bedding_clothing", "En varios centros visitados, los internos no reciben colchones.", True),
    ("es", "ventilation", "En muchos países de la región, las celdas carecen de ventilación.", True),
    # ---- nominal "absence de / ausencia de" contact; a passive with a negative quantifier to the consul;
    # chemical agents (fr)
    ("fr", "no_meaningful_contact", "L'absence de tout contact avec les autres détenus a été relevée.", True),
    ("es", "no_meaningful_contact", "La ausencia de todo contacto humano fue constatada.", True),
    ("es", "no_meaningful_contact", "La ausencia de contacto humano puede causar graves daños psicológicos.", False),
    ("fr", "consular_access", "Aucune information n'a été transmise au consulat.", True),
    ("fr", "consular_access", "Aucune information ne doit être transmise au consulat sans l'accord de l'intéressé.",
     False),
    ("fr", "use_of_force", "Une grenade lacrymogène a été utilisée dans la cellule.", True),
    ("fr", "use_of_force", "Les surveillants ont fait usage de gaz lacrymogène contre les détenus.", True),
    ("fr", "use_of_force", "Les surveillants ne sont pas équipés de gaz lacrymogène, précise la direction.", False),
    # ---- privacy said with a verb ("ne garantissent aucune intimité", "no ofrecen privacidad alguna")
    ("fr", "sanitation", "Les toilettes ne garantissent aucune intimité.", True),
    ("es", "sanitation", "Los inodoros no garantizan ninguna privacidad.", True),
    ("es", "hygiene", "Las regaderas no ofrecen privacidad alguna.", True),
    ("es", "sanitation", "La letrina no está separada por ningún muro del resto de la celda.", True),
    ("fr", "sanitation", "Les toilettes garantissent l'intimité des détenus.", False),
    ("fr", "sanitation", "Les toilettes doivent garantir l'intimité des détenus.", False),
    ("es", "sanitation", "Los baños cuentan con puertas que garantizan la privacidad.", False),
    ("es", "hygiene", "Las regaderas deben garantizar la privacidad de las internas.", False),
]


@pytest.mark.parametrize("lang,type_,sentence,expected", ROWS)
def test_round2_construction(read, lang: str, type_: str, sentence: str, expected: bool | float) -> None:
    check_row(read[lang](sentence), type_, expected, tolerance=0.0)
