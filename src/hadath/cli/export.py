"""``hadath export``: a store's events as PLOVER JSON, CAMEO TSV, CSV or Parquet."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path
from typing import IO, Annotated, Any

import typer

from hadath.cli.console import err_console


def _output(out: str, binary: bool, stack: contextlib.ExitStack) -> IO[Any]:
    if out == "-":
        return sys.stdout.buffer if binary else sys.stdout
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    if binary:
        return stack.enter_context(path.open("wb"))
    return stack.enter_context(path.open("w", encoding="utf-8", newline=""))


def export_cli(
    fmt: Annotated[str, typer.Option("--format", "-f", help="plover-json, cameo-tsv, csv or parquet.")],
    db: Annotated[
        str, typer.Option("--db", help="Store: a SQLite file or a postgresql:// URL.")
    ] = "hadath.db",
    out: Annotated[str, typer.Option("--out", "-o", help="Write to FILE, or - for stdout.")] = "-",
    date_from: Annotated[str | None, typer.Option("--date-from", help="First event day, YYYY-MM-DD.")] = None,
    date_to: Annotated[str | None, typer.Option("--date-to", help="Last event day, YYYY-MM-DD.")] = None,
    event_type: Annotated[str | None, typer.Option("--type", help="PLOVER event type, e.g. ASSAULT.")] = None,
    actor: Annotated[
        str | None, typer.Option("--actor", help="Actor entity name or knowledge-base id.")
    ] = None,
    country: Annotated[
        str | None, typer.Option("--country", help="ISO3 country of the event's place.")
    ] = None,
    actor_country: Annotated[
        str | None, typer.Option("--actor-country", help="ISO3 country of an actor or recipient.")
    ] = None,
    query: Annotated[
        str | None, typer.Option("--q", help="Words the event's sentence contains, in any clitic form.")
    ] = None,
    min_sources: Annotated[
        int | None,
        typer.Option("--min-sources", min=1, help="Only events told by at least N independent sources."),
    ] = None,
    canonical: Annotated[
        bool,
        typer.Option("--canonical", help="One row per real-world event (its first report), not per mention."),
    ] = False,
) -> None:
    """Write the stored events that pass the filters in an interchange format."""
    # Imported here so that other commands do not pay for the export modules at start-up.
    from hadath.export import FORMATS, is_binary, write_export
    from hadath.store import POSTGRES_SCHEMES, open_store

    if fmt not in FORMATS:
        raise typer.BadParameter(f"{fmt!r}: choose one of {', '.join(FORMATS)}", param_hint="--format")
    if not db.startswith(POSTGRES_SCHEMES) and not Path(db.removeprefix("sqlite:///")).is_file():
        # Opening would create an empty store; exporting from a typo is an error instead.
        # soft_wrap: the error stays one line however narrow the terminal is.
        err_console.print(
            f"[red]error[/red]: {db}: no such database file (make one with hadath run)", soft_wrap=True
        )
        raise typer.Exit(2)
    filters = {
        "date_from": date_from, "date_to": date_to, "event_type": event_type, "actor": actor,
        "country": country, "actor_country": actor_country, "q": query, "min_sources": min_sources,
        "canonical": canonical,
    }  # fmt: skip
    with contextlib.ExitStack() as stack:
        store = stack.enter_context(open_store(db))
        count = write_export(store, fmt, _output(out, is_binary(fmt), stack), **filters)
    where = "stdout" if out == "-" else out
    err_console.print(f"{count} events written to {where} ({fmt})", soft_wrap=True, highlight=False)
