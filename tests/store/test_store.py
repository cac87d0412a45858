"""The store's contract, run against both backends: SQLite and a real PostgreSQL server.

Round trip, idempotency, URL replacement, atomic writes, queries, runs and search.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from hadath.errors import StoreError
from hadath.model import Article
from hadath.store import Store, open_store

from .conftest import TEXT, table_counts

MakeArticle = Callable[..., Article]


def test_store_round_trip_gives_the_same_record(store: Store, make_article: MakeArticle) -> None:
    article = make_article("doc-1")
    assert store.save(article) == "added"
    back = store.get_article("doc-1")
    assert back is not None
    assert back.to_dict() == article.to_dict()
    ev = back.events[0]
    assert back.text[ev.trigger_start : ev.trigger_end] == "استقبل"
    assert back.text[ev.actor[0].start : ev.actor[0].end] == "وزير الخارجية المصري"
    assert ev.location is not None
    assert ev.location.lat == 30.06  # 8-byte floats on both backends
    assert back.quotes[0].direct is False


def test_store_get_article_missing_is_none(store: Store) -> None:
    assert store.get_article("nope") is None


def test_store_resave_adds_nothing(store: Store, make_article: MakeArticle) -> None:
    store.save(make_article("doc-1"))
    before = table_counts(store)
    assert store.save(make_article("doc-1")) == "unchanged"
    # The same text under another id and URL is still the same document.
    assert store.save(make_article("copy", url="https://example.org/copy")) == "unchanged"
    assert table_counts(store) == before == {
        "articles": 1, "events": 1, "event_actors": 2, "quotes": 1, "entities": 3,
    }  # fmt: skip


def test_store_same_url_new_text_replaces(store: Store, make_article: MakeArticle, other_text: str) -> None:
    url = "https://example.org/news/1"
    store.save(make_article("v1", url=url))
    assert store.save(make_article("v2", text=other_text, url=url)) == "replaced"
    assert store.count_articles() == 1
    assert store.get_article("v1") is None
    assert store.get_article("v2") is not None
    assert table_counts(store)["event_actors"] == 2  # the old event's rows went with it


def test_store_new_data_hash_recodes(store: Store, make_article: MakeArticle) -> None:
    store.save(make_article("doc-1"))
    assert store.save(make_article("doc-1"), data_hash="kb2") == "replaced"
    assert store.count_articles() == 1
    assert store.db.query("SELECT data_hash FROM articles")[0]["data_hash"] == "kb2"


def test_store_crash_mid_article_leaves_nothing(
    store: Store, make_article: MakeArticle, monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(*_args: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(store, "_insert_quotes", explode)  # after article and events are written
    with pytest.raises(RuntimeError):
        store.save(make_article("doc-1"))
    assert table_counts(store) == dict.fromkeys(
        ("articles", "events", "event_actors", "quotes", "entities"), 0
    )
    assert store.search("القاهرة") == []  # nor anything in the search index
    monkeypatch.undo()
    assert store.save(make_article("doc-1")) == "added"


def test_store_crash_during_replace_keeps_old_version(
    store: Store, make_article: MakeArticle, monkeypatch: pytest.MonkeyPatch, other_text: str
) -> None:
    url = "https://example.org/news/2"
    store.save(make_article("v1", url=url))
    error = store.db.errors[0]

    def explode(*_args: object) -> None:
        raise error("simulated")

    monkeypatch.setattr(store, "_insert_entities", explode)
    with pytest.raises(StoreError, match="simulated"):
        store.save(make_article("v2", text=other_text, url=url))
    assert store.get_article("v1") is not None
    assert store.count_events() == 1


def test_store_database_error_is_one_line_store_error(store_target: str, make_article: MakeArticle) -> None:
    with open_store(store_target) as store:
        store.db.execute("DROP TABLE entities")
        with pytest.raises(StoreError) as info:
            store.save(make_article("doc-1"))
        assert "\n" not in str(info.value)
        assert "doc-1" in str(info.value)
        assert store.count_articles() == 0


def _two_articles(store: Store, make_article: MakeArticle, other_text: str) -> None:
    first = make_article("doc-1")
    first.events[0].actor[0].kb_id = "Q1"
    store.save(first)
    second = make_article("doc-2", text=other_text)
    second.events[0].event_type, second.events[0].cameo = "ASSAULT", "190"
    second.events[0].modality = "negated"
    second.events[0].actor, second.events[0].recipient, second.events[0].location = [], [], None
    second.events[0].date = None
    second.events[0].sentence = "وأضاف أن البلدين سيوقعان اتفاقية للنقل قريبا."
    store.save(second)


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, 2),
        ({"event_type": "CONSULT"}, 1),
        ({"event_type": "ASSAULT"}, 1),
        ({"actor": "egypt foreign minister"}, 1),
        ({"actor": "Q1"}, 1),
        ({"recipient": "Jordan foreign minister"}, 1),
        ({"actor": "Jordan foreign minister"}, 0),
        ({"actor_country": "JOR"}, 1),
        ({"country": "EGY"}, 1),
        ({"place": "cairo"}, 1),
        ({"date_from": "2024-03-12", "date_to": "2024-03-12"}, 1),
        ({"date_from": "2024-03-13"}, 0),
        ({"modality": "negated"}, 1),
        ({"doc_id": "doc-2"}, 1),
        ({"q": "القاهرة"}, 1),
        ({"q": "بالقاهرة"}, 1),
        ({"q": "اتفاقيه"}, 1),
        ({"q": "القاهرة اتفاقية"}, 0),
        ({"q": "؟!"}, 0),
        ({"q": "'; DROP TABLE events; --"}, 0),
        ({"limit": 1}, 1),
        ({"offset": 1}, 1),
        ({"limit": None}, 2),
    ],
)
def test_store_events_filters(
    store: Store, make_article: MakeArticle, filters: dict[str, object], expected: int, other_text: str
) -> None:
    _two_articles(store, make_article, other_text)
    assert len(store.events(**filters)) == expected  # type: ignore[arg-type]
    assert store.count_events() == 2


def test_store_events_rows_carry_article_fields(store: Store, make_article: MakeArticle) -> None:
    store.save(make_article("doc-1", url="https://example.org/a"))
    (row,) = store.events()
    assert row["doc_id"] == "doc-1"
    assert row["url"] == "https://example.org/a"
    assert row["position"] == 0
    assert row["location"]["name"] == "Cairo"
    assert row["actor"][0]["country"] == "EGY"
    assert (
        store.db.query("SELECT actor_entities FROM events")[0]["actor_entities"] == "|egypt foreign minister|"
    )


def test_store_events_dated_first_then_undated(
    store: Store, make_article: MakeArticle, other_text: str
) -> None:
    _two_articles(store, make_article, other_text)
    assert [r["date"] for r in store.events()] == ["2024-03-12", None]


def test_store_iter_articles_and_counts(store: Store, make_article: MakeArticle, other_text: str) -> None:
    store.save(make_article("doc-1"))
    store.save(make_article("doc-2", text=other_text))
    assert [a.doc_id for a in store.iter_articles()] == ["doc-1", "doc-2"]
    assert store.count_events() == 2


def test_store_runs_recorded(store: Store) -> None:
    run_id = store.start_run(["news/"])
    store.finish_run(run_id, {"read": 3})
    (run,) = store.runs()
    assert run["inputs"] == ["news/"]
    assert run["counts"] == {"read": 3}
    assert run["data_hash"] == "kb1"
    assert run["finished"]


def test_store_reopen_keeps_data_and_migrates_nothing(store_target: str, make_article: MakeArticle) -> None:
    with open_store(store_target) as s:
        s.save(make_article("doc-1"))
        versions = s.db.query("SELECT version FROM schema_version ORDER BY version")
    with open_store(store_target) as s:
        assert s.count_events() == 1
        assert s.save(make_article("doc-1")) == "unchanged"
        assert s.db.query("SELECT version FROM schema_version ORDER BY version") == versions


@pytest.mark.parametrize("query", ["بالمفاوضات", "والمفاوضات", "مفاوضات", "المفاوضات", "للمفاوضات"])
def test_store_search_finds_every_clitic_form(store: Store, make_article: MakeArticle, query: str) -> None:
    for doc_id, word in (("a", "بالمفاوضات"), ("b", "والمفاوضات"), ("c", "مفاوضات")):
        store.save(make_article(doc_id, text=f"{TEXT} ورحب الوزير {word} بين الطرفين."))
    store.save(make_article("d"))
    assert sorted(hit["doc_id"] for hit in store.search(query)) == ["a", "b", "c"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("القاهرة", ["doc-1", "doc-2"]),
        ("لقاء", ["doc-1", "doc-2"]),  # the title is indexed too
        ("اتفاقية النقل", ["doc-2"]),
        ("إتفاقيه", ["doc-2"]),  # hamza and teh marbuta normalized
        ("القاهرة موسكو", []),
        ("", []),
        ('"OR" * NEAR(', []),
    ],
)
def test_store_search(
    store: Store, make_article: MakeArticle, other_text: str, query: str, expected: list[str]
) -> None:
    store.save(make_article("doc-1"))
    store.save(make_article("doc-2", text=other_text))
    assert sorted(hit["doc_id"] for hit in store.search(query)) == expected


def test_store_search_forgets_replaced_text(store: Store, make_article: MakeArticle) -> None:
    url = "https://example.org/news/3"
    store.save(make_article("v1", url=url))
    store.save(make_article("v2", text=f"{TEXT} وأعلنت الحكومة خطة جديدة.", url=url))
    assert [hit["doc_id"] for hit in store.search("خطة")] == ["v2"]
    assert [hit["doc_id"] for hit in store.search("الثلاثاء")] == ["v2"]


def test_store_reindex_search_keeps_results(store: Store, make_article: MakeArticle) -> None:
    store.save(make_article("doc-1"))
    store.db.execute("UPDATE articles SET search_terms = ''")
    assert store.search("القاهرة") == []
    assert store.reindex_search() == 1
    assert [hit["doc_id"] for hit in store.search("بالقاهرة")] == ["doc-1"]
