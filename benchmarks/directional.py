"""Does the grade of a finding follow who says so?  Directional tests of the assessment.

Each read passage (``../shared/corpus/dev.jsonl`` and ``train-*.jsonl``, English, Spanish and
French; never ``heldout-*``) is rewritten so that every sentence of it is put in one voice, in
the manner of CheckList's directional tests, and each rule's status (the most severe of its
findings) is compared with that of the passage as written:

* **alleged**: every sentence becomes one party's allegation ("The detainee's lawyer alleges
  that ...", "According to one former detainee, ...").  One source, relayed: no finding may be ``violation_likely``.
* **rejected**: every sentence becomes a claim the court rejected ("The court rejected as not
  credible the claim that ...").  No finding may be a breach (``violation_likely`` or
  ``concern``).
* **hedged**: every sentence becomes a possibility ("It is possible that ...").  No finding may
  be ``violation_likely``.
* **observed**: every sentence becomes what an official inspection saw on its visit ("The
  inspectors observed that ...").  What was ``violation_likely`` must stay so: the facts are
  established, so the grade may rise, never fall.

A rule whose status breaks its direction is counted, per language and voice; ``--show`` lists
them (passage id, rule, before, after).  ``--facts`` looks one step earlier, at the standing the
assessment gives each fact of the rewritten passage (``dignity.assess.evidence.standing``):
alleged and hedged facts may not be established, observed ones must be, and rejected ones must be
rejected.  No label is read, and the passages are only rewritten
in memory, never written out.

Each voice has several lead-ins (``WORK``) and others (``CHECK``, ``--check``) written before any
fix and never fixed on: a fix that holds on WORK and not on CHECK learned the words, not the voice.

    python benchmarks/directional.py [--lang en|es|fr] [--voice NAME] [--check] [--facts] [--show]
                                     [--out FILE.json]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from invariance import CORPUS, _statuses  # noqa: E402

READ = {"en": ("dev", "train-courts", "train-usgov", "train-monitors"), "es": ("train-es",), "fr": ("train-fr",)}

#: language -> voice -> the lead-ins put before each sentence (its first word lower-cased where it is a
#: common word, not a name), one reading of the passage per lead-in.  ``WORK``: the lead-ins fixes may be
#: made on; ``CHECK``: others of each voice, written before any fix and never fixed on, to see whether a
#: fix learned the voice or only the words.
WORK: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "alleged": ("The detainee's lawyer alleges that", "The plaintiff claims that",
                    "According to one former detainee,"),
        "rejected": ("The court rejected as not credible the claim that", "The judge found no evidence that",
                     "The court was not persuaded by the plaintiff's assertion that"),
        "hedged": ("It is possible that", "It may be that", "There are unconfirmed suggestions that"),
        "observed": ("The inspectors observed during their visit that",
                     "The Subcommittee's delegation saw for itself that", "The court finds that"),
    },
    "es": {
        "alleged": ("El abogado del detenido alega que", "Según un exinterno,", "La denunciante afirma que"),
        "rejected": ("El tribunal rechazó por no creíble la afirmación de que", "El juez no encontró pruebas de que"),
        "hedged": ("Es posible que", "Quizás"),
        "observed": ("Los inspectores constataron durante su visita que", "La Corte determina que"),
    },
    "fr": {
        "alleged": ("L'avocat du détenu allègue que", "Selon un ancien détenu,", "Le requérant soutient que"),
        "rejected": ("La Cour a rejeté comme non crédible l'allégation selon laquelle",
                     "Le juge n'a trouvé aucune preuve que"),
        "hedged": ("Il est possible que", "Peut-être que"),
        "observed": ("Les inspecteurs ont constaté lors de leur visite que", "La Cour constate que"),
    },
}
CHECK: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "alleged": ("In a letter to his family, the prisoner wrote that", "His mother told reporters that",
                    "The petition asserts that"),
        "rejected": ("The court found unsupported the allegation that",
                     "The district court rejected the inmate's claim that",
                     "The jury did not believe the plaintiff's testimony that"),
        "hedged": ("It is unclear whether", "Some believe that", "It could not be verified whether"),
        "observed": ("During the inspection, the monitoring team found that",
                     "The Inspector General's staff confirmed on site that", "The court found as a fact that"),
    },
    "es": {
        "alleged": ("Su madre declaró a la prensa que", "En una carta, el preso escribió que",
                    "La demanda sostiene que"),
        "rejected": ("La Corte desestimó la alegación de que",
                     "El tribunal consideró infundada la queja según la cual"),
        "hedged": ("No está claro si", "Podría ser que"),
        "observed": ("Durante la visita, el Mecanismo Nacional comprobó que", "La Comisión verificó in situ que"),
    },
    "fr": {
        "alleged": ("Dans une lettre, le prisonnier écrit que", "Sa mère a déclaré à la presse que",
                    "La plainte affirme que"),
        "rejected": ("La Cour a jugé non établie l'affirmation selon laquelle",
                     "Le tribunal a écarté le grief selon lequel"),
        "hedged": ("Il n'est pas certain que", "Il se pourrait que"),
        "observed": ("Lors de la visite, le Contrôleur général a relevé que", "Le CPT a observé sur place que"),
    },
}
#: voice -> the statuses a rule may not have after it (``None``: a rule that was violation_likely
#: must still be)
FORBIDDEN: dict[str, frozenset[str] | None] = {
    "alleged": frozenset({"violation_likely"}),
    "rejected": frozenset({"violation_likely", "concern"}),
    "hedged": frozenset({"violation_likely"}),
    "observed": None,
}

#: first words lower-cased after the lead-in (articles, pronouns, prepositions, common openers)
_COMMON = frozenset("""
the a an he she they it his her their its there this that these those in on at for from during after before
when while since as however moreover also both all some many most several each every no none one two three
inmates prisoners detainees officers guards staff conditions cells food water access
el la los las un una él ella ellos ellas su sus en durante después antes cuando desde también todos
algunos muchos varios cada ningún ninguna los internos presos detenidos
le la les un une il elle ils elles son sa ses leur leurs dans pendant après avant lorsque quand depuis
aussi tous certains plusieurs chaque aucun aucune les détenus
""".split())

#: what may open a sentence before its first word, kept before the lead-in: a list item's number, letter or
#: bullet ("1.", "(b)", "- "), then a quote or a bracket
_SENTENCE_OPEN = re.compile(r"\s*(?:(?:\d{1,3}[.)]|\(?[a-z0-9]{1,3}\)|[-•*–—])\s+)?[\"“«(]?\s*")


def _lead(sentence: str, lead: str) -> str:
    m = _SENTENCE_OPEN.match(sentence)
    opening, body = sentence[:m.end()], sentence[m.end():]
    # a word's altered first letter in brackets ("[W]e find") is the word
    bracketed = len(body) > 2 and body[0] == "[" and body[1].isalpha() and body[2] == "]"
    if not body or not (body[0].isalpha() or bracketed):
        return sentence
    if bracketed:
        return f"{opening}{lead} [{body[1].lower()}]{body[3:]}"
    first = re.match(r"\w+", body)
    if first and first.group(0).lower() in _COMMON:
        body = body[0].lower() + body[1:]
    return f"{opening}{lead} {body}"


def voiced(text: str, lead: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with every sentence (``spans``: its sentences' character spans) opened by ``lead``;
    what lies between sentences (white space, line breaks) kept."""
    out, last = [], 0
    for a, b in spans:
        out.append(text[last:a])
        sentence = text[a:b]
        out.append(_lead(sentence, lead) if len(sentence.split()) >= 3 else sentence)
        last = b
    out.append(text[last:])
    return "".join(out)


