"""Stores holding the truce test articles, on SQLite and PostgreSQL; a private truce directory."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from hadath.store import open_store
from hadath.truce.load import DIR_ENV

from ..store import pgserver
from .articles import truce_articles

BACKENDS = ("sqlite", "postgres")


@pytest.fixture(autouse=True)
def truce_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty directory of added truces (never the user's own), and a private state directory."""
    folder = tmp_path / "truces"
    monkeypatch.setenv(DIR_ENV, str(folder))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    return folder


@pytest.fixture(scope="package")
def pg_database_url() -> Iterator[str]:
    """A database of the package's own on a PostgreSQL server ($HADATH_TEST_PG_URL or throwaway); else skip."""
    yield from pgserver.database_or_skip()


def new_target(
    request: pytest.FixtureRequest, backend: str, folder: Path
) -> contextlib.AbstractContextManager[str]:
    """An empty store location: a SQLite file in ``folder``, or a fresh PostgreSQL schema."""
    return pgserver.new_target(request, backend, folder / "truce.db")


@pytest.fixture(scope="package", params=BACKENDS)
def filled(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A store with every truce test article, on each backend (read-only for the tests)."""
    with new_target(request, request.param, tmp_path_factory.mktemp("truce")) as target:
        with open_store(target) as store:
            for article in truce_articles():
                store.save(article)
        yield target


@pytest.fixture(params=BACKENDS)
def empty_target(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A new, empty store location on each backend (for tests that write)."""
    with new_target(request, request.param, tmp_path) as target:
        yield target
