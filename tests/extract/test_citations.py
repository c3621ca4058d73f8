"""Citations and record references inside a sentence (citations.py, the packs' citations.yaml).

Each sentence is read twice, with and without its citation: the facts (type, negation,
value) must be the same, and each evidence must be exact in the text read.  The traps are
parentheses and numbers that carry a fact: those are never blanked.
"""

from __future__ import annotations

import pytest

from dignity.extract.citations import load_blanker

from extract_helpers import describe, reader

_READERS: dict = {}


def _read(lang: str, text: str):
    if lang not in _READERS:
        _READERS[lang] = reader(lang)
    facts = _READERS[lang](text)
    for f in facts:
        for e in f.evidence:
            assert text[e.start:e.end] == e.text, (text, e)
    return facts


def _key(facts) -> list[tuple]:
    return sorted({(f.type, f.negated, str(f.value)) for f in facts
                   if f.subject_kind != "general" and f.certainty != "hypothetical"})


#: (lang, with a citation, the same sentence without it)
PAIRS: list[tuple[str, str, str]] = [
    # record citations in court opinions
    ("en", "Inmates were kept in their cells (Tr. 212-14) twenty-three hours a day.",
     "Inmates were kept in their cells twenty-three hours a day."),
    ("en", "He was confined in segregation (App. 88) twenty-three hours a day.",
     "He was confined in segregation twenty-three hours a day."),
    ("en", "She was denied (Doc. 31 at 6) her insulin for nine days.",
     "She was denied her insulin for nine days."),
    ("en", "He was denied his medication for eleven days. (Doc. 45 at 3.)",
     "He was denied his medication for eleven days."),
    ("en", "The heat in the cellblock (Pl. Ex. 7) was unbearable.",
     "The heat in the cellblock was unbearable."),
    ("en", "The cells had no working toilets, see Pl.'s Ex. 12, and the showers did not work.",
     "The cells had no working toilets, and the showers did not work."),
    ("en", "He was placed in solitary confinement (ECF No. 34, PageID 567) for thirty days.",
     "He was placed in solitary confinement for thirty days."),
    ("en", "Plaintiff was held in the hole [R. 12] for three months.",
     "Plaintiff was held in the hole for three months."),
    ("en", "The officers beat him with batons (Id. at 4) after he refused to return to his cell.",
     "The officers beat him with batons after he refused to return to his cell."),
    ("en", "Detainees slept on the floor (para. 23) because every bunk was taken.",
     "Detainees slept on the floor because every bunk was taken."),
    ("en", "He spent four months in solitary confinement.12 The cells,3 which were cold, had no heat.",
     "He spent four months in solitary confinement. The cells, which were cold, had no heat."),
    ("en", "The inmates were denied outdoor exercise (Pl. Dep. 34:2-9) for six weeks.",
     "The inmates were denied outdoor exercise for six weeks."),
    ("en", "Guards sprayed him with pepper spray (see Def.'s Mem. 5) while he was restrained.",
     "Guards sprayed him with pepper spray while he was restrained."),
    ("en", "The jail held 310 detainees (Tr. 45) in a facility designed for 150.",
     "The jail held 310 detainees in a facility designed for 150."),
    ("en", "He received no visits from his family (Trial Tr. 77:3-12) during his detention.",
     "He received no visits from his family during his detention."),
    ("en", "Inmates were strip searched (Dkt. 56 at 9) after every contact visit.",
     "Inmates were strip searched after every contact visit."),
    ("en", "The plaintiff, a pretrial detainee, was chained to his bed (¶ 14) for two days.",
     "The plaintiff, a pretrial detainee, was chained to his bed for two days."),
    ("en", "Inmates were confined to their cells, Tr. 140-41, for twenty-two hours a day.",
     "Inmates were confined to their cells, for twenty-two hours a day."),
    ("en", "The cells measured six by eight feet (Joint Stip. 9) and housed two men.",
     "The cells measured six by eight feet and housed two men."),
    ("en", "He was kept in isolation14 for eight months.",
     "He was kept in isolation for eight months."),
    # monitoring reports
    ("en", "Detainees were held in solitary confinement for up to 40 days (A/HRC/31/57, para. 21).",
     "Detainees were held in solitary confinement for up to 40 days."),
    ("en", "Prisoners were held in dark cells without ventilation (CAT/OP/MEX/1, para. 98) for weeks.",
     "Prisoners were held in dark cells without ventilation for weeks."),
    ("en", "The delegation found that detainees had no access to drinking water (para. 45) at night.",
     "The delegation found that detainees had no access to drinking water at night."),
    ("en", "Women were searched by male guards (see para. 61) on arrival.",
     "Women were searched by male guards on arrival."),
    ("en", "Children were held with adults,7 which the law forbids.",
     "Children were held with adults, which the law forbids."),
    # Spanish
    ("es", "Los internos permanecen en sus celdas (párr. 45) veintitrés horas al día.",
     "Los internos permanecen en sus celdas veintitrés horas al día."),
    ("es", "Las celdas carecían de agua potable (véase el anexo III) y de ventilación.",
     "Las celdas carecían de agua potable y de ventilación."),
    ("es", "Los detenidos dormían en el suelo (cf. párr. 3) por falta de camas.",
     "Los detenidos dormían en el suelo por falta de camas."),
    ("es", "Un recluso fue golpeado por los custodios (A/HRC/31/57, párr. 21) durante el traslado.",
     "Un recluso fue golpeado por los custodios durante el traslado."),
    ("es", "Las personas privadas de libertad no recibían atención médica (párrs. 12-14) desde hacía meses.",
     "Las personas privadas de libertad no recibían atención médica desde hacía meses."),
    ("es", "El interno permaneció en aislamiento (nota 12) durante treinta días.",
     "El interno permaneció en aislamiento durante treinta días."),
    ("es", "Los presos estaban en régimen de aislamiento.12 Las celdas no tenían luz natural.",
     "Los presos estaban en régimen de aislamiento. Las celdas no tenían luz natural."),
    ("es", "Las reclusas eran sometidas a registros corporales (pág. 4) por personal masculino.",
     "Las reclusas eran sometidas a registros corporales por personal masculino."),
    ("es", "La celda de castigo (CAT/OP/PRY/1, párr. 77) no tenía ventilación.",
     "La celda de castigo no tenía ventilación."),
    ("es", "Los detenidos no podían recibir visitas (véase el párr. 30) de sus familias.",
     "Los detenidos no podían recibir visitas de sus familias."),
    # French
    ("fr", "Les détenus restent en cellule (voir § 12) vingt-deux heures par jour.",
     "Les détenus restent en cellule vingt-deux heures par jour."),
    ("fr", "Les cellules n'avaient pas d'eau courante (cf. annexe 3) ni de chauffage.",
     "Les cellules n'avaient pas d'eau courante ni de chauffage."),
    ("fr", "Un détenu a été placé à l'isolement (par. 45) pendant trente jours.",
     "Un détenu a été placé à l'isolement pendant trente jours."),
    ("fr", "Les personnes détenues dormaient à même le sol (voir par. 21) faute de lits.",
     "Les personnes détenues dormaient à même le sol faute de lits."),
    ("fr", "Des détenus ont été frappés par des surveillants (A/HRC/31/57, par. 21) lors de la fouille.",
     "Des détenus ont été frappés par des surveillants lors de la fouille."),
    ("fr", "Le détenu n'a reçu aucun soin médical (note 14) pendant deux semaines.",
     "Le détenu n'a reçu aucun soin médical pendant deux semaines."),
    ("fr", "Les mineurs étaient détenus avec des adultes.8 Les cellules étaient surpeuplées.",
     "Les mineurs étaient détenus avec des adultes. Les cellules étaient surpeuplées."),
    ("fr", "Les cellules disciplinaires (p. 12) n'avaient aucune aération.",
     "Les cellules disciplinaires n'avaient aucune aération."),
    ("fr", "Les détenus n'avaient accès à la cour de promenade (voir annexe II) qu'une heure par semaine.",
     "Les détenus n'avaient accès à la cour de promenade qu'une heure par semaine."),
]


