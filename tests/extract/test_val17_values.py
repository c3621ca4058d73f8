"""Values that hold however they are written (issue 10, point 4), on sentences of our own: for each
valued fact type (hours in the cell, hours out of it, exercise, the length of an isolation, a cell's
area and its occupants, how often visits, calls and showers come), the same normalised value in
digits and in number words, "23-hour" and "23 hours", "hrs" and "hr", every way to write "a day" and
"a week", every way to write square metres and square feet, months and years, three forms of a
date, "from ... to" and "between ... and", in English, Spanish and French.  And traps: a frequency
is no duration, hours a week out of the cell are no hours a day, a cell "for two" has no area.
The value-keeping rewrites of ``benchmarks/invariance.py --values`` run on sentences of our own."""

from __future__ import annotations

import pytest
from benchmark_modules import load_benchmark
from extract_helpers import describe, reader

from dignity.eval.scorer import counted

INV = load_benchmark("invariance")
words = INV.number_words


@pytest.fixture(scope="module")
def read():
    readers = {lang: reader(lang) for lang in ("en", "es", "fr")}
    return lambda lang, text: readers[lang](text)


def _numbers(facts, type_):
    return [f.value for f in facts if f.type == type_ and counted(f)
            and isinstance(f.value, (int, float)) and not isinstance(f.value, bool)]


def _close(got: float, want: float) -> bool:
    return abs(got - want) <= max(0.15, 0.01 * want)


# ------------------------------------------------------------------ writings of one value
EN_DAY = ("a day", "per day", "each day", "every day", "daily")
EN_WEEK = ("a week", "per week", "each week", "weekly")


def _en_rows():
    rows = []
    for n in (20, 22, 23):
        for num in (str(n), words(n)):
            for h in ("hours", "hrs"):
                for per in EN_DAY:
                    rows.append(("en", f"Each of the men stays locked inside his cell {num} {h} {per}.",
                                 "confinement_hours", n))
            rows.append(("en", f"The women spend {num} hours of every day shut in their cells.",
                         "confinement_hours", n))
    for n in (1, 2):
        for num in (str(n), words(n)):
            h, hr = ("hour", "hr") if n == 1 else ("hours", "hrs")
            for per in EN_DAY:
                rows.append(("en", f"The youth is let out of his cell for only {num} {h} {per}.", "confinement_hours",
                             24 - n))
                rows.append(("en", f"She gets {num} {hr} {per} out of her cell.", "confinement_hours", 24 - n))
                rows.append(("en", f"The boys receive {num} {h} of exercise {per}.", "exercise_time", n))
    for num in ("3", "three"):
        for per in EN_WEEK:  # about 23.6 hours a day in the cell, not 3 nor 21
            rows.append(("en", f"The detainee is let out of his cell only {num} hours {per}.", "confinement_hours",
                         24 - 3 / 7))
    for n, unit, days in ((18, "months", 547.9), (2, "years", 730.5), (45, "days", 45), (6, "weeks", 42)):
        for num in (str(n), words(n)):
            rows.append(("en", f"The applicant has been kept in solitary confinement for {num} {unit}.",
                         "isolation_duration", days))
            rows.append(("en", f"The woman spent {num} {unit} in isolation.", "isolation_duration", days))
            rows.append(("en", f"The man served a {num}-{unit[:-1]} term in segregation.", "isolation_duration", days))
    for text in ("for a year and a half", "for one and a half years", "for eighteen months", "for 1.5 years"):
        rows.append(("en", f"The prisoner was held in solitary confinement {text}.", "isolation_duration", 547.9))
    for start, end in (("2 March 2015", "2 March 2016"), ("March 2, 2015", "March 2, 2016"),
                       ("2015-03-02", "2016-03-02")):
        rows.append(("en", f"The prisoner was held in solitary confinement from {start} to {end}.",
                     "isolation_duration", 366))
        rows.append(("en", f"The prisoner was held in solitary confinement between {start} and {end}.",
                     "isolation_duration", 366))
    for unit in ("square metres", "square meters", "sq m", "sq. m", "m2", "m²"):
        for num in ("6", "six"):
            rows.append(("en", f"The cell he lives in measures {num} {unit}.", "cell_space", 6))
    rows.append(("en", "His cell measures 6 sq. metres.", "cell_space", 6))
    for unit in ("square feet", "sq ft", "sq. ft.", "ft2", "ft²"):
        for num in ("60", "sixty"):
            rows.append(("en", f"Her cell had a floor area of {num} {unit} in all.", "cell_space", 5.6))
    for text in ("7 by 14 feet", "7 ft by 14 ft", "seven feet by fourteen feet", "7' x 14'"):
        rows.append(("en", f"The cell measured {text}.", "cell_space", 9.1))
    for text in ("2 x 3 metres", "2m x 3m", "two metres by three metres", "2 metres wide and 3 metres long"):
        rows.append(("en", f"The cell measured {text}.", "cell_space", 6))
    return rows


