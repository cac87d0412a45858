"""``/api/truces``: declared truces, their reported violations, daily series and accusations.

Truces are the shipped ones and those in ``$HADATH_TRUCE_DIR`` (``hadath truce add``). A
truce's report is computed from the store and kept while the store does not change (its
event count and highest ids are the key), so the pages and aggregates of one truce share it.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Path, Query
from pydantic import BaseModel, ConfigDict, Field

from hadath.api.deps import StoreDep
from hadath.api.schemas import Message
from hadath.api.truce_schemas import (
    AccusationOut,
    OffsetPage,
    TruceAggregate,
    TruceDetail,
    TruceList,
    ViolationOut,
)
from hadath.store import Store
from hadath.truce.load import Truce, load_truces
from hadath.truce.schema import TRUCE_ID
from hadath.truce.violations import Monitor

router = APIRouter(prefix="/api/truces", tags=["truces"])
NOT_FOUND = {404: {"model": Message}}
CACHE_SIZE = 16

TruceId = Annotated[str, Path(pattern=TRUCE_ID, description="A truce id (GET /api/truces).")]


class ReportFilters(BaseModel):
    """Which reported violations count."""

    model_config = ConfigDict(extra="forbid")

    min_sources: int | None = Field(None, ge=1, le=1_000_000, description="Fewest independent sources.")
    min_confidence: float | None = Field(
        None, ge=0, le=1, description="Lowest confidence of the best report."
    )


class ViolationQuery(ReportFilters):
    """``GET /api/truces/{id}/violations``."""

    side: str | None = Field(None, max_length=60, description="A side's id, or `unattributed`.")
    day: str | None = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$", description="One day, YYYY-MM-DD.")
    modality: Literal["asserted", "claimed"] | None = None
    limit: int = Field(50, ge=1, le=500)
    offset: int = Field(0, ge=0, le=1_000_000)


class AccusationQuery(ReportFilters):
    """``GET /api/truces/{id}/accusations``."""

    kind: Literal["accusation", "denial", "statement"] | None = None
    origin: Literal["event", "negated_event", "quote"] | None = None
    violation: int | None = Field(
        None, ge=1, le=2**31 - 1, description="Only those linked to this violation."
    )
    limit: int = Field(50, ge=1, le=500)
    offset: int = Field(0, ge=0, le=1_000_000)


class AggregateQuery(ReportFilters):
    """``GET /api/truces/{id}/aggregates``."""

    by: Literal["day", "party", "place"] = Field(
        description="day (the daily series), party (per side, unattributed apart) or place."
    )


class _Reports:
    """Truce reports kept per (truce, filters, state of the store), a few at a time."""

    def __init__(self, size: int = CACHE_SIZE) -> None:
        self.size = size
        self.lock = threading.Lock()
        self.kept: OrderedDict[tuple[Any, ...], dict[str, Any]] = OrderedDict()

    def get(self, store: Store, truce: Truce, filters: ReportFilters) -> dict[str, Any]:
        state = store.db.query(
            "SELECT (SELECT COUNT(*) FROM events) AS n, (SELECT MAX(id) FROM events) AS e, "
            "(SELECT MAX(id) FROM clusters) AS c, (SELECT MAX(id) FROM articles) AS a"
        )[0]
        stamp = truce.path.stat().st_mtime_ns if truce.path.exists() else 0
        key = (store.db.label, truce.id, str(truce.path), stamp, filters.min_sources, filters.min_confidence,
               tuple(state.values()))  # fmt: skip
        with self.lock:
            if key in self.kept:
                self.kept.move_to_end(key)
                return self.kept[key]
        monitor = Monitor(
            store.db, truce, min_sources=filters.min_sources, min_confidence=filters.min_confidence
        )
        report = monitor.report()
        report["aggregates"] = {by: monitor.aggregate(by, report["violations"]) for by in ("party", "place")}
        with self.lock:
            self.kept[key] = report
            while len(self.kept) > self.size:
                self.kept.popitem(last=False)
        return report


_reports = _Reports()


def _truce(truce_id: str) -> Truce:
    truce = load_truces(strict=False).get(truce_id)
    if truce is None:
        raise HTTPException(404, f"no truce {truce_id}")
    return truce


def _page(rows: list[dict[str, Any]], limit: int, offset: int) -> dict[str, Any]:
    following = offset + limit if offset + limit < len(rows) else None
    return {"data": rows[offset : offset + limit], "total": len(rows), "limit": limit, "offset": offset,
            "next_offset": following}  # fmt: skip


@router.get("", response_model=TruceList)
def list_truces() -> TruceList:
    """Every declared truce (shipped, and added with ``hadath truce add``), by id."""
    return TruceList.model_validate({"data": [t.summary() for t in load_truces(strict=False).values()]})


@router.get("/{truce_id}", response_model=TruceDetail, responses=NOT_FOUND)
def get_truce(store: StoreDep, truce_id: TruceId, filters: Annotated[ReportFilters, Query()]) -> TruceDetail:
    """A truce and its totals: reported violations per side and modality, days with data, quiet days."""
    truce = _truce(truce_id)
    report = _reports.get(store, truce, filters)
    return TruceDetail.model_validate({**truce.summary(), "summary": report["summary"]})


@router.get("/{truce_id}/violations", response_model=OffsetPage[ViolationOut], responses=NOT_FOUND)
def list_violations(
    store: StoreDep, truce_id: TruceId, query: Annotated[ViolationQuery, Query()]
) -> OffsetPage[ViolationOut]:
    """Reported violations, one per canonical event, by day: each with its sources, sides and modality."""
    truce = _truce(truce_id)
    rows = _reports.get(store, truce, query)["violations"]
    if query.side == "unattributed":
        rows = [v for v in rows if not v["attributed"]]
    elif query.side is not None:
        rows = [v for v in rows if query.side in v["sides"]]
    if query.day is not None:
        rows = [v for v in rows if v["day"] == query.day]
    if query.modality is not None:
        rows = [v for v in rows if v["modality"] == query.modality]
    return OffsetPage[ViolationOut].model_validate(_page(rows, query.limit, query.offset))


@router.get("/{truce_id}/accusations", response_model=OffsetPage[AccusationOut], responses=NOT_FOUND)
def list_accusations(
    store: StoreDep, truce_id: TruceId, query: Annotated[AccusationQuery, Query()]
) -> OffsetPage[AccusationOut]:
    """Accusations, denials and statements about the truce ("he said, she said"), each with the violations it is about."""
    truce = _truce(truce_id)
    rows = _reports.get(store, truce, query)["accusations"]
    if query.kind is not None:
        rows = [a for a in rows if a["kind"] == query.kind]
    if query.origin is not None:
        rows = [a for a in rows if a["origin"] == query.origin]
    if query.violation is not None:
        rows = [a for a in rows if query.violation in a["violations"]]
    return OffsetPage[AccusationOut].model_validate(_page(rows, query.limit, query.offset))


@router.get("/{truce_id}/aggregates", response_model=TruceAggregate, responses=NOT_FOUND)
def aggregate_truce(
    store: StoreDep, truce_id: TruceId, query: Annotated[AggregateQuery, Query()]
) -> TruceAggregate:
    """Reported violations by day (with per-side counts and quiet days), by party or by place (with coordinates)."""
    truce = _truce(truce_id)
    report = _reports.get(store, truce, query)
    if query.by == "day":
        return TruceAggregate.model_validate({"by": "day", "days": report["series"]})
    return TruceAggregate.model_validate({"by": query.by, "buckets": report["aggregates"][query.by]})
