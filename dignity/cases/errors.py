"""The exceptions of the case service; the web maps them to HTTP statuses.

=================  ======  ==================================================
``NotFound``       404     no such case, document, fact or user
``Forbidden``      403     exists, but this user may not read or change it
``Conflict``       409     a name already taken; a fact of an older extraction
``InvalidInput``   400     a bad role, kind, name, password or edited value
=================  ======  ==================================================

Each message is one line that reads well after ``dignity: ``.
"""

from __future__ import annotations

from dignity.errors import DignityError

__all__ = ["CaseError", "NotFound", "Forbidden", "Conflict", "InvalidInput"]


class CaseError(DignityError):
    """Base class of the case service's errors."""

    http_status = 400


class NotFound(CaseError):
    http_status = 404


class Forbidden(CaseError):
    http_status = 403


class Conflict(CaseError):
    http_status = 409


class InvalidInput(CaseError, ValueError):
    http_status = 400