def _es_fr_rows():
    rows = []
    for n in (22, 23):
        for num in (str(n), words(n, "es", feminine=True)):
            for per in ("al día", "por día", "cada día", "diarias"):
                rows.append(("es", f"El joven permanece encerrado en su celda {num} horas {per}.", "confinement_hours",
                             n))
        for num in (str(n), words(n, "fr", feminine=True)):
            for per in ("par jour", "chaque jour", "sur vingt-quatre"):
                rows.append(("fr", f"La détenue reste enfermée dans sa cellule {num} heures {per}.",
                             "confinement_hours", n))
    rows += [("es", "Los internos permanecen en sus celdas 23 de las 24 horas del día.", "confinement_hours", 23),
             ("es", "El preso sale de su celda 1,5 horas al día.", "confinement_hours", 22.5),
             ("es", "Tiene 1,5 horas de patio al día.", "exercise_time", 1.5),
             ("es", "Tiene una hora y media de patio al día.", "exercise_time", 1.5),
             ("fr", "Il a 1,5 heure de promenade par jour.", "exercise_time", 1.5),
             ("es", "Lleva dieciocho meses en aislamiento.", "isolation_duration", 547.9),
             ("es", "Ha permanecido en aislamiento durante un año y medio.", "isolation_duration", 547.9),
             ("fr", "Il est à l'isolement depuis un an et demi.", "isolation_duration", 547.9),
             ("fr", "Il est à l'isolement depuis dix-huit mois.", "isolation_duration", 547.9)]
    for per in ("a la semana", "por semana", "cada semana"):  # an hour's share of a day, not three
        rows.append(("es", f"La reclusa tiene tres horas de patio {per}.", "exercise_time", 3 / 7))
    rows.append(("es", "La reclusa solo tiene tres horas semanales de patio.", "exercise_time", 3 / 7))
    for text in ("trois heures hebdomadaires de promenade", "trois heures de promenade par semaine"):
        rows.append(("fr", f"Le mineur a droit à {text}.", "exercise_time", 3 / 7))
    for text in ("deux heures quotidiennes", "deux heures par jour", "deux heures chaque jour"):
        rows.append(("fr", f"Il ne sort de sa cellule que {text}.", "confinement_hours", 22))
    for text in ("entre le 1er mars 2023 et le 1er mars 2024", "du 1er mars 2023 au 1er mars 2024"):
        rows.append(("fr", f"Il a été placé à l'isolement {text}.", "isolation_duration", 366))
    for text in ("23 hours/day", "23 hrs/day", "23 hours per day"):
        rows.append(("en", f"The man is locked in his cell {text}.", "confinement_hours", 23))
    rows.append(("en", "He gets 3 hours/week out of his cell.", "confinement_hours", 24 - 3 / 7))
    rows.append(("fr", "Il reste enfermé 22 heures/jour.", "confinement_hours", 22))
    for num in ("21", "veintiún"):
        rows.append(("es", f"Estuvo en aislamiento durante {num} días.", "isolation_duration", 21))
    for num in ("21", "vingt et un"):
        rows.append(("fr", f"Il a été placé à l'isolement pendant {num} jours.", "isolation_duration", 21))
    for num in ("9", "nueve", "9,0"):
        for unit in ("metros cuadrados", "m2", "m²"):
            rows.append(("es", f"La celda mide {num} {unit}.", "cell_space", 9))
    for num in ("9", "neuf"):
        for unit in ("mètres carrés", "m2", "m²"):
            rows.append(("fr", f"La cellule mesure {num} {unit}.", "cell_space", 9))
    return rows


