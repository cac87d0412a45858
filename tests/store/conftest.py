"""Hand-built articles for the store tests (Arabic written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from hadath.model import Actor, Article, Event, Mention, Place, Quote

TEXT = (
    "استقبل وزير الخارجية المصري نظيره الأردني في القاهرة يوم الثلاثاء. "
    "وقال الوزير الأردني إن الزيارة تهدف إلى تعزيز التعاون بين البلدين."
)


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def _actor(text: str, part: str, entity: str, country: str, sector: str = "GOV") -> Actor:
    start, end = _span(text, part)
    return Actor(start=start, end=end, text=part, entity=entity, country=country, sector=sector)


def build_article(doc_id: str = "doc-1", text: str = TEXT, url: str = "") -> Article:
    """A processed article with one event, one quote and three named mentions."""
    first = text.split(". ")[0] + "."
    s_start, s_end = _span(text, first)
    t_start, t_end = _span(text, "استقبل")
    p_start, p_end = _span(text, "القاهرة")
    event = Event(
        sentence_start=s_start, sentence_end=s_end, trigger_start=t_start, trigger_end=t_end,
        trigger="استقبل", event_type="CONSULT", cameo="042", sentence=first, mode="visit",
        actor=[_actor(text, "وزير الخارجية المصري", "Egypt foreign minister", "EGY")],
        recipient=[_actor(text, "نظيره الأردني", "Jordan foreign minister", "JOR")],
        location=Place(start=p_start, end=p_end, text="القاهرة", name="Cairo", country="EGY",
                       lat=30.06, lon=31.25, kb_id="360630", precision="city"),
        date="2024-03-12", date_text="يوم الثلاثاء", quad_class=1, confidence=0.8, rule="svo",
    )  # fmt: skip
    c_start, c_end = _span(text, "وقال")
    q_start, q_end = _span(text, "الزيارة تهدف إلى تعزيز التعاون بين البلدين")
    quote = Quote(
        cue_start=c_start, cue_end=c_end, cue="وقال", content_start=q_start, content_end=q_end,
        content=text[q_start:q_end], speaker=_actor(text, "الوزير الأردني", "Jordan foreign minister", "JOR"),
        rule="qala_inna",
    )  # fmt: skip
    mentions = [
        Mention(*_span(text, "المصري"), text="المصري", kind="actor", label="GPE", entity="Egypt"),
        Mention(*_span(text, "الأردني"), text="الأردني", kind="actor", label="GPE", entity="Jordan"),
        Mention(*_span(text, "القاهرة"), text="القاهرة", kind="place", label="GPE", entity="Cairo"),
        Mention(*_span(text, "يوم الثلاثاء"), text="يوم الثلاثاء", kind="date", label="DATE"),
    ]
    return Article(
        doc_id=doc_id, text=text, title="لقاء في القاهرة", url=url, published="2024-03-13",
        source="test", language="ar", meta={"format": "txt", "path": f"{doc_id}.txt"},
        events=[event], quotes=[quote], mentions=mentions,
    )  # fmt: skip


@pytest.fixture
def make_article() -> Callable[..., Article]:
    """Build a processed test article: ``make_article(doc_id, text=..., url=...)``."""
    return build_article


@pytest.fixture
def other_text() -> str:
    """Another document: the sentences the builder points into, plus one more."""
    return TEXT + " وأضاف أن البلدين سيوقعان اتفاقية للنقل قريبا."
