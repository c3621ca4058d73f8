"""How well a fact is established: the standard of proof a finding applies.

A finding is graded twice: by what the rule forbids (its kind) and by how well
the facts it rests on are established.  The standard is the one monitoring
bodies apply, *reasonable grounds to believe*:

* **established**: a court's or an official inspection or monitoring body's
  finding, the author's own observation on a visit (or a report's statement in
  its own voice), an admission by the authorities, or at least two independent
  sources that agree;
* **alleged**: one allegation (a detainee, a lawyer, an NGO), or one relayed at
  second hand (a newspaper's source, "reportedly", reports a body received);
* **contested**: another source denies it;
* **rejected**: a court or monitoring body rejected the claim or found it not
  credible: no breach finding may rest on it.

The kind of a fact's source is ``Fact.qualifiers["source_kind"]``, set by the
extractor's attribution step; a fact without it (built by hand, from a case
file) has it read from its ``attributed_to`` with the same vocabularies.
"""

from __future__ import annotations

import re
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable, Iterator

from dignity.assess.facts import placed
from dignity.assess.phrases import plural
from dignity.model import Certainty, Fact

__all__ = ["ESTABLISHED", "ALLEGED", "CONTESTED", "REJECTED", "STANDARD_OF_PROOF", "Standing",
           "source_kind", "standing", "standing_of", "weakest", "KIND_WORDS", "kinds_remembered"]

ESTABLISHED, ALLEGED, CONTESTED, REJECTED = "established", "alleged", "contested", "rejected"
_ORDER = [REJECTED, CONTESTED, ALLEGED, ESTABLISHED]

#: The standard of proof the findings apply, named in their reasoning.
STANDARD_OF_PROOF = "reasonable grounds to believe"

#: Kinds whose word establishes a fact by itself (an admission only when it concedes the condition).
_ESTABLISHING = frozenset({"court", "monitor", "author_observation", "authorities", "author"})

#: How each kind of source is named in a finding's reasoning.
KIND_WORDS = {
    "court": "found by a court",
    "monitor": "found by an official inspection or monitoring body",
    "author_observation": "observed by the author on a visit",
    "authorities": "admitted by the authorities",
    "author": "stated by the document's author in its own voice",
    "ngo": "alleged by a non-governmental organisation",
    "party": "alleged by a lawyer or party",
    "detainee": "alleged by the detainee",
    "press": "reported by the press",
    "relayed": "relayed at second hand",
    "other": "alleged by a single source",
}


def _languages() -> tuple[str, ...]:
    """The installed languages, English first: a fact carries no language of its own."""
    from dignity.extract.languages import available

    return ("en",) + tuple(c for c in available() if c != "en")


def _label_kind(label: str, certainty: str) -> str:
    """The kind of a source known only by its label, read with each language's vocabularies
    (``resources/<lang>/attribution.yaml``) until one knows it ("la Defensoría", "le CGLPL")."""
    from dignity.extract.attribution import load_attributor

    kind = "other"
    for lang in _languages():
        kind = load_attributor(lang).label_kind(label, certainty)
        if kind not in ("other",):
            return kind
    return kind


@lru_cache(maxsize=16)
def _relay_words(name: str = "relay_words") -> re.Pattern[str] | None:
    """The shared words ``name`` (``dignity/assess/patterns.yaml``, English) and each language's
    words for them (``standard_phrases`` of its ``language.yaml``): a fact does not say its
    language, and one language's reporting words are rare in another's sentence."""
    from dignity.assess.catalogue import compiled, shared_patterns
    from dignity.extract.languages import language_pack

    parts = [shared_patterns().get(name)]
    parts += [language_pack(lang).spec.standard_phrases.get(name) for lang in _languages()[1:]]
    found = [p for p in parts if p]
    if not found:
        return None
    return compiled(found[0] if len(found) == 1 else "|".join(f"(?:{p})" for p in found))


