"""``/api/articles/{id}``: one article's full text and its events."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException

from hadath.api.deps import SourceDep
from hadath.api.schemas import ArticlePublic

router = APIRouter(prefix="/api/articles", tags=["articles"])


@router.get("/{article_id}", response_model=ArticlePublic)
def get_article(source: SourceDep, article_id: str) -> ArticlePublic:
    """An article by its numeric id or its document id, with the events coded from it."""
    row = source.get_article(article_id)
    if row is None:
        raise HTTPException(status_code=404, detail=f"no article {article_id}")
    return ArticlePublic.model_validate(row)
