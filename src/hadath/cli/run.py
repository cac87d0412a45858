"""``hadath run``: code Arabic news files into events, stored in SQLite and/or written as JSONL.

A thin shell over :func:`hadath.runner.run_job`: it parses options, shows progress and one
line per bad document on stderr, and prints the closing summary. stdout carries data only
(``--out -``). Exit code: 0 when anything was processed, 1 when nothing could be, 2 for
usage errors.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from hadath.cli.console import err_console

if TYPE_CHECKING:
    from hadath.executors import JobReport
    from hadath.executors.engines import Engine
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
    db: Annotated[
        str, typer.Option("--db", help="Store: a SQLite file path or a postgresql:// URL.")
    ] = "hadath.db",
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
    engine: Annotated[
        str,
        typer.Option(
            "--engine",
            help="local: this process (default); processes: all local cores; dask: a Dask cluster.",
        ),
    ] = "local",
    workers: Annotated[
        int | None, typer.Option("--workers", min=1, help="Worker processes (default: all cores).")
    ] = None,
    scheduler: Annotated[
        str | None,
        typer.Option("--scheduler", help="Address of a running Dask scheduler, e.g. tcp://host:8786."),
    ] = None,
    out_parquet: Annotated[
        str | None,
        typer.Option(
            "--out-parquet", help="Write events, quotes and mentions as Parquet under DIR (or URL)."
        ),
    ] = None,
    state_dir: Annotated[
        Path | None,
        typer.Option(
            "--state-dir",
            help="Shard markers and quarantine of a processes/dask run (default: DIR/_job, else hadath-job).",
        ),
    ] = None,
    lines_per_shard: Annotated[
        int | None,
        typer.Option(
            "--lines-per-shard", min=1, help="Cut JSONL files into shards of this many lines [1000]."
        ),
    ] = None,
) -> None:
    """Find who did what to whom, where and when, in Arabic news."""
    settings = _settings(published, field or [], max_bytes)
    overlays = [str(d) for d in kb_dirs or []]
    rows: list[Article] = []
    store = None if no_db else db
    with _progress(_many_documents(inputs)) as bar:
        task = bar.add_task("documents", total=None) if bar else None

        def report(outcome: Outcome) -> None:
            if outcome.rejection is not None:
                err_console.print(outcome.rejection.line(), markup=False, highlight=False, soft_wrap=True)
            if table and outcome.article is not None and outcome.kind == "processed":
                rows.append(outcome.article)
            if bar is not None and task is not None:
                bar.advance(task)

        if engine == "local":
            if workers is not None or scheduler is not None:
                raise typer.BadParameter("--workers and --scheduler need --engine processes or dask")
            summary = _run_local(inputs, settings, overlays, store, out, out_parquet, report)
            job = None
        else:
            job = _run_engine(
                inputs, settings, overlays, store, out, report,
                engine=engine, workers=workers, scheduler=scheduler, out_parquet=out_parquet,
                state_dir=state_dir, lines_per_shard=lines_per_shard,
            )  # fmt: skip
            summary = job.summary
    if table:
        err_console.print(events_table(rows))
    err_console.print(summary_table(summary, stored=not no_db, job=job))
    raise typer.Exit(summary.exit_code)


def _run_local(
    inputs: list[str],
    settings: IngestSettings,
    overlays: list[str],
    db: str | None,
    out: str | None,
    out_parquet: str | None,
    report: Callable[[Outcome], None],
) -> RunSummary:
    """The single-process path, with a Parquet copy of what it processes when asked."""
    # Imported here so that other sub-commands do not pay for the ingest extractors.
    from hadath.kb import load_kb
    from hadath.runner import run_job

    kb = load_kb(*overlays)
    if out_parquet is None:
        return run_job(inputs, db=db, out=out, settings=settings, kb=kb, progress=report)
    from hadath.store.parquet import ParquetSink

    sink = ParquetSink(out_parquet)

    def report_and_keep(outcome: Outcome) -> None:
        if outcome.kind == "processed" and outcome.article is not None:
            sink.add(outcome.article)
        report(outcome)

    summary = run_job(inputs, db=db, out=out, settings=settings, kb=kb, progress=report_and_keep)
    sink.close()
    _dedup_stage(out_parquet)
    return summary


def _run_engine(
    inputs: list[str],
    settings: IngestSettings,
    overlays: list[str],
    db: str | None,
    out: str | None,
    report: Callable[[Outcome], None],
    *,
    engine: str,
    workers: int | None,
    scheduler: str | None,
    out_parquet: str | None,
    state_dir: Path | None,
    lines_per_shard: int | None,
) -> JobReport:
    """A sharded, resumable run on local processes or a Dask cluster."""
    from hadath.errors import ConfigError
    from hadath.executors import make_engine, run_sharded
    from hadath.executors.shards import DEFAULT_LINES_PER_SHARD

    try:
        runner = make_engine(engine, workers=workers, scheduler=scheduler)
    except ConfigError as err:
        raise typer.BadParameter(str(err), param_hint="--engine") from None
    if "-" in inputs:
        raise typer.BadParameter("standard input cannot be sharded; use --engine local", param_hint="INPUTS")
    state = state_dir or (Path(out_parquet) / "_job" if out_parquet and "://" not in out_parquet else None)

    def started(job: JobReport) -> None:
        if job.dashboard:
            err_console.print(f"dashboard: {job.dashboard}", highlight=False, markup=False)

    job = run_sharded(
        inputs, engine=runner, state_dir=state or Path("hadath-job"), settings=settings,
        kb_overlays=overlays, db=db, out=out, out_parquet=out_parquet,
        lines_per_shard=lines_per_shard or DEFAULT_LINES_PER_SHARD, progress=report, on_start=started,
    )  # fmt: skip
    if out_parquet:
        _dedup_stage(out_parquet, make_engine(engine, workers=workers, scheduler=scheduler))
    return job


def _dedup_stage(out_parquet: str, engine: Engine | None = None) -> None:
    """The second stage: cluster each day's Parquet events with its neighbours' into ``events_dedup``."""
    from hadath.executors.dedup import DEDUP_TABLE, DedupJob, run_dedup

    kept = run_dedup(DedupJob(out_parquet), engine)
    err_console.print(
        f"deduplication: {sum(kept.values())} events over {len(kept)} days clustered into {out_parquet}/{DEDUP_TABLE}",
        highlight=False, markup=False, soft_wrap=True,
    )  # fmt: skip


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


def summary_table(summary: RunSummary, *, stored: bool, job: JobReport | None = None) -> Table:
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
    table.add_row("documents/s", f"{summary.throughput:.1f}")
    if job is not None:
        table.add_row("shards", str(job.shards))
        table.add_row("shards: already done", str(job.resumed))
        table.add_row("workers", str(job.workers))
        table.add_row("start-up seconds", f"{job.startup_seconds:.1f}")
        if job.peak_rss_mb:
            table.add_row("peak MiB per worker", f"{max(job.peak_rss_mb.values()):.0f}")
    return table
