"""Response shapes of the truce monitor's API (``/api/truces``); see docs/TRUCE.md."""

from __future__ import annotations

from typing import Generic, Literal, TypeVar

from pydantic import BaseModel, Field

from hadath.api.schemas import FromArticle

Row = TypeVar("Row")


class SourceNote(BaseModel):
    """Where a truce's facts come from."""

    title: str
    publisher: str = ""
    date: str | None = None
    url: str = ""


class SideOut(BaseModel):
    """A side the truce binds: actor ids and country/sector patterns that count as it."""

    id: str
    name: str
    name_ar: str = ""
    members: list[str]


class ActOut(BaseModel):
    """A kind of act the truce forbids."""

    type: str
    modes: list[str] = Field(default_factory=list)
    cameo: list[str] = Field(default_factory=list)
    words: list[str] = Field(default_factory=list)
    label: str = ""
    name: str = Field(description="The label, else the type and modes.")


class AreaPlaceOut(BaseModel):
    place: str | None = None
    name: str = ""
    lat: float | None = None
    lon: float | None = None
    radius_km: float


class AreaOut(BaseModel):
    """Where the truce applies: the union of these."""

    countries: list[str] = Field(default_factory=list)
    admin1: list[str] = Field(default_factory=list)
    places: list[AreaPlaceOut] = Field(default_factory=list)
    polygons: list[list[list[float]]] = Field(default_factory=list, description="Rings of [lon, lat].")


class TruceSummary(BaseModel):
    """A truce as declared, with the days the monitor counts."""

    id: str
    name: str
    name_ar: str = ""
    announced: str | None = None
    start: str
    end: str | None = Field(None, description="Null: open-ended.")
    first_day: str = Field(description="First day counted (a day the truce held for most of).")
    last_day: str | None = Field(None, description="Last day counted; null while open.")
    area: AreaOut
    parties: list[SideOut]
    exemptions: list[str] = Field(default_factory=list)
    exemption_names: list[str] = Field(default_factory=list, description="The exempted actors' names.")
    forbids: list[ActOut]
    modalities: list[str]
    words: list[str]
    accusations_after_days: int
    sources: list[SourceNote]
    note: str = ""
    origin: Literal["shipped", "user"]


class TruceList(BaseModel):
    data: list[TruceSummary]


class SideCount(BaseModel):
    id: str
    name: str
    name_ar: str = ""
    violations: int
    quiet_days: int = Field(description="Days with data on which this side has no reported violation.")


class TruceTotals(BaseModel):
    """Reported violations in total, per side and per modality; compliance in days."""

    violations: int
    attributed: int
    unattributed: int = Field(description="Reported violations no identified side is named for.")
    asserted: int
    claimed: int = Field(description="Violations every report of which only has someone say it happened.")
    days: int
    days_with_data: int
    quiet_days: int = Field(description="Days with data and no reported violation.")
    per_day: float | None = Field(None, description="Violations per day with data.")
    sides: list[SideCount]


class TruceDetail(TruceSummary):
    summary: TruceTotals


class PlaceOut(BaseModel):
    name: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str | None = None
    kb_id: str | None = None
    text: str | None = None


class ReportRef(FromArticle):
    """One article's telling: where to read it (and, for events, what it says and whether it is in scope)."""

    mention_id: int | None = None
    sentence: str = ""
    sentence_start: int | None = None
    trigger: str = ""
    modality: str | None = None
    date: str | None = None
    in_scope: bool = True


class ViolationOut(BaseModel):
    """A reported violation: one canonical event, every report of it, its modality kept."""

    id: int = Field(description="The canonical event (GET /api/events/{id}).")
    canonical: bool = True
    day: str
    event_type: str
    mode: str = ""
    act: str
    status: Literal["violation", "unattributed"]
    attributed: bool
    sides: list[str]
    actors: list[str]
    recipients: list[str]
    modality: str
    place: PlaceOut | None = None
    area: str = Field(description="The part of the area it falls in.")
    confidence: float
    sources: int = Field(description="Independent sources (outlets, copies folded).")
    mentions: int
    sentence: str
    reports: list[ReportRef]


class PartyOut(BaseModel):
    names: list[str]
    sides: list[str]


class AccusationOut(BaseModel):
    """An accusation, denial or statement about the truce, and the violations it is about."""

    id: int = Field(description="The canonical event, the event row (negated_event) or the quote.")
    origin: Literal["event", "negated_event", "quote"]
    kind: Literal["accusation", "denial", "statement"]
    day: str | None = None
    event_type: str | None = None
    modality: str | None = None
    accuser: PartyOut
    accused: PartyOut
    names_truce: bool
    text: str
    cue: str = ""
    place: PlaceOut | None = None
    violations: list[int]
    reports: list[ReportRef]


class OffsetPage(BaseModel, Generic[Row]):
    """One page of a list; ask for ``offset=next_offset`` for the following one."""

    data: list[Row]
    total: int
    limit: int
    offset: int
    next_offset: int | None = Field(None, description="Null on the last page.")


class DayRow(BaseModel):
    """One day of a truce."""

    day: str
    violations: int
    attributed: int
    unattributed: int
    asserted: int
    claimed: int
    by_side: dict[str, int]
    by_place: dict[str, int]
    articles: int = Field(description="Articles published that day or the next.")
    has_data: bool
    quiet: bool = Field(description="Data and no reported violation.")


class TruceBucket(BaseModel):
    """Violations of one side (or unattributed) or at one place."""

    key: str
    count: int
    asserted: int
    claimed: int
    name: str = ""
    name_ar: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    sides: dict[str, int] | None = None


class TruceAggregate(BaseModel):
    """Violations by day (the series, in ``days``), by party or by place (in ``buckets``)."""

    by: Literal["day", "party", "place"]
    days: list[DayRow] = Field(default_factory=list)
    buckets: list[TruceBucket] = Field(default_factory=list)
