"""A severity word governs the facts of its own clause, and only them (issue 11).

``checks._specific`` reads the catalogue's ``severity_words`` in the fact's clause: the sentence cut
where the language pack's ``clause_breaks`` begin a new clause (a semicolon, ", but", ", while",
"although", "mais", "alors que", "pero", "mientras que", a new subject after a comma or "and").
After the fact's words the whole of its clause counts ("the showers were in poor repair and, on
each visit, caked with excrement"); before them only a few words, so that a "severe" on the first
item of a list does not reach its last item.  The traps: a severity word about another fact, in
another clause of the same sentence, must leave a bare shortfall a concern.

Each row: (id, language, our own text, finding id, expected status or None for no finding, a
one-line reason; "trap:" for a row where a severity word must NOT count).  The texts are ours.
"""

from __future__ import annotations

from collections import Counter

import pytest

from assess_helpers import assess_text, check_finding

V, C, OK = "violation_likely", "concern", "compliant"
PREFIX = {
    "en": "OPINION. Doe v. Roe, 42 U.S.C. § 1983. After a bench trial, the court makes these findings of fact. ",
    "es": "Informe de la visita del Mecanismo Nacional de Prevención de la Tortura al Centro Penitenciario de "
          "Almenara. ",
    "fr": "Rapport de visite du Contrôleur général des lieux de privation de liberté. Centre pénitentiaire de "
          "Valmont. ",
}

