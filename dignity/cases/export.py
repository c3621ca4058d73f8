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
from typing import Any, Callable, Iterable, Iterator

from dignity.cases.casefile import CaseFile, SourceRef
from dignity.labels import fact_text, review_label, status_label, type_label
from dignity.model import LOW_CONFIDENCE, Evidence

__all__ = ["to_json", "to_markdown", "to_html", "EXPORT_FORMATS", "export", "export_chunks", "json_chunks",
           "SHOW_OMITS", "export_locale"]

EXPORT_FORMATS = ("json", "md", "html")

def export(cf: CaseFile, fmt: str, lang: str | None = None) -> str:
    """The export as one string; Markdown and HTML in ``lang`` (default: the documents' language)."""
    if fmt == "json":
        return to_json(cf)
    if fmt == "md":
        return to_markdown(cf, lang)
    if fmt == "html":
        return to_html(cf, lang)
    raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")


def export_chunks(cf: CaseFile, fmt: str, lang: str | None = None) -> Iterator[str]:
    """The export in pieces, to write as they come: the export of a big case is never
    one string in memory, nor written in one go (JSON: nor one dict, ``json_chunks``).
    Markdown and HTML in ``lang`` (default: the documents' language; JSON keeps the
    machine names)."""
    if fmt == "json":
        yield from json_chunks(cf)
    elif fmt == "md":
        yield from markdown_chunks(cf, lang)
    elif fmt == "html":
        yield from html_chunks(cf, lang)
    else:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")


def markdown_chunks(cf: CaseFile, lang: str | None = None) -> Iterator[str]:
    """The Markdown export in pieces: the same text as ``to_markdown`` (its lines joined
    by newlines, trailing white space dropped, one final newline)."""
    held: list[str] = []  # from the last piece with a visible character on: what rstrip may cut
    for i, line in enumerate(_markdown_lines(cf, export_locale(cf, lang))):
        piece = line if i == 0 else "\n" + line
        if piece.strip():
            yield from held
            held = [piece]
        else:
            held.append(piece)
    yield "".join(held).rstrip() + "\n"


def html_chunks(cf: CaseFile, lang: str | None = None) -> Iterator[str]:
    """The HTML export in pieces: the same text as ``to_html``."""
    for line in _html_lines(cf, export_locale(cf, lang)):
        yield line + "\n"


def to_markdown(cf: CaseFile, lang: str | None = None) -> str:
    return "".join(markdown_chunks(cf, lang))


def to_html(cf: CaseFile, lang: str | None = None) -> str:
    return "".join(html_chunks(cf, lang))


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


# --------------------------------------------------------------------------- the reader's words
#
# The Markdown and HTML exports speak the reader's language (``--lang``, else the case's
# documents' language): headings and sentences from the ``casefile`` table of
# ``dignity/report/locales/<lang>.yaml``, statuses, review statuses, fact types and values
# from the label tables (``dignity.labels``), rule titles, questions and the reasoning
# from the standards' translations (``dignity.report.i18n``, ``dignity.report.reasoning``).
# The documents' words and names stay as written; JSON keeps the machine names.


def export_locale(cf: CaseFile, lang: str | None = None) -> Any:
    """The locale an export is written in: ``lang`` if Dignity writes it, else the language
    most of the case's documents are in, else English."""
    from dignity.report.i18n import locale, pick_language

    return locale(pick_language(lang, (d.language for d in cf.documents)))


