"""Shared helpers for the event tests: the default pipeline, built once, and the event types
it codes in a sentence."""

from __future__ import annotations

from functools import cache

from hadath import Pipeline


@cache
def default_pipeline() -> Pipeline:
    return Pipeline.default()


def event_types(text: str) -> set[str]:
    """The types of the events the shipped pipeline codes in ``text``."""
    article = default_pipeline()(text, published="2016-09-20")
    return {e.event_type for e in article.events}
