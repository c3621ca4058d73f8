"""Letters people can send, drafted from a ``ReportData``: DOCX, Markdown or PDF.

Three kinds, each a Jinja2 template that writes Markdown (``<kind>.md.j2`` in
``dignity/report/templates/``; a folder of one's own with the same file names
takes precedence):

* ``visit``: a request to visit a detainee or a place, for monitoring;
* ``rapporteur``: a communication to the UN Special Rapporteur on torture, with
  the fields such submissions ask for;
* ``authorities``: a letter to the authorities asking for one specific measure
  per finding that is ``violation_likely`` or ``concern``, each citing its rule.

What the documents do not say (the sender, an address, the detainee's date of
birth, the steps already taken ...) is written ``[TO CONFIRM: ...]``, never
guessed.  The Markdown is then turned into a Word document with real headings
(python-docx), or into HTML laid out by WeasyPrint for the PDF.

    from dignity.report.letters import render_letter, LetterOptions
    docx_bytes = render_letter("authorities", data, "docx", LetterOptions(sender="Maria Chen"))
    carta = render_letter("authorities", data, "md", LetterOptions(recipient="consulado"), lang="es")

In another language (``lang``: default the documents', else English) every word of
ours comes from ``dignity/report/locales/<lang>.yaml`` with that language's formal
conventions (the addressee block, "Asunto:" / "Objet :", the salutation and the
closing formula), the measures from each pack's ``measures.<lang>.yaml`` and the rules'
paraphrases from its ``rules.<lang>.yaml``; the quotes stay in the documents' words.
A ``recipient`` that names one of the locale's ``addressees`` (``cglpl`` in French,
``consulado`` in Spanish) takes its address block and form of address.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from markupsafe import Markup

from dignity.errors import ConfigError
from dignity.report.data import ReportData, ReportFinding, cited_as
from dignity.report.i18n import Locale, confirm_pattern, locale
from dignity.report.reasoning import reasoning_text
from dignity.report.render import html_to_pdf, overlaps, quote_view, report_language, rule_words
from dignity.report.templating import TO_CONFIRM, render_template

__all__ = ["LETTER_KINDS", "LETTER_TITLES", "LetterOptions", "letter_view", "render_letter_markdown",
           "render_letter", "markdown_to_docx", "markdown_to_html", "load_measures", "measure_for",
           "CONFIRM_RE"]

LETTER_KINDS: tuple[str, ...] = ("visit", "rapporteur", "authorities")
LETTER_TITLES = {"visit": "Request for a monitoring visit",
                 "rapporteur": "Communication to the UN Special Rapporteur on torture",
                 "authorities": "Request for measures on conditions of detention"}
#: A marker left for a person to fill in, in any language ("[TO CONFIRM: ...]", "[A CONFIRMAR: ...]" ...).
CONFIRM_RE = confirm_pattern()

_AUTHORITY = re.compile(
    r"\b(government|director|warden|governor|staff|officers?|officials?|guards?|prosecutors?|authorit\w+|"
    r"ministry|minister|police|prison|bureau|department|administration|sheriff|superintendent|"
    r"correctional|commander|the state)\b", re.IGNORECASE)


@dataclass
class LetterOptions:
    """What the sender tells us; anything left None is marked ``[TO CONFIRM: ...]``."""

    sender: str | None = None
    organisation: str | None = None
    recipient: str | None = None
    place: str | None = None


@lru_cache(maxsize=1)
def load_measures() -> dict[str, str]:
    """Rule id (or finding aspect id) -> the measure a letter asks for."""
    from dignity.assess.registry import installed, pack_data

    out: dict[str, str] = {}
    for cat in installed().values():
        got = pack_data(cat, "measures.yaml")
        if got is None:
            continue
        data, source = got
        measures = data.get("measures") if isinstance(data, dict) else None
        if not isinstance(measures, dict) or not all(isinstance(v, str) and v.strip() for v in measures.values()):
            raise ConfigError(source, "measures", "expected a mapping of rule id to a non-empty measure")
        out.update({str(k): " ".join(v.split()) for k, v in measures.items()})
    return out


def measure_for(finding: ReportFinding, loc: Locale | None = None) -> str:
    """The measure for a finding: its aspect's, else its rule's, else a general one citing
    the rule; in the locale's language where ``measures.<lang>.yaml`` has it."""
    loc = loc or locale()
    measures = load_measures()
    base = finding.id.split("@", 1)[0]
    for key in (base, finding.rule):
        if key in measures:
            return loc.measure(key) or measures[key]
    what = loc.rule_title(finding.rule, finding.rule_title or finding.title).rstrip(".")
    if cited_as(finding):
        return loc.t("authorities.measure_default_cited", citation=loc.citation(finding.rule, cited_as(finding)),
                     title=what)
    return loc.t("authorities.measure_default", number=finding.number, title=what)



