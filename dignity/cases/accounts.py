"""Users of a case store: who they are, their passwords and sign-in (the ``users`` part of
``CaseService``).

Passwords are hashed with argon2 (``dignity.cases.users``); sessions and API tokens are
``dignity.cases.sessions``.  Every change writes the audit log in its own transaction.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from dignity.cases.audit import record
from dignity.cases.errors import Conflict, Forbidden, InvalidInput, NotFound
from dignity.cases.users import (
    check_password,
    check_role,
    check_username,
    hash_password,
    needs_rehash,
    os_username,
    verify_password,
)
from dignity.store.models import User, utcnow

__all__ = ["AccountsMixin"]


def _user_json(u: User) -> dict[str, Any]:
    return {"id": u.id, "username": u.username, "role": u.role, "active": u.active,
            "password_set": bool(u.password_hash)}


class AccountsMixin:
    """Users, passwords and sign-in.  Part of ``CaseService``, which provides ``session``,
    ``address``, ``_audit``, ``_commit`` and (``SessionMixin``) the sessions and tokens."""

    session: Session
    address: str | None

    def _audit(self, **kwargs: Any) -> Any:  # provided by CaseService
        raise NotImplementedError

    def _commit(self) -> None:  # provided by CaseService
        raise NotImplementedError

    def get_user(self, ref: int | str) -> User:
        """A user by id or user name (``NotFound``)."""
        if isinstance(ref, int):
            user = self.session.get(User, ref)
        else:
            user = self.session.scalar(select(User).where(User.username == ref.strip()))
        if user is None:
            raise NotFound(f"no user {ref!r}")
        return user

    def list_users(self) -> list[User]:
        return list(self.session.scalars(select(User).order_by(User.username)))

    def has_users(self) -> bool:
        return self.session.scalar(select(func.count()).select_from(User)) > 0

    def add_user(self, username: str, role: str = "editor", password: str | None = None, *,
                 by: User | None = None, without_password: bool = False) -> User:
        """A new user, the password hashed with argon2.

        A user without a password (who cannot sign in to the web app, only use the
        command line as themselves) must be asked for: ``without_password=True``;
        ``password=None`` alone is ``InvalidInput``, so that no account is ever made
        without one by mistake.  ``by``: who adds the user; must be an admin.  In an
        empty store ``by`` is not asked (the first user; make it an admin).  ``by=None`` is
        for trusted callers only (the local CLI, scripts): the web app always passes the
        signed-in user.
        """
        name = check_username(username)
        role = check_role(role)
        if password is not None:
            check_password(password)
        elif not without_password:
            raise InvalidInput(f"user {name!r} needs a password (at least 8 characters), or to be added "
                               "explicitly without one (--no-password: the command line only)")
        first = not self.has_users()
        if by is not None and not first and not (by.active and by.role == "admin"):
            raise Forbidden(f"only an admin can add users ({by.username} is {by.role})")
        if self.session.scalar(select(User.id).where(User.username == name)) is not None:
            raise Conflict(f"user {name!r} already exists")
        user = User(username=name, role=role, password_hash=hash_password(password) if password else None,
                    active=True, created_at=utcnow())
        self.session.add(user)
        try:
            self.session.flush()
            self._audit(case_id=None, user=user if first or by is None else by, action="user.add",
                        object_type="user", object_id=user.id, before=None, after=_user_json(user))
            self._commit()
        except IntegrityError:
            raise Conflict(f"user {name!r} already exists") from None
        return user

    def update_user(self, username: str | int, *, by: User | None, role: str | None = None,
                    password: str | None = None, active: bool | None = None) -> User:
        """Change a user's role, password or active flag (admins; anyone their own password).

        A new password or a deactivation ends every session and API token of the user
        (in every process, at once); the caller signs its user in again if it wants."""
        user = self.get_user(username)
        own_password_only = by is not None and by.id == user.id and role is None and active is None
        if by is not None and not own_password_only and not (by.active and by.role == "admin"):
            raise Forbidden(f"only an admin can change user {user.username!r}")
        before = _user_json(user)
        if role is not None:
            user.role = check_role(role)
        if password is not None:
            user.password_hash = hash_password(check_password(password))
        if active is not None:
            user.active = bool(active)
        ended = 0
        if password is not None:
            ended = self.revoke_user_sessions(user, "password")
        elif active is False and before["active"]:
            ended = self.revoke_user_sessions(user, "deactivated")
        after = _user_json(user)
        if ended:
            after["sessions_ended"] = ended
        self._audit(case_id=None, user=by or user, action="user.update", object_type="user",
                    object_id=user.id, before=before, after=after)
        self._commit()
        return user

    def authenticate(self, username: str, password: str) -> User | None:
        """The active user with this name and password, else None (same work either way)."""
        try:
            name = check_username(username)
        except InvalidInput:
            verify_password(None, password or "")
            return None
        user = self.session.scalar(select(User).where(User.username == name))
        if user is None or not user.password_hash:
            verify_password(None, password or "")
            return None
        if not verify_password(user.password_hash, password or ""):
            return None
        if not user.active:
            return None
        if needs_rehash(user.password_hash):
            user.password_hash = hash_password(password)
            self._commit()
        return user

    def sign_in(self, username: str, password: str, *, kind: str = "session", hours: float = 12,
                label: str | None = None) -> tuple[User, str, Any] | None:
        """``authenticate``, then a new session or token: (user, secret, its row); None for
        a wrong name or password, recorded as ``auth.sign_in_failed`` with the name as
        typed and the address."""
        user = self.authenticate(username, password)
        if user is None:
            self.record_failed_sign_in(username, "wrong user name or password")
            return None
        secret, row = self.start_session(user, kind, hours, address=self.address, label=label)
        return user, secret, row

    def record_failed_sign_in(self, username: str, reason: str) -> None:
        """An ``auth.sign_in_failed`` entry: the user name as typed (the user, when one
        has that name), the address and why (wrong password, throttled)."""
        typed = (username or "")[:150]
        uid = None
        try:
            uid = self.session.scalar(select(User.id).where(User.username == check_username(typed)))
        except InvalidInput:
            pass
        record(self.session, action="auth.sign_in_failed", kind="auth", user_id=uid, object_type="login",
               object_id=typed[:64], after={"username": typed, "reason": reason}, address=self.address)
        self._commit()

    def sign_out(self, secret: str | None, kind: str = "session") -> None:
        """End the session or token whose secret this is (nothing if it is not valid)."""
        row = self.session_for(secret, kind)
        if row is not None:
            self.revoke_session(row.id, row.user, reason="sign-out", address=self.address)

    def local_user(self, username: str | None = None, *, create: bool = True) -> User:
        """The CLI's user: ``username`` (default: the OS user name).

        On an empty store, with ``create``, it is created as an admin without a
        password (and the entry ``user.add`` says so), so that a single researcher
        can start without any setup; without ``create`` an empty store is
        ``NotFound`` (``dignity user add`` must not make a second, silent account).
        In a store that has users, an unknown name is ``NotFound``.
        """
        name = check_username(username or os_username())
        user = self.session.scalar(select(User).where(User.username == name))
        if user is None:
            if self.has_users():
                raise NotFound(f"no user {name!r} in this database; an admin can add one with "
                               f"'dignity user add {name} --role editor', or pass --user NAME")
            if not create:
                raise NotFound("this database has no users yet; the first one is its admin: "
                               "'dignity user add NAME --role admin'")
            try:
                user = self.add_user(name, "admin", None, without_password=True)
            except Conflict:  # created meanwhile by another process
                self.session.rollback()
                user = self.get_user(name)
        if not user.active:
            raise Forbidden(f"user {name!r} is deactivated")
        return user
