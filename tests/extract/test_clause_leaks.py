"""Issue 10 (leaks2): the leaks the scope audit found outside the context rules.

1. A court's rejection reaches the claim it rejects, not the court's own finding in the next
   clause ("rejects the claim that X, and finds that Y": Y is found); a claim told as a noun
   ends where the court's finding begins.
2. A vulnerable person held, told after a negated mention of the group, is a fact of its own.
3. The means lacking for what the regime must provide ("insufficient staff to ensure adequate
   food", "a lack of equipment necessary to ensure adequate hygiene") is a lack of it: asserted,
   neither a purpose nor a recommendation.
4. A recognizer's match does not run over a contrast (", but"), so a cue of the first clause
   does not cover the fact of the second.
5. A general cue before a plain ";" keeps to its clause; a question whose premise states the
   fact asserts it ("How can a man held 23 hours a day in a cell ...?"); a hypothetical observer
   who would see what is there ("any visitor would see that the cells were filthy") states it.

Each case (``True``: the fact must be read, asserted, not negated) stands beside a trap
(``False``: no such fact).  Every sentence here was written for this file.
"""

from __future__ import annotations

import pytest

from extract_helpers import counted, describe

#: (type, sentence, must fire)
CASES: list[tuple[str, str, bool]] = [
    # 1. a rejection ends at the court's own finding
    ('solitary', 'The court rejects the claim that the transfer was retaliatory, and finds that plaintiff '
     'was held in solitary confinement for 90 days.', True),
    ('use_of_force', 'The Court rejects plaintiff\'s contention that the search was retaliatory, but finds '
     'that officers struck him with batons after he was handcuffed.', True),
    ('solitary', 'We reject the argument that the transfer was punitive; the record shows that he spent '
     '120 days in disciplinary segregation.', True),
    ('solitary', 'The court rejects the claim that plaintiff was held in solitary confinement for 90 days.', False),
    ('isolation_duration', 'The court rejects the claim that the guards beat him and that he spent 90 days in '
     'segregation.', False),
    ('use_of_force', 'The Court rejects plaintiff\'s contention that officers struck him with batons after '
     'he was handcuffed.', False),
    # 2. a vulnerable person held, after a negated mention of the group
    ('vulnerable_person', 'No children were held at the police post on the day of the inspection, although the '
     'register showed that a 14-year-old had been kept there overnight.', True),
    ('vulnerable_person', 'The team found no pregnant women in custody, but a pregnant woman had been held in '
     'the same cell the week before.', True),
    ('strip_search', 'No female guards were present during the strip searches of women at the border '
     'post.', True),
    ('vulnerable_person', 'No children were held at the police post on the day of the inspection.', False),
    ('vulnerable_person', 'The team found no pregnant women in custody.', False),
    ('separation', 'No juveniles were held with adults in the district jail.', False),
    # 3. the means lacking for what is due
    ('food_water', 'The jail had insufficient staff to ensure that detainees received adequate food.', True),
    ('food_water', 'There were not enough officers on the night shift to ensure that prisoners received '
     'adequate meals.', True),
    ('hygiene', 'The prison lacked sufficient staff to ensure that prisoners had access to showers.', True),
    ('hygiene', 'The Commission observed a lack of kits necessary to ensure adequate protection and hygiene '
     'in the women\'s wing.', True),
    ('hygiene', 'The centres reported a lack of supplies needed to ensure adequate personal hygiene for '
     'women.', True),
    ('hygiene', 'The remand centre lacked the materials necessary to ensure adequate hygiene.', True),
    ('food_water', 'The prison has enough staff to ensure that detainees receive adequate food.', False),
    ('food_water', 'The State party should recruit more staff to ensure that detainees receive adequate '
     'food.', False),
    ('food_water', 'Staff were deployed in order to ensure that detainees received adequate food.', False),
    ('hygiene', 'The authorities must provide the materials necessary to ensure adequate hygiene.', False),
    # 4. no match runs over a contrast
    ('legal_access', 'He was allowed to see counsel, but plaintiff was denied access to the law library for '
     'six weeks.', True),
    ('legal_access', 'The Standards require access to counsel, but the petitioner was denied access to the '
     'law library for six months.', True),
    ('family_visits', 'Lawyers were allowed in, but the family was denied access to the detention centre.', True),
    ('legal_access', 'Courts have held that prisoners may not be denied access to the law library, but the '
     'unit itself was clean.', False),
    ('legal_access', 'The Standards require that detainees be given access to counsel, but say nothing of '
     'the library.', False),
    # 5a. a general statement, then the case after a plain ";"
    ('solitary', 'Research shows that prolonged isolation causes lasting harm; plaintiff was held in '
     'solitary confinement for 210 days.', True),
    ('isolation_duration', 'Studies have shown that segregation damages the mind; he spent 300 days in '
     'administrative segregation.', True),
    ('solitary', 'One study found that prisoners kept in isolation grew paranoid; others were held in '
     'solitary confinement for years and harmed themselves.', False),
    # 5b. a question whose premise states the fact
    ('confinement_hours', 'How can a man held 23 hours a day in a windowless cell be expected to keep his '
     'sanity?', True),
    ('isolation_duration', 'Is it any wonder that a prisoner kept in solitary confinement for 18 years '
     'became psychotic?', True),
    ('use_of_force', 'How could a detainee who was beaten by guards trust the complaints system?', True),
    ('isolation_duration', 'Would a detainee be held in solitary confinement for 18 years?', False),
    ('solitary', 'How can the State party ensure that detainees are not held in solitary confinement for '
     'more than 15 days?', False),
    ('confinement_hours', 'Were the prisoners locked in their cells for 23 hours a day?', False),
    # 5c. a hypothetical observer who would see what is there
    ('hygiene', 'Any visitor to the remand wing would see that the cells were filthy.', True),
    ('overcrowding', 'Anyone entering the dormitory would notice at once that it was severely '
     'overcrowded.', True),
    ('hygiene', 'Would any visitor see that the cells were filthy?', False),
    ('sanitation', 'A reasonable observer would find that the conditions were unsanitary.', False),
    ('hygiene', 'If the cells were filthy, any visitor would see it.', False),
]


def _stated(facts, type_):
    return [f for f in counted(facts, type_) if not f.negated and f.certainty != "contested"]


@pytest.mark.parametrize(("type_", "sentence", "fires"), CASES,
                         ids=[f"{'fire' if w else 'quiet'}:{t}:{s[:40]}" for t, s, w in CASES])
def test_a_cue_keeps_to_its_clause(facts, type_, sentence, fires):
    got = facts(sentence)
    if fires:
        assert _stated(got, type_), describe(got)
    else:
        assert not _stated(got, type_), describe(_stated(got, type_))
