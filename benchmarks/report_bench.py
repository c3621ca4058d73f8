"""Report benchmark: a report on 50 documents renders as HTML and PDF in under 10 s.

    python benchmarks/report_bench.py              # 50 documents, prints the times
    python benchmarks/report_bench.py --docs 100 --out /tmp/bench --strict

It writes 50 short synthetic documents of its own (monitoring notes, lawyers'
letters and complaints about three detainees of one remand centre, each with
dated conditions, seeded so every run reads the same text), reads them into one
assessment (timed apart: that is extraction, not rendering), then times, each on
its own: building the ``ReportData``, the HTML report (charts included), the PDF
(WeasyPrint from that HTML), the Markdown, and the three letters as DOCX.

The target is on HTML + PDF, the report's own work: under 10 s in total.  The
machine's load is printed; compare runs on a quiet machine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import tempfile
import time
from pathlib import Path

TARGET_SECONDS = 10.0

PEOPLE = [("Mr. Daniel Okafor", "he", "his"), ("Ms. Amina Yusuf", "she", "her"), ("Mr. Tomas Berg", "he", "his")]
PLACE = "Northgate Remand Centre"

SENTENCES = [
    "{Name} told the visiting team that {he} is locked in {his} cell for {hours} hours a day.",
    "The lights in {his} cell are kept on 24 hours a day, and night checks every hour keep {him} awake.",
    "{Name} has not been allowed visits from {his} family since {month}.",
    "{His} cell measures 2 by 3 metres and has no window.",
    "{He} is allowed one hour of exercise, which takes place in a small indoor cage.",
    "Officers do not speak {his} language and no interpreter has been provided.",
    "{His} lawyer was refused entry twice.",
    "{He} said that {he} has lost 8 kg and suffers from headaches.",
    "{His} requests to see the facility physician have gone unanswered.",
    "{He} was shackled at the ankles during a hospital appointment on {date}.",
    "The toilet is in the cell, without a screen.",
    "{He} has been held in segregation since {date}, and the placement has no end date.",
    "{His} phone calls have been suspended.",
    "The cell is extremely cold at night and {he} has been given only one thin blanket.",
    "Staff told the team that the placement is needed for security reasons.",
]
KINDS = ["Monitoring visit note", "Letter from the Public Defender", "Complaint to the Ombudsman",
         "Follow-up note of the visiting team"]


def make_documents(folder: Path, n: int, seed: int = 7) -> list[Path]:
    """``n`` short dated documents about the three detainees, each with 4 to 7 conditions."""
    rng = random.Random(seed)
    start = dt.date(2026, 1, 5)
    paths = []
    for i in range(n):
        name, he, his = PEOPLE[i % len(PEOPLE)]
        day = start + dt.timedelta(days=4 * i + rng.randint(0, 3))
        when = day - dt.timedelta(days=rng.randint(3, 40))
        fill = {"Name": name, "name": name, "He": he.capitalize(), "he": he, "His": his.capitalize(), "his": his,
                "him": "him" if he == "he" else "her", "hours": rng.choice([22, 23, 23, 24]),
                "month": (day - dt.timedelta(days=30)).strftime("%B"),
                "date": f"{when.day} {when.strftime('%B %Y')}"}
        body = " ".join(s.format(**fill) for s in rng.sample(SENTENCES, rng.randint(4, 7)))
        text = (f"{rng.choice(KINDS)}: {PLACE}\nDate: {day.day} {day.strftime('%B %Y')}\n\n"
                f"{name} is held on remand awaiting trial at the {PLACE}. {body}\n")
        path = folder / f"doc-{i + 1:03d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def _timed(label: str, fn, results: dict[str, float], cpu: dict[str, float] | None = None):
    t0, c0 = time.perf_counter(), time.process_time()
    value = fn()
    results[label] = time.perf_counter() - t0
    if cpu is not None:
        cpu[label] = time.process_time() - c0
    return value


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=50, help="number of documents [50]")
    ap.add_argument("--out", type=Path, default=None, help="keep the documents and outputs in this folder")
    ap.add_argument("--strict", action="store_true", help="exit 1 when HTML + PDF take 10 s or more")
    args = ap.parse_args(argv)

    import dignity
    from dignity.assess import assess_extraction
    from dignity.model import Extraction
    from dignity.report import ReportData, html_to_pdf, render_html, render_letter, render_markdown

    folder = args.out or Path(tempfile.mkdtemp(prefix="dignity-report-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    paths = make_documents(folder, args.docs)
    times: dict[str, float] = {}
    cpu: dict[str, float] = {}

    def read() -> Extraction:
        combined = Extraction()
        for p in paths:
            ex = dignity.extract(p)
            combined.documents += ex.documents
            combined.facts += ex.facts
        return combined

    dignity.extract("warm up: he is confined to his cell 23 hours a day")  # load the pipeline once
    combined = _timed("extract (not rendering)", read, times, cpu)
    assessment = _timed("assess (not rendering)", lambda: assess_extraction(combined), times, cpu)
    data = _timed("ReportData", lambda: ReportData.from_assessment(assessment, title="Benchmark report",
                                                                    prepared_by="report_bench"), times, cpu)
    html = _timed("HTML (with charts)", lambda: render_html(data), times, cpu)
    pdf = _timed("PDF (WeasyPrint)", lambda: html_to_pdf(html), times, cpu)
    md = _timed("Markdown", lambda: render_markdown(data), times, cpu)
    letters = _timed("3 letters (DOCX)", lambda: [render_letter(k, data, "docx")
                                                   for k in ("visit", "rapporteur", "authorities")], times, cpu)
    (folder / "report.html").write_text(html, encoding="utf-8")
    (folder / "report.pdf").write_bytes(pdf)
    (folder / "report.md").write_text(md, encoding="utf-8")
    for kind, blob in zip(("visit", "rapporteur", "authorities"), letters):
        (folder / f"{kind}.docx").write_bytes(blob)

    import io

    import pypdf

    pages = len(pypdf.PdfReader(io.BytesIO(pdf)).pages)
    parts = ("ReportData", "HTML (with charts)", "PDF (WeasyPrint)")
    total = sum(times[k] for k in parts)
    total_cpu = sum(cpu[k] for k in parts)
    print(f"report benchmark: {len(paths)} documents, {len(data.facts)} facts, {len(data.findings)} findings, "
          f"{len(data.subjects)} subjects; HTML {len(html) / 1024:.0f} KiB, PDF {len(pdf) / 1024:.0f} KiB "
          f"({pages} pages)")
    try:
        load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        load = "n/a"
    c0 = time.process_time()
    total_ = 0
    for k in range(5_000_000):  # a fixed pure-Python loop: how fast this machine is right now
        total_ += k
    reference = time.process_time() - c0
    print(f"machine: {os.cpu_count()} CPUs, load average {load}; reference loop {reference:.2f} s CPU "
          "(compare it between runs: it grows with the load of the machine)")
    print(f"  {'':<26} {'wall':>9} {'CPU':>9}")
    for label, seconds in times.items():
        print(f"  {label:<26} {seconds:7.2f} s {cpu.get(label, 0.0):7.2f} s")
    ok = total < TARGET_SECONDS
    print(f"  {'HTML + PDF (+ data)':<26} {total:7.2f} s {total_cpu:7.2f} s   target < {TARGET_SECONDS:g} s wall: "
          f"{'PASS' if ok else 'FAIL'}")
    print(f"outputs in {folder}")
    return 0 if ok or not args.strict else 1


if __name__ == "__main__":
    sys.exit(main())
