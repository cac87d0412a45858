"""The helpers the training scripts share (hadath.eval.training)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from pydantic import BaseModel

from hadath.eval.training import write_model


class _Weights(BaseModel):
    bias: float
    weights: dict[str, float]


def test_write_model_writes_a_header_and_the_model_and_says_where(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "models" / "toy.yaml"
    write_model(path, _Weights(bias=-0.5, weights={"a": 1.0}), "A toy model", "train_toy.py")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# A toy model, written by scripts/train_toy.py.\n")
    assert yaml.safe_load(text) == {"bias": -0.5, "weights": {"a": 1.0}}
    assert capsys.readouterr().out == f"wrote {path}\n"
