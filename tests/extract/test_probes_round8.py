"""Constructions found by probing the build with sentences of our own (round 8).

- "no" right before a harm denies it ("there was no overcrowding", "no solitary confinement was
  used", "he had no injuries"); before a thing provided it is still the lack the fact states ("no
  mattress"), and a "no" that opens the subject of another verb denies that verb, not the harm
  ("no beating reported by the detainees had been investigated").
- A register of measures not kept denies no measure (fr "aucun registre des placements à
  l'isolement", es "no existe ningún registro de las sanciones de aislamiento").
- A supply cut (fr "l'eau chaude a été coupée", es "el agua caliente fue cortada").
- Cold water for washing is no drinking water (es "agua fría").
- A cell shared with another inmate is no isolation, and the cellmate counts as an occupant.
- Visits suspended for the inmates are theirs, not a monitor's; a monitor's own visit ("our
  visit") is no family visit.
- Families who had to provide the food: the prison did not.
"""

from __future__ import annotations

import pytest

from extract_helpers import describe, stated, stated_of




@pytest.mark.parametrize("text,type_", [
    ("There was no overcrowding in the women's wing at the time of the visit.", "overcrowding"),
    ("The county jail had no overcrowding during the period under review.", "overcrowding"),
    ("No solitary confinement was used at the juvenile centre in 2019.", "solitary"),
    ("The examining doctor found no injuries on the detainee's body.", "physical_health"),
    ("There were no visible injuries when he was admitted.", "physical_health"),
    ("Officials stated that there was no overcrowding in the remand centre.", "overcrowding"),
])
def test_no_before_a_harm_denies_it(text: str, type_: str) -> None:
    got = stated_of(text, type_)
    assert got and all(f.negated for f in got), describe(stated(text))


@pytest.mark.parametrize("text,type_", [
    ("He had no mattress and slept on the concrete floor.", "bedding_clothing"),
    ("There was no natural light in the basement cells.", "no_natural_light"),
    ("No beating reported by the detainees had been investigated by the prosecutor.", "use_of_force"),
    ("Inmates had no relief from the constant lighting of the unit.", "constant_light"),
])
def test_no_before_a_thing_provided_is_still_the_lack(text: str, type_: str) -> None:
    got = stated_of(text, type_)
    assert got and not all(f.negated for f in got), describe(stated(text))


@pytest.mark.parametrize("text,lang", [
    ("Il n'existe aucun registre des placements à l'isolement dans cet établissement.", "fr"),
    ("L'établissement ne tient pas de registre des mises à l'isolement.", "fr"),
    ("No existe ningún registro de las sanciones de aislamiento impuestas a los internos.", "es"),
    ("No se lleva ningún registro de las medidas de aislamiento aplicadas en el módulo.", "es"),
])
def test_a_register_not_kept_denies_no_measure(text: str, lang: str) -> None:
    got = stated_of(text, "solitary", lang)
    assert got and not any(f.negated for f in got), describe(stated(text, lang))


@pytest.mark.parametrize("text,lang", [
    ("Aucune personne n'a été placée à l'isolement au cours de l'année.", "fr"),
    ("Ningún interno fue sometido a aislamiento durante la visita.", "es"),
])
def test_a_denied_placement_stays_denied(text: str, lang: str) -> None:
    got = stated_of(text, "solitary", lang)
    assert not got or all(f.negated for f in got), describe(stated(text, lang))


@pytest.mark.parametrize("text,lang,type_", [
    ("L'eau chaude a été coupée pendant trois semaines dans tout le bâtiment.", "fr", "hygiene"),
    ("L'électricité est coupée chaque soir à 22 heures dans les cellules.", "fr", "darkness"),
    ("El agua caliente fue cortada durante un mes en todo el módulo.", "es", "hygiene"),
])
def test_a_supply_cut(text: str, lang: str, type_: str) -> None:
    assert stated_of(text, type_, lang), describe(stated(text, lang))


@pytest.mark.parametrize("text,lang", [
    ("Les cheveux des détenus sont coupés à leur arrivée.", "fr"),
    ("Los internos sólo pueden ducharse con agua fría.", "es"),
])
def test_no_supply_cut_or_drinking_water_where_there_is_none(text: str, lang: str) -> None:
    got = [f for f in stated(text, lang) if f.type in ("food_water", "hygiene", "darkness", "sanitation")]
    assert all(f.type == "hygiene" for f in got), describe(got)
    if lang == "es":
        assert not stated_of(text, "food_water", lang), describe(stated(text, lang))


def test_a_shared_cell_is_no_isolation_and_the_cellmate_counts() -> None:
    text = ("MEMORANDUM OPINION. Under 42 U.S.C. § 1983 the plaintiff sued. Plaintiff was confined to a cell "
            "measuring six by nine feet with another inmate for eleven months.")
    assert not stated_of(text, "isolation_duration"), describe(stated(text))
    space = stated_of(text, "cell_space")
    assert space and space[0].qualifiers.get("occupants") == 2.0, describe(space)
    alone = ("MEMORANDUM OPINION. Under 42 U.S.C. § 1983 the plaintiff sued. He was confined to his cell "
             "twenty-four hours a day for 187 days.")
    assert [f.value for f in stated_of(alone, "isolation_duration")] == [187], describe(stated(alone))


@pytest.mark.parametrize("text", [
    "Authorities suspended visits for all inmates in the wing after an escape attempt.",
    "The director cancelled all visits for the men in the punishment block.",
    "Prison officials banned visits for a month after the riot.",
])
def test_visits_cut_for_the_inmates_are_no_monitors(text: str) -> None:
    assert stated_of(text, "family_visits"), describe(stated(text))
    assert not stated_of(text, "monitoring_access"), describe(stated(text))


def test_a_monitors_own_visit_is_no_family_visit() -> None:
    text = "The authorities suspended our visit to the prison after two days."
    assert not stated_of(text, "family_visits"), describe(stated(text))


@pytest.mark.parametrize("text", [
    "Families had to provide food to relatives in custody.",
    "Relatives must bring food and blankets because the jail supplies almost nothing.",
    "Family members had to bring meals to the police station every day.",
])
def test_families_who_must_provide_the_food(text: str) -> None:
    assert stated_of(text, "food_water"), describe(stated(text))


@pytest.mark.parametrize("text,type_,value", [
    ("Los jóvenes son sancionados con el aislamiento en celdas individuales.", "solitary", None),
    ("Fue alojado en un buzón durante 40 días.", "isolation_duration", 40),
    ("El joven pasó tres semanas en el buzón del pabellón de ingreso.", "solitary", None),
    ("Lo esposaron a la reja durante toda la noche.", "restraints", None),
    ("Los custodios esposaron a los internos y los obligaron a permanecer de rodillas.", "restraints", None),
])
def test_spanish_isolation_and_restraint_words(text: str, type_: str, value) -> None:
    got = stated_of(text, type_, "es")
    assert got and not got[0].negated, describe(stated(text, "es"))
    if value is not None:
        assert got[0].value == value, describe(got)


def test_a_complaints_box_is_no_punishment_cell() -> None:
    text = "Los internos depositan sus escritos en el buzón de quejas del pabellón."
    assert not stated_of(text, "solitary", "es"), describe(stated(text, "es"))
