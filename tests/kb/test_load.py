"""The loader: shipped data, overlays by id, errors with lines, the lexicon and the hash."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from hadath.errors import DataError
from hadath.events.eventfilter import FilterModel
from hadath.kb.load import ShippedModel, load_knowledge

from .conftest import WriteLayer

KERRY = "Q22316"


def test_load_shipped_kb_has_every_kind() -> None:
    kb = load_knowledge()
    assert len(kb.countries) >= 197
    assert len(kb.actors) >= 600
    assert sum(a.type == "PER" for a in kb.actors.values()) >= 300
    assert len(kb.places) >= 1500
    assert {"foreign_minister", "head_of_state", "un_envoy_syria"} <= set(kb.offices)
    assert kb.data_hash and len(kb.data_hash) == 64


def test_load_is_cached_and_fast() -> None:
    t0 = time.perf_counter()
    first = load_knowledge()
    assert load_knowledge() is first
    assert time.perf_counter() - t0 < 5


@pytest.mark.parametrize("word", ["بيروت", "لافروف", "كيري", "الموصل"])
def test_load_lexicon_holds_name_words(word: str) -> None:
    assert word in load_knowledge().lexicon


def test_load_overlay_replaces_by_id_and_adds(write_layer: WriteLayer) -> None:
    overlay = write_layer(
        {
            "actors/mine.yaml": f"""
- id: {KERRY}
  name: John Forbes Kerry
  type: PER
  country: USA
  sector: GOV
  names: [جون فوربس كيري]
- id: hd:per/new_person
  name: New Person
  type: PER
  names: [شخص جديد]
"""
        }
    )
    kb = load_knowledge([str(overlay)])
    assert kb.actors[KERRY].name == "John Forbes Kerry"
    assert kb.actors[KERRY].holds == []
    assert "hd:per/new_person" in kb.actors
    assert kb.data_hash != load_knowledge().data_hash
    assert load_knowledge().actors[KERRY].name == "John Kerry"


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        ("- id: hd:per/x\n  name: a: b\n", 2, "not valid YAML"),
        ("id: hd:per/x\n", 1, "expected a list"),
        (
            "- id: hd:per/x\n  name: X\n  type: PER\n  names: [س]\n  valid_from: 2016-13-01\n",
            5,
            "not a valid date",
        ),
        (
            "- id: hd:per/a\n  name: A\n  type: PER\n  names: [أ]\n- id: hd:per/b\n  name: B\n  type: XXX\n  names: [ب]\n",
            5,
            "type",
        ),
    ],
)
def test_load_broken_file_raises_data_error_with_line(
    write_layer: WriteLayer, text: str, line: int, reason: str
) -> None:
    overlay = write_layer({"actors/bad.yaml": text})
    with pytest.raises(DataError) as info:
        load_knowledge([str(overlay)])
    assert info.value.line == line
    assert reason in info.value.reason
    assert str(info.value).startswith(f"{overlay / 'actors' / 'bad.yaml'}:{line}: ")


def test_load_missing_overlay_is_a_data_error(tmp_path) -> None:
    with pytest.raises(DataError):
        load_knowledge([str(tmp_path / "nowhere")])


def test_a_model_the_project_does_not_ship_is_none_and_no_problem() -> None:
    absent = ShippedModel("no-such-model.yaml", FilterModel)
    assert absent.shipped is None
    assert absent.problems() == []


def test_a_shipped_model_is_read_once_and_checked(tmp_path: Path) -> None:
    shipped = ShippedModel("eventfilter.yaml", FilterModel)
    assert shipped.shipped is shipped.shipped  # read once
    bad = tmp_path / "bad.yaml"
    bad.write_text("threshold: high\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"bad\.yaml"):
        shipped.read(bad)
