"""What only the PostgreSQL backend has: URLs, the driver's errors, the tsvector index."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from hadath.errors import ConfigError, StoreError
from hadath.model import Article
from hadath.store import PostgresStore, open_store
from hadath.store.postgres import PgTarget, parse_url

MakeArticle = Callable[..., Article]


@pytest.fixture(autouse=True)
def _no_pg_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("PGUSER", "PGPASSWORD", "PGHOST", "PGPORT"):
        monkeypatch.delenv(name, raising=False)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "postgresql://u:p%40ss@db.example.org:5433/events",
            PgTarget("u", "events", "p@ss", host="db.example.org", port=5433),
        ),
        ("postgres://u@10.0.0.5/hadath", PgTarget("u", "hadath", None, host="10.0.0.5")),
        (
            "postgresql://u@/hadath?host=/tmp/pg&port=6000",
            PgTarget("u", "hadath", None, port=6000, unix_sock="/tmp/pg/.s.PGSQL.6000"),
        ),
        (
            "postgresql://u@h/d?options=-c%20search_path%3Dev",
            PgTarget("u", "d", None, host="h", settings=(("search_path", "ev"),)),
        ),
        ("postgresql://u@h", PgTarget("u", "u", None, host="h")),
    ],
)
def test_parse_url(url: str, expected: PgTarget) -> None:
    assert parse_url(url) == expected


def test_parse_url_environment_fills_gaps(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PGUSER", "envuser")
    monkeypatch.setenv("PGPASSWORD", "envpass")
    monkeypatch.setenv("PGHOST", "envhost")
    monkeypatch.setenv("PGPORT", "7000")
    assert parse_url("postgresql:///db") == PgTarget("envuser", "db", "envpass", host="envhost", port=7000)


@pytest.mark.parametrize("url", ["postgresql://u:p@h:notaport/d", "postgresql://u@h/d?options=search_path"])
def test_parse_url_bad_is_config_error(url: str) -> None:
    with pytest.raises(ConfigError):
        parse_url(url)


def test_label_hides_the_password() -> None:
    target = parse_url("postgresql://u:secret@h:5433/d")
    assert target.label == "postgresql://u@h:5433/d"
    assert target.connect_args()["password"] == "secret"


def test_unreachable_server_is_store_error_without_password(tmp_path: Path) -> None:
    url = f"postgresql://u:secret@/d?host={tmp_path}&port=1"  # no socket there
    with pytest.raises(StoreError, match="cannot open the store") as info:
        open_store(url)
    assert "secret" not in str(info.value)
    assert "\n" not in str(info.value)


def test_open_store_postgres(pg_url: str, make_article: MakeArticle) -> None:
    with open_store(pg_url, data_hash="kb1") as store:
        assert isinstance(store, PostgresStore)
        assert "search_path" not in store.url
        store.save(make_article("doc-1"))
        row = store.db.query("SELECT search::text AS v FROM articles")[0]
    assert "'مفاوضات'" not in row["v"]
    assert "'قاهره'" in row["v"] and "'القاهره'" in row["v"]


def test_postgres_indexes(pg_url: str) -> None:
    with open_store(pg_url) as store:
        rows = store.db.query(
            "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()"
        )
    defs = {r["indexname"]: r["indexdef"] for r in rows}
    assert "USING gin (search)" in defs["articles_search"]
    assert "USING gin (search)" in defs["events_search"]
    assert {"events_date", "events_type", "events_place_country", "event_actors_entity"} <= set(defs)


def test_postgres_error_message_is_the_servers(pg_url: str) -> None:
    with open_store(pg_url) as store:
        with pytest.raises(store.db.errors[0]) as info:
            store.db.execute("SELECT * FROM no_such_table")
        assert store.db.describe(info.value) == 'relation "no_such_table" does not exist (42P01)'


def test_missing_driver_is_config_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from hadath.store import postgres

    postgres._driver.cache_clear()
    monkeypatch.setitem(sys.modules, "pg8000.dbapi", None)  # what a missing package looks like
    try:
        with pytest.raises(ConfigError, match=r"hadath\[postgres\]"):
            open_store("postgresql://u@h/d")
    finally:
        postgres._driver.cache_clear()
