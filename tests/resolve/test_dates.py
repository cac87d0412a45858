"""Event dates from the pipeline: future weekdays, spans of days, done verbs. Our own sentences."""

from __future__ import annotations

import pytest

from hadath.pipeline import Pipeline

PUBLISHED = "2016-09-20"  # a Tuesday


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("سيلتقي كيري لافروف في جنيف يوم الجمعة.", "2016-09-23"),  # told as to come: the coming Friday
        ("التقى كيري لافروف في جنيف يوم الجمعة.", "2016-09-16"),  # told as done: the last one
        ("سيلتقي كيري لافروف في جنيف الجمعة الماضية.", "2016-09-16"),  # written as past: kept
        ("سيلتقي كيري لافروف في جنيف الخميس المقبل.", "2016-09-22"),
        ("سيلتقي كيري لافروف في جنيف غداً.", "2016-09-21"),
        ("التقى كيري لافروف في جنيف أمس الأول.", "2016-09-18"),
    ],
)
def test_event_days(tiny_pipeline: Pipeline, text: str, day: str) -> None:
    doc = tiny_pipeline(text, published=PUBLISHED)
    assert [e.date for e in doc.events] == [day]


def test_a_span_of_days_dates_the_event_from_its_start(tiny_pipeline: Pipeline) -> None:
    doc = tiny_pipeline("قصف الجيش حلب ما بين 10 و15 أيلول.", published=PUBLISHED)
    event = doc.events[0]
    assert (event.date, event.date_precision) == ("2016-09-10/2016-09-15", "range")
