"""``hadath run``: code Arabic news files into events, stored in SQLite and/or written as JSONL.

A thin shell over :func:`hadath.runner.run_job`: it parses options, shows progress and one
line per bad document on stderr, and prints the closing summary. stdout carries data only
(``--out -``). Exit code: 0 when anything was processed, 1 when nothing could be, 2 for
usage errors.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from hadath.cli.console import err_console

if TYPE_CHECKING:
    from hadath.ingest import IngestSettings
    from hadath.model import Article
    from hadath.runner import Outcome, RunSummary

# Inputs that hold many documents each, so a single one still deserves a progress bar.
MULTI_DOCUMENT_SUFFIXES: tuple[str, ...] = (".jsonl", ".gz", ".warc", ".xml", ".rss", ".atom")
TABLE_ROWS_MAX = 200


def run_cli(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories, globs, or - for stdin.")],
    published: Annotated[
        str | None,
        typer.Option("--published", help="Publication date (YYYY-MM-DD) for documents that carry none."),
    ] = None,
    db: Annotated[str, typer.Option("--db", help="Store: a SQLite file path.")] = "hadath.db",
    no_db: Annotated[bool, typer.Option("--no-db", help="Do not store anything.")] = False,
    out: Annotated[
        str | None, typer.Option("--out", help="Write one JSON line per article to FILE, or - for stdout.")
    ] = None,
    table: Annotated[
        bool, typer.Option("--table", help="Print the events found as a table on stderr.")
    ] = False,
    field: Annotated[
        list[str] | None,
        typer.Option(
            "--field",
            help="JSONL record key for an article field, FIELD=KEY[,KEY] (e.g. text=body); repeatable.",
        ),
    ] = None,
    max_bytes: Annotated[
        int | None, typer.Option("--max-bytes", min=1, help="Skip files larger than this many bytes.")
    ] = None,
    kb_dirs: Annotated[
        list[Path] | None, typer.Option("--kb", help="Knowledge overlay directory; repeatable.")
    ] = None,
) -> None:
    """Find who did what to whom, where and when, in Arabic news."""
    # Imported here so that other sub-commands do not pay for the ingest extractors.
    from hadath.kb import load_kb
    from hadath.runner import run_job

    settings = _settings(published, field or [], max_bytes)
    kb = load_kb(*(str(d) for d in kb_dirs or []))
    rows: list[Article] = []
    with _progress(_many_documents(inputs)) as bar:
        task = bar.add_task("documents", total=None) if bar else None

        def report(outcome: Outcome) -> None:
            if outcome.rejection is not None:
                err_console.print(outcome.rejection.line(), markup=False, highlight=False, soft_wrap=True)
            if table and outcome.article is not None and outcome.kind == "processed":
                rows.append(outcome.article)
            if bar is not None and task is not None:
                bar.advance(task)

        summary = run_job(
            inputs, db=None if no_db else db, out=out, settings=settings, kb=kb, progress=report
        )
    if table:
        err_console.print(events_table(rows))
    err_console.print(summary_table(summary, stored=not no_db))
    raise typer.Exit(summary.exit_code)


def _settings(published: str | None, fields: list[str], max_bytes: int | None) -> IngestSettings:
    """Ingest settings from the options; a malformed option is a usage error (exit 2)."""
    from hadath.errors import ConfigError
    from hadath.ingest import FieldMap, IngestSettings

    if published is not None:
        try:
            dt.date.fromisoformat(published[:10])
        except ValueError:
            raise typer.BadParameter(
                f"{published!r} is not a YYYY-MM-DD date", param_hint="--published"
            ) from None
    try:
        field_map = FieldMap.parse(fields)
    except ConfigError as err:
        raise typer.BadParameter(str(err), param_hint="--field") from None
    settings = IngestSettings(field_map=field_map, published=published)
    if max_bytes is not None:
        settings.max_bytes = max_bytes
    return settings


def _many_documents(inputs: list[str]) -> bool:
    """Whether the run will likely read more than one document."""
    if len(inputs) != 1:
        return True
    path = Path(inputs[0])
    return inputs[0] == "-" or not path.is_file() or path.name.lower().endswith(MULTI_DOCUMENT_SUFFIXES)


@contextmanager
def _progress(many: bool) -> Iterator[Progress | None]:
    """A progress display on stderr for multi-document runs in a terminal, else nothing."""
    if not (many and err_console.is_terminal):
        yield None
        return
    columns = (SpinnerColumn(), TextColumn("{task.completed} {task.description}"), TimeElapsedColumn())
    with Progress(*columns, console=err_console, transient=True) as bar:
        yield bar


def events_table(articles: list[Article]) -> Table:
    """The events of some articles: document, date, type, actor, recipient, place, trigger."""
    table = Table(title="Events", show_lines=False)
    for column in ("doc", "date", "type", "actor", "recipient", "place", "trigger"):
        table.add_column(column)
    shown = 0
    total = sum(len(a.events) for a in articles)
    for article in articles:
        for event in article.events:
            if shown == TABLE_ROWS_MAX:
                break
            table.add_row(
                article.doc_id,
                event.date or "",
                event.event_type,
                ", ".join(a.entity or a.text for a in event.actor),
                ", ".join(a.entity or a.text for a in event.recipient),
                (event.location.name or event.location.text) if event.location else "",
                event.trigger,
            )
            shown += 1
    if total > shown:
        table.caption = f"{total - shown} more events not shown"
    return table


def summary_table(summary: RunSummary, *, stored: bool) -> Table:
    """The closing counts: read, processed, skipped and failed by reason, events, stored."""
    table = Table(title="hadath run", show_header=False)
    table.add_column("count")
    table.add_column("n", justify="right")
    table.add_row("read", str(summary.read))
    table.add_row("processed", str(summary.processed))
    for label, counter in (("skipped", summary.skipped), ("failed", summary.failed)):
        for reason, n in sorted(counter.items()):
            table.add_row(f"{label}: {reason}", str(n))
    table.add_row("events", str(summary.events))
    table.add_row("quotes", str(summary.quotes))
    if stored:
        for result in ("added", "unchanged", "replaced"):
            table.add_row(f"stored: {result}", str(getattr(summary, result)))
    table.add_row("seconds", f"{summary.seconds:.1f}")
    return table
