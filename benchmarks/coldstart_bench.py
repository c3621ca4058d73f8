"""Cold start of everyday commands, each beside a bare spaCy process in the same run.

    python benchmarks/coldstart_bench.py                 # 7 interleaved rounds, prints the table
    python benchmarks/coldstart_bench.py --rounds 11 --out /tmp/cold.json --strict
    python benchmarks/coldstart_bench.py --no-cache      # also time the commands with the rules cache off
    python benchmarks/coldstart_bench.py --before /tmp/before   # and an earlier tree's commands, same rounds
    python benchmarks/coldstart_bench.py --only report_pdf      # one command (or a few) beside the baseline

Each round runs, as whole fresh processes and in a rotating order, the baseline
``python -c "import spacy; spacy.blank('en')"`` and each command on a one-page
document (``examples/visit-note.txt`` unless ``--file``):

    dignity extract FILE                      (text to a pipe)
    dignity assess FILE                       (text to a pipe)
    dignity report FILE --format html -o OUT
    dignity report FILE --format pdf -o OUT
    dignity letter authorities FILE --format docx -o OUT

The figure for each command is the median of its wall times divided by the
median of the baseline's, both from the same rounds: the machine's other load
hits both sides alike, so the ratio is what to compare between runs. The CPU
time (user + system) of each process is measured too, and its ratio printed
beside: on a busy machine it moves much less than wall time. One
untimed round comes first: it warms the OS file cache and fills the compiled
rules cache (a fresh folder given as ``$XDG_CACHE_HOME``), so the timed runs are
an everyday start, not the very first one. ``--no-cache`` adds rows for each
command with ``DIGNITY_RULES_CACHE=off``. ``--before DIR`` adds rows for each command
of the Dignity tree in DIR (``git archive REV dignity | tar -x -C DIR``), run from DIR
with its own rules cache, interleaved with the others: before and after in one run.

The commands run as ``python -m dignity.cli.main`` with this checkout first on
``PYTHONPATH``. Nothing here is a test: timings never go in ``tests/``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT_FILE = ROOT / "examples" / "visit-note.txt"

# command name -> (arguments after ``dignity``, target ratio to the bare spaCy process)
COMMANDS: dict[str, tuple[list[str], float]] = {
    "extract": (["extract", "{file}"], 1.2),
    "assess": (["assess", "{file}"], 1.3),
    "report_html": (["report", "{file}", "--format", "html", "-o", "{out}/r.html"], 1.6),
    "report_pdf": (["report", "{file}", "--format", "pdf", "-o", "{out}/r.pdf"], 2.5),
    "letter_docx": (["letter", "authorities", "{file}", "--format", "docx", "-o", "{out}/l.docx"], 1.6),
}
BASELINE = "spacy_blank"


def _env(cache_dir: Path, cache: bool, root: Path = ROOT) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(root)] + [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p])
    env["XDG_CACHE_HOME"] = str(cache_dir)
    env.pop("DIGNITY_CACHE_DIR", None)
    if cache:
        env.pop("DIGNITY_RULES_CACHE", None)
    else:
        env["DIGNITY_RULES_CACHE"] = "off"
    env.setdefault("PYTHONHASHSEED", "0")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed package has its bytecode: the warm-up writes it
    return env


def build_commands(file: Path, out: Path, no_cache: bool, before: Path | None = None,
                   only: list[str] | None = None) -> dict[str, tuple[list[str], bool]]:
    """name -> (argv, rules cache on); ``only``: these commands of ``COMMANDS`` (the baseline always)."""
    py = sys.executable
    cmds: dict[str, tuple[list[str], bool]] = {BASELINE: ([py, "-c", "import spacy; spacy.blank('en')"], True)}
    for name, (args, _target) in COMMANDS.items():
        if only and name not in only:
            continue
        argv = [py, "-m", "dignity.cli.main"] + [a.format(file=file, out=out) for a in args]
        cmds[name] = (argv, True)
        if no_cache:
            cmds[name + "_nocache"] = (argv, False)
        if before is not None:
            cmds[name + "_before"] = ([a.replace(f"{out}/", f"{out}/before-") for a in argv], True)
    return cmds


def run_once(argv: list[str], env: dict[str, str], timeout: float, cwd: Path = ROOT) -> tuple[float, float]:
    """(wall seconds, CPU seconds: user + system) of one whole process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    proc = subprocess.run(argv, env=env, capture_output=True, timeout=timeout, cwd=cwd)
    elapsed = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(argv[2:5])} failed ({proc.returncode}): "
                           f"{proc.stderr.decode('utf-8', 'replace')[-1500:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, cpu


