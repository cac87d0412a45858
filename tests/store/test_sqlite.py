"""The SQLite store: round trip, idempotency, URL replacement, atomic writes, queries."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from hadath.errors import ConfigError, StoreError
from hadath.model import Article
from hadath.store import SqliteStore, open_store
from hadath.store.sqlite import content_hash

MakeArticle = Callable[..., Article]


@pytest.fixture
def store(tmp_path: Path) -> SqliteStore:
    with SqliteStore(tmp_path / "h.db", data_hash="kb1") as s:
        yield s


def _table_counts(store: SqliteStore) -> dict[str, int]:
    tables = ("articles", "events", "event_actors", "quotes", "entities")
    return {t: store.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}


def test_sqlite_round_trip_gives_the_same_record(store: SqliteStore, make_article: MakeArticle) -> None:
    article = make_article("doc-1")
    assert store.save(article) == "added"
    back = store.get_article("doc-1")
    assert back is not None
    assert back.to_dict() == article.to_dict()
    ev = back.events[0]
    assert back.text[ev.trigger_start : ev.trigger_end] == "استقبل"
    assert back.text[ev.actor[0].start : ev.actor[0].end] == "وزير الخارجية المصري"


def test_sqlite_get_article_missing_is_none(store: SqliteStore) -> None:
    assert store.get_article("nope") is None


def test_sqlite_pragmas(store: SqliteStore) -> None:
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.conn.execute("PRAGMA busy_timeout").fetchone()[0] > 0


def test_sqlite_resave_adds_nothing(store: SqliteStore, make_article: MakeArticle) -> None:
    store.save(make_article("doc-1"))
    before = _table_counts(store)
    assert store.save(make_article("doc-1")) == "unchanged"
    # The same text under another id and URL is still the same document.
    assert store.save(make_article("copy", url="https://example.org/copy")) == "unchanged"
    assert _table_counts(store) == before == {
        "articles": 1, "events": 1, "event_actors": 2, "quotes": 1, "entities": 3,
    }  # fmt: skip


def test_sqlite_same_url_new_text_replaces(
    store: SqliteStore, make_article: MakeArticle, other_text: str
) -> None:
    url = "https://example.org/news/1"
    store.save(make_article("v1", url=url))
    assert store.save(make_article("v2", text=other_text, url=url)) == "replaced"
    assert store.count_articles() == 1
    assert store.get_article("v1") is None
    assert store.get_article("v2") is not None
    assert _table_counts(store)["event_actors"] == 2  # the old event's rows went with it


def test_sqlite_new_data_hash_recodes(store: SqliteStore, make_article: MakeArticle) -> None:
    store.save(make_article("doc-1"))
    assert store.save(make_article("doc-1"), data_hash="kb2") == "replaced"
    assert store.count_articles() == 1
    row = store.conn.execute("SELECT data_hash FROM articles").fetchone()
    assert row[0] == "kb2"


def test_sqlite_crash_mid_article_leaves_nothing(
    store: SqliteStore, make_article: MakeArticle, monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(*_args: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(store, "_insert_quotes", explode)  # after article and events are written
    with pytest.raises(RuntimeError):
        store.save(make_article("doc-1"))
    assert _table_counts(store) == dict.fromkeys(
        ("articles", "events", "event_actors", "quotes", "entities"), 0
    )
    monkeypatch.undo()
    assert store.save(make_article("doc-1")) == "added"


def test_sqlite_crash_during_replace_keeps_old_version(
    store: SqliteStore, make_article: MakeArticle, monkeypatch: pytest.MonkeyPatch, other_text: str
) -> None:
    url = "https://example.org/news/2"
    store.save(make_article("v1", url=url))

    def explode(*_args: object) -> None:
        raise sqlite3.OperationalError("simulated")

    monkeypatch.setattr(store, "_insert_entities", explode)
    with pytest.raises(StoreError):
        store.save(make_article("v2", text=other_text, url=url))
    assert store.get_article("v1") is not None
    assert store.count_events() == 1


def test_sqlite_content_hash_prefers_ingest_hash(make_article: MakeArticle) -> None:
    article = make_article("doc-1")
    computed = content_hash(article)
    assert len(computed) == 40
    article.meta["content_hash"] = "abc"
    assert content_hash(article) == "abc"


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, 2),
        ({"event_type": "CONSULT"}, 1),
        ({"event_type": "ASSAULT"}, 1),
        ({"actor": "egypt foreign minister"}, 1),
        ({"actor": "Q1"}, 1),
        ({"recipient": "Jordan foreign minister"}, 1),
        ({"actor": "Jordan foreign minister"}, 0),
        ({"actor_country": "JOR"}, 1),
        ({"country": "EGY"}, 1),
        ({"place": "cairo"}, 1),
        ({"date_from": "2024-03-12", "date_to": "2024-03-12"}, 1),
        ({"date_from": "2024-03-13"}, 0),
        ({"modality": "negated"}, 1),
        ({"doc_id": "doc-2"}, 1),
        ({"limit": 1}, 1),
        ({"offset": 1}, 1),
    ],
)
def test_sqlite_events_filters(
    store: SqliteStore, make_article: MakeArticle, filters: dict[str, object], expected: int, other_text: str
) -> None:
    first = make_article("doc-1")
    first.events[0].actor[0].kb_id = "Q1"
    store.save(first)
    second = make_article("doc-2", text=other_text)
    second.events[0].event_type, second.events[0].cameo = "ASSAULT", "190"
    second.events[0].modality = "negated"
    second.events[0].actor, second.events[0].recipient, second.events[0].location = [], [], None
    second.events[0].date = None
    store.save(second)
    assert len(store.events(**filters)) == expected


def test_sqlite_events_rows_carry_article_fields(store: SqliteStore, make_article: MakeArticle) -> None:
    store.save(make_article("doc-1", url="https://example.org/a"))
    (row,) = store.events()
    assert row["doc_id"] == "doc-1"
    assert row["url"] == "https://example.org/a"
    assert row["location"]["name"] == "Cairo"
    assert row["actor"][0]["country"] == "EGY"
    entities = store.conn.execute("SELECT actor_entities FROM events").fetchone()[0]
    assert entities == "|egypt foreign minister|"


def test_sqlite_iter_articles_and_counts(
    store: SqliteStore, make_article: MakeArticle, other_text: str
) -> None:
    store.save(make_article("doc-1"))
    store.save(make_article("doc-2", text=other_text))
    assert [a.doc_id for a in store.iter_articles()] == ["doc-1", "doc-2"]
    assert store.count_events() == 2


def test_sqlite_runs_recorded(store: SqliteStore) -> None:
    run_id = store.start_run(["news/"])
    store.finish_run(run_id, {"read": 3})
    (run,) = store.runs()
    assert run["inputs"] == ["news/"]
    assert run["counts"] == {"read": 3}
    assert run["data_hash"] == "kb1"
    assert run["finished"]


def test_sqlite_reopen_keeps_data(tmp_path: Path, make_article: MakeArticle) -> None:
    with SqliteStore(tmp_path / "h.db") as s:
        s.save(make_article("doc-1"))
    with SqliteStore(tmp_path / "h.db") as s:
        assert s.count_events() == 1
        assert s.save(make_article("doc-1")) == "unchanged"


def test_sqlite_unopenable_path_is_store_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError):
        SqliteStore(blocker / "h.db")


@pytest.mark.parametrize(
    ("target", "expected"),
    [("{tmp}/a.db", "a.db"), ("sqlite:///{tmp}/b.db", "b.db")],
)
def test_open_store_sqlite(tmp_path: Path, target: str, expected: str) -> None:
    with open_store(target.format(tmp=tmp_path)) as s:
        assert Path(s.path).name == expected
    assert (tmp_path / expected).exists()


@pytest.mark.parametrize("url", ["postgresql://u:secret@host/db", "postgres://host/db", "mysql://host/db"])
def test_open_store_other_backends_are_config_errors(url: str) -> None:
    with pytest.raises(ConfigError) as info:
        open_store(url)
    assert "secret" not in str(info.value)
    if url.startswith("postgres"):
        assert "PostgreSQL support is not built yet" in str(info.value)
