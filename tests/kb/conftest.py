"""Tiny knowledge layers written into tmp_path, for loader, validator and CLI tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from hadath.kb.load import PLACE_COLUMNS

WriteLayer = Callable[..., Path]


@pytest.fixture
def write_layer(tmp_path: Path) -> WriteLayer:
    """Write ``{relative path: text}`` into a fresh layer directory and return it."""
    counter = iter(range(1000))

    def write(files: dict[str, str]) -> Path:
        root = tmp_path / f"layer{next(counter)}"
        for rel, text in files.items():
            path = root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        root.mkdir(exist_ok=True)
        return root

    return write


def places_tsv(*rows: str) -> str:
    """A gazetteer file: the header, then tab-separated rows given with '|' between fields."""
    body = ["\t".join(PLACE_COLUMNS)] + [r.replace(" | ", "\t") for r in rows]
    return "\n".join(body) + "\n"
