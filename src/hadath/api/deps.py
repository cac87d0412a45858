"""What the routes need from storage, and how a request gets it.

Routes are written against :class:`EventSource`, a small protocol, so that the SQLite
reader here, the project store, or a test double can stand behind them. The source is
opened once in the app's ``lifespan`` and kept in ``app.state.source``.
"""

from __future__ import annotations

from typing import Annotated, Any, Protocol

from fastapi import Depends, Request

from hadath.api.filters import EventFilter


class EventSource(Protocol):
    """Read access to stored articles and events, as plain JSON-ready dicts."""

    def list_events(self, filters: EventFilter) -> tuple[list[dict[str, Any]], int]:
        """One page of events matching ``filters`` and the total number that match."""
        ...

    def get_event(self, event_id: int) -> dict[str, Any] | None:
        """One event by id, or None."""
        ...

    def get_article(self, key: str) -> dict[str, Any] | None:
        """One article by numeric id or document id, with its events, or None."""
        ...

    def stats(self) -> dict[str, Any]:
        """Counts of articles and events, events by type and by day."""
        ...

    def close(self) -> None:
        """Release the connection."""
        ...


def get_source(request: Request) -> EventSource:
    """The source the app opened at start-up (overridable in tests)."""
    return request.app.state.source


SourceDep = Annotated[EventSource, Depends(get_source)]
