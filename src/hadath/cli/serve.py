"""``hadath serve``: the HTTP API and dashboard over an event store."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from hadath.cli.console import err_console
from hadath.errors import StoreError


def serve_cli(
    db: Annotated[
        str,
        typer.Option(
            "--db", help="The store written by `hadath run --db`: a SQLite file or a postgresql:// URL."
        ),
    ] = "hadath.db",
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port to listen on.")] = 8000,
    workers: Annotated[
        int, typer.Option(min=1, help="Server processes (each with its own store connections).")
    ] = 1,
) -> None:
    """Serve the event API (/api, /docs) and the dashboard (/) over a store.

    Read-only unless HADATH_API_TOKEN is set: then POST /api/articles codes and stores an
    article sent with that bearer token.
    """
    # Imported here so that other commands do not pay for FastAPI and uvicorn at start-up.
    import uvicorn

    from hadath.api import create_app
    from hadath.api.app import DB_ENV
    from hadath.api.deps import require_store

    try:
        require_store(db)
    except StoreError as err:
        # soft_wrap: the error stays one line however narrow the terminal is.
        err_console.print(f"[red]error[/red]: {err}", soft_wrap=True, markup=True, highlight=False)
        raise typer.Exit(2) from None
    err_console.print(
        f"Hadath dashboard: [bold]http://{host}:{port}/[/bold]  (API docs: /docs; Ctrl+C stops)",
        soft_wrap=True,
    )
    if workers == 1:
        uvicorn.run(create_app(db), host=host, port=port, log_level="warning")
        return
    # Worker processes build their own app, so they are told the store by the environment.
    os.environ[DB_ENV] = db
    uvicorn.run(
        "hadath.api.app:app_from_env",
        factory=True,
        workers=workers,
        host=host,
        port=port,
        log_level="warning",
    )
