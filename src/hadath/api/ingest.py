"""Coding and storing one posted article: the body read with a size limit, the pipeline built once.

The pipeline (``Pipeline.default(load_kb())``) takes a second or two to build, so it is
built on the first post, not at start-up: a read-only server never pays for it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from fastapi import HTTPException, Request
from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError

from hadath.api.schemas import ArticleIn
from hadath.ingest.jsonl import FieldMap, to_article
from hadath.model import Article
from hadath.pipeline import Pipeline

MAX_BODY_BYTES = 1_000_000

PipelineFactory = Callable[[], tuple[Pipeline, str]]


def default_pipeline() -> tuple[Pipeline, str]:
    """The standard pipeline over the shipped knowledge, and that knowledge's hash."""
    from hadath.kb import load_kb

    kb = load_kb()
    return Pipeline.default(kb), kb.data_hash


class Ingestor:
    """Turns posted records into coded articles with one lazily built pipeline.

    Args:
        build: makes the pipeline and the data hash its output is stored under.
    """

    def __init__(self, build: PipelineFactory = default_pipeline) -> None:
        self._build = build
        self._lock = threading.Lock()
        self._built: tuple[Pipeline, str] | None = None

    def code(self, record: ArticleIn) -> tuple[Article, str]:
        """The record coded by the pipeline, and the data hash to store it under.

        Raises:
            HTTPException: 422 when the record is not an article ingest accepts.
        """
        article = to_article(record.model_dump(), "api", 1, FieldMap())
        if not isinstance(article, Article):
            raise HTTPException(422, f"not an article: {article.reason}: {article.detail}")
        article.meta = {"format": "api"}
        # One article at a time: the stages keep counters and caches that are not thread-safe.
        with self._lock:
            if self._built is None:
                self._built = self._build()
            pipeline, data_hash = self._built
            return pipeline(article), data_hash


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 as soon as it is known to exceed ``limit`` bytes."""
    too_large = HTTPException(413, f"request body over {limit} bytes")
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise too_large
    body = bytearray()
    async for chunk in request.stream():
        body.extend(chunk)
        if len(body) > limit:
            raise too_large
    return bytes(body)


def parse_article(body: bytes) -> ArticleIn:
    """The posted JSON as an :class:`ArticleIn`; invalid JSON or fields are a 422 like any other."""
    try:
        return ArticleIn.model_validate_json(body)
    except ValidationError as err:
        errors: list[Any] = [{**e, "loc": ("body", *e["loc"])} for e in err.errors(include_url=False)]
        raise RequestValidationError(errors) from err
