"""What the dashboard draws, aggregated on the server: ``/api/timeline``, ``/api/map``,
``/api/actors/{name}``, quotes' ``about``, and the type and place sorts of ``/api/events``.

The store is conftest's: two dated canonical events (ASSAULT in Sanaa on Sunday 2016-09-11,
CONSULT in Geneva on Monday 2016-09-19) among six.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from hadath.api import create_app
from hadath.model import Article, Event
from hadath.store.read import grid_points, period_of

from .conftest import BACKENDS, Arg, _event, _quote, new_target, save_all


def _get(client: TestClient, path: str, **params: Any) -> Any:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def _buckets(client: TestClient, **params: Any) -> dict[tuple[str, str], int]:
    answer = _get(client, "/api/timeline", **params)
    return {(b["period"], b["key"]): b["count"] for b in answer["data"]}


# -- timeline --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, {("2016-09-11", "ASSAULT"): 1, ("2016-09-19", "CONSULT"): 1}),
        ({"interval": "week"}, {("2016-09-05", "ASSAULT"): 1, ("2016-09-19", "CONSULT"): 1}),
        ({"interval": "month"}, {("2016-09", "ASSAULT"): 1, ("2016-09", "CONSULT"): 1}),
        ({"by": "quad_class", "interval": "month"}, {("2016-09", "1"): 1, ("2016-09", "4"): 1}),
        ({"type": "ASSAULT"}, {("2016-09-11", "ASSAULT"): 1}),
        ({"actor": "john kerry", "interval": "week"}, {("2016-09-19", "CONSULT"): 1}),
        ({"quad_class": 4, "by": "quad_class"}, {("2016-09-11", "4"): 1}),
        ({"q": "بالغارات"}, {("2016-09-11", "ASSAULT"): 1}),
        ({"date_from": "2016-09-12"}, {("2016-09-19", "CONSULT"): 1}),
    ],
)
def test_timeline_counts_canonical_events_per_period(
    client: TestClient, params: dict[str, Any], expected: dict[tuple[str, str], int]
) -> None:
    assert _buckets(client, **params) == expected


def test_timeline_echoes_its_split_and_interval(client: TestClient) -> None:
    answer = _get(client, "/api/timeline", by="quad_class", interval="week")
    assert (answer["by"], answer["interval"]) == ("quad_class", "week")


@pytest.mark.parametrize("params", [{"by": "place"}, {"interval": "year"}, {"cell": 1}])
def test_timeline_bad_parameters(client: TestClient, params: dict[str, Any]) -> None:
    assert client.get("/api/timeline", params=params).status_code == 422


@pytest.mark.parametrize(
    ("day", "interval", "period"),
    [
        ("2016-09-11", "week", "2016-09-05"),  # a Sunday: its week began on Monday the 5th
        ("2016-09-12", "week", "2016-09-12"),
        ("2016-01-01", "week", "2015-12-28"),  # weeks cross years
        ("2016-09-11", "month", "2016-09"),
        ("2016-09", "month", "2016-09"),
        ("2016-02-30", "day", None),
    ],
)
def test_period_of(day: str, interval: Any, period: str | None) -> None:
    assert period_of(day, interval) == period


# -- map ----------------------------------------------------------------------------------------


def test_map_one_point_per_place_on_a_fine_grid(client: TestClient) -> None:
    answer = _get(client, "/api/map", cell=0.5)
    assert (answer["placed"], answer["truncated"]) == (2, False)
    points = {p["place"]: p for p in answer["data"]}
    sanaa = points["Sanaa"]
    assert (sanaa["lat"], sanaa["lon"], sanaa["count"], sanaa["country"]) == (15.35, 44.21, 1, "YEM")
    assert (sanaa["type"], sanaa["types"]) == ("ASSAULT", {"ASSAULT": 1})
    assert (sanaa["precision"], sanaa["precisions"], sanaa["places"]) == ("city", {"city": 1}, 1)
    assert points["Geneva"]["type"] == "CONSULT"


def test_map_clusters_places_on_a_coarse_grid(client: TestClient) -> None:
    (point,) = _get(client, "/api/map", cell=90)["data"]
    assert (point["count"], point["places"], point["place"], point["country"]) == (2, 2, None, None)
    assert point["types"] == {"ASSAULT": 1, "CONSULT": 1}
    assert point["type"] == "ASSAULT"  # a tie goes to the first name
    assert (point["lat"], point["lon"]) == (pytest.approx(30.775), pytest.approx(25.18))


@pytest.mark.parametrize(
    ("params", "places"),
    [
        ({"bbox": "42,12,54,19"}, ["Sanaa"]),
        ({"type": "CONSULT"}, ["Geneva"]),
        ({"actor_country": "USA"}, ["Geneva"]),
        ({"min_sources": 2}, ["Sanaa"]),
        ({"date_from": "2017-01-01"}, []),
    ],
)
def test_map_follows_the_event_filters(client: TestClient, params: dict[str, Any], places: list[str]) -> None:
    assert sorted(p["place"] for p in _get(client, "/api/map", cell=0.5, **params)["data"]) == places


def test_map_limit_keeps_the_largest_points(client: TestClient) -> None:
    answer = _get(client, "/api/map", cell=0.5, limit=1)
    assert answer["truncated"] is True
    assert len(answer["data"]) == 1


@pytest.mark.parametrize("params", [{"cell": 0}, {"cell": 91}, {"limit": 0}, {"bbox": "1,2,3"}])
def test_map_bad_parameters(client: TestClient, params: dict[str, Any]) -> None:
    assert client.get("/api/map", params=params).status_code == 422


def test_grid_points_split_at_cell_edges_and_weight_centres() -> None:
    rows = [
        {"lat": 10.0, "lon": 10.0, "n": 3, "type": "AID", "precision": "city", "name": "A", "country": "X"},
        {
            "lat": 10.5,
            "lon": 10.9,
            "n": 1,
            "type": "AID",
            "precision": "country",
            "name": "B",
            "country": "X",
        },
        {"lat": 10.0, "lon": 11.1, "n": 2, "type": "ASSAULT", "precision": None, "name": "C", "country": "Y"},
    ]
    first, second = grid_points(rows, 1.0)
    assert (first["count"], first["places"], first["country"]) == (4, 2, "X")
    assert first["lat"] == pytest.approx(10.125) and first["lon"] == pytest.approx(10.225)
    assert first["precisions"] == {"city": 3, "country": 1}
    assert (second["place"], second["precision"]) == ("C", "unknown")


# -- actor profile --------------------------------------------------------------------------------


def test_actor_profile_counts_roles_types_and_counterparts(client: TestClient) -> None:
    profile = _get(client, "/api/actors/saudi-led COALITION")
    assert profile["name"] == "Saudi-led coalition"
    assert (profile["kb_id"], profile["country"], profile["sector"]) == (
        "hd:igo/arab_coalition",
        "SAU",
        "MIL",
    )
    assert (profile["events"], profile["mentions"]) == (3, 5)
    assert (profile["as_actor"], profile["as_recipient"]) == (3, 0)
    assert profile["types"] == [
        {"key": "REJECT", "as_actor": 2, "as_recipient": 0},
        {"key": "ASSAULT", "as_actor": 1, "as_recipient": 0},
    ]
    assert profile["counterparts"] == [{"name": "Houthis", "as_actor": 1, "as_recipient": 0}]
    assert profile["timeline"] == [{"period": "2016-09", "as_actor": 1, "as_recipient": 0}]  # others undated
    assert profile["interval"] == "month"


def test_actor_profile_as_recipient(client: TestClient) -> None:
    profile = _get(client, "/api/actors/Russia", interval="day")
    assert (profile["as_actor"], profile["as_recipient"]) == (0, 2)
    assert {c["name"]: c["as_recipient"] for c in profile["counterparts"]} == {
        "Adel al-Jubeir": 1,
        "United States": 1,
    }
    assert profile["timeline"] == []  # both undated


def test_actor_profile_counterparts_limit(client: TestClient) -> None:
    assert len(_get(client, "/api/actors/Russia", limit=1)["counterparts"]) == 1


def test_actor_profile_unknown_is_404(client: TestClient) -> None:
    response = client.get("/api/actors/Nobody")
    assert response.status_code == 404
    assert response.json() == {"detail": "no actor 'Nobody'"}


@pytest.mark.parametrize("params", [{"interval": "year"}, {"limit": 0}, {"sort": "name"}])
def test_actor_profile_bad_parameters(client: TestClient, params: dict[str, Any]) -> None:
    assert client.get("/api/actors/Russia", params=params).status_code == 422


# -- sorts by type and place ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("type", ["ACCUSE", "ASSAULT", "CONSULT", "CONSULT", "REJECT", "REJECT"]),
        ("-type", ["REJECT", "REJECT", "CONSULT", "CONSULT", "ASSAULT", "ACCUSE"]),
    ],
)
def test_events_sort_by_type(client: TestClient, sort: str, expected: list[str]) -> None:
    rows = _get(client, "/api/events", sort=sort)["data"]
    assert [r["event_type"] for r in rows] == expected
    paged, cursor = [], None
    while True:
        page = _get(client, "/api/events", sort=sort, limit=2, **({"cursor": cursor} if cursor else {}))
        paged.extend(page["data"])
        if not (cursor := page["next"]):
            break
    assert [r["id"] for r in paged] == [r["id"] for r in rows]


def test_events_sort_by_place_puts_unplaced_at_the_start_going_up(client: TestClient) -> None:
    up = [
        r["place"]["name"] if r["place"] else None for r in _get(client, "/api/events", sort="place")["data"]
    ]
    assert up == [None, None, None, None, "Geneva", "Sanaa"]
    down = _get(client, "/api/events", sort="-place", limit=3)
    assert [r["place"]["name"] if r["place"] else None for r in down["data"]] == ["Sanaa", "Geneva", None]
    rest = _get(client, "/api/events", sort="-place", limit=3, cursor=down["next"])
    assert [r["place"] for r in rest["data"]] == [None, None, None]


# -- whom quotes speak of ---------------------------------------------------------------------------

IRAN = Arg("إيران", "Iran", "IRN", "GOV", "Q794")
HOUTHIS = Arg("الحوثيين", "Houthis", "YEM", "REB", "Q900001")
JUBEIR = Arg("الجبير", "Adel al-Jubeir", "SAU", "GOV", "hd:per/adel_al_jubeir")
QUOTED = "إيران تواصل دعم الحوثيين بالسلاح"
RIYADH = f"الرياض - واس: وقال الجبير إن {QUOTED} وإن المملكة لن تسمح بذلك. وأضاف الجبير أن إيران معزولة."


def _quoting_article() -> Article:
    article = Article(
        "t-quote-1", RIYADH, title="الجبير: إيران", published="2016-09-21", source="example.org"
    )
    support: Event = _event(RIYADH, QUOTED, "دعم", "SUPPORT", "050", actor=(IRAN,), recipient=(HOUTHIS,))
    article.events = [support]
    article.quotes = [_quote(RIYADH, "وقال", QUOTED, JUBEIR)]
    return article


@pytest.fixture(scope="module", params=BACKENDS)
def quote_client(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[TestClient]:
    with contextlib.ExitStack() as stack:
        place = stack.enter_context(new_target(request, request.param, tmp_path_factory.mktemp("quote")))
        yield stack.enter_context(TestClient(create_app(save_all(place, [_quoting_article()]))))


def test_quotes_say_whom_they_speak_of(quote_client: TestClient) -> None:
    (quote,) = _get(quote_client, "/api/quotes")["data"]
    assert [a["entity"] for a in quote["about"]] == ["Iran", "Houthis"]  # in reading order, speaker left out
    for named in quote["about"]:
        assert RIYADH[named["start"] : named["end"]] == named["text"]
        assert quote["content_start"] <= named["start"] < named["end"] <= quote["content_end"]


def test_quotes_about_is_empty_when_nobody_is_named(client: TestClient) -> None:
    assert all(q["about"] == [] for q in _get(client, "/api/quotes")["data"])
