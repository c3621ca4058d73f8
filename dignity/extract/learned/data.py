"""Training examples for the sentence model: labelled passages and reviewed facts.

A ``LabelledDoc`` is one document split with the engine's own sentence splitter,
and for each sentence which fact types it states (positives), which it must not be
trained on (facts about people in general, hypothetical ones, facts nobody has
reviewed: masked) and which reviewers rejected there (hard negatives).  Every other
sentence-type pair is a negative.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dignity.errors import DignityError, InputError

__all__ = ["LabelledDoc", "TrainingDataError", "from_gold_files", "from_store", "generated", "locate"]

log = logging.getLogger(__name__)


class TrainingDataError(DignityError):
    """The training data given cannot train a model (one line: the source and the problem)."""


@dataclass
class LabelledDoc:
    group: str  # the document's id: cross-validation keeps a document's sentences together
    text: str
    date: str | None
    spans: list[tuple[int, int]]
    positives: set[tuple[int, str]] = field(default_factory=set)
    masked: set[tuple[int, str]] = field(default_factory=set)
    rejected: set[tuple[int, str]] = field(default_factory=set)
    #: the types the document states about a person or group (what a reader scores)
    types: set[str] = field(default_factory=set)
    source: str = ""
    #: written sentences: always trained on, never used to choose thresholds or to score
    train_only: bool = False


def locate(spans: Sequence[tuple[int, int]], start: int, end: int) -> list[int]:
    """The sentences that overlap [start, end)."""
    return [k for k, (a, b) in enumerate(spans) if a < end and start < b]


def _find_quote(text: str, quote: str) -> tuple[int, int] | None:
    q = quote.strip()
    if not q:
        return None
    at = text.find(q)
    if at < 0:
        # the quote may differ in spacing or end with an ellipsis: its first words
        head = " ".join(q.split()[:8])
        at = text.find(head) if len(head) >= 20 else -1
        if at < 0:
            return None
        return at, at + len(head)
    return at, at + len(q)


def from_gold_files(paths: Iterable[Path], splitter, lang: str = "en") -> list[LabelledDoc]:
    """Labelled passages of the corpus format (``shared/corpus/FORMAT.md``) in ``lang``.

    ``splitter(text)`` gives the sentence spans.  Raises ``InputError`` /
    ``GoldFormatError`` for an unreadable or malformed file, ``TrainingDataError``
    for a file without one labelled passage in ``lang``.
    """
    from dignity.eval.gold import load_gold

    docs: list[LabelledDoc] = []
    paths = [Path(p) for p in paths]
    for path in paths:
        if not path.is_file():
            raise InputError(path, "no such file")
    for path in paths:
        passages = [p for p in load_gold(path) if (p.lang or "en") == lang]
        if not passages:
            log.info("%s: no passage in language %r", path, lang)
            continue
        for p in passages:
            spans = splitter(p.text)
            d = LabelledDoc(p.id, p.text, p.doc_date, spans, source=str(path))
            for f in p.facts:
                where = _find_quote(p.text, f.quote)
                if where is None:
                    log.info("%s: %s: quote of a %s fact not found in the text", path, p.id, f.type)
                    continue
                for k in locate(spans, *where):
                    (d.positives if f.counted else d.masked).add((k, f.type))
                if f.counted:
                    d.types.add(f.type)
            d.masked -= d.positives
            docs.append(d)
    if not any(d.positives for d in docs):
        names = ", ".join(str(p) for p in paths) or "no files"
        raise TrainingDataError(f"{names}: no labelled fact in language {lang!r} to learn from")
    return docs


def _effective(data: dict[str, Any], status: str, patch: Any) -> dict[str, Any]:
    if status == "edited" and isinstance(patch, dict):
        return {**data, **patch}
    return data


def from_store(url: str | None, splitter, lang: str = "en") -> list[LabelledDoc]:
    """The documents of a case store with reviewed facts of their current extraction:
    accepted and edited facts are positives in their sentence, rejected ones hard
    negatives, unreviewed ones masked.  Raises ``TrainingDataError`` when the store
    cannot be opened or holds no review."""
    from sqlalchemy import select
    from sqlalchemy.exc import SQLAlchemyError

    from dignity.store import Store, StoredDocument

    if url and "://" not in url:
        url = f"sqlite:///{Path(url).expanduser().resolve()}"  # a plain path: a SQLite file
    if url and url.startswith("sqlite:///") and not Path(url[len("sqlite:///"):]).is_file():
        raise TrainingDataError(f"{url[len('sqlite:///'):]}: no such case store (file not found)")
    try:
        store = Store(url, migrate=False)
    except (SQLAlchemyError, OSError, ValueError) as exc:
        raise TrainingDataError(f"{url or 'the default store'}: cannot open the case store: "
                                f"{str(exc).splitlines()[0]}") from None
    docs: list[LabelledDoc] = []
    try:
        with store.session() as session:
            for stored in session.scalars(select(StoredDocument).order_by(StoredDocument.id)):
                run = stored.current_extraction
                if run is None or (stored.language or lang) != lang:
                    continue
                facts = list(run.facts)
                if not any(f.review_status != "unreviewed" for f in facts):
                    continue
                text = stored.text or ""
                spans = splitter(text)
                d = LabelledDoc(f"store-document-{stored.id}", text, stored.date, spans,
                                source=f"store document {stored.id}")
                for f in facts:
                    data = _effective(f.data or {}, f.review_status, f.edited_value)
                    ev = (data.get("evidence") or [{}])[0]
                    if "start" not in ev:
                        continue
                    ks = locate(spans, int(ev["start"]), int(ev.get("end", ev["start"] + 1)))
                    counted = data.get("subject_kind") != "general" and data.get("certainty") != "hypothetical"
                    for k in ks[:1]:
                        if f.review_status == "rejected":
                            d.rejected.add((k, f.type))
                        elif f.review_status in ("accepted", "edited") and counted:
                            d.positives.add((k, f.type))
                            d.types.add(f.type)
                        else:
                            d.masked.add((k, f.type))
                d.masked -= d.positives
                d.rejected -= d.positives
                docs.append(d)
    except SQLAlchemyError as exc:
        raise TrainingDataError(f"{url or 'the default store'}: cannot read the case store: "
                                f"{str(exc).splitlines()[0]}") from None
    finally:
        store.dispose()
    if not docs:
        raise TrainingDataError(f"{url or 'the default store'}: no reviewed facts to learn from "
                                "(accept, edit or reject facts first)")
    return docs


def generated(splitter, lang: str = "en") -> list[LabelledDoc]:
    """The sentences written for training (``generated_<lang>.yaml``): one document per
    subject, each clause a sentence labelled with its type (``neutral``: none)."""
    from importlib import resources

    import yaml

    res = resources.files("dignity.extract.learned") / f"generated_{lang}.yaml"
    if not res.is_file():
        return []
    spec = yaml.safe_load(res.read_text(encoding="utf-8"))
    items = [(c, t) for t, cs in spec["clauses"].items() for c in cs] + [(c, None) for c in spec["neutral"]]
    docs = []
    for n, subject in enumerate(spec["subjects"]):
        # each subject with every clause, rotated so that each document mixes types
        chosen = items[n % 3::3]
        parts, where = [], []
        pos = 0
        for clause, type_ in chosen:
            sentence = f"{subject} {clause}."
            where.append((pos, pos + len(sentence), type_))
            parts.append(sentence)
            pos += len(sentence) + 1
        text = " ".join(parts)
        spans = splitter(text)
        d = LabelledDoc(f"generated-{lang}-{n}", text, None, spans, source=str(res), train_only=True)
        for a, b, type_ in where:
            if type_ is not None:
                for k in locate(spans, a, b)[:1]:
                    d.positives.add((k, type_))
        docs.append(d)
    return docs
