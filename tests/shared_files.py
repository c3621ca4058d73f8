"""Where the tests find ``../shared`` (the labelled corpus and the spec, kept beside the
repository and never inside it), and a clear skip when it is absent.

``$DIGNITY_SHARED`` names another folder (or, set to a missing path, checks that the
suite skips cleanly without it)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
#: Where a machine set up like the project's keeps it when the repository is elsewhere.
_FALLBACK = Path("/work/shared")


def shared_dir() -> Path:
    """The shared folder: ``$DIGNITY_SHARED``, else ``../shared`` beside the repository."""
    env = os.environ.get("DIGNITY_SHARED")
    if env:
        return Path(env)
    beside = REPO.parent / "shared"
    return beside if beside.exists() or not _FALLBACK.exists() else _FALLBACK


def shared_path(*parts: str) -> Path:
    """A path inside the shared folder (it may not exist: see ``missing``)."""
    return shared_dir().joinpath(*parts)


def missing(*parts: str) -> str | None:
    """The skip reason when ``../shared/<parts>`` is absent, else None."""
    path = shared_path(*parts)
    if path.exists():
        return None
    return f"needs ../shared/{'/'.join(parts)} beside the repository: not found at {path}"


def need_shared(*parts: str) -> Path:
    """``../shared/<parts>``, or skip the test with the reason it is absent."""
    reason = missing(*parts)
    if reason:
        pytest.skip(reason)
    return shared_path(*parts)