VALUE_ROWS = _en_rows() + _es_fr_rows()


@pytest.mark.parametrize("lang,text,type_,want", VALUE_ROWS)
def test_one_value_however_written(read, lang, text, type_, want):
    facts = read(lang, text)
    got = _numbers(facts, type_)
    assert any(_close(v, want) for v in got), f"{text!r}: want {type_} {want}, got {describe(facts)}"


# ------------------------------------------------------------------ frequencies stay frequencies
FREQUENCY_ROWS = [
    ("en", "His family visits him only twice a month.", "family_visits", 2, "month"),
    ("en", "He can call his family only once a week.", "family_calls", 1, "week"),
    ("en", "He can call his family only once weekly.", "family_calls", 1, "week"),
    ("en", "The women could shower only three times a week.", "hygiene", 3, "week"),
    ("en", "The women could shower only 3 times per week.", "hygiene", 3, "week"),
    ("en", "The women showered only thrice weekly.", "hygiene", 3, "week"),
    ("en", "Inmates were allowed exercise only 3 times per week.", "exercise_time", 3, "week"),
    ("es", "Solo recibe visitas de su familia dos veces al mes.", "family_visits", 2, "mes"),
    ("es", "Las visitas familiares están limitadas a dos veces al mes.", "family_visits", 2, "mes"),
    ("es", "Solo puede ducharse tres veces por semana.", "hygiene", 3, "semana"),
    ("fr", "Il ne reçoit la visite de sa famille que deux fois par mois.", "family_visits", 2, "mois"),
    ("fr", "Les visites familiales sont limitées à une fois chaque semaine.", "family_visits", 1, "semaine"),
    ("fr", "Il ne reçoit qu'une visite chaque semaine.", "family_visits", 1, "semaine"),
    ("fr", "Il ne reçoit qu'une visite par semaine.", "family_visits", 1, "semaine"),
]


@pytest.mark.parametrize("lang,text,type_,amount,per", FREQUENCY_ROWS)
def test_a_frequency_is_kept_as_one(read, lang, text, type_, amount, per):
    facts = [f for f in read(lang, text) if f.type == type_ and counted(f)]
    assert any(f.qualifiers.get("amount") == amount and f.qualifiers.get("per") == per for f in facts), \
        f"{text!r}: want {amount}/{per}, got {describe(facts)}"
    assert not any(f.type == "isolation_duration" and f.value for f in read(lang, text))


