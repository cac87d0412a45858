"""The second stage: each day's hook call sees the neighbouring days, writes only its own."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from hadath.executors.dedup import DedupJob, keep_all, neighbours, run_dedup
from hadath.model import Article, Event
from hadath.store.parquet import ParquetWriter, read_table

TEXT = "التقى الوزيران في العاصمة أمس لبحث التعاون."


def _article(doc_id: str, day: str) -> Article:
    event = Event(sentence_start=0, sentence_end=len(TEXT), trigger_start=0, trigger_end=5, trigger="التقى",
                  event_type="CONSULT", cameo="040", date=day)  # fmt: skip
    return Article(doc_id=doc_id, text=TEXT, published=day, events=[event])


def first_report_only(events: pa.Table, day: str) -> pa.Table:
    """A toy hook: an event of ``day`` is dropped when the day before has one of its type."""
    earlier = set(pc.filter(events["event_type"], pc.less(events["day"], day)).to_pylist())
    today = events.filter(pc.equal(events["day"], day))
    return today.filter(pc.invert(pc.is_in(today["event_type"], pa.array(sorted(earlier), pa.string()))))


def test_neighbours_window() -> None:
    assert neighbours("2016-03-01", 1) == ["2016-02-29", "2016-03-01", "2016-03-02"]
    assert neighbours("unknown", 1) == ["unknown"]


def test_keep_all_copies_events(tmp_path: Path) -> None:
    ParquetWriter(str(tmp_path)).write("p", [_article("a", "2016-09-20"), _article("b", "2016-09-21")])
    assert run_dedup(DedupJob(str(tmp_path), keep_all)) == {"2016-09-20": 1, "2016-09-21": 1}
    kept = read_table(str(tmp_path), "events_dedup")
    assert kept.equals(read_table(str(tmp_path), "events"))


def test_hook_sees_the_day_before(tmp_path: Path) -> None:
    articles = [_article("a", "2016-09-20"), _article("b", "2016-09-21"), _article("c", "2016-09-25")]
    ParquetWriter(str(tmp_path)).write("p", articles)
    kept = run_dedup(DedupJob(str(tmp_path), first_report_only))
    assert kept == {"2016-09-20": 1, "2016-09-21": 0, "2016-09-25": 1}


def _report(doc_id: str, source: str, day: str, sentence: str) -> Article:
    trigger = sentence.split()[0]
    event = Event(sentence_start=0, sentence_end=len(sentence), trigger_start=0, trigger_end=len(trigger),
                  trigger=trigger, event_type="ASSAULT", cameo="195", sentence=sentence, date=day,
                  date_precision="day")  # fmt: skip
    return Article(doc_id=doc_id, text=sentence, source=source, published=day, events=[event])


STRIKE = "قصفت طائرات حربية قافلة مساعدات إنسانية في ريف حلب الغربي وأحرقت عددا من الشاحنات"
STRIKE_RETOLD = "استهدفت طائرات حربية قافلة المساعدات الإنسانية بريف حلب الغربي وأحرقت الشاحنات"
PROTEST = "تظاهر مئات الطلاب أمام مبنى الجامعة احتجاجا على رفع الرسوم الدراسية"


def test_clustering_hook_joins_reports_across_days(tmp_path: Path) -> None:
    articles = [
        _report("a", "outlet-a", "2016-09-19", STRIKE),
        _report("b", "outlet-b", "2016-09-20", STRIKE_RETOLD),
        _report("c", "outlet-c", "2016-09-20", PROTEST),
    ]
    ParquetWriter(str(tmp_path)).write("p", articles)
    assert run_dedup(DedupJob(str(tmp_path))) == {"2016-09-19": 1, "2016-09-20": 2}
    rows = {r["doc_id"]: r for r in read_table(str(tmp_path), "events_dedup").to_pylist()}
    assert rows["a"]["cluster"] == rows["b"]["cluster"] == "a:0"
    assert rows["b"]["cluster_sources"] == 2 and rows["c"]["cluster"] == "c:0"
    assert rows["a"]["cluster_link"] is None and '"same_words"' in rows["b"]["cluster_link"]
