"""Issue 10, fourth round of extraction gaps (all sentences written for this suite).

Each row is (type, sentence, expected), English:
- ``"fact"``: a counted fact of the type (about a person or a group, not hypothetical), asserted, not negated;
- ``"quiet"``: no counted, asserted, non-negated fact of the type;
- ``"negated"``: a counted fact of the type, negated (the groups are kept apart);
- ``"relayed"``: a counted fact of the type, not negated, certainty ``alleged`` (reports no one is named for);
- ``"alleged"``: a counted fact of the type, not negated, that its source states (an authority's reason is
  always attributed: conditions.md).

Separation (conditions.md: not separated from convicted prisoners, adults or the other sex) in the
constructions the earlier rounds missed: "incarcerated / imprisoned / jailed alongside adult offenders",
"no separation between those awaiting trial and those serving sentences", "detainees of both sexes were
held together", two categories named with "unconvicted / untried / immigration" and then sharing a
place.  Exercise: "exercise outside his cell" is time out of the cell, not the open air; recreation "in an
enclosed pen" a few words after its subject is caged.  Special regime: "the most restrictive status / most
secure unit" and the close supervision system.  Justification: a restriction said to "serve legitimate
security interests" (not the Turner test's "reasonably related to legitimate penological interests").
What a body could not learn ("regrets the lack of information on solitary confinement", "no data were
provided on restraints") is no fact; "There were credible reports of beatings" is relayed, not found.
"""

from __future__ import annotations

from typing import Callable

import pytest

from dignity.model import Fact

from extract_helpers import counted, describe, reader

