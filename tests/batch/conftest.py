"""Fixtures for the batch tests: small synthetic archives (see ``batch_helpers``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from batch_helpers import IDS, corpus_gen

from dignity.batch.runner import screen


@pytest.fixture(scope="session")
def corpus_jsonl(tmp_path_factory) -> Path:
    """24 generated documents as JSONL (id, date, title, facility, text)."""
    path = tmp_path_factory.mktemp("corpus") / "corpus.jsonl"
    return corpus_gen.write_corpus(path, 24, seed=11)


@pytest.fixture(scope="session")
def mixed_inputs(tmp_path_factory) -> list[Path]:
    """A folder of text files (two of them bad) and a JSONL table with one bad line."""
    base = tmp_path_factory.mktemp("mixed")
    folder = base / "letters"
    folder.mkdir()
    for d in corpus_gen.documents(7, seed=3):
        (folder / f"{d['id']}.txt").write_text(d["text"], encoding="utf-8")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 4)  # no PDF inside
    (folder / "empty.txt").write_bytes(b"")
    (folder / ".hidden.txt").write_text("never read")
    table = base / "reports.jsonl"
    lines = [json.dumps(d) for d in corpus_gen.documents(8, seed=5)]
    lines.insert(3, "{this is not json")
    lines.insert(6, json.dumps({"id": "no-text", "title": "a row without its text"}))
    table.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [folder, table]


@pytest.fixture(scope="session")
def serial_out(tmp_path_factory, mixed_inputs) -> Path:
    """``mixed_inputs`` screened in this process (the reference for the other engines)."""
    out = tmp_path_factory.mktemp("serial") / "out"
    screen(mixed_inputs, out, engine="serial", columns=IDS, partition_size=3)
    return out
