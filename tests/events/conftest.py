"""Shared helpers for the event tests: the default pipeline, built once, and the event types
it codes in a sentence.

The tests here hold the rules to single sentences, so the pipeline they use keeps every event
the rules code: the learned event filter (``events/eventfilter.py``) is judged on gold sets,
where it drops more false events than true ones, and has its own tests that put a model in.
"""

from __future__ import annotations

from functools import cache

from hadath import Pipeline
from hadath.events.coder import EventCoder


@cache
def default_pipeline() -> Pipeline:
    """The shipped pipeline with the learned event filter off (the rules' events)."""
    pipeline = Pipeline.default()
    pipeline.stage(EventCoder).filter = None
    return pipeline


def event_types(text: str) -> set[str]:
    """The types of the events the shipped pipeline codes in ``text``."""
    article = default_pipeline()(text, published="2016-09-20")
    return {e.event_type for e in article.events}


def event_arguments(text: str, event_type: str) -> list[tuple[list[str], list[str]]]:
    """The actor and recipient texts of each event of ``event_type`` coded in ``text``."""
    article = default_pipeline()(text, published="2016-09-20")
    return [
        ([a.text for a in e.actor], [r.text for r in e.recipient])
        for e in article.events
        if e.event_type == event_type
    ]
