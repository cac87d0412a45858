"""The FastAPI application: the JSON API under ``/api`` and the dashboard at ``/``."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.routing import APIRoute

from hadath import __version__
from hadath.api.deps import EventSource
from hadath.api.routes import api_router
from hadath.api.sqlite_source import SqliteEventSource

logger = logging.getLogger(__name__)

DASHBOARD_DIR = Path(__file__).resolve().parent.parent / "dashboard"


def _operation_id(route: APIRoute) -> str:
    """Stable OpenAPI operation ids (``events-list_events``) for generated clients."""
    return f"{route.tags[0]}-{route.name}" if route.tags else route.name


def create_app(db_path: str, *, open_source: Callable[[str], EventSource] = SqliteEventSource) -> FastAPI:
    """Build the API and dashboard over one event store.

    Args:
        db_path: The SQLite store written by ``hadath run --db``.
        open_source: How to open it; the default reads the file with plain SQL.

    Returns:
        The app; the store is opened when it starts and closed when it stops.
    """

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # Opened once per process, not per request: requests share the read-only source.
        app.state.source = open_source(db_path)
        logger.info("serving %s", db_path)
        try:
            yield
        finally:
            app.state.source.close()

    app = FastAPI(
        title="Hadath",
        summary="Arabic news as event data: who did what to whom, where and when.",
        version=__version__,
        lifespan=lifespan,
        generate_unique_id_function=_operation_id,
    )
    app.include_router(api_router)
    # fallback=None: an unknown path is a 404, not the dashboard; the page routes by #hash.
    app.frontend("/", directory=DASHBOARD_DIR, fallback=None)
    return app
