import gc
import weakref

import pytest

import hadath.pipeline as pipeline_module
from hadath.errors import ConfigError
from hadath.model import Article
from hadath.pipeline import BATCH_GC_THRESHOLD, Pipeline, PipelineFailure, Stage
from hadath.text.sentences import SentenceSplitter
from hadath.text.tokens import Tokenizer


class Boom(Stage):
    name = "boom"

    def process(self, article: Article) -> Article:
        raise ValueError("broken on purpose")


def test_pipeline_checks_stage_order() -> None:
    with pytest.raises(ConfigError, match="tokens"):
        Pipeline([Tokenizer(), SentenceSplitter()])


def test_pipeline_runs_on_text_and_counts() -> None:
    pipe = Pipeline([SentenceSplitter(), Tokenizer()])
    article = pipe("جملة أولى. جملة ثانية.", published="2016-09-20")
    assert len(article.sentences) == 2
    assert pipe.stage_stats()["tokens"].counts["tokens"] == 6


def test_a_stage_is_found_by_its_class() -> None:
    splitter, tokenizer = SentenceSplitter(), Tokenizer()
    pipe = Pipeline([splitter, tokenizer])
    assert pipe.stage(Tokenizer) is tokenizer
    with pytest.raises(ConfigError, match="Boom"):
        pipe.stage(Boom)


def test_pipeline_skip_policy_yields_failures_and_goes_on() -> None:
    pipe = Pipeline([Boom()], on_error="skip")
    results = list(pipe.pipe([Article("a", "نص"), Article("b", "نص")]))
    assert all(isinstance(r, PipelineFailure) and r.reason == "pipeline_error" for r in results)
    assert pipe.stats.counts["failed_pipeline_error"] == 2


def test_pipeline_raise_policy_raises() -> None:
    with pytest.raises(ValueError, match="on purpose"):
        list(Pipeline([Boom()]).pipe([Article("a", "نص")]))


def test_default_pipeline_codes_events(tiny_pipeline) -> None:
    article = tiny_pipeline("التقى كيري لافروف في نيويورك اليوم.", published="2016-09-20")
    (event,) = article.events
    assert (event.event_type, event.date, event.location.name) == ("CONSULT", "2016-09-20", "New York City")


class GcProbe(Stage):
    """Records the collector's threshold and frozen count while an article is processed."""

    name = "gc_probe"

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[int, int]] = []

    def process(self, article: Article) -> Article:
        self.seen.append((gc.get_threshold()[0], gc.get_freeze_count()))
        return article


def test_a_batch_raises_the_collector_threshold_and_restores_it() -> None:
    before = gc.get_threshold()
    probe = GcProbe()
    list(Pipeline([probe]).pipe([Article("a", "نص"), Article("b", "نص")]))
    assert all(threshold >= BATCH_GC_THRESHOLD and frozen > 0 for threshold, frozen in probe.seen)
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0


def test_a_batch_left_early_or_nested_restores_the_collector_once() -> None:
    before = gc.get_threshold()
    outer, inner = Pipeline([GcProbe()]), Pipeline([GcProbe()])
    batch = outer.pipe([Article("a", "نص"), Article("b", "نص")])
    next(batch)
    list(inner.pipe([Article("c", "نص")]))  # a batch inside a batch leaves the settings alone
    assert gc.get_threshold()[0] >= BATCH_GC_THRESHOLD
    batch.close()  # the caller stops early
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0


def test_interleaved_batches_restore_the_collector_when_the_last_ends() -> None:
    before = gc.get_threshold()
    first, second = (Pipeline([GcProbe()]).pipe([Article(k, "نص"), Article(k + "2", "نص")]) for k in "ab")
    next(first)
    next(second)
    first.close()
    assert gc.get_threshold()[0] >= BATCH_GC_THRESHOLD  # the second batch is still running
    second.close()
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0