# ------------------------------------------------------------------ traps
#: (lang, sentence, type, want): None, no number of that type at all; a number, that one and no other
TRAP_ROWS = [
    ("en", "His family visits him twice a month while he is in isolation.", "isolation_duration", None),
    ("en", "He is kept in isolation and sees his lawyer every two weeks.", "isolation_duration", None),
    ("en", "He is kept in isolation and may phone home once every three months.", "isolation_duration", None),
    ("en", "He is held in segregation five days a week.", "isolation_duration", None),
    ("en", "He is held in isolation every day of the week.", "isolation_duration", None),
    ("en", "He was allowed two visits a month during his eighteen months in isolation.", "isolation_duration", 547.9),
    ("en", "He has been in isolation for two months and receives visits twice a month.", "isolation_duration", 60.9),
    ("en", "He is out of his cell for three hours a week.", "confinement_hours", 24 - 3 / 7),
    ("en", "He is out of his cell for 3 hrs per week.", "confinement_hours", 24 - 3 / 7),
    ("en", "He gets three hours a week out of his cell.", "confinement_hours", 24 - 3 / 7),
    ("en", "He is only let out of his cell three times a week.", "confinement_hours", None),
    ("en", "He spends one hour a week in the yard.", "exercise_time", 1 / 7),
    ("en", "The lights in his cell are on 24 hours a day.", "confinement_hours", None),
    ("en", "He was interrogated for 12 hours a day.", "confinement_hours", None),
    ("en", "The lockdown lasted for 11 days, with 3 hours daily exercise.", "confinement_hours", None),
    ("en", "He is held in a cell for two.", "cell_space", None),
    ("en", "He shares a cell for two with another man.", "cell_space", None),
    ("en", "He is held in a two-person cell.", "cell_space", None),
    ("en", "He is held in a cell designed for two.", "cell_space", None),
    ("en", "His cell is 6 feet wide.", "cell_space", None),
    ("en", "He was 17 years old when he was placed in isolation.", "isolation_duration", None),
    ("en", "He spent 40 days in segregation over a period of six months.", "isolation_duration", 40),
    ("en", "He spent 40 days in segregation over a six-month period.", "isolation_duration", 40),
    ("en", "The expert said that he had been isolated on 9 occasions, amounting to 75 days in solitary confinement "
           "over a period of five months.", "isolation_duration", 75),
    ("es", "Está en aislamiento y recibe dos visitas al mes.", "isolation_duration", None),
    ("es", "Está en una celda para dos personas.", "cell_space", None),
    ("es", "Solo sale al patio seis horas semanales.", "exercise_time", 6 / 7),
    ("es", "Sale de su celda 1,5 horas al día.", "confinement_hours", 22.5),
    ("fr", "Il ne sort de sa cellule que trois heures par semaine.", "confinement_hours", 24 - 3 / 7),
    ("fr", "Il est à l'isolement et reçoit deux visites par mois.", "isolation_duration", None),
    ("fr", "Il est détenu dans une cellule prévue pour deux.", "cell_space", None),
]


@pytest.mark.parametrize("lang,text,type_,want", TRAP_ROWS)
def test_a_trap_keeps_its_value(read, lang, text, type_, want):
    facts = read(lang, text)
    got = _numbers(facts, type_)
    if want is None:
        assert not got, f"{text!r}: no {type_} value expected, got {describe(facts)}"
    else:
        assert got and all(_close(v, want) for v in got), f"{text!r}: want {type_} {want} only, got {describe(facts)}"


SPACE_ROWS = [
    ("en", "The 63 ft2 cell is shared by two men.", 5.9, 2),
    ("en", "Three women shared a cell of 9 square metres.", 9, 3),
    ("en", "A cell of 9 m2 was occupied by three detainees.", 9, 3),
    ("en", "She shared a 9 m² cell with two other prisoners.", 9, 3),
    ("es", "Tres internos comparten una celda de 9 metros cuadrados.", 9, 3),
    ("es", "Una celda de 9 m2 ocupada por tres personas.", 9, 3),
    ("fr", "Une cellule de 9 m² occupée par trois détenus.", 9, 3),
    ("fr", "Trois détenus partagent une cellule de neuf mètres carrés.", 9, 3),
]


@pytest.mark.parametrize("text,area", [("Each inmate had about 2 sq. meters.", 2),
                                       ("Each prisoner had an average of 1.2 square meters of space.", 1.2),
                                       ("Prisoners had less than one square meter per person.", 1)])
def test_an_area_per_person(read, text, area):
    facts = [f for f in read("en", text) if f.type == "cell_space"]
    assert facts and facts[0].qualifiers.get("area_is_per_person") and _close(facts[0].value, area), describe(facts)


@pytest.mark.parametrize("lang,text,area,occupants", SPACE_ROWS)
def test_a_space_per_person_from_area_and_headcount(read, lang, text, area, occupants):
    facts = [f for f in read(lang, text) if f.type == "cell_space"]
    assert facts and facts[0].qualifiers.get("occupants") == occupants and _close(facts[0].value, area), \
        describe(facts)
    assert _close(facts[0].qualifiers["m2_per_person"], area / occupants)


