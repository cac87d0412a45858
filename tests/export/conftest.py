"""Two hand-written processed articles (Arabic written for these tests) and a store holding them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from hadath.model import Actor, Article, Event, Place
from hadath.store import Store, open_store

VISIT = "زار وزير الخارجية السعودي بغداد يوم الأحد والتقى رئيس الوزراء العراقي."
SHELLING = "قصفت القوات المدفعية مواقع المسلحين قرب الحدود، ولم يعلن عن ضحايا."


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def _actor(text: str, part: str, **kw: str) -> Actor:
    return Actor(*_span(text, part), text=part, **kw)


def _visit() -> Article:
    t_start, t_end = _span(VISIT, "زار")
    event = Event(
        sentence_start=0, sentence_end=len(VISIT), trigger_start=t_start, trigger_end=t_end, trigger="زار",
        event_type="CONSULT", cameo="042", sentence=VISIT, mode="visit", quad_class=1, confidence=0.9,
        actor=[_actor(VISIT, "وزير الخارجية السعودي", entity="Saudi foreign minister", country="SAU",
                      sector="GOV", kb_id="Q1")],
        recipient=[_actor(VISIT, "رئيس الوزراء العراقي", entity="Iraq prime minister", country="IRQ", sector="GOV")],
        location=Place(*_span(VISIT, "بغداد"), text="بغداد", name="Baghdad", country="IRQ", lat=33.34, lon=44.4,
                       kb_id="98182", precision="city"),
        date="2015-03-01", date_text="يوم الأحد", rule="svo",
    )  # fmt: skip
    return Article(doc_id="visit", text=VISIT, title="زيارة", url="https://example.org/v", published="2015-03-02",
                   source="test", language="ar", events=[event])  # fmt: skip


def _shelling() -> Article:
    t_start, t_end = _span(SHELLING, "قصفت")
    event = Event(
        sentence_start=0, sentence_end=len(SHELLING), trigger_start=t_start, trigger_end=t_end,
        trigger="قصفت", event_type="ASSAULT", cameo="194", sentence=SHELLING, quad_class=4,
        actor=[_actor(SHELLING, "القوات", entity="armed forces", sector="MIL")],
    )  # fmt: skip
    return Article(
        doc_id="shelling", text=SHELLING, published="2015-03-05T10:00:00", source="test", events=[event]
    )


@pytest.fixture
def articles() -> list[Article]:
    """A visit (dated, placed, two actors) and an undated shelling without a recipient or place."""
    return [_visit(), _shelling()]


@pytest.fixture
def store_path(tmp_path: Path, articles: list[Article]) -> Path:
    """A SQLite store file holding the two articles."""
    path = tmp_path / "h.db"
    with open_store(path) as store:
        for article in articles:
            store.save(article)
    return path


@pytest.fixture
def store(store_path: Path) -> Iterator[Store]:
    """The store holding the two articles, open."""
    with open_store(store_path) as s:
        yield s
