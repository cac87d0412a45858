"""Response shapes of the HTTP API.

Arguments and places reuse the data model's dataclasses; the API adds only what a page
needs around them: ids, the article an event came from, page wrappers and counts.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from hadath.model import Actor, Place


class EventPublic(BaseModel):
    """One stored event with every span as offsets into its article's text."""

    id: int
    article_id: int
    doc_id: str = ""
    title: str = ""
    published: str | None = None
    source: str = ""
    url: str = ""
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
    date: str | None = None
    date_text: str | None = None
    date_start: int | None = None
    date_end: int | None = None
    actor: list[Actor] = Field(default_factory=list)
    recipient: list[Actor] = Field(default_factory=list)
    location: Place | None = None


class EventsPage(BaseModel):
    """A page of events and how many match the filters in all."""

    data: list[EventPublic]
    count: int


class ArticlePublic(BaseModel):
    """A stored article, its full text and the events coded from it."""

    id: int
    doc_id: str
    url: str = ""
    title: str = ""
    published: str | None = None
    source: str = ""
    text: str
    events: list[EventPublic] = Field(default_factory=list)


class DayCount(BaseModel):
    """Events on one calendar day."""

    day: str
    count: int


class StatsPublic(BaseModel):
    """Totals for the dashboard header and timeline."""

    articles: int
    events: int
    by_type: dict[str, int]
    by_day: list[DayCount]
