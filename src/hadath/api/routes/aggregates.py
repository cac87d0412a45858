"""``/api/aggregates``: counts of canonical events by day, type, dyad or place."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from hadath.api.deps import ReaderDep
from hadath.api.filters import AggregateQuery
from hadath.api.schemas import Aggregate

router = APIRouter(prefix="/api/aggregates", tags=["aggregates"])


@router.get("", response_model=Aggregate)
def aggregate(reader: ReaderDep, query: Annotated[AggregateQuery, Query()]) -> Aggregate:
    """Canonical events matching the filters of ``/api/events``, counted by one key."""
    rows = reader.aggregate(query.by, query.to_filters(), limit=query.limit)
    return Aggregate(by=query.by, data=rows)
