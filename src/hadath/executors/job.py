"""A sharded run: plan, skip what is done, run the rest on an engine, record in order.

The driver (this module) owns every write that must happen once and in order: the store
(SQLite takes one writer), the JSONL output, the quarantine side output and the completion
markers. Workers own only the Parquet parts, each named after its shard. Results are
recorded in plan order, whatever order they finish in, through the same
:class:`~hadath.runner.Recorder` as the single-process path, so the store, the output and
the closing summary are the same whichever engine ran.

A shard is done once its marker exists in ``STATE/_shards/``; the marker is written
atomically after all its outputs, so a job killed at any point and started again skips
finished shards and rewrites, never duplicates, what an unfinished one had begun.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, TextIO

from hadath.errors import ConfigError
from hadath.executors.engines import Engine
from hadath.executors.shards import DEFAULT_LINES_PER_SHARD, Shard, plan_shards
from hadath.executors.worker import PipelineFactory, ShardResult, WorkerConfig, process_shard
from hadath.ingest import IngestSettings
from hadath.model import Article
from hadath.runner import ProgressCallback, Recorder, RunSummary, open_out, open_store_for

logger = logging.getLogger(__name__)

MARKERS = "_shards"
QUARANTINE = "quarantine"
ShardCallback = Callable[[ShardResult], None]


@dataclass(slots=True)
class JobReport:
    """A sharded run: the summary (as the single-process path gives it) and how it ran.

    ``startup_seconds`` is the engine start and each worker's pipeline build; ``seconds``
    (also ``summary.seconds``) the processing after it. ``peak_rss_mb`` is per worker.
    """

    summary: RunSummary
    shards: int = 0
    resumed: int = 0
    workers: int = 0
    startup_seconds: float = 0.0
    seconds: float = 0.0
    peak_rss_mb: dict[str, float] = field(default_factory=dict)
    stage_seconds: dict[str, float] = field(default_factory=dict)
    dashboard: str = ""

    def note(self, result: ShardResult) -> None:
        """Add one shard's worker memory and stage times."""
        self.peak_rss_mb[result.worker] = max(self.peak_rss_mb.get(result.worker, 0.0), result.peak_rss_mb)
        for stage, seconds in result.stage_seconds.items():
            self.stage_seconds[stage] = self.stage_seconds.get(stage, 0.0) + seconds

    def to_dict(self) -> dict[str, Any]:
        data = {k: getattr(self, k) for k in ("shards", "resumed", "workers", "peak_rss_mb", "stage_seconds")}
        data.update(
            summary=self.summary.to_dict(), startup_seconds=round(self.startup_seconds, 3),
            seconds=round(self.seconds, 3), documents_per_second=round(self.summary.throughput, 2),
        )  # fmt: skip
        return data


class JobState:
    """Completion markers and quarantine files of one job, in a directory on the driver."""

    def __init__(self, root: str | Path, fingerprint: str) -> None:
        self.root = Path(root)
        self.fingerprint = fingerprint
        (self.root / MARKERS).mkdir(parents=True, exist_ok=True)

    def marker(self, shard: Shard) -> dict[str, Any] | None:
        """The shard's marker when it was finished by this same job, else ``None``."""
        path = self.root / MARKERS / f"{shard.key}.json"
        try:
            marker = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return marker if marker.get("fingerprint") == self.fingerprint else None

    def mark(self, shard: Shard, summary: RunSummary, out_bytes: int | None) -> None:
        """Record the shard as finished: the last write of a shard."""
        marker = {"fingerprint": self.fingerprint, "shard": shard.to_dict(), "summary": summary.to_dict(),
                  "out_bytes": out_bytes}  # fmt: skip
        _write_atomically(self.root / MARKERS / f"{shard.key}.json", json.dumps(marker, ensure_ascii=False))

    def quarantine(self, shard: Shard, summary: RunSummary) -> None:
        """Write the shard's rejected documents, one JSON line each with its reason."""
        path = self.root / QUARANTINE / f"part-{shard.key}.jsonl"
        if not summary.rejections:
            path.unlink(missing_ok=True)
            return
        lines = [
            json.dumps({**r.to_dict(), "shard": shard.label}, ensure_ascii=False) for r in summary.rejections
        ]
        path.parent.mkdir(parents=True, exist_ok=True)
        _write_atomically(path, "\n".join(lines) + "\n")


