"""The migration runner: order, once only, and whole-or-nothing per migration."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from hadath.errors import StoreError
from hadath.store import SqliteStore
from hadath.store.migrate import current_version, list_migrations, migrate, shipped_migrations


def _connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


def test_migrate_shipped_applied_once(tmp_path: Path) -> None:
    SqliteStore(tmp_path / "h.db").close()
    with SqliteStore(tmp_path / "h.db") as store:
        rows = store.conn.execute("SELECT version, name FROM schema_version").fetchall()
    assert [tuple(r) for r in rows] == [(1, "0001_init.sql")]


def test_migrate_shipped_files_are_numbered_from_one() -> None:
    versions = [m.version for m in list_migrations(shipped_migrations())]
    assert versions == list(range(1, len(versions) + 1))


def test_migrate_applies_in_order_and_only_pending(tmp_path: Path) -> None:
    folder = tmp_path / "migrations"
    folder.mkdir()
    (folder / "0002_more.sql").write_text("ALTER TABLE t ADD COLUMN b TEXT;")
    (folder / "0001_first.sql").write_text("CREATE TABLE t (a TEXT);")
    (folder / "notes.txt").write_text("not a migration")
    conn = _connect(tmp_path / "m.db")
    assert migrate(conn, folder) == [1, 2]
    assert migrate(conn, folder) == []
    (folder / "0003_third.sql").write_text("CREATE TABLE u (x INTEGER);")
    assert migrate(conn, folder) == [3]
    assert current_version(conn) == 3


def test_migrate_failure_rolls_back_that_migration(tmp_path: Path) -> None:
    folder = tmp_path / "migrations"
    folder.mkdir()
    (folder / "0001_first.sql").write_text("CREATE TABLE t (a TEXT);")
    (folder / "0002_broken.sql").write_text("CREATE TABLE half (a TEXT);\nTHIS IS NOT SQL;")
    conn = _connect(tmp_path / "m.db")
    with pytest.raises(StoreError, match=r"0002_broken\.sql"):
        migrate(conn, folder)
    assert current_version(conn) == 1
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "t" in tables
    assert "half" not in tables
    assert not conn.in_transaction


def test_migrate_duplicate_version_is_an_error(tmp_path: Path) -> None:
    folder = tmp_path / "migrations"
    folder.mkdir()
    (folder / "0001_a.sql").write_text("SELECT 1;")
    (folder / "0001_b.sql").write_text("SELECT 1;")
    with pytest.raises(StoreError, match="defined twice"):
        list_migrations(folder)
