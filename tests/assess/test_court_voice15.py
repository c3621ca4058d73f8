"""Round 15 (lead): the European Court's own voice ("The Court considered that ...") concludes on the conditions
before it, and a conclusion told of the suffering they caused ("such suffering attained the threshold of degrading
treatment") is a conclusion on them: rule 1 and the rules the conditions breach are likely violated, where the
facts are the court's."""

from __future__ import annotations

from dignity.assess import assess_facts
from dignity.extract.engine import Extractor
from dignity.ingest import from_text


def _status(text: str) -> dict[str, str]:
    facts = Extractor("en").extract_document(from_text(text, language="en")).facts
    return {f.rule: f.status for f in assess_facts(facts)}


CONSIDERED = ("The applicant spent five months in a remand prison that held twice its capacity. The toilet in his "
              "cell was not partitioned off, the flush did not work and the ventilation was very poor. The Court "
              "considered that the cumulative effect of these cramped conditions and the failings of hygiene "
              "amounted to degrading treatment in breach of Article 3.")

SUFFERING = ("The applicant was kept in a police cell with six other men. The cell had a toilet and a sink, which "
             "were not separated from the sleeping area. The Court found that the toilet was used in full view of the "
             "others. The Court concluded that such suffering attained the threshold of degrading treatment and violated "
             "Article 3.")


def test_the_court_considered_that_concludes_on_the_conditions():
    st = _status(CONSIDERED)
    assert st.get("mandela-1") == "violation_likely", st
    assert st.get("mandela-15") == "violation_likely", st


def test_such_suffering_attained_the_threshold_is_a_conclusion():
    st = _status(SUFFERING)
    assert st.get("mandela-1") == "violation_likely", st


def test_without_the_conclusion_it_is_a_concern():
    st = _status(CONSIDERED.rsplit(" The Court", 1)[0])
    assert st.get("mandela-1") in ("concern", None), st
