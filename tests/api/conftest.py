"""A temporary store with hand-made articles and events, and a TestClient over it.

The articles are Arabic sentences written for these tests; every span is found with
``str.find`` so offsets always agree with the text.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from hadath.api import create_app
from hadath.model import Actor, Article, Event, Place
from hadath.store import open_store


@dataclass(frozen=True, slots=True)
class Arg:
    """An argument to place in a sentence: surface text and identity."""

    text: str
    entity: str
    country: str = ""
    sector: str = ""


def _find(text: str, sub: str, start: int = 0) -> tuple[int, int]:
    at = text.index(sub, start)
    return at, at + len(sub)


def _event(
    text: str, sentence: str, trigger: str, event_type: str, cameo: str, *,
    actor: tuple[Arg, ...] = (), recipient: tuple[Arg, ...] = (),
    place: tuple[str, str, str, float, float] | None = None,
    date: str | None = None, date_text: str | None = None, modality: str = "asserted",
) -> Event:  # fmt: skip
    """An event whose spans are located inside ``sentence`` within ``text``."""
    s_start, s_end = _find(text, sentence)
    t_start, t_end = _find(text, trigger, s_start)

    def arg(a: Arg) -> Actor:
        start, end = _find(text, a.text, s_start)
        return Actor(start, end, a.text, a.entity, a.country, a.sector)

    location = None
    if place:
        p_start, p_end = _find(text, place[0], s_start)
        location = Place(p_start, p_end, place[0], place[1], place[2], place[3], place[4], precision="city")
    d_start = d_end = None
    if date_text:
        d_start, d_end = _find(text, date_text, s_start)
    return Event(
        sentence_start=s_start, sentence_end=s_end, trigger_start=t_start, trigger_end=t_end,
        trigger=trigger, event_type=event_type, cameo=cameo, sentence=sentence, modality=modality,
        actor=[arg(a) for a in actor], recipient=[arg(a) for a in recipient], location=location,
        date=date, date_text=date_text, date_start=d_start, date_end=d_end,
        quad_class=4 if cameo[:2] >= "14" else 3 if cameo[:2] >= "09" else 1, confidence=0.8, rule="test",
    )  # fmt: skip


KERRY = Arg("جون كيري", "John Kerry", "USA", "GOV")
LAVROV = Arg("سيرغي لافروف", "Sergey Lavrov", "RUS", "GOV")
WASHINGTON = Arg("واشنطن", "United States", "USA", "GOV")
MOSCOW = Arg("موسكو", "Russia", "RUS", "GOV")
COALITION = Arg("التحالف العربي", "Saudi-led coalition", "SAU", "MIL")
HOUTHIS = Arg("الحوثيين", "Houthis", "YEM", "REB")
SPOKESMAN = Arg("المتحدث باسم التحالف", "Saudi-led coalition", "SAU", "MIL")
JUBEIR = Arg("عادل الجبير", "Adel al-Jubeir", "SAU", "GOV")

SYRIA_S1 = "التقى وزير الخارجية الأميركي جون كيري نظيره الروسي سيرغي لافروف في جنيف أمس لبحث وقف إطلاق النار في سوريا."
SYRIA_S2 = "واتهمت واشنطن موسكو بعرقلة إدخال المساعدات إلى حلب."
SYRIA = f"جنيف - وكالات: {SYRIA_S1} {SYRIA_S2}"
YEMEN_S1 = "شنت طائرات التحالف العربي غارات على مواقع الحوثيين في صنعاء مساء الأحد."
YEMEN_S2 = "ونفى المتحدث باسم التحالف استهداف المدنيين في الغارات."
YEMEN = f"صنعاء - رويترز: {YEMEN_S1} {YEMEN_S2}"
GULF_S1 = "وسيزور وزير الخارجية السعودي عادل الجبير موسكو الأسبوع المقبل لبحث الأزمة السورية."
GULF = f"الرياض - واس: {GULF_S1}"


def make_articles() -> list[Article]:
    """Three articles, five events: two storylines in 2016 and one in 2015."""
    syria = Article("t-syria-1", SYRIA, title="كيري ولافروف في جنيف", url="https://example.org/syria/1",
                    published="2016-09-20T10:00:00", source="example.org")  # fmt: skip
    syria.events = [
        _event(SYRIA, SYRIA_S1, "التقى", "CONSULT", "043", actor=(KERRY,), recipient=(LAVROV,),
               place=("جنيف", "Geneva", "CHE", 46.2, 6.15), date="2016-09-19", date_text="أمس"),
        _event(SYRIA, SYRIA_S2, "اتهمت", "ACCUSE", "112", actor=(WASHINGTON,), recipient=(MOSCOW,)),
    ]  # fmt: skip
    yemen = Article("t-yemen-1", YEMEN, title="غارات على صنعاء", url="https://example.org/yemen/1",
                    published="2016-09-12T08:30:00", source="example.org")  # fmt: skip
    yemen.events = [
        _event(YEMEN, YEMEN_S1, "شنت", "ASSAULT", "195", actor=(COALITION,), recipient=(HOUTHIS,),
               place=("صنعاء", "Sanaa", "YEM", 15.35, 44.21), date="2016-09-11", date_text="مساء الأحد"),
        _event(YEMEN, YEMEN_S2, "نفى", "REJECT", "12", actor=(SPOKESMAN,)),
    ]  # fmt: skip
    gulf = Article("t-gulf-1", GULF, title="الجبير إلى موسكو", published="2015-10-05", source="example.net")
    gulf.events = [
        _event(
            GULF, GULF_S1, "وسيزور", "CONSULT", "042", actor=(JUBEIR,), recipient=(MOSCOW,), modality="future"
        ),
    ]
    return [syria, yemen, gulf]


def build_store(path: Path, articles: list[Article]) -> Path:
    """A store file at ``path`` holding ``articles``, written by the project's own store."""
    with open_store(path) as store:
        for article in articles:
            store.save(article)
    return path


@pytest.fixture(scope="package")
def articles() -> list[Article]:
    return make_articles()


@pytest.fixture(scope="package")
def db_path(tmp_path_factory: pytest.TempPathFactory, articles: list[Article]) -> Path:
    return build_store(tmp_path_factory.mktemp("store") / "hadath.db", articles)


@pytest.fixture(scope="package")
def client(db_path: Path) -> Iterator[TestClient]:
    with TestClient(create_app(str(db_path))) as test_client:
        yield test_client
