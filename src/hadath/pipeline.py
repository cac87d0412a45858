"""Stages and the pipeline that composes them.

A stage is a callable ``Article -> Article`` with a name, the article fields it
``requires`` and ``assigns``, and its own :class:`~hadath.stats.Stats`. Stages never read
files or the database, so the same pipeline runs in tests, the CLI, the API and workers.
``Pipeline.default()`` is the one place where the standard stage list is built.
"""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, ClassVar, Literal, TypeVar

from hadath.errors import ConfigError, HadathError
from hadath.model import Article
from hadath.stats import Stats

if TYPE_CHECKING:
    from hadath.kb import KnowledgeBase

logger = logging.getLogger(__name__)

ErrorPolicy = Literal["raise", "skip"]
# Fields an article has as soon as it is ingested.
INGESTED: tuple[str, ...] = ("text", "published")
# Allocations between young collections during a batch (Python's default is 700).
BATCH_GC_THRESHOLD = 20_000
# Articles between two full collections inside a batch (what bounds uncollected cycles).
FULL_COLLECTION_EVERY = 1_000
# A full collection that frees nothing doubles the wait for the next, up to this many times
# FULL_COLLECTION_EVERY; one that frees something brings it back to FULL_COLLECTION_EVERY.
FULL_COLLECTION_MOST_STRETCH = 16


class _OpenBatches:
    """Batches running now: the first to open sets the collector up, the last to close
    restores it, however batches nest, interleave or run in threads."""

    def __init__(self) -> None:
        self.count = 0
        self.saved = gc.get_threshold()
        self.lock = threading.Lock()
        self.settled = 0  # articles settled since the last full collection
        self.stretch = 1  # the wait for the next full collection, in FULL_COLLECTION_EVERY

    def open(self) -> None:
        with self.lock:
            if self.count == 0:
                self.saved = gc.get_threshold()
                gc.freeze()
                gc.set_threshold(max(BATCH_GC_THRESHOLD, self.saved[0]), *self.saved[1:])
            self.count += 1

    def close(self) -> None:
        with self.lock:
            self.count -= 1
            if self.count == 0:
                gc.set_threshold(*self.saved)
                gc.unfreeze()

    def settle(self) -> None:
        """After an article: freeze what it left alive, and now and then collect cycles once.

        Why the wait stretches: a full collection walks everything alive, the word caches
        too, which grow with every new word form (a million objects after a thousand new
        articles, over a second a collection, an eighth of a first pass). The pipeline
        leaves no cycles behind, so a collection that finds none waits twice as long for
        the next; one that finds some brings the wait back, so that cycles stay bounded.
        """
        with self.lock:
            if self.count == 0:
                return
            self.settled += 1
            if self.settled >= FULL_COLLECTION_EVERY * self.stretch:
                self.settled = 0
                gc.unfreeze()
                found = gc.collect()
                self.stretch = 1 if found else min(2 * self.stretch, FULL_COLLECTION_MOST_STRETCH)
            gc.freeze()


_OPEN_BATCHES = _OpenBatches()


@contextmanager
def batch_gc() -> Iterator[None]:
    """Collector settings for a batch of articles, restored when the batch ends.

    Why: an article makes many short-lived objects. At the default threshold they outlive
    young collections, are promoted, and trigger full collections that walk the whole
    knowledge base (half a second each, a fifth of the pipeline's time). With a larger
    threshold they die young, and what was alive before the batch (the knowledge base,
    built once) is frozen out of collections for its duration. Reference counting still
    frees everything; only the cycle collector runs less often.

    What an article leaves alive (its tokens, mentions and events, the word caches it
    filled) is frozen too once it is done (:meth:`Pipeline.pipe`): young collections found
    no cycles in it, yet walking it (two or three times as it aged) cost a fifth of the
    pipeline's time again. A full collection every :data:`FULL_COLLECTION_EVERY`
    articles still frees any cycle a long batch leaves behind.
    """
    _OPEN_BATCHES.open()
    try:
        yield
    finally:
        _OPEN_BATCHES.close()


class Stage:
    """Base of every pipeline component: one job, declared inputs and outputs."""

    name: ClassVar[str] = "stage"
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ()

    def __init__(self) -> None:
        self.stats = Stats()

    def process(self, article: Article) -> Article:  # pragma: no cover - interface
        raise NotImplementedError

    def __call__(self, article: Article) -> Article:
        with self.stats.track_time():
            out = self.process(article)
        self.stats.update("articles")
        return out


StageT = TypeVar("StageT", bound=Stage)