CASES = [
    # separation: the verbs of imprisonment, "adult offenders"
    ("separation", "Children as young as twelve were incarcerated alongside adult offenders.", "fact"),
    ("separation", "Boys of fourteen were imprisoned with adult prisoners in the central jail.", "fact"),
    ("separation", "Girls arrested in the raids were jailed together with adult women.", "fact"),
    ("separation", "Juveniles must never be incarcerated alongside adult offenders.", "quiet"),
    # "no separation between" the two categories, named by what they await
    ("separation", "There was no separation between those awaiting trial and those serving sentences.", "fact"),
    ("separation", "In practice there is no segregation between the sexes in the district lockups.", "fact"),
    ("separation", "The law requires a separation between those awaiting trial and those serving sentences.",
     "quiet"),
    # both sexes together
    ("separation", "Detainees of both sexes were held together in police lockups.", "fact"),
    ("separation", "Men and women alike were locked up in the same cell for the night.", "fact"),
    ("separation", "The Committee recommends that detainees of both sexes never be held together.", "quiet"),
    ("separation", "Detainees of both sexes were held in separate wings.", "negated"),
    # two categories named, one of them "unconvicted", "untried" or "immigration"
    ("separation", "Convicted and unconvicted prisoners share the same dormitories.", "fact"),
    ("separation", "Sentenced and untried detainees were mixed in the annex.", "fact"),
    ("separation", "Immigration and criminal detainees were housed in the same units.", "fact"),
    ("separation", "Since 2019 sentenced and untried detainees have been held in different buildings.", "quiet"),
    # exercise outside the cell is not the open air
    ("exercise_outdoor", "He received no exercise outside his cell for ninety days.", "quiet"),
    ("exercise_outdoor", "Inmates could not exercise outside of their cells during the lockdown.", "quiet"),
    ("exercise_outdoor", "The men exercise outside in the yard every morning.", "fact"),
    ("exercise_outdoor", "She was allowed to exercise outdoors for an hour on Sundays.", "fact"),
    # recreation in a pen or cage a few words on: caged (value false, counted as the fact)
    ("exercise_outdoor", "Recreation consisted of one hour in an enclosed concrete pen.", "fact"),
    ("exercise_outdoor", "Exercise took place for forty minutes in a wire cage.", "fact"),
    # the top of a classification ladder, the close supervision system
    ("special_regime", "He was placed on Level One, the most restrictive status in the prison.", "fact"),
    ("special_regime", "For three years she was held in the most secure unit of the women's prison.", "fact"),
    ("special_regime", "The prison authorities placed him on close supervision.", "fact"),
    ("special_regime", "He spent two years in a close supervision centre.", "fact"),
    ("special_regime", "The children were kept under close supervision by a nurse.", "quiet"),
    ("special_regime", "Detainees should be held in the least restrictive conditions possible.", "quiet"),
    ("special_regime", "The Rules require that the most restrictive measures be used only as a last resort.", "quiet"),
    # the authority's case for a restriction: it "serves legitimate security interests"
    ("justification_security", "Defendants assert that the restrictions serve legitimate security interests.",
     "alleged"),
    ("justification_security", "The warden explained that the policy served important safety and security goals.",
     "alleged"),
    ("justification_security", "The regulation is reasonably related to legitimate penological interests.", "quiet"),
    ("justification_security", "The restrictions do not serve any legitimate security interest.", "quiet"),
    ("justification_security", "Any restriction on visits must serve a legitimate security purpose.", "quiet"),
    ("justification_security", "The program serves the educational interests of young inmates.", "quiet"),
    # what a body could not learn is no fact (a question for a visit, not a finding)
    ("solitary", "The Committee regrets the lack of information on the use of solitary confinement.", "quiet"),
    ("restraints", "No data were provided on the use of restraints in psychiatric wards.", "quiet"),
    ("solitary", "The delegation was unable to obtain information on the conditions in the disciplinary cells.",
     "quiet"),
    ("solitary", "The Subcommittee asked the authorities to provide the registers of solitary confinement.", "quiet"),
    ("solitary", "No information was available on the use of solitary confinement in the women's wing.", "quiet"),
    ("solitary", "Despite the lack of information from the authorities, the delegation saw men held in isolation "
     "cells for weeks.", "fact"),
    # reports told as a noun, with no one named: relayed, not the author's finding
    ("use_of_force", "There were credible reports of beatings in the central prison.", "relayed"),
    ("use_of_force", "There have been numerous allegations of torture in police stations.", "relayed"),
    ("overcrowding", "There was severe overcrowding in all the prisons visited.", "fact"),
    # a place on a monitor's itinerary, a body's mandate: no one held, no visit made
    ("solitary", "The delegation visited the disciplinary unit and the health-care centre.", "quiet"),
    ("solitary", "The inspectors toured the segregation unit on the second day.", "quiet"),
    ("solitary", "The delegation visited the isolation cells, where it found three men held for 40 days.", "fact"),
    ("solitary", "In the disciplinary unit, the delegation saw two men held in isolation for weeks.", "fact"),
    ("monitoring_access", "The Subcommittee's mandate includes unannounced visits to all places of detention.",
     "quiet"),
]


@pytest.fixture(scope="module")
def read() -> Callable[[str], list[Fact]]:
    return reader("en")


@pytest.mark.parametrize(("type_", "sentence", "expected"), CASES)
def test_gap(read: Callable[[str], list[Fact]], type_: str, sentence: str, expected: str) -> None:
    facts = read(sentence)
    if expected == "relayed":
        got = [f for f in counted(facts, type_) if not f.negated]
        assert got and all(f.certainty == "alleged" for f in got), describe(facts)
        return
    if expected == "alleged":
        assert [f for f in counted(facts, type_) if not f.negated and f.attributed_to != "the author"], describe(facts)
        return
    of_type = [f for f in counted(facts, type_) if f.certainty == "asserted"]
    if expected == "fact":
        assert [f for f in of_type if not f.negated], describe(facts)
    elif expected == "quiet":
        assert not [f for f in of_type if not f.negated], describe(facts)
    elif expected == "negated":
        assert of_type and all(f.negated for f in of_type), describe(facts)
    else:  # pragma: no cover
        raise AssertionError(expected)


def test_caged_recreation_is_not_the_open_air(read: Callable[[str], list[Fact]]) -> None:
    facts = [f for f in read("Recreation consisted of one hour in an enclosed concrete pen.")
             if f.type == "exercise_outdoor"]
    assert facts and all(f.value is False for f in facts), describe(facts)
