"""The extraction engine: one document in, evidence-backed facts out.

``Extractor.extract_document`` reads as its steps, in order:

1. tokenise and split sentences (spaCy blank pipeline + rule splitter);
2. find every recognizer's anchors in one phrase-matching pass;
3. confirm candidates with the recognizers' patterns, only in anchored sentences;
4. apply ConText rules (negation, hypothetical, general statements);
5. attribute each fact (who says so, how sure) and resolve its subject;
6. normalise values and dates; mark facts that another source denies as contested.

Steps 1-5 run block by block (about 200,000 characters, cut at blank lines) on text
whose whitespace-free runs over 200 characters are broken up (``guard.py``), within a
per-document budget of characters, sentence length, facts and time (``budget.py``):
past a limit the result is kept, partial, with the limit named in ``Extraction.errors``.
"""

from __future__ import annotations

import bisect
import hashlib
import logging
import re
from array import array
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.attrs import IDX, LOWER
from spacy.matcher import PhraseMatcher

from dignity.extract import guard
from dignity.extract.attribution import Attributor, Source, last_named, load_attributor
from dignity.extract.budget import DEFAULT_BUDGET, Budget, BudgetRun
from dignity.extract.context import ContextEngine, ContextMatch, load_context
from dignity.extract.nlp import blank_pipeline
from dignity.extract.prefilter import ClauseMemo, lowered
from dignity.extract.recognizer import CompiledPattern, RecognizerSet, load_recognizers
from dignity.extract.values import HOOKS, find_dates, parse_date
from dignity.model import ContextFlag, Document, Evidence, Explanation, Extraction, Fact

__all__ = ["Extractor", "default_extractor", "EXTRACTOR_VERSION"]

log = logging.getLogger(__name__)

EXTRACTOR_VERSION = "dignity-extract/0.1"


@dataclass
class _Sentence:
    index: int
    start: int
    end: int
    text: str
    paragraph: int
    recognizers: set[str] = field(default_factory=set)
    anchors: set[str] = field(default_factory=set)  # the anchor phrases found in it
    sources: list[Source] = field(default_factory=list)
    carried: Source | None = None
    triggers: list[ContextMatch] | None = None
    lower: str = ""
    memo: ClauseMemo | None = None  # which clause words the sentence has (prefilter.py)


@dataclass
class _Candidate:
    sent: _Sentence
    cp: CompiledPattern
    start: int  # offsets within the sentence
    end: int
    match: re.Match[str]


@dataclass
class _Denial:
    """What the contest step needs of a sentence that denies something."""

    index: int
    paragraph: int
    limit: int  # where the denial's verb starts (document offset)
    types: set[str]
    answers_previous: bool


@dataclass
class _Trail:
    """What later steps keep of the sentences once their block is done: the starts and
    paragraphs of all (compact arrays) and the denials."""

    starts: array = field(default_factory=lambda: array("q"))
    paragraphs: array = field(default_factory=lambda: array("q"))
    denials: list[_Denial] = field(default_factory=list)


@dataclass
class _AttributionState:
    """Attribution carried from one sentence (and one block) to the next."""

    last_speaker: str | None = None
    carry: Source | None = None
    carry_para: int = -1
    carry_left: int = 0


@dataclass
class _DocInfo:
    court_doc: bool
    detainee: str | None
    detainee_key: str | None
    people: dict[str, str]
    orgs: list[str]
    year: int | None
    group: str | None


_ORG_RX = re.compile(
    r"\b(?:[A-Z][a-zA-Z&'’\-]+\s+){0,5}(?:International|Watch|Institute(?:\s+for(?:\s+[A-Z][a-z]+|\s+and)+)?|Commission|Committee|Ombudsman|Union|Foundation|Society|Project|Network|Coalition|Council)\b")
_GROUP_DEFAULT = "the detainees described"


