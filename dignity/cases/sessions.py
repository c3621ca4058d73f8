"""Server-side sessions and API tokens: made, checked, listed and revoked.

A secret (``secrets.token_urlsafe(32)``) is given to the browser (in its session
cookie) or to the API client (a bearer token); the store keeps only its SHA-256
(``auth_sessions.secret_hash``).  A secret is good while its row is not revoked,
has not expired, and its user is active.  Signing out revokes the row; a new
password or a deactivation revokes every row of the user; so it holds after a
restart and in every process that shares the database.

``SessionMixin`` gives ``CaseService`` these methods (it needs ``session``,
``_commit`` and ``_check_active``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from dignity.cases.audit import record
from dignity.cases.errors import Forbidden, InvalidInput, NotFound
from dignity.store.models import AUTH_KINDS, AuthSession, User, utcnow

__all__ = ["SessionMixin", "secret_hash", "new_secret", "KEEP_ENDED"]

#: how long a user's expired sessions stay listed (with ``include_ended``)
KEEP_ENDED = dt.timedelta(days=30)


def new_secret() -> str:
    return secrets.token_urlsafe(32)


def secret_hash(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def _session_json(row: AuthSession, user: User | None = None) -> dict[str, Any]:
    u = user or row.user
    return {"id": row.id, "kind": row.kind, "user": u.username if u else None, "label": row.label,
            "expires_at": row.expires_at.isoformat()}


class SessionMixin:
    session: Session

    def _commit(self) -> None:  # provided by CaseService
        raise NotImplementedError

    def start_session(self, user: User, kind: str, hours: float, *, address: str | None = None,
                      label: str | None = None) -> tuple[str, AuthSession]:
        """A new sign-in (``kind='session'``) or API token (``'token'``) of ``user`` for
        ``hours``: (the secret, given once; its row).  Audited (``auth.sign_in`` or
        ``token.create``) in the same transaction."""
        if kind not in AUTH_KINDS:
            raise InvalidInput(f"{kind!r} is not a kind of session; use one of {', '.join(AUTH_KINDS)}")
        if not user.active:
            raise Forbidden(f"user {user.username!r} is deactivated")
        if not 0 < hours <= 24 * 366:
            raise InvalidInput("a session or token lasts between a moment and a year")
        secret = new_secret()
        now = utcnow()
        # the user's sessions that ended long ago are forgotten (the audit log keeps them)
        self.session.execute(delete(AuthSession).where(AuthSession.user_id == user.id,
                                                       AuthSession.expires_at < now - KEEP_ENDED)
                             .execution_options(synchronize_session=False))
        row = AuthSession(user_id=user.id, kind=kind, secret_hash=secret_hash(secret),
                          label=(label or "")[:200] or None, address=(address or "")[:64] or None,
                          created_at=now, expires_at=now + dt.timedelta(hours=hours))
        self.session.add(row)
        self.session.flush()
        record(self.session, action="auth.sign_in" if kind == "session" else "token.create", kind="auth",
               user=user, object_type=kind, object_id=row.id, after=_session_json(row, user), address=address)
        self._commit()
        return secret, row

    def session_for(self, secret: str | None, kind: str) -> AuthSession | None:
        """The valid row of ``secret`` (its ``user`` loaded and active), else None."""
        if not secret or len(secret) > 200:
            return None
        row = self.session.scalar(select(AuthSession).where(AuthSession.secret_hash == secret_hash(secret),
                                                             AuthSession.kind == kind))
        if row is None or not row.valid(utcnow()) or not row.user.active:
            return None
        return row

    def list_sessions(self, by: User, *, user: User | None = None, include_ended: bool = False,
                      limit: int = 500) -> list[AuthSession]:
        """The sessions and tokens of ``user`` (default: ``by``'s own), newest first;
        another user's for admins only."""
        if not by.active:
            raise Forbidden(f"user {by.username!r} is deactivated")
        target = user if user is not None else by
        if target.id != by.id and by.role != "admin":
            raise Forbidden("only an admin can see another user's sessions")
        q = select(AuthSession).where(AuthSession.user_id == target.id)
        if not include_ended:
            q = q.where(AuthSession.revoked_at.is_(None), AuthSession.expires_at > utcnow())
        return list(self.session.scalars(q.order_by(AuthSession.id.desc()).limit(limit)))

    def list_all_sessions(self, by: User, *, limit: int = 500) -> list[AuthSession]:
        """Every valid session and token (admins)."""
        if not (by.active and by.role == "admin"):
            raise Forbidden("only an admin can see every session")
        q = (select(AuthSession).where(AuthSession.revoked_at.is_(None), AuthSession.expires_at > utcnow())
             .order_by(AuthSession.id.desc()).limit(limit))
        return list(self.session.scalars(q))

    def revoke_session(self, session_id: int, by: User, *, reason: str = "revoked",
                       address: str | None = None) -> AuthSession:
        """End one session or token: its own user, or an admin (``NotFound`` for anyone
        else, as for one that does not exist)."""
        row = self.session.get(AuthSession, int(session_id))
        if row is None or (row.user_id != by.id and by.role != "admin") or not by.active:
            raise NotFound(f"no session or token {session_id}")
        if row.revoked_at is None:
            row.revoked_at = utcnow()
            row.revoked_reason = reason[:32]
            action = {"sign-out": "auth.sign_out"}.get(reason, f"{row.kind}.revoke")
            record(self.session, action=action, kind="auth", user=by, object_type=row.kind, object_id=row.id,
                   after=_session_json(row), address=address)
            self._commit()
        return row

    def revoke_user_sessions(self, user: User, reason: str, *, keep: int | None = None) -> int:
        """End every session and token of ``user`` (not ``keep``); flushed, not committed:
        the caller commits it with the change that is the reason (a new password)."""
        q = (update(AuthSession).where(AuthSession.user_id == user.id, AuthSession.revoked_at.is_(None))
             .values(revoked_at=utcnow(), revoked_reason=reason[:32]))
        if keep is not None:
            q = q.where(AuthSession.id != keep)
        result = self.session.execute(q.execution_options(synchronize_session=False))
        return int(result.rowcount or 0)
