"""``/api/events``: the event list with filters and paging, and one event."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query

from hadath.api.deps import SourceDep
from hadath.api.filters import EventFilter
from hadath.api.schemas import EventPublic, EventsPage

router = APIRouter(prefix="/api/events", tags=["events"])


@router.get("", response_model=EventsPage)
def list_events(source: SourceDep, filters: Annotated[EventFilter, Query()]) -> EventsPage:
    """Events matching every given filter, newest day first, one page at a time."""
    rows, count = source.list_events(filters)
    return EventsPage(data=[EventPublic.model_validate(r) for r in rows], count=count)


@router.get("/{event_id}", response_model=EventPublic)
def get_event(source: SourceDep, event_id: int) -> EventPublic:
    """One event, with its sentence and every span as offsets into the article text."""
    row = source.get_event(event_id)
    if row is None:
        raise HTTPException(status_code=404, detail=f"no event {event_id}")
    return EventPublic.model_validate(row)
