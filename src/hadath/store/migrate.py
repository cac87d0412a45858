"""A small migration runner: numbered ``.sql`` files applied in order, each in one transaction.

A migration file is named ``NNNN_words.sql`` (``0001_init.sql``); its number is the schema
version it brings the database to. The ``schema_version`` table records each version applied,
so opening a store twice applies nothing the second time, and a migration that fails rolls
back whole, leaving the database at the previous version.

One folder serves both backends. A file ``NNNN_words.sql`` is portable SQL and runs on
both; where the dialects differ, a version has one file per dialect instead,
``NNNN_words.sqlite.sql`` and ``NNNN_words.postgres.sql``, and each backend runs its own.
A version has either one portable file or a file for every dialect, never both. Portable
files use SQLite's spelling of two things PostgreSQL spells otherwise, which the
PostgreSQL backend rewrites as it runs them (see ``hadath.store.postgres.adapt_ddl``).

Each migration runs in a write transaction that re-reads the version first, so two
processes opening a new database at once apply every migration exactly once.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from importlib.resources.abc import Traversable

from hadath.errors import StoreError
from hadath.store.db import Database

logger = logging.getLogger(__name__)

MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+?(?:\.(sqlite|postgres))?\.sql$")
DIALECTS: tuple[str, ...] = ("sqlite", "postgres")
# Writers of the schema take this lock, so concurrent openers migrate one after the other.
MIGRATION_LOCK = "hadath:schema"


@dataclass(frozen=True, slots=True)
class Migration:
    """One numbered schema change."""

    version: int
    name: str
    sql: str


def shipped_migrations() -> Traversable:
    """The folder of migrations that ships inside the package."""
    return resources.files("hadath.store") / "migrations"


def list_migrations(folder: Traversable, dialect: str = "sqlite") -> list[Migration]:
    """The migrations a dialect runs from a folder, ordered by version.

    Raises:
        StoreError: a version defined twice, with both a portable and a dialect file, or
            with dialect files that miss one of :data:`DIALECTS`.
    """
    found: dict[tuple[int, str], Migration] = {}
    for entry in folder.iterdir():
        match = MIGRATION_NAME.match(entry.name)
        if not match:
            continue
        key = (int(match.group(1)), match.group(2) or "")  # "" marks a portable file
        if key in found:
            raise StoreError(f"{entry.name}: migration {key[0]} is defined twice")
        found[key] = Migration(key[0], entry.name, entry.read_text(encoding="utf-8"))
    versions = sorted({version for version, _ in found})
    return [_pick(v, {d: m for (ver, d), m in found.items() if ver == v}, dialect) for v in versions]


def _pick(version: int, files: dict[str, Migration], dialect: str) -> Migration:
    """The file a dialect runs for one version, given that version's files keyed by dialect."""
    if "" in files:
        if len(files) > 1:
            raise StoreError(f"migration {version} is defined twice: a portable file and dialect files")
        return files[""]
    missing = [d for d in DIALECTS if d not in files]
    if missing:
        raise StoreError(f"migration {version} has no file for {', '.join(missing)}")
    return files[dialect]


def current_version(db: Database) -> int:
    """The highest schema version applied to a database (0 for a new one)."""
    rows = db.query("SELECT MAX(version) AS v FROM schema_version")
    return int(rows[0]["v"] or 0)


def migrate(db: Database, folder: Traversable | None = None) -> list[int]:
    """Apply every pending migration in order; returns the versions applied.

    Args:
        db: the database, with no transaction open.
        folder: where the ``.sql`` files are; the shipped ones by default.

    Raises:
        StoreError: a migration failed (it is rolled back, earlier ones stay applied).
    """
    migrations = list_migrations(folder or shipped_migrations(), db.dialect)
    try:
        with db.transaction(locks=(MIGRATION_LOCK,)):
            db.execute(
                "CREATE TABLE IF NOT EXISTS schema_version ("
                "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
            )
        have = current_version(db)
    except db.errors as err:
        raise StoreError(f"{db.label}: cannot read the schema version: {db.describe(err)}") from err
    return [m.version for m in migrations if m.version > have and _apply(db, m)]


def _apply(db: Database, migration: Migration) -> bool:
    """Apply one migration unless another process did meanwhile; whether this call applied it."""
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    try:
        with db.transaction(locks=(MIGRATION_LOCK,)):
            if current_version(db) >= migration.version:
                return False
            db.run_script(migration.sql)
            db.execute(
                "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)",
                (migration.version, migration.name, stamp),
            )
    except db.errors as err:
        raise StoreError(f"{migration.name}: migration failed: {db.describe(err)}") from err
    logger.info("%s: applied migration %s", db.label, migration.name)
    return True
