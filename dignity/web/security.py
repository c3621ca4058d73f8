"""Sessions, CSRF tokens, API tokens and login rate limiting.

**Sessions** are a signed cookie (``itsdangerous``, the app's secret key)
holding the user's id, a session id, a fingerprint of the user's password hash
(changing a password ends every session and token of that user), when the
sign-in happened, and the session's CSRF token.  The cookie is ``HttpOnly``,
``SameSite=Lax``, ``Path=/`` and ``Secure`` when the request came over https.
A sign-in lasts ``session_hours``; signing out deletes the cookie and revokes
its session id in memory (until it would have expired anyway).

**CSRF**: every session, signed in or not, has a random token, put in every
form (``csrf_token``) and sent by htmx as ``X-CSRF-Token``; every POST, PATCH
and DELETE of the web pages must carry it (``hmac.compare_digest``).  Signing
in starts a new session (new id, new token).  The JSON API takes bearer tokens
only, never the cookie, so it needs no CSRF token.

**API tokens** are signed (``itsdangerous``, another salt) with an expiry
(``token_hours``): ``{"u": user id, "p": password fingerprint}``.

**Login rate limiting**: 5 failures per (user name, client address) in 15
minutes and that pair gets 429 until the oldest failure leaves the window; in
memory, per process.
"""

from __future__ import annotations

import collections
import hashlib
import hmac
import secrets
import threading
import time
from typing import Any

from itsdangerous import BadSignature, URLSafeTimedSerializer
from starlette.datastructures import MutableHeaders
from starlette.requests import HTTPConnection

__all__ = ["SESSION_COOKIE", "WebSession", "SessionMiddleware", "TokenSigner", "LoginLimiter",
           "password_fingerprint", "csrf_ok"]

SESSION_COOKIE = "dignity_session"


def password_fingerprint(password_hash: str | None) -> str:
    return hashlib.sha256((password_hash or "").encode("utf-8")).hexdigest()[:16]


def csrf_ok(expected: str | None, given: str | None) -> bool:
    if not expected or not given:
        return False
    return hmac.compare_digest(expected.encode("utf-8"), given.encode("utf-8"))


class WebSession(dict):
    """The cookie's content; ``modified`` makes the middleware send it again."""

    def __init__(self, data: dict[str, Any] | None = None) -> None:
        super().__init__(data or {})
        self.modified = False
        self.cleared = False

    def csrf_token(self) -> str:
        token = self.get("csrf")
        if not token:
            token = self["csrf"] = secrets.token_urlsafe(32)
            self.modified = True
        return token

    def sign_in(self, user_id: int, fingerprint: str) -> None:
        """A new session for ``user_id``: new id, new CSRF token (no fixation)."""
        self.clear()
        self.update({"u": user_id, "p": fingerprint, "s": secrets.token_urlsafe(16), "t": int(time.time()),
                     "csrf": secrets.token_urlsafe(32)})
        self.modified = True
        self.cleared = False

    def sign_out(self) -> None:
        self.clear()
        self.modified = True
        self.cleared = True


