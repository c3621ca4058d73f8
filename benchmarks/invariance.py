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

    python benchmarks/invariance.py [--findings | --values [--lang en,es,fr]] [--show] [--out FILE.json]

``--show`` lists each passage id and fact lost or gained; ``--out`` writes the counts.
``--findings`` compares the assessment instead: each rule's status (the most severe of its
findings), under the rewrites that keep what a finding rests on (not "routinely", which says a
measure is routine, nor the ones that change who is held where).
"""

from __future__ import annotations

import argparse
import functools
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


# ------------------------------------------------------------------ values (--values)
# Rewrites that keep every value a passage gives: the number, its unit and its period written
# another way.  Each is named; the English ones run on the read English passages, the Spanish and
# French ones on train-es and train-fr.  Compared: (type, value, unit) of every counted fact with a
# number, and the frequency ("2/month") and headcount a fact carries.

_EN_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
            "sixteen seventeen eighteen nineteen").split()
_EN_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
_ES_ONES = ("cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis "
            "diecisiete dieciocho diecinueve veinte veintiuno veintidós veintitrés veinticuatro veinticinco "
            "veintiséis veintisiete veintiocho veintinueve").split()
_ES_TENS = {3: "treinta", 4: "cuarenta", 5: "cincuenta", 6: "sesenta", 7: "setenta", 8: "ochenta", 9: "noventa"}
_FR_ONES = ("zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize "
            "dix-sept dix-huit dix-neuf").split()
_FR_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def number_words(n: int, lang: str = "en", feminine: bool = False) -> str:
    """``n`` (0-99) in words: 23 -> "twenty-three", "veintitrés", "vingt-trois"; ``feminine``
    gives "una"/"une" for the ones ("veintiuna horas", "vingt et une heures")."""
    if lang == "en":
        return _EN_ONES[n] if n < 20 else _EN_TENS[n // 10] + (f"-{_EN_ONES[n % 10]}" if n % 10 else "")
    if lang == "es":
        word = _ES_ONES[n] if n < 30 else _ES_TENS[n // 10] + (f" y {_ES_ONES[n % 10]}" if n % 10 else "")
        if word.endswith("uno"):  # "veintiún días", "treinta y un días", "un día"; "una hora"
            word = word[:-3] + ("una" if feminine else "ún" if word == "veintiuno" else "un")
        return word
    if n < 20:
        word = _FR_ONES[n]
    elif n < 70:
        ten, one = divmod(n, 10)
        word = _FR_TENS[ten] + (" et un" if one == 1 else f"-{_FR_ONES[one]}" if one else "")
    elif n < 80:
        word = "soixante et onze" if n == 71 else f"soixante-{_FR_ONES[n - 60]}"
    else:
        word = "quatre-vingts" if n == 80 else f"quatre-vingt-{_FR_ONES[n - 80]}"
    return word[:-2] + "une" if feminine and word.endswith("un") else word


#: the words after a number that make it a value (a unit, a period, a headcount), per language
_VALUE_UNITS = {
    "en": r"(?:hours?|hrs?|minutes?|mins?|days?|nights?|weeks?|months?|years?|times|visits?|calls?|showers?|"
          r"square|sq\b|feet|foot|ft\b|met(?:er|re)s?|m2|m²|(?:other\s+)?(?:inmates|prisoners|detainees|people|men|"
          r"women|persons))",
    "es": r"(?:horas?|minutos?|d[ií]as|semanas?|meses|años?|veces|visitas?|llamadas?|metros|m2|m²|"
          r"(?:otr[oa]s\s+)?(?:personas|internos|internas|reclusos|reclusas|presos|presas|detenidos|detenidas))",
    "fr": r"(?:heures?|minutes?|jours?|semaines?|mois|ans|années|fois|visites?|appels?|mètres|m2|m²|"
          r"(?:autres\s+)?(?:personnes|détenus|détenues|prisonniers|hommes|femmes))",
}
#: a feminine noun after the number ("una hora", "une heure")
_FEMININE = {"es": re.compile(r"(?i)^(?:horas?|semanas?|veces|visitas?|llamadas?|personas|internas|reclusas|presas|"
                              r"detenidas|otras)"),
             "fr": re.compile(r"(?i)^(?:heures?|minutes?|semaines?|années|fois|visites?|personnes|détenues|femmes)")}


def _digits_to_words(lang: str) -> Callable[[str], str]:
    rx = re.compile(rf"(?<![\d.,/:\-])\b([1-9]\d?)\b(?![.,:/]\d)(?=([\s\-]+){_VALUE_UNITS[lang]})", re.I)

    def word(m: re.Match[str]) -> str:
        fem = lang in _FEMININE and bool(_FEMININE[lang].match(m.string[m.end() + len(m.group(2)):]))
        return number_words(int(m.group(1)), lang, fem)
    return lambda text: rx.sub(word, text)


@functools.lru_cache(maxsize=None)
def _words_rx(lang: str) -> tuple[re.Pattern[str], dict[str, int]]:
    table = {number_words(n, lang, fem): n for n in range(2, 100) for fem in (False, True)}
    if lang == "en":
        table.update({w.replace("-", " "): n for w, n in list(table.items()) if "-" in w})
    alts = "|".join(sorted(map(re.escape, table), key=len, reverse=True))
    rx = re.compile(rf"(?<![\w\-])({alts})(?![\w\-])(?=[\s\-]+{_VALUE_UNITS[lang]})", re.I)
    return rx, table


def _words_to_digits(lang: str) -> Callable[[str], str]:
    def rewrite(text: str) -> str:
        rx, table = _words_rx(lang)
        return rx.sub(lambda m: str(table[m.group(1).lower()]), text)
    return rewrite


def _an(word: str) -> str:
    """'a' or 'an' before ``word`` ("an 18-month", "an eight-day", "a 23-hour")."""
    return "an" if re.match(r"(?i)(?:8|11|18|8\d)(?!\d)|[aeio]", word) else "a"


_EN_NUM = (r"(?:\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
           r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|"
           r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)")
_PERIOD_NOUNS = (r"(?:period|periods|stay|term|terms|sentence|lockdown|lock-down|confinement|isolation|segregation|"
                 r"placement|placements|sanction|suspension|stretch|span|spell|days|shifts|sessions?)")


def _hyphen_to_spaced(text: str) -> str:
    """'a 90-day placement' -> 'a placement of 90 days'; '23-hour lockdown' -> 'lockdown of 23 hours'."""
    def spaced(m: re.Match[str]) -> str:
        art, num, unit, noun = m.group(1), m.group(2), m.group(3), m.group(4)
        per = " a day" if unit == "hour" else ""  # "a 23-hour lockdown" is 23 hours a day
        unit = (unit if num.lower() in ("1", "one") else unit + "s") + per
        lead = f"{art[0]}{_an(noun)[1:]} " if art and art[0] == "A" else f"{_an(noun)} " if art else ""
        return f"{lead}{noun} of {num} {unit}"
    return re.sub(rf"\b(?:(a|an|A|An) )?({_EN_NUM})-(hour|day|week|month|year) ({_PERIOD_NOUNS})\b", spaced, text)


def _spaced_to_hyphen(text: str) -> str:
    """'for 90 days' -> 'for a 90-day period'."""
    return re.sub(rf"\bfor ({_EN_NUM}) (hour|day|week|month|year)s\b(?![\s\-]+(?:a|per|each|every)\b)",
                  lambda m: f"for {_an(m.group(1))} {m.group(1)}-{m.group(2)} period", text)


#: "daily" as an adverb at the end of a rate, not an adjective of the noun after it ("3 hours daily
#: exercise")
_ADVERB_END = (r"(?=\s*(?:$|[,.;:)])|\s+(?:in|on|at|for|and|or|with|out|outside|inside|to|of|from|under|locked|"
               r"confined|behind|during|while|but)\b)")
_RATE_HEAD = r"\b(hours?|hrs?|minutes?|mins?|times|once|twice|thrice|calls?|visits?|showers?|meals?)"


def _per(period: str, forms: str, target: str) -> Callable[[str], str]:
    """Every way ``forms`` writes "a ``period``" after a rate's head -> ``target``."""
    rx = re.compile(rf"{_RATE_HEAD} (?:(?:a|per|each|every) {period}\b(?! of\b)|{forms}{_ADVERB_END})")
    return lambda text: rx.sub(lambda m: f"{m.group(1)} {target}", text)


