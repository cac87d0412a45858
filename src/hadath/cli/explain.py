"""``hadath explain-cluster``: why mentions were merged into one event or kept apart."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from hadath.cli.console import err_console


def explain_cluster_cli(
    cluster_id: Annotated[int, typer.Argument(help="The cluster (canonical event) id.")],
    db: Annotated[
        str, typer.Option("--db", help="Store: a SQLite file or a postgresql:// URL.")
    ] = "hadath.db",
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Say why a cluster's mentions were merged, and why nearby events were kept apart."""
    from hadath.dedup.explain import explain_lines
    from hadath.store import POSTGRES_SCHEMES, open_store

    if not db.startswith(POSTGRES_SCHEMES) and not Path(db.removeprefix("sqlite:///")).is_file():
        err_console.print(
            f"[red]error[/red]: {db}: no such database file (make one with hadath run)", soft_wrap=True
        )
        raise typer.Exit(2)
    with open_store(db) as store:
        report = store.explain_cluster(cluster_id)
    if report is None:
        err_console.print(f"[red]error[/red]: {db}: no cluster {cluster_id}", soft_wrap=True)
        raise typer.Exit(2)
    if as_json:
        typer.echo(json.dumps(report, ensure_ascii=False, indent=2, default=str))
    else:
        typer.echo("\n".join(explain_lines(report)))
