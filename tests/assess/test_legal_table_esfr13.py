"""Grading rows for Spanish and French (branch esfr13), every text our own.

- An occupancy written with a thousands separator ("2.666 por ciento de hacinamiento", "1.250 %") is
  thousands, not a decimal; a rate before its noun ("235 % d'occupation"); a prison that "duplica" its
  capacity is at twice it.
- Personal space "inférieur à la norme minimale requise de 3 m2" / "inferior a la norma mínima de 3 metros
  cuadrados" is at most that (values._bound reads 48 characters back, not 30).
- What cannot be had at all ("l'impossibilité d'obtenir une couverture", "imposibilidad de obtener un
  colchón") measures how far bedding falls short.
- A search or a restraint found "disproportionnée" / "desproporcionado" / "excesivo" went beyond its need
  (the pack's baseless words).
- Who speaks: the body's own finding ("les contrôleurs ont constaté", "el tribunal constató") is
  established; what detainees say or a body was told ("selon les personnes détenues", "des détenus ont
  dénoncé", "según la información recibida", "se alega que", "refirieron") is a concern at most; a
  recommendation ("il est recommandé", "se recomienda") states nothing of the regime.
"""

from __future__ import annotations

import pytest

from assess_helpers import assess_text, check_finding

V, C, I = "violation_likely", "concern", "insufficient_information"
DPCO = "Informe de seguimiento de la Defensoría del Pueblo a la cárcel de Piedrablanca. "
CNDH = "Informe especial de la Comisión Nacional de los Derechos Humanos sobre los centros de reclusión. "
MNP = "Informe de la visita del Mecanismo Nacional de Prevención de la Tortura al Centro Penitenciario de Almenara. "
TUTELA = "Corte Constitucional. Sentencia T-512 de 2021. Acción de tutela. "
CGLPL = "Rapport de visite du Contrôleur général des lieux de privation de liberté. Centre pénitentiaire de Valmont. "
CPT = ("Rapport au Gouvernement sur la visite effectuée par le Comité européen pour la prévention de la torture. ")
CEDH = "Cour européenne des droits de l'homme. Affaire Durand c. France. Arrêt. "
CNPT = "Rapport de la Commission nationale de prévention de la torture sur la prison de Montbrise. "

