"""The query parameters of the API: Pydantic models, each name checked, unknown names rejected.

``extra="forbid"`` makes a misspelt filter (``?tpye=``) a 422 error instead of a silently
unfiltered answer. The models check and normalize values (upper-case codes, parsed
dates and boxes); :mod:`hadath.store.read` takes them as given.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal, Self

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, model_validator

from hadath.kb.schema import SECTORS
from hadath.model import EVENT_TYPES, MODALITIES
from hadath.store.read import EventFilters, filters_from

MAX_TEXT = 200  # longest name or search text accepted
MAX_CURSOR = 500
MAX_COUNT = 1_000_000  # above any count of sources, below what a database integer holds
BBOX_PATTERN = r"^\s*-?\d+(\.\d+)?(\s*,\s*-?\d+(\.\d+)?){3}\s*$"


def _blank_is_none(value: Any) -> Any:
    # An emptied search box sends ``q=``; that means "no filter", not "match nothing".
    if isinstance(value, str):
        if "\x00" in value:
            raise ValueError("text must not contain NUL characters")
        return value.strip() or None
    return value


def _one_of(choices: tuple[str, ...], what: str, fold: str) -> AfterValidator:
    """A validator that folds case (``upper``/``lower``) and keeps only ``choices``."""

    def check(value: str | None) -> str | None:
        if value is None:
            return None
        value = getattr(value, fold)()
        if value not in choices:
            raise ValueError(f"unknown {what} {value!r}; one of {', '.join(c for c in choices if c)}")
        return value

    return AfterValidator(check)


Text = Annotated[Annotated[str, Field(max_length=MAX_TEXT)] | None, BeforeValidator(_blank_is_none)]
Country = Annotated[
    Annotated[str, Field(pattern=r"^[A-Za-z]{3}$"), AfterValidator(str.upper)] | None,
    BeforeValidator(_blank_is_none),
    Field(description="ISO 3166 alpha-3 (or IGO, NGO), any case."),
]
EventType = Annotated[
    str | None, BeforeValidator(_blank_is_none), _one_of(EVENT_TYPES, "event type", "upper")
]
Modality = Annotated[str | None, BeforeValidator(_blank_is_none), _one_of(MODALITIES, "modality", "lower")]
Sector = Annotated[str | None, BeforeValidator(_blank_is_none), _one_of(SECTORS, "sector", "upper")]


class Strict(BaseModel):
    """A query model that rejects parameters it does not define."""

    model_config = ConfigDict(extra="forbid")


class Paging(Strict):
    """Page size and the cursor of the page to read."""

    limit: int = Field(50, ge=1, le=500, description="Rows per page.")
    cursor: str | None = Field(
        None, max_length=MAX_CURSOR, description="The `next` value of the previous page; none for the first."
    )


class EventQuery(Strict):
    """Filters of events and mentions; every given filter must hold."""

    date_from: dt.date | None = Field(None, description="Earliest event day (inclusive), YYYY-MM-DD.")
    date_to: dt.date | None = Field(None, description="Latest event day (inclusive), YYYY-MM-DD.")
    type: EventType = Field(None, description="PLOVER event type, e.g. ASSAULT (any case).")
    quad_class: int | None = Field(None, ge=1, le=4, description="CAMEO quad class, 1 to 4.")
    modality: Modality = Field(None, description="asserted, negated, future, hypothetical or claimed.")
    actor: Text = Field(None, description="An actor's canonical name or knowledge-base id (any case).")
    recipient: Text = Field(None, description="A recipient's canonical name or knowledge-base id (any case).")
    actor_country: Country = Field(None, description="ISO3 country of some actor or recipient.")
    sector: Sector = Field(None, description="PLOVER sector of some actor or recipient, e.g. GOV, MIL, REB.")
    place: Text = Field(None, description="The event place's canonical name (any case), e.g. Sanaa.")
    country: Country = Field(None, description="ISO3 country of the event's place.")
    bbox: str | None = Field(
        None,
        pattern=BBOX_PATTERN,
        description="min_lon,min_lat,max_lon,max_lat: events placed inside this box (degrees).",
        examples=["42.5,12.5,54.0,19.0"],
    )
    q: Text = Field(
        None, description="Words of the event's sentence, in any clitic form (بالمفاوضات finds مفاوضات)."
    )
    min_confidence: float | None = Field(None, ge=0, le=1, description="Lowest confidence kept.")

    @model_validator(mode="after")
    def _check(self) -> Self:
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValueError("date_from is after date_to")
        if self.bbox is not None:
            parse_bbox(self.bbox)
        return self

    def to_filters(self) -> EventFilters:
        """The store's filters: dates as ISO text, the box as four numbers."""
        values = self.model_dump()
        for name in ("date_from", "date_to"):
            values[name] = values[name].isoformat() if values[name] else None
        values["bbox"] = parse_bbox(self.bbox) if self.bbox else None
        return filters_from(values)


