"""``/api/mentions``: stored event rows (one per article that reports an event), filtered and paged."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from hadath.api.deps import ReaderDep
from hadath.api.filters import MentionsPageQuery
from hadath.api.schemas import MentionPublic, Message, Page

router = APIRouter(prefix="/api/mentions", tags=["mentions"])


@router.get("", response_model=Page[MentionPublic], responses={400: {"model": Message}})
def list_mentions(reader: ReaderDep, query: Annotated[MentionsPageQuery, Query()]) -> Page[MentionPublic]:
    """Mentions matching every given filter; ``min_sources`` applies to the event each mentions."""
    page = reader.mentions(
        query.to_filters(), sort=query.sort, limit=query.limit, cursor=query.cursor, total=query.total
    )
    return Page[MentionPublic](data=page.rows, next=page.next, total=page.total)
