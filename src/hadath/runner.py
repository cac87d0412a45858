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
from hadath.store import Store, open_store

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

    def absorb(self, other: RunSummary) -> None:
        """Add another summary's counts and rejections to this one (seconds and run id stay)."""
        for name in ("read", "processed", "events", "quotes", "added", "unchanged", "replaced"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.skipped.update(other.skipped)
        self.failed.update(other.failed)
        self.rejections.extend(other.rejections)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> RunSummary:
        """The summary :meth:`to_dict` wrote."""
        summary = cls(
            **{
                k: int(d.get(k, 0))
                for k in ("read", "processed", "events", "quotes", "added", "unchanged", "replaced")
            },
            skipped=Counter(d.get("skipped", {})),
            failed=Counter(d.get("failed", {})),
            seconds=float(d.get("seconds", 0.0)),
        )
        summary.rejections = [Rejection(**r) for r in d.get("rejections", [])]
        return summary

    @property
    def throughput(self) -> float:
        """Documents read per second of this run (0 when no time was measured)."""
        return self.read / self.seconds if self.seconds > 0 else 0.0

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
    db: str | Path | Store | None = None,
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

    started = time.perf_counter()
    with ExitStack() as stack:
        recorder = Recorder(
            store=open_store_for(db, data_hash, stack), sink=open_out(out, stack), progress=progress
        )
        recorder.start(inputs)
        articles = _admitted(read_sources(list(inputs), settings), recorder)
        for result in pipeline.pipe(articles):
            recorder.handle(result)
        recorder.finish(time.perf_counter() - started)
    return recorder.summary


def open_store_for(db: str | Path | Store | None, data_hash: str, stack: ExitStack) -> Store | None:
    """The store ``db`` names, opened on ``stack`` (an open store is used as is; ``None``: none)."""
    if db is None or isinstance(db, Store):
        return db
    return stack.enter_context(open_store(db, data_hash=data_hash))


def open_out(out: str | Path | TextIO | None, stack: ExitStack, *, append: bool = False) -> TextIO | None:
    """The JSONL sink ``out`` names: a path (opened on ``stack``), ``-`` for stdout, or a stream."""
    if out is None or not isinstance(out, str | Path):
        return out
    if str(out) == "-":
        return sys.stdout
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    return stack.enter_context(path.open("a" if append else "w", encoding="utf-8", newline="\n"))


def failure_rejection(failure: PipelineFailure) -> Rejection:
    """The rejection a pipeline failure stands for, named by the article's file."""
    path = failure.article.meta.get("path") or failure.article.doc_id
    return Rejection(str(path), failure.reason, failure.detail, "pipeline")


def _admitted(sources: Iterable[Any], recorder: Recorder) -> Iterator[Article]:
    """The articles among ingest's output; rejected documents are counted and reported."""
    for item in sources:
        recorder.summary.read += 1
        if isinstance(item, Article):
            yield item
            continue
        recorder.reject(Rejection(item.path, item.reason, getattr(item, "detail", ""), "ingest"))


class Recorder:
    """Counts, stores, writes and reports documents in the order they are given.

    Every engine funnels its results through one recorder, so the store, the JSONL output
    and the summary come out the same whichever engine produced them.
    """

    def __init__(
        self,
        *,
        store: Store | None = None,
        sink: TextIO | None = None,
        progress: ProgressCallback | None = None,
        summary: RunSummary | None = None,
    ) -> None:
        self.store = store
        self.sink = sink
        self.report: ProgressCallback = progress or (lambda _outcome: None)
        self.summary = summary if summary is not None else RunSummary()

    def start(self, inputs: Sequence[str]) -> None:
        """Record the start of the run in the store, if there is one."""
        if self.store is not None:
            self.summary.run_id = self.store.start_run(list(inputs))

    def finish(self, seconds: float) -> None:
        """Set the run's time and record its counts in the store."""
        self.summary.seconds = seconds
        if self.store is not None and self.summary.run_id is not None:
            self.store.finish_run(self.summary.run_id, self.summary.to_dict())

    def reject(self, rejection: Rejection) -> None:
        """Count and report a document that produced no output."""
        self.summary.reject(rejection)
        kind: OutcomeKind = "skipped" if rejection.stage == "ingest" else "failed"
        self.report(Outcome(kind, rejection=rejection))

    def handle(self, result: Article | PipelineFailure) -> None:
        """Count, store and write one pipeline result."""
        if isinstance(result, PipelineFailure):
            rejection = failure_rejection(result)
            self.summary.reject(rejection)
            self.report(Outcome("failed", article=result.article, rejection=rejection))
            return
        self.processed(result)

    def processed(self, article: Article) -> None:
        """Count, store and write one processed article."""
        summary = self.summary
        summary.processed += 1
        summary.events += len(article.events)
        summary.quotes += len(article.quotes)
        stored = ""
        if self.store is not None:
            stored = self.store.save(article)
            summary.count_stored(stored)
        if self.sink is not None:
            self.sink.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
        self.report(Outcome("processed", article=article, stored=stored))
