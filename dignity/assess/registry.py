"""The standards registry: which packs are installed, and which apply.

A standard is a folder (``dignity/assess/standards/<id>/`` with ``standard.yaml``
and ``rules.yaml``, optionally ``checks.py``, ``measures.yaml`` and translations);
the registry finds every such folder, so adding a standard is adding a folder.
Folders outside the package are read too: those named by ``DIGNITY_STANDARDS_PATH``
(``:``-separated; each a pack folder or a folder of packs) or passed as ``paths``.

``select`` chooses the standards for a document or a case: those asked for by
id (``--standard mandela,iccpr``), else the universal ones plus those of its
jurisdiction, each kept only where it protects the person the facts describe
(a child, a woman, an untried prisoner, a foreign national; everyone by default).
"""

from __future__ import annotations

import importlib.util
import logging
import os
import sys
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

from dignity.rulecache import load_yaml, yaml_error
from dignity.assess.catalogue import Catalogue, StandardKind, parse_file, parse_pack
from dignity.assess.checks import RULE_CHECKS
from dignity.errors import ConfigError

__all__ = ["DEFAULT_STANDARD", "ENV_PATH", "KIND_ORDER", "load_catalogue", "installed", "standard",
           "select", "parse_ids", "rule_index", "pack_folders", "persons_of", "pack_data", "pack_phrases"]

log = logging.getLogger(__name__)

#: the pack read when nothing says which (and what ``load_catalogue()`` gives)
DEFAULT_STANDARD = "mandela"
#: folders of packs (or packs) outside the package, ``:``-separated
ENV_PATH = "DIGNITY_STANDARDS_PATH"
#: a report or letter cites a binding treaty first, soft law last
KIND_ORDER = [StandardKind.binding_treaty, StandardKind.case_law, StandardKind.regulation, StandardKind.soft_law]


def _is_pack(folder: Any) -> bool:
    try:
        return folder.is_dir() and folder.joinpath("standard.yaml").is_file()
    except OSError:
        return False


def pack_folders(paths: Iterable[str | Path] = ()) -> list[tuple[Any, str]]:
    """(folder, its name in errors) of every pack: the package's, then the environment's, then ``paths``."""
    out: list[tuple[Any, str]] = []
    builtin = resources.files("dignity.assess").joinpath("standards")
    for child in sorted(builtin.iterdir(), key=lambda c: c.name):
        if _is_pack(child):
            out.append((child, f"dignity/assess/standards/{child.name}"))
    extra = [p for p in os.environ.get(ENV_PATH, "").split(os.pathsep) if p] + [str(p) for p in paths]
    for raw in extra:
        base = Path(raw)
        if _is_pack(base):
            out.append((base, str(base)))
        elif base.is_dir():
            out += [(c, str(c)) for c in sorted(base.iterdir()) if _is_pack(c)]
        else:
            raise ConfigError(str(base), "folder", "not a standards pack nor a folder of packs")
    return out


def _import_checks(folder: Any, pack_id: str, source: str) -> None:
    """Run the pack's ``checks.py`` (its ``@register_check`` functions), once."""
    checks = folder.joinpath("checks.py")
    if not checks.is_file():
        return
    name = f"dignity.assess.standards.{pack_id}.checks"
    if name in sys.modules:
        return
    try:
        with resources.as_file(checks) as path:
            spec = importlib.util.spec_from_file_location(name, path)
            if spec is None or spec.loader is None:
                raise ConfigError(f"{source}/checks.py", "file", "cannot be imported")
            module = importlib.util.module_from_spec(spec)
            sys.modules[name] = module
            spec.loader.exec_module(module)
    except ConfigError:
        raise
    except Exception as err:  # a pack's code that fails names its file, not a traceback
        sys.modules.pop(name, None)
        raise ConfigError(f"{source}/checks.py", "file", f"{type(err).__name__}: {err}") from None


def _load_pack(folder: Any, source: str) -> Catalogue:
    _import_checks(folder, folder.name, source)
    cat = parse_pack(folder, source, RULE_CHECKS)
    log.info("loaded %d rules of the %s from %s", len(cat.rules), cat.standard, source)
    return cat


@lru_cache(maxsize=16)
def _installed(extra: tuple[str, ...], env: str) -> dict[str, Catalogue]:
    packs: dict[str, Catalogue] = {}
    for folder, source in pack_folders(extra):
        cat = _load_pack(folder, source)
        if cat.id in packs:
            raise ConfigError(f"{source}/standard.yaml", "id", f"a second pack with the id {cat.id!r}")
        packs[cat.id] = cat
    seen: dict[str, str] = {}
    for cat in packs.values():
        for rule in cat.rules:
            if rule.id in seen:
                raise ConfigError(cat.source, f"rule {rule.id}", f"the id is also a rule of {seen[rule.id]}")
            seen[rule.id] = cat.id
    return dict(sorted(packs.items(), key=lambda kv: (KIND_ORDER.index(kv[1].kind), kv[0] != DEFAULT_STANDARD,
                                                       kv[0])))


def installed(paths: Iterable[str | Path] = ()) -> dict[str, Catalogue]:
    """Every installed standard, id -> catalogue: binding treaties first, soft law last."""
    return _installed(tuple(str(p) for p in paths), os.environ.get(ENV_PATH, ""))


