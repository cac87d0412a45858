"""``/api/events``: canonical events (one per real-world event) with filters, sort and cursor pages."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query

from hadath.api.deps import ReaderDep
from hadath.api.filters import EventsPageQuery
from hadath.api.schemas import CanonicalEvent, EventDetail, Message, Page

router = APIRouter(prefix="/api/events", tags=["events"])


@router.get("", response_model=Page[CanonicalEvent], responses={400: {"model": Message}})
def list_events(reader: ReaderDep, query: Annotated[EventsPageQuery, Query()]) -> Page[CanonicalEvent]:
    """Canonical events matching every given filter, each shown by its founding mention.

    Actor, recipient, country-of-party, sector and text filters hold when any mention of the
    event matches; the others apply to the event itself.
    """
    page = reader.events(
        query.to_filters(), sort=query.sort, limit=query.limit, cursor=query.cursor, total=query.total
    )
    return Page[CanonicalEvent](data=page.rows, next=page.next, total=page.total)


@router.get("/{event_id}", response_model=EventDetail, responses={404: {"model": Message}})
def get_event(reader: ReaderDep, event_id: int) -> EventDetail:
    """One canonical event and every mention of it, with spans as offsets into each article."""
    event = reader.event(event_id)
    if event is None:
        raise HTTPException(404, f"no event {event_id}")
    return EventDetail.model_validate(event)
