"""A missing record of a thing is no lack of the thing (issue 10, precision on unseen reports).

"There was no information on access to medical care", "the ministry kept no figures on medical
care": what is missing is a record (information, data, figures, statistics), not the care or the
food. Beside each, a sentence in the same words that states a lack and must keep firing.
Every sentence here was written for this file.
"""

from __future__ import annotations

import pytest

from extract_helpers import counted, describe

#: (type, sentence): no counted fact of the type
RECORDS_MISSING: list[tuple[str, str]] = [
    ("medical_care", "There was no information on access to medical care in the facility."),
    ("food_water", "The authorities provided no information about the food given to detainees."),
    ("medical_care", "The ministry kept no figures on medical care in the prisons."),
    ("food_water", "No data on meals in the district jails were available."),
    ("medical_care", "The delegation was given no statistics on medical care in the women's wing."),
]

#: (type, sentence): a lack in the same words, which keeps firing
LACKS: list[tuple[str, str]] = [
    ("medical_care", "There was no doctor and detainees had no access to medical care for weeks."),
    ("food_water", "Detainees received no food for two days."),
    ("medical_care", "The ministry provided no medical care to the prisoners in the east wing."),
    ("food_water", "There were no meals on Sundays, the detainees said."),
]


@pytest.mark.parametrize(("type_", "sentence"), RECORDS_MISSING, ids=[f"{t}:{s[:40]}" for t, s in RECORDS_MISSING])
def test_a_missing_record_is_no_lack(facts, type_, sentence):
    got = counted(facts(sentence), type_)
    assert not got, describe(got)


@pytest.mark.parametrize(("type_", "sentence"), LACKS, ids=[f"{t}:{s[:40]}" for t, s in LACKS])
def test_a_lack_in_the_same_words_keeps_firing(facts, type_, sentence):
    got = [f for f in counted(facts(sentence), type_) if not f.negated]
    assert got, describe(facts(sentence))
