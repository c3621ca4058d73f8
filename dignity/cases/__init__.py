"""Case files for a team: the service API the CLI and the web app share.

::

    from dignity.store import open_store
    from dignity.cases import CaseService, NotFound, Forbidden

    with open_store(url).session() as session:
        svc = CaseService(session)
        user = svc.authenticate(username, password)      # web; the CLI uses svc.local_user()
        case = svc.get_case(case_id, user)                # NotFound -> 404, Forbidden -> 403
        cf = svc.case_file(case, user)                    # merged facts, contradictions, timeline, findings

For a web app: build the store once (``open_store(url)``, which migrates to the
newest schema), open one session per request (``with store.session() as s``),
and make a ``CaseService(s)`` on it; the service commits its own changes.  Sign
in with ``sign_in(username, password, kind="session"|"token", hours=...)`` ->
``(user, secret, row)`` or None (argon2; a failure is audited with the name as
typed and ``svc.address``); give the secret to the browser or API client, and
each request find its valid row with ``session_for(secret, kind)`` (None once it
was signed out, revoked, expired, or its user deactivated or given a new
password: see ``dignity.cases.sessions``).  Map ``NotFound`` to 404,
``Forbidden`` to 403, ``Conflict`` to 409, ``InvalidInput`` to 400 (each has
``http_status``).  Uploads are ``Upload(data, filename)``; a document's original
bytes are ``get_document(id, user).content``.

See ``dignity.cases.service`` for the rules (permissions, one transaction per
change, the audit log) and ``dignity.cases.casefile`` for what a case file holds.
"""

from dignity.cases.casefile import (
    AssessmentLimit,
    CaseDocument,
    CaseFile,
    CaseInfo,
    Contradiction,
    ContradictionSide,
    MergedFact,
    SourceRef,
    TimelineEntry,
    build_case_file,
    effective_fact,
)
from dignity.cases.errors import CaseError, Conflict, Forbidden, InvalidInput, NotFound
from dignity.cases.documents import AddResult, ReextractResult, Upload
from dignity.cases.reviews import FactRow
from dignity.cases.service import CaseService

__all__ = [
    "CaseService", "Upload", "AddResult", "ReextractResult", "FactRow", "AssessmentLimit",
    "CaseFile", "CaseInfo", "CaseDocument", "SourceRef", "MergedFact", "Contradiction", "ContradictionSide",
    "TimelineEntry", "build_case_file", "effective_fact",
    "CaseError", "NotFound", "Forbidden", "Conflict", "InvalidInput",
]
