#!/usr/bin/env python
"""Web benchmark: 20 users on the case page and document pages of a 200-document case.

    python benchmarks/web_bench.py                       # 200 documents, 20 users, 60 s
    python benchmarks/web_bench.py --docs 50 --users 5 --seconds 10 --out /tmp/web.json

Loopback only, bounded.  It writes short synthetic documents of its own (visit
notes, lawyers' letters and complaints about one detainee, seeded, each with
dated conditions), adds them to one case through ``CaseService`` (extraction
timed apart), then starts ``dignity.web`` under uvicorn in a child process on
127.0.0.1 and runs N users, each an ``httpx.AsyncClient`` signed in as its own
user (a viewer member of the case), asking in a closed loop (no think time, the
strictest load) for the case page and document pages, one of each in turn.

It reports p50 / p95 / p99 / max latency, requests per second and errors, for
each kind of page and in all; the first case page (case file built, nothing
cached) apart; and the server's case-file cache hits and misses.  Target: p95
under 300 ms with no errors.  The machine's load is printed: compare runs on a
quiet machine.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_P95_MS = 300.0
PASSWORD = "bench-password-123"
SECRET = "web-bench-secret-key-0123456789abcdef"

NAME = "Mr. Samuel Adeyemi"
PLACE = "Eastgate Detention Centre"
SENTENCES = [
    "{Name} told the visiting team that he is locked in his cell for {hours} hours a day.",
    "The lights in his cell are kept on 24 hours a day.",
    "{Name} has not been allowed visits from his family since {month}.",
    "His cell measures 2 by 3 metres and has no window.",
    "He is allowed one hour of exercise a day, which takes place in a small indoor cage.",
    "Officers do not speak his language and no interpreter has been provided.",
    "He has been held in solitary confinement since {date}.",
    "According to the prison director, {Name} is not held in solitary confinement.",
    "On {date} he was moved to Block {block}.",
    "The cell is cold at night and he has only one thin blanket.",
    "His lawyer says their meetings take place in the presence of guards.",
    "He complained of chest pain on {date} and has not seen a doctor.",
    "The food is insufficient and drinking water is available only twice a day.",
    "He was strip-searched every time he left his cell.",
]
KINDS = ["Visit note by the National Preventive Mechanism", "Letter from his lawyer",
         "Complaint to the ombudsman", "Note by the Red Cross delegate"]


def documents(n: int, seed: int = 11) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    start = dt.date(2021, 1, 4)
    out = []
    for i in range(n):
        day = start + dt.timedelta(days=3 * i)
        lines = [f"{rng.choice(KINDS)}, {day:%d %B %Y}.", "", f"Re: {NAME}, {PLACE}.", ""]
        for s in rng.sample(SENTENCES, k=rng.randint(4, 7)):
            when = day - dt.timedelta(days=rng.randint(3, 60))
            lines.append(s.format(Name=NAME, hours=rng.choice([20, 22, 23, 23, 23]), month=f"{when:%B %Y}",
                                  date=f"{when:%d %B %Y}", block=rng.choice("ABCD")))
        out.append((f"note-{i:03d}.txt", " ".join(lines[:4]) + "\n\n" + " ".join(lines[4:]) + "\n"))
    return out


def setup(url: str, n_docs: int, n_users: int) -> dict:
    from dignity.cases import CaseService, Upload
    from dignity.store import Store

    store = Store(url)
    try:
        with store.session() as s:
            svc = CaseService(s)
            if svc.has_users():  # --db of an earlier run: its case as it is
                owner = svc.get_user("owner")
                case = svc.list_cases(owner)[0]
                users = []
                for i in range(n_users):
                    name = f"user{i:02d}"
                    if not any(u.username == name for u in svc.list_users()):
                        svc.add_user(name, "viewer", PASSWORD)
                        svc.add_member(case, name, "viewer", by=owner)
                    users.append(name)
                docs = svc.documents(case, owner)
                t0 = time.perf_counter()
                cf = svc.case_file(case, owner)
                return {"case_id": case.id, "document_ids": [d.id for d in docs], "users": users,
                        "facts": len(svc.current_facts(case, owner)), "extract_s": None,
                        "case_file_build_s": round(time.perf_counter() - t0, 3), "findings": len(cf.findings),
                        "timeline": len(cf.timeline), "reused": True}
            owner = svc.add_user("owner", "editor", PASSWORD)
            users = [svc.add_user(f"user{i:02d}", "viewer", PASSWORD).username for i in range(n_users)]
            case = svc.create_case(f"{NAME} ({PLACE})", owner)
            for u in users:
                svc.add_member(case, u, "viewer", by=owner)
            t0 = time.perf_counter()
            results = svc.add_documents(case, [Upload(text.encode(), name) for name, text in documents(n_docs)], owner)
            extract_s = time.perf_counter() - t0
            bad = [r.message for r in results if r.status != "added"]
            if bad:
                raise SystemExit(f"could not add every document: {bad[:3]}")
            doc_ids = [r.document_id for r in results]
            facts = sum(r.facts for r in results)
            t0 = time.perf_counter()
            cf = svc.case_file(case, owner)
            build_s = time.perf_counter() - t0
            return {"case_id": case.id, "document_ids": doc_ids, "users": users, "facts": facts,
                    "extract_s": round(extract_s, 2), "case_file_build_s": round(build_s, 3),
                    "findings": len(cf.findings), "timeline": len(cf.timeline)}
    finally:
        store.dispose()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


SERVER = """
import sys, uvicorn
from dignity.web import create_app
app = create_app(sys.argv[1], secret_key=sys.argv[3], data_dir=sys.argv[4])

