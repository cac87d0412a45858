"""The app as a whole: OpenAPI schema, dashboard files, start-up errors, concurrent requests."""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from hadath.api import create_app
from hadath.errors import StoreError

GET_PATHS = {
    "/api/events", "/api/events/{event_id}", "/api/mentions", "/api/aggregates", "/api/actors",
    "/api/places", "/api/quotes", "/api/articles/{article_id}", "/api/stats", "/api/timeline", "/api/map",
    "/api/actors/{name}", "/api/truces", "/api/truces/{truce_id}", "/api/truces/{truce_id}/violations",
    "/api/truces/{truce_id}/accusations", "/api/truces/{truce_id}/aggregates",
}  # fmt: skip


def test_app_openapi_schema_lists_every_route(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    assert set(schema["paths"]) == GET_PATHS | {"/api/articles"}
    assert all("get" in schema["paths"][p] for p in GET_PATHS)
    assert "post" in schema["paths"]["/api/articles"]
    params = {p["name"] for p in schema["paths"]["/api/events"]["get"]["parameters"]}
    assert {"date_from", "date_to", "type", "quad_class", "modality", "actor", "recipient", "actor_country",
            "sector", "place", "country", "bbox", "q", "min_confidence", "min_sources", "sort", "limit",
            "cursor"} <= params  # fmt: skip


def test_app_documents_the_article_body_and_its_guard(client: TestClient) -> None:
    post = client.get("/openapi.json").json()["paths"]["/api/articles"]["post"]
    body = post["requestBody"]["content"]["application/json"]["schema"]
    assert {"doc_id", "text"} <= set(body["required"])
    assert post["security"] == [{"HTTPBearer": []}]
    assert {"401", "403", "413"} <= set(post["responses"])


def test_app_serves_docs(client: TestClient) -> None:
    assert client.get("/docs").status_code == 200


def test_app_operation_ids_are_stable(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    assert schema["paths"]["/api/events"]["get"]["operationId"] == "events-list_events"


DASHBOARD = Path(__file__).resolve().parents[2] / "src" / "hadath" / "dashboard"
# The dashboard's own code (other pages beside it, such as truce.*, have their own tests).
MODULES = sorted(p.relative_to(DASHBOARD).as_posix() for p in (DASHBOARD / "js").rglob("*.js"))
OWN_FILES = ["index.html", "app.js", "style.css", *MODULES]
# What a vendored library may spell as a URL: XML namespace names, which are never fetched.
NAMESPACES = re.compile(
    r"http://www\.w3\.org/(?:1999/xhtml|1999/xlink|2000/svg|2000/xmlns/|XML/1998/namespace)"
)


@pytest.mark.parametrize(
    "path",
    ["/", "/index.html", "/app.js", "/style.css", "/js/i18n.js", "/js/views/event.js", "/vendor/d3-topo.js",
     "/vendor/fonts.css", "/vendor/atlas/countries-50m.json", "/vendor/atlas/countries-10m.json"],
)  # fmt: skip
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
        if not ref.startswith(("#", "data:")):
            assert client.get("/" + ref.lstrip("/")).status_code == 200, ref


@pytest.mark.parametrize("asset", OWN_FILES)
def test_app_own_assets_name_no_other_host(client: TestClient, asset: str) -> None:
    body = client.get(f"/{asset}").text
    body = re.sub(r'"http://www\.w3\.org/2000/svg"', "", body)  # the SVG namespace, in dom.js
    assert not re.search(r"https?://|@import|//cdn", body), asset


def test_app_vendored_code_fetches_nothing_else(client: TestClient) -> None:
    for asset in ("/vendor/d3-topo.js", "/vendor/fonts.css"):
        body = NAMESPACES.sub("", client.get(asset).text)
        assert not re.search(r"https?://|@import|//cdn", body), asset


def test_app_dashboard_calls_only_existing_routes(client: TestClient) -> None:
    called = set()
    for asset in OWN_FILES:
        called |= set(re.findall(r"/api/[a-z]+", client.get(f"/{asset}").text))
    assert called == {"/api/events", "/api/articles", "/api/stats", "/api/actors", "/api/places", "/api/quotes",
                      "/api/timeline", "/api/map"}  # fmt: skip
    routes = set(client.get("/openapi.json").json()["paths"])
    assert all(any(r == c or r.startswith(c + "/") for r in routes) for c in called)


def test_app_unknown_path_is_404(client: TestClient) -> None:
    assert client.get("/no/such/page").status_code == 404
    assert client.get("/api/nothing").status_code == 404


def test_app_missing_database_fails_at_start(tmp_path: Path) -> None:
    app = create_app(str(tmp_path / "absent.db"))
    with pytest.raises(StoreError, match="no such database file"), TestClient(app):
        pass
    assert not (tmp_path / "absent.db").exists()


@pytest.mark.parametrize("content", [b"", b"SQLite format 3\x00"])
def test_app_rejects_file_without_tables(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.db"
    path.write_bytes(content)
    with pytest.raises(StoreError), TestClient(create_app(str(path))):
        pass


def test_app_rejects_sqlite_file_of_another_program(tmp_path: Path) -> None:
    from hadath.store.db import SqliteDatabase

    path = tmp_path / "other.db"
    db = SqliteDatabase(path)
    db.execute("CREATE TABLE notes (body TEXT)")
    db.close()
    with pytest.raises(StoreError, match="not a Hadath store"), TestClient(create_app(str(path))):
        pass


def test_app_answers_concurrent_requests(target: str) -> None:
    """More requests at once than worker threads (40) and stores: each waits its turn, none deadlocks.

    Every answer is whole and the same as when asked alone.
    """
    paths = ["/api/events?limit=3", "/api/stats", "/api/actors", "/api/events?q=بالغارات", "/api/quotes"] * 12
    with TestClient(create_app(target, pool_size=2)) as client:
        expected = {p: client.get(p).json() for p in set(paths)}
        with ThreadPoolExecutor(max_workers=len(paths)) as workers:
            futures = [workers.submit(client.get, p) for p in paths]
            answers = [(p, f.result(timeout=60)) for p, f in zip(paths, futures, strict=True)]
    for path, response in answers:
        assert response.status_code == 200
        assert response.json() == expected[path]