class SessionMiddleware:
    """Pure ASGI: reads the signed cookie into ``scope['session']`` (a ``WebSession``)
    and sends it back when it changed."""

    def __init__(self, app: Any, *, secret: str, max_age_s: float) -> None:
        self.app = app
        self.max_age_s = int(max_age_s)
        self.serializer = URLSafeTimedSerializer(secret, salt="dignity-session")
        self._revoked: dict[str, float] = {}
        self._seen: dict[str, tuple[Any, float]] = {}
        self._lock = threading.Lock()

    def revoke(self, session_id: str | None) -> None:
        if not session_id:
            return
        now = time.time()
        with self._lock:
            self._revoked[session_id] = now + self.max_age_s
            if len(self._revoked) > 10000:
                self._revoked = {k: v for k, v in self._revoked.items() if v > now}

    def _is_revoked(self, session_id: str | None) -> bool:
        if not session_id:
            return False
        with self._lock:
            until = self._revoked.get(session_id)
        return until is not None and until > time.time()

    def _verified(self, raw: str) -> tuple[Any, int]:
        """The cookie's content and when it was signed, if its signature is good
        (``BadSignature`` if not).  A browser sends the same cookie with request after
        request, so verified cookies of plain values (most: not those carrying flash
        messages) are kept; their age and revocation are checked on every request."""
        hit = self._seen.get(raw)
        if hit is not None:
            return hit
        data, signed = self.serializer.loads(raw, return_timestamp=True)
        result = (data, int(signed.timestamp()))
        if isinstance(data, dict) and all(isinstance(v, (str, int, float, bool)) for v in data.values()):
            with self._lock:
                if len(self._seen) >= 4096:
                    self._seen.clear()
                self._seen[raw] = result
        return result

    def load(self, raw: str | None) -> dict[str, Any]:
        if not raw:
            return {}
        try:
            data, signed = self._verified(raw)
        except BadSignature:
            return {}
        age = int(time.time()) - signed
        if not 0 <= age <= self.max_age_s or not isinstance(data, dict):  # as itsdangerous' max_age
            return {}
        data = dict(data)  # the request's own: a session changes in place
        if "u" in data:
            started = data.get("t")
            if not isinstance(started, int) or time.time() - started > self.max_age_s \
                    or self._is_revoked(data.get("s")):
                return {}
        return data

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        conn = HTTPConnection(scope)
        session = WebSession(self.load(conn.cookies.get(SESSION_COOKIE)))
        scope["session"] = session
        scope.setdefault("state", {})["session_middleware"] = self
        secure = scope.get("scheme") == "https"

        async def send_wrapper(message: Any) -> None:
            if message["type"] == "http.response.start" and session.modified:
                headers = MutableHeaders(scope=message)
                flags = "Path=/; HttpOnly; SameSite=Lax" + ("; Secure" if secure else "")
                if session.cleared or not session:
                    headers.append("Set-Cookie", f"{SESSION_COOKIE}=; Max-Age=0; {flags}")
                else:
                    value = self.serializer.dumps(dict(session))
                    headers.append("Set-Cookie", f"{SESSION_COOKIE}={value}; Max-Age={self.max_age_s}; {flags}")
            await send(message)

        await self.app(scope, receive, send_wrapper)


class TokenSigner:
    def __init__(self, secret: str, max_age_s: float) -> None:
        self.max_age_s = int(max_age_s)
        self.serializer = URLSafeTimedSerializer(secret, salt="dignity-api-token")

    def issue(self, user_id: int, fingerprint: str) -> str:
        return self.serializer.dumps({"u": user_id, "p": fingerprint})

    def read(self, token: str) -> dict[str, Any] | None:
        try:
            data = self.serializer.loads(token, max_age=self.max_age_s)
        except BadSignature:
            return None
        return data if isinstance(data, dict) and isinstance(data.get("u"), int) else None


class LoginLimiter:
    """At most ``attempts`` failures per key in ``window_s`` seconds."""

    def __init__(self, attempts: int = 5, window_s: float = 900.0) -> None:
        self.attempts = attempts
        self.window_s = window_s
        self._failures: dict[tuple[str, str], collections.deque[float]] = {}
        self._lock = threading.Lock()

    @staticmethod
    def key(username: str, address: str | None) -> tuple[str, str]:
        return ((username or "").strip().casefold()[:150], address or "?")

    def _prune(self, key: tuple[str, str], now: float) -> collections.deque[float] | None:
        q = self._failures.get(key)
        if q is None:
            return None
        while q and q[0] <= now - self.window_s:
            q.popleft()
        if not q:
            del self._failures[key]
            return None
        return q

    def retry_after(self, key: tuple[str, str]) -> int:
        """Seconds to wait (0: may try now)."""
        now = time.monotonic()
        with self._lock:
            q = self._prune(key, now)
            if q is None or len(q) < self.attempts:
                return 0
            return max(1, int(q[0] + self.window_s - now) + 1)

    def failed(self, key: tuple[str, str]) -> None:
        now = time.monotonic()
        with self._lock:
            if len(self._failures) > 100_000:  # bounded memory: forget what left the window
                for k in list(self._failures):
                    self._prune(k, now)
            self._failures.setdefault(key, collections.deque()).append(now)

    def succeeded(self, key: tuple[str, str]) -> None:
        with self._lock:
            self._failures.pop(key, None)

    def reset(self) -> None:
        with self._lock:
            self._failures.clear()
