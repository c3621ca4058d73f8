"""Facts whose parts are told in two neighbouring sentences.

Sentences written for this suite (none taken from a real document): a design capacity
then the head count (overcrowding, or none where the count is within it), a cell's size
then how many share it (cell_space with occupants), a stay's length told of the place
("They are used for up to 30 days"), a condition told of a place named just before
("There, ..."); and traps: two unrelated numbers, a count of staff or beds, the capacity
of a place still planned, another case's facts."""

from __future__ import annotations

from functools import lru_cache

import pytest

import dignity
from extract_helpers import counted, describe


@lru_cache(maxsize=None)
def _assessed(lang: str, text: str):
    return dignity.assess(text, lang=lang).facts


def _facts(lang: str, text: str, type_: str):
    return counted(_assessed(lang, text), type_)


# (lang, text, negated): overcrowding read from a capacity and the next sentence's count
CAPACITY: list[tuple[str, str, bool]] = [
    ("en", "The prison was built for 600 inmates. It currently holds 1,420.", False),
    ("en", "The official capacity is 300. On the day of the visit there were 720 prisoners.", False),
    ("en", "The official capacity is 300. On the day of the visit there were 250 prisoners.", True),
    ("en", "The detention centre has a capacity of 120. Its population stood at more than 300.", False),
    ("en", "The county jail was designed to hold 250 people. At the time of the inspection, it held 611.", False),
    ("en", "The remand centre was constructed for 80 detainees. Today it houses 95.", False),
    ("en", "The women's annex has space for 40. At present it holds 38 women.", True),
    ("en", "The juvenile hall was rated for 150 youths. In March 2019 it held 90.", True),
    ("en", "The station lock-up was built for 12. During our visit, there were 31 men in it.", False),
    ("en", "The penitentiary's rated capacity is 1,200. The population stood at 2,950.", False),
    ("en", "The facility was meant for 500 people. In practice it housed nearly 900.", False),
    ("en", "The unit has beds for 60. On the date of the mission there were 58 detainees.", True),
    ("en", "The camp was planned for 3,000 migrants. By the time of the visit it held over 7,000.", False),
    ("en", "The prison's official capacity was 400. It had 1,100 prisoners.", False),
    ("en", "The capacity is 90. There were more than 90 women held there.", False),
    ("en", "The jail was built for 96 inmates. Currently, it holds 57.", True),
    ("en", "The block was designed to accommodate 200. At the time of our visit, the block held 410 inmates.", False),
    ("en", "The centre was built for 350 detainees. Yet it held some 800.", False),
    ("es", "El penal fue construido para 600 internos. Actualmente alberga a 1.420.", False),
    ("es", "La cárcel tiene capacidad para 300 personas. El día de la visita había 720 internos.", False),
    ("es", "El área de mujeres tiene una capacidad instalada para 80 internas. En la fecha de la visita "
           "se encontró a una población de 45 mujeres.", True),
    ("es", "El centro fue diseñado para 150 personas. Al momento de la inspección albergaba a 410.", False),
    ("es", "La estación tiene una capacidad de 20 personas. Durante la visita había 12 detenidos.", True),
    ("es", "El reclusorio tiene capacidad para 1.500 internos. Sin embargo, alberga a más de 4.000.", False),
    ("fr", "La maison d'arrêt a une capacité de 300 places. Le jour de la visite, on comptait 720 détenus.", False),
    ("fr", "L'établissement a été conçu pour 600 détenus. Il en accueille aujourd'hui 1 420.", False),
    ("fr", "La prison a une capacité de 300 places. Elle accueillait 250 personnes détenues.", True),
    ("fr", "Le centre a été construit pour 140 personnes. Lors de la visite, il hébergeait 260 personnes.", False),
    ("fr", "Le quartier des femmes est prévu pour 40 détenues. Actuellement, il en compte 35.", True),
    ("fr", "La capacité théorique est de 500 places. Or la population pénale s'élevait à 910 détenus.", False),
    ("en", "The lock-up has a capacity of 30. In fact, there were 74 people held in it.", False),
    ("en", "The girls' unit was designed for 24. It held 22 girls at the time of the visit.", True),
    ("en", "The wing's capacity stood at 180. The head count was 312.", False),
    ("en", "The men's dormitory was built for 50 men. It now houses 126.", False),
    ("en", "The remand prison was intended for 700 detainees. It holds about 2,100.", False),
    ("en", "The centre was built to house 400 people. It contained 310 people on the day of our visit.", True),
    ("en", "The prison has 300 places. It holds 720 prisoners.", False),
    ("en", "The prison has 300 places. On the day of the visit it held 280.", True),
    ("es", "La estación migratoria fue diseñada para 960 personas. En la fecha de la visita había 1.700 migrantes.",
     False),
    ("fr", "Le centre de rétention est conçu pour 120 personnes. Le jour du contrôle, il en accueillait 95.", True),
]