class _Words:
    """What an export says of the case file's machine names, in one locale."""

    def __init__(self, cf: CaseFile, loc: Any) -> None:
        self.cf, self.loc, self.lang = cf, loc, loc.lang
        self._facts = {f.id: f for f in cf.facts}

    def t(self, key: str, n: int | None = None, **args: Any) -> str:
        return self.loc.t(f"casefile.{key}", n=n, **args)

    def status(self, status: Any) -> str:
        return status_label(status, self.lang).lower()

    def review(self, status: Any) -> str:
        return review_label(status, self.lang)

    def certainty(self, certainty: Any) -> str:
        return self.loc.certainty(str(getattr(certainty, "value", certainty))).split(" (")[0]

    def fact(self, type_: str, value: Any, unit: str | None, negated: bool) -> str:
        return fact_text(type_, value, unit, negated, self.lang)

    def title(self, f: Any) -> str:
        return self.loc.title_of(f.rule, f.title)

    def question(self, q: str) -> str:
        return self.loc.question(q)

    def basis(self, f: Any) -> str:
        """A finding's basis in this language (one resting on a topic mention: the locale's
        ``topic_basis``; the engine's own words in English)."""
        raised = self.mentions(f)
        if self.lang != "en" and raised and not f.facts:
            return self.loc.topic_basis(raised[0][0]).rstrip(".")
        return self.loc.basis(f.basis).rstrip(".")  # the line's own full stop ends it

    def mentions(self, f: Any) -> list[tuple[Any, Any]]:
        """The topic mentions a finding rests on, each with its document (or None)."""
        out = []
        for tid in getattr(f, "topics", None) or ():
            m = self.cf.topic(tid)
            if m is not None:
                out.append((m, self.cf.document_of_topic(m)))
        return out

    def raised_how(self, mention: Any) -> str:
        """'as a ruling or relief in its area' (what raised the topic) in this language."""
        return self.loc.t(f"topic_raised.{mention.context or 'concern'}")

    def reasoning(self, f: Any) -> str:
        if self.lang == "en":
            return f.reasoning
        from dignity.report.reasoning import finding_reasoning

        return finding_reasoning(f, self._facts.get, self.loc)

    def contradiction(self, x: Any) -> str:
        if self.lang == "en":
            return x.summary
        return self.t("contradiction", type=type_label(x.type, self.lang), subject=x.subject)

    def timeline_label(self, t: Any) -> str:
        doc = self.cf.document(t.document_id)
        if self.lang != "en" and t.kind == "document" and doc is not None:
            return self.t("document_dated", label=doc.label)
        return t.label

    def page(self, e: Evidence) -> str:
        """" (p. 14)" after a quote from a document with pages; a low OCR reading said too."""
        low = e.ocr_confidence is not None and e.ocr_confidence < LOW_CONFIDENCE
        parts = [self.t("page", page=e.page)] * bool(e.page) + [self.t("low_ocr")] * low
        return f" ({', '.join(parts)})" if parts else ""

    def meta(self, esc: Callable[[Any], str]) -> str:
        """'Case 3 (detainee), created 2026-12-01 by ana; exported 2026-12-05 13:00 UTC.'
        (``esc`` makes a value inert in the export's format)."""
        c, cf = self.cf.case, self.cf
        return (self.t("meta", id=c.id, kind=esc(self.loc.label("casefile.kinds", c.kind, c.kind)),
                       date=f"{c.created_at:%Y-%m-%d}")
                + (self.t("by", who=esc(c.created_by)) if c.created_by else "")
                + self.t("exported", when=f"{cf.generated_at:%Y-%m-%d %H:%M}")
                + (self.t("as_of", date=esc(cf.as_of)) if cf.as_of else "") + ".")

    def facts_count(self) -> str:
        rc = self.cf.review_counts
        counts = ", ".join(self.t("count", label=self.review(k), n=rc[k])
                           for k in ("unreviewed", "accepted", "edited", "rejected"))
        return self.t("facts", n=sum(rc.values()), counts=counts, merged=len(self.cf.merged))

    def findings_count(self) -> list[tuple[str, str]]:
        return [(k, self.t("count", label=self.status(k), n=v)) for k, v in self.cf.finding_counts().items()]

    def person_line(self, p: Any) -> str:
        """'Joaquín Guzmán Loera (the detainee the case is about; also named El Chapo): 6 facts,
        5 findings, in loera.txt, chapo.txt'"""
        notes = ([self.t("person.main")] if p.main else []) + (
            [self.t("person.also", names=", ".join(p.names[1:]))] if len(p.names) > 1 else []) + (
            [self.t("person.grouped")] if p.reviewed else [])
        labels = {d.id: d.label for d in self.cf.documents}
        return (p.name + (f" ({'; '.join(notes)})" if notes else "")
                + ": " + self.t("person.facts", n=len(p.facts)) + ", " + self.t("person.findings", n=len(p.findings))
                + (self.t("person.in", docs=", ".join(labels.get(d, str(d)) for d in p.documents))
                   if p.documents else ""))

    def source_head(self, s: SourceRef) -> list[str]:
        """A source's document, author, certainty and review status."""
        return [self.t("source", document=s.document, id=s.document_id), s.attributed_to,
                self.certainty(s.certainty), self.review(s.review_status)]


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