_SQM = r"(?:square[\s\-]met(?:er|re)s?|met(?:er|re)s\s+squared|sq\.?\s?m\b|m2\b|m²)"
_SQFT = r"(?:square[\s\-]f(?:ee|oo)t|feet\s+squared|sq\.?\s?ft\.?(?=\s+[a-z])|sq\.?\s?ft\b|ft2\b|ft²)"


def _area(units: str, target: str, words: str | None = _EN_NUM) -> Callable[[str], str]:
    """An area's ``units`` after its number (digits, or ``words``: a language's number words) -> ``target``."""
    rx = re.compile(rf"(\d+(?:[.,]\d+)?{'|' + words if words else ''})[\s\-]*{units}")
    return lambda text: rx.sub(lambda m: f"{m.group(1)} {target}", text)


def _number(text: str) -> int | None:
    t = text.lower().replace(" ", "-")
    if t.isdigit():
        return int(t)
    table = {number_words(n): n for n in range(1, 100)}
    return table.get(t, {"an": 1, "a": 1}.get(t))


def _as(n: int, like: str) -> str:
    return str(n) if like[:1].isdigit() else number_words(n)


_POSS = r"(his|her|their|the|its)"
_DAYP = r"(a|per|each|every)"


def _in_to_out(text: str) -> str:
    """'23 hours a day in his cell' -> 'one hour a day out of his cell' (24 less the hours), and
    'locked in his cell for 23 hours a day' -> 'allowed out of his cell for one hour a day'."""
    def flip(n_text: str) -> str | None:
        n = _number(n_text)
        return None if n is None or not 12 <= n <= 23 else _as(24 - n, n_text)

    def a(m: re.Match[str]) -> str:
        out = flip(m.group(1))
        return m.group(0) if out is None else \
            f"{out} hour{'s' if out not in ('1', 'one') else ''} {m.group(2)} day out of {m.group(3)} cell"

    def b(m: re.Match[str]) -> str:
        out = flip(m.group(3))
        return m.group(0) if out is None else \
            f"allowed out of {m.group(2)} cell for {out} hour{'s' if out not in ('1', 'one') else ''} {m.group(4)} day"
    text = re.sub(rf"\b({_EN_NUM}) hours {_DAYP} day (?:locked )?in {_POSS} cells?\b", a, text)
    return re.sub(rf"\b(locked|confined|kept|held) (?:in|to) {_POSS} cells? (?:for )?({_EN_NUM}) hours {_DAYP} day\b",
                  lambda m: m.group(0) if flip(m.group(3)) is None else b(m), text)