def standard(pack_id: str, paths: Iterable[str | Path] = ()) -> Catalogue:
    """One installed standard by id (a ConfigError naming the known ones otherwise)."""
    packs = installed(paths)
    if pack_id not in packs:
        raise ConfigError("--standard", pack_id, f"no such standard (installed: {', '.join(packs)})")
    return packs[pack_id]


def parse_ids(value: str | Iterable[str] | None) -> list[str] | None:
    """'mandela, iccpr' -> ['mandela', 'iccpr']; None or empty -> None (the default selection)."""
    if value is None:
        return None
    items = value.split(",") if isinstance(value, str) else [x for v in value for x in str(v).split(",")]
    ids = [i.strip().lower() for i in items if i.strip()]
    return ids or None


def select(ids: Iterable[str] | None = None, *, jurisdiction: str | None = None,
           persons: Iterable[str] = (), paths: Iterable[str | Path] = ()) -> list[Catalogue]:
    """The standards that apply, binding first.

    ``ids``: exactly these (an unknown id is a ConfigError); otherwise the universal
    standards and those whose scope holds ``jurisdiction`` (a country code or a region
    of it), each kept where it protects everyone or one of ``persons``.
    """
    packs = installed(paths)
    if ids is not None:
        wanted = list(dict.fromkeys(ids))
        for i in wanted:
            if i not in packs:
                raise ConfigError("--standard", i, f"no such standard (installed: {', '.join(packs)})")
        return [c for k, c in packs.items() if k in wanted]
    from dignity.assess.jurisdictions import covers

    who = {"everyone", *persons}
    return [c for c in packs.values()
            if (c.universal or (jurisdiction and covers(c.scope, jurisdiction)))
            and who & set(c.applies_to)]


@lru_cache(maxsize=1)
def _persons_table() -> dict[str, dict[str, list[str]]]:
    source = "dignity/assess/persons.yaml"
    try:
        data = load_yaml(resources.files("dignity.assess").joinpath("persons.yaml").read_text(encoding="utf-8"))
    except yaml_error() as err:
        raise ConfigError(source, "file", f"not valid YAML: {err}".replace("\n", " ")) from None
    table = data.get("persons") if isinstance(data, dict) else None
    if not isinstance(table, dict):
        raise ConfigError(source, "persons", "expected a mapping of person to {fact type: values}")
    return {str(k): {str(t): [str(x).lower() for x in (vals or [])] for t, vals in v.items()}
            for k, v in table.items()}


def persons_of(facts: Iterable[Any]) -> set[str]:
    """Whom the facts describe (child, woman, untried, foreign_national), by ``persons.yaml``:
    only where a (non-negated) fact says so."""
    out: set[str] = set()
    facts = [f for f in facts if not getattr(f, "negated", False)]
    for person, types in _persons_table().items():
        for f in facts:
            values = types.get(f.type)
            if values is None:
                continue
            if not values or str(f.value).strip().lower() in values:
                out.add(person)
                break
    return out


def pack_data(cat: Catalogue, name: str) -> tuple[Any, str] | None:
    """(the parsed YAML, its name in errors) of a pack's file (``measures.yaml``,
    ``rules.es.yaml``), or None where the pack has none."""
    if not cat.folder:
        return None
    path = Path(cat.folder) / name
    source = cat.source.rsplit("/", 1)[0] + "/" + name
    if not path.is_file():
        return None
    try:
        return load_yaml(path.read_text(encoding="utf-8")) or {}, source
    except yaml_error() as err:
        raise ConfigError(source, "file", f"not valid YAML: {err}".replace("\n", " ")) from None


def pack_phrases(cat: Catalogue, lang: str) -> dict[str, str]:
    """The words a pack reads in documents of ``lang`` beside its English ones: its
    ``phrases.<lang>.yaml`` (``phrases:``, a name of its ``patterns`` or the English regex of a
    ``mentions`` -> the regex in ``lang``); empty where it has none."""
    import re

    got = pack_data(cat, f"phrases.{lang}.yaml")
    if got is None:
        return {}
    data, source = got
    phrases = data.get("phrases") if isinstance(data, dict) else None
    if not isinstance(phrases, dict) or not all(isinstance(v, str) and v for v in phrases.values()):
        raise ConfigError(source, "phrases", "expected a mapping of pattern name or English regex to a regex")
    for key, value in phrases.items():
        try:
            re.compile(value)
        except re.error as err:
            raise ConfigError(source, str(key)[:40], f"not a valid regex: {err}") from None
    return {str(k): v for k, v in phrases.items()}


def rule_index(paths: Iterable[str | Path] = ()) -> dict[str, tuple[Catalogue, Any]]:
    """Rule id -> (its standard, the rule), over every installed standard."""
    return {r.id: (c, r) for c in installed(paths).values() for r in c.rules}


def load_catalogue(path: str | Path | None = None) -> Catalogue:
    """One catalogue: the default standard (the Mandela Rules), a pack folder, or a single
    YAML file with its header and rules (for tests and tools)."""
    if path is None:
        return standard(DEFAULT_STANDARD)
    return _load_path(str(path))


@lru_cache(maxsize=8)
def _load_path(path: str) -> Catalogue:
    p = Path(path)
    if _is_pack(p):
        return _load_pack(p, path)
    return parse_file(path, RULE_CHECKS)
