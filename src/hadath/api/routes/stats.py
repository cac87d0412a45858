"""``/api/stats``: counts for the dashboard header and timeline."""

from __future__ import annotations

from fastapi import APIRouter

from hadath.api.deps import SourceDep
from hadath.api.schemas import StatsPublic

router = APIRouter(prefix="/api/stats", tags=["stats"])


@router.get("", response_model=StatsPublic)
def get_stats(source: SourceDep) -> StatsPublic:
    """Articles and events stored, events by type and by day."""
    return StatsPublic.model_validate(source.stats())
