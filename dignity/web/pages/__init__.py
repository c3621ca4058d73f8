"""The pages: sign in, cases, a case, its facts, a document, audit log, search, users.

Every page reads without JavaScript; htmx (when present) swaps a reviewed fact's
row in place, refreshes the findings and shows upload progress.  Every form
carries the session's CSRF token; every POST answers a plain form with a
redirect (303) and an htmx request with a fragment.

One module per part of the site: ``signin`` (sign in and out, setup, one's own
account), ``cases`` (the cases, a case's page and fragments, people, members),
``facts`` (a case's facts and their review), ``documents`` (uploads and a
document's page), ``exports`` (reports and letters), ``admin`` (search, users,
the audit log); ``common`` holds what they share.
"""

from __future__ import annotations

from fastapi import APIRouter

from dignity.web.pages import admin, cases, documents, exports, facts, signin
from dignity.web.pages.admin import audit_csv_response, parse_audit_filter
from dignity.web.pages.common import FACTS_PER_PAGE, cached_case_view
from dignity.web.pages.documents import check_upload_sizes
from dignity.web.pages.signin import throttled

__all__ = ["router", "cached_case_view", "parse_audit_filter", "check_upload_sizes", "throttled",
           "audit_csv_response", "FACTS_PER_PAGE"]

router = APIRouter(include_in_schema=False)
for _part in (signin, cases, facts, documents, exports, admin):
    router.include_router(_part.router)
