"""The only output I/O: the event store.

``open_store`` picks the backend from a path or URL. SQLite (a file path, or a
``sqlite:///path`` URL) is the embedded default and needs no service.
"""

from __future__ import annotations

from pathlib import Path

from hadath.errors import ConfigError
from hadath.store.sqlite import SaveResult, SqliteStore

POSTGRES_SCHEMES: tuple[str, ...] = ("postgresql://", "postgres://", "postgresql+psycopg://")


def open_store(url_or_path: str | Path, *, data_hash: str = "") -> SqliteStore:
    """Open (creating and migrating if needed) the store a path or URL names.

    Args:
        url_or_path: ``hadath.db``, ``sqlite:///data/hadath.db`` or ``:memory:``.
        data_hash: hash of the knowledge base that codes what will be saved.

    Raises:
        ConfigError: the URL names a backend that is not available.
        StoreError: the database cannot be opened or migrated.
    """
    target = str(url_or_path)
    if target.startswith(POSTGRES_SCHEMES):
        # The URL may carry a password, so it is not echoed back.
        raise ConfigError("PostgreSQL support is not built yet; give a SQLite file path as the store")
    if target.startswith("sqlite:///"):
        target = target.removeprefix("sqlite:///")
    elif "://" in target:
        raise ConfigError(f"{target}: unknown store URL scheme; give a SQLite file path")
    return SqliteStore(target, data_hash=data_hash)


__all__ = ["SaveResult", "SqliteStore", "open_store"]