class Extractor:
    """Builds its pipeline, recognizers and rules once; then extracts any number of documents."""

    def __init__(self, lang: str = "en") -> None:
        self.lang = lang
        self.nlp = blank_pipeline(lang)
        self.recognizers: RecognizerSet = load_recognizers(lang)
        self.context: ContextEngine = load_context(lang)
        self.attributor: Attributor = load_attributor(lang)
        #: skip a pattern whose required words are not in the sentence (prefilter.py);
        #: never changes a result, only saves regex runs
        self.prefilter = True
        #: what one document may cost (budget.py); replace to change the limits
        self.budget: Budget = DEFAULT_BUDGET
        # anchors: one-token ones by a dictionary look-up on each token's lower form,
        # longer ones with spaCy's PhraseMatcher, "stem*" ones by prefix; one pass each
        self._matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self._prefixes: dict[str, list[tuple[str, set[str]]]] = {}
        self._words: dict[str, set[str]] = {}
        self._anchor_ids: dict[str, set[str]] = {}
        for anchor, ids in self.recognizers.anchors.items():
            if anchor.endswith("*"):
                stem = anchor[:-1]
                self._prefixes.setdefault(stem[:4], []).append((stem, ids))
                continue
            toks = [t.lower_ for t in self.nlp.tokenizer(anchor)]
            if len(toks) == 1:
                self._words.setdefault(toks[0], set()).update(ids)
            else:
                self._anchor_ids.setdefault(anchor, set()).update(ids)
        for anchor in self._anchor_ids:
            self._matcher.add(anchor, [self.nlp.make_doc(anchor)])
        self._strings = self.nlp.vocab.strings
        self._anchor_memo: dict[int, tuple[tuple[str, set[str]], ...]] = {}

    # ------------------------------------------------------------------ public
    def extract_document(self, document: Document) -> Extraction:
        run = BudgetRun(self.budget, _label(document))
        facts = self.facts(document, run=run)
        return Extraction(documents=[document], facts=facts, errors=run.errors())

    def facts(self, document: Document, *, run: BudgetRun | None = None) -> list[Fact]:
        """The document's facts, within ``self.budget`` (``run`` records the limits
        reached; ``extract_document`` puts them in ``Extraction.errors``)."""
        # the text every step reads: the document's, with whitespace-free runs of more
        # than 200 characters broken up (same length, so offsets are the document's)
        text = guard.mask(document.text)
        if not text.strip():
            return []
        if run is None:
            run = BudgetRun(self.budget, _label(document))
        run.length = len(text)
        if len(text) > run.budget.max_chars:
            run.note("chars", f"the text has {len(text):,} characters; only the first "
                              f"{run.budget.max_chars:,} were read")
            text = text[:run.budget.max_chars]
        info = self._doc_info(text, document, run.budget.max_names)
        facts, trail = self._read(text, document, info, run)
        self._contest(facts, trail)
        facts.extend(_derive(facts))
        facts.extend(_since_durations(facts, document))
        for f in facts:
            if f.type == "monitoring_access" and "by" not in f.qualifiers:
                sent = f.evidence[0].sentence or ""
                org = next((o for o in info.orgs if o in sent), None)
                if org:
                    f.qualifiers["by"] = org
        for i, f in enumerate(facts, 1):
            f.id = f"{document.id[:10]}-{i:03d}"
        return facts

    # ------------------------------------------------------------------ steps
    def _read(self, text: str, document: Document, info: _DocInfo,
              run: BudgetRun) -> tuple[list[Fact], _Trail]:
        """Steps 1-5 block by block (``guard.chunks``): tokenise the block, split and
        anchor its sentences, attribute, confirm candidates and build facts, within the
        budget; only the facts and a trail of the sentences outlive the block."""
        # paragraphs: blank-line separated where the text has blank lines, else one a line
        breaks = r"\n\s*\n" if "\n\n" in text else r"\n"
        newlines = array("q", (m.start() for m in re.finditer(breaks, text)))
        trail = _Trail()
        state = _AttributionState()
        facts: list[Fact] = []
        budget = run.budget
        for a, b in guard.chunks(text, budget.chunk_chars):
            if run.out_of_time():
                run.stop("time", a, f"the time limit of {budget.max_seconds:g} s was reached")
                break
            doc = self.nlp(text[a:b])
            sents = self._sentences(doc, text, a, newlines, run, first=len(trail.starts))
            self._anchor(doc, sents, a)
            del doc
            self._attribute(sents, info, text, state)
            for s in sents:
                if s.recognizers:
                    for c in self._candidates([s], run):
                        f = self._fact(c, document, info)
                        if f is not None:
                            facts.append(f)
                self._keep(s, trail)
                if len(facts) >= budget.max_facts:
                    dropped = len(facts) > budget.max_facts
                    del facts[budget.max_facts:]
                    if dropped or s.end < len(text):
                        run.stop("facts", s.end, f"the limit of {budget.max_facts:,} facts "
                                                 "per document was reached")
                    break
                if s.index % 64 == 0 and run.out_of_time():
                    run.stop("time", s.end, f"the time limit of {budget.max_seconds:g} s was reached")
                    break
            if run.stopped_at is not None:
                break
        return facts, trail

    def _keep(self, s: _Sentence, trail: _Trail) -> None:
        """Keep what ``_contest`` needs of a sentence."""
        trail.starts.append(s.start)
        trail.paragraphs.append(s.paragraph)
        m = self.attributor.denial(s.text, s.lower or None)
        if m:
            types = {self.recognizers.recognizers[r].type for r in s.recognizers}
            # "The authorities denied the allegations": a denial with no condition words of
            # its own answers the claims just before it (the previous sentence and the rest
            # of its paragraph)
            answers_previous = not types and re.search(
                r"\b(?:the|these|those|such|all|this|that|any)\s+(?:allegations?|claims?|reports?|accounts?|accusations?|charges?)\b|\b(?:denied|denies|deny|rejected|rejects|disputed|disputes)\s+(?:this|it|them)\b",
                s.text, re.I)
            trail.denials.append(_Denial(s.index, s.paragraph, s.start + m.start(), types,
                                         bool(answers_previous)))

    def _sentences(self, doc, text: str, offset: int, newlines: array,
                   run: BudgetRun, first: int = 0) -> list[_Sentence]:
        """The sentences of a block (``doc`` tokenises ``text[offset:...]``), numbered on
        from the sentences before it; one longer than the budget's limit is cut in parts."""
        out = []
        limit = run.budget.max_sentence_chars
        for i, s in enumerate(doc.sents):
            start, end = offset + s.start_char, offset + s.end_char
            while end > start and text[end - 1].isspace():
                end -= 1
            while start < end and text[start].isspace():
                start += 1
            if start >= end:
                continue
            parts = [(start, end)] if end - start <= limit else guard.split_long(text, start, end, limit)
            if len(parts) > 1:
                run.split_sentences += 1
            for start, end in parts:
                para = bisect.bisect_right(newlines, start)
                sent = text[start:end]
                out.append(_Sentence(first + len(out), start, end, sent, para, lower=lowered(sent)))
        return out

    def _anchor(self, doc, sents: list[_Sentence], offset: int = 0) -> None:
        starts = [s.start for s in sents]

        def sent_of(char: int) -> _Sentence | None:
            k = bisect.bisect_right(starts, char) - 1
            if k >= 0 and sents[k].start <= char < sents[k].end + 1:
                return sents[k]
            return None

        for key, b, _e in self._matcher(doc):
            s = sent_of(offset + doc[b].idx)
            if s is not None:
                anchor = self._strings[key]
                s.recognizers.update(self._anchor_ids[anchor])
                s.anchors.add(anchor)
        # one-word and "stem*" anchors: by each token's lower-case form, read as an
        # array of string ids (no Token objects); what a form anchors is memoised
        memo = self._anchor_memo
        lowers = doc.to_array(LOWER).tolist()
        idxs = None
        for k, h in enumerate(lowers):
            hits = memo.get(h)
            if hits is None:
                hits = memo[h] = self._anchor_hits(self._strings[h])
                if len(memo) > 200_000:  # bounded: a huge vocabulary starts afresh
                    memo.clear()
            if hits:
                if idxs is None:
                    idxs = doc.to_array(IDX).tolist()
                s = sent_of(offset + idxs[k])
                if s is not None:
                    for label, ids in hits:
                        s.recognizers.update(ids)
                        s.anchors.add(label)

    def _anchor_hits(self, low: str) -> tuple[tuple[str, set[str]], ...]:
        """The anchors a token of lower-case form ``low`` is: (label, recognizer ids)."""
        out = []
        ids = self._words.get(low)
        if ids is not None:
            out.append((low, ids))
        for stem, pids in self._prefixes.get(low[:4], ()):
            if low.startswith(stem):
                out.append((stem + "*", pids))
        return tuple(out)

    def _doc_info(self, text: str, document: Document, max_names: int | None = None) -> _DocInfo:
        a = self.attributor
        detainee, people = a.persons(text)
        if max_names is not None and len(people) > max_names:
            # every "he said" looks for each name: a bounded number of them, the first seen
            keep = dict(list(people.items())[:max_names])
            keep.update({k: v for k, v in people.items() if v == detainee})
            people = keep
        orgs: dict[str, None] = {}
        for m in _ORG_RX.finditer(text):
            name = m.group(0).strip()
            if len(name.split()) >= 2 and name not in orgs:
                orgs[name] = None
                if max_names is not None and len(orgs) >= max_names:
                    break
        d = parse_date(document.date) if document.date else None
        group = None
        if detainee is None:
            counts: dict[str, int] = {}
            head = text[:20000]
            for m in a.group_scan.matches(head, lowered(head)):
                label = " ".join(m.group(0).split())
                counts[label] = counts.get(label, 0) + 1
            if counts:
                group = max(counts, key=lambda k: (counts[k], len(k)))
        key = next((k for k, v in people.items() if v == detainee), None) if detainee else None
        return _DocInfo(a.is_court_document(text), detainee, key, people, list(orgs),
                        d.year if d else None, group)

    def _pronoun_speaker(self, s: _Sentence, info: _DocInfo, last_speaker: str | None,
                         text: str) -> str | None:
        """Who "he said" / "she said" is: the person named last before the sentence (a
        speaker's label when that person spoke before, the detainee, or the name)."""
        m = re.match(r"\W*(?:he|she)\b", s.text, re.I) or re.search(r"\b(?:he|she)\s+(?:said|says|told|wrote|stated|added|explained|reported|alleged|claimed|complained)\b", s.text, re.I)
        if not m or not info.people:
            return last_speaker
        window = text[max(0, s.start - 1500): s.start + m.start()]
        best_key = last_named(window, info.people)
        if best_key is None:
            return last_speaker
        if best_key == info.detainee_key:
            return info.detainee
        full = info.people[best_key]
        if last_speaker and best_key in last_speaker:
            return last_speaker
        return full

    def _attribute(self, sents: list[_Sentence], info: _DocInfo, text: str,
                   state: _AttributionState | None = None) -> None:
        a = self.attributor
        st = state if state is not None else _AttributionState()
        last_speaker, carry, carry_para, carry_left = st.last_speaker, st.carry, st.carry_para, st.carry_left
        for s in sents:
            if not s.recognizers and not _has_reporting_hint(s.text):
                # cheap path: sentences without anchors only matter as carriers
                s.sources = []
            else:
                s.sources = a.sources(s.text, court_doc=info.court_doc,
                                      last_speaker=self._pronoun_speaker(s, info, last_speaker, text),
                                      detainee=info.detainee, orgs=info.orgs, lower=s.lower or None)
            if s.sources:
                for src in s.sources:
                    if src.speaker and src.kind not in ("court",):
                        last_speaker = src.label
                last = s.sources[-1]
                # a claim carries to the next sentences of its paragraph; a denial does not,
                # nor does what the authorities or the staff of the place say: a report
                # relays their position or reason, then goes on in its own words
                carries = (last.certainty == "alleged" and last.kind != "government"
                           and not self.attributor.denial(s.text, s.lower or None))
                carry = _carried(last) if carries else None
                carry_para, carry_left = (s.paragraph, 4) if carries else (-1, 0)
            elif carry is not None and s.paragraph == carry_para and carry_left > 0:
                s.carried = carry
                carry_left -= 1
            else:
                carry = None
        st.last_speaker, st.carry, st.carry_para, st.carry_left = last_speaker, carry, carry_para, carry_left

    def _candidates(self, sents: list[_Sentence], run: BudgetRun | None = None) -> list[_Candidate]:
        out: list[_Candidate] = []
        patterns = self.recognizers.patterns
        for s in sents:
            if not s.recognizers:
                continue
            found: list[_Candidate] = []
            text = s.text
            fast = self.prefilter
            low = s.lower if fast else ""
            memo = s.memo = ClauseMemo(low)
            for rid in sorted(s.recognizers):
                for cp in patterns(rid):
                    if cp.anchors is not None and cp.anchors.isdisjoint(s.anchors):
                        continue  # this pattern's own anchors are not in the sentence
                    if fast:
                        # the same tests, cheaper: the words every match needs first, then
                        # the lower-case twins of the regexes on the lower-cased sentence
                        needs = cp.scan.needs
                        if needs and not memo.satisfied(needs):
                            continue
                        if cp.unless is not None and cp.unless.search(text, low):
                            continue
                        if cp.requires is not None and not cp.requires.search(text, low):
                            continue
                        for m in cp.scan.matches(text, low, checked=True):
                            if m.end() > m.start():
                                found.append(_Candidate(s, cp, m.start(), m.end(), m))
                        continue
                    elif cp.unless is not None and cp.unless.regex.search(text):
                        continue
                    elif cp.requires is not None and not cp.requires.regex.search(text):
                        continue
                    for m in cp.regex.finditer(text):
                        if m.end() > m.start():
                            found.append(_Candidate(s, cp, m.start(), m.end(), m))
            # one candidate per type and overlapping span: the best-scored, then longest
            found.sort(key=lambda c: (c.cp.recognizer.type, -c.cp.pattern.score, -(c.end - c.start)))
            kept: list[_Candidate] = []
            for c in found:
                if any(k.cp.recognizer.type == c.cp.recognizer.type and k.start < c.end and c.start < k.end
                       for k in kept):
                    continue
                kept.append(c)
            kept.sort(key=lambda c: (c.start, c.cp.recognizer.type))
            if run is not None and len(kept) > run.budget.max_facts_per_sentence:
                run.crowded_sentences += 1
                del kept[run.budget.max_facts_per_sentence:]
            out.extend(kept)
        return out

    def _fact(self, c: _Candidate, document: Document, info: _DocInfo) -> Fact | None:
        s, pat, rec = c.sent, c.cp.pattern, c.cp.recognizer
        if s.triggers is None:
            s.triggers = self.context.triggers(s.text, s.lower or None, fast=self.prefilter, memo=s.memo)
        mods = self.context.modifiers(s.text, c.start, c.end, rec.type, s.triggers)
        if pat.ignores:
            mods = [m for m in mods if m.rule.category not in pat.ignores]
        cats = {m.rule.category for m in mods}
        if pat.requires_context and pat.requires_context not in cats:
            return None
        negated = pat.negated != ("NEGATED" in cats)
        value, unit, value_rule, qualifiers = pat.value, rec.unit, None, {}
        if pat.value_hook:
            res = HOOKS[pat.value_hook](c.match, s.text)
            if res is None and pat.value is None:
                value = None
            elif res is not None:
                value, unit, value_rule, qualifiers = res.value, res.unit or unit, res.rule, res.qualifiers
        if value is None and "label" in (c.match.groupdict() or {}) and c.match.group("label"):
            value = " ".join(c.match.group("label").split())
        # who says so
        src = _nearest_source(s, c.start)
        if "HYPOTHETICAL" in cats:
            certainty = "hypothetical"
        elif src is not None:
            certainty = src.certainty
        else:
            certainty = "asserted"
        attributed = src.label if src is not None else ("the court" if info.court_doc else "the author")
        # about whom
        if "GENERAL" in cats:
            subject, kind, subject_rule = "general", "general", "general-statement context"
        else:
            subject, kind, subject_rule = self._subject(s, c.start, info)
        observed = _observed_on(s.text, c.start, c.end, info.year)
        start, end = s.start + c.start, s.start + c.end
        explain = Explanation(
            recognizer=rec.id, pattern=pat.name, matched=s.text[c.start:c.end],
            context=[ContextFlag(rule=m.rule.literal, category=m.rule.category,
                                 trigger=s.text[m.start:m.end], start=s.start + m.start,
                                 end=s.start + m.end) for m in mods],
            attribution_rule=(src.rule if src is not None else "no cue: the author's word"),
            subject_rule=subject_rule, value_rule=value_rule)
        return Fact(
            id="", type=rec.type, value=value, unit=unit if value is not None or rec.unit else None,
            negated=negated, certainty=certainty, subject=subject, subject_kind=kind,
            attributed_to=attributed, observed_on=observed,
            evidence=[Evidence(document=document.id, start=start, end=end,
                               text=document.text[start:end], sentence=s.text)],
            qualifiers=qualifiers, explain=explain)

    def _subject(self, s: _Sentence, pos: int, info: _DocInfo) -> tuple[str, str, str]:
        a = self.attributor
        head = s.text[:pos]
        best: tuple[int, str, str, str] | None = None  # (position, label, kind, rule)
        if info.detainee_key:
            for m in re.finditer(rf"\b{re.escape(info.detainee_key)}\b", head):
                if best is None or m.start() > best[0]:
                    best = (m.start(), info.detainee, "person", "named detainee")
        low = s.lower[:pos] if s.lower else lowered(head)
        for m in a.group_scan.matches(head, low):
            label = " ".join(m.group(0).split())
            if m.group("noun").lower() in ("plaintiffs", "petitioners") and info.detainee:
                label = f"{label} ({info.detainee})"
            if best is None or m.start() > best[0]:
                best = (m.start(), label, "group", "group noun phrase")
        for m in a.pronoun_scan.matches(head, low):
            p = m.group("p").lower()
            if p in ("they", "them", "their"):
                continue
            if re.search(r"\b(?:said|says|wrote|stated|told|added)\s*$", s.text[m.end():m.end() + 8]):
                continue
            target = info.detainee or info.group or _GROUP_DEFAULT
            cand = (m.start(), target, "person" if info.detainee else "group", f"pronoun '{m.group('p')}'")
            if best is None or cand[0] > best[0]:
                best = cand
        if re.search(r"\b(?:plaintiff|petitioner)\b", head, re.I) and info.detainee:
            m = list(re.finditer(r"\b(?:plaintiff|petitioner)\b", head, re.I))[-1]
            if best is None or m.start() > best[0]:
                best = (m.start(), info.detainee, "person", "role noun -> named detainee")
        if best is not None:
            return best[1], best[2], best[3]
        if info.detainee:
            return info.detainee, "person", "document's main detainee"
        return info.group or _GROUP_DEFAULT, "group", "document's main group"

    def _contest(self, facts: list[Fact], trail: _Trail) -> None:
        """A fact one source states and another denies is contested."""
        by_type: dict[str, list[Fact]] = {}
        for f in facts:
            if f.subject_kind != "general" and f.certainty != "hypothetical":
                by_type.setdefault(f.type, []).append(f)
        for type_, group in by_type.items():
            pos = [f for f in group if not f.negated]
            neg = [f for f in group if f.negated]
            if pos and neg:
                pos_src = {f.attributed_to for f in pos}
                neg_src = {f.attributed_to for f in neg}
                if pos_src != neg_src:
                    for f in group:
                        if f.certainty == "alleged":
                            f.certainty = "contested"
        # explicit denials ("defendants deny that ...", "none of them remember ..."): a
        # denial contests the alleged facts before it of the types it names, and, when it
        # "denies the allegations" without naming any, those of the sentence just before
        # it and of the rest of its paragraph.  Each fact is tested against the furthest
        # reaching denial of each kind (one pass over denials, one over facts).
        if not trail.denials:
            return
        reach_type: dict[str, int] = {}
        by_para: dict[int, int] = {}
        by_sent: dict[int, int] = {}
        for d in trail.denials:
            for t in d.types:
                reach_type[t] = max(reach_type.get(t, -1), d.limit)
            if d.answers_previous:
                by_para[d.paragraph] = max(by_para.get(d.paragraph, -1), d.limit)
                by_sent[d.index - 1] = max(by_sent.get(d.index - 1, -1), d.limit)
        starts, paragraphs = trail.starts, trail.paragraphs
        for f in facts:
            if f.certainty != "alleged":
                continue
            at = f.evidence[0].start
            k = bisect.bisect_right(starts, at) - 1
            if at < reach_type.get(f.type, -1) or (0 <= k < len(starts) and (
                    at < by_sent.get(k, -1) or at < by_para.get(paragraphs[k], -1))):
                f.certainty = "contested"


