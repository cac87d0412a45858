"""``/api/actors`` (and one actor's profile), ``/api/places``, ``/api/quotes``: who and where the
events are about, who said what."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query

from hadath.api.deps import ReaderDep
from hadath.api.filters import MAX_TEXT, ActorProfileQuery, ActorQuery, FacetQuery, QuoteQuery
from hadath.api.schemas import ActorCount, ActorProfile, Message, Page, PlaceCount, QuotePublic

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


@router.get("/actors/{name}", response_model=ActorProfile, responses={404: {"model": Message}})
def get_actor(
    reader: ReaderDep,
    name: Annotated[str, Path(max_length=MAX_TEXT, description="Canonical name, any case.")],
    query: Annotated[ActorProfileQuery, Query()],
) -> ActorProfile:
    """One actor: its canonical events as actor and as recipient over time and by type, and the
    parties it acts on or is acted on by most."""
    profile = reader.actor_profile(name, interval=query.interval, limit=query.limit)
    if profile is None:
        raise HTTPException(404, f"no actor {name!r}")
    return ActorProfile.model_validate(profile)


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
