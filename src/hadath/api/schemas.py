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


class QuotePublic(BaseModel):
    """Who said what: a quote, its speaker and cue, with offsets into its article."""

    id: int
    article_id: int
    doc_id: str = ""
    url: str = ""
    source: str = ""
    published: str | None = None
    title: str = ""
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
