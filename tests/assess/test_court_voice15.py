"""Round 15 (lead): the European Court's own voice ("The Court considered that ...") concludes on the conditions
before it, and a conclusion told of the suffering they caused ("such suffering attained the threshold of degrading
treatment") is a conclusion on them: rule 1 and the rules the conditions breach are likely violated, where the
facts are the court's."""

from __future__ import annotations

from assess_helpers import assess_text, status

CONSIDERED = ("The applicant spent five months in a remand prison that held twice its capacity. The toilet in his "
              "cell was not partitioned off, the flush did not work and the ventilation was very poor. The Court "
              "considered that the cumulative effect of these cramped conditions and the failings of hygiene "
              "amounted to degrading treatment in breach of Article 3.")

SUFFERING = ("The applicant was kept in a police cell with six other men. The cell had a toilet and a sink, which "
             "were not separated from the sleeping area. The Court found that the toilet was used in full view of "
             "the others. The Court concluded that such suffering attained the threshold of degrading treatment and "
             "violated Article 3.")


def test_the_court_considered_that_concludes_on_the_conditions():
    found = assess_text(CONSIDERED, "en").findings
    assert status(found, "mandela-1") == "violation_likely"
    assert status(found, "mandela-15") == "violation_likely"


def test_such_suffering_attained_the_threshold_is_a_conclusion():
    assert status(assess_text(SUFFERING, "en").findings, "mandela-1") == "violation_likely"


def test_without_the_conclusion_it_is_a_concern():
    found = assess_text(CONSIDERED.rsplit(" The Court", 1)[0], "en").findings
    assert status(found, "mandela-1") in ("concern", None)
