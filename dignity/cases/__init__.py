"""Case files for a team: the service API the CLI and the web app share.

::

    from dignity.store import open_store
    from dignity.cases import CaseService, NotFound, Forbidden

    with open_store(url).session() as session:
        svc = CaseService(session)
        user = svc.authenticate(username, password)      # web; the CLI uses svc.local_user()
        case = svc.get_case(case_id, user)                # NotFound -> 404, Forbidden -> 403
        cf = svc.case_file(case, user)                    # merged facts, contradictions, timeline, findings

See ``dignity.cases.service`` for the rules (permissions, one transaction per
change, the audit log) and ``dignity.cases.casefile`` for what a case file holds.
"""

from dignity.cases.casefile import (
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
from dignity.cases.service import AddResult, CaseService, ReextractResult, Upload

__all__ = [
    "CaseService", "Upload", "AddResult", "ReextractResult",
    "CaseFile", "CaseInfo", "CaseDocument", "SourceRef", "MergedFact", "Contradiction", "ContradictionSide",
    "TimelineEntry", "build_case_file", "effective_fact",
    "CaseError", "NotFound", "Forbidden", "Conflict", "InvalidInput",
]
