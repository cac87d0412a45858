"""The FastAPI application: the JSON API under ``/api`` and the dashboard at ``/``."""

from __future__ import annotations

import logging
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute

from hadath import __version__
from hadath.api.deps import DEFAULT_POOL_SIZE, StorePool
from hadath.api.ingest import MAX_BODY_BYTES, Ingestor, PipelineFactory, default_pipeline
from hadath.api.routes import api_router, truces
from hadath.errors import ConfigError, StoreError
from hadath.store.read import CursorError

logger = logging.getLogger(__name__)

DASHBOARD_DIR = Path(__file__).resolve().parent.parent / "dashboard"
TOKEN_ENV = "HADATH_API_TOKEN"
DB_ENV = "HADATH_DB"
POOL_ENV = "HADATH_POOL_SIZE"


def _operation_id(route: APIRoute) -> str:
    """Stable OpenAPI operation ids (``events-list_events``) for generated clients."""
    return f"{route.tags[0]}-{route.name}" if route.tags else route.name


async def _bad_cursor(request: Request, exc: Exception) -> JSONResponse:
    return JSONResponse({"detail": f"bad cursor: {exc}"}, status_code=400)


async def _store_failed(request: Request, exc: Exception) -> JSONResponse:
    logger.error("%s %s: %s", request.method, request.url.path, exc)
    return JSONResponse({"detail": "the store cannot answer now"}, status_code=503)


def create_app(
    db: str,
    *,
    token: str | None = None,
    pool_size: int = DEFAULT_POOL_SIZE,
    max_body: int = MAX_BODY_BYTES,
    pipeline: PipelineFactory = default_pipeline,
) -> FastAPI:
    """Build the API and dashboard over one event store.

    Args:
        db: The store: a SQLite file written by ``hadath run --db``, or a ``postgresql://`` URL.
        token: The bearer token that allows ``POST /api/articles``; ``$HADATH_API_TOKEN`` when
            not given. Without one the API is read-only.
        pool_size: Stores (connections) open at most, one per request in flight.
        max_body: Largest accepted request body, in bytes.
        pipeline: Builds the pipeline that codes posted articles (on the first post).

    Returns:
        The app; the store pool is opened when it starts (a missing or foreign SQLite file
        raises :class:`StoreError` then) and closed when it stops.
    """

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # Opened once per process, not per request: requests borrow stores from the pool.
        app.state.pool = StorePool(db, pool_size)
        logger.info("serving %s", db)
        try:
            yield
        finally:
            app.state.pool.close()

    app = FastAPI(
        title="Hadath",
        summary="Arabic news as event data: who did what to whom, where and when.",
        version=__version__,
        lifespan=lifespan,
        generate_unique_id_function=_operation_id,
    )
    app.state.token = token if token is not None else os.environ.get(TOKEN_ENV) or None
    app.state.max_body = max_body
    app.state.ingestor = Ingestor(pipeline)
    app.add_exception_handler(CursorError, _bad_cursor)
    app.add_exception_handler(StoreError, _store_failed)
    app.include_router(api_router)
    app.include_router(truces.router)
    # fallback=None: an unknown path is a 404, not the dashboard; the page routes by #hash.
    app.frontend("/", directory=DASHBOARD_DIR, fallback=None)
    return app


def app_from_env() -> FastAPI:
    """The app over the store ``$HADATH_DB`` names (``$HADATH_POOL_SIZE`` connections): the
    factory that worker processes import.

    ``uvicorn --factory hadath.api.app:app_from_env --workers N`` (what ``hadath serve
    --workers N`` runs) starts N processes, each with its own pool, so requests are not
    queued behind one interpreter's lock.

    Raises:
        ConfigError: ``$HADATH_DB`` is not set, or ``$HADATH_POOL_SIZE`` is not a positive number.
    """
    db = os.environ.get(DB_ENV)
    if not db:
        raise ConfigError(f"set {DB_ENV} to the store to serve")
    size = os.environ.get(POOL_ENV, str(DEFAULT_POOL_SIZE))
    if not size.isdigit() or int(size) < 1:
        raise ConfigError(f"{POOL_ENV}={size!r}: give a positive number of connections")
    return create_app(db, pool_size=int(size))
