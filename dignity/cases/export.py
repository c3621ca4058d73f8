"""Exports of a case file: JSON (the contract), Markdown and self-contained HTML.

These are plain, readable exports of everything a case file holds; formatted
reports come from ``dignity.report``.  Every piece of text that comes from a
document (evidence, titles, file names, the documents' text) is escaped: in
HTML with ``html.escape``, in Markdown by backslash-escaping the characters
that would make markup (and ``<``, ``>``, ``&``, so no raw HTML gets through).
"""

from __future__ import annotations

import html
import json
import re
from typing import Any, Iterable, Iterator

from dignity.cases.casefile import CaseFile, SourceRef, describe
from dignity.model import LOW_CONFIDENCE, Evidence

__all__ = ["to_json", "to_markdown", "to_html", "EXPORT_FORMATS", "export", "export_chunks", "json_chunks",
           "SHOW_OMITS"]

EXPORT_FORMATS = ("json", "md", "html")

_STATUS_LABEL = {
    "violation_likely": "violation likely",
    "concern": "concern",
    "insufficient_information": "insufficient information",
    "compliant": "compliant",
}


def export(cf: CaseFile, fmt: str) -> str:
    if fmt == "json":
        return to_json(cf)
    if fmt == "md":
        return to_markdown(cf)
    if fmt == "html":
        return to_html(cf)
    raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")


def export_chunks(cf: CaseFile, fmt: str) -> Iterator[str]:
    """The export in pieces, to write as they come: the export of a big case is never
    one string in memory, nor written in one go (JSON: nor one dict, ``json_chunks``)."""
    if fmt == "json":
        yield from json_chunks(cf)
    elif fmt == "md":
        yield from markdown_chunks(cf)
    elif fmt == "html":
        yield from html_chunks(cf)
    else:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")


def markdown_chunks(cf: CaseFile) -> Iterator[str]:
    """The Markdown export in pieces: the same text as ``to_markdown`` (its lines joined
    by newlines, trailing white space dropped, one final newline)."""
    held: list[str] = []  # from the last piece with a visible character on: what rstrip may cut
    for i, line in enumerate(_markdown_lines(cf)):
        piece = line if i == 0 else "\n" + line
        if piece.strip():
            yield from held
            held = [piece]
        else:
            held.append(piece)
    yield "".join(held).rstrip() + "\n"


def html_chunks(cf: CaseFile) -> Iterator[str]:
    """The HTML export in pieces: the same text as ``to_html``."""
    for line in _html_lines(cf):
        yield line + "\n"


def to_markdown(cf: CaseFile) -> str:
    return "".join(markdown_chunks(cf))


def to_html(cf: CaseFile) -> str:
    return "".join(html_chunks(cf))


#: the parts of a case file's JSON that ``case show --format json`` leaves out (every
#: fact is in ``merged``, with its sources)
SHOW_OMITS = ("facts",)


def json_chunks(cf: CaseFile, *, explain: bool = False, omit: Iterable[str] = (),
                size: int = 1 << 16) -> Iterator[str]:
    """``CaseFile.to_json()`` written as JSON (``indent=2``), one list item at a time:
    each fact, merged fact, timeline entry ... is dumped and written on its own, so the
    whole case is never one dict or one string.  ``omit``: top-level keys left out."""
    buf: list[str] = []
    n = 0
    for piece in _json_pieces(cf, explain=explain, omit=set(omit)):
        buf.append(piece)
        n += len(piece)
        if n >= size:
            yield "".join(buf)
            buf, n = [], 0
    buf.append("\n")
    yield "".join(buf)


def _dumps(value: Any, depth: int) -> str:
    text = json.dumps(value, ensure_ascii=False, indent=2)
    return text.replace("\n", "\n" + "  " * depth) if depth else text


#: a list longer than this is written an item at a time (a shorter one of plain values
#: in one piece; a list of models always an item at a time)
_SHORT = 8


def _json_pieces(cf: CaseFile, *, explain: bool, omit: set[str]) -> Iterator[str]:
    item_exclude: dict[str, frozenset[str]] = {} if explain else {
        "facts": frozenset({"explain"}), "findings": frozenset({"trace"})}
    if all(d.text is None for d in cf.documents):
        item_exclude["documents"] = frozenset({"text"})
    names = [n for n in type(cf).model_fields if n not in omit]
    yield "{"
    for i, name in enumerate([*names, "finding_counts"]):
        yield ("," if i else "") + f"\n  {json.dumps(name)}: "
        if name == "finding_counts":
            yield _dumps(cf.finding_counts(), 1)
        else:
            yield from _pieces(getattr(cf, name), 1, item_exclude.get(name, frozenset()))
    yield "\n}"