# ----------------------------------------------------------------------------- the view


def _quotes(data: ReportData, ids: list[str], limit: int = 4, *, reasons: bool | None = False,
            loc: Locale | None = None) -> list[dict[str, Any]]:
    """Quotes for a letter: a short span gets a little of its sentence around it.
    ``reasons``: False leaves out the authorities' stated reasons, True keeps only
    them, None keeps everything."""
    out: list[dict[str, Any]] = []
    seen: list[dict[str, Any]] = []
    for fid in ids:
        fact = data.fact(fid)
        if fact is None:
            continue
        if reasons is not None and (fact.type == "justification_security") != reasons:
            continue
        for q in quote_view(data, fact, width=70, loc=loc):
            if not q["text"] or overlaps(q, seen):
                continue
            if q["sentence"] and any(o["sentence"] == q["sentence"] and o["doc_label"] == q["doc_label"]
                                     for o in seen):
                continue  # one quote per sentence: two spans of it would print the same words twice
            seen.append(q)
            if len(q["text"]) < 40 and (q["before"] or q["after"]):
                q = {**q, "text": (q["before"] + q["text"] + q["after"]).strip()}
            out.append(q)
    return out[:limit]


def _letter_reasoning(data: ReportData, f: ReportFinding, loc: Locale) -> str:
    """The finding's reasoning in the letter's language, the rule said in our words."""
    return reasoning_text(data, f, loc, with_rule=True)


def _finding(data: ReportData, f: ReportFinding, n: int, loc: Locale) -> dict[str, Any]:
    return {
        "n": n,
        "id": f.id,
        **rule_words(f, loc),
        "basis": loc.basis(f.basis),
        "reasoning": _letter_reasoning(data, f, loc),
        "evidence": _quotes(data, f.facts, loc=loc),
        "reasons": _quotes(data, f.facts + f.counter_facts, limit=2, reasons=True, loc=loc),
        "against": _quotes(data, f.counter_facts, limit=2, loc=loc),
        "questions": [loc.question(q) for q in f.questions],
        "measure": measure_for(f, loc),
    }


def _facts_of(data: ReportData, subject: str | None, *types: str) -> list[Any]:
    return [f for f in data.facts if f.type in types and not f.general and f.certainty != "hypothetical"
            and (subject is None or f.subject == subject)]


