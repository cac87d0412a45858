"""What the training scripts (``scripts/train_*.py``, ``scripts/fit_calibration.py``) share:
reading several gold files, full or offsets-only, their common options, and the record of its
training that a written model keeps."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import yaml
from pydantic import BaseModel

from hadath.errors import HadathError
from hadath.eval.gold import DocRecord, read_gold


def read_gold_docs(paths: Sequence[Path], corpus: Path | None, program: str) -> list[DocRecord]:
    """The records of several gold files in order, offsets-only ones joined with ``corpus``;
    bad input ends ``program`` with one line naming the file and the reason."""
    try:
        return [doc for path in paths for doc in read_gold(path, corpus).values()]
    except HadathError as err:
        sys.exit(f"{program}: {err}")


def training_parser(prog: str, description: str, l2: float, model: Path) -> argparse.ArgumentParser:
    """The options every training script shares: gold files, the corpus, folds, L2, --write."""
    parser = argparse.ArgumentParser(prog=prog, description=description)
    parser.add_argument("gold", type=Path, nargs="+")
    parser.add_argument("--corpus", type=Path, help="the corpus, for offsets-only gold files")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--l2", type=float, default=l2)
    parser.add_argument("--write", nargs="?", const=model, type=Path, help="where to write the model")
    return parser


def training_info(script: str, paths: Sequence[Path], events: object, l2: float) -> dict[str, object]:
    """What a written model says of its training: data, events, penalty, command and day."""
    return {
        "data": " ".join(str(p) for p in paths),
        "events": events,
        "l2": l2,
        "command": f"python scripts/{script} " + " ".join(sys.argv[1:]),
        "date": date.today().isoformat(),
    }


def write_model(path: Path, model: BaseModel, what: str, script: str) -> None:
    """Write a fitted model as YAML, under a comment naming what it is and the script that
    wrote it, and tell the script's user where it went."""
    path.parent.mkdir(parents=True, exist_ok=True)
    header = f"# {what}, written by scripts/{script}.\n"
    body = yaml.safe_dump(model.model_dump(), allow_unicode=True, sort_keys=True)
    path.write_text(header + body, encoding="utf-8")
    print(f"wrote {path}")
