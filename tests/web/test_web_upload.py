"""Uploads: several files at once, size limits (413), unknown and damaged files
(415, 422) with clear messages, and nothing ever stored half-way."""

from __future__ import annotations

import io
import zipfile

import pytest

from case_texts import VISIT_NOTE


def _stored(web):
    svc, s = web.service()
    with s:
        admin = svc.get_user("admin")
        docs = svc.documents(web.case_id, admin)
        changes = [e for e in svc.audit_log(web.case_id, admin) if e.kind == "change"]
        return len(docs), len(svc.current_facts(web.case_id, admin)), len(changes)


@pytest.fixture
def small(make_web):
    """An app whose upload limit is 2 KB."""
    return make_web(max_upload_mb=2 / 1024)


def test_a_file_over_the_limit_is_413_and_nothing_is_stored(small):
    web = small
    before = _stored(web)
    big = b"He is held in solitary confinement. " * 200  # 7 KB
    h = web.token("eve")
    r = web.client().post(f"/api/v1/cases/{web.case_id}/documents", headers=h,
                          files={"file": ("big.txt", big, "text/plain")})
    assert r.status_code == 413
    assert "big.txt is too large" in r.json()["detail"] and "2 KB" not in r.json()["detail"]
    assert "nothing was stored" in r.json()["detail"]
    c = web.login("eve")
    r = c.post(f"/cases/{web.case_id}/documents", data={"csrf_token": c.csrf},
               files=[("files", ("ok.txt", VISIT_NOTE.encode()[:1500], "text/plain")),
                      ("files", ("big.txt", big, "text/plain"))])
    assert r.status_code == 413 and "too large" in r.text
    # one file too large: the whole upload is refused, the small one too
    assert _stored(web) == before


def test_a_body_far_over_the_limit_is_refused_before_it_is_read(small):
    web = small
    before = _stored(web)
    h = web.token("eve")
    huge = b"x" * (web.app.state.settings.max_request_bytes + 10)
    r = web.client().post(f"/api/v1/cases/{web.case_id}/documents", headers=h,
                          files={"file": ("huge.txt", huge, "text/plain")})
    assert r.status_code == 413 and "too large" in r.json()["detail"]
    # a streamed body without Content-Length is counted as it arrives
    c = web.login("eve")

    def chunks():
        yield (b'--xyz\r\nContent-Disposition: form-data; name="files"; filename="a.txt"\r\n'
               b"Content-Type: text/plain\r\n\r\n")
        for _ in range(web.app.state.settings.max_request_bytes // 1024 + 10):
            yield b"y" * 1024
        yield b"\r\n--xyz--\r\n"

    r = c.post(f"/cases/{web.case_id}/documents", content=chunks(),
               headers={"Content-Type": "multipart/form-data; boundary=xyz", "X-CSRF-Token": c.csrf})
    assert r.status_code == 413
    # other forms have a small limit of their own
    r = c.post("/cases", data={"csrf_token": c.csrf, "name": "n" * (3 * 1024 * 1024)})
    assert r.status_code == 413
    assert _stored(web) == before


def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("a.txt", "hello")
    return buf.getvalue()


BAD_FILES = [
    ("photo.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 100, 415, "image"),
    ("archive.zip", _zip(), 415, "ZIP"),
    ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, 415, "old binary Office"),
    ("fake.pdf", b"this is no pdf at all", 415, "PDF"),
    ("broken.pdf", b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog", 422, "PDF"),
    ("broken.docx", b"PK\x03\x04garbage", 415, "DOCX"),
    ("empty.txt", b"", 422, "empty"),
    ("blank.txt", b"   \n\n  ", 422, "no text"),
]


@pytest.mark.parametrize("name,data,status,words", BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_unknown_and_damaged_files_say_what_is_wrong_and_store_nothing(web, name, data, status, words):
    before = _stored(web)
    h = web.token("eve")
    r = web.client().post(f"/api/v1/cases/{web.case_id}/documents", headers=h,
                          files={"file": (name, data, "application/octet-stream")})
    assert r.status_code == status, r.text
    detail = r.json()["detail"]
    assert detail.startswith(f"{name}: ") and words.lower() in detail.lower(), detail
    assert "nothing stored" in detail
    assert _stored(web) == before


def test_the_upload_form_reports_each_file(web):
    c = web.login("eve")
    before = _stored(web)
    r = c.post(f"/cases/{web.case_id}/documents", data={"csrf_token": c.csrf},
               files=[("files", ("photo.png", BAD_FILES[0][1], "image/png")),
                      ("files", ("empty.txt", b"", "text/plain"))])
    assert r.status_code == 422
    assert "Nothing was added" in r.text and "photo.png" in r.text and "empty.txt" in r.text
    assert _stored(web) == before
    r = c.post(f"/cases/{web.case_id}/documents", data={"csrf_token": c.csrf},
               files=[("files", ("photo.png", BAD_FILES[0][1], "image/png")),
                      ("files", ("note.txt", VISIT_NOTE.encode(), "text/plain"))])
    assert r.status_code == 303
    page = c.get(r.headers["location"]).text
    assert "note.txt: added as document" in page and "photo.png: is" in page
    assert _stored(web)[0] == before[0] + 1
    # the same bytes again: a duplicate, said so, not stored twice
    r = c.post(f"/cases/{web.case_id}/documents", data={"csrf_token": c.csrf},
               files=[("files", ("note-copy.txt", VISIT_NOTE.encode(), "text/plain"))])
    assert r.status_code == 200 or r.status_code == 303
    assert _stored(web)[0] == before[0] + 1
    assert c.post(f"/cases/{web.case_id}/documents", data={"csrf_token": c.csrf}).status_code == 400


def test_too_many_files_in_one_upload(make_web):
    web = make_web()
    web.app.state.settings.max_files = 2
    c = web.login("eve")
    files = [("files", (f"f{i}.txt", f"He is held in solitary confinement, note {i}.".encode(), "text/plain"))
             for i in range(3)]
    r = c.post(f"/cases/{web.case_id}/documents", data={"csrf_token": c.csrf}, files=files)
    assert r.status_code == 413 and "too many files" in r.text
