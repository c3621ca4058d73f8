"""Extract: a normalised ``Document`` -> evidence-backed ``Fact`` objects.

The engine (``engine.py``) runs, in order: tokenise and split sentences, find
recognizer anchors in one phrase-matching pass, confirm each candidate with its
recognizer's patterns, apply ConText rules (negation, hypothetical, general
statements), resolve the subject and the attribution, normalise values and dates.
Recognizers and context rules are YAML data under ``resources/<lang>/``.
"""

from __future__ import annotations

from dignity.extract.engine import Extractor, default_extractor

__all__ = ["Extractor", "default_extractor"]
