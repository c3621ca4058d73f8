"""Session cookies, CSRF tokens and sign-in throttling.

**Sessions** live in the store (``auth_sessions``, see ``dignity.cases.sessions``):
the cookie (signed with ``itsdangerous`` and the app's secret key) holds the
session's random secret, of which the store keeps only a hash, and the
session's CSRF token.  Each request looks the secret up, so signing out, a new
password or a deactivation end a session at once, in every process and after a
restart.  The cookie is ``HttpOnly``, ``SameSite=Lax``, ``Path=/`` and ``Secure``
when the request came over https.  A sign-in lasts ``session_hours``.

**CSRF**: every session, signed in or not, has a random token, put in every
form (``csrf_token``) and sent by htmx as ``X-CSRF-Token``; every POST, PATCH
and DELETE of the web pages must carry it (``hmac.compare_digest``).  Signing
in starts a new session (new secret, new token).  The JSON API takes bearer
tokens only (``auth_sessions`` of kind ``token``), never the cookie, so it
needs no CSRF token.

**Throttling** (``LoginThrottle``): failed sign-ins are counted per (user name,
address), per address across user names (password spraying) and per user name
across addresses; past any limit, that sign-in is refused with 429 and the
same message (``THROTTLED``) on the pages and in the API, until the oldest
failure leaves the window.  In memory, per process.
"""

from __future__ import annotations

import collections
import hmac
import secrets
import threading
import time
from typing import Any

from itsdangerous import BadSignature, URLSafeTimedSerializer
from starlette.datastructures import MutableHeaders
from starlette.requests import HTTPConnection

__all__ = ["SESSION_COOKIE", "WebSession", "SessionMiddleware", "LoginThrottle", "THROTTLED", "csrf_ok"]

SESSION_COOKIE = "dignity_session"


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

    def sign_in(self, secret: str) -> None:
        """A new session (``secret``: its server-side secret): new CSRF token too (no fixation)."""
        self.clear()
        self.update({"k": secret, "t": int(time.time()), "csrf": secrets.token_urlsafe(32)})
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
        self._seen: dict[str, tuple[Any, float]] = {}
        self._lock = threading.Lock()

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
        if "k" in data:  # the store says whether it is still valid; this only bounds its age
            started = data.get("t")
            if not isinstance(started, int) or time.time() - started > self.max_age_s:
                return {}
        return data

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        conn = HTTPConnection(scope)
        session = WebSession(self.load(conn.cookies.get(SESSION_COOKIE)))
        scope["session"] = session
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


#: The one message of a refused (throttled) sign-in, on the pages and in the API.
THROTTLED = "too many failed sign-ins from this address or for this user name; try again in {wait} s"


class LoginThrottle:
    """Failed sign-ins within ``window_s`` seconds: at most ``per_pair`` per (user name,
    address), ``per_address`` per address (any user names) and ``per_user`` per user
    name (any addresses)."""

    def __init__(self, per_pair: int = 5, per_address: int = 20, per_user: int = 10,
                 window_s: float = 900.0) -> None:
        self.limits = {"pair": per_pair, "address": per_address, "user": per_user}
        self.window_s = window_s
        self._failures: dict[tuple[str, str], collections.deque[float]] = {}
        self._lock = threading.Lock()

    @staticmethod
    def _keys(username: str, address: str | None) -> dict[str, tuple[str, str]]:
        name = (username or "").strip().casefold()[:150]
        addr = address or "?"
        return {"pair": ("pair", f"{name}\0{addr}"), "address": ("address", addr), "user": ("user", name)}

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

    def retry_after(self, username: str, address: str | None) -> int:
        """Seconds to wait before this sign-in may be tried (0: now)."""
        now = time.monotonic()
        wait = 0.0
        with self._lock:
            for which, key in self._keys(username, address).items():
                q = self._prune(key, now)
                limit = self.limits[which]
                if q is not None and len(q) >= limit:
                    wait = max(wait, q[-limit] + self.window_s - now)
        return max(1, int(wait) + 1) if wait > 0 else 0

    def failed(self, username: str, address: str | None) -> None:
        now = time.monotonic()
        with self._lock:
            if len(self._failures) > 100_000:  # bounded memory: forget what left the window
                for k in list(self._failures):
                    self._prune(k, now)
            for key in self._keys(username, address).values():
                self._failures.setdefault(key, collections.deque(maxlen=1000)).append(now)

    def succeeded(self, username: str, address: str | None) -> None:
        """A good password clears its own (user, address) count, never the address's:
        one's own account must not reset a spraying count."""
        with self._lock:
            self._failures.pop(self._keys(username, address)["pair"], None)

    def reset(self) -> None:
        with self._lock:
            self._failures.clear()