@app.get("/_bench/cache")
def _cache():
    c = app.state.cache
    return {"hits": c.hits, "misses": c.misses}

uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[2]), log_level="warning", access_log=False)
"""


def start_server(url: str, port: int, folder: Path) -> subprocess.Popen:
    log = open(folder / "server.log", "wb")
    proc = subprocess.Popen([sys.executable, "-c", SERVER, url, str(port), SECRET, str(folder)],
                            stdout=subprocess.DEVNULL, stderr=log)
    proc.log_path = folder / "server.log"  # type: ignore[attr-defined]
    import httpx

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"the server stopped: {proc.log_path.read_text(errors='replace')[-2000:]}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("the server did not start within 60 s")


async def sign_in(client, username: str) -> None:
    r = await client.get("/login")
    token = re.search(r'name="csrf_token" value="([^"]+)"', r.text).group(1)
    r = await client.post("/login", data={"username": username, "password": PASSWORD, "csrf_token": token})
    if r.status_code != 303:
        raise SystemExit(f"{username} could not sign in: {r.status_code}")


async def load(base: str, info: dict, seconds: float, think: float, seed: int, server_pid: int) -> dict:
    import httpx

    case_url = f"/cases/{info['case_id']}"
    doc_urls = [f"/cases/{info['case_id']}/documents/{d}" for d in info["document_ids"]]
    samples: dict[str, list[float]] = {"case": [], "document": []}
    errors: list[str] = []
    limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    clients = [httpx.AsyncClient(base_url=base, timeout=30, limits=limits) for _ in info["users"]]
    try:
        await asyncio.gather(*(sign_in(c, u) for c, u in zip(clients, info["users"])))
        # the first case page: the case file is built (nothing cached yet)
        t0 = time.perf_counter()
        first = await clients[0].get(case_url)
        first_ms = (time.perf_counter() - t0) * 1000
        if first.status_code != 200:
            raise SystemExit(f"the case page failed: {first.status_code}")
        stop = time.monotonic() + seconds

        async def user(i: int, client) -> None:
            rng = random.Random(seed + i)
            turn = i % 2
            while time.monotonic() < stop:
                kind = "case" if turn == 0 else "document"
                turn ^= 1
                path = case_url if kind == "case" else rng.choice(doc_urls)
                t = time.perf_counter()
                try:
                    r = await client.get(path)
                    ok = r.status_code == 200 and len(r.content) > 0
                    if not ok:
                        errors.append(f"{path}: {r.status_code}")
                except httpx.HTTPError as exc:
                    errors.append(f"{path}: {type(exc).__name__}")
                    ok = False
                if ok:
                    samples[kind].append((time.perf_counter() - t) * 1000)
                if think:
                    await asyncio.sleep(rng.uniform(0, 2 * think))

        t0 = time.perf_counter()
        cpu0 = time.process_time()
        server0 = _cpu_seconds(server_pid)
        await asyncio.gather(*(user(i, c) for i, c in enumerate(clients)))
        elapsed = time.perf_counter() - t0
        client_cpu = time.process_time() - cpu0
        server_cpu = _cpu_seconds(server_pid) - server0
        cache = (await clients[0].get("/_bench/cache")).json()
        page_sizes = {"case": len(first.content), "document": len((await clients[0].get(doc_urls[0])).content)}
    finally:
        await asyncio.gather(*(c.aclose() for c in clients))
    return {"samples": samples, "errors": errors, "elapsed_s": elapsed, "first_case_page_ms": first_ms,
            "cache": cache, "page_bytes": page_sizes, "client_cpu_s": client_cpu, "server_cpu_s": server_cpu}


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (Linux /proc; 0 elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


def _stats(ms: list[float], elapsed: float) -> dict:
    if not ms:
        return {"requests": 0}
    q = statistics.quantiles(ms, n=100, method="inclusive") if len(ms) > 1 else [ms[0]] * 99
    return {"requests": len(ms), "rps": round(len(ms) / elapsed, 1), "p50_ms": round(q[49], 1),
            "p95_ms": round(q[94], 1), "p99_ms": round(q[98], 1), "max_ms": round(max(ms), 1),
            "mean_ms": round(statistics.fmean(ms), 1)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--users", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--think", type=float, default=0.0, help="mean think time between a user's requests (s)")
    ap.add_argument("--db", help="database URL (default: a SQLite file in a temp folder); a database of an "
                                 "earlier run is used as it is (no setup)")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--out", type=Path, help="write the results as JSON here")
    ap.add_argument("--strict", action="store_true", help="exit 1 when the target is missed")
    args = ap.parse_args(argv)
    if not 0 < args.seconds <= 600:
        ap.error("--seconds: between 0 and 600")

    with tempfile.TemporaryDirectory(prefix="dignity-web-bench-") as tmp:
        folder = Path(tmp)
        url = args.db or f"sqlite:///{folder / 'bench.db'}"
        print(f"setting up: {args.docs} documents, {args.users} users ...", flush=True)
        info = setup(url, args.docs, args.users)
        done = (f"reused {len(info['document_ids'])} documents" if info.get("reused")
                else f"extraction {info['extract_s']} s")
        print(f"  {done}, {info['facts']} facts; case file built in {info['case_file_build_s']} s "
              f"({info['findings']} findings, {info['timeline']} timeline entries)")
        port = _free_port()
        proc = start_server(url, port, folder)
        try:
            print(f"load: {args.users} users for {args.seconds:g} s on http://127.0.0.1:{port} "
                  f"(think time {args.think:g} s) ...", flush=True)
            res = asyncio.run(load(f"http://127.0.0.1:{port}", info, args.seconds, args.think, args.seed, proc.pid))
        finally:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
            server_log = proc.log_path.read_text(errors="replace")
    elapsed = res["elapsed_s"]
    all_ms = res["samples"]["case"] + res["samples"]["document"]
    result = {
        "config": {"docs": args.docs, "users": args.users, "seconds": args.seconds, "think_s": args.think,
                   "database": "sqlite (temp file)" if not args.db else "given", "cpus": os.cpu_count(),
                   "load_average": os.getloadavg(), "python": sys.version.split()[0]},
        "setup": info | {"document_ids": len(info["document_ids"]), "users": len(info["users"])},
        "first_case_page_ms": round(res["first_case_page_ms"], 1),
        "page_bytes": res["page_bytes"],
        "case_page": _stats(res["samples"]["case"], elapsed),
        "document_page": _stats(res["samples"]["document"], elapsed),
        "all": _stats(all_ms, elapsed),
        "cpu_ms_per_request": {"server": round(res["server_cpu_s"] * 1000 / max(1, len(all_ms)), 2),
                               "client": round(res["client_cpu_s"] * 1000 / max(1, len(all_ms)), 2)},
        "errors": len(res["errors"]),
        "error_examples": res["errors"][:5],
        "cache": res["cache"],
        "target_p95_ms": TARGET_P95_MS,
    }
    ok = bool(all_ms) and result["all"]["p95_ms"] < TARGET_P95_MS and not res["errors"]
    result["pass"] = ok
    print(f"\nmachine: {os.cpu_count()} CPUs, load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"first case page (case file built): {result['first_case_page_ms']} ms; "
          f"page sizes: case {res['page_bytes']['case'] // 1024} KB, "
          f"document {res['page_bytes']['document'] // 1024} KB")
    print(f"{'':14} {'requests':>9} {'req/s':>7} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8}")
    for label, key in (("case page", "case_page"), ("document page", "document_page"), ("all", "all")):
        s = result[key]
        if s.get("requests"):
            print(f"{label:14} {s['requests']:>9} {s['rps']:>7} {s['p50_ms']:>8} {s['p95_ms']:>8} {s['p99_ms']:>8} "
                  f"{s['max_ms']:>8}")
    cpu = result["cpu_ms_per_request"]
    print(f"CPU per request: server {cpu['server']} ms, load generator {cpu['client']} ms")
    print(f"errors: {len(res['errors'])}" + (f" (e.g. {res['errors'][:3]})" if res["errors"] else ""))
    if res["errors"] and server_log.strip():
        print("server log (end):\n" + server_log[-3000:])
    print(f"case file cache: {res['cache']['hits']} hits, {res['cache']['misses']} misses")
    print(f"target p95 < {TARGET_P95_MS:g} ms, no errors: {'PASS' if ok else 'MISS'}")
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {args.out}")
    return 1 if args.strict and not ok else 0


if __name__ == "__main__":
    sys.exit(main())
