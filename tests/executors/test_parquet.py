"""Parquet output (hadath.store.parquet): day partitions, idempotent parts, the local sink."""

from __future__ import annotations

from pathlib import Path

import pytest

from hadath.model import Actor, Article, Event, Mention, Quote
from hadath.store.parquet import ParquetSink, ParquetWriter, day_of, read_table

TEXT = "التقى الوزير السفير في الرياض أمس. وقال الوزير إن اللقاء كان مثمرا."


def _article(doc_id: str, published: str | None, event_date: str | None) -> Article:
    start = TEXT.index("التقى")
    event = Event(sentence_start=0, sentence_end=34, trigger_start=start, trigger_end=start + 5,
                  trigger="التقى", event_type="CONSULT", cameo="040", date=event_date,
                  actor=[Actor(6, 12, "الوزير", entity="Minister", country="SAU")])  # fmt: skip
    quote = Quote(cue_start=36, cue_end=40, cue="وقال", content_start=50, content_end=len(TEXT),
                  content=TEXT[50:], speaker=Actor(40, 46, "الوزير"))  # fmt: skip
    mention = Mention(6, 12, "الوزير", "role")
    return Article(doc_id=doc_id, text=TEXT, published=published, events=[event], quotes=[quote],
                   mentions=[mention])  # fmt: skip


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("2016-09-20", "2016-09-20"),
        ("2016-09-20T10:00:00", "2016-09-20"),
        ("2016-09", "unknown"),
        (None, "unknown"),
    ],
)
def test_day_of(value: str | None, day: str) -> None:
    assert day_of(value) == day


def test_partitions_by_event_day_then_published_day(tmp_path: Path) -> None:
    writer = ParquetWriter(str(tmp_path))
    writer.write("p1", [_article("a", "2016-09-20", "2016-09-19"), _article("b", "2016-09-21", None)])
    events = read_table(str(tmp_path), "events")
    assert events["day"].to_pylist() == ["2016-09-19", "2016-09-21"]
    assert events["actor_entities"].to_pylist() == [["Minister"], ["Minister"]]
    assert read_table(str(tmp_path), "quotes")["speaker_text"].to_pylist() == ["الوزير", "الوزير"]
    assert read_table(str(tmp_path), "mentions").num_rows == 2


def test_rewriting_a_part_replaces_it(tmp_path: Path) -> None:
    writer = ParquetWriter(str(tmp_path))
    writer.write("p1", [_article("a", "2016-09-20", None)])
    writer.write("p1", [_article("a", "2016-09-22", None)])
    assert read_table(str(tmp_path), "events")["day"].to_pylist() == ["2016-09-22"]
    assert writer.parts() == {"p1"}
    assert writer.remove("p1") == 3
    assert read_table(str(tmp_path), "events").num_rows == 0


def test_local_sink_batches_and_drops_stale_parts(tmp_path: Path) -> None:
    sink = ParquetSink(str(tmp_path), batch=2)
    for i in range(5):
        sink.add(_article(f"d{i}", "2016-09-20", None))
    sink.close()
    assert sink.writer.parts() == {"local-00000", "local-00001", "local-00002"}
    again = ParquetSink(str(tmp_path), batch=2)
    again.add(_article("d0", "2016-09-20", None))
    again.close()
    assert read_table(str(tmp_path), "events").num_rows == 1