@pytest.mark.parametrize("lang,text,negated", CAPACITY)
def test_capacity_and_count_in_two_sentences(lang: str, text: str, negated: bool) -> None:
    facts = _facts(lang, text, "overcrowding")
    assert any(f.negated == negated for f in facts), describe(_assessed(lang, text))
    assert all(f.negated == negated for f in facts), describe(_assessed(lang, text))


def test_capacity_pair_keeps_both_numbers() -> None:
    facts = _facts("en", "The prison was built for 600 inmates. It currently holds 1,420.", "overcrowding")
    f = facts[0]
    assert f.qualifiers["headcount"] == 1420 and f.qualifiers["capacity"] == 600
    assert f.qualifiers["percent_over_capacity"] == 137
    assert len(f.evidence) == 2 and "built for 600" in f.evidence[1].text


# (lang, text): no overcrowding either way (no pair: another place, staff, beds, a plan ...)
CAPACITY_TRAPS: list[tuple[str, str]] = [
    ("en", "The jail was designed to hold 200 people. It has 45 guards."),
    ("en", "The new annex will be built for 400 inmates. It currently holds 90."),
    ("en", "The prison was built for 600 inmates. The city has 1,420 registered voters."),
    ("en", "The prison was built for 600 inmates. It employs 130 officers."),
    ("en", "The official capacity is 300. There were 45 staff on duty."),
    ("en", "The hospital wing has beds for 20. There were 14 nurses."),
    ("en", "The water tank has a capacity of 500 litres. There were 40 prisoners in the yard."),
    ("en", "The prison was built in 1962. It holds 900 men."),
    ("en", "The jail was designed to hold 200 people. It has 40 cells."),
    ("en", "A new prison is to be built for 2,000 inmates. It currently holds 900."),
    ("en", "The courtroom has seats for 60. There were 75 people at the hearing."),
    ("en", "The prison was built for 600 inmates. Visitors numbered 1,420 last year."),
    ("en", "The prison was built for 600 inmates. There were 800 applications for parole."),
    ("en", "The yard has room for 60. It has 45 cameras."),
    ("es", "La cárcel tiene capacidad para 300 personas. Tiene 45 custodios."),
    ("es", "El nuevo penal tendrá capacidad para 2.000 internos. Actualmente alberga a 900."),
    ("es", "La cárcel tiene capacidad para 300 personas. El día de la visita había 40 funcionarios."),
    ("fr", "La prison a une capacité de 300 places. Il compte 45 surveillants."),
    ("fr", "Le nouvel établissement aura une capacité de 600 places. Il en accueille 700."),
    ("fr", "La prison a une capacité de 300 places. Lors de la visite, on comptait 12 médecins."),
    ("en", "The kitchen was built for 40 cooks. There were 55 prisoners in the kitchen."),
    ("en", "The jail was designed to hold 200 people. There were 3 deaths in custody that year."),
    ("en", "The prison was built for 600 inmates. It has 12 wings and a chapel."),
    ("en", "The prison was built for 600 inmates. It had 35 percent more staff than required."),
    ("en", "The gymnasium has room for 300. There were 14 complaints about the food."),
    ("es", "La cárcel tiene capacidad para 300 personas. Tiene 12 pabellones."),
    ("fr", "La prison a une capacité de 300 places. Elle compte 12 bâtiments."),
]


@pytest.mark.parametrize("lang,text", CAPACITY_TRAPS)
def test_capacity_pair_traps(lang: str, text: str) -> None:
    facts = [f for f in _facts(lang, text, "overcrowding")
             if f.explain and f.explain.recognizer == "derived.capacity_across"]
    assert not facts, describe(facts)


def test_capacity_pair_not_across_paragraphs() -> None:
    text = "The prison was built for 600 inmates.\n\nIt currently holds 1,420 files in its archive room."
    assert not [f for f in _assessed("en", text) if f.type == "overcrowding"], describe(_assessed("en", text))


