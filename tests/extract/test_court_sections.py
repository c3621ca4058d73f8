"""Parts of a US court opinion, read as data (context.yaml ``sections``).

Multi-paragraph opinions written for this file (names, places and numbers invented; none is copied
from a document or a labelled passage):

1. a separate opinion headed on its own line ("ALVAREZ, J., dissenting.", "Judge Ortiz, concurring:",
   "DISSENTING OPINION") is that judge's word, to the end of the document or to the court's opinion
   again ("PER CURIAM."): attributed to the judge, of a source that does not establish a finding;
   the majority's text before the heading stays the court's (a dissent headed right after a one-line
   order, the document's only opinion, is the judicial statement of record), and "Judge Moore, dissenting, concluded
   that" inside a sentence opens no part;
2. a "Legal Standard" / "Standard of Review" part states the law: general, until the opinion turns to
   the case ("Here,") or to the next part ("III. DISCUSSION");
3. a part reciting the claims ("Plaintiff's Allegations"; "Background" in a decision on a motion to
   dismiss) is the plaintiff's word, alleged; "Findings of Fact" after a bench trial, or "Background"
   at summary judgment, stay the court's.
"""

from __future__ import annotations

import pytest

from dignity.assess.evidence import ESTABLISHED, standing
from extract_helpers import counted, describe

DISSENT = """MEMORANDUM OPINION AND ORDER

Plaintiff Ray Holcomb, a prisoner at the Lindell Correctional Center, brings this action under \
42 U.S.C. § 1983. The record shows that Holcomb was housed in administrative segregation for 40 days. \
He was transferred back to general population in March, and he filed a grievance about the transfer the \
following week. The district court granted summary judgment to the defendants, holding that the transfer \
served a legitimate purpose and that Holcomb had not exhausted his remedies.

The judgment of the district court is affirmed.

ALVAREZ, J., dissenting.

Holcomb spent eleven months in a windowless cell. The cell was infested with cockroaches, and he was \
denied showers for three weeks.
"""

DISSENT_JOINED = """OPINION

The appeal concerns the conditions at the Barlow County Jail. Detainees there were double-celled.

Justice Kaye Lindqvist, with whom Justice Orr joins, dissenting.

The majority overlooks that the detainees slept on the floor for months.
"""

CONCURRENCE_THEN_COURT = """Dunn v. Pell County, No. 21-3342 (8th Cir. 2022). The inmates of the Pell County \
Jail appeal the dismissal of their § 1983 action.

CONCURRING OPINION

I write separately to note that the inmates were denied outdoor exercise for a year.

PER CURIAM.

The record shows that the inmates had no hot water for six weeks.
"""

ALONE = """The application for a stay of execution is denied.

JUSTICE ALVAREZ, dissenting from the denial of the application for a stay.

Petitioner has spent 19 years in solitary confinement on death row.
"""

INLINE_DISSENT = """OPINION OF THE COURT OF APPEALS

Judge Moore, dissenting, concluded that the cells were filthy.

The plaintiff was held in solitary confinement for 90 days.
"""

STANDARD = """MEMORANDUM OPINION

The plaintiff, a detainee at the Harlan County Jail, sued under § 1983 after he was moved to a new unit.

II. LEGAL STANDARD

Prison officials must provide inmates with adequate food and medical care. An inmate held in \
solitary confinement for months may suffer serious psychological harm.

III. DISCUSSION

Here, plaintiff was held in solitary confinement for 90 days.
"""

PLEADING = """MEMORANDUM AND ORDER

Defendants move to dismiss the complaint for failure to state a claim.

I. BACKGROUND

Plaintiff was held in a cell without a mattress for two weeks. He was denied showers for ten days.

II. DISCUSSION

The motion to dismiss is denied.
"""

ALLEGATIONS = """OPINION AND ORDER

Plaintiff, a prisoner proceeding pro se, filed this action after his transfer.

PLAINTIFF'S ALLEGATIONS

Plaintiff spent 30 days in the hole without a mattress.

FINDINGS OF FACT

Plaintiff was held in a strip cell for five days.
"""

BENCH_TRIAL = """MEMORANDUM OPINION

This matter came before the Court for a bench trial.

BACKGROUND

Plaintiff was held in a cell without a mattress for two weeks.
"""


