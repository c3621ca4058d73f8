"""Extract: a normalised ``Document`` -> evidence-backed ``Fact`` objects.

The engine (``engine.py``) runs, in order: tokenise and split sentences, find
recognizer anchors in one phrase-matching pass, confirm each candidate with its
recognizer's patterns, apply ConText rules (negation, hypothetical, general
statements), resolve the subject and the attribution, normalise values and dates;
last, a trained sentence layer (``learned/``) proposes facts of types the rules did
not find in a sentence, with the same context steps.  Recognizers and context rules
are YAML data under ``resources/<lang>/``; the model is ``learned/<lang>.npz``.

spaCy is imported only when an extractor is first built (cold start matters).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from dignity.extract.engine import Extractor, default_extractor

__all__ = ["Extractor", "default_extractor"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from dignity.extract import engine

        return getattr(engine, name)
    raise AttributeError(name)