def parse_bbox(text: str) -> tuple[float, float, float, float]:
    """``min_lon,min_lat,max_lon,max_lat`` as numbers, checked to be a box on the globe.

    Raises:
        ValueError: not four numbers, out of range, or a minimum above its maximum.
    """
    parts = [p.strip() for p in text.split(",")]
    if len(parts) != 4:
        raise ValueError("bbox needs four numbers: min_lon,min_lat,max_lon,max_lat")
    min_lon, min_lat, max_lon, max_lat = (float(p) for p in parts)
    if not (-180 <= min_lon <= max_lon <= 180):
        raise ValueError("bbox longitudes must satisfy -180 <= min_lon <= max_lon <= 180")
    if not (-90 <= min_lat <= max_lat <= 90):
        raise ValueError("bbox latitudes must satisfy -90 <= min_lat <= max_lat <= 90")
    return min_lon, min_lat, max_lon, max_lat


class CanonicalQuery(EventQuery):
    """Filters of canonical events: the event filters and how many sources report it."""

    min_sources: int | None = Field(
        None, ge=1, le=MAX_COUNT, description="Fewest independent sources (outlets, copies folded)."
    )


class EventsPageQuery(CanonicalQuery, Paging):
    """``GET /api/events``: filters, sort and page."""

    sort: Literal[
        "date",
        "-date",
        "sources",
        "-sources",
        "confidence",
        "-confidence",
        "type",
        "-type",
        "place",
        "-place",
    ] = Field(
        "-date",
        description="Sort key, `-` for descending; ties go by id in the same direction. Events with no "
        "date (or place) come first going up and last going down.",
    )
    total: bool = Field(False, description="Also count every matching event (one more query).")


class MentionsPageQuery(CanonicalQuery, Paging):
    """``GET /api/mentions``: the same filters on stored event rows (``min_sources`` on their event)."""

    sort: Literal["date", "-date", "confidence", "-confidence"] = Field(
        "-date", description="Sort key, `-` for descending; ties go by id in the same direction."
    )
    total: bool = Field(False, description="Also count every matching mention (one more query).")


class AggregateQuery(CanonicalQuery):
    """``GET /api/aggregates``: the bucket and the filters of ``/api/events``."""

    by: Literal["day", "type", "dyad", "place"] = Field(
        description="day (events dated to the day, oldest first), type, dyad (actor → recipient) or place."
    )
    limit: int = Field(100, ge=1, le=1000, description="Largest buckets kept (not for day: every day is).")


Interval = Literal["day", "week", "month"]


class TimelineQuery(CanonicalQuery):
    """``GET /api/timeline``: the filters of ``/api/events``, how to split and how long a period is."""

    by: Literal["type", "quad_class"] = Field("type", description="Split each period by type or quad class.")
    interval: Interval = Field(
        "day", description="day, week (starting Monday) or month; only events dated that precisely count."
    )


class MapQuery(CanonicalQuery):
    """``GET /api/map``: the filters of ``/api/events`` (``bbox`` for the visible area) and the grid."""

    cell: float = Field(
        1.0, ge=0.001, le=90, description="Grid cell size in degrees: events in one cell make one point."
    )
    limit: int = Field(2000, ge=1, le=10000, description="Largest points kept.")


class ActorProfileQuery(Strict):
    """``GET /api/actors/{name}``."""

    interval: Interval = Field("month", description="Period of the timeline: day, week or month.")
    limit: int = Field(20, ge=1, le=200, description="Counterparts listed.")


class FacetQuery(Paging):
    """Filters shared by ``/api/actors`` and ``/api/places``."""

    prefix: Text = Field(
        None, description="Start of the canonical name (any case); for actors also of an Arabic mention."
    )
    country: Country = Field(None, description="ISO3 country.")
    sort: Literal["events", "-events", "name", "-name"] = Field(
        "-events", description="By canonical events counted or by name, `-` for descending."
    )


class ActorQuery(FacetQuery):
    """``GET /api/actors``."""

    sector: Sector = Field(None, description="PLOVER sector, e.g. GOV.")


class QuoteQuery(Paging):
    """``GET /api/quotes``."""

    speaker: Text = Field(None, description="The speaker's canonical name (any case).")
    q: Text = Field(None, description="Words of the quote, in any clitic form.")
