"""A synthetic archive for ``dignity screen``: N short documents about people in detention.

Every sentence comes from templates and word lists written for this file (no
copied reports).  Documents are visit notes, lawyers' letters, complaints and
news-style reports about a made-up detainee in a made-up facility, dated between
2016 and 2025; each states a random handful of conditions (hours in cell, days in
isolation, light, cell size, visits, calls, exercise, medical care, food,
temperature, restraints, interpreters, lawyers ...), some of them negated, some
attributed to the detainee, around neutral procedural sentences.  About one
document in twelve describes no condition at all.

Document ``i`` depends only on ``(seed, i)``, so a corpus can be streamed to disk
at any size and the first N documents of a larger corpus are the corpus of size N.

Usage::

    python benchmarks/corpus_gen.py --n 10000 --out /tmp/corpus.jsonl          # JSONL
    python benchmarks/corpus_gen.py --n 500 --out /tmp/corpus.csv.gz            # CSV, gzip
    python benchmarks/corpus_gen.py --n 500 --out /tmp/corpus.parquet           # Parquet
    python benchmarks/corpus_gen.py --n 200 --out /tmp/corpus_dir --format folder  # .txt files

Rows have ``id``, ``date``, ``title``, ``facility`` and ``text``.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import random
import sys
from pathlib import Path
from typing import Iterator

__all__ = ["document", "documents", "write_corpus", "FORMATS"]

FORMATS = ("jsonl", "csv", "parquet", "folder")

_FIRST_M = ["Anton", "Bashir", "Carlos", "Dmitri", "Emeka", "Farid", "Gustavo", "Hamid", "Ivo",
            "Jonas", "Kofi", "Luis", "Mateo", "Nikolai", "Oscar", "Pavel", "Rafael", "Samir",
            "Tariq", "Viktor", "Yusuf", "Zoran"]
_FIRST_F = ["Amara", "Beatriz", "Clara", "Dalia", "Elena", "Fatima", "Greta", "Hana", "Irina",
            "Joana", "Katya", "Leila", "Marta", "Nadia", "Olga", "Paula", "Rania", "Sofia",
            "Tamara", "Vera", "Yasmin", "Zainab"]
_LAST = ["Abernethy", "Balogun", "Cardenas", "Dragomir", "Ekwueme", "Ferreira", "Grigoriev",
         "Haddadi", "Ivanescu", "Jorgensen", "Kovalenko", "Lindgren", "Mendoza", "Nwachukwu",
         "Osterberg", "Petrakis", "Quiroga", "Rahimi", "Szabo", "Tshabalala", "Uribe", "Vasquez",
         "Wojcik", "Yilmaz", "Zamfir"]
_PLACE = ["Hollowmere", "Brackenfield", "Stonebridge", "Kestrel Bay", "Marrowgate", "Ashwick",
          "Greyhaven", "Larkspur", "Ironvale", "Saltmarsh", "Thornbury", "Wexley"]
_KIND = ["Remand Centre", "Prison", "County Jail", "Detention Centre", "Correctional Facility",
         "Immigration Detention Centre", "Penitentiary"]
_UNIT = ["the segregation unit", "Block D", "the high-security wing", "the isolation section",
         "Unit 7", "the punishment block", "the admissions wing"]
_ORG = ["the Independent Monitoring Board", "the National Preventive Mechanism",
        "the Prisoners' Rights Project", "the Detention Watch Committee",
        "the Regional Ombudsman"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]
_NUM = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
        9: "nine", 10: "ten", 12: "twelve", 14: "fourteen", 20: "twenty", 21: "twenty-one",
        22: "twenty-two", 23: "twenty-three"}

# Conditions: templates filled with {P} (pronoun), {p} (possessive), {N} (surname), {H}, {D}, ...
_CONDITIONS = {
    "confinement_hours": [
        "{Name} is locked in {p} cell for {H} hours a day.",
        "{P_} is confined to {p} cell all but one hour a day.",
        "{P_} is allowed out of {p} cell for only one hour a day.",
        "{Name} told us that {P} spends {Hw} hours a day in {p} cell.",
    ],
    "solitary": [
        "{Name} has been held in solitary confinement since {since}.",
        "{P_} was placed in {unit}, in isolation from other prisoners, on {since}.",
        "For {D} days {P} has been kept in segregation.",
    ],
    "constant_light": [
        "The lights in {p} cell are kept on 24 hours a day.",
        "{P_} said the light in the cell is never switched off, day or night.",
    ],
    "no_natural_light": [
        "The cell has no window and no natural light.",
    ],
    "cell_space": [
        "{p_} cell measures {a} by {b} metres.",
        "{P_} shares a cell of {sqm} square metres with {k} other men.",
    ],
    "family_visits": [
        "{P_} has not been allowed visits from {p} family since {month}.",
        "Family visits have been suspended for {D} days.",
    ],
    "family_calls": [
        "{p_} phone calls to {p} family have been suspended.",
        "{P_} is allowed one ten-minute phone call a month.",
    ],
    "exercise_time": [
        "{P_} is allowed {X} minutes of exercise a day, in a small indoor cage.",
        "Outdoor exercise is limited to {X} minutes a week.",
    ],
    "medical_care": [
        "{P_} asked to see a doctor on {date_short} and had not been seen weeks later.",
        "{p_} requests for medical care have gone unanswered.",
    ],
    "physical_health": [
        "{P_} has lost {kg} kg since {p} arrest.",
    ],
    "mental_health": [
        "{P_} reported anxiety, panic attacks and difficulty sleeping.",
    ],
    "food_water": [
        "{P_} receives only one meal a day.",
        "Drinking water in the wing is rationed.",
    ],
    "temperature": [
        "The cell is extremely cold at night and {P} has been given only one thin blanket.",
        "In summer the heat in the cell was unbearable.",
    ],
    "restraints": [
        "{P_} was shackled at the ankles during a hospital appointment.",
        "{P_} was kept in handcuffs for {Hw} hours.",
    ],
    "use_of_force": [
        "{P_} said {P} was beaten by guards after the search.",
    ],
    "language_interpreter": [
        "The officers do not speak {p} language and no interpreter was provided.",
    ],
    "legal_access": [
        "{p_} lawyer was refused entry twice.",
        "{P_} has not been able to meet {p} lawyer since {month}.",
    ],
    "consular_access": [
        "The consulate has not been notified of {p} detention.",
    ],
    "sanitation": [
        "The toilet is in the cell, without a screen.",
    ],
    "pretrial_status": [
        "{Name} is held on remand awaiting trial.",
        "{P_} is a pretrial detainee and has not been convicted of any offence.",
    ],
}
_NEGATED = [
    "{P_} is not held in solitary confinement.",
    "{P_} has not been restrained.",
    "There is no indication that {P} was beaten.",
]
_GENERAL = [
    "Prolonged isolation can cause serious psychological harm.",
    "Experts agree that solitary confinement can damage mental health.",
]
_FILLER = [
    "The team met the director and the head of security at the start of the visit.",
    "The unit holds {k2} people on the day of the visit.",
    "Staff said the placement is reviewed by the management committee.",
    "The hearing in {p} case has been adjourned twice.",
    "{p_} family lives about {km} kilometres from the facility.",
    "The report was shared with the ministry before publication.",
    "A response from the authorities is expected within thirty days.",
    "Records of the placement were made available to the team.",
    "The facility was built in {built} and renovated in {reno}.",
    "{Name} was arrested in {month} {year0} and charged with fraud.",
]
_STATED_REASON = [
    "The director stated that the placement was necessary for security reasons.",
    "Staff said the restrictions were imposed for {p} own protection.",
]


def _num(n: int, rng: random.Random) -> str:
    return _NUM[n] if n in _NUM and rng.random() < 0.5 else str(n)


def document(i: int, seed: int = 7) -> dict:
    """Document ``i`` of the corpus of ``seed``: id, date, title, facility, text."""
    rng = random.Random(f"dignity-corpus:{seed}:{i}")
    female = rng.random() < 0.35
    first = rng.choice(_FIRST_F if female else _FIRST_M)
    last = rng.choice(_LAST)
    title_word = "Ms." if female else "Mr."
    P, p = ("she", "her") if female else ("he", "his")
    facility = f"{rng.choice(_PLACE)} {rng.choice(_KIND)}"
    year = rng.randint(2016, 2025)
    month_i = rng.randint(1, 12)
    day = rng.randint(1, 28)
    date = f"{year:04d}-{month_i:02d}-{day:02d}"
    since_m = _MONTHS[max(0, month_i - 1 - rng.randint(0, 3)) % 12]
    fields = {
        "P": P, "p": p, "P_": P.capitalize(), "p_": p.capitalize(),
        "Name": f"{title_word} {last}", "N": last,
        "H": rng.choice([20, 21, 22, 23, 23, 23]), "Hw": _num(rng.choice([22, 23, 12, 14]), rng),
        "D": rng.choice([10, 14, 20, 30, 45, 60, 90, 120, 200, 400]),
        "since": f"{rng.randint(1, 28)} {since_m} {year}",
        "month": since_m, "date_short": f"{rng.randint(1, 28)} {since_m}",
        "unit": rng.choice(_UNIT), "a": rng.choice([2, 2.5, 3]), "b": rng.choice([3, 3.5, 4]),
        "sqm": rng.choice([6, 8, 9, 12]), "k": _num(rng.choice([2, 3, 4, 5]), rng),
        "X": rng.choice([15, 20, 30, 45, 60]), "kg": rng.choice([5, 8, 10, 12, 15]),
        "k2": rng.randint(12, 300), "km": rng.randint(40, 900), "built": rng.randint(1950, 1999),
        "reno": rng.randint(2000, 2015), "year0": year - rng.randint(0, 2),
    }
    genre = rng.choice(["visit", "letter", "complaint", "news"])
    n_cond = 0 if rng.random() < 1 / 12 else rng.randint(2, 8)
    types = rng.sample(sorted(_CONDITIONS), n_cond)
    body = [rng.choice(_CONDITIONS[t]) for t in types]
    body += rng.sample(_FILLER, rng.randint(2, 5))
    if rng.random() < 0.3:
        body.append(rng.choice(_NEGATED))
    if rng.random() < 0.25:
        body.append(rng.choice(_GENERAL))
    if n_cond and rng.random() < 0.4:
        body.append(rng.choice(_STATED_REASON))
    rng.shuffle(body)
    sentences = [s.format(**fields) for s in body]
    date_line = f"{day} {_MONTHS[month_i - 1]} {year}"
    who = f"{title_word} {first} {last}"
    if genre == "visit":
        title = f"Visit note: {facility}"
        head = [f"Monitoring visit note: {facility}", f"Date of visit: {date_line}",
                f"Prepared by: {rng.choice(_ORG)}", "",
                f"The team interviewed {who}, who is held at {facility}."]
    elif genre == "letter":
        title = f"Letter on behalf of {who}"
        head = [date_line, "", f"To the Director, {facility}", "",
                f"I write on behalf of my client, {who}, who has been held at {facility} since {fields['since']}.",
                f"{fields['P_']} reports the following."]
    elif genre == "complaint":
        title = f"Complaint: {who}"
        head = [f"Complaint to {rng.choice(_ORG)}", f"Date: {date_line}", "",
                f"This complaint concerns {who}, detained at {facility}."]
    else:
        title = f"Conditions at {facility} questioned"
        head = [f"{date_line}", "",
                f"Lawyers for {who}, held at {facility}, say conditions there breach the law."]
    paras = []
    for j in range(0, len(sentences), 3):
        paras.append(" ".join(sentences[j:j + 3]))
    text = "\n".join(head) + "\n\n" + "\n\n".join(paras) + "\n"
    return {"id": f"doc-{seed}-{i:07d}", "date": date, "title": title, "facility": facility,
            "text": text}


def documents(n: int, seed: int = 7, start: int = 0) -> Iterator[dict]:
    for i in range(start, start + n):
        yield document(i, seed)


def write_corpus(out: str | Path, n: int, *, seed: int = 7, fmt: str | None = None) -> Path:
    """Write ``n`` documents to ``out``: ``.jsonl``, ``.csv`` (``.gz`` allowed), ``.parquet``,
    or a folder of ``.txt`` files (``fmt="folder"``); the format follows the name when not given."""
    out = Path(out)
    name = out.name.lower()
    if fmt is None:
        base = name[:-3] if name.endswith(".gz") else name
        fmt = next((f for f in FORMATS if base.endswith("." + f)), "folder")
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}")
    out.parent.mkdir(parents=True, exist_ok=True)
    opener = (lambda: gzip.open(out, "wt", encoding="utf-8", newline="")) if name.endswith(".gz") \
        else (lambda: open(out, "w", encoding="utf-8", newline=""))
    if fmt == "jsonl":
        with opener() as fh:
            for d in documents(n, seed):
                fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        with opener() as fh:
            w = csv.DictWriter(fh, fieldnames=["id", "date", "title", "facility", "text"])
            w.writeheader()
            for d in documents(n, seed):
                w.writerow(d)
    elif fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = pa.schema([(k, pa.string()) for k in ("id", "date", "title", "facility", "text")])
        with pq.ParquetWriter(out, schema) as writer:
            batch: list[dict] = []
            for d in documents(n, seed):
                batch.append(d)
                if len(batch) == 1000:
                    writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                    batch = []
            if batch:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
    else:
        out.mkdir(parents=True, exist_ok=True)
        for d in documents(n, seed):
            (out / f"{d['id']}.txt").write_text(d["text"], encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=1000, help="number of documents")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", required=True, help="file (.jsonl, .csv, .parquet, .gz) or folder")
    ap.add_argument("--format", choices=FORMATS, default=None)
    args = ap.parse_args(argv)
    path = write_corpus(args.out, args.n, seed=args.seed, fmt=args.format)
    sys.stderr.write(f"wrote {args.n} documents to {path}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
