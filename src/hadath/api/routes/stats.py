"""``/api/stats``: counts for the dashboard header and timeline."""

from __future__ import annotations

from fastapi import APIRouter

from hadath.api.deps import ReaderDep
from hadath.api.schemas import StatsPublic

router = APIRouter(prefix="/api/stats", tags=["stats"])


@router.get("", response_model=StatsPublic)
def get_stats(reader: ReaderDep) -> StatsPublic:
    """Articles, mentions and canonical events stored; canonical events by type and by day."""
    return StatsPublic.model_validate(reader.stats())
