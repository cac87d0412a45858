"""The quality gate: the shipped pipeline must not score below the pinned floors on the
self-written gold set (tests/gold). Raise floors with scripts/update_floors.py."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from hadath.eval import evaluate

GOLD = Path(__file__).parent / "gold" / "gold.jsonl"
FLOORS = json.loads((Path(__file__).parent / "gold" / "floors.json").read_text())


@pytest.fixture(scope="module")
def scores() -> dict:
    return evaluate(str(GOLD)).to_dict()


def test_quality_gate_gold_set_is_the_pinned_one() -> None:
    assert hashlib.sha256(GOLD.read_bytes()).hexdigest() == FLOORS["gold_sha256"], (
        "tests/gold/gold.jsonl changed: validate it, then run scripts/update_floors.py"
    )


@pytest.mark.parametrize("level", sorted(FLOORS["floors"]))
def test_quality_gate_holds_floor(scores: dict, level: str) -> None:
    value = (
        scores[level]["acc"] if level.endswith("_acc") or level.endswith("acc161") else scores[level]["f1"]
    )
    assert (value or 0.0) >= FLOORS["floors"][level] - FLOORS["epsilon"]