def _out_to_in(text: str) -> str:
    """'one hour a day out of his cell' -> '23 hours a day in his cell'; 'allowed out of his cell
    for only one hour a day' -> 'locked in his cell for 23 hours a day'."""
    def flip(n_text: str) -> str | None:
        n = _number(n_text)
        return None if n is None or not 1 <= n <= 12 else _as(24 - n, n_text)

    def a(m: re.Match[str]) -> str:
        out = flip(m.group(1))
        return m.group(0) if out is None else f"{out} hours {m.group(2)} day in {m.group(3)} cell"

    def b(m: re.Match[str]) -> str:
        out = flip(m.group(3))
        return m.group(0) if out is None else f"locked in {m.group(2)} cell for {out} hours {m.group(4)} day"
    text = re.sub(rf"\b({_EN_NUM}|an) hours? {_DAYP} day out of {_POSS} cells?\b", a, text)
    return re.sub(rf"\b(allowed|let|permitted|released|taken) out of {_POSS} cells? (?:for )?(?:only |just )?"
                  rf"({_EN_NUM}|an) hours? {_DAYP} day\b", b, text)


_MONTHS_AS_YEARS = {6: "half a year", 12: "a year", 18: "a year and a half", 24: "two years",
                    30: "two and a half years", 36: "three years", 48: "four years", 60: "five years"}
_NOT_A_LENGTH_AFTER = r"(?![\s\-]+(?:old|of\s+age|ago|later|earlier|before|after|prior)\b)"