ROWS = [
    # English
    ("en-showers-far", "en", "The showers in the intake unit were in poor repair and, on each of our three visits, "
     "caked with excrement.", "mandela-16", V, "the excrement is said of the showers, in their own clause"),
    ("en-medical-far", "en", "Medical care was inadequate and left several prisoners with untreated wounds that became "
     "severely infected.", "mandela-24", V, "the same clause says what the inadequate care led to: severe infection"),
    ("en-food-far", "en", "The food portions were small and on most days of the week the bread was infested with "
     "weevils.", "mandela-22", V, "the food itself is infested, in the same clause"),
    ("en-heat-far", "en", "Ventilation in the dormitories was inadequate and during the long summer months the heat "
     "inside became extreme.", "mandela-13", V, "the extreme heat is what the poor ventilation does, same clause"),
    ("en-and-new-subject", "en", "Ventilation in the north housing unit was inadequate, and the showers across the "
     "hall were covered in excrement.", "mandela-13", C, "trap: ', and the showers ... were' starts another clause"),
    ("en-and-new-subject-own", "en", "Ventilation in the north housing unit was inadequate, and the showers across the "
     "hall were covered in excrement.", "mandela-16", V, "the showers' own clause makes them severe"),
    ("en-semicolon", "en", "Prisoners suffered severe burns in a kitchen fire last spring; medical care at the "
     "facility was limited.", "mandela-24", C, "trap: the severe burns are in another clause, past a semicolon"),
    ("en-semicolon-near", "en", "Two men had severe fevers; medical care was limited.", "mandela-24", C,
     "trap: a few characters away, but past the semicolon: the fevers are severe, not the care"),
    ("en-but", "en", "The meals were adequate, but the cells were filthy and infested with vermin.",
     "mandela-22", OK, "trap: the filth after ', but' is about the cells, not the meals"),
    ("en-whereas", "en", "Medical care at the facility was limited, whereas the kitchen across the yard was filthy and "
     "infested with vermin.", "mandela-24", C, "trap: ', whereas' starts the kitchen's clause"),
    ("en-although", "en", "Food portions were small, although the showers across the hall were infested with vermin.",
     "mandela-22", C, "trap: 'although' starts another clause: vermin in the showers, not the food"),
    ("en-and-comma-cells", "en", "Medical care was limited, and the isolation cells across the yard were filthy and "
     "infested with rats.", "mandela-24", C, "trap: the rats are in the cells' own clause"),
    ("en-list-first-item", "en", "Prisoners suffered from severe overcrowding, hunger, and a lack of adequate medical "
     "care.", "mandela-24", C, "trap: 'severe' qualifies the first item of the list, not the last"),
    ("en-list-own-item", "en", "Prisoners suffered from severe overcrowding, hunger, and a lack of adequate medical "
     "care.", "mandela-13", V, "'severe overcrowding': the severity word is the fact's own"),
    ("en-no-break-plain", "en", "The ventilation in the housing units was poor, and the toilets were overflowing with "
     "feces.", "mandela-13", C, "trap: the feces are the toilets', in their own clause"),
    # Spanish
    ("es-bedding-far", "es", "La ropa de cama estaba en malas condiciones y durante todo el invierno las cobijas "
     "estaban infestadas de chinches.", "mandela-21", V, "the bedding itself is infested, in the same clause"),
    ("es-light-far", "es", "La iluminación de las celdas era deficiente, tan escasa por la noche que los internos se "
     "veían obligados a leer en el pasillo.", "mandela-14", V, "the same clause says how far: inmates are forced out"),
    ("es-food-far", "es", "Las raciones de comida eran reducidas y casi todos los días de la semana el pan estaba "
     "infestado de gorgojos.", "mandela-22", V, "the food itself is infested, in the same clause"),
    ("es-heat-far", "es", "La ventilación en los dormitorios era insuficiente y durante los meses de verano el calor "
     "se volvía extremo.", "mandela-14", V, "the extreme heat is what the poor ventilation does, same clause"),
    ("es-y-new-subject", "es", "La ventilación del módulo norte era insuficiente y las regaderas del pasillo estaban "
     "cubiertas de heces.", "mandela-14", C, "trap: 'y las regaderas ... estaban' starts another clause"),
    ("es-y-new-subject-short", "es", "La ventilación era deficiente y los sanitarios estaban sucios.",
     "mandela-13", C, "trap: the dirt is the toilets', a new subject after 'y'"),
    ("es-semicolon", "es", "Varios internos sufrieron quemaduras graves en un incendio de la cocina; la atención "
     "médica era limitada.", "mandela-24", C, "trap: the serious burns are past a semicolon"),
    ("es-semicolon-near", "es", "Dos internos tenían fiebre severa; la atención médica era limitada.", "mandela-24", C,
     "trap: close by, but past the semicolon"),
    ("es-pero", "es", "La atención médica era limitada, pero las celdas del anexo, al otro lado del patio, estaban "
     "infestadas de ratas.", "mandela-24", C, "trap: ', pero' starts the cells' clause"),
    ("es-pero-own", "es", "La atención médica era limitada, pero las celdas del anexo, al otro lado del patio, estaban "
     "infestadas de ratas.", "mandela-17", V, "the rats are the cells' own, in their clause"),
    ("es-mientras", "es", "La atención médica era limitada, mientras que la cocina del otro lado del patio estaba "
     "sucia e infestada de cucarachas.", "mandela-24", C, "trap: 'mientras que' starts the kitchen's clause"),
    ("es-aunque", "es", "Las raciones de comida eran escasas, aunque las regaderas del pasillo estaban infestadas de "
     "cucarachas.", "mandela-22", C, "trap: 'aunque' starts another clause: cockroaches in the showers"),
    ("es-pero-food", "es", "La ventilación del módulo era deficiente, pero la comida que se servía estaba podrida y "
     "llena de gusanos.", "mandela-14", C, "trap: the rotten food is past ', pero'"),
    ("es-negated", "es", "Se constató que el hacinamiento en las celdas del módulo 2, que alojan a internos de "
     "paso, no constituye un trato inhumano.", "mandela-13", C, "trap: what it is said not to be"),
    # French
    ("fr-showers-far", "fr", "Les douches du quartier arrivants sont en mauvais état et, lors de chacune de nos "
     "visites, couvertes d'excréments.", "mandela-16", V, "the excrement is said of the showers, in their own clause"),
    ("fr-heat-far", "fr", "L'aération des dortoirs est insuffisante et, pendant les longs mois d'été, la chaleur y "
     "devient extrême.", "mandela-14", V, "the extreme heat is what the poor ventilation does, same clause"),
    ("fr-bedding-far", "fr", "La literie est en mauvais état et, pendant tout l'hiver, les couvertures étaient "
     "infestées de poux.", "mandela-21", V, "the bedding itself is infested"),
    ("fr-et-new-subject", "fr", "L'aération du quartier nord est insuffisante et les douches du couloir sont couvertes "
     "d'excréments.", "mandela-14", C, "trap: 'et les douches ... sont' starts another clause"),
    ("fr-et-plain", "fr", "L'aération est insuffisante et les toilettes sont sales.",
     "mandela-14", C, "nothing says how far: a concern"),
    ("fr-semicolon", "fr", "Plusieurs détenus ont subi de graves brûlures lors d'un incendie en cuisine ; l'accès aux "
     "soins est limité.", "mandela-24", C, "trap: the serious burns are past a semicolon"),
    ("fr-semicolon-near", "fr", "Deux détenus avaient une fièvre sévère ; l'accès aux soins est limité.", "mandela-24",
     C, "trap: close by, but past the semicolon"),
    ("fr-mais", "fr", "L'accès aux soins est limité, mais les cellules de l'annexe, de l'autre côté de la cour, sont "
     "infestées de rats.", "mandela-24", C, "trap: ', mais' starts the cells' clause"),
    ("fr-alors-que", "fr", "L'accès aux soins est limité, alors que la cuisine de l'autre côté de la cour est "
     "insalubre et infestée de cafards.", "mandela-24", C, "trap: 'alors que' starts the kitchen's clause"),
    ("fr-alors-que-own", "fr", "L'accès aux soins est limité, alors que les cellules disciplinaires sont gravement "
     "surpeuplées.", "mandela-13", V, "the overcrowding's own clause says it is grave"),
    ("fr-list-first-item", "fr", "Les détenus souffrent d'une surpopulation extrême, de malnutrition et d'un accès "
     "insuffisant aux soins.", "mandela-24", C, "trap: 'extrême' qualifies the first item of the list"),
    ("fr-mais-portions", "fr", "Les portions sont réduites, mais les douches du couloir sont infestées de cafards.",
     "mandela-22", C, "trap: the cockroaches are the showers', past ', mais'"),
]


@pytest.mark.parametrize("lang, text, finding_id, expected, reason",
                         [pytest.param(lang, t, i, s, r, id=n) for n, lang, t, i, s, r in ROWS])
def test_severity_governs_its_own_clause(lang, text, finding_id, expected, reason):
    a = assess_text(PREFIX[lang] + text, lang)
    check_finding(a.findings, finding_id, expected, reason)


def test_each_language_has_ten_rows_and_traps():
    rows = Counter(lang for _, lang, *_ in ROWS)
    traps = Counter(lang for _, lang, *_, r in ROWS if r.startswith("trap"))
    assert all(rows[lang] >= 10 and traps[lang] >= 4 for lang in ("en", "es", "fr")), (rows, traps)


@pytest.mark.parametrize("lang", ["en", "es", "fr"])
def test_clause_breaks_are_pack_data(lang):
    """The words that end a clause are the language's (patterns.yaml for English, standard_phrases of
    the pack's language.yaml for the others), not the engine's."""
    from dignity.assess.registry import load_catalogue
    from dignity.extract.languages import language_pack

    if lang == "en":
        assert "clause_breaks" in load_catalogue().patterns
    else:
        assert "clause_breaks" in language_pack(lang).spec.standard_phrases
