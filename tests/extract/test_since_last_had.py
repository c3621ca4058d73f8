"""A length of time since a thing was last had is a lack of it (sentences of our own):
"it had been three days since he had access to running water" is no water supplied, and
"four months since she last saw a doctor" no care. The unit of time before "since" is
needed: a "since" of cause ("since they had lawyers, ...") says nothing of the kind."""

from __future__ import annotations

import pytest

import dignity
from extract_helpers import describe, stated_of


@pytest.mark.parametrize("text,type_", [
    ("By the time of our visit it had been five days since the women had access to running water.", "sanitation"),
    ("It had been three weeks since they had been given soap or towels.", "hygiene"),
    ("It has been seven months since he last saw a doctor, despite his chest pains.", "medical_care"),
    ("It had been two years since she had last seen her children.", "family_visits"),
    ("Several men said it had been months since they had been allowed to see a lawyer.", "legal_access"),
])
def test_time_since_the_thing_was_had_is_a_lack(text: str, type_: str) -> None:
    facts = [f for f in stated_of(text, type_) if not f.negated]
    assert facts, describe(dignity.extract(text).facts)


@pytest.mark.parametrize("text,type_", [
    ("Since they had lawyers of their own, the court did not appoint counsel.", "legal_access"),
    ("He has had access to running water since the repairs in May.", "sanitation"),
])
def test_a_since_of_cause_or_of_start_is_no_lack(text: str, type_: str) -> None:
    assert not [f for f in stated_of(text, type_) if not f.negated], describe(dignity.extract(text).facts)


# A detainee's own access told to a monitoring body is no monitor refused (English and Spanish).
@pytest.mark.parametrize("text,lang,type_", [
    ("Prisoners told the Subcommittee that they were denied access to a lawyer.", "en", "legal_access"),
    ("Two women informed the delegation that they had been refused access to a telephone.", "en", "family_calls"),
    ("Los internos manifestaron al Subcomité que se les negó el acceso a un abogado.", "es", "legal_access"),
])
def test_a_detainees_access_told_to_a_body(text: str, lang: str, type_: str) -> None:
    facts = dignity.extract(text, lang=lang).facts
    assert [f for f in facts if f.type == type_] and not [f for f in facts if f.type == "monitoring_access"], \
        describe(facts)


@pytest.mark.parametrize("text,lang", [
    ("The delegation was denied access to the military wing.", "en"),
    ("A los visitadores de la Comisión se les negó el acceso al área de aislamiento.", "es"),
])
def test_a_body_refused_is_still_read(text: str, lang: str) -> None:
    facts = dignity.extract(text, lang=lang).facts
    assert [f for f in facts if f.type == "monitoring_access" and f.value == "denied"], describe(facts)


@pytest.mark.parametrize("text,days", [
    ("After the hearing he was kept in isolation for a further 30 days.", 30),
    ("She was then held in segregation for an additional 60 days.", 60),
])
def test_a_further_stay_is_a_length(text: str, days: float) -> None:
    facts = stated_of(text, "isolation_duration")
    assert any(f.value == days for f in facts), describe(dignity.extract(text).facts)
