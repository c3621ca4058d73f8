"""Settings of the web app, read once when the app is built.

==========================  =====================================================
``DIGNITY_DATABASE_URL``    the case store (see ``dignity.store.db``)
``DIGNITY_SECRET_KEY``      signs session cookies and API tokens; when unset, a
                            random key is made on first run and kept in
                            ``<data folder>/web-secret-key`` (mode 0600)
``DIGNITY_DATA_DIR``        that data folder (default: platformdirs' user data
                            folder for "dignity", where the SQLite store lives)
``DIGNITY_MAX_UPLOAD_MB``   the largest file one may upload (default 50)
``DIGNITY_SESSION_HOURS``   how long a sign-in lasts (default 12)
``DIGNITY_TOKEN_HOURS``     how long an API token lasts (default 12)
``DIGNITY_UPLOAD_WORKERS``  processes that read uploads (default 1, at most 8)
``DIGNITY_UPLOAD_TIMEOUT_S`` the most time one file may take to be read (default 300)
``DIGNITY_UPLOAD_WAIT_S``   how long an upload request waits for its files before it
                            answers "reading..." (default 5; 0: never waits)
==========================  =====================================================
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["Settings", "load_secret_key", "data_dir"]

SECRET_FILE = "web-secret-key"
MIN_SECRET_LENGTH = 16


def data_dir() -> Path:
    env = os.environ.get("DIGNITY_DATA_DIR")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("dignity"))


def load_secret_key(folder: Path | None = None) -> str:
    """``$DIGNITY_SECRET_KEY``, else the key kept in the data folder (made on first run)."""
    env = os.environ.get("DIGNITY_SECRET_KEY")
    if env:
        if len(env) < MIN_SECRET_LENGTH:
            raise ValueError(f"DIGNITY_SECRET_KEY is too short (at least {MIN_SECRET_LENGTH} characters)")
        return env
    folder = folder or data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / SECRET_FILE
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        key = path.read_text(encoding="ascii").strip()
        if len(key) >= MIN_SECRET_LENGTH:
            return key
        raise ValueError(f"{path}: the secret key kept there is too short; delete the file to make a new one") from None
    key = secrets.token_urlsafe(48)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(key + "\n")
    return key


def _float_env(name: str, default: float, *, zero: bool = False) -> float:
    raw = os.environ.get(name)
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ValueError(f"{name}={raw!r} is not a number") from None
    if value < 0 or (value == 0 and not zero):
        raise ValueError(f"{name} must be positive")
    return value


@dataclass
class Settings:
    database_url: str | None = None
    secret_key: str | None = None
    data_dir: Path | None = None
    max_upload_mb: float = field(default_factory=lambda: _float_env("DIGNITY_MAX_UPLOAD_MB", 50))
    session_hours: float = field(default_factory=lambda: _float_env("DIGNITY_SESSION_HOURS", 12))
    token_hours: float = field(default_factory=lambda: _float_env("DIGNITY_TOKEN_HOURS", 12))
    #: failed sign-ins before 429: per (user name, address), per address (any user
    #: names: spraying), per user name (any addresses), within the window
    login_attempts: int = 5
    login_attempts_per_address: int = 20
    login_attempts_per_user: int = 10
    login_window_s: float = 15 * 60
    #: upload workers (processes), the time one file may take, and how long an upload
    #: request waits for its result before it answers "reading..." with a page that follows it
    upload_workers: int = field(default_factory=lambda: int(_float_env("DIGNITY_UPLOAD_WORKERS", 1)))
    upload_timeout_s: float = field(default_factory=lambda: _float_env("DIGNITY_UPLOAD_TIMEOUT_S", 300))
    upload_wait_s: float = field(default_factory=lambda: _float_env("DIGNITY_UPLOAD_WAIT_S", 5, zero=True))
    #: files one upload request may carry
    max_files: int = 20
    #: cached case files (one per case, rebuilt when the case changes)
    cache_size: int = 64
    #: worker threads serving the pages and the API; fewer than the connection pool's
    #: 15 (SQLAlchemy's default 5 + 10 overflow), so that a thread always gets a connection
    threads: int = field(default_factory=lambda: int(os.environ.get("DIGNITY_WEB_THREADS", "8")))

    def __post_init__(self) -> None:
        if not 1 <= self.threads <= 14:
            raise ValueError("DIGNITY_WEB_THREADS: between 1 and 14 (the connection pool holds 15)")
        if not 1 <= self.upload_workers <= 8:
            raise ValueError("DIGNITY_UPLOAD_WORKERS: between 1 and 8")
        if self.secret_key is None:
            self.secret_key = load_secret_key(self.data_dir)
        elif len(self.secret_key) < MIN_SECRET_LENGTH:
            raise ValueError(f"the secret key is too short (at least {MIN_SECRET_LENGTH} characters)")

    @property
    def max_upload_bytes(self) -> int:
        return int(self.max_upload_mb * 1024 * 1024)

    @property
    def max_request_bytes(self) -> int:
        """The largest body of an upload request: ten files at the limit, and the form fields."""
        return self.max_upload_bytes * 10 + 1024 * 1024

    @property
    def max_upload_label(self) -> str:
        mb = self.max_upload_mb
        return f"{int(mb)} MB" if float(mb).is_integer() else f"{mb:g} MB"
