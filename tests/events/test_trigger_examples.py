"""Every trigger entry's example sentence, coded by the default pipeline, yields the entry's type.

The examples are sentences we wrote for the lexicon (data/triggers/*.yaml). Running each one
through the whole pipeline with the shipped knowledge base checks that the entry is reachable:
its forms are generated, clitic stripping finds them, a light verb finds its object, and the
coder keeps the event (an actor or a victim where the coder needs one). The learned event
filter is off here, as in the other rule tests (see ``conftest.py``). Needs no /work/shared.
"""

from __future__ import annotations

from collections import Counter
from importlib.resources import files
from pathlib import Path

import pytest
import yaml

from hadath import Pipeline
from hadath.kb.schema import TriggerFile, TriggerRecord

from .conftest import default_pipeline

TRIGGERS = Path(str(files("hadath") / "data" / "triggers"))
MIN_TOTAL = 400


def _entries() -> list[TriggerRecord]:
    out: list[TriggerRecord] = []
    for path in sorted(TRIGGERS.glob("*.yaml")):
        out.extend(TriggerFile.model_validate(yaml.safe_load(path.read_text(encoding="utf-8"))).entries)
    return out


ENTRIES = _entries()


def _pipeline() -> Pipeline:
    return default_pipeline()


def test_the_lexicon_has_several_hundred_entries() -> None:
    assert len(ENTRIES) >= MIN_TOTAL
    per_type = Counter(e.event_type for e in ENTRIES)
    assert len(per_type) == 16


def test_examples_are_distinct() -> None:
    counts = Counter(e.example.strip() for e in ENTRIES)
    assert [s for s, n in counts.items() if n > 1] == []


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: f"{e.event_type}:{e.pos}:{e.lemma}")
def test_example_is_coded_with_the_entry_type(entry: TriggerRecord) -> None:
    article = _pipeline()(entry.example, published="2016-09-20")
    found = [(e.event_type, e.trigger) for e in article.events]
    assert entry.event_type in {t for t, _ in found}, f"{entry.example} -> {found}"
