"""What a request gets from the app: a store of the pool, and the ingestion guard.

The app keeps a small pool of open stores (:class:`StorePool`): a SQLite or pg8000
connection serves one request at a time, and routes run on a thread pool, so each
request borrows a store and gives it back. Reads go through :class:`~hadath.store.read.Reader`.
"""

from __future__ import annotations

import contextlib
import logging
import secrets
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Annotated

import anyio
from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.concurrency import run_in_threadpool

from hadath.errors import StoreError
from hadath.store import POSTGRES_SCHEMES, Store, open_store
from hadath.store.db import SqliteDatabase
from hadath.store.read import Reader

logger = logging.getLogger(__name__)

DEFAULT_POOL_SIZE = 8


def require_store(target: str) -> None:
    """Refuse a SQLite path that holds no Hadath store: serving never creates or converts a file.

    A PostgreSQL URL is taken as given (opening it migrates its schema, as ``hadath run`` does).

    Raises:
        StoreError: no such file, or a file without the store's tables.
    """
    if target.startswith(POSTGRES_SCHEMES) or target == ":memory:":
        return
    path = Path(target.removeprefix("sqlite:///"))
    if not path.is_file():
        raise StoreError(f"{path}: no such database file (make one with hadath run)")
    if path.stat().st_size == 0 or not _has_articles(path):
        raise StoreError(f"{path}: not a Hadath store (no articles table)")


def _has_articles(path: Path) -> bool:
    try:
        db = SqliteDatabase(path)
    except (*SqliteDatabase.errors, OSError):  # not SQLite at all
        return False
    try:
        return bool(db.query("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'articles'"))
    except db.errors:
        return False
    finally:
        db.close()


class StorePool:
    """Up to ``size`` open stores over one target, each lent to one request at a time.

    Stores are opened when first needed (the first at once, so a bad target fails at
    start-up); one that failed a query is closed rather than lent again, since its
    connection may be gone. Waiting for a store happens on the event loop, never on a
    worker thread: threads blocked on the pool would starve the routes that hold its stores.
    Create it inside the running app (its ``lifespan``).
    """

    def __init__(self, target: str, size: int = DEFAULT_POOL_SIZE) -> None:
        require_store(target)
        self.target = target
        # ":memory:" is a new database per connection: the pool must share its one store.
        self._slots = anyio.Semaphore(1 if target == ":memory:" else size)
        self._idle: list[Store] = [open_store(target)]

    @contextlib.asynccontextmanager
    async def lend(self) -> AsyncIterator[Store]:
        """Borrow a store for the length of the block."""
        async with self._slots:
            store = self._idle.pop() if self._idle else await run_in_threadpool(open_store, self.target)
            broken = False
            try:
                yield store
            except StoreError:
                broken = True
                raise
            finally:
                if broken:
                    store.close()
                else:
                    self._idle.append(store)

    def close(self) -> None:
        """Close every idle store (call when no request is running)."""
        while self._idle:
            self._idle.pop().close()


async def _pool(request: Request) -> StorePool:
    return request.app.state.pool


async def get_store(pool: Annotated[StorePool, Depends(_pool)]) -> AsyncIterator[Store]:
    """A store borrowed from the app's pool for one request."""
    async with pool.lend() as store:
        yield store


async def get_reader(store: Annotated[Store, Depends(get_store)]) -> Reader:
    """The read queries over the borrowed store."""
    return Reader(store.db)


StoreDep = Annotated[Store, Depends(get_store)]
ReaderDep = Annotated[Reader, Depends(get_reader)]

_bearer = HTTPBearer(
    auto_error=False, description="The token set by HADATH_API_TOKEN (or create_app(token=...))."
)


def require_token(
    request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
) -> None:
    """Let a request through only with the configured bearer token; writing is off without one.

    Raises:
        HTTPException: 403 when no token is configured or the token is wrong, 401 when none is sent.
    """
    expected: str | None = request.app.state.token
    if not expected:
        raise HTTPException(403, "ingestion is disabled: start the server with HADATH_API_TOKEN set")
    if credentials is None:
        raise HTTPException(401, "send Authorization: Bearer <token>", headers={"WWW-Authenticate": "Bearer"})
    # compare_digest: the time taken does not tell how much of a guess was right.
    if not secrets.compare_digest(credentials.credentials.encode(), expected.encode()):
        raise HTTPException(403, "wrong token")


TokenDep = Depends(require_token)
