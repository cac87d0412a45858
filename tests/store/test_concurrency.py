"""Concurrent writers on both backends: nothing stored twice, nothing lost.

Several threads, each with its own connection, open a new store at once (so migrations
race too) and save the same articles; SQLite's file lock and PostgreSQL's advisory locks
must make every article land exactly once. One test uses real processes on SQLite.
"""

from __future__ import annotations

import dataclasses
import multiprocessing
import threading
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from hadath.model import Article
from hadath.store import open_store
from hadath.store.migrate import list_migrations, shipped_migrations

from .conftest import TEXT, build_article, table_counts

WRITERS = 4
ARTICLES = 6


def _articles() -> list[Article]:
    articles = [
        build_article(f"doc-{i}", text=f"{TEXT} وتابع الوزير الحديث في اليوم {i}.") for i in range(ARTICLES)
    ]
    for article in articles:  # dated to the day, so that the copies' events are compared
        article.events = [dataclasses.replace(e, date_precision="day") for e in article.events]
    return articles


def _write_all(target: str, results: list[str], errors: list[BaseException]) -> None:
    try:
        with open_store(target) as store:
            results.extend(store.save(article) for article in _articles())
    except BaseException as err:  # reported by the main thread
        errors.append(err)


def test_concurrent_writers_store_each_article_once(store_target: str) -> None:
    results: list[str] = []
    errors: list[BaseException] = []
    threads = [
        threading.Thread(target=_write_all, args=(store_target, results, errors)) for _ in range(WRITERS)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    assert Counter(results) == {"added": ARTICLES, "unchanged": ARTICLES * (WRITERS - 1)}
    with open_store(store_target) as store:
        assert table_counts(store)["articles"] == ARTICLES
        assert store.count_events() == ARTICLES
        # Six copies of one report, saved by racing writers, are one canonical event.
        assert store.db.query("SELECT mentions FROM clusters") == [{"mentions": ARTICLES}]
        assert len(store.db.query("SELECT version FROM schema_version")) == len(
            list_migrations(shipped_migrations())
        )


def test_concurrent_replacements_keep_one_version_per_url(
    store_target: str, make_article: Callable[..., Article]
) -> None:
    url = "https://example.org/live"
    versions = [make_article(f"v{i}", text=f"{TEXT} تحديث رقم {i}.", url=url) for i in range(WRITERS)]
    open_store(store_target).close()
    errors: list[BaseException] = []

    def save(article: Article) -> None:
        try:
            with open_store(store_target) as store:
                for _ in range(3):
                    store.save(article)
        except BaseException as err:
            errors.append(err)

    threads = [threading.Thread(target=save, args=(v,)) for v in versions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    with open_store(store_target) as store:
        assert table_counts(store) == {
            "articles": 1,
            "events": 1,
            "event_actors": 2,
            "quotes": 1,
            "entities": 3,
        }


def _process_writer(target: str) -> None:
    with open_store(target) as store:
        for article in _articles():
            store.save(article)


def test_two_processes_on_one_sqlite_file(tmp_path: Path) -> None:
    target = str(tmp_path / "shared.db")
    context = multiprocessing.get_context("fork")
    workers = [context.Process(target=_process_writer, args=(target,)) for _ in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=60)
    assert [w.exitcode for w in workers] == [0, 0]
    with open_store(target) as store:
        assert table_counts(store)["articles"] == ARTICLES
