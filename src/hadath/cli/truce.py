"""``hadath truce``: declare truces, list them, report and watch their violations in a store."""

from __future__ import annotations

import contextlib
import json
import sys
import time
from pathlib import Path
from typing import IO, Annotated, Any

import typer

from hadath.cli.console import err_console
from hadath.errors import HadathError

app = typer.Typer(
    help="Truces: declare them, report and watch their reported violations.", no_args_is_help=True
)

DirOption = Annotated[
    Path | None,
    typer.Option(
        "--dir", help="Directory of added truces (default $HADATH_TRUCE_DIR or ~/.local/share/hadath/truces)."
    ),
]
DbOption = Annotated[str, typer.Option("--db", help="Store: a SQLite file or a postgresql:// URL.")]
MinSources = Annotated[
    int | None, typer.Option("--min-sources", min=1, help="Only violations told by N independent sources.")
]
MinConfidence = Annotated[
    float | None,
    typer.Option("--min-confidence", min=0.0, max=1.0, help="Only violations coded this surely."),
]


def _fail(err: HadathError | str) -> typer.Exit:
    # soft_wrap: one line however narrow the terminal is.
    err_console.print(f"[red]error[/red]: {err}", soft_wrap=True, highlight=False, markup=True)
    return typer.Exit(2)


def _require_store(db: str) -> None:
    from hadath.store import POSTGRES_SCHEMES

    if not db.startswith(POSTGRES_SCHEMES) and not Path(db.removeprefix("sqlite:///")).is_file():
        raise _fail(f"{db}: no such database file (make one with hadath run)")


@app.command("list")
def list_cli(directory: DirOption = None) -> None:
    """Every truce (shipped and added), one tab-separated row each: id, days, area, sides, origin, name."""
    from hadath.truce.load import load_truces

    try:
        truces = load_truces(directory)
    except HadathError as err:
        raise _fail(err) from err
    for truce in truces.values():
        record, scope = truce.record, truce.scope
        area = record.area
        circles = (f"{c.name} +{c.radius_km:g} km" for c in scope.circles)
        where = ",".join([*area.countries, *area.admin1, *circles])
        if area.polygons:
            where += f"{',' if where else ''}{len(area.polygons)} polygon(s)"
        days = f"{scope.first_day}..{scope.last_day or 'open'}"
        sides = ",".join(s.id for s in record.parties)
        typer.echo("\t".join((truce.id, days, where, sides, truce.origin, record.name)))


@app.command("show")
def show_cli(
    truce_id: Annotated[str, typer.Argument(help="The truce id.")], directory: DirOption = None
) -> None:
    """One truce as JSON: its record, the days counted, where it came from."""
    from hadath.truce.load import get_truce

    try:
        truce = get_truce(truce_id, directory)
    except HadathError as err:
        raise _fail(err) from err
    typer.echo(json.dumps(truce.summary(), ensure_ascii=False, indent=2))


@app.command("validate")
def validate_cli(
    files: Annotated[list[Path], typer.Argument(help="Truce YAML files.", exists=False, dir_okay=False)],
) -> None:
    """Check truce files against the schema and the knowledge base; one line per file."""
    from hadath.truce.load import read_truce

    bad = 0
    for file in files:
        try:
            truce = read_truce(file)
        except HadathError as err:
            bad += 1
            typer.echo(str(err))
            continue
        typer.echo(f"{file}: ok ({truce.id}, {truce.scope.first_day}..{truce.scope.last_day or 'open'})")
    if bad:
        raise typer.Exit(1)


@app.command("add")
def add_cli(
    file: Annotated[Path, typer.Argument(help="A truce YAML file (see docs/TRUCE.md).", dir_okay=False)],
    directory: DirOption = None,
    replace: Annotated[
        bool, typer.Option("--replace", help="Replace an added truce with the same id.")
    ] = False,
) -> None:
    """Check FILE and copy it into the directory of added truces."""
    from hadath.truce.load import add_truce

    try:
        target = add_truce(file, directory, replace=replace)
    except HadathError as err:
        raise _fail(err) from err
    err_console.print(f"added {file} as {target}", soft_wrap=True, highlight=False)


