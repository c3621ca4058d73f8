"""The compiled rules kept on disk (``dignity.rulecache``): the same regexes and data as
without it, a new file when a rule file changes, a corrupt file rebuilt, concurrent
writers leaving a whole file, and no cache at all when it is off or cannot be written."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dignity import rulecache

ROOT = Path(__file__).resolve().parents[2]
NOTE = ROOT / "examples" / "visit-note.txt"

PATTERNS = [
    (r"(?<![\w\-])(?:locked\s+in\s+(?:his|her)\s+cell)(?![\w])", re.IGNORECASE),
    (r"(?P<hours>\d{1,2})\s*hours?\s+(?:a|per)\s+day", re.IGNORECASE),
    (r"(?P<a>x)(?P<b>y)?|z(?=q)", 0),
    (r"[\t\x0b\u2000-\u200a]*\n", 0),
    (r"(?i)caf\u00e9|\bna\u00efve\b", 0),
]


@pytest.fixture()
def cache(tmp_path, monkeypatch):
    """A fresh, empty cache folder for this test only."""
    folder = tmp_path / "cache"
    monkeypatch.setenv(rulecache.ENV_DIR, str(folder))
    monkeypatch.delenv(rulecache.ENV_SWITCH, raising=False)
    rulecache.reset()
    yield folder
    rulecache.reset()


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    assert a == b  # CPython compares pattern, flags and the compiled code
    assert (a.pattern, a.flags, a.groups, dict(a.groupindex)) == (b.pattern, b.flags, b.groups, dict(b.groupindex))


def test_a_cached_regex_is_the_regex_re_compiles(cache):
    text = "He is locked in his cell 23 hours a day; xy z q zq café"
    for pattern, flags in PATTERNS:
        _same(rulecache.compile_regex(pattern, flags), re.compile(pattern, flags))
    rulecache.reset()  # written, then read back by a new store
    path = rulecache.store_path()
    assert path is not None and path.parent == cache and rulecache.entries_in(path) >= len(PATTERNS)
    for pattern, flags in PATTERNS:
        got = rulecache.compile_regex(pattern, flags)
        _same(got, re.compile(pattern, flags))
        assert [m.span() for m in got.finditer(text)] == [m.span() for m in re.finditer(pattern, text, flags)]


def test_a_bad_regex_raises_what_re_raises(cache):
    with pytest.raises(re.error, match="missing \\)"):
        rulecache.compile_regex("(unclosed", re.I)


def test_yaml_data_is_fresh_each_time(cache, tmp_path):
    text = "rules:\n  - id: a\n    words: [one, two]\n"
    first = rulecache.load_yaml(text)
    first["rules"].append("changed by a caller")
    rulecache.reset()
    again = rulecache.load_yaml(text)
    assert again == {"rules": [{"id": "a", "words": ["one", "two"]}]}
    again["rules"].clear()
    assert rulecache.load_yaml(text)["rules"][0]["words"] == ["one", "two"]


def test_invalid_yaml_raises_a_yaml_error(cache):
    import yaml

    with pytest.raises(yaml.YAMLError):
        rulecache.load_yaml("a: [unclosed\n")


def test_a_changed_rule_file_changes_the_fingerprint(tmp_path):
    rules = tmp_path / "pkg"
    (rules / "extract").mkdir(parents=True)
    target = rules / "extract" / "recognizers.yaml"
    target.write_text("recognizers: []\n", encoding="utf-8")
    (rules / "other.json").write_text("{}", encoding="utf-8")
    before = rulecache.fingerprint(rules)
    assert rulecache.fingerprint(rules) == before  # the same files, the same key
    target.write_text("recognizers: [{id: x}]\n", encoding="utf-8")
    assert rulecache.fingerprint(rules) != before
    target.write_text("recognizers: []\n", encoding="utf-8")
    assert rulecache.fingerprint(rules) == before


def test_a_corrupt_cache_file_is_rebuilt(cache):
    pattern, flags = PATTERNS[1]
    rulecache.compile_regex(pattern, flags)
    rulecache.reset()
    path = rulecache.store_path()
    good = rulecache.entries_in(path)
    assert good
    raw = path.read_bytes()
    for broken in (raw[: len(raw) // 2],  # truncated
                   raw[:-10] + bytes(b ^ 0xFF for b in raw[-10:]),  # bytes flipped
                   b"not a cache file at all",
                   b""):
        path.write_bytes(broken)
        assert rulecache.entries_in(path) is None
        _same(rulecache.compile_regex(pattern, flags), re.compile(pattern, flags))
        assert rulecache.load_yaml("a: 1") == {"a": 1}
        rulecache.reset()
        assert rulecache.entries_in(path) >= 2  # written again, whole


_WRITER = """
import re, sys
from dignity import rulecache
n = int(sys.argv[1])
for i in range(200):
    rulecache.compile_regex(f"writer{n}-{i}-(?:a|b)+", re.I)