@pytest.mark.parametrize(("lang", "cited", "plain"), PAIRS)
def test_facts_across_a_citation(lang, cited, plain):
    want = _key(_read(lang, plain))
    assert want, f"no fact in the sentence without its citation: {plain}"
    got = _read(lang, cited)
    assert _key(got) == want, describe(got)


def test_enough_sentences():
    assert len(PAIRS) >= 40
    assert {lang for lang, *_ in PAIRS} == {"en", "es", "fr"}


#: (lang, text, the part that must stay as it is): numbers and parentheses that carry a fact
KEPT: list[tuple[str, str, str]] = [
    ("en", "They were held in their cells (23 hours a day) without exercise.", "(23 hours a day)"),
    ("en", "The cell (2.5 m² per person) was shared by four men.", "(2.5 m² per person)"),
    ("en", "The dormitory held 120 men,3 inmates to a bunk.", ",3 inmates"),
    ("en", "The cells,4 square metres each, held two men.", ",4 square"),
    ("en", "In 2019,3 inmates died in custody.", "2019,3"),
    ("en", "Section 5.12 The warden reported the figures.", "5.12"),
    ("en", "He was held (Tr. 45: twenty days in the hole) without a hearing.", "twenty days"),
    ("en", "Each cell (see para. 12: 6 square metres) held three men.", "6 square metres"),
    ("es", "Las celdas (23 horas al día) permanecían cerradas.", "(23 horas al día)"),
    ("es", "Las celdas,3 presos en cada una, estaban sucias.", ",3 presos"),
    ("fr", "Les détenus restent en cellule (22 heures par jour) sans activité.", "(22 heures par jour)"),
    ("fr", "Les cellules,9 détenus chacune, étaient insalubres.", ",9 détenus"),
]


@pytest.mark.parametrize(("lang", "text", "part"), KEPT)
def test_facts_are_never_blanked(lang, text, part):
    blanked = load_blanker(lang).blank(text)
    assert len(blanked) == len(text)
    i = text.index(part)
    assert blanked[i:i + len(part)] == part


@pytest.mark.parametrize("text", [
    "Conditions were harsh (inmates were locked in their cells twenty-three hours a day).",
    "Conditions were harsh (para. 12: inmates were locked in their cells twenty-three hours a day).",
    "Conditions were harsh (Tr. 45: inmates were locked in their cells twenty-three hours a day).",
])
def test_fact_in_parentheses_is_read(text):
    facts = _read("en", text)
    assert any(f.type == "confinement_hours" and f.value == 23 for f in facts), describe(facts)


def test_blanked_text_keeps_offsets_and_line_breaks():
    text = "Inmates were locked in their cells (Tr.\n112-13) all day."
    blanked = load_blanker("en").blank(text)
    assert len(blanked) == len(text) and blanked.count("\n") == 1
    assert "Tr." not in blanked and blanked.startswith("Inmates were locked in their cells ")
