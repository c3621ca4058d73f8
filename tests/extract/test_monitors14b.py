"""Inspectorate and ombudsman wording (monitors14b): the constructions behind misses on fresh monitoring
passages, in sentences written for this suite (names and places invented), with traps beside them.

- a night-long gap between meals, "not getting enough water", second-hand underwear;
- "not (being) afforded" as a deprivation (exercise, time out of cell, contact with family);
- a third prisoner in a cell; a child locked in the room as a sanction; a youth centre that holds children;
- a body's concern about how complaints are handled (a complaint route that does not work, not one that does);
- "Youth Justice" / "Juvenile Justice" in an institution's name is no court (no "the court" as speaker);
- an inspector named by title without a comma ("Inspector of Custodial Services Mara Quill") speaks later as
  that inspectorate ("Ms Quill noted": asserted, not alleged);
- "poor language" as misbehaviour is no missing interpreter."""

from __future__ import annotations

import pytest

from extract_helpers import counted, describe

#: (type, sentence): each states the fact (not negated) about the people held
STATED: list[tuple[str, str]] = [
    ('food_water', 'Supper was served at 4pm, so detainees waited 16 hours between meals.'),
    ('food_water', 'As much as 18 hours could pass between dinner and breakfast on the wing.'),
    ('food_water', 'The nurse believed the boys were not getting enough water in the heat.'),
    ('food_water', 'Inspectors found that women on the unit were not getting enough to eat.'),
    ('bedding_clothing', 'Girls at the centre were issued second-hand underwear.'),
    ('exercise_time', 'Men on the remand wing were not being afforded exercise.'),
    ('confinement_hours', 'Prisoners were not afforded any time out of their cells for three days.'),
    ('confinement_hours', 'Detainees were not being afforded exercise or time outside their cells.'),
    ('family_visits', 'Prisoners at Redgum were not afforded contact with family during the lockdown.'),
    ('overcrowding', 'Several blocks had cells that had to accommodate a third prisoner.'),
    ('overcrowding', 'Staff placed a third detainee into two-person cells on most nights.'),
    ('solitary', 'Children at the centre were locked in their rooms for minor misbehaviour.'),
    ('solitary', "Teenagers were confined in their rooms as 'punishment' for swearing."),
    ('vulnerable_person', 'The Wattle Creek youth justice centres are used to hold young people on remand.'),
    ('vulnerable_person', 'Because of staff shortages the centre routinely locks children in their rooms.'),
    ('vulnerable_person', 'The centre accommodates about 60 children.'),
    ('complaints', 'The Commissioner remains concerned about the way complaints are handled at the centre.'),
    ('complaints', 'The handling of detainee complaints identified last year continues to raise concerns.'),
]

#: (type, sentence): the words of the type are there, the fact is not
QUIET: list[tuple[str, str]] = [
    ('food_water', 'Meals should be timed so that no more than 14 hours pass between meals.'),
    ('food_water', 'Breakfast is served 12 hours after dinner.'),
    ('bedding_clothing', 'Used clothing is washed before it is reissued.'),
    ('overcrowding', 'The department plans to put a third prisoner into some cells.'),
    ('solitary', 'Young people should not be locked in their rooms for minor misbehaviour.'),
    ('vulnerable_person', 'Children visiting the youth justice centre must book ahead.'),
    ('vulnerable_person', 'There is no separate juvenile justice system for children.'),
    ('language_interpreter', 'Boys were sent to their rooms for poor language.'),
    ('family_visits', 'The poorest, and those without families, had to clean cells in exchange for food.'),
]


@pytest.mark.parametrize("type_,sentence", [pytest.param(t, s, id=f"{t}:{s[:40]}") for t, s in STATED])
def test_monitors14b_gives_the_fact(facts, type_, sentence):
    found = facts(sentence)
    assert [f for f in counted(found, type_) if not f.negated], f"expected {type_}; got {describe(found)}"


@pytest.mark.parametrize("type_,sentence", [pytest.param(t, s, id=f"{t}:{s[:40]}") for t, s in QUIET])
def test_monitors14b_trap_stays_quiet(facts, type_, sentence):
    found = facts(sentence)
    assert not [f for f in counted(found, type_) if not f.negated], describe(found)


def test_concern_about_complaint_handling_is_no_working_route(facts):
    found = facts('I remain concerned about the use of force, the way complaints are handled and transport.')
    assert not [f for f in found if f.type == 'complaints' and f.negated], describe(found)


def test_youth_justice_in_a_name_is_no_court(facts):
    text = ('The Inspector visited the Banksia Youth Justice Centre in May. Juvenile Justice staff were helpful. '
            'Changes to the roster meant young people were not getting enough to eat.')
    found = [f for f in facts(text) if f.type == 'food_water']
    assert found and all(f.attributed_to != 'the court' for f in found), describe(found)


def test_inspector_titled_without_comma_speaks_later(facts):
    text = ('Inspector of Custodial Services Mara Quill released her report on three centres. '
            'Ms Quill noted that girls at one centre were being given second-hand underwear.')
    found = [f for f in facts(text) if f.type == 'bedding_clothing']
    assert found and found[0].certainty == 'asserted', describe(found)
    assert 'Inspector of Custodial Services' in (found[0].attributed_to or ''), describe(found)


def test_raised_concern_that_is_the_bodys_word(facts):
    found = [f for f in facts('The Inspector raised concern that girls in the unit were not getting enough to eat.')
             if f.type == 'food_water']
    assert found and found[0].attributed_to == 'The Inspector', describe(found)
