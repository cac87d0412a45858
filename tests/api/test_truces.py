"""``/api/truces``: declared truces, violations with sources, aggregates and accusations, on SQLite and PostgreSQL.

The store holds the truce test articles (tests/truce/articles.py): the September 2016
ceasefire in Syria, one strike told by two outlets, a claim and its denial, the aid convoy.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from fastapi.testclient import TestClient

from hadath.api import create_app
from hadath.truce.load import DIR_ENV

from ..truce import articles as ta
from .conftest import BACKENDS, new_target, save_all

BASE = f"/api/truces/{ta.TRUCE}"


@pytest.fixture(autouse=True)
def no_user_truces(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "truces"
    monkeypatch.setenv(DIR_ENV, str(folder))
    return folder


@pytest.fixture(scope="module", params=BACKENDS)
def truce_client(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[TestClient]:
    with contextlib.ExitStack() as stack:
        place = stack.enter_context(new_target(request, request.param, tmp_path_factory.mktemp("truces")))
        yield stack.enter_context(TestClient(create_app(save_all(place, ta.truce_articles()))))


def test_list_truces(truce_client: TestClient) -> None:
    body = truce_client.get("/api/truces").json()
    ids = [t["id"] for t in body["data"]]
    assert ta.TRUCE in ids and "yemen-coalition-2015-07" in ids
    sept = next(t for t in body["data"] if t["id"] == ta.TRUCE)
    assert (sept["first_day"], sept["last_day"], sept["origin"]) == ("2016-09-13", "2016-10-02", "shipped")
    assert {p["id"] for p in sept["parties"]} == {"government", "opposition", "us"}
    assert sept["sources"] and sept["name_ar"]


def test_truce_detail_has_totals(truce_client: TestClient) -> None:
    body = truce_client.get(BASE).json()
    summary = body["summary"]
    assert (summary["violations"], summary["unattributed"], summary["claimed"]) == (3, 1, 1)
    assert {s["id"]: s["violations"] for s in summary["sides"]} == {"government": 1, "opposition": 1, "us": 0}


def test_unknown_truce_is_404_and_a_bad_id_is_422(truce_client: TestClient) -> None:
    assert truce_client.get("/api/truces/no-such-truce").status_code == 404
    assert truce_client.get("/api/truces/no-such-truce/violations").status_code == 404
    assert truce_client.get("/api/truces/Bad Id!").status_code == 422


def test_violations_with_sources_and_paging(truce_client: TestClient) -> None:
    body = truce_client.get(f"{BASE}/violations").json()
    assert body["total"] == 3 and body["next_offset"] is None
    strike = body["data"][0]
    assert strike["day"] == "2016-09-18" and strike["sources"] == 2
    assert {r["source"] for r in strike["reports"]} == {"agency.test", "daily.test"}
    first = truce_client.get(f"{BASE}/violations", params={"limit": 2}).json()
    rest = truce_client.get(f"{BASE}/violations", params={"limit": 2, "offset": first["next_offset"]}).json()
    assert [v["id"] for v in first["data"] + rest["data"]] == [v["id"] for v in body["data"]]
    assert rest["next_offset"] is None


@pytest.mark.parametrize(
    ("params", "days"),
    [
        ({"side": "government"}, ["2016-09-18"]),
        ({"side": "unattributed"}, ["2016-09-19"]),
        ({"modality": "claimed"}, ["2016-09-22"]),
        ({"day": "2016-09-19"}, ["2016-09-19"]),
        ({"min_sources": 2}, ["2016-09-18"]),
    ],
)
def test_violation_filters(truce_client: TestClient, params: dict[str, object], days: list[str]) -> None:
    body = truce_client.get(f"{BASE}/violations", params=params).json()
    assert [v["day"] for v in body["data"]] == days


def test_aggregates(truce_client: TestClient) -> None:
    days = truce_client.get(f"{BASE}/aggregates", params={"by": "day"}).json()["days"]
    assert len(days) == 20 and days[5]["day"] == "2016-09-18" and days[5]["by_side"]["government"] == 1
    parties = truce_client.get(f"{BASE}/aggregates", params={"by": "party"}).json()["buckets"]
    assert {b["key"]: b["count"] for b in parties}["unattributed"] == 1
    places = truce_client.get(f"{BASE}/aggregates", params={"by": "place"}).json()["buckets"]
    assert places[0]["key"] == "Aleppo" and places[0]["lat"] == pytest.approx(36.2)
    assert truce_client.get(f"{BASE}/aggregates", params={"by": "week"}).status_code == 422


def test_accusations_he_said_she_said(truce_client: TestClient) -> None:
    body = truce_client.get(f"{BASE}/accusations", params={"kind": "accusation"}).json()
    pairs = {(tuple(a["accuser"]["sides"]), tuple(a["accused"]["sides"])) for a in body["data"]}
    assert {(("us",), ("government",)), (("government",), ("us",))} <= pairs
    claimed = truce_client.get(f"{BASE}/violations", params={"modality": "claimed"}).json()["data"][0]
    linked = truce_client.get(f"{BASE}/accusations", params={"violation": claimed["id"]}).json()["data"]
    assert {a["kind"] for a in linked} == {"denial"} and len(linked) == 2


def test_an_added_truce_is_served(truce_client: TestClient, no_user_truces: Path) -> None:
    no_user_truces.mkdir(parents=True)
    data = {
        "id": "test-aleppo-only", "name": "Aleppo only", "start": "2016-09-13", "end": "2016-09-30",
        "area": {"places": [{"place": "170063", "radius_km": 20}]},
        "parties": [{"id": "all", "name": "Everyone armed", "members": ["SYR REB", "RUS MIL", "SYR MIL"]}],
        "sources": [{"title": "Written for the tests"}],
    }  # fmt: skip
    (no_user_truces / "test-aleppo-only.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
    body = truce_client.get("/api/truces/test-aleppo-only/violations").json()
    assert body["total"] == 3 and {v["area"] for v in body["data"]} == {"Aleppo +20 km"}


def test_dashboard_truce_page_is_served(truce_client: TestClient) -> None:
    page = truce_client.get("/truce.html")
    assert page.status_code == 200 and 'dir="rtl"' in page.text
    assert truce_client.get("/truce.js").status_code == 200