def _src_md(w: _Words, s: SourceRef) -> str:
    ev = "; ".join(f"“{_md(_quote(e.text))}”{w.page(e)}" for e in s.evidence) or w.t("no_evidence")
    extra = w.t("note", note=_md(s.note)) if s.note else ""
    document, who, certainty, review = w.source_head(s)
    return (f"{_md(document)}, {_md(who)}, {certainty}, {review}: {ev} [{w.t('fact', id=s.fact_id)}]{extra}")


def _mention_md(w: _Words, m: Any, d: Any) -> str:
    """A topic mention as a finding's evidence: its sentence quoted, the topic's words in bold,
    its document and page, and what raised it."""
    ev = m.evidence[0] if m.evidence else None
    if ev is None:
        return _md(m.label or m.topic)
    sentence = " ".join((ev.sentence or ev.text).split())
    words = " ".join(ev.text.split())
    i = sentence.find(words) if words else -1
    if i < 0:
        quote = _md(_quote(sentence))
    else:  # _md trims the pieces: the spaces around the words are put back
        before, after = sentence[:i], sentence[i + len(words):]
        quote = (_md(before) + " " * before.endswith(" ") + f"**{_md(words)}**"
                 + " " * after.startswith(" ") + _md(after))
    where = f" ({_md(d.label)}{', ' + w.t('page', page=ev.page) if ev.page else ''})" if d is not None else ""
    return f"“{quote}”{where}, {_md(w.raised_how(m))}"


