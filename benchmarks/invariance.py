"""Does extraction hold when the words change but the meaning does not?

Each read English passage (``../shared/corpus/dev.jsonl`` and ``train-*.jsonl``; never
``heldout-*``) is rewritten by one meaning-preserving change at a time, in the manner
of CheckList's invariance tests: another tense, a contracted or written-out "not", an
adverb inside the verb group ("was often held"), curly or straight quotes, British
spelling, "inmates" for "prisoners", number words for digits, another gender, an
opening "Moreover,".  The facts the scorer counts (type, negated) are compared with
those of the passage as written: a fact lost or gained is a rule that learned the
words, not the construction.  No label is read; the passages are only rewritten in
memory, never written out.

    python benchmarks/invariance.py [--findings] [--show] [--out FILE.json]

``--show`` lists each passage id and fact lost or gained; ``--out`` writes the counts.
``--findings`` compares the assessment instead: each rule's status (the most severe of its
findings), under the rewrites that keep what a finding rests on (not "routinely", which says a
measure is routine, nor the ones that change who is held where).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
READ = ("dev", "train-courts", "train-usgov", "train-monitors")

_PARTICIPLE = (r"(?:held|kept|put|given|denied|left|shackled|beaten|taken|made|forced|allowed|placed|confined|housed|"
               r"locked|subjected|deprived|refused|told|provided|served|fed|chained|restrained|moved|transferred|\w+ed)")
_NOTS = (("did not", "didn't"), ("was not", "wasn't"), ("were not", "weren't"), ("could not", "couldn't"),
         ("does not", "doesn't"), ("do not", "don't"), ("is not", "isn't"), ("are not", "aren't"),
         ("had not", "hadn't"), ("has not", "hasn't"), ("have not", "haven't"))
_NUMBER_WORDS = {"1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven",
                 "8": "eight", "9": "nine", "10": "ten", "11": "eleven", "12": "twelve"}
_BRITISH = (("ization", "isation"), ("izing", "ising"), ("ized", "ised"), ("ize", "ise"), ("center", "centre"),
            ("behavior", "behaviour"), ("labor", "labour"), ("favor", "favour"))
_GENDER = {"he": "she", "He": "She", "his": "her", "His": "Her", "him": "her", "himself": "herself"}


def _subs(*pairs: tuple[str, str]) -> Callable[[str], str]:
    def rewrite(text: str) -> str:
        for pattern, repl in pairs:
            text = re.sub(pattern, repl, text)
        return text
    return rewrite


def _adverb(word: str) -> Callable[[str], str]:
    return _subs((rf"\b(was|were|is|are) ({_PARTICIPLE})\b", rf"\1 {word} \2"))


def _contract(text: str) -> str:
    for full, short in _NOTS:
        text = re.sub(rf"\b{full}\b", short, text)
    return text


def _uncontract(text: str) -> str:
    for full, short in _NOTS:
        text = text.replace(short, full).replace(short.replace("'", "’"), full)
    return text


def _british(text: str) -> str:
    for us, uk in _BRITISH:
        text = text.replace(us, uk)
    return text


def _moreover(text: str) -> str:
    def lead(m: re.Match[str]) -> str:
        word = m.group(2)
        return f"{m.group(1)}Moreover, {word.lower() if word in ('The', 'He', 'She', 'They') else word} "
    return re.sub(r"(?m)(^|(?<=\. ))(The|He|She|They|Inmates|Prisoners|Detainees) ", lead, text)


def _wrapped(text: str, hyphenate: bool = False, width: int = 78) -> str:
    """Each line cut into lines of ``width`` as a PDF's text comes (the line breaks already there
    kept); ``hyphenate``: a long word in lower case that would open the next line is cut across
    the two with a hyphen."""
    out = []
    for line in text.split("\n"):
        lines = textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False) or [line]
        for i in range(len(lines) - 1):
            first, _, rest = lines[i + 1].partition(" ")
            if hyphenate and len(first) >= 9 and first.isalpha() and first.islower():
                half = len(first) // 2
                lines[i], lines[i + 1] = f"{lines[i]} {first[:half]}-", first[half:] + (f" {rest}" if rest else "")
        out.append("\n".join(lines))
    return "\n".join(out)


#: name -> a rewrite that keeps what the passage says
REWRITES: dict[str, Callable[[str], str]] = {
    "present tense": _subs((r"\bwas\b", "is"), (r"\bwere\b", "are"), (r"\bWas\b", "Is"), (r"\bWere\b", "Are"),
                           (r"\bdid not\b", "does not")),
    "past tense": _subs((r"\bis\b", "was"), (r"\bare\b", "were"), (r"\bIs\b", "Was"), (r"\bAre\b", "Were"),
                        (r"\bhas been\b", "had been"), (r"\bhave been\b", "had been"), (r"\bdoes not\b", "did not"),
                        (r"\bdo not\b", "did not")),
    "adverb 'routinely'": _adverb("routinely"),
    "adverb 'often'": _adverb("often"),
    "adverb 'also'": _adverb("also"),
    "contracted not": _contract,
    "written-out not": _uncontract,
    "curly quotes": _subs((r"(\w)'(\w)", "\\1’\\2"), (r'"(\w)', "“\\1"), (r'"', "”")),
    "straight quotes": _subs(("[’‘]", "'"), ("[“”]", '"')),
    "British spelling": _british,
    "inmates -> prisoners": _subs((r"\binmates\b", "prisoners"), (r"\bInmates\b", "Prisoners"),
                                  (r"\binmate\b", "prisoner"), (r"\bInmate\b", "Prisoner")),
    "number words": _subs((r"\b(\d{1,2})\b(?= (?:hours?|days?|weeks?|months?|years?|times|visits|calls|minutes))",
                           lambda m: _NUMBER_WORDS.get(m.group(1), m.group(1)))),
    "plaintiff -> petitioner": _subs((r"\bplaintiff\b", "petitioner"), (r"\bPlaintiff\b", "Petitioner"),
                                     (r"\bplaintiffs\b", "petitioners"), (r"\bPlaintiffs\b", "Petitioners")),
    "guards -> officers": _subs((r"\bguards\b", "officers"), (r"\bGuards\b", "Officers"), (r"\bguard\b", "officer"),
                                (r"\bGuard\b", "Officer")),
    "officers -> staff": _subs((r"\b(?:correctional |detention |prison )?officers\b", "staff"),
                               (r"\b(?:Correctional |Detention |Prison )?Officers\b", "Staff")),
    "prison -> jail": _subs((r"\bprison\b", "jail"), (r"\bprisons\b", "jails")),
    "jail -> detention centre": _subs((r"\bjail\b", "detention centre"), (r"\bjails\b", "detention centres")),
    "solitary -> isolation": _subs((r"\bsolitary confinement\b", "isolation"),
                                   (r"\bSolitary confinement\b", "Isolation")),
    "segregation -> solitary": _subs((r"\b(?:administrative |disciplinary |punitive )?segregation\b",
                                      "solitary confinement")),
    "lawyer -> attorney": _subs((r"\ba lawyer\b", "an attorney"), (r"\blawyer\b", "attorney"),
                                (r"\blawyers\b", "attorneys"), (r"\bLawyer\b", "Attorney"),
                                (r"\bLawyers\b", "Attorneys")),
    "attorney -> counsel": _subs((r"\b(?:an|the) attorneys?\b", "counsel"), (r"\battorneys?\b", "counsel")),
    "doctor -> physician": _subs((r"\bdoctors?\b", lambda m: "physician" + m.group(0)[6:])),
    "family -> relatives": _subs((r"\b(?:his|her|their) family\b", lambda m: m.group(0).split()[0] + " relatives"),
                                 (r"\bfamily members\b", "relatives")),
    "exercise -> recreation": _subs((r"\bexercise\b", "recreation"), (r"\bExercise\b", "Recreation")),
    "recreation -> exercise": _subs((r"\brecreation\b", "exercise"), (r"\bRecreation\b", "Exercise")),
    "toilets -> latrines": _subs((r"\btoilets\b", "latrines"), (r"\btoilet\b", "latrine")),
    "meals -> food": _subs((r"\bmeals\b", "food rations")),
    "other gender": _subs((r"\b(he|He|his|His|him|himself)\b", lambda m: _GENDER[m.group(1)])),
    "opening 'Moreover,'": _moreover,
    "lines wrapped (a PDF's)": _wrapped,
    "lines wrapped, words hyphenated": lambda text: _wrapped(text, hyphenate=True),
}


#: rewrites that change what a finding rests on: "routinely" makes a measure routine (rule 45), "her" may be
#: an object, a jail holds the untried
NOT_FOR_FINDINGS = frozenset({"adverb 'routinely'", "other gender", "prison -> jail", "jail -> detention centre"})
_SEVERITY = ("violation_likely", "concern", "insufficient_information", "compliant")


def _statuses(predict, text: str, date: str | None) -> dict[str, str]:
    out: dict[str, str] = {}
    for f in predict(text, date).findings:
        status = str(f.status)
        if f.rule not in out or _SEVERITY.index(status) < _SEVERITY.index(out[f.rule]):
            out[f.rule] = status
    return out


def run_findings(corpus: Path = CORPUS) -> dict[str, dict]:
    """Per rewrite (those in ``NOT_FOR_FINDINGS`` left out): how many passages it changed, and each
    rule whose status changed (passage, rule, before, after; "none" where there is no finding)."""
    from dignity.eval.runner import system_predictor

    predict = system_predictor()
    out: dict[str, dict] = {name: {"passages": 0, "changed": []} for name in REWRITES if name not in NOT_FOR_FINDINGS}
    seen: dict[str, dict[str, str]] = {}  # each passage's own statuses, read once
    for pid, text, date, rewrite, changed in _rewritten(corpus, list(out)):
        base = seen[pid] if pid in seen else seen.setdefault(pid, _statuses(predict, text, date))
        after = _statuses(predict, changed, date)
        row = out[rewrite]
        row["passages"] += 1
        row["changed"] += [[pid, rule, base.get(rule, "none"), after.get(rule, "none")]
                           for rule in sorted(base.keys() | after.keys()) if base.get(rule) != after.get(rule)]
    return out


def _rewritten(corpus: Path, rewrites: list[str]):
    """(passage id, text, date, rewrite, rewritten text) for each read passage and each of ``rewrites``
    that changes it."""
    for name in READ:
        for line in (corpus / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            passage = json.loads(line)
            text = passage["text"]
            for rewrite in rewrites:
                changed = REWRITES[rewrite](text)
                if changed != text:
                    yield passage["id"], text, passage.get("doc_date"), rewrite, changed


def _keys(extractor, text: str, date: str | None) -> set[tuple[str, bool]]:
    from dignity.eval.scorer import counted
    from dignity.ingest import from_text

    facts = extractor.extract_document(from_text(text, date=date)).facts
    return {(f.type, f.negated) for f in facts if counted(f)}


def run(corpus: Path = CORPUS) -> dict[str, dict]:
    """Per rewrite: how many passages it changed, the facts lost and gained (passage, type, negated)."""
    from dignity.extract.engine import Extractor

    extractor = Extractor("en")
    out: dict[str, dict] = {name: {"passages": 0, "lost": [], "gained": []} for name in REWRITES}
    seen: dict[str, set[tuple[str, bool]]] = {}  # each passage's own facts, read once
    for pid, text, date, rewrite, changed in _rewritten(corpus, list(REWRITES)):
        base = seen[pid] if pid in seen else seen.setdefault(pid, _keys(extractor, text, date))
        keys = _keys(extractor, changed, date)
        row = out[rewrite]
        row["passages"] += 1
        row["lost"] += [[pid, t, n] for t, n in sorted(base - keys)]
        row["gained"] += [[pid, t, n] for t, n in sorted(keys - base)]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--findings", action="store_true", help="compare each rule's status, not the facts")
    parser.add_argument("--show", action="store_true", help="list every fact lost or gained")
    parser.add_argument("--out", type=Path, help="write the results as JSON")
    args = parser.parse_args(argv)
    if not (CORPUS / "dev.jsonl").exists():
        print(f"invariance: no corpus at {CORPUS}", file=sys.stderr)
        return 2
    if args.findings:
        results = run_findings()
        print(f"{'rewrite':24s} {'passages':>8s} {'statuses changed':>16s}")
        for name, row in results.items():
            print(f"{name:24s} {row['passages']:8d} {len(row['changed']):16d}")
            if args.show:
                for pid, rule, before, after in row["changed"]:
                    print(f"    {pid} {rule}: {before} -> {after}")
        if args.out:
            args.out.write_text(json.dumps(results, indent=1), encoding="utf-8")
        return 0
    results = run()
    print(f"{'rewrite':24s} {'passages':>8s} {'lost':>5s} {'gained':>6s}")
    for name, row in results.items():
        print(f"{name:24s} {row['passages']:8d} {len(row['lost']):5d} {len(row['gained']):6d}")
        if args.show:
            for kind in ("lost", "gained"):
                for pid, type_, negated in row[kind]:
                    print(f"    {kind:6s} {pid} {type_}{' (negated)' if negated else ''}")
    if args.out:
        args.out.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
