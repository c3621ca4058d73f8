"""Jinja2 for reports and letters, with the escaping rules that keep document text inert.

* Templates live in ``dignity/report/templates/``; a user's folder
  (``--templates DIR``) is searched first, so a file of the same name takes
  precedence.  The package's own templates stay reachable as
  ``default/<name>`` (``{% extends "default/visit.md.j2" %}``).
* Document text is only ever a *value* given to a template, never a template:
  ``{{ 7*7 }}`` in a document stays ``{{ 7*7 }}``.
* HTML templates autoescape; Markdown templates get values already escaped for
  Markdown (``escape_tree``), so ``<script>`` or ``*`` in a document shows as
  written.  Trusted fragments (our SVG charts) are ``Markup`` and pass as they are.
* Undefined names are errors (``StrictUndefined``): a template never leaves an
  empty placeholder behind, it fails with the file and line.
* The environment is sandboxed: a template shared by someone else can format
  values, not reach into Python.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup

from dignity.errors import DignityError

__all__ = ["TemplateProblem", "environment", "md_escape", "escape_tree", "confirm", "TO_CONFIRM",
           "render_template", "check_templates_dir"]

#: The marker for what the documents do not say and a person must fill in.
TO_CONFIRM = "[TO CONFIRM: {}]"


class TemplateProblem(DignityError):
    """A template could not be found, parsed or rendered: '<file>: <problem>'."""

    def __init__(self, path: object, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


def confirm(what: str) -> Markup:
    """``[TO CONFIRM: what]``: for template text only (never document text)."""
    return Markup(TO_CONFIRM.format(" ".join(str(what).split())))


# Characters with a meaning in CommonMark wherever they stand.
_MD_INLINE = re.compile(r"([\\`*_\[\]<>|~&!])")
# Constructs that only mean something at the start of a line.
_MD_LINE_START = re.compile(r"^(\s*)([#>+=-]|\d+(?=[.)]))")


def md_escape(text: Any) -> str:
    """Text for Markdown that a CommonMark reader shows exactly as written:
    one line, each markup character backslash-escaped."""
    s = " ".join(str(text).split())
    s = _MD_INLINE.sub(r"\\\1", s)
    # "# x", "- x", "1. x" would open a heading or a list at a line's start: escape the
    # punctuation (a backslash is only an escape before punctuation)
    return _MD_LINE_START.sub(lambda m: m.group(1) + (m.group(2) + "\\" if m.group(2)[0].isdigit()
                                                      else "\\" + m.group(2)), s)


def escape_tree(value: Any) -> Any:
    """A copy of a view (dicts, lists, strings) with every string escaped for
    Markdown, except ``Markup`` (trusted fragments we made ourselves)."""
    if isinstance(value, Markup):
        return value
    if isinstance(value, str):
        return md_escape(value)
    if isinstance(value, dict):
        return {k: escape_tree(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [escape_tree(v) for v in value]
    return value


def check_templates_dir(path: str | Path | None) -> Path | None:
    """The user's template folder, or a ``TemplateProblem`` saying why it cannot be used."""
    if path is None:
        return None
    p = Path(path)
    if not p.exists():
        raise TemplateProblem(p, "no such folder")
    if not p.is_dir():
        raise TemplateProblem(p, "not a folder (give the folder that holds the templates)")
    return p


@lru_cache(maxsize=16)
def _environment(user_dir: str | None, autoescape: bool) -> SandboxedEnvironment:
    package = jinja2.PackageLoader("dignity.report", "templates")
    loaders: list[jinja2.BaseLoader] = []
    if user_dir is not None:
        loaders.append(jinja2.FileSystemLoader(user_dir))
    loaders.append(jinja2.PrefixLoader({"default": package}))
    loaders.append(package)
    env = SandboxedEnvironment(loader=jinja2.ChoiceLoader(loaders), autoescape=autoescape,
                               undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                               keep_trailing_newline=True, bytecode_cache=_bytecode_cache(autoescape))
    env.globals["confirm"] = confirm
    return env


def _bytecode_cache(autoescape: bool) -> jinja2.BytecodeCache | None:
    """Jinja's compiled templates kept on disk beside the rules cache (``dignity.rulecache``:
    same folder, same switch), so a report does not compile its templates to Python each
    run (~50 ms). Jinja keys each by the template's name and file and checks its source's
    hash and Jinja's and Python's versions; one folder per escaping mode, the only setting
    here that changes the compiled code. None when off or the folder cannot be made."""
    from dignity import rulecache

    if not rulecache.enabled():
        return None
    folder = rulecache.cache_dir() / "templates" / ("html" if autoescape else "text")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return jinja2.FileSystemBytecodeCache(str(folder))


def environment(user_dir: str | Path | None = None, *, autoescape: bool) -> SandboxedEnvironment:
    return _environment(None if user_dir is None else str(Path(user_dir).resolve()), autoescape)


def render_template(name: str, view: dict[str, Any], *, user_dir: str | Path | None = None,
                    lang: str | None = None) -> str:
    """Render ``name`` with ``view``: HTML templates (``*.html.j2``) autoescape,
    Markdown ones (``*.md.j2``) get ``escape_tree(view)``.  The template also gets
    the words of ``lang`` (``dignity.report.i18n``): ``t(key, ...)``, ``confirm(what)``,
    ``long_date(iso)`` and ``lang``.  Every failure is a ``TemplateProblem`` naming
    the template file (the user's or the package's)."""
    from dignity.report.i18n import locale

    html = name.endswith((".html.j2", ".html"))
    env = environment(user_dir, autoescape=html)
    try:
        template = env.get_template(name)
    except jinja2.TemplateNotFound as err:
        where = f"{user_dir}/{err.name}" if user_dir else f"dignity/report/templates/{err.name}"
        raise TemplateProblem(where, "template not found") from None
    except jinja2.TemplateSyntaxError as err:
        raise TemplateProblem(err.filename or name, f"line {err.lineno}: {err.message}") from None
    try:
        words = locale(lang, html=html).functions()
        return template.render({**words, **(view if html else escape_tree(view))})
    except jinja2.UndefinedError as err:
        raise TemplateProblem(_origin(template, err), f"{err.message} (a name the template uses that "
                              "Dignity does not give)") from None
    except jinja2.TemplateError as err:
        raise TemplateProblem(_origin(template, err), str(err)) from None
    except jinja2.sandbox.SecurityError as err:  # pragma: no cover - subclass of TemplateError
        raise TemplateProblem(_origin(template, err), str(err)) from None


def _origin(template: jinja2.Template, err: BaseException) -> str:
    """The template file and line where rendering failed (Jinja rewrites the
    traceback so that template frames carry the template's file and line)."""
    where = f"{template.filename or template.name or 'template'}"
    tb = err.__traceback__
    while tb is not None:
        name = tb.tb_frame.f_code.co_filename
        if name.endswith(".j2"):
            where = f"{name}:{tb.tb_lineno}"
        tb = tb.tb_next
    return where