def _derive(facts: list[Fact]) -> list[Fact]:
    """Facts that follow from others by definition, with the evidence of both.

    Rule 44 of the Mandela Rules defines solitary confinement as 22 hours or more a
    day without meaningful human contact: where a document states both for the same
    subject, the subject is in solitary confinement whether or not it uses the word.
    """
    out: list[Fact] = []
    live = [f for f in facts if f.subject_kind != "general" and f.certainty != "hypothetical"
            and not f.negated]
    solitary = {f.subject for f in live if f.type == "solitary"}
    contacts: dict[str, Fact] = {}
    for f in live:
        if f.type == "no_meaningful_contact":
            contacts.setdefault(f.subject, f)
    for hours in live:
        if hours.type != "confinement_hours" or not isinstance(hours.value, (int, float)) \
                or hours.value < 22:
            continue
        if hours.subject in solitary:
            continue
        contact = contacts.get(hours.subject)
        if contact is None:
            continue
        certainty = "alleged" if "alleged" in (hours.certainty, contact.certainty) else hours.certainty
        if "contested" in (hours.certainty, contact.certainty):
            certainty = "contested"
        out.append(Fact(
            id="", type="solitary", value="22+ hours a day without meaningful human contact",
            negated=False, certainty=certainty, subject=hours.subject, subject_kind=hours.subject_kind,
            attributed_to=hours.attributed_to, observed_on=hours.observed_on,
            evidence=[*hours.evidence, *contact.evidence],
            qualifiers={"derived_from": ["confinement_hours", "no_meaningful_contact"]},
            explain=Explanation(recognizer="derived.solitary_rule_44", pattern="hours>=22 + no contact",
                                matched=hours.evidence[0].text,
                                attribution_rule="as the confinement_hours fact",
                                subject_rule="as the confinement_hours fact")))
    return out


