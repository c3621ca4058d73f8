"""`dignity serve`: the web app and its HTTP API (uvicorn).

    dignity serve [--host 127.0.0.1] [--port 8000] [--db URL]

On an empty database the first visit asks for the first administrator; later
users are added by an admin (the Users page, or `dignity user add`).  Put a TLS
proxy in front of it to serve a team over a network (`--proxy-headers` trusts
its X-Forwarded-Proto, so that cookies get the Secure flag).
"""

from __future__ import annotations

import sys
from typing import Optional

import typer

from dignity.cli._help import Command
from dignity.cli._common import PROG

__all__ = ["register", "serve"]


def register(app: typer.Typer) -> None:
    app.command("serve", cls=Command)(serve)


def serve(host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
          port: int = typer.Option(8000, "--port", min=1, max=65535, metavar="PORT", help="Port to listen on."),
          db: Optional[str] = typer.Option(None, "--db", metavar="URL",
                                           help="Database URL (default: $DIGNITY_DATABASE_URL, else dignity.db in "
                                                "your data folder)."),
          proxy_headers: bool = typer.Option(False, "--proxy-headers",
                                             help="Trust X-Forwarded-For/-Proto from the proxy at 127.0.0.1."),
          log_level: str = typer.Option("info", "--log-level", help="uvicorn's log level."),
          ) -> None:
    """Serve the case files of a team in the browser, with a JSON API (/docs)."""
    try:
        import uvicorn

        from dignity.web import create_app
    except ImportError as exc:  # pragma: no cover - an install without the web extras
        sys.stderr.write(f"{PROG}: the web app needs {exc.name}: pip install 'dignity'\n")
        raise typer.Exit(1) from None
    try:
        app = create_app(db)
    except Exception as exc:  # noqa: BLE001 - one line: a bad URL, an unreachable database, a bad key
        from sqlalchemy.engine import make_url

        from dignity.store import database_url

        try:
            shown = make_url(database_url(db)).render_as_string(hide_password=True)
        except Exception:  # noqa: BLE001
            shown = "the database"
        message = " ".join(str(getattr(exc, "orig", None) or exc).split())
        sys.stderr.write(f"{PROG}: cannot start the web app on {shown}: {message}\n")
        raise typer.Exit(1) from None
    shown_host = f"[{host}]" if ":" in host else host
    typer.echo(f"Dignity on http://{shown_host}:{port}/  (API: http://{shown_host}:{port}/docs; Ctrl+C stops)",
               err=True)
    uvicorn.run(app, host=host, port=port, log_level=log_level, proxy_headers=proxy_headers,
                forwarded_allow_ips="127.0.0.1" if proxy_headers else None, server_header=False,
                # SIGTERM: open requests get a few seconds, then the app stops (its upload
                # workers are killed and their files queued again for the next start)
                timeout_graceful_shutdown=10)
