"""The reading libraries' own logging, kept quiet so that a bad input is one line.

pypdf, trafilatura, python-docx and lingua log and warn about what they meet in a
file; Dignity says what matters itself, once, naming the file.  The command line and
the batch workers call :func:`quiet_libraries` before they read anything.
"""

from __future__ import annotations

import logging
import warnings

NOISY_LOGGERS = ("pypdf", "trafilatura", "htmldate", "courlan", "justext", "charset_normalizer",
                 "docx", "lingua")


def quiet_libraries() -> None:
    """Keep the libraries' own warnings off stderr, so that a bad input is one line.

    Leaves them alone when logging was turned up (``dignity -v``)."""
    if logging.getLogger().getEffectiveLevel() <= logging.INFO:
        return
    for name in NOISY_LOGGERS:
        logging.getLogger(name).setLevel(logging.CRITICAL)
    for module in ("pypdf", "trafilatura", "htmldate", "docx", "charset_normalizer", "lxml"):
        warnings.filterwarnings("ignore", module=module)
