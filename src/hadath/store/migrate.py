"""A small migration runner: numbered ``.sql`` files applied in order, each in one transaction.

A migration file is named ``NNNN_words.sql`` (``0001_init.sql``); its number is the schema
version it brings the database to. The ``schema_version`` table records each version applied,
so opening a store twice applies nothing the second time, and a migration that fails rolls
back whole, leaving the database at the previous version.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from importlib.resources.abc import Traversable

from hadath.errors import StoreError

logger = logging.getLogger(__name__)

MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True, slots=True)
class Migration:
    """One numbered schema change."""

    version: int
    name: str
    sql: str


def shipped_migrations() -> Traversable:
    """The folder of migrations that ships inside the package."""
    return resources.files("hadath.store") / "migrations"


def list_migrations(folder: Traversable) -> list[Migration]:
    """The migrations in a folder, ordered by version; two files with one number is an error."""
    found: dict[int, Migration] = {}
    for entry in folder.iterdir():
        match = MIGRATION_NAME.match(entry.name)
        if not match:
            continue
        version = int(match.group(1))
        if version in found:
            raise StoreError(f"{entry.name}: migration {version} is defined twice")
        found[version] = Migration(version, entry.name, entry.read_text(encoding="utf-8"))
    return [found[v] for v in sorted(found)]


def current_version(conn: sqlite3.Connection) -> int:
    """The highest schema version applied to a database (0 for a new one)."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_version ("
        "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    row = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def migrate(conn: sqlite3.Connection, folder: Traversable | None = None) -> list[int]:
    """Apply every pending migration in order; returns the versions applied.

    Args:
        conn: a connection in autocommit mode (``isolation_level=None``), so that this
            function owns the transaction boundaries.
        folder: where the ``.sql`` files are; the shipped ones by default.

    Raises:
        StoreError: a migration failed (it is rolled back, earlier ones stay applied).
    """
    have = current_version(conn)
    applied: list[int] = []
    for migration in list_migrations(folder or shipped_migrations()):
        if migration.version <= have:
            continue
        _apply(conn, migration)
        applied.append(migration.version)
    return applied


def _apply(conn: sqlite3.Connection, migration: Migration) -> None:
    # executescript commits any open transaction first, so BEGIN/COMMIT go inside the script
    # and the version row is written in the same transaction as the schema change.
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    record = (
        "INSERT INTO schema_version (version, name, applied_at) "
        f"VALUES ({migration.version}, '{migration.name}', '{stamp}');"
    )
    try:
        conn.executescript(f"BEGIN IMMEDIATE;\n{migration.sql}\n;{record}\nCOMMIT;")
    except sqlite3.Error as err:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise StoreError(f"{migration.name}: migration failed: {err}") from err
    logger.info("applied migration %s", migration.name)
