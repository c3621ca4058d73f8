"""The web half of case files for a team: ``dignity serve``.

``create_app(database_url)`` builds the FastAPI app: server-rendered pages
(Jinja2, htmx for progressive enhancement, everything served from the package
so it works offline), the JSON API under ``/api/v1`` (OpenAPI at ``/docs``),
sessions and API tokens kept (hashed) in the store, so that signing out or
revoking holds everywhere, CSRF tokens, throttled sign-ins, a full audit log
(an admin page, API and CSV), uploads read by worker processes
(``dignity.web.uploads``), and the same permissions as
``dignity.cases.CaseService``.
"""

from dignity.web.app import create_app
from dignity.web.config import Settings

__all__ = ["create_app", "Settings"]
