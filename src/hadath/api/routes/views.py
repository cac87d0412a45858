"""``/api/timeline`` and ``/api/map``: what the dashboard's timeline and map draw, aggregated
on the server so that a page never reads the events themselves."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from hadath.api.deps import ReaderDep
from hadath.api.filters import MapQuery, TimelineQuery
from hadath.api.schemas import MapPoints, Timeline

router = APIRouter(prefix="/api", tags=["views"])


@router.get("/timeline", response_model=Timeline)
def timeline(reader: ReaderDep, query: Annotated[TimelineQuery, Query()]) -> Timeline:
    """Canonical events matching the filters of ``/api/events`` per day, week or month, split by
    type or quad class."""
    return Timeline.model_validate(reader.timeline(query.to_filters(), by=query.by, interval=query.interval))


@router.get("/map", response_model=MapPoints)
def map_points(reader: ReaderDep, query: Annotated[MapQuery, Query()]) -> MapPoints:
    """Placed canonical events matching the filters, clustered into grid cells of ``cell`` degrees.

    Pass the visible area as ``bbox`` and a cell of a few dozen pixels' worth of degrees: the
    answer then has at most one point per cell on screen, whatever the number of events.
    """
    data = reader.map_points(query.to_filters(), cell=query.cell, limit=query.limit)
    return MapPoints.model_validate(data)