def _write_atomically(path: Path, text: str) -> None:
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def fingerprint(
    settings: IngestSettings, config: WorkerConfig, data_hash: str, outputs: dict[str, str]
) -> str:
    """What makes two runs the same job: knowledge, ingest settings, pipeline and outputs."""
    description = {
        "data_hash": data_hash, "settings": asdict(settings), "pipeline": config.pipeline_key,
        "outputs": outputs,
    }  # fmt: skip
    return hashlib.sha1(json.dumps(description, sort_keys=True, default=str).encode()).hexdigest()


def run_sharded(
    inputs: Sequence[str],
    *,
    engine: Engine,
    state_dir: str | Path,
    settings: IngestSettings | None = None,
    kb_overlays: Sequence[str] = (),
    db: str | Path | None = None,
    out: str | Path | TextIO | None = None,
    out_parquet: str | None = None,
    lines_per_shard: int | None = DEFAULT_LINES_PER_SHARD,
    progress: ProgressCallback | None = None,
    on_shard: ShardCallback | None = None,
    on_start: Callable[[JobReport], None] | None = None,
    pipeline_factory: PipelineFactory | None = None,
) -> JobReport:
    """Run the pipeline over the inputs' shards on an engine; resumable and idempotent.

    Args:
        inputs: files, directories, globs, or fsspec URLs (not ``-``).
        engine: where shards run; started and stopped here, and not at all when every
            shard is already done.
        state_dir: directory on the driver for completion markers and the quarantine.
        settings: ingest settings.
        kb_overlays: knowledge overlay directories (readable on every worker).
        db: store path or URL; written by the driver, in plan order.
        out: JSONL destination: a path (resumed where the last finished shard ended), ``-``
            or an open stream.
        out_parquet: Parquet directory or fsspec URL, written by the workers.
        lines_per_shard: size of JSONL slices; ``None`` keeps files whole.
        progress: called once per document, in plan order, as the single-process path does.
        on_shard: called once per shard finished in this run, after its marker is written.
        on_start: called once the engine is started and warm (its dashboard link is known).
        pipeline_factory: builds the pipeline on each worker; the standard one by default.

    Returns:
        The summary, counting the shards finished by earlier runs of the same job too.

    Raises:
        ConfigError: ``-`` as input, or a JSONL output that cannot be resumed.
        StoreError: the store cannot be opened or written.
    """
    from hadath.kb import load_kb

    settings = settings or IngestSettings()
    # Articles travel back only when the driver stores, writes or shows them.
    keep = db is not None or out is not None or progress is not None
    config = WorkerConfig(settings, tuple(str(d) for d in kb_overlays), out_parquet, pipeline_factory, keep)
    data_hash = load_kb(*config.kb_overlays).data_hash
    outputs = {
        "db": str(db or ""),
        "out": str(out) if isinstance(out, str | Path) else "",
        "parquet": out_parquet or "",
    }
    state = JobState(state_dir, fingerprint(settings, config, data_hash, outputs))
    plan = plan_shards(inputs, lines_per_shard=lines_per_shard)
    markers = {s.key: m for s in plan if (m := state.marker(s)) is not None}
    pending = [s for s in plan if s.key not in markers]
    report = JobReport(RunSummary(), shards=len(plan), resumed=len(markers), workers=engine.workers)
    logger.info("%d shards, %d already done", len(plan), len(markers))
    if out_parquet:
        _remove_stale_parts(out_parquet, {s.key for s in plan})
    with ExitStack() as stack:
        store = open_store_for(db, data_hash, stack)
        sink = _open_resumed_out(out, plan, markers, stack)
        recorder = Recorder(store=store, sink=sink, progress=progress, summary=report.summary)
        recorder.start(inputs)
        order = _InOrder(plan, markers, recorder, state, out, on_shard, report)
        order.drain()
        if pending:
            _run_pending(engine, pending, config, order, report, on_start)
        recorder.finish(report.seconds)
    return report