def _received(fact: Fact, names: tuple[str, ...] = ("relay_words", "voice_words")) -> bool:
    """Whether the fact's sentence says, before its words, that a body only received it from
    others ("received grievances from detainees that included ...") or gives the detainees' own
    view ("they felt unfairly punished", "detainees told us")."""
    pats = [p for p in map(_relay_words, names) if p is not None]
    confirm, credit = _relay_words("confirm_words"), _relay_words("credit_words")
    for ev in fact.evidence:
        sentence = ev.sentence or ""
        at = sentence.find(ev.text) if ev.text else -1
        for pat in pats:
            # the words may open the fact's own ("the allegations of torture")
            m = pat.search(sentence, 0, at + len(ev.text)) if at >= 0 else pat.search(sentence)
            if m and credit is not None and credit.search(sentence, 0, m.start()):
                continue  # "the Court credits the testimony of the inmates that": its finding, not relayed
            if m:
                # "received complaints of force and found that officers struck him": confirmed,
                # the words after it are the body's own finding again
                if at > m.end() and confirm is not None and confirm.search(sentence, m.end(), at):
                    continue
                return True
    return False


def _doubted(fact: Fact) -> str | None:
    """The words by which the fact's own clause doubts it ("appear to have been denied", "it seems
    that", "the apparent lack of", "may have misused"), before its words and with no clause break
    (``clause_breaks``) between: the writer does not say it happened, whoever the writer is."""
    doubt, breaks = _relay_words("doubt_words"), _relay_words("clause_breaks")
    if doubt is None:
        return None
    for ev in fact.evidence:
        sentence = ev.sentence or ev.text or ""
        at = sentence.find(ev.text) if ev.text else -1
        end = at + len(ev.text) if at >= 0 else len(sentence)
        last = None
        for m in doubt.finditer(sentence, 0, end):
            last = m
        if last is None:
            continue
        if at >= 0 and last.end() < at and breaks is not None and breaks.search(sentence, last.end(), at):
            continue  # "it seems the food improved, but the cells were filthy": another clause
        return last.group(0)
    return None


#: ``source_kind``'s (and ``_recited_claim``'s) answers in one assessment (``kinds_remembered``), by
#: all they read of a fact
_KINDS: ContextVar[dict[tuple, Any] | None] = ContextVar("dignity_source_kinds", default=None)


@contextmanager
def kinds_remembered() -> Iterator[None]:
    """Within the block, ``source_kind`` answers each fact it has read once: one assessment asks
    it of a fact several times (each rule that reads the fact, ``standing``, the engine's steps), and
    each answer is a few regex searches of the fact's sentence. Nested blocks share the outer one's
    answers; they are forgotten when the outermost block ends (so that a document is not read by the
    answers about another)."""
    if _KINDS.get() is not None:
        yield
        return
    token = _KINDS.set({})
    try:
        yield
    finally:
        _KINDS.reset(token)


def source_kind(fact: Fact) -> str:
    """The kind of source the fact rests on (court, monitor, author_observation, ...)."""
    memo = _KINDS.get()
    if memo is None:
        return _source_kind(fact)
    q = fact.qualifiers
    kind = q.get("source_kind")
    # (everything ``_source_kind`` reads: the kind given, whether it is credited, the label and
    # certainty, and each evidence's sentence and words)
    key = (kind if isinstance(kind, str) else None, bool(q.get("credited_by")), fact.attributed_to or "",
           str(fact.certainty), tuple((ev.sentence, ev.text) for ev in fact.evidence))
    got = memo.get(key)
    if got is None:
        got = memo[key] = _source_kind(fact)
    return got


def _source_kind(fact: Fact) -> str:
    kind = fact.qualifiers.get("source_kind")
    if not (isinstance(kind, str) and kind in KIND_WORDS):
        kind = _label_kind(fact.attributed_to or "", str(fact.certainty))
    elif fact.qualifiers.get("credited_by") and kind in _ESTABLISHING:
        return kind  # a claim the court or body credited ("We agree."): its finding, not the claim
    if kind in ("author", "author_observation", "monitor") and _received(fact):
        return "relayed"  # what a body received from others is their word, relayed, not its finding
    if kind == "authorities" and _received(fact, ("complaints_received",)):
        # (grade16) nor is a count of the complaints an authority received its admission ("the prosecutor's
        # office received 200 complaints of torture")
        return "relayed"
    if kind == "court" and _received(fact) and not _court_finds_first(fact):
        return "relayed"  # "the Court heard testimony of the inmates that": evidence, not yet found
    if kind in ("court", "author") and _recited_claim(fact):
        return "party"  # a court reciting a party's claim: the party's word, not the court's finding
    if kind in ("author", "author_observation", "monitor", "authorities") and _charged(fact):
        return "party"  # (grade16) "authorities charged two guards with beating an inmate": the prosecution's case
    return kind


