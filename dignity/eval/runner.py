"""Running a predictor over labelled passages: the system, and the baseline beside it."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import dignity
from dignity import ingest
from dignity.eval.baseline import keyword_baseline
from dignity.eval.gold import GoldPassage
from dignity.eval.scorer import Scores, score
from dignity.extract import default_extractor
from dignity.model import Assessment, Extraction

__all__ = ["Predictor", "Assessor", "EvalRun", "load_assessor", "system_predictor", "evaluate"]

log = logging.getLogger(__name__)

#: (passage text, document date as given in the gold, e.g. "2019-09") -> Extraction.
#: Return an ``Assessment`` to have findings scored too.  A predictor that takes a
#: ``lang`` keyword is given each passage's language (its ``lang`` field).
Predictor = Callable[..., Extraction]
Assessor = Callable[..., Assessment]


def load_assessor() -> Assessor | None:
    """``dignity.assess.assess_extraction`` where the assessment stage exists, else None.

    Only the absence of the stage (or of that function) means "not available": an
    import error raised inside the stage is a bug and propagates.
    """
    try:
        from dignity.assess import assess_extraction  # type: ignore[attr-defined]
    except ImportError as err:
        if err.name != "dignity.assess":
            raise
        log.info("findings not scored: %s", err)
        return None
    return assess_extraction  # type: ignore[no-any-return]


def system_predictor() -> Predictor:
    """Dignity itself: ``dignity.extract`` with the pack of the passage's language (a
    language without a pack: no facts, ``not_assessed``) then, where the assessment
    stage exists, ``assess_extraction`` as of the document's date."""
    assessor = load_assessor()
    default_extractor("en")  # built now, so that loading it is not timed as reading passages

    def predict(text: str, date: str | None, lang: str = "en") -> Extraction:
        # A Document, not the bare string: ``dignity.extract`` would first try a
        # one-line text as a file name (and fail on long ones).
        extraction = dignity.extract(ingest.from_text(text, date=date, language=lang), lang=lang)
        return assessor(extraction, as_of=date) if assessor is not None else extraction

    return predict


@dataclass(frozen=True)
class EvalRun:
    passages: int
    system: Scores
    baseline: Scores | None
    seconds: float  # the system's prediction time only

    @property
    def passages_per_second(self) -> float:
        return self.passages / self.seconds if self.seconds > 0 else 0.0


def _predict_all(passages: Sequence[GoldPassage], predictor: Predictor) -> dict[str, Extraction]:
    predictions: dict[str, Extraction] = {}
    by_lang = _takes_lang(predictor)
    for passage in passages:
        try:
            predictions[passage.id] = (predictor(passage.text, passage.doc_date, lang=passage.lang) if by_lang
                                       else predictor(passage.text, passage.doc_date))
        except Exception as err:
            err.add_note(f"while predicting passage {passage.id!r}")
            raise
    return predictions


def _takes_lang(predictor: Predictor) -> bool:
    """Whether ``predictor`` takes the passage's language (a ``lang`` keyword)."""
    import inspect

    try:
        return "lang" in inspect.signature(predictor).parameters
    except (TypeError, ValueError):
        return False


def evaluate(passages: Sequence[GoldPassage], predictor: Predictor | None = None, *,
             baseline: Predictor | None = keyword_baseline) -> EvalRun:
    """Predicts every passage with ``predictor`` (default: the system) and scores it,
    and the same with ``baseline`` unless it is None."""
    predictor = predictor or system_predictor()
    start = time.perf_counter()
    predictions = _predict_all(passages, predictor)
    seconds = time.perf_counter() - start
    base = score(passages, _predict_all(passages, baseline)) if baseline is not None else None
    return EvalRun(passages=len(passages), system=score(passages, predictions), baseline=base,
                   seconds=seconds)