class Pipeline:
    """An ordered list of stages, checked at construction, run per article."""

    def __init__(self, stages: Sequence[Stage], *, on_error: ErrorPolicy = "raise") -> None:
        self.stages = list(stages)
        self.on_error = on_error
        self.stats = Stats()
        self._check_order()

    def _check_order(self) -> None:
        available = set(INGESTED)
        for stage in self.stages:
            missing = [r for r in stage.requires if r not in available]
            if missing:
                raise ConfigError(f"stage {stage.name!r} requires {missing} which no earlier stage assigns")
            available.update(stage.assigns)

    @classmethod
    def default(cls, kb: KnowledgeBase | None = None, *, on_error: ErrorPolicy = "raise") -> Pipeline:
        """The standard Arabic pipeline over the shipped (or a given) knowledge base."""
        from hadath.events.coder import EventCoder
        from hadath.events.quote_events import QuoteEvents
        from hadath.kb import load_kb
        from hadath.mentions.anaphora import AnaphoraLinker
        from hadath.mentions.dates import DateMatcher
        from hadath.mentions.entities import EntityMatcher, FocusFinder
        from hadath.mentions.names import NameChunker, known_verb_forms
        from hadath.mentions.quotes import QuoteFinder
        from hadath.resolve.dates import EventDater
        from hadath.resolve.places import EventPlacer
        from hadath.text.sentences import SentenceSplitter
        from hadath.text.tokens import Tokenizer

        kb = kb or load_kb()
        verb_forms = known_verb_forms(kb)  # the name chunker and the quote finder share it
        stages: list[Stage] = [
            SentenceSplitter(),
            Tokenizer(kb.lexicon),
            EntityMatcher(kb),
            DateMatcher(),
            NameChunker.from_kb(kb, verb_forms),
            AnaphoraLinker(),
            FocusFinder(kb),
            QuoteFinder(kb, verb_forms),
            EventCoder(kb),
            QuoteEvents(kb),
            EventPlacer(kb),
            EventDater(),
        ]
        return cls(stages, on_error=on_error)

    def __call__(
        self,
        text_or_article: str | Article,
        *,
        published: str | None = None,
        doc_id: str = "",
        title: str = "",
    ) -> Article:
        """Run every stage on one article (or on a text, wrapped as an article)."""
        if isinstance(text_or_article, str):
            article = Article(doc_id=doc_id, text=text_or_article, title=title, published=published)
        else:
            article = text_or_article
            if published and not article.published:
                article.published = published
        for stage in self.stages:
            article = stage(article)
        self.stats.update("articles")
        self.stats.update("events", len(article.events))
        return article

    def pipe(self, articles: Iterable[Article]) -> Iterator[Article | PipelineFailure]:
        """Run over many articles; under ``on_error="skip"`` a failure is yielded, not raised."""
        with batch_gc():
            for article in articles:
                result: Article | PipelineFailure
                try:
                    result = self(article)
                except HadathError as err:
                    if self.on_error == "raise":
                        raise
                    result = self._failure(article, "pipeline_error", str(err))
                except Exception as err:  # the one broad catch: the per-article error policy
                    if self.on_error == "raise":
                        raise
                    result = self._failure(article, "pipeline_error", f"{type(err).__name__}: {err}")
                _OPEN_BATCHES.settle()
                yield result

    def _failure(self, article: Article, reason: str, detail: str) -> PipelineFailure:
        self.stats.update(f"failed_{reason}")
        if self.stats.counts[f"failed_{reason}"] == 1:
            logger.info("%s: %s: %s", article.doc_id, reason, detail)
        else:
            logger.debug("%s: %s: %s", article.doc_id, reason, detail)
        return PipelineFailure(article=article, reason=reason, detail=detail)

    def stage(self, kind: type[StageT]) -> StageT:
        """The pipeline's stage of class ``kind`` (e.g. its ``EventCoder``, to swap a model).

        Raises:
            ConfigError: the pipeline has no such stage.
        """
        for stage in self.stages:
            if isinstance(stage, kind):
                return stage
        raise ConfigError(f"the pipeline has no {kind.__name__} stage")

    def stage_stats(self) -> dict[str, Stats]:
        """Each stage's counters and time, by stage name."""
        return {s.name: s.stats for s in self.stages}


class PipelineFailure:
    """An article the pipeline could not process, with the reason slug."""

    __slots__ = ("article", "detail", "reason")

    def __init__(self, article: Article, reason: str, detail: str) -> None:
        self.article = article
        self.reason = reason
        self.detail = detail
