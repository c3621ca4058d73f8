"""Synthetic benchmark inputs: a long court-opinion-like text and news-length passages.

Everything here is made up from templates and word lists (no copied articles or
opinions); the output depends only on the seed and the requested size, so two
runs with the same arguments produce the same bytes.

The long text imitates the shape of a conditions-of-confinement opinion: a caption,
headed sections, numbered paragraphs and footnotes.  Most sentences are about
procedure, the standard of review, citations and background; roughly one in
five describes a condition (hours in cell, lights, visits, medical care, food,
temperature, ...), often with legal citation noise around it ("42 U.S.C. § 1983",
"Id. at 5", "F.3d", "(7th Cir. 2019)").

Usage::

    python benchmarks/generate.py --size 1000000 --seed 7 --out /tmp/opinion.txt
    python benchmarks/generate.py --passages 28 --seed 7 --out /tmp/news.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

__all__ = ["court_opinion", "news_passages", "CONDITION_SHARE"]

#: Share of body sentences that describe a detention condition.
CONDITION_SHARE = 0.2

# --------------------------------------------------------------------------- word lists
_FIRST = ["Marcus", "Denise", "Tomas", "Aaliyah", "Graham", "Rosa", "Wendell", "Priya", "Curtis",
          "Ines", "Levon", "Harriet", "Omar", "Bettina", "Jerome", "Lucia", "Dwayne", "Noor"]
_LAST = ["Halvorsen", "Okafor", "Brannigan", "Delacroix", "Whitcombe", "Esposito", "Ravel",
         "Thistlewood", "Mbeki", "Castellano", "Yarrow", "Lindqvist", "Pemberton", "Achebe",
         "Fairbanks", "Quintero", "Ashdown", "Sorensen"]
_OFFICER = ["Warden", "Sergeant", "Lieutenant", "Officer", "Captain", "Nurse", "Dr.", "Deputy"]
_FACILITY = ["Northfield Correctional Center", "Cedar Ridge Detention Facility",
             "Pine Hollow County Jail", "Riverbend State Penitentiary",
             "Marlow Regional Detention Center", "Ashcombe Correctional Institution"]
_UNIT = ["the Special Housing Unit", "B-Wing", "the restrictive housing unit", "Unit 4 East",
         "the administrative segregation range", "the intake pod", "C-Block", "the infirmary annex"]
_REPORTER = ["F.3d", "F.4th", "F.2d", "F. Supp. 3d", "F. Supp. 2d", "U.S.", "S. Ct.", "F. App'x"]
_CIRCUIT = ["1st Cir.", "2d Cir.", "3d Cir.", "4th Cir.", "5th Cir.", "6th Cir.", "7th Cir.",
            "8th Cir.", "9th Cir.", "10th Cir.", "11th Cir.", "D.C. Cir.", "N.D. Ind.", "S.D.N.Y.",
            "E.D. Pa.", "W.D. Wash.", "D. Colo.", "N.D. Ill."]
_CASE_A = ["Hollings", "Meriwether", "Castell", "Brandt", "Okonkwo", "Villanueva", "Strand",
           "Harrow", "Pruitt", "Dunmore", "Keane", "Talbot", "Renwick", "Albright"]
_CASE_B = ["Sheriff of Lake County", "Warden Ellis", "County of Marlow", "State Dep't of Corr.",
           "Gaines", "City of Northfield", "Correctional Servs. Corp.", "Bureau of Prisons",
           "Doe", "Hendricks"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]
_NUM_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "ten", "twelve", "fourteen"]

_SECTIONS = ["BACKGROUND", "PROCEDURAL HISTORY", "STANDARD OF REVIEW", "DISCUSSION",
             "A. Exhaustion of Administrative Remedies", "B. Conditions of Confinement",
             "C. Deliberate Indifference", "D. Qualified Immunity", "E. Injunctive Relief",
             "CONCLUSION"]


class _Gen:
    """Fills sentence templates from the word lists with one seeded RNG."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.plaintiff = f"{self.r.choice(_FIRST)} {self.r.choice(_LAST)}"
        self.plaintiff_last = self.plaintiff.split()[-1]
        self.defendant = f"{self.r.choice(_OFFICER)} {self.r.choice(_LAST)}"
        self.facility = self.r.choice(_FACILITY)

    # small pieces -------------------------------------------------------------
    def pick(self, seq):
        return self.r.choice(seq)

    def year(self) -> int:
        return self.r.randint(1979, 2024)

    def date(self) -> str:
        return f"{self.pick(_MONTHS)} {self.r.randint(1, 28)}, {self.r.randint(2014, 2024)}"

    def page(self) -> int:
        return self.r.randint(2, 1400)

    def case(self) -> str:
        vol = self.r.randint(100, 999)
        rep = self.pick(_REPORTER)
        first = self.page()
        pin = first + self.r.randint(1, 30)
        court = "" if rep in ("U.S.", "S. Ct.") else f"{self.pick(_CIRCUIT)} "
        return (f"{self.pick(_CASE_A)} v. {self.pick(_CASE_B)}, {vol} {rep} {first}, {pin} "
                f"({court}{self.year()})")

    def short_cite(self) -> str:
        r = self.r.random()
        if r < 0.35:
            return f"Id. at {self.r.randint(1, 40)}."
        if r < 0.55:
            return "Id."
        if r < 0.75:
            return f"(ECF No. {self.r.randint(1, 180)} at {self.r.randint(1, 60)}.)"
        if r < 0.9:
            return f"(DE # {self.r.randint(1, 90)}, ¶ {self.r.randint(1, 120)}.)"
        return f"See {self.pick(_CASE_A)}, {self.r.randint(100, 999)} {self.pick(_REPORTER)} at {self.page()}."

    def person(self) -> str:
        return self.pick([self.plaintiff_last, "Plaintiff", "he", self.plaintiff, "the plaintiff"])

    # sentence families --------------------------------------------------------
    def procedure(self) -> str:
        t = self.r.randrange(14)
        p, d = self.plaintiff_last, self.defendant
        if t == 0:
            return (f"{p} filed this action under 42 U.S.C. § 1983 on {self.date()}, "
                    f"naming {d} and {self.r.randint(2, 9)} unnamed officers as defendants.")
        if t == 1:
            return (f"Defendants moved for summary judgment under Federal Rule of Civil Procedure 56, "
                    f"and the motion is fully briefed. (ECF Nos. {self.r.randint(40, 90)}, "
                    f"{self.r.randint(91, 140)}.)")
        if t == 2:
            return (f"The magistrate judge recommended that the motion be granted in part, and "
                    f"{p} filed timely objections under 28 U.S.C. § 636(b)(1).")
        if t == 3:
            return ("The court has jurisdiction under 28 U.S.C. §§ 1331 and 1343, and venue is proper "
                    "under 28 U.S.C. § 1391(b).")
        if t == 4:
            return ("Under the Prison Litigation Reform Act, 42 U.S.C. § 1997e(a), a prisoner must "
                    "exhaust available administrative remedies before suing about prison conditions.")
        if t == 5:
            return (f"Summary judgment is appropriate when there is no genuine dispute as to any "
                    f"material fact and the movant is entitled to judgment as a matter of law. "
                    f"Fed. R. Civ. P. 56(a); {self.case()}.")
        if t == 6:
            return (f"The court must construe the record in the light most favorable to the nonmoving "
                    f"party and draw all reasonable inferences in that party's favor. {self.case()}.")
        if t == 7:
            return (f"A document filed pro se is to be liberally construed, and a pro se complaint must "
                    f"be held to less stringent standards than formal pleadings drafted by lawyers. "
                    f"{self.case()} (quotation marks omitted).")
        if t == 8:
            return (f"The parties consented to proceed before a magistrate judge on {self.date()}, "
                    f"and the case was reassigned the same day.")
        if t == 9:
            return (f"{d} answered the amended complaint and asserted the affirmative defense of "
                    f"qualified immunity. {self.short_cite()}")
        if t == 10:
            return (f"Discovery closed on {self.date()}, after the court granted two extensions at the "
                    f"request of both sides.")
        if t == 11:
            return (f"The clerk is directed to enter judgment accordingly and to mail a copy of this "
                    f"order to {p} at his address of record.")
        if t == 12:
            return (f"Because the objections repeat arguments already considered, the court reviews the "
                    f"recommendation for clear error only. {self.case()}.")
        return (f"Local Rule {self.r.randint(5, 80)}.{self.r.randint(1, 9)} requires a separate "
                f"statement of material facts, which {p} did not file.")

    def law(self) -> str:
        t = self.r.randrange(10)
        if t == 0:
            return (f"The Eighth Amendment prohibits cruel and unusual punishment, and it imposes on "
                    f"prison officials a duty to provide humane conditions of confinement. {self.case()}.")
        if t == 1:
            return (f"A conditions claim has an objective component, a deprivation that is sufficiently "
                    f"serious, and a subjective component, deliberate indifference. {self.case()}.")
        if t == 2:
            return (f"Pretrial detainees' claims arise under the Fourteenth Amendment's Due Process "
                    f"Clause rather than the Eighth Amendment. {self.case()}; see also {self.case()}.")
        if t == 3:
            return (f"Deliberate indifference requires that the official knew of and disregarded an "
                    f"excessive risk to inmate health or safety. {self.short_cite()}")
        if t == 4:
            return (f"Qualified immunity shields officials from damages unless they violated a "
                    f"statutory or constitutional right that was clearly established at the time. "
                    f"{self.case()}.")
        if t == 5:
            return (f"Courts consider the totality of the conditions, and some conditions may combine "
                    f"to deprive a prisoner of a single, identifiable human need. {self.case()}.")
        if t == 6:
            return (f"Not every discomfort rises to the level of a constitutional violation; the "
                    f"Constitution does not mandate comfortable prisons. {self.case()}.")
        if t == 7:
            return f"See generally {self.case()}; cf. {self.case()}."
        if t == 8:
            return (f"The Seventh Circuit has repeatedly held that the duration of a deprivation is "
                    f"relevant to whether it is sufficiently serious. {self.short_cite()}")
        return (f"The Supreme Court reaffirmed that standard in {self.case()}, and the courts of "
                f"appeals have applied it ever since.")

    def background(self) -> str:
        t = self.r.randrange(10)
        p = self.plaintiff_last
        if t == 0:
            return (f"{p} was booked into the {self.facility} on {self.date()} on charges that were "
                    f"later dismissed.")
        if t == 1:
            return (f"At the time of the events, {self.defendant} supervised {self.pick(_UNIT)} on the "
                    f"day shift.")
        if t == 2:
            return (f"The facility houses roughly {self.r.randint(300, 2400)} people and is operated "
                    f"under a contract with the county.")
        if t == 3:
            return (f"{p} was transferred to another institution on {self.date()}, which the "
                    f"defendants argue moots his request for injunctive relief.")
        if t == 4:
            return (f"According to the incident report, the disturbance began shortly after the "
                    f"{self.pick(['morning', 'evening', 'noon'])} count. {self.short_cite()}")
        if t == 5:
            return (f"The grievance coordinator testified that the facility received "
                    f"{self.r.randint(40, 900)} grievances that year.")
        if t == 6:
            return (f"The parties dispute when {p} first complained to staff, but the exact date does "
                    f"not matter for present purposes.")
        if t == 7:
            return (f"{self.pick(_OFFICER)} {self.pick(_LAST)} reviewed the classification file and "
                    f"approved the housing assignment. {self.short_cite()}")
        if t == 8:
            return (f"The record includes declarations from {self.pick(_NUM_WORDS)} officers and "
                    f"excerpts of the facility's policy manual.")
        return (f"Nothing in the record suggests that {p} was disciplined for the conduct described "
                f"in the {self.date()} report.")

    def condition(self) -> str:
        t = self.r.randrange(18)
        who = self.person()
        who_c = who[0].upper() + who[1:]
        cite = self.short_cite()
        unit = self.pick(_UNIT)
        if t == 0:
            return (f"{who_c} alleges that he was confined to his cell for {self.r.randint(21, 24)} "
                    f"hours a day for {self.r.randint(2, 40)} {self.pick(['days', 'weeks', 'months'])}. {cite}")
        if t == 1:
            return (f"During that period {who} was allowed out of the cell only "
                    f"{self.pick(['one hour', 'thirty minutes', 'two hours', 'forty-five minutes'])} "
                    f"a day, {self.pick(['five', 'three', 'two'])} days a week. {cite}")
        if t == 2:
            return (f"The lights in {unit} remained on twenty-four hours a day, and {who} "
                    f"says he could not sleep. {cite}")
        if t == 3:
            return (f"{who_c} testified that the cell was dark for most of the day because the only "
                    f"window had been painted over. {cite}")
        if t == 4:
            return (f"{who_c} was denied visits from his family for "
                    f"{self.pick(_NUM_WORDS)} months, and only non-contact visits were permitted "
                    f"afterwards. {cite}")
        if t == 5:
            return (f"He asked for medical care for chest pain on {self.date()}, but the nurse did not "
                    f"see him for {self.pick(_NUM_WORDS)} days. {cite}")
        if t == 6:
            return (f"{who_c} states that the medical staff refused to refill his prescription "
                    f"and that he went without medication for {self.r.randint(3, 30)} days. {cite}")
        if t == 7:
            return (f"The cell measured roughly {self.r.randint(6, 9)} by {self.r.randint(8, 12)} feet "
                    f"and held {self.pick(['two', 'three', 'four'])} men. {cite}")
        if t == 8:
            return (f"{who_c} claims the temperature in {unit} fell below freezing in "
                    f"{self.pick(_MONTHS)} and that he had only one thin blanket. {cite}")
        if t == 9:
            return (f"The toilet in the cell did not flush for {self.r.randint(2, 14)} days, and "
                    f"{who} was not given cleaning supplies. {cite}")
        if t == 10:
            return (f"{who_c} was not allowed to shower for {self.r.randint(5, 21)} days and received "
                    f"no soap or toothpaste. {cite}")
        if t == 11:
            return (f"Meals were served cold, and {who} alleges he lost {self.r.randint(10, 40)} "
                    f"pounds because portions were too small. {cite}")
        if t == 12:
            return (f"He had no outdoor recreation for {self.r.randint(2, 11)} months and exercised "
                    f"only in a small indoor cage. {cite}")
        if t == 13:
            return (f"{who_c} was held in solitary confinement in {unit} for "
                    f"{self.r.randint(30, 700)} days without a hearing. {cite}")
        if t == 14:
            return (f"Phone calls were limited to one {self.pick(['ten', 'fifteen', 'twenty'])}-minute "
                    f"call a month, and his letters were returned unopened. {cite}")
        if t == 15:
            return (f"Defendants deny that the lights were on at night and point to the unit's "
                    f"lighting schedule. {cite}")
        if t == 16:
            return (f"The mattress was removed from the cell each morning at 6 a.m. and returned at "
                    f"10 p.m., so {who} had to sit on the concrete floor. {cite}")
        return (f"{who_c} was denied access to the law library and could not speak with his lawyer "
                f"for {self.pick(_NUM_WORDS)} weeks. {cite}")

    def footnote(self, n: int) -> str:
        body = self.pick([self.law, self.procedure, self.background])()
        return f"{n} {body}"

    def body_sentence(self) -> str:
        r = self.r.random()
        if r < CONDITION_SHARE:
            return self.condition()
        if r < CONDITION_SHARE + 0.3:
            return self.procedure()
        if r < CONDITION_SHARE + 0.55:
            return self.law()
        return self.background()