def _charged(fact: Fact) -> bool:
    """Whether the fact's own words are what someone is charged with, accused of or arrested for ("the
    prosecutor charged two guards with beating an inmate", "officers accused of torturing detainees"): a
    charge is the prosecution's case, not a finding that it happened (a conviction is one)."""
    charge, breaks = _relay_words("charge_words"), _relay_words("charge_breaks")
    if charge is None:
        return False
    for sentence, at, end in placed(fact):
        for m in charge.finditer(sentence, 0, end):
            gap = sentence[m.end():at]
            if len(gap.split()) <= 6 and not (breaks is not None and breaks.search(gap)):
                return True  # the charge's object reaches the fact's words with no clause between
    return False


def _court_finds_first(fact: Fact) -> bool:
    """Whether the court's own finding opens the fact's sentence before its words ("The Court finds
    that the complaints of cold were true: the cells had no heat"): what follows is found."""
    finding = _relay_words("finding_words")
    for ev in fact.evidence:
        sentence = ev.sentence or ""
        at = sentence.find(ev.text) if ev.text else -1
        if finding is not None and finding.search(sentence, 0, at if at >= 0 else len(sentence)):
            return True
    return False


def _recited_claim(fact: Fact) -> bool:
    """Whether the fact's sentence, before its words, recites a party's claim ("the plaintiffs
    challenge", "a lawsuit alleging that") with no finding of the court's own between."""
    memo = _KINDS.get()  # (answered once a fact in one assessment, as ``source_kind`` is)
    if memo is None:
        return _recites(fact)
    key = ("recited", tuple((ev.sentence, ev.text) for ev in fact.evidence))
    got = memo.get(key)
    if got is None:
        got = memo[key] = _recites(fact)
    return bool(got)


def _recites(fact: Fact) -> bool:
    claim, finding = _relay_words("claim_words"), _relay_words("finding_words")
    settled = _relay_words("settled_fact_words")
    if claim is None:
        return False
    for sentence, at, end in placed(fact):
        # the claim's verb may open the fact's own words ("the plaintiffs challenge the call system");
        # a finding of the court's, or words that the practice is admitted ("challenge the admitted
        # policy which denies them methadone"), between the claim and the fact end the recital
        m = claim.search(sentence, 0, end)
        if m and m.start() < at and not any(rx is not None and rx.search(sentence, m.end(), at)
                                            for rx in (finding, settled)):
            return True
    return False


@dataclass(frozen=True)
class Standing:
    level: str  # established | alleged | contested | rejected
    why: str  # "found by a court (the court)"
    facts: tuple[Fact, ...] = ()

    @property
    def established(self) -> bool:
        return self.level == ESTABLISHED


def _norm(label: str) -> str:
    return re.sub(r"\s*\(.*?\)\s*", " ", (label or "").lower()).strip()


_NAMED = re.compile(r"(?<!^)\b[A-Z][\w’'\-]+")
#: a run of capitalised words after the label's first word: its proper name ("Lantern Watch" in "The NGO
#: Lantern Watch"; not "NGO", a kind, when a name follows it)
_PROPER = re.compile(r"(?<!^)(?<![\w’'\-])(?:[A-Z][a-z][\w’'\-]*)(?:\s+(?:of\s+|for\s+|the\s+)*[A-Z][\w’'\-]+)*")


def _named(label: str | None) -> bool:
    """A source that can be told apart from another ("Amnesty International", "John Doe
    (plaintiff)"), not a crowd ("human rights activists", "prisoners", "reports"), whose
    word may be the same word twice."""
    return bool(label and _NAMED.search(label.strip()))


def _number(v: object) -> float | None:
    return float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else None


def _same_value(a: Fact, b: Fact) -> bool:
    """Whether two facts of one type say the same thing: numbers within 15 % in the same unit
    (14 days found does not corroborate 17 alleged), the same yes/no; words always agree."""
    x, y = _number(a.value), _number(b.value)
    if x is not None and y is not None:
        return (a.unit or "") == (b.unit or "") and abs(x - y) <= 0.15 * max(abs(x), abs(y))
    if isinstance(a.value, bool) and isinstance(b.value, bool):
        return a.value == b.value
    return True


