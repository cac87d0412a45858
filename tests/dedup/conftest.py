"""Mention views built by hand for the deduplication tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from hadath.dedup.mention import MentionView, PlaceView
from hadath.dedup.text import WordOverlap, content_stems

ALEPPO = PlaceView("Aleppo", "SYR", 36.2, 37.16, "city")
ANADAN = PlaceView("Anadan", "SYR", 36.29, 37.05, "city")
DAMASCUS = PlaceView("Damascus", "SYR", 33.51, 36.29, "city")
SYRIA = PlaceView("Syria", "SYR", 35.0, 38.0, "country")


def make_view(key: int = 1, *, text: str = "", day: str = "2016-09-19", **given: Any) -> MentionView:
    ordinal = dt.date.fromisoformat(day).toordinal()
    fields: dict[str, Any] = {
        "key": key, "article": key, "event_type": "ASSAULT", "modality": "asserted",
        "first_day": ordinal, "last_day": ordinal, "actors": frozenset(), "recipients": frozenset(),
        "place": None, "clause": WordOverlap().encode([text])[0] if text else "", "stems": content_stems(text),
    }  # fmt: skip
    fields.update({k: frozenset(v) if k in ("actors", "recipients") else v for k, v in given.items()})
    return MentionView(**fields)


@pytest.fixture
def view() -> Callable[..., MentionView]:
    return make_view