def court_opinion(size: int = 1_000_000, seed: int = 7) -> str:
    """A synthetic court opinion of about ``size`` UTF-8 bytes (never less), deterministic in ``seed``."""
    g = _Gen(seed)
    year = g.r.randint(2016, 2024)
    head = (f"UNITED STATES DISTRICT COURT\n"
            f"NORTHERN DISTRICT OF {g.pick(['INDIANA', 'ILLINOIS', 'OHIO', 'IOWA'])}\n\n"
            f"{g.plaintiff.upper()}, Plaintiff,\nv.\n{g.defendant.upper()}, et al., Defendants.\n\n"
            f"No. {g.r.randint(1, 4)}:{year % 100}-cv-{g.r.randint(10, 999):03d}\n\n"
            f"OPINION AND ORDER\n\n")
    parts = [head]
    size_now = len(head.encode("utf-8"))
    para_no = 0
    note_no = 0
    section = 0
    while size_now < size:
        # a heading every 25-60 paragraphs, cycling through the usual sections
        if para_no % g.r.randint(25, 60) == 0:
            heading = f"{_SECTIONS[section % len(_SECTIONS)]}\n\n"
            section += 1
            parts.append(heading)
            size_now += len(heading.encode("utf-8"))
        para_no += 1
        sents = [g.body_sentence() for _ in range(g.r.randint(3, 9))]
        para = " ".join(sents)
        if g.r.random() < 0.3:
            para = f"{para_no}. {para}"
        para += "\n\n"
        if g.r.random() < 0.12:  # a footnote after the paragraph
            note_no += 1
            para += g.footnote(note_no) + "\n\n"
        parts.append(para)
        size_now += len(para.encode("utf-8"))
    text = "".join(parts)
    tail = f"SO ORDERED.\n\nENTERED: {g.date()}\n"
    return text + tail