def test_count_in_its_own_sentence_is_not_paired_twice() -> None:
    text = "The prison was built for 600 inmates and held 1,420. It currently holds 1,500."
    facts = [f for f in _assessed("en", text) if f.type == "overcrowding"]
    assert facts and not any(f.explain.recognizer == "derived.capacity_across" for f in facts), describe(facts)


# (lang, text, area, occupants): a cell's size, then how many share it
OCCUPANTS: list[tuple[str, str, float, float]] = [
    ("en", "The cells measure 9 square metres. Each holds up to six detainees.", 9, 6),
    ("en", "The cells measure 9 square metres. Six detainees were held in each.", 9, 6),
    ("en", "Each cell measured 2 by 3 metres. Four prisoners shared it.", 6, 4),
    ("en", "His cell was 6 square metres. He shared it with two other men.", 6, 3),
    ("en", "The dormitory measures 40 square metres. It holds 35 women.", 40, 35),
    ("en", "The holding cell measured 12 square metres. It was shared by eight men.", 12, 8),
    ("en", "The cells are 8 square metres in size. Each is occupied by four inmates.", 8, 4),
    ("en", "Her cell measured 7 square metres. She shared it with three other women.", 7, 4),
    ("en", "The cells measured 10 square metres. They housed as many as twelve boys.", 10, 12),
    ("en", "The room measured 20 square metres. Fifteen migrants were kept in it.", 20, 15),
    ("es", "Las celdas miden 9 metros cuadrados. Cada una alberga a seis internos.", 9, 6),
    ("es", "La celda mide 12 metros cuadrados. Es ocupada por ocho personas.", 12, 8),
    ("es", "Las celdas miden 10 metros cuadrados. En cada una había seis detenidos.", 10, 6),
    ("fr", "Les cellules mesurent 9 m². Chacune accueille six détenus.", 9, 6),
    ("fr", "La cellule mesure 9 m². Elle est occupée par trois personnes.", 9, 3),
    ("fr", "Les cellules mesurent 12 m². Elles sont occupées par quatre détenus.", 12, 4),
]


@pytest.mark.parametrize("lang,text,area,occ", OCCUPANTS)
def test_cell_size_then_occupants(lang: str, text: str, area: float, occ: float) -> None:
    facts = _facts(lang, text, "cell_space")
    assert facts, describe(_assessed(lang, text))
    f = facts[0]
    assert f.value == pytest.approx(area), describe(facts)
    assert f.qualifiers.get("occupants") == occ, describe(facts)
    assert f.qualifiers.get("m2_per_person") == pytest.approx(round(area / occ, 2)), describe(facts)


# (lang, text): the cell's size with no headcount of the next sentence
OCCUPANT_TRAPS: list[tuple[str, str]] = [
    ("en", "The cells measure 9 square metres. The prison holds 900 detainees."),
    ("en", "The cells measure 9 square metres. Each holds two bunk beds."),
    ("en", "The cells measure 9 square metres. Each has a toilet and a sink."),
    ("en", "The cells measure 9 square metres. Each holds 2 beds and a table."),
    ("en", "The cells measure 9 square metres.\n\nSix detainees were held in each of the vans."),
    ("en", "The cells measure 9 square metres. The wing has 40 staff."),
    ("en", "The cells measure 9 square metres. It was built for six detainees."),
    ("en", "The cells measure 9 square metres. Each holds six mattresses."),
    ("en", "The cells measure 9 square metres. Each contains 3 bunks."),
    ("es", "Las celdas miden 9 metros cuadrados. El penal alberga a 900 internos."),
    ("fr", "Les cellules mesurent 9 m². La prison accueille 900 détenus."),
    ("fr", "Les cellules mesurent 9 m². Chacune compte deux lits."),
]


@pytest.mark.parametrize("lang,text", OCCUPANT_TRAPS)
def test_cell_size_occupant_traps(lang: str, text: str) -> None:
    facts = [f for f in _assessed(lang, text) if f.type == "cell_space"]
    assert facts and all("occupants" not in f.qualifiers for f in facts), describe(facts)


