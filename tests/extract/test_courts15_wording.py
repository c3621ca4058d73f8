"""Round courts15 (issue 11): who establishes a fact in a court opinion, read by the extractor.

Two constructions: a court's conclusion that the conditions it describes amount to punishment in violation of
the Due Process Clause (the pretrial detainee's protection) is a conclusion on the conditions, as one under
the Eighth Amendment is (the facts before it carry ``found_violation_by``); and a court that "finds no
evidence" or "no support" for a claim rejects it (the claim carries ``rejected_by``), in every tense.

Every sentence is written for this file (names, places and numbers invented).
"""

from __future__ import annotations

import pytest

from extract_helpers import reader

read = reader("en", "2024-06-01")

CAP = "Okoye v. Marsh County, No. 1:20-cv-0312 (42 U.S.C. 1983). FINDINGS OF FACT AND CONCLUSIONS OF LAW. "


@pytest.mark.parametrize("conclusion", [
    "The Court concludes that these conditions amount to punishment in violation of the Due Process Clause.",
    "These conditions violate the detainees' right to due process.",
    "The Court concludes that these conditions violate the Eighth Amendment.",
])
def test_conclusion_on_the_conditions_marks_the_facts_before_it(conclusion):
    facts = read(CAP + "Pretrial detainees in the north wing sleep on the floor without mattresses in cells with "
                 "no running water. " + conclusion)
    marked = [f for f in facts if f.type in ("bedding_clothing", "sanitation") and not f.negated]
    assert marked and all(f.qualifiers.get("found_violation_by") for f in marked), \
        [(f.type, f.qualifiers.get("found_violation_by")) for f in facts]


@pytest.mark.parametrize("conclusion", [
    "Whether these conditions violate due process is a question for trial.",
    "Okoye argues that these conditions violate due process.",
])
def test_no_conclusion_of_the_court(conclusion):
    facts = read(CAP + "Okoye says he slept on the floor without a mattress in a cell with no running water. "
                 + conclusion)
    assert not any(f.qualifiers.get("found_violation_by") for f in facts if f.type == "bedding_clothing"), \
        [(f.type, f.qualifiers.get("found_violation_by")) for f in facts]


@pytest.mark.parametrize("rejection", [
    "We find no evidence in the record to support that claim.",
    "The Court finds no support in the record for that claim.",
    "We found no support for that claim in the jail logs.",
])
def test_finding_no_evidence_rejects_the_claim(rejection):
    facts = read("Okoye appeals the judgment in Okoye v. Marsh, No. 21-1188 (6th Cir. 2022), his suit under "
                 "42 U.S.C. 1983. Okoye claims that his cell at the Marsh County Jail had no toilet for nine days. "
                 + rejection)
    claims = [f for f in facts if f.type == "sanitation"]
    assert claims and all(f.qualifiers.get("rejected_by") for f in claims), \
        [(f.type, f.certainty, f.qualifiers.get("rejected_by")) for f in facts]
