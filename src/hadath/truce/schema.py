"""Truce records: what a ceasefire covers, who it binds, what it forbids, and where the facts come from.

A truce is a YAML file (one record) checked by these models (``extra="forbid"``: an unknown
field is an error) and then against the knowledge base (:func:`hadath.truce.load.check_truce`:
actor ids, countries, admin units and places must exist). docs/TRUCE.md mirrors the models.

Times are wall-clock times where the truce applies (an offset may be written and is kept, but
days are counted on the local clock, as events are dated by local day).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from hadath.kb.schema import ARABIC_LETTER, ISO3, SECTORS
from hadath.model import EVENT_TYPES, MODALITIES

TRUCE_ID = r"^[a-z0-9][a-z0-9-]{1,78}[a-z0-9]$"
SIDE_ID = r"^[a-z0-9][a-z0-9_-]{0,40}$"
KB_ID = re.compile(r"^(Q\d+|hd:[a-z0-9_./-]+)$")
# A pattern names actors by country and sector: "SYR MIL", "SYR" (any sector), "* REB".
PATTERN = re.compile(r"^(?P<country>[A-Z]{3}|\*)(?: (?P<sector>[A-Z]{3}|\*))?$")
PLACE_ID = re.compile(r"^(\d+|hd:[a-z0-9_./-]+)$")

# What a truce forbids when its record says nothing: armed attacks, coercion (arrests,
# abductions, sieges, seizures), troop movements, and obstructing aid (halting it: CAMEO
# 162; cutting or freezing it: a SANCTION whose sentence speaks of aid).
AID_WORDS: tuple[str, ...] = ("مساعدات", "المساعدات", "إغاثة", "الإغاثة", "قافلة", "قوافل", "معونات")
DEFAULT_TRUCE_WORDS: tuple[str, ...] = (
    "هدنة", "وقف إطلاق النار", "التهدئة", "وقف الأعمال العدائية", "وقف العمليات العسكرية",
    "وقف الأعمال القتالية",
)  # fmt: skip


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def member_kind(text: str) -> Literal["id", "pattern"]:
    """Whether a party member or exemption is a knowledge-base id or a country/sector pattern.

    Raises:
        ValueError: neither (a pattern's sector must be a PLOVER sector).
    """
    if KB_ID.match(text):
        return "id"
    match = PATTERN.match(text)
    if not match:
        raise ValueError(
            f"{text!r} is neither an actor id (Q123, hd:...) nor a pattern such as 'SYR MIL', 'SYR' or '* REB'"
        )
    country, sector = match.group("country"), match.group("sector")
    if country != "*" and not ISO3.match(country):
        raise ValueError(f"{text!r}: {country!r} is not an ISO3 code, IGO or NGO")
    if sector not in (None, "*") and sector not in SECTORS:
        raise ValueError(f"{text!r}: {sector!r} is not a PLOVER sector")
    if country == "*" and sector in (None, "*"):
        raise ValueError(f"{text!r} would match every actor")
    return "pattern"


def _members(values: list[str]) -> list[str]:
    for value in values:
        member_kind(value)
    return values


def _arabic(values: list[str]) -> list[str]:
    for value in values:
        if not ARABIC_LETTER.search(value):
            raise ValueError(f"Arabic word without Arabic letters: {value!r}")
    return values


class AreaPlace(Record):
    """A named place and the radius around it that the truce covers.

    Give ``place`` (a gazetteer id; name and coordinates come from the gazetteer) or
    ``name`` with ``lat`` and ``lon``.
    """

    place: str | None = Field(None, pattern=PLACE_ID.pattern)
    name: str = ""
    lat: float | None = Field(None, ge=-90, le=90)
    lon: float | None = Field(None, ge=-180, le=180)
    radius_km: float = Field(gt=0, le=1000)

    @model_validator(mode="after")
    def _located(self) -> AreaPlace:
        if self.place is None and (self.lat is None or self.lon is None or not self.name):
            raise ValueError("give a gazetteer id as place, or a name with lat and lon")
        return self


Ring = list[tuple[float, float]]


class Area(Record):
    """Where the truce applies: the union of countries, first-level units, places with a radius and polygons."""

    countries: list[str] = Field(default_factory=list)
    admin1: list[str] = Field(default_factory=list, description="Gazetteer ids of first-level units.")
    places: list[AreaPlace] = Field(default_factory=list)
    polygons: list[Ring] = Field(default_factory=list, description="Rings of [lon, lat] points.")

    @field_validator("countries")
    @classmethod
    def _countries(cls, values: list[str]) -> list[str]:
        for value in values:
            if not re.fullmatch(r"[A-Z]{3}", value):
                raise ValueError(f"country must be ISO 3166 alpha-3: {value!r}")
        return values

    @field_validator("polygons")
    @classmethod
    def _rings(cls, rings: list[Ring]) -> list[Ring]:
        for ring in rings:
            if len(set(ring)) < 3:
                raise ValueError("a polygon needs at least three distinct [lon, lat] points")
            for lon, lat in ring:
                if not (-180 <= lon <= 180 and -90 <= lat <= 90):
                    raise ValueError(f"[{lon}, {lat}] is not [lon, lat] on the globe")
        return rings

    @model_validator(mode="after")
    def _not_empty(self) -> Area:
        if not (self.countries or self.admin1 or self.places or self.polygons):
            raise ValueError("the area needs countries, admin1 units, places or polygons")
        return self


class Side(Record):
    """One side bound by the truce, and the actors that count as it."""

    id: str = Field(pattern=SIDE_ID)
    name: str
    name_ar: str = ""
    members: list[str] = Field(min_length=1, description="Actor ids, or patterns such as 'SYR MIL'.")

    _check_members = field_validator("members")(_members)


class Act(Record):
    """A kind of act the truce forbids: an event type, narrowed by modes, CAMEO prefixes or words.

    Every condition given must hold; ``words`` hold when the event's sentence has one of them
    (in any clitic form).
    """

    type: Literal[EVENT_TYPES]  # type: ignore[valid-type]
    modes: list[str] = Field(default_factory=list)
    cameo: list[str] = Field(default_factory=list)
    words: list[str] = Field(default_factory=list)
    label: str = ""

    @field_validator("cameo")
    @classmethod
    def _cameo(cls, values: list[str]) -> list[str]:
        for value in values:
            if not re.fullmatch(r"\d{2,4}", value):
                raise ValueError(f"a CAMEO prefix is 2 to 4 digits: {value!r}")
        return values

    _check_words = field_validator("words")(_arabic)

    @property
    def name(self) -> str:
        """The label, else the type and its modes (``COERCE abduct/seize``)."""
        return self.label or " ".join((self.type, "/".join(self.modes))).strip()


DEFAULT_FORBIDS: tuple[Act, ...] = (
    Act(type="ASSAULT"),
    Act(type="COERCE"),
    Act(type="MOBILIZE"),
    Act(type="SANCTION", cameo=["162"], label="aid obstruction"),
    Act(type="SANCTION", words=list(AID_WORDS), label="aid obstruction"),
)


class SourceNote(Record):
    """Where the truce's facts come from."""

    title: str = Field(min_length=3)
    publisher: str = ""
    date: dt.date | None = None
    url: str = ""


class TruceRecord(Record):
    """A truce: its name, the sides it binds, where and when it applies, what it forbids."""

    id: str = Field(pattern=TRUCE_ID)
    name: str = Field(min_length=3)
    name_ar: str = ""
    announced: dt.date | None = None
    start: dt.datetime | dt.date
    end: dt.datetime | dt.date | None = Field(None, description="None: open-ended.")
    area: Area
    parties: list[Side] = Field(min_length=1)
    exemptions: list[str] = Field(default_factory=list)
    forbids: list[Act] = Field(default_factory=lambda: list(DEFAULT_FORBIDS))
    modalities: list[Literal[MODALITIES]] = Field(  # type: ignore[valid-type]
        default_factory=lambda: ["asserted", "claimed"],
        description="Modalities that make a reported violation (asserted and claimed by default).",
    )
    words: list[str] = Field(default_factory=lambda: list(DEFAULT_TRUCE_WORDS))
    accusations_after_days: int = Field(7, ge=0, le=365)
    sources: list[SourceNote] = Field(min_length=1)
    note: str = ""

    _check_exemptions = field_validator("exemptions")(_members)
    _check_words = field_validator("words")(_arabic)

    @field_validator("start", "end", mode="before")
    @classmethod
    def _when(cls, value: object) -> object:
        # YAML reads 2016-09-12 as a date and 2016-09-12T19:00 as a datetime; keep which.
        if isinstance(value, str):
            text = value.strip()
            return dt.date.fromisoformat(text) if len(text) == 10 else dt.datetime.fromisoformat(text)
        return value

    @model_validator(mode="after")
    def _consistent(self) -> TruceRecord:
        if self.end is not None and _as_datetime(self.end, end=True) <= _as_datetime(self.start):
            raise ValueError("end is not after start")
        ids = [s.id for s in self.parties]
        if len(ids) != len(set(ids)):
            raise ValueError("two parties share an id")
        both = set(self.exemptions) & {m for side in self.parties for m in side.members}
        if both:
            raise ValueError(f"exempted and a member of a party: {', '.join(sorted(both))}")
        return self


def _as_datetime(value: dt.date, *, end: bool = False) -> dt.datetime:
    """A naive local datetime: a date starts at 00:00, or (as an end) ends at 24:00."""
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None)
    start = dt.datetime.combine(value, dt.time())
    return start + dt.timedelta(days=1) if end else start


def first_day(start: dt.date) -> dt.date:
    """The first whole day of a truce that starts at ``start``.

    Events are dated by day; a day counts when the truce held for most of it, so a truce
    starting after noon (at sunset, at 23:59) starts counting the next day.
    """
    if isinstance(start, dt.datetime):
        return start.date() if start.time() <= dt.time(12) else start.date() + dt.timedelta(days=1)
    return start


def last_day(end: dt.date | None) -> dt.date | None:
    """The last day counted for a truce that ends at ``end`` (a date: that day included); None if open."""
    if end is None:
        return None
    if isinstance(end, dt.datetime):
        return end.date() if end.time() >= dt.time(12) else end.date() - dt.timedelta(days=1)
    return end
