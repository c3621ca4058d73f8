"""Who says so, and how sure: attribution and certainty, and the subject of a fact.

The vocabularies (reporting verbs, court words, official titles, group nouns ...)
are data in ``resources/<lang>/attribution.yaml``; this module holds the small
amount of logic that reads a sentence with them.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Mapping

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from dignity.errors import ConfigError
from dignity.extract.languages import compile_flagged
from dignity.extract.prefilter import Scanner, lowered, never_empty, requirements, satisfied
from dignity.extract.recognizer import read_resource
from dignity.rulecache import compile_regex

__all__ = ["Vocabulary", "DocumentKind", "Source", "Attributor", "load_attributor", "SOURCE_KINDS", "last_named",
           "NameIndex", "ESTABLISHING_KINDS"]



#: what ends the clause a reporting verb closes, looking back from the verb
_CLAUSE_BOUNDS = (";", ":", "(", ")", "“", "—", " – ", " that ", " which ")


def _last_boundary(text: str) -> tuple[int, str]:
    """The last clause boundary in ``text`` (``_CLAUSE_BOUNDS``): its position and itself, or (-1, "")."""
    return max(((text.rfind(b), b) for b in _CLAUSE_BOUNDS), key=lambda t: t[0], default=(-1, ""))


class DocumentKind(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: str
    cues: list[str]


class Vocabulary(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int = 1
    claim_verbs: list[str]
    finding_verbs: list[str]
    denial_verbs: list[str]
    hearsay_adverbs: list[str]
    according_to: list[str]
    court_words: list[str]
    official_titles: list[str]
    org_words: list[str]
    place_words: list[str]
    not_names: list[str] = Field(default_factory=list)
    #: courtesy titles that introduce a person by one surname ("Mr. Karimov", "Mme Durand")
    courtesy_titles: list[str] = Field(default_factory=list)
    detainee_roles: list[str]
    #: a party's role written right before a name ("Plaintiff James Hall"): the name is a person's,
    #: whatever words it shares with organisations or places ("Hall", "Church")
    party_roles: list[str] = Field(default_factory=list)
    group_nouns: list[str]
    group_modifiers: list[str] = Field(default_factory=list)
    court_document_cues: list[str]
    auxiliaries: list[str]
    monitor_words: list[str] = Field(default_factory=list)
    document_kinds: list[DocumentKind] = Field(default_factory=list)
    rejection_cues: list[str] = Field(default_factory=list)
    #: words that may open a claim noun's possessor match without being part of it ("In
    #: Smith's claim": the possessor is Smith)
    possessor_openers: list[str] = Field(default_factory=list)
    #: a possessive before a claim noun and the speaker it names ("his contention that": he)
    possessive_speakers: dict[str, str] = Field(default_factory=dict)
    #: who a possessive names where no one was named before it
    default_claimant: str = "the plaintiff"
    #: who a claim a court or body rejects is told as, where the rejection names no one ("rejected the claim that");
    #: None: the fact keeps the source its sentence gives it
    unnamed_claimant: str | None = None
    #: named regexes of the step (``Attributor._rx``), flags inline ("(?i)"); a missing
    #: one matches nothing
    patterns: dict[str, str] = Field(default_factory=dict)


#: The kinds of source a fact may rest on (``Fact.qualifiers["source_kind"]``), and
#: which of them establish a fact by themselves (a finding, an observation on a
#: visit, an admission): the others are one allegation each.
SOURCE_KINDS = ("court", "monitor", "author_observation", "authorities", "ngo", "party", "detainee",
                "press", "relayed", "author", "other")
ESTABLISHING_KINDS = frozenset({"court", "monitor", "author_observation", "authorities"})
#: the rule of a source that is a body's concern at what it was told ("is concerned at reports that")
RELAYED_CONCERN = "hearsay: a body's concern at"
#: the rule of a source that is the author's own finding told with no subject (pattern ``own_finding``)
OWN_FINDING = "own finding"


@dataclass
class Source:
    label: str  # "Amnesty International (Justin Mazzola)", "the court"
    certainty: str  # asserted | alleged
    rule: str  # which attribution rule found it
    start: int = -1  # offset of the cue within the sentence
    kind: str = "other"  # court | author | party | detainee | ngo | government | other
    speaker: str | None = None  # the person who spoke, for a later "he said"
    #: a claim told as a noun ("plaintiff's claim that ...") that the court rejects in its sentence
    rejected: bool = False


def _alt(words: list[str]) -> str:
    return "|".join(sorted((re.escape(w).replace("\\ ", r"\s+") for w in words), key=len, reverse=True))


#: capitals and letters of names, accented ones too ("Pérez", "Ñúñez", "Müller", "Séverine")
_UP = "A-ZÀ-ÖØ-Þ"
_LETTER = "a-zA-ZÀ-ÖØ-öø-ÿ"
_NAME_TOKEN = rf"(?:[{_UP}][a-z]{{1,2}}\.(?=[ \t]+[{_UP}])|[{_UP}][{_LETTER}'’\-]+|[{_UP}]\.)"
# (the first capital, then the look-behind: ``(?<![\w.])(?:{_NAME_TOKEN})`` as written, but
# a pattern that begins with a class is searched for its first letter in C, not tried at
# every character); a short word with its dot before a capital leads a name ("Mr. Karimov")
_NAME_RX = compile_regex(
    rf"[{_UP}](?<![\w.][{_UP}])(?:[a-z]{{1,2}}\.(?=[ \t]+[{_UP}])|[{_LETTER}'’\-]+|\.)"
    rf"(?:[ \t]+(?:“[^”\n]{{1,30}}”|\"[^\"\n]{{1,30}}\"|(?:de|del|la|van|von|bin|al)\b|{_NAME_TOKEN}))*"
    rf"(?:,?[ \t]+Jr\.?)?")


_SPACE = compile_regex(r"\s")
#: matches nothing, and fails at once (led by ``\A``, it is tried at the start only)
_NEVER = compile_regex(r"\A(?!)")
_CAPITALISED = compile_regex(rf"[{_UP}](?<!\w[{_UP}])[{_LETTER}'’\-]+")  # "\b[A-Z]...", searched by its class
#: the people who run the place of detention: what they say is the authorities' word


class Attributor:
    def __init__(self, vocab: Vocabulary) -> None:
        self.v = vocab
        self._patterns: dict[str, re.Pattern[str]] = {}
        self._needs: dict[str, tuple[tuple[str, ...], ...]] = {}  # ``_search``: words each regex needs
        self._search_scans: dict[str, Scanner | None] = {}  # ``_search``: each regex's scanner
        self._scans: dict[str, Scanner | None] = {}  # pack regexes searched by their twins
        aux = _alt(vocab.auxiliaries)
        # an adverb of manner between the speaker and the verb ("the appellees basically testified"): the
        # pack's pattern ``adverb`` (English "-ly" in lower case), not part of the speaker's name
        adverb = vocab.patterns.get("adverb")
        if adverb:
            aux = f"{aux}|{adverb}"
        self.claim_rx = compile_regex(
            rf"\b(?:(?:{aux})\s+)*(?P<verb>{_alt(vocab.claim_verbs)})\b(?P<passive>)", re.I)
        self.finding_rx = compile_regex(rf"\b(?:(?:{aux})\s+)*(?P<verb>{_alt(vocab.finding_verbs)})\b", re.I)
        self.denial_rx = compile_regex(rf"\b(?P<verb>{_alt(vocab.denial_verbs)})\b", re.I)
        self.hearsay_rx = compile_regex(rf"\b(?:{_alt(vocab.hearsay_adverbs)})\b", re.I)
        # the source after "according to" and the group noun phrase: templates of the pack
        # (patterns ``according_template``, ``group_template``), else plain forms
        self.according_rx = compile_flagged(vocab.patterns.get(
            "according_template", r"\b(?:{ACCORDING})\s+(?P<src>[^,;:.()]{2,90}?)(?=\s*(?:[,;:()]|\.\s|\.$|$))"
        ).replace("{ACCORDING}", _alt(vocab.according_to)), re.I)
        self._according = Scanner(self.according_rx)
        self._claim = Scanner(self.claim_rx)
        self._finding = Scanner(self.finding_rx)
        self._hearsay = Scanner(self.hearsay_rx)
        self._denial = Scanner(self.denial_rx)
        self.court_rx = compile_regex(rf"\b(?:{_alt(vocab.court_words)})\b", re.I)
        self.title_rx = compile_regex(rf"\b(?:{_alt(vocab.official_titles)})\s*$", re.I)
        # "Manfred Nowak, Special Rapporteur on torture": an official named before the title
        self.title_after_rx = compile_regex(
            rf"\s*,\s*(?:[\w’'\-]+\s+){{0,3}}?"
            rf"(?:{_alt(vocab.official_titles)})\b", re.I)
        self.org_words = {w.lower() for w in vocab.org_words}
        #: one-word official titles, as a name's first word ("Sgt. D. Doane", "Warden Smith"): never the detainee
        #: (a courtesy title is none: "M. John Clasens", "Mr. Ortiz")
        self.title_words = ({w.lower().rstrip(".") for w in vocab.official_titles if " " not in w.strip()}
                            - {w.lower().rstrip(".") for w in vocab.courtesy_titles})
        self.party_roles = {w.lower() for w in vocab.party_roles}
        self.place_words = {w.lower() for w in vocab.place_words}
        self.not_names = {w.lower() for w in vocab.not_names}
        self.courtesy = {w.lower().rstrip(".") for w in vocab.courtesy_titles}
        #: a courtesy title in small letters right before a name ("el señor Pérez", "monsieur Dupont")
        self.courtesy_before_rx = re.compile(
            r"(?i)\b(" + "|".join(sorted(map(re.escape, self.courtesy), key=len, reverse=True)) + r")\.?\s+$"
            if self.courtesy else r"(?!x)x")
        self.role_rx = compile_regex(rf"\b(?:{_alt(vocab.detainee_roles)})\b", re.I)
        mods = _alt(vocab.group_modifiers) if vocab.group_modifiers else "a^"
        self.group_rx = compile_flagged(vocab.patterns.get(
            "group_template", r"\b(?:(?:{MODS})[\s\-]+){0,3}(?P<noun>{NOUNS})\b"
        ).replace("{MODS}", mods).replace("{NOUNS}", _alt(vocab.group_nouns)), re.I)
        self.court_doc_rx = compile_regex(rf"(?:{_alt(vocab.court_document_cues)})", re.I)
        self.pronoun_rx = self._rx("pronoun")
        self.group_scan = Scanner(self.group_rx)
        self.pronoun_scan = Scanner(self.pronoun_rx)
        self._court_doc = Scanner(self.court_doc_rx)
        self.monitor_rx = compile_regex(rf"\b(?:{_alt(vocab.monitor_words)})\b", re.I) if vocab.monitor_words else None
        self.doc_kinds = [(k.kind, compile_regex(rf"(?:{_alt(k.cues)})", re.I)) for k in vocab.document_kinds
                          if k.kind in SOURCE_KINDS and k.cues]
        # the same searches by their lower-case twins (prefilter.py)
        self._doc_kind_scans = [(kind, Scanner(rx)) for kind, rx in self.doc_kinds]
        self.rejection_rx = (compile_regex(rf"\b(?:{_alt(vocab.rejection_cues)})\b", re.I)
                             if vocab.rejection_cues else None)
        self._rejection = Scanner(self.rejection_rx) if self.rejection_rx is not None else None

    def _gated(self, name: str, text: str, lower: str | None
               ) -> tuple[re.Pattern[str], str, Scanner | None] | None:
        """The regex ``name``, the text lower-cased (``lower``, when known) and its scanner (None where a
        match may be empty); None where the text lacks a word every match needs
        (``prefilter.requirements``: the same result, most texts ruled out at once)."""
        rx = self._rx(name)
        needs = self._needs.get(name)
        if needs is None:
            needs = self._needs[name] = requirements(rx.pattern, rx.flags)
        low = lowered(text) if lower is None else lower
        if needs and not satisfied(needs, low):
            return None
        # by its lower-case twin (no case folding at every character: the endorsement and
        # concession cues cost half as much), where no match is empty: the same first match
        scan = self._search_scans.get(name, False)
        if scan is False:
            scan = self._search_scans[name] = Scanner(rx) if never_empty(rx) else None
        return rx, low, scan

    def _search(self, name: str, sentence: str, lower: str | None = None) -> re.Match[str] | None:
        """``self._rx(name).search(sentence)``, through ``_gated`` (``lower``: the sentence
        lower-cased character for character, when known)."""
        gated = self._gated(name, sentence, lower)
        if gated is None:
            return None
        rx, low, scan = gated
        return scan.search(sentence, low) if scan is not None else rx.search(sentence)

    def _finditer(self, name: str, text: str, lower: str | None = None):
        """``self._rx(name).finditer(text)`` (its non-empty matches) for a regex run over a
        document's head, through ``_gated``: nothing where the text lacks a word every match needs."""
        gated = self._gated(name, text, lower)
        if gated is None:
            return iter(())
        rx, low, scan = gated
        return scan.matches(text, low) if scan is not None else (m for m in rx.finditer(text) if m.end() > m.start())

    def _rx(self, name: str) -> re.Pattern[str]:
        """The pack's regex ``name`` (``attribution.yaml``, ``patterns``), compiled once."""
        rx = self._patterns.get(name)
        if rx is None:
            source = self.v.patterns.get(name)
            rx = self._patterns[name] = compile_flagged(source) if source is not None else _NEVER
        return rx

    # ---------------------------------------------------------------- source kinds
    def document_kind(self, text: str, *, court_doc: bool | None = None) -> str:
        """What the document's own author is: ``court`` (an opinion), ``author_observation``
        (a visit note), ``monitor`` (an official inspection or monitoring report), ``party``
        (a lawyer's letter), ``press``, or ``author`` where no cue says."""
        if court_doc if court_doc is not None else self.is_court_document(text):
            return "court"
        head = text[:20000]
        low = lowered(head)
        for kind, scan in self._doc_kind_scans:
            if scan.search(head, low) is not None:
                return kind
        return "author"

    def source_kind(self, src: Source | None, author_kind: str = "author", *, negated: bool = False) -> str:
        """The kind of source a fact rests on (one of ``SOURCE_KINDS``): the document's
        author where no cue names another source, else the cue's source."""
        if src is None:
            return author_kind
        if src.rule == "documentary evidence" or src.rule.startswith(OWN_FINDING):
            return author_kind  # (probes2) the record the author reads: the author's own evidence
        if src.label == "an unnamed source" or "hearsay" in src.rule or "passive reporting verb" == src.rule:
            return "relayed"
        if src.kind == "court":
            if src.certainty != "asserted":
                return "relayed"  # what a court or body "received" or "heard", it relays
            if self.monitor_rx is not None and self.monitor_rx.search(src.label):
                return "monitor"
            return "court" if author_kind != "monitor" else "monitor"
        if src.kind == "government":
            return "authorities"
        if src.kind in ("party", "detainee", "ngo"):
            return src.kind
        kind = self.label_kind(src.label, src.certainty)
        if kind in ("author", "other"):
            return "press" if author_kind == "press" else "other"
        return kind

    def label_kind(self, label: str, certainty: str = "asserted") -> str:
        """The kind of a source known only by its label (a fact built without the
        extractor, a case file's fact): the same vocabularies, read on the label."""
        low = (label or "").strip().lower()
        if low in ("", "the author", "author"):
            return "author"
        if "unnamed" in low or low.startswith(("reports", "unnamed")):
            return "relayed"
        if self._rx("executive_body").search(low):
            return "authorities"  # a ministry (of justice, of the interior): the executive, not a court
        if self.court_rx.search(label) and not self._rx("party_to_case").search(low) \
                and not self._rx("court_word_in_org_name").search(low):
            if certainty != "asserted":
                return "relayed"
            return "monitor" if self.monitor_rx is not None and self.monitor_rx.search(label) else "court"
        if self._rx("detainee_label").search(low):
            return "detainee"
        if self._rx("official").search(low) or self._rx("custodial").search(low):
            return "authorities"
        if self._rx("lawyer_label").search(low):
            return "party"
        if self._rx("ngo_label").search(low):
            return "ngo"
        return "other"

    def court_rejection(self, sentence: str, lower: str | None = None) -> re.Match[str] | None:
        """Words by which a court says a claim was not proven ("plaintiff has failed to
        establish", "no ha demostrado", "n'établit pas"): a rejection only when the court
        says it of the claimant, not of the defence ("the State has not shown a need") nor
        as a lower court's reasoning under appeal (the caller checks that a court speaks)."""
        m = self._search("court_rejection", sentence, lower)
        if m is None:
            return None
        before = sentence[:m.start()]
        if self._rx("defence_subject").search(before) or self._rx("lower_court").search(before):
            return None
        return m

    def _inside_claim(self, sentence: str, at: int, found: list[Source]) -> bool:
        """(dir17) Whether a finding verb at ``at`` is told inside the clause of a claim before it in its sentence
        ("Según un exinterno, la Defensoría constató que ...", "L'avocat allègue que les contrôleurs ont
        constaté que ..."): the claimant's word of a finding, not the finding; a clause of its own after the
        claim (the pack's ``claim_scope_end``: "; ", "pero", ", y la Comisión ...") ends the claim, and a
        body that credits the claim after it ("cifra que la Sala encuentra acreditada": ``endorsement``) speaks
        of it in its own voice.  A body's own claim before it ("the Inspectorate received complaints and found
        that") is no other's, and a claim inside an opening subordinate clause ("Si le requérant soutient
        que ..., la Cour relève que": the pack's ``claim_opening_clause``) does not reach the main clause."""
        end = self._rx("claim_scope_end")
        credit = self.endorsement(sentence)
        opening = self._rx("claim_opening_clause").match(sentence)
        return any(x.certainty == "alleged" and x.kind != "court" and x.start < at
                   and not end.search(sentence, x.start, at)
                   and not (credit is not None and credit.end() > x.start)
                   and not (opening is not None and x.start < opening.end() <= at) for x in found)

    def court_before(self, sentence: str, end: int) -> str | None:
        """(dir17) The court or official body a rejection names as its subject, with no reporting verb
        of its own ("El tribunal rechazó por no creíble la afirmación de que", "Le tribunal a écarté le
        grief selon lequel"): the last court word before the rejection's first words, or None."""
        last = None
        for m in self.court_rx.finditer(sentence, 0, end):
            last = m
        return last.group(0) if last is not None else None

    def endorsement(self, sentence: str, lower: str | None = None) -> re.Match[str] | None:
        """Words by which a court or an official body credits a claim ("we agree", "the court
        credited his testimony", a complaint found "substantiated", "fundada", "fondée")."""
        return self._search("endorsement", sentence, lower)

    def concession(self, sentence: str, lower: str | None = None) -> re.Match[str] | None:
        """Words by which the other side concedes a claim, or the court says no one disputes it
        ("defendants do not dispute that", "the County concedes", "it is undisputed that",
        "the parties stipulated"): not a denial, and not a finding the court had to make."""
        return self._search("concession", sentence, lower)

    def own_clause(self, sentence: str, m: re.Match[str]) -> bool:
        """Whether a concession takes its own clause ("do not dispute that he ...", "undisputed
        that"): it concedes what that clause says, not the claims before it."""
        return self._rx("concession_clause").match(sentence, m.end()) is not None

    def conditions_conclusion(self, sentence: str, lower: str | None = None) -> re.Match[str] | None:
        """A conclusion that the conditions described break the law ("these conditions violate the
        Eighth Amendment", "il y a eu violation de l'article 3"), not one that they do not."""
        m = self._search("conditions_conclusion", sentence, lower)
        if m is None or self._search("no_conclusion", sentence, lower) is not None:
            return None
        return m

    def reversal(self, sentence: str, lower: str | None = None) -> re.Match[str] | None:
        """Words by which the court that writes reverses the judgment below ("We reverse.")."""
        return self._search("reversal", sentence, lower)

    def rejecting_body(self, head: str) -> str | None:
        """The court or body named last in ``head``, the words before a rejection frame ("The district court
        rejected as not credible the claim that": the district court); None where none is named (the pack's
        ``rejecting_body``)."""
        last = None
        for m in self._rx("rejecting_body").finditer(head):
            last = m
        if last is None:
            return None
        words = last.group(0).split()
        return " ".join([words[0].lower(), *words[1:]] if words[0].lower() == "the" else words)

    def rejected_claimant(self, frame: str) -> str | None:
        """Who made the claim a rejection frame governs, named as its possessor ("not persuaded by the
        plaintiff's assertion that": the plaintiff); None where the frame names no one (the pack's
        ``rejected_claim_owner``, group ``who``)."""
        m = self._rx("rejected_claim_owner").search(frame)
        return " ".join(m.group("who").split()) if m is not None else None

    def lower_court(self, label: str) -> bool:
        """Whether a source's label names a court below ("the District Court")."""
        return self._rx("lower_court").search(label or "") is not None

    def sentence_scoped(self, src: Source) -> bool:
        """Whether a source is a hearsay adverb whose reach is its own sentence ("reportedly",
        "supuestamente", "auraient frappé"), or a claim told as a noun ("plaintiff's claim that"): it
        does not carry to the sentences after it."""
        if src.rule.startswith(("claim noun", RELAYED_CONCERN)):
            return True  # (a body's concern at reports: its next sentence is its own word again)
        return src.rule.startswith("hearsay") and self._rx("sentence_hearsay").search(src.rule) is not None

    def report_closes_sentence(self, src: Source, sentence: str) -> bool:
        """Whether an unnamed passive report is the end of its own sentence ("shortages of medical
        supplies were reported."): it hedges that sentence only, not the report's next ones."""
        return src.rule == "passive reporting verb" and self._rx("sentence_final_report").search(sentence) is not None

    def rejection(self, sentence: str, lower: str | None = None) -> re.Match[str] | None:
        """Words by which a court or monitoring body rejects a claim ("not credible")
        (``lower``: the sentence lower-cased character for character, when known)."""
        if self._rejection is None:
            return None
        return self._rejection.search(sentence, lowered(sentence) if lower is None else lower)

    # ---------------------------------------------------------------- document level
    def is_court_document(self, text: str) -> bool:
        """Whether the document is a court's opinion: two of the pack's cues (a case name, a
        statute, "plaintiff") in its head, unless its first words tell another genre
        (``not_court_document_head`` in its first sentence, ``not_court_document`` in its
        opening): a press release or a findings letter cites cases without being a court."""
        if self.other_genre(text):
            return False
        head = text[:20000]
        low = lowered(head)
        # a cue inside an institution's name is no court's word ("Youth Justice Centre", "Juvenile
        # Justice", "the Department of Justice"): the pack's ``court_cue_not_court``
        names = [(m.start(), m.end()) for m in self._finditer("court_cue_not_court", head, low)]
        found = 0
        for hit in self._court_doc.matches(head, low):
            if any(a <= hit.start() < b for a, b in names):
                continue
            found += 1
            if found == 2:
                return True
        return False

    def other_genre(self, text: str) -> bool:
        """Whether the document's first words tell a genre that is not a court's opinion (a press
        release, a findings letter: ``not_court_document_head`` in its first sentence,
        ``not_court_document`` in its opening), whatever cases and motions it names."""
        if self._rx("not_court_document_head").search(text[:300]):
            return True
        opening = text[:1500]
        if "not_court_document" not in self._scans:
            rx = self._rx("not_court_document")
            # (its lower-case twin finds the same first match, without folding case at every
            # character; a pattern that may match nothing is searched as written)
            self._scans["not_court_document"] = Scanner(rx) if never_empty(rx) else None
        scan = self._scans["not_court_document"]
        if scan is None:
            return self._rx("not_court_document").search(opening) is not None
        return scan.search(opening, lowered(opening)) is not None

    def persons(self, text: str) -> tuple[str | None, dict[str, str]]:
        """The main detainee's name (or None) and a map key name -> full name of people.

        A person's key is the word of their name the text repeats most ("Guzman" in
        "Joaquin Guzman Loera"); the detainee is the person mentioned most, with a
        bonus near detention words, who is not introduced by an official's title.
        """
        tokfreq: Counter[str] = Counter()
        for t, n in Counter(_CAPITALISED.findall(text)).items():  # each distinct word cleaned once
            tokfreq[_clean(t)] += n
        counts: Counter[str] = Counter()
        full: dict[str, str] = {}
        officials: set[str] = set()
        named_officials: set[str] = set()
        role_boost: Counter[str] = Counter()
        for m in _NAME_RX.finditer(text):
            # a courtesy title in small letters right before the name ("el señor Pérez")
            small = self.courtesy_before_rx.search(text, max(0, m.start() - 12), m.start())
            if not _SPACE.search(m.group(0)) and small is None:
                continue  # one capitalised word ("The", "He"): never a person's introduction
            name = re.sub(r"[“\"][^”\"]*[”\"]", " ", m.group(0))
            toks = [_clean(t) for t in name.split() if t.strip(",")]
            toks = [t for t in toks if t]
            if len(toks) > 1 and toks[-1].lower().rstrip(".") in ("jr", "sr"):
                toks = toks[:-1]  # "John Smith Sr.": a suffix (before a name, "Sr." is a title: "El Sr. Pérez")
            low = [t.lower().strip(".,") for t in toks]
            # a courtesy title inside begins the name ("Egypt Mr. Mohamed Morsi", a heading run on)
            cut = next((i for i in range(len(low) - 2, 0, -1) if low[i] in self.courtesy), 0)
            toks, low = toks[cut:], low[cut:]
            party = bool(low) and low[0] in self.party_roles
            if not toks or (not party and any(t in self.org_words or t in self.place_words for t in low)):
                continue
            titled_by_office = any(t.rstrip(".") in self.title_words for t in low[:-1])
            lead = 0  # leading words that are no names: counted, then cut once (not one by one)
            while lead < len(toks) and (low[lead] in self.not_names or len(low[lead]) <= 1):
                lead += 1
            # "Mr. Karimov": a courtesy title before one surname introduces a person too, also after an
            # article ("El Sr. Pérez") or written in small letters before the name ("el señor Pérez")
            titled = lead >= 1 and low[lead - 1].rstrip(".") in self.courtesy
            title = toks[lead - 1] if titled else ""
            if not titled and lead == 0 and small is not None:
                titled, title = True, small.group(1)
            toks, low = toks[lead:], low[lead:]
            toks = [t for t in toks if len(t.strip(".")) > 1]
            if len(toks) < (1 if titled else 2) or all(t.lower() in self.not_names for t in toks):
                continue  # a person is introduced by at least two names; later mentions count by key
            key = max(reversed(toks), key=lambda t: tokfreq[t])
            if len(key) < 3 or key.lower() in self.not_names:
                continue
            fullname = " ".join([title, *toks] if titled and len(toks) == 1 else toks)
            if len(fullname) > len(full.get(key, "")):
                full[key] = fullname
            before = text[max(0, m.start() - 40): m.start()]
            after = text[m.end(): m.end() + 4]
            if self._rx("place_before").search(before) and self._rx("place_after").match(text, m.end()):
                continue  # "in Fox Lake, Wisconsin": a place, not a person
            if self._rx("quoted_place_after").match(text, m.end()):
                continue  # 'the "El Infiernito" facility': a place's name in quotes
            if self.title_after_rx.match(text, m.end(), m.end() + 60):
                named_officials.add(key)  # "Manfred Nowak, Special Rapporteur": never the detainee
            if titled_by_office:
                named_officials.add(key)  # "Sgt. D. Doane", "Warden Smith": the title is the name's first word
            if self.title_rx.search(before) or re.match(r"\s*v\.", after) or re.search(r"\bv\.\s*$", before) \
                    or self._rx("office_before").search(before):
                officials.add(key)
                continue
            counts[key] = tokfreq[key]
            window = text[max(0, m.start() - 60): m.end() + 60]
            if self.role_rx.search(window):
                role_boost[key] += 1
        best, best_score = None, 0.0
        for key, c in counts.items():
            if (key in officials and role_boost[key] == 0) or key in named_officials:
                continue
            score = c + 1.5 * min(role_boost[key], 3)
            if score > best_score:
                best, best_score = key, score
        if best is None or best_score < 2.5:
            return None, full
        return full.get(best, best), full

    # ---------------------------------------------------------------- sentence level
    def _antecedent(self, before: str) -> str | None:
        """The noun phrase a relative "according to which" points back to: from the last determiner
        (``antecedent_determiner``) that does not open a complement (after ``of_word``: "the logs of
        the prison"), to the end; None where there is none within 80 characters."""
        before = before.rstrip(" ,")
        window = before[-80:]
        of_word = self._rx("of_word")
        for d in reversed(list(self._rx("antecedent_determiner").finditer(window))):
            prev = window[:d.start()].split()
            if not prev or not of_word.fullmatch(prev[-1]):
                return window[d.start():].strip() or None
        return None

    def titled_people(self, text: str) -> dict[str, str]:
        """Surname -> title for the people a document names with a monitor's or a court's title
        (the pack's ``titled_person``: "the Special Rapporteur on Torture, Manfred Nowak", "Juan
        Méndez, the UN Special Rapporteur"), so that "Mr. Nowak noted" later is that body's word."""
        out: dict[str, str] = {}
        for m in self._finditer("titled_person", text):
            g = m.groupdict()
            surname = g.get("surname") or g.get("surname2") or g.get("surname3")
            title = g.get("title") or g.get("title2") or g.get("title3")
            if surname and title and surname not in out:
                out[surname] = "the " + " ".join(title.split())
        return out

    def sources(self, sentence: str, *, court_doc: bool, last_speaker: str | None,
                detainee: str | None, orgs: list[str], lower: str | None = None,
                titled: Mapping[str, str] | None = None) -> list[Source]:
        """Every attribution cue in a sentence, in order (``lower``: the sentence
        lower-cased character for character, when the caller has it; ``titled``: a surname -> the
        title the document gave its bearer, ``titled_people``)."""
        out: list[Source] = []
        low = lowered(sentence) if lower is None else lower
        # the court's or the body's own finding told with no subject ("il résulte de l'instruction
        # que", "se constató que", "durante la visita"): the pack's ``own_finding``; a reporting verb
        # inside it ("se advierte que") is no one's claim
        own_rx = self._rx("own_finding")
        own = [] if own_rx is _NEVER else list(own_rx.finditer(sentence))
        according_spans = [(m.start(), m.end()) for m in own]
        for m in self._according.matches(sentence, low):
            if self._rx("according_noun_cue").match(sentence, m.start()) \
                    and not self._rx("according_content").match(sentence, m.end()):
                continue  # (grade16) "While noting the information provided by the State party, the Committee
                # remains concerned that ...": a noun cue says what the party said only in its own clause
            according_spans.append((m.start(), m.start("src")))
            src = m.group("src")
            if self._rx("according_relative").match(src):
                # "the logs, according to which", "les registres, selon lesquels": the antecedent speaks
                src = self._antecedent(sentence[:m.start()])
                if src is None:
                    continue
            out.append(self._classify(src, "according to", m.start(), court_doc,
                                      last_speaker, detainee, orgs, verb="according", titled=titled))
        for m in self._claim.matches(sentence, low):
            if m.group("verb").isupper() and len(m.group("verb")) > 1:
                continue  # "UNITED STATES DISTRICT COURT": a heading's word in capitals, no reporting verb
            if any(a <= m.start("verb") < b for a, b in according_spans):
                continue  # the verb of an according-to cue ("según relató X"): that cue names X
            before = sentence[:m.start("verb")]
            if (self._rx("possessive_before_noun").search(before) and " " not in m.group("verb").strip()):
                continue  # "Plaintiff's claims arise from", "the warden's reports show": a noun, no claim
            passive = self._rx("passive_aux").search(before)
            # "was told by several inmates that": a participle after its auxiliary, its agent after "by",
            # not a noun ("reports by NGOs")
            past = self._rx("passive_participle").fullmatch(m.group("verb")) is not None
            participle = passive is not None and past
            noun = self._rx("noun_before_verb").search(before)
            if noun is not None and past and _ED_END.search(noun.group(0)):
                noun = None  # "those interviewed reported", "the detained complained": a verb in the past
            if noun is not None and self._rx("stranded_preposition").search(before):
                noun = None  # "Prisoners we spoke to said": the relative clause's preposition, not a noun's
            if noun is not None or self._rx("report_noun_before_verb").search(before) \
                    or (self._rx("noun_after_verb").match(sentence[m.end("verb"):]) and not participle
                        and not self._rx("citing_verb").match(m.group("verb"))) \
                    or (self._rx("noun_verb_punctuated").match(sentence, m.start("verb"))
                        and self._rx("title_before_noun").match(before)):
                continue  # "the alleged trafficker", "at reports of violence": no claim
            if self._rx("cause_before_claim").search(before) \
                    and not self._rx("cause_claim_content").match(sentence, m.end("verb")):
                continue  # (grade14en) "established his unsanitary-conditions claim": the claim's name, no claim made
            if self._rx("not_reporting").match(sentence, m.start("verb")):
                continue  # (find13) "Williams submitted to a TB test": he underwent it, no claim
            if self._rx("event_clause_before").search(before) and self._rx("event_clause_after").match(
                    sentence, m.end("verb")):
                continue  # "When he complained, an officer sprayed him": the complaint is an event, not a source
            if self._rx("negated_claim").search(sentence[:m.start()] + " " + before[m.start():]) \
                    or self._rx("negated_claim_verb").search(before):
                continue  # "he did not complain": no claim made
            if passive:
                # "the cells were described as filthy by several witnesses"; "it is alleged"
                by = self._rx("passive_agent").search(sentence[m.end():m.end() + 120])
                if by:
                    out.append(self._classify(by.group(1), f"passive reporting verb '{m.group('verb').lower()}' by",
                                              m.start(), court_doc, last_speaker, detainee, orgs,
                                              verb=m.group("verb"), titled=titled))
                else:
                    out.append(Source("an unnamed source", "alleged", "passive reporting verb", m.start()))
                continue
            # "Adrian Thomas sued several prison officials alleging that", "filed a grievance complaining
            # that": a participle's claim is the subject's, who did the clause's first verb, not its object's
            np = self._speaker_after(sentence, m) or self._np_before(
                sentence, m.start(), participle=self._rx("participle_verb").fullmatch(m.group("verb")) is not None)
            if np is None:
                if self._rx("verb_alone_before").search(sentence[:m.start()]) \
                        and self._rx("verb_alone_after").match(sentence[m.end():]):
                    # (esfr5) a reporting verb with no subject in the sentence ("..., refieren.", "Refiere
                    # escuchar voces", "..., disent-ils."): it relays the claim of someone named before
                    out.append(Source("an unnamed source", "alleged", f"reporting verb '{m.group('verb').lower()}' "
                                      "without its subject", m.start()))
                continue
            if court_doc and self._dissent(sentence, m.start()):
                out.append(Source(np, "alleged", f"dissent '{m.group('verb').lower()}'", m.start(), "other", np))
                continue
            stranded = self._rx("stranded_preposition").search(np)
            if stranded is not None and stranded.start() > 0:
                np = np[:stranded.start()].strip()  # "Detainees the delegation met with": the detainees speak
            out.append(self._classify(np, f"reporting verb '{m.group('verb').lower()}'", m.start(),
                                      court_doc, last_speaker, detainee, orgs, verb=m.group("verb"), titled=titled))
        # (find13) a quotation closed by its speaker with a verb of continuing speech ('"...," Anon added.',
        # '"...," added the Special Rapporteur'), not a reporting verb of its own: the speaker's word
        if not out:
            m = self._search("quote_continued", sentence, low)
            if m:
                np = (m.group("np1") or m.group("np2") or "").strip()
                if np and not self._rx("title_alone").fullmatch(np):
                    out.append(self._classify(np, f"quotation closed by '{m.group('v1') or m.group('v2')}'",
                                              m.start(), court_doc, last_speaker, detainee, orgs,
                                              verb=m.group("v1") or m.group("v2"), titled=titled))
        if court_doc:
            out.extend(self._claim_nouns(sentence, out, last_speaker, detainee, orgs, low, titled=titled))
        for m in self._finding.matches(sentence, low):
            if any(o.start() <= m.start("verb") < o.end() for o in own):
                continue  # "durante la visita se observó": the own finding below, not "Durante la visita"
            np = self._np_before(sentence, m.start())
            if np is None:
                continue
            if not court_doc and self._rx("first_person").fullmatch(np.lower()) \
                    and not _inside_quotation(sentence, m.start()):
                # (find13) "We found that the medical unit was understaffed" in an inspector's report: the
                # author's own finding (of the author's kind), which ends a claim carried from before;
                # not "we found" inside a quotation, which is the speaker's word
                out.append(Source("the author", "asserted", f"{OWN_FINDING} 'we {m.group('verb').lower()}'",
                                  m.start(), "other"))
                continue
            if court_doc and self._dissent(sentence, m.start()):
                # "Judge Moore, dissenting, concluded that", "the dissent finds": one judge's view, not
                # the court's finding
                out.append(Source(np, "alleged", f"dissent '{m.group('verb').lower()}'", m.start(), "other", np))
                continue
            src = self._classify(np, f"finding verb '{m.group('verb').lower()}'", m.start(), court_doc,
                                 last_speaker, detainee, orgs, verb=m.group("verb"), titled=titled)
            if src.kind == "government" and self._rx("confirming_verb").match(m.group("verb")):
                out.append(src)  # "staff confirmed that ...": the authorities' admission
                continue
            if src.kind != "court":
                if court_doc and self._rx("witness_label").search(np):
                    # "plaintiffs' expert found that": in a trial, a witness's opinion is evidence,
                    # one source, until the court credits it
                    src.certainty = "alleged"
                    out.append(src)
                elif self._rx("finding_clause").match(sentence, m.end()) \
                        and (self.source_kind(src) in ("ngo", "party", "detainee")
                             or (src.kind == "other" and (self._rx("press_label").search(np)
                                                          or self._rx("private_finder").search(np)))):
                    # "The NGO Prison Watch found that", "his lawyers established that": a finding an
                    # NGO, a party or a detainee makes is its own word, one source, not the author's
                    src.certainty = "alleged"
                    out.append(src)
                continue  # "he is held", "guards found him": no finding of a court or inspector
            if self._inside_claim(sentence, m.start(), out):
                continue  # (dir17) "Según un exinterno, la Defensoría constató que": his word of its finding, relayed
            src.certainty = "asserted"
            out.append(src)
        # (probes2) the record itself as the source ("The records show that ...", "jail logs reflect",
        # "the video shows"): documentary evidence, not the claim of the party who spoke before
        if not out:
            m = self._search("documentary", sentence, low)
            if m:
                out.append(Source("the records", "asserted", "documentary evidence", m.start(), "other"))
        m = self._search("relayed_concern", sentence, low)
        if m:
            out.append(Source("an unnamed source", "alleged", f"{RELAYED_CONCERN} '{m.group(0)}'", m.end() - 1))
        # (the pattern's search, skipped where the sentence lacks a word every match needs); with other cues
        # too where it opens before them all: it frames them ("There are unconfirmed reports that the
        # inspectors found ...": what the inspectors found is itself a report, ``_nested``)
        # (the first of the two: "There are reports that guards beat them and reportedly chained them")
        m = min((x for x in (next(self._hearsay.matches(sentence, low), None),
                             self._search("hearsay_pattern", sentence, low)) if x is not None),
                key=lambda x: x.start(), default=None)
        if m and (not out or m.start() < min(x.start for x in out)):
            out.append(Source("an unnamed source", "alleged", f"hearsay adverb '{m.group(0)}'", m.start()))
        if not out:
            # what a body was told, opening the sentence whatever its verb ("Allegations received by the
            # Committee suggest that", "Los testimonios recabados por la delegación describen")
            head = len(low) - len(low.lstrip(" \"'“‘(-–—"))
            m = self._rx("relayed_subject").match(low, head) or self._search("relayed_object", sentence, low)
            if m:
                words = sentence[m.start():m.end()]
                out.append(Source("an unnamed source", "alleged", f"relayed '{words}'", m.start()))
        # ... the author's own finding: a source of its own where no other cue comes before it in the
        # sentence ("según los internos, durante la visita ..." stays their word) and none hedges it
        # ("lors de la visite, des détenus auraient été frappés"); it ends a claim carried from before
        for m in own:
            if any(x.rule.startswith("hearsay") and (x.start > m.start() or self.sentence_scoped(x)) for x in out):
                break  # "auraient été", "presuntamente": the hedge reaches the whole sentence
            # ... or after a cue, where it opens a clause of its own ("se recibieron denuncias y se
            # verificó que", "; il a été constaté que": ``own_finding_joined`` before it)
            if any(x.start < m.start() for x in out) and not self._rx("own_finding_joined").search(
                    sentence, 0, m.start()):
                continue
            out.append(Source("the court" if court_doc else "the author", "asserted",
                              f"{OWN_FINDING} '{m.group(0).strip()}'", m.start(), "other"))
        out.sort(key=lambda s: s.start)
        return self._nested(sentence, out)

    def frames_claim(self, src: Source) -> bool:
        """Whether a source is one allegation that frames what follows it in its sentence: a claim of a
        party, a detainee, an NGO, the press, or a report relayed (not a finding, an observation, an
        admission), not one a court rejects in its sentence."""
        # (not a body that relays what it received, then finds for itself: "received complaints and verified
        # that"; nor a claim told as a noun, whose clause ends at its noun phrase: "Crediting his testimony that
        # X, the Court finds")
        return (src.certainty == "alleged" and not src.rejected and src.kind != "court"
                and not src.rule.startswith("claim noun") and self.source_kind(src) not in ESTABLISHING_KINDS)

    def claim_around(self, sentence: str, sources: list[Source], pos: int) -> Source | None:
        """(dirA17) The allegation whose clause reaches ``pos`` of the sentence (``frames_claim``: "The
        plaintiff claims that the court credited ...", "According to one inmate, the guards admitted ..."):
        the first such source before ``pos`` with no clause boundary of its own between them
        (``nested_claim_end``: "; the court found", ", but the court found", ", which the court credited")."""
        end = self._rx("nested_claim_end")
        if end is _NEVER:
            return None  # a pack without the boundaries of a claim's clause nests no voices
        # an opening subordinate clause ("While NGOs claim X, the Ministry admits Y") ends at its comma
        sub = self._rx("nested_claim_subordinate").match(sentence)
        for src in sources:
            if src.start >= pos:
                break
            if not self.frames_claim(src):
                continue
            # (a boundary that opens before ``pos``, read with the words after it: ", and the court credited")
            cut = end.search(sentence, src.start)
            if (cut is None or cut.start() >= pos) and not (sub is not None and "," in sentence[src.start:pos]):
                return src
        return None

    def _nested(self, sentence: str, found: list[Source]) -> list[Source]:
        """(dirA17) Nested voices: a finding, an observation or an admission told inside one party's
        claim is that party's claim ("The plaintiff claims that the court found X", "According to one
        former detainee, we observed X", "There are unconfirmed reports that the inspectors saw X"): the
        inner source is dropped, and the facts after it are the claim of the one who alleges it.  A clause
        of its own after the claim (``nested_claim_end``: "; the court found", ", but the court found") is
        the inner speaker's word again."""
        if len(found) < 2 or self._rx("nested_claim_end") is _NEVER \
                or not any(self.frames_claim(x) for x in found[:-1]):
            return found
        kept: list[Source] = []
        for src in found:
            if (src.certainty == "asserted" or self.source_kind(src) in ESTABLISHING_KINDS) \
                    and self.claim_around(sentence, kept, src.start) is not None:
                continue
            kept.append(src)
        return kept

    def _claim_nouns(self, sentence: str, found: list[Source], last_speaker: str | None,
                     detainee: str | None, orgs: list[str], lower: str | None = None,
                     titled: Mapping[str, str] | None = None) -> list[Source]:
        """A party's claim told as a noun phrase in a court's opinion ("The Court dismisses
        plaintiff's claim that ...", "his contention that ... lacks merit"): the ``that`` clause is
        the possessor's claim (alleged), marked ``rejected`` when the court's verb before it
        (``claim_noun_rejected_before``) or its predicate after it (``claim_noun_rejected_after``)
        rejects it; none when the court accepts it (``claim_noun_accepted``: "we agree with
        plaintiff's claim that", "the court credits his testimony that"), which stays the court's."""
        rx = self._rx("claim_noun")
        if rx is _NEVER:
            return []
        # (not searched where the sentence lacks a word every match needs: "claim", "that" ...;
        # the pattern is tried at every character, and most sentences have none of them)
        needs = self._needs.get("claim_noun")
        if needs is None:
            needs = self._needs["claim_noun"] = requirements(rx.pattern, rx.flags)
        if needs and not satisfied(needs, lowered(sentence) if lower is None else lower):
            return []
        openers = {w.lower() for w in self.v.possessor_openers}
        possessives = {k.lower(): v for k, v in self.v.possessive_speakers.items()}
        out = []
        for m in rx.finditer(sentence):
            before = sentence[:m.start("src")]
            cut = max(before.rfind(";"), before.rfind(":"), before.rfind(" that "))
            clause = before[cut + 1:]
            if self._rx("claim_noun_accepted").search(clause):
                continue
            np = m.group("src")
            words = np.split()
            while len(words) > 1 and words[0].lower() in openers:
                words = words[1:]  # "In Smith's claim": the possessor is Smith
            np = " ".join(words)
            if np.lower() in possessives:
                # "his contention that": the last person named, else the claimant
                np = possessives[np.lower()] if last_speaker else self.v.default_claimant
            src = self._classify(np, f"claim noun '{m.group('verb').lower()}'", m.start(), True,
                                 last_speaker, detainee, orgs, verb=m.group("verb"), titled=titled)
            if src.kind == "court":
                continue  # "the district court's finding ..." is read by the finding verbs
            src.certainty = "alleged"
            # a party's own verb before it ("defendants argue that plaintiff's claim ... fails"): the
            # rejection is theirs, a dispute the denial step reads, not the court's
            party_first = any(x.start < m.start() and x.kind != "court" for x in found)
            after = sentence[m.end():]
            src.rejected = not party_first and bool(
                self._rx("claim_noun_rejected_before").search(clause)
                or self._rx("claim_noun_rejected_after").search(after))
            out.append(src)
        return out

    def _dissent(self, sentence: str, pos: int) -> bool:
        """Whether the clause before a reporting or finding verb names a dissent ("Judge Moore,
        dissenting, concluded", "In dissent, Judge Moore would have found", "the dissent argues"):
        the pack's ``dissent`` regex, read back to the clause's start."""
        head = sentence[:pos]
        cut = max(head.rfind(";"), head.rfind(":"), head.rfind(" that "))
        return self._rx("dissent").search(head[cut + 1:]) is not None

    def denial(self, sentence: str, lower: str | None = None) -> re.Match[str] | None:
        """The first denial in the sentence, not one negated ("le Gouvernement ne nie pas", "no
        controvirtió": the pack's ``negated_denial``, read on the words before it), which concedes."""
        low = lowered(sentence) if lower is None else lower
        negated = self._rx("negated_denial")
        return next((m for m in self._denial.matches(sentence, low) if not negated.search(sentence, 0, m.start())),
                    None)

    def _speaker_after(self, sentence: str, m: re.Match[str]) -> str | None:
        """The speaker of an inverted quotation: '…”, added the Special Rapporteur', '…” noted Mr. Nowak';
        and (esfr5) the speaker after a reporting verb that opens the sentence or closes it after a comma,
        where the pack's word order allows it ("Refieren los internos que ...", "..., refieren los
        internos."): the pack's ``inverted_verb_before`` on the words before the verb and
        ``inverted_speaker`` (group 1) on the words after it."""
        before = sentence[:m.start()]
        if self._rx("inverted_verb_before").search(before):
            after = self._rx("inverted_speaker").match(sentence[m.end():])
            if after:
                return after.group(1).strip()
        # a closing quotation mark: ” " or the guillemet » (fr, es)
        if not re.search(r"[”\"»]\s*,?\s*$", before):
            return None
        after = self._rx("speaker_after").match(sentence[m.end():])
        if not after:
            return None
        np = after.group(1).strip()
        return None if self._rx("title_alone").fullmatch(np) else np

    def _np_before(self, sentence: str, pos: int, participle: bool = False) -> str | None:
        """The speaker's noun phrase before a reporting verb at ``pos``; ``participle``: the verb is
        a participle after a clause of its own ("Plaintiff filed a grievance complaining that"), whose
        subject speaks."""
        # "Human Rights Watch (HRW) said": an acronym in brackets right before the verb is
        # part of its subject, not a clause boundary
        head = _BRACKETED_END.sub(" ", sentence[:pos])
        # "Prison Watch, which visited 12 prisons, found": a relative clause set off by commas is
        # no boundary of the subject's clause (the pack's ``parenthetical_relative``)
        head = self._rx("parenthetical_relative").sub(" ", head)
        # the clause the verb closes: back to a boundary
        # (after the boundary: "... reflects that Plaintiff submitted": "Plaintiff submitted")
        at, bound = _last_boundary(head)
        clause = head[at + len(bound):] if at >= 0 else head
        if at >= 0 and bound == " that ":
            # (find13) "An NGO that visited the prison in May found": a relative "that" whose clause opens
            # with its verb; the subject is the noun phrase before it, back to the boundary before that
            rest = head[at + 6:].split()
            if len(rest) > 1 and self._rx("subject_verb").fullmatch(rest[0]):
                before = head[:at]
                back, back_bound = _last_boundary(before)
                clause = before[back + len(back_bound):] if back >= 0 else before
        clause = clause.strip()
        if participle and clause.endswith(","):
            clause = clause[:-1]  # "Respondents brought a class action ..., alleging that": the main clause
        else:
            # ", who ..." / "X, a prisoner without a lawyer," appositions: keep the head
            clause = re.sub(r",[^,]*,\s*$", "", clause)
        if participle and "," in clause:
            # "... filed a lawsuit against several officials, including the warden, alleging": the
            # list's example is no clause of its own
            parts = clause.split(",")
            while len(parts) > 1 and self._rx("example_opener").match(parts[-1].strip()):
                parts.pop()
            clause = ",".join(parts)
        if "," in clause:  # "..., and he said": the subject is after the last comma
            first, tail = clause.split(",", 1)[0], clause.rsplit(",", 1)[1]
            words = tail.split()
            if participle and words and self._rx("subject_verb").fullmatch(words[0]):
                # "Respondents, who were housed ..., brought a class action, alleging": the verb's
                # subject is before the apposition
                tail = f"{first} {tail}"
            clause = tail
        clause = self._rx("clause_opener").sub("", clause.strip().lstrip("-–—•*· "))
        # (find13) "the Special Rapporteur interviewed detainees who (said)": the speaker is the relative
        # pronoun's antecedent, the noun phrase after the clause's last verb, not the clause's subject
        words = clause.strip(" ,").split()
        if len(words) > 2 and self._rx("person_relative").fullmatch(words[-1]):
            verb = self._rx("subject_verb")
            last = max((i for i, w in enumerate(words[:-1]) if i > 0 and verb.fullmatch(w)), default=None)
            if last is not None and last < len(words) - 2:
                # "ruled for pretrial detainees who", "in favour of inmates who": the noun phrase, not its preposition
                clause = self._rx("object_preposition").sub("", " ".join(words[last + 1:-1]))
        clause = self._bound_subject(clause.strip(" ,"), participle=participle)
        words = clause.split()
        if not words or len(words) > 14:
            if words and len(words) > 14:
                words = words[-8:]
            else:
                return None
        np = " ".join(words)
        if self._rx("no_subject").fullmatch(np):
            return None
        if not re.search(r"[A-Za-z]", np):
            return None
        return np

    def _bound_subject(self, clause: str, participle: bool = False) -> str:
        """The speaker's noun phrase, not the rest of its clause (probes): a relative clause after
        the head is cut ("A former guard who worked there for years told" -> "A former guard", the
        pack's ``relative_clause``, save after a head that is only a pronoun, ``relative_head_keep``),
        and where the reporting verb closes a second predicate ("The Inspectorate received complaints
        about the cold and found that": ``coordinated_end``) the subject ends at the clause's first
        verb (``subject_verb``, not right after a ``subject_determiner``)."""
        cut = self._rx("relative_clause").sub("", clause)
        if cut and cut != clause and not self._rx("relative_head_keep").fullmatch(cut.strip()):
            clause = cut
        if participle or self._rx("coordinated_end").search(clause):
            # the subject ends at the clause's first verb: a participle closes a clause of its own
            # ("Plaintiff filed a grievance complaining that": Plaintiff), as a second predicate does
            words = clause.split()
            verb, det = self._rx("subject_verb"), self._rx("subject_determiner")
            for i in range(1, len(words) if participle else len(words) - 1):
                if verb.fullmatch(words[i]) and not det.fullmatch(words[i - 1]):
                    if i == 1 and self._rx("relative_pronoun").fullmatch(words[0]):
                        return clause  # "who were housed ...": a relative clause's pronoun names no one
                    return " ".join(words[:i])
        return clause

    def _detainee_before_court(self, np: str, low: str) -> bool:
        """Whether the noun phrase names detainees (``detainee_label``), then words of a clause,
        before a court or body word ("several detainees showed the delegation scars they"): the subject is
        the detainees; not a body's own name ("the Prisoner Ombudsman", "the Detainees' Committee")."""
        court = self.court_rx.search(np)
        if court is None:
            return False
        det = self._rx("detainee_label").search(low, 0, court.start())
        if det is None:
            return False
        # the words between are a clause of their own (a verb: "showed"), not a name's ("Rights")
        between = [w for w in np[det.end():court.start()].split() if any(c.isalpha() for c in w)]
        return bool(between) and all(w[0].islower() for w in between)

    def _classify(self, np: str, rule: str, start: int, court_doc: bool, last_speaker: str | None,
                  detainee: str | None, orgs: list[str], verb: str,
                  titled: Mapping[str, str] | None = None) -> Source:
        np = re.sub(r"\s+", " ", np).strip(" ,.“”\"'’‘")
        np = re.sub(r"(?<=\w)[’']s$", "", np)  # "Plaintiff's testimony was that": Plaintiff speaks
        # "Detainees interviewed by the Committee said": the speakers are the detainees
        np = self._rx("interviewed_by").sub("", np) or np
        # (grade15en) "UN experts said they had received information that": the pronoun after an inner
        # reporting verb is its own subject again, who speaks: "UN experts"
        said = self._rx("speaker_said_pronoun").fullmatch(np)
        if said is not None:
            np = said.group(1).strip()
        titled_person = None
        if titled:
            if last_speaker and self._rx("pronoun_speaker").fullmatch(np.lower()) \
                    and any(last_speaker.startswith(t + " (") for t in titled.values()):
                np = last_speaker  # "he said", after "Mr. Nowak noted": the Special Rapporteur again
            # "Mr. Nowak noted": the Special Rapporteur the document named him as before
            title = next((t for name, t in titled.items()
                          if re.search(rf"\b{re.escape(name)}\b", np) and t.lower() not in np.lower()), None)
            if title is not None:
                np = f"{title} ({np})"
            if any(np.startswith(t + " (") for t in titled.values()):
                titled_person = np  # a person: "he" in the next sentences is still him
        # "..., the inspectors found that": the body's name with its article, as the pack writes
        # it ("the inspectors", "the delegation"), before the article is dropped from the label
        with_article = np
        np = self._rx("article").sub("", np)
        low = np.lower()
        speaker = None
        if self._rx("existential_subject").fullmatch(low) or self._rx("relayed_subject").match(low):
            # "There were credible reports that": no one named (probes); "Information received by the
            # Special Rapporteur indicates that": what a body was told, not what it found
            return Source("an unnamed source", "alleged", rule, start, "other")
        if self._rx("pronoun_speaker").fullmatch(low) and not last_speaker and detainee \
                and self._rx("singular_pronoun_speaker").fullmatch(low):
            # "Guards beat him, he claims": with no one named as speaker before, "he" is the document's
            # detainee, the one source he is (not an unnamed one beside him)
            label, kind = detainee, "detainee"
        elif self._rx("pronoun_speaker").fullmatch(low):
            label = last_speaker or "an unnamed source"
            kind = "other"
            speaker = last_speaker
        elif self._rx("first_person").fullmatch(low) and court_doc:
            label, kind = "the court", "court"
        elif self._detainee_before_court(np, low):
            # "several detainees showed the delegation scars they (said)": the speakers are the
            # detainees, whom a longer clause names before the body they spoke to
            label, kind = np, "detainee"
        elif self._rx("executive_body").search(low) and not self._rx("claimant").search(low):
            label, kind = np, "government"  # a ministry (of justice, of the interior): the executive
        elif self.court_rx.search(with_article) and not self._rx("party_to_case").search(low) \
                and not self._rx("court_word_in_org_name").search(low):
            label, kind = _court_label(with_article), "court"
        elif self._rx("claimant").search(low):
            who = detainee
            label = f"{who} ({np})" if who and not _mentions(low, who) else np
            kind = "detainee"
        elif self._rx("official").search(low) or self._rx("custodial").search(low):
            label, kind = np, "government"
        elif self._rx("lawyer").search(low):
            label, kind = np, "party"
            m = self._rx("lawyer_named").match(np)
            if m:
                label = f"{m.group(1).lower()} ({np[len(m.group(1)):].strip()})"
        elif detainee and _mentions(low, detainee):
            label, kind = detainee, "detainee"
        else:
            label, kind = np, "other"
            speaker = np
        # "Amnesty deputy director Justin Mazzola" -> "Amnesty International (Justin Mazzola)"
        for org in orgs:
            if self.court_rx.search(org):
                continue  # (grade15en) a court or monitoring body ("The Committee") is no NGO to name a speaker by
            # (grade15en) the org's first word of its own, not its article: "The Committee" is no
            # "the State party"
            words = [w for w in org.split() if w.lower() not in ("the", "a", "an")]
            first = (words[0] if words else org.split()[0]).lower()
            if first in low.split() and org.lower() not in low:
                person = _trailing_name(np)
                label = f"{org} ({person})" if person else org
                official = self._rx("official").search(low)
                kind = "ngo" if kind == "other" or (kind == "government" and not official) else kind
                break
        # a court or monitoring body asserts what it finds or says; what it "received" or
        # "heard" (allegations, testimony) it only relays
        relays = self._rx("relaying_verb").match(verb or "") is not None
        # ... and what it alleges as a party before another court ("la Comisión alegó") is its claim;
        # not what a monitoring body denounces in its own report or statement, outside any court
        # ("esta Procuración denunció", "la Contrôleure générale dénonce": ``monitor_voice_verb``)
        alleges = self._rx("alleging_verb").match(verb or "") is not None
        if alleges and not court_doc and kind == "court" and self.monitor_rx is not None \
                and self.monitor_rx.search(with_article) and self._rx("monitor_voice_verb").match(verb or ""):
            alleges = False
        relays = relays or alleges
        certainty = "asserted" if kind == "court" and not relays else "alleged"
        return Source(label, certainty, rule, start, kind,
                      speaker or (label if kind != "court" else None) or titled_person)




