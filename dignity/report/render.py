"""The report: ``ReportData`` -> HTML (self-contained), PDF (WeasyPrint) or Markdown.

    from dignity.report import ReportData, render_html, render_pdf, render_markdown
    data = ReportData.from_assessment(assessment, title="...", prepared_by="...")
    html = render_html(data)          # str, inline CSS and SVG, no external URL
    pdf = render_pdf(data)            # bytes, from that HTML
    md = render_markdown(data)        # str
    html_es = render_html(data, lang="es")   # in Spanish (default: the documents' language)

The templates (``report.html.j2``, ``report.md.j2``, ``report.css``) may be
overridden with a folder of one's own (``templates=DIR``).
"""

from __future__ import annotations

import base64
import logging
import re
from importlib import resources
from pathlib import Path
from typing import Any

from markupsafe import Markup

from dignity.model import LOW_CONFIDENCE
from dignity.report.data import STATUS_ORDER, ReportData, ReportFact, ReportFinding, cited_as
from dignity.report.i18n import Locale, locale, pick_language
from dignity.report.pdf import html_to_pdf
from dignity.report.reasoning import reasoning_text
from dignity.report.templating import render_template

__all__ = ["build_view", "by_rule", "render_html", "render_markdown", "render_pdf", "html_to_pdf", "quote_view",
           "KIND_LABEL", "CERTAINTY_LABEL", "ucfirst", "overlaps", "report_language", "rule_words"]



log = logging.getLogger(__name__)

KIND_LABEL = {"absolute_prohibition": "absolute prohibition", "minimum_requirement": "minimum requirement",
              "qualified_restriction": "qualified restriction"}
CERTAINTY_LABEL = {"asserted": "asserted", "alleged": "alleged", "contested": "contested (disputed)",
                   "hypothetical": "hypothetical"}
#: How many of the most serious findings the summary lists.
TOP_FINDINGS = 8
#: How many distinct quotes a finding shows as evidence (the rest are counted, with their sources),
#: by status: a likely violation shows the most.
MAX_QUOTES = {"violation_likely": 5, "concern": 4, "insufficient_information": 3, "compliant": 3}
#: The table of conditions by document repeats the chart: shown up to this many documents.
MAX_CONDITION_ROWS = 20


