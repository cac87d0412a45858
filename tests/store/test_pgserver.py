"""The throwaway-server helper: it says why when no server can start, so the tests skip cleanly."""

from __future__ import annotations

from pathlib import Path

import pytest

from . import pgserver


def test_no_binaries_is_a_reason_to_skip(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pgserver, "find_bindir", lambda: None)
    with pytest.raises(RuntimeError, match="binaries"), pgserver.throwaway_server():
        pass


def test_root_without_a_user_is_a_reason_to_skip(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(pgserver, "find_bindir", lambda: tmp_path)
    monkeypatch.setattr(pgserver.os, "geteuid", lambda: 0)
    monkeypatch.setattr(pgserver.shutil, "which", lambda _name: None)  # no runuser
    with pytest.raises(RuntimeError, match="root"), pgserver.throwaway_server():
        pass


def test_not_root_runs_commands_directly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pgserver.os, "geteuid", lambda: 1000)
    assert pgserver.run_as() == ([], None)


def test_with_database_keeps_the_rest_of_the_url() -> None:
    url = "postgresql://u@/postgres?host=/tmp/x&port=5"
    assert pgserver.with_database(url, "other") == "postgresql://u@/other?host=/tmp/x&port=5"
