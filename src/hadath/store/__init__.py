"""The only output I/O: the event store.

``open_store`` picks the backend from a path or URL. SQLite (a file path, or a
``sqlite:///path`` URL) is the embedded default and needs no service; a
``postgresql://`` URL opens the PostgreSQL store. Both are a :class:`Store` with the
same methods, schema and migrations.
"""

from __future__ import annotations

from pathlib import Path

from hadath.errors import ConfigError
from hadath.store.base import SaveResult, Store, StoreOptions, content_hash
from hadath.store.postgres import PostgresStore
from hadath.store.sqlite import SqliteStore

POSTGRES_SCHEMES: tuple[str, ...] = ("postgresql://", "postgres://")


def open_store(url_or_path: str | Path, *, data_hash: str = "", options: StoreOptions | None = None) -> Store:
    """Open (creating and migrating if needed) the store a path or URL names.

    Args:
        url_or_path: ``hadath.db``, ``sqlite:///data/hadath.db``, ``:memory:`` or
            ``postgresql://user@host/dbname``.
        data_hash: hash of the knowledge base that codes what will be saved.
        options: how saved articles are deduplicated (the shipped settings by default).

    Raises:
        ConfigError: the URL names a backend that is not available.
        StoreError: the database cannot be opened or migrated.
    """
    target = str(url_or_path)
    if target.startswith(POSTGRES_SCHEMES):
        return PostgresStore(target, data_hash=data_hash, options=options)
    if target.startswith("sqlite:///"):
        target = target.removeprefix("sqlite:///")
    elif "://" in target:
        # Only the scheme is echoed: the rest may carry a password.
        scheme = target.split("://", 1)[0]
        raise ConfigError(
            f"{scheme}://: unknown store URL scheme; give a SQLite file path or a postgresql:// URL"
        )
    return SqliteStore(target, data_hash=data_hash, options=options)


__all__ = [
    "PostgresStore",
    "SaveResult",
    "SqliteStore",
    "Store",
    "StoreOptions",
    "content_hash",
    "open_store",
]
