"""Response shapes of the HTTP API.

Arguments and places reuse the data model's dataclasses (every span is ``start``/``end``
into the article text); the API adds what a page needs around them: ids, the article a
mention came from, the canonical event's counts, page wrappers.
"""

from __future__ import annotations

from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, Field

from hadath.model import Actor, Place

Row = TypeVar("Row")


class Message(BaseModel):
    """An error: what was wrong, in one line (or FastAPI's list of invalid parameters)."""

    detail: str | list[dict[str, Any]]


class EventFields(BaseModel):
    """What one mention says, every span as offsets into its article's text, and its article."""

    article_id: int
    doc_id: str = ""
    url: str = ""
    source: str = Field("", description="The outlet.")
    published: str | None = None
    title: str = ""
    sentence: str = Field("", description="article.text[sentence_start:sentence_end]")
    sentence_start: int
    sentence_end: int
    trigger: str = Field("", description="article.text[trigger_start:trigger_end]")
    trigger_start: int
    trigger_end: int
    event_type: str
    cameo: str = ""
    mode: str = ""
    modality: str = "asserted"
    quad_class: int = 0
    confidence: float = 0.0
    rule: str = ""
    date: str | None = Field(
        None, description="ISO date at its precision: 2016-09-20, 2016-W37, 2016-09, 2016."
    )
    date_precision: str = Field("", description="day, week, month or year; empty when undated.")
    date_text: str | None = None
    date_start: int | None = None
    date_end: int | None = None
    actor: list[Actor] = Field(default_factory=list)
    recipient: list[Actor] = Field(default_factory=list)
    place: Place | None = None


class MentionPublic(EventFields):
    """One stored event row: a mention of a canonical event in one article."""

    id: int
    cluster_id: int | None = Field(None, description="The canonical event it mentions.")
    cluster_link: dict[str, Any] | None = Field(
        None, description="Why it joined its event; null for the founder."
    )


class MentionInEvent(MentionPublic):
    """A mention listed under its canonical event."""

    founder: bool = Field(False, description="True for the mention that founded the event (shown for it).")


class CanonicalEvent(EventFields):
    """One real-world event, shown by its founding mention, with how widely it was reported."""

    id: int = Field(description="The canonical event's id (GET /api/events/{id}).")
    mention_id: int = Field(description="The founding mention's id.")
    mentions: int = Field(description="Stored mentions of it.")
    articles: int = Field(description="Articles mentioning it.")
    sources: int = Field(description="Independent sources: outlets, near-duplicate copies folded.")
    best_confidence: float = Field(
        description="The highest mention confidence (min_confidence and sort use it)."
    )
    date_first: str | None = Field(None, description="Earliest mention date (date filters and sort use it).")
    date_last: str | None = Field(None, description="Latest mention date.")


class EventDetail(CanonicalEvent):
    """A canonical event with every mention, founder first."""

    mention_list: list[MentionInEvent]


class Page(BaseModel, Generic[Row]):
    """One page of a listing; pass ``next`` as ``cursor`` for the following page."""

    data: list[Row]
    next: str | None = Field(None, description="Cursor of the next page; null on the last page.")
    total: int | None = Field(None, description="Every matching row, when asked with total=true.")


class ActorCount(BaseModel):
    """An actor by canonical name, and how many canonical events and mentions name it."""

    name: str
    kb_id: str = ""
    country: str = ""
    sector: str = ""
    events: int
    mentions: int


class PlaceCount(BaseModel):
    """A place of canonical events and how many happened there."""

    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    events: int


class Named(BaseModel):
    """A named participant spoken of in a quote: canonical name and its span in the article."""

    entity: str
    text: str = ""
    start: int
    end: int


class FromArticle(BaseModel):
    """Where something was read: the stored article, its outlet and publication time."""

    article_id: int
    doc_id: str = ""
    url: str = ""
    source: str = ""
    published: str | None = None
    title: str = ""


class QuotePublic(FromArticle):
    """Who said what: a quote, its speaker and cue, with offsets into its article."""

    id: int
    speaker: Actor | None = None
    speaker_entity: str = ""
    cue: str = ""
    cue_start: int
    cue_end: int
    content: str
    content_start: int
    content_end: int
    direct: bool = False
    sentence_start: int = -1
    sentence_end: int = -1
    about: list[Named] = Field(
        default_factory=list, description="Whom it speaks of: named participants inside the content."
    )


