"""Hand-built articles for the store tests (Arabic written for these tests)."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from hadath.model import Actor, Article, Event, Mention, Place, Quote
from hadath.store import Store, open_store

from . import pgserver

DATA_TABLES: tuple[str, ...] = ("articles", "events", "event_actors", "quotes", "entities")
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


@pytest.fixture(scope="session")
def pg_admin_url() -> Iterator[str]:
    """A PostgreSQL server for the session: $HADATH_TEST_PG_URL, or a throwaway cluster; else skip."""
    pytest.importorskip("pg8000")
    given = os.environ.get(pgserver.ENV_URL)
    if given:
        yield given
        return
    with contextlib.ExitStack() as stack:
        try:
            url = stack.enter_context(pgserver.throwaway_server())
        except RuntimeError as err:
            pytest.skip(f"no PostgreSQL server: {err}")
        yield url


@pytest.fixture(scope="session")
def pg_database_url(pg_admin_url: str) -> Iterator[str]:
    """A database of the session's own on the server, dropped at the end."""
    with pgserver.scratch_database(pg_admin_url) as url:
        yield url


@pytest.fixture
def pg_url(pg_database_url: str) -> Iterator[str]:
    """A URL whose store starts empty: a fresh schema in the session's database, dropped after the test."""
    with pgserver.scratch_schema(pg_database_url) as url:
        yield url


@pytest.fixture(params=["sqlite", "postgres"])
def store_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a new, empty store lives: a SQLite file, or a PostgreSQL database URL."""
    if request.param == "sqlite":
        return str(tmp_path / "h.db")
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture(scope="session")
def pg_shared_url(pg_database_url: str) -> Iterator[str]:
    """One schema migrated once for the session: the fast way to an empty PostgreSQL store."""
    with pgserver.scratch_schema(pg_database_url) as url:
        open_store(url).close()
        yield url


@pytest.fixture(params=["sqlite", "postgres"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """An open, empty store of each backend, coding with data hash ``kb1``.

    The PostgreSQL one is the session's schema, emptied (migrating a new schema per test
    would cost a quarter second each); tests that change the schema use ``store_target``.
    """
    if request.param == "sqlite":
        with open_store(tmp_path / "h.db", data_hash="kb1") as s:
            yield s
        return
    with open_store(request.getfixturevalue("pg_shared_url"), data_hash="kb1") as s:
        # Events, quotes and entities go with their article; DELETE beats TRUNCATE on tiny tables.
        s.db.execute("DELETE FROM articles")
        s.db.execute("DELETE FROM clusters")
        s.db.execute("DELETE FROM runs")
        yield s


def table_counts(store: Store) -> dict[str, int]:
    """Rows per table of the article data."""
    # Table names are this module's, not input.
    return {t: int(store.db.query(f"SELECT COUNT(*) AS n FROM {t}")[0]["n"]) for t in DATA_TABLES}
