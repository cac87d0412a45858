"""``/api/events``, ``/api/articles``, ``/api/stats`` over the hand-made store."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from hadath.model import Article


def _triggers(client: TestClient, **params: str | int) -> list[str]:
    response = client.get("/api/events", params=params)
    assert response.status_code == 200, response.text
    page = response.json()
    assert page["count"] >= len(page["data"])
    return sorted(e["trigger"] for e in page["data"])


def test_events_lists_all_newest_first(client: TestClient) -> None:
    page = client.get("/api/events").json()
    assert page["count"] == 5
    days = [e["date"] or e["published"][:10] for e in page["data"]]
    assert days == sorted(days, reverse=True)


@pytest.mark.parametrize(
    ("params", "triggers"),
    [
        ({"event_type": "CONSULT"}, ["التقى", "وسيزور"]),
        ({"event_type": "assault"}, ["شنت"]),
        ({"modality": "future"}, ["وسيزور"]),
        ({"actor": "kerry"}, ["التقى"]),
        ({"actor": "لافروف"}, ["التقى"]),
        ({"actor": "Houthis"}, ["شنت"]),
        ({"country": "rus"}, ["التقى", "اتهمت", "وسيزور"]),
        ({"country": "CHE"}, ["التقى"]),
        ({"country": "YEM"}, ["شنت"]),
        ({"q": "حلب"}, ["اتهمت"]),
        ({"q": "صنعاء"}, ["شنت", "نفى"]),
        ({"q": "100%"}, []),
        ({"q": "  "}, ["اتهمت", "التقى", "شنت", "نفى", "وسيزور"]),
        ({"date_from": "2016-09-12"}, ["التقى", "اتهمت", "نفى"]),
        ({"date_from": "2016-09-11", "date_to": "2016-09-11"}, ["شنت"]),
        ({"date_to": "2015-12-31"}, ["وسيزور"]),
        ({"event_type": "CONSULT", "date_from": "2016-01-01"}, ["التقى"]),
    ],
)
def test_events_filters(client: TestClient, params: dict[str, str], triggers: list[str]) -> None:
    assert _triggers(client, **params) == sorted(triggers)


@pytest.mark.parametrize(
    "params",
    [{"evnt_type": "ASSAULT"}, {"event_type": "BOMBING"}, {"modality": "maybe"}, {"date_from": "yesterday"},
     {"limit": 0}, {"limit": 10_000}, {"offset": -1}],
)  # fmt: skip
def test_events_bad_filters_are_422(client: TestClient, params: dict[str, str]) -> None:
    assert client.get("/api/events", params=params).status_code == 422


def test_events_paging(client: TestClient) -> None:
    first = client.get("/api/events", params={"limit": 2}).json()
    rest = client.get("/api/events", params={"limit": 2, "offset": 2}).json()
    assert first["count"] == rest["count"] == 5
    assert len(first["data"]) == len(rest["data"]) == 2
    assert not {e["id"] for e in first["data"]} & {e["id"] for e in rest["data"]}


def test_events_spans_point_into_article_text(client: TestClient, articles: list[Article]) -> None:
    texts = {a.doc_id: a.text for a in articles}
    for ev in client.get("/api/events").json()["data"]:
        text = texts[ev["doc_id"]]
        assert text[ev["sentence_start"] : ev["sentence_end"]] == ev["sentence"]
        assert text[ev["trigger_start"] : ev["trigger_end"]] == ev["trigger"]
        for arg in ev["actor"] + ev["recipient"]:
            assert text[arg["start"] : arg["end"]] == arg["text"]
        if ev["location"]:
            assert text[ev["location"]["start"] : ev["location"]["end"]] == ev["location"]["text"]
        if ev["date_text"]:
            assert text[ev["date_start"] : ev["date_end"]] == ev["date_text"]


def test_event_by_id(client: TestClient) -> None:
    listed = client.get("/api/events", params={"event_type": "ASSAULT"}).json()["data"][0]
    one = client.get(f"/api/events/{listed['id']}").json()
    assert one == listed
    assert one["location"]["name"] == "Sanaa"
    assert one["actor"][0]["entity"] == "Saudi-led coalition"


@pytest.mark.parametrize(("path", "status"), [("/api/events/9999", 404), ("/api/events/abc", 422)])
def test_event_missing(client: TestClient, path: str, status: int) -> None:
    assert client.get(path).status_code == status


@pytest.mark.parametrize("key", ["t-syria-1", "1"])
def test_article_by_doc_id_or_number(client: TestClient, key: str, articles: list[Article]) -> None:
    article = client.get(f"/api/articles/{key}").json()
    assert article["doc_id"] == "t-syria-1"
    assert article["text"] == articles[0].text
    assert [e["trigger"] for e in article["events"]] == ["التقى", "اتهمت"]


def test_article_missing_is_404(client: TestClient) -> None:
    assert client.get("/api/articles/no-such-doc").status_code == 404


def test_stats_counts_by_type_and_day(client: TestClient) -> None:
    stats = client.get("/api/stats").json()
    assert stats["articles"] == 3
    assert stats["events"] == 5
    assert stats["by_type"] == {"CONSULT": 2, "ACCUSE": 1, "ASSAULT": 1, "REJECT": 1}
    assert [d["day"] for d in stats["by_day"]] == [
        "2015-10-05",
        "2016-09-11",
        "2016-09-12",
        "2016-09-19",
        "2016-09-20",
    ]
    assert sum(d["count"] for d in stats["by_day"]) == 5
