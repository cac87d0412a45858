"""What only the SQLite backend has: pragmas, file paths, URLs, the FTS5 index, old stores."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from hadath.errors import ConfigError, StoreError
from hadath.model import Article
from hadath.store import SqliteStore, open_store
from hadath.store.base import content_hash
from hadath.store.migrate import list_migrations, migrate, shipped_migrations
from hadath.store.sqlite import BUSY_TIMEOUT_MS

MakeArticle = Callable[..., Article]


@pytest.fixture
def sqlite_store(tmp_path: Path) -> SqliteStore:
    with SqliteStore(tmp_path / "h.db", data_hash="kb1") as s:
        yield s


def test_sqlite_pragmas(sqlite_store: SqliteStore) -> None:
    conn = sqlite_store.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == BUSY_TIMEOUT_MS


def test_sqlite_indexes_serve_the_filters(sqlite_store: SqliteStore) -> None:
    indexes = {r[0] for r in sqlite_store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"events_date", "events_type", "events_place_country", "events_place_name",
            "event_actors_entity", "event_actors_country"} <= indexes  # fmt: skip
    plan = sqlite_store.conn.execute(
        "EXPLAIN QUERY PLAN SELECT 1 FROM events e WHERE lower(e.place_name) = lower(CAST(? AS TEXT))", ("x",)
    ).fetchall()
    assert "events_place_name" in " ".join(str(tuple(r)) for r in plan)


def test_sqlite_fts_index_follows_deletes(sqlite_store: SqliteStore, make_article: MakeArticle) -> None:
    sqlite_store.save(make_article("doc-1", url="https://example.org/x"))
    sqlite_store.save(
        make_article("doc-2", text="أعلنت الوزارة خطة. " + make_article().text, url="https://example.org/x")
    )
    count = sqlite_store.conn.execute(
        "SELECT COUNT(*) FROM article_search WHERE article_search MATCH 'الثلاثاء'"
    )
    assert count.fetchone()[0] == 1
    check = sqlite_store.conn.execute(
        "INSERT INTO article_search (article_search, rank) VALUES ('integrity-check', 1)"
    )
    assert check.fetchall() == []  # raises when the index and the table disagree


def test_sqlite_content_hash_prefers_ingest_hash(make_article: MakeArticle) -> None:
    article = make_article("doc-1")
    computed = content_hash(article)
    assert len(computed) == 40
    article.meta["content_hash"] = "abc"
    assert content_hash(article) == "abc"


def test_sqlite_unopenable_path_is_store_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError):
        SqliteStore(blocker / "h.db")


def test_sqlite_not_a_database_is_store_error(tmp_path: Path) -> None:
    path = tmp_path / "h.db"
    path.write_bytes(b"this is not a database file at all, just some bytes" * 100)
    with pytest.raises(StoreError, match=r"h\.db"):
        SqliteStore(path)


def test_sqlite_version_1_store_gains_search(tmp_path: Path, make_article: MakeArticle) -> None:
    """A store written before search existed is migrated and its articles indexed on open."""
    path = tmp_path / "old.db"
    article = make_article("doc-1")
    with SqliteStore(path) as s:
        s.save(article)
        # Roll the file back to what version 1 held: no search columns, tables or triggers.
        s.conn.executescript(
            "DROP TRIGGER articles_search_insert; DROP TRIGGER articles_search_delete;"
            "DROP TRIGGER articles_search_update; DROP TRIGGER events_search_insert;"
            "DROP TRIGGER events_search_delete; DROP TRIGGER events_search_update;"
            "DROP TABLE article_search; DROP TABLE event_search;"
            "ALTER TABLE articles DROP COLUMN search_terms; ALTER TABLE events DROP COLUMN search_terms;"
            "DROP INDEX event_actors_entity; CREATE INDEX event_actors_entity ON event_actors (entity, role);"
            "DROP INDEX events_place_name; CREATE INDEX events_place_name ON events (place_name);"
            "ALTER TABLE events DROP COLUMN date_precision;"
            "DROP TABLE clusters; DROP TABLE article_bands; DROP TABLE event_keys; DROP INDEX articles_copy_of;"
            "DROP INDEX events_cluster; DROP INDEX events_type_date;"
            "ALTER TABLE articles DROP COLUMN minhash; ALTER TABLE articles DROP COLUMN shingles;"
            "ALTER TABLE articles DROP COLUMN copy_of; ALTER TABLE events DROP COLUMN clause_terms;"
            "ALTER TABLE articles DROP COLUMN copy_similarity; ALTER TABLE events DROP COLUMN cluster_id;"
            "ALTER TABLE events DROP COLUMN cluster_link; ALTER TABLE events DROP COLUMN clause_vector;"
            "DELETE FROM schema_version WHERE version > 1;"
        )
    with SqliteStore(path) as s:
        # Every event of the old store gets its cluster on open.
        assert s.db.query("SELECT COUNT(*) AS n FROM events WHERE cluster_id IS NULL")[0]["n"] == 0
        assert s.db.query("SELECT mentions, sources FROM clusters") == [{"mentions": 1, "sources": 1}]
        assert [h["doc_id"] for h in s.search("بالقاهرة")] == ["doc-1"]
        assert len(s.events(q="القاهرة")) == 1
        assert s.get_article("doc-1").to_dict() == article.to_dict()  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("target", "expected"),
    [("{tmp}/a.db", "a.db"), ("sqlite:///{tmp}/b.db", "b.db")],
)
def test_open_store_sqlite(tmp_path: Path, target: str, expected: str) -> None:
    with open_store(target.format(tmp=tmp_path)) as s:
        assert isinstance(s, SqliteStore)
        assert Path(s.path).name == expected
    assert (tmp_path / expected).exists()


def test_open_store_memory() -> None:
    with open_store(":memory:") as s:
        assert s.count_articles() == 0


@pytest.mark.parametrize("url", ["mysql://u:secret@host/db", "mongodb://secret@host"])
def test_open_store_unknown_scheme_is_config_error(url: str) -> None:
    with pytest.raises(ConfigError, match="unknown store URL scheme") as info:
        open_store(url)
    assert "secret" not in str(info.value)


def test_sqlite_migrate_runs_on_a_plain_database(tmp_path: Path) -> None:
    from hadath.store.db import SqliteDatabase

    db = SqliteDatabase(tmp_path / "m.db")
    shipped = [m.version for m in list_migrations(shipped_migrations())]
    assert migrate(db) == shipped
    assert migrate(db) == []
    assert isinstance(db.conn, sqlite3.Connection)
    db.close()