class Bucket(BaseModel):
    """One bucket of an aggregate: its key and how many canonical events fall in it."""

    key: str
    count: int
    actor: str | None = None
    recipient: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


class Aggregate(BaseModel):
    """Counts of canonical events by one key."""

    by: Literal["day", "type", "dyad", "place"]
    data: list[Bucket]


class ArticleRef(BaseModel):
    """Another stored article, and how similar its text is (for copies)."""

    id: int
    doc_id: str
    url: str = ""
    title: str = ""
    source: str = ""
    published: str | None = None
    similarity: float | None = None


class ArticlePublic(BaseModel):
    """A stored article, its full text, the mentions coded from it and its near-duplicates."""

    id: int
    doc_id: str
    url: str = ""
    title: str = ""
    published: str | None = None
    source: str = ""
    text: str
    events: list[MentionPublic] = Field(default_factory=list)
    copy_of: ArticleRef | None = Field(None, description="The earliest stored article this one copies.")
    copies: list[ArticleRef] = Field(default_factory=list, description="Stored articles that copy this one.")


class ArticleIn(BaseModel):
    """An article to code and store (POST /api/articles)."""

    doc_id: str = Field(min_length=1, max_length=500)
    text: str = Field(min_length=1)
    title: str = ""
    url: str = Field("", max_length=2000)
    published: str | None = Field(None, description="Publication date, ISO 8601 or any form ingest reads.")
    source: str = Field("", description="The outlet.")


class IngestResult(BaseModel):
    """What storing a posted article did, and the mentions now stored for it."""

    result: Literal["added", "unchanged", "replaced"]
    doc_id: str
    events: list[MentionPublic]


class DayCount(BaseModel):
    """Canonical events on one calendar day."""

    day: str
    count: int


class StatsPublic(BaseModel):
    """Totals for the dashboard header and timeline."""

    articles: int
    mentions: int = Field(description="Stored event rows.")
    events: int = Field(description="Canonical events.")
    by_type: dict[str, int]
    by_day: list[DayCount]


class PeriodCount(BaseModel):
    """Canonical events of one period and key (a type, or a quad class as text)."""

    period: str = Field(description="The day, the Monday of the week (YYYY-MM-DD) or the month (YYYY-MM).")
    key: str
    count: int


class Timeline(BaseModel):
    """Canonical events per period and key, oldest first; empty buckets are left out."""

    by: Literal["type", "quad_class"]
    interval: Literal["day", "week", "month"]
    data: list[PeriodCount]


class MapPoint(BaseModel):
    """Canonical events of one grid cell: where, how many, of which types, placed how precisely."""

    lat: float = Field(description="The place's latitude, or the cell's count-weighted centre.")
    lon: float
    count: int
    type: str = Field(description="The most frequent type.")
    types: dict[str, int]
    precision: str = Field(description="The most frequent place precision: city, admin1, country...")
    precisions: dict[str, int]
    places: int = Field(description="Distinct places in the cell.")
    place: str | None = Field(None, description="The place's name when the cell holds one place.")
    country: str | None = Field(None, description="ISO3 when every place of the cell is in one country.")


class MapPoints(BaseModel):
    """Placed canonical events on a grid, largest points first."""

    cell: float
    placed: int = Field(description="Canonical events with a place among the filtered ones.")
    truncated: bool = Field(description="More points than the limit: the smallest were left out.")
    data: list[MapPoint]


class RoleCount(BaseModel):
    """Canonical events in which the actor acts (``as_actor``) or is acted on (``as_recipient``)."""

    as_actor: int
    as_recipient: int


class PeriodRoles(RoleCount):
    period: str


class TypeRoles(RoleCount):
    key: str


class Counterpart(RoleCount):
    """Another party: ``as_actor`` counts events where the actor acts on it, ``as_recipient``
    where it acts on the actor."""

    name: str


class ActorProfile(RoleCount):
    """One actor: identity, its canonical events over time and by type, its main counterparts."""

    name: str
    kb_id: str = ""
    country: str = ""
    sector: str = ""
    events: int = Field(description="Canonical events naming it, in either role.")
    mentions: int
    interval: Literal["day", "week", "month"]
    timeline: list[PeriodRoles]
    types: list[TypeRoles]
    counterparts: list[Counterpart]