class LeftAliveProbe(Stage):
    """Leaves a list alive per article and, at the next article, tells whether the collector
    still tracks it in a generation (``gc.get_objects()`` lists no frozen object)."""

    name = "left_alive_probe"

    def __init__(self) -> None:
        super().__init__()
        self.kept: list[list[str]] = []
        self.frozen: list[bool] = []

    def process(self, article: Article) -> Article:
        if self.kept:
            last = self.kept[-1]
            self.frozen.append(not any(obj is last for obj in gc.get_objects()))
        self.kept.append([article.doc_id])
        return article


def test_what_an_article_leaves_alive_is_frozen_before_the_next() -> None:
    probe = LeftAliveProbe()
    list(Pipeline([probe]).pipe([Article("a", "نص"), Article("b", "نص"), Article("c", "نص")]))
    assert probe.frozen == [True, True]


class _Cycle:
    def __init__(self) -> None:
        self.me = self


class CycleMaker(Stage):
    """Leaves a reference cycle behind per article and checks whether earlier ones were freed."""

    name = "cycle_maker"

    def __init__(self) -> None:
        super().__init__()
        self.made: list[weakref.ref[_Cycle]] = []

    def process(self, article: Article) -> Article:
        self.made.append(weakref.ref(_Cycle()))
        return article


def test_a_long_batch_still_frees_cycles_now_and_then(monkeypatch) -> None:
    monkeypatch.setattr(pipeline_module, "FULL_COLLECTION_EVERY", 2)
    monkeypatch.setattr(pipeline_module._OPEN_BATCHES, "settled", 0)  # earlier batches counted too
    monkeypatch.setattr(pipeline_module._OPEN_BATCHES, "stretch", 1)
    maker = CycleMaker()
    batch = Pipeline([maker]).pipe([Article(k, "نص") for k in "abcd"])
    next(batch)
    assert maker.made[0]() is not None  # frozen with the first article, not collected yet
    next(batch)
    assert maker.made[0]() is None and maker.made[1]() is None  # the full collection after two
    batch.close()


class CollectionCounter(Stage):
    """Counts the full collections run while it is in a batch."""

    name = "collection_counter"

    def __init__(self) -> None:
        super().__init__()
        self.collections = 0
        gc.callbacks.append(self._seen)

    def _seen(self, phase: str, info: dict[str, int]) -> None:
        if phase == "stop" and info["generation"] == 2:
            self.collections += 1

    def process(self, article: Article) -> Article:
        return article


def test_a_full_collection_that_frees_nothing_waits_longer_for_the_next(monkeypatch) -> None:
    monkeypatch.setattr(pipeline_module, "FULL_COLLECTION_EVERY", 2)
    monkeypatch.setattr(pipeline_module, "FULL_COLLECTION_MOST_STRETCH", 4)
    monkeypatch.setattr(pipeline_module._OPEN_BATCHES, "settled", 0)
    monkeypatch.setattr(pipeline_module._OPEN_BATCHES, "stretch", 1)
    gc.collect()  # what earlier tests left, so that the batch's own collections find nothing
    counter = CollectionCounter()
    try:
        # after articles 2, 6 (a wait of 4) and 14 (8, the most), then every 8
        list(Pipeline([counter]).pipe([Article(str(k), "نص") for k in range(22)]))
    finally:
        gc.callbacks.remove(counter._seen)
    assert counter.collections == 4
    assert pipeline_module._OPEN_BATCHES.stretch == 4


def test_a_full_collection_that_frees_cycles_keeps_the_short_wait(monkeypatch) -> None:
    monkeypatch.setattr(pipeline_module, "FULL_COLLECTION_EVERY", 2)
    monkeypatch.setattr(pipeline_module._OPEN_BATCHES, "settled", 0)
    monkeypatch.setattr(pipeline_module._OPEN_BATCHES, "stretch", 1)
    maker = CycleMaker()
    list(Pipeline([maker]).pipe([Article(str(k), "نص") for k in range(6)]))
    assert pipeline_module._OPEN_BATCHES.stretch == 1
    assert all(made() is None for made in maker.made[:4])  # collected after articles 2 and 4