# (text, type): a condition told in the sentence after a place; counted, about the people there
NEXT_SENTENCE: list[tuple[str, str]] = [
    ("He was moved to the segregation unit in May. There, the lights were never turned off.", "constant_light"),
    ("She was transferred to the isolation wing. There, she was denied exercise for weeks.", "exercise_time"),
    ("They were taken to the basement cells. There, the lights stayed on day and night.", "constant_light"),
    ("He was placed in the punishment block in 2019. There, he had no access to a lawyer.", "legal_access"),
    ("The punishment cells have no window. They are used for up to 30 days.", "isolation_duration"),
    ("He was placed in solitary confinement in January. He remained there for 18 months.", "isolation_duration"),
    ("The disciplinary cells are tiny and dark. They are used for periods of up to 45 days.", "isolation_duration"),
    ("He was moved to the segregation unit. The lights were never turned off.", "constant_light"),
]


@pytest.mark.parametrize("text,type_", NEXT_SENTENCE)
def test_condition_in_the_next_sentence(text: str, type_: str) -> None:
    assert _facts("en", text, type_), describe(_assessed("en", text))


@pytest.mark.parametrize("text,days", [
    ("He was placed in segregation on 3 March 2019. He was released on 12 June 2019.", 101),
    ("She was put in solitary confinement on 1 May 2020. She was not returned to the general population "
     "until 31 May 2020.", 30),
])
def test_isolation_from_placement_to_release(text: str, days: int) -> None:
    facts = _facts("en", text, "isolation_duration")
    assert facts and facts[0].value == days, describe(_assessed("en", text))


@pytest.mark.parametrize("text", [
    "He was placed in solitary confinement on 3 March 2019. His brother was released on 12 June 2019.",
    "He was placed in solitary confinement on 3 March 2019. He was released on bail.",
    "He was placed in solitary confinement in March 2019. He was released on 12 June 2019 from the hospital.",
    "He was placed in solitary confinement on 3 March 2019. The report was released on 12 June 2019.",
])
def test_placement_and_release_traps(text: str) -> None:
    assert not _facts("en", text, "isolation_duration"), describe(_assessed("en", text))


def test_punishment_cell_length_is_read() -> None:
    facts = _facts("en", "The punishment cells have no window. They are used for up to 30 days.", "isolation_duration")
    assert facts and facts[0].value == 30, describe(facts)


def test_there_sentence_gets_the_place_as_evidence() -> None:
    text = "He was moved to the segregation unit in May. There, the lights were never turned off."
    f = _facts("en", text, "constant_light")[0]
    assert any("segregation unit" in ev.text for ev in f.evidence), describe([f])


# (lang, text, type): a "There," that points to another case, or with no place before it: not counted
NEXT_SENTENCE_TRAPS: list[tuple[str, str, str]] = [
    ("en", "The court considered a similar claim in an earlier case. There, the lights were never turned off.",
     "constant_light"),
    ("en", "In Smith v. Jones, the plaintiff was moved to a segregation unit. There, the lights were never "
           "turned off.", "constant_light"),
    ("en", "The Seventh Circuit has long held that constant illumination may be cruel. There, the lights were "
           "never turned off.", "constant_light"),
    ("en", "In that case, the inmate was placed in a strip cell. There, he had no mattress for a week.", "bedding"),
    ("en", "The Supreme Court decided the case in 1978. There, the lights were never turned off.", "constant_light"),
    ("en", "The punishment cells have no window. It is used for storage.", "isolation_duration"),
    ("en", "The punishment cells have no window. They are used for 30 people.", "isolation_duration"),
    ("en", "He was placed in the punishment cell. It is used for storage for 30 days a year by the kitchen, "
           "which keeps flour in it.", "overcrowding"),
]


@pytest.mark.parametrize("lang,text,type_", NEXT_SENTENCE_TRAPS)
def test_next_sentence_traps(lang: str, text: str, type_: str) -> None:
    facts = _facts(lang, text, type_)
    assert not facts, describe(facts)


@pytest.mark.parametrize("lang,text,type_", [
    ("es", "Fue trasladado a la celda de castigo en mayo. Allí, la luz permanecía encendida día y noche.",
     "constant_light"),
    ("fr", "Il a été placé au quartier disciplinaire en mai. Là, la lumière restait allumée jour et nuit.",
     "constant_light"),
])
def test_condition_in_the_next_sentence_es_fr(lang: str, text: str, type_: str) -> None:
    assert _facts(lang, text, type_), describe(_assessed(lang, text))
