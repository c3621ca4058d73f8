"""Assess: evidence-backed facts -> findings against international standards.

The catalogue (``standards/mandela.yaml``: the Nelson Mandela Rules) is data,
validated at load; the engine groups facts by subject and runs each rule's test::

    from dignity.assess import assess_extraction, assess_facts, load_catalogue
    assessment = assess_extraction(extraction, as_of="2017-04-01")
    for finding in assessment.findings:
        print(finding.rule, finding.status, finding.reasoning)

The names are imported on first use, so a command that only extracts never pays
for loading the catalogue.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from dignity.assess.catalogue import Catalogue, Rule
    from dignity.assess.registry import load_catalogue
    from dignity.assess.engine import assess_extraction, assess_facts

__all__ = ["assess_extraction", "assess_facts", "load_catalogue", "Catalogue", "Rule"]

_WHERE = {"assess_extraction": "engine", "assess_facts": "engine", "load_catalogue": "registry",
          "Catalogue": "catalogue", "Rule": "catalogue"}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(name)
    import importlib

    return getattr(importlib.import_module(f"dignity.assess.{module}"), name)