_NAME_START = compile_regex(r"(?=\b([A-Z][a-zA-Z'’\-]*))")
_KEY_SHAPE = compile_regex(r"[A-Z][a-zA-Z'’\-]{2,}")
_WORD = compile_regex(r"\w")
_ED_END = compile_regex(r"ed\s*$")


class NameIndex:
    """The people a document names, ready for :meth:`last_in` (built once per document:
    each look-up then costs the window's words, not the number of people)."""

    __slots__ = ("rank", "odd")

    def __init__(self, people: dict[str, str]) -> None:
        self.rank = {k: i for i, k in enumerate(people)}
        # keys of another shape than a capitalised word (none so far): searched with their own regex
        self.odd = [(k, r) for k, r in self.rank.items() if _KEY_SHAPE.fullmatch(k) is None]

    def last_in(self, window: str) -> str | None:
        """The key found last in ``window`` as a whole word (``\\bKEY\\b``; at one position,
        the first key in the people's order).

        One scan of the window's capitalised words, each prefix looked up, instead of one
        regex per key: a document may name hundreds of people."""
        rank = self.rank
        best_pos, best_rank, best_key = -1, len(rank), None
        n = len(window)
        for m in _NAME_START.finditer(window):
            p, run = m.start(), m.group(1)
            for end in range(3, len(run) + 1):
                r = rank.get(run[:end])
                if r is None:
                    continue
                e = p + end
                if bool(_WORD.match(run, end - 1)) == bool(e < n and _WORD.match(window, e)):
                    continue  # no word boundary after it
                if p > best_pos or (p == best_pos and r < best_rank):
                    best_pos, best_rank, best_key = p, r, run[:end]
        for key, r in self.odd:
            if key in window:
                for hit in re.finditer(rf"\b{re.escape(key)}\b", window):
                    if hit.start() > best_pos or (hit.start() == best_pos and r < best_rank):
                        best_pos, best_rank, best_key = hit.start(), r, key
        return best_key


