"""What a case of N documents costs: adding them, the case file (`case show`), the
JSON export (`case export`), one page of the web app's facts page, and the peak
memory of the process.

    python benchmarks/case_bench.py --docs 100                 # synthetic visit notes (corpus_gen.py)
    python benchmarks/case_bench.py --docs 100 --repeat 20     # each note 20 times longer
    python benchmarks/case_bench.py --db postgresql+psycopg://... --docs 100

Prints one JSON object.  The documents are ``corpus_gen.document(i)`` (made-up
text), so the numbers are comparable between runs on one machine.
"""

from __future__ import annotations

import argparse
import io
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def _peak_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=100)
    ap.add_argument("--repeat", type=int, default=1, help="make each document this many times longer")
    ap.add_argument("--db", default=None, help="database URL (default: a new SQLite file)")
    args = ap.parse_args(argv)

    from corpus_gen import document

    from dignity.cases import CaseService, Upload
    from dignity.cases.export import to_json
    from dignity.extract.engine import default_extractor
    from dignity.store import Store

    url = args.db or f"sqlite:///{tempfile.mkdtemp()}/case-bench.db"
    store = Store(url)
    default_extractor("en")  # the model's load is not the case's cost
    out: dict[str, object] = {"docs": args.docs, "repeat": args.repeat, "db": url.split(":", 1)[0],
                              "rss_after_model_mb": _peak_mb()}
    with store.session() as s:
        svc = CaseService(s)
        me = svc.local_user("bench")
        case = svc.create_case(f"Bench case {time.time():.0f}", me)
        t0 = time.perf_counter()
        size = 0
        for i in range(args.docs):
            d = document(i)
            text = "\n\n".join([d["text"]] * args.repeat)
            size += len(text)
            svc.add_documents(case, [Upload(text.encode(), f"doc-{i}.txt", title=d["title"])], me)
        out["add_s"] = round(time.perf_counter() - t0, 2)
        out["text_mb"] = round(size / 1e6, 2)
        out["facts"] = svc.case_stats(case, me)["facts"]
        case_id = case.id
    with store.session() as s:
        svc = CaseService(s)
        me = svc.get_user("bench")
        t0 = time.perf_counter()
        cf = svc.case_file(case_id, me)
        out["case_file_s"] = round(time.perf_counter() - t0, 2)
        out["merged"], out["timeline"], out["findings"] = len(cf.merged), len(cf.timeline), len(cf.findings)
        t0 = time.perf_counter()
        buf = io.StringIO()
        buf.write(to_json(cf))
        out["export_json_s"] = round(time.perf_counter() - t0, 2)
        out["export_json_mb"] = round(len(buf.getvalue().encode()) / 1e6, 2)
        t0 = time.perf_counter()
        svc.facts_page(case_id, me, offset=200, limit=200)
        out["facts_page_s"] = round(time.perf_counter() - t0, 3)
    out["peak_rss_mb"] = _peak_mb()
    store.dispose()
    json.dump(out, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