# ------------------------------------------------------------------ the rewrites of invariance.py --values
def test_number_words():
    assert [words(n) for n in (7, 23, 40, 99)] == ["seven", "twenty-three", "forty", "ninety-nine"]
    assert [words(n, "es") for n in (16, 21, 23, 31, 45)] == ["dieciséis", "veintiún", "veintitrés", "treinta y un",
                                                               "cuarenta y cinco"]
    assert words(21, "es", feminine=True) == "veintiuna"
    assert [words(n, "fr") for n in (17, 21, 71, 80, 81, 95)] == [
        "dix-sept", "vingt et un", "soixante et onze", "quatre-vingts", "quatre-vingt-un", "quatre-vingt-quinze"]
    assert words(21, "fr", feminine=True) == "vingt et une"


EN_SENTENCES = [
    "The inmates were held in their cells for 23 hours a day and spent 18 months in segregation.",
    "He was allowed out of his cell for only one hour a day for two years.",
    "A 90-day placement in isolation followed; his family visits him only twice a month.",
    "Her cell measured 6.5 m2 and was shared with another woman.",
    "The cell offered 80 sq. ft. of space to the two men held in it.",
    "He was held in solitary confinement from 2 March 2015 to 4 May 2016.",
    "The 23-hour lockdown lasted for 11 days, with 3 hours daily exercise.",
    "He could shower only three times a week while locked in his cell 22 hours per day.",
    "She has been in isolation for 2 years; she may call her family only once per week.",
    "The boys could see their parents only twice per month and were locked in their cells 20 hours a day.",
    "The cell measured six square metres; he was held in it between March 2, 2015 and May 4, 2016.",
    "The men were kept on 22-hour lockdown in a cell of 9 sq m.",
]
ES_SENTENCES = [
    "El interno permanece encerrado 23 horas al día en una celda de 9 metros cuadrados.",
    "Estuvo en aislamiento durante 21 días y solo tenía 2 visitas por semana.",
    "Solo sale de su celda una hora diaria.",
    "Estuvo en aislamiento durante veintiún días en una celda de 6 m2.",
    "Solo recibe visitas de su familia dos veces a la semana y permanece en su celda veintidós horas diarias.",
]
FR_SENTENCES = [
    "Le détenu reste enfermé 22 heures par jour dans une cellule de 9 m².",
    "Il a été placé à l'isolement pendant 21 jours et ne reçoit qu'une visite par semaine.",
    "Il ne sort de sa cellule que deux heures quotidiennes.",
    "Il reste enfermé vingt-deux heures chaque jour dans une cellule de neuf mètres carrés.",
    "La cellule mesure 9 m2 et il ne reçoit qu'une visite hebdomadaire.",
]


@pytest.fixture(scope="module")
def value_keys():
    from dignity.extract.engine import Extractor

    extractors = {lang: Extractor(lang) for lang in ("en", "es", "fr")}
    return lambda lang, text: INV.value_keys(extractors[lang], text, "2024-03-01")


@pytest.mark.parametrize("lang,rewrite", [(lang, name) for lang, _, rewrites in INV.VALUE_PASSES for name in rewrites])
def test_a_value_rewrite_keeps_the_values(value_keys, lang, rewrite):
    fn = {code: rewrites for code, _, rewrites in INV.VALUE_PASSES}[lang][rewrite]
    sentences = {"en": EN_SENTENCES, "es": ES_SENTENCES, "fr": FR_SENTENCES}[lang]
    changed = [(s, fn(s)) for s in sentences]
    assert any(a != b for a, b in changed), f"{rewrite} changes none of the sentences"
    for before, after in changed:
        if before == after:
            continue
        base, keys = value_keys(lang, before), value_keys(lang, after)
        assert base, f"{before!r} gives no value"
        lost = [k for k in base if not INV.near(k, keys)]
        assert not lost, f"{rewrite}: {before!r} -> {after!r} lost {lost}"
