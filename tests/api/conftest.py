"""Stores with hand-made articles and events, on SQLite and PostgreSQL, and TestClients over them.

The articles are Arabic sentences written for these tests; every span is found with
``str.find`` so offsets always agree with the text. Articles are saved through the
project's store, so events get their clusters (canonical events) the way a run gives them:
the Sanaa air strike is told by an agency (``t-yemen-1``), by a copy of that wire in another
outlet (``t-yemen-copy``) and in other words by a third outlet (``t-yemen-2``).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from hadath.api import create_app
from hadath.model import EVENT_TYPES, MODALITIES, Actor, Article, Event, Place, Quote
from hadath.store import open_store

from ..store import pgserver

BACKENDS = ("sqlite", "postgres")


@dataclass(frozen=True, slots=True)
class Arg:
    """An argument to place in a sentence: surface text and identity."""

    text: str
    entity: str
    country: str = ""
    sector: str = ""
    kb_id: str = ""


def _find(text: str, sub: str, start: int = 0) -> tuple[int, int]:
    at = text.index(sub, start)
    return at, at + len(sub)


def _event(
    text: str, sentence: str, trigger: str, event_type: str, cameo: str, *,
    actor: tuple[Arg, ...] = (), recipient: tuple[Arg, ...] = (),
    place: tuple[str, str, str, float, float] | None = None,
    date: str | None = None, date_text: str | None = None, modality: str = "asserted",
    confidence: float = 0.8,
) -> Event:  # fmt: skip
    """An event whose spans are located inside ``sentence`` within ``text``."""
    s_start, s_end = _find(text, sentence)
    t_start, t_end = _find(text, trigger, s_start)

    def arg(a: Arg) -> Actor:
        start, end = _find(text, a.text, s_start)
        return Actor(start, end, a.text, a.entity, a.country, a.sector, a.kb_id)

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
        date_precision="day" if date else "",
        quad_class=4 if cameo[:2] >= "14" else 3 if cameo[:2] >= "09" else 1, confidence=confidence,
        rule="test",
    )  # fmt: skip


def _quote(text: str, cue: str, content: str, speaker: Arg) -> Quote:
    c_start, c_end = _find(text, cue)
    q_start, q_end = _find(text, content, c_end)
    s_start, s_end = _find(text, speaker.text, c_start)
    who = Actor(s_start, s_end, speaker.text, speaker.entity, speaker.country, speaker.sector, speaker.kb_id)
    return Quote(cue_start=c_start, cue_end=c_end, cue=cue, content_start=q_start, content_end=q_end,
                 content=content, speaker=who, rule="test")  # fmt: skip


KERRY = Arg("جون كيري", "John Kerry", "USA", "GOV", "hd:per/john_kerry")
KERRY_SAID = Arg("كيري", "John Kerry", "USA", "GOV", "hd:per/john_kerry")
LAVROV = Arg("سيرغي لافروف", "Sergey Lavrov", "RUS", "GOV", "hd:per/sergey_lavrov")
WASHINGTON = Arg("واشنطن", "United States", "USA", "GOV", "Q900030")
MOSCOW = Arg("موسكو", "Russia", "RUS", "GOV", "Q900159")
COALITION = Arg("التحالف العربي", "Saudi-led coalition", "SAU", "MIL", "hd:igo/arab_coalition")
HOUTHIS = Arg("الحوثيين", "Houthis", "YEM", "REB", "Q900001")
SPOKESMAN = Arg("المتحدث باسم التحالف", "Saudi-led coalition", "SAU", "MIL", "hd:igo/arab_coalition")
JUBEIR = Arg("عادل الجبير", "Adel al-Jubeir", "SAU", "GOV", "hd:per/adel_al_jubeir")
SANAA = ("صنعاء", "Sanaa", "YEM", 15.35, 44.21)

SYRIA_S1 = "التقى وزير الخارجية الأميركي جون كيري نظيره الروسي سيرغي لافروف في جنيف أمس لبحث وقف إطلاق النار في سوريا."
SYRIA_S2 = "واتهمت واشنطن موسكو بعرقلة إدخال المساعدات إلى حلب."
SYRIA_S3 = "وقال كيري إن المفاوضات مع الجانب الروسي ستستمر حتى التوصل إلى هدنة."
SYRIA = f"جنيف - وكالات: {SYRIA_S1} {SYRIA_S2} {SYRIA_S3}"
YEMEN_S1 = "شنت طائرات التحالف العربي غارات على مواقع الحوثيين في صنعاء مساء الأحد."
YEMEN_S2 = "ونفى المتحدث باسم التحالف استهداف المدنيين في الغارات."
YEMEN_S3 = "وقال المتحدث باسم التحالف إن الغارات أصابت مخازن أسلحة ومنصات صواريخ."
YEMEN = f"صنعاء - رويترز: {YEMEN_S1} {YEMEN_S2} {YEMEN_S3}"
# The same wire in another outlet, with its own first line.
YEMEN_COPY = f"نقلا عن رويترز: {YEMEN_S1} {YEMEN_S2} {YEMEN_S3}"
YEMEN2_S1 = "قصفت مقاتلات التحالف العربي مواقع الحوثيين في صنعاء مساء الأحد وسمع دوي انفجارات قوية."
YEMEN2 = f"صنعاء - مراسلنا: {YEMEN2_S1} وأفاد سكان بتصاعد الدخان من جبل نقم."
GULF_S1 = "وسيزور وزير الخارجية السعودي عادل الجبير موسكو الأسبوع المقبل لبحث الأزمة السورية."
GULF = f"الرياض - واس: {GULF_S1}"


def _yemen(doc_id: str, text: str, source: str, published: str) -> Article:
    article = Article(doc_id, text, title="غارات على صنعاء", url=f"https://{source}/{doc_id}",
                      published=published, source=source)  # fmt: skip
    article.events = [
        _event(text, YEMEN_S1, "شنت", "ASSAULT", "195", actor=(COALITION,), recipient=(HOUTHIS,),
               place=SANAA, date="2016-09-11", date_text="مساء الأحد", confidence=0.9),
        _event(text, YEMEN_S2, "نفى", "REJECT", "12", actor=(SPOKESMAN,), confidence=0.6),
    ]  # fmt: skip
    article.quotes = [_quote(text, "وقال", "الغارات أصابت مخازن أسلحة ومنصات صواريخ", SPOKESMAN)]
    return article


def make_articles() -> list[Article]:
    """Six articles: a Geneva meeting, one air strike told three times, a future visit."""
    syria = Article("t-syria-1", SYRIA, title="كيري ولافروف في جنيف", url="https://example.org/syria/1",
                    published="2016-09-20T10:00:00", source="example.org")  # fmt: skip
    syria.events = [
        _event(SYRIA, SYRIA_S1, "التقى", "CONSULT", "043", actor=(KERRY,), recipient=(LAVROV,),
               place=("جنيف", "Geneva", "CHE", 46.2, 6.15), date="2016-09-19", date_text="أمس"),
        _event(SYRIA, SYRIA_S2, "اتهمت", "ACCUSE", "112", actor=(WASHINGTON,), recipient=(MOSCOW,),
               confidence=0.7),
    ]  # fmt: skip
    syria.quotes = [
        _quote(SYRIA, "وقال", "المفاوضات مع الجانب الروسي ستستمر حتى التوصل إلى هدنة", KERRY_SAID)
    ]
    yemen2 = Article("t-yemen-2", YEMEN2, title="قصف في صنعاء", url="https://example.net/yemen/2",
                     published="2016-09-12T09:00:00", source="example.net")  # fmt: skip
    yemen2.events = [
        _event(YEMEN2, YEMEN2_S1, "قصفت", "ASSAULT", "195", actor=(COALITION,), recipient=(HOUTHIS,),
               place=SANAA, date="2016-09-11", date_text="مساء الأحد", confidence=0.7),
    ]  # fmt: skip
    gulf = Article("t-gulf-1", GULF, title="الجبير إلى موسكو", published="2015-10-05", source="example.net")
    gulf.events = [
        _event(GULF, GULF_S1, "وسيزور", "CONSULT", "042", actor=(JUBEIR,), recipient=(MOSCOW,),
               modality="future", confidence=0.5),
    ]  # fmt: skip
    return [
        syria,
        _yemen("t-yemen-1", YEMEN, "example.org", "2016-09-12T08:30:00"),
        _yemen("t-yemen-copy", YEMEN_COPY, "example.com", "2016-09-12T11:00:00"),
        yemen2,
        gulf,
    ]


def many_articles(n: int = 36) -> list[Article]:
    """``n`` one-event articles whose dates and confidences tie often (for paging).

    Every third word of each text is the article's number, so no two texts share a 4-word
    shingle (none is a copy). No two events can be one: the same type on the same day comes
    with a modality the other's cannot be, and days are further apart than the merge window.
    """
    out = []
    for i in range(n):
        text = f"أعلن الوفد {i} أنه بحث {i} مع الفريق {i} خطة العمل {i} للأسبوع القادم {i}."
        day = None if i % 5 == 0 else f"2016-03-{1 + 3 * (i % 4):02d}"
        who = Arg(f"الوفد {i}", f"Delegation {i:02d}", "EGY" if i % 2 else "JOR", "GOV")
        article = Article(f"t-many-{i:02d}", text, published=f"2016-03-{1 + 3 * (i % 4):02d}",
                          source=f"outlet{i % 3}.test")  # fmt: skip
        article.events = [
            _event(text, text, "بحث", EVENT_TYPES[i % len(EVENT_TYPES)], "040", actor=(who,), date=day,
                   modality=MODALITIES[i // len(EVENT_TYPES) % len(MODALITIES)],
                   confidence=(0.5, 0.7, 0.9)[i % 3]),
        ]  # fmt: skip
        out.append(article)
    return out


def save_all(target: str, articles: list[Article]) -> str:
    """Save ``articles`` into the store at ``target`` with the project's store; returns the target."""
    with open_store(target) as store:
        for article in articles:
            store.save(article)
    return target