def _months_to_years(text: str) -> str:
    def years(m: re.Match[str]) -> str:
        n = _number(m.group(1))
        return _MONTHS_AS_YEARS.get(n, m.group(0)) if n else m.group(0)
    return re.sub(rf"(?<!\bonce )(?<!\btwice )\b({_EN_NUM}) months\b{_NOT_A_LENGTH_AFTER}", years, text)


def _years_to_months(text: str) -> str:
    def months(m: re.Match[str]) -> str:
        n = 1 if m.group(1) in ("a", "one", "1") else _number(m.group(1))
        if n is None or n > 10:
            return m.group(0)
        return f"{int(n * 12 + (6 if m.group(2) else 0))} months"
    return re.sub(rf"(?<!\bonce )(?<!\btwice )(?<!\bper )(?<!\bevery )(?<!\beach )(?<!\btimes )(?<![\w\-])"
                  rf"(a|{_EN_NUM}) years?( and a half)?\b{_NOT_A_LENGTH_AFTER}", months, text)


_MONTH_NAMES = ("January February March April May June July August September October November "
                "December").split()


def _full_dates(text: str, fmt: Callable[[int, int, int], str]) -> str:
    from dignity.extract.values import DATE_RX, parse_date_match

    def redo(m: re.Match[str]) -> str:
        iso = parse_date_match(m)
        if not iso or len(iso) != 10 or not any(m.group(f"y{i}") for i in (1, 2, 3)):
            return m.group(0)
        y, mo, d = map(int, iso.split("-"))
        return fmt(y, mo, d)
    return DATE_RX.sub(redo, text)


def _dates(style: str) -> Callable[[str], str]:
    fmts = {"day month year": lambda y, mo, d: f"{d} {_MONTH_NAMES[mo - 1]} {y}",
            "month day, year": lambda y, mo, d: f"{_MONTH_NAMES[mo - 1]} {d}, {y}",
            "ISO": lambda y, mo, d: f"{y:04d}-{mo:02d}-{d:02d}"}
    return lambda text: _full_dates(text, fmts[style])


@functools.lru_cache(maxsize=None)
def _dateish() -> str:
    from dignity.extract.values import DATE_RX

    return "(?:" + re.sub(r"\(\?P<\w+>", "(?:", DATE_RX.pattern) + r"|\b(?:19|20)\d\d\b)"


def _from_to_between(text: str) -> str:
    d = _dateish()
    return re.sub(rf"\b([Ff])rom ({d}) (?:to|until|till|through) ({d})",
                  lambda m: f"{'B' if m.group(1) == 'F' else 'b'}etween {m.group(2)} and {m.group(3)}", text)


def _between_to_from(text: str) -> str:
    d = _dateish()
    return re.sub(rf"\b([Bb])etween ({d}) and ({d})", lambda m: f"{'F' if m.group(1) == 'B' else 'f'}rom "
                  f"{m.group(2)} to {m.group(3)}", text)


def _es_per(period_rx: str, target: str) -> Callable[[str], str]:
    rx = re.compile(rf"\b(horas?|minutos?|veces|vez|visitas?|llamadas?|duchas?)\s+(?:{period_rx})")

    def sub(m: re.Match[str]) -> str:
        t = target
        if t in ("diarias", "semanales") or t.startswith("diari"):  # agreement of the adjective
            masc = m.group(1).startswith("minuto")
            t = {"diarias": "diarios" if masc else "diarias"}.get(t, t)
        return f"{m.group(1)} {t}"
    return lambda text: rx.sub(sub, text)


_ES_DAY = r"(?:al|por|cada)\s+d[ií]a\b|diari[oa]s\b"
_ES_WEEK = r"(?:a\s+la|por|cada)\s+semana\b|semanales\b"
_FR_DAY = r"(?:par|chaque)\s+jour\b|quotidiennes?\b"
_FR_WEEK = r"(?:par|chaque)\s+semaine\b|hebdomadaires?\b"


def _fr_per(period_rx: str, target: str) -> Callable[[str], str]:
    rx = re.compile(rf"\b(heures?|minutes?|fois|visites?|appels?|douches?)\s+(?:{period_rx})")
    return lambda text: rx.sub(lambda m: f"{m.group(1)} {target}", text)


_ES_SQM = r"(?:metros?\s+cuadrados|m2\b|m²|mts2\b)"
_FR_SQM = r"(?:mètres?\s+carrés|m2\b|m²)"


