from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from hadath.errors import DataError
from hadath.eval.gold import SpanRef, read_gold, read_system

from .records import MEETING, TEXT, gold_record

GOLD_FILE = Path(__file__).resolve().parents[1] / "gold" / "gold.jsonl"

Writer = Callable[[str, list[dict[str, Any]]], Path]


def test_reads_records_keyed_by_doc_id(write_jsonl: Writer) -> None:
    path = write_jsonl("gold.jsonl", [gold_record()])
    docs = read_gold(path)
    doc = docs["t1"]
    assert doc.text == TEXT
    assert doc.published == "2021-10-10T10:00:00"
    assert [e.event_type for e in doc.events] == ["CONSULT", "ASSAULT"]
    assert doc.events[0].sentence == SpanRef(text=MEETING)
    assert doc.events[0].actor[0].entity == "Faisal Mekdad"
    assert doc.events[0].location is not None and doc.events[0].location.lat == pytest.approx(33.51)
    assert doc.entities[0].type == "GPE"


def test_offsets_are_read_as_offsets(write_jsonl: Writer) -> None:
    record = {"doc_id": 7, "events": [{"event_type": "AID", "sentence_start": 3, "sentence_end": 9,
                                       "actor": [{"span": {"start": 4, "end": 6}}]}],
              "quotes": [{"content": {"start": 1, "end": 2}, "speaker": None}]}  # fmt: skip
    doc = read_system(write_jsonl("sys.jsonl", [record]))["7"]
    assert doc.events[0].sentence == SpanRef(start=3, end=9)
    assert doc.events[0].actor[0].span == SpanRef(start=4, end=6)
    assert doc.quotes[0].content == SpanRef(start=1, end=2)
    assert doc.quotes[0].speaker is None


def test_blank_lines_are_skipped(tmp_path: Path) -> None:
    path = tmp_path / "g.jsonl"
    path.write_text("\n" + json.dumps(gold_record(), ensure_ascii=False) + "\n\n", encoding="utf-8")
    assert list(read_gold(path)) == ["t1"]


def _broken(**changes: Any) -> dict[str, Any]:
    record = gold_record()
    for key, value in changes.items():
        if value is None:
            record.pop(key)
        else:
            record[key] = value
    return record


@pytest.mark.parametrize(
    ("record", "message"),
    [
        (_broken(doc_id=None), "doc_id"),
        (_broken(text=None), "text: missing"),
        (_broken(events={"not": "a list"}), "events: expected list"),
        (_broken(events=[{"sentence": MEETING}]), "events[0].event_type"),
        (_broken(events=[{"event_type": "AID"}]), "events[0]: no sentence"),
        (_broken(events=[{"event_type": "AID", "sentence": MEETING, "actor": "فيصل"}]), "events[0].actor"),
        (
            _broken(events=[{"event_type": "AID", "sentence": MEETING, "location": {"lat": 1.0}}]),
            "lat and lon",
        ),
        (
            _broken(events=[{"event_type": "AID", "sentence": MEETING, "location": {"lat": "x", "lon": 1}}]),
            "events[0].location.lat",
        ),
        (_broken(events=[{"event_type": "AID", "sentence": MEETING, "date": 20211010}]), "events[0].date"),
        (_broken(entities=[{"text": "دمشق"}]), "entities[0].type"),
        (_broken(quotes=[{"content": 5}]), "quotes[0].content"),
        ([1, 2], "record: expected dict"),
    ],
)
def test_bad_gold_line_is_a_one_line_data_error(write_jsonl: Writer, record: Any, message: str) -> None:
    path = write_jsonl("gold.jsonl", [gold_record() | {"doc_id": "ok"}, record])
    with pytest.raises(DataError) as info:
        read_gold(path)
    err = info.value
    assert err.line == 2
    assert message in str(err)
    assert str(err).startswith(f"{path}:2: ")
    assert "\n" not in str(err)


def test_invalid_json_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps(gold_record(), ensure_ascii=False) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(DataError, match=r":2: not valid JSON"):
        read_gold(path)


def test_repeated_doc_id_is_an_error(write_jsonl: Writer) -> None:
    with pytest.raises(DataError, match="repeats"):
        read_gold(write_jsonl("g.jsonl", [gold_record(), gold_record()]))


def test_missing_file_is_a_data_error(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="cannot read"):
        read_gold(tmp_path / "nope.jsonl")


def test_system_records_may_leave_fields_out(write_jsonl: Writer) -> None:
    doc = read_system(write_jsonl("s.jsonl", [{"doc_id": "t1", "events": [{"sentence": MEETING}]}]))["t1"]
    assert doc.text == ""
    assert doc.events[0].event_type == ""
    assert doc.quotes == [] and doc.entities == []


def test_shipped_gold_set_parses() -> None:
    docs = read_gold(GOLD_FILE)
    assert 6 <= len(docs) <= 8
    for doc in docs.values():
        assert doc.events and doc.entities and doc.published
        for ev in doc.events:
            span = ev.sentence.locate(doc.text)
            assert span is not None
            assert ev.trigger in doc.text[span[0] : span[1]]