#: how many candidate second sources are kept per (type, polarity)
_KEPT = 32

#: pools seen lately: id -> (the pool, its length, its index); a group's facts are asked
#: about once per fact and rule, so the index is built once per pool, not per question
_POOLS: dict[int, tuple[object, int, dict[tuple[str, bool], list[Fact]]]] = {}


def _agreeing(pool: Iterable[Fact]) -> dict[tuple[str, bool], list[Fact]]:
    """(type, negated) -> the pool's facts that can be a second, agreeing source (not
    contested, hypothetical or rejected; a named source, not relayed), in pool order,
    one per source and value, at most ``_KEPT`` of them (so a question costs O(1) however
    large the pool)."""
    if not isinstance(pool, (list, tuple)):
        pool = list(pool)
    hit = _POOLS.get(id(pool))
    if hit is not None and hit[0] is pool and hit[1] == len(pool):
        return hit[2]
    index: dict[tuple[str, bool], list[Fact]] = {}
    for other in pool:
        if str(other.certainty) in (Certainty.contested.value, Certainty.hypothetical.value) \
                or other.qualifiers.get("rejected_by") or not _named(other.attributed_to):
            continue
        found = index.setdefault((other.type, bool(other.negated)), [])
        if len(found) >= _KEPT or source_kind(other) == "relayed" or _recited_claim(other):
            continue  # a claim a court recites is the party's word again, not a second source
        if any(_norm(f.attributed_to) == _norm(other.attributed_to) and _same_value(f, other)
               for f in found):
            continue  # the same source saying the same thing adds nothing
        found.append(other)
    if len(_POOLS) >= 16:
        _POOLS.pop(next(iter(_POOLS)))
    _POOLS[id(pool)] = (pool, len(pool), index)
    return index


_TITLED: dict[int, tuple[object, int, frozenset[str]]] = {}
_HONORIFIC = re.compile(r"^(?:mr|mrs|ms|dr|prof|judge|justice|sir|dame)\.?\s+", re.I)


def _titled_names(pool: Iterable[Fact]) -> frozenset[str]:
    """Surnames the pool's sentences give an official monitor's title ("Manfred Nowak,
    Special Rapporteur on torture"), by the catalogue's ``monitor_titles``."""
    if not isinstance(pool, (list, tuple)):
        pool = list(pool)
    hit = _TITLED.get(id(pool))
    if hit is not None and hit[0] is pool and hit[1] == len(pool):
        return hit[2]
    from dignity.assess.catalogue import shared_patterns

    titles = shared_patterns().get("monitor_titles")
    names: set[str] = set()
    if titles:
        rx = re.compile(r"\b([A-Z][\w’'\-]+)\s*,\s*" + titles)
        # the title first: "The Chair of the Subcommittee on Prevention of Torture, María Luisa Romero,"
        before = re.compile(titles + r"[^.;:,]{0,80},\s+(?:[A-Z][\w’'\-]+\s+){0,3}([A-Z][\w’'\-]+)"
                            r"\s*(?:,|said|noted|told|stated)")
        for sentence in {ev.sentence for f in pool for ev in f.evidence if ev.sentence}:
            names.update(m.group(1).lower() for m in rx.finditer(sentence))
            names.update(m.group(1).lower() for m in before.finditer(sentence))
    if len(_TITLED) >= 16:
        _TITLED.pop(next(iter(_TITLED)))
    out = frozenset(names)
    _TITLED[id(pool)] = (pool, len(pool), out)
    return out


def _as_monitor(fact: Fact, pool: Iterable[Fact]) -> bool:
    """Whether the fact's source, named alone ("Mr. Nowak"), is a person the documents give an
    official monitor's title."""
    label = _HONORIFIC.sub("", re.sub(r"\s*\(.*?\)\s*", " ", fact.attributed_to or "").strip())
    words = label.split()
    return bool(words) and len(words) <= 3 and words[-1][:1].isupper() and words[-1].lower() in _titled_names(pool)


_MONITOR_DOCS: dict[int, tuple[object, int, bool]] = {}