#: name -> a rewrite that keeps every value, for the English read passages
VALUE_REWRITES: dict[str, Callable[[str], str]] = {
    "digits -> words": _digits_to_words("en"),
    "words -> digits": _words_to_digits("en"),
    "23-hour -> 23 hours": _hyphen_to_spaced,
    "for 90 days -> 90-day": _spaced_to_hyphen,
    "hours -> hrs": _subs((r"\b(\d+|[a-z]+(?:-[a-z]+)?) hours\b", r"\1 hrs"), (r"\b(\d+|one|an) hour\b", r"\1 hr")),
    "-> a day": _per("day", "daily", "a day"),
    "-> per day": _per("day", "daily", "per day"),
    "-> each day": _per("day", "daily", "each day"),
    "-> every day": _per("day", "daily", "every day"),
    "-> daily": _per("day", "daily", "daily"),
    "-> a week": _per("week", "weekly", "a week"),
    "-> per week": _per("week", "weekly", "per week"),
    "-> weekly": _per("week", "weekly", "weekly"),
    "-> a month": _per("month", "monthly", "a month"),
    "-> monthly": _per("month", "monthly", "monthly"),
    "-> square metres": _area(_SQM, "square metres"),
    "-> square meters": _area(_SQM, "square meters"),
    "-> sq m": _area(_SQM, "sq m"),
    "-> m2": _area(_SQM, "m2"),
    "-> m²": _area(_SQM, "m²"),
    "-> square feet": _area(_SQFT, "square feet"),
    "-> sq ft": _area(_SQFT, "sq ft"),
    "-> ft2": _area(_SQFT, "ft2"),
    "in cell -> out of cell": _in_to_out,
    "out of cell -> in cell": _out_to_in,
    "months -> years": _months_to_years,
    "years -> months": _years_to_months,
    "dates -> 2 March 2015": _dates("day month year"),
    "dates -> March 2, 2015": _dates("month day, year"),
    "dates -> 2015-03-02": _dates("ISO"),
    "from ... to -> between": _from_to_between,
    "between -> from ... to": _between_to_from,
}

#: the Spanish ones, for train-es
VALUE_REWRITES_ES: dict[str, Callable[[str], str]] = {
    "es digits -> words": _digits_to_words("es"),
    "es words -> digits": _words_to_digits("es"),
    "es -> al día": _es_per(_ES_DAY, "al día"),
    "es -> por día": _es_per(_ES_DAY, "por día"),
    "es -> cada día": _es_per(_ES_DAY, "cada día"),
    "es -> diarias": _es_per(_ES_DAY, "diarias"),
    "es -> por semana": _es_per(_ES_WEEK, "por semana"),
    "es -> a la semana": _es_per(_ES_WEEK, "a la semana"),
    "es -> semanales": _es_per(_ES_WEEK, "semanales"),
    "es -> metros cuadrados": _area(_ES_SQM, "metros cuadrados", None),
    "es -> m2": _area(_ES_SQM, "m2", None),
    "es -> m²": _area(_ES_SQM, "m²", None),
}

#: the French ones, for train-fr
VALUE_REWRITES_FR: dict[str, Callable[[str], str]] = {
    "fr digits -> words": _digits_to_words("fr"),
    "fr words -> digits": _words_to_digits("fr"),
    "fr -> par jour": _fr_per(_FR_DAY, "par jour"),
    "fr -> chaque jour": _fr_per(_FR_DAY, "chaque jour"),
    "fr -> par semaine": _fr_per(_FR_WEEK, "par semaine"),
    "fr -> chaque semaine": _fr_per(_FR_WEEK, "chaque semaine"),
    "fr -> mètres carrés": _area(_FR_SQM, "mètres carrés", None),
    "fr -> m2": _area(_FR_SQM, "m2", None),
    "fr -> m²": _area(_FR_SQM, "m²", None),
}

#: each pass: its language, the read files it rewrites, its rewrites
VALUE_PASSES = (("en", READ, VALUE_REWRITES), ("es", ("train-es",), VALUE_REWRITES_ES),
                ("fr", ("train-fr",), VALUE_REWRITES_FR))


