"""``/api/events`` and ``/api/mentions``: filters, sorts, detail, errors, on SQLite and PostgreSQL.

The store holds six canonical events (see conftest): التقى (CONSULT, Geneva, 2016-09-19),
اتهمت (ACCUSE, undated), شنت (ASSAULT, Sanaa, 2016-09-11, three mentions from two
independent sources), نفى twice (REJECT, undated: undated mentions are never merged) and
وسيزور (CONSULT, future, undated).
"""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from hadath.model import Article

ALL = ["التقى", "اتهمت", "شنت", "نفى", "نفى", "وسيزور"]


def _get(client: TestClient, path: str, **params: Any) -> Any:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def _triggers(client: TestClient, path: str = "/api/events", **params: Any) -> list[str]:
    return sorted(e["trigger"] for e in _get(client, path, **params)["data"])


def test_events_lists_canonical_events_newest_first(client: TestClient) -> None:
    page = _get(client, "/api/events", total="true")
    assert page["total"] == 6
    assert page["next"] is None
    assert sorted(e["trigger"] for e in page["data"]) == sorted(ALL)
    dates = [e["date_first"] or "" for e in page["data"]]
    assert dates == sorted(dates, reverse=True)
    undated = [e["id"] for e in page["data"] if not e["date_first"]]
    assert undated == sorted(undated, reverse=True)  # ties go by id, in the sort's direction


def test_events_count_mentions_articles_and_sources(client: TestClient) -> None:
    (strike,) = _get(client, "/api/events", type="ASSAULT")["data"]
    assert (strike["mentions"], strike["articles"], strike["sources"]) == (3, 3, 2)
    assert strike["trigger"] == "شنت"  # the founding mention is the agency's
    assert strike["doc_id"] == "t-yemen-1"
    assert strike["best_confidence"] == 0.9
    assert strike["place"]["name"] == "Sanaa"
    assert (strike["place"]["lat"], strike["place"]["lon"]) == (15.35, 44.21)
    assert strike["date"] == strike["date_first"] == strike["date_last"] == "2016-09-11"
    assert strike["date_precision"] == "day"


@pytest.mark.parametrize(
    ("params", "triggers"),
    [
        ({"type": "CONSULT"}, ["التقى", "وسيزور"]),
        ({"type": "assault"}, ["شنت"]),
        ({"quad_class": 4}, ["شنت"]),
        ({"quad_class": 3}, ["اتهمت", "نفى", "نفى"]),
        ({"modality": "FUTURE"}, ["وسيزور"]),
        ({"actor": "john kerry"}, ["التقى"]),
        ({"actor": "HD:PER/JOHN_KERRY"}, ["التقى"]),
        ({"actor": "Saudi-led coalition"}, ["شنت", "نفى", "نفى"]),
        ({"actor": "Q900001"}, []),
        ({"recipient": "q900001"}, ["شنت"]),
        ({"recipient": "russia"}, ["اتهمت", "وسيزور"]),
        ({"actor_country": "rus"}, ["التقى", "اتهمت", "وسيزور"]),
        ({"sector": "REB"}, ["شنت"]),
        ({"sector": "mil"}, ["شنت", "نفى", "نفى"]),
        ({"place": "sanaa"}, ["شنت"]),
        ({"country": "che"}, ["التقى"]),
        ({"bbox": "40,10,50,20"}, ["شنت"]),
        ({"bbox": "0, 40, 10, 50"}, ["التقى"]),
        ({"bbox": "-10,-10,0,0"}, []),
        ({"q": "حلب"}, ["اتهمت"]),
        ({"q": "بالغارات"}, ["شنت", "نفى", "نفى"]),
        ({"q": "والمقاتلات"}, ["شنت"]),  # only the third outlet's mention has the word
        ({"q": "100%"}, []),
        ({"q": "  "}, ALL),
        ({"date_from": "2016-09-12"}, ["التقى"]),
        ({"date_from": "2016-09-11", "date_to": "2016-09-11"}, ["شنت"]),
        ({"date_to": "2015-12-31"}, []),
        ({"min_confidence": 0.85}, ["شنت"]),
        ({"min_sources": 2}, ["شنت"]),
        ({"type": "CONSULT", "date_from": "2016-01-01"}, ["التقى"]),
        ({"actor": "saudi-led coalition", "q": "المدنيين"}, ["نفى", "نفى"]),
    ],
)
def test_events_filters(client: TestClient, params: dict[str, Any], triggers: list[str]) -> None:
    assert _triggers(client, **params) == sorted(triggers)


@pytest.mark.parametrize(
    ("sort", "first"),
    [
        ("-sources", "شنت"),
        ("-confidence", "شنت"),
        ("confidence", "وسيزور"),
        ("date", "اتهمت"),
        ("-date", "التقى"),
    ],
)
def test_events_sort(client: TestClient, sort: str, first: str) -> None:
    assert _get(client, "/api/events", sort=sort)["data"][0]["trigger"] == first