def machine() -> dict[str, object]:
    info: dict[str, object] = {"cpu_count": os.cpu_count(), "python": sys.version.split()[0],
                               "time_utc": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
    try:
        info["git_commit"] = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                                            capture_output=True, text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        pass
    return info


def measure(file: Path, rounds: int, no_cache: bool, timeout: float,
            before: Path | None = None, only: list[str] | None = None) -> dict[str, object]:
    loads = [list(os.getloadavg())] if hasattr(os, "getloadavg") else []
    with tempfile.TemporaryDirectory(prefix="dignity-cold-") as tmp:
        out = Path(tmp) / "out"
        out.mkdir()
        cache_dir = Path(tmp) / "cache"
        cmds = build_commands(file, out, no_cache, before, only)
        envs = {True: _env(cache_dir, True), False: _env(cache_dir, False)}
        if before is not None:
            before_env = _env(Path(tmp) / "cache-before", True, before)

        def run(name: str) -> tuple[float, float]:
            argv, cache = cmds[name]
            if name.endswith("_before"):
                return run_once(argv, before_env, timeout, cwd=before)
            return run_once(argv, envs[cache], timeout)

        names = list(cmds)
        for name in names:  # untimed: warms the file cache and fills the rules cache
            run(name)
        times: dict[str, list[float]] = {n: [] for n in names}
        cpus: dict[str, list[float]] = {n: [] for n in names}
        for r in range(rounds):
            order = names[r % len(names):] + names[:r % len(names)]  # rotate: no command always first
            for name in order:
                wall, cpu = run(name)
                times[name].append(wall)
                cpus[name].append(cpu)
            if hasattr(os, "getloadavg"):
                loads.append(list(os.getloadavg()))
    med = {n: statistics.median(v) for n, v in times.items()}
    med_cpu = {n: statistics.median(v) for n, v in cpus.items()}
    base = med[BASELINE]
    rows = {}
    for name in names:
        if name == BASELINE:
            continue
        target = COMMANDS[name.removesuffix("_nocache").removesuffix("_before")][1]
        ratio = med[name] / base
        rows[name] = {"median_s": med[name], "ratio": ratio, "target": target,
                      "median_cpu_s": med_cpu[name], "cpu_ratio": med_cpu[name] / med_cpu[BASELINE],
                      "passed": ratio <= target if not name.endswith(("_nocache", "_before")) else None}
    return {"machine": machine(), "file": str(file), "file_bytes": file.stat().st_size, "rounds": rounds,
            "only": only or list(COMMANDS),
            "baseline": {"command": "python -c \"import spacy; spacy.blank('en')\"", "median_s": base,
                         "median_cpu_s": med_cpu[BASELINE]},
            "load_average_1_5_15": loads, "times_s": times, "cpu_s": cpus, "commands": rows,
            "all_targets_met": all(r["passed"] for r in rows.values() if r["passed"] is not None)}


def print_table(res: dict[str, object]) -> None:
    base = res["baseline"]["median_s"]
    loads = [f"{lo[0]:.1f}" for lo in res["load_average_1_5_15"]]
    print(f"{res['rounds']} interleaved rounds on {res['file']} ({res['file_bytes']} bytes); "
          f"1-min load average during the run: {', '.join(loads)}")
    cpu = res["baseline"]["median_cpu_s"]
    print(f"{'command':<16} {'wall':>7} {'ratio':>7} {'target':>7}  verdict  {'CPU':>6} {'ratio':>6}")
    print(f"{'bare spaCy':<16} {base:>6.2f}s {'1.00x':>7} {'':>7}  {'':7}  {cpu:>5.2f}s {'1.00x':>6}")
    for name, row in res["commands"].items():
        verdict = "info" if row["passed"] is None else ("PASS" if row["passed"] else "FAIL")
        print(f"{name:<16} {row['median_s']:>6.2f}s {row['ratio']:>6.2f}x {row['target']:>6.1f}x  {verdict:7}  "
              f"{row['median_cpu_s']:>5.2f}s {row['cpu_ratio']:>5.2f}x")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--file", type=Path, default=DEFAULT_FILE, help="the one-page document")
    ap.add_argument("--rounds", type=int, default=7, help="interleaved timed rounds (median)")
    ap.add_argument("--no-cache", action="store_true", help="also time each command with the rules cache off")
    ap.add_argument("--timeout", type=float, default=300.0, help="per process, seconds")
    ap.add_argument("--before", type=Path, default=None, metavar="DIR",
                    help="also time the commands of the Dignity tree in DIR (an earlier commit), same rounds")
    ap.add_argument("--only", default="", metavar="NAMES",
                    help=f"comma-separated commands to time (of {', '.join(COMMANDS)}); default: all")
    ap.add_argument("--out", type=Path, default=HERE / "out" / "coldstart.json")
    ap.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = ap.parse_args(argv)
    before = args.before.resolve() if args.before else None
    only = [n.strip() for n in args.only.split(",") if n.strip()]
    unknown = [n for n in only if n not in COMMANDS]
    if unknown:
        ap.error(f"unknown command(s) {', '.join(unknown)}: choose from {', '.join(COMMANDS)}")
    res = measure(args.file.resolve(), max(1, args.rounds), args.no_cache, args.timeout, before, only or None)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(res, indent=2), encoding="utf-8")
    print_table(res)
    print(f"written: {args.out}")
    return 1 if args.strict and not res["all_targets_met"] else 0


if __name__ == "__main__":
    sys.exit(main())