def _output(out: str, stack: contextlib.ExitStack) -> IO[str]:
    if out == "-":
        return sys.stdout
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    return stack.enter_context(path.open("w", encoding="utf-8", newline=""))


@app.command("report")
def report_cli(
    truce_id: Annotated[str, typer.Argument(help="The truce id (hadath truce list).")],
    db: DbOption = "hadath.db",
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="json (everything) or csv (one table).")
    ] = "json",
    table: Annotated[
        str, typer.Option("--table", help="For csv: violations, series (one row a day) or accusations.")
    ] = "violations",
    out: Annotated[str, typer.Option("--out", "-o", help="Write to FILE, or - for stdout.")] = "-",
    min_sources: MinSources = None,
    min_confidence: MinConfidence = None,
    directory: DirOption = None,
) -> None:
    """Reported violations of a truce in a store, with the daily series and the accusations."""
    from hadath.store import open_store
    from hadath.truce.load import get_truce
    from hadath.truce.report import TABLES, write_csv, write_json
    from hadath.truce.violations import Monitor

    if fmt not in ("json", "csv"):
        raise typer.BadParameter(f"{fmt!r}: json or csv", param_hint="--format")
    if table not in TABLES:
        raise typer.BadParameter(f"{table!r}: one of {', '.join(TABLES)}", param_hint="--table")
    _require_store(db)
    try:
        truce = get_truce(truce_id, directory)
        with open_store(db) as store:
            monitor = Monitor(store.db, truce, min_sources=min_sources, min_confidence=min_confidence)
            report = monitor.report()
    except HadathError as err:
        raise _fail(err) from err
    with contextlib.ExitStack() as stack:
        stream = _output(out, stack)
        if fmt == "json":
            write_json(report, stream)
        else:
            write_csv(report, stream, table)
    summary: dict[str, Any] = report["summary"]
    err_console.print(
        f"{truce_id}: {summary['violations']} reported violations ({summary['unattributed']} unattributed) "
        f"over {summary['days_with_data']} days with data, {summary['quiet_days']} quiet",
        soft_wrap=True,
        highlight=False,
    )


@app.command("watch")
def watch_cli(
    truce_id: Annotated[str, typer.Argument(help="The truce id (hadath truce list).")],
    db: DbOption = "hadath.db",
    interval: Annotated[float, typer.Option("--interval", min=0.1, help="Seconds between polls.")] = 10.0,
    once: Annotated[bool, typer.Option("--once", help="Poll once and exit.")] = False,
    new_only: Annotated[
        bool, typer.Option("--new-only", help="On the first run, skip what the store already holds.")
    ] = False,
    state: Annotated[
        Path | None,
        typer.Option("--state", help="State file (default ~/.local/state/hadath/truce-watch/...)."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print each violation as one JSON line.")] = False,
    min_sources: MinSources = None,
    directory: DirOption = None,
) -> None:
    """Print each new reported violation of a truce as it reaches the store, once (restarts included)."""
    from hadath.store import open_store
    from hadath.truce.load import get_truce
    from hadath.truce.watch import Watcher, alert_line, default_state_path

    _require_store(db)
    try:
        truce = get_truce(truce_id, directory)
        with open_store(db) as store:
            path = state or default_state_path(truce_id, store.db.label)
            watcher = Watcher(store.db, truce, path, min_sources=min_sources)
            if new_only:
                watcher.skip_existing()
            while True:
                for violation in watcher.poll():
                    line = json.dumps(violation, ensure_ascii=False) if as_json else alert_line(violation)
                    typer.echo(line)
                sys.stdout.flush()
                if once:
                    break
                time.sleep(interval)
    except HadathError as err:
        raise _fail(err) from err
    except KeyboardInterrupt:
        raise typer.Exit(0) from None
