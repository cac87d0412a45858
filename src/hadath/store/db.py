"""The thin layer under the store: one connection, its SQL dialect, its transactions.

The store's logic (:mod:`hadath.store.base`) is written once against :class:`Database`;
a backend supplies only what really differs between SQLite and PostgreSQL: how to connect,
how a writer takes its locks, how a migration script runs, and how full-text search is
asked. SQL reaches a database with ``?`` placeholders and bound values, never with values
pasted into the text.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import time
from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, ClassVar, Literal

logger = logging.getLogger(__name__)

SearchKind = Literal["articles", "events"]
BUSY_TIMEOUT_MS = 10_000
WAL_RETRY_S = 0.02


class Database(ABC):
    """One connection in autocommit mode; :meth:`transaction` opens and ends transactions.

    Attributes:
        dialect: ``"sqlite"`` or ``"postgres"``; picks the migration files.
        errors: the driver's exception classes, turned into ``StoreError`` by the store.
        label: what names the database in messages (a path, or a URL without its password).
    """

    dialect: ClassVar[str]
    errors: tuple[type[Exception], ...]
    label: str

    @abstractmethod
    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Run one statement; its rows (if any) as dicts keyed by column name."""

    @abstractmethod
    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        """Run one statement once per row of parameters."""

    @abstractmethod
    def run_script(self, sql: str) -> None:
        """Run several statements (a migration) inside the open transaction."""

    @abstractmethod
    def begin(self, locks: Sequence[str] = ()) -> None:
        """Start a write transaction, holding writers that name one of ``locks`` off until it ends."""

    @abstractmethod
    def match_clause(self, kind: SearchKind, alias: str) -> str:
        """A WHERE clause, with one ``?`` for :meth:`match_expression`, true for rows that match."""

    @abstractmethod
    def match_expression(self, groups: list[list[str]]) -> str:
        """The backend's query text for groups of alternative terms (all groups must match)."""

    @abstractmethod
    def close(self) -> None:
        """Close the connection."""

    def describe(self, err: Exception) -> str:
        """One line for a driver error, as it goes into a ``StoreError``."""
        return str(err)

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        """Run one statement and ignore any rows."""
        self.query(sql, params)

    def commit(self) -> None:
        """End the open transaction, keeping its writes."""
        self.execute("COMMIT")

    def rollback(self) -> None:
        """End the open transaction, dropping its writes; a failure here is only logged."""
        try:
            self.execute("ROLLBACK")
        except self.errors as err:  # the connection may be gone: the server drops the transaction
            logger.warning("%s: rollback failed: %s", self.label, self.describe(err))

    @contextlib.contextmanager
    def transaction(self, locks: Sequence[str] = ()) -> Iterator[None]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        self.begin(locks)
        try:
            yield
        except BaseException:
            self.rollback()
            raise
        self.commit()


def split_statements(script: str) -> list[str]:
    """The statements of a SQL script, cut at each ``;`` that ends one.

    SQLite's own lexer decides where a statement ends, so a ``;`` inside a string, a
    comment or a trigger body does not cut.
    """
    statements: list[str] = []
    buffer = ""
    for piece in script.split(";"):
        buffer += piece + ";"
        if sqlite3.complete_statement(buffer):
            if _has_code(buffer):
                statements.append(buffer)
            buffer = ""
    return statements


def _has_code(statement: str) -> bool:
    lines = (line.split("--", 1)[0] for line in statement.splitlines())
    return bool("".join(lines).strip(" \t\r\n;"))


class SqliteDatabase(Database):
    """A SQLite file in WAL mode with a busy timeout, so several processes can share it."""

    dialect = "sqlite"
    errors: tuple[type[Exception], ...] = (sqlite3.Error,)

    _FTS_TABLES: ClassVar[dict[str, str]] = {"articles": "article_search", "events": "event_search"}

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self.label = self.path
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        # Autocommit mode: this class opens and ends every transaction itself.
        self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        self._enable_wal()
        # In WAL mode NORMAL keeps every commit through a crash of the process (only a power
        # loss may drop the last ones, never corrupting the file), without an fsync per article.
        self.conn.execute("PRAGMA synchronous = NORMAL")
        self.conn.execute("PRAGMA foreign_keys = ON")

    def _enable_wal(self) -> None:
        # Switching a new file to WAL takes an exclusive lock, and SQLite answers "locked" at
        # once, without the busy wait, while another connection opens the same new file.
        deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
        while True:
            try:
                self.conn.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as err:
                if "locked" not in str(err) or time.monotonic() > deadline:
                    raise
                time.sleep(WAL_RETRY_S)

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        return [dict(row) for row in self.conn.execute(sql, tuple(params)).fetchall()]

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        self.conn.executemany(sql, rows)

    def run_script(self, sql: str) -> None:
        # executescript() would commit the open transaction first, so statements go one by one.
        for statement in split_statements(sql):
            self.conn.execute(statement)

    def begin(self, locks: Sequence[str] = ()) -> None:
        # IMMEDIATE takes the file's write lock now: writers queue (busy timeout) instead of
        # failing later when a read transaction tries to upgrade. One lock covers every key.
        self.conn.execute("BEGIN IMMEDIATE")

    def match_clause(self, kind: SearchKind, alias: str) -> str:
        table = self._FTS_TABLES[kind]
        return f"{alias}.id IN (SELECT rowid FROM {table} WHERE {table} MATCH ?)"

    def match_expression(self, groups: list[list[str]]) -> str:
        # Terms are letters and digits only (search.index_terms), so quoting cannot be broken.
        return " AND ".join("(" + " OR ".join(f'"{t}"' for t in group) + ")" for group in groups)

    def close(self) -> None:
        self.conn.close()
