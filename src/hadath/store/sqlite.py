"""The embedded event store: one SQLite file, no service to run.

WAL mode lets readers (``hadath serve``) work while a run writes; ``BEGIN IMMEDIATE`` with a
busy timeout makes concurrent writers, in threads or processes, wait their turn instead of
failing. The logic shared with PostgreSQL lives in :mod:`hadath.store.base`.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from hadath.errors import StoreError
from hadath.store.base import SaveResult, Store, StoreOptions, content_hash
from hadath.store.db import BUSY_TIMEOUT_MS, SqliteDatabase


class SqliteStore(Store):
    """Articles, events, quotes and entities in one SQLite file (WAL mode).

    Use as a context manager, or call :meth:`close`::

        with SqliteStore("hadath.db", data_hash=kb.data_hash) as store:
            store.save(article)
    """

    db: SqliteDatabase

    def __init__(self, path: str | Path, *, data_hash: str = "", options: StoreOptions | None = None) -> None:
        """Open (creating and migrating if needed) a store file.

        Raises:
            StoreError: the file cannot be opened or migrated.
        """
        try:
            db = SqliteDatabase(path)
        except (sqlite3.Error, OSError) as err:
            raise StoreError(f"{path}: cannot open the store: {err}") from err
        super().__init__(db, data_hash=data_hash, options=options)

    @property
    def path(self) -> str:
        """The database file (or ``:memory:``)."""
        return self.db.path

    @property
    def conn(self) -> sqlite3.Connection:
        """The underlying connection, for read-only SQL of your own."""
        return self.db.conn


__all__ = ["BUSY_TIMEOUT_MS", "SaveResult", "SqliteStore", "content_hash"]
