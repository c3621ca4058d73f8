"""Compiled templates kept on disk (``templating._bytecode_cache``): the report and the
letters read the same with the cache off, cold (compiled and written) and warm (read back)."""

from __future__ import annotations

import pytest

from dignity import rulecache
from dignity.report import render_html, render_letter_markdown
from dignity.report.templating import _environment


@pytest.fixture
def fresh(monkeypatch, tmp_path):
    monkeypatch.setenv(rulecache.ENV_DIR, str(tmp_path))
    _environment.cache_clear()
    yield tmp_path
    _environment.cache_clear()


def _render(data) -> tuple[str, str]:
    _environment.cache_clear()  # a new process: environments made again, templates loaded again
    return render_html(data), render_letter_markdown("authorities", data)


def test_templates_read_the_same_with_the_cache_off_cold_and_warm(fresh, monkeypatch, two_docs_data):
    monkeypatch.setenv(rulecache.ENV_SWITCH, "off")
    off = _render(two_docs_data)
    assert not (fresh / "templates").exists()
    monkeypatch.delenv(rulecache.ENV_SWITCH)
    cold = _render(two_docs_data)
    kept = sorted(p.name for p in (fresh / "templates").rglob("*.cache"))
    assert {p.parent.name for p in (fresh / "templates").rglob("*.cache")} == {"html", "text"}
    warm = _render(two_docs_data)
    assert off == cold == warm
    assert sorted(p.name for p in (fresh / "templates").rglob("*.cache")) == kept


def test_a_changed_template_is_compiled_again(fresh, tmp_path_factory, two_docs_data):
    mine = tmp_path_factory.mktemp("mine")
    (mine / "authorities.md.j2").write_text("First {{ lang }}\n", encoding="utf-8")
    assert render_letter_markdown("authorities", two_docs_data, templates=mine).startswith("First")
    _environment.cache_clear()
    (mine / "authorities.md.j2").write_text("Second {{ lang }}\n", encoding="utf-8")
    assert render_letter_markdown("authorities", two_docs_data, templates=mine).startswith("Second")