def _markdown_lines(cf: CaseFile, loc: Any) -> Iterator[str]:
    """The Markdown export line by line (joined by newlines)."""
    w = _Words(cf, loc)
    c = cf.case
    yield (f"# {w.t('title', name=_md(c.name))}\n")
    yield (w.meta(_md) + "\n")
    yield (f"## {loc.t('report.heading.summary')}\n")
    yield (f"- {w.t('documents', n=len(cf.documents))}")
    yield (f"- {w.facts_count()}")
    yield (f"- {w.t('contradictions', n=len(cf.contradictions))}")
    yield (f"- {w.t('findings', counts=', '.join(text for _, text in w.findings_count()))}\n")

    if cf.people:
        yield (f"## {w.t('heading.people')}\n")
        yield from (f"- {_md(w.person_line(p))}" for p in cf.people)
        yield ("")

    yield (f"## {loc.t('report.heading.findings')}\n")
    for n in cf.not_assessed:
        yield (f"- **{loc.t('web.not_assessed')}**: "
               + w.t("not_assessed", document=_md(n.get("document")), reason=_md(n.get("reason"))) + "\n")
    if not cf.findings:
        yield ((w.t("no_finding") if not cf.not_assessed else loc.t("report.no_top_not_assessed")) + "\n")
    merged_by_fact = {fid: m for m in cf.merged for fid in m.fact_ids}
    for f in cf.findings:
        yield (f"### {_md(w.title(f))} ({f.id}): {w.status(f.status)}\n")
        yield (w.t("subject", subject=_md(f.subject)) + (" " + w.t("basis", basis=_md(w.basis(f)))
                                                          if f.basis else ""))
        yield ("")
        reasoning = w.reasoning(f)
        if reasoning:
            yield (_md(reasoning) + "\n")
        for label, ids in ((w.t("facts_of"), f.facts), (w.t("against"), f.counter_facts)):
            if ids:
                items = []
                for i in ids:
                    m = merged_by_fact.get(int(i))
                    items.append(w.t("fact", id=i) + (f" ({m.id}: {_md(w.fact(m.type, m.value, m.unit, m.negated))})"
                                                      if m else ""))
                yield (f"{label}: " + "; ".join(items) + "\n")
        raised = w.mentions(f)
        if raised:
            yield (w.t("raised_in") + ":")
            for m, d in raised:
                yield f"- {_mention_md(w, m, d)}"
            yield ("")
        if f.questions:
            yield (w.t("open_questions"))
            yield from (f"- {_md(w.question(q))}" for q in f.questions)
            yield ("")

    yield (f"## {w.t('heading.contradictions')}\n")
    if not cf.contradictions:
        yield (w.t("no_contradiction") + "\n")
    for x in cf.contradictions:
        yield (f"### {x.id}: {_md(w.contradiction(x))}\n")
        for side in x.sides:
            yield (f"- **{_md(w.fact(x.type, side.value, side.unit, side.negated))}** "
                   f"({', '.join(side.merged_facts)})")
            yield from (f"  - {_src_md(w, s)}" for s in side.sources)
        yield ("")

    yield (f"## {w.t('heading.facts')}\n")
    if not cf.merged:
        yield (w.t("no_facts") + "\n")
    for m in cf.merged:
        about = w.t("about", subject=_md(m.subject))
        yield (f"- **{m.id}** {_md(w.fact(m.type, m.value, m.unit, m.negated))}, {about} "
               f"({w.certainty(m.certainty)}, {w.review(m.review_status)}; {w.t('sources', n=len(m.sources))})")
        yield from (f"  - {_src_md(w, s)}" for s in m.sources)
    yield ("")

    yield (f"## {loc.t('report.heading.timeline')}\n")
    if not cf.timeline:
        yield (w.t("no_dates") + "\n")
    else:
        yield (f"| {loc.t('report.col.date')} | {loc.t('report.col.what')} | {loc.t('report.col.document')} "
               f"| {w.t('col.fact')} |")
        yield ("|---|---|---|---|")
        for t in cf.timeline:
            doc = cf.document(t.document_id)
            kind = loc.label("casefile.timeline_kinds", t.kind, t.kind)
            yield (f"| {t.date} | {kind}: {_md(_quote(w.timeline_label(t), 200))} | "
                   f"{_md(doc.label if doc else t.document_id)} | {t.fact_id or ''} |")
        yield ("")

    yield (f"## {w.t('heading.documents')}\n")
    yield (f"| {w.t('col.id')} | {w.t('col.title')} | {w.t('col.file')} | {loc.t('report.col.date')} | "
           f"{w.t('col.language')} | {loc.t('report.col.facts')} | sha256 |")
    yield ("|---|---|---|---|---|---|---|")
    for d in cf.documents:
        yield (f"| {d.id} | {_md(d.title or '')} | {_md(d.filename or '')} | {d.date or ''} | "
               f"{d.language or ''}{w.t('not_assessed_mark') if d.not_assessed else ''} | {d.facts} | "
               f"`{d.sha256[:16]}` |")
    yield ("")
    if cf.excluded_facts:
        yield (w.t("left_out", ids=", ".join(str(i) for i in cf.excluded_facts)) + "\n")


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