def letter_view(kind: str, data: ReportData, options: LetterOptions | None = None, *,
                lang: str | None = None) -> dict[str, Any]:
    """The values a letter template reads (plain strings, lists and dicts), in ``lang``
    (default: the documents' language, else English)."""
    opts = options or LetterOptions()
    loc = locale(report_language(data, lang))
    subject = data.subject
    actionable = [_finding(data, f, i, loc) for i, f in enumerate(data.actionable(), 1)]
    pending = [_finding(data, f, i, loc) for i, f in enumerate(
        [f for f in data.ordered_findings() if str(f.status) == "insufficient_information"], 1)]
    asked: set[str] = set()
    for f in pending:
        f["questions"] = [q for q in f["questions"] if not (q in asked or asked.add(q))]
    status = []
    for f in _facts_of(data, subject, "pretrial_status"):
        if not f.negated and f.value:
            value = str(f.value)
            words = loc.t(f"letter.legal_status.{value}") if loc.raw(f"letter.legal_status.{value}") else None
            if words and words not in status:
                status.append(words)
    vulnerable = []
    for f in _facts_of(data, subject, "vulnerable_person"):
        value = str(loc.raw(f"phrases._vulnerable.{f.value}") or f.value) if loc.lang != "en" else str(f.value)
        if not f.negated and f.value and value not in vulnerable:
            vulnerable.append(value)
    authorities: list[dict[str, Any]] = []
    by_who: dict[str, list[Any]] = {}
    for f in data.facts:
        if f.general or f.subject != subject:
            continue
        who = (f.attributed_to or "").strip()
        if who and who.lower() not in ("the author", "author"):
            by_who.setdefault(who, []).append(f)
    for who, facts in by_who.items():
        reasons = [f for f in facts if f.type == "justification_security"]
        if not reasons and not _AUTHORITY.search(who):
            continue
        q = _quotes(data, [f.id for f in (reasons or facts)], limit=1, reasons=None, loc=loc)
        authorities.append({"name": who, "role": loc.t("letter.authority_role.reason") if reasons
                            else loc.t("letter.authority_role.quoted"), "quote": q[0] if q else None})
    steps = []
    for f in _facts_of(data, subject, "monitoring_access", "complaints"):
        q = _quotes(data, [f.id], limit=1, reasons=None, loc=loc)
        from dignity.assess.phrases import describe

        steps.append({"description": describe(f) if loc.lang == "en" else loc.describe(f),
                      "attributed_to": f.attributed_to,
                      "quote": q[0] if q else None})
    monitors = []
    for f in _facts_of(data, subject, "monitoring_access"):
        by = f.qualifiers.get("by")
        if by and by not in monitors:
            monitors.append(str(by))
    dates = []
    for e in data.timeline:
        if e.kind == "reported" or (e.subject and subject and e.subject != subject):
            continue
        doc = data.document(e.document) if e.document else None
        label = e.label
        if e.kind == "document":
            label = loc.t("letter.document_label", label=e.label)
        elif loc.lang != "en" and e.fact and data.fact(e.fact) is not None:
            label = loc.describe(data.fact(e.fact))
        dates.append({"date": e.date, "label": label,
                      "source": doc.label if doc else ""})
    place = opts.place or data.place
    recipient, address = _addressee(opts.recipient, loc)
    standard, citation = loc.standards(data)
    return {
        "kind": kind,
        "lang": loc.lang,
        "letter_title": loc.t(f"letter.title.{kind}") if loc.raw(f"letter.title.{kind}") else kind,
        "date": data.date,
        "title": data.title,
        "sender": opts.sender or "",
        "organisation": opts.organisation or "",
        "recipient": recipient,
        "address": address,
        "subject": subject or "",
        "subjects": data.subjects,
        "place": place or "",
        "place_candidates": [] if place else data.place_candidates,
        "case_id": data.case_id or "",
        "status": status,
        "vulnerable": vulnerable,
        "findings": actionable,
        "pending": pending,
        "authorities": authorities,
        "steps": steps,
        "monitors": monitors,
        "dates": dates,
        "documents": [{"label": d.label, "name": d.name, "date": d.date or "", "sha256": d.sha256}
                      for d in data.documents],
        "not_assessed": [{"document": n.get("document", ""), "reason": n.get("reason", "")}
                         for n in data.not_assessed],
        "standard": standard,
        "standard_citation": citation,
        "extractor_version": data.extractor_version,
        "catalogue_version": data.catalogue_version,
    }


