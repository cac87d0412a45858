"""Cursor pages: every row once, in the sort's order, even when keys tie or rows arrive between pages."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from hadath.api import create_app
from hadath.store import open_store

from .conftest import BACKENDS, many_articles, new_target, save_all

EVENT_SORTS = ("date", "-date", "sources", "-sources", "confidence", "-confidence", "type", "-type")
MENTION_SORTS = ("date", "-date", "confidence", "-confidence")
SORT_FIELD = {"events": {"date": "date_first", "sources": "sources", "confidence": "best_confidence",
                         "type": "event_type"},
              "mentions": {"date": "date", "confidence": "confidence"}}  # fmt: skip


def _pages(client: TestClient, path: str, **params: Any) -> Iterator[list[dict[str, Any]]]:
    cursor = None
    while True:
        response = client.get(path, params={**params, **({"cursor": cursor} if cursor else {})})
        assert response.status_code == 200, response.text
        page = response.json()
        yield page["data"]
        cursor = page["next"]
        if cursor is None:
            return


def _check_order(rows: list[dict[str, Any]], field: str, sort: str) -> None:
    keys = [(r[field] or "", r["id"]) for r in rows]
    assert keys == sorted(keys, reverse=sort.startswith("-"))


@pytest.mark.parametrize(
    ("resource", "sort", "limit"),
    [("events", s, 5) for s in EVENT_SORTS]
    + [("mentions", s, 5) for s in MENTION_SORTS]
    + [("events", "-date", 1), ("mentions", "confidence", 1)],
)
def test_pages_add_up_to_the_whole_listing(
    many_client: TestClient, resource: str, sort: str, limit: int
) -> None:
    path = f"/api/{resource}"
    whole = many_client.get(path, params={"sort": sort, "limit": 500}).json()["data"]
    assert len(whole) == 36
    paged = [row for page in _pages(many_client, path, sort=sort, limit=limit) for row in page]
    assert [r["id"] for r in paged] == [r["id"] for r in whole]
    _check_order(paged, SORT_FIELD[resource][sort.lstrip("-")], sort)


def test_pages_follow_filters(many_client: TestClient) -> None:
    params = {"modality": "asserted", "date_from": "2016-03-02", "sort": "-confidence"}
    whole = many_client.get("/api/events", params={**params, "limit": 500, "total": "true"}).json()
    paged = [row for page in _pages(many_client, "/api/events", **params, limit=4) for row in page]
    assert [r["id"] for r in paged] == [r["id"] for r in whole["data"]]
    assert whole["total"] == len(paged) > 4
    assert all(r["modality"] == "asserted" and r["date_first"] >= "2016-03-02" for r in paged)


@pytest.fixture(params=BACKENDS)
def growing(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[TestClient, str]]:
    """A client over a store of 12 articles that the test adds more to."""
    with new_target(request, request.param, tmp_path) as place:
        save_all(place, many_articles(12))
        with TestClient(create_app(place)) as client:
            yield client, place


@pytest.mark.parametrize("sort", ["-date", "confidence"])
def test_pages_stay_stable_while_rows_arrive(growing: tuple[TestClient, str], sort: str) -> None:
    client, place = growing
    before = {r["id"] for r in client.get("/api/events", params={"limit": 500}).json()["data"]}
    pages = _pages(client, "/api/events", sort=sort, limit=5)
    seen = next(pages)
    with open_store(place) as store:  # new events sort before, among and after the rows read
        for article in many_articles(24)[12:]:
            store.save(article)
    for page in pages:
        seen.extend(page)
    ids = [r["id"] for r in seen]
    assert len(ids) == len(set(ids)), "a row came twice"
    assert before <= set(ids), "a row that was there from the start was skipped"
