"""The API example in docs/examples runs and prints what the store holds."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from tests.loading import load_module

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "query_api.py"


def _load() -> ModuleType:
    return load_module("query_api", EXAMPLE)


def test_docs_example_query_api(db_path: Path) -> None:
    lines = _load().describe_events(str(db_path), "ASSAULT")
    assert lines == ["1 ASSAULT event(s)", "2016-09-11  شنت  التحالف العربي  Sanaa  (2 source(s))"]
