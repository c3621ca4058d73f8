"""The standards engine: facts in, findings out.

``assess_facts`` reads as its steps, in order:

1. set aside facts about people in general and hypothetical facts (kept in the
   extraction, never the ground of a finding);
2. group the rest by subject (``dignity.assess.facts.group_subjects``: one
   subject for a passage about one detainee or one group, however the
   extractor spelled the subject);
3. choose the standards (``dignity.assess.registry.select``: those asked for,
   else the universal ones and the jurisdiction's, for the persons the facts show);
4. for each subject, each standard and each of its rules, run the rule's test
   (declarative, or its named check) on that subject's facts;
5. turn each outcome into a ``Finding`` with its standard, facts, counter-facts,
   basis, reasoning, questions and trace; a rule not verified against its text
   (mark U), or a standard that gives no verdict (case law), is capped at
   insufficient_information: it says what the facts raise and what to ask.

A rule that no fact touches gives no finding, unless the document raises its area without a
fact (a ``TopicMention``: a claim, a relief, a body's concern about food, exercise, death row):
then it is insufficient information, resting on the mention, with the rule's questions
(``_topic_findings``); never more, and never where a fact answers it.  Finding ids are the rule id for
the main subject (``mandela-44``), with an aspect suffix where a rule has aspects
(``mandela-23-time``, ``mandela-23-open-air``: ``rule`` stays ``mandela-23``), and
``@<subject>`` for any further subject (``mandela-44@magee``).
"""

from __future__ import annotations

import logging
import re
from datetime import date
from functools import lru_cache
from typing import Iterable, Mapping, Sequence

from dignity.assess.catalogue import Catalogue, Rule
from dignity.assess.checks import Env, Outcome, evaluate
from dignity.assess.evidence import kinds_remembered
from dignity.assess.facts import SubjectGroup, group_subjects, parse_date, set_aside, slug, usable
from dignity.assess.phrases import basis
from dignity.assess.registry import persons_of, select
from dignity.extract.guard import as_read
from dignity.extract.prefilter import Scanner, lowered, never_empty
from dignity.model import Assessment, Extraction, Fact, Finding, Status, TopicMention

__all__ = ["assess_facts", "assess_extraction", "not_assessed", "standards_for", "jurisdiction_of", "NO_TEXT"]

log = logging.getLogger(__name__)