def last_named(window: str, people: dict[str, str]) -> str | None:
    """The key of ``people`` found last in ``window`` as a whole word (see
    :meth:`NameIndex.last_in`; build a :class:`NameIndex` once to look up many windows)."""
    return NameIndex(people).last_in(window)


# (find13) ... or a longer aside between the subject and its verb ("Mark Downs (who is proceeding with the
# assistance of recruited counsel) contends"): no boundary of the subject's clause either
_BRACKETED_END = compile_regex(r"\s*\([^()]{1,200}\)\s*$")


def _inside_quotation(sentence: str, pos: int) -> bool:
    """Whether ``pos`` lies inside a quotation opened before it in the sentence (an odd number of
    straight double quotes, or an opening curly quote not closed)."""
    head = sentence[:pos]
    return head.count('"') % 2 == 1 or head.count("“") > head.count("”")


def _mentions(low: str, name: str) -> bool:
    """Whether lower-cased text names any word of a person's name."""
    return any(len(w) > 2 and re.search(rf"\b{re.escape(w.lower())}\b", low) for w in name.split())


_POSSESSIVE = compile_regex(r"[’']s?$")


def _clean(token: str) -> str:
    """'Guzman’s' -> 'Guzman'."""
    token = token.strip(",;:()")
    if "'" not in token and "’" not in token:
        return token  # (no apostrophe: no possessive ending, nothing to replace)
    return _POSSESSIVE.sub("", token)


