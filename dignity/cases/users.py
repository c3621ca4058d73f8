"""Passwords (argon2id, argon2-cffi) and the checks on user names and roles."""

from __future__ import annotations

import getpass
import os
import re
from functools import lru_cache

from dignity.cases.errors import InvalidInput
from dignity.store.models import CASE_ROLES, USER_ROLES

__all__ = ["hash_password", "verify_password", "needs_rehash", "check_username", "check_role",
           "check_case_role", "check_password", "os_username", "MIN_PASSWORD_LENGTH"]

MIN_PASSWORD_LENGTH = 8
_USERNAME = re.compile(r"^[A-Za-z0-9_.@+-]{1,150}$")


@lru_cache(maxsize=1)
def _hasher():
    from argon2 import PasswordHasher

    return PasswordHasher()


def hash_password(password: str) -> str:
    return _hasher().hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    """True when ``password`` matches; never raises for a wrong or malformed hash."""
    from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

    if not password_hash:
        # same work as a real check, so that timing does not tell which users exist
        _dummy_verify(password)
        return False
    try:
        return _hasher().verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return _hasher().check_needs_rehash(password_hash)


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    return _hasher().hash("dignity: no such user")


def _dummy_verify(password: str) -> None:
    from argon2.exceptions import VerificationError, VerifyMismatchError

    try:
        _hasher().verify(_dummy_hash(), password)
    except (VerifyMismatchError, VerificationError):
        pass


def check_username(username: str) -> str:
    name = (username or "").strip()
    if not _USERNAME.match(name):
        raise InvalidInput(f"{username!r} is not a valid user name (letters, digits and . _ - @ +, "
                           "at most 150 characters)")
    return name


def check_role(role: str) -> str:
    r = (role or "").strip().lower()
    if r not in USER_ROLES:
        raise InvalidInput(f"{role!r} is not a role; use one of {', '.join(USER_ROLES)}")
    return r


def check_case_role(role: str) -> str:
    r = (role or "").strip().lower()
    if r not in CASE_ROLES:
        raise InvalidInput(f"{role!r} is not a role in a case; use one of {', '.join(CASE_ROLES)}")
    return r


def check_password(password: str) -> str:
    if password is None or len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput(f"a password needs at least {MIN_PASSWORD_LENGTH} characters")
    return password


def os_username() -> str:
    """The name of the user running this process (the CLI's default local user)."""
    for var in ("DIGNITY_USER",):
        if os.environ.get(var):
            return os.environ[var]
    try:
        name = getpass.getuser()
    except Exception:  # noqa: BLE001 - no passwd entry, no LOGNAME: fall back
        name = ""
    name = re.sub(r"[^A-Za-z0-9_.@+-]", "_", name or "")[:150]
    return name or "researcher"