def _addressee(recipient: str | None, loc: Locale) -> tuple[Any, Any]:
    """The addressee block and the form of address (``Madame, Monsieur``): a recipient
    that names one of the locale's ``addressees`` (``cglpl``) takes theirs; any other
    is written as given, with the locale's default form of address."""
    given = (recipient or "").strip()
    key = f"addressees.{given.lower()}"
    if given and loc.has(f"{key}.to"):
        return Markup(str(loc.raw(f"{key}.to")).strip()), Markup(" ".join(str(loc.raw(f"{key}.address")).split()))
    marker = loc.confirm(loc.t("letter.confirm.recipient_name"))
    from dignity.report.templating import md_escape

    return given, Markup(loc.t("letter.default_address", recipient=md_escape(given) if given else marker))


# ----------------------------------------------------------------------------- rendering


def render_letter_markdown(kind: str, data: ReportData, options: LetterOptions | None = None, *,
                           templates: str | Path | None = None, lang: str | None = None) -> str:
    """The letter as Markdown, in ``lang`` (default: the documents' language, else English)."""
    if kind not in LETTER_KINDS:
        raise ValueError(f"unknown letter {kind!r} (known: {', '.join(LETTER_KINDS)})")
    view = letter_view(kind, data, options, lang=lang)
    text = render_template(f"{kind}.md.j2", view, user_dir=templates, lang=view["lang"])
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def render_letter(kind: str, data: ReportData, fmt: str, options: LetterOptions | None = None, *,
                  templates: str | Path | None = None, lang: str | None = None) -> bytes:
    """The letter as ``docx``, ``pdf`` or ``md`` (UTF-8) bytes."""
    code = report_language(data, lang)
    md = render_letter_markdown(kind, data, options, templates=templates, lang=code)
    loc = locale(code)
    title = loc.t(f"letter.title.{kind}") if loc.raw(f"letter.title.{kind}") else kind
    if fmt == "md":
        return md.encode("utf-8")
    if fmt == "docx":
        return markdown_to_docx(md, title=title, author=(options.sender if options else None))
    if fmt == "pdf":
        body = markdown_to_html(md)
        css = resources.files("dignity.report").joinpath("templates/letter.css").read_text(encoding="utf-8")
        html = render_template("letter.html.j2", {"title": title, "body": Markup(body), "css": Markup(css),
                                                  "lang": code}, user_dir=templates, lang=code)
        return html_to_pdf(html)
    raise ValueError(f"unknown format {fmt!r} (docx, pdf or md)")


def _parser() -> Any:
    from markdown_it import MarkdownIt

    # raw HTML in the Markdown is text, never markup
    return MarkdownIt("commonmark", {"html": False}).enable("table")


def markdown_to_html(md: str) -> str:
    """HTML from the letter's Markdown (raw HTML escaped), with each
    ``[TO CONFIRM: ...]`` marked so that it stands out on paper."""
    html = _parser().render(md)
    return CONFIRM_RE.sub(lambda m: f'<mark class="confirm">{m.group(0)}</mark>', html)


