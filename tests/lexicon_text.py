"""Serving the shipped data files' text from a string, so that a test checks a table's schema
on rows it writes itself."""

from __future__ import annotations

import pytest

from hadath.kb import lexicon


class _RowsFile:
    """Stands for the data package and every file in it: each reads as ``rows``."""

    def __init__(self, rows: str) -> None:
        self.rows = rows

    def joinpath(self, _: str) -> _RowsFile:
        return self

    def read_text(self, encoding: str) -> str:
        return self.rows


def serve_rows(monkeypatch: pytest.MonkeyPatch, rows: str) -> None:
    """Make every shipped data file read as ``rows`` for the rest of the test."""
    monkeypatch.setattr(lexicon.resources, "files", lambda _: _RowsFile(rows))