ROWS = [
    # thousands separators and rates said first
    ("dpco-2666", "es", DPCO + "La Defensoría constató que la estación, con capacidad para ocho personas, alberga a "
     "212, lo que equivale al 2.550 por ciento de hacinamiento.", "mandela-13", V,
     "a thousands separator: twenty-five times over"),
    ("dpco-3480-sin-punto", "es", DPCO + "La estación de Riosucio registra un 3120% de sobrepoblación, según constató "
     "la Defensoría.", "mandela-13", V, "four digits, the rate before its noun"),
    ("dpco-2-5", "es", DPCO + "La Defensoría constató un hacinamiento de 2,5 % en el pabellón de mujeres.",
     "mandela-13", C, "trap: a decimal comma is a small overcrowding, a concern"),
    ("cndh-duplica", "es", CNDH + "En 40 establecimientos existe sobrepoblación y en algunos se duplica la capacidad "
     "instalada.", "mandela-13", V, "twice the capacity"),
    ("cndh-no-duplica", "es", CNDH + "En 40 establecimientos existe sobrepoblación, aunque en ninguno se acerca al "
     "límite de su capacidad.", "mandela-13", C, "trap: overcrowding without a measure"),
    ("cglpl-235-occupation", "fr", "Recommandations en urgence du Contrôleur général des lieux de privation de "
     "liberté. Le quartier maison d'arrêt des hommes connaît un taux de 215 % d'occupation.", "mandela-13", V,
     "the rate before 'd'occupation'"),
    ("cglpl-1250", "fr", CGLPL + "Les contrôleurs ont constaté que le quartier est occupé à 1.250 % de sa capacité.",
     "mandela-13", V, "a thousands separator in French"),
    # personal space below a norm named before its figure (the bound read up to 48 characters back)
    ("cedh-norme-minimale", "fr", CEDH + "La Cour constate que les requérants ont disposé d'un espace personnel "
     "inférieur à la norme minimale requise de 3 m2 pendant toute leur détention.", "mandela-13", V,
     "less than 3 m² each, found by the Court"),
    ("cedh-limite", "fr", CEDH + "La Cour constate que le requérant a disposé d'un espace personnel inférieur à la "
     "limite de 3 m² pendant neuf mois.", "mandela-13", V, "less than the 3 m² limit"),
    ("cedh-superieur", "fr", CEDH + "La Cour constate que le requérant a disposé d'un espace personnel supérieur à la "
     "norme minimale requise de 3 m² pendant toute sa détention.", "mandela-13", None,
     "trap: more than the norm is no shortfall"),
    ("tutela-norma-minima", "es", TUTELA + "La Sala constató que los internos disponen de un espacio personal "
     "inferior a la norma mínima de 3 metros cuadrados.", "mandela-13", V,
     "less than the minimum norm, found by the court"),
    # what cannot be had
    ("cpt-impossibilite-couverture", "fr", CPT + "La délégation a constaté dans les cellules de garde à vue un froid "
     "ambiant et l'impossibilité d'obtenir une couverture, voire un matelas.", "mandela-21", V,
     "no blanket nor mattress to be had"),
    ("cpt-possibilite-couverture", "fr", CPT + "La délégation a constaté que les personnes gardées à vue peuvent "
     "obtenir une couverture et un matelas propre.", "mandela-21", None, "trap: bedding to be had"),
    ("mnp-imposibilidad-colchon", "es", MNP + "Se constató la imposibilidad de obtener un colchón en los calabozos "
     "del módulo de ingresos.", "mandela-21", V, "no mattress to be had"),
    # disproportionate searches and restraints
    ("cnpt-fouille-disproportionnee", "fr", CNPT + "La commission a relevé que la fouille corporelle systématique de "
     "chaque détenu à l'arrivée était disproportionnée.", "mandela-52", V, "a search found disproportionate"),
    ("cnpt-fouille-local", "fr", CNPT + "La commission a relevé que les fouilles intégrales se déroulent dans un local "
     "fermé, par deux agents du même sexe.", "mandela-52", C, "trap: a search described, not found excessive"),
    ("mnp-registros-desproporcionados", "es", MNP + "Se constató que los registros con desnudo integral practicados "
     "a las visitas de los internos eran desproporcionados.", "mandela-52", V,
     "strip searches found disproportionate"),
    # who speaks: "según" with a finding verb is the body's own finding
    ("dpco-segun-verifico", "es", DPCO + "El pabellón 2 registra un hacinamiento del 400 %, según pudo verificar la "
     "Defensoría durante la visita.", "mandela-13", V, "según + a finding verb: the body's own finding"),
    ("dpco-segun-relataron", "es", DPCO + "El pabellón 2 registra un hacinamiento del 400 %, según relataron los "
     "internos.", "mandela-13", C, "trap: según + the inmates: their word"),
    ("cglpl-selon-detenus", "fr", CGLPL + "Selon les personnes détenues, les toilettes sont à la vue des codétenus.",
     "mandela-15", C, "the detainees' word: a concern"),
    ("cglpl-denonce", "fr", CGLPL + "Des détenus ont dénoncé l'absence de matelas dans les cellules du quartier "
     "disciplinaire.", "mandela-21", C, "detainees' complaint: a concern"),
    ("cglpl-constate", "fr", CGLPL + "Les contrôleurs ont constaté que plusieurs détenus dorment sur des matelas posés "
     "au sol.", "mandela-21", V, "the controllers' own finding"),
    ("cglpl-recommande", "fr", CGLPL + "Il est recommandé de doter chaque cellule d'un lit par personne détenue.",
     "mandela-21", None, "trap: a recommendation"),
    ("cndh-informacion-recibida", "es", CNDH + "Según la información recibida, los internos del dormitorio 4 duermen "
     "en el piso.", "mandela-21", C, "what the body was told: relayed"),
    ("mnp-se-alega", "es", MNP + "Se alega que los internos del módulo 2 no reciben colchones.", "mandela-21", C,
     "an allegation"),
    ("mnp-refirieron", "es", MNP + "Los internos refirieron que duermen en el piso del pasillo.", "mandela-21", C,
     "the inmates' word"),
    ("tutela-constato", "es", TUTELA + "El tribunal constató que los internos del patio 4 duermen en el piso sin "
     "colchón.", "mandela-21", V, "a court's own finding"),
    ("mnp-se-recomienda", "es", MNP + "Se recomienda dotar de colchones a todos los internos del módulo 2.",
     "mandela-21", None, "trap: a recommendation"),
]


@pytest.mark.parametrize("lang, text, finding_id, expected, reason",
                         [pytest.param(lang, t, i, s, r, id=n) for n, lang, t, i, s, r in ROWS])
def test_legal_table_esfr13(lang: str, text: str, finding_id: str, expected: str | None, reason: str) -> None:
    check_finding(assess_text(text, lang).findings, finding_id, expected, reason)
