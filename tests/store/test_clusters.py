"""The store links copies and clusters events as it saves, on both backends."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from hadath.model import Actor, Article, Event, Place
from hadath.store import Store
from hadath.store.base import DEDUP_LOCK

STRIKE = "قصفت طائرات روسية قافلة مساعدات إنسانية في ريف حلب الغربي مساء الاثنين."
STRIKE_RETOLD = "استهدفت طائرات روسية قافلة المساعدات الإنسانية بريف حلب الغربي."
SHELLING = "سقطت قذائف على حي سكني في العاصمة السورية وأوقعت جرحى بين المدنيين."
WIRE = (
    "وقالت مصادر طبية إن القافلة كانت تحمل أدوية ومواد غذائية لآلاف العائلات المحاصرة في المنطقة "
    "وإن سائقيها اضطروا إلى ترك الشاحنات والفرار سيرا على الأقدام بعد اشتعال النيران فيها "
    "فيما دعت منظمات الإغاثة إلى تحقيق مستقل في الحادث ومحاسبة المسؤولين عنه."
)
ALEPPO = {"name": "Aleppo", "country": "SYR", "lat": 36.2, "lon": 37.16, "precision": "city"}
DAMASCUS = {"name": "Damascus", "country": "SYR", "lat": 33.51, "lon": 36.29, "precision": "city"}


def report(doc_id: str, source: str, sentence: str, trigger: str, *, date: str = "2016-09-19",
           actor: str = "روسية", place: dict[str, object] | None = None, tail: str = WIRE) -> Article:  # fmt: skip
    """An article whose first sentence tells one ASSAULT by Russia (when ``actor`` is in it)."""
    text = f"{sentence} {tail}"
    start = text.index(trigger)
    actors = []
    if actor and actor in sentence:
        a = text.index(actor)
        actors = [
            Actor(
                start=a,
                end=a + len(actor),
                text=actor,
                entity="Russia",
                country="RUS",
                sector="GOV",
                kb_id="Q159",
            )
        ]
    location = Place(start=0, end=0, text="", kb_id="", **place) if place else None  # type: ignore[arg-type]
    event = Event(
        sentence_start=0, sentence_end=len(sentence), trigger_start=start, trigger_end=start + len(trigger),
        trigger=trigger, event_type="ASSAULT", cameo="195", sentence=sentence, actor=actors,
        location=location, date=date, date_precision="day", confidence=0.7,
    )  # fmt: skip
    return Article(doc_id=doc_id, text=text, title="", source=source, published=date, events=[event])


def cluster_rows(store: Store) -> list[dict[str, object]]:
    return store.db.query("SELECT id, mentions, articles, sources, first_event FROM clusters ORDER BY id")


def test_two_outlets_telling_one_strike_make_one_event(store: Store) -> None:
    store.save(report("a", "outlet-a", STRIKE, "قصفت", place=ALEPPO))
    store.save(
        report(
            "b",
            "outlet-b",
            STRIKE_RETOLD,
            "استهدفت",
            date="2016-09-20",
            tail="وأكد شهود وقوع انفجارات متتالية.",
        )
    )
    store.save(
        report("c", "outlet-c", SHELLING, "سقطت", actor="", place=DAMASCUS, tail="ولم تعلن أي جهة مسؤوليتها.")
    )
    rows = cluster_rows(store)
    assert [(r["mentions"], r["sources"]) for r in rows] == [(2, 2), (1, 1)]
    link = store.db.query("SELECT cluster_link FROM events WHERE cluster_link IS NOT NULL")
    assert json.loads(str(link[0]["cluster_link"]))["rule"] == "shared_participant"


def test_a_republished_wire_story_counts_once(store: Store) -> None:
    store.save(report("a", "agency", STRIKE, "قصفت", actor=""))
    # Outlets add their own closing line to the agency's text.
    store.save(report("b", "outlet-b", STRIKE, "قصفت", actor="", tail=WIRE + " وللمزيد تابعوا موقعنا."))
    store.save(report("c", "outlet-c", STRIKE, "قصفت", actor="", tail=WIRE + " نقلا عن وكالة الأنباء."))
    copies = store.db.query("SELECT doc_id, copy_of FROM articles ORDER BY id")
    first = store.db.query("SELECT id FROM articles WHERE doc_id = 'a'")[0]["id"]
    assert [r["copy_of"] for r in copies] == [None, first, first]
    assert [(r["mentions"], r["articles"], r["sources"]) for r in cluster_rows(store)] == [(3, 3, 1)]


def test_saving_again_changes_nothing(store: Store) -> None:
    article = report("a", "outlet-a", STRIKE, "قصفت")
    store.save(article)
    before = cluster_rows(store)
    assert store.save(article) == "unchanged"
    assert cluster_rows(store) == before


def test_replacing_an_article_refreshes_its_clusters(store: Store) -> None:
    store.save(report("a", "outlet-a", STRIKE, "قصفت"))
    second = report("b", "outlet-b", STRIKE_RETOLD, "استهدفت", tail="وأكد شهود وقوع انفجارات متتالية.")
    store.save(Article.from_dict({**second.to_dict(), "url": "http://b.example/1"}))
    assert [r["mentions"] for r in cluster_rows(store)] == [2]
    # The same URL now tells another event: the strike's cluster loses the mention.
    changed = report(
        "b", "outlet-b", SHELLING, "سقطت", actor="", place=DAMASCUS, tail="ولم تعلن أي جهة مسؤوليتها."
    )
    assert store.save(Article.from_dict({**changed.to_dict(), "url": "http://b.example/1"})) == "replaced"
    assert [(r["mentions"], r["sources"]) for r in cluster_rows(store)] == [(1, 1), (1, 1)]


def test_recluster_rebuilds_the_same_clusters(store: Store) -> None:
    store.save(report("a", "outlet-a", STRIKE, "قصفت", place=ALEPPO))
    store.save(report("b", "outlet-b", STRIKE_RETOLD, "استهدفت", tail="وأكد شهود وقوع انفجارات متتالية."))
    before = [(r["mentions"], r["sources"]) for r in cluster_rows(store)]
    assert store.recluster() == 1
    assert [(r["mentions"], r["sources"]) for r in cluster_rows(store)] == before


def test_recluster_reads_the_articles_under_the_writers_clustering_lock(store: Store) -> None:
    """A writer saving while a store re-clusters must be in the list or clustered after the reset."""
    store.save(report("a", "outlet-a", STRIKE, "قصفت", place=ALEPPO))
    held: list[str] = []
    begin, query = store.db.begin, store.db.query

    def spy_begin(locks: Sequence[str] = ()) -> None:
        held[:] = list(locks)
        begin(locks)

    def spy_query(sql: str, params: Sequence[object] = ()) -> list[dict[str, Any]]:
        if sql.startswith("SELECT id FROM articles"):
            assert DEDUP_LOCK in held, "the article list was read outside the clustering lock"
        return query(sql, params)

    store.db.begin, store.db.query = spy_begin, spy_query  # type: ignore[method-assign]
    assert store.recluster() == 1


def test_recluster_skips_an_article_replaced_while_it_ran(store: Store) -> None:
    store.save(report("a", "outlet-a", STRIKE, "قصفت", place=ALEPPO))
    store.save(report("c", "outlet-c", SHELLING, "سقطت", actor="", place=DAMASCUS, tail="ولم تعلن أي جهة."))
    recluster_one = store._recluster_article
    (later,) = store.db.query("SELECT MAX(id) AS id FROM articles")

    def replaced_meanwhile(article_id: int) -> None:
        # A writer replaced the later article between the reset and its batch.
        store.db.execute("DELETE FROM articles WHERE id = ?", (later["id"],))
        recluster_one(article_id)

    store._recluster_article = replaced_meanwhile  # type: ignore[method-assign]
    assert store.recluster() == 1
    assert [r["doc_id"] for r in store.events()] == ["a"]


def test_event_rows_carry_their_cluster_and_filter_by_it(store: Store) -> None:
    store.save(report("a", "outlet-a", STRIKE, "قصفت", place=ALEPPO))
    store.save(report("b", "outlet-b", STRIKE_RETOLD, "استهدفت", tail="وأكد شهود وقوع انفجارات متتالية."))
    store.save(
        report("c", "outlet-c", SHELLING, "سقطت", actor="", place=DAMASCUS, tail="ولم تعلن أي جهة مسؤوليتها.")
    )
    rows = store.events()
    assert [(r["doc_id"], r["sources"], r["mentions"]) for r in rows] == [
        ("a", 2, 2),
        ("b", 2, 2),
        ("c", 1, 1),
    ]
    assert rows[0]["cluster_id"] == rows[1]["cluster_id"] != rows[2]["cluster_id"]
    assert [r["doc_id"] for r in store.events(canonical=True)] == ["a", "c"]
    assert [r["doc_id"] for r in store.events(min_sources=2)] == ["a", "b"]


def test_an_event_told_day_after_day_is_not_one_event(store: Store) -> None:
    days = ["2016-09-19", "2016-09-20", "2016-09-21", "2016-09-22"]
    for i, day in enumerate(days):
        tail = f"وقال الشاهد {i} إن الانفجارات هزت المنطقة كلها في تلك الليلة."
        store.save(report(f"d{i}", f"outlet-{i}", STRIKE, "قصفت", date=day, place=ALEPPO, tail=tail))
    spans = store.db.query("SELECT date, date_last, mentions FROM clusters ORDER BY date")
    assert [(r["date"], r["date_last"], r["mentions"]) for r in spans] == [
        ("2016-09-19", "2016-09-20", 2), ("2016-09-21", "2016-09-22", 2),
    ]  # fmt: skip
