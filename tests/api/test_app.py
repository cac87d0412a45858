"""The app as a whole: OpenAPI schema, dashboard files, start-up errors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from hadath.api import create_app
from hadath.errors import StoreError


def test_app_openapi_schema_lists_every_route(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    assert set(schema["paths"]) == {
        "/api/events",
        "/api/events/{event_id}",
        "/api/articles/{article_id}",
        "/api/stats",
    }
    params = {p["name"] for p in schema["paths"]["/api/events"]["get"]["parameters"]}
    assert {"date_from", "date_to", "event_type", "actor", "country", "q", "limit", "offset"} <= params


def test_app_operation_ids_are_stable(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    assert schema["paths"]["/api/events"]["get"]["operationId"] == "events-list_events"


@pytest.mark.parametrize("path", ["/", "/index.html", "/app.js", "/style.css"])
def test_app_serves_dashboard_files(client: TestClient, path: str) -> None:
    assert client.get(path).status_code == 200


def test_app_dashboard_is_arabic_rtl(client: TestClient) -> None:
    page = client.get("/").text
    assert '<html lang="ar" dir="rtl">' in page
    assert "حدث" in page


def test_app_dashboard_references_only_local_assets(client: TestClient) -> None:
    page = client.get("/").text
    refs = re.findall(r'(?:src|href)="([^"]+)"', page)
    assert refs, "the page links its script and stylesheet"
    assert all(not re.match(r"^(?:[a-z]+:)?//", ref) for ref in refs), refs
    for ref in refs:
        if not ref.startswith("#"):
            assert client.get("/" + ref.lstrip("/")).status_code == 200, ref


@pytest.mark.parametrize("asset", ["/app.js", "/style.css"])
def test_app_assets_make_no_external_requests(client: TestClient, asset: str) -> None:
    body = client.get(asset).text
    assert not re.search(r"https?://|@import|//cdn", body)


def test_app_unknown_path_is_404(client: TestClient) -> None:
    assert client.get("/no/such/page").status_code == 404
    assert client.get("/api/nothing").status_code == 404


def test_app_missing_database_fails_at_start(tmp_path: Path) -> None:
    app = create_app(str(tmp_path / "absent.db"))
    with pytest.raises(StoreError, match="no such database file"), TestClient(app):
        pass


def test_app_rejects_file_without_tables(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.write_bytes(b"")
    with pytest.raises(StoreError, match="not a Hadath store"), TestClient(create_app(str(path))):
        pass