def _pieces(value: Any, depth: int, item_exclude: frozenset[str] = frozenset()) -> Iterator[str]:
    """``value`` as ``json.dumps(..., indent=2)`` writes it at ``depth``, in pieces: a
    long list an item at a time, a model a field at a time (so one merged fact of
    100,000 sources is never one string either).  ``item_exclude``: fields left out of
    the items of a list."""
    from pydantic import BaseModel
    from pydantic_core import to_jsonable_python

    pad = "  " * (depth + 1)
    if isinstance(value, list) and value and (len(value) > _SHORT or isinstance(value[0], BaseModel)):
        yield "["
        for i, item in enumerate(value):
            yield ("," if i else "") + "\n" + pad
            if isinstance(item, BaseModel):
                yield from _model_pieces(item, depth + 1, item_exclude)
            else:
                yield _dumps(to_jsonable_python(item), depth + 1)
        yield "\n" + "  " * depth + "]"
    elif isinstance(value, BaseModel):
        yield from _model_pieces(value, depth, frozenset())
    else:
        yield _dumps(to_jsonable_python(value), depth)


def _model_pieces(model: Any, depth: int, exclude: frozenset[str]) -> Iterator[str]:
    names = [n for n in type(model).model_fields if n not in exclude]
    if not any(isinstance(getattr(model, n), list) and len(getattr(model, n)) > _SHORT for n in names):
        yield _dumps(model.model_dump(mode="json", exclude=set(exclude)), depth)  # small: in one piece
        return
    pad = "  " * (depth + 1)
    yield "{"
    for i, name in enumerate(names):
        yield ("," if i else "") + f"\n{pad}{json.dumps(name)}: "
        yield from _pieces(getattr(model, name), depth + 1)
    yield "\n" + "  " * depth + "}"


def to_json(cf: CaseFile) -> str:
    return "".join(json_chunks(cf))


# --------------------------------------------------------------------------- Markdown

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~])")


def _md(text: Any) -> str:
    """Text made inert in Markdown: no emphasis, links, tables cells or raw HTML."""
    s = " ".join(str(text if text is not None else "").split())
    s = s.replace("&", "&amp;")
    return _MD_SPECIAL.sub(r"\\\1", s)


def _quote(text: str, limit: int = 300) -> str:
    t = " ".join(text.split())
    return t if len(t) <= limit else t[: limit - 1] + "…"


def _page(e: Evidence) -> str:
    """" (p. 14)" after a quote from a document with pages; a low OCR reading said too."""
    low = e.ocr_confidence is not None and e.ocr_confidence < LOW_CONFIDENCE
    parts = [f"p. {e.page}"] * bool(e.page) + ["read by OCR with low confidence"] * low
    return f" ({', '.join(parts)})" if parts else ""


def _src_md(s: SourceRef) -> str:
    ev = "; ".join(f"“{_md(_quote(e.text))}”{_page(e)}" for e in s.evidence) or "(no evidence)"
    extra = f" — note: {_md(s.note)}" if s.note else ""
    return (f"{_md(s.document)} (document {s.document_id}), {_md(s.attributed_to)}, {s.certainty}, "
            f"{s.review_status}: {ev} [fact {s.fact_id}]{extra}")