def markdown_to_docx(md: str, *, title: str | None = None, author: str | None = None) -> bytes:
    """A Word document from Markdown: headings as Heading 1-3, lists, quotes, tables,
    bold and italics; each ``[TO CONFIRM: ...]`` highlighted in yellow."""
    import docx
    from docx.enum.text import WD_COLOR_INDEX
    from docx.shared import Pt

    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    if title:
        document.core_properties.title = title
    if author:
        document.core_properties.author = author

    tokens = _parser().parse(md)
    style_ids: dict[str, str] = {}

    def styled(name: str) -> Any:
        """A new paragraph in the style ``name``.  python-docx looks a style given by
        name up among all the styles, and checks whether it is the default, at every
        assignment (about 5 ms each, hundreds per letter): look it up once."""
        p = document.add_paragraph()
        if name not in style_ids:
            style_ids[name] = document.styles[name].style_id
        p._p.style = style_ids[name]
        return p

    lists: list[dict[str, Any]] = []  # stack of {"ordered": bool, "n": int}
    quote_depth = 0
    item_first_para = False
    i = 0

    def add_runs(paragraph: Any, inline: Any) -> None:
        bold = italic = code = False
        for child in inline.children or []:
            t = child.type
            if t == "strong_open":
                bold = True
            elif t == "strong_close":
                bold = False
            elif t == "em_open":
                italic = True
            elif t == "em_close":
                italic = False
            elif t in ("text", "code_inline"):
                text = child.content
                pos = 0
                for m in CONFIRM_RE.finditer(text):
                    if m.start() > pos:
                        _run(paragraph, text[pos:m.start()], bold, italic, code or t == "code_inline")
                    r = _run(paragraph, m.group(0), True, italic, False)
                    r.font.highlight_color = WD_COLOR_INDEX.YELLOW
                    pos = m.end()
                if pos < len(text):
                    _run(paragraph, text[pos:], bold, italic, code or t == "code_inline")
            elif t == "softbreak":
                paragraph.add_run(" ")
            elif t == "hardbreak":
                paragraph.add_run().add_break()

    def _run(paragraph: Any, text: str, bold: bool, italic: bool, mono: bool) -> Any:
        run = paragraph.add_run(text)
        run.bold = bold or None
        run.italic = italic or None
        if mono:
            run.font.name = "Consolas"
            run.font.size = Pt(9)
        return run

    while i < len(tokens):
        tok = tokens[i]
        t = tok.type
        if t == "heading_open":
            level = min(int(tok.tag[1]), 4)
            p = styled(f"Heading {level}")
            add_runs(p, tokens[i + 1])
            i += 3
            continue
        if t in ("bullet_list_open", "ordered_list_open"):
            start = int(tok.attrGet("start") or 1) if t == "ordered_list_open" else 1
            lists.append({"ordered": t == "ordered_list_open", "n": start - 1})
        elif t in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif t == "list_item_open":
            lists[-1]["n"] += 1
            item_first_para = True
        elif t == "blockquote_open":
            quote_depth += 1
        elif t == "blockquote_close":
            quote_depth -= 1
        elif t == "paragraph_open":
            inline = tokens[i + 1]
            if lists:
                depth = len(lists)
                current = lists[-1]
                if current["ordered"]:
                    p = document.add_paragraph()
                    p.paragraph_format.left_indent = Pt(18 * depth)
                    p.paragraph_format.first_line_indent = Pt(-14)
                    if item_first_para:
                        p.add_run(f"{current['n']}. ")
                    else:
                        p.paragraph_format.first_line_indent = None
                else:
                    if item_first_para:
                        p = styled("List Bullet" if depth == 1 else "List Bullet 2")
                    else:
                        p = document.add_paragraph()
                        p.paragraph_format.left_indent = Pt(18 * depth)
                item_first_para = False
            elif quote_depth:
                p = styled("Quote")
            else:
                p = document.add_paragraph()
            add_runs(p, inline)
            i += 3
            continue
        elif t in ("fence", "code_block"):
            p = document.add_paragraph()
            _run(p, tok.content.rstrip("\n"), False, False, True)
        elif t == "hr":
            document.add_paragraph("―" * 12)
        elif t == "table_open":
            i = _table(document, tokens, i, add_runs)
            continue
        i += 1
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _table(document: Any, tokens: list[Any], i: int, add_runs: Any) -> int:
    """A Markdown table as a Word table; returns the index after ``table_close``."""
    rows: list[list[Any]] = []
    header_rows = 0
    in_head = False
    while tokens[i].type != "table_close":
        t = tokens[i].type
        if t == "thead_open":
            in_head = True
        elif t == "thead_close":
            in_head = False
        elif t == "tr_open":
            rows.append([])
            if in_head:
                header_rows += 1
        elif t == "inline":
            rows[-1].append(tokens[i])
        i += 1
    if rows:
        cols = max(len(r) for r in rows)
        table = document.add_table(rows=len(rows), cols=cols)
        table.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, inline in enumerate(row):
                cell = table.cell(r, c)
                p = cell.paragraphs[0]
                add_runs(p, inline)
                if r < header_rows:
                    for run in p.runs:
                        run.bold = True
    return i + 1


def confirm_marker(what: str) -> str:
    """The marker as plain text (for code that writes outside templates)."""
    return TO_CONFIRM.format(what)
