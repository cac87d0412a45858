"""``POST /api/articles``: off without a token, bearer token required, body size limited, coded and stored."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from hadath.api import create_app
from hadath.api.ingest import PipelineFactory, default_pipeline
from hadath.pipeline import Pipeline

from .conftest import BACKENDS, make_articles, new_target, save_all

TOKEN = "s3cret-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
TEXT = "شنت طائرات التحالف العربي غارات على مواقع الحوثيين في صنعاء أمس وأصابت مخازن للأسلحة."
RECORD = {"doc_id": "post-1", "text": TEXT, "title": "غارات جديدة", "url": "https://example.info/1",
          "published": "2016-09-13", "source": "example.info"}  # fmt: skip


@pytest.fixture(scope="session")
def built() -> tuple[Pipeline, str]:
    """The standard pipeline, built once for every test that codes an article."""
    return default_pipeline()


def _never() -> tuple[Pipeline, str]:
    raise AssertionError("the pipeline was built for a request that should not reach it")


@pytest.fixture
def store_path(tmp_path: Path) -> str:
    return save_all(str(tmp_path / "h.db"), make_articles())


def _client(target: str, pipeline: PipelineFactory = _never, **options: object) -> TestClient:
    return TestClient(create_app(target, pipeline=pipeline, **options))  # type: ignore[arg-type]


def test_post_is_off_without_a_token(store_path: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HADATH_API_TOKEN", raising=False)
    with _client(store_path) as client:
        response = client.post("/api/articles", json=RECORD, headers=AUTH)
    assert response.status_code == 403
    assert "disabled" in response.json()["detail"]


@pytest.mark.parametrize(
    ("headers", "status"),
    [({}, 401), ({"Authorization": f"Basic {TOKEN}"}, 401), ({"Authorization": "Bearer wrong"}, 403),
     ({"Authorization": f"Bearer {TOKEN}x"}, 403)],
)  # fmt: skip
def test_post_needs_the_bearer_token(store_path: str, headers: dict[str, str], status: int) -> None:
    with _client(store_path, token=TOKEN) as client:
        response = client.post("/api/articles", json=RECORD, headers=headers)
        assert client.get("/api/articles/post-1").status_code == 404
    assert response.status_code == status
    if status == 401:
        assert response.headers["www-authenticate"] == "Bearer"


def test_post_token_from_the_environment(store_path: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HADATH_API_TOKEN", TOKEN)
    with _client(store_path) as client:
        assert client.post("/api/articles", json=RECORD).status_code == 401
        assert client.post("/api/articles", content=b"{", headers=AUTH).status_code == 422


def test_post_checks_the_token_before_the_size(store_path: str) -> None:
    with _client(store_path, token=TOKEN, max_body=100) as client:
        assert client.post("/api/articles", json=RECORD).status_code == 401


def test_post_refuses_large_bodies(store_path: str) -> None:
    with _client(store_path, token=TOKEN, max_body=100) as client:
        declared = client.post("/api/articles", json=RECORD, headers=AUTH)
        # Sent in chunks, without Content-Length: counted as it arrives.
        streamed = client.post(
            "/api/articles", content=iter([b"{" + b" " * 80, b" " * 80 + b"}"]), headers=AUTH
        )
    for response in (declared, streamed):
        assert response.status_code == 413
        assert response.json() == {"detail": "request body over 100 bytes"}


def test_default_body_limit_is_one_megabyte(store_path: str) -> None:
    with _client(store_path, token=TOKEN) as client:
        big = {**RECORD, "text": "ا" * 600_000}  # 1.2 MB in UTF-8
        assert client.post("/api/articles", json=big, headers=AUTH).status_code == 413


@pytest.mark.parametrize(
    "body",
    ["not json", "[]", '{"doc_id": "x"}', '{"doc_id": "", "text": "نص"}', '{"doc_id": "x", "text": "   "}'],
)
def test_post_rejects_what_is_not_an_article(store_path: str, body: str) -> None:
    with _client(store_path, token=TOKEN) as client:
        response = client.post(
            "/api/articles", content=body.encode(), headers={**AUTH, "Content-Type": "application/json"}
        )
    assert response.status_code == 422
    assert response.json()["detail"]


@pytest.fixture(params=BACKENDS)
def writable(
    request: pytest.FixtureRequest, tmp_path: Path, built: tuple[Pipeline, str]
) -> Iterator[TestClient]:
    with new_target(request, request.param, tmp_path) as place:
        save_all(place, make_articles())
        with _client(place, lambda: built, token=TOKEN) as client:
            yield client


def test_post_codes_stores_and_clusters_the_article(writable: TestClient) -> None:
    response = writable.post("/api/articles", json=RECORD, headers=AUTH)
    assert response.status_code == 200, response.text
    result = response.json()
    assert (result["result"], result["doc_id"]) == ("added", "post-1")
    strike = next(e for e in result["events"] if e["event_type"] == "ASSAULT")
    assert TEXT[strike["trigger_start"] : strike["trigger_end"]] == strike["trigger"] == "شنت"
    assert strike["cluster_id"]
    stored = writable.get("/api/articles/post-1").json()
    assert stored["text"] == TEXT
    assert [e["id"] for e in stored["events"]] == [e["id"] for e in result["events"]]
    assert writable.get(f"/api/events/{strike['cluster_id']}").status_code == 200
    again = writable.post("/api/articles", json=RECORD, headers=AUTH).json()
    assert again["result"] == "unchanged"
    assert again["events"] == result["events"]