def value_keys(extractor, text: str, date: str | None) -> set[tuple]:
    """(type, value, unit) of each counted fact with a number, the value rounded to 0.1; and
    (type, "2/month", "frequency"), (type, 3, "occupants") for a frequency or headcount it carries."""
    from dignity.eval.scorer import counted
    from dignity.ingest import from_text

    out: set[tuple] = set()
    for f in extractor.extract_document(from_text(text, date=date)).facts:
        if not counted(f):
            continue
        q = f.qualifiers or {}
        if isinstance(f.value, (int, float)) and not isinstance(f.value, bool):
            out.add((f.type, round(float(f.value), 1), f.unit))
        if "per" in q and "amount" in q:
            out.add((f.type, f"{q['amount']:g}/{q['per']}", "frequency"))
        if isinstance(q.get("occupants"), (int, float)):
            out.add((f.type, float(q["occupants"]), "occupants"))
    return out


def near(key: tuple, others: set[tuple]) -> bool:
    """``key`` is in ``others`` up to 1 % of a number (30.4375-day months against 30.44)."""
    if key in others:
        return True
    t, v, u = key
    return isinstance(v, float) and any(o[0] == t and o[2] == u and isinstance(o[1], float)
                                        and abs(o[1] - v) <= max(0.05, 0.01 * abs(v)) for o in others)


def run_values(corpus: Path = CORPUS, langs: tuple[str, ...] = ("en", "es", "fr")) -> dict[str, dict]:
    """Per value rewrite: its language, how many passages it changed, and the values lost, gained
    and changed (a type that lost one value and gained another) as [passage, type, value, unit]."""
    from dignity.extract.engine import Extractor

    out: dict[str, dict] = {}
    for lang, files, rewrites in VALUE_PASSES:
        if lang not in langs:
            continue
        extractor = Extractor(lang)
        seen: dict[str, set[tuple]] = {}
        for name in files:
            for line in (corpus / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                passage = json.loads(line)
                pid, text, date = passage["id"], passage["text"], passage.get("doc_date")
                for rewrite, fn in rewrites.items():
                    row = out.setdefault(rewrite, {"lang": lang, "passages": 0, "lost": [], "gained": [],
                                                   "changed": []})
                    changed = fn(text)
                    if changed == text:
                        continue
                    base = seen[pid] if pid in seen else seen.setdefault(pid, value_keys(extractor, text, date))
                    after = value_keys(extractor, changed, date)
                    row["passages"] += 1
                    lost = [k for k in base if not near(k, after)]
                    gained = [k for k in after if not near(k, base)]
                    both = {k[0] for k in lost} & {k[0] for k in gained}
                    row["changed"] += [[pid, *k] for k in sorted(lost, key=str) if k[0] in both]
                    row["lost"] += [[pid, *k] for k in sorted(lost, key=str) if k[0] not in both]
                    row["gained"] += [[pid, *k] for k in sorted(gained, key=str) if k[0] not in both]
    return out


def _print_values(results: dict[str, dict], show: bool) -> None:
    print(f"{'rewrite':26s} {'lang':>4s} {'passages':>8s} {'lost':>5s} {'changed':>7s} {'gained':>6s}")
    for name, row in results.items():
        print(f"{name:26s} {row['lang']:>4s} {row['passages']:8d} {len(row['lost']):5d} {len(row['changed']):7d} "
              f"{len(row['gained']):6d}")
        if show:
            for kind in ("lost", "changed", "gained"):
                for pid, type_, value, unit in row[kind]:
                    print(f"    {kind:7s} {pid} {type_} {value} {unit}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--findings", action="store_true", help="compare each rule's status, not the facts")
    parser.add_argument("--values", action="store_true", help="compare the values (type, value, unit)")
    parser.add_argument("--lang", default="en,es,fr", help="with --values: the passes to run (en,es,fr)")
    parser.add_argument("--show", action="store_true", help="list every fact lost or gained")
    parser.add_argument("--out", type=Path, help="write the results as JSON")
    args = parser.parse_args(argv)
    if not (CORPUS / "dev.jsonl").exists():
        print(f"invariance: no corpus at {CORPUS}", file=sys.stderr)
        return 2
    if args.values:
        results = run_values(langs=tuple(args.lang.split(",")))
        _print_values(results, args.show)
        if args.out:
            args.out.write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
        return 0
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