def _markdown_lines(cf: CaseFile) -> Iterator[str]:
    """The Markdown export line by line (joined by newlines)."""
    c = cf.case
    yield (f"# Case file: {_md(c.name)}\n")
    yield (f"Case {c.id} ({c.kind}), created {c.created_at:%Y-%m-%d}"
               + (f" by {_md(c.created_by)}" if c.created_by else "")
               + f"; exported {cf.generated_at:%Y-%m-%d %H:%M} UTC"
               + (f"; isolation counted to {cf.as_of} (newest document date)" if cf.as_of else "") + ".\n")
    rc = cf.review_counts
    counts = cf.finding_counts()
    yield ("## Summary\n")
    yield (f"- Documents: {len(cf.documents)}")
    yield (f"- Facts: {sum(rc.values())} (unreviewed {rc['unreviewed']}, accepted {rc['accepted']}, "
               f"edited {rc['edited']}, rejected {rc['rejected']}); merged: {len(cf.merged)}")
    yield (f"- Contradictions: {len(cf.contradictions)}")
    yield ("- Findings: " + ", ".join(f"{_STATUS_LABEL[k]} {v}" for k, v in counts.items()) + "\n")

    yield ("## Findings\n")
    for n in cf.not_assessed:
        yield (f"- **Not assessed**: {_md(n.get('document'))}: {_md(n.get('reason'))}; no finding here is an "
                   "all-clear for it\n")
    if not cf.findings:
        yield ("No finding: no reviewed fact touches a rule.\n" if not cf.not_assessed else
                   "No finding, because not every document could be assessed.\n")
    merged_by_fact = {fid: m for m in cf.merged for fid in m.fact_ids}
    for f in cf.findings:
        yield (f"### {_md(f.title)} ({f.id}): {_STATUS_LABEL.get(str(f.status), str(f.status))}\n")
        yield (f"Subject: {_md(f.subject)}. " + (f"Basis: {_md(f.basis)}." if f.basis else ""))
        yield ("")
        if f.reasoning:
            yield (_md(f.reasoning) + "\n")
        for label, ids in (("Facts", f.facts), ("Against", f.counter_facts)):
            if ids:
                items = []
                for i in ids:
                    m = merged_by_fact.get(int(i))
                    items.append(f"fact {i}" + (f" ({m.id}: {_md(describe(m.type, m.value, m.unit, m.negated))})"
                                                if m else ""))
                yield (f"{label}: " + "; ".join(items) + "\n")
        if f.questions:
            yield ("Open questions:\n")
            yield from (f"- {_md(q)}" for q in f.questions)
            yield ("")

    yield ("## Contradictions\n")
    if not cf.contradictions:
        yield ("None found.\n")
    for x in cf.contradictions:
        yield (f"### {x.id}: {_md(x.summary)}\n")
        for side in x.sides:
            yield (f"- **{_md(describe(x.type, side.value, side.unit, side.negated))}** "
                       f"({', '.join(side.merged_facts)})")
            yield from (f"  - {_src_md(s)}" for s in side.sources)
        yield ("")

    yield ("## Facts\n")
    if not cf.merged:
        yield ("No facts.\n")
    for m in cf.merged:
        yield (f"- **{m.id}** {_md(describe(m.type, m.value, m.unit, m.negated))}, about {_md(m.subject)} "
                   f"({m.certainty}, {m.review_status}; {len(m.sources)} source{'s' if len(m.sources) != 1 else ''})")
        yield from (f"  - {_src_md(s)}" for s in m.sources)
    yield ("")

    yield ("## Timeline\n")
    if not cf.timeline:
        yield ("No dates in the documents.\n")
    else:
        yield ("| Date | What | Document | Fact |")
        yield ("|---|---|---|---|")
        for t in cf.timeline:
            doc = cf.document(t.document_id)
            yield (f"| {t.date} | {t.kind}: {_md(_quote(t.label, 200))} | "
                       f"{_md(doc.label if doc else t.document_id)} | {t.fact_id or ''} |")
        yield ("")

    yield ("## Documents\n")
    yield ("| Id | Title | File | Date | Language | Facts | sha256 |")
    yield ("|---|---|---|---|---|---|---|")
    for d in cf.documents:
        yield (f"| {d.id} | {_md(d.title or '')} | {_md(d.filename or '')} | {d.date or ''} | "
                   f"{d.language or ''}{' (not assessed)' if d.not_assessed else ''} | {d.facts} | "
                   f"`{d.sha256[:16]}` |")
    yield ("")
    if cf.excluded_facts:
        yield (f"Left out (rejected, or derived from a rejected fact): facts "
                   f"{', '.join(str(i) for i in cf.excluded_facts)}.\n")


# --------------------------------------------------------------------------- HTML

_CSS = """
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:70rem;margin:2rem auto;
padding:0 1rem;color:#1d1d1f;background:#fff}
h1{font-size:1.7rem;margin-bottom:.2rem}h2{border-bottom:1px solid #ddd;padding-bottom:.2rem;margin-top:2rem}
h3{font-size:1.05rem;margin-bottom:.3rem}.meta{color:#555}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #ddd;padding:.3rem .5rem;
text-align:left;vertical-align:top}th{background:#f5f5f7}
.status{display:inline-block;padding:0 .5rem;border-radius:.7rem;font-size:.85rem;font-weight:600}
.violation_likely{background:#fde2e1;color:#a1130b}.concern{background:#fff1d6;color:#8a5300}
.insufficient_information{background:#eceff3;color:#39424e}.compliant{background:#dff5e3;color:#17652a}
blockquote{margin:.2rem 0 .2rem 1rem;padding-left:.6rem;border-left:3px solid #ccc;color:#333}
.src{margin:.2rem 0 .6rem 0}.small{font-size:.85rem;color:#555}
pre{white-space:pre-wrap;word-wrap:break-word;background:#fafafa;border:1px solid #eee;padding:.8rem;
font:13px/1.45 ui-monospace,Menlo,Consolas,monospace}
mark{background:#fff3a3}details{margin:.6rem 0}summary{cursor:pointer;font-weight:600}
@media print{details{display:block}summary{display:none}}
"""