def news_passages(n: int = 28, seed: int = 7) -> list[str]:
    """``n`` news-length passages (about 1-3 KB each) mixing condition and background sentences."""
    out = []
    for i in range(n):
        g = _Gen(seed * 1000 + i)
        sents = []
        for _ in range(g.r.randint(8, 20)):
            r = g.r.random()
            sents.append(g.condition() if r < 0.35 else g.background() if r < 0.8 else g.procedure())
        paras, k = [], 0
        while k < len(sents):
            step = g.r.randint(2, 4)
            paras.append(" ".join(sents[k:k + step]))
            k += step
        out.append("\n\n".join(paras))
    return out


#: sentences of our own in the manner of monitoring reports, per language: conditions and
#: background in about the proportions of ``news_passages`` (the language benchmark's
#: passages when no labelled ones in that language are at hand)
_MONITOR_SENTENCES = {
    "en": (
        ["Detainees in {unit} are locked in their cells for twenty-two hours a day.",
         "The toilets in the cells have no partition and the mattresses lie on the floor.",
         "He was placed in segregation for forty-five days after the incident.",
         "Visits from his family were suspended for three months.",
         "Several men said that officers had beaten them during the transfer."],
        ["The delegation visited {facility} on {day} and met the director.",
         "The facility was built in the 1970s and houses men on remand and sentenced men.",
         "Staff explained the daily schedule and the rules of the reception wing.",
         "The report was sent to the ministry, which replied some weeks later."]),
    "fr": (
        ["Les personnes détenues du {unit} restent enfermées vingt-deux heures sur vingt-quatre.",
         "Les toilettes ne sont pas cloisonnées et des matelas sont posés au sol.",
         "Il a été placé au quartier disciplinaire pendant quarante-cinq jours.",
         "Les parloirs avec sa famille ont été suspendus pendant trois mois.",
         "Plusieurs hommes ont indiqué avoir reçu des coups lors du transfert."],
        ["Les contrôleurs se sont rendus à {facility} le {day} et ont rencontré la direction.",
         "L'établissement, construit dans les années soixante-dix, accueille des prévenus et des condamnés.",
         "Le personnel a présenté l'organisation de la journée et le règlement du quartier arrivants.",
         "Le rapport a été adressé au ministère, qui a répondu quelques semaines plus tard."]),
    "es": (
        ["Las personas internas del {unit} permanecen encerradas veintidós horas al día.",
         "Los sanitarios no tienen privacidad y varias colchonetas están en el piso.",
         "Fue ubicado en una celda de castigo durante cuarenta y cinco días.",
         "Las visitas de su familia fueron suspendidas durante tres meses.",
         "Varios hombres refirieron haber recibido golpes durante el traslado."],
        ["El personal del Mecanismo visitó {facility} el {day} y se entrevistó con el director.",
         "El centro, construido en los años setenta, aloja a personas procesadas y sentenciadas.",
         "El personal explicó el horario diario y el reglamento del área de ingreso.",
         "El informe fue remitido a la secretaría, que respondió algunas semanas después."]),
}
_MONITOR_WORDS = {
    "en": {"unit": ["B wing", "the reception unit", "Unit 4"], "facility": ["Northfield Prison", "Cedar Ridge Jail"],
           "day": ["12 March", "3 June", "21 October"]},
    "fr": {"unit": ["bâtiment B", "quartier arrivants", "quartier 4"],
           "facility": ["la maison d'arrêt de Valmont", "au centre pénitentiaire des Aubiers"],
           "day": ["12 mars", "3 juin", "21 octobre"]},
    "es": {"unit": ["módulo B", "área de ingreso", "dormitorio 4"],
           "facility": ["el centro penitenciario de San Lázaro", "el penal de Valle Alto"],
           "day": ["12 de marzo", "3 de junio", "21 de octubre"]},
}


