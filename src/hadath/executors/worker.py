"""The per-shard function: ingest, pipeline, Parquet; plain Python, no Dask.

:func:`process_shard` is what every engine runs on its workers, and all an adapter for
another framework needs (Spark: ``rdd.map(lambda s: process_shard(s, config))``; Ray:
``ray.remote(process_shard)``). Each worker process builds its pipeline once, on first
use, and keeps it for every later shard (:func:`get_pipeline`), so the knowledge base is
loaded once per worker, not once per task.
"""

from __future__ import annotations

import logging
import os
import resource
import socket
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from hadath.executors.shards import Shard, read_shard
from hadath.ingest import IngestSettings
from hadath.model import Article
from hadath.pipeline import Pipeline, PipelineFailure
from hadath.runner import Rejection, failure_rejection

if TYPE_CHECKING:
    from hadath.ingest import Rejected

logger = logging.getLogger(__name__)

PipelineFactory = Callable[[tuple[str, ...]], Pipeline]


def default_pipeline(overlays: tuple[str, ...]) -> Pipeline:
    """The standard pipeline over the shipped knowledge base and overlays, skipping failures."""
    from hadath.kb import load_kb

    return Pipeline.default(load_kb(*overlays), on_error="skip")


@dataclass(frozen=True, slots=True)
class WorkerConfig:
    """What a worker needs to process shards; small, picklable, the same for every shard.

    Attributes:
        settings: ingest settings.
        kb_overlays: knowledge overlay directories, readable on every worker.
        out_parquet: directory or fsspec URL for the Parquet tables, readable and
            writable from every worker; ``None`` writes none.
        pipeline_factory: a module-level function building the pipeline from the overlays
            (for adapters and tests); the standard pipeline when ``None``.
        return_articles: send processed articles back to the driver (it stores or writes
            them); when ``False`` only their counts travel, which keeps the driver idle.
    """

    settings: IngestSettings = field(default_factory=IngestSettings)
    kb_overlays: tuple[str, ...] = ()
    out_parquet: str | None = None
    pipeline_factory: PipelineFactory | None = None
    return_articles: bool = True

    @property
    def pipeline_key(self) -> tuple[str, tuple[str, ...]]:
        factory = self.pipeline_factory or default_pipeline
        return (f"{factory.__module__}.{factory.__qualname__}", self.kb_overlays)


@dataclass(slots=True)
class ShardResult:
    """What one shard gave: its documents in file order, and how the work went.

    ``items`` holds processed articles (tokens and sentences dropped, everything the store
    and the JSONL output need kept) and rejections, in the order the documents were read.
    When the driver needs no articles, ``items`` holds the rejections only and ``counts``
    the processed articles, events and quotes that stayed on the worker.
    """

    shard: Shard
    items: list[Article | Rejection]
    read: int
    seconds: float
    stage_seconds: dict[str, float]
    rows: dict[str, int]
    worker: str
    peak_rss_mb: float
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def articles(self) -> list[Article]:
        return [item for item in self.items if isinstance(item, Article)]


# One pipeline per worker process, keyed by factory and overlays: built once, reused.
_PIPELINES: dict[tuple[str, tuple[str, ...]], Pipeline] = {}


def get_pipeline(config: WorkerConfig) -> Pipeline:
    """This process's pipeline for ``config``, built on first use."""
    key = config.pipeline_key
    if key not in _PIPELINES:
        started = time.perf_counter()
        _PIPELINES[key] = (config.pipeline_factory or default_pipeline)(config.kb_overlays)
        logger.info("%s: pipeline ready in %.1f s", worker_name(), time.perf_counter() - started)
    return _PIPELINES[key]


def warm_worker(config: WorkerConfig) -> dict[str, Any]:
    """Build this worker's pipeline now (not on its first shard); report time and memory."""
    started = time.perf_counter()
    get_pipeline(config)
    return {"worker": worker_name(), "seconds": time.perf_counter() - started, "peak_rss_mb": peak_rss_mb()}


def worker_name() -> str:
    """``host:pid`` of this process."""
    return f"{socket.gethostname()}:{os.getpid()}"


def peak_rss_mb() -> float:
    """The peak resident memory of this process so far, in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def process_shard(shard: Shard, config: WorkerConfig) -> ShardResult:
    """Read, code and write one shard; a bad document is recorded, never raised.

    Args:
        shard: the shard to process.
        config: the job's worker configuration.

    Returns:
        The shard's documents and counts; its Parquet part is written when configured.
    """
    pipeline = get_pipeline(config)
    before = {name: stats.seconds for name, stats in pipeline.stage_stats().items()}
    started = time.perf_counter()
    items: list[Article | Rejection] = []
    counter = {"read": 0}
    for result in pipeline.pipe(_admitted(shard, config.settings, items, counter)):
        items.append(failure_rejection(result) if isinstance(result, PipelineFailure) else result)
    articles = [i for i in items if isinstance(i, Article)]
    rows = _write_parquet(shard, config, articles)
    counts: dict[str, int] = {}
    if config.return_articles:
        for article in articles:
            _lighten(article)
    else:
        counts = {"processed": len(articles), "events": sum(len(a.events) for a in articles),
                  "quotes": sum(len(a.quotes) for a in articles)}  # fmt: skip
        items = [i for i in items if not isinstance(i, Article)]
    after = pipeline.stage_stats()
    return ShardResult(
        shard=shard,
        items=items,
        read=counter["read"],
        seconds=time.perf_counter() - started,
        stage_seconds={name: stats.seconds - before.get(name, 0.0) for name, stats in after.items()},
        rows=rows,
        worker=worker_name(),
        peak_rss_mb=peak_rss_mb(),
        counts=counts,
    )


def _admitted(
    shard: Shard, settings: IngestSettings, items: list[Article | Rejection], counter: dict[str, int]
) -> Iterator[Article]:
    """The shard's articles; its rejections go into ``items`` in reading order.

    An error that escapes ingest ends the shard with a ``shard_error`` for it, so one bad
    file never stops the job.
    """
    try:
        for item in read_shard(shard, settings):
            counter["read"] += 1
            if isinstance(item, Article):
                yield item
            else:
                items.append(_ingest_rejection(item))
    except Exception as err:  # a reader bug or an I/O failure: recorded, never fatal
        logger.warning("%s: shard stopped: %s: %s", shard.label, type(err).__name__, err)
        items.append(Rejection(shard.label, "shard_error", f"{type(err).__name__}: {err}", "ingest"))


def _ingest_rejection(item: Rejected) -> Rejection:
    return Rejection(item.path, item.reason, item.detail, "ingest")


def _write_parquet(shard: Shard, config: WorkerConfig, articles: list[Article]) -> dict[str, int]:
    if config.out_parquet is None:
        return {}
    from hadath.store.parquet import ParquetWriter

    return ParquetWriter(config.out_parquet).write(shard.key, articles)


def _lighten(article: Article) -> None:
    """Drop what neither the store nor the JSONL output reads, before the trip to the driver."""
    article.tokens = []
    article.sentences = []
