"""What deduplication knows of one event mention: a small, comparable view of an Event."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from hadath.model import Actor, Event, Place

# Place precisions fine enough for a distance to mean something (a country's centre does not).
FINE_PRECISIONS = frozenset({"city", "sub-city"})


@dataclass(frozen=True, slots=True)
class PlaceView:
    name: str
    country: str
    lat: float | None
    lon: float | None
    precision: str

    @property
    def fine(self) -> bool:
        return self.precision in FINE_PRECISIONS and self.lat is not None and self.lon is not None


@dataclass(frozen=True, slots=True)
class MentionView:
    """One mention as deduplication compares it.

    ``first_day``/``last_day`` are proleptic ordinals of the days the date covers (one day,
    or a week); ``None`` when the mention has no date precise enough to compare.
    ``actors``/``recipients`` are the casefolded names of knowledge-base actors only:
    generic groups (civilians, gunmen) say nothing about which event it is.
    """

    key: int
    article: int
    event_type: str
    modality: str
    first_day: int | None
    last_day: int | None
    actors: frozenset[str]
    recipients: frozenset[str]
    place: PlaceView | None
    clause: str  # the similarity's stored form
    stems: frozenset[str] = frozenset()  # the clause's content stems
    confidence: float = 0.0

    @property
    def participants(self) -> frozenset[str]:
        return self.actors | self.recipients


def day_range(date: str | None, precision: str) -> tuple[int | None, int | None]:
    """The days an ISO date at a precision covers, as ordinals; months and years are too coarse."""
    if not date:
        return None, None
    try:
        if precision == "day":
            day = dt.date.fromisoformat(date[:10]).toordinal()
            return day, day
        if precision == "week":
            year, week = date.split("-W")
            monday = dt.date.fromisocalendar(int(year), int(week), 1).toordinal()
            return monday, monday + 6
    except ValueError:
        pass
    return None, None


def named(actors: list[Actor]) -> frozenset[str]:
    return frozenset(a.entity.casefold() for a in actors if a.kb_id and a.entity)


def place_view(place: Place | None) -> PlaceView | None:
    if place is None:
        return None
    return PlaceView(place.name, place.country, place.lat, place.lon, place.precision)


def place_of_row(row: Mapping[str, Any]) -> PlaceView | None:
    """The place of an event row, as the store's events table and the Parquet events name it."""
    if not row.get("place_name"):
        return None
    return PlaceView(
        str(row["place_name"]), str(row.get("place_country") or ""), row.get("place_lat"), row.get("place_lon"),
        str(row.get("place_precision") or ""),
    )  # fmt: skip


def view_of(event: Event, key: int, article: int, clause: str, stems: frozenset[str]) -> MentionView:
    """The view of a pipeline Event (``key`` and ``article`` identify it where it is kept)."""
    first, last = day_range(event.date, event.date_precision)
    return MentionView(
        key=key, article=article, event_type=event.event_type, modality=event.modality,
        first_day=first, last_day=last, actors=named(event.actor), recipients=named(event.recipient),
        place=place_view(event.location), clause=clause, stems=stems, confidence=event.confidence,
    )  # fmt: skip
