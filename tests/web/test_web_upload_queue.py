"""Uploads off the request path: a worker process reads them, with a time limit per
file; the page says "reading..." and follows them without JavaScript; another
user's pages stay fast meanwhile; users take turns; queued files survive a
restart; the server stops at once on SIGTERM."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from case_texts import VISIT_NOTE
from tests.web.conftest import PASSWORD

REPO = Path(__file__).resolve().parents[2]


def _slow_text(mb: float) -> bytes:
    """A long report: the same few sentences over and over (slow to read, many facts)."""
    para = ("Report of 2 May 2021. Ahmed Said is held in solitary confinement at Blackrock Prison. "
            "He is confined to his cell 23 hours a day. The lights in his cell are on 24 hours a day. ")
    n = int(mb * 1024 * 1024 / len(para)) + 1
    return "".join(para.replace("2 May", f"{i % 28 + 1} May") for i in range(n)).encode()


def _docx_bomb(tmp_path: Path, mb: int = 12) -> bytes:
    """A small DOCX whose document.xml unpacks to ``mb`` MB of the same sentence."""
    import io
    import zipfile

    import docx

    path = tmp_path / "seed.docx"
    docx.Document().save(str(path))
    para = "<w:p><w:r><w:t>He was held in solitary confinement for 23 hours a day.</w:t></w:r></w:p>"
    body = para * (mb * 1024 * 1024 // len(para))
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           f"<w:body>{body}</w:body></w:document>")
    out = io.BytesIO()
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = xml.encode() if item.filename == "word/document.xml" else src.read(item.filename)
            dst.writestr(item, data, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _wait(pred, timeout: float = 120.0, step: float = 0.2) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if pred():
            return
        time.sleep(step)
    raise AssertionError("timed out")


def test_hostile_files_are_stopped_and_another_users_pages_stay_fast(make_web, tmp_path):
    web = make_web(upload_timeout_s=2, upload_wait_s=0, max_upload_mb=20)
    eve = web.login("eve")
    olga = web.login("olga")
    bomb = _docx_bomb(tmp_path)
    assert len(bomb) < 200 * 1024
    commas = b"He was held in solitary confinement" + b"," * 200_000 + b"."
    r = eve.post(f"/cases/{web.case_id}/documents", data={"csrf_token": eve.csrf},
                 files=[("files", ("huge.txt", _slow_text(4), "text/plain")),
                        ("files", ("bomb.docx", bomb, "application/octet-stream")),
                        ("files", ("commas.txt", commas, "text/plain"))])
    assert r.status_code == 303
    progress_url = r.headers["location"]
    assert re.fullmatch(rf"/cases/{web.case_id}/uploads/[0-9a-f]+", progress_url)
    page = eve.get(progress_url).text
    assert "Reading your files" in page and '<meta http-equiv="refresh" content="2">' in page
    # while it is read (in a worker process, never the server's), another user's pages
    # answer and their small upload is queued (response times belong in benchmarks/, not here)
    for _ in range(5):
        for path in ("/cases", f"/cases/{web.other_case_id}", "/account"):
            assert olga.get(path).status_code == 200
    r = olga.post(f"/cases/{web.other_case_id}/documents", data={"csrf_token": olga.csrf},
                  files=[("files", ("small.txt", b"He is held in solitary confinement.", "text/plain"))])
    assert r.status_code == 303  # queued
    small_url = r.headers["location"]
    _wait(lambda: "Your files are read" in olga.get(small_url).text)
    assert "added as document" in olga.get(small_url).text
    # the slow file and the bomb end with a recorded error; nothing of them is stored
    _wait(lambda: "Your files are read" in eve.get(progress_url).text, timeout=240)
    page = eve.get(progress_url).text
    assert "took longer than 2 s" in page and "nothing stored" in page and "http-equiv" not in page
    jobs = {j.filename: j for j in web.app.state.uploads.jobs(batch=progress_url.rsplit("/", 1)[1])}
    assert jobs["huge.txt"].status == "error" and jobs["bomb.docx"].status == "error", jobs
    assert jobs["commas.txt"].done
    svc, s = web.service()
    with s:
        stored = {d.filename for d in svc.documents(web.case_id, svc.get_user("eve"))}
        assert "huge.txt" not in stored and "bomb.docx" not in stored
    # htmx: the fragment polls until done, then is the results
    r = eve.get(progress_url, headers={"HX-Request": "true"})
    assert "took longer than 2 s" in r.text and "every 2s" not in r.text


def test_users_take_turns(make_web):
    web = make_web(upload_wait_s=0)
    eve, olga = web.login("eve"), web.login("olga")
    notes = [f"Visit note {i}. He is confined to his cell {20 + i} hours a day.".encode() for i in range(3)]
    r1 = eve.post(f"/cases/{web.case_id}/documents", data={"csrf_token": eve.csrf},
                  files=[("files", (f"n{i}.txt", n, "text/plain")) for i, n in enumerate(notes)])
    r2 = olga.post(f"/cases/{web.other_case_id}/documents", data={"csrf_token": olga.csrf},
                   files=[("files", ("olga.txt", VISIT_NOTE.encode(), "text/plain"))])
    queue = web.app.state.uploads
    batches = [r.headers["location"].rsplit("/", 1)[1] for r in (r1, r2)]
    _wait(lambda: all(j.done for b in batches for j in queue.jobs(batch=b)))
    svc, s = web.service()
    with s:
        from sqlalchemy import select

        from dignity.store.models import UploadJob

        order = [j.filename for j in s.scalars(select(UploadJob).order_by(UploadJob.started_at, UploadJob.id))]
    # olga's one file is read before eve's second and third, though queued after them
    assert order.index("olga.txt") < order.index("n2.txt"), order
    assert all(j.status == "added" for b in batches for j in queue.jobs(batch=b))


def test_files_queued_before_a_restart_are_read_after_it(make_web):
    from fastapi.testclient import TestClient

    from dignity.web import create_app
    from dignity.cases import Upload

    web = make_web(upload_wait_s=0)
    svc, s = web.service()
    with s:
        eve_id = svc.get_user("eve").id
    queue = web.app.state.uploads
    queue.close()  # the server stops before it read anything
    [job] = queue.submit(web.case_id, eve_id, [Upload(VISIT_NOTE.encode(), "queued.txt")])
    assert queue.jobs([job.id])[0].status == "queued"
    web.app.state.store.dispose()
    app = create_app(web.url, secret_key="test-secret-key-0123456789abcdef",
                     data_dir=web.app.state.settings.data_dir)
    try:
        with TestClient(app):  # the lifespan starts the dispatcher, which finds the queued file
            _wait(lambda: app.state.uploads.jobs([job.id])[0].done)
        assert app.state.uploads.jobs([job.id])[0].status == "added"
    finally:
        app.state.store.dispose()


def test_the_api_answers_202_and_the_job_says_when_it_is_read(make_web):
    web = make_web(upload_wait_s=0)
    c = web.client()
    h = web.token("eve")
    r = c.post(f"/api/v1/cases/{web.case_id}/documents", headers=h,
               files={"file": ("visit.txt", VISIT_NOTE.encode(), "text/plain")})
    assert r.status_code == 202 and r.headers["location"].startswith("/api/v1/uploads/")
    url = r.headers["location"]
    _wait(lambda: c.get(url, headers=h).status_code != 202)
    done = c.get(url, headers=h)
    assert done.status_code == 201 and done.json()["document"]["facts"] > 0
    # another user who may not read the case does not see the job
    assert c.get(url, headers=web.token("olga")).status_code == 404


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_the_server_stops_at_once_on_sigterm_while_a_file_is_read(tmp_path):
    import httpx
    import psutil

    db = f"sqlite:///{tmp_path / 'serve.db'}"
    from dignity.cases import CaseService
    from dignity.store import Store

    store = Store(db)
    with store.session() as s:
        svc = CaseService(s)
        svc.add_user("eve", "editor", PASSWORD)
        case_id = svc.create_case("Someone", svc.get_user("eve")).id
    store.dispose()
    port = _free_port()
    env = {**os.environ, "DIGNITY_DATABASE_URL": db, "DIGNITY_SECRET_KEY": "sigterm-test-secret-0123456789",
           "DIGNITY_DATA_DIR": str(tmp_path), "DIGNITY_UPLOAD_WAIT_S": "0",
           "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    server_log = tmp_path / "server.log"  # a file, not a pipe nobody reads (a full pipe would block it)
    log_file = server_log.open("wb")
    proc = subprocess.Popen([sys.executable, "-m", "uvicorn", "dignity.web.app:create_app", "--factory",
                             "--host", "127.0.0.1", "--port", str(port), "--log-level", "info"],
                            env=env, cwd=tmp_path, stdout=log_file, stderr=subprocess.STDOUT)
    try:
        base = f"http://127.0.0.1:{port}"
        _wait(lambda: _up(base), timeout=60)
        with httpx.Client(base_url=base) as c:
            r = c.post("/api/v1/auth/token", data={"username": "eve", "password": PASSWORD})
            h = {"Authorization": f"Bearer {r.json()['access_token']}"}
            r = c.post(f"/api/v1/cases/{case_id}/documents", headers=h,
                       files={"file": ("huge.txt", _slow_text(3), "text/plain")})
            assert r.status_code == 202
            url = r.headers["location"]
            _wait(lambda: c.get(url, headers=h).json()["job"]["status"] == "reading", timeout=120)
        # the job is claimed ('reading') a moment before its worker process is started
        _wait(lambda: psutil.Process(proc.pid).children(recursive=True), timeout=60)
        workers = psutil.Process(proc.pid).children(recursive=True)
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=10)  # ends, rather than hanging on its worker
        gone, alive = psutil.wait_procs(workers, timeout=5)
        assert not alive, alive
        # the file being read is queued again, for the next start
        from sqlalchemy import create_engine, text

        engine = create_engine(db)
        with engine.connect() as conn:
            status = conn.execute(text("SELECT status FROM upload_jobs")).scalar()
        engine.dispose()
        assert status == "queued", f"job left {status!r}; the server said:\n{server_log.read_text(errors='replace')}"
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        log_file.close()


def _up(base: str) -> bool:
    import httpx

    try:
        return httpx.get(base + "/healthz", timeout=2).status_code == 200
    except httpx.HTTPError:
        return False
