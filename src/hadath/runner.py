"""The library function behind ``hadath run``: ingest, pipeline, then store and/or JSONL.

``run_job`` reads every input (files, directories, globs, ``-`` for stdin), runs the pipeline
on each article, saves the result in the store and writes one gold-format JSON line per
processed article. A bad file or an article the pipeline cannot handle is counted by its
reason slug and reported once; the run goes on.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TextIO

from hadath.errors import REASONS, ConfigError
from hadath.model import Article
from hadath.pipeline import Pipeline, PipelineFailure
from hadath.store import SqliteStore, open_store

if TYPE_CHECKING:
    from hadath.ingest import IngestSettings
    from hadath.kb import KnowledgeBase

logger = logging.getLogger(__name__)

OutcomeKind = Literal["processed", "skipped", "failed"]


@dataclass(frozen=True, slots=True)
class Rejection:
    """A document that produced no output: where it came from and why.

    ``stage`` is ``"ingest"`` (the file could not be read as an article: skipped) or
    ``"pipeline"`` (the article could not be processed: failed).
    """

    path: str
    reason: str
    detail: str = ""
    stage: Literal["ingest", "pipeline"] = "ingest"

    def line(self) -> str:
        """One line for people, ``path: reason (detail)``, worded as :class:`InputError` is."""
        text = f"{self.path}: {REASONS.get(self.reason, self.reason)}"
        if self.detail:
            text += f" ({self.detail})"
        return " ".join(text.split())  # one line, whatever the detail held

    def to_dict(self) -> dict[str, str]:
        return {"path": self.path, "reason": self.reason, "detail": self.detail, "stage": self.stage}


@dataclass(frozen=True, slots=True)
class Outcome:
    """What happened to one document, as reported to a progress callback."""

    kind: OutcomeKind
    article: Article | None = None
    rejection: Rejection | None = None
    stored: str = ""  # "added", "unchanged", "replaced", or "" without a store


ProgressCallback = Callable[[Outcome], None]


@dataclass(slots=True)
class RunSummary:
    """Counts of one run; ``exit_code`` follows from them."""

    read: int = 0
    processed: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    failed: Counter[str] = field(default_factory=Counter)
    events: int = 0
    quotes: int = 0
    added: int = 0
    unchanged: int = 0
    replaced: int = 0
    seconds: float = 0.0
    rejections: list[Rejection] = field(default_factory=list)
    run_id: int | None = None

    def reject(self, rejection: Rejection) -> None:
        """Count a skipped or failed document under its reason."""
        counter = self.skipped if rejection.stage == "ingest" else self.failed
        counter[rejection.reason] += 1
        self.rejections.append(rejection)

    def count_stored(self, result: str) -> None:
        """Count one store result (added, unchanged, replaced)."""
        setattr(self, result, getattr(self, result) + 1)

    @property
    def exit_code(self) -> int:
        """0 when anything was processed, 1 when nothing could be."""
        return 0 if self.processed else 1

    def to_dict(self) -> dict[str, Any]:
        return {
            "read": self.read,
            "processed": self.processed,
            "skipped": dict(self.skipped),
            "failed": dict(self.failed),
            "events": self.events,
            "quotes": self.quotes,
            "added": self.added,
            "unchanged": self.unchanged,
            "replaced": self.replaced,
            "seconds": round(self.seconds, 3),
            "rejections": [r.to_dict() for r in self.rejections],
        }


def run_job(
    inputs: Sequence[str],
    *,
    published: str | None = None,
    db: str | Path | SqliteStore | None = None,
    out: str | Path | TextIO | None = None,
    settings: IngestSettings | None = None,
    kb: KnowledgeBase | None = None,
    pipeline: Pipeline | None = None,
    progress: ProgressCallback | None = None,
) -> RunSummary:
    """Read, process and store every article of the inputs.

    Args:
        inputs: files, directories, globs, or ``-`` for stdin.
        published: publication date for documents that carry none (shortcut for
            ``IngestSettings(published=...)``; give one or the other).
        db: store path or URL, or an open store; ``None`` stores nothing.
        out: JSONL destination: a path, ``-`` for stdout, or an open text stream.
        settings: ingest settings (field names, size limit, default date).
        kb: the knowledge base; the shipped one when ``None`` and no pipeline is given.
        pipeline: the pipeline to run; ``Pipeline.default(kb, on_error="skip")`` by default.
        progress: called once per document with its :class:`Outcome`.

    Returns:
        The run's counts, rejections included.

    Raises:
        ConfigError: both ``published`` and ``settings`` were given.
        StoreError: the store cannot be opened or written (the run stops).
    """
    from hadath.ingest import IngestSettings, read_sources  # the ingest extractors import slowly

    if settings is None:
        settings = IngestSettings(published=published)
    elif published is not None:
        raise ConfigError("give the publication date in settings or as published=, not both")
    if pipeline is None:
        if kb is None:
            from hadath.kb import load_kb

            kb = load_kb()
        pipeline = Pipeline.default(kb, on_error="skip")
    data_hash = kb.data_hash if kb is not None else ""

    summary = RunSummary()
    report = progress or (lambda _outcome: None)
    started = time.perf_counter()
    with ExitStack() as stack:
        store = _open_store(db, data_hash, stack)
        sink = _open_out(out, stack)
        if store is not None:
            summary.run_id = store.start_run(list(inputs))
        articles = _admitted(read_sources(list(inputs), settings), summary, report)
        for result in pipeline.pipe(articles):
            _handle(result, summary, store, sink, report)
        summary.seconds = time.perf_counter() - started
        if store is not None and summary.run_id is not None:
            store.finish_run(summary.run_id, summary.to_dict())
    return summary


def _open_store(db: str | Path | SqliteStore | None, data_hash: str, stack: ExitStack) -> SqliteStore | None:
    if db is None or isinstance(db, SqliteStore):
        return db
    return stack.enter_context(open_store(db, data_hash=data_hash))


def _open_out(out: str | Path | TextIO | None, stack: ExitStack) -> TextIO | None:
    if out is None or not isinstance(out, str | Path):
        return out
    if str(out) == "-":
        return sys.stdout
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    return stack.enter_context(path.open("w", encoding="utf-8", newline="\n"))


def _admitted(sources: Iterable[Any], summary: RunSummary, report: ProgressCallback) -> Iterator[Article]:
    """The articles among ingest's output; rejected documents are counted and reported."""
    for item in sources:
        summary.read += 1
        if isinstance(item, Article):
            yield item
            continue
        rejection = Rejection(item.path, item.reason, getattr(item, "detail", ""), "ingest")
        summary.reject(rejection)
        report(Outcome("skipped", rejection=rejection))


def _handle(
    result: Article | PipelineFailure,
    summary: RunSummary,
    store: SqliteStore | None,
    sink: TextIO | None,
    report: ProgressCallback,
) -> None:
    """Count, store and write one pipeline result."""
    if isinstance(result, PipelineFailure):
        path = result.article.meta.get("path") or result.article.doc_id
        rejection = Rejection(str(path), result.reason, result.detail, "pipeline")
        summary.reject(rejection)
        report(Outcome("failed", article=result.article, rejection=rejection))
        return
    summary.processed += 1
    summary.events += len(result.events)
    summary.quotes += len(result.quotes)
    stored = ""
    if store is not None:
        stored = store.save(result)
        summary.count_stored(stored)
    if sink is not None:
        sink.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
    report(Outcome("processed", article=result, stored=stored))
