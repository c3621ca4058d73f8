"""``process_partition``: the one pure function every engine runs.

``process_partition(records) -> PartitionResult`` reads a list of records (see
``dignity.batch.sources``), extracts each document's facts, assesses them alone
against the standards that apply (a record's ``standards`` and ``jurisdiction``
when the screen sets them, else those of the country its text names, and the
universal ones) and returns three Arrow tables with fixed
schemas (``documents``, ``facts``, ``findings``).  The same records give the
same tables in any process: the serial, local and Dask engines differ only in
where this runs.

A document that cannot be read or that makes the extractor fail becomes a row
of ``documents`` with its ``error``; the others are not affected.

The extractor is expensive to build (spaCy pipeline, recognizers, rules), so it
is built once per process and kept in a module-level cache (``worker_extractor``);
``init_worker`` builds it up front (the local engine's pool initializer, the Dask
worker plugin's ``setup``).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import socket
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable

import pyarrow as pa

from dignity.batch.sources import Record

__all__ = ["process_partition", "PartitionResult", "init_worker", "worker_extractor",
           "worker_info", "rules_fingerprint", "DOCUMENTS_SCHEMA", "FACTS_SCHEMA", "FINDINGS_SCHEMA", "TABLES",
           "error_result", "find_facility"]

DOCUMENTS_SCHEMA = pa.schema([
    ("id", pa.string()), ("source", pa.string()), ("path", pa.string()), ("row", pa.int64()),
    ("title", pa.string()), ("date", pa.string()), ("language", pa.string()),
    ("facility", pa.string()), ("chars", pa.int64()), ("n_facts", pa.int32()),
    ("n_findings", pa.int32()), ("error", pa.string()),
    # why a document read was not assessed ("de: no rules for this language; not assessed")
    ("not_assessed", pa.string()),
    # its number of pages (PDF, images, page breaks), null when it has none
    ("pages", pa.int32()),
    # the country it was assessed for (set with --jurisdiction, or named by its text), if any
    ("jurisdiction", pa.string()),
])
FACTS_SCHEMA = pa.schema([
    ("document", pa.string()), ("fact_id", pa.string()), ("type", pa.string()),
    ("value", pa.string()), ("unit", pa.string()), ("negated", pa.bool_()),
    ("certainty", pa.string()), ("subject", pa.string()), ("subject_kind", pa.string()),
    ("attributed_to", pa.string()), ("observed_on", pa.string()),
    ("evidence_start", pa.int64()), ("evidence_end", pa.int64()), ("evidence_text", pa.string()),
    ("qualifiers", pa.string()),
    # the page of the evidence (null: a document without pages); read by OCR with low confidence
    ("evidence_page", pa.int32()), ("low_confidence", pa.bool_()),
])
FINDINGS_SCHEMA = pa.schema([
    ("document", pa.string()), ("finding_id", pa.string()), ("rule", pa.string()),
    ("title", pa.string()), ("status", pa.string()), ("subject", pa.string()),
    ("basis", pa.string()), ("facts", pa.string()), ("counter_facts", pa.string()),
    # the standard's id (mandela, iccpr ...): its folder under dignity/assess/standards
    ("standard", pa.string()),
])
#: The tables of a screen, in the order they are written (``documents`` last: it
#: marks the partition complete).
TABLES = {"facts": FACTS_SCHEMA, "findings": FINDINGS_SCHEMA, "documents": DOCUMENTS_SCHEMA}

# --------------------------------------------------------------------------- per-process state

_STATE: dict[str, Any] = {"extractor": None, "builds": 0, "rules": None}


def extractor_rules() -> str | None:
    """The fingerprint of the rules this process's extractor was built from (None: no
    extractor built here yet)."""
    return _STATE["rules"]


def rules_fingerprint() -> str:
    """What decides the facts and findings: Dignity's version, the extractor's, and the bytes
    of every rule file (recognizers, context, attribution, standards), hashed."""
    from importlib import resources

    import dignity
    from dignity.extract.engine import EXTRACTOR_VERSION

    h = hashlib.sha256(f"{dignity.__version__}|{EXTRACTOR_VERSION}".encode())
    for package, folder in (("dignity.extract", "resources"), ("dignity.assess", "standards")):
        root = resources.files(package).joinpath(folder)
        stack = [root]
        files = []
        while stack:
            for entry in stack.pop().iterdir():
                if entry.is_dir():
                    stack.append(entry)
                elif entry.name.endswith((".yaml", ".yml", ".json", ".txt")):
                    files.append(entry)
        for entry in sorted(files, key=lambda e: str(e)):
            h.update(str(entry).rsplit(folder, 1)[-1].encode() + b"\0" + entry.read_bytes())
    return h.hexdigest()[:16]


def worker_extractor() -> Any:
    """The extractor of this process, built on first use and then reused."""
    if _STATE["extractor"] is None:
        from dignity.assess import load_catalogue
        from dignity.ingest.libraries import quiet_libraries
        from dignity.extract.engine import Router

        quiet_libraries()
        _STATE["rules"] = rules_fingerprint()  # of the files the extractor is about to read
        router = Router()  # each document with its language's pack
        router.extractor("en")  # built now: the first partition costs what the others do
        _STATE["extractor"] = router
        load_catalogue()
        _STATE["builds"] += 1
    return _STATE["extractor"]


_WARM_UP = ("Mr. Doe told the team that he is locked in his cell for 23 hours a day. The lights "
            "are kept on 24 hours a day. He has not been allowed visits from his family.")


def init_worker() -> None:
    """Build this process's extractor now and read one tiny document with it (pool
    initializer, Dask worker plugin), so that a worker's first partition costs about
    what the others do."""
    worker_extractor()
    if not _STATE.get("warm"):
        try:
            process_partition([{"source": "<warm-up>", "text": _WARM_UP, "id": "warm-up"}])
        except Exception:  # noqa: BLE001 - a warm-up only; real errors show on real documents
            pass
        _STATE["warm"] = True


def worker_info() -> dict[str, Any]:
    """Who ran a partition: host, process id, how many times it built its extractor and
    the fingerprint of the rules it read (``rules_fingerprint``)."""
    return {"host": socket.gethostname(), "pid": os.getpid(), "builds": _STATE["builds"],
            "rules": _STATE["rules"]}


# --------------------------------------------------------------------------- the function


@dataclass
class PartitionResult:
    documents: pa.Table
    facts: pa.Table
    findings: pa.Table
    worker: dict[str, Any] = field(default_factory=dict)
    seconds: float = 0.0

    def tables(self) -> dict[str, pa.Table]:
        return {"facts": self.facts, "findings": self.findings, "documents": self.documents}

    @property
    def n_errors(self) -> int:
        col = self.documents.column("error")
        return len(col) - col.null_count


def process_partition(records: list[Record], *, as_of: str | None = None) -> PartitionResult:
    """Extract and assess every record; three tables with one row per document, fact, finding."""
    t0 = time.perf_counter()
    docs: list[dict[str, Any]] = []
    facts: list[dict[str, Any]] = []
    findings: list[dict[str, Any]] = []
    for rec in records:
        row, f_rows, g_rows = _process_record(rec, as_of)
        docs.append(row)
        facts.extend(f_rows)
        findings.extend(g_rows)
    return PartitionResult(
        documents=pa.Table.from_pylist(docs, schema=DOCUMENTS_SCHEMA),
        facts=pa.Table.from_pylist(facts, schema=FACTS_SCHEMA),
        findings=pa.Table.from_pylist(findings, schema=FINDINGS_SCHEMA),
        worker=worker_info(), seconds=time.perf_counter() - t0)


def error_result(records: Iterable[Record], problem: str) -> PartitionResult:
    """Every record as an error row (a partition no worker could finish)."""
    docs = [_doc_row(rec, None, problem) for rec in records]
    return PartitionResult(documents=pa.Table.from_pylist(docs, schema=DOCUMENTS_SCHEMA),
                           facts=FACTS_SCHEMA.empty_table(), findings=FINDINGS_SCHEMA.empty_table())


def _process_record(rec: Record, as_of: str | None) -> tuple[dict[str, Any], list, list]:
    if rec.get("error"):
        return _doc_row(rec, None, rec["error"]), [], []
    doc = None
    try:
        doc = _document(rec)
        extraction = worker_extractor().extract_document(doc)
        from dignity.assess.engine import assess_extraction, jurisdiction_of

        jurisdiction = rec.get("jurisdiction") or jurisdiction_of(extraction)
        assessment = assess_extraction(extraction, as_of=as_of, standards=rec.get("standards"),
                                       jurisdiction=jurisdiction)
    except Exception as exc:  # noqa: BLE001 - one bad document is one error row
        return _doc_row(rec, doc, _problem(exc)), [], []
    f_rows = [_fact_row(doc.id, f) for f in assessment.facts]
    g_rows = [_finding_row(doc.id, g) for g in assessment.findings]
    row = _doc_row(rec, doc, None)
    row["n_facts"], row["n_findings"] = len(f_rows), len(g_rows)
    row["not_assessed"] = "; ".join(n["reason"] for n in assessment.not_assessed) or None
    row["jurisdiction"] = jurisdiction
    return row, f_rows, g_rows


def _document(rec: Record) -> Any:
    from dignity import ingest
    from dignity.extract.values import parse_date
    from dignity.ingest.readers import detect_language, find_dateline

    if rec.get("path") is not None:
        doc = ingest.load(rec["path"], ocr=rec.get("ocr", "auto"), language=rec.get("lang"))
    else:
        text = rec["text"]
        doc = ingest.from_text(text, doc_id=rec.get("id"), path=None, title=rec.get("title"))
        if not doc.text:
            from dignity.errors import InputError

            raise InputError(_label(rec), "contains no text")
        doc = doc.model_copy(update={"language": detect_language(doc.text),
                                     "date": find_dateline(doc.text)})
    update: dict[str, Any] = {}
    if rec.get("date"):
        d = parse_date(str(rec["date"]))
        update["date"] = d.isoformat() if d else None
    if rec.get("title"):
        update["title"] = rec["title"]
    if rec.get("id") and doc.id != rec["id"]:
        update["id"] = rec["id"]
    if rec.get("lang"):  # --lang: every document read as this language
        update["language"] = rec["lang"]
    return doc.model_copy(update=update) if update else doc


def _label(rec: Record) -> str:
    return rec.get("path") or f"{rec.get('source')}#{rec.get('row')}"


def _problem(exc: BaseException) -> str:
    from dignity.errors import DignityError, InputError

    if isinstance(exc, InputError):
        return exc.problem
    if isinstance(exc, DignityError):
        return str(exc)
    msg = " ".join(str(exc).split())
    if len(msg) > 200:
        msg = msg[:197] + "..."
    return f"unexpected error ({type(exc).__name__}: {msg})" if msg else f"unexpected error ({type(exc).__name__})"


def _doc_row(rec: Record, doc: Any, error: str | None) -> dict[str, Any]:
    if doc is not None:
        doc_id, title, date, lang, chars = doc.id, doc.title, doc.date, doc.language, len(doc.text)
    else:
        doc_id = rec.get("id") or _label(rec)
        title, date, lang, chars = rec.get("title"), None, None, None
    facility = rec.get("facility") or (find_facility(doc.text) if doc is not None else None)
    return {"id": doc_id, "source": rec.get("source"), "path": rec.get("path"), "row": rec.get("row"),
            "title": title, "date": date, "language": lang, "facility": facility, "chars": chars,
            "n_facts": 0, "n_findings": 0, "error": error, "not_assessed": None,
            "pages": len(doc.pages) if doc is not None and doc.pages else None, "jurisdiction": None}


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def _fact_row(doc_id: str, f: Any) -> dict[str, Any]:
    ev = f.evidence[0] if f.evidence else None
    return {"document": doc_id, "fact_id": f.id, "type": f.type, "value": _json(f.value),
            "unit": f.unit, "negated": f.negated, "certainty": _enum(f.certainty),
            "subject": f.subject, "subject_kind": _enum(f.subject_kind),
            "attributed_to": f.attributed_to, "observed_on": f.observed_on,
            "evidence_start": ev.start if ev else None, "evidence_end": ev.end if ev else None,
            "evidence_text": ev.text if ev else None,
            "qualifiers": _json(f.qualifiers) if f.qualifiers else None,
            "evidence_page": ev.page if ev else None, "low_confidence": bool(f.low_confidence)}


def _finding_row(doc_id: str, g: Any) -> dict[str, Any]:
    return {"document": doc_id, "finding_id": g.id, "rule": g.rule, "title": g.title,
            "status": _enum(g.status), "subject": g.subject, "basis": g.basis,
            "facts": _json(list(g.facts)), "counter_facts": _json(list(g.counter_facts)),
            "standard": g.standard_id}


def _enum(v: Any) -> Any:
    return getattr(v, "value", v)


# --------------------------------------------------------------------------- facilities

_PLACE_WORDS = (r"Prison|Jail|Gaol|Penitentiary|Penal\s+Colony|Correctional\s+Colony|"
                r"(?:Detention|Correctional|Remand|Removal|Holding|Processing|Reception|Immigration|"
                r"Custody|Correction)\s+(?:Centre|Center|Facility|Institution|Complex|Unit|Home)|"
                r"Correctional\s+Institute|House\s+of\s+Correction")
_FACILITY_RX = re.compile(
    rf"\b((?:(?:[A-Z][\w'’.-]*|of|de|la)[ \t]+){{1,6}}?(?:{_PLACE_WORDS}))\b")
_LEADING = {"The", "A", "An", "At", "In", "To", "From", "Of", "Into", "Inside", "This", "That",
            "Our", "His", "Her", "Their", "Re", "Dear", "Visit", "Monitoring", "Mr.", "Ms.", "Mrs.",
            "Warden", "Director", "Governor", "Superintendent", "Held", "And", "On", "For"}


def find_facility(text: str, *, window: int = 50_000) -> str | None:
    """The place of detention a document names most often (first named on a tie), or None.

    A name is one to six capitalised words before a word for a place of detention:
    "Northgate Remand Centre", "Eastfield County Detention Facility", "Evin Prison".
    """
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for m in _FACILITY_RX.finditer(text[:window]):
        words = m.group(1).split()
        while words and (words[0] in _LEADING or words[0][0].islower()):
            words.pop(0)
        if len(words) < 2:
            continue
        name = " ".join(words)
        counts[name] += 1
        first.setdefault(name, m.start())
    if not counts:
        return None
    return max(counts, key=lambda k: (counts[k], -first[k]))