def _monitor_document(pool: Iterable[Fact]) -> bool:
    """Whether the documents are a monitoring body's own report: the author speaks as an official
    inspection or monitoring body (its own facts are of kind ``monitor``)."""
    if not isinstance(pool, (list, tuple)):
        pool = list(pool)
    hit = _MONITOR_DOCS.get(id(pool))
    if hit is not None and hit[0] is pool and hit[1] == len(pool):
        return hit[2]
    out = any(_norm(f.attributed_to or "the author") in ("the author", "author", "")
              and f.qualifiers.get("source_kind") == "monitor" for f in pool)
    if len(_MONITOR_DOCS) >= 16:
        _MONITOR_DOCS.pop(next(iter(_MONITOR_DOCS)))
    _MONITOR_DOCS[id(pool)] = (pool, len(pool), out)
    return out


def _monitor_label(fact: Fact) -> bool:
    """Whether the fact's source is named by a monitoring body's title ("the UN torture expert")."""
    pat = _relay_words("monitor_labels")
    return bool(pat is not None and fact.attributed_to and pat.search(fact.attributed_to))


def _third_party(fact: Fact) -> bool:
    """Whether the fact's source, unnamed, is plainly someone other than the body that writes
    ("NGOs", "local media", "human rights activists", "relatives", "sources"): in a monitoring
    body's or the State Department's report, their word is theirs, relayed, however it is told."""
    pat = _relay_words("third_party_labels")
    return bool(pat is not None and fact.attributed_to and pat.search(fact.attributed_to))


def _hedged(fact: Fact) -> bool:
    """Whether the fact's sentence hedges it or gives it to another ("allegedly", "according to"),
    or gives the detainees' own view ("they felt", "told us")."""
    pat = _relay_words("hedge_words")
    return _received(fact) or (pat is not None and any(pat.search(ev.sentence or ev.text or "")
                                                       for ev in fact.evidence))


def _cites(a: Fact, b: Fact) -> bool:
    """Whether ``a``'s sentence, another than ``b``'s, names ``b``'s source ("El Diario, citing
    Amnesty International, reported ..."): the same word passed on, not a second source."""
    name = _norm(b.attributed_to)
    if len(name) < 3:
        return False
    # (grade16) an organisation by its proper name too, without the article and the kind before it: "the
    # director of Lantern Watch" names "The NGO Lantern Watch" (a name of two words or more, after "the": not a
    # person's surname, which the other source's sentence may name as the victim)
    label = re.sub(r"\s*\(.*?\)\s*", " ", b.attributed_to or "").strip()
    names = {name}
    if label[:4].lower() == "the ":
        names |= {m.group(0).lower() for m in _PROPER.finditer(label) if len(m.group(0).split()) >= 2}
    theirs = {ev.sentence or ev.text for ev in b.evidence}
    return any((ev.sentence or ev.text) not in theirs
               and any(n in (ev.sentence or ev.text or "").lower() for n in names)
               for ev in a.evidence)


def _places(fact: Fact) -> set[str]:
    """The named places of detention in the fact's own sentences ("Kessel prison"), lower-cased."""
    pat = _relay_words("place_names")
    if pat is None:
        return set()
    found: set[str] = set()
    for ev in fact.evidence:
        for m in pat.finditer(ev.sentence or ev.text or ""):
            found.add(" ".join(m.group(1).split()).lower())  # the name, its article left out by the pattern
    return found


def _same_matter(a: Fact, b: Fact) -> bool:
    """Whether two facts can be one matter two sources agree on: not when they name different
    places ("Kessel prison" / "Orla prison"), different dates ("2019-03" / "2019-05") or different
    persons. Two allegations of two incidents are two allegations, each of one source."""
    if a.observed_on and b.observed_on and not (a.observed_on.startswith(b.observed_on)
                                                or b.observed_on.startswith(a.observed_on)):
        return False
    if a.subject_kind == "person" and b.subject_kind == "person" and _norm(a.subject) != _norm(b.subject):
        return False
    pa, pb = _places(a), _places(b)
    return not (pa and pb and not (pa & pb))