def _html_lines(cf: CaseFile, loc: Any) -> Iterator[str]:
    """The HTML export line by line (joined by newlines)."""
    w = _Words(cf, loc)
    c = cf.case
    anchors: dict[int, dict[int, int]] = {}
    doc_html: dict[int, str] = {}
    spans: dict[int, list[tuple[int, int]]] = {}
    for m in cf.merged:
        for s in m.sources:
            for e in s.evidence:
                spans.setdefault(s.document_id, []).append((e.start, e.end))
    for t in cf.topics:  # the words of the topic mentions the findings rest on
        td = cf.document_of_topic(t)
        if td is not None:
            spans.setdefault(td.id, []).extend((e.start, e.end) for e in t.evidence)
    for d in cf.documents:
        if d.text is not None:
            doc_html[d.id], anchors[d.id] = _marked_text(d.text, spans.get(d.id, []), d.id)

    def src(s: SourceRef) -> str:
        quotes = []
        for e in s.evidence:
            a = anchors.get(s.document_id, {}).get(e.start)
            q = _e(_quote(e.text)) + _e(w.page(e))
            quotes.append(f'<blockquote><a href="#d{s.document_id}-{a}">{q}</a></blockquote>' if a is not None
                          else f"<blockquote>{q}</blockquote>")
        note = _e(w.t("note", note=s.note)) if s.note else ""
        head = " · ".join(_e(x) for x in w.source_head(s))
        return (f'<div class="src"><span class="small">{head} · {_e(w.t("fact", id=s.fact_id))}{note}'
                f"</span>{''.join(quotes)}</div>")

    def mention(m: Any, d: Any) -> str:
        """A topic mention as a finding's evidence: its sentence, the topic's words marked,
        linked to them in the document's text."""
        ev = m.evidence[0] if m.evidence else None
        if ev is None:
            return f'<blockquote class="topic">{_e(m.label or m.topic)}</blockquote>'
        sentence = " ".join((ev.sentence or ev.text).split())
        words = " ".join(ev.text.split())
        i = sentence.find(words) if words else -1
        q = (_e(_quote(sentence)) if i < 0 else
             _e(sentence[:i]) + f"<mark>{_e(words)}</mark>" + _e(sentence[i + len(words):]))
        a = anchors.get(d.id, {}).get(ev.start) if d is not None else None
        quote = f'<a href="#d{d.id}-{a}">“{q}”</a>' if a is not None else f"“{q}”"
        page = _e(", " + w.t("page", page=ev.page)) if ev.page else ""
        where = f"{_e(d.label)}{page}; " if d is not None else ""
        src_ = f' <span class="small">({where}{_e(w.raised_how(m))})</span>'
        return f'<blockquote class="topic" data-topic="{_e(m.id)}">{quote}{src_}</blockquote>'

    def th(*labels: str) -> str:
        return "<tr>" + "".join(f"<th>{_e(x)}</th>" for x in labels) + "</tr>"

    yield ("<!DOCTYPE html>")
    yield (f'<html lang="{_e(loc.lang)}"><head><meta charset="utf-8"><title>{_e(w.t("title", name=c.name))}</title>'
           f'<meta name="viewport" content="width=device-width, initial-scale=1">'
           f"<style>{_CSS}</style></head><body>")
    yield (f"<h1>{_e(w.t('title', name=c.name))}</h1>")
    yield (f'<p class="meta">{w.meta(_e)}</p>')
    yield (f"<h2>{_e(loc.t('report.heading.summary'))}</h2><ul>")
    yield (f"<li>{_e(w.t('documents', n=len(cf.documents)))}</li>")
    yield (f"<li>{_e(w.facts_count())}</li>")
    yield (f"<li>{_e(w.t('contradictions', n=len(cf.contradictions)))}</li>")
    counts = ", ".join(f'<span class="status {k}">{_e(text)}</span>' for k, text in w.findings_count())
    yield ("<li>" + _e(w.t("findings", counts="\0")).replace("\0", counts) + "</li></ul>")

    merged_by_fact = {fid: m for m in cf.merged for fid in m.fact_ids}
    if cf.people:
        yield (f"<h2>{_e(w.t('heading.people'))}</h2><ul>")
        yield from (f"<li>{_e(w.person_line(p))}</li>" for p in cf.people)
        yield ("</ul>")
    yield (f"<h2>{_e(loc.t('report.heading.findings'))}</h2>")
    for n in cf.not_assessed:
        yield (f"<p class=\"not-assessed\"><strong>{_e(loc.t('web.not_assessed'))}</strong>: "
               + _e(w.t("not_assessed", document=n.get("document", ""), reason=n.get("reason", ""))) + "</p>")
    if not cf.findings:
        yield ("<p>" + _e(w.t("no_finding") if not cf.not_assessed else loc.t("report.no_top_not_assessed")) + "</p>")
    for f in cf.findings:
        st = str(f.status)
        yield (f'<h3 id="finding-{_e(f.id)}">{_e(w.title(f))} <span class="small">({_e(f.id)})</span> '
               f'<span class="status {_e(st)}">{_e(w.status(st))}</span></h3>')
        yield ("<p>" + _e(w.t("subject", subject=f.subject))
               + (" " + _e(w.t("basis", basis=w.basis(f))) if f.basis else "") + "</p>")
        reasoning = w.reasoning(f)
        if reasoning:
            yield (f"<p>{_e(reasoning)}</p>")
        for label, ids in ((w.t("facts_of"), f.facts), (w.t("against"), f.counter_facts)):
            if ids:
                items = []
                for i in ids:
                    m = merged_by_fact.get(int(i))
                    items.append(f'<a href="#{m.id}">{_e(w.t("fact", id=i))}: '
                                 f"{_e(w.fact(m.type, m.value, m.unit, m.negated))}</a>" if m
                                 else _e(w.t("fact", id=i)))
                yield (f"<p>{_e(label)}: " + "; ".join(items) + "</p>")
        raised = w.mentions(f)
        if raised:
            yield (f'<p>{_e(w.t("raised_in"))}:</p>' + "".join(mention(m, d) for m, d in raised))
        if f.questions:
            yield (f"<p>{_e(w.t('open_questions'))}</p><ul>"
                   + "".join(f"<li>{_e(w.question(q))}</li>" for q in f.questions) + "</ul>")

    yield (f"<h2>{_e(w.t('heading.contradictions'))}</h2>")
    if not cf.contradictions:
        yield (f"<p>{_e(w.t('no_contradiction'))}</p>")
    for x in cf.contradictions:
        yield (f'<h3 id="{_e(x.id)}">{_e(w.contradiction(x))}</h3>')
        for side in x.sides:
            links = ", ".join(f'<a href="#{_e(i)}">{_e(i)}</a>' for i in side.merged_facts)
            yield (f"<p><strong>{_e(w.fact(x.type, side.value, side.unit, side.negated))}</strong> "
                   f"({links})</p>")
            yield from (src(s) for s in side.sources)

    yield (f"<h2>{_e(w.t('heading.facts'))}</h2>")
    if not cf.merged:
        yield (f"<p>{_e(w.t('no_facts'))}</p>")
    for m in cf.merged:
        yield (f'<h3 id="{_e(m.id)}">{_e(m.id)}: {_e(w.fact(m.type, m.value, m.unit, m.negated))} '
               f'<span class="small">{_e(w.t("about", subject=m.subject))} · {_e(w.certainty(m.certainty))} · '
               f"{_e(w.review(m.review_status))} · {_e(w.t('sources', n=len(m.sources)))}</span></h3>")
        yield from (src(s) for s in m.sources)

    yield (f"<h2>{_e(loc.t('report.heading.timeline'))}</h2>")
    if not cf.timeline:
        yield (f"<p>{_e(w.t('no_dates'))}</p>")
    else:
        yield ("<table>" + th(loc.t("report.col.date"), loc.t("report.col.what"), loc.t("report.col.document"),
                              w.t("col.fact")))
        for t in cf.timeline:
            doc = cf.document(t.document_id)
            fact = (f'<a href="#{_e(t.merged_fact)}">{t.fact_id}</a>' if t.merged_fact else
                    (str(t.fact_id) if t.fact_id else ""))
            kind = loc.label("casefile.timeline_kinds", t.kind, t.kind)
            yield (f"<tr><td>{_e(t.date)}</td><td>{_e(kind)}: {_e(_quote(w.timeline_label(t), 240))}</td>"
                   f'<td><a href="#doc-{t.document_id}">{_e(doc.label if doc else t.document_id)}</a></td>'
                   f"<td>{fact}</td></tr>")
        yield ("</table>")

    yield (f"<h2>{_e(w.t('heading.documents'))}</h2>")
    yield ("<table>" + th(w.t("col.id"), w.t("col.title"), w.t("col.file"), loc.t("report.col.date"),
                          w.t("col.language"), loc.t("report.col.facts"), "sha256"))
    for d in cf.documents:
        yield (f'<tr><td><a href="#doc-{d.id}">{d.id}</a></td><td>{_e(d.title or "")}</td>'
               f"<td>{_e(d.filename or '')}</td><td>{_e(d.date or '')}</td>"
               f"<td>{_e(d.language or '')}{_e(w.t('not_assessed_mark')) if d.not_assessed else ''}</td>"
               f"<td>{d.facts}</td><td><code>{_e(d.sha256[:16])}</code></td></tr>")
    yield ("</table>")
    for d in cf.documents:
        if d.id in doc_html:
            yield (f'<details id="doc-{d.id}" open><summary>{_e(w.t("document", id=d.id, label=d.label))}</summary>'
                   f"<pre>{doc_html[d.id]}</pre></details>")
    if cf.excluded_facts:
        yield (f'<p class="small">{_e(w.t("left_out", ids=", ".join(str(i) for i in cf.excluded_facts)))}</p>')
    yield ("</body></html>")
