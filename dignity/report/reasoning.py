"""A finding's reasoning in the reader's language.

The assessment writes its reasoning in English (``Finding.reasoning``: who says what,
then the test of the rule).  A report or letter in another language says the same
things from the locale's tables instead of printing English:

* one sentence per source: who says it, with what certainty, the facts in the
  locale's words (``phrases``) and the document's own words in quotation marks;
* the facts that cut the other way;
* the conclusion for the finding's status and the rule's kind
  (``reasoning.conclusion.<status>[.<kind>]``), and why an allegation is only a concern
  where it rests on one source;
* where the authorities give a security reason, what it can and cannot excuse under
  the rule's kind (``reasoning.security.<kind>``).

English keeps the engine's own reasoning, word for word.

    reasoning_text(data, finding, locale("es"))
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from dignity.report.data import cited_as
from dignity.report.i18n import DEFAULT_LANGUAGE, Locale

__all__ = ["reasoning_text", "finding_reasoning"]

#: how many characters of a document's words a reasoning quotes
_QUOTE = 110


def reasoning_text(data: Any, finding: Any, loc: Locale, *, english: str | None = None,
                   with_rule: bool = False) -> str:
    """The reasoning of ``finding`` (a ``ReportFinding``) in ``loc``'s language; ``english``:
    the text to use in English (default: the finding's own reasoning); ``with_rule``: say
    the rule in our words before the conclusion (a letter, which shows no paraphrase)."""
    if loc.lang == DEFAULT_LANGUAGE:
        return finding.reasoning if english is None else english
    facts = [f for f in (data.fact(i) for i in finding.facts) if f is not None]
    counter = [f for f in (data.fact(i) for i in finding.counter_facts) if f is not None]
    reasons = [f for f in facts + counter if f.type == "justification_security" and not f.negated]
    facts = [f for f in facts if f not in reasons]
    counter = [f for f in counter if f not in reasons]
    out = _statements(loc, facts)
    if not facts and getattr(finding, "topics", None):
        out.append(loc.t("reasoning.topic_raised"))  # the document raises the rule's area, no fact
    if counter:
        out.append(loc.t("reasoning.against", what=_join(loc, [_with_quote(loc, f) for f in counter])))
    paraphrase = loc.paraphrase(finding.rule, finding.paraphrase)
    # a rule of another standard than the default is said by its citation ('PIDCP, art. 7')
    cited = loc.citation(finding.rule, cited_as(finding)) if hasattr(finding, "citation") else ""
    if with_rule and paraphrase:
        lowered = paraphrase[:1].lower() + paraphrase[1:]
        said = (loc.t("reasoning.under_cited", citation=cited, paraphrase=lowered) if cited else
                loc.t("reasoning.under_rule", number=finding.number, paraphrase=lowered))
        out.append(said.rstrip(".") + ".")
    out.append(_conclusion(loc, finding, facts))
    if reasons and str(finding.status) != "compliant":
        f = reasons[0]
        kind = finding.kind or "qualified_restriction"
        out.append(loc.t("reasoning.security.lead", who=_who(loc, f), quote=_quote(f)) + " "
                   + (loc.t(f"reasoning.security_cited.{kind}", citation=cited) if cited else
                      loc.t(f"reasoning.security.{kind}", number=finding.number)))
    return " ".join(s.strip() for s in out if s and s.strip())


def finding_reasoning(finding: Any, fact: Any, loc: Locale) -> str:
    """A ``dignity.model.Finding``'s reasoning in ``loc``'s language, its facts found by
    ``fact`` (fact id -> ``Fact`` or None): what the web app and a case file's export say
    of it; the engine's own words in English."""
    if loc.lang == DEFAULT_LANGUAGE:
        return finding.reasoning
    from types import SimpleNamespace

    from dignity.assess.registry import rule_index

    std, own = rule_index().get(finding.rule, (None, None))
    rule = SimpleNamespace(
        rule=finding.rule, status=finding.status, facts=finding.facts, counter_facts=finding.counter_facts,
        reasoning=finding.reasoning, kind=own.kind.value if own is not None else "",
        number=own.number if own is not None else finding.rule.split("-", 1)[-1],
        paraphrase=own.paraphrase if own is not None else "",
        citation=std.cite(own) if own is not None else "", standard_id=std.id if std is not None else None,
        topics=list(getattr(finding, "topics", None) or ()))
    return reasoning_text(SimpleNamespace(fact=fact), rule, loc)


def _who(loc: Locale, fact: Any) -> str:
    src = (fact.attributed_to or "").strip()
    return loc.t("reasoning.the_document") if src.lower() in ("", "the author", "author") else src


def _quote(fact: Any) -> str:
    for ev in fact.evidence or []:
        text = " ".join(ev.text.split())
        if text:
            return text if len(text) <= _QUOTE else text[: _QUOTE - 1].rstrip() + "…"
    return ""


def _with_quote(loc: Locale, fact: Any) -> str:
    q = _quote(fact)
    what = loc.describe(fact)
    return loc.t("reasoning.quoted", what=what, quote=q) if q else what


def _join(loc: Locale, items: list[str]) -> str:
    items = [i for i in dict.fromkeys(items) if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {loc.t('and')} " + items[-1]


def _statements(loc: Locale, facts: list[Any]) -> list[str]:
    """One sentence per (source, certainty)."""
    by_source: OrderedDict[tuple[str, str], list[Any]] = OrderedDict()
    for f in facts:
        by_source.setdefault((_who(loc, f), str(f.certainty)), []).append(f)
    out = []
    for (who, certainty), group in by_source.items():
        phrases: OrderedDict[str, list[str]] = OrderedDict()
        for f in group:
            quotes = phrases.setdefault(loc.describe(f), [])
            q = _quote(f)
            if q and q not in quotes:
                quotes.append(q)
        parts = [loc.t("reasoning.quoted", what=p, quote=loc.t("reasoning.quote_sep").join(qs[:2])) if qs else p
                 for p, qs in phrases.items()]
        key = "reasoning.says_author" if who == loc.t("reasoning.the_document") and certainty == "asserted" \
            else f"reasoning.says.{certainty}"
        out.append(loc.t(key, who=who, what=_join(loc, parts)))
    return out


def _conclusion(loc: Locale, finding: Any, facts: list[Any]) -> str:
    status = str(finding.status)
    kind = finding.kind or ""
    key = f"reasoning.conclusion.{status}.{kind}"
    text = loc.t(key) if kind and loc.raw(key) is not None else loc.t(f"reasoning.conclusion.{status}.default")
    if status == "concern":
        sources = {(_who(loc, f)) for f in facts}
        alleged = facts and all(str(f.certainty) != "asserted" for f in facts)
        if alleged and len(sources) == 1:
            text += " " + loc.t("reasoning.single_source", who=next(iter(sources)))
    return text
