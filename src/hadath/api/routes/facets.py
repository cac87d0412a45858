"""``/api/actors``, ``/api/places``, ``/api/quotes``: who and where the events are about, who said what."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from hadath.api.deps import ReaderDep
from hadath.api.filters import ActorQuery, FacetQuery, QuoteQuery
from hadath.api.schemas import ActorCount, Message, Page, PlaceCount, QuotePublic

router = APIRouter(prefix="/api", tags=["facets"])
BAD_CURSOR = {400: {"model": Message}}


@router.get("/actors", response_model=Page[ActorCount], responses=BAD_CURSOR)
def list_actors(reader: ReaderDep, query: Annotated[ActorQuery, Query()]) -> Page[ActorCount]:
    """Actors and recipients by canonical name, with how many canonical events and mentions name them."""
    page = reader.actors(
        prefix=query.prefix, country=query.country, sector=query.sector, sort=query.sort,
        limit=query.limit, cursor=query.cursor,
    )  # fmt: skip
    return Page[ActorCount](data=page.rows, next=page.next)


@router.get("/places", response_model=Page[PlaceCount], responses=BAD_CURSOR)
def list_places(reader: ReaderDep, query: Annotated[FacetQuery, Query()]) -> Page[PlaceCount]:
    """Places of canonical events with their coordinates and how many events happened there."""
    page = reader.places(
        prefix=query.prefix, country=query.country, sort=query.sort, limit=query.limit, cursor=query.cursor
    )
    return Page[PlaceCount](data=page.rows, next=page.next)


@router.get("/quotes", response_model=Page[QuotePublic], responses=BAD_CURSOR)
def list_quotes(reader: ReaderDep, query: Annotated[QuoteQuery, Query()]) -> Page[QuotePublic]:
    """Who said what: quotes with their speaker, newest stored first."""
    page = reader.quotes(speaker=query.speaker, q=query.q, limit=query.limit, cursor=query.cursor)
    return Page[QuotePublic](data=page.rows, next=page.next)
