"""``/api/aggregates``, ``/api/actors``, ``/api/places``, ``/api/quotes``, ``/api/articles``, ``/api/stats``."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from hadath.model import Article


def _get(client: TestClient, path: str, **params: Any) -> Any:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def _all_pages(client: TestClient, path: str, **params: Any) -> list[dict[str, Any]]:
    rows, cursor = [], None
    while True:
        page = _get(client, path, **params, **({"cursor": cursor} if cursor else {}))
        rows.extend(page["data"])
        cursor = page["next"]
        if cursor is None:
            return rows


# -- aggregates ----------------------------------------------------------------------------


def _buckets(client: TestClient, **params: Any) -> dict[str, int]:
    page = _get(client, "/api/aggregates", **params)
    assert page["by"] == params["by"]
    return {b["key"]: b["count"] for b in page["data"]}


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"by": "type"}, {"CONSULT": 2, "REJECT": 2, "ACCUSE": 1, "ASSAULT": 1}),
        ({"by": "type", "limit": 1}, {"CONSULT": 2}),
        ({"by": "day"}, {"2016-09-11": 1, "2016-09-19": 1}),
        ({"by": "day", "type": "ASSAULT"}, {"2016-09-11": 1}),
        ({"by": "place"}, {"Sanaa": 1, "Geneva": 1}),
        ({"by": "place", "actor_country": "USA"}, {"Geneva": 1}),
        ({"by": "dyad", "min_sources": 2}, {"Saudi-led coalition → Houthis": 1}),
        ({"by": "type", "q": "بالغارات"}, {"REJECT": 2, "ASSAULT": 1}),
    ],
)
def test_aggregates_count_canonical_events(
    client: TestClient, params: dict[str, Any], expected: dict[str, int]
) -> None:
    assert _buckets(client, **params) == expected


def test_aggregates_label_places_and_dyads(client: TestClient) -> None:
    places = {b["key"]: b for b in _get(client, "/api/aggregates", by="place")["data"]}
    assert (places["Sanaa"]["country"], places["Sanaa"]["lat"], places["Sanaa"]["lon"]) == (
        "YEM",
        15.35,
        44.21,
    )
    dyads = {b["key"]: b for b in _get(client, "/api/aggregates", by="dyad")["data"]}
    assert dyads["John Kerry → Sergey Lavrov"]["actor"] == "John Kerry"
    assert dyads["United States → Russia"]["recipient"] == "Russia"


@pytest.mark.parametrize(
    "params", [{}, {"by": "month"}, {"by": "type", "limit": 0}, {"by": "day", "cursor": "x"}]
)
def test_aggregates_bad_parameters(client: TestClient, params: dict[str, Any]) -> None:
    assert client.get("/api/aggregates", params=params).status_code == 422


# -- actors and places ---------------------------------------------------------------------


def test_actors_count_events_and_mentions(client: TestClient) -> None:
    rows = {r["name"]: r for r in _get(client, "/api/actors")["data"]}
    coalition = rows["Saudi-led coalition"]
    assert (coalition["events"], coalition["mentions"]) == (3, 5)
    assert (coalition["country"], coalition["sector"], coalition["kb_id"]) == (
        "SAU",
        "MIL",
        "hd:igo/arab_coalition",
    )
    assert rows["Russia"]["events"] == 2
    assert rows["Houthis"]["events"] == 1
    assert rows["Houthis"]["mentions"] == 3


@pytest.mark.parametrize(
    ("params", "names"),
    [
        ({"prefix": "SA"}, ["Saudi-led coalition"]),
        ({"prefix": "الحوث"}, ["Houthis"]),
        ({"prefix": "j"}, ["John Kerry"]),
        ({"prefix": "%"}, []),
        ({"country": "rus"}, ["Russia", "Sergey Lavrov"]),
        ({"sector": "REB"}, ["Houthis"]),
        ({"country": "SAU", "sector": "GOV"}, ["Adel al-Jubeir"]),
    ],
)
def test_actors_filters(client: TestClient, params: dict[str, Any], names: list[str]) -> None:
    assert sorted(r["name"] for r in _get(client, "/api/actors", **params)["data"]) == names


@pytest.mark.parametrize("sort", ["events", "-events", "name", "-name"])
def test_actors_pages_add_up_to_the_full_list(client: TestClient, sort: str) -> None:
    full = _get(client, "/api/actors", sort=sort, limit=500)["data"]
    assert len(full) == 7
    assert _all_pages(client, "/api/actors", sort=sort, limit=2) == full
    counts = [r["events"] for r in full]
    if sort.endswith("events"):
        assert counts == sorted(counts, reverse=sort.startswith("-"))
    else:
        names = [r["name"] for r in full]
        assert names == sorted(names, reverse=sort.startswith("-"))


def test_places_list_coordinates_and_counts(client: TestClient) -> None:
    rows = _get(client, "/api/places", sort="name")["data"]
    assert [(r["name"], r["country"], r["lat"], r["lon"], r["events"]) for r in rows] == [
        ("Geneva", "CHE", 46.2, 6.15, 1),
        ("Sanaa", "YEM", 15.35, 44.21, 1),
    ]
    assert [r["name"] for r in _get(client, "/api/places", prefix="san")["data"]] == ["Sanaa"]
    assert [r["name"] for r in _get(client, "/api/places", country="che")["data"]] == ["Geneva"]
    assert _all_pages(client, "/api/places", limit=1, sort="-name") == rows[::-1]


# -- quotes --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("params", "speakers"),
    [
        ({}, ["John Kerry", "Saudi-led coalition", "Saudi-led coalition"]),
        ({"speaker": "john kerry"}, ["John Kerry"]),
        ({"q": "بالمفاوضات"}, ["John Kerry"]),
        ({"q": "صواريخ"}, ["Saudi-led coalition", "Saudi-led coalition"]),
        ({"q": "حلب"}, []),  # in Kerry's article, not in his quote
        ({"q": "؟"}, []),
        ({"speaker": "Houthis"}, []),
    ],
)
def test_quotes_filters(client: TestClient, params: dict[str, Any], speakers: list[str]) -> None:
    rows = _get(client, "/api/quotes", **params)["data"]
    assert sorted(r["speaker_entity"] for r in rows) == speakers


def test_quotes_spans_and_pages(client: TestClient, articles: list[Article]) -> None:
    full = _get(client, "/api/quotes")["data"]
    texts = {a.doc_id: a.text for a in articles}
    for quote in full:
        text = texts[quote["doc_id"]]
        assert text[quote["content_start"] : quote["content_end"]] == quote["content"]
        assert text[quote["speaker"]["start"] : quote["speaker"]["end"]] == quote["speaker"]["text"]
    assert _all_pages(client, "/api/quotes", limit=1) == full
    assert _all_pages(client, "/api/quotes", limit=1, q="الغارات") == [
        q for q in full if "الغارات" in q["content"]
    ]


# -- articles and stats --------------------------------------------------------------------


@pytest.mark.parametrize("key", ["t-syria-1", "1"])
def test_article_by_doc_id_or_number(client: TestClient, key: str, articles: list[Article]) -> None:
    article = _get(client, f"/api/articles/{key}")
    assert article["doc_id"] == "t-syria-1"
    assert article["text"] == articles[0].text
    assert [e["trigger"] for e in article["events"]] == ["التقى", "اتهمت"]
    assert all(e["cluster_id"] for e in article["events"])
    assert article["copy_of"] is None
    assert article["copies"] == []


def test_article_copy_links(client: TestClient) -> None:
    copy = _get(client, "/api/articles/t-yemen-copy")
    assert copy["copy_of"]["doc_id"] == "t-yemen-1"
    assert 0.6 <= copy["copy_of"]["similarity"] <= 1
    original = _get(client, "/api/articles/t-yemen-1")
    assert [c["doc_id"] for c in original["copies"]] == ["t-yemen-copy"]
    assert original["copies"][0]["similarity"] == copy["copy_of"]["similarity"]


def test_article_missing_is_404(client: TestClient) -> None:
    response = client.get("/api/articles/no-such-doc")
    assert response.status_code == 404
    assert response.json() == {"detail": "no article no-such-doc"}


def test_stats_count_canonical_events(client: TestClient) -> None:
    assert _get(client, "/api/stats") == {
        "articles": 5,
        "mentions": 8,
        "events": 6,
        "by_type": {"CONSULT": 2, "REJECT": 2, "ACCUSE": 1, "ASSAULT": 1},
        "by_day": [{"day": "2016-09-11", "count": 1}, {"day": "2016-09-19", "count": 1}],
    }