def _court_label(np: str) -> str:
    low = np.lower()
    for key, label in (("supreme court", "the Supreme Court"), ("court of appeals", "the Court of Appeals"),
                       ("district court", "the District Court"), ("magistrate", "the magistrate judge"),
                       ("circuit", "the court of appeals"), ("justice", np), ("judge", np)):
        if key in low:
            return label
    if re.search(r"\b(?:court|we|this court)\b", low):
        return "the court"
    return np  # an inspecting or monitoring body speaks for itself ("the delegation")


def _trailing_name(np: str) -> str | None:
    m = re.search(r"((?:[A-Z][a-zA-Z'’\-]+\s+){0,3}[A-Z][a-zA-Z'’\-]+)\s*$", np)
    if not m:
        return None
    toks = m.group(1).split()
    # keep only the capitalised words after the last lower-case word ("deputy director X Y")
    return " ".join(toks[-2:]) if len(toks) >= 2 else None


def parse_vocabulary(data: Any, source: str) -> Attributor:
    try:
        vocab = Vocabulary.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        raise ConfigError(source, ".".join(map(str, err["loc"])), err["msg"]) from None
    for name, rx in vocab.patterns.items():
        try:
            compile_regex(rx)
        except re.error as exc:
            raise ConfigError(source, f"patterns.{name}", f"bad regex: {exc}") from None
    return Attributor(vocab)


@lru_cache(maxsize=None)
def load_attributor(lang: str = "en") -> Attributor:
    data, source = read_resource(lang, "attribution.yaml")
    return parse_vocabulary(data, source)


@dataclass
class SubjectRef:
    label: str
    kind: str  # person | group
    rule: str
    start: int = -1
    meta: dict = field(default_factory=dict)