rulecache.load_yaml(f"writer: {n}")
"""


def test_concurrent_writers_leave_a_whole_file(cache):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    procs = [subprocess.Popen([sys.executable, "-c", _WRITER, str(n)], env=env) for n in range(4)]
    assert all(p.wait(timeout=120) == 0 for p in procs)
    path = rulecache.store_path()
    count = rulecache.entries_in(path)
    assert count is not None and count >= 201  # one writer's entries at least, in a file that checks
    assert not list(cache.glob("*.tmp"))  # no temporary file left behind
    rulecache.reset()
    _same(rulecache.compile_regex("writer0-0-(?:a|b)+", re.I), re.compile("writer0-0-(?:a|b)+", re.I))


def test_off_writes_nothing(cache, monkeypatch):
    monkeypatch.setenv(rulecache.ENV_SWITCH, "off")
    rulecache.reset()
    _same(rulecache.compile_regex(*PATTERNS[0]), re.compile(*PATTERNS[0]))
    rulecache.reset()
    assert not cache.exists()


def test_an_unwritable_cache_folder_only_means_no_cache(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv(rulecache.ENV_DIR, str(blocker / "cache"))  # a folder under a file: cannot exist
    rulecache.reset()
    try:
        _same(rulecache.compile_regex(*PATTERNS[1]), re.compile(*PATTERNS[1]))
        assert rulecache.load_yaml("b: 2") == {"b": 2}
        rulecache.save()
    finally:
        rulecache.reset()


def _extract(env: dict[str, str]) -> list[tuple[str, str, str]]:
    """(type, value, recognizer) of every fact ``dignity extract`` finds in the visit note."""
    proc = subprocess.run([sys.executable, "-m", "dignity.cli.main", "extract", str(NOTE), "--format", "json",
                           "--explain"], env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return sorted((f["type"], json.dumps(f["value"]), str(f["explain"].get("recognizer")))
                  for f in json.loads(proc.stdout)["facts"])


def test_the_command_reads_the_same_with_a_cold_warm_or_corrupt_cache_and_sees_a_changed_pack(tmp_path):
    """End to end: a copy of the English pack as a user pack; the facts are the same with
    the cache off, cold and warm, and after the cache file is corrupted; a recognizer
    taken out of the pack's rule file is gone at once, the cache being warm."""
    packs = tmp_path / "packs"
    shutil.copytree(ROOT / "dignity" / "extract" / "resources" / "en", packs / "en")
    cache_dir = tmp_path / "cache"
    env = dict(os.environ, PYTHONPATH=str(ROOT), DIGNITY_LANGUAGE_PACKS=str(packs),
               **{rulecache.ENV_DIR: str(cache_dir)})
    env.pop(rulecache.ENV_SWITCH, None)
    off = _extract(dict(env, **{rulecache.ENV_SWITCH: "off"}))
    assert not cache_dir.exists()
    assert _extract(env) == off  # cold: fills the cache
    files = list(cache_dir.glob("rules-*"))
    assert len(files) == 1 and rulecache.entries_in(files[0])
    assert _extract(env) == off  # warm
    files[0].write_bytes(files[0].read_bytes()[:1000])
    assert _extract(env) == off  # corrupt: read as empty, rebuilt
    assert rulecache.entries_in(files[0])

    assert "no_natural_light" in {rec for _, _, rec in off}
    recognizers = packs / "en" / "recognizers.yaml"
    text = recognizers.read_text(encoding="utf-8")
    start = text.index("  - id: no_natural_light\n")
    recognizers.write_text(text[:start] + text[text.index("  - id: ", start + 5):], encoding="utf-8")
    changed = _extract(env)
    assert "no_natural_light" not in {rec for _, _, rec in changed}
    assert changed == _extract(dict(env, **{rulecache.ENV_SWITCH: "off"}))


def test_yaml_error_is_pyyamls_and_a_bad_pack_file_is_one_config_error(tmp_path, monkeypatch):
    import yaml

    from dignity.errors import ConfigError
    from dignity.extract import languages

    assert rulecache.yaml_error() is yaml.YAMLError
    folder = tmp_path / "xx"
    folder.mkdir()
    (folder / "language.yaml").write_text("code: xx\nname: [unclosed\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="invalid YAML"):
        languages._read_spec(folder)


def test_the_composed_recognizers_phrase_tables_from_the_cache_are_the_ones_built(cache):
    """``compose._Phrases`` keeps its tables in the cache: read back by a new store, every
    list of every pack gives the tables ``_phrase_tables`` builds, and the same matches."""
    from dignity.extract import compose
    from dignity.extract.recognizer import read_resource

    lists = []
    for lang in ("en", "es", "fr"):
        data, _ = read_resource(lang, "compose.yaml")
        lists += [p["terms"] for p in data["predicates"].values()] + [t["topics"] for t in data["types"].values()]
    built = [compose._Phrases(p) for p in lists]  # cold: built and kept
    rulecache.reset()  # written, then read back by a new store
    words = "the toilets were filthy and the food was inadequate ; lack of clean water , no exercise".split()
    where: dict[str, list[int]] = {}
    for i, w in enumerate(words):
        where.setdefault(w, []).append(i)
    for phrases, cold in zip(lists, built):
        warm = compose._Phrases(phrases)
        one, two, slow, stems = compose._phrase_tables(phrases)
        assert (warm.one, warm.two, warm.slow, warm.stems) == (one, two, slow, stems)
        assert (cold.one, cold.two, cold.slow, cold.stems) == (one, two, slow, stems)
        assert warm.firsts == cold.firsts
        assert warm.spans(words, where) == cold.spans(words, where)