def _e(text: Any) -> str:
    return html.escape(str(text if text is not None else ""), quote=True)


def _marked_text(text: str, spans: list[tuple[int, int]], doc_id: int) -> tuple[str, dict[int, int]]:
    """The document text escaped, evidence spans in ``<mark id=...>``; and for each
    evidence start, the start of the mark that holds it."""
    merged: list[list[int]] = []
    for s, e in sorted((max(0, s), min(len(text), e)) for s, e in spans if e > s):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    anchor: dict[int, int] = {}
    for s, _end in spans:
        for ms, me in merged:
            if ms <= s < me or (s == ms):
                anchor[s] = ms
                break
    parts, pos = [], 0
    for s, e in merged:
        parts.append(_e(text[pos:s]))
        parts.append(f'<mark id="d{doc_id}-{s}">{_e(text[s:e])}</mark>')
        pos = e
    parts.append(_e(text[pos:]))
    return "".join(parts), anchor


def _html_lines(cf: CaseFile) -> Iterator[str]:
    """The HTML export line by line (joined by newlines)."""
    c = cf.case
    anchors: dict[int, dict[int, int]] = {}
    doc_html: dict[int, str] = {}
    spans: dict[int, list[tuple[int, int]]] = {}
    for m in cf.merged:
        for s in m.sources:
            for e in s.evidence:
                spans.setdefault(s.document_id, []).append((e.start, e.end))
    for d in cf.documents:
        if d.text is not None:
            doc_html[d.id], anchors[d.id] = _marked_text(d.text, spans.get(d.id, []), d.id)

    def src(s: SourceRef) -> str:
        quotes = []
        for e in s.evidence:
            a = anchors.get(s.document_id, {}).get(e.start)
            q = _e(_quote(e.text)) + _e(_page(e))
            quotes.append(f'<blockquote><a href="#d{s.document_id}-{a}">{q}</a></blockquote>' if a is not None
                          else f"<blockquote>{q}</blockquote>")
        note = f" — note: {_e(s.note)}" if s.note else ""
        return (f'<div class="src"><span class="small">{_e(s.document)} (document {s.document_id}) · '
                f"{_e(s.attributed_to)} · {_e(s.certainty)} · {_e(s.review_status)} · fact {s.fact_id}{note}"
                f"</span>{''.join(quotes)}</div>")

    yield ("<!DOCTYPE html>")
    yield (f'<html lang="en"><head><meta charset="utf-8"><title>Case file: {_e(c.name)}</title>'
             f'<meta name="viewport" content="width=device-width, initial-scale=1">'
             f"<style>{_CSS}</style></head><body>")
    yield (f"<h1>Case file: {_e(c.name)}</h1>")
    yield (f'<p class="meta">Case {c.id} ({_e(c.kind)}), created {c.created_at:%Y-%m-%d}'
             + (f" by {_e(c.created_by)}" if c.created_by else "")
             + f"; exported {cf.generated_at:%Y-%m-%d %H:%M} UTC"
             + (f"; isolation counted to {_e(cf.as_of)} (newest document date)" if cf.as_of else "") + ".</p>")
    rc = cf.review_counts
    counts = cf.finding_counts()
    yield ("<h2>Summary</h2><ul>")
    yield (f"<li>Documents: {len(cf.documents)}</li>")
    yield (f"<li>Facts: {sum(rc.values())} (unreviewed {rc['unreviewed']}, accepted {rc['accepted']}, "
             f"edited {rc['edited']}, rejected {rc['rejected']}); merged: {len(cf.merged)}</li>")
    yield (f"<li>Contradictions: {len(cf.contradictions)}</li>")
    yield ("<li>Findings: " + ", ".join(f'<span class="status {k}">{_STATUS_LABEL[k]} {v}</span>'
                                          for k, v in counts.items()) + "</li></ul>")

    merged_by_fact = {fid: m for m in cf.merged for fid in m.fact_ids}
    yield ("<h2>Findings</h2>")
    for n in cf.not_assessed:
        yield (f"<p class=\"not-assessed\"><strong>Not assessed</strong>: {html.escape(n.get('document', ''))}: "
                 f"{html.escape(n.get('reason', ''))}; no finding here is an all-clear for it</p>")
    if not cf.findings:
        yield ("<p>No finding: no reviewed fact touches a rule.</p>" if not cf.not_assessed else
                 "<p>No finding, because not every document could be assessed.</p>")
    for f in cf.findings:
        st = str(f.status)
        yield (f'<h3 id="finding-{_e(f.id)}">{_e(f.title)} <span class="small">({_e(f.id)})</span> '
                 f'<span class="status {_e(st)}">{_e(_STATUS_LABEL.get(st, st))}</span></h3>')
        yield (f"<p>Subject: {_e(f.subject)}." + (f" Basis: {_e(f.basis)}." if f.basis else "") + "</p>")
        if f.reasoning:
            yield (f"<p>{_e(f.reasoning)}</p>")
        for label, ids in (("Facts", f.facts), ("Against", f.counter_facts)):
            if ids:
                items = []
                for i in ids:
                    m = merged_by_fact.get(int(i))
                    items.append(f'<a href="#{m.id}">fact {_e(i)}: {_e(describe(m.type, m.value, m.unit, m.negated))}'
                                 "</a>" if m else f"fact {_e(i)}")
                yield (f"<p>{label}: " + "; ".join(items) + "</p>")
        if f.questions:
            yield ("<p>Open questions:</p><ul>" + "".join(f"<li>{_e(q)}</li>" for q in f.questions) + "</ul>")

    yield ("<h2>Contradictions</h2>")
    if not cf.contradictions:
        yield ("<p>None found.</p>")
    for x in cf.contradictions:
        yield (f'<h3 id="{_e(x.id)}">{_e(x.summary)}</h3>')
        for side in x.sides:
            links = ", ".join(f'<a href="#{_e(i)}">{_e(i)}</a>' for i in side.merged_facts)
            yield (f"<p><strong>{_e(describe(x.type, side.value, side.unit, side.negated))}</strong> "
                     f"({links})</p>")
            yield from (src(s) for s in side.sources)

    yield ("<h2>Facts</h2>")
    if not cf.merged:
        yield ("<p>No facts.</p>")
    for m in cf.merged:
        yield (f'<h3 id="{_e(m.id)}">{_e(m.id)}: {_e(describe(m.type, m.value, m.unit, m.negated))} '
                 f'<span class="small">about {_e(m.subject)} · {_e(m.certainty)} · {_e(m.review_status)} · '
                 f"{len(m.sources)} source{'s' if len(m.sources) != 1 else ''}</span></h3>")
        yield from (src(s) for s in m.sources)

    yield ("<h2>Timeline</h2>")
    if not cf.timeline:
        yield ("<p>No dates in the documents.</p>")
    else:
        yield ("<table><tr><th>Date</th><th>What</th><th>Document</th><th>Fact</th></tr>")
        for t in cf.timeline:
            doc = cf.document(t.document_id)
            fact = (f'<a href="#{_e(t.merged_fact)}">{t.fact_id}</a>' if t.merged_fact else
                    (str(t.fact_id) if t.fact_id else ""))
            yield (f"<tr><td>{_e(t.date)}</td><td>{_e(t.kind)}: {_e(_quote(t.label, 240))}</td>"
                     f'<td><a href="#doc-{t.document_id}">{_e(doc.label if doc else t.document_id)}</a></td>'
                     f"<td>{fact}</td></tr>")
        yield ("</table>")

    yield ("<h2>Documents</h2>")
    yield ("<table><tr><th>Id</th><th>Title</th><th>File</th><th>Date</th><th>Language</th><th>Facts</th>"
             "<th>sha256</th></tr>")
    for d in cf.documents:
        yield (f'<tr><td><a href="#doc-{d.id}">{d.id}</a></td><td>{_e(d.title or "")}</td>'
                 f"<td>{_e(d.filename or '')}</td><td>{_e(d.date or '')}</td>"
                 f"<td>{_e(d.language or '')}{' (not assessed)' if d.not_assessed else ''}</td>"
                 f"<td>{d.facts}</td><td><code>{_e(d.sha256[:16])}</code></td></tr>")
    yield ("</table>")
    for d in cf.documents:
        if d.id in doc_html:
            yield (f'<details id="doc-{d.id}" open><summary>Document {d.id}: {_e(d.label)}</summary>'
                     f"<pre>{doc_html[d.id]}</pre></details>")
    if cf.excluded_facts:
        yield (f'<p class="small">Left out (rejected, or derived from a rejected fact): facts '
                 f"{_e(', '.join(str(i) for i in cf.excluded_facts))}.</p>")
    yield ("</body></html>")
