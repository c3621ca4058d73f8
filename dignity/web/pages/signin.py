"""Signing in and out, the first user's setup, one's own account (password, sessions)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response

from dignity.cases import CaseService, Conflict, InvalidInput
from dignity.store.models import User
from dignity.web.deps import Csrf, Service, WebUser, optional_web_user
from dignity.web.security import THROTTLED
from dignity.web.templating import flash, render
from dignity.web.pages.common import client_address, local_url, see_other

router = APIRouter(include_in_schema=False)


@router.get("/")
def home(request: Request, svc: Service) -> Response:
    user = optional_web_user(request, svc)
    if user is None and not svc.has_users():
        return see_other("/setup")
    return see_other("/cases" if user is not None else "/login")


@router.get("/login")
def login_page(request: Request, svc: Service, next: str | None = None, signed_out: bool = False) -> Response:
    if not svc.has_users():
        return see_other("/setup")
    user = optional_web_user(request, svc)
    if user is not None:
        return see_other(local_url(next, "/cases"))
    return render(request, "login.html", {"next": local_url(next, ""), "username": "", "error": None,
                                          "signed_out": signed_out})


def throttled(request: Request, svc: CaseService, username: str) -> int:
    """Seconds this sign-in must wait (0: it may go on); a refused one is audited."""
    wait = request.app.state.limiter.retry_after(username, client_address(request))
    if wait:
        svc.record_failed_sign_in(username, "throttled")
    return wait


def _user_agent(request: Request) -> str | None:
    return (request.headers.get("user-agent") or "")[:200] or None


@router.post("/login", dependencies=[Csrf])
def login(request: Request, svc: Service, username: Annotated[str, Form()] = "",
          password: Annotated[str, Form()] = "", next: Annotated[str, Form()] = "") -> Response:
    limiter = request.app.state.limiter
    ctx = {"next": local_url(next, ""), "username": username, "signed_out": False}
    wait = throttled(request, svc, username)
    if wait:
        return render(request, "login.html", {**ctx, "error": THROTTLED.format(wait=wait).capitalize() + "."},
                      status=429, headers={"Retry-After": str(wait)})
    signed = svc.sign_in(username, password, kind="session", hours=request.app.state.settings.session_hours,
                         label=_user_agent(request))
    if signed is None:
        limiter.failed(username, client_address(request))
        return render(request, "login.html", {**ctx, "error": "Wrong user name or password."}, status=401)
    limiter.succeeded(username, client_address(request))
    request.scope["session"].sign_in(signed[1])
    return see_other(local_url(next, "/cases"))


@router.post("/logout", dependencies=[Csrf])
def logout(request: Request, svc: Service) -> Response:
    sess = request.scope["session"]
    svc.sign_out(sess.get("k"), "session")  # ended in the store: the cookie is worth nothing now
    sess.sign_out()  # the cookie is deleted: the message rides on the address
    return see_other("/login?signed_out=1")


@router.get("/setup")
def setup_page(request: Request, svc: Service) -> Response:
    if svc.has_users():
        return see_other("/login")
    return render(request, "setup.html", {"error": None, "username": ""})


@router.post("/setup", dependencies=[Csrf])
def setup(request: Request, svc: Service, username: Annotated[str, Form()] = "",
          password: Annotated[str, Form()] = "", password2: Annotated[str, Form()] = "") -> Response:
    if svc.has_users():
        return see_other("/login")
    if password != password2:
        return render(request, "setup.html", {"error": "The two passwords differ.", "username": username},
                      status=400)
    try:
        user = svc.add_user(username, "admin", password)
    except (InvalidInput, Conflict) as exc:
        return render(request, "setup.html", {"error": str(exc), "username": username}, status=400)
    secret, _ = svc.start_session(user, "session", request.app.state.settings.session_hours,
                                  address=client_address(request), label=_user_agent(request))
    request.scope["session"].sign_in(secret)
    flash(request, f"Welcome, {user.username}: you are the administrator of this Dignity.")
    return see_other("/cases")


@router.get("/account")
def account_page(request: Request, svc: Service, user: WebUser) -> Response:
    return _account(request, svc, user, None)


@router.post("/account/password", dependencies=[Csrf])
def change_password(request: Request, svc: Service, user: WebUser, current: Annotated[str, Form()] = "",
                    password: Annotated[str, Form()] = "", password2: Annotated[str, Form()] = "") -> Response:
    limiter = request.app.state.limiter
    wait = throttled(request, svc, user.username)
    if wait:
        return _account(request, svc, user, THROTTLED.format(wait=wait).capitalize() + ".", status=429,
                        headers={"Retry-After": str(wait)})
    if svc.authenticate(user.username, current) is None:
        limiter.failed(user.username, client_address(request))
        svc.record_failed_sign_in(user.username, "wrong current password")
        return _account(request, svc, user, "The current password is wrong.", status=400)
    limiter.succeeded(user.username, client_address(request))
    if password != password2:
        return _account(request, svc, user, "The two new passwords differ.", status=400)
    updated = svc.update_user(user.username, by=user, password=password)
    # the new password ended every session and token of the user; this browser goes on in a new one
    secret, _ = svc.start_session(updated, "session", request.app.state.settings.session_hours,
                                  address=client_address(request), label=_user_agent(request))
    request.scope["session"].sign_in(secret)
    flash(request, "Your password is changed; every other sign-in and API token of yours has ended.")
    return see_other("/account")


def _account(request: Request, svc: CaseService, user: User, error: str | None, *, status: int = 200,
             headers: dict[str, str] | None = None) -> Response:
    current = getattr(request.state, "auth_session", None)
    return render(request, "account.html", {"error": error, "sessions": svc.list_sessions(user),
                                            "current_id": current.id if current is not None else None},
                  status=status, headers=headers)


@router.post("/sessions/{session_id}/revoke", dependencies=[Csrf])
def revoke_session(request: Request, session_id: int, svc: Service, user: WebUser,
                   next: Annotated[str, Form()] = "") -> Response:
    """End a session or token: one's own (the account page), or anyone's (an admin)."""
    row = svc.revoke_session(session_id, user)
    flash(request, f"{'Sign-in' if row.kind == 'session' else 'API token'} {row.id} of {row.user.username} ended.")
    return see_other(local_url(next, "/account"))


@router.get("/sessions")
def sessions_page(request: Request, svc: Service, user: WebUser) -> Response:
    """Every valid sign-in and API token (admins)."""
    rows = svc.list_all_sessions(user)
    return render(request, "sessions.html", {"sessions": rows})
