"""The second stage: a function over the event partitions, keyed so candidate duplicates meet.

Two reports of one event are published on the same day or a day apart, so the stage runs
once per day ``D`` and hands the hook the events of days ``D - window .. D + window``; the
hook returns the rows of day ``D`` to keep (merged, annotated, or all of them). Days are
independent tasks, so an engine spreads them over its workers like shards.

The default hook is :func:`cluster_events`: the store's deduplication, run over the
day's Parquet events (:mod:`hadath.dedup.table`), which adds each event's cluster, its
independent sources and why it joined. :func:`keep_all` passes every event through.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from hadath.store.parquet import PARTITION, UNKNOWN_DAY, ParquetWriter, read_table

if TYPE_CHECKING:
    import pyarrow as pa

    from hadath.executors.engines import Engine

logger = logging.getLogger(__name__)

DedupHook = Callable[["pa.Table", str], "pa.Table"]
DEDUP_TABLE = "events_dedup"
DEDUP_PART = "dedup"


def keep_all(events: pa.Table, day: str) -> pa.Table:
    """The hook until deduplication exists: every event of ``day``, unchanged."""
    import pyarrow.compute as pc

    return events.filter(pc.equal(events[PARTITION], day))


def cluster_events(events: pa.Table, day: str) -> pa.Table:
    """The deduplication hook: day ``day``'s events with their clusters (see :mod:`hadath.dedup.table`)."""
    from hadath.dedup.table import cluster_day

    return cluster_day(events, day)


@dataclass(frozen=True, slots=True)
class DedupJob:
    """One second-stage run: where the events are, the hook, and how many days apart meet."""

    root: str
    hook: DedupHook = cluster_events
    window_days: int = 1


def neighbours(day: str, window_days: int) -> list[str]:
    """The days whose events may repeat an event of ``day`` (itself included)."""
    if day == UNKNOWN_DAY:
        return [day]
    center = dt.date.fromisoformat(day)
    return [(center + dt.timedelta(days=d)).isoformat() for d in range(-window_days, window_days + 1)]


def dedup_day(day: str, job: DedupJob) -> int:
    """Run the hook for one day and write what it keeps; returns the rows written."""
    events = read_table(job.root, "events", neighbours(day, job.window_days))
    kept = job.hook(events, day)
    ParquetWriter(job.root).write_day(DEDUP_TABLE, day, DEDUP_PART, kept)
    return kept.num_rows


def run_dedup(job: DedupJob, engine: Engine | None = None) -> dict[str, int]:
    """The second stage over every day of ``job.root``'s events; rows kept per day.

    Args:
        job: the Parquet directory, the hook (a module-level function, so that workers can
            import it) and the window.
        engine: where the days run; in this process when ``None``.
    """
    from hadath.executors.engines import SerialEngine

    days = ParquetWriter(job.root).days("events")
    runner = engine or SerialEngine()
    kept: dict[str, int] = {}
    with runner:
        for index, rows in runner.map_unordered(dedup_day, days, job):
            kept[days[index]] = rows
    logger.info("dedup: %d days, %d events kept", len(kept), sum(kept.values()))
    return dict(sorted(kept.items()))