_SINCE = re.compile(r"\b(?:since|from|beginning(?: on)?|starting(?: on)?|as of)\s+$", re.I)


def _since_durations(facts: list[Fact], document: Document) -> list[Fact]:
    """'held in segregation since 5 February' -> how long the isolation has lasted.

    The start date is kept as a qualifier; the number of days is counted to the
    document's date when it has one (the assessment can count to --as-of instead).
    """
    out: list[Fact] = []
    have = {(f.evidence[0].sentence, f.subject) for f in facts if f.type == "isolation_duration"}
    doc_date = parse_date(document.date) if document.date and len(document.date) >= 10 else None
    seen: set[tuple[str | None, str]] = set()
    for f in facts:
        if f.type != "solitary" or f.negated or f.subject_kind == "general" \
                or f.certainty == "hypothetical" or "derived_from" in f.qualifiers:
            continue
        ev = f.evidence[0]
        sent = ev.sentence or ""
        if (sent, f.subject) in have or (sent, f.subject) in seen:
            continue
        sent_start = ev.start - sent.find(ev.text) if ev.text in sent else None
        year = doc_date.year if doc_date else None
        for start, end, iso in find_dates(sent, default_year=year):
            if not _SINCE.search(sent[max(0, start - 20):start]) or len(iso) != 10:
                continue
            began = parse_date(iso)
            days = (doc_date - began).days if doc_date and began and began <= doc_date else None
            evidence = [ev]
            if sent_start is not None:
                evidence.append(Evidence(document=ev.document, start=sent_start + start,
                                         end=sent_start + end, text=sent[start:end], sentence=sent))
            out.append(Fact(
                id="", type="isolation_duration", value=days, unit="days", negated=False,
                certainty=f.certainty, subject=f.subject, subject_kind=f.subject_kind,
                attributed_to=f.attributed_to, observed_on=iso, evidence=evidence,
                qualifiers={"since": iso, **({"counted_to": doc_date.isoformat()} if days is not None else {})},
                explain=Explanation(recognizer="derived.isolation_since", pattern="isolation ... since DATE",
                                    matched=sent[start:end], value_rule="days from the start date to the document date")))
            seen.add((sent, f.subject))
            break
    return out