@pytest.fixture(scope="package")
def articles() -> list[Article]:
    return make_articles()


@pytest.fixture(scope="package")
def pg_database_url() -> Iterator[str]:
    """A database of the package's own on a PostgreSQL server ($HADATH_TEST_PG_URL or throwaway); else skip."""
    yield from pgserver.database_or_skip()


def new_target(
    request: pytest.FixtureRequest, backend: str, folder: Path
) -> contextlib.AbstractContextManager[str]:
    """An empty store location: a SQLite file in ``folder``, or a fresh PostgreSQL schema."""
    return pgserver.new_target(request, backend, folder / "hadath.db")


@pytest.fixture(scope="package", params=BACKENDS)
def target(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, articles: list[Article]
) -> Iterator[str]:
    """The store with :func:`make_articles`, on each backend."""
    with new_target(request, request.param, tmp_path_factory.mktemp("store")) as place:
        yield save_all(place, articles)


@pytest.fixture(scope="package")
def db_path(tmp_path_factory: pytest.TempPathFactory, articles: list[Article]) -> Path:
    """The SQLite store file with :func:`make_articles` (for tests of the file itself)."""
    return Path(save_all(str(tmp_path_factory.mktemp("file") / "hadath.db"), articles))


@pytest.fixture(scope="package")
def client(target: str) -> Iterator[TestClient]:
    with TestClient(create_app(target)) as test_client:
        yield test_client


@pytest.fixture(scope="package", params=BACKENDS)
def many_client(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[TestClient]:
    """A client over a store of :func:`many_articles`, on each backend."""
    with contextlib.ExitStack() as stack:
        place = stack.enter_context(new_target(request, request.param, tmp_path_factory.mktemp("many")))
        yield stack.enter_context(TestClient(create_app(save_all(place, many_articles()))))
