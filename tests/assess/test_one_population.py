"""Where the documents name no one, the groups named only as the detainees of the place ("prisoners",
"several men", "the detainees described") are one population: one finding per rule, not one per label.
A group with a word of its own ("women", "children") keeps its findings; a named person keeps theirs.
(Sentences written for this test.)"""

from __future__ import annotations

import dignity

_PRISON = ("The inspectors visited the district prison in March. The prison, built for 300 inmates, held 820. "
           "In the east block, up to 30 men shared a single cell of about 25 square metres, sleeping in shifts on "
           "the floor, and the men had no mattresses. Several detainees said that guards beat them on arrival.")


def _ids(text: str) -> list[str]:
    return [f.id for f in dignity.assess(text).findings]


def test_generic_groups_give_one_finding_per_rule() -> None:
    ids = _ids(_PRISON)
    assert "mandela-13" in ids
    assert not [i for i in ids if "@" in i], ids


def test_a_group_with_a_word_of_its_own_keeps_its_findings() -> None:
    text = _PRISON + (" The women held in the annex had no access to sanitary towels, no showers for a week and "
                      "no separate toilets, and the women slept on the floor.")
    subjects = {f.subject for f in dignity.assess(text).findings}
    assert any("women" in s for s in subjects), subjects


def test_a_named_person_is_not_merged_into_the_group() -> None:
    text = ("Mr. Karimov has been held in solitary confinement since his arrest. Mr. Karimov has not been allowed "
            "to see his family. Mr. Karimov sleeps on the floor. The prison held 1,420 prisoners for 600 places, "
            "prisoners slept on the floor, and prisoners had no running water.")
    findings = dignity.assess(text).findings
    main = [f for f in findings if "@" not in f.id]
    assert main and all("Karimov" in f.subject for f in main), [(f.id, f.subject) for f in findings]