def _one_person(a: Fact, b: Fact) -> bool:
    """Whether two facts about one person rest on that person's own word twice: each source is
    the person by name or a role that stands for the person ("Inmate Brian Ridley says in a
    lawsuit ..."; "The resident of the prison says ...") or speaks for the person (his lawyer, his
    wife: ``proxy_labels``): one source, not two that agree."""
    if a.subject_kind != "person" or b.subject_kind != "person" or _norm(a.subject) != _norm(b.subject):
        return False
    subject = _norm(a.subject)
    role, proxy = _relay_words("own_word_labels"), _relay_words("proxy_labels")

    def his(label: str) -> bool:
        low = _norm(label)
        return bool(low) and (low == subject or low in subject or subject in low
                              or (role is not None and role.search(low) is not None)
                              or (proxy is not None and proxy.search(low) is not None))

    return his(a.attributed_to or "") and his(b.attributed_to or "")


def standing(fact: Fact, pool: Iterable[Fact] = ()) -> Standing:
    """How well ``fact`` is established, counting other facts of ``pool`` that agree with it."""
    rejected_by = fact.qualifiers.get("rejected_by")
    if rejected_by:
        return Standing(REJECTED, f"rejected or found not credible by {rejected_by}", (fact,))
    c = str(fact.certainty)
    if c == Certainty.contested.value:
        says = "say" if plural(fact.attributed_to or "") else "says"
        return Standing(CONTESTED, f"disputed ({fact.attributed_to or 'one source'} {says} so, another denies it)",
                        (fact,))
    kind = source_kind(fact)
    src = fact.attributed_to or "the author"
    if fact.qualifiers.get("credited_by") and kind in _ESTABLISHING:
        src = f"{src}, credited by {fact.qualifiers['credited_by']}"
    if kind == "other" and (_as_monitor(fact, pool) or (
            (_monitor_label(fact) or (_monitor_document(pool) and not _named(fact.attributed_to)
                                      and not _third_party(fact)))
            and not _hedged(fact))):
        # "Mr. Nowak said", after "Manfred Nowak, Special Rapporteur on torture"; a source named by a
        # monitoring body's title ("the UN torture expert", "Committee experts"); or, in a monitoring
        # body's own report, a statement in no one's name: unhedged ("allegedly", "according to",
        # "asked about"), the body's own word.  A bare name stays one source (a detainee quoted?).
        kind = "monitor"
    # a court's or monitor's own word ("the Special Rapporteur noted") is its finding; what it only
    # relays ("received allegations") is of kind `relayed`; the author's word must be asserted
    doubted = _doubted(fact) if kind in _ESTABLISHING and kind != "court" else None
    if kind in _ESTABLISHING and (c == Certainty.asserted.value or kind != "author") \
            and not (kind == "authorities" and fact.negated) and doubted is None:
        return Standing(ESTABLISHED, f"{KIND_WORDS[kind]} ({src})", (fact,))
    if doubted is not None:
        # "detainees appear to have been denied food": the writer's own doubt, not its finding
        return Standing(ALLEGED, f"{KIND_WORDS[kind]} ({src}), but in words that doubt it (“{doubted}”)", (fact,))
    # two independent sources that agree: the first other fact of the pool (in its order)
    # of the same type, polarity and value, from a named source of another name, not relayed
    if _named(fact.attributed_to) and kind != "relayed" and not _recited_claim(fact):
        mine = _norm(fact.attributed_to)
        for other in _agreeing(pool).get((fact.type, bool(fact.negated)), ()):
            if other is not fact and _norm(other.attributed_to) != mine and _same_value(fact, other) \
                    and not _cites(fact, other) and not _cites(other, fact) and not _one_person(fact, other) \
                    and _same_matter(fact, other):
                return Standing(ESTABLISHED, f"two independent sources agree ({src}; {other.attributed_to})",
                                (fact, other))
    what = KIND_WORDS.get(kind, KIND_WORDS["other"])
    if kind == "relayed":
        return Standing(ALLEGED, f"a single allegation {what} ({src})", (fact,))
    return Standing(ALLEGED, f"a single allegation, {what} ({src})", (fact,))


def standing_of(facts: Iterable[Fact], pool: Iterable[Fact] = ()) -> Standing:
    """The standing of a conclusion resting on several premises: its weakest premise's."""
    if not isinstance(pool, (list, tuple)):
        pool = list(pool)
    out = [standing(f, pool) for f in facts]
    if not out:
        return Standing(ALLEGED, "no fact")
    return min(out, key=lambda s: _ORDER.index(s.level))


def weakest(facts: Iterable[Fact], pool: Iterable[Fact] = ()) -> Standing:
    return standing_of(facts, pool)