def _run_pending(
    engine: Engine,
    pending: list[Shard],
    config: WorkerConfig,
    order: _InOrder,
    report: JobReport,
    on_start: Callable[[JobReport], None] | None,
) -> None:
    started = time.perf_counter()
    with engine:
        engine.warm(config)
        report.workers = engine.workers
        report.dashboard = engine.dashboard
        ready = time.perf_counter()
        report.startup_seconds = ready - started
        if on_start is not None:
            on_start(report)
        for index, result in engine.map_unordered(process_shard, pending, config):
            order.arrived(pending[index], result)
        report.seconds = time.perf_counter() - ready


class _InOrder:
    """Records shard results in plan order, holding back those that finish early."""

    def __init__(
        self,
        plan: list[Shard],
        markers: dict[str, dict[str, Any]],
        recorder: Recorder,
        state: JobState,
        out: str | Path | TextIO | None,
        on_shard: ShardCallback | None,
        report: JobReport,
    ) -> None:
        self.plan = plan
        self.markers = markers
        self.recorder = recorder
        self.state = state
        self.out_path = Path(out) if isinstance(out, str | Path) and str(out) != "-" else None
        self.on_shard = on_shard
        self.report = report
        self.waiting: dict[str, ShardResult] = {}
        self.position = 0

    def arrived(self, shard: Shard, result: ShardResult) -> None:
        self.waiting[shard.key] = result
        self.drain()

    def drain(self) -> None:
        """Record every shard at the head of the plan that is done or has arrived."""
        while self.position < len(self.plan):
            shard = self.plan[self.position]
            if shard.key in self.markers:
                self.recorder.summary.absorb(RunSummary.from_dict(self.markers[shard.key]["summary"]))
            elif shard.key in self.waiting:
                self._record(shard, self.waiting.pop(shard.key))
            else:
                return
            self.position += 1

    def _record(self, shard: Shard, result: ShardResult) -> None:
        main = self.recorder
        part = Recorder(store=main.store, sink=main.sink, progress=main.report, summary=RunSummary())
        part.summary.read = result.read
        for item in result.items:
            if isinstance(item, Article):
                part.processed(item)
            else:
                part.reject(item)
        for name, count in result.counts.items():  # articles that stayed on the worker
            setattr(part.summary, name, getattr(part.summary, name) + count)
        out_bytes = None
        if main.sink is not None:
            main.sink.flush()
            out_bytes = self.out_path.stat().st_size if self.out_path else None
        self.state.quarantine(shard, part.summary)
        self.state.mark(shard, part.summary, out_bytes)
        main.summary.absorb(part.summary)
        self.report.note(result)
        if self.on_shard is not None:
            self.on_shard(result)


def _open_resumed_out(
    out: str | Path | TextIO | None, plan: list[Shard], markers: dict[str, dict[str, Any]], stack: ExitStack
) -> TextIO | None:
    """The JSONL sink; a file is cut back to where the last finished shard left it, then appended to."""
    if not markers or not isinstance(out, str | Path) or str(out) == "-":
        return open_out(out, stack)
    done = [s.key in markers for s in plan]
    finished = done.index(False) if False in done else len(done)
    if any(done[finished:]):
        raise ConfigError(
            f"{out}: finished shards are not a prefix of the plan; write the output to a new file"
        )
    size = markers[plan[finished - 1].key].get("out_bytes")
    path = Path(out)
    if size is None or not path.exists() or path.stat().st_size < size:
        raise ConfigError(f"{out}: the output does not match the finished shards; write to a new file")
    with path.open("r+b") as handle:
        handle.truncate(size)
    return open_out(out, stack, append=True)


def _remove_stale_parts(out_parquet: str, keep: set[str]) -> None:
    """Remove Parquet parts of shards no longer in the plan (another slicing of the same files)."""
    from hadath.store.parquet import ParquetWriter

    writer = ParquetWriter(out_parquet)
    for part in sorted(writer.parts() - keep):
        removed = writer.remove(part)
        logger.info("%s: removed %d files of stale part %s", out_parquet, removed, part)
