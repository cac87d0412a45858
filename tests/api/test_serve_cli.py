"""``hadath serve`` wiring: a missing store is one line and exit 2; a present one runs uvicorn."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import typer
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from hadath.api.app import DB_ENV, app_from_env
from hadath.cli import serve
from hadath.errors import ConfigError


def _app() -> typer.Typer:
    app = typer.Typer()
    app.command()(serve.serve_cli)
    return app


@pytest.mark.parametrize("content", [None, b"", b"plain text, not a database"])
def test_serve_cli_bad_db_is_one_line(tmp_path: Path, content: bytes | None) -> None:
    path = tmp_path / "none.db"
    if content is not None:
        path.write_bytes(content)
    result = CliRunner().invoke(_app(), ["--db", str(path)])
    assert result.exit_code == 2
    assert str(path) in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_serve_cli_runs_uvicorn_with_options(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[dict[str, object]] = []
    monkeypatch.setattr("uvicorn.run", lambda app, **kw: calls.append({"app": app, **kw}))
    result = CliRunner().invoke(_app(), ["--db", str(db_path), "--port", "8123", "--host", "0.0.0.0"])
    assert result.exit_code == 0, result.output
    assert "http://0.0.0.0:8123/" in result.output
    assert calls[0]["port"] == 8123
    assert calls[0]["host"] == "0.0.0.0"


def test_serve_cli_takes_a_postgres_url(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[dict[str, object]] = []
    monkeypatch.setattr("uvicorn.run", lambda app, **kw: calls.append({"app": app, **kw}))
    result = CliRunner().invoke(_app(), ["--db", "postgresql://reader:pw@db.example.org/hadath"])
    assert result.exit_code == 0, result.output
    assert "pw" not in result.output
    assert len(calls) == 1  # the URL is opened by the app when it starts, not by the command


def test_serve_cli_workers_run_the_factory(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[dict[str, object]] = []
    monkeypatch.setattr("uvicorn.run", lambda app, **kw: calls.append({"app": app, **kw}))
    monkeypatch.setenv(DB_ENV, "")  # so that the variable serve sets is undone after the test
    result = CliRunner().invoke(_app(), ["--db", str(db_path), "--workers", "3"])
    assert result.exit_code == 0, result.output
    assert calls[0]["app"] == "hadath.api.app:app_from_env"
    assert (calls[0]["factory"], calls[0]["workers"]) == (True, 3)
    assert os.environ[DB_ENV] == str(db_path)


@pytest.mark.parametrize(("env", "message"), [({}, "HADATH_DB"), ({"HADATH_POOL_SIZE": "0"}, "positive")])
def test_app_from_env_needs_a_store(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, env: dict[str, str], message: str
) -> None:
    monkeypatch.delenv(DB_ENV, raising=False)
    if env:
        monkeypatch.setenv(DB_ENV, str(db_path))
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError, match=message):
        app_from_env()


def test_app_from_env_serves_the_store(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DB_ENV, str(db_path))
    monkeypatch.setenv("HADATH_POOL_SIZE", "2")
    with TestClient(app_from_env()) as client:
        assert client.get("/api/stats").json()["articles"] == 5