def _as_date(value: str | date | None, what: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    d = parse_date(value)
    if d is None:
        raise ValueError(f"{what}: {value!r} is not an ISO date (YYYY-MM-DD, YYYY-MM or YYYY)")
    return d


@kinds_remembered()  # (one fact's source read once in one assessment)
def assess_facts(facts: Iterable[Fact], *, subject: str | None = None, as_of: str | date | None = None,
                 doc_dates: Mapping[str, str | date | None] | None = None,
                 catalogue: Catalogue | None = None,
                 doc_langs: Mapping[str, str | None] | None = None,
                 doc_texts: Mapping[str, str] | None = None,
                 people: Mapping[str, str] | None = None, main: str | None = None,
                 standards: Sequence[str | Catalogue] | None = None,
                 jurisdiction: str | None = None,
                 topics: Sequence[TopicMention] = ()) -> list[Finding]:
    """Findings of the standards' rules on ``facts``.

    ``subject``: assess all usable facts as about this one subject, without
    grouping; ``as_of``: the date to count an isolation's days to (default: the
    date of the fact's document); ``doc_dates``: document id -> its date; ``doc_langs``:
    document id -> its language (the words of a fact's sentence are read in it); ``doc_texts``:
    document id -> its text (the sentences either side of a fact's are read from it);
    ``people`` and ``main``: the reviewers' people and the case's detainee
    (``group_subjects``); ``catalogue``: only this one; ``standards``: these (ids or
    catalogues), else those that apply (``standards_for``) in ``jurisdiction`` (a
    country code); ``topics``: the condition topics the documents raise without facts
    (``TopicMention``), which open the rules of their area as insufficient information where
    no fact answers them (``_topic_findings``).
    """
    facts = list(facts)
    cats = [catalogue] if catalogue is not None else standards_for(facts, standards, jurisdiction)
    dates = {k: d for k, v in (doc_dates or {}).items() if (d := _as_date(v, f"date of {k}")) is not None}
    langs = {k: v for k, v in (doc_langs or {}).items() if v}
    texts = {k: v for k, v in (doc_texts or {}).items() if v}
    envs = [Env(catalogue=cat, as_of=_as_date(as_of, "as_of"), doc_dates=dates, doc_langs=langs, doc_texts=texts)
            for cat in cats]
    general, hypothetical = set_aside(facts)
    if subject is not None:
        kept = [f for f in facts if usable(f)]
        groups = [SubjectGroup(name=subject, kind="person", facts=kept)] if kept else []
    else:
        groups = group_subjects(facts, people=people, main=main)
    header = []
    if general:
        header.append(f"set aside {len(general)} fact(s) about people in general: "
                      + ", ".join(f.id for f in general))
    if hypothetical:
        header.append(f"set aside {len(hypothetical)} hypothetical fact(s): " + ", ".join(f.id for f in hypothetical))
    findings: list[Finding] = []
    for i, group in enumerate(groups):
        suffix = "" if i == 0 else f"@{slug(group.name)}"
        about = f"subject: {group.name} ({len(group.facts)} fact(s)" + (
            f"; also named {', '.join(repr(n) for n in group.merged)})" if group.merged else ")")
        present = group.index.keys()
        for cat, env in zip(cats, envs):
            for rule, trig in zip(cat.rules, _trigger_sets(cat)):
                if present.isdisjoint(trig):
                    continue  # no fact of a type that triggers the rule: it has nothing to say
                for out in evaluate(rule, group, env):
                    out = _rejected_compliance(_self_reported(_regional(out, langs)))
                    if not cat.may_grade(rule):
                        out = _ungraded(cat, rule, out)
                    findings.append(_finding(cat, rule.id, rule.title, rule.number, rule.kind.value,
                                             group, out, suffix,
                                             header + [about, (f"paraphrase checked against the rule's text: "
                                                       f"{rule.verified} ({rule.ref or 'no reference'})")]))
    if topics:
        findings += _topic_findings(topics, cats, groups, findings, header)
    log.debug("assessed %d facts (%d subjects, %d standards): %d findings", len(facts), len(groups), len(cats),
              len(findings))
    return findings


#: the subject of a topic finding where the documents give no fact of anyone
_TOPIC_SUBJECT = "the detainees the document speaks of"

#: how a finding says what raised the topic (``TopicMention.context``)
_RAISED_AS = {"claim": "a claim", "relief": "a ruling or relief in its area",
              "concern": "a concern, or a statement that conditions fall short",
              "regime": "a suspended or curtailed regime"}


def _topic_rules(cat: Catalogue, topic: str) -> list[Rule]:
    """The rules of ``cat`` that ``topic`` opens: those whose leading fact type (the first of their
    ``reads``) is one of the topic's ``lead`` types and makes them speak, less its ``except``."""
    from dignity.extract.topics import topic_specs

    spec = topic_specs().get(topic)
    if spec is None:
        return []
    leads = set(spec.leads)
    return [r for r in cat.rules if r.reads and r.reads[0] in leads and r.reads[0] in r.triggers
            and r.id not in spec.except_]


def _topic_findings(topics: Sequence[TopicMention], cats: Sequence[Catalogue], groups: Sequence[SubjectGroup],
                    findings: Sequence[Finding], header: list[str]) -> list[Finding]:
    """Insufficient-information findings for the rules a topic mention opens (``_topic_rules``):
    a rule that gave no finding, where no usable fact of the topic's types stands, for the main
    subject (or the documents' detainees where no fact names anyone).  The finding rests on the
    mention, says that the document raises the topic without a fact that can be measured, and asks
    the rule's questions.  It never grades and never replaces a finding that rests on facts."""
    spoken = {f.rule for f in findings}
    present = {f.type for g in groups for f in g.facts if usable(f)}
    main = groups[0].name if groups else None
    out: list[Finding] = []
    for cat in cats:
        for mention in topics:
            if present.intersection(mention.types):
                continue  # facts of the topic's types stand: the rules read them
            for rule in _topic_rules(cat, mention.topic):
                if rule.id not in spoken:
                    spoken.add(rule.id)
                    out.append(_topic_finding(cat, rule, mention, main or mention.subject or _TOPIC_SUBJECT,
                                              header))
    return out


def _topic_finding(cat: Catalogue, rule: Rule, mention: TopicMention, subject: str,
                   header: list[str]) -> Finding:
    ev = mention.evidence[0] if mention.evidence else None
    words = ev.text if ev is not None else mention.topic
    said = (ev.sentence or ev.text) if ev is not None else ""
    said = said if len(said) <= 240 else said[:237] + "..."
    how = _RAISED_AS.get(mention.context, mention.context or "the text")
    q = rule.test.questions
    questions = list(dict.fromkeys(q.missing + q.breach)) or [
        f"What facts show how {mention.label} stood for the detainees?"]
    types = ", ".join(mention.types)
    where = f" at {ev.start}-{ev.end}" if ev is not None else ""
    return Finding(
        id=rule.id,
        standard=cat.standard,
        standard_id=cat.id or None,
        rule=rule.id,
        title=rule.title,
        status=Status.insufficient_information.value,
        subject=subject,
        basis=(f"The document raises {mention.label} (\u201c{words}\u201d, as {how}: \u201c{said}\u201d) "
               "without a fact that can be measured."),
        reasoning=(f"Under rule {rule.number}, {' '.join(rule.paraphrase.split())} The document raises "
                   f"{mention.label} as {how}, but states no fact that can be measured against the rule "
                   f"({types}): the rule cannot be tested, so the information is insufficient, and the "
                   "questions say what to ask."),
        questions=questions,
        topics=[mention.id],
        trace=[f"rule {rule.id}: {cat.short} {rule.number} ({rule.kind.value})"] + header + [
            f"subject: {subject} (no fact of {types})",
            f"topic mention {mention.id}: {mention.topic} ({mention.context}: \u201c{mention.cue}\u201d){where}",
            f"the rule's leading type ({rule.reads[0]}) is the topic's: the document raises the rule's area",
            "no fact to test: the rule's test was not run",
            f"status: {Status.insufficient_information.value}"],
    )


def standards_for(facts: Iterable[Fact], standards: Sequence[str | Catalogue] | None = None,
                  jurisdiction: str | None = None) -> list[Catalogue]:
    """The standards to assess ``facts`` against: ``standards`` (ids or catalogues) when given,
    else the universal ones and those of ``jurisdiction``, for the persons the facts show."""
    if standards is not None:
        ids = [s for s in standards if isinstance(s, str)]
        given = [s for s in standards if not isinstance(s, str)]
        return given + (select(ids) if ids else [])
    return select(None, jurisdiction=jurisdiction, persons=persons_of(facts))


_I = Status.insufficient_information.value


def _ungraded(cat: Catalogue, rule: Rule, out: Outcome) -> Outcome:
    """An outcome of a rule that may not grade, capped at insufficient_information: a rule whose
    text was not verified (mark U), or a standard that states a test and gives no verdict."""
    if cat.grades:
        note = (f"Not graded: the text of {cat.cite(rule)} has not been verified against its source "
                f"(mark {rule.verified}), so the facts are listed with the questions they raise, not graded.")
        why = f"unverified rule ({rule.verified}): not graded"
    else:
        note = (f"{cat.standard} is stated here as the test it sets and what it asks, not as a verdict: "
                "the facts are listed with the questions they raise.")
        why = f"{cat.kind.value}: states the test, gives no verdict"
    if str(out.status) == _I and not out.reasoning:
        return out
    was = str(out.status)
    out.status = _I
    out.reasoning = list(out.reasoning) + [note]
    out.trace = list(out.trace) + [f"{why} (the test gave {was})"]
    return out


def _regional(out: Outcome, langs: Mapping[str, str] | None = None) -> Outcome:
    """A likely violation that rests only on what a report says of the prisons of a whole region
    or of many countries (``region_words``) is a concern: a pattern to examine in each State, not a
    breach established in a given place by a given authority."""
    if str(out.status) != Status.violation_likely.value:
        return out
    basis_facts = out.basis_facts if out.basis_facts is not None else out.facts

    def regional(f: Fact) -> bool:
        rx = _words("region_words", _fact_lang(f, langs or {}))
        return rx is not None and (bool(rx.search(f.subject or ""))
                                   or any(rx.search(ev.sentence or ev.text or "") for ev in f.evidence))

    if not basis_facts or not all(regional(f) for f in basis_facts):
        return out
    out.status = Status.concern.value
    out.reasoning = list(out.reasoning) + [
        "The report speaks of the prisons of a whole region, not of one State's or one place's: a pattern "
        "to examine in each State, so a concern rather than a likely violation."]
    out.trace = list(out.trace) + ["regional statement only: capped at concern"]
    return out


@lru_cache(maxsize=256)
def _words(name: str, lang: str | None = None) -> re.Pattern[str] | None:
    """The shared words ``name`` (``dignity/assess/patterns.yaml``: English) and, for a document in
    another language, that language's words for them (``standard_phrases`` of its ``language.yaml``):
    the engine's checks read a court's ruling, a dispute, a recital in the document's own language,
    and hold no words of any."""
    from dignity.assess.catalogue import compiled, shared_patterns
    from dignity.extract.languages import available, has_pack, language_pack, pack_code

    parts = [shared_patterns().get(name)]
    code = pack_code(lang) if lang else None
    # a document of no known language reads every pack's words (as the shared words once held them all)
    codes = [code] if code else ([] if lang else list(available()))
    for c in codes:
        if c != "en" and has_pack(c):
            parts.append(language_pack(c).spec.standard_phrases.get(name))
    found = [p for p in parts if p]
    if not found:
        return None
    return compiled(found[0] if len(found) == 1 else "|".join(f"(?:{p})" for p in found))


def _doc_langs(extraction: Extraction) -> dict[str, str]:
    return {d.id: d.language for d in extraction.documents if d.language}


def _fact_lang(fact: Fact, langs: Mapping[str, str]) -> str | None:
    """The language of the fact's document (None where unknown: every language's words are read)."""
    return next((langs[ev.document] for ev in fact.evidence if ev.document in langs), None)


def _self_reported(out: Outcome) -> Outcome:
    """A finding that the standard is met which rests only on the authorities' own word ("according
    to the authorities, all prisoners see a doctor", "officials stated that inmates get an hour
    outside") is not settled: an authority's claim that it complies is what a monitor verifies, not
    proof; an admission against itself is another matter (``dignity.assess.evidence``)."""
    from dignity.assess.evidence import source_kind

    if str(out.status) != Status.compliant.value:
        return out
    basis_facts = out.basis_facts if out.basis_facts is not None else out.facts
    if not basis_facts or not all(source_kind(f) == "authorities" for f in basis_facts):
        return out
    out.status = _I
    out.reasoning = list(out.reasoning) + [
        "That rests only on the authorities' own word that the standard is met: a claim to verify (registers, "
        "a visit, the detainees' own account), not a finding, so not settled."]
    out.questions = list(out.questions) + ["Do the registers, a visit or the detainees confirm what the authorities "
                                           "say?"]
    out.trace = list(out.trace) + ["compliance rests only on the authorities' own word: insufficient information"]
    return out


def _rejected_compliance(out: Outcome) -> Outcome:
    """(round 17) A finding that the standard is met which rests only on claims a court or body rejected
    or found not credible ("the court rejected as not credible the warden's testimony that detainees
    received three meals a day") is not settled: a rejected claim of compliance shows neither compliance
    nor a breach (issue 11: no finding rests on a rejected claim).  Not where the claims are the
    detainee's side's, whose case the ruling went against."""
    if str(out.status) != Status.compliant.value:
        return out
    from dignity.assess.evidence import source_kind

    basis_facts = out.basis_facts if out.basis_facts is not None else out.facts
    rejected_by = [f.qualifiers.get("rejected_by") for f in basis_facts]
    # the detainee's side claims no compliance: a ruling against the detainee's claims agrees with an
    # adequacy told in them ("summary judgment for defendants ... meal loaf consists of meat, vegetables")
    if not basis_facts or not all(rejected_by) or any(source_kind(f) in ("detainee", "party") for f in basis_facts):
        return out
    out.status = _I
    out.reasoning = list(out.reasoning) + [
        f"That rests only on a claim {rejected_by[0]} rejected or found not credible: it shows neither that the "
        "standard is met nor that it is breached, so not settled."]
    out.trace = list(out.trace) + ["compliance rests only on rejected claims: insufficient information"]
    return out


_TRIGGERS: dict[int, tuple[Catalogue, list[frozenset[str]]]] = {}


def _trigger_sets(cat: Catalogue) -> list[frozenset[str]]:
    """Each rule's trigger types as a set, in catalogue order (kept per catalogue)."""
    hit = _TRIGGERS.get(id(cat))
    if hit is None or hit[0] is not cat:
        hit = _TRIGGERS[id(cat)] = (cat, [frozenset(r.triggers) for r in cat.rules])
        if len(_TRIGGERS) > 64:  # catalogues are few; bounded all the same
            _TRIGGERS.pop(next(iter(_TRIGGERS)))
    return hit[1]


def _finding(cat: Catalogue, rule_id: str, title: str, number: str, kind: str, group: SubjectGroup,
             out: Outcome, suffix: str, header: list[str]) -> Finding:
    fid = rule_id + (f"-{out.aspect}" if out.aspect else "") + suffix
    facts = list(dict.fromkeys(f.id for f in out.facts))
    counter = [i for i in dict.fromkeys(f.id for f in out.counter) if i not in facts]
    return Finding(
        id=fid,
        standard=cat.standard,
        standard_id=cat.id or None,
        rule=rule_id,
        title=title + (f": {out.aspect_title}" if out.aspect_title else ""),
        status=out.status,
        subject=group.name,
        facts=facts,
        counter_facts=counter,
        basis=basis(out.basis_facts if out.basis_facts is not None else out.facts),
        reasoning=" ".join(s.strip() for s in out.reasoning if s.strip()),
        questions=out.questions,
        trace=[f"rule {rule_id}: {cat.short} {number} ({kind})"] + header + out.trace + [f"status: {out.status}"],
    )


@kinds_remembered()  # (one fact's source read once in one assessment)
def assess_extraction(extraction: Extraction, as_of: str | date | None = None, *,
                      standards: Sequence[str | Catalogue] | None = None,
                      jurisdiction: str | None = None) -> Assessment:
    """The extraction with its findings: facts grouped by subject, each rule's test run on them,
    for ``standards`` (ids) or those that apply in ``jurisdiction``: given, else the one the
    documents carry, else the one their text names (``dignity.assess.jurisdictions.detect``)."""
    shown = extraction.documents
    # the documents' texts as the extractor read them (hard wraps undone, same length): a phrase cut
    # by a PDF's line break reads as one; the assessment returns the documents as they came
    extraction = extraction.model_copy(update={"documents": [
        d.model_copy(update={"text": as_read(d.text, d.language)}) if d.text else d for d in shown]})
    doc_dates = {d.id: d.date for d in extraction.documents if d.date}
    if jurisdiction is None and standards is None:
        jurisdiction = jurisdiction_of(extraction)
    langs = _doc_langs(extraction)
    facts = _unconfirmed(extraction, _communicated(extraction, _pleadings_recited(extraction)))
    facts = _claims_credited(extraction, _claims_rejected(extraction, _disputed(_law_recited(
        _denied_next(extraction, facts), langs), langs)))
    findings = assess_facts(facts, as_of=as_of, doc_dates=_lenient(doc_dates),
                            doc_langs={d.id: d.language for d in extraction.documents},
                            doc_texts={d.id: d.text for d in extraction.documents if d.text},
                            standards=standards, jurisdiction=jurisdiction, topics=extraction.topics)
    findings = _held_lawful(extraction, facts, findings)
    return Assessment(documents=shown, facts=facts, topics=extraction.topics,
                      errors=extraction.errors, findings=findings, not_assessed=not_assessed(extraction))


def _pleadings_recited(extraction: Extraction) -> list[Fact]:
    """The facts, where a court rules on the pleadings or reads the record for one side (a motion
    to dismiss, the screening of a complaint, summary judgment "in the light most favourable to the
    plaintiff": ``pleading_stage_words``): what it recites in its own voice is the complaint's
    allegations, taken as true for the ruling, not its finding; those facts are the party's word.
    Not where the case was tried (``trial_stage_words``: a bench trial's findings of fact, a jury's
    verdict), whatever earlier motion the procedural history names; nor a fact whose own sentence
    says it is not in dispute (``settled_fact_words``: "it is undisputed", "the parties agree")."""
    langs = _doc_langs(extraction)
    pleading = set()
    for d in extraction.documents:
        rx, trial = _words("pleading_stage_words", d.language), _words("trial_stage_words", d.language)
        if rx is not None and _in_text(rx, d.text or "") and not (trial is not None and _in_text(trial, d.text or "")) \
                and not _other_genre(d):
            pleading.add(d.id)
    texts = {d.id: d.text or "" for d in extraction.documents}
    out = []
    for f in extraction.facts:
        lang = _fact_lang(f, langs)
        settled, assumed = _words("settled_fact_words", lang), _words("assumed_fact_words", lang)
        section = _words("undisputed_section_words", lang)
        account, finding = _words("party_account_words", lang), _words("finding_words", lang)
        said = [ev.sentence or "" for ev in f.evidence]
        if f.qualifiers.get("source_kind") in ("court", "author") and account is not None and f.evidence \
                and all(_told_by_party(_lead_in(texts.get(ev.document, ""), ev.start), account, finding)
                        for ev in f.evidence):
            who = f.attributed_to or "the court"
            f = f.model_copy(update={"attributed_to": f"a party's account, as recited by {who}",
                                     "qualifiers": {**f.qualifiers, "source_kind": "party",
                                                    "recited_from": "a party's account"}})
            out.append(f)
            continue
        if f.qualifiers.get("source_kind") in ("court", "author") and f.evidence and (
                (assumed is not None and any(_in_text(assumed, x) for x in said))
                or (all(ev.document in pleading for ev in f.evidence)
                    and not (settled is not None and any(_in_text(settled, x) for x in said))
                    and not (section is not None and any(section.search(_lead_in(texts.get(ev.document, ""),
                                                                                 ev.start))
                                                         for ev in f.evidence)))):
            who = f.attributed_to or "the court"
            if assumed is not None and any(assumed.search(x) for x in said):
                # (courts15) assumed for the ruling, or what a jury could find: the claimant's version, not found
                label = f"the claimant's version, as {who} takes it for the ruling"
                source = "an assumption for the ruling"
            else:
                label, source = f"the complaint, as recited by {who}", "the pleadings"
            f = f.model_copy(update={"attributed_to": label,
                                     "qualifiers": {**f.qualifiers, "source_kind": "party", "recited_from": source}})
        out.append(f)
    return out


def _communicated(extraction: Extraction, facts: list[Fact]) -> list[Fact]:
    """The facts, where a document is a communication a UN special procedure sends a Government
    (``communication_words``: "We have the honour to address you", "without prejudging the
    accuracy of these allegations"): what it states of the case in its own voice is information it
    received, relayed for the Government to answer, not its finding."""
    letters = {d.id for d in extraction.documents
               if (rx := _words("communication_words", d.language)) is not None and _in_text(rx, d.text or "")}
    if not letters:
        return facts
    out = []
    for f in facts:
        if f.qualifiers.get("source_kind") in ("author", "monitor", "author_observation") and f.evidence \
                and all(ev.document in letters for ev in f.evidence) and not f.qualifiers.get("credited_by"):
            who = f.attributed_to or "the author"
            f = f.model_copy(update={"attributed_to": f"information received, as relayed by {who}",
                                     "qualifiers": {**f.qualifiers, "source_kind": "relayed",
                                                    "recited_from": "a communication to the Government"}})
        out.append(f)
    return out


def _paragraph(text: str, at: int) -> tuple[int, int]:
    """The bounds of the line around position ``at`` (a paragraph of the text as ingested: one line)."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, (len(text) if end < 0 else end)


def _unconfirmed(extraction: Extraction, facts: list[Fact]) -> list[Fact]:
    """The facts, where the body that writes says in the same paragraph that what it tells is not yet
    confirmed (``unconfirmed_words``: "if confirmed, such conditions would amount to torture", "if
    these allegations are true"): what it states there in its own voice is information it asks to be
    verified, relayed, not its finding."""
    texts = {d.id: (d.text or "", d.language) for d in extraction.documents}
    out = []
    for f in facts:
        if f.qualifiers.get("source_kind") in ("author", "monitor", "author_observation") and f.evidence \
                and not f.qualifiers.get("credited_by"):
            ev = f.evidence[0]
            text, lang = texts.get(ev.document, ("", None))
            rx = _words("unconfirmed_words", lang)
            if rx is not None and text and 0 <= ev.start <= len(text):
                a, b = _paragraph(text, ev.start)
                if rx.search(text, a, b):
                    who = f.attributed_to or "the author"
                    f = f.model_copy(update={"attributed_to": f"{who} (on information it says is not yet confirmed)",
                                             "qualifiers": {**f.qualifiers, "source_kind": "relayed",
                                                            "recited_from": "information the writer says is "
                                                                            "not yet confirmed"}})
        out.append(f)
    return out


def _told_by_party(lead: str, account: re.Pattern[str], finding: re.Pattern[str] | None) -> bool:
    """Whether the text before a fact opens a party's account ("Plaintiff's version of the events
    is as follows", "the facts below are taken from his deposition") with no finding of the
    court's own after it ("the court finds")."""
    scan = _scanner(account)
    found = list(account.finditer(lead) if scan is None else scan.matches(lead, lowered(lead)))
    m = found[-1] if found else None
    return m is not None and not (finding is not None and finding.search(lead, m.end()))


def _lead_in(text: str, at: int | None) -> str:
    """The text before position ``at`` in its paragraph and the paragraph before it (where a
    heading or an opening sentence says what the paragraph states: "UNDISPUTED FACTS")."""
    if not text or at is None or not (0 <= at <= len(text)):
        return ""
    lines = [x for x in text[:at].split("\n") if x.strip()]
    return "\n".join(lines[-2:])


def _other_genre(doc: object) -> bool:
    """Whether a document tells by its first words that it is no court's opinion (a press release,
    a findings letter): a motion it mentions is not its posture."""
    from dignity.extract.attribution import load_attributor  # built once per language
    from dignity.extract.languages import has_pack, pack_code

    lang = pack_code(getattr(doc, "language", None) or "en") or "en"
    return load_attributor(lang if has_pack(lang) else "en").other_genre(getattr(doc, "text", None) or "")


def _law_recited(facts: list[Fact], langs: Mapping[str, str] | None = None) -> list[Fact]:
    """The facts, where an opinion states the law or tells another case's facts in the fact's own
    sentence ("the Seventh Circuit has held that keeping an inmate ...", "In that case, the prisoner
    was ...": ``law_words``): about people in general, set aside, never the ground of a finding."""
    out = []
    for f in facts:
        rx = _words("law_words", _fact_lang(f, langs or {}))
        if rx is not None and f.evidence and all(_in_text(rx, ev.sentence or "") for ev in f.evidence) and usable(f):
            f = f.model_copy(update={"subject_kind": "general",
                                     "qualifiers": {**f.qualifiers, "set_aside": "a statement of the law or of "
                                                    "another case"}})
        out.append(f)
    return out


def _disputed(facts: list[Fact], langs: Mapping[str, str] | None = None) -> list[Fact]:
    """The facts, where a court says in the fact's own sentence that it is genuinely disputed on
    the record ("a genuine dispute of material fact", "the parties dispute": ``disputed_fact_words``):
    a disputed fact, however the court words it, is a concern at most, not its finding."""
    out = []
    for f in facts:
        rx = _words("disputed_fact_words", _fact_lang(f, langs or {}))
        if rx is not None and str(f.certainty) == "asserted" and f.evidence \
                and any(_in_text(rx, ev.sentence or "") for ev in f.evidence):
            f = f.model_copy(update={"certainty": "contested",
                                     "qualifiers": {**f.qualifiers, "disputed": "a genuine dispute of fact"}})
        out.append(f)
    return out


#: the kinds of source whose word is the claimant's, not the court's own (``dignity.assess.evidence``)
_CLAIMANTS = frozenset({"party", "detainee", "ngo", "other", "relayed", "press"})


def _claims_rejected(extraction: Extraction, facts: list[Fact]) -> list[Fact]:
    """The facts, where a court rules against the claimant on the claims before it (summary
    judgment for the defendants, the complaint dismissed, the request rejected:
    ``rejected_claim_words``, and no ruling for the claimant, ``granted_claim_words``): what
    the claimant alleged is a claim the court rejected, and no breach finding rests on it.
    The court's own findings keep their weight."""
    from dignity.assess.evidence import source_kind

    ruled = set()
    for d in extraction.documents:
        rx, granted = _words("rejected_claim_words", d.language), _words("granted_claim_words", d.language)
        lower, affirmed = _words("lower_court_words", d.language), _words("affirmed_words", d.language)
        if rx is not None and _rules_against(d.text or "", rx, lower, affirmed) \
                and not (granted is not None and _in_text(granted, d.text or "")):
            ruled.add(d.id)
    if not ruled:
        return facts
    out = []
    for f in facts:
        if f.evidence and all(ev.document in ruled for ev in f.evidence) and not f.qualifiers.get("rejected_by") \
                and str(f.certainty) != "hypothetical" and source_kind(f) in _CLAIMANTS:
            f = f.model_copy(update={"qualifiers": {**f.qualifiers,
                                                    "rejected_by": "the court, which ruled against the claim"}})
        out.append(f)
    return out


def _denied_next(extraction: Extraction, facts: list[Fact]) -> list[Fact]:
    """The facts, where a fact the court tells in its own voice is followed at once by a party's denial
    (``party_denial_words``: "Okafor was kept without a mattress for ten days. Defendants deny this."):
    the court recounts a disputed fact, contested, not its finding. Not where the case was tried
    (``trial_stage_words``) nor where the fact's sentence says it is undisputed (``settled_fact_words``)."""
    from dignity.assess.evidence import source_kind

    docs = {d.id: d for d in extraction.documents}
    tried: dict[str, bool] = {}  # a document's trial stage, read once
    out = []
    for f in facts:
        if str(f.certainty) == "asserted" and f.evidence and source_kind(f) == "court":
            ev = f.evidence[0]
            d = docs.get(ev.document)
            text, lang = (d.text or "", d.language) if d is not None else ("", None)
            deny, settled = _words("party_denial_words", lang), _words("settled_fact_words", lang)
            if ev.document not in tried:
                trial = _words("trial_stage_words", lang)
                tried[ev.document] = trial is not None and _in_text(trial, text) is not None
            sentence = ev.sentence or ""
            at = text.find(sentence, max(0, ev.start - len(sentence))) if sentence else -1
            if deny is not None and at >= 0 and not tried[ev.document] \
                    and not (settled is not None and settled.search(sentence)) \
                    and deny.match(text, at + len(sentence), at + len(sentence) + 200):
                f = f.model_copy(update={"certainty": "contested",
                                         "qualifiers": {**f.qualifiers, "disputed": "denied by a party"}})
        out.append(f)
    return out


#: the kinds of source that are the claimant's own word (a party, the detainee): what a court credits
_CLAIMANT_OWN = frozenset({"party", "detainee"})


def _claims_credited(extraction: Extraction, facts: list[Fact]) -> list[Fact]:
    """The facts, where the court that writes finds, after hearing the evidence, that it bears out the
    claimant's case (``credited_claim_words``: "the Court finds the evidence supports the Plaintiffs'
    experts' declarations"), or a jury's verdict for the plaintiffs or for a party by name
    (``verdict_for_named``: "for Okafor", that party's own word): what the claimant alleged in that document
    is credited, a finding (a fact it rejected, or one already found, is left as it is)."""
    from dignity.assess.evidence import source_kind

    credited = {d.id for d in extraction.documents
                if (rx := _words("credited_claim_words", d.language)) is not None and _in_text(rx, d.text or "")}
    # a verdict for a party by name credits that party's own allegations
    named: dict[str, set[str]] = {}
    for d in extraction.documents:
        rx = _words("verdict_for_named", d.language)
        for m in (rx.finditer(d.text or "") if rx is not None else ()):
            if m.groupdict().get("who"):
                named.setdefault(d.id, set()).add(m.group("who").lower())
    if not credited and not named:
        return facts
    out = []
    for f in facts:
        whose = (f.attributed_to or "").lower()
        by_name = bool(f.evidence) and all(any(n in whose.split() or n in whose.replace("’", "'").split("'")
                                               for n in named.get(ev.document, ())) for ev in f.evidence)
        if f.evidence and (all(ev.document in credited for ev in f.evidence) or by_name) \
                and not f.qualifiers.get("rejected_by") \
                and str(f.certainty) == "alleged" and (source_kind(f) in _CLAIMANT_OWN
                                                        or (by_name and source_kind(f) == "other")):
            f = f.model_copy(update={"certainty": "asserted",
                                     "qualifiers": {**f.qualifiers, "source_kind": "court",
                                                    "credited_by": "the court, which found the evidence supports "
                                                                   "the claims"}})
        out.append(f)
    return out


_SENTENCE_START = re.compile(r"[.!?;:]\s+|\n")


def _sentence_begin(text: str, pos: int) -> int:
    """Where the sentence (or the clause after a semicolon or colon) that holds ``pos`` begins."""
    begin = 0
    for s in _SENTENCE_START.finditer(text, 0, pos):
        begin = s.end()
    return begin


def _lawful_holding(text: str, lang: str | None = None) -> str | None:
    """The words by which the court that writes holds the conditions lawful under its own law
    (``lawful_holding_words``: "not sufficiently serious to violate the Eighth Amendment", "not
    cruel and unusual punishment", "de minimis"), not a lower court's holding it tells, nor a party's
    argument ("moved to dismiss, arguing that the restrictions do not constitute ...": ``claim_words``)."""
    rx, lower = _words("lawful_holding_words", lang), _words("lower_court_words", lang)
    claim = _words("claim_words", lang)
    if rx is None:
        return None
    for m in rx.finditer(text):
        begin = _sentence_begin(text, m.start())
        if lower is not None and lower.search(text, begin, m.start()):
            continue
        if claim is not None and claim.search(text, begin, m.start()):
            continue  # (grade14en) "Wagner moved to dismiss, arguing that ... do not constitute": a party's argument
        ends = _SENTENCE_START.search(text, m.end())
        return " ".join(text[begin:ends.start() + 1 if ends else len(text)].split())
    return None


def _held_lawful(extraction: Extraction, facts: list[Fact], findings: list[Finding]) -> list[Finding]:
    """The findings, where the court that writes held the conditions lawful under its own law
    (``_lawful_holding``): a breach finding resting on that document's facts says that the holding
    applies the Constitution, not the standard, which can be breached where the Constitution is
    not; the facts, graded by the standard, decide it, and its status stays theirs."""
    held = {d.id: w for d in extraction.documents if (w := _lawful_holding(d.text or "", d.language))}
    if not held:
        return findings
    docs = {f.id: {ev.document for ev in f.evidence} for f in facts}
    breach = (Status.violation_likely.value, Status.concern.value)
    out = []
    for x in findings:
        where = [held[d] for i in x.facts for d in docs.get(i, ()) if d in held]
        if where and str(x.status) in breach:
            words = where[0] if len(where[0]) <= 200 else where[0][:197] + "..."
            note = (f"The court held the conditions lawful under its own law (\u201c{words}\u201d). "
                    f"That holding applies the Constitution's test, not that of {x.standard or 'this standard'}: "
                    "the standard sets its own minimum and can be breached where the Constitution is not, "
                    "so the holding does not answer this rule; the facts found decide it.")
            x = x.model_copy(update={"reasoning": (x.reasoning + " " + note).strip(),
                                     "trace": list(x.trace) + ["the court held the conditions lawful under its own "
                                                               "law: noted, status left to the facts"]})
        out.append(x)
    return out


@lru_cache(maxsize=None)
def _scanner(rx: re.Pattern[str]) -> Scanner | None:
    """``rx``'s scanner (``prefilter.Scanner``: the words every match needs, then its lower-case
    twin), where no match of it is empty (then its matches are ``finditer``'s); else None."""
    return Scanner(rx) if never_empty(rx) else None


def _in_text(rx: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``rx.search(text)`` (a document's whole text, a lead-in, a sentence), by ``rx``'s scanner where
    it has one: not searched where a word every match needs is missing, else its lower-case twin
    searched first (the regex then tried only where the twin matches)."""
    scan = _scanner(rx)
    return rx.search(text) if scan is None else scan.search(text, lowered(text))


def _rules_against(text: str, rx: re.Pattern[str], lower: re.Pattern[str] | None,
                   affirmed: re.Pattern[str] | None) -> bool:
    """Whether the court that writes rules against the claim (``rejected_claim_words``): a ruling
    its sentence gives to a lower court ("The District Court granted summary judgment for
    respondents", ``lower_court_words``) is the procedural history, under appeal, and counts only
    where the writing court affirms it (``affirmed_words``)."""
    affirms = None  # (read once, where a lower court's ruling is met)
    # (by the scanner, as ``_in_text``)
    scan = _scanner(rx)
    for m in rx.finditer(text) if scan is None else scan.matches(text, lowered(text)):
        if lower is None or not lower.search(text, _sentence_begin(text, m.start()), m.start()):
            return True
        if affirms is None:
            affirms = affirmed is not None and affirmed.search(text) is not None
        if affirms:
            return True
    return False


def jurisdiction_of(extraction: Extraction) -> str | None:
    """The jurisdiction of the documents: one they carry, else the country their text names
    most often; none when they disagree or name none."""
    from dignity.assess.jurisdictions import detect

    found = {d.jurisdiction for d in extraction.documents if d.jurisdiction}
    if not found:
        found = {j for d in extraction.documents if (j := detect(d.text or ""))}
    return found.pop() if len(found) == 1 else None


#: why a document with no text and no facts was not assessed
NO_TEXT = "no text could be read from it (a scan without a text layer, or an empty file)"


def not_assessed(extraction: Extraction) -> list[dict[str, str]]:
    """The documents Dignity could not read, and why: those the extractor marked (a
    language without a pack), no text, a file that could not be read.  Their silence is
    no all-clear: every output says they were not assessed."""
    from dignity.extract.languages import not_assessed_reason, pack_code

    out = [dict(na) for na in extraction.not_assessed]
    listed = {na.get("document") for na in out}
    read = {ev.document for f in extraction.facts for ev in f.evidence}
    for d in extraction.documents:
        name = d.path or d.title or d.id[:12]
        if name in listed:
            continue
        if not (d.text or "").strip() and d.id not in read:
            out.append({"document": name, "reason": NO_TEXT})
        elif (reason := not_assessed_reason(d.language)) is not None:
            out.append({"document": name, "language": pack_code(d.language) or d.language, "reason": reason})
    for e in extraction.errors:
        out.append({"document": e.get("path") or e.get("document") or "?",
                    "reason": e.get("problem") or e.get("error") or e.get("message") or "it could not be read"})
    return out


def _lenient(dates: dict[str, str]) -> dict[str, date]:
    """Document dates that can be read; an unreadable one is logged and left out."""
    out = {}
    for k, v in dates.items():
        d = parse_date(v)
        if d is None:
            log.warning("document %s: date %r not understood; not used to count days", k[:12], v)
        else:
            out[k] = d
    return out
