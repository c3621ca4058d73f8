"""Assess: evidence-backed facts -> findings against international standards.

The catalogue (``standards/mandela.yaml``: the Nelson Mandela Rules) is data,
validated at load; the engine groups facts by subject and runs each rule's test::

    from dignity.assess import assess_extraction, assess_facts, load_catalogue
    assessment = assess_extraction(extraction, as_of="2017-04-01")
    for finding in assessment.findings:
        print(finding.rule, finding.status, finding.reasoning)
"""

from __future__ import annotations

from dignity.assess.catalogue import Catalogue, Rule, load_catalogue
from dignity.assess.engine import assess_extraction, assess_facts

__all__ = ["assess_extraction", "assess_facts", "load_catalogue", "Catalogue", "Rule"]
