"""``hadath serve``: the HTTP API and dashboard over an event store."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from hadath.cli.console import err_console


def serve_cli(
    db: Annotated[
        str, typer.Option("--db", help="The SQLite store written by `hadath run --db`.")
    ] = "hadath.db",
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port to listen on.")] = 8000,
) -> None:
    """Serve the event API (/api, /docs) and the dashboard (/) over a store."""
    if not Path(db).is_file():
        # soft_wrap: the error stays one line however narrow the terminal is.
        err_console.print(
            f"[red]error[/red]: {db}: no such database file (make one with hadath run)", soft_wrap=True
        )
        raise typer.Exit(2)
    # Imported here so that other commands do not pay for FastAPI and uvicorn at start-up.
    import uvicorn

    from hadath.api import create_app

    err_console.print(
        f"Hadath dashboard: [bold]http://{host}:{port}/[/bold]  (API docs: /docs; Ctrl+C stops)",
        soft_wrap=True,
    )
    uvicorn.run(create_app(db), host=host, port=port, log_level="warning")
