"""The cyclic garbage collector in a command's start-up and at its exit.

Starting ``dignity extract`` or ``assess`` allocates a few hundred thousand objects that
live as long as the process: the modules of spaCy, pydantic and Dignity, the tokenizer,
the compiled rules. CPython's collector, counting allocations, walks everything alive
twice during that start (once in spaCy's import, once while the rules are built: about
0.1 s of CPU together on the 2-core dev machine, a tenth of the whole command on a
one-page document) and finds next to nothing to free. At exit the interpreter walks
it all once more (``finalize_modules``), another 0.1-0.2 s, to free memory the operating
system takes back anyway.

So a command that reads documents holds the collector (``hold``) from its start until
its extractor is built (``release``, from ``_common.iter_extractions``); ``release``
moves what start-up built into the permanent generation (``gc.freeze``), which later
collections do not walk, and turns the collector back on. From there on the collector
runs as usual: a run over ten thousand files frees its garbage as before. Only the work
of start-up, whose size does not depend on the input, runs without it. Writing one PDF
holds it too (``report_cmd``: WeasyPrint's layout, ~1 MB of garbage on a 19-page report).
``begin`` also freezes the heap when the interpreter ends, so it is not walked once more
(objects are still freed by their reference counts; only cycles left at exit stay, as the
operating system takes the memory back). Nothing a command prints or writes changes.
"""

from __future__ import annotations

import atexit
import gc

__all__ = ["begin", "hold", "release", "held"]

#: set by ``begin``: this process is a ``dignity`` command run from ``main()`` (not an app
#: invoked in a test's process, whose collector is left alone)
_command = False
_held = False


def begin(*, reader: bool) -> None:
    """``main()`` runs a command: freeze the heap at exit, and hold the collector now if
    the command reads documents (``reader``)."""
    global _command
    if not _command:
        _command = True
        atexit.register(gc.freeze)  # the exit handlers registered later (the rules cache) run first
    if reader:
        hold()


def hold() -> None:
    """Turn the collector off until ``release``, in a command run from ``main()`` (nothing
    otherwise, or if it is already off: the caller's choice is kept)."""
    global _held
    if _command and not _held and gc.isenabled():
        gc.disable()
        _held = True


def release() -> None:
    """Freeze what exists now and turn the collector back on, if ``hold`` turned it off."""
    global _held
    if _held:
        _held = False
        gc.freeze()
        gc.enable()


def held() -> bool:
    return _held
