"""The API example in docs/examples runs and prints what the store holds."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "query_api.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("query_api", EXAMPLE)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_docs_example_query_api(db_path: Path) -> None:
    lines = _load().describe_events(str(db_path), "ASSAULT")
    assert lines == ["1 ASSAULT event(s)", "2016-09-11  شنت  التحالف العربي  Sanaa  (2 source(s))"]
