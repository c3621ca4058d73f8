"""Documents of a case: adding them (read, extracted and stored, one transaction each) and
extracting them again with the reviews carried over (the ``documents`` part of
``CaseService``)."""

from __future__ import annotations

import hashlib
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Literal, Union

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import selectinload, undefer

from dignity.cases.errors import InvalidInput, NotFound
from dignity.cases.refs import FACT_BATCH, CaseRef
from dignity.cases.reviews import copy_review
from dignity.errors import DignityError, InputError
from dignity.model import Document, Extraction, Fact
from dignity.store.models import Case, ExtractionRun, StoredDocument, StoredFact, User, utcnow

__all__ = ["DocumentsMixin", "Upload", "Source", "AddResult", "ReextractResult", "ProgressFn",
           "fact_rows", "topic_rows"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Upload:
    """A document already in memory (a web upload): its bytes and its file name."""

    data: bytes
    name: str
    title: str | None = None
    date: str | None = None


Source = Union[str, os.PathLike, Upload]


@dataclass
class AddResult:
    """What happened to one input of ``add_documents``.

    ``status``: ``added``; ``duplicate`` (the same bytes are already in the case:
    ``document_id`` is the stored one; nothing stored); ``error`` (``problem`` says
    why, in a phrase that reads after the input's name; nothing stored).
    """

    source: str
    status: Literal["added", "duplicate", "error"]
    document_id: int | None = None
    sha256: str | None = None
    facts: int = 0
    problem: str | None = None
    title: str | None = None
    #: added, but not assessed: "de: no rules for this language; not assessed"
    not_assessed: str | None = None

    @property
    def ok(self) -> bool:
        return self.status != "error"

    @property
    def message(self) -> str:
        """One line: ``<source>: <what happened>``."""
        if self.status == "added":
            return f"{self.source}: added as document {self.document_id} ({self.facts} facts)"
        return f"{self.source}: {self.problem}"


@dataclass
class ReextractResult:
    document_id: int
    status: Literal["reextracted", "skipped", "error"]
    extraction_id: int | None = None
    facts: int = 0
    reviews_carried: int = 0
    reviews_kept: int = 0
    problem: str | None = None


#: ``progress(done, total, source, result)``: called with ``result=None`` before each
#: input is read (``done`` inputs finished so far), and with its ``AddResult`` after.
ProgressFn = Callable[[int, int, str, "AddResult | None"], None]


def _doc_json(d: StoredDocument) -> dict[str, Any]:
    return {"id": d.id, "sha256": d.sha256, "filename": d.filename, "media_type": d.media_type,
            "size": d.size, "title": d.title, "date": d.date, "language": d.language}


class DocumentsMixin:
    """Adding and re-extracting documents.  Part of ``CaseService``, which provides
    ``session``, ``max_bytes``, ``extractor``, ``extractor_version``, ``get_case``, the
    permission checks and ``_audit``."""

    def documents(self, case: CaseRef, user: User, *, with_text: bool = False) -> list[StoredDocument]:
        """The documents of a case, oldest first (``with_text``: their texts loaded in the
        same query, not one query per document on first use)."""
        c = self.get_case(case, user)
        q = (select(StoredDocument).where(StoredDocument.case_id == c.id)
             .options(selectinload(StoredDocument.extractions)).order_by(StoredDocument.id))
        if with_text:
            q = q.options(undefer(StoredDocument.text))
        return list(self.session.scalars(q))

    def get_document(self, document_id: int, user: User) -> StoredDocument:
        """A document (``content`` holds its original bytes, ``text`` its normalised text)."""
        doc = self.session.get(StoredDocument, int(document_id))
        if doc is None:
            raise NotFound(f"no document {document_id}")
        self._require_read(doc.case, user)
        return doc

    def add_documents(self, case: CaseRef, sources: Iterable[Source], user: User,
                      progress: ProgressFn | None = None, *, title: str | None = None,
                      date: str | None = None, lang: str | None = None,
                      ocr: str = "auto") -> list[AddResult]:
        """Read, extract and store each input (paths or ``Upload``s), one transaction each.

        Bad inputs give an ``error`` result with a one-line problem and store
        nothing; the same bytes already in the case give a ``duplicate`` result.
        ``title`` and ``date`` (YYYY-MM-DD) override every document's own; ``lang``
        its language (else detected); ``ocr`` (auto, always, never) when scanned pages
        and images are read with OCR.  A document in a language without a pack is
        added with no facts and ``not_assessed`` says so.
        """
        c = self.get_case(case, user)
        self._require_edit(c, user)
        items = list(sources)
        results: list[AddResult] = []
        for i, src in enumerate(items):
            label = src.name if isinstance(src, Upload) else os.fspath(src)
            if progress is not None:
                progress(i, len(items), label, None)
            result = self._add_one(c, src, label, user, title=title, date=date, lang=lang, ocr=ocr)
            results.append(result)
            if progress is not None:
                progress(i + 1, len(items), label, result)
        return results

    def add_document(self, case: CaseRef, source: Source, user: User, *, title: str | None = None,
                     date: str | None = None) -> AddResult:
        return self.add_documents(case, [source], user, title=title, date=date)[0]

    def _read_source(self, src: Source, label: str) -> tuple[bytes, str, str | None, str | None]:
        """(bytes, file name, title, date) of one input; ``InputError`` for a bad one."""
        if isinstance(src, Upload):
            if not isinstance(src.data, (bytes, bytearray)):
                raise InputError(label, "is not a file upload")
            data = bytes(src.data)
            self._check_size(label, len(data))
            return data, Path(src.name).name or "upload", src.title, src.date
        from dignity.ingest.readers import read_file

        p = Path(src)
        return read_file(p, max_bytes=self.max_bytes, label=label), p.name, None, None

    def _check_size(self, label: str, size: int) -> None:
        if self.max_bytes is not None and size > self.max_bytes:
            from dignity.ingest.readers import human_size

            raise InputError(label, f"is too large ({human_size(size)}; the limit is "
                                    f"{human_size(self.max_bytes)})")
        if size == 0:
            raise InputError(label, "is empty")

    def _duplicate(self, case: Case, sha: str, label: str) -> AddResult | None:
        existing = self.session.scalar(select(StoredDocument).where(StoredDocument.case_id == case.id,
                                                                    StoredDocument.sha256 == sha))
        if existing is None:
            return None
        return AddResult(label, "duplicate", document_id=existing.id, sha256=sha, title=existing.title,
                         problem=f"already in case {case.name!r} as document {existing.id} "
                                 f"({existing.label}); not added again")

    def _add_one(self, case: Case, src: Source, label: str, user: User, *, title: str | None,
                 date: str | None, lang: str | None = None, ocr: str = "auto") -> AddResult:
        from dignity import ingest

        sha: str | None = None
        try:
            data, filename, up_title, up_date = self._read_source(src, label)
            sha = hashlib.sha256(data).hexdigest()
            dup = self._duplicate(case, sha, label)
            if dup is not None:
                return dup
            doc = ingest.from_bytes(data, name=filename, path=label, max_bytes=self.max_bytes, ocr=ocr,
                                    language=lang)
            updates = {k: v for k, v in (("title", title or up_title), ("date", date or up_date),
                                         ("language", lang)) if v}
            if updates:
                doc = doc.model_copy(update=updates)
            # no transaction is held while the extractor runs, and the facts' rows are
            # made before the write starts: the write lock is held for the inserts only
            self.session.commit()
            extraction = self.extractor.extract_document(doc)
            rows = fact_rows(extraction)
            topics = topic_rows(extraction)
            if extraction.documents:  # the language it was read as (``--lang``)
                doc = doc.model_copy(update={"language": extraction.documents[0].language})
            unread = next((na.get("reason") for na in extraction.not_assessed), None)
            del extraction
            stored = StoredDocument(case_id=case.id, sha256=sha, content=data, filename=filename,
                                    media_type=doc.media_type, size=len(data), title=doc.title,
                                    date=doc.date, language=doc.language, text=doc.text, pages=doc.pages,
                                    added_by=user.id, added_at=utcnow())
            self.session.add(stored)
            self.session.flush()
            run, n = self._extract_into(stored, rows, topics)
            self._audit(case_id=case.id, user=user, action="document.add", object_type="document",
                        object_id=stored.id, before=None,
                        after={**_doc_json(stored), "extraction_id": run.id,
                               "extractor_version": run.extractor_version, "facts": n})
            self.session.commit()
            return AddResult(label, "added", document_id=stored.id, sha256=sha, facts=n, title=stored.title,
                             not_assessed=unread)
        except IntegrityError:
            self.session.rollback()
            dup = self._duplicate(case, sha, label) if sha else None
            if dup is not None:
                return dup
            log.debug("integrity error adding %s", label, exc_info=True)
            return AddResult(label, "error", sha256=sha, problem="could not be stored (database conflict)")
        except InputError as exc:
            self.session.rollback()
            return AddResult(label, "error", sha256=sha, problem=exc.problem)
        except DignityError as exc:
            self.session.rollback()
            return AddResult(label, "error", sha256=sha, problem=" ".join(str(exc).split()))
        except Exception as exc:  # noqa: BLE001 - one line per failed input; nothing stored
            self.session.rollback()
            log.debug("unexpected error adding %s", label, exc_info=True)
            message = " ".join(str(exc).split())
            if len(message) > 200:
                message = message[:197] + "..."
            detail = f"{type(exc).__name__}: {message}" if message else type(exc).__name__
            return AddResult(label, "error", sha256=sha, problem=f"unexpected error ({detail}); nothing stored")

    def _extract_into(self, stored: StoredDocument, extraction: Extraction | list[dict[str, Any]],
                      topics: list[dict[str, Any]] | None = None) -> tuple[ExtractionRun, int]:
        """Add an extraction run with its facts and topic mentions to ``stored`` (flushed,
        not committed).

        The facts go in as bulk inserts of ``FACT_BATCH`` rows (executemany), not one
        ORM object each: a document with many facts holds the write lock for a
        short time, so other writers waiting on it get through.  ``extraction`` may
        be the facts' rows already made (``fact_rows``), outside the transaction, and
        ``topics`` its topic mentions' JSON (``topic_rows``; taken from ``extraction``
        when it is one)."""
        if topics is None:
            topics = topic_rows(extraction) if isinstance(extraction, Extraction) else []
        run = ExtractionRun(document=stored, extractor_version=self.extractor_version, created_at=utcnow(),
                            topics=topics)
        self.session.add(run)
        self.session.flush()
        n = 0
        batch: list[dict[str, Any]] = []
        rows = extraction if isinstance(extraction, list) else fact_rows(extraction)
        for row in rows:
            batch.append({**row, "extraction_id": run.id})
            if len(batch) >= FACT_BATCH:
                self.session.execute(insert(StoredFact), batch)
                n += len(batch)
                batch = []
        if batch:
            self.session.execute(insert(StoredFact), batch)
            n += len(batch)
        self.session.flush()
        return run, n

    # ------------------------------------------------------------------ re-extraction
    def reextract(self, case: CaseRef, user: User, *, force: bool = False,
                  progress: Callable[[int, int, StoredDocument], None] | None = None) -> list[ReextractResult]:
        """Extract every document of ``case`` again with the current extractor (those
        already extracted by this version are skipped unless ``force``), carrying each
        human review over to the matching new fact (see ``reextract_document``).  A run
        made before the store kept topic mentions (``ExtractionRun.topics`` None) is
        extracted again whatever its version."""
        c = self.get_case(case, user)
        self._require_edit(c, user)
        docs = [d.id for d in self.documents(c, user)]
        out = []
        for i, doc_id in enumerate(docs):
            out.append(self.reextract_document(doc_id, user, force=force))
            if progress is not None:
                progress(i + 1, len(docs), self.session.get(StoredDocument, doc_id))
        return out

    def reextract_document(self, document_id: int, user: User, *, force: bool = False) -> ReextractResult:
        """A new extraction of one document, in one transaction.

        Every reviewed fact of the current extraction passes its review (status,
        edited value, reviewer, time, note) to the matching new fact: same type,
        subject and evidence (offsets and text), else same type and subject and
        evidence text, else same type and evidence text.  A reviewed fact with no
        match is kept in the new extraction (``origin='kept'``) with its review,
        so no review is ever lost.  The new run's topic mentions replace the old run's
        (the case file reads the current run's).  A run of this extractor version is
        skipped unless ``force``, or unless its topics were never read (a run made before
        the store kept them).
        """
        from dignity import ingest

        stored = self.get_document(document_id, user)
        self._require_edit(stored.case, user)
        old = stored.current_extraction
        version = self.extractor_version
        if old is not None and old.extractor_version == version and not force and old.topics is not None:
            return ReextractResult(stored.id, "skipped", extraction_id=old.id, facts=len(old.facts))
        try:
            fresh = ingest.from_bytes(stored.content, name=stored.filename, path=stored.filename,
                                      max_bytes=None, language=stored.language)
            before_doc = {"text_sha256": hashlib.sha256(stored.text.encode("utf-8")).hexdigest()}
            doc = Document(id=stored.sha256, path=stored.filename, language=stored.language or fresh.language,
                           title=stored.title, date=stored.date, media_type=stored.media_type, text=fresh.text,
                           pages=fresh.pages, ocr=fresh.ocr, ocr_words=fresh.ocr_words)
            old_facts = len(old.facts) if old is not None else 0
            self.session.commit()  # no transaction held while the extractor runs
            extraction = self.extractor.extract_document(doc)
            rows, topics = fact_rows(extraction), topic_rows(extraction)
            del extraction
            if fresh.text != stored.text:
                stored.text = fresh.text
            if fresh.pages != stored.pages:
                stored.pages = fresh.pages
            run, n = self._extract_into(stored, rows, topics)
            carried, kept = self._carry_reviews(old, run) if old is not None else (0, 0)
            self._audit(case_id=stored.case_id, user=user, action="document.reextract", object_type="document",
                        object_id=stored.id,
                        before={**before_doc, "extraction_id": old.id if old else None,
                                "extractor_version": old.extractor_version if old else None,
                                "facts": old_facts},
                        after={"text_sha256": hashlib.sha256(stored.text.encode("utf-8")).hexdigest(),
                               "extraction_id": run.id, "extractor_version": run.extractor_version,
                               "facts": n, "topics": len(topics), "reviews_carried": carried,
                               "reviews_kept": kept})
            self.session.commit()
        except Exception as exc:
            self.session.rollback()
            if isinstance(exc, InputError):
                return ReextractResult(document_id, "error", problem=exc.problem)
            raise
        return ReextractResult(stored.id, "reextracted", extraction_id=run.id, facts=n,
                               reviews_carried=carried, reviews_kept=kept)

    def set_language(self, document_id: int, language: str, user: User) -> ReextractResult:
        """A reviewer corrects a document's language (the detection was wrong, or a case holds
        documents in several): recorded in the audit log, then the document is read again with
        that language's pack, its reviews carried over (``reextract_document``).  In a language
        without a pack it keeps no facts and the case file says it was not assessed."""
        from dignity.extract.languages import pack_code

        code = pack_code(language)
        if not code or not code.isalpha() or not 2 <= len(code) <= 3:
            raise InvalidInput(f"{language!r} is not a language code (en, es, fr ...)")
        stored = self.get_document(document_id, user)
        self._require_edit(stored.case, user)
        before = stored.language
        if before == code:
            run = stored.current_extraction
            return ReextractResult(stored.id, "skipped", extraction_id=run.id if run else None,
                                   facts=len(run.facts) if run else 0)
        stored.language = code
        self._audit(case_id=stored.case_id, user=user, action="document.language", object_type="document",
                    object_id=stored.id, before={"language": before}, after={"language": code})
        self.session.commit()
        return self.reextract_document(stored.id, user, force=True)

    def _carry_reviews(self, old: ExtractionRun, new: ExtractionRun) -> tuple[int, int]:
        from dignity.assess.facts import name_tokens

        reviewed = [f for f in old.facts if f.review_status != "unreviewed"]
        if not reviewed:
            return 0, 0
        new_facts = list(self.session.scalars(select(StoredFact).where(StoredFact.extraction_id == new.id)
                                              .order_by(StoredFact.id)))

        def ev(f: StoredFact, offsets: bool) -> tuple:
            items = f.data.get("evidence") or []
            if offsets:
                return tuple((e.get("start"), e.get("end"), e.get("text")) for e in items)
            return tuple(" ".join(str(e.get("text", "")).split()) for e in items)

        keys: list[Callable[[StoredFact], tuple]] = [
            lambda f: (f.type, name_tokens(f.data.get("subject", "")), ev(f, True)),
            lambda f: (f.type, name_tokens(f.data.get("subject", "")), ev(f, False)),
            lambda f: (f.type, ev(f, False)),
        ]
        taken: set[int] = set()
        pending = list(reviewed)
        carried = 0
        for key in keys:
            index: dict[tuple, list[StoredFact]] = {}
            for nf in new_facts:
                if nf.id not in taken:
                    index.setdefault(key(nf), []).append(nf)
            still = []
            for of in pending:
                candidates = [nf for nf in index.get(key(of), []) if nf.id not in taken]
                if candidates:
                    target = candidates[0]
                    taken.add(target.id)
                    copy_review(of, target)
                    carried += 1
                else:
                    still.append(of)
            pending = still
        for of in pending:
            keep = StoredFact(extraction_id=new.id, data=dict(of.data), type=of.type, subject=of.subject,
                              negated=of.negated, certainty=of.certainty, origin="kept")
            copy_review(of, keep)
            self.session.add(keep)
        self.session.flush()
        return carried, len(pending)


def fact_rows(extraction: Extraction) -> list[dict[str, Any]]:
    """The ``facts`` rows of an extraction (no ``extraction_id`` yet)."""
    return [_fact_row(f) for f in extraction.facts]


def topic_rows(extraction: Extraction) -> list[dict[str, Any]]:
    """The topic mentions of an extraction as ``ExtractionRun.topics`` keeps them (JSON)."""
    return [t.model_dump(mode="json") for t in getattr(extraction, "topics", None) or ()]


def _fact_row(f: Fact) -> dict[str, Any]:
    data = f.model_dump(mode="json")
    return {"data": data, "type": f.type,
            "subject": (f.subject or "unknown")[:500], "negated": bool(f.negated),
            "certainty": str(data.get("certainty", "asserted")), "origin": "extracted",
            "review_status": "unreviewed"}