def _broken(voice: str, before: dict[str, str], after: dict[str, str]) -> list[tuple[str, str, str]]:
    forbidden = FORBIDDEN[voice]
    if forbidden is None:
        return [(rule, status, after.get(rule, "none")) for rule, status in sorted(before.items())
                if status == "violation_likely" and after.get(rule) != "violation_likely"]
    return [(rule, before.get(rule, "none"), status) for rule, status in sorted(after.items()) if status in forbidden]


#: voice -> the standings a fact of it may have (``dignity.assess.evidence``; "hypothetical": a fact
#: the assessment sets aside, which no voice breaks)
FACT_STANDINGS: dict[str, frozenset[str]] = {
    "alleged": frozenset({"alleged", "contested", "rejected", "hypothetical"}),
    "rejected": frozenset({"rejected", "hypothetical"}),
    "hedged": frozenset({"alleged", "contested", "rejected", "hypothetical"}),
    "observed": frozenset({"established", "hypothetical"}),
}


def _passages(lang: str, corpus: Path):
    for name in READ[lang]:
        for line in (corpus / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield json.loads(line)


def run_facts(langs: tuple[str, ...] = ("en", "es", "fr"), voices: tuple[str, ...] | None = None,
              corpus: Path = CORPUS, leads: dict[str, dict[str, tuple[str, ...]]] = WORK) -> dict[str, dict[str, dict]]:
    """lang -> voice -> facts read (counted ones, of every reading) and each whose standing breaks the
    voice ([passage, lead-in, type, standing, the words])."""
    from dignity.assess.evidence import standing
    from dignity.eval.scorer import counted
    from dignity.extract import default_extractor
    from dignity.ingest import from_text

    out: dict[str, dict[str, dict]] = {}
    for lang in langs:
        extractor = default_extractor(lang)
        names = voices or tuple(leads[lang])
        rows = out[lang] = {v: {"facts": 0, "broken": []} for v in names}
        for passage in _passages(lang, corpus):
            text, date = passage["text"], passage.get("doc_date")
            spans = extractor.sentence_spans(text)
            for voice in names:
                for lead in leads[lang][voice]:
                    doc = from_text(voiced(text, lead, spans), date=date, language=lang)
                    facts = [f for f in extractor.extract_document(doc).facts if counted(f)]
                    row = rows[voice]
                    row["facts"] += len(facts)
                    for f in facts:
                        level = "hypothetical" if str(f.certainty) == "hypothetical" else standing(f, facts).level
                        if level not in FACT_STANDINGS[voice]:
                            words = f.evidence[0].text if f.evidence else ""
                            row["broken"].append([passage["id"], lead, f.type, level, words])
    return out


def run(langs: tuple[str, ...] = ("en", "es", "fr"), voices: tuple[str, ...] | None = None,
        corpus: Path = CORPUS, leads: dict[str, dict[str, tuple[str, ...]]] = WORK) -> dict[str, dict[str, dict]]:
    """lang -> voice -> readings (passages x lead-ins), rules before that the direction bears on (once per
    reading), and each rule that broke it ([passage, lead-in, rule, before, after])."""
    from dignity.eval.runner import system_predictor
    from dignity.extract import default_extractor

    predict = system_predictor()
    out: dict[str, dict[str, dict]] = {}
    for lang in langs:
        splitter = default_extractor(lang)

        def read(text: str, date: str | None, lang: str = lang):
            return predict(text, date, lang)
        names = voices or tuple(leads[lang])
        rows = out[lang] = {v: {"passages": 0, "bearing": 0, "broken": []} for v in names}
        for passage in _passages(lang, corpus):
            text, date = passage["text"], passage.get("doc_date")
            before = _statuses(read, text, date)
            spans = splitter.sentence_spans(text)
            for voice in names:
                for lead in leads[lang][voice]:
                    after = _statuses(read, voiced(text, lead, spans), date)
                    row = rows[voice]
                    row["passages"] += 1
                    forbidden = FORBIDDEN[voice]
                    row["bearing"] += sum(1 for s in before.values()
                                          if (s == "violation_likely" if forbidden is None else s in forbidden))
                    row["broken"] += [[passage["id"], lead, *b] for b in _broken(voice, before, after)]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", choices=sorted(WORK), action="append", help="only this language (repeatable)")
    parser.add_argument("--voice", choices=sorted(FORBIDDEN), action="append", help="only this voice (repeatable)")
    parser.add_argument("--check", action="store_true", help="the CHECK lead-ins (never fixed on), not WORK")
    parser.add_argument("--facts", action="store_true", help="each fact's standing, not each rule's status")
    parser.add_argument("--show", action="store_true", help="list every rule that broke its direction")
    parser.add_argument("--out", type=Path, help="write the results as JSON")
    args = parser.parse_args(argv)
    if not (CORPUS / "dev.jsonl").exists():
        print(f"directional: no corpus at {CORPUS}", file=sys.stderr)
        return 2
    langs, voices, leads = tuple(args.lang or WORK), tuple(args.voice) if args.voice else None, \
        CHECK if args.check else WORK
    if args.facts:
        results = run_facts(langs, voices, leads=leads)
        counts, line = ("facts",), "    {} [{}] {} {}: {!r:.82}"
    else:
        results = run(langs, voices, leads=leads)
        counts, line = ("passages", "bearing"), "    {} [{}] {}: {} -> {}"
    print(f"{'lang':4s} {'voice':9s} " + " ".join(f"{c:>8s}" for c in counts) + f" {'broken':>8s}")
    for lang, rows in results.items():
        for voice, row in rows.items():
            print(f"{lang:4s} {voice:9s} " + " ".join(f"{row[c]:8d}" for c in counts) + f" {len(row['broken']):8d}")
            if args.show:
                for broken in row["broken"]:
                    print(line.format(*broken))
    if args.out:
        args.out.write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