def monitoring_passages(lang: str, n: int = 14, seed: int = 7) -> list[str]:
    """``n`` passages (1-3 KB) in ``lang`` (en, es or fr) in the manner of a monitoring report,
    a third of the sentences conditions, the rest background: the same recipe in each language,
    so that throughput in one language can be set beside another's."""
    conditions, background = _MONITOR_SENTENCES[lang]
    words = _MONITOR_WORDS[lang]
    out = []
    for i in range(n):
        r = random.Random(seed * 1000 + i)
        sents = []
        for _ in range(r.randint(10, 24)):
            pool = conditions if r.random() < 0.35 else background
            sents.append(r.choice(pool).format(**{k: r.choice(v) for k, v in words.items()}))
        paras, k = [], 0
        while k < len(sents):
            step = r.randint(2, 4)
            paras.append(" ".join(sents[k:k + step]))
            k += step
        out.append("\n\n".join(paras))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", type=int, default=1_000_000, help="bytes of the court opinion")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--passages", type=int, default=0,
                    help="write this many news-length passages as JSONL instead")
    ap.add_argument("--out", type=Path, default=None, help="file to write (default: stdout)")
    args = ap.parse_args(argv)
    if args.passages:
        data = "".join(json.dumps({"id": f"synthetic-{i:03d}", "text": t}, ensure_ascii=False) + "\n"
                       for i, t in enumerate(news_passages(args.passages, args.seed)))
    else:
        data = court_opinion(args.size, args.seed)
    if args.out is None:
        sys.stdout.write(data)
    else:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(data, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
