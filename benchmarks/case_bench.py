"""What a case of N documents costs: adding them, `dignity case show` (text and
JSON), `dignity case export` (JSON), one page of the web app's facts page, each
command's time and peak memory; and, with ``--before DIR``, the same commands of an
earlier version of Dignity on the same database, interleaved in the same run, with
the ratios.

    python benchmarks/case_bench.py --docs 100                 # synthetic visit notes (corpus_gen.py)
    python benchmarks/case_bench.py --docs 100 --repeat 20     # each note 20 times longer
    python benchmarks/case_bench.py --db postgresql+psycopg://... --docs 100
    git archive 5926e19 | tar -x -C /tmp/before                # an earlier version's tree
    python benchmarks/case_bench.py --docs 100 --repeat 20 --before /tmp/before --rounds 2

Prints one JSON object.  The documents are ``corpus_gen.document(i)`` (made-up
text), so the numbers are comparable between runs on one machine.  Each command
runs in a fresh process (its output to /dev/null); its peak memory is the
process's own high-water mark (``VmHWM``), its time the wall time of the command
(the interpreter's start and imports included, the same for both versions).
``--before`` works on SQLite: the earlier version reads a copy of the database
whose schema revision is set back to ``--before-revision`` (the revisions after
it changed nothing on SQLite).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

#: the commands timed, by name: arguments after ``dignity``
COMMANDS = {
    "show": ["case", "show", "{case}"],
    "show_json": ["case", "show", "{case}", "--format", "json"],
    "export_json": ["case", "export", "{case}", "--format", "json"],
}
#: what an earlier version cannot do (no ``case show --format json`` before it)
_NEW = {"show_json"}

_CHILD = """
import os, sys, time
sys.argv = ["dignity", *sys.argv[1:]]
t0 = time.perf_counter()
code = 0
try:
    from dignity.cli.main import app
    app()
except SystemExit as exc:
    code = exc.code or 0
wall = time.perf_counter() - t0
hwm = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM"))
import dignity
os.write(2, f"\\nBENCH {code} {wall:.3f} {hwm / 1024:.1f} {dignity.__file__}\\n".encode())
os._exit(0)
"""


def _peak_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def run_command(tree: Path, args: list[str]) -> dict[str, float]:
    """One CLI command of the Dignity at ``tree`` in a fresh process: exit code, wall
    time and peak RSS (MB)."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    # run in the tree: `python -c` puts the working folder first on sys.path
    proc = subprocess.run([sys.executable, "-c", _CHILD, *args], env=env, cwd=tree, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True, timeout=3600)
    last = [line for line in proc.stderr.splitlines() if line.startswith("BENCH ")]
    if not last:
        raise RuntimeError(f"{' '.join(args)}: no result ({proc.stderr.strip()[-500:]})")
    _, code, wall, rss, where = last[-1].split(maxsplit=4)
    if not Path(where).resolve().is_relative_to(tree.resolve()):
        raise RuntimeError(f"{' '.join(args)}: ran {where}, not the tree {tree}")
    if int(code) != 0:
        raise RuntimeError(f"{' '.join(args)}: exit {code} ({proc.stderr.strip()[-500:]})")
    return {"s": float(wall), "peak_rss_mb": float(rss)}


def _older_copy(url: str, revision: str) -> str:
    """A copy of the SQLite database at ``url`` whose schema revision reads ``revision``."""
    path = Path(url.split("sqlite:///", 1)[1])
    copy = path.with_name(path.stem + f"-as-{revision}.db")
    src = sqlite3.connect(path)
    dst = sqlite3.connect(copy)
    src.backup(dst)
    src.close()
    dst.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    dst.commit()
    dst.close()
    return f"sqlite:///{copy}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=100)
    ap.add_argument("--repeat", type=int, default=1, help="make each document this many times longer")
    ap.add_argument("--db", default=None, help="database URL (default: a new SQLite file)")
    ap.add_argument("--before", type=Path, default=None, metavar="DIR",
                    help="the source tree of an earlier version: its commands are timed too")
    ap.add_argument("--before-revision", default="0002", metavar="REV",
                    help="the newest schema revision the earlier version knows [0002]")
    ap.add_argument("--rounds", type=int, default=1, help="times each command runs (interleaved)")
    args = ap.parse_args(argv)

    from corpus_gen import document

    from dignity.cases import CaseService, Upload
    from dignity.extract.engine import default_extractor
    from dignity.store import Store

    folder = Path(tempfile.mkdtemp(prefix="case-bench-"))
    url = args.db or f"sqlite:///{folder}/case-bench.db"
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
        t0 = time.perf_counter()
        svc.facts_page(case_id, me, offset=200, limit=200)
        out["facts_page_s"] = round(time.perf_counter() - t0, 3)
        cf = svc.case_file(case_id, me)
        out["merged"], out["timeline"], out["findings"] = len(cf.merged), len(cf.timeline), len(cf.findings)
        out["timeline_omitted"] = cf.timeline_omitted
        out["assessment_set_aside"] = sum(x.repeats + x.over_limit for x in cf.assessment_limits)
        del cf
    store.dispose()

    trees = {"after": ROOT}
    urls = {"after": url}
    if args.before is not None:
        if not url.startswith("sqlite:///"):
            raise SystemExit("--before works on SQLite only")
        trees["before"] = args.before.resolve()
        urls["before"] = _older_copy(url, args.before_revision)
    runs: dict[str, dict[str, list[dict[str, float]]]] = {v: {c: [] for c in COMMANDS} for v in trees}
    for _ in range(args.rounds):
        for name, template in COMMANDS.items():
            for version, tree in trees.items():  # interleaved: a busy moment hits both
                if version == "before" and name in _NEW:
                    continue
                argv_ = [a.format(case=case_id) for a in template] + ["--db", urls[version], "--user", "bench"]
                runs[version][name].append(run_command(tree, argv_))
    export_file = folder / "export.json"
    run_command(ROOT, ["case", "export", str(case_id), "--format", "json", "-o", str(export_file),
                       "--db", url, "--user", "bench"])
    out["export_json_mb"] = round(export_file.stat().st_size / 1e6, 2)
    for version, by_cmd in runs.items():
        for name, rs in by_cmd.items():
            if rs:
                out[f"{name}_s_{version}"] = round(min(r["s"] for r in rs), 2)
                out[f"{name}_peak_rss_mb_{version}"] = max(r["peak_rss_mb"] for r in rs)
    if "before" in trees:
        for name in COMMANDS:
            if f"{name}_s_before" in out:
                out[f"{name}_time_ratio"] = round(out[f"{name}_s_after"] / out[f"{name}_s_before"], 2)
                out[f"{name}_rss_ratio"] = round(out[f"{name}_peak_rss_mb_after"]
                                                 / out[f"{name}_peak_rss_mb_before"], 2)
    out["peak_rss_mb"] = _peak_mb()
    json.dump(out, sys.stdout, indent=2)
    sys.stdout.write("\n")
    shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
