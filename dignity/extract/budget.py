"""What one document may cost the extractor, and what happens past each limit.

A ``Budget`` is the set of limits (an ``Extractor`` holds one as ``.budget``; replace
it to change them); a ``BudgetRun`` tracks one document against it.  Nothing past a
limit raises or hangs: the extraction ends or drops the excess, and each limit that
was reached adds one line to ``Extraction.errors`` (``{"path", "problem"}``), saying
what was not read or kept.  The limits sit far above ordinary documents (the read
corpus: sentences up to 1,100 characters, at most 12 facts in one sentence), so they
change nothing there.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from dignity.ingest import DEFAULT_MAX_BYTES

__all__ = ["DEFAULT_BUDGET", "Budget", "BudgetRun"]


@dataclass(frozen=True)
class Budget:
    #: characters of text read (the same number as ingest's limit on file size and on
    #: extracted text, 50 MiB); the rest of a longer text is not read
    max_chars: int = DEFAULT_MAX_BYTES
    #: a longer sentence is cut (at whitespace) into parts of at most this many characters
    max_sentence_chars: int = 2_000
    #: facts kept from one sentence (or part), in text order
    max_facts_per_sentence: int = 50
    #: facts kept from one document; extraction stops at the sentence that reaches it
    max_facts: int = 10_000
    #: wall time of one document; extraction stops at the next sentence past it
    max_seconds: float | None = 600.0
    #: characters tokenised at a time (memory), cut at paragraph breaks
    chunk_chars: int = 200_000
    #: people and organisations a document's attribution tracks (first seen first)
    max_names: int = 500


DEFAULT_BUDGET = Budget()


@dataclass
class BudgetRun:
    """One document's use of a budget: the clock, and the limits reached so far."""

    budget: Budget
    label: str
    length: int = 0
    started: float = field(default_factory=time.monotonic)
    problems: dict[str, str] = field(default_factory=dict)
    split_sentences: int = 0
    crowded_sentences: int = 0
    stopped_at: int | None = None

    def out_of_time(self) -> bool:
        limit = self.budget.max_seconds
        return limit is not None and time.monotonic() - self.started > limit

    def note(self, kind: str, problem: str) -> None:
        """Record that a limit was reached (once per kind: the last message wins)."""
        self.problems[kind] = problem

    def stop(self, kind: str, at: int, why: str) -> None:
        """Extraction ends at character ``at``: the rest of the text is not read."""
        self.stopped_at = at
        self.note(kind, f"{why}; extraction stopped at character {at:,} of {self.length:,} "
                        f"and the rest of the document was not read")

    def errors(self) -> list[dict[str, str]]:
        b = self.budget
        if self.split_sentences:
            self.note("sentence", f"{self.split_sentences:,} sentence(s) longer than "
                                  f"{b.max_sentence_chars:,} characters were cut into parts "
                                  f"(a fact across a cut may be missed)")
        if self.crowded_sentences:
            self.note("facts_per_sentence", f"{self.crowded_sentences:,} sentence(s) had more than "
                                            f"{b.max_facts_per_sentence:,} facts: only the first "
                                            f"{b.max_facts_per_sentence:,} of each were kept")
        order = ("chars", "time", "facts", "sentence", "facts_per_sentence")
        kinds = sorted(self.problems, key=lambda k: order.index(k) if k in order else len(order))
        return [{"path": self.label, "problem": self.problems[k]} for k in kinds]