_REPORT_HINT = re.compile(r"\b(?:alleg|claim|contend|complain|argu|assert|said|says|state|report|wrote|told|testif|accord|found|find|conclud|determin|held|observ|deny|denie|disput)", re.I)


def _has_reporting_hint(text: str) -> bool:
    return _REPORT_HINT.search(text) is not None


def _carried(src: Source) -> Source:
    """The source as it carries to the next sentences (the explanation says so)."""
    return Source(src.label, src.certainty, f"carried from an earlier sentence of the paragraph: {src.rule}",
                  src.start, src.kind, src.speaker)


_COORDINATION = re.compile(r",\s+(?:and|but|while)\s|;")


def _nearest_source(s: _Sentence, pos: int) -> Source | None:
    """The cue before the fact; or the first after it ("X, he said"), unless a new
    coordinated clause starts in between ("lights are on, and he said that ...")."""
    before = [x for x in s.sources if x.start <= pos]
    if before:
        return before[-1]
    if s.sources and not _COORDINATION.search(s.text, pos, s.sources[0].start):
        return s.sources[0]
    return s.carried


_RANGE_RX = re.compile(r"\bfrom\s+(?P<a>.{3,30}?)\s+(?:to|until|through|till)\s+(?P<b>.{3,30}?)(?=[,;.)]|\s|$)", re.I)


def _observed_on(sentence: str, start: int, end: int, year: int | None) -> str | None:
    dates = find_dates(sentence, default_year=year)
    if not dates:
        return None
    # a range "from X to Y" wins
    for m in _RANGE_RX.finditer(sentence):
        inner = [d for d in dates if m.start() <= d[0] < m.end() + 20]
        if len(inner) >= 2:
            return f"{inner[0][2]}/{inner[1][2]}"
    # otherwise the date nearest to the fact
    best = min(dates, key=lambda d: min(abs(d[0] - end), abs(d[1] - start)))
    return best[2]


def _label(document: Document) -> str:
    """How a budget's messages name the document: its path, else its id."""
    return document.path or f"document {document.id[:12]}"


def document_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@lru_cache(maxsize=None)
def default_extractor(lang: str = "en") -> Extractor:
    """The process-wide extractor for a language (built once)."""
    try:
        return Extractor(lang)
    except FileNotFoundError:
        log.warning("no resources for language %r; using English", lang)
        return Extractor("en")
