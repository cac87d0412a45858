"""``/api/articles``: one article's text, mentions and near-duplicates; posting an article to code."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from starlette.concurrency import run_in_threadpool

from hadath.api.deps import ReaderDep, TokenDep
from hadath.api.ingest import parse_article, read_body
from hadath.api.schemas import ArticleIn, ArticlePublic, IngestResult, Message
from hadath.model import Article
from hadath.store import Store
from hadath.store.read import Reader

router = APIRouter(prefix="/api/articles", tags=["articles"])


@router.get("/{article_id}", response_model=ArticlePublic, responses={404: {"model": Message}})
def get_article(reader: ReaderDep, article_id: str) -> ArticlePublic:
    """An article by its document id or numeric id: full text, mentions with spans, copy links."""
    article = reader.article(article_id)
    if article is None:
        raise HTTPException(404, f"no article {article_id}")
    return ArticlePublic.model_validate(article)


@router.post(
    "",
    response_model=IngestResult,
    dependencies=[TokenDep],
    responses={401: {"model": Message}, 403: {"model": Message}, 413: {"model": Message}},
    # The body is read by hand (to stop at the size limit, after the token check), so its
    # schema is declared here for the docs.
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": ArticleIn.model_json_schema()}},
        }
    },
)
async def post_article(request: Request) -> IngestResult:
    """Code one article with the pipeline and store it; needs ``Authorization: Bearer <token>``.

    Off unless the server has a token (``HADATH_API_TOKEN``). Bodies over the limit (1 MB by
    default) are refused with 413.
    """
    state = request.app.state
    record = parse_article(await read_body(request, state.max_body))
    article, data_hash = await run_in_threadpool(state.ingestor.code, record)
    async with state.pool.lend() as store:
        return await run_in_threadpool(_save, store, article, data_hash)


def _save(store: Store, article: Article, data_hash: str) -> IngestResult:
    result = store.save(article, data_hash=data_hash)
    stored = Reader(store.db).article(article.doc_id)
    return IngestResult(result=result, doc_id=article.doc_id, events=stored["events"] if stored else [])
