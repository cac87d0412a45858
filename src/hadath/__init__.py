"""Hadath: Arabic news to event data, every field traceable to its source characters."""

import logging

from hadath.model import Actor, Article, Event, Mention, Place, Quote, Sentence, Token
from hadath.pipeline import Pipeline

logging.getLogger(__name__).addHandler(logging.NullHandler())

__version__ = "0.1.0"


def load_kb(*overlays: str):
    """The shipped knowledge base with optional overlay directories."""
    from hadath.kb import load_kb as _load

    return _load(*overlays)


__all__ = [
    "Actor", "Article", "Event", "Mention", "Pipeline", "Place", "Quote", "Sentence", "Token", "load_kb",
]  # fmt: skip