def ucfirst(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def report_language(data: ReportData, lang: str | None = None) -> str:
    """The language to write ``data`` in: ``lang``, else its documents' language, else English."""
    return pick_language(lang, (d.language for d in data.documents))


def report_title(data: ReportData, loc: Locale) -> str:
    """The report's title; the one Dignity made up ("Conditions of detention of X") in
    the locale's language, one the user gave as given."""
    english = locale("en")
    if data.title == english.t("report.title_of", subject=data.subject or ""):
        return loc.t("report.title_of", subject=data.subject or "")
    if data.title == english.t("report.title_default"):
        return loc.t("report.title_default")
    return data.title


def quote_view(data: ReportData, fact: ReportFact, *, width: int = 60,
               loc: Locale | None = None) -> list[dict[str, Any]]:
    """One entry per evidence span of the fact: the words (always the document's own),
    the source, whose word and how sure."""
    from dignity.assess.phrases import describe

    loc = loc or locale()
    who = fact.attributed_to or "the author"
    if who == "the author":
        who = loc.t("quote.the_author")
    out = []
    spans = fact.evidence or []
    for ev in spans or [None]:
        doc_id = ev.document if ev is not None else (fact.sources[0] if fact.sources else None)
        doc = data.document(doc_id) if doc_id else None
        text = " ".join(ev.text.split()) if ev is not None else ""
        before, after = _context(text, ev.sentence if ev is not None else None, width)
        out.append({
            "text": text,
            "before": before,
            "after": after,
            # the spaces around the quoted words, kept through Markdown escaping (which folds them)
            "gap_before": Markup(" ") if before.endswith(" ") else Markup(""),
            "gap_after": Markup(" ") if after.startswith(" ") else Markup(""),
            "sentence": " ".join((ev.sentence or "").split()) if ev is not None else "",
            "doc_label": doc.label if doc else "",
            "doc_name": doc.name if doc else (doc_id or "")[:12],
            "offset": ev.start if ev is not None else None,
            "page": ev.page if ev is not None else None,
            "low_confidence": ev is not None and ev.ocr_confidence is not None
            and ev.ocr_confidence < LOW_CONFIDENCE,
            "attributed_to": who,
            "certainty": str(fact.certainty),
            "certainty_label": loc.certainty(str(fact.certainty)),
            "observed_on": fact.observed_on or "",
            "description": describe(fact) if loc.lang == "en" else loc.describe(fact),
            "negated": fact.negated,
            "fact": fact.id,
            "type": fact.type,
        })
    return out


def _context(text: str, sentence: str | None, width: int = 150) -> tuple[str, str]:
    """The words of the sentence before and after the quoted span, trimmed to ``width``."""
    sent = " ".join((sentence or "").split())
    if not text or not sent:
        return "", ""
    i = sent.find(text)
    if i < 0:
        return "", ""
    return _trimmed(sent[:i], sent[i + len(text):], width)


def _trimmed(before: str, after: str, width: int) -> tuple[str, str]:
    """The words before and after a quote, each cut to ``width`` characters at a word
    boundary, with an ellipsis where something was cut."""
    if len(before) > width:
        cut = before[-width:]
        before = "…" + cut[cut.find(" ") + 1:] if " " in cut else "…" + cut
    if len(after) > width:
        cut = after[:width]
        after = (cut[: cut.rfind(" ")] if " " in cut else cut) + "…"
    return before, after


def overlaps(q: dict[str, Any], seen: list[dict[str, Any]]) -> bool:
    """Whether a quote repeats one already shown: the same words, or a span inside
    (or around) another of the same document."""
    for o in seen:
        if o["doc_label"] != q["doc_label"]:
            continue
        if q["text"] == o["text"] or (q["text"] in o["text"] or o["text"] in q["text"]) and (
                q["before"] + q["text"] + q["after"] == o["before"] + o["text"] + o["after"]
                or q["offset"] is None or o["offset"] is None
                or abs(q["offset"] - o["offset"]) <= max(len(q["text"]), len(o["text"]))):
            return True
    return False


def _space(text: str) -> tuple[Markup, Markup]:
    """The spaces at the ends of a piece of a quote, kept through Markdown escaping
    (which folds them)."""
    return (Markup(" ") if text[:1].isspace() else Markup(""),
            Markup(" ") if text[-1:].isspace() else Markup(""))


def _marked(sentence: str, spans: list[tuple[int, int]], width: int = 60) -> list[dict[str, Any]]:
    """The sentence cut to the marked words and ``width`` characters around them, as
    pieces ``{"text", "mark", "lead", "trail"}`` (overlapping spans merged)."""
    merged: list[list[int]] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    lo, hi = merged[0][0], merged[-1][1]
    before, after = _trimmed(sentence[:lo], sentence[hi:], width)
    pieces = [(before, False)]
    for k, (a, b) in enumerate(merged):
        if k:
            pieces.append((sentence[merged[k - 1][1]:a], False))
        pieces.append((sentence[a:b], True))
    pieces.append((after, False))
    out = []
    for text, mark in pieces:
        if text:
            lead, trail = _space(text)
            out.append({"text": text, "mark": mark, "lead": lead, "trail": trail})
    return out


def _quotes(data: ReportData, ids: list[str], limit: int | None = None, loc: Locale | None = None) -> dict[str, Any]:
    """The quotes of the facts, one per sentence: every span the facts rest on marked in
    it, and under it each source that says it (document, whose word, how sure), the
    same sentence in other documents counted with the first.  Past ``limit`` sentences
    only counted (``more``) with the documents they come from (``more_sources``).

    Each item keeps the first source's fields (``text``, ``before``, ``after``,
    ``doc_label`` ...) for templates of one's own written against single quotes."""
    out: list[dict[str, Any]] = []
    by_sentence: dict[str, dict[str, Any]] = {}
    for fid in ids:
        fact = data.fact(fid)
        if fact is None:
            continue
        for q in quote_view(data, fact, loc=loc):
            sentence = q["sentence"] if q["text"] and q["text"] in q["sentence"] else q["text"]
            key = " ".join(sentence.casefold().split())
            item = by_sentence.get(key) if key else None
            if item is None:
                item = {**q, "whole": sentence, "spans": [], "sources": [], "_by_source": {}}
                out.append(item)
                if key:
                    by_sentence[key] = item
            if q["text"]:
                i = sentence.find(q["text"])
                span = (i, i + len(q["text"]))
                if span not in item["spans"]:
                    item["spans"].append(span)
            who = (q["attributed_to"], q["certainty"], q["observed_on"])
            source = item["_by_source"].get(who)
            if source is None:
                source = {k: q[k] for k in ("doc_label", "doc_name", "offset", "page", "low_confidence",
                                            "attributed_to", "certainty", "certainty_label", "observed_on")}
                source["docs"] = [q["doc_label"]]
                item["_by_source"][who] = source
                item["sources"].append(source)
            elif q["doc_label"] not in source["docs"]:
                source["docs"].append(q["doc_label"])
    for item in out:
        del item["_by_source"]
        for source in item["sources"]:
            source["also"] = ", ".join(source.pop("docs")[1:])  # the same sentence in other documents
        item["also"] = item["sources"][0]["also"]
        item["parts"] = _marked(item["whole"], item["spans"]) if item["spans"] else []
    shown = out if limit is None else out[:limit]
    rest = out[len(shown):]
    sources = list(dict.fromkeys(label for q in rest for s in q["sources"]
                                 for label in [s["doc_label"], *filter(None, s["also"].split(", "))]))
    return {"items": shown, "more": len(rest), "more_sources": ", ".join(sources)}


def _without_rule_text(f: ReportFinding) -> str:
    """The reasoning less its sentence 'Under rule N, <paraphrase>': the report shows
    the paraphrase beside it already."""
    if not f.paraphrase:
        return f.reasoning
    text = f.reasoning.replace(f"Under rule {f.number}, {f.paraphrase}", "")
    return " ".join(text.split())


def rule_words(f: ReportFinding, loc: Locale) -> dict[str, Any]:
    """A finding's rule, status and subject in the locale's words: what the report and the
    letters both say of it."""
    status = str(f.status)
    return {
        "rule": f.rule,
        "status": status,
        "status_label": loc.status(status),
        "number": f.number,
        "cited": loc.citation(f.rule, cited_as(f)),
        "title": loc.finding_title(f.rule, f.title, f.rule_title),
        "rule_title": loc.rule_title(f.rule, f.rule_title or f.title),
        "paraphrase": ucfirst(loc.paraphrase(f.rule, f.paraphrase)),
        "kind": f.kind,
        "kind_label": loc.kind(f.kind),
        "subject": f.subject,
    }


def topic_basis(data: ReportData, f: ReportFinding, loc: Locale) -> str | None:
    """The basis of a finding that rests on a topic the document raises without a fact, in the
    locale's words ("El documento plantea la alimentación (“comida”) sin un hecho que pueda
    medirse"); None for any other finding, and in English (the engine's own basis)."""
    if loc.lang == "en" or f.facts or not f.topics:
        return None
    mention = data.topic(f.topics[0]) if hasattr(data, "topic") else None
    if mention is None:
        return None
    return loc.topic_basis(mention)


def finding_view(data: ReportData, f: ReportFinding, loc: Locale | None = None) -> dict[str, Any]:
    """What the report shows of a finding, in the locale's language (the rule's title,
    paraphrase and questions translated where the locale has them; quotes as written)."""
    loc = loc or locale()
    status = str(f.status)
    return {
        "id": f.id,
        "anchor": "f-" + "".join(c if c.isalnum() or c in "-_" else "-" for c in f.id),
        **rule_words(f, loc),
        "basis": topic_basis(data, f, loc) or loc.basis(f.basis),
        "reasoning": reasoning_text(data, f, loc, english=_without_rule_text(f)),
        "evidence": _quotes(data, f.facts, MAX_QUOTES.get(status, 8), loc),
        "against": _quotes(data, f.counter_facts, MAX_QUOTES.get(status, 8), loc),
        "questions": [loc.question(q) for q in f.questions],
    }


def by_rule(views: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Findings of one status grouped by rule, in the order of their first finding:
    the rule and its paraphrase are said once, then each detainee's finding.  Open
    questions that every finding of the rule shares are said once too (``questions``);
    the others stay with their finding (``own_questions``)."""
    rules: dict[tuple[str, str, str], dict[str, Any]] = {}
    for v in views:
        key = (v["rule"], v["title"], v["paraphrase"])
        if key not in rules:
            rules[key] = {k: v[k] for k in ("rule", "status", "status_label", "number", "cited", "title", "rule_title",
                                            "paraphrase", "kind", "kind_label")}
            rules[key]["findings"] = []
        rules[key]["findings"].append(v)
    for r in rules.values():
        asked = [v["questions"] for v in r["findings"]]
        shared = len(r["findings"]) > 1 and all(q == asked[0] for q in asked) and asked[0]
        r["questions"] = list(asked[0]) if shared else []
        for v in r["findings"]:
            v["own_questions"] = [] if shared else v["questions"]
    return list(rules.values())


def contradiction_summary(data: ReportData, c: Any, loc: Locale) -> str:
    """The summary of a contradiction in the locale's words, from its facts."""
    yes = [f for f in (data.fact(i) for i in c.facts_for) if f is not None]
    no = [f for f in (data.fact(i) for i in c.facts_against) if f is not None]
    if not yes and not no:
        return c.summary
    claim = loc.describe(yes[0] if yes else no[0])
    return loc.contradiction(sorted({f.attributed_to for f in yes}), sorted({f.attributed_to for f in no}), claim,
                             any(f.negated for f in no))


def build_view(data: ReportData, *, charts: str = "svg", lang: str | None = None) -> dict[str, Any]:
    """Plain values for the report templates (the same for HTML and Markdown).

    ``charts``: ``svg`` (inline ``<svg>`` as Markup), ``data-uri`` (for Markdown
    images) or ``none``.  ``lang``: the language to write in (default: the
    documents', else English); ``lang`` in the view names it."""
    from dignity.report.charts import conditions_svg, timeline_svg

    loc = locale(report_language(data, lang))
    type_label = loc.type_label
    counts = data.status_counts()
    findings = {f.id: finding_view(data, f, loc) for f in data.findings}
    ordered = [findings[f.id] for f in data.ordered_findings()]
    groups = []
    for s in STATUS_ORDER:
        views = [v for v in ordered if v["status"] == s]
        groups.append({"status": s, "label": loc.status(s), "findings": views, "rules": by_rule(views)})
    top = [v for v in ordered if v["status"] in STATUS_ORDER[:2]][:TOP_FINDINGS]
    docs = {d.id: d for d in data.documents}
    timeline = []
    for e in data.timeline:
        if e.kind == "reported":
            continue  # shown in the chart; in the table it would repeat the document's date
        doc = docs.get(e.document) if e.document else None
        label = e.label
        if loc.lang != "en" and e.kind in ("observed", "reported") and e.fact and data.fact(e.fact) is not None:
            label = loc.describe(data.fact(e.fact))
        timeline.append({"date": e.date, "kind": e.kind, "label": label, "subject": e.subject or "",
                         "doc_label": doc.label if doc else "", "type_label": type_label(e.type) if e.type else ""})
    by_doc: dict[str, dict[str, int]] = {}
    for f in data.facts:
        if f.general or f.negated or f.certainty == "hypothetical":
            continue
        for d in f.sources:
            row = by_doc.setdefault(d, {})
            row[f.type] = row.get(f.type, 0) + 1
    conditions = []
    for d in data.documents:
        row = by_doc.get(d.id, {})
        conditions.append({"doc_label": d.label, "doc_name": d.name,
                           "types": ", ".join(type_label(t) for t in row) or loc.t("report.none_found"),
                           "n": sum(row.values())})
    general = _quotes(data, [f.id for f in data.facts if f.general], 20, loc)
    contradictions = [{"id": c.id, "subject": c.subject, "type_label": type_label(c.type),
                       "summary": c.summary if loc.lang == "en" else contradiction_summary(data, c, loc),
                       "for": _quotes(data, c.facts_for, loc=loc), "against": _quotes(data, c.facts_against, loc=loc)}
                      for c in data.contradictions]
    chart_views: dict[str, Any] = {"timeline_title": loc.t("chart.timeline_title"),
                                   "conditions_title": loc.t("chart.conditions_title")}
    if charts != "none":
        svgs = {"timeline": timeline_svg(data, lang=loc.lang), "conditions": conditions_svg(data, lang=loc.lang)}
        for key, svg in svgs.items():
            if charts == "data-uri":
                b64 = base64.b64encode(svg.encode("utf-8")).decode("ascii")
                chart_views[key] = Markup("data:image/svg+xml;base64," + b64)
            else:
                chart_views[key] = Markup(svg)
    else:
        chart_views.update({"timeline": "", "conditions": ""})
    standard, citation = loc.standards(data)
    return {
        "lang": loc.lang,
        "title": report_title(data, loc),
        "subject": data.subject or "",
        "subjects": data.subjects,
        "place": data.place or "",
        "place_candidates": data.place_candidates,
        "prepared_by": data.prepared_by or "",
        "date": data.date,
        "as_of": data.as_of or "",
        "case_id": data.case_id or "",
        "standard": standard,
        "standard_citation": citation,
        "extractor_version": data.extractor_version,
        "catalogue_version": data.catalogue_version,
        "dignity_version": data.dignity_version,
        "counts": [{"status": s, "label": loc.status(s), "n": counts[s]} for s in STATUS_ORDER],
        "total_findings": len(data.findings),
        "n_facts": sum(1 for f in data.facts if not f.general),
        "top": top,
        "groups": groups,
        "contradictions": contradictions,
        "timeline": timeline,
        "documents": [{"label": d.label, "name": d.name, "title": d.title or "", "date": d.date or "",
                       "path": d.path or "", "sha256": d.sha256, "language": d.language or "",
                       "media_type": d.media_type or ""} for d in data.documents],
        "conditions": conditions if len(conditions) <= MAX_CONDITION_ROWS else [],
        "general": general,
        "errors": [{"path": e.get("path", ""), "problem": e.get("problem", "")} for e in data.errors],
        "not_assessed": [{"document": na.get("document", ""), "reason": na.get("reason", "")}
                         for na in data.not_assessed],
        "charts": chart_views,
        "css": Markup(_css()),
    }


def _css() -> str:
    return inline_custom_properties(
        resources.files("dignity.report").joinpath("templates/report.css").read_text(encoding="utf-8"))


_ROOT_RULE = re.compile(r":root\s*\{([^}]*)\}\s*")
_VAR = re.compile(r"var\(\s*(--[\w-]+)\s*\)")


def inline_custom_properties(css: str) -> str:
    """The stylesheet with its ``:root`` custom properties written in where they are
    used.  WeasyPrint inherits every custom property into every element and resolves
    each ``var()`` per element: on a long report that is a few per cent of the PDF's
    time for nothing, since these never change."""
    root = _ROOT_RULE.search(css)
    if root is None:
        return css
    values = dict(re.findall(r"(--[\w-]+)\s*:\s*([^;]+);", root.group(1)))
    body = css[:root.start()] + css[root.end():]
    return _VAR.sub(lambda m: values.get(m.group(1), m.group(0)).strip(), body)


def render_html(data: ReportData, *, templates: str | Path | None = None, lang: str | None = None) -> str:
    """The report as one self-contained HTML page (inline CSS and SVG charts), in
    ``lang`` (default: the documents' language, else English)."""
    view = build_view(data, lang=lang)
    return render_template("report.html.j2", view, user_dir=templates, lang=view["lang"])


def render_markdown(data: ReportData, *, templates: str | Path | None = None, charts: bool = True,
                    lang: str | None = None) -> str:
    """The report as Markdown; charts as embedded SVG images (``data:`` URIs) when ``charts``."""
    view = build_view(data, charts="data-uri" if charts else "none", lang=lang)
    return render_template("report.md.j2", view, user_dir=templates, lang=view["lang"])


def render_pdf(data: ReportData, *, templates: str | Path | None = None, lang: str | None = None) -> bytes:
    """The report as PDF: the HTML report, laid out for print by WeasyPrint."""
    return html_to_pdf(render_html(data, templates=templates, lang=lang))
