"""Case storage: users, cases, documents, extractions, reviewed facts, audit log.

SQLAlchemy 2 models (``dignity.store.models``), Alembic migrations shipped in
the package (``dignity.store.migrations``, run with ``upgrade``), SQLite by
default (a file in the user's data folder), PostgreSQL for teams::

    from dignity.store import open_store
    store = open_store()                   # or open_store("postgresql+psycopg://...")
    with store.session() as session:
        ...

The service the CLI and the web app use on top of this is ``dignity.cases``.
"""

from dignity.store.db import (
    ENV_URL,
    Store,
    close_stores,
    database_url,
    default_url,
    get_session,
    make_engine,
    open_store,
)
from dignity.store.migrate import current_revision, head_revision, upgrade
from dignity.store.models import (
    AuditEntry,
    AuthSession,
    Base,
    Case,
    CaseMember,
    ExtractionRun,
    PersonName,
    StoredDocument,
    StoredFact,
    UploadJob,
    User,
)
from dignity.store.search import HIGHLIGHT_END, HIGHLIGHT_START, SearchHit, search

__all__ = [
    "ENV_URL", "Store", "open_store", "get_session", "close_stores", "database_url", "default_url",
    "make_engine", "upgrade", "current_revision", "head_revision",
    "Base", "User", "Case", "CaseMember", "StoredDocument", "ExtractionRun", "StoredFact", "AuditEntry",
    "AuthSession", "UploadJob", "PersonName",
    "search", "SearchHit", "HIGHLIGHT_START", "HIGHLIGHT_END",
]