@pytest.mark.parametrize(
    "params",
    [
        {"tpye": "ASSAULT"}, {"type": "BOMBING"}, {"modality": "maybe"}, {"date_from": "yesterday"},
        {"date_from": "2016-09-12", "date_to": "2016-09-11"}, {"limit": 0}, {"limit": 501},
        {"quad_class": 5}, {"bbox": "1,2,3"}, {"bbox": "50,10,40,20"}, {"bbox": "0,-100,10,10"},
        {"bbox": "a,b,c,d"}, {"sort": "random"}, {"country": "SAUD"}, {"sector": "XYZ"},
        {"min_confidence": 2}, {"min_sources": 0}, {"actor": "x" * 201},
    ],
)  # fmt: skip
def test_events_bad_parameters_are_422_with_a_message(client: TestClient, params: dict[str, Any]) -> None:
    response = client.get("/api/events", params=params)
    assert response.status_code == 422
    assert response.json()["detail"][0]["msg"]


@pytest.mark.parametrize("cursor", ["nonsense", "WyJ4Il0", "W10", "WyItZGF0ZSIsMSwyXQ"])
def test_events_bad_cursor_is_400(client: TestClient, cursor: str) -> None:
    response = client.get("/api/events", params={"cursor": cursor})
    assert response.status_code == 400
    assert response.json()["detail"].startswith("bad cursor")


def test_events_cursor_of_another_sort_is_400(client: TestClient) -> None:
    cursor = _get(client, "/api/events", sort="sources", limit=1)["next"]
    response = client.get("/api/events", params={"sort": "-sources", "cursor": cursor})
    assert response.status_code == 400
    assert "sort='sources'" in response.json()["detail"]


def test_events_spans_point_into_article_text(client: TestClient, articles: list[Article]) -> None:
    texts = {a.doc_id: a.text for a in articles}
    rows = _get(client, "/api/events")["data"] + _get(client, "/api/mentions")["data"]
    assert len(rows) == 6 + 8
    for ev in rows:
        text = texts[ev["doc_id"]]
        assert text[ev["sentence_start"] : ev["sentence_end"]] == ev["sentence"]
        assert text[ev["trigger_start"] : ev["trigger_end"]] == ev["trigger"]
        for arg in ev["actor"] + ev["recipient"]:
            assert text[arg["start"] : arg["end"]] == arg["text"]
        if ev["place"]:
            assert text[ev["place"]["start"] : ev["place"]["end"]] == ev["place"]["text"]
        if ev["date_text"]:
            assert text[ev["date_start"] : ev["date_end"]] == ev["date_text"]


def test_event_detail_lists_every_mention_founder_first(client: TestClient, articles: list[Article]) -> None:
    strike = _get(client, "/api/events", type="ASSAULT")["data"][0]
    detail = _get(client, f"/api/events/{strike['id']}")
    assert {k: v for k, v in detail.items() if k != "mention_list"} == strike
    mentions = detail["mention_list"]
    assert [m["doc_id"] for m in mentions] == ["t-yemen-1", "t-yemen-2", "t-yemen-copy"]  # by publication
    assert [m["founder"] for m in mentions] == [True, False, False]
    assert mentions[0]["id"] == strike["mention_id"]
    assert mentions[0]["cluster_link"] is None
    assert {m["cluster_link"]["rule"] for m in mentions[1:]} == {"same_copy", "shared_participant"}
    assert {m["source"] for m in mentions} == {"example.org", "example.com", "example.net"}
    assert all(m["cluster_id"] == strike["id"] for m in mentions)
    texts = {a.doc_id: a.text for a in articles}
    for m in mentions:
        assert texts[m["doc_id"]][m["trigger_start"] : m["trigger_end"]] == m["trigger"]
        assert m["url"].startswith("https://")


@pytest.mark.parametrize(("path", "status"), [("/api/events/9999", 404), ("/api/events/abc", 422)])
def test_event_missing(client: TestClient, path: str, status: int) -> None:
    response = client.get(path)
    assert response.status_code == status
    if status == 404:
        assert response.json() == {"detail": "no event 9999"}


@pytest.mark.parametrize(
    ("params", "triggers"),
    [
        ({}, ["التقى", "اتهمت", "شنت", "شنت", "قصفت", "نفى", "نفى", "وسيزور"]),
        ({"min_sources": 2}, ["شنت", "شنت", "قصفت"]),
        ({"type": "REJECT", "sector": "MIL"}, ["نفى", "نفى"]),
        ({"q": "مقاتلات"}, ["قصفت"]),
        ({"min_confidence": 0.9}, ["شنت", "شنت"]),
    ],
)
def test_mentions_filters(client: TestClient, params: dict[str, Any], triggers: list[str]) -> None:
    assert _triggers(client, "/api/mentions", **params) == sorted(triggers)


def test_mentions_carry_their_event_and_link(client: TestClient) -> None:
    rows = _get(client, "/api/mentions", min_sources=2, sort="confidence")["data"]
    assert [r["confidence"] for r in rows] == [0.7, 0.9, 0.9]
    assert len({r["cluster_id"] for r in rows}) == 1
    assert [r["cluster_link"] is None for r in rows].count(True) == 1


def test_mentions_refuse_sort_by_sources(client: TestClient) -> None:
    assert client.get("/api/mentions", params={"sort": "sources"}).status_code == 422


@pytest.mark.parametrize("name", ["actor", "recipient", "place", "q"])
@pytest.mark.parametrize(
    "value", ["x' OR '1'='1", "'); DROP TABLE events; --", '" OR "" = "', "NEAR(a b)", "a* OR b", "\\%_"]
)
def test_events_filters_are_values_never_sql(client: TestClient, name: str, value: str) -> None:
    assert _get(client, "/api/events", **{name: value})["data"] == []
    assert _get(client, "/api/stats")["mentions"] == 8  # nothing was run
