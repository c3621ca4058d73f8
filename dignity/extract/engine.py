"""The extraction engine: one document in, evidence-backed facts out.

``Extractor.extract_document`` reads as its steps, in order:

1. tokenise and split sentences (spaCy blank pipeline + rule splitter);
2. find every recognizer's anchors in one phrase-matching pass;
3. confirm candidates with the recognizers' patterns, only in anchored sentences;
4. apply ConText rules (negation, hypothetical, general statements);
5. attribute each fact (who says so, how sure) and resolve its subject;
6. normalise values and dates; mark facts that another source denies as contested;
7. the trained layer (``learned/``) proposes facts in sentences where the rules found
   none of that type; they go through steps 4-6 like the rules' facts.

Steps 1-5 run block by block (about 200,000 characters, cut at blank lines) on text
whose whitespace-free runs over 200 characters are broken up (``guard.py``), within a
per-document budget of characters, sentence length, facts and time (``budget.py``):
past a limit the result is kept, partial, with the limit named in ``Extraction.errors``.
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
import logging
import re
from array import array
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Callable

from spacy.attrs import IDX, LOWER

from dignity.extract import guard
from dignity.extract.attribution import OWN_FINDING, Attributor, NameIndex, Source, load_attributor
from dignity.extract.budget import DEFAULT_BUDGET, Budget, BudgetRun
from dignity.extract.citations import Blanker, load_blanker
from dignity.extract.compose import ComposedHit, ComposeMatch, Composer, load_composer
from dignity.extract.context import ContextEngine, ContextMatch, load_context
from dignity.extract import languages
from dignity.extract.languages import has_pack, language_pack, no_pack_reason, pack_code
from dignity.extract.learned.layer import LearnedLayer, load_layer
from dignity.extract.nlp import blank_pipeline, token_forms
from dignity.extract.pages import place_evidence
from dignity.extract.prefilter import ClauseMemo, Scanner, lowered, never_empty
from dignity.extract.recognizer import CompiledPattern, RecognizerSet, load_recognizers
from dignity.extract.values import (FREQUENCY_TYPES, HOOKS, NUMERIC_TYPES, clause_value, design_and_headcount,
                                    Duration, find_dates, find_durations, frequency, headcount_across, implausible,
                                    parse_date, parse_number, rate_readings, reading, area_readings)
from dignity.model import ContextFlag, Document, Evidence, Explanation, Extraction, Fact

__all__ = ["Extractor", "Router", "default_extractor", "not_assessed_entry", "EXTRACTOR_VERSION", "fill_values"]

log = logging.getLogger(__name__)

EXTRACTOR_VERSION = "dignity-extract/0.1"

#: a separate opinion headed this near the document's start is its only opinion (characters)
_ALONE_BEFORE = 300


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
    #: inside a judgment's part on the general principles (context.yaml, ``sections``)
    general: bool = False
    #: inside a separate opinion: its judge ("Justice Breyer (dissenting)"), context.yaml sections
    opinion: str | None = None
    #: that separate opinion is the document's only one (its heading opens the document)
    opinion_alone: bool = False
    #: inside a part that recites the claims ("Plaintiff's Allegations"), context.yaml sections
    claims: bool = False


@dataclass
class _Candidate:
    sent: _Sentence
    cp: CompiledPattern | ComposedHit  # either has .recognizer and .pattern
    start: int  # offsets within the sentence
    end: int
    match: re.Match[str] | ComposeMatch


@dataclass
class _Situation:
    """Where a fact stands in its sentence: context, who says so, about whom, when."""

    mods: list[ContextMatch]
    cats: set[str]
    certainty: str
    attributed: str
    attribution_rule: str
    subject: str
    kind: str
    subject_rule: str
    observed: str | None
    source_kind: str  # what kind of source says so (attribution.yaml): court, monitor, ngo ...
    #: who says the fact is not established (an UNPROVEN context: "il n'est pas établi que"), else None
    unproven_by: str | None = None

    def qualifiers(self) -> dict[str, str]:
        """The qualifiers the situation gives a fact: its kind of source, and a claim not proven."""
        out = {"source_kind": self.source_kind}
        if self.unproven_by:
            out["rejected_by"] = self.unproven_by
        return out


@dataclass
class _Denial:
    """What the contest step needs of a sentence that denies something."""

    index: int
    paragraph: int
    limit: int  # where the denial's verb starts (document offset)
    types: set[str]
    answers_previous: bool
    rejected_by: str | None = None  # a court that rejects the claim or finds it not credible
    #: where the rejected clause ends (document offset): a new finding of the speaker after it
    #: (", and finds that ...", "; it is undisputed that ...") is no part of the claim rejected
    end: int = 1 << 62
    #: a court's "not proven" that names no condition of its own ("he did not prove that they
    #: struck him", its words unread): it answers the sentence just before it
    previous: bool = False


@dataclass
class _At:
    """Where a rejection starts in its sentence (``start()``, as a regex match's)."""

    at: int

    def start(self) -> int:
        return self.at


@dataclass
class _Credit:
    """A sentence in which a court or an official body credits the claims just before it
    ("We agree.", "The court credited his testimony.", a complaint found "substantiated")."""

    index: int
    paragraph: int
    by: str  # who credits them ("the court", "the Inspector General")
    kind: str  # court | monitor
    back: int = 2  # how many sentences before it, in its paragraph, it reaches


@dataclass
class _Trail:
    """What later steps keep of the sentences once their block is done: the starts and
    paragraphs of all (compact arrays) and the denials."""

    starts: array = field(default_factory=lambda: array("q"))
    paragraphs: array = field(default_factory=lambda: array("q"))
    denials: list[_Denial] = field(default_factory=list)
    credits: list[_Credit] = field(default_factory=list)
    #: (sentence index, who): a court's or body's conclusion that the conditions it described break the
    #: law ("Elle estime que les conditions de détention ont constitué un traitement dégradant")
    conclusions: list[tuple[int, str]] = field(default_factory=list)
    reversed_at: int = -1  # where the court that writes reverses the judgment below (-1: it does not)


@dataclass
class _AttributionState:
    """Attribution carried from one sentence (and one block) to the next."""

    last_speaker: str | None = None
    carry: Source | None = None
    carry_para: int = -1
    carry_left: int = 0
    carry_list: bool = False  # the claim introduced a list ("... asks the court:"): it carries over its items


@dataclass
class _DocInfo:
    court_doc: bool
    detainee: str | None
    detainee_key: str | None
    people: dict[str, str]
    orgs: list[str]
    year: int | None
    group: str | None
    author_kind: str = "author"  # what the document's author is (attribution.document_kind)
    names: NameIndex | None = None  # ``people``, indexed once for the "he said" look-ups
    titled: dict[str, str] = field(default_factory=dict)  # surname -> the title the document gave them

    def __post_init__(self) -> None:
        if self.names is None:
            self.names = NameIndex(self.people)


_GROUP_DEFAULT = "the detainees described"


def _rx(name: str) -> re.Pattern[str]:
    """The regex ``name`` of the language being read (its pack's ``language.yaml``,
    ``patterns``): every step that reads words of the language asks for them here."""
    return languages.current().rx(name)


class Extractor:
    """Builds its pipeline, recognizers and rules once; then extracts any number of documents."""

    def __init__(self, lang: str = "en", model_dir: str | None = None) -> None:
        #: the language pack read (``languages.py``): ConfigError where there is none
        self.pack = language_pack(lang)
        lang = self.lang = self.pack.code
        #: the trained layer (None: rules only); ``model_dir`` or $DIGNITY_MODEL_DIR, else shipped
        self.learned: LearnedLayer | None = load_layer(lang, model_dir)
        self.nlp = blank_pipeline(lang)
        self.recognizers: RecognizerSet = load_recognizers(lang)
        self.context: ContextEngine = load_context(lang)
        self.attributor: Attributor = load_attributor(lang)
        #: composed recognizers (compose.py): topic + predicate in one clause
        self.composer: Composer | None = load_composer(lang)
        #: citations blanked out of the text the rules read (citations.py; same length)
        self.citations: Blanker = load_blanker(lang)
        #: recognizer id -> fact type, for the pattern and the composed recognizers
        self._rec_type = {rid: r.type for rid, r in self.recognizers.recognizers.items()}
        anchors = {a: set(ids) for a, ids in self.recognizers.anchors.items()}
        if self.composer is not None:
            self._rec_type.update({rid: r.type for rid, r in self.composer.recognizers.items()})
            for a, ids in self.composer.anchors.items():
                anchors.setdefault(a, set()).update(ids)
        #: skip a pattern whose required words are not in the sentence (prefilter.py);
        #: never changes a result, only saves regex runs
        self.prefilter = True
        #: what one document may cost (budget.py); replace to change the limits
        self.budget: Budget = DEFAULT_BUDGET
        # anchors: one-token ones by a dictionary look-up on each token's lower form,
        # longer ones by their first token's then the next ones' (what spaCy's PhraseMatcher
        # on LOWER finds, every match, overlapping ones too), "stem*" ones by prefix; one
        # pass each. The tokens of the anchors come from the rules cache (``token_forms``).
        self._prefixes: dict[str, list[tuple[str, set[str]]]] = {}
        self._words: dict[str, set[str]] = {}
        self._anchor_ids: dict[str, set[str]] = {}
        self._strings = strings = self.nlp.vocab.strings
        #: the lower forms (string ids) of a phrase anchor's first two tokens -> (all its forms, anchor)
        self._phrases: dict[tuple[int, ...], list[tuple[tuple[int, ...], str]]] = {}
        whole = [a for a in anchors if not a.endswith("*")]
        for anchor, forms in zip(whole, token_forms(lang, tuple(whole))):
            if len(forms) == 1:
                self._words.setdefault(forms[0], set()).update(anchors[anchor])
            elif forms:
                if anchor not in self._anchor_ids:
                    keys = tuple(strings.add(f) for f in forms)
                    self._phrases.setdefault(keys[:2], []).append((keys, anchor))
                self._anchor_ids.setdefault(anchor, set()).update(anchors[anchor])
        #: the first forms of the phrase anchors
        self._phrase_firsts = frozenset(keys[0] for keys in self._phrases)
        for anchor, ids in anchors.items():
            if anchor.endswith("*"):
                stem = anchor[:-1]
                self._prefixes.setdefault(stem[:4], []).append((stem, ids))
        self._anchor_memo: dict[int, tuple[tuple[str, set[str]], ...]] = {}
        #: a token form (string id) -> whether it is white space (a token of extra spaces or a line break)
        self._space_forms: dict[int, bool] = {}
        #: ``_search``: a pack regex -> its scanner (None: searched as written)
        self._scans: dict[re.Pattern[str], Scanner | None] = {}

    # ------------------------------------------------------------------ public
    def extract_document(self, document: Document, *, as_of: str | date | None = None) -> Extraction:
        run = BudgetRun(self.budget, _label(document))
        facts = self.facts(document, as_of=as_of, run=run)
        from dignity.extract.topics import find_topics  # topics a text raises without facts: not facts

        return Extraction(documents=[document], facts=facts, topics=find_topics(document, self.lang),
                          errors=run.errors())

    def facts(self, document: Document, *, as_of: str | date | None = None,
              run: BudgetRun | None = None) -> list[Fact]:
        """The document's facts, within ``self.budget`` (``run`` records the limits
        reached; ``extract_document`` puts them in ``Extraction.errors``); a duration
        from a start date ("since 2015") is counted to ``as_of`` where given, else to the
        document's date."""
        with reading(self.lang):  # numbers, periods and dates in the pack's words
            return self._facts(document, as_of, run)

    def _facts(self, document: Document, as_of: str | date | None, run: BudgetRun | None) -> list[Fact]:
        # the text every step reads: the document's, with whitespace-free runs of more
        # than 200 characters broken up (same length, so offsets are the document's)
        text = guard.as_read(document.text, self.lang)
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
        # the rules read across citations ("locked in their cells (Tr. 112-13) twenty-three
        # hours a day"): blanked with spaces, so offsets stay the document's
        facts, trail = self._read(self.citations.blank(text), document, info, run)
        # in the order of the text, whatever the blocks (a layer's facts follow a block's rules)
        facts.sort(key=lambda f: f.evidence[0].start if f.evidence else 0)
        self._contest(facts, trail)
        fill_values(facts, document, as_of)
        facts.extend(_derive(facts))
        facts.extend(_durations(facts, document, as_of))
        _occupants_across(facts, document)
        _place_before(facts, document)
        for f in facts:
            if f.type == "monitoring_access" and "by" not in f.qualifiers:
                sent = f.evidence[0].sentence or ""
                org = next((o for o in info.orgs if o in sent), None)
                if org:
                    f.qualifiers["by"] = org
        for i, f in enumerate(facts, 1):
            f.id = f"{document.id[:10]}-{i:03d}"
        place_evidence(facts, document)
        return facts

    def sentence_spans(self, text: str) -> list[tuple[int, int]]:
        """The (start, end) of each sentence as the engine splits ``text``."""
        text = self.citations.blank(guard.as_read(text, self.lang))
        breaks = r"\n\s*\n" if "\n\n" in text else r"\n"
        newlines = array("q", (m.start() for m in re.finditer(breaks, text)))
        run = BudgetRun(self.budget, "text")
        out: list[tuple[int, int]] = []
        for a, b in guard.chunks(text, self.budget.chunk_chars):
            sents = self._sentences(self.nlp(text[a:b]), text, a, newlines, run, first=len(out))
            out.extend((s.start, s.end) for s in sents)
        return out

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
        principles = False  # inside a part on the general principles (context.yaml, sections)
        opinion: str | None = None  # inside a separate opinion (dissent, concurrence): its judge
        claims = False  # inside a part reciting the claims
        alone = False  # the separate opinion is the document's only one
        pleading = info.court_doc and self.context.pleading_stage(text[:20000])
        facts: list[Fact] = []
        budget = run.budget
        for a, b in guard.chunks(text, budget.chunk_chars):
            if run.out_of_time():
                run.stop("time", a, f"the time limit of {budget.max_seconds:g} s was reached")
                break
            doc = self.nlp(text[a:b])
            sents = self._sentences(doc, text, a, newlines, run, first=len(trail.starts))
            self._anchor(doc, sents, a)
            self._attribute(sents, info, text, state)
            done: list[_Sentence] = []  # the block's sentences read (all, unless a limit stops it)
            found: list[_Candidate] = []
            first_fact = len(facts)
            prev: _Sentence | None = None  # the sentence before, for facts told across two
            for s in sents:
                done.append(s)
                if info.court_doc:  # a judgment's parts (a report's "principles" are its own)
                    s.general, principles = self.context.general_section(s.text, principles, s.lower or None)
                    was = opinion
                    s.opinion = opinion = self.context.opinion_section(s.text, opinion, s.lower or None)
                    if opinion != was:
                        # a separate opinion headed at the document's opening (a dissent from the
                        # denial of a stay, after a one-line order) is its only opinion
                        alone = opinion is not None and s.start < _ALONE_BEFORE
                    s.opinion_alone = opinion is not None and alone
                    s.claims, claims = self.context.claims_section(s.text, claims, pleading, s.lower or None)
                if s.recognizers:
                    for c in self._candidates([s], run):
                        found.append(c)
                        f = self._fact(c, document, info)
                        if f is not None:
                            facts.append(f)
                if prev is not None and prev.paragraph == s.paragraph:
                    f = self._capacity_across(prev, s, document, info, facts)
                    if f is not None:
                        facts.append(f)
                prev = s
                self._keep(s, trail, info)
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
            if self.learned is not None and len(facts) < budget.max_facts:
                # step 7: the trained layer, on the block's sentences the rules have read
                facts.extend(self._learned_facts(doc, a, done, found, document, info))
            del doc
            # numbers read by their clause, for the facts of the block's sentences
            facts.extend(self._rate_facts(done, facts[first_fact:], document, info))
            del facts[budget.max_facts:]
            if run.stopped_at is not None:
                break
        return facts, trail

    def _keep(self, s: _Sentence, trail: _Trail, info: _DocInfo) -> None:
        """Keep what ``_contest`` needs of a sentence."""
        trail.starts.append(s.start)
        trail.paragraphs.append(s.paragraph)
        a = self.attributor
        court = next((x for x in s.sources or [] if x.kind == "court" and x.certainty == "asserted"), None)
        speaks = info.court_doc or court is not None  # a court (or an official body) says it
        if info.court_doc and trail.reversed_at < 0 and a.reversal(s.text, s.lower or None):
            trail.reversed_at = s.start
        concluded = (a.conditions_conclusion(s.text, s.lower or None)
                     if speaks or info.author_kind == "monitor" else None)
        if concluded is not None and a.claim_around(s.text, s.sources or [], concluded.start()) is None:
            # (dirA17: not one told inside a party's claim, "plaintiff argues that these conditions violate")
            trail.conclusions.append((s.index, court.label if court is not None else
                                      ("the court" if info.court_doc else "the author")))
        m = a.denial(s.text, s.lower or None) or a.rejection(s.text, s.lower or None)
        # a party's claim told as a noun that the court rejects in its sentence ("The Court dismisses
        # plaintiff's claim that ...", "his contention that ... lacks merit"): rejected from the claim on
        claim = next((x for x in s.sources or [] if x.rejected), None) if info.court_doc else None
        not_proven = None
        if claim is not None:
            m = not_proven = _At(claim.start)
        if not m and speaks:
            m = not_proven = a.court_rejection(s.text, s.lower or None)
        if not m:
            e = a.endorsement(s.text, s.lower or None)
            if e is not None and a.claim_around(s.text, s.sources or [], e.start()) is not None:
                e = None  # (dirA17) "the plaintiff claims that the court credited his account": his word, no credit
            # the other side conceding the claim ("defendants do not dispute that", "it is
            # undisputed"), in a court's opinion: a fact no one contests is found for the case;
            # with its own "that" clause it reaches only that clause's sentence
            c = None if e is not None or not info.court_doc else a.concession(s.text, s.lower or None)
            if c is not None and a.claim_around(s.text, s.sources or [], c.start()) is not None:
                c = None  # (dirA17) "he alleges that the defendants conceded ...": his word, no concession
            # (a corroboration the author states in its own voice, "these allegations were corroborated by
            # medical records", is its word on the accounts, whatever kind of author it is)
            told = e is not None and info.author_kind == "author" and _rx("corroboration").match(e.group(0)) is not None
            if (e is not None and (speaks or told or info.author_kind in ("monitor", "author_observation"))) \
                    or c is not None:
                by = court.label if court is not None else ("the court" if info.court_doc else "the author")
                kind = "monitor" if not info.court_doc and (court is None or "monitor" in
                                                            a.source_kind(court, info.author_kind)) else "court"
                if told and not speaks and c is None:
                    by, kind = "the author", "author"  # the author's own word, not a monitoring body's
                # (a corroboration, "bruises consistent with their accounts", bears out the accounts
                # just told, in its own sentence where they are told there, not every claim of the paragraph)
                corroborates = e is not None and _rx("corroboration").match(e.group(0)) is not None
                # (find13) ... and where it names the accounts it bears out ("injuries consistent with their
                # allegations of beatings"), it credits those, told in its own sentence, not the claim before it
                back = 0 if c is not None and a.own_clause(s.text, c) else \
                    (0 if any(x.certainty == "alleged" and x.start < e.start() for x in s.sources or [])
                     or _rx("corroboration_named").match(s.text, e.end()) else 1) if corroborates else 2
                trail.credits.append(_Credit(s.index, s.paragraph, by, kind, back))
            return
        # (composed recognizers' topic words are not condition words of their own)
        types = {self._rec_type[r] for r in s.recognizers if not r.startswith(Composer.PREFIX)}
        # a court or monitoring body that rejects the claim, or finds it not credible
        rejected_by = None
        # (the claims told as nouns are the claimants' words, not the speaker of the rejection)
        speakers = [x for x in s.sources or [] if not x.rule.startswith("claim noun")]
        if not_proven is not None or a.rejection(s.text, s.lower or None):
            rejected_by = next((x.label for x in speakers if x.kind == "court"), None) \
                or ("the court" if info.court_doc and not speakers else None) \
                or ("the author" if info.author_kind in ("monitor", "author_observation") and not s.sources else None) \
                or a.court_before(s.text, m.start())  # (dir17) "The tribunal rejected as not credible ...": its subject
        # "The authorities denied the allegations": a denial with no condition words of
        # its own answers the claims just before it (the previous sentence and the rest
        # of its paragraph)
        answers_previous = claim is None and (not types or rejected_by) and _rx("answers_previous").search(s.text)
        # the rejected clause ends where the speaker states a finding of its own
        close = _rx("rejection_end").search(s.text, m.start()) if rejected_by else None
        trail.denials.append(_Denial(s.index, s.paragraph, s.start + m.start(), types,
                                     bool(answers_previous), rejected_by,
                                     end=s.start + close.start() if close else 1 << 62,
                                     previous=(claim is None and not_proven is not None and not types
                                               and not answers_previous)))

    def _sentences(self, doc, text: str, offset: int, newlines: array,
                   run: BudgetRun, first: int = 0) -> list[_Sentence]:
        """The sentences of a block (``doc`` tokenises ``text[offset:...]``), numbered on
        from the sentences before it; one longer than the budget's limit is cut in parts."""
        out = []
        limit = run.budget.max_sentence_chars
        for s in doc.sents:
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

        # every anchor by the tokens' lower-case forms, read as an array of string ids
        # (no Token objects): phrases by their first two forms, then the rest; one-word and
        # "stem*" anchors by the form, what a form anchors being memoised
        memo = self._anchor_memo
        lowers = doc.to_array(LOWER).tolist()
        forms = set(lowers)
        idxs = None
        phrases = self._phrases
        if phrases:
            # a phrase by its first two forms: only the phrases that go on as the text does
            # are compared, in the order of their list (so the same anchors are added in
            # the same order); a run of white space inside the phrase ("information   for",
            # a PDF's double space, a word joined across a line) is no token of it
            firsts = self._phrase_firsts
            words, at = lowers, None
            spaces = self._space_forms
            if len(spaces) > 200_000:  # bounded, as the anchors' memo
                spaces.clear()
            for h in forms.difference(spaces):
                spaces[h] = self._strings[h].isspace()
            if any(spaces[h] for h in forms):
                at = [k for k, h in enumerate(lowers) if not spaces[h]]
                words = [lowers[k] for k in at]
            n = len(words)
            for k in [k for k, h in enumerate(words) if h in firsts]:
                if k + 1 >= n:
                    continue
                starting = phrases.get((words[k], words[k + 1]))
                if starting is None:
                    continue
                for keys, anchor in starting:
                    if len(keys) > 2 and tuple(words[k:k + len(keys)]) != keys:
                        continue
                    if idxs is None:
                        idxs = doc.to_array(IDX).tolist()
                    s = sent_of(offset + idxs[k if at is None else at[k]])
                    if s is not None:
                        s.recognizers.update(self._anchor_ids[anchor])
                        s.anchors.add(anchor)
        # what each distinct form anchors (memoised), then the tokens of those that do
        hit: dict[int, tuple[tuple[str, set[str]], ...]] = {}
        for h in forms:
            hits = memo.get(h)
            if hits is None:
                hits = memo[h] = self._anchor_hits(self._strings[h])
                if len(memo) > 200_000:  # bounded: a huge vocabulary starts afresh
                    memo.clear()
            if hits:
                hit[h] = hits
        if not hit:
            return
        if idxs is None:
            idxs = doc.to_array(IDX).tolist()
        for k in [k for k, h in enumerate(lowers) if h in hit]:
            s = sent_of(offset + idxs[k])
            if s is not None:
                for label, ids in hit[lowers[k]]:
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
        for m in _rx("organisation").finditer(text):
            name = m.group(0).strip()
            if len(name.split()) >= 2 and name not in orgs:
                orgs[name] = None
                if max_names is not None and len(orgs) >= max_names:
                    break
        d = parse_date(document.date) if document.date else None
        group = None
        key = next((k for k, v in people.items() if v == detainee), None) if detainee else None
        if detainee is None:
            # one unnamed person called by their part in the case, twice or more ("the applicant")
            parties = list(itertools.islice(_rx("party_singular").finditer(text[:20000]), 2))
            if len(parties) == 2:
                detainee = " ".join(parties[0].group("label").split()).lower()
                key = parties[0].group("noun").lower()
        if detainee is None:
            counts: dict[str, int] = {}
            head = text[:20000]
            for m in a.group_scan.matches(head, lowered(head)):
                label = " ".join(m.group(0).split())
                if _rx("no_one_group").match(label):
                    continue  # "No children were held": a group there is none of
                if _rx("companion_group").search(head, max(0, m.start() - 24), m.end()):
                    continue  # "with three other prisoners": someone's cellmates, not the document's group
                counts[label] = counts.get(label, 0) + 1
            if counts:
                # the most named; on a tie, not a count of people ("two prisoners" is how many share a
                # cell, not whom the document is about), then the longest
                group = max(counts, key=lambda k: (counts[k], parse_number(k.split()[0]) is None, len(k)))
        court_doc = a.is_court_document(text)
        return _DocInfo(court_doc, detainee, key, people, list(orgs), d.year if d else None, group,
                        a.document_kind(text, court_doc=court_doc), titled=a.titled_people(text[:20000]))

    def _search(self, name: str, s: _Sentence) -> re.Match[str] | None:
        """``_rx(name).search(s.text)``, by a scanner (``prefilter.Scanner``: the words every
        match needs first, then the lower-case twin) where no match of the regex is empty (then
        the scanner's first match is the regex's)."""
        rx = _rx(name)
        scan = self._scans.get(rx, False)
        if scan is False:
            scan = self._scans[rx] = Scanner(rx) if never_empty(rx) else None
        return scan.search(s.text, s.lower or lowered(s.text)) if scan is not None else rx.search(s.text)

    def _pronoun_speaker(self, s: _Sentence, info: _DocInfo, last_speaker: str | None,
                         text: str) -> str | None:
        """Who "he said" / "she said" is: the person named last before the sentence (a
        speaker's label when that person spoke before, the detainee, or the name)."""
        if not info.people:  # (no one named: no search for "he said")
            return last_speaker
        m = _rx("pronoun_first").match(s.text) or self._search("pronoun_said", s)
        if not m:
            return last_speaker
        window = text[max(0, s.start - 1500): s.start + m.start()]
        best_key = info.names.last_in(window)
        if best_key is None:
            return last_speaker
        if best_key == info.detainee_key:
            return info.detainee
        if info.court_doc and info.detainee:
            # (courts14b) in a prisoner's suit "he claims" is the plaintiff, not the warden the caption named last
            # ("filed this action against Warden Ann Roe and Officer Lee. He claims that ...")
            at = window.rfind(best_key)
            if at >= 0 and _rx("pronoun_staff_before").search(window[max(0, at - 40):at]):
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
        carry_list = st.carry_list
        for s in sents:
            if not s.recognizers and not _has_reporting_hint(s.text):
                # cheap path: sentences without anchors only matter as carriers
                s.sources = []
            else:
                s.sources = a.sources(s.text, court_doc=info.court_doc,
                                      last_speaker=self._pronoun_speaker(s, info, last_speaker, text),
                                      detainee=info.detainee, orgs=info.orgs, lower=s.lower or None,
                                      titled=info.titled)
            if s.sources:
                for src in s.sources:
                    # a court is no "he"; a person the document titled as a monitor is ("Mr. Nowak")
                    if src.speaker and (src.kind != "court" or src.speaker == src.label):
                        last_speaker = src.label
                last = s.sources[-1]
                # a claim carries to the next sentences of its paragraph; a denial does not,
                # nor does what the authorities or the staff of the place say: a report
                # relays their position or reason, then goes on in its own words
                # "reportedly", "supuestamente": a hearsay adverb hedges its own sentence only
                carries = (last.certainty == "alleged" and last.kind != "government"
                           and not self.attributor.sentence_scoped(last)
                           and not self.attributor.report_closes_sentence(last, s.text)
                           and not self.attributor.denial(s.text, s.lower or None))
                carry = _carried(last) if carries else None
                carry_para, carry_left = (s.paragraph, 4) if carries else (-1, 0)
                # a claim that introduces a list carries over the list's items, one a line
                carry_list = carries and s.text.rstrip().endswith(":")
                if carry_list:
                    carry_left = _LIST_ITEMS
            elif carry is not None and carry_left > 0 and (
                    s.paragraph == carry_para or (carry_list and _LIST_ITEM.match(s.text))):
                s.carried = carry
                carry_left -= 1
                carry_para = s.paragraph
            else:
                carry, carry_list = None, False
        st.last_speaker, st.carry, st.carry_para, st.carry_left = last_speaker, carry, carry_para, carry_left
        st.carry_list = carry_list
        _quoted_across(sents)

    def _candidates(self, sents: list[_Sentence], run: BudgetRun | None = None) -> list[_Candidate]:
        out: list[_Candidate] = []
        patterns = self.recognizers.patterns
        composer = self.composer
        composed_prefix = Composer.PREFIX
        for s in sents:
            if not s.recognizers:
                continue
            found: list[_Candidate] = []
            text = s.text
            fast = self.prefilter
            low = s.lower if fast else ""
            memo = s.memo = ClauseMemo(low)
            heads = memo.heads() if fast else None
            isdisjoint = heads.isdisjoint if heads is not None else None
            composed = False
            for rid in sorted(s.recognizers):
                if rid.startswith(composed_prefix):
                    composed = True
                    continue
                for cp in patterns(rid):
                    if cp.anchors is not None and cp.anchors.isdisjoint(s.anchors):
                        continue  # this pattern's own anchors are not in the sentence
                    if fast:
                        # the same tests, cheaper: the words every match needs first, then
                        # the lower-case twins of the regexes on the lower-cased sentence
                        scan = cp.scan
                        for g in scan.gates:
                            if isdisjoint(g):
                                break  # no word of the sentence begins as a match or a needed word would
                        else:
                            g = None
                        if g is not None:
                            continue
                        tests = scan.need_tests
                        if tests and not memo.needs_met(tests):
                            continue
                        # (the pattern's own matches first: most find none, and then its
                        # ``unless`` and ``requires`` need no search)
                        got = scan.found(text, low, memo)
                        if not got:
                            continue
                        if cp.unless is not None and cp.unless.search(text, low, memo):
                            continue
                        if cp.requires is not None and not cp.requires.search(text, low, memo):
                            continue
                        for m in got:
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
            if composed and composer is not None:
                # topic + predicate in one clause (compose.py); a hit carries its
                # recognizer and pattern as a compiled pattern does
                for h in composer.hits(text, s.lower or lowered(text), s.recognizers,
                                       memo if fast else None):
                    found.append(_Candidate(s, h, h.start, h.end, h.match))
            # words that describe a provision inside a deprivation's words are part of it:
            # "lacked sufficient food" is no adequate food
            deprivations = [c for c in found if not c.cp.pattern.negated]
            found = [c for c in found if not c.cp.pattern.negated or not any(
                d.cp.recognizer.type == c.cp.recognizer.type and d.start <= c.start and c.end <= d.end
                and (d.end - d.start) > (c.end - c.start) for d in deprivations)]
            # a match its value hook rejects ("170 held for 50 places" read as within
            # capacity) is no candidate: it holds no slot another pattern's reading needs
            found = [c for c in found if not _hook_rejects(c)]
            # one candidate per type and overlapping span: the best-scored, then longest
            # (a pattern that needs a context category may yet come to nothing: it yields)
            found.sort(key=lambda c: (c.cp.recognizer.type, c.cp.pattern.requires_context is not None,
                                      -c.cp.pattern.score, -(c.end - c.start)))
            kept: list[_Candidate] = []
            for c in found:
                if any(k.cp.recognizer.type == c.cp.recognizer.type and k.start < c.end and c.start < k.end
                       for k in kept):
                    continue
                kept.append(c)
            # a composed fact whose words hold a kept one of its type, with the same
            # reading, replaces it where the context reads them differently: "no evidence
            # that the toilets ... were filthy" negates the topic, out of reach of the adjective
            for c in found:
                if isinstance(c.cp, ComposedHit) and c not in kept:
                    for i, k in enumerate(kept):
                        if k.cp.recognizer.type == c.cp.recognizer.type and c.start < k.start and k.end <= c.end \
                                and k.cp.pattern.negated == c.cp.pattern.negated and not k.cp.pattern.value_hook \
                                and k.cp.pattern.value is None and not k.cp.pattern.requires_context \
                                and self._context_of(s, c) != self._context_of(s, k):
                            kept[i] = c
                            break
            # a negated reading whose words hold a positive one of its type, with a negation
            # cue among them after the positive words, wins: "the double celling in question is
            # not cruel and unusual" is no double celling found unconstitutional
            negs = [c for c in found if c.cp.pattern.negated and c not in kept]
            if negs:
                self._negation_wins(s, kept, negs)
            kept.sort(key=lambda c: (c.start, c.cp.recognizer.type))
            if run is not None and len(kept) > run.budget.max_facts_per_sentence:
                run.crowded_sentences += 1
                del kept[run.budget.max_facts_per_sentence:]
            out.extend(kept)
            if not kept:
                s.memo = None  # its word sets are needed no more (memory on long documents)
        return out

    def _negation_wins(self, s: _Sentence, kept: list[_Candidate], negs: list[_Candidate]) -> None:
        """Replace a kept positive candidate by a longer negated one of its type that holds
        it, where a negation trigger (no pseudo-negation) lies in the negated one's words
        after the positive ones."""
        if s.triggers is None:
            s.triggers = self.context.triggers(s.text, s.lower or None, fast=self.prefilter, memo=s.memo)
        cues = [t for t in s.triggers if t.rule.category == "NEGATED"]
        if not cues:
            return
        pseudo = [t for t in s.triggers if t.rule.category == "PSEUDO"]
        cues = [t for t in cues if not any(p.start <= t.start and t.end <= p.end for p in pseudo)]
        for c in negs:
            for i, k in enumerate(kept):
                if k.cp.recognizer.type != c.cp.recognizer.type or k.cp.pattern.negated \
                        or not (c.start <= k.start and k.end <= c.end and (c.end - c.start) > (k.end - k.start)):
                    continue
                if any(k.end <= t.start and t.end <= c.end for t in cues) \
                        and not any(j != i and x.cp.recognizer.type == c.cp.recognizer.type
                                    and x.start < c.end and c.start < x.end for j, x in enumerate(kept)):
                    kept[i] = c
                break

    def _context_of(self, s: _Sentence, c: _Candidate) -> set[str]:
        """The context categories that reach a candidate's words."""
        if s.triggers is None:
            s.triggers = self.context.triggers(s.text, s.lower or None, fast=self.prefilter, memo=s.memo)
        return {m.rule.category for m in self.context.modifiers(s.text, c.start, c.end, c.cp.recognizer.type,
                                                                 s.triggers)}

    def _fact(self, c: _Candidate, document: Document, info: _DocInfo) -> Fact | None:
        s, pat, rec = c.sent, c.cp.pattern, c.cp.recognizer
        # a match over a contrast between clauses ("allowed to see counsel, but plaintiff was
        # denied access"; "asked for a nurse, but no one came") is read in its last clause: a
        # cue of the first clause does not reach it
        b = _across(_rx("match_contrast"), s.text, c.start, c.end)
        sit = self._situate(s, b.end() if b is not None else c.start, c.end, rec.type, info, pat.ignores)
        mods, cats = sit.mods, sit.cats
        if pat.requires_context and pat.requires_context not in cats:
            return None
        negated = pat.negated != ("NEGATED" in cats)
        if _lack_only(mods):  # "insufficient staff to ensure adequate food": the lack of it
            negated = False
        value, unit, value_rule, qualifiers = pat.value, rec.unit, None, {}
        if pat.value_hook:
            res = HOOKS[pat.value_hook](c.match, s.text)
            if res is not None and res.reject:
                log.debug("%s at %r is no %s: %s", pat.name, c.match.group(0), rec.type, res.reject)
                return None
            if res is None and pat.value is None:
                value = None
            elif res is not None:
                value, unit, value_rule, qualifiers = res.value, res.unit or unit, res.rule, res.qualifiers
        if (rec.type in FREQUENCY_TYPES or (rec.type == "exercise_time" and value is None)) \
                and "per" not in qualifiers:  # "visits twice a month", "exercise once a week"
            qualifiers = {**qualifiers, **(frequency(s.text, c.start, c.end) or {})}
        elif rec.type == "overcrowding":  # "cells built for one held three"
            qualifiers = {**qualifiers, **(design_and_headcount(s.text) or {})}
        if value is None and "label" in (c.match.groupdict() or {}) and c.match.group("label"):
            value = " ".join(c.match.group("label").split())
        qualifiers = {**qualifiers, **sit.qualifiers()}
        start, end = s.start + c.start, s.start + c.end
        explain = Explanation(
            recognizer=rec.id, pattern=pat.name, matched=s.text[c.start:c.end],
            context=_flags(s, mods), attribution_rule=sit.attribution_rule,
            subject_rule=sit.subject_rule, value_rule=value_rule)
        return Fact(
            id="", type=rec.type, value=value, unit=unit if value is not None or rec.unit else None,
            negated=negated, certainty=sit.certainty, subject=sit.subject, subject_kind=sit.kind,
            attributed_to=sit.attributed, observed_on=sit.observed, confidence=pat.score,
            evidence=[Evidence(document=document.id, start=start, end=end,
                               text=document.text[start:end], sentence=document.text[s.start:s.end])],
            qualifiers=qualifiers, explain=explain)

    def _capacity_across(self, prev: _Sentence, s: _Sentence, document: Document, info: _DocInfo,
                         facts: list[Fact]) -> Fact | None:
        """Overcrowding told in two sentences: a design capacity, then the head count
        ("The prison was built for 600 inmates. It currently holds 1,420."), the count
        within the capacity no overcrowding (negated); none where either sentence has
        an overcrowding fact of its own (values.headcount_across: the pack's words)."""
        found = headcount_across(prev.text, s.text)
        if found is None:
            return None
        n, c, over, m = found
        if any(f.type == "overcrowding" and f.evidence and f.evidence[0].start >= prev.start
               for f in facts[-12:]):
            return None
        before = self._situate(prev, 0, len(prev.text), "overcrowding", info)
        sit = self._situate(s, m.start("n"), m.end(), "overcrowding", info)
        if "HYPOTHETICAL" in before.cats or "NEGATED" in sit.cats:
            return None  # a capacity planned, or a count denied
        quals = {"headcount": n, "capacity": c, **sit.qualifiers()}
        if over:
            quals["percent_over_capacity"] = round(100 * (n - c) / c)
        start, end = s.start + m.start(), s.start + m.end()
        return Fact(
            id="", type="overcrowding", value=f"{n:g} held for {c:g} places" if over else None,
            negated=not over, certainty=sit.certainty, subject=sit.subject, subject_kind=sit.kind,
            attributed_to=sit.attributed, observed_on=sit.observed, confidence=0.7,
            evidence=[Evidence(document=document.id, start=start, end=end, text=document.text[start:end],
                               sentence=document.text[s.start:s.end]),
                      Evidence(document=document.id, start=prev.start, end=prev.end,
                               text=document.text[prev.start:prev.end], sentence=document.text[prev.start:prev.end])],
            qualifiers=quals,
            explain=Explanation(layer="derived", recognizer="derived.capacity_across",
                                pattern="pair_capacity + pair_count", matched=s.text[m.start():m.end()],
                                context=_flags(s, sit.mods), attribution_rule=sit.attribution_rule,
                                subject_rule=sit.subject_rule,
                                value_rule="headcount over capacity" if over else "headcount within capacity"))

    def _situate(self, s: _Sentence, start: int, end: int, type_: str, info: _DocInfo,
                 ignores: list[str] | None = None) -> _Situation:
        """The context of a fact at [start, end) of its sentence (both layers' facts)."""
        if s.triggers is None:
            s.triggers = self.context.triggers(s.text, s.lower or None, fast=self.prefilter, memo=s.memo)
        mods = self.context.modifiers(s.text, start, end, type_, s.triggers)
        if ignores:
            mods = [m for m in mods if m.rule.category not in ignores]
        unproven = [m for m in mods if m.rule.category == "UNPROVEN"]
        if unproven:  # "no se acreditó que": the words that say not proven are no negation of the fact
            mods = [m for m in mods if not (m.rule.category == "NEGATED" and any(
                u.start < m.end and m.start < u.end for u in unproven))]
        cats = {m.rule.category for m in mods}
        # who says so
        src = _nearest_source(s, start)
        if "HYPOTHETICAL" in cats:
            certainty = "hypothetical"
        elif "CONTESTED" in cats or "UNPROVEN" in cats:
            # "defendants deny that X": X is a disputed claim, not a negated fact; "it is not
            # established that X": a claim the court or body does not hold proven
            certainty = "contested"
        elif src is not None:
            certainty = src.certainty
        else:
            certainty = "asserted"
        attributed = src.label if src is not None else ("the court" if info.court_doc else "the author")
        source_kind = self.attributor.source_kind(src, info.author_kind)
        if s.opinion is not None and (src is None or src.kind == "court" or src.rule == "documentary evidence"
                                      or src.rule.startswith(OWN_FINDING)):
            # a dissent's or concurrence's own word (or what it says "the Court" found, or its own
            # reading of the record: "the record shows", "the logs reflect"): one judge's view, not
            # the court's finding
            # (the document's only opinion, after a one-line order, is the judicial statement of record)
            attributed, source_kind = s.opinion, ("court" if s.opinion_alone else "other")
            attribution_rule = "separate opinion (context.yaml sections)"
        elif s.claims and src is None:
            # a sentence of a part reciting the claims ("Plaintiff's Allegations"): the claimant's word
            attributed, source_kind = "the plaintiff", "party"
            if certainty == "asserted":
                certainty = "alleged"
            attribution_rule = "part reciting the claims (context.yaml sections)"
        else:
            attribution_rule = src.rule if src is not None else "no cue: the author's word"
        # about whom
        if s.general:  # a sentence of a judgment's general principles
            cats = cats | {"GENERAL"}
        if "GENERAL" in cats:
            subject, kind, subject_rule = "general", "general", "general-statement context"
        else:
            subject, kind, subject_rule = self._subject(s, start, info)
        unproven_by = None
        if "UNPROVEN" in cats and "HYPOTHETICAL" not in cats:
            # (dir17) the court or body named before the frame rejects the claim ("The court rejected as not
            # credible the claim that"), in any document; the claim is its claimant's ("the plaintiff's
            # assertion that"), not the word of the one who rejects it
            frame = next(m for m in mods if m.rule.category == "UNPROVEN")
            body = self.attributor.rejecting_body(s.text[:frame.start])
            unproven_by = (src.label if src is not None and src.kind == "court"
                           else "the court" if info.court_doc
                           else body if body is not None
                           # (dir17) "El tribunal rechazó ...": the court word before the frame
                           else self.attributor.court_before(s.text, start) or attributed)
            if src is None or (src.kind == "court" and src.start <= frame.start):
                claimant = self.attributor.rejected_claimant(s.text[frame.start:frame.end])
                claimant = claimant or self.attributor.v.unnamed_claimant
                if claimant is not None:
                    attributed, attribution_rule = claimant, f"claim rejected '{s.text[frame.start:frame.end]}'"
                    if src is not None:
                        source_kind = "other"  # the claimant's word, not the court's that rejects it
        return _Situation(mods, cats, certainty, attributed,
                          attribution_rule,
                          subject, kind, subject_rule, _observed_on(s.text, start, end, info.year), source_kind,
                          unproven_by)

    def _learned_facts(self, doc, offset: int, sents: list[_Sentence], candidates: list[_Candidate],
                       document: Document, info: _DocInfo) -> list[Fact]:
        """Step 7: the trained layer's facts, in sentences where the rules found none of
        the type (``doc`` tokenises the block of the text that starts at ``offset``)."""
        assert self.learned is not None
        local = {s.index: k for k, s in enumerate(sents)}
        covered = {(local[c.sent.index], c.cp.recognizer.type) for c in candidates if c.sent.index in local}
        out = []
        spans = [(s.start - offset, s.end - offset) for s in sents]
        for p in self.learned.proposals(doc, spans, covered):
            s = sents[p.sentence]
            fs, fe = p.focus[0] + offset - s.start, p.focus[1] + offset - s.start
            sit = self._situate(s, fs, fe, p.type, info)
            out.append(Fact(
                id="", type=p.type, negated="NEGATED" in sit.cats and not _lack_only(sit.mods),
                certainty=sit.certainty,
                subject=sit.subject, subject_kind=sit.kind, attributed_to=sit.attributed,
                observed_on=sit.observed, confidence=round(p.probability, 3),
                evidence=[Evidence(document=document.id, start=s.start, end=s.end, text=s.text,
                                   sentence=s.text)],
                qualifiers=sit.qualifiers(),
                explain=Explanation(
                    layer="model", recognizer=f"model.{self.learned.name}", pattern=f"p={p.probability:.2f}",
                    matched=s.text[fs:fe], terms=list(p.terms), context=_flags(s, sit.mods),
                    attribution_rule=sit.attribution_rule, subject_rule=sit.subject_rule)))
        return out

    def _rate_facts(self, sents: list[_Sentence], facts: list[Fact], document: Document,
                    info: _DocInfo) -> list[Fact]:
        """Hours a sentence gives for confinement_hours or exercise_time, told by the words of
        their own clause (values.rate_readings), and a cell's area in any spelling of its
        unit (values.area_readings), where no fact of the type in the sentence has that
        number: a valueless fact of the type takes it, else the reading is a fact of its
        own (situated like any other), so a number never waits for a phrase."""
        out: list[Fact] = []
        starts = [s.start for s in sents]
        by_sent: dict[int, list[Fact]] = {}  # the facts of each sentence that read a number
        for f in facts:
            if f.type in _READ_TYPES and f.evidence:
                k = bisect.bisect_right(starts, f.evidence[0].start) - 1
                if k >= 0 and f.evidence[0].start < sents[k].end:
                    by_sent.setdefault(k, []).append(f)
        for k, s in enumerate(sents):
            readings = rate_readings(s.text) + area_readings(s.text)
            if not readings:
                continue
            mine = by_sent.get(k, [])
            for r in readings:
                same = [f for f in mine if f.type == r.type]
                if any(_same_value(f.value, r.value, r.type) for f in same):
                    continue
                bare = [f for f in same if f.value is None and not f.negated and "no_value_because" not in f.qualifiers]
                if bare:
                    f = min(bare, key=lambda x: abs(x.evidence[0].start - (s.start + r.start)))
                    f.value, f.unit = r.value, r.unit
                    f.qualifiers.update(r.qualifiers)
                    if f.explain is not None:
                        f.explain.value_rule = f"from the clause: {r.rule}"
                    continue
                sit = self._situate(s, r.start, r.end, r.type, info)
                start, end = s.start + r.start, s.start + r.end
                new = Fact(
                    id="", type=r.type, value=r.value, unit=r.unit, negated="NEGATED" in sit.cats,
                    certainty=sit.certainty, subject=sit.subject, subject_kind=sit.kind,
                    attributed_to=sit.attributed, observed_on=sit.observed, confidence=0.8,
                    evidence=[Evidence(document=document.id, start=start, end=end,
                                       text=document.text[start:end], sentence=s.text)],
                    qualifiers={**r.qualifiers, **sit.qualifiers()},
                    explain=Explanation(
                        recognizer=f"values.{r.type}", pattern="a number read by its clause",
                        matched=s.text[r.start:r.end], context=_flags(s, sit.mods),
                        attribution_rule=sit.attribution_rule, subject_rule=sit.subject_rule,
                        value_rule=r.rule))
                mine.append(new)
                out.append(new)
        return out

    def _subject(self, s: _Sentence, pos: int, info: _DocInfo) -> tuple[str, str, str]:
        a = self.attributor
        head = s.text[:pos]
        best: tuple[int, str, str, str] | None = None  # (position, label, kind, rule)
        if info.detainee_key:
            rule = "named detainee" if info.detainee_key in info.people else "the party by role ('the applicant')"
            for m in re.finditer(rf"\b{re.escape(info.detainee_key)}\b", head):
                if best is None or m.start() > best[0]:
                    best = (m.start(), info.detainee, "person", rule)
        low = s.lower or lowered(s.text)
        memo = s.memo if s.memo is not None and s.memo.low is s.lower else None
        for m in a.group_scan.prefix_matches(s.text, low, pos, memo):
            label = " ".join(m.group(0).split())
            if _rx("no_one_group").match(label) and _rx("match_contrast").search(s.text, m.end(), pos):
                continue  # "No children were held, although a 15-year-old had been": not the boy's group
            if _rx("companion_group").search(s.text, max(0, m.start() - 24), m.end()) and (
                    info.detainee or a.pronoun_scan.prefix_matches(s.text, low, m.start(), memo)):
                continue  # "He shared a cell with three other prisoners": his companions, not the subject
            if _rx("party_group").fullmatch(m.group("noun").lower()) and info.detainee:
                label = f"{label} ({info.detainee})"
            if best is None or m.start() > best[0]:
                best = (m.start(), label, "group", "group noun phrase")
        for m in a.pronoun_scan.prefix_matches(s.text, low, pos, memo):
            p = m.group("p").lower()
            if _rx("plural_pronoun").fullmatch(p):
                continue
            if _rx("said_at_end").search(s.text[m.end():m.end() + 8]):
                continue
            target = info.detainee or info.group or _GROUP_DEFAULT
            cand = (m.start(), target, "person" if info.detainee else "group", f"pronoun '{m.group('p')}'")
            if best is None or cand[0] > best[0]:
                best = cand
        if info.detainee and _rx("role_noun").search(head):
            m = list(_rx("role_noun").finditer(head))[-1]
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
        for _type, group in by_type.items():
            pos = [f for f in group if not f.negated]
            neg = [f for f in group if f.negated]
            if pos and neg:
                pos_src = {f.attributed_to for f in pos}
                neg_src = {f.attributed_to for f in neg}
                if pos_src != neg_src:
                    for f in group:
                        if f.certainty == "alleged":
                            f.certainty = "contested"
        # explicit denials ("defendants deny that ...", "none of them remember ...") and
        # rejections (a court that finds a claim not credible): a denial contests the
        # alleged facts before it of the types it names, and, when it "denies the
        # allegations" without naming any, those of the sentence just before it and of the
        # rest of its paragraph.  Each fact is tested against the furthest reaching denial
        # of each kind (one pass over denials, one over facts).
        self._reverse(facts, trail)
        if trail.denials:
            self._deny(facts, trail)
        if trail.credits:
            self._credit(facts, trail)
        if trail.conclusions:
            self._conclude(facts, trail)

    #: how many sentences before a conclusion on the conditions it reaches
    CONCLUSION_REACH = 8

    def _conclude(self, facts: list[Fact], trail: _Trail) -> None:
        """The established facts a court's or a body's conclusion on the conditions follows (the
        sentences before it, ``CONCLUSION_REACH`` at most) are found to break the law: the finding's
        grade reads it (``found_violation_by``) as it reads such words in the fact's own sentence."""
        starts = trail.starts
        for f in facts:
            if f.certainty != "asserted" or f.negated or f.subject_kind == "general" or not f.evidence:
                continue
            k = bisect.bisect_right(starts, f.evidence[0].start) - 1
            for index, by in trail.conclusions:
                if 0 <= index - k <= self.CONCLUSION_REACH:
                    f.qualifiers["found_violation_by"] = by
                    break

    def _reverse(self, facts: list[Fact], trail: _Trail) -> None:
        """A court below's findings, in an opinion whose court reverses its judgment, are not
        established: they stand contested (a concern at most), as the court below's word."""
        if trail.reversed_at < 0:
            return
        for f in facts:
            if f.certainty == "asserted" and self.attributor.lower_court(f.attributed_to or ""):
                f.certainty = "contested"
                f.qualifiers["reversed_by"] = "the court of appeal"

    def _credit(self, facts: list[Fact], trail: _Trail) -> None:
        """Claims a court or official body credits in the next sentences ("We agree.", "The
        court credited his testimony.") or in the same sentence ("the complaint that guards
        beat him was substantiated") are its finding: established."""
        starts, paragraphs = trail.starts, trail.paragraphs
        by_sent: dict[int, _Credit] = {}
        for c in trail.credits:
            by_sent.setdefault(c.index, c)
            for back in range(1, c.back + 1):  # the sentences before, in the cue's paragraph
                k = c.index - back
                if k >= 0 and k < len(paragraphs) and paragraphs[k] == c.paragraph:
                    by_sent.setdefault(k, c)
        for f in facts:
            if f.certainty not in ("alleged", "contested") or f.qualifiers.get("rejected_by") \
                    or f.subject_kind == "general":
                continue
            at = f.evidence[0].start
            k = bisect.bisect_right(starts, at) - 1
            c = by_sent.get(k)
            if c is None:
                continue
            f.certainty = "asserted"
            f.qualifiers["credited_by"] = c.by
            f.qualifiers["source_kind"] = c.kind

    def _deny(self, facts: list[Fact], trail: _Trail) -> None:
        """Explicit denials and rejections contest (or reject) the alleged facts they reach."""
        reach_type: dict[str, _Denial] = {}
        by_para: dict[int, _Denial] = {}
        by_sent: dict[int, _Denial] = {}

        def further(table: dict, key, d: _Denial) -> None:
            if key not in table or table[key].limit < d.limit:
                table[key] = d

        for d in trail.denials:
            for t in d.types:
                further(reach_type, t, d)
            if d.answers_previous:
                further(by_para, d.paragraph, d)
            if d.answers_previous or d.previous:
                further(by_sent, d.index - 1, d)
        # a rejection also reaches the claim it restates in its own sentence ("the applicant does not
        # establish that guards struck him")
        own = {d.index: d for d in trail.denials if d.rejected_by}
        starts, paragraphs = trail.starts, trail.paragraphs
        for f in facts:
            if f.certainty not in ("alleged", "asserted"):
                continue
            at = f.evidence[0].start
            k = bisect.bisect_right(starts, at) - 1
            if k in own and own[k].limit <= at < own[k].end and not f.negated:
                f.certainty = "contested"
                f.qualifiers["rejected_by"] = own[k].rejected_by
                continue
            if f.certainty != "alleged":
                continue
            hits = [reach_type.get(f.type)]
            if 0 <= k < len(starts):
                hits += [by_sent.get(k), by_para.get(paragraphs[k])]
            reached = [d for d in hits if d is not None and at < d.limit]
            if reached:
                f.certainty = "contested"
                rejected_by = next((d.rejected_by for d in reached if d.rejected_by), None)
                if rejected_by:
                    f.qualifiers["rejected_by"] = rejected_by


#: value hooks that may reject a match for being the other reading of the same words
#: (resources/<lang>/recognizers.yaml pairs them: over_capacity / within_capacity)
_EXCLUSIVE_HOOKS = frozenset({"over_capacity", "within_capacity"})


def _hook_rejects(c: _Candidate) -> bool:
    """Whether the candidate's value hook rejects its words (only hooks that read one
    of two exclusive readings: the others reject in ``_fact``, as before)."""
    pat = c.cp.pattern
    if pat.value_hook not in _EXCLUSIVE_HOOKS or isinstance(c.cp, ComposedHit):
        return False
    res = HOOKS[pat.value_hook](c.match, c.sent.text)
    return res is not None and bool(res.reject)


_READ_TYPES = frozenset({"confinement_hours", "exercise_time", "cell_space"})


def _same_value(value: object, read: float, type_: str) -> bool:
    """Whether a fact's value is the reading's (a quarter hour; a tenth of an area)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    if type_ == "cell_space":
        return abs(float(value) - read) <= 0.1 * read
    return abs(float(value) - read) <= 0.25


def _flags(s: _Sentence, mods: list[ContextMatch]) -> list[ContextFlag]:
    return [ContextFlag(rule=m.rule.literal, category=m.rule.category, trigger=s.text[m.start:m.end],
                        start=s.start + m.start, end=s.start + m.end) for m in mods]


#: rule 44's measure of solitary confinement: hours a day in the cell
_SOLITARY_HOURS = 22


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
                or hours.value < _SOLITARY_HOURS:
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
            confidence=min(hours.confidence, contact.confidence),
            evidence=[*hours.evidence, *contact.evidence],
            qualifiers={"derived_from": ["confinement_hours", "no_meaningful_contact"],
                        **({"source_kind": hours.qualifiers["source_kind"]}
                           if "source_kind" in hours.qualifiers else {})},
            explain=Explanation(layer="derived", recognizer="derived.solitary_rule_44",
                                pattern="hours>=22 + no contact",
                                matched=hours.evidence[0].text,
                                attribution_rule="as the confinement_hours fact",
                                subject_rule="as the confinement_hours fact")))
    return out


def _durations(facts: list[Fact], document: Document, as_of: str | date | None = None) -> list[Fact]:
    """How long an isolation has lasted, where the sentence that states it gives a length
    its recognizers did not read: 'held in segregation since March 2016' (counted to
    ``as_of`` or the document's date), 'in solitary confinement—for over ten years',
    'for weeks at a time' (no number: the least it means, in a qualifier).

    An undated document (and no ``as_of``) gives no count from a start date: the fact
    keeps the start and says why it has no value; it never takes an event's date as
    the document's.
    """
    out: list[Fact] = []
    have = {(f.evidence[0].sentence, f.subject) for f in facts if f.type == "isolation_duration"}
    doc_date = parse_date(document.date) if document.date else None
    end, source = _end_date(document, as_of)
    seen: set[tuple[str | None, str]] = set()
    for f in facts:
        # 22 hours or more a day in the cell is isolation in practice (rule 44's measure):
        # "confined to his cell 23 hours a day for months" says how long it lasted too
        if not (f.type == "solitary" or (f.type == "confinement_hours" and isinstance(f.value, (int, float))
                                         and f.value >= _SOLITARY_HOURS)) \
                or f.negated or f.subject_kind == "general" \
                or f.certainty == "hypothetical" or "derived_from" in f.qualifiers:
            continue
        ev = f.evidence[0]
        sent = ev.sentence or ""
        if (sent, f.subject) in have or (sent, f.subject) in seen:
            continue
        if f.type == "confinement_hours" and _rx("shared_cell").search(sent):
            continue  # "24 hours a day in an overcrowded cell for months": shut in with others, not isolated
        # where the sentence starts in the document (the fact's words may occur twice in it)
        sent, at, sent_start = _place(f, document)
        dur = _nearest_duration(sent, at, at + len(ev.text), find_durations(
            sent, default_year=doc_date.year if doc_date else None, end=end, end_source=source))
        if dur is None and sent_start is not None and _rx("ongoing_there").match(document.text, sent_start + len(sent)):
            # "He was placed in the SHU in 2014. He has been there ever since."
            dur = _nearest_duration(sent, at, at + len(ev.text), find_durations(
                sent, default_year=doc_date.year if doc_date else None, end=end, end_source=source, ongoing=True))
        if dur is None and sent_start is not None:
            # "He was placed in solitary confinement. He remained there for 18 months."
            nxt = sent_start + len(sent)
            placed = sent, at
            sent, sent_start, dur = _stay_there(document, nxt, doc_date, end, source)
            hop = nxt
            for _ in range(_STAY_REACH - 1):
                # "... in the unit. They eat alone. Plaintiffs have been held in the unit for years.": a
                # stay that points back to the place ("there", "in the unit") a few sentences on, in the paragraph
                if dur is not None:
                    break
                stop = document.text.find(". ", hop)
                if stop < 0 or "\n\n" in document.text[hop:stop] or _rx("moved_to_place").search(
                        document.text[hop:stop].strip()):
                    break  # the paragraph ends, or he was moved elsewhere: "there" is that place
                hop = stop + 1
                sent, sent_start, dur = _stay_there(document, hop, doc_date, end, source)
            if dur is None:
                # "He was placed in segregation on 3 March 2019. He was released on 12 June 2019."
                sent, sent_start, dur = _released_after(document, *placed, nxt, doc_date)
            if dur is None or (sent, f.subject) in have or (sent, f.subject) in seen:
                continue
        if dur is None:
            continue
        quals = dict(dur.qualifiers)
        if "source_kind" in f.qualifiers:
            quals["source_kind"] = f.qualifiers["source_kind"]
        days = dur.days
        if "days_past_order" in quals:  # the order's length, stated before, plus the overstay
            order = next((g for g in reversed([*facts, *out]) if g.type == "isolation_duration"
                          and g.subject == f.subject and isinstance(g.value, (int, float))
                          and g.evidence[0].start < ev.start and "days_past_order" not in g.qualifiers), None)
            if order is not None:
                days = float(order.value) + quals["days_past_order"]
                quals.pop("no_value_because", None)
                quals["order_days"] = order.value
        evidence = [ev]
        if sent_start is not None:
            evidence.append(Evidence(document=ev.document, start=sent_start + dur.start,
                                     end=sent_start + dur.end, text=sent[dur.start:dur.end], sentence=sent))
        since = dur.qualifiers.get("since")
        out.append(Fact(
            id="", type="isolation_duration", unit="days", negated=False,
            value=int(days) if days is not None and float(days).is_integer() else days,
            certainty=f.certainty, subject=f.subject, subject_kind=f.subject_kind,
            attributed_to=f.attributed_to, observed_on=since or f.observed_on, evidence=evidence,
            qualifiers=quals, confidence=f.confidence,
            explain=Explanation(layer="derived", recognizer="derived.isolation_duration",
                                pattern="isolation + a length of time",
                                matched=sent[dur.start:dur.end], value_rule=dur.rule,
                                attribution_rule="as the solitary fact", subject_rule="as the solitary fact")))
        seen.add((sent, f.subject))
    return out


def _occupants_across(facts: list[Fact], document: Document) -> None:
    """How many share a cell whose size one sentence gives and the next sentence tells
    ("The cells measure 9 square metres. Each holds up to six detainees."): the cell_space
    fact gets ``occupants`` and ``m2_per_person``, and the next sentence as evidence (the
    pack's ``pair_occupants`` opening it, groups ``n``/``n2``/``n3`` and ``other``; a count
    of beds or staff, ``pair_not_held``, is none)."""
    for f in facts:
        if f.type != "cell_space" or f.unit != "m2" or not isinstance(f.value, (int, float)) or not f.evidence \
                or "occupants" in f.qualifiers or f.qualifiers.get("area_is_per_person"):
            continue
        sent, _, sent_start = _place(f, document)
        if sent_start is None:
            continue
        at = sent_start + len(sent)
        m = _rx("pair_occupants").match(document.text, at)
        if m is None or _rx("pair_not_held").match(document.text, m.end()):
            continue
        gd = m.groupdict()
        said = next((gd[k] for k in ("n", "n2", "n3") if gd.get(k)), None)
        n = parse_number(said) if said else None
        if not n or implausible(n, "people"):
            continue
        if gd.get("other"):
            n += 1  # "He shared it with two other men": three in it
        stop = document.text.find(".", m.end())
        nxt_start = at + len(m.group(0)) - len(m.group(0).lstrip())
        nxt = document.text[nxt_start:stop + 1 if stop >= 0 else len(document.text)]
        f.qualifiers.update({"occupants": n, "m2_per_person": round(float(f.value) / n, 2)})
        f.evidence.append(Evidence(document=f.evidence[0].document, start=nxt_start, end=at + len(m.group(0)),
                                   text=document.text[nxt_start:at + len(m.group(0))], sentence=nxt))


def _place_before(facts: list[Fact], document: Document) -> None:
    """A fact told in a sentence that opens by pointing back to a place ("There, the lights
    were never turned off.", the pack's ``there_opening``) right after a sentence that puts
    someone in a place of custody ("He was moved to the segregation unit in May.",
    ``moved_to_place``): that sentence is evidence of the fact too (where it is, and about
    whom); a "There," with no such sentence before it, or after a case cited (``case_cited``:
    a precedent's "There, the court held"), stays as it is."""
    opening = _rx("there_opening")
    for f in facts:
        if not f.evidence or len(f.evidence) > 1 or not opening.match(f.evidence[0].sentence or ""):
            continue
        sent, _, sent_start = _place(f, document)
        if not sent_start:
            continue
        lead = document.text[max(0, sent_start - 400):sent_start]
        if "\n\n" in lead or not lead.rstrip().endswith("."):
            lead = lead.rsplit("\n\n", 1)[-1]
        cut = max(lead.rstrip()[:-1].rfind(". "), lead.rfind("\n"))
        prev = lead[cut + 1:].strip()
        if not prev or not _rx("moved_to_place").search(prev) or _rx("case_cited").search(lead):
            continue
        at = document.text.rfind(prev, 0, sent_start)
        f.evidence.append(Evidence(document=f.evidence[0].document, start=at, end=at + len(prev),
                                   text=prev, sentence=prev))


#: how many sentences after a placement a stay "there" or "in the unit" may be told
_STAY_REACH = 3


def _stay_there(document: Document, at: int, doc_date: date | None, end: date | None,
                source: str) -> tuple[str, int, object | None]:
    """The next sentence, where it says how long he stayed there ("He remained there for
    18 months"), and that length (None where it says none)."""
    m = _rx("stay_there").match(document.text, at)
    if m is None:
        return "", at, None
    start = at + len(m.group(0)) - len(m.group(0).lstrip())
    stop = document.text.find(".", m.end())
    sent = document.text[start:stop + 1 if stop >= 0 else len(document.text)]
    there = sent.lower().find(" there")
    found = [d for d in find_durations(sent, default_year=doc_date.year if doc_date else None, end=end,
                                       end_source=source) if d.start >= there and d.days is not None]
    return sent, start, (found[0] if found else None)


def _released_after(document: Document, sent: str, at: int, nxt: int,
                    doc_date: date | None) -> tuple[str, int, Duration | None]:
    """The next sentence, where it says when he left the isolation begun on a day the
    sentence before gives after the fact's words (the pack's ``released_next``, then a
    date), and the days between (None where either day is not a full date)."""
    m = _rx("released_next").match(document.text, nxt)
    if m is None:
        return "", nxt, None
    year = doc_date.year if doc_date else None
    began = [d for d in find_dates(sent, year) if d[0] >= at and len(d[2]) == 10]
    start = nxt + len(m.group(0)) - len(m.group(0).lstrip())
    stop = document.text.find(".", m.end())
    nsent = document.text[start:stop + 1 if stop >= 0 else len(document.text)]
    left = [d for d in find_dates(nsent, year) if d[0] >= m.end() - start and len(d[2]) == 10]
    if not began or not left:
        return nsent, start, None
    a, b = parse_date(began[0][2]), parse_date(left[0][2])
    if a is None or b is None or not 0 < (b - a).days < 20 * 366:
        return nsent, start, None
    return nsent, start, Duration(left[0][0], left[0][1], float((b - a).days), "placed on a day, released on another",
                                  {"since": began[0][2], "until": left[0][2]})


def _end_date(document: Document, as_of: str | date | None) -> tuple[date | None, str]:
    """The date a stay from a start date is counted to, and what it is."""
    end = parse_date(as_of) if isinstance(as_of, str) else as_of
    if end is not None:
        return end, "--as-of"
    if document.date and len(document.date) >= 10:
        return parse_date(document.date), "the document's date"
    return None, "the document's date"


def _place(f: Fact, document: Document) -> tuple[str, int, int | None]:
    """The fact's sentence, where its words start in it, and where the sentence starts in
    the document (None where it cannot be found)."""
    ev = f.evidence[0]
    sent = ev.sentence or ""
    k = document.text.find(sent, max(0, ev.end - len(sent)), ev.start + len(sent)) if sent else -1
    if k >= 0:
        return sent, ev.start - k, k
    return sent, max(0, sent.find(ev.text)), None


def fill_values(facts: list[Fact], document: Document, as_of: str | date | None = None) -> None:
    """A number-valued fact whose own words gave no number takes it from its clause
    ("inadequate recreation: one hour a week", "the cell, which four men share, measures
    9 m2"); a fact that says why it has none (out of range, no end date) keeps none;
    then every number outside its unit's plausible range is dropped, with the reason.
    Facts from any layer (recognizers, a trained model) can pass through it."""
    end, source = _end_date(document, as_of)
    doc_date = parse_date(document.date) if document.date else None
    for f in facts:
        if f.type not in NUMERIC_TYPES or f.value is not None or f.negated \
                or "no_value_because" in f.qualifiers or not f.evidence:
            continue
        sent, at, _k = _place(f, document)
        if not sent:
            continue
        durations = find_durations(sent, default_year=doc_date.year if doc_date else None, end=end,
                                   end_source=source) if f.type == "isolation_duration" else None
        res = clause_value(f.type, sent, at, at + len(f.evidence[0].text), durations=durations)
        if res is None or (res.value is None and "no_value_because" not in res.qualifiers):
            continue
        f.value = res.value
        f.unit = res.unit or f.unit
        f.qualifiers.update(res.qualifiers)
        if f.explain is not None:
            f.explain.value_rule = res.rule
    _check_ranges(facts)


def _check_ranges(facts: list[Fact]) -> None:
    """A number outside its unit's plausible range (values.PLAUSIBLE) is no value: the
    fact stays, its value moves to a qualifier with the reason."""
    for f in facts:
        v = f.value
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            why = implausible(float(v), f.unit)
            if why is not None:
                f.qualifiers.update({"implausible_value": v, "no_value_because": why})
                f.value = None


def _nearest_duration(sent: str, start: int, end: int, durations: list) -> object | None:
    """The length of time that belongs to the isolation at [start, end): in its clause,
    right after it (within 12 words) or before it ('Since 2015, he has been held in
    segregation'; within 12 words)."""
    best = None
    for d in durations:
        gap = (end, d.start) if d.start >= end else (d.end, start) if d.end <= start else None
        if gap is None:  # the length's words hold the isolation's ("... after the segregation order")
            # or share some ("punitive segregation of 30 days": the fact's words end in its lead)
            best = (0, d)
            continue
        between = sent[gap[0]:gap[1]]
        if len(re.findall(r"[\w’'\-]+", between)) > 12:
            continue
        if _rx("clause_break").search(between):
            if d.days is None or d.end > start or not _rx("length_while_in").fullmatch(between):
                continue
            # "for 30 days while he was kept in a segregated cell": at least that long
            d = Duration(d.start, d.end, d.days, d.rule, {**d.qualifiers, "at_least": True})
        if _rx("other_stay").search(sent[max(0, d.start - 40):d.start]) and d.end <= start:
            continue
        dist = gap[1] - gap[0]
        if best is None or dist < best[0]:
            best = (dist, d)
    return best[1] if best else None


def _has_reporting_hint(text: str) -> bool:
    return _rx("report_hint").search(text) is not None


#: an item of a list: a bullet, "1.", "1°)", "a)", "(ii)"
_LIST_ITEM = re.compile(r"\s*(?:[\-–—•●▪*]|\d{1,2}\s*°\s*\)?|\d{1,2}[.)]|[a-z][.)]|\([a-z0-9]{1,4}\))\s")
#: how many items a claim that introduces a list carries over at most
_LIST_ITEMS = 40


#: how many sentences on a quotation opened in one sentence may close with its speaker
_QUOTE_REACH = 4


#: quotation marks that open and close (curly quotes, guillemets); straight quotes are read by parity
_QUOTE_PAIRS = (("\u201c", "\u201d"), ("\u00ab", "\u00bb"))


def _open_quote(text: str) -> bool:
    """Whether the sentence opens a quotation it does not close (an opening mark left open, or an
    odd number of straight quotes, the first near the sentence's start)."""
    if any(text.count(o) > text.count(c) for o, c in _QUOTE_PAIRS):
        return True
    first = text.find('"')
    return text.count('"') % 2 == 1 and 0 <= first < 3


def _quote_close(text: str) -> int | None:
    """Where a quotation opened in an earlier sentence closes in this one (the first closing mark
    before any opening one), or None."""
    for o, c in _QUOTE_PAIRS:
        at = text.find(c)
        if at >= 0 and text.find(o, 0, at) < 0:
            return at
    if text.count('"') % 2 == 1 and text.find('"') >= 3:
        return text.find('"')
    return None


def _quoted_across(sents: list[_Sentence]) -> None:
    """A quotation of several sentences is the word of whom its closing tag names: '"Overcrowding
    remained a problem. Juveniles were held with adults," the report said.' (the first sentence
    has no cue of its own; it is no statement of the author's)."""
    for i, s in enumerate(sents):
        if s.sources or s.carried is not None or not _open_quote(s.text):
            continue
        for j in range(i + 1, min(len(sents), i + 1 + _QUOTE_REACH)):
            t = sents[j]
            if t.paragraph != s.paragraph:
                break
            close = _quote_close(t.text)
            if close is None:
                continue  # still inside the quotation
            src = next((x for x in t.sources or () if x.start >= close), None)
            if src is not None:
                for k in range(i, j):
                    if not sents[k].sources and sents[k].carried is None:
                        sents[k].carried = _carried(src, "quotation closed in a later sentence")
            break


def _carried(src: Source, how: str = "carried from an earlier sentence of the paragraph") -> Source:
    """The source as it carries to other sentences (the explanation says how)."""
    return Source(src.label, src.certainty, f"{how}: {src.rule}", src.start, src.kind, src.speaker)


def _across(contrast: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """The last contrast between clauses inside a match at [start, end) of its sentence, if any."""
    last = None
    for b in contrast.finditer(text, start, end):
        if b.start() > start and b.end() < end:
            last = b
    return last


def _lack_only(mods: list[ContextMatch]) -> bool:
    """Whether the fact's only negation is a lack of the means to provide it (a rule's ``lack``)."""
    neg = [m for m in mods if m.rule.category == "NEGATED"]
    return bool(neg) and all(m.rule.lack for m in neg)


def _nearest_source(s: _Sentence, pos: int) -> Source | None:
    """The cue before the fact; or the first after it ("X, he said"), unless a new
    coordinated clause starts in between ("lights are on, and he said that ...")."""
    sources = s.sources
    opening = _rx("opening_subclause").match(s.text)
    if opening is not None and opening.end() <= pos:
        # (grade16) "Although the government claimed conditions had improved, inmates received one meal a day,
        # according to NGOs": a cue inside an opening subordinate clause does not reach the main clause
        sources = [x for x in sources if x.start >= opening.end()]
    before = [x for x in sources if x.start <= pos]
    # a claim told as a noun reaches its own clause: the speaker's finding after it (", but finds
    # that ...", "; the record shows that ...") is no part of the claim
    while before and before[-1].rule.startswith("claim noun") \
            and _rx("rejection_end").search(s.text, before[-1].start, pos):
        before.pop()
        if not before:
            return None
    if before:
        end = _rx("nominal_claim_end").match(s.text, before[-1].start)
        if end is not None and end.end() <= pos + 1:
            return s.carried  # "complained of victimisation and too many prisoners were locked up": not theirs
        return before[-1]
    if sources and not _rx("coordination").search(s.text, pos, sources[0].start):
        return sources[0]
    if sources and sources[-1] is sources[0]:
        # "..., dirty, and infested with rats, the charity reported.": a reporting clause that closes the
        # sentence frames all of it, whatever list comes before it
        m = _rx("closing_report").search(s.text, pos)
        if m is not None and m.start() < sources[0].start < m.end():
            return sources[0]
    return s.carried if len(sources) == len(s.sources) else None


def _observed_on(sentence: str, start: int, end: int, year: int | None) -> str | None:
    dates = find_dates(sentence, default_year=year)
    if not dates:
        return None
    # a range "from X to Y" wins
    for m in _rx("date_range").finditer(sentence):
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
    """The process-wide extractor for a language (built once); ConfigError for a
    language without a pack (never another language's rules)."""
    return Extractor(lang)


class Router:
    """Reads each document with the pack of its language (``Document.language``, or
    ``lang`` for every document: ``--lang``); a document in a language without a pack
    gets no facts and is marked not assessed (``Extraction.not_assessed``), never read
    with another language's rules.  Same interface as ``Extractor.extract_document``."""

    def __init__(self, lang: str | None = None,
                 factory: Callable[[str], Extractor] | None = None) -> None:
        self.lang = pack_code(lang)
        self._factory = factory or default_extractor

    def language_of(self, document: Document) -> str:
        """The pack code a document is read with: ``lang``, else its own, else English."""
        return self.lang or pack_code(document.language) or "en"

    def extractor(self, lang: str) -> Extractor:
        return self._factory(lang)

    def prepare(self, document: Document) -> None:
        """Build the extractor ``document`` needs now (a broken pack raises ConfigError)."""
        lang = self.language_of(document)
        if has_pack(lang):
            self.extractor(lang)

    def extract_document(self, document: Document, *, as_of: str | date | None = None) -> Extraction:
        lang = self.language_of(document)
        if self.lang and document.language != self.lang:
            document = document.model_copy(update={"language": self.lang})
        if not has_pack(lang):
            return Extraction(documents=[document], not_assessed=[not_assessed_entry(document, lang)])
        return self.extractor(lang).extract_document(document, as_of=as_of)


def not_assessed_entry(document: Document, lang: str | None = None) -> dict[str, str]:
    """The ``not_assessed`` record of a document in a language without a pack."""
    lang = pack_code(lang or document.language) or "?"
    return {"document": document.path or document.title or document.id[:12], "language": lang,
            "reason": no_pack_reason(lang)}