@pytest.fixture(scope="module")
def read():
    from extract_helpers import reader

    return reader("en")


def _one(facts, type_):
    got = counted(facts, type_)
    assert got, f"no {type_}: {describe(facts)}"
    return got


def test_dissent_part_is_the_judges_word(read):
    facts = read(DISSENT)
    for t in ("no_natural_light", "hygiene"):
        for f in _one(facts, t):
            assert "ALVAREZ" in (f.attributed_to or ""), describe([f])
            assert f.qualifiers.get("source_kind") == "other", describe([f])
            assert standing(f).level != ESTABLISHED, describe([f])
    # the majority's text before the heading stays the court's finding
    # ("the record shows": the record the court reads, with the court's standing)
    for f in _one(facts, "solitary"):
        assert f.attributed_to in ("the court", "the records"), describe([f])
        assert standing(f).level == ESTABLISHED


def test_dissent_alone_is_the_statement_of_record(read):
    # a dissent from the denial of a stay, after a one-line order, is the document's only opinion: the
    # judge's word, a judicial statement of the record
    for f in _one(read(ALONE), "solitary"):
        assert "ALVAREZ" in f.attributed_to and standing(f).level == ESTABLISHED, describe([f])


def test_dissent_joined_names_the_writer(read):
    facts = read(DISSENT_JOINED)
    assert all(f.attributed_to == "the court" for f in _one(facts, "overcrowding")
               if "double-celled" in f.evidence[0].sentence), describe(facts)
    got = [f for f in counted(facts, "bedding_clothing") + counted(facts, "overcrowding")
           if "dissenting" in (f.attributed_to or "")]
    assert got and "Lindqvist" in got[0].attributed_to, describe(facts)


def test_concurrence_ends_at_the_court_opinion(read):
    facts = read(CONCURRENCE_THEN_COURT)
    assert all("concurring" in (f.attributed_to or "") for f in _one(facts, "exercise_outdoor")), describe(facts)
    assert all(f.attributed_to in ("the court", "the records") and standing(f).level == ESTABLISHED
               for f in _one(facts, "hygiene")), describe(facts)


def test_inline_dissent_opens_no_part(read):
    facts = read(INLINE_DISSENT)
    assert all(f.attributed_to == "the court" for f in _one(facts, "solitary")), describe(facts)


def test_legal_standard_part_is_general(read):
    facts = read(STANDARD)
    solitary = counted(facts, "solitary")
    # only the sentence after "Here," is about the plaintiff
    assert len(solitary) == 1 and "Here" in solitary[0].evidence[0].sentence, describe(facts)
    assert not counted(facts, "medical_care") and not counted(facts, "mental_health"), describe(facts)


def test_background_on_a_motion_to_dismiss_is_alleged(read):
    facts = read(PLEADING)
    for t in ("bedding_clothing", "hygiene"):
        for f in _one(facts, t):
            assert f.certainty == "alleged" and f.attributed_to == "the plaintiff", describe([f])
            assert standing(f).level != ESTABLISHED


def test_allegations_heading_then_findings_of_fact(read):
    facts = read(ALLEGATIONS)
    by_sentence = {}
    for f in counted(facts, "solitary"):
        by_sentence[f.evidence[0].sentence] = f
    hole = next(f for s, f in by_sentence.items() if "hole" in s)
    strip = next(f for s, f in by_sentence.items() if "strip cell" in s)
    assert hole.certainty == "alleged", describe([hole])
    assert strip.certainty == "asserted" and strip.attributed_to == "the court", describe([strip])


def test_background_after_a_bench_trial_stays_the_courts(read):
    facts = read(BENCH_TRIAL)
    assert all(f.certainty == "asserted" and f.attributed_to == "the court"
               for f in _one(facts, "bedding_clothing")), describe(facts)


def test_a_report_is_no_opinion(read):
    # a monitoring report's "Background" and "Legal standard" parts: no court document, untouched
    text = ("Report on a visit to the Hale Street Detention Centre\n\nBackground\n\n"
            "The delegation found that detainees slept on the floor.\n")
    facts = read(text)
    assert all(f.certainty == "asserted" for f in _one(facts, "bedding_clothing")), describe(facts)
