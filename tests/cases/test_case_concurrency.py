"""Concurrent writers: small additions go through while a large document is being
added (no transaction is held while a document is read; its facts go in as
bulk inserts), on SQLite (WAL, a long busy timeout) and on PostgreSQL."""

from __future__ import annotations

import threading
import time

from sqlalchemy import func, select

from dignity.ingest import from_text
from dignity.store.models import StoredFact

PARAGRAPH = ("Report of {d} May 2021. Ahmed Said is held in solitary confinement at Blackrock Prison. "
             "He is confined to his cell 23 hours a day. The lights in his cell are on 24 hours a day. ")


def test_small_additions_go_through_while_a_large_document_is_added(db_url, tmp_path):
    from dignity.cases import CaseService
    from dignity.store import Store

    store = Store(db_url)
    try:
        with store.session() as s:
            svc = CaseService(s)
            svc.create_case("Busy case", svc.local_user("ana"))
        big = tmp_path / "big.txt"
        big.write_text("".join(PARAGRAPH.format(d=i % 28 + 1) for i in range(1200)), encoding="utf-8")
        smalls = []
        for i in range(2):
            p = tmp_path / f"small-{i}.txt"
            p.write_text(f"Visit note {i}. He is held in solitary confinement.", encoding="utf-8")
            smalls.append(p)
        done: dict[str, tuple[str, float, str | None]] = {}
        # the extractor built before the race: a cold start in one thread would make the
        # others wait for it, and the order would say nothing about the store
        from dignity.extract import default_extractor
        default_extractor("en").extract_document(from_text("He is held in solitary confinement."))

        def add(name, path) -> None:
            with store.session() as s:
                svc = CaseService(s)
                r = svc.add_documents("Busy case", [path], svc.get_user("ana"))[0]
                done[name] = (r.status, time.monotonic(), r.problem)

        threads = [threading.Thread(target=add, args=("big", big))]
        threads[0].start()
        time.sleep(0.3)
        for i, p in enumerate(smalls):
            threads.append(threading.Thread(target=add, args=(f"small-{i}", p)))
            threads[-1].start()
        for t in threads:
            t.join(timeout=300)
        assert {k: v[0] for k, v in done.items()} == {"big": "added", "small-0": "added", "small-1": "added"}, done
        # the small ones did not wait for the large one
        assert done["small-0"][1] < done["big"][1] and done["small-1"][1] < done["big"][1]
        with store.session() as s:
            assert s.scalar(select(func.count()).select_from(StoredFact)) > 400
    finally:
        store.dispose()
